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
 * Gathered here into the model (an_i_report_timeline, report_model.h); written
 * by section_timeline.c (text, report.json, report.html and the SVG chart) and
 * report_timeline_files.c (timeline.svg, timeline-ties.csv, timeline-ranks.csv,
 * timeline.json).
 * Shown when at least one tie is dated.
 */
#include "report_gather.h"

#include "actornet/timeline.h"
#include "error_internal.h"
#include "replicate_statistics.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FAMILIES AN_I_TIMELINE_FAMILIES
#define MAX_RANKED AN_I_TIMELINE_RANKED
#define MAX_SPANNING AN_I_TIMELINE_SPANNING
#define MAX_BINS 150            /* bars in the ties-per-year chart */


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
        if (family && an_i_report_edge_onset(report, e) == an_i_report_edge_onset(report, e))
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
        double y = an_i_report_edge_onset(report, e);
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
        double y = an_i_report_edge_onset(report, e);
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
        if (an_i_competition_ranks(t->ranks + p * n, degree, n) != AN_OK) {
            free(total);
            return AN_ENOMEM;
        }
        for (int64_t v = 0; v < n; v++)
            if (degree[v] == degree[v])
                total[v] += degree[v];
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
        an_i_spanning_actor a = { v, periods, total[v] };
        int64_t at = t->spanning_count < MAX_SPANNING ? t->spanning_count++ : MAX_SPANNING;
        if (at == MAX_SPANNING) {
            const an_i_spanning_actor *worst = &t->spanning[MAX_SPANNING - 1];
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
