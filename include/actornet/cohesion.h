/*
 * actornet/cohesion.h — how a network holds together: components, cut-points
 * and bridges, k-cores, maximal cliques, and the graph-level measures density,
 * reciprocity, transitivity, average clustering, diameter and mean distance.
 *
 * Every function takes an an_edge_policy (analysis.h; NULL means
 * AN_EDGE_POLICY_INIT) and says below which of its fields it honours. In
 * short:
 *  - Structural measures that are only defined for undirected simple graphs
 *    (articulation points, bridges, cliques, transitivity, average clustering)
 *    always read every tie as undirected, whatever policy.direction says: a
 *    tie u->v makes u and v adjacent, and u->v plus v->u are one tie.
 *  - Self-loops are dropped unless policy.self_loops = 1, and never change a
 *    result below except where stated.
 *  - Weights are ignored except by the two distance measures, which read them
 *    as lengths.
 *
 * Defaults are chosen so that, on a simple graph, the numbers are those of
 * NetworkX 2.8 with default arguments (named with each function); where
 * NetworkX raises (disconnected graphs, reciprocity of an undirected graph)
 * the behaviour is documented instead.
 *
 * Results: counts and scalars through out-parameters; node lists in
 * caller-allocated arrays of an_network_node_count() elements (edge lists:
 * an_network_edge_count()); variable-sized results as small structs the
 * library allocates and the caller frees with the matching *_free function.
 * On failure no output is written except that *out pointers are set to NULL.
 */
#ifndef ACTORNET_COHESION_H
#define ACTORNET_COHESION_H

#include "analysis.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- components ----------------------------------------------------------- */

/** Which kind of connected component. */
typedef enum an_component_mode {
    AN_COMPONENTS_WEAK = 0,     /**< ignore directions: u and v are joined by some chain of ties */
    AN_COMPONENTS_STRONG = 1    /**< directed paths both ways (Tarjan 1972) */
} an_component_mode;

/** A partition of the nodes into components. Owned by the caller; free with an_components_free(). */
typedef struct an_components {
    int64_t node_count;     /**< entries in membership */
    int64_t count;          /**< number of components (0 for an empty network) */
    int64_t *membership;    /**< component of each node, in node order; components are numbered
                                 0..count-1 in order of their first node (deterministic) */
    int64_t *sizes;         /**< count entries: nodes per component */
    int64_t largest;        /**< size of the largest component (0 for an empty network) */
} an_components;

/**
 * Weak or strong connected components (igraph_connected_components).
 *
 * NetworkX: the count equals number_weakly_connected_components /
 * number_strongly_connected_components (number_connected_components for an
 * undirected graph).
 *
 * Policy: with policy.direction AN_AS_STORED, strong components follow each
 * directed tie's direction and treat an undirected tie (also in a mixed
 * network) as a pair of opposite arcs, so in an undirected network strong and
 * weak components coincide; AN_AS_UNDIRECTED makes strong = weak. Parallel
 * ties, self-loops and weights change nothing (the weight column, if named,
 * must still exist). An empty network gives count 0.
 *
 * @param out      receives a new an_components; NULL on failure.
 * @param mode     AN_COMPONENTS_WEAK or AN_COMPONENTS_STRONG.
 * @return AN_OK, AN_EMISUSE (NULL argument), AN_EINVAL (unknown mode or
 *         policy), AN_ENOTFOUND / AN_ETYPE (bad weight column), AN_ENOMEM.
 * Complexity O(n + m).
 */
AN_API int an_network_components(an_components **out, const an_network *network, an_component_mode mode,
                                 const an_edge_policy *policy);

/** Free a result of an_network_components(). NULL is accepted. */
AN_API void an_components_free(an_components *components);

/* ---- cut-points and bridges ---------------------------------------------- */

/**
 * Articulation points (cut-vertices): the nodes whose removal increases the
 * number of weak components (Hopcroft & Tarjan 1973; igraph_articulation_points).
 * NetworkX: articulation_points on the undirected graph.
 *
 * Always undirected (direction ignored); parallel ties and self-loops never
 * matter; weights are ignored.
 *
 * @param out_nodes  caller array of at least an_network_node_count() entries;
 *                   receives the articulation points' node indices, ascending.
 * @param out_count  receives how many were written.
 * @return AN_OK, AN_EMISUSE, AN_EINVAL / AN_ENOTFOUND / AN_ETYPE (bad policy),
 *         AN_ENOMEM. An empty network gives 0 points. Complexity O(n + m).
 */
AN_API int an_network_articulation_points(int64_t *out_nodes, int64_t *out_count, const an_network *network,
                                          const an_edge_policy *policy);

/**
 * Bridges: ties whose removal increases the number of weak components
 * (Tarjan 1974; igraph_bridges). NetworkX: bridges on the undirected graph.
 *
 * Always undirected: u->v and v->u between the same pair are one tie.
 * Parallel ties follow policy.parallel: under the default
 * AN_PARALLEL_COLLAPSE, several reports of the same tie are one tie, so a
 * pair joined by two parallel edges and by nothing else IS a bridge (removing
 * the tie, i.e. every report of it, cuts the network); under
 * AN_PARALLEL_KEEP each edge is a separate tie and such a doubled pair is
 * not a bridge. A bridge is reported as a network edge index: the first edge
 * (in file order) between the pair. Self-loops are never bridges.
 *
 * @param out_edges  caller array of at least an_network_edge_count() entries;
 *                   receives network edge indices, ascending.
 * @param out_count  receives how many were written.
 * @return AN_OK, AN_EMISUSE, AN_EINVAL / AN_ENOTFOUND / AN_ETYPE (bad policy),
 *         AN_ENOMEM. Complexity O(n + m).
 */
AN_API int an_network_bridges(int64_t *out_edges, int64_t *out_count, const an_network *network,
                              const an_edge_policy *policy);

/* ---- k-cores -------------------------------------------------------------- */

/**
 * The k-core: the largest subnetwork in which every node has degree >= k
 * within the subnetwork (Seidman 1983; Batagelj & Zaversnik 2003 via
 * igraph_coreness). NetworkX: k_core(G, k).nodes (core_number >= k).
 *
 * Degree is total degree (in + out) of the analysed graph: under the default
 * policy a directed network counts u->v and v->u as two ties (as NetworkX
 * does for a DiGraph), an undirected tie in a mixed network as two arcs, and
 * parallel ties once (AN_PARALLEL_KEEP counts each). AN_AS_UNDIRECTED counts
 * each neighbour once. Weights are ignored.
 *
 * @param out_nodes  caller array of at least an_network_node_count() entries;
 *                   receives the core's node indices, ascending.
 * @param out_count  receives how many were written (0: the k-core is empty).
 * @param k          >= 0 (the 0-core is the whole network).
 * @return AN_OK, AN_EMISUSE, AN_EINVAL (k < 0, bad policy), AN_ENOTFOUND /
 *         AN_ETYPE (bad weight column), AN_ENOMEM. Complexity O(n + m).
 */
AN_API int an_network_k_core(int64_t *out_nodes, int64_t *out_count, const an_network *network, int64_t k,
                             const an_edge_policy *policy);

/* ---- maximal cliques ------------------------------------------------------ */

#define AN_CLIQUE_OPTIONS_VERSION 2

typedef struct an_clique_options {
    unsigned int version;   /**< AN_CLIQUE_OPTIONS_VERSION */
    int64_t min_size;       /**< smallest clique reported (default 3; 1 reports isolates as cliques
                                 of one, as NetworkX's find_cliques does) */
    int64_t max_size;       /**< largest clique searched for; 0 (default) = no limit. Larger
                                 maximal cliques are NOT reported (nor their sub-cliques). */
    int64_t max_cliques;    /**< stop after this many cliques, or after examining 100 times as many
                                 maximal cliques of any size, and set `truncated` (default 10000);
                                 must be >= 1 */
    an_edge_policy policy;  /**< only its validity and self_loops matter: cliques are always
                                 undirected and simple */
} an_clique_options;

#define AN_CLIQUE_OPTIONS_INIT { AN_CLIQUE_OPTIONS_VERSION, 3, 0, 10000, AN_EDGE_POLICY_INIT }

/** Maximal cliques. Owned by the caller; free with an_cliques_free(). */
typedef struct an_cliques {
    int64_t count;          /**< cliques returned */
    int64_t *offsets;       /**< count + 1 entries: clique i is nodes[offsets[i] .. offsets[i+1]) */
    int64_t *nodes;         /**< node indices, ascending within each clique */
    int64_t largest;        /**< size of the largest clique returned (0 if none) */
    int truncated;          /**< 1 if the search stopped early (see max_cliques): more cliques may
                                 exist and the returned ones are the first found (igraph's search
                                 order, which is deterministic), not necessarily the largest */
} an_cliques;

/**
 * Maximal cliques of at least min_size (and at most max_size) nodes
 * (Bron & Kerbosch 1973 with pivoting and degeneracy ordering, Eppstein,
 * Löffler & Strash 2010; igraph_maximal_cliques_callback). NetworkX:
 * find_cliques on the undirected graph, filtered by size.
 *
 * Always undirected and simple: any tie (either direction, any number of
 * parallel reports) makes two nodes adjacent; self-loops are ignored; weights
 * are ignored. Cliques are sorted by size, largest first, then by their node
 * indices. The number of maximal cliques can grow exponentially with n
 * (Moon & Moser 1965), so the search stops after max_cliques results and says
 * so in `truncated` (the call still returns AN_OK); raise min_size to focus.
 * Cliques outside [min_size, max_size] still cost search time, so the search
 * also stops (truncated) once it has examined 100 x max_cliques maximal
 * cliques of any size: the work is bounded whatever the size floor.
 *
 * @return AN_OK, AN_EMISUSE (NULL argument, options version mismatch),
 *         AN_EINVAL (min_size < 1, max_size < 0 or < min_size when non-zero,
 *         max_cliques < 1, bad policy), AN_ENOTFOUND / AN_ETYPE (bad weight
 *         column), AN_ENOMEM. *out is NULL on failure.
 * Complexity O(d n 3^(d/3)) worst case for degeneracy d; at most about
 * 100 x max_cliques maximal cliques are enumerated.
 */
AN_API int an_network_maximal_cliques(an_cliques **out, const an_network *network,
                                      const an_clique_options *options);

/** Free a result of an_network_maximal_cliques(). NULL is accepted. */
AN_API void an_cliques_free(an_cliques *cliques);

/* ---- graph-level measures ------------------------------------------------- */

/**
 * Density: ties / possible ties, i.e. m / (n (n - 1)) for a directed graph
 * and 2m / (n (n - 1)) for an undirected one (igraph_density without loops).
 * NetworkX: density (0 when n = 1).
 *
 * Policy: AN_AS_STORED on a directed or mixed network counts arcs, each
 * undirected tie being two arcs; AN_AS_UNDIRECTED counts unordered pairs.
 * Under AN_PARALLEL_COLLAPSE (default) each tie counts once, so density is at
 * most 1; AN_PARALLEL_KEEP counts every parallel edge (density of a
 * multigraph, may exceed 1, as NetworkX computes for a MultiGraph).
 * Self-loops are dropped by default; kept, they count as ties but not in the
 * denominator (as NetworkX). Weights are ignored.
 *
 * @return AN_OK, AN_EMISUSE, AN_EEMPTY (no nodes), AN_EINVAL / AN_ENOTFOUND /
 *         AN_ETYPE (bad policy), AN_ENOMEM. Complexity O(n + m).
 */
AN_API int an_network_density(double *out, const an_network *network, const an_edge_policy *policy);

/**
 * Reciprocity: the share of arcs u->v whose reverse v->u is also present
 * (igraph_reciprocity, IGRAPH_RECIPROCITY_DEFAULT, loops ignored).
 * NetworkX: reciprocity(G) (overall reciprocity) of a DiGraph.
 *
 * Policy: AN_AS_STORED; an undirected tie counts as two mutual arcs, so an
 * undirected network (or AN_AS_UNDIRECTED) has reciprocity 1 by definition
 * (igraph's convention; NetworkX raises). Parallel ties: collapsed by default;
 * under AN_PARALLEL_KEEP every arc counts, and each reverse arc reciprocates
 * one arc only (two reports of u->v and one of v->u: 2 of 3 arcs are
 * reciprocated). Weights ignored. A network without ties gives NaN
 * (NetworkX raises).
 *
 * @return AN_OK, AN_EMISUSE, AN_EEMPTY (no nodes), AN_EINVAL / AN_ENOTFOUND /
 *         AN_ETYPE (bad policy), AN_ENOMEM. Complexity O(n + m log m).
 */
AN_API int an_network_reciprocity(double *out, const an_network *network, const an_edge_policy *policy);

/**
 * Transitivity (global clustering coefficient): 3 x triangles / connected
 * triples (Newman, Strogatz & Watts 2001; igraph_transitivity_undirected).
 * NetworkX: transitivity (0 when there are no triples).
 *
 * Always on the undirected simple graph (direction and parallel ties
 * ignored, self-loops dropped, weights ignored): for a directed network it
 * equals NetworkX's transitivity(G.to_undirected()).
 *
 * @return AN_OK, AN_EMISUSE, AN_EEMPTY (no nodes), AN_EINVAL / AN_ENOTFOUND /
 *         AN_ETYPE (bad policy), AN_ENOMEM. Complexity O(m d) for max degree d.
 */
AN_API int an_network_transitivity(double *out, const an_network *network, const an_edge_policy *policy);

/**
 * Average clustering: the mean over all nodes of the local clustering
 * coefficient (Watts & Strogatz 1998), nodes of degree < 2 counting as 0
 * (igraph_transitivity_avglocal_undirected, IGRAPH_TRANSITIVITY_ZERO).
 * NetworkX: average_clustering (count_zeros=True).
 *
 * On the undirected simple graph as for an_network_transitivity(): for a
 * directed network it is average_clustering(G.to_undirected()), not
 * NetworkX's directed (Fagiolo 2007) variant.
 *
 * @return as an_network_transitivity(). Complexity O(m d).
 */
AN_API int an_network_average_clustering(double *out, const an_network *network, const an_edge_policy *policy);

/**
 * Diameter: the longest shortest path, over all ordered pairs (u, v) with v
 * reachable from u (igraph_diameter / igraph_diameter_dijkstra, unconn = true).
 * NetworkX: diameter on a connected graph (NetworkX raises on a disconnected
 * one; here unreachable pairs are skipped, so a disconnected network reports
 * the largest diameter of its parts). A network without any reachable pair
 * of distinct nodes (one node, or no ties) has diameter 0.
 *
 * Policy: AN_AS_STORED follows directions (undirected ties both ways),
 * AN_AS_UNDIRECTED ignores them. Unweighted (hops) unless policy.weight names
 * a column, whose values are then read as lengths (must be > 0, else
 * AN_EINVAL; missing counts as 1); between parallel ties the shortest one is
 * used whatever policy.parallel says (summing lengths of two reports of one
 * tie would be wrong). Self-loops never shorten a path.
 *
 * @return AN_OK, AN_EMISUSE, AN_EEMPTY (no nodes), AN_EINVAL (bad policy, or
 *         a weight <= 0), AN_ENOTFOUND / AN_ETYPE (bad weight column),
 *         AN_ENOMEM. Complexity O(n m) unweighted, O(n m log n) weighted.
 */
AN_API int an_network_diameter(double *out, const an_network *network, const an_edge_policy *policy);

/**
 * Mean distance: the average shortest-path length over all ordered pairs
 * (u, v), u != v, with v reachable from u (igraph_average_path_length[_dijkstra],
 * unconn = true). NetworkX: average_shortest_path_length on a connected graph
 * (it raises on a disconnected one; here unreachable pairs are left out of the
 * mean and counted in *out_unreachable_pairs). One node gives 0 (as NetworkX);
 * several nodes without any reachable pair give NaN.
 *
 * Policy, weights and parallel ties as for an_network_diameter().
 *
 * @param out_unreachable_pairs  may be NULL; receives the number of ordered
 *                               pairs (u, v), u != v, with no path u -> v
 *                               (both orders count in an undirected graph).
 * @return as an_network_diameter(). Complexity as an_network_diameter().
 */
AN_API int an_network_mean_distance(double *out, int64_t *out_unreachable_pairs, const an_network *network,
                                    const an_edge_policy *policy);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_COHESION_H */
