/*
 * actornet/communities.h — community detection (Leiden, Louvain, Infomap,
 * walktrap, label propagation, edge betweenness), the modularity of any
 * partition, and comparison of two partitions (NMI, adjusted Rand, variation
 * of information, Rand, split-join distance).
 *
 * Partitions are membership arrays in node order (file order). Communities
 * found by the library are numbered 0..count-1 in order of first appearance
 * (node 0 is always in community 0), so the same options and seed give the
 * same array, byte for byte.
 *
 * How each method sees the network (an_edge_policy, analysis.h):
 *  - Leiden, Louvain, walktrap and label propagation are defined for
 *    undirected networks: they always read every tie as undirected (u->v and
 *    v->u become one tie). Infomap and edge betweenness follow
 *    policy.direction (AN_AS_STORED: a directed or mixed network is analysed
 *    as directed, an undirected tie counting as two opposite arcs).
 *  - Parallel ties: under AN_PARALLEL_COLLAPSE (default) the ties between a
 *    pair (after the direction rule above) become one tie whose weight is the
 *    sum of theirs (1 when unweighted: a tie reported by three sources is one
 *    tie); AN_PARALLEL_KEEP gives each its own edge, which for these methods
 *    is the same as summing their weights.
 *  - Weights (policy.weight) are strengths: larger means more tightly tied;
 *    they must be >= 0 (> 0 for Infomap, walktrap and edge betweenness), and
 *    missing values count as 1. Edge betweenness also reads them as lengths
 *    for its betweenness (igraph's convention), see below.
 *  - Self-loops are dropped unless policy.self_loops = 1.
 * The partition's `directed` field records which reading was used.
 *
 * To keep a partition with the network (and write it to GraphML, DOT, CSV):
 *   an_network_attach_integers(network, AN_DOMAIN_NODE, "community", partition->membership);
 */
#ifndef ACTORNET_COMMUNITIES_H
#define ACTORNET_COMMUNITIES_H

#include "analysis.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Community detection methods. */
typedef enum an_community_method {
    /** Leiden (Traag, Waltman & van Eck 2019; igraph_community_leiden): optimises modularity
     *  (default) or the Constant Potts Model; refines Louvain so that communities are connected. */
    AN_COMMUNITY_LEIDEN = 0,
    /** Louvain / multilevel modularity optimisation (Blondel et al. 2008;
     *  igraph_community_multilevel); the final, coarsest level is returned. */
    AN_COMMUNITY_LOUVAIN = 1,
    /** Infomap: minimises the map equation's description length of a random walk
     *  (Rosvall & Bergstrom 2008; igraph_community_infomap); best of `trials` runs. */
    AN_COMMUNITY_INFOMAP = 2,
    /** Walktrap: agglomerative merging by short random walks of `steps` steps (Pons & Latapy
     *  2006; igraph_community_walktrap); the dendrogram is cut at maximum modularity. */
    AN_COMMUNITY_WALKTRAP = 3,
    /** Label propagation (Raghavan, Albert & Kumara 2007; igraph_community_label_propagation). */
    AN_COMMUNITY_LABEL_PROPAGATION = 4,
    /** Girvan–Newman edge betweenness (Girvan & Newman 2002; igraph_community_edge_betweenness);
     *  the dendrogram is cut at maximum modularity. O(m^2 n): refused above `max_edges` ties. */
    AN_COMMUNITY_EDGE_BETWEENNESS = 5
} an_community_method;

/** Leiden's objective. */
typedef enum an_leiden_objective {
    /** Modularity with resolution gamma: node weights are the (weighted) degrees and igraph's
     *  resolution is gamma / 2m, as igraph's documentation prescribes. */
    AN_LEIDEN_MODULARITY = 0,
    /** Constant Potts Model (Traag, Van Dooren & Nesterov 2011): sum over communities of
     *  (internal weight - gamma * n_c (n_c - 1) / 2); gamma is a density threshold, so useful
     *  values are well below 1 for sparse networks (e.g. around the network's density). */
    AN_LEIDEN_CPM = 1
} an_leiden_objective;

/**
 * Which implementation runs Leiden and Louvain (the other methods are igraph's only).
 * Both optimise the same objective on the same graph (the edge policy's), with the same
 * iteration rule and a seeded generator; they draw their random choices differently, so
 * for one seed they may return different (equally valid) partitions.
 */
typedef enum an_community_engine {
    /** igraph below AN_COMMUNITY_AUTO_ENGINE_TIES ties (results bit for bit those of
     *  python-igraph with the same seed), actornet's own from that size up. */
    AN_COMMUNITY_ENGINE_AUTO = 0,
    /** igraph_community_leiden / igraph_community_multilevel, under igraph's lock. */
    AN_COMMUNITY_ENGINE_IGRAPH = 1,
    /** actornet's own on a compressed-sparse-row copy of the graph: no igraph lock (threads
     *  run in parallel), no igraph_t when the policy is the default one (unweighted, parallel
     *  ties once, no self-loops); about 3x (Leiden) and 15x (Louvain) faster than igraph's
     *  on a million ties (bench/). Leiden here guarantees connected communities as igraph's
     *  does (Traag et al. 2019); Louvain uses Leiden's queue-based local moving. */
    AN_COMMUNITY_ENGINE_ACTORNET = 2
} an_community_engine;

/** Ties (an_network_edge_count) from which AN_COMMUNITY_ENGINE_AUTO runs actornet's own Leiden
 *  and Louvain. */
#define AN_COMMUNITY_AUTO_ENGINE_TIES 100000

/* Version 3 added `engine`; callers built against version 2 are still accepted (their
 * calls run with engine = AN_COMMUNITY_ENGINE_AUTO, whatever the padding held). */
#define AN_COMMUNITY_OPTIONS_VERSION 3

/** Default seed of every randomised method. */
#define AN_COMMUNITY_DEFAULT_SEED 42

/** Bounds that keep every method finite: Leiden "until stable" stops after this many
 *  iterations at the latest; more Infomap trials or longer walktrap walks are refused
 *  (AN_EINVAL). */
#define AN_LEIDEN_MAX_ITERATIONS 100
#define AN_INFOMAP_MAX_TRIALS 10000
#define AN_WALKTRAP_MAX_STEPS 1000

typedef struct an_community_options {
    unsigned int version;       /**< AN_COMMUNITY_OPTIONS_VERSION */
    int method;                 /**< an an_community_method (default AN_COMMUNITY_LEIDEN) */
    an_edge_policy policy;      /**< see the file comment (default AN_EDGE_POLICY_INIT) */
    uint64_t seed;              /**< seed of the generator of Leiden, Louvain, Infomap and label
                                     propagation (igraph's RNG, or actornet's own for its
                                     engine; default AN_COMMUNITY_DEFAULT_SEED) */
    double resolution;          /**< gamma for Leiden and Louvain (default 1; must be >= 0) */
    int objective;              /**< Leiden: an an_leiden_objective (default modularity) */
    int engine;                 /**< Leiden and Louvain: an an_community_engine (default AUTO).
                                     Version 3; it fills what was padding in version 2, so
                                     the struct's size and every other offset are unchanged */
    double beta;                /**< Leiden: randomness of the refinement step (default 0.01; > 0) */
    int64_t iterations;         /**< Leiden: at most this many iterations, fewer when one leaves the
                                     partition unchanged (it is then stable); negative (default
                                     -1) = until stable, at most AN_LEIDEN_MAX_ITERATIONS.
                                     python-igraph's default is 2, and its -1 (igraph 0.10.2)
                                     stops at the first iteration that changes something */
    int64_t trials;             /**< Infomap: independent runs, the best is kept (default 10; 1 to
                                     AN_INFOMAP_MAX_TRIALS) */
    int64_t steps;              /**< walktrap: random-walk length (default 4; 1 to AN_WALKTRAP_MAX_STEPS) */
    int64_t max_edges;          /**< edge betweenness: refuse (AN_ELIMIT) networks with more ties
                                     than this after the edge policy (default 1000; <= 0: no limit) */
} an_community_options;

#define AN_COMMUNITY_OPTIONS_INIT \
    { AN_COMMUNITY_OPTIONS_VERSION, AN_COMMUNITY_LEIDEN, AN_EDGE_POLICY_INIT, AN_COMMUNITY_DEFAULT_SEED, \
      1.0, AN_LEIDEN_MODULARITY, AN_COMMUNITY_ENGINE_AUTO, 0.01, -1, 10, 4, 1000 }

/** A partition of the nodes. Owned by the caller; free with an_partition_free(). */
typedef struct an_partition {
    int64_t node_count;     /**< entries in membership */
    int64_t count;          /**< number of communities */
    int64_t *membership;    /**< community of each node, 0..count-1 in order of first appearance */
    int64_t *sizes;         /**< count entries: nodes per community */
    double modularity;      /**< Newman's modularity Q (resolution 1, weighted when the policy
                                 names a weight) of this partition on the graph the method analysed
                                 (directed: Leicht & Newman 2008); NaN when that graph has no ties */
    double quality;         /**< the method's own objective: Leiden's quality (CPM or modularity at
                                 the given resolution, as igraph reports it), Louvain's modularity
                                 at the given resolution, Infomap's codelength (bits); NaN for the
                                 others */
    int directed;           /**< 1 if the method analysed a directed graph */
    int method;             /**< the an_community_method used */
    int engine;             /**< who ran Leiden or Louvain: AN_COMMUNITY_ENGINE_IGRAPH or
                                 AN_COMMUNITY_ENGINE_ACTORNET (never AUTO); IGRAPH for the
                                 other methods */
} an_partition;

/** Name of a method in snake_case ("leiden", "label_propagation", ...), or NULL if unknown. O(1). */
AN_API const char *an_community_method_name(int method);

/** Parse a method name as returned by an_community_method_name() (case-insensitive; "multilevel"
 *  is accepted for Louvain). @return the method, or AN_EINVAL if unknown (no error recorded). */
AN_API int an_community_method_from_name(const char *name);

/**
 * Find communities with options->method (NULL options: Leiden, modularity,
 * resolution 1, default seed).
 *
 * A network without ties gives every node its own community (modularity
 * NaN). Isolated nodes are always singleton communities. Randomised methods
 * (Leiden, Louvain, Infomap, label propagation) reseed igraph's RNG with
 * options->seed inside igraph's lock (actornet's engine seeds a generator of
 * its own), so the result depends only on the network, the options, the seed
 * and the engine (options->engine; AUTO picks it from the network's size).
 *
 * Edge betweenness with weights: igraph reads the weights as lengths for the
 * betweenness and as strengths for the modularity that picks the cut; use it
 * weighted only when both readings make sense.
 *
 * @param out  receives a new an_partition; NULL on failure.
 * @return AN_OK; AN_EMISUSE (NULL argument, options version mismatch);
 *         AN_EEMPTY (no nodes); AN_EINVAL (unknown method or objective, a
 *         parameter out of range, a bad policy, a negative weight — or zero
 *         where > 0 is needed); AN_ENOTFOUND / AN_ETYPE (bad weight column);
 *         AN_ELIMIT (edge betweenness above max_edges; the message suggests
 *         Leiden); AN_EALGORITHM (igraph failed); AN_ENOMEM.
 * Complexity: Leiden and Louvain about O(m) per pass; label propagation
 * O(m) per sweep; Infomap O(trials m log n) in practice; walktrap
 * O(m n^2) worst case, O(n^2 log n) typical; edge betweenness O(m^2 n).
 */
AN_API int an_network_communities(an_partition **out, const an_network *network,
                                  const an_community_options *options);

/** Free a partition. NULL is accepted. */
AN_API void an_partition_free(an_partition *partition);

/**
 * The engine an_network_communities() would run options->method on `network`
 * with: options->engine, or for AN_COMMUNITY_ENGINE_AUTO the one the
 * network's tie count picks (actornet's from AN_COMMUNITY_AUTO_ENGINE_TIES);
 * AN_COMMUNITY_ENGINE_IGRAPH for every method but Leiden and Louvain. Pin it
 * (options.engine = the result) to run a series of related networks (views,
 * periods, replicates of one network) on one engine.
 * @param options  NULL for AN_COMMUNITY_OPTIONS_INIT; version 2 reads as AUTO.
 * @return AN_COMMUNITY_ENGINE_IGRAPH or AN_COMMUNITY_ENGINE_ACTORNET; AN_EMISUSE
 *         (NULL network, options version mismatch) or AN_EINVAL (unknown
 *         engine), recorded. O(1).
 */
AN_API int an_community_engine_of(const an_network *network, const an_community_options *options);

#define AN_MODULARITY_OPTIONS_VERSION 2

typedef struct an_modularity_options {
    unsigned int version;   /**< AN_MODULARITY_OPTIONS_VERSION */
    an_edge_policy policy;  /**< direction, parallel ties, self-loops and weights (strengths, >= 0) */
    double resolution;      /**< gamma (default 1; >= 0) */
} an_modularity_options;

#define AN_MODULARITY_OPTIONS_INIT { AN_MODULARITY_OPTIONS_VERSION, AN_EDGE_POLICY_INIT, 1.0 }

/**
 * Modularity of a given partition (igraph_modularity):
 *   undirected  Q = 1/(2m) sum_ij (A_ij - gamma k_i k_j / (2m)) [c_i = c_j]
 *               (Newman & Girvan 2004; weighted: Newman 2004)
 *   directed    Q = 1/m sum_ij (A_ij - gamma k_i^out k_j^in / m) [c_i = c_j]
 *               (Leicht & Newman 2008)
 * NetworkX: networkx.algorithms.community.modularity(G, communities,
 * weight=..., resolution=gamma) gives the same numbers (directed formula for a
 * DiGraph, every parallel edge counted for a MultiGraph).
 *
 * Policy: AN_AS_STORED uses the directed formula when any tie is directed
 * (undirected ties as two opposite arcs), AN_AS_UNDIRECTED the undirected
 * one; parallel ties collapsed (weights summed) by default or kept; self-loops
 * dropped by default (kept, a loop adds 2 to its node's degree when
 * undirected, as NetworkX counts it).
 *
 * @param membership  node_count community ids, each >= 0 (any numbering).
 * @param options     NULL for the defaults.
 * @return AN_OK (*out is NaN when the graph has no ties, or all weights are
 *         0); AN_EMISUSE; AN_EEMPTY (no nodes); AN_EINVAL (negative id,
 *         negative weight or resolution, bad policy); AN_ENOTFOUND / AN_ETYPE
 *         (bad weight column); AN_ENOMEM. Complexity O(n + m).
 */
AN_API int an_network_modularity(double *out, const an_network *network, const int64_t *membership,
                                 const an_modularity_options *options);

/** How similar two partitions of the same nodes are. */
typedef struct an_partition_comparison {
    int64_t nodes;                      /**< nodes compared (those labelled in both partitions) */
    double nmi;                         /**< normalised mutual information, Danon et al. 2005:
                                             2 I(A;B) / (H(A) + H(B)); 1 when both are one community */
    double adjusted_rand;               /**< Hubert & Arabie 1985; 1 = identical, about 0 = chance */
    double rand;                        /**< Rand 1971 */
    double variation_of_information;    /**< Meila 2003, natural logarithm; 0 = identical */
    int64_t split_join_a;               /**< split-join distance of A from B (van Dongen 2000) */
    int64_t split_join_b;               /**< ... and of B from A; their sum is the distance */
} an_partition_comparison;

/**
 * Compare two partitions of the same n nodes (igraph_compare_communities,
 * igraph_split_join_distance); symmetric except for the split-join halves.
 * The ids need not be contiguous. A negative id marks a node as unlabelled
 * (e.g. a missing attribute value): such nodes are left out of the
 * comparison, in both partitions.
 * python-igraph: compare_communities(a, b, method="nmi" | "ari" | "vi" | "rand"),
 * split_join_distance(a, b).
 *
 * @return AN_OK; AN_EMISUSE (NULL argument); AN_EINVAL (n < 0); AN_EEMPTY
 *         (fewer than one node labelled in both; ARI and Rand need two, and
 *         are NaN with one); AN_ENOMEM. Complexity O(n log n).
 */
AN_API int an_partition_compare(an_partition_comparison *out, const int64_t *a, const int64_t *b, int64_t n);

/**
 * Read a node attribute as a partition: every distinct value is a category,
 * numbered 0..count-1 in order of first appearance; nodes whose value is
 * missing get -1 (left out by an_partition_compare()). Any column type:
 * strings compare byte for byte, numbers by value (so 1 and 1.0 in a real
 * column are the same category). Declared defaults count as values.
 *
 * @param out_membership  caller array of an_network_node_count() entries.
 * @param out_count       receives the number of categories (may be NULL).
 * @return AN_OK, AN_EMISUSE, AN_ENOTFOUND (no such node column), AN_ENOMEM.
 *         Complexity O(n) expected.
 */
AN_API int an_network_attribute_partition(int64_t *out_membership, int64_t *out_count, const an_network *network,
                                          const char *column);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_COMMUNITIES_H */
