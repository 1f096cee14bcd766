/*
 * actornet/paths.h — typed path queries: cited chains between two actors.
 *
 * Three queries between two actors named by id — the shortest path, the k
 * shortest paths, and all simple paths up to a length — each optionally
 * allowed only through chosen relations, actor classes, confidence levels
 * and a year window (an an_filter, see views.h). Every hop of every result
 * carries the edge it uses and that edge's relation, year, confidence,
 * source and locator, so a chain can be cited.
 *
 * The graph a query walks ("the path graph"):
 *  - Edges must satisfy the relation, confidence and year conditions of the
 *    filter, exactly as in an_view_filter().
 *  - Classes restrict the nodes a path passes *through*: every intermediate
 *    node must have an allowed class. The two ends are named by the caller
 *    and are exempt by default (asking for the chain from a state to an event
 *    through units and organisations should not require listing "state" and
 *    "event"); with classes_at_ends the ends must qualify too, and a query
 *    whose end does not qualify returns no path.
 *  - Direction: a directed tie is walked only forward (source to target); an
 *    undirected tie — also inside a directed network — both ways. With
 *    ignore_direction every tie is walked both ways. A hop walked from an
 *    edge's stored target to its stored source is marked `reversed`.
 *  - Self-loops are never part of a path.
 *  - Parallel ties: paths are sequences of actors, and each step between two
 *    actors uses ONE hop even when several ties join them (so two reports of
 *    the same tie never count as two paths). The hop is chosen
 *    deterministically among the ties that qualify and can be walked in that
 *    direction: (1) when weighted, the smallest weight (it defines the
 *    distance); (2) the strongest confidence, by the order of
 *    confidence_order (default "stated" before "reported"; values not listed
 *    come after the listed ones, missing values last); (3) the earliest edge
 *    in file order. The other qualifying ties are listed in the hop as
 *    `alternatives`, in the same preference order.
 *  - Weights (optional): a numeric edge column read as a DISTANCE (a longer
 *    distance is a weaker link). Missing values count as 1; every qualifying
 *    value must be finite and > 0 (else AN_EINVAL). Unweighted, every hop
 *    counts 1.
 *
 *  - Lens (optional, an_path_options.lens; lens.h): the query walks only the
 *    actors and ties the lens sees, each tie as the lens orients it. Under
 *    the "influence" lens a chain follows only ties that carry influence, in
 *    the direction it flows (funds, trains, commands forward; member_of and
 *    part_of from the organisation or whole to its member or part; symmetric
 *    bonds such as kin_of either way), and never a hostile or descriptive tie.
 *    Both ends must be seen by the lens (else AN_EINVAL). ignore_direction
 *    still walks every kept tie both ways; such a hop against the flow is
 *    marked (along_flow 0).
 *  - Time-respecting (optional, an_path_options.time_respecting): the dated
 *    hops of a chain never go back in time (Holme & Saramäki 2012; tsna's
 *    tPath): with T the latest start so far, a hop may use a tie dated
 *    [begin, end] only when end >= T (a tie without an end is the single year
 *    begin), and T becomes max(T, begin). Undated ties are allowed and do not
 *    move T; each such hop is flagged `undated`. The search lets each hop
 *    keep T smallest, so that no chain is missed; a chain found then cites,
 *    hop by hop, the most preferred of the pair's ties (the usual order:
 *    weight, confidence, file order) that keeps the rest of the chain
 *    time-respecting; the others are listed as alternatives. Chains are simple paths
 *    (no actor twice), found by the bounded search of an_paths_all_simple()
 *    in order of hop count (weights only fill each path's distance), so
 *    a result may be `truncated` on very large networks.
 *
 * Ends: from == to gives the single zero-hop path [from] for every query.
 * When no path exists, the result holds zero paths and the call returns
 * AN_OK. An id that is not a node is AN_ENOTFOUND.
 *
 * Ownership: each query allocates an an_path_result that the caller frees
 * with an_path_result_free(). The result is self-contained: every string in
 * it (node ids, edge ids, citations) is a copy owned by the result, valid
 * until it is freed, whatever happens to the network.
 */
#ifndef ACTORNET_PATHS_H
#define ACTORNET_PATHS_H

#include "lens.h"
#include "network.h"
#include "views.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A tie that could be used for a hop but was not chosen (see "Parallel ties"). */
typedef struct an_path_tie {
    int64_t edge;               /**< network edge index */
    const char *edge_id;        /**< GraphML edge id, or NULL */
    const char *relation;       /**< NULL when absent */
    const char *confidence;     /**< NULL when absent */
    const char *source;         /**< NULL when absent */
    const char *locator;        /**< NULL when absent */
    double year;                /**< NaN when absent */
    double end_year;            /**< NaN when absent */
} an_path_tie;

/** One step of a path: the tie used, with what is needed to cite it. */
typedef struct an_path_hop {
    int64_t edge;               /**< network edge index */
    const char *edge_id;        /**< GraphML edge id, or NULL when the edge has none */
    int64_t from_node;          /**< node index the hop leaves (in walking order) */
    int64_t to_node;            /**< node index the hop reaches */
    const char *from;           /**< id of from_node */
    const char *to;             /**< id of to_node */
    int directed;               /**< 1 if the tie is directed as the query walks it (a symmetric
                                     relation under a lens is undirected) */
    int reversed;               /**< 1 if walked from the edge's stored target to its source */
    const char *relation;       /**< the edge's relation value, or NULL when absent */
    const char *confidence;     /**< confidence value, or NULL */
    const char *source;         /**< citation (edge column `source`), or NULL */
    const char *locator;        /**< section, page or note (edge column `locator`), or NULL */
    double year;                /**< the edge's `year` (else `start`), or NaN when absent */
    double end_year;            /**< the edge's `end`, or NaN when absent */
    double weight;              /**< distance of this hop (1 when unweighted) */
    int64_t alternative_count;  /**< other qualifying ties joining the same two actors this way */
    const an_path_tie *alternatives; /**< those ties, in preference order (NULL when none) */
    int along_flow;             /**< 1: walked the way influence flows (a lens orienting ties by
                                     flow); 0: against it (ignore_direction); -1: no flow semantics
                                     (no lens, or a lens keeping stored directions) */
    int undated;                /**< 1: the tie has no date (time-respecting queries allow it) */
} an_path_hop;

/** One path: length + 1 actors and length hops. */
typedef struct an_path {
    int64_t length;             /**< number of hops (0 for from == to) */
    const int64_t *nodes;       /**< length + 1 node indices, from the start to the end */
    const char *const *node_ids;/**< their ids */
    const an_path_hop *hops;    /**< length hops; hops[i] joins nodes[i] to nodes[i + 1] */
    double distance;            /**< sum of the hops' weights (= length when unweighted) */
    int64_t undated_hops;       /**< hops whose tie has no date */
} an_path;

/** The paths a query found, in order (shortest first). */
typedef struct an_path_result {
    int64_t count;              /**< number of paths */
    const an_path *paths;       /**< count paths */
    int truncated;              /**< 1 if the search stopped at a limit (max_paths, or the step
                                     budget of an_paths_all_simple) and more paths may exist */
    const char *from;           /**< the query's start id */
    const char *to;             /**< the query's end id */
    const char *lens;           /**< the name of the query's lens, or NULL without one */
    int time_respecting;        /**< 1 if dated hops had to go forward in time */
} an_path_result;

#define AN_PATH_OPTIONS_VERSION 2

/** Options shared by the three queries. Initialise with AN_PATH_OPTIONS_INIT. */
typedef struct an_path_options {
    int version;                /**< AN_PATH_OPTIONS_VERSION (1 is still accepted: no lens, not
                                     time-respecting) */
    an_filter filter;           /**< relations, classes (of intermediate actors), confidence, years */
    int classes_at_ends;        /**< non-zero: the class list applies to the two ends too (default 0) */
    int ignore_direction;       /**< non-zero: walk every tie both ways (default 0: follow direction) */
    const char *weight;         /**< numeric edge column used as distance, or NULL (default: hop count) */
    const char *const *confidence_order; /**< preference among parallel ties, strongest first;
                                              NULL = {"stated", "reported"} */
    int64_t max_paths;          /**< an_paths_all_simple: at most this many paths (default 1000;
                                     must be >= 1) */
    int alternatives;           /**< non-zero (default): list the alternative parallel ties per hop;
                                     0: alternative_count is 0 and alternatives NULL */
    const char *source_column;  /**< NULL = "source" */
    const char *locator_column; /**< NULL = "locator" */
    const an_lens *lens;        /**< (version 2) the actors and ties walked, as the lens orients them
                                     (see "Lens" above); NULL (default) = all, as stored */
    int time_respecting;        /**< (version 2) non-zero: dated hops may not go back in time (see
                                     "Time-respecting" above); default 0 */
} an_path_options;

#define AN_PATH_OPTIONS_INIT \
    { AN_PATH_OPTIONS_VERSION, AN_FILTER_INIT, 0, 0, NULL, NULL, 1000, 1, NULL, NULL, NULL, 0 }

/**
 * A shortest path from `from` to `to` in the path graph: breadth-first
 * search by hop count, or Dijkstra's algorithm (Dijkstra 1959) on the weight
 * column read as distances (igraph_get_shortest_path /
 * igraph_get_shortest_path_dijkstra). When several shortest paths exist, one
 * is returned (igraph's deterministic choice for the same network and
 * options).
 *
 * @param out      receives the result: 1 path, or 0 when `to` cannot be
 *                 reached (caller frees with an_path_result_free()); NULL on failure.
 * @param network  the network (not modified).
 * @param from,to  node ids.
 * @param options  NULL for AN_PATH_OPTIONS_INIT.
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong options version);
 *         AN_ENOTFOUND (an id is not a node, or a filter/weight column does
 *         not exist); AN_ETYPE (string weight column); AN_EINVAL (a weight
 *         not finite or <= 0, bad year window); AN_ENOMEM; AN_EALGORITHM.
 * Complexity O(n + m) unweighted, O((n + m) log n) weighted.
 */
AN_API int an_paths_shortest(an_path_result **out, const an_network *network, const char *from,
                             const char *to, const an_path_options *options);

/**
 * The k shortest paths from `from` to `to` (loopless: no actor repeated), in
 * order of length (hops, or total distance when weighted): Yen's algorithm
 * (Yen 1971) as igraph_get_k_shortest_paths() implements it, on the path
 * graph. Fewer than k paths are returned when fewer exist. Paths of equal
 * length come in igraph's deterministic order. The lengths agree with
 * NetworkX's shortest_simple_paths() on the same simple graph.
 *
 * @param k  the number of paths wanted, >= 1 (else AN_EINVAL).
 * Other parameters, return codes: as an_paths_shortest().
 * Complexity O(k n (m + n log n)).
 */
AN_API int an_paths_k_shortest(an_path_result **out, const an_network *network, const char *from,
                               const char *to, int64_t k, const an_path_options *options);

/**
 * All simple paths (no actor repeated) from `from` to `to` with at most
 * `max_length` hops, as NetworkX's all_simple_paths(G, from, to, cutoff) on
 * the path graph. Paths come ordered by hop count, then depth-first with
 * each actor's next steps in node (file) order.
 *
 * The number of simple paths grows exponentially with the length, so the
 * search is bounded: it stops after options->max_paths paths, and also after
 * a budget of 50 million search steps, setting `truncated`. Paths are found
 * shortest first (iterative deepening, pruned by each actor's hop distance
 * to `to`), so a truncated result holds the shortest chains. igraph's
 * igraph_get_all_simple_paths() has no such limit, hence our own search.
 * Weights, when given, only fill in each path's distance.
 *
 * @param max_length  the longest path in hops, >= 1 (else AN_EINVAL).
 * Other parameters, return codes: as an_paths_shortest(); AN_EINVAL also
 * for max_paths < 1.
 * Complexity O(max_length * (steps explored)), bounded as said.
 */
AN_API int an_paths_all_simple(an_path_result **out, const an_network *network, const char *from,
                               const char *to, int64_t max_length, const an_path_options *options);

/** Free a path result and everything in it. NULL is accepted. */
AN_API void an_path_result_free(an_path_result *result);

/**
 * The result as JSON (UTF-8, one line, newline at the end):
 *   {"paths": [{"nodes": [ids], "hops": [{"relation": r, "year": y, "confidence": c,
 *     "source": s, "locator": l, "edge": id-or-null, "index": e, "from": id, "to": id,
 *     "end": y, "directed": bool, "reversed": bool, "weight": w,
 *     "alternatives": [{"relation": r, "year": y, "confidence": c, "source": s, "locator": l,
 *     "edge": id-or-null, "index": e, "end": y}, ...]}, ...],
 *     "length": hops, "distance": d}, ...], "truncated": bool, "from": id, "to": id}
 * Absent values are null; years are numbers.
 * @param out         receives the text (free with an_free()); NULL on failure.
 * @param out_length  receives its length in bytes (may be NULL).
 * @return AN_OK, AN_EMISUSE, AN_ENOMEM. O(size of the result).
 */
AN_API int an_path_result_json(char **out, size_t *out_length, const an_path_result *result);

/**
 * The result as readable text: each chain hop by hop with its relation,
 * year, confidence, source and locator, and the alternative ties. Same
 * parameters and return codes as an_path_result_json(). O(size of the result).
 */
AN_API int an_path_result_text(char **out, size_t *out_length, const an_path_result *result);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_PATHS_H */
