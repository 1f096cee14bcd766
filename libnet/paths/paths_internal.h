/*
 * paths_internal.h — the result builder and the searches shared by the
 * three typed path queries. The path graph they walk is in graph/path_graph.h
 * (the timeline's reachable set walks it too).
 */
#ifndef AN_PATHS_INTERNAL_H
#define AN_PATHS_INTERNAL_H

#include "actornet/paths.h"
#include "graph/path_graph.h"
#include "network_internal.h"

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
