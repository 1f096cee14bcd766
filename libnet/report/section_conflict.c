/*
 * section_conflict.c — the "Conflict" section (report_conflict.c gathers it) as
 * terminal text, report.json's "conflict" object and report.html's section.
 */
#include "report_sections.h"

#include <stdlib.h>
#include <string.h>

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
        const an_i_hostile_row *row = &c->rows[i];
        an_i_strbuf_puts(out, "  ");
        an_i_report_text_cell(out, report->labels[row->node], 34);
        an_i_strbuf_printf(out, " against others %lld, targeted %lld, mutual %lld\n", (long long)row->initiated,
                           (long long)row->received, (long long)row->mutual);
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
        const an_i_hostile_row *row = &c->rows[i];
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
        const an_i_hostile_row *row = &c->rows[i];
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
