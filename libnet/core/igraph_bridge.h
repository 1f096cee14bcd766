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
 *    releases the lock. Inside the guard igraph runs on one OpenMP thread
 *    (the calling thread's setting, restored by end): igraph's PRPACK
 *    PageRank otherwise adds its sums in an order that changes from run to
 *    run, and the same network and seed would not give the same values to
 *    the bit. an_i_igraph_check() turns an igraph_error_t into our
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
 *
 * 3. Views under an edge policy (below): an_i_igraph_view_build() applies an
 *    an_edge_policy (direction, parallel ties, self-loops, weights) and builds
 *    a private igraph graph, O(n + m) — about 0.2 s at a million ties.
 *
 * 4. The view cache. an_i_igraph_view_borrow() returns the same view from a
 *    small cache kept in the network, so repeated analyses of an unchanged
 *    network pay the build once. Details beside an_i_igraph_view_borrow().
 */
#ifndef AN_IGRAPH_BRIDGE_H
#define AN_IGRAPH_BRIDGE_H

#include <igraph.h>

#include "network_internal.h"

typedef struct an_i_igraph_guard {
    igraph_error_handler_t *previous_error_handler;
    igraph_warning_handler_t *previous_warning_handler;
    igraph_progress_handler_t *previous_progress_handler;
    igraph_interruption_handler_t *previous_interruption_handler;
    int previous_omp_threads;   /* the calling thread's OpenMP thread count (when built with OpenMP) */
} an_i_igraph_guard;

/** Take the igraph lock and install actornet's handlers (errors, warnings, and progress and
 *  interruption, which report to the calling thread's progress task: progress_internal.h). */
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

#include "actornet/analysis.h"

/**
 * A network as one analysis sees it under an an_edge_policy: the igraph
 * graph, optional weights, and for each igraph edge the network edge behind
 * it (for collapsed ties: the first of them, in file order).
 */
typedef struct an_i_view_entry an_i_view_entry;

typedef struct an_i_igraph_view {
    igraph_t graph;
    int directed;
    int has_weights;
    igraph_vector_t weights;        /* initialised only when has_weights; the column's values
                                       divided by weight_scale */
    double weight_scale;            /* a power of two: 1 unless the weights lie outside [2^-64, 2^64],
                                       then the one that brings the largest into [0.5, 1). Every
                                       result is computed on the scaled weights (exactly: division
                                       by a power of two rounds nothing) and results measured in
                                       weight units are multiplied back (strength, distances) or
                                       divided (closeness, harmonic); scale-free ones (betweenness,
                                       eigenvector, PageRank, HITS, constraint, modularity, ...) need
                                       nothing. Weights more than 2^1000 apart are refused. */
    igraph_vector_int_t edge_map;   /* igraph edge -> network edge */
    an_i_view_entry *borrowed_from; /* NULL: a private view the holder owns; otherwise a
                                       read-only copy of a cached view (see borrow below) */
} an_i_igraph_view;

/**
 * The weight a view gives network edge `edge` from numeric edge column
 * `column`: *weight is left as it is when the value is missing (views use 1);
 * AN_EINVAL (recorded, naming the edge) when it is NaN or infinite; other
 * errors of an_network_get_real() passed on. O(1).
 */
int an_i_view_edge_weight(double *weight, const an_network *network, int column, int64_t edge);

/**
 * The weight checks an_i_igraph_view_build() makes under `policy` (NULL: none),
 * without building anything: for analyses that read the edge arrays directly
 * but must fail exactly where a view would. Call after an_i_edge_policy_check().
 * O(m).
 */
int an_i_edge_policy_check_weights(const an_network *network, const an_edge_policy *policy);

/**
 * Build a private view (the caller owns it and may change it). `policy` NULL
 * means AN_EDGE_POLICY_INIT. Validates the policy (AN_EINVAL for an unknown
 * mode; AN_ENOTFOUND / AN_ETYPE for a bad weight column; AN_EINVAL for a NaN
 * or infinite weight; AN_ERANGE for weights more than 2^1000 apart). Must be called inside a guard; on success destroy with
 * an_i_igraph_view_destroy(). O(n + m) (parallel ties are merged with a
 * two-pass radix sort). Analyses use an_i_igraph_view_borrow() instead.
 */
int an_i_igraph_view_build(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy);

/**
 * The view cache: the view of `network` under `policy`, as
 * an_i_igraph_view_build() would build it (same arguments, same checks, same
 * errors, the same graph bit for bit), from the network's cache when an
 * earlier call built it and the network has not changed since.
 *
 * What `view` receives is a shallow, read-only copy of the cached view: its
 * igraph graph, weights and edge map share storage with the cache. Read it;
 * never change it (no igraph function that takes a non-const igraph_t or
 * vector). A caller that needs to change the graph takes a private copy with
 * an_i_igraph_view_copy(). Give the view back with an_i_igraph_view_destroy()
 * (which, for a borrowed view, only unpins the entry) before
 * an_i_igraph_end(): a borrowed view is only valid inside the guard it was
 * borrowed in.
 *
 * The key is the resolved policy: whether the graph is directed (AS_STORED on
 * a network without directed edges gives the same view as AS_UNDIRECTED), the
 * parallel-tie mode, whether self-loops are kept, and the weight column's
 * index (-1: unweighted); weights of collapsed ties are always summed. Each
 * entry remembers the network's `revision` (network_internal.h) it was built
 * at; any change to the network bumps the revision, so the next borrow drops
 * the stale entries and builds afresh.
 *
 * Bounds: AN_I_VIEW_CACHE_SLOTS entries per network, least recently used
 * evicted first (a pinned entry — one borrowed inside the current guard — is
 * never evicted; when every slot is pinned the view is built privately and
 * not cached). A view costs about 40 + 16 n / m bytes per igraph edge
 * (graph 32, edge map 8, weights 8 when weighted): about 40 MB at a million
 * ties, so a full cache holds up to about 4 such views (~160-200 MB) until
 * the network changes or is freed. They are freed by an_network_free();
 * an_i_network_drop_views() releases them early (e.g. when a report has
 * finished with the network).
 *
 * Threads: the cache is reached only through a const network and only inside
 * the igraph guard (the process-wide lock), so several threads may analyse one
 * network at once; changing a network needs exclusive access anyway.
 *
 * Returns what an_i_igraph_view_build() returns. Hit: O(#slots + #columns);
 * miss: O(n + m).
 */
int an_i_igraph_view_borrow(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy);

/**
 * As an_i_igraph_view_borrow() when the cache already holds the view; otherwise
 * AN_ENOTFOUND (not recorded) and nothing is built: for analyses that can
 * answer from the edge arrays as cheaply as a build, but faster still from a
 * view some earlier analysis built. Policy errors as an_i_igraph_view_borrow().
 * Inside a guard; give the view back with an_i_igraph_view_destroy(). O(1).
 */
int an_i_igraph_view_borrow_cached(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy);

/**
 * A private deep copy of `view` (borrowed or not) in `out`, which the caller
 * owns and may change. Inside a guard. AN_OK / AN_ENOMEM. O(n + m).
 */
int an_i_igraph_view_copy(an_i_igraph_view *out, const an_i_igraph_view *view);

/** Destroy a private view, or give a borrowed one back to the cache. NULL is ignored. */
void an_i_igraph_view_destroy(an_i_igraph_view *view);

/** How many views one network's cache holds at most. */
#define AN_I_VIEW_CACHE_SLOTS 4

/**
 * Free every cached view of `network` (and the cache itself), e.g. to lower
 * peak memory once a run of analyses is over; the next analysis builds
 * afresh. Takes the igraph lock itself unless the calling thread already
 * holds it, so other threads may be reading the network meanwhile (their
 * borrowed views only live inside their own guards); the calling thread must
 * not hold a borrowed view of this network. NULL is ignored. O(#slots).
 */
void an_i_network_drop_views(const an_network *network);

/**
 * The same for an_network_free(), without the lock: the caller has the
 * network to itself, and igraph_destroy() only releases memory.
 */
void an_i_network_free_views(an_network *network);

/** Counters of a network's view cache, for tests (taken under the igraph lock,
 *  so call outside a guard). Both 0 for a network never analysed. */
typedef struct an_i_view_cache_stats {
    int64_t builds;     /* views built for the cache (misses) */
    int64_t hits;       /* borrows served from the cache */
    int entries;        /* views held now */
} an_i_view_cache_stats;

void an_i_network_view_cache_stats(an_i_view_cache_stats *out, const an_network *network);

/** Check a caller's policy without building anything (for option validation). */
int an_i_edge_policy_check(const an_network *network, const an_edge_policy *policy);

#endif
