/*
 * section_lenses.c — the lenses the report read (report_lenses.c resolves them)
 * as report.json's "lens" objects and one line per lens for the terminal and the
 * page.
 */
#include "report_sections.h"

#include <stdio.h>

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
