/*
 * report_lenses.c — which network the report's findings read (report.h,
 * "Lenses"): the structure lens (actors, brokers, communities, key players,
 * robustness) and the chain lens, resolved once before any finding, from
 * options.lens / options.chain_lens and the vocabulary's semantics.
 */
#include "report_internal.h"

#include "error_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The vocabulary the lenses read: the caller's, else the network's own, else the built-in one. */
static int choose_vocabulary(an_i_report *report)
{
    if (report->options.vocabulary) {
        report->semantics = report->options.vocabulary;
        return AN_OK;
    }
    int rc = an_vocabulary_from_network(&report->vocabulary, report->network);
    if (rc == AN_ENOTFOUND) {
        an_error_clear();
        rc = an_vocabulary_builtin(&report->vocabulary);
    }
    report->semantics = report->vocabulary;
    return rc;
}

/* What a lens keeps; flags of the nodes seen (optional). */
static int measure_lens(const an_i_report *report, const an_lens *lens, int64_t *nodes, int64_t *ties,
                        int64_t *reoriented, unsigned char *seen, signed char *edges)
{
    an_lens_selection *selection = NULL;
    int rc = an_lens_select(&selection, report->network, lens);
    if (rc != AN_OK)
        return rc;
    *nodes = selection->kept_nodes;
    *ties = selection->kept_edges;
    if (reoriented)
        *reoriented = selection->reoriented_edges;
    if (seen)
        memcpy(seen, selection->nodes, (size_t)report->n);
    if (edges)
        memcpy(edges, selection->edges, (size_t)report->m);
    an_lens_selection_free(selection);
    return AN_OK;
}

/* The report's class and relation columns, when the network has them; else the lens's defaults,
 * which an absent column does not make an error (every node of unknown mode, every tie of
 * unknown sign). */
static void use_columns(an_i_report *report, an_lens *lens)
{
    lens->class_column = report->class_column >= 0 ? report->options.class_column : NULL;
    lens->relation_column = report->relation_column >= 0 ? report->options.relation_column : NULL;
}

static int any_dated(const an_i_report *report)
{
    for (int64_t e = 0; e < report->m; e++)
        if (!isnan(an_i_report_edge_year(report, e)))
            return 1;
    return 0;
}

int an_i_report_lenses(an_i_report *report)
{
    int rc = choose_vocabulary(report);
    if (rc != AN_OK)
        return rc;
    /* the lenses get the caller's vocabulary (NULL: they find the same one themselves, and say
     * where it came from) */
    rc = an_i_lens_resolve(&report->structure, report->options.lens, report->options.vocabulary, report->network,
                           AN_LENS_FOR_STRUCTURE);
    if (rc == AN_OK)
        rc = an_i_lens_resolve(&report->chain, report->options.chain_lens, report->options.vocabulary,
                               report->network, AN_LENS_FOR_CHAINS);
    if (rc != AN_OK)
        return rc;
    use_columns(report, &report->structure.lens);
    use_columns(report, &report->chain.lens);
    report->in_structure = malloc((size_t)report->n);
    report->structure_edges = malloc((size_t)(report->m ? report->m : 1));
    if (!report->in_structure || !report->structure_edges)
        return AN_I_NOMEM();
    memset(report->in_structure, 1, (size_t)report->n);
    memset(report->structure_edges, 1, (size_t)report->m);
    report->structure_nodes = report->n;
    report->structure_ties = report->m;
    if (report->structure.active) {
        int64_t reoriented = 0;
        rc = measure_lens(report, &report->structure.lens, &report->structure_nodes, &report->structure_ties,
                          &reoriented, report->in_structure, report->structure_edges);
        if (rc != AN_OK)
            return rc;
        int identity = report->structure_nodes == report->n && report->structure_ties == report->m && !reoriented;
        if (report->scaled && !identity) {
            /* the scalable methods (report_scale.c) read the stored network only */
            if (!report->structure.automatic)
                return an_i_error(AN_EUNSUPPORTED,
                                  "report: lens '%s' is not available above exact_limit (nodes x ties %.3g > %.3g); "
                                  "use lens none or raise exact_limit",
                                  report->structure.lens.name, (double)report->n * (double)report->m,
                                  report->options.exact_limit);
            an_i_lens_resolve(&report->structure, "none", report->semantics, report->network, AN_LENS_FOR_STRUCTURE);
            snprintf(report->structure.reason, sizeof report->structure.reason,
                     "the network as stored: at this size the scalable methods take no lens");
            memset(report->in_structure, 1, (size_t)report->n);
            memset(report->structure_edges, 1, (size_t)report->m);
            report->structure_nodes = report->n;
            report->structure_ties = report->m;
        }
    }
    report->chain_ties = report->m;
    if (report->chain.active) {
        int64_t nodes;
        report->in_chain = malloc((size_t)report->n);
        if (!report->in_chain)
            return AN_I_NOMEM();
        rc = measure_lens(report, &report->chain.lens, &nodes, &report->chain_ties, NULL, report->in_chain, NULL);
        if (rc != AN_OK)
            return rc;
    }
    report->time_respecting = report->options.time_respecting >= 0 ? report->options.time_respecting
                                                                   : report->chain.active && any_dated(report);
    return AN_OK;
}

void an_i_report_lenses_free(an_i_report *report)
{
    an_vocabulary_free(report->vocabulary);
    report->vocabulary = NULL;
    free(report->in_structure);
    free(report->structure_edges);
    free(report->in_chain);
    report->in_chain = NULL;
    report->in_structure = NULL;
    report->structure_edges = NULL;
}

const an_lens *an_i_report_structure_lens(const an_i_report *report)
{
    return report->structure.active ? &report->structure.lens : NULL;
}

int an_i_report_structure_tie(const an_i_report *report, int64_t e)
{
    return !report->structure_edges || report->structure_edges[e] != 0;
}

int64_t an_i_report_top(const an_i_report *report)
{
    return report->options.top_k < report->ranked ? report->options.top_k : report->ranked;
}

int64_t an_i_report_community(const an_i_report *report, int64_t v)
{
    return report->partition ? report->partition->membership[v] : -1;
}

static void lens_json(const an_i_lens_choice *choice, int64_t nodes, int64_t ties, an_i_strbuf *out)
{
    an_i_strbuf_puts(out, "{\"name\":");
    an_i_strbuf_json_string(out, choice->lens.name);
    an_i_strbuf_printf(out, ",\"automatic\":%s,\"reason\":", choice->automatic ? "true" : "false");
    an_i_strbuf_json_string(out, choice->reason);
    if (nodes >= 0) {
        an_i_strbuf_puts(out, ",\"actors\":");
        an_i_strbuf_json_integer(out, nodes);
    }
    an_i_strbuf_puts(out, ",\"ties\":");
    an_i_strbuf_json_integer(out, ties);
    an_i_strbuf_puts(out, "}");
}

void an_i_report_lenses_json(const an_i_report *report, an_i_strbuf *out)
{
    an_i_strbuf_puts(out, "\"lenses\":{\"structure\":");
    lens_json(&report->structure, report->structure_nodes, report->structure_ties, out);
    an_i_strbuf_puts(out, ",\"chains\":");
    lens_json(&report->chain, -1, report->chain_ties, out);
    an_i_strbuf_printf(out, ",\"time_respecting\":%s}", report->time_respecting ? "true" : "false");
}

void an_i_report_lens_line(const an_i_lens_choice *choice, an_i_strbuf *out)
{
    an_i_strbuf_printf(out, "lens %s (%s%s)", choice->lens.name, choice->automatic ? "chosen: " : "",
                       choice->reason);
}
