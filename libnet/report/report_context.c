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
 */
#include "report_internal.h"

#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct context_row {
    int64_t node;
    int64_t agents;             /* distinct agents tied */
    int64_t ties;               /* ties with an agent */
    an_i_tally relations;       /* relations of those ties, most frequent first */
} context_row;

struct an_i_report_context {
    int64_t agent_count;        /* agents in the network (the other mode's size) */
    int64_t context_count;      /* context nodes */
    context_row *rows;          /* context nodes tied to an agent, most agents first */
    int64_t row_count;
    /* the meta-network's blocks (ORA's agent x agent, agent x event, agent x location ...):
     * ties by the modes of their ends, agent x context ties by the context node's class */
    int64_t agent_agent, context_context, other;
    an_i_tally agent_context;
};

static int compare_rows(const void *a, const void *b)
{
    const context_row *x = a, *y = b;
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
                      int64_t *stamp, context_row *row)
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
        context_row *row = &context->rows[context->row_count];
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
static void meta_key(an_i_strbuf *out, const char *klass)
{
    an_i_strbuf key;
    an_i_strbuf_init(&key);
    an_i_strbuf_printf(&key, "agent x %s", klass ? klass : "(no class)");
    an_i_strbuf_json_string(out, key.failed ? "agent x ?" : key.data);
    an_i_strbuf_puts(out, ":");
    an_i_strbuf_free(&key);
}

/* Rows shown: the top_k most connected context nodes. */
static int64_t shown_rows(const an_i_report *report)
{
    int64_t rows = report->context->row_count;
    return rows < report->options.top_k ? rows : report->options.top_k;
}

static double normalised(const an_i_report_context *context, const context_row *row)
{
    return (double)row->agents / (double)context->agent_count;
}

void an_i_report_context_text(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_context *context = report->context;
    if (!context)
        return;
    an_i_strbuf_printf(out, "\nPlaces, events and media (%lld context nodes, not ranked as actors): agents tied\n",
                       (long long)context->context_count);
    an_i_strbuf_printf(out, "  ties by mode (meta-network): agent x agent %lld", (long long)context->agent_agent);
    for (int64_t i = 0; i < context->agent_context.count; i++)
        an_i_strbuf_printf(out, ", agent x %s %lld", context->agent_context.names[i],
                           (long long)context->agent_context.counts[i]);
    an_i_strbuf_printf(out, ", context x context %lld\n", (long long)context->context_context);
    for (int64_t i = 0; i < shown_rows(report); i++) {
        const context_row *row = &context->rows[i];
        an_i_strbuf_printf(out, "  %-32s %4lld agents (%.0f%%), %lld ties, mostly %s\n", report->labels[row->node],
                           (long long)row->agents, 100.0 * normalised(context, row), (long long)row->ties,
                           row->relations.count ? row->relations.names[0] : "-");
    }
}

void an_i_report_context_json(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_context *context = report->context;
    if (!context)
        return;
    an_i_strbuf_puts(out, ",\n\"context\":{\"method\":\"two-mode degree (Borgatti & Everett 1997): distinct agents "
                          "tied to each context node, normalised by the number of agents\",\"agents\":");
    an_i_strbuf_json_integer(out, context->agent_count);
    an_i_strbuf_puts(out, ",\"context_nodes\":");
    an_i_strbuf_json_integer(out, context->context_count);
    an_i_strbuf_puts(out, ",\"meta_network\":{\"agent x agent\":");
    an_i_strbuf_json_integer(out, context->agent_agent);
    for (int64_t i = 0; i < context->agent_context.count; i++) {
        an_i_strbuf_puts(out, ",");
        meta_key(out, context->agent_context.names[i]);
        an_i_strbuf_json_integer(out, context->agent_context.counts[i]);
    }
    an_i_strbuf_puts(out, ",\"context x context\":");
    an_i_strbuf_json_integer(out, context->context_context);
    an_i_strbuf_puts(out, ",\"unknown mode\":");
    an_i_strbuf_json_integer(out, context->other);
    an_i_strbuf_puts(out, "}");
    an_i_strbuf_puts(out, ",\"top\":[");
    for (int64_t i = 0; i < shown_rows(report); i++) {
        const context_row *row = &context->rows[i];
        an_i_strbuf_puts(out, i ? ",{\"id\":" : "{\"id\":");
        an_i_strbuf_json_string(out, an_network_node_id(report->network, row->node));
        an_i_strbuf_puts(out, ",\"class\":");
        an_i_strbuf_json_string(out, report->classes[row->node]);
        an_i_strbuf_puts(out, ",\"agents\":");
        an_i_strbuf_json_integer(out, row->agents);
        an_i_strbuf_puts(out, ",\"two_mode_degree\":");
        an_i_strbuf_json_real(out, normalised(context, row));
        an_i_strbuf_puts(out, ",\"ties\":");
        an_i_strbuf_json_integer(out, row->ties);
        an_i_strbuf_puts(out, ",\"relations\":");
        an_i_tally_json(out, (an_i_tally *)&row->relations); /* already sorted: unchanged */
        an_i_strbuf_puts(out, "}");
    }
    an_i_strbuf_puts(out, "]}");
}

void an_i_report_context_html(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_context *context = report->context;
    if (!context)
        return;
    an_i_strbuf_printf(out, "<h2 id=\"context\">Places, events and media</h2>\n<p>The %lld context nodes (classes "
                            "whose mode is <i>context</i> in the vocabulary) are not actors, so the rankings above "
                            "leave them out. Here: which of the %lld agents each brings together (two-mode degree, "
                            "Borgatti &amp; Everett 1997).</p>\n",
                       (long long)context->context_count, (long long)context->agent_count);
    an_i_strbuf_printf(out, "<p>Ties by mode (the meta-network): agent &times; agent %lld",
                       (long long)context->agent_agent);
    for (int64_t i = 0; i < context->agent_context.count; i++) {
        an_i_strbuf_puts(out, ", agent &times; ");
        an_i_strbuf_html(out, context->agent_context.names[i]);
        an_i_strbuf_printf(out, " %lld", (long long)context->agent_context.counts[i]);
    }
    an_i_strbuf_printf(out, ", context &times; context %lld.</p>\n<table>\n<tr><th>Context node</th><th>Class</th>"
                            "<th>Agents tied</th><th>Share of agents</th><th>Ties</th><th>Relations</th></tr>\n",
                       (long long)context->context_context);
    for (int64_t i = 0; i < shown_rows(report); i++) {
        const context_row *row = &context->rows[i];
        an_i_strbuf_puts(out, "<tr><td>");
        an_i_strbuf_html(out, report->labels[row->node]);
        an_i_strbuf_puts(out, "</td><td>");
        an_i_strbuf_html(out, report->classes[row->node] ? report->classes[row->node] : "");
        an_i_strbuf_printf(out, "</td><td class=\"n\">%lld</td><td class=\"n\">%.0f%%</td><td class=\"n\">%lld</td><td>",
                           (long long)row->agents, 100.0 * normalised(context, row), (long long)row->ties);
        const an_i_tally *relations = &row->relations;
        for (int64_t r = 0; r < relations->count && r < 4; r++) {
            an_i_strbuf_puts(out, r ? ", " : "");
            an_i_strbuf_html(out, relations->names[r]);
            an_i_strbuf_printf(out, " %lld", (long long)relations->counts[r]);
        }
        an_i_strbuf_puts(out, "</td></tr>\n");
    }
    an_i_strbuf_puts(out, "</table>\n");
}
