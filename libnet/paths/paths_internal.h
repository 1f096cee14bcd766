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
 * tie joins in the walkable direction (the chosen tie, "representative"),
 * plus, per arc, the other qualifying ties (alternatives), in preference
 * order. Arcs are sorted by (from, to) node index; out_offsets/out_arcs list
 * the arcs leaving each node in that order.
 */
typedef struct an_i_path_graph {
    int64_t node_count;
    int64_t arc_count;
    int64_t *arc_from, *arc_to, *arc_edge;  /* arc_count each */
    double *arc_weight;                     /* arc_count: distance (1 unweighted) */
    int *arc_reversed;                      /* walked from the edge's stored target to its source */
    int64_t *alt_offsets;                   /* arc_count + 1 */
    int64_t *alt_edges;                     /* alternatives of arc a: [alt_offsets[a], alt_offsets[a+1]) */
    int *alt_reversed;
    int64_t *out_offsets;                   /* node_count + 1 */
    int weighted;
    int64_t from, to;                       /* the query's ends (node indices) */
    int ends_allowed;                       /* 0: classes_at_ends and an end fails its class */
} an_i_path_graph;

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
 * hop_count 0, the zero-hop path at graph->from). Citations are copied from
 * the network. AN_OK / AN_ENOMEM (recorded).
 */
int an_i_path_result_add(an_i_path_result *result, const an_network *network, const an_i_path_graph *graph,
                         const an_path_options *options, const int64_t *arcs, int64_t hop_count);

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
