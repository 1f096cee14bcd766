/*
 * report_context.c — the report's "Places, events and media" section: the
 * context nodes (classes whose mode is `context` in the vocabulary) are not
 * actors, so the structure lens leaves them out of the rankings; what an
 * analyst asks of them is which actors they bring together. Read as the
 * two-mode network it is (agents x context nodes), each context node's
 * two-mode degree is the number of distinct agents tied to it (Borgatti &
 * Everett 1997, "Network analysis of 2-mode data", Social Networks 19: the
 * degree of a node of one mode, normalised by the size of the other mode).
 * Shown only when the network has both agents and context nodes tied.
 * Gathered here into the model (report_model.h); written by section_context.c.
 */
#include "report_gather.h"

#include "error_internal.h"

#include <stdlib.h>
#include <string.h>


static int compare_rows(const void *a, const void *b)
{
    const an_i_context_row *x = a, *y = b;
    if (x->agents != y->agents)
        return x->agents > y->agents ? -1 : 1;
    if (x->ties != y->ties)
        return x->ties > y->ties ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

void an_i_report_context_free(an_i_report_context *context)
{
    if (!context)
        return;
    for (int64_t i = 0; i < context->row_count; i++)
        an_i_tally_free(&context->rows[i].relations);
    an_i_tally_free(&context->agent_context);
    free(context->rows);
    free(context);
}

/* For context node c: the agents tied to it (distinct) and the ties, in one pass over its ties. */
static void count_row(const an_i_report *report, const int *mode, const int64_t *offsets, const int64_t *incident,
                      int64_t *stamp, an_i_context_row *row)
{
    int64_t c = row->node;
    for (int64_t k = offsets[c]; k < offsets[c + 1]; k++) {
        int64_t e = incident[k], s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        int64_t other = s == c ? t : s;
        if (other == c || mode[other] != AN_MODE_AGENT)
            continue;
        row->ties++;
        an_i_tally_add(&row->relations, an_i_report_edge_string(report, report->relation_column, e));
        if (stamp[other] != c) {
            stamp[other] = c;
            row->agents++;
        }
    }
}

int an_i_report_context_gather(an_i_report *report)
{
    int64_t n = report->n, m = report->m;
    int *mode = malloc((size_t)n * sizeof *mode);
    int64_t *offsets = calloc((size_t)n + 1, sizeof *offsets);
    int64_t *incident = malloc((size_t)(2 * m + 1) * sizeof *incident);
    int64_t *stamp = malloc((size_t)n * sizeof *stamp);
    an_i_report_context *context = calloc(1, sizeof *context);
    int rc = AN_OK;
    if (!mode || !offsets || !incident || !stamp || !context) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t v = 0; v < n; v++) {
        mode[v] = an_vocabulary_class_mode(report->semantics, report->classes[v]);
        stamp[v] = -1;
        context->agent_count += mode[v] == AN_MODE_AGENT;
        context->context_count += mode[v] == AN_MODE_CONTEXT;
    }
    if (!context->agent_count || !context->context_count)
        goto done; /* one mode only: nothing to show */
    /* ties of each context node (CSR over the context ends only), and the meta-network's blocks */
    for (int64_t e = 0; e < m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        if (mode[s] == AN_MODE_AGENT && mode[t] == AN_MODE_AGENT)
            context->agent_agent++;
        else if (mode[s] == AN_MODE_CONTEXT && mode[t] == AN_MODE_CONTEXT)
            context->context_context++;
        else if (mode[s] == AN_MODE_AGENT && mode[t] == AN_MODE_CONTEXT)
            an_i_tally_add(&context->agent_context, report->classes[t]);
        else if (mode[t] == AN_MODE_AGENT && mode[s] == AN_MODE_CONTEXT)
            an_i_tally_add(&context->agent_context, report->classes[s]);
        else
            context->other++;
        if (mode[s] == AN_MODE_CONTEXT)
            offsets[s + 1]++;
        if (t != s && mode[t] == AN_MODE_CONTEXT)
            offsets[t + 1]++;
    }
    for (int64_t v = 0; v < n; v++)
        offsets[v + 1] += offsets[v];
    int64_t *fill = stamp; /* reused as the fill cursor, then reset */
    for (int64_t v = 0; v < n; v++)
        fill[v] = offsets[v];
    for (int64_t e = 0; e < m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        if (mode[s] == AN_MODE_CONTEXT)
            incident[fill[s]++] = e;
        if (t != s && mode[t] == AN_MODE_CONTEXT)
            incident[fill[t]++] = e;
    }
    for (int64_t v = 0; v < n; v++)
        stamp[v] = -1;
    context->rows = calloc((size_t)context->context_count, sizeof *context->rows);
    if (!context->rows) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t v = 0; v < n; v++) {
        if (mode[v] != AN_MODE_CONTEXT)
            continue;
        an_i_context_row *row = &context->rows[context->row_count];
        row->node = v;
        count_row(report, mode, offsets, incident, stamp, row);
        if (!row->agents) {
            an_i_tally_free(&row->relations);
            memset(row, 0, sizeof *row);
            continue;
        }
        an_i_tally_sort(&row->relations);
        context->row_count++;
    }
    qsort(context->rows, (size_t)context->row_count, sizeof *context->rows, compare_rows);
    an_i_tally_sort(&context->agent_context);
done:
    free(mode);
    free(offsets);
    free(incident);
    free(stamp);
    if (rc == AN_OK && context && context->row_count) {
        report->context = context;
    } else {
        an_i_report_context_free(context);
    }
    return rc;
}

/* A meta-network key, "agent x CLASS", as a JSON string and a colon. */
