/*
 * section_context.c — the "Places, events and media" section (report_context.c
 * gathers it) as terminal text, report.json's "context" object and report.html's
 * section.
 */
#include "report_sections.h"

#include <stdlib.h>
#include <string.h>

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

static double normalised(const an_i_report_context *context, const an_i_context_row *row)
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
        const an_i_context_row *row = &context->rows[i];
        an_i_strbuf_puts(out, "  ");
        an_i_report_text_cell(out, report->labels[row->node], 34);
        an_i_strbuf_printf(out, " %4lld agents (%.0f%%), %lld ties, mostly %s\n", (long long)row->agents, 100.0 * normalised(context, row), (long long)row->ties,
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
        const an_i_context_row *row = &context->rows[i];
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
        const an_i_context_row *row = &context->rows[i];
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
