/*
 * report_conflict.c — the report's "Conflict" section: what the structure
 * lens leaves out on purpose. Hostile ties (relations whose sign is
 * `hostile` in the vocabulary: opposes, rivals, arrested, prosecutes,
 * targets ...) by actor, and the signed triads of structural balance
 * (Cartwright & Harary 1956, "Structural balance: a generalization of
 * Heider's theory", Psychological Review 63): among the agents, a pair is
 * positive when tied only cooperatively, negative when tied only by hostile
 * ties, ambivalent when both (left out of triads and counted); a triangle of
 * signed pairs is balanced when the product of its signs is positive (+++,
 * +--) and unbalanced otherwise (++-, ---). Davis (1967) counts --- as
 * balanced too ("weak balance", clusterability); both ratios are given.
 * Shown only when the network has hostile ties.
 */
#include "report_internal.h"

#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct hostile_row {
    int64_t node;
    int64_t initiated, received, mutual;    /* as source, as target, symmetric or undirected */
} hostile_row;

typedef struct signed_pair {
    int64_t a, b;               /* a < b */
    int sign;                   /* +1, -1; 0 ambivalent (after merging) */
} signed_pair;

#define TRIAD_EXAMPLES 64

struct an_i_report_conflict {
    int64_t hostile_ties;
    an_i_tally relations;       /* relations of the hostile ties */
    hostile_row *rows;          /* actors with a hostile tie, most first */
    int64_t row_count;
    int agents_only;            /* triads among agents (1) or among all nodes (no modes known) */
    int64_t positive_pairs, negative_pairs, ambivalent_pairs;
    int64_t triads[4];          /* by number of negative pairs: +++, ++-, +--, --- */
    int64_t examples[TRIAD_EXAMPLES][3]; /* ++- triads: x and y hostile, both tied cooperatively to z */
    int64_t example_count;
};

void an_i_report_conflict_free(an_i_report_conflict *conflict)
{
    if (!conflict)
        return;
    an_i_tally_free(&conflict->relations);
    free(conflict->rows);
    free(conflict);
}

static int compare_hostile(const void *a, const void *b)
{
    const hostile_row *x = a, *y = b;
    int64_t tx = x->initiated + x->received + x->mutual, ty = y->initiated + y->received + y->mutual;
    if (tx != ty)
        return tx > ty ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

static int compare_pairs(const void *a, const void *b)
{
    const signed_pair *x = a, *y = b;
    if (x->a != y->a)
        return x->a < y->a ? -1 : 1;
    return (x->b > y->b) - (x->b < y->b);
}

/* The sign of tie e's relation: +1 cooperative, -1 hostile, 0 otherwise; *symmetric set. */
static int tie_sign(const an_i_report *report, int64_t e, int *symmetric)
{
    an_relation_semantics semantics;
    const char *relation = an_i_report_edge_string(report, report->relation_column, e);
    *symmetric = 0;
    if (!relation || an_vocabulary_relation(&semantics, report->semantics, relation) != AN_OK)
        return 0;
    *symmetric = semantics.symmetric == 1;
    return semantics.sign == AN_SIGN_COOPERATIVE ? 1 : semantics.sign == AN_SIGN_HOSTILE ? -1 : 0;
}

static int gather_hostile(an_i_report *report, an_i_report_conflict *conflict, hostile_row *rows)
{
    for (int64_t v = 0; v < report->n; v++)
        rows[v].node = v;
    for (int64_t e = 0; e < report->m; e++) {
        int symmetric;
        if (tie_sign(report, e, &symmetric) != -1)
            continue;
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        conflict->hostile_ties++;
        an_i_tally_add(&conflict->relations, an_i_report_edge_string(report, report->relation_column, e));
        if (symmetric || !an_network_edge_directed(report->network, e)) {
            rows[s].mutual++;
            if (t != s)
                rows[t].mutual++;
        } else {
            rows[s].initiated++;
            rows[t].received++;
        }
    }
    an_i_tally_sort(&conflict->relations);
    for (int64_t v = 0; v < report->n; v++)
        if (rows[v].initiated + rows[v].received + rows[v].mutual)
            rows[conflict->row_count++] = rows[v];
    qsort(rows, (size_t)conflict->row_count, sizeof *rows, compare_hostile);
    return AN_OK;
}

/* Signed pairs among the nodes considered (sorted, merged). */
static int signed_pairs(const an_i_report *report, const unsigned char *considered, signed_pair **out,
                        int64_t *out_count)
{
    signed_pair *pairs = malloc((size_t)(report->m ? report->m : 1) * sizeof *pairs);
    if (!pairs)
        return AN_I_NOMEM();
    int64_t count = 0;
    for (int64_t e = 0; e < report->m; e++) {
        int symmetric, sign = tie_sign(report, e, &symmetric);
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        if (!sign || s == t || !considered[s] || !considered[t])
            continue;
        pairs[count++] = (signed_pair){ s < t ? s : t, s < t ? t : s, sign };
    }
    qsort(pairs, (size_t)count, sizeof *pairs, compare_pairs);
    int64_t merged = 0;
    for (int64_t i = 0; i < count; i++) {
        if (merged && pairs[merged - 1].a == pairs[i].a && pairs[merged - 1].b == pairs[i].b) {
            if (pairs[merged - 1].sign != pairs[i].sign)
                pairs[merged - 1].sign = 0;
            continue;
        }
        pairs[merged++] = pairs[i];
    }
    *out = pairs;
    *out_count = merged;
    return AN_OK;
}

/* Triangles of signed pairs (ambivalent pairs left out), counted by their number of negative
 * pairs. Each pair is oriented from the endpoint of lower (degree, index) to the higher, so a
 * triangle is found once from its lowest vertex: O(m^1.5) (Chiba & Nishizeki 1985). */
static int count_triads(const an_i_report *report, an_i_report_conflict *conflict, const signed_pair *pairs,
                        int64_t count)
{
    int64_t n = report->n;
    int64_t *degree = calloc((size_t)n, sizeof *degree), *offsets = calloc((size_t)n + 1, sizeof *offsets);
    int64_t *targets = malloc((size_t)(count ? count : 1) * sizeof *targets);
    signed char *signs = malloc((size_t)(count ? count : 1));
    signed char *mark = calloc((size_t)n, 1);
    int rc = AN_OK;
    if (!degree || !offsets || !targets || !signs || !mark) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t i = 0; i < count; i++)
        if (pairs[i].sign) {
            degree[pairs[i].a]++;
            degree[pairs[i].b]++;
        }
#define LOWER(u, v) (degree[u] < degree[v] || (degree[u] == degree[v] && (u) < (v)))
    for (int64_t i = 0; i < count; i++)
        if (pairs[i].sign)
            offsets[(LOWER(pairs[i].a, pairs[i].b) ? pairs[i].a : pairs[i].b) + 1]++;
    for (int64_t v = 0; v < n; v++)
        offsets[v + 1] += offsets[v];
    int64_t *fill = malloc((size_t)(n ? n : 1) * sizeof *fill);
    if (!fill) {
        rc = AN_I_NOMEM();
        goto done;
    }
    memcpy(fill, offsets, (size_t)n * sizeof *fill);
    for (int64_t i = 0; i < count; i++) {
        if (!pairs[i].sign)
            continue;
        int lower_a = LOWER(pairs[i].a, pairs[i].b);
        int64_t from = lower_a ? pairs[i].a : pairs[i].b, to = lower_a ? pairs[i].b : pairs[i].a;
        targets[fill[from]] = to;
        signs[fill[from]++] = (signed char)pairs[i].sign;
    }
#undef LOWER
    free(fill);
    for (int64_t u = 0; u < n; u++) {
        for (int64_t k = offsets[u]; k < offsets[u + 1]; k++)
            mark[targets[k]] = signs[k];
        for (int64_t k = offsets[u]; k < offsets[u + 1]; k++) {
            int64_t v = targets[k];
            for (int64_t j = offsets[v]; j < offsets[v + 1]; j++) {
                int64_t w = targets[j];
                if (!mark[w])
                    continue;
                int negatives = (signs[k] < 0) + (signs[j] < 0) + (mark[w] < 0);
                conflict->triads[negatives]++;
                if (negatives == 1 && conflict->example_count < TRIAD_EXAMPLES) {
                    /* store (x, y, z) with x - y the negative pair and z the actor both are tied to */
                    int64_t *ex = conflict->examples[conflict->example_count++];
                    if (signs[k] < 0) { ex[0] = u; ex[1] = v; ex[2] = w; }
                    else if (signs[j] < 0) { ex[0] = v; ex[1] = w; ex[2] = u; }
                    else { ex[0] = u; ex[1] = w; ex[2] = v; }
                }
            }
        }
        for (int64_t k = offsets[u]; k < offsets[u + 1]; k++)
            mark[targets[k]] = 0;
    }
done:
    free(degree);
    free(offsets);
    free(targets);
    free(signs);
    free(mark);
    return rc;
}

int an_i_report_conflict_gather(an_i_report *report)
{
    if (report->relation_column < 0)
        return AN_OK;
    an_i_report_conflict *conflict = calloc(1, sizeof *conflict);
    hostile_row *rows = calloc((size_t)report->n, sizeof *rows);
    unsigned char *considered = malloc((size_t)report->n);
    signed_pair *pairs = NULL;
    int64_t pair_count = 0;
    int rc = AN_OK;
    if (!conflict || !rows || !considered) {
        rc = AN_I_NOMEM();
        goto done;
    }
    if ((rc = gather_hostile(report, conflict, rows)) != AN_OK || !conflict->hostile_ties)
        goto done;
    conflict->rows = rows;
    rows = NULL;
    int64_t agents = 0;
    for (int64_t v = 0; v < report->n; v++)
        agents += an_vocabulary_class_mode(report->semantics, report->classes[v]) == AN_MODE_AGENT;
    conflict->agents_only = agents > 0;
    for (int64_t v = 0; v < report->n; v++)
        considered[v] = !conflict->agents_only ||
                        an_vocabulary_class_mode(report->semantics, report->classes[v]) == AN_MODE_AGENT;
    if ((rc = signed_pairs(report, considered, &pairs, &pair_count)) != AN_OK)
        goto done;
    for (int64_t i = 0; i < pair_count; i++) {
        conflict->positive_pairs += pairs[i].sign > 0;
        conflict->negative_pairs += pairs[i].sign < 0;
        conflict->ambivalent_pairs += pairs[i].sign == 0;
    }
    rc = count_triads(report, conflict, pairs, pair_count);
done:
    free(rows);
    free(considered);
    free(pairs);
    if (rc == AN_OK && conflict && conflict->hostile_ties)
        report->conflict = conflict;
    else
        an_i_report_conflict_free(conflict);
    return rc;
}

static int64_t shown_rows(const an_i_report *report)
{
    int64_t rows = report->conflict->row_count;
    return rows < report->options.top_k ? rows : report->options.top_k;
}

static int64_t shown_examples(const an_i_report *report)
{
    int64_t count = report->conflict->example_count;
    return count < report->options.top_k ? count : report->options.top_k;
}

static int64_t triad_total(const an_i_report_conflict *c)
{
    return c->triads[0] + c->triads[1] + c->triads[2] + c->triads[3];
}

void an_i_report_conflict_text(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_conflict *c = report->conflict;
    if (!c)
        return;
    an_i_strbuf_printf(out, "\nConflict (%lld hostile ties, left out of the cooperation lens)\n",
                       (long long)c->hostile_ties);
    for (int64_t i = 0; i < shown_rows(report); i++) {
        const hostile_row *row = &c->rows[i];
        an_i_strbuf_printf(out, "  %-32s against others %lld, targeted %lld, mutual %lld\n", report->labels[row->node],
                           (long long)row->initiated, (long long)row->received, (long long)row->mutual);
    }
    int64_t total = triad_total(c);
    an_i_strbuf_printf(out, "  signed triads among %s (Cartwright-Harary): %lld; balanced %lld (+++ %lld, +-- %lld), "
                            "unbalanced %lld (++- %lld, --- %lld)\n",
                       c->agents_only ? "agents" : "all nodes", (long long)total, (long long)(c->triads[0] + c->triads[2]),
                       (long long)c->triads[0], (long long)c->triads[2], (long long)(c->triads[1] + c->triads[3]),
                       (long long)c->triads[1], (long long)c->triads[3]);
    for (int64_t i = 0; i < shown_examples(report); i++) {
        const int64_t *ex = c->examples[i];
        an_i_strbuf_printf(out, "    %s and %s are hostile, yet both tied cooperatively to %s\n", report->labels[ex[0]],
                           report->labels[ex[1]], report->labels[ex[2]]);
    }
}

static void json_node_list(const an_i_report *report, an_i_strbuf *out, const int64_t *nodes, int count)
{
    an_i_strbuf_puts(out, "[");
    for (int i = 0; i < count; i++) {
        if (i)
            an_i_strbuf_puts(out, ",");
        an_i_strbuf_json_string(out, an_network_node_id(report->network, nodes[i]));
    }
    an_i_strbuf_puts(out, "]");
}

void an_i_report_conflict_json(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_conflict *c = report->conflict;
    if (!c)
        return;
    an_i_strbuf_puts(out, ",\n\"conflict\":{\"hostile_ties\":");
    an_i_strbuf_json_integer(out, c->hostile_ties);
    an_i_strbuf_puts(out, ",\"relations\":");
    an_i_tally_json(out, (an_i_tally *)&c->relations); /* already sorted: unchanged */
    an_i_strbuf_puts(out, ",\"actors\":[");
    for (int64_t i = 0; i < shown_rows(report); i++) {
        const hostile_row *row = &c->rows[i];
        an_i_strbuf_puts(out, i ? ",{\"id\":" : "{\"id\":");
        an_i_strbuf_json_string(out, an_network_node_id(report->network, row->node));
        an_i_strbuf_printf(out, ",\"initiated\":%lld,\"received\":%lld,\"mutual\":%lld}", (long long)row->initiated,
                           (long long)row->received, (long long)row->mutual);
    }
    int64_t total = triad_total(c);
    an_i_strbuf_printf(out, "],\"balance\":{\"method\":\"Cartwright-Harary signed triads\",\"among\":\"%s\","
                            "\"positive_pairs\":%lld,\"negative_pairs\":%lld,\"ambivalent_pairs\":%lld,"
                            "\"triads\":{\"+++\":%lld,\"++-\":%lld,\"+--\":%lld,\"---\":%lld},\"balanced_share\":",
                       c->agents_only ? "agents" : "all nodes", (long long)c->positive_pairs,
                       (long long)c->negative_pairs, (long long)c->ambivalent_pairs, (long long)c->triads[0],
                       (long long)c->triads[1], (long long)c->triads[2], (long long)c->triads[3]);
    if (total)
        an_i_strbuf_json_real(out, (double)(c->triads[0] + c->triads[2]) / (double)total);
    else
        an_i_strbuf_puts(out, "null");
    an_i_strbuf_puts(out, ",\"weakly_balanced_share\":");
    if (total)
        an_i_strbuf_json_real(out, (double)(total - c->triads[1]) / (double)total);
    else
        an_i_strbuf_puts(out, "null");
    an_i_strbuf_puts(out, ",\"unbalanced_examples\":[");
    for (int64_t i = 0; i < shown_examples(report); i++) {
        an_i_strbuf_puts(out, i ? "," : "");
        json_node_list(report, out, c->examples[i], 3);
    }
    an_i_strbuf_puts(out, "]}}");
}

void an_i_report_conflict_html(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_conflict *c = report->conflict;
    if (!c)
        return;
    an_i_strbuf_printf(out, "<h2 id=\"conflict\">Conflict</h2>\n<p>%lld hostile ties (relations whose sign is "
                            "<i>hostile</i> in the vocabulary", (long long)c->hostile_ties);
    for (int64_t r = 0; r < c->relations.count && r < 6; r++) {
        an_i_strbuf_puts(out, r ? ", " : ": ");
        an_i_strbuf_html(out, c->relations.names[r]);
        an_i_strbuf_printf(out, " %lld", (long long)c->relations.counts[r]);
    }
    an_i_strbuf_puts(out, "). The cooperation lens leaves them out of the rankings and factions above; here is who "
                          "acts against whom.</p>\n<table>\n<tr><th>Actor</th><th>Against others</th>"
                          "<th>Targeted</th><th>Mutual</th></tr>\n");
    for (int64_t i = 0; i < shown_rows(report); i++) {
        const hostile_row *row = &c->rows[i];
        an_i_strbuf_puts(out, "<tr><td>");
        an_i_strbuf_html(out, report->labels[row->node]);
        an_i_strbuf_printf(out, "</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td></tr>\n",
                           (long long)row->initiated, (long long)row->received, (long long)row->mutual);
    }
    int64_t total = triad_total(c);
    an_i_strbuf_printf(out, "</table>\n<p><b>Structural balance</b> (Cartwright &amp; Harary 1956) among %s: of %lld "
                            "signed triads, %lld are balanced (+++ %lld, +&minus;&minus; %lld) and %lld unbalanced "
                            "(++&minus; %lld, &minus;&minus;&minus; %lld); %lld pairs are tied both cooperatively "
                            "and with hostility and are left out.</p>\n",
                       c->agents_only ? "agents" : "all nodes", (long long)total,
                       (long long)(c->triads[0] + c->triads[2]), (long long)c->triads[0], (long long)c->triads[2],
                       (long long)(c->triads[1] + c->triads[3]), (long long)c->triads[1], (long long)c->triads[3],
                       (long long)c->ambivalent_pairs);
    if (shown_examples(report)) {
        an_i_strbuf_puts(out, "<ul>\n");
        for (int64_t i = 0; i < shown_examples(report); i++) {
            const int64_t *ex = c->examples[i];
            an_i_strbuf_puts(out, "<li>");
            an_i_strbuf_html(out, report->labels[ex[0]]);
            an_i_strbuf_puts(out, " and ");
            an_i_strbuf_html(out, report->labels[ex[1]]);
            an_i_strbuf_puts(out, " are hostile, yet both are tied cooperatively to ");
            an_i_strbuf_html(out, report->labels[ex[2]]);
            an_i_strbuf_puts(out, "</li>\n");
        }
        an_i_strbuf_puts(out, "</ul>\n");
    }
}
