/*
 * path_graph.h — the path graph a typed path query walks (paths/: shortest,
 * k shortest, simple paths) and the timeline's reachable set walks
 * (time/reach.c), so that reach and time-respecting chains cannot disagree:
 * the qualifying ties under the query's filter, direction and lens, one arc
 * per ordered pair of actors. Built by path_graph.c. Include as
 * "graph/path_graph.h".
 */
#ifndef AN_PATH_GRAPH_H
#define AN_PATH_GRAPH_H

#include <math.h>
#include <stdint.h>

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
 *  (the time-respecting chains and an_timeline_reach). */
static inline double an_i_path_tie_after(const an_i_path_graph *graph, int64_t t, double clock)
{
    if (an_i_path_tie_undated(graph, t))
        return clock;
    if (graph->tie_end[t] < clock)
        return NAN;
    return graph->tie_begin[t] > clock ? graph->tie_begin[t] : clock;
}

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

#endif
