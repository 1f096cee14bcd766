/*
 * report_positions.c — the report's "Positions" section (positions.h), shown
 * only where its results mean something for the data. Three findings, each
 * with its own test of meaning:
 *
 *  1. Core and periphery (Borgatti & Everett's discrete model, on the ties
 *     the report reads): shown when the fit — the correlation of the ties
 *     with the ideal core-periphery pattern — is at least 0.5 and the core
 *     holds between 2 actors and half the network. A fit of 0.5 is where the
 *     pattern explains a quarter of the ties' variance; below it the
 *     "core" is mostly the best-connected actors, which the centrality
 *     tables already show.
 *  2. Interchangeable actors: sets of two or more actors with exactly the same
 *     ties to everyone else (structural equivalence at distance 0: the same
 *     senders and the same receivers, ties between the two themselves aside),
 *     leaving out actors without ties. Each such set is a finding as it
 *     stands (several couriers of one handler, cut-outs with one contact),
 *     so any set is shown. Computed by grouping equal neighbour lists (open
 *     twins) and equal neighbour lists with the actor itself added (closed
 *     twins, tied to each other); a pair tied one way only is not detected.
 *  3. Hierarchy and cycles in the triad census (when the report follows
 *     directions, options.directed, on a network with directed ties): the
 *     transitive (030T) and cyclic (030C) triads against 200 uniform
 *     networks with the same dyad census (a CUG test, seeded with the
 *     report's seed); shown when the count is at or above the random ones
 *     in at most 5% of the draws (Pr(X >= observed) <= 0.05) and the
 *     network has at least one such triad.
 * The section is skipped (and says nothing) above 2,000 actors (its dense
 * n x n matrices would cost more than the findings are worth to the report)
 * and when the report runs in its scaled mode (options.exact_limit).
 * report.json gets a "positions" object only when something is shown.
 */
#include "report_internal.h"
#include "actornet/positions.h"
#include "graph/node_sets.h"

#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define FIT_THRESHOLD 0.5
#define TRIAD_REPLICATES 200
#define TRIAD_LEVEL 0.05
#define REPORT_MAX_NODES 2000 /* dense n x n matrices: 32 MB at this size */

struct an_i_report_positions {
    an_core_periphery *core_periphery;  /* NULL unless shown */
    an_i_node_sets sets;                /* interchangeable sets, each ascending */
    an_cug_result *triads[2];           /* 030T, 030C tests; NULL unless shown */
};

static const char *const triad_statistic[2] = { "triad_030T", "triad_030C" };

static int shown(const an_i_report_positions *p)
{
    return p && (p->core_periphery || p->sets.count || p->triads[0] || p->triads[1]);
}

void an_i_report_positions_free(an_i_report_positions *p)
{
    if (!p)
        return;
    an_core_periphery_free(p->core_periphery);
    an_i_node_sets_free(&p->sets);
    an_cug_result_free(p->triads[0]);
    an_cug_result_free(p->triads[1]);
    free(p);
}

static an_edge_policy report_policy(const an_i_report *report)
{
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    policy.direction = report->options.directed ? AN_AS_STORED : AN_AS_UNDIRECTED;
    policy.lens = an_i_report_structure_lens(report); /* the actors the rankings read */
    return policy;
}

/* ---- interchangeable actors ----------------------------------------------------- */

typedef struct profile {
    int64_t node;
    int64_t *outs, out_count, *ins, in_count; /* sorted, distinct, without the node */
    int closed;                                /* compare with the node itself added */
} profile;

/* Compare two sorted lists, each with `self` merged in when closed (self -1: none). */
static int compare_lists(const int64_t *a, int64_t na, int64_t self_a, const int64_t *b, int64_t nb, int64_t self_b)
{
    int64_t i = 0, j = 0;
    for (;;) {
        int64_t x = -1, y = -1;
        int has_x = i < na || self_a >= 0, has_y = j < nb || self_b >= 0;
        if (!has_x || !has_y)
            return has_x - has_y;
        x = self_a >= 0 && (i >= na || self_a < a[i]) ? self_a : a[i];
        y = self_b >= 0 && (j >= nb || self_b < b[j]) ? self_b : b[j];
        if (x != y)
            return x < y ? -1 : 1;
        if (self_a == x)
            self_a = -1;
        else
            i++;
        if (self_b == y)
            self_b = -1;
        else
            j++;
    }
}

static int compare_profiles(const void *x, const void *y)
{
    const profile *a = x, *b = y;
    int c = compare_lists(a->outs, a->out_count, a->closed ? a->node : -1, b->outs, b->out_count,
                          b->closed ? b->node : -1);
    if (c == 0)
        c = compare_lists(a->ins, a->in_count, a->closed ? a->node : -1, b->ins, b->in_count, b->closed ? b->node : -1);
    return c ? c : (a->node > b->node) - (a->node < b->node);
}

static int same_profile(const profile *a, const profile *b)
{
    return compare_lists(a->outs, a->out_count, a->closed ? a->node : -1, b->outs, b->out_count,
                         b->closed ? b->node : -1) == 0 &&
           compare_lists(a->ins, a->in_count, a->closed ? a->node : -1, b->ins, b->in_count,
                         b->closed ? b->node : -1) == 0;
}

/* Sorted distinct neighbour lists of every node, from the tie matrix. */
static int neighbour_lists(const double *a, int64_t n, int64_t **out_offsets, int64_t **out_list, int transpose)
{
    int64_t count = 0;
    for (int64_t k = 0; k < n * n; k++)
        count += a[k] != 0 && k / n != k % n;
    int64_t *offsets = malloc((size_t)(n + 1) * sizeof *offsets), *list = malloc((size_t)(count + 1) * sizeof *list);
    if (!offsets || !list) {
        free(offsets);
        free(list);
        return AN_I_NOMEM();
    }
    int64_t length = 0;
    for (int64_t v = 0; v < n; v++) {
        offsets[v] = length;
        for (int64_t u = 0; u < n; u++)
            if (u != v && (transpose ? a[u * n + v] : a[v * n + u]) != 0)
                list[length++] = u;
    }
    offsets[n] = length;
    *out_offsets = offsets;
    *out_list = list;
    return AN_OK;
}

static int find_interchangeable(an_i_report_positions *p, const an_i_report *report)
{
    int64_t n = report->n, *out_offsets = NULL, *outs = NULL, *in_offsets = NULL, *ins = NULL;
    double *a = malloc((size_t)(n * n) * sizeof *a);
    profile *profiles = malloc((size_t)(2 * n) * sizeof *profiles);
    an_matrix_spec spec = AN_MATRIX_SPEC_INIT;
    spec.policy = report_policy(report);
    int rc = a && profiles ? an_network_matrix(a, report->network, NULL, &spec) : AN_I_NOMEM();
    for (int64_t i = 0; rc == AN_OK && i < n * n; i++)
        if (isnan(a[i]))
            a[i] = 0.0; /* rows and columns of actors outside the lens */
    if (rc == AN_OK && (rc = neighbour_lists(a, n, &out_offsets, &outs, 0)) == AN_OK)
        rc = neighbour_lists(a, n, &in_offsets, &ins, 1);
    for (int pass = 0; rc == AN_OK && pass < 2; pass++) { /* open twins, then closed twins */
        int64_t count = 0;
        for (int64_t v = 0; v < n; v++) {
            if (out_offsets[v + 1] == out_offsets[v] && in_offsets[v + 1] == in_offsets[v])
                continue; /* isolates are alike for no reason worth reporting */
            profiles[count++] = (profile){ v, outs + out_offsets[v], out_offsets[v + 1] - out_offsets[v],
                                           ins + in_offsets[v], in_offsets[v + 1] - in_offsets[v], pass };
        }
        qsort(profiles, (size_t)count, sizeof *profiles, compare_profiles);
        for (int64_t i = 0; i < count;) {
            int64_t j = i + 1;
            while (j < count && same_profile(&profiles[i], &profiles[j]))
                j++;
            int64_t *set = j - i >= 2 ? an_i_node_sets_begin(&p->sets, j - i) : NULL;
            if (j - i >= 2 && !set) {
                rc = AN_I_NOMEM();
                break;
            }
            for (int64_t k = i; set && k < j; k++)
                set[k - i] = profiles[k].node;
            if (set)
                an_i_node_sets_end(&p->sets, j - i);
            i = j;
        }
    }
    free(a);
    free(profiles);
    free(out_offsets);
    free(outs);
    free(in_offsets);
    free(ins);
    return rc;
}

/* ---- gathering ------------------------------------------------------------------- */

int an_i_report_positions_gather(an_i_report *report)
{
    report->positions = NULL;
    if (report->scaled || report->n > REPORT_MAX_NODES || report->n < 4 || report->m == 0)
        return AN_OK;
    an_i_report_positions *p = calloc(1, sizeof *p);
    if (!p)
        return AN_I_NOMEM();
    an_core_periphery_options cp = AN_CORE_PERIPHERY_OPTIONS_INIT;
    cp.seed = report->options.seed;
    cp.policy = report_policy(report);
    an_core_periphery *fit = NULL;
    int rc = an_network_core_periphery(&fit, report->network, &cp);
    if (rc == AN_OK && fit->fit >= FIT_THRESHOLD && fit->core_size >= 2 && fit->core_size <= report->structure_nodes / 2)
        p->core_periphery = fit;
    else
        an_core_periphery_free(fit);
    if (rc != AN_ENOMEM)
        rc = find_interchangeable(p, report);
    if (rc == AN_OK && report->options.directed && an_network_direction(report->network) != AN_UNDIRECTED) {
        an_cug_options cug = AN_CUG_OPTIONS_INIT;
        cug.condition = AN_CUG_DYAD_CENSUS;
        cug.replicates = TRIAD_REPLICATES;
        cug.seed = report->options.seed;
        cug.policy = report_policy(report);
        for (int t = 0; rc == AN_OK && t < 2; t++) {
            an_cug_result *test = NULL;
            rc = an_cug_test_measure(&test, report->network, triad_statistic[t], &cug);
            if (rc == AN_OK && test->observed > 0 && test->p_greater <= TRIAD_LEVEL)
                p->triads[t] = test;
            else
                an_cug_result_free(test);
        }
    }
    if (rc == AN_ENOMEM) {
        an_i_report_positions_free(p);
        return rc;
    }
    an_error_clear(); /* an analysis that could not run leaves its finding out, not the report */
    report->positions = p;
    return AN_OK;
}

/* ---- writing ---------------------------------------------------------------------- */

static const char *const triad_words[2] = { "transitive triads (030T: a -> b -> c and a -> c), a mark of hierarchy",
                                            "cyclic triads (030C: a -> b -> c -> a), a mark of exchange in circles" };

static const char *node_label(const an_i_report *report, int64_t v)
{
    return report->labels[v];
}

void an_i_report_positions_text(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_positions *p = report->positions;
    if (!shown(p))
        return;
    an_i_strbuf_puts(out, "\nPositions\n");
    const an_core_periphery *cp = p->core_periphery;
    if (cp) {
        an_i_strbuf_printf(out, "  core and periphery (Borgatti-Everett, fit %.2f): a core of %lld:", cp->fit,
                           (long long)cp->core_size);
        int64_t listed = 0;
        for (int64_t v = 0; v < cp->node_count && listed < 12; v++)
            if (cp->core[v] == 1)
                an_i_strbuf_printf(out, "%s %s", listed++ ? "," : "", node_label(report, v));
        an_i_strbuf_printf(out, "%s\n    ties within the core %.2f, core-periphery %.2f, within the periphery %.3f\n",
                           cp->core_size > listed ? " ..." : "", cp->density[0], (cp->density[1] + cp->density[2]) / 2,
                           cp->density[3]);
    }
    for (int64_t s = 0; s < p->sets.count && s < 10; s++) {
        an_i_strbuf_puts(out, s ? "    " : "  interchangeable (same ties to everyone else):\n    ");
        int64_t from = p->sets.offsets[s], size = p->sets.offsets[s + 1] - from;
        for (int64_t k = 0; k < size && k < 8; k++)
            an_i_strbuf_printf(out, "%s%s", k ? ", " : "", node_label(report, p->sets.nodes[from + k]));
        if (size > 8)
            an_i_strbuf_printf(out, " and %lld more", (long long)(size - 8));
        an_i_strbuf_puts(out, "\n");
    }
    if (p->sets.count > 10)
        an_i_strbuf_printf(out, "    ... and %lld more sets (report.json)\n", (long long)(p->sets.count - 10));
    for (int t = 0; t < 2; t++)
        if (p->triads[t])
            an_i_strbuf_printf(out, "  more %s than chance: %.0f, against %.1f in random networks with the same "
                                    "dyads (Pr >= %.3f)\n",
                               triad_words[t], p->triads[t]->observed, p->triads[t]->mean, p->triads[t]->p_greater);
}

void an_i_report_positions_json(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_positions *p = report->positions;
    if (!shown(p))
        return;
    an_i_strbuf_puts(out, ",\n\"positions\":{\"core_periphery\":");
    const an_core_periphery *cp = p->core_periphery;
    if (cp) {
        an_i_strbuf_puts(out, "{\"model\":\"discrete\",\"fit\":");
        an_i_strbuf_json_real(out, cp->fit);
        an_i_strbuf_puts(out, ",\"core\":[");
        int first = 1;
        for (int64_t v = 0; v < cp->node_count; v++)
            if (cp->core[v] == 1) {
                an_i_strbuf_puts(out, first ? "" : ",");
                an_i_strbuf_json_string(out, an_network_node_id(report->network, v));
                first = 0;
            }
        an_i_strbuf_puts(out, "],\"density\":[");
        for (int b = 0; b < 4; b++) {
            an_i_strbuf_puts(out, b ? "," : "");
            an_i_strbuf_json_real(out, cp->density[b]);
        }
        an_i_strbuf_printf(out, "],\"threshold\":%g}", FIT_THRESHOLD);
    } else {
        an_i_strbuf_puts(out, "null");
    }
    an_i_strbuf_puts(out, ",\"interchangeable\":[");
    for (int64_t s = 0; s < p->sets.count; s++) {
        an_i_strbuf_puts(out, s ? ",[" : "[");
        for (int64_t k = p->sets.offsets[s]; k < p->sets.offsets[s + 1]; k++) {
            an_i_strbuf_puts(out, k > p->sets.offsets[s] ? "," : "");
            an_i_strbuf_json_string(out, an_network_node_id(report->network, p->sets.nodes[k]));
        }
        an_i_strbuf_puts(out, "]");
    }
    an_i_strbuf_puts(out, "],\"triads\":{");
    for (int t = 0; t < 2; t++) {
        an_i_strbuf_printf(out, "%s\"%s\":", t ? "," : "", triad_statistic[t] + 6);
        const an_cug_result *r = p->triads[t];
        if (!r) {
            an_i_strbuf_puts(out, "null");
            continue;
        }
        an_i_strbuf_puts(out, "{\"observed\":");
        an_i_strbuf_json_real(out, r->observed);
        an_i_strbuf_puts(out, ",\"random_mean\":");
        an_i_strbuf_json_real(out, r->mean);
        an_i_strbuf_puts(out, ",\"p_greater\":");
        an_i_strbuf_json_real(out, r->p_greater);
        an_i_strbuf_printf(out, ",\"replicates\":%lld,\"given\":\"dyad census\"}", (long long)r->replicates);
    }
    an_i_strbuf_puts(out, "}}");
}

void an_i_report_positions_nav(const an_i_report *report, an_i_strbuf *out)
{
    if (shown(report->positions))
        an_i_strbuf_puts(out, "<a href=\"#positions\">Positions</a>");
}

void an_i_report_positions_html(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_positions *p = report->positions;
    if (!shown(p))
        return;
    an_i_strbuf_puts(out, "<h2 id=\"positions\">Positions</h2>\n<p>Shown only where the data bear them out: a core "
                          "whose pattern fits the ties (correlation at least 0.5), actors with identical ties, and "
                          "triad patterns beyond chance. <code>actornet positions</code>, <code>coreperiphery</code>, "
                          "<code>census</code> and <code>cug</code> give the full analyses.</p>\n<ul>\n");
    const an_core_periphery *cp = p->core_periphery;
    if (cp) {
        an_i_strbuf_printf(out, "<li><b>Core and periphery</b> (Borgatti &amp; Everett 1999, fit %.2f): a core of "
                                "%lld actors &mdash; ",
                           cp->fit, (long long)cp->core_size);
        int first = 1;
        for (int64_t v = 0; v < cp->node_count; v++)
            if (cp->core[v] == 1) {
                an_i_strbuf_puts(out, first ? "" : ", ");
                an_i_strbuf_html(out, node_label(report, v));
                first = 0;
            }
        an_i_strbuf_printf(out, ". Density of ties within the core %.2f, between core and periphery %.2f, within "
                                "the periphery %.3f.</li>\n",
                           cp->density[0], (cp->density[1] + cp->density[2]) / 2, cp->density[3]);
    }
    if (p->sets.count) {
        an_i_strbuf_puts(out, "<li><b>Interchangeable actors</b> (the same ties to everyone else: structurally "
                              "equivalent): ");
        for (int64_t s = 0; s < p->sets.count && s < 50; s++) {
            an_i_strbuf_puts(out, s ? "; " : "");
            for (int64_t k = p->sets.offsets[s]; k < p->sets.offsets[s + 1]; k++) {
                an_i_strbuf_puts(out, k > p->sets.offsets[s] ? ", " : "");
                an_i_strbuf_html(out, node_label(report, p->sets.nodes[k]));
            }
        }
        an_i_strbuf_puts(out, p->sets.count > 50 ? "; &hellip; (all in report.json)</li>\n" : ".</li>\n");
    }
    for (int t = 0; t < 2; t++) {
        if (p->triads[t]) {
            an_i_strbuf_puts(out, "<li><b>More ");
            an_i_strbuf_html(out, triad_words[t]);
            an_i_strbuf_printf(out, " than chance</b>: %.0f, against %.1f on average in %lld random networks with the "
                                    "same mutual, asymmetric and null pairs (Pr &ge; %.3f).</li>\n",
                               p->triads[t]->observed, p->triads[t]->mean, (long long)p->triads[t]->replicates,
                               p->triads[t]->p_greater);
        }
    }
    an_i_strbuf_puts(out, "</ul>\n");
}
