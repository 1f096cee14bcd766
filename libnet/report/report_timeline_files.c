/*
 * report_timeline_files.c — the timeline's own files: timeline-ties.csv (year,
 * family, ties), timeline-ranks.csv (period, actor, degree, rank), timeline.svg
 * and timeline.json (the section's chart and object, section_timeline.c).
 * Nothing is written when the report has no timeline.
 */
#include "report_internal.h"

#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

#define MAX_FAMILIES AN_I_TIMELINE_FAMILIES

/* ---- files ----------------------------------------------------------------- */

static int write_tables(const an_i_report *report, const char *directory)
{
    const an_i_report_timeline *t = report->timeline;
    const an_timeline *tl = t->timeline;
    int64_t n = tl->node_count;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "year,family,ties\r\n");
    for (int64_t bin = 0; bin < t->bins; bin++)
        for (int f = 0; f <= t->family_count; f++) {
            int64_t c = t->counts[bin * (MAX_FAMILIES + 1) + f];
            if (!c)
                continue;
            an_i_strbuf_printf(&b, "%lld,", (long long)(t->first_year + bin * t->bin_years));
            an_i_report_csv_text(&b, an_i_report_timeline_family(t, f));
            an_i_strbuf_printf(&b, ",%lld\r\n", (long long)c);
        }
    int rc = b.failed ? AN_I_NOMEM() : an_i_report_write_file(report, directory, "timeline-ties.csv", b.data, b.length);
    an_i_strbuf_free(&b);
    if (rc != AN_OK)
        return rc;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "period,begin,end,id,label,degree,rank\r\n");
    for (int64_t p = 0; p < tl->period_count; p++)
        for (int64_t v = 0; v < n; v++) {
            if (!tl->active[p * n + v])
                continue;
            an_i_strbuf_printf(&b, "%lld,%.17g,%.17g,", (long long)p, tl->periods[p].begin, tl->periods[p].end);
            an_i_report_csv_text(&b, an_network_node_id(report->network, v));
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, report->labels[v]);
            an_i_strbuf_printf(&b, ",%.17g,%.17g\r\n", tl->scores[p * n + v], t->ranks[p * n + v]);
        }
    rc = b.failed ? AN_I_NOMEM() : an_i_report_write_file(report, directory, "timeline-ranks.csv", b.data, b.length);
    an_i_strbuf_free(&b);
    return rc;
}

int an_i_report_timeline_write(const an_i_report *report, const char *directory)
{
    if (!report->timeline)
        return AN_OK;
    int rc = write_tables(report, directory);
    if (rc != AN_OK)
        return rc;
    char *svg = an_i_report_timeline_svg(report, 1);
    if (!svg)
        return AN_I_NOMEM();
    rc = an_i_report_write_file(report, directory, "timeline.svg", svg, strlen(svg));
    free(svg);
    if (rc != AN_OK)
        return rc;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_report_timeline_json_object(report, &b);
    an_i_strbuf_puts(&b, "\n");
    rc = b.failed ? AN_I_NOMEM() : an_i_report_write_file(report, directory, "timeline.json", b.data, b.length);
    an_i_strbuf_free(&b);
    return rc;
}
