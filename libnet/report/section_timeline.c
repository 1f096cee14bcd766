/*
 * section_timeline.c — the "Timeline" section (report_timeline.c gathers it) as
 * terminal text, report.json's "timeline" object, and report.html's section with
 * its SVG chart. The SVG is built here, not by Graphviz: every data value is
 * escaped (an_i_strbuf_html) and only element text carries data; attributes hold
 * numbers and colours from the palette below.
 */
#include "report_sections.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FAMILIES AN_I_TIMELINE_FAMILIES
#define MAX_RANK_SHOWN 10       /* ranks drawn */
#define MAX_CITED 6             /* ties cited per actor and phase */

/* Okabe & Ito's colour-blind-safe palette; the last is "other". */
static const char *const palette[MAX_FAMILIES + 1] = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
                                                       "#56B4E9", "#F0E442", "#000000", "#999999" };

/* ---- shared wording -------------------------------------------------------- */

static void period_label(char *buffer, size_t size, const an_timeline_period *p)
{
    if (p->end - p->begin == 1)
        snprintf(buffer, size, "%.0f", p->begin);
    else
        snprintf(buffer, size, "%.0f-%.0f", p->begin, p->end - 1);
}

static int touches(const an_i_report *report, int64_t e, int64_t v)
{
    int64_t s = 0, w = 0;
    an_network_edge_endpoints(report->network, e, &s, &w);
    return s == v || w == v;
}

/* Visit the ties citing actor v in period p (at most MAX_CITED); returns how many there are. */
typedef void (*cite_visit)(const an_i_report *report, int64_t e, int64_t v, int first, void *data);

static int64_t cite_ties(const an_i_report *report, int64_t p, int64_t v, cite_visit visit, void *data)
{
    const an_i_report_timeline *t = report->timeline;
    int64_t shown = 0, total = 0;
    for (int64_t i = 0; i < t->period_tie_counts[p]; i++) {
        int64_t e = t->period_ties[p][i];
        if (!touches(report, e, v))
            continue;
        total++;
        if (shown < MAX_CITED)
            visit(report, e, v, shown++ == 0, data);
    }
    return total;
}

/* ---- text ------------------------------------------------------------------ */

/* A tie's years where a phase lists it: its onset, or onset-end when it lasts, so that a tie begun
 * in 1988 and listed in a 1992-1996 phase (which it spans) does not look misdated. */
static void put_years(an_i_strbuf *out, const an_i_report *report, int64_t e, double onset)
{
    if (onset != onset)
        return;
    double end = an_i_report_edge_end(report, e);
    if (end == end && end > onset)
        an_i_strbuf_printf(out, " %.0f-%.0f", onset, end);
    else
        an_i_strbuf_printf(out, " %.0f", onset);
}

static void text_tie(const an_i_report *report, int64_t e, int64_t v, int first, void *data)
{
    (void)v;
    an_i_strbuf *out = data;
    const char *id = an_network_edge_id(report->network, e);
    const char *relation = an_i_report_edge_string(report, report->relation_column, e);
    int64_t s = 0, w = 0;
    an_network_edge_endpoints(report->network, e, &s, &w);
    double year = an_i_report_edge_onset(report, e);
    an_i_strbuf_printf(out, "%s%s %s %s %s", first ? "" : "; ", id ? id : "?", report->tie_names[s],
                       relation ? relation : "tie", report->tie_names[w]);
    put_years(out, report, e, year);
}

void an_i_report_timeline_text(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_timeline *t = report->timeline;
    if (!t)
        return;
    const an_timeline *tl = t->timeline;
    an_i_strbuf_printf(out, "\nTimeline (every dated tie, lens all; timeline.svg): %lld of %lld ties dated, %lld "
                            "undated and not placed.\n  Phases (runs of years in which dated ties begin):",
                       (long long)t->dated, (long long)report->m, (long long)t->undated);
    for (int64_t p = 0; p < tl->period_count; p++) {
        char label[48];
        period_label(label, sizeof label, &tl->periods[p]);
        an_i_strbuf_printf(out, "%s %s (%lld tie%s)", p ? "," : "", label, (long long)tl->periods[p].ties,
                           tl->periods[p].ties == 1 ? "" : "s");
    }
    an_i_strbuf_printf(out, "\n  Actors active in more than one phase: %lld", (long long)t->spanning_total);
    for (int64_t i = 0; i < t->spanning_count && i < 5; i++) {
        const an_i_spanning_actor *a = &t->spanning[i];
        an_i_strbuf_printf(out, "\n    %s:", report->labels[a->node]);
        for (int64_t p = 0; p < tl->period_count; p++) {
            if (!tl->active[p * tl->node_count + a->node])
                continue;
            char label[48];
            period_label(label, sizeof label, &tl->periods[p]);
            an_i_strbuf_printf(out, " [%s: ", label);
            int64_t total = cite_ties(report, p, a->node, text_tie, out);
            if (total > MAX_CITED)
                an_i_strbuf_printf(out, "; +%lld more", (long long)(total - MAX_CITED));
            an_i_strbuf_puts(out, "]");
        }
    }
    an_i_strbuf_puts(out, "\n");
}

/* ---- JSON ------------------------------------------------------------------ */

static void json_tie(const an_i_report *report, int64_t e, int64_t v, int first, void *data)
{
    an_i_strbuf *out = data;
    an_i_strbuf_puts(out, first ? "{\"edge\":" : ",{\"edge\":");
    an_i_strbuf_json_string(out, an_network_edge_id(report->network, e));
    an_i_strbuf_printf(out, ",\"index\":%lld,\"relation\":", (long long)e);
    an_i_strbuf_json_string(out, an_i_report_edge_string(report, report->relation_column, e));
    int64_t s = 0, w = 0;
    an_network_edge_endpoints(report->network, e, &s, &w);
    (void)v;
    an_i_strbuf_puts(out, ",\"from\":");
    an_i_strbuf_json_string(out, an_network_node_id(report->network, s));
    an_i_strbuf_puts(out, ",\"to\":");
    an_i_strbuf_json_string(out, an_network_node_id(report->network, w));
    an_i_strbuf_puts(out, ",\"year\":");
    an_i_strbuf_json_real(out, an_i_report_edge_year(report, e));
    an_i_strbuf_puts(out, ",\"end\":");
    an_i_strbuf_json_real(out, an_i_report_edge_end(report, e));
    an_i_strbuf_puts(out, ",\"source\":");
    an_i_strbuf_json_string(out, an_i_report_edge_string(report, report->source_column, e));
    an_i_strbuf_puts(out, ",\"locator\":");
    an_i_strbuf_json_string(out, an_i_report_edge_string(report, report->locator_column, e));
    an_i_strbuf_puts(out, "}");
}

void an_i_report_timeline_json_object(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_timeline *t = report->timeline;
    const an_timeline *tl = t->timeline;
    int64_t n = tl->node_count;
    an_i_strbuf_printf(out, "{\"lens\":\"all\",\"dated_ties\":%lld,\"undated_ties\":%lld,\"bin_years\":%lld,"
                            "\"periods\":[",
                       (long long)t->dated, (long long)t->undated, (long long)t->bin_years);
    for (int64_t p = 0; p < tl->period_count; p++) {
        const an_timeline_period *q = &tl->periods[p];
        an_i_strbuf_printf(out, "%s{\"begin\":%.17g,\"end\":%.17g,\"actors\":%lld,\"ties\":%lld}", p ? "," : "",
                           q->begin, q->end, (long long)q->actors, (long long)q->ties);
    }
    an_i_strbuf_puts(out, "],\"ties_per_year\":[");
    int written = 0;
    for (int64_t b = 0; b < t->bins; b++)
        for (int f = 0; f <= t->family_count; f++) {
            int64_t c = t->counts[b * (MAX_FAMILIES + 1) + f];
            if (!c)
                continue;
            an_i_strbuf_printf(out, "%s{\"year\":%lld,\"family\":", written++ ? "," : "",
                               (long long)(t->first_year + b * t->bin_years));
            an_i_strbuf_json_string(out, an_i_report_timeline_family(t, f));
            an_i_strbuf_printf(out, ",\"ties\":%lld}", (long long)c);
        }
    an_i_strbuf_puts(out, "],\"ranks\":[");
    for (int64_t i = 0; i < t->ranked_count; i++) {
        int64_t v = t->ranked[i];
        an_i_strbuf_puts(out, i ? ",{\"id\":" : "{\"id\":");
        an_i_strbuf_json_string(out, an_network_node_id(report->network, v));
        an_i_strbuf_puts(out, ",\"label\":");
        an_i_strbuf_json_string(out, report->labels[v]);
        an_i_strbuf_puts(out, ",\"degree\":[");
        for (int64_t p = 0; p < tl->period_count; p++) {
            an_i_strbuf_puts(out, p ? "," : "");
            an_i_strbuf_json_real(out, tl->scores[p * n + v]);
        }
        an_i_strbuf_puts(out, "],\"rank\":[");
        for (int64_t p = 0; p < tl->period_count; p++) {
            an_i_strbuf_puts(out, p ? "," : "");
            an_i_strbuf_json_real(out, t->ranks[p * n + v]);
        }
        an_i_strbuf_puts(out, "]}");
    }
    an_i_strbuf_printf(out, "],\"spanning_total\":%lld,\"spanning\":[", (long long)t->spanning_total);
    for (int64_t i = 0; i < t->spanning_count; i++) {
        int64_t v = t->spanning[i].node;
        an_i_strbuf_puts(out, i ? ",{\"id\":" : "{\"id\":");
        an_i_strbuf_json_string(out, an_network_node_id(report->network, v));
        an_i_strbuf_puts(out, ",\"label\":");
        an_i_strbuf_json_string(out, report->labels[v]);
        an_i_strbuf_puts(out, ",\"periods\":[");
        int first = 1;
        for (int64_t p = 0; p < tl->period_count; p++) {
            if (!tl->active[p * n + v])
                continue;
            an_i_strbuf_printf(out, "%s{\"period\":%lld,\"ties\":[", first ? "" : ",", (long long)p);
            first = 0;
            int64_t total = cite_ties(report, p, v, json_tie, out);
            an_i_strbuf_printf(out, "],\"tie_count\":%lld}", (long long)total);
        }
        an_i_strbuf_puts(out, "]}");
    }
    an_i_strbuf_puts(out, "]}");
}

void an_i_report_timeline_json(const an_i_report *report, an_i_strbuf *out)
{
    if (!report->timeline)
        return;
    an_i_strbuf_puts(out, ",\n\"timeline\":");
    an_i_report_timeline_json_object(report, out);
}

/* ---- SVG ------------------------------------------------------------------- */

#define SVG_WIDTH 760
#define LEFT 48
#define RIGHT 200
#define BAR_TOP 40
#define BAR_HEIGHT 180
#define RANK_TOP (BAR_TOP + BAR_HEIGHT + 70)
#define ROW 22

static void svg_text(an_i_strbuf *out, double x, double y, const char *anchor, const char *style, const char *text)
{
    an_i_strbuf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>", x, y, anchor, style);
    an_i_strbuf_html(out, text);
    an_i_strbuf_puts(out, "</text>\n");
}

/* A legend label: at most 28 bytes, cut at a UTF-8 character boundary, with an ellipsis when cut. */
static void svg_short_text(an_i_strbuf *out, double x, double y, const char *text)
{
    char cut[40];
    size_t length = strlen(text);
    if (length > 28) {
        length = 26;
        while (length > 0 && ((unsigned char)text[length] & 0xC0) == 0x80)
            length--;
        snprintf(cut, sizeof cut, "%.*s\xE2\x80\xA6", (int)length, text);
        text = cut;
    }
    svg_text(out, x, y, "start", "", text);
}

static void svg_bars(const an_i_report_timeline *t, an_i_strbuf *out)
{
    int64_t peak = 1;
    for (int64_t b = 0; b < t->bins; b++) {
        int64_t sum = 0;
        for (int f = 0; f <= t->family_count; f++)
            sum += t->counts[b * (MAX_FAMILIES + 1) + f];
        if (sum > peak)
            peak = sum;
    }
    double plot = SVG_WIDTH - LEFT - RIGHT, width = plot / (double)t->bins;
    char caption[160];
    snprintf(caption, sizeof caption, "Dated ties per %s by relation family (%lld dated, %lld undated not shown)",
             t->bin_years == 1 ? "year" : "period of years", (long long)t->dated, (long long)t->undated);
    svg_text(out, LEFT, BAR_TOP - 16, "start", " font-weight=\"bold\"", caption);
    an_i_strbuf_printf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#444\"/>\n", LEFT,
                       BAR_TOP + BAR_HEIGHT, LEFT + plot, BAR_TOP + BAR_HEIGHT);
    char number[32];
    snprintf(number, sizeof number, "%lld", (long long)peak);
    svg_text(out, LEFT - 6, BAR_TOP + 4, "end", "", number);
    svg_text(out, LEFT - 6, BAR_TOP + BAR_HEIGHT, "end", "", "0");
    for (int64_t b = 0; b < t->bins; b++) {
        double x = LEFT + (double)b * width, y = BAR_TOP + BAR_HEIGHT;
        int64_t year = t->first_year + b * t->bin_years;
        for (int f = 0; f <= t->family_count; f++) {
            int64_t c = t->counts[b * (MAX_FAMILIES + 1) + f];
            if (!c)
                continue;
            double h = (double)c / (double)peak * BAR_HEIGHT;
            y -= h;
            an_i_strbuf_printf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>",
                               x + 0.5, y, width > 2 ? width - 1 : width, h, palette[f < t->family_count ? f : MAX_FAMILIES]);
            an_i_strbuf_printf(out, "%lld: %lld ", (long long)year, (long long)c);
            an_i_strbuf_html(out, an_i_report_timeline_family(t, f));
            an_i_strbuf_puts(out, "</title></rect>\n");
        }
        int64_t step = t->bins > 40 ? 10 : 5;
        if (year % step == 0 || b == 0) {
            snprintf(number, sizeof number, "%lld", (long long)year);
            svg_text(out, x + width / 2, BAR_TOP + BAR_HEIGHT + 14, "middle", " font-size=\"10\"", number);
        }
    }
    /* legend, right of the bars */
    int row = 0;
    for (int f = 0; f <= t->family_count; f++) {
        if (!t->family_totals[f])
            continue;
        double y = BAR_TOP + row++ * 16;
        an_i_strbuf_printf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"10\" height=\"10\" fill=\"%s\"/>\n",
                           SVG_WIDTH - RIGHT + 16, y, palette[f < t->family_count ? f : MAX_FAMILIES]);
        char legend[512];
        snprintf(legend, sizeof legend, "%s (%lld)", an_i_report_timeline_family(t, f), (long long)t->family_totals[f]);
        svg_short_text(out, SVG_WIDTH - RIGHT + 30, y + 9, legend);
    }
}

static void svg_ranks(const an_i_report *report, const an_i_report_timeline *t, an_i_strbuf *out)
{
    const an_timeline *tl = t->timeline;
    int64_t n = tl->node_count, P = tl->period_count;
    double plot = SVG_WIDTH - LEFT - RIGHT, column = P > 1 ? plot / (double)(P - 1) : 0;
    svg_text(out, LEFT, RANK_TOP - 30, "start", " font-weight=\"bold\"",
             "Rank by degree in each phase (1 = most ties; the actors with the most dated ties)");
    for (int64_t p = 0; p < P; p++) {
        char label[48];
        period_label(label, sizeof label, &tl->periods[p]);
        double x = LEFT + (double)p * column;
        an_i_strbuf_printf(out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>\n", x, RANK_TOP,
                           x, RANK_TOP + (MAX_RANK_SHOWN - 1) * ROW);
        svg_text(out, x, RANK_TOP - 10, "middle", " font-size=\"10\"", label);
    }
    for (int r = 1; r <= MAX_RANK_SHOWN; r++) {
        char number[16];
        snprintf(number, sizeof number, "%d", r);
        svg_text(out, LEFT - 14, RANK_TOP + (r - 1) * ROW + 4, "end", " font-size=\"10\"", number);
    }
    for (int64_t i = 0; i < t->ranked_count; i++) {
        int64_t v = t->ranked[i];
        const char *colour = palette[i % MAX_FAMILIES];
        double last_x = NAN, last_y = NAN;
        for (int64_t p = 0; p < P; p++) {
            double rank = t->ranks[p * n + v];
            if (!(rank <= MAX_RANK_SHOWN)) {
                last_x = NAN;
                continue;
            }
            double x = LEFT + (double)p * column, y = RANK_TOP + (rank - 1) * ROW;
            if (last_x == last_x)
                an_i_strbuf_printf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                                        "stroke-width=\"2\"/>\n", last_x, last_y, x, y, colour);
            an_i_strbuf_printf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>", x, y, colour);
            an_i_strbuf_html(out, report->labels[v]);
            an_i_strbuf_printf(out, ": rank %.0f, degree %.0f</title></circle>\n", rank, tl->scores[p * n + v]);
            last_x = x;
            last_y = y;
        }
        double y = RANK_TOP + (double)i * ROW + 4;
        an_i_strbuf_printf(out, "<rect x=\"%d\" y=\"%.1f\" width=\"10\" height=\"4\" fill=\"%s\"/>\n",
                           SVG_WIDTH - RIGHT + 16, y - 6, colour);
        svg_short_text(out, SVG_WIDTH - RIGHT + 30, y, report->labels[v]);
    }
}

char *an_i_report_timeline_svg(const an_i_report *report, int with_prolog)
{
    const an_i_report_timeline *t = report->timeline;
    an_i_strbuf out;
    an_i_strbuf_init(&out);
    int height = RANK_TOP + MAX_RANK_SHOWN * ROW + 10;
    if (with_prolog)
        an_i_strbuf_puts(&out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    an_i_strbuf_printf(&out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                             "font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n<title>Timeline</title>\n",
                       SVG_WIDTH, height, SVG_WIDTH, height);
    svg_bars(t, &out);
    if (t->timeline->period_count > 0)
        svg_ranks(report, t, &out);
    an_i_strbuf_puts(&out, "</svg>\n");
    return an_i_strbuf_take(&out, NULL);
}

/* ---- HTML ------------------------------------------------------------------ */

void an_i_report_timeline_nav(const an_i_report *report, an_i_strbuf *out)
{
    if (report->timeline)
        an_i_strbuf_puts(out, "<a href=\"#timeline\">Timeline</a>");
}

static void html_tie(const an_i_report *report, int64_t e, int64_t v, int first, void *data)
{
    an_i_strbuf *out = data;
    const char *id = an_network_edge_id(report->network, e);
    const char *relation = an_i_report_edge_string(report, report->relation_column, e);
    const char *source = an_i_report_edge_string(report, report->source_column, e);
    const char *locator = an_i_report_edge_string(report, report->locator_column, e);
    double year = an_i_report_edge_onset(report, e);
    int64_t s = 0, w = 0;
    an_network_edge_endpoints(report->network, e, &s, &w);
    (void)v;
    an_i_strbuf_puts(out, first ? "" : "; ");
    an_i_strbuf_html(out, report->tie_names[s]);
    an_i_strbuf_puts(out, " <i>");
    an_i_strbuf_html(out, relation ? relation : "tie");
    an_i_strbuf_puts(out, "</i> ");
    an_i_strbuf_html(out, report->tie_names[w]);
    put_years(out, report, e, year);
    an_i_strbuf_puts(out, " <span class=\"cite\">(");
    an_i_strbuf_html(out, id ? id : "?");
    if (source) {
        an_i_strbuf_puts(out, ", ");
        an_i_strbuf_html(out, source);
    }
    if (locator) {
        an_i_strbuf_puts(out, ", ");
        an_i_strbuf_html(out, locator);
    }
    an_i_strbuf_puts(out, ")</span>");
}

void an_i_report_timeline_html(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_timeline *t = report->timeline;
    if (!t)
        return;
    const an_timeline *tl = t->timeline;
    an_i_strbuf_printf(out, "<h2 id=\"timeline\">Timeline</h2>\n<p>%lld of %lld ties are dated; the %lld undated "
                            "ties are not placed in time. Time is read from every dated tie whatever its sign "
                            "(lens <i>all</i>): an arrest dates an actor as much as a funding tie. A tie counts in "
                            "the year it begins. Phases are runs of years in which dated ties begin, joined across "
                            "one empty year. Files: <a href=\"timeline.svg\">timeline.svg</a>, "
                            "<a href=\"timeline-ties.csv\">timeline-ties.csv</a>, "
                            "<a href=\"timeline-ranks.csv\">timeline-ranks.csv</a>, "
                            "<a href=\"timeline.json\">timeline.json</a>.</p>\n<figure>",
                       (long long)t->dated, (long long)report->m, (long long)t->undated);
    char *svg = an_i_report_timeline_svg(report, 0);
    if (svg)
        an_i_strbuf_puts(out, svg);
    else
        out->failed = 1;
    free(svg);
    an_i_strbuf_puts(out, "</figure>\n<table>\n<tr><th>Phase</th><th>Ties</th><th>Actors</th><th>Most ties</th></tr>\n");
    for (int64_t p = 0; p < tl->period_count; p++) {
        char label[48];
        period_label(label, sizeof label, &tl->periods[p]);
        an_i_strbuf_printf(out, "<tr><td>%s</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td><td>", label,
                           (long long)tl->periods[p].ties, (long long)tl->periods[p].actors);
        int written = 0;
        for (int64_t v = 0; v < tl->node_count && written < 3; v++)
            if (t->ranks[p * tl->node_count + v] == 1) {
                an_i_strbuf_puts(out, written++ ? ", " : "");
                an_i_strbuf_html(out, report->labels[v]);
            }
        an_i_strbuf_puts(out, "</td></tr>\n");
    }
    an_i_strbuf_printf(out, "</table>\n<p>%lld actors are active in more than one phase", (long long)t->spanning_total);
    an_i_strbuf_puts(out, t->spanning_count ? "; with the ties that place them in each:</p>\n<ul>\n" : ".</p>\n");
    for (int64_t i = 0; i < t->spanning_count; i++) {
        int64_t v = t->spanning[i].node;
        an_i_strbuf_puts(out, "<li><b>");
        an_i_strbuf_html(out, report->labels[v]);
        an_i_strbuf_puts(out, "</b>");
        for (int64_t p = 0; p < tl->period_count; p++) {
            if (!tl->active[p * tl->node_count + v])
                continue;
            char label[48];
            period_label(label, sizeof label, &tl->periods[p]);
            an_i_strbuf_printf(out, "<br>%s: ", label);
            int64_t total = cite_ties(report, p, v, html_tie, out);
            if (total > MAX_CITED)
                an_i_strbuf_printf(out, "; and %lld more", (long long)(total - MAX_CITED));
        }
        an_i_strbuf_puts(out, "</li>\n");
    }
    if (t->spanning_count)
        an_i_strbuf_puts(out, "</ul>\n");
}
