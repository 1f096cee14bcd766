/*
 * report_timeline.c — the report's "Timeline" section (timeline.h): when the
 * network's ties are dated, by relation family; the phases of the dated
 * evidence; the top actors' rank in each phase; and the actors active in
 * more than one phase, each phase cited by the ties that place them there.
 *
 * Time is read from every dated tie whatever its sign (the "all" lens): an
 * arrest or a prosecution dates an actor as much as a funding tie, and dated
 * ties are scarce (81 of 280 in the bundled proxy network). Undated ties are
 * counted, not placed (the timeline's default). Families come from the
 * vocabulary's semantics (vocabulary.h); a relation without one is "other".
 *
 * Files: timeline.svg (ties per year by family above, ranks per phase
 * below), timeline-ties.csv (year, family, ties), timeline-ranks.csv
 * (period, actor, degree, rank) and timeline.json (everything, with the
 * citations). The SVG is built here, not by Graphviz: every data value is
 * escaped (an_i_strbuf_html) and only element text carries data; attributes
 * hold numbers and colours from the palette below.
 * Shown when at least one tie is dated.
 */
#include "report_internal.h"

#include "actornet/timeline.h"
#include "error_internal.h"
#include "csv_field.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FAMILIES 8          /* colours; the rest are "other" */
#define MAX_RANKED 8            /* actors in the rank chart */
#define MAX_RANK_SHOWN 10       /* ranks drawn */
#define MAX_SPANNING 12         /* actors listed as spanning phases */
#define MAX_CITED 6             /* ties cited per actor and phase */
#define MAX_BINS 150            /* bars in the ties-per-year chart */

/* Okabe & Ito's colour-blind-safe palette; the last is "other". */
/* A CSV text cell (empty for a missing text): quoted when needed, formulas guarded (csv_field.h). */
static void csv_text(an_i_strbuf *b, const char *text)
{
    if (text && *text)
        an_i_csv_field_to_strbuf(b, text, 0);
}

static const char *const palette[MAX_FAMILIES + 1] = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
                                                       "#56B4E9", "#F0E442", "#000000", "#999999" };

typedef struct spanning_actor {
    int64_t node, periods;
    double degree;              /* total over the periods */
} spanning_actor;

struct an_i_report_timeline {
    an_lens lens;
    an_timeline_options options;
    an_timeline *timeline;
    int64_t dated, undated;
    /* ties per year (bins of bin_years years from first_year) by family */
    int64_t first_year, bin_years, bins;
    const char *families[MAX_FAMILIES + 1];  /* borrowed from the vocabulary; [family_count] = "other" */
    int64_t family_totals[MAX_FAMILIES + 1];
    int family_count, has_other;
    int64_t *counts;            /* bins * (MAX_FAMILIES + 1) */
    /* ranks */
    int64_t ranked[MAX_RANKED], ranked_count;
    double *ranks;              /* period_count * node_count: competition rank by degree, NaN absent */
    /* spanning */
    spanning_actor spanning[MAX_SPANNING];
    int64_t spanning_count, spanning_total;
    int64_t period_count;
    int64_t **period_ties, *period_tie_counts; /* ties of each period (original edges) */
};

void an_i_report_timeline_free(an_i_report_timeline *t)
{
    if (!t)
        return;
    an_timeline_free(t->timeline);
    free(t->counts);
    free(t->ranks);
    for (int64_t p = 0; t->period_ties && p < t->period_count; p++)
        free(t->period_ties[p]);
    free(t->period_ties);
    free(t->period_tie_counts);
    free(t);
}

/* A tie's onset year (year, else start, else end for a tie with only an end); NaN undated. */
static double onset(const an_i_report *report, int64_t e)
{
    double year = an_i_report_edge_year(report, e);
    return year == year ? year : an_i_report_edge_end(report, e);
}

/* The vocabulary's family of tie e's relation, or NULL. */
static const char *tie_family(const an_i_report *report, int64_t e)
{
    const char *relation = an_i_report_edge_string(report, report->relation_column, e);
    an_relation_semantics semantics = { NULL, 0, -1, 0 };
    if (relation && report->semantics)
        an_vocabulary_relation(&semantics, report->semantics, relation);
    return semantics.family;
}

/* The family of tie e: its index in t->families, or family_count ("other"). */
static int family_of(const an_i_report *report, const an_i_report_timeline *t, int64_t e)
{
    const char *family = tie_family(report, e);
    for (int f = 0; family && f < t->family_count; f++)
        if (strcmp(t->families[f], family) == 0)
            return f;
    return t->family_count;
}

/* The MAX_FAMILIES families with the most dated ties (ties: by name) get a colour; the rest are "other". */
static int choose_families(const an_i_report *report, an_i_report_timeline *t)
{
    an_i_tally tally = { 0 };
    for (int64_t e = 0; e < report->m; e++) {
        const char *family = tie_family(report, e);
        if (family && onset(report, e) == onset(report, e))
            an_i_tally_add(&tally, family);
    }
    if (tally.count && !tally.names) {
        an_i_tally_free(&tally);
        return AN_I_NOMEM();
    }
    an_i_tally_sort(&tally);
    for (int64_t i = 0; i < tally.count && t->family_count < MAX_FAMILIES; i++)
        t->families[t->family_count++] = tally.names[i];   /* strings owned by the vocabulary */
    an_i_tally_free(&tally);
    return AN_OK;
}

static int count_ties_per_year(const an_i_report *report, an_i_report_timeline *t)
{
    double first = INFINITY, last = -INFINITY;
    for (int64_t e = 0; e < report->m; e++) {
        double y = onset(report, e);
        if (y != y || !isfinite(y)) {
            t->undated++;
            continue;
        }
        t->dated++;
        first = fmin(first, floor(y));
        last = fmax(last, floor(y));
    }
    if (!t->dated)
        return AN_OK;
    int rc = choose_families(report, t);
    if (rc != AN_OK)
        return rc;
    double span = last - first + 1;
    t->first_year = (int64_t)first;
    t->bin_years = span > MAX_BINS ? (int64_t)ceil(span / MAX_BINS) : 1;
    t->bins = (int64_t)ceil(span / (double)t->bin_years);
    t->counts = calloc((size_t)(t->bins * (MAX_FAMILIES + 1)), sizeof *t->counts);
    if (!t->counts)
        return AN_I_NOMEM();
    for (int64_t e = 0; e < report->m; e++) {
        double y = onset(report, e);
        if (y != y || !isfinite(y))
            continue;
        int f = family_of(report, t, e);
        int64_t bin = ((int64_t)floor(y) - t->first_year) / t->bin_years;
        t->counts[bin * (MAX_FAMILIES + 1) + f]++;
        t->family_totals[f]++;
        t->has_other |= f == t->family_count;
    }
    return AN_OK;
}

/* Competition ranks by degree in each period (1 + actors with a higher degree). */
static int rank_actors(an_i_report_timeline *t)
{
    const an_timeline *tl = t->timeline;
    int64_t n = tl->node_count, P = tl->period_count;
    t->ranks = malloc((size_t)(P * n + 1) * sizeof *t->ranks);
    double *total = calloc((size_t)n + 1, sizeof *total);
    if (!t->ranks || !total) {
        free(total);
        return AN_I_NOMEM();
    }
    for (int64_t p = 0; p < P; p++) {
        const double *degree = tl->scores + p * n;
        for (int64_t v = 0; v < n; v++) {
            double rank = NAN;
            if (degree[v] == degree[v]) {
                rank = 1;
                for (int64_t w = 0; w < n; w++)
                    rank += degree[w] > degree[v];
                total[v] += degree[v];
            }
            t->ranks[p * n + v] = rank;
        }
    }
    /* the actors with the most ties over all periods (ties: node order) */
    for (int64_t v = 0; v < n; v++) {
        if (!(total[v] > 0))
            continue;
        int64_t at = t->ranked_count < MAX_RANKED ? t->ranked_count++ : MAX_RANKED;
        if (at == MAX_RANKED) {
            if (!(total[v] > total[t->ranked[MAX_RANKED - 1]]))
                continue;
            at = MAX_RANKED - 1;
        }
        while (at > 0 && total[v] > total[t->ranked[at - 1]]) {
            t->ranked[at] = t->ranked[at - 1];
            at--;
        }
        t->ranked[at] = v;
    }
    /* actors active in more than one period, most periods first, then most ties */
    for (int64_t v = 0; v < n; v++) {
        int64_t periods = 0;
        for (int64_t p = 0; p < P; p++)
            periods += tl->active[p * n + v];
        if (periods < 2)
            continue;
        t->spanning_total++;
        spanning_actor a = { v, periods, total[v] };
        int64_t at = t->spanning_count < MAX_SPANNING ? t->spanning_count++ : MAX_SPANNING;
        if (at == MAX_SPANNING) {
            const spanning_actor *worst = &t->spanning[MAX_SPANNING - 1];
            if (!(a.periods > worst->periods || (a.periods == worst->periods && a.degree > worst->degree)))
                continue;
            at = MAX_SPANNING - 1;
        }
        while (at > 0 && (a.periods > t->spanning[at - 1].periods ||
                          (a.periods == t->spanning[at - 1].periods && a.degree > t->spanning[at - 1].degree))) {
            t->spanning[at] = t->spanning[at - 1];
            at--;
        }
        t->spanning[at] = a;
    }
    free(total);
    return AN_OK;
}

int an_i_report_timeline_gather(an_i_report *report)
{
    an_i_report_timeline *t = calloc(1, sizeof *t);
    if (!t)
        return AN_I_NOMEM();
    int rc = count_ties_per_year(report, t);
    if (rc != AN_OK || !t->dated) {
        an_i_report_timeline_free(t);
        return rc;
    }
    an_lens_preset(&t->lens, "all");
    t->lens.vocabulary = report->semantics;
    static const an_centrality_measure degree[] = { AN_DEGREE };
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.windows = AN_WINDOWS_PHASES;
    o.policy.lens = &t->lens;
    o.measures = degree;
    o.measure_count = 1;
    o.communities = 0;
    t->options = o;
    /* a timeline that cannot be cut (e.g. dates only on ties the lens drops) leaves the section out */
    if (an_timeline_compute(&t->timeline, report->network, &t->options) != AN_OK) {
        int out_of_memory = an_error_last()->code == AN_ENOMEM;
        an_i_report_timeline_free(t);
        return out_of_memory ? AN_ENOMEM : AN_OK;
    }
    t->period_count = t->timeline->period_count;
    t->period_ties = calloc((size_t)t->period_count + 1, sizeof *t->period_ties);
    t->period_tie_counts = calloc((size_t)t->period_count + 1, sizeof *t->period_tie_counts);
    if (!t->period_ties || !t->period_tie_counts)
        rc = AN_I_NOMEM();
    for (int64_t p = 0; rc == AN_OK && p < t->period_count; p++)
        rc = an_timeline_period_ties(&t->period_ties[p], &t->period_tie_counts[p], report->network, &t->options, p);
    if (rc == AN_OK)
        rc = rank_actors(t);
    if (rc != AN_OK) {
        an_i_report_timeline_free(t);
        return rc;
    }
    report->timeline = t;
    return AN_OK;
}

/* ---- shared wording -------------------------------------------------------- */

static void period_label(char *buffer, size_t size, const an_timeline_period *p)
{
    if (p->end - p->begin == 1)
        snprintf(buffer, size, "%.0f", p->begin);
    else
        snprintf(buffer, size, "%.0f-%.0f", p->begin, p->end - 1);
}

static const char *family_name(const an_i_report_timeline *t, int f)
{
    return f < t->family_count ? t->families[f] : "other";
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

static void text_tie(const an_i_report *report, int64_t e, int64_t v, int first, void *data)
{
    (void)v;
    an_i_strbuf *out = data;
    const char *id = an_network_edge_id(report->network, e);
    const char *relation = an_i_report_edge_string(report, report->relation_column, e);
    int64_t s = 0, w = 0;
    an_network_edge_endpoints(report->network, e, &s, &w);
    double year = onset(report, e);
    an_i_strbuf_printf(out, "%s%s %s %s %s", first ? "" : "; ", id ? id : "?", report->labels[s],
                       relation ? relation : "tie", report->labels[w]);
    if (year == year)
        an_i_strbuf_printf(out, " %.0f", year);
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
        const spanning_actor *a = &t->spanning[i];
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

static void json_object(const an_i_report *report, an_i_strbuf *out)
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
            an_i_strbuf_json_string(out, family_name(t, f));
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
    json_object(report, out);
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
            an_i_strbuf_html(out, family_name(t, f));
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
        snprintf(legend, sizeof legend, "%s (%lld)", family_name(t, f), (long long)t->family_totals[f]);
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

/* The SVG document (with_prolog: an XML declaration for the standalone file). malloc'd, NULL on failure. */
static char *build_svg(const an_i_report *report, int with_prolog)
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
    double year = onset(report, e);
    int64_t s = 0, w = 0;
    an_network_edge_endpoints(report->network, e, &s, &w);
    (void)v;
    an_i_strbuf_puts(out, first ? "" : "; ");
    an_i_strbuf_html(out, report->labels[s]);
    an_i_strbuf_puts(out, " <i>");
    an_i_strbuf_html(out, relation ? relation : "tie");
    an_i_strbuf_puts(out, "</i> ");
    an_i_strbuf_html(out, report->labels[w]);
    if (year == year)
        an_i_strbuf_printf(out, " %.0f", year);
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
    char *svg = build_svg(report, 0);
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

/* ---- files ----------------------------------------------------------------- */

static int write_tables(an_i_report *report, const char *directory)
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
            csv_text(&b, family_name(t, f));
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
            csv_text(&b, an_network_node_id(report->network, v));
            an_i_strbuf_puts(&b, ",");
            csv_text(&b, report->labels[v]);
            an_i_strbuf_printf(&b, ",%.17g,%.17g\r\n", tl->scores[p * n + v], t->ranks[p * n + v]);
        }
    rc = b.failed ? AN_I_NOMEM() : an_i_report_write_file(report, directory, "timeline-ranks.csv", b.data, b.length);
    an_i_strbuf_free(&b);
    return rc;
}

int an_i_report_timeline_write(an_i_report *report, const char *directory)
{
    if (!report->timeline)
        return AN_OK;
    int rc = write_tables(report, directory);
    if (rc != AN_OK)
        return rc;
    char *svg = build_svg(report, 1);
    if (!svg)
        return AN_I_NOMEM();
    rc = an_i_report_write_file(report, directory, "timeline.svg", svg, strlen(svg));
    free(svg);
    if (rc != AN_OK)
        return rc;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    json_object(report, &b);
    an_i_strbuf_puts(&b, "\n");
    rc = b.failed ? AN_I_NOMEM() : an_i_report_write_file(report, directory, "timeline.json", b.data, b.length);
    an_i_strbuf_free(&b);
    return rc;
}
