/*
 * igraph_bridge.h — calling igraph safely from actornet.
 *
 * 1. The guard. igraph's default error handler aborts the process, and
 *    Debian's igraph is built without thread safety. Every igraph call (or run
 *    of calls) goes between an_i_igraph_begin() and an_i_igraph_end():
 *    begin takes one process-wide lock (so actornet calls from several threads
 *    are serialised around igraph), installs an error handler that records
 *    the first reason and frees igraph's FINALLY stack instead of aborting,
 *    and silences igraph's warnings; end restores the previous handlers and
 *    releases the lock. an_i_igraph_check() turns an igraph_error_t into our
 *    status and last-error message.
 *
 *        an_i_igraph_guard guard;
 *        an_i_igraph_begin(&guard);
 *        rc = an_i_igraph_check(igraph_betweenness(...), "betweenness");
 *        an_i_igraph_end(&guard);
 *
 * 2. The conversion. an_i_network_to_igraph() builds an igraph_t from the
 *    network's edge arrays in one bulk call. A directed or mixed network read
 *    AS_STORED becomes a directed igraph_t in which each undirected edge is a
 *    pair of opposite arcs; AS_UNDIRECTED drops all directions. Parallel edges
 *    and self-loops are kept; `edge_map[k]` names the network edge behind
 *    igraph edge k.
 */
#ifndef AN_IGRAPH_BRIDGE_H
#define AN_IGRAPH_BRIDGE_H

#include <igraph.h>

#include "network_internal.h"

typedef struct an_i_igraph_guard {
    igraph_error_handler_t *previous_error_handler;
    igraph_warning_handler_t *previous_warning_handler;
} an_i_igraph_guard;

/** Take the igraph lock and install actornet's handlers. */
void an_i_igraph_begin(an_i_igraph_guard *guard);

/** Restore the handlers and release the lock. */
void an_i_igraph_end(an_i_igraph_guard *guard);

/**
 * Map an igraph result to an actornet status, recording the error message
 * ("<what>: <igraph's reason>") on failure. Must be called inside a guard.
 * IGRAPH_ENOMEM -> AN_ENOMEM; IGRAPH_EINVAL -> AN_EINVAL; others -> AN_EALGORITHM.
 */
int an_i_igraph_check(igraph_error_t result, const char *what);

/** How a network's edges are given to igraph. */
typedef enum an_i_igraph_mode {
    AN_I_AS_STORED = 0,     /* directed if any edge is directed; undirected edges doubled */
    AN_I_AS_UNDIRECTED = 1  /* every edge undirected */
} an_i_igraph_mode;

/**
 * Build `out` (uninitialised on entry; caller destroys it on AN_OK) from the
 * network. `edge_map` may be NULL; otherwise an initialised vector that is
 * resized to the igraph edge count. Must be called inside a guard.
 * Returns AN_OK, AN_ENOMEM, AN_EALGORITHM. O(n + m).
 */
int an_i_network_to_igraph(const an_network *network, an_i_igraph_mode mode, igraph_t *out,
                           igraph_vector_int_t *edge_map);

/** 1 if the igraph graph built with `mode` is directed. */
int an_i_igraph_mode_directed(const an_network *network, an_i_igraph_mode mode);

/** Seed igraph's default RNG (inside a guard) so results are reproducible. */
void an_i_igraph_seed(uint64_t seed);

#endif

#include "actornet/analysis.h"

/**
 * A network as one analysis sees it under an an_edge_policy: the igraph
 * graph, optional weights, and for each igraph edge the network edge behind
 * it (for collapsed ties: the first of them, in file order).
 */
typedef struct an_i_igraph_view {
    igraph_t graph;
    int directed;
    int has_weights;
    igraph_vector_t weights;        /* initialised only when has_weights */
    igraph_vector_int_t edge_map;   /* igraph edge -> network edge */
} an_i_igraph_view;

/**
 * Build a view. `policy` NULL means AN_EDGE_POLICY_INIT. Validates the policy
 * (AN_EINVAL for an unknown mode; AN_ENOTFOUND / AN_ETYPE for a bad weight
 * column; AN_EINVAL for a NaN or infinite weight). Must be called inside a
 * guard; on success destroy with an_i_igraph_view_destroy().
 * O(n + m) (parallel ties are merged with a two-pass radix sort).
 */
int an_i_igraph_view_build(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy);

void an_i_igraph_view_destroy(an_i_igraph_view *view);

/** Check a caller's policy without building anything (for option validation). */
int an_i_edge_policy_check(const an_network *network, const an_edge_policy *policy);
