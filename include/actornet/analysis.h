/*
 * actornet/analysis.h — conventions shared by every analysis.
 *
 * How an analysis sees the edges. Actor networks are multigraphs (two sources
 * may report the same tie; two relations may join the same pair) and may mix
 * directed and undirected ties. Every analysis takes an an_edge_policy that
 * says, explicitly, how those are treated:
 *
 *  - direction AN_AS_STORED (default): the analysis is directed when at least
 *    one edge is directed; each undirected edge then counts as two opposite
 *    arcs. AN_AS_UNDIRECTED ignores all directions.
 *  - parallel AN_PARALLEL_COLLAPSE (default): ties between the same ordered
 *    pair (same unordered pair when undirected) count once, with their weights
 *    summed, so a tie reported by three sources is not three times as strong
 *    in degree or betweenness. AN_PARALLEL_KEEP keeps each tie (a multigraph).
 *  - self_loops: dropped by default (an actor tied to itself brokers nothing).
 *  - weight: the name of a numeric edge column, or NULL (default) for
 *    unweighted. Missing weights count as 1. Weights must be finite and > 0
 *    where an algorithm needs that (distances); otherwise AN_EINVAL.
 *    Whether a measure reads weights as strengths or as distances is said in
 *    its own documentation.
 *  - lens: which actors and ties the analysis sees, and how (lens.h), or
 *    NULL (default) for the network exactly as stored. With a lens the
 *    analysis runs on an_lens_view()'s network — agents only and cooperative
 *    ties only for the "cooperation" lens, symmetric relations undirected —
 *    and still returns one value per node of the ORIGINAL network: nodes the
 *    lens does not see get NaN (scores), -1 (memberships) or are absent from
 *    index lists; normalisations count only the nodes the lens sees. The
 *    rest of the policy (direction, parallel ties, weight) applies to the
 *    lens's network.
 *
 * Results are plain arrays in node order (file order), allocated by the
 * caller with an_network_node_count() elements unless stated otherwise, and
 * can be attached to the network as typed columns with
 * an_network_attach_reals() / an_network_attach_integers().
 */
#ifndef ACTORNET_ANALYSIS_H
#define ACTORNET_ANALYSIS_H

#include "lens.h"
#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum an_direction_mode {
    AN_AS_STORED = 0,
    AN_AS_UNDIRECTED = 1
} an_direction_mode;

typedef enum an_parallel_mode {
    AN_PARALLEL_COLLAPSE = 0,
    AN_PARALLEL_KEEP = 1
} an_parallel_mode;

typedef struct an_edge_policy {
    int direction;          /**< an_direction_mode */
    int parallel;           /**< an_parallel_mode */
    int self_loops;         /**< 0 drop (default), 1 keep */
    const char *weight;     /**< numeric edge column name, or NULL for unweighted */
    const an_lens *lens;    /**< borrowed; NULL = no lens (the network as stored) */
} an_edge_policy;

#define AN_EDGE_POLICY_INIT { AN_AS_STORED, AN_PARALLEL_COLLAPSE, 0, NULL, NULL }

/**
 * Store `values` (node_count or edge_count doubles, by domain) as a DOUBLE
 * column named `name`, replacing the values of an existing DOUBLE column of
 * that name or creating it. NaN values are stored as missing.
 * @return AN_OK, AN_EMISUSE, AN_EINVAL (graph domain or bad name),
 *         AN_ETYPE (a column of that name exists with another type), AN_ENOMEM. O(rows).
 */
AN_API int an_network_attach_reals(an_network *network, an_domain domain, const char *name,
                                   const double *values);

/** As an_network_attach_reals() for integers, stored as a LONG column
 *  (or an existing INT/LONG column of that name). O(rows). */
AN_API int an_network_attach_integers(an_network *network, an_domain domain, const char *name,
                                      const int64_t *values);

/**
 * Build now the analysis graph that analyses under `policy` build on first
 * use, and keep it with the network: the ties with the policy applied
 * (directions, parallel ties once or kept, self-loops, summed weights), in
 * the form igraph analyses read. It is what igraph_simplify() makes for an
 * igraph user. Analyses under the same direction, parallel-tie, self-loop
 * and weight settings then start from it: degree answers in O(n), PageRank,
 * eigenvector, HITS, closeness and the other igraph-backed measures skip the
 * build. Results are the same with or without it, bit for bit; calling it is
 * never needed, only a way to pay the build when you choose (before timing
 * or a loop of analyses).
 *
 * The network keeps at most 4 such graphs (least recently used dropped
 * first), about 40 bytes per tie each (40 MB at a million ties); they are
 * freed when the network changes, by an_network_release_prepared() and by
 * an_network_free(). Thread-safe (igraph's lock): other threads may analyse
 * the network meanwhile.
 *
 * @param policy  NULL for AN_EDGE_POLICY_INIT; its lens must be NULL (a lens
 *                analyses a network of its own, built per call).
 * @return AN_OK; AN_EMISUSE (NULL network); AN_EINVAL (a lens, an unknown
 *         mode, a weight that is not finite); AN_ENOTFOUND / AN_ETYPE (bad
 *         weight column); AN_ENOMEM.
 * Complexity: O(n + m) the first time (about 0.2 s at a million ties),
 * O(1) when the graph is already kept.
 */
AN_API int an_network_prepare(const an_network *network, const an_edge_policy *policy);

/**
 * Free every analysis graph an_network_prepare() or earlier analyses left with
 * the network, to lower memory; the next analysis builds what it needs
 * afresh. NULL is ignored. Thread-safe (igraph's lock): an analysis running on
 * another thread keeps what it uses until it is done. O(1) per kept graph.
 */
AN_API void an_network_release_prepared(const an_network *network);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_ANALYSIS_H */
