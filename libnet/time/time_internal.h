/*
 * time_internal.h — the periods of a timeline and the dates of its ties,
 * shared by the timeline, its snapshots, the reach and the report section.
 */
#ifndef AN_TIME_INTERNAL_H
#define AN_TIME_INTERNAL_H

#include "actornet/timeline.h"
#include "lens_scope.h"
#include "network_internal.h"
#include "strbuf.h"

/** The most periods a timeline may have. */
#define AN_I_TIMELINE_MAX_PERIODS 10000

/**
 * A network cut into periods: the lens's network (scope), each of its ties'
 * placed interval, and the periods.
 */
typedef struct an_i_timeline_cut {
    an_i_lens_scope scope;      /* scope.network: what is cut (the lens's view or the network) */
    an_timeline_options options;/* resolved (defaults filled in) */
    int64_t edge_count;         /* ties of scope.network */
    double *tie_begin, *tie_end;/* placed interval of each tie ([-inf, +inf] every period); NaN: in no period */
    unsigned char *tie_undated; /* 1: the tie has no date of its own */
    int64_t dated, undated, unplaced_by_policy;
    double first, last;         /* the range, inclusive years */
    int64_t period_count;
    double *period_begin, *period_end; /* [begin, end) */
} an_i_timeline_cut;

/** Check and resolve the options (NULL = defaults) into *resolved. */
int an_i_timeline_resolve(an_timeline_options *resolved, const an_timeline_options *options);

/**
 * Open the lens scope, date every tie, find the range and the periods. With
 * `periods` 0 only the ties are dated (the reach needs no periods). On
 * failure the cut is released and the error recorded.
 */
int an_i_timeline_cut_open(an_i_timeline_cut *cut, const an_network *network, const an_timeline_options *options,
                           int periods);
void an_i_timeline_cut_close(an_i_timeline_cut *cut);

/** 1 when tie e (of cut->scope.network) lies in [begin, end). */
static inline int an_i_timeline_tie_in(const an_i_timeline_cut *cut, int64_t e, double begin, double end)
{
    return cut->tie_begin[e] == cut->tie_begin[e] && cut->tie_begin[e] < end && cut->tie_end[e] >= begin;
}

/**
 * The ties of period p (keep_edges, one flag per tie of scope.network) and
 * its active actors (keep_nodes); self-loops count only with
 * options.policy.self_loops. Returns the number of ties.
 */
int64_t an_i_timeline_period_members(const an_i_timeline_cut *cut, int64_t p, unsigned char *keep_nodes,
                                     unsigned char *keep_edges);

/**
 * Place an undated tie e by its actors' lives (node columns start_column /
 * end_column, -1 when absent): the overlap of what is known of them, a
 * missing bound open; [NaN, NaN] when nothing is known or they do not overlap.
 */
void an_i_timeline_place_by_actors(const an_network *network, int start_column, int end_column, int64_t e,
                                   double *begin, double *end);

/** A CSV text field (RFC 4180): quoted when needed; a leading = + - @ TAB or CR is prefixed with '
 *  so that a spreadsheet does not read it as a formula. NULL writes nothing. */
void an_i_timeline_csv_text(an_i_strbuf *out, const char *text);

/** The original node of node v of scope.network. */
static inline int64_t an_i_timeline_original_node(const an_i_timeline_cut *cut, int64_t v)
{
    return cut->scope.node_origin ? cut->scope.node_origin[v] : v;
}

/** The original edge of edge e of scope.network. */
static inline int64_t an_i_timeline_original_edge(const an_i_timeline_cut *cut, int64_t e)
{
    return cut->scope.edge_origin ? cut->scope.edge_origin[e] : e;
}

#endif
