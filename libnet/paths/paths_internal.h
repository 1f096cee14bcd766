/*
 * paths_internal.h — the path graph a typed path query walks, and the
 * result builder shared by the three queries.
 */
#ifndef AN_PATHS_INTERNAL_H
#define AN_PATHS_INTERNAL_H

#include "actornet/paths.h"
#include "network_internal.h"
#include "igraph_bridge.h"

/**
 * The path graph: one arc per ordered pair of actors that some qualifying
 * tie joins in the walkable direction, with every such tie of the pair, in
 * preference order (the first, the "representative", is the one a query
 * that does not look at dates uses; the others are its alternatives). Arcs
 * are sorted by (from, to) node index; out_offsets lists the arcs leaving
 * each node in that order.
 */
typedef struct an_i_path_graph {
    int64_t node_count;
    int64_t arc_count;
    int64_t *arc_from, *arc_to;             /* arc_count each */
    double *arc_weight;                     /* arc_count: the representative's distance (1 unweighted) */
    int64_t *tie_offsets;                   /* arc_count + 1: arc a's ties are [tie_offsets[a], tie_offsets[a+1]) */
    int64_t *tie_edge;                      /* network edge of each tie */
    unsigned char *tie_reversed;            /* walked from the edge's stored target to its source */
    unsigned char *tie_directed;            /* directed as the query walks it */
    signed char *tie_along;                 /* along the flow 1, against 0, no semantics -1 */
    double *tie_begin, *tie_end;            /* the tie's dated interval (-inf / +inf open; NaN both: undated) */
    int64_t *out_offsets;                   /* node_count + 1 */
    int weighted;
    int time_respecting;
    int64_t from, to;                       /* the query's ends (node indices) */
    int ends_allowed;                       /* 0: classes_at_ends and an end fails its class */
} an_i_path_graph;

/** 1 when tie t has no date. */
static inline int an_i_path_tie_undated(const an_i_path_graph *graph, int64_t tie)
{
    return graph->tie_begin[tie] != graph->tie_begin[tie];
}

/** The clock after tie t taken at `clock` (undated: unchanged), or NaN when t is over before then
 *  (simple_paths.c; the time-respecting chains and an_timeline_reach). */
double an_i_path_tie_after(const an_i_path_graph *graph, int64_t t, double clock);

/**
 * Resolve the options (NULL = defaults; version checked) into *resolved,
 * find the ends and build the path graph. On failure the error is recorded
 * and the graph is left freeable.
 */
int an_i_path_graph_build(an_i_path_graph *graph, an_path_options *resolved, const an_network *network,
                          const char *from, const char *to, const an_path_options *options);
void an_i_path_graph_free(an_i_path_graph *graph);

/** The path graph as a directed igraph_t (edge k = arc k) and, when
 *  weighted, its weights. Inside a guard. */
int an_i_path_graph_to_igraph(const an_i_path_graph *graph, igraph_t *out, igraph_vector_t *weights);

/* ---- results ------------------------------------------------------------- */

typedef struct an_i_path_result an_i_path_result;

/** A new, empty result for the query from -> to (ids copied). NULL on out of memory. */
an_i_path_result *an_i_path_result_new(const an_network *network, const an_i_path_graph *graph);

/**
 * Append the path through `arcs` (hop_count arcs of the graph; with
 * hop_count 0, the zero-hop path at graph->from). `ties[h]`, when `ties` is
 * not NULL, is the tie (an index into the tie arrays) hop h uses; NULL uses
 * each arc's representative. The arc's other ties are the hop's
 * alternatives. Citations are copied from the network. AN_OK / AN_ENOMEM
 * (recorded).
 */
int an_i_path_result_add(an_i_path_result *result, const an_network *network, const an_i_path_graph *graph,
                         const an_path_options *options, const int64_t *arcs, const int64_t *ties,
                         int64_t hop_count);

/**
 * Time-respecting chains for the shortest and k-shortest queries
 * (simple_paths.c): the first `limit` simple paths from graph->from to
 * graph->to of at most max_length hops whose dated hops go forward in time,
 * shortest first (`truncated` only when the step budget ran out).
 * AN_OK / AN_ENOMEM.
 */
int an_i_paths_time_respecting(const an_i_path_graph *graph, const an_network *network, an_i_path_result *result,
                               const an_path_options *resolved, int64_t max_length, int64_t limit);

/** Hop distance from every node to graph->to over the arcs; n + 1 when unreachable (simple_paths.c). */
int an_i_path_distances_to_end(const an_i_path_graph *graph, int64_t *dist);

/** The search-step budget of the bounded searches. */
#define AN_I_PATH_SEARCH_STEP_BUDGET 50000000LL

void an_i_path_result_set_truncated(an_i_path_result *result, int truncated);

/** The public view of a result (the first member). */
an_path_result *an_i_path_result_public(an_i_path_result *result);

/**
 * The common start of a query: checks `out`, builds the path graph and an
 * empty result. Sets *answered when the answer is known without a search
 * (an end fails classes_at_ends: no path; from == to: the zero-hop path).
 * On failure everything is released and *out is NULL.
 */
int an_i_paths_start(an_path_result **out, an_i_path_result **result, an_i_path_graph *graph,
                     an_path_options *resolved, const an_network *network, const char *from, const char *to,
                     const an_path_options *options, int *answered);

/** The common end: on AN_OK hand the result to *out, else free it. Frees the graph. Returns rc. */
int an_i_paths_finish(an_path_result **out, an_i_path_result *result, an_i_path_graph *graph, int rc);

#endif
