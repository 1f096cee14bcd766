/*
 * actornet/keyplayers.h — key-player sets (Borgatti 2006) and what-if removal.
 *
 * Borgatti, S.P. (2006). "Identifying sets of key players in a social
 * network." Computational & Mathematical Organization Theory 12: 21-34.
 *
 * KPP-Neg: the set S of k actors whose removal most disrupts the network.
 * With G - S the network without S, n' = n - |S| its nodes and d_ij the
 * length (in ties) of a shortest path from i to j in G - S:
 *
 *   fragmentation            F  = 1 - sum_{i != j} r_ij / (n' (n' - 1))
 *                                 (r_ij = 1 when j is reachable from i). On
 *                                 an undirected view this is Borgatti's
 *                                 1 - sum_k s_k (s_k - 1) / (n' (n' - 1)) over
 *                                 the components of sizes s_k.
 *   distance_fragmentation   DF = 1 - sum_{i != j} (1 / d_ij) / (n' (n' - 1)),
 *                                 1 / infinity = 0.
 *
 * n' counts the REMAINING nodes, as Borgatti measures the graph left behind.
 * When fewer than two nodes remain, F = DF = 1 (nothing is left connected).
 * Both lie in [0, 1]; 1 is a fully fragmented network.
 *
 * KPP-Pos: the set S of k actors best placed to reach the others. With
 * d(S, j) = min over s in S of d_sj in the whole network, for j not in S:
 *
 *   reach            the share of the n - k outsiders within m steps of S:
 *                    |{ j not in S : d(S, j) <= m }| / (n - k)   (m-reach)
 *   distance_reach   the mean over the n - k outsiders of 1 / d(S, j)
 *                    (1 / infinity = 0); m is not used.
 *
 * Both lie in [0, 1] (1: every outsider within m steps / adjacent to S).
 * Borgatti writes distance-weighted reach as sum_j (1 / d_Sj) / n counting
 * each member of S as reached at distance 1; that is
 * (k + (n - k) * distance_reach) / n here: for a fixed k the same ranking of
 * sets, so the same optimum.
 *
 * Direction (issue 4, item 9). AN_KP_DIRECTION_AUTO (default) uses the
 * undirected view for the fragmentation objectives (components: weak
 * connectivity) and follows ties outwards for reach: directed edges one way,
 * undirected edges both ways (who S can reach). AN_KP_UNDIRECTED ignores all
 * directions; AN_KP_OUT follows ties as stored (for fragmentation: ordered
 * pairs with i reaching j along directed paths); AN_KP_IN follows ties
 * backwards (for reach: who can reach S — listening posts).
 * Parallel ties and self-loops change no reachability and no hop distance:
 * they are collapsed and ignored. Weights are not used: distances count ties.
 *
 * Search. Borgatti's heuristic, made robust to plateaus. Several starts, each
 * followed by swap improvement with best improvement (at each pass every
 * (member u, non-member v) exchange is scored and the best one is made if it
 * strictly improves; stop when none does, or after 50 + 10 k passes):
 *   1. greedy: add, one at a time, the actor that improves the objective most;
 *   2. four seeded random sets of candidates;
 *   3. fragmentation on an undirected view, when no start disconnected
 *      anything: a smallest set of candidates whose removal disconnects the
 *      rest (Even 1975: vertex-disjoint paths), completed greedily.
 * The best final set wins (ties: the earlier start). Step 3 makes this a
 * guarantee: on an undirected view, the search never returns a set that
 * leaves the rest connected (F = 0) when some set of k candidates would
 * disconnect it (unless that check needs more than 4e9 arc visits, which
 * takes minimum degree above k on a very large network). Plateaus: the
 * integer objectives are flat where single moves change nothing (no single
 * removal from a 2-connected network disconnects anyone), so sets with equal
 * fragmentation are compared by distance fragmentation's sum of 1 / d_ij
 * (from every remaining node when that costs at most about 1.5e8 arc visits
 * per decision, else from a seeded sample of nodes), and sets with equal
 * m-reach by distance-weighted reach; among at most 32 tied choices per
 * decision (the highest-degree ones). Remaining ties are broken by a
 * pseudo-random priority per node drawn from options.seed, so the same seed
 * always gives the same set, whatever the thread count. Measured against the
 * exact search on 90 small networks and the bundled files (k = 1 to 4;
 * tests/keyplayers/study_keyplayers.py): optimal in 99-100% of searches per
 * objective, worst ratio 0.875 (m-reach), 0.95 (fragmentation).
 * options.exact = 1 instead enumerates every
 * k-subset of the candidates (brute force: optimal over all nodes unless
 * options.candidates restricts them; the first optimal set in lexicographic
 * node order wins) and refuses with AN_ELIMIT when there are more than
 * options.max_sets sets.
 * Integer-valued objectives (fragmentation, reach) are compared exactly;
 * real-valued ones with a relative tolerance of 1e-12.
 *
 * Complexity. One evaluation of fragmentation on the undirected view is
 * O(n + m) (breadth-first search with a removed mask on a compact adjacency
 * array; no graph is rebuilt); the greedy step and each swap pass score all
 * candidates for one node at once with one depth-first search (articulation
 * points), so greedy is O(k (n + m)) and a swap pass O(k (n + m)); the five
 * starts make it about five times one start, plus the secondary key on ties.
 * distance_fragmentation and directed fragmentation need a breadth-first
 * search from every node: O(n (n + m)) per evaluation, and a greedy step or
 * swap pass evaluates O(c) (greedy) or O(k c) (swap) sets for c candidates.
 * reach and distance_reach are O(n + m) per evaluation. Evaluations run on
 * options.threads threads; results do not depend on the thread count. For
 * large networks restrict the search with options.candidates (the top-c
 * nodes by degree in the view used).
 */
#ifndef ACTORNET_KEYPLAYERS_H
#define ACTORNET_KEYPLAYERS_H

#include "lens.h"
#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a key-player set is chosen for. */
typedef enum an_keyplayer_objective {
    AN_KP_FRAGMENTATION = 0,            /**< KPP-Neg: maximise F after removal */
    AN_KP_DISTANCE_FRAGMENTATION = 1,   /**< KPP-Neg: maximise DF after removal */
    AN_KP_REACH = 2,                    /**< KPP-Pos: maximise m-reach */
    AN_KP_DISTANCE_REACH = 3            /**< KPP-Pos: maximise distance-weighted reach */
} an_keyplayer_objective;

/** How ties are followed by key-player and what-if measures. */
typedef enum an_kp_direction {
    AN_KP_DIRECTION_AUTO = 0,   /**< undirected for fragmentation/components/efficiency, out-ties for reach */
    AN_KP_UNDIRECTED = 1,       /**< every tie both ways */
    AN_KP_OUT = 2,              /**< directed ties one way (as stored), undirected ties both ways */
    AN_KP_IN = 3                /**< directed ties backwards, undirected ties both ways */
} an_kp_direction;

#define AN_KEYPLAYER_OPTIONS_VERSION 2

typedef struct an_keyplayer_options {
    unsigned int version;       /**< AN_KEYPLAYER_OPTIONS_VERSION (1 is still accepted: no lens) */
    int objective;              /**< an_keyplayer_objective (default AN_KP_FRAGMENTATION) */
    int64_t m;                  /**< reach radius in steps for AN_KP_REACH, >= 1 (default 1) */
    int direction;              /**< an_kp_direction (default AUTO) */
    int exact;                  /**< 1: brute force over all sets (default 0: greedy + swap) */
    int64_t max_sets;           /**< exact: refuse (AN_ELIMIT) beyond this many sets (default 2000000) */
    int64_t candidates;         /**< > 0: search only the top-c nodes by degree in the view used
                                     (ties: file order); 0 (default): all nodes */
    uint64_t seed;              /**< tie-breaking seed (default 1) */
    int threads;                /**< worker threads; 0 (default) or negative: ACTORNET_THREADS when it holds a positive integer, else one per online CPU */
    const an_lens *lens;        /**< (version 2) which actors and ties are seen (lens.h); NULL = all,
                                     as stored. The search and the objective run on the lens's
                                     network: sets, candidates and scores concern only the actors it
                                     sees (a candidate or set member outside it is AN_EINVAL) */
} an_keyplayer_options;

#define AN_KEYPLAYER_OPTIONS_INIT \
    { AN_KEYPLAYER_OPTIONS_VERSION, AN_KP_FRAGMENTATION, 1, AN_KP_DIRECTION_AUTO, 0, 2000000, 0, 1, 0, NULL }

/** What the search did, besides the set. */
typedef struct an_keyplayer_result {
    double score;               /**< the objective's value for the set returned */
    double greedy_score;        /**< the value after the greedy phase of the first start (NaN in exact mode) */
    int64_t swaps;              /**< improving swaps made, over all starts (0 in exact mode) */
    int64_t evaluations;        /**< sets scored (exact mode: every set) */
} an_keyplayer_result;

/**
 * Find a key-player set of k nodes.
 * @param out_set     caller-allocated array of k node indices; receives the
 *                    set in ascending node (file) order.
 * @param out_result  score and search statistics; may be NULL.
 * @param network     the network.
 * @param k           set size, 0 <= k <= n - 1 (and <= the candidate count).
 * @param options     NULL for defaults.
 * @return AN_OK; AN_EMISUSE (NULL network, NULL out_set with k > 0, wrong
 *         options version); AN_EEMPTY (no nodes); AN_EINVAL (k out of range,
 *         unknown objective or direction, m < 1, negative candidates or
 *         max_sets, candidates < k); AN_ELIMIT (exact mode with more than
 *         max_sets sets; more than 2^31 - 2 nodes); AN_ENOMEM.
 * Complexity: see the top of this header.
 */
AN_API int an_keyplayers_find(int64_t *out_set, an_keyplayer_result *out_result, const an_network *network,
                              int64_t k, const an_keyplayer_options *options);

/**
 * Find a key-player set of k nodes among given candidates: as
 * an_keyplayers_find() with the search (greedy + swap, or exact) restricted
 * to `candidates` instead of options->candidates (which is ignored). The
 * objective is still measured on the whole network: only the choice of
 * members is restricted. Use it on large networks with a pool of likely key
 * players, e.g. the top actors by (approximate) betweenness and by degree, as
 * an_report_write() does above its exact_limit: a search over c candidates
 * scores O(k c) sets per swap pass instead of O(k n).
 * @param candidates       candidate_count node indices (repeats count once;
 *                         any order).
 * @param candidate_count  >= k distinct nodes.
 * @return as an_keyplayers_find(); AN_EMISUSE (NULL candidates with
 *         candidate_count > 0); AN_ERANGE (an index out of range); AN_EINVAL
 *         (fewer than k distinct candidates, negative count).
 * Complexity: as an_keyplayers_find() with c = the distinct candidates, plus
 * O(c log c).
 */
AN_API int an_keyplayers_find_among(int64_t *out_set, an_keyplayer_result *out_result, const an_network *network,
                                    int64_t k, const int64_t *candidates, int64_t candidate_count,
                                    const an_keyplayer_options *options);

/**
 * The objective's value for a given set (options->objective, m, direction;
 * the search fields are ignored). Duplicate indices count once; k is the
 * number of distinct nodes.
 * @return AN_OK; AN_EMISUSE; AN_EEMPTY; AN_ERANGE (index out of range);
 *         AN_EINVAL (bad option, or the set holds every node); AN_ENOMEM.
 * Time: one evaluation (see the top of this header).
 */
AN_API int an_keyplayers_score(double *out_score, const an_network *network, const int64_t *set, int64_t count,
                               const an_keyplayer_options *options);

/** "fragmentation", "distance_fragmentation", "reach", "distance_reach", or NULL. O(1). */
AN_API const char *an_keyplayer_objective_name(int objective);

/** The objective (an an_keyplayer_objective) named as above.
 *  @return AN_OK, AN_EINVAL (unknown name), AN_EMISUSE (NULL). O(1). */
AN_API int an_keyplayer_objective_from_name(int *out_objective, const char *name);

/* ---- what-if removal ---------------------------------------------------- */

/** Measures of a network (the whole network, or what remains after removal). */
typedef struct an_whatif_state {
    int64_t nodes;              /**< nodes present */
    int64_t edges;              /**< network edges (as stored: parallel ties and loops included)
                                     with both ends present */
    int64_t components;         /**< weak components (isolates included) */
    int64_t largest_component;  /**< nodes in the largest weak component (0 when empty) */
    double fragmentation;       /**< F as defined above (1 when fewer than 2 nodes) */
    double distance_fragmentation; /**< DF as above (1 when fewer than 2 nodes) */
    double efficiency;          /**< global efficiency (Latora & Marchiori 2001): the mean of
                                     1 / d_ij over ordered pairs, = 1 - DF; 0 when fewer than
                                     2 nodes (as networkx.global_efficiency) */
    double mean_reach;          /**< mean over present nodes of how many other present nodes
                                     each reaches (0 when empty) */
} an_whatif_state;

typedef struct an_whatif_result {
    an_whatif_state before;     /**< the whole network */
    an_whatif_state after;      /**< the network without the removed nodes */
} an_whatif_result;

#define AN_WHATIF_OPTIONS_VERSION 2

typedef struct an_whatif_options {
    unsigned int version;       /**< AN_WHATIF_OPTIONS_VERSION (1 is still accepted: no lens) */
    int direction;              /**< an_kp_direction for fragmentation, distance_fragmentation,
                                     efficiency and mean_reach. AUTO (default): undirected for the
                                     first three, out-ties for mean_reach. Components are always weak. */
    int distances;              /**< 1 (default): compute the measures that need a breadth-first
                                     search from every node (distance_fragmentation, efficiency,
                                     and fragmentation / mean_reach on a directed view); 0: leave
                                     those NaN (for very large networks) */
    int threads;                /**< worker threads; 0 (default): ACTORNET_THREADS when it holds a positive integer, else one per online CPU */
    const an_lens *lens;        /**< (version 2) the lens (lens.h) whose network is measured before
                                     and after; NULL = all, as stored. Removing an actor outside the
                                     lens is AN_EINVAL */
} an_whatif_options;

#define AN_WHATIF_OPTIONS_INIT { AN_WHATIF_OPTIONS_VERSION, AN_KP_DIRECTION_AUTO, 1, 0, NULL }

/**
 * Remove the named actors and measure the network before and after (the
 * change is after - before). Removing an actor removes its ties. Repeated
 * ids count once; an empty list gives after == before.
 * @param out      receives both states.
 * @param ids      `count` node ids.
 * @return AN_OK; AN_EMISUSE (NULL out/network, NULL ids with count > 0, NULL
 *         id, wrong options version); AN_EEMPTY (no nodes); AN_ENOTFOUND (an
 *         id is not a node; the message names it); AN_EINVAL (unknown
 *         direction); AN_ELIMIT (more than 2^31 - 2 nodes); AN_ENOMEM.
 * Time O(n + m) for components, F and mean reach on an undirected view;
 * O(n (n + m)) for the distance measures and for directed reachability
 * (spread over the threads).
 */
AN_API int an_whatif_remove(an_whatif_result *out, const an_network *network, const char *const *ids,
                            size_t count, const an_whatif_options *options);

/** As an_whatif_remove() with node indices (AN_ERANGE for an index out of range). */
AN_API int an_whatif_remove_nodes(an_whatif_result *out, const an_network *network, const int64_t *nodes,
                                  size_t count, const an_whatif_options *options);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_KEYPLAYERS_H */
