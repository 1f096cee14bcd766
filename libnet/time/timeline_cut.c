/*
 * timeline_cut.c — the options of a timeline, the dates of its ties under
 * the undated-tie policy, and the periods (fixed, sliding, breakpoints,
 * phases of the dated evidence).
 */
#include "time/time_internal.h"
#include "error_internal.h"
#include "value_text.h"
#include "filter_predicate.h"
#include "value_text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int an_i_timeline_resolve(an_timeline_options *resolved, const an_timeline_options *options)
{
    an_timeline_options defaults = AN_TIMELINE_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != AN_TIMELINE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_timeline_options: version %d, expected %d", options->version,
                          AN_TIMELINE_OPTIONS_VERSION);
    *resolved = *options;
    an_timeline_options *o = resolved;
    if (o->windows < AN_WINDOWS_FIXED || o->windows > AN_WINDOWS_PHASES)
        return an_i_error(AN_EINVAL, "timeline: unknown kind of windows %d", o->windows);
    if ((o->windows == AN_WINDOWS_FIXED || o->windows == AN_WINDOWS_SLIDING) && !(o->width > 0 && isfinite(o->width)))
        return an_i_error(AN_EINVAL, "timeline: the window width must be a positive number of years (got %g)",
                          o->width);
    if (o->windows == AN_WINDOWS_SLIDING && !(o->step > 0 && isfinite(o->step)))
        return an_i_error(AN_EINVAL, "timeline: the step must be a positive number of years (got %g)", o->step);
    if (o->windows == AN_WINDOWS_BREAKS) {
        if (o->break_count < 1 || !o->breaks)
            return an_i_error(AN_EINVAL, "timeline: breakpoint windows need at least one breakpoint");
        for (int64_t i = 0; i < o->break_count; i++)
            if (!isfinite(o->breaks[i]) || (i > 0 && !(o->breaks[i] > o->breaks[i - 1])))
                return an_i_error(AN_EINVAL, "timeline: breakpoints must be finite and strictly increasing "
                                             "(breakpoint %lld is %g)", (long long)(i + 1), o->breaks[i]);
    }
    if (o->windows == AN_WINDOWS_PHASES && o->gap < 0)
        return an_i_error(AN_EINVAL, "timeline: the gap between phases must be >= 0 (got %lld)", (long long)o->gap);
    if ((o->has_from && !isfinite(o->from)) || (o->has_to && !isfinite(o->to)) ||
        (o->has_from && o->has_to && o->from > o->to))
        return an_i_error(AN_EINVAL, "timeline: the range must be finite years with from <= to (got %g to %g)",
                          o->from, o->to);
    if (o->undated < AN_TIMELINE_UNDATED_DROP || o->undated > AN_TIMELINE_UNDATED_BY_ACTORS)
        return an_i_error(AN_EINVAL, "timeline: unknown undated-tie policy %d", o->undated);
    if (!(o->match_threshold > 0 && o->match_threshold <= 1))
        return an_i_error(AN_EINVAL, "timeline: the match threshold must be in (0, 1] (got %g)", o->match_threshold);
    if (o->measure_count < 0 || (o->measure_count > 0 && !o->measures))
        return an_i_error(AN_EMISUSE, "timeline: %lld measures but no array", (long long)o->measure_count);
    for (int64_t k = 0; k < o->measure_count; k++)
        if (!an_centrality_measure_name(o->measures[k]))
            return an_i_error(AN_EINVAL, "timeline: unknown centrality measure %d", (int)o->measures[k]);
    if (!o->node_start_column)
        o->node_start_column = "start";
    if (!o->node_end_column)
        o->node_end_column = "end";
    return AN_OK;
}

void an_i_timeline_cut_close(an_i_timeline_cut *cut)
{
    an_i_lens_scope_close(&cut->scope);
    free(cut->tie_begin);
    free(cut->tie_end);
    free(cut->tie_undated);
    free(cut->period_begin);
    free(cut->period_end);
    memset(cut, 0, sizeof *cut);
}

/* An actor's [start, end] from its node columns; NaN where absent. */
static void actor_dates(const an_network *network, int start_column, int end_column, int64_t v, double *start,
                        double *end)
{
    *start = *end = NAN;
    an_i_value_year_in(network, AN_DOMAIN_NODE, start_column, v, start);
    an_i_value_year_in(network, AN_DOMAIN_NODE, end_column, v, end);
}

void an_i_timeline_place_by_actors(const an_network *network, int start_column, int end_column, int64_t e, double *begin,
                            double *end)
{
    double s[2], t[2];
    int known = 0;
    *begin = -INFINITY;
    *end = INFINITY;
    for (int i = 0; i < 2; i++) {
        actor_dates(network, start_column, end_column, network->endpoints[2 * e + i], &s[i], &t[i]);
        if (s[i] == s[i]) {
            known = 1;
            *begin = fmax(*begin, s[i]);
        }
        if (t[i] == t[i]) {
            known = 1;
            *end = fmin(*end, t[i]);
        }
    }
    if (!known || *begin > *end)
        *begin = *end = NAN;
}

static int date_ties(an_i_timeline_cut *cut)
{
    const an_network *net = cut->scope.network;
    const an_timeline_options *o = &cut->options;
    int64_t m = net->edge_count;
    cut->edge_count = m;
    cut->tie_begin = malloc((size_t)(m + 1) * sizeof *cut->tie_begin);
    cut->tie_end = malloc((size_t)(m + 1) * sizeof *cut->tie_end);
    cut->tie_undated = calloc((size_t)m + 1, 1);
    if (!cut->tie_begin || !cut->tie_end || !cut->tie_undated)
        return AN_I_NOMEM();
    an_filter columns = AN_FILTER_INIT;
    columns.year_column = o->year_column;
    columns.start_column = o->start_column;
    columns.end_column = o->end_column;
    int node_start = an_i_find_column_quiet(net, AN_DOMAIN_NODE, o->node_start_column);
    int node_end = an_i_find_column_quiet(net, AN_DOMAIN_NODE, o->node_end_column);
    for (int64_t e = 0; e < m; e++) {
        double begin, end;
        an_i_edge_years(net, &columns, e, &begin, &end);
        if (begin == begin || end == end) {
            cut->dated++;
            cut->tie_begin[e] = begin == begin ? begin : end;   /* only an end: known to hold then */
            cut->tie_end[e] = end == end ? end : begin;
            if (cut->tie_end[e] < cut->tie_begin[e]) /* an end before the start: read as the start year */
                cut->tie_end[e] = cut->tie_begin[e];
            continue;
        }
        cut->undated++;
        cut->tie_undated[e] = 1;
        if (o->undated == AN_TIMELINE_UNDATED_EVERY_PERIOD) {
            cut->tie_begin[e] = -INFINITY;
            cut->tie_end[e] = INFINITY;
        } else if (o->undated == AN_TIMELINE_UNDATED_BY_ACTORS) {
            an_i_timeline_place_by_actors(net, node_start, node_end, e, &cut->tie_begin[e], &cut->tie_end[e]);
        } else {
            cut->tie_begin[e] = cut->tie_end[e] = NAN;
        }
        if (cut->tie_begin[e] != cut->tie_begin[e])
            cut->unplaced_by_policy++;
    }
    return AN_OK;
}

/* The range: the options' bounds, else the first and last finite date of the placed ties. */
static int find_range(an_i_timeline_cut *cut)
{
    const an_timeline_options *o = &cut->options;
    double first = INFINITY, last = -INFINITY;
    for (int64_t e = 0; e < cut->edge_count; e++) {
        double b = cut->tie_begin[e], t = cut->tie_end[e];
        if (b != b)
            continue;
        double lo = isfinite(b) ? b : t, hi = isfinite(t) ? t : b;
        if (isfinite(lo))
            first = fmin(first, lo);
        if (isfinite(hi))
            last = fmax(last, hi);
    }
    cut->first = o->has_from ? o->from : floor(first);
    cut->last = o->has_to ? o->to : floor(last);
    if (!isfinite(cut->first) || !isfinite(cut->last))
        return an_i_error(AN_EEMPTY, "timeline: no tie can be placed in time (%lld dated, %lld undated ties, "
                                     "undated policy '%s') and no range is given",
                          (long long)cut->dated, (long long)cut->undated, an_timeline_undated_name(o->undated));
    if (cut->first > cut->last)
        return an_i_error(AN_EINVAL, "timeline: the range %g to %g is empty", cut->first, cut->last);
    return AN_OK;
}

static int add_period(an_i_timeline_cut *cut, int64_t *capacity, double begin, double end)
{
    if (cut->period_count == AN_I_TIMELINE_MAX_PERIODS)
        return an_i_error(AN_ELIMIT, "timeline: more than %d periods (range %g to %g); choose wider windows",
                          AN_I_TIMELINE_MAX_PERIODS, cut->first, cut->last);
    if (cut->period_count == *capacity) {
        int64_t grown = *capacity ? 2 * *capacity : 16;
        double *b = realloc(cut->period_begin, (size_t)grown * sizeof *b);
        if (b)
            cut->period_begin = b;
        double *t = b ? realloc(cut->period_end, (size_t)grown * sizeof *t) : NULL;
        if (!b || !t)
            return AN_I_NOMEM();
        cut->period_end = t;
        *capacity = grown;
    }
    cut->period_begin[cut->period_count] = begin;
    cut->period_end[cut->period_count] = end;
    cut->period_count++;
    return AN_OK;
}

/* Phases: runs of years in which a dated tie begins (its end, when it has only one), joined across at
 * most `gap` empty years. A long spell marks only its first year: it would otherwise join every phase
 * it overlaps into one. Undated ties say nothing about when. */
static int cut_phases(an_i_timeline_cut *cut, int64_t *capacity)
{
    double span = cut->last - cut->first + 1;
    if (span > 1e6)
        return an_i_error(AN_ELIMIT, "timeline: phases over %g years; give a narrower range", span);
    int64_t years = (int64_t)span;
    unsigned char *busy = calloc((size_t)years + 1, 1);
    if (!busy)
        return AN_I_NOMEM();
    for (int64_t e = 0; e < cut->edge_count; e++) {
        double b = cut->tie_begin[e], t = cut->tie_end[e];
        if (cut->tie_undated[e] || b != b)
            continue;
        double onset = floor(isfinite(b) ? b : t);
        if (onset >= cut->first && onset <= cut->last)
            busy[(int64_t)(onset - cut->first)] = 1;
    }
    int rc = AN_OK;
    int64_t start = -1, last_busy = -1;
    for (int64_t y = 0; y <= years && rc == AN_OK; y++) {
        int here = y < years && busy[y];
        if (here && start < 0)
            start = y;
        if (start >= 0 && (y == years || (!here && y - last_busy > cut->options.gap))) {
            rc = add_period(cut, capacity, cut->first + (double)start, cut->first + (double)last_busy + 1);
            start = -1;
        }
        if (here)
            last_busy = y;
    }
    free(busy);
    return rc;
}

static int cut_periods(an_i_timeline_cut *cut)
{
    const an_timeline_options *o = &cut->options;
    int64_t capacity = 0;
    int rc = AN_OK;
    double stop = cut->last + 1;   /* end of the last year */
    switch (o->windows) {
    case AN_WINDOWS_FIXED:
        for (double b = floor(cut->first / o->width) * o->width; b < stop && rc == AN_OK; b += o->width)
            rc = add_period(cut, &capacity, b, b + o->width);
        break;
    case AN_WINDOWS_SLIDING:
        for (double b = cut->first; b <= cut->last && rc == AN_OK; b += o->step)
            rc = add_period(cut, &capacity, b, b + o->width);
        break;
    case AN_WINDOWS_BREAKS: {
        double b = cut->first;
        for (int64_t i = 0; i < o->break_count && rc == AN_OK; i++)
            if (o->breaks[i] > b && o->breaks[i] < stop) {
                rc = add_period(cut, &capacity, b, o->breaks[i]);
                b = o->breaks[i];
            }
        if (rc == AN_OK)
            rc = add_period(cut, &capacity, b, stop);
        break;
    }
    default:
        rc = cut_phases(cut, &capacity);
        break;
    }
    return rc;
}

int an_i_timeline_cut_open(an_i_timeline_cut *cut, const an_network *network, const an_timeline_options *options,
                           int periods)
{
    memset(cut, 0, sizeof *cut);
    if (!network)
        return AN_I_MISUSE("network is NULL");
    int rc = an_i_timeline_resolve(&cut->options, options);
    if (rc == AN_OK)
        rc = an_i_lens_scope_open(&cut->scope, network, cut->options.policy.lens);
    if (rc == AN_OK && cut->options.communities) {
        /* one engine for every period: AUTO goes by the whole network's ties, not each snapshot's */
        int engine = an_community_engine_of(cut->scope.network, &cut->options.community);
        if (engine < 0)
            rc = engine;
        cut->options.community.version = AN_COMMUNITY_OPTIONS_VERSION;
        cut->options.community.engine = engine;
    }
    if (rc == AN_OK)
        rc = date_ties(cut);
    if (rc == AN_OK && periods)
        rc = find_range(cut);
    if (rc == AN_OK && periods)
        rc = cut_periods(cut);
    if (rc != AN_OK)
        an_i_timeline_cut_close(cut);
    return rc;
}

int64_t an_i_timeline_period_members(const an_i_timeline_cut *cut, int64_t p, unsigned char *keep_nodes,
                                     unsigned char *keep_edges)
{
    const an_network *net = cut->scope.network;
    double begin = cut->period_begin[p], end = cut->period_end[p];
    memset(keep_nodes, 0, (size_t)net->node_count);
    int64_t ties = 0;
    for (int64_t e = 0; e < cut->edge_count; e++) {
        int64_t u = net->endpoints[2 * e], w = net->endpoints[2 * e + 1];
        keep_edges[e] = (unsigned char)(an_i_timeline_tie_in(cut, e, begin, end) &&
                                        (u != w || cut->options.policy.self_loops));
        if (keep_edges[e]) {
            keep_nodes[u] = keep_nodes[w] = 1;
            ties++;
        }
    }
    return ties;
}

const char *an_timeline_event_name(int kind)
{
    static const char *const names[] = { "continued", "split", "merged", "born", "died" };
    return kind >= 0 && kind <= AN_EVENT_DIED ? names[kind] : NULL;
}

const char *an_timeline_undated_name(int undated)
{
    static const char *const names[] = { "drop", "every_period", "by_actors" };
    return undated >= 0 && undated <= AN_TIMELINE_UNDATED_BY_ACTORS ? names[undated] : NULL;
}

const char *an_timeline_windows_name(int windows)
{
    static const char *const names[] = { "fixed", "sliding", "breaks", "phases" };
    return windows >= 0 && windows <= AN_WINDOWS_PHASES ? names[windows] : NULL;
}
