/*
 * actornet/positions.h — roles, positions and statistical tests: what UCINET
 * and R's sna give analysts beyond centrality and communities.
 *
 *   matrices          a network (or one relation of it, or a node attribute)
 *                     as an n x n matrix, for the methods below and for QAP
 *   structural        distances between actors' tie profiles (sna::sedist),
 *   equivalence       hierarchical clustering into positions (sna::equiv.clust
 *                     with stats::hclust and cutree), CONCOR, and the
 *                     blockmodel image of a partition (sna::blockmodel)
 *   core–periphery    Borgatti & Everett's (1999) discrete and continuous
 *                     models, with their fit
 *   census            dyad census (MAN) and triad census (the 16 types)
 *   QAP               correlation (sna::qaptest with gcor), linear
 *                     (sna::netlm) and logistic (sna::netlogit) regression of
 *                     one network on others, with permutation tests
 *   CUG               conditional uniform graph tests of any scalar measure
 *                     (sna::cug.test), given size, edges or dyad census
 *   subgroups         maximal k-plexes (capped, like cliques) and Moody &
 *                     White's cohesive blocking
 *
 * How a network becomes a matrix. The methods that read a network take an
 * an_edge_policy (analysis.h) and read entry a_ij as follows: with the
 * default policy a_ij = 1 when there is a tie i -> j (an undirected tie, or
 * any tie under AN_AS_UNDIRECTED, counts both ways), else 0; with
 * policy.weight, a_ij is the tie's weight (parallel ties summed); under
 * AN_PARALLEL_KEEP without a weight, a_ij counts the parallel ties. The
 * diagonal a_ii is a self-loop and is only read where a method says "diag"
 * (and policy.self_loops keeps it). With policy.lens the method runs on the
 * lens's network (lens.h) and results keep the caller's node order: NaN rows,
 * columns and scores, and membership -1, for nodes the lens does not see.
 *
 * Dense methods (everything that builds an n x n matrix: structural
 * equivalence, CONCOR, blockmodels, core–periphery, QAP) refuse networks of
 * more than AN_DENSE_MAX_NODES nodes with AN_ELIMIT: an n x n matrix of
 * doubles is 200 MB at that size, and structural equivalence costs O(n^3).
 * The network-level ones (structural equivalence, positions, CONCOR,
 * blockmodels, core–periphery) also refuse, with AN_EINVAL naming it, a
 * relation without a single tie among the actors analysed (a misspelt
 * relation, or ties a lens hides): every actor would look alike.
 *
 * Randomness (QAP permutations, CUG graphs, core–periphery restarts) comes
 * from actornet's own seeded generator (xoshiro256**), so a seed gives the
 * same result on every platform. It is not R's generator: a p-value equals
 * sna's within the Monte Carlo error of the permutation count, never to the
 * digit; the statistics themselves equal sna's exactly.
 */
#ifndef ACTORNET_POSITIONS_H
#define ACTORNET_POSITIONS_H

#include "analysis.h"
#include "cohesion.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The largest network (nodes) a dense method accepts. */
#define AN_DENSE_MAX_NODES 5000

/** The seed every randomised method here uses when none is chosen. */
#define AN_POSITIONS_DEFAULT_SEED 20260521u

/* ==== matrices =========================================================== */

/** What a matrix built from a network holds (an_matrix_spec.kind). */
typedef enum an_matrix_kind {
    AN_MATRIX_TIES = 0,         /**< a_ij from the ties (see the file comment) */
    AN_MATRIX_SAME = 1,         /**< 1 when i and j have the same value of `attribute`
                                     (homophily), else 0; missing values never match */
    AN_MATRIX_DIFFERENCE = 2,   /**< |x_i - x_j| of a numeric `attribute` */
    AN_MATRIX_SENDER = 3,       /**< x_i (the sender's value) of a numeric `attribute` */
    AN_MATRIX_RECEIVER = 4      /**< x_j (the receiver's value) */
} an_matrix_kind;

#define AN_MATRIX_SPEC_VERSION 1

/** A matrix from a network. Initialise with AN_MATRIX_SPEC_INIT. */
typedef struct an_matrix_spec {
    unsigned int version;           /**< AN_MATRIX_SPEC_VERSION */
    int kind;                       /**< an_matrix_kind */
    const char *const *relations;   /**< TIES: only ties whose relation is one of these
                                         (NULL-terminated); NULL = every tie */
    const char *relation_column;    /**< edge column of the relation; NULL = "relation" */
    const char *attribute;          /**< node column for the attribute kinds */
    an_edge_policy policy;          /**< how ties are read (direction, parallel ties,
                                         self-loops, weight, lens) */
} an_matrix_spec;

#define AN_MATRIX_SPEC_INIT { AN_MATRIX_SPEC_VERSION, AN_MATRIX_TIES, NULL, NULL, NULL, AN_EDGE_POLICY_INIT }

/**
 * Fill `out` (n x n doubles, row-major: out[i * n + j], n the node count of
 * `reference` or, when reference is NULL, of `network`) with a matrix of
 * `network` as `spec` describes.
 *
 * With a reference network the rows and columns follow the reference's
 * nodes, matched by id: a node of the reference that `network` lacks is an
 * isolate (a row and column of zeros, as sna's add.isolates), and nodes of
 * `network` the reference lacks are left out. So two networks on the same
 * actors (two waves, two sources) give matrices that QAP can compare.
 *
 * Missing values: for the attribute kinds, a row and column of a node whose
 * value is missing are NaN (SAME: 0, a missing value simply matches nothing).
 * With spec->policy.lens, rows and columns of nodes the lens does not see
 * are NaN. The diagonal is 0 unless policy.self_loops keeps self-loops
 * (TIES) — for the attribute kinds it is the formula's value (SAME: 1).
 *
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong version); AN_EINVAL
 *         (unknown kind, no attribute for an attribute kind, a non-numeric
 *         attribute for DIFFERENCE/SENDER/RECEIVER, bad policy);
 *         AN_ENOTFOUND (no such column); AN_ETYPE; AN_ELIMIT (more than
 *         AN_DENSE_MAX_NODES nodes); AN_EEMPTY (a lens that keeps nothing);
 *         AN_ENOMEM. O(n^2 + m).
 */
AN_API int an_network_matrix(double *out, const an_network *network, const an_network *reference,
                             const an_matrix_spec *spec);

/* ==== structural equivalence ============================================ */

/** How two actors' tie profiles are compared (sna::sedist's `method`). */
typedef enum an_equivalence_measure {
    AN_SE_HAMMING = 0,      /**< sum |a - b| over the profiles (a distance) */
    AN_SE_CORRELATION = 1,  /**< Pearson correlation of the profiles (a similarity) */
    AN_SE_EUCLIDEAN = 2,    /**< sqrt(sum (a - b)^2) (a distance) */
    AN_SE_GAMMA = 3         /**< Goodman–Kruskal gamma: (agreements - disagreements) /
                                 (agreements + disagreements), a similarity */
} an_equivalence_measure;

#define AN_EQUIVALENCE_OPTIONS_VERSION 1

typedef struct an_equivalence_options {
    unsigned int version;           /**< AN_EQUIVALENCE_OPTIONS_VERSION */
    int measure;                    /**< an_equivalence_measure (default hamming) */
    int diag;                       /**< 1: self-ties are part of the profile (sna diag = TRUE);
                                         0 (default): they are not */
    const char *const *relations;   /**< NULL (default): all ties form one relation. A
                                         NULL-terminated list: one matrix per relation,
                                         profiles concatenated over them (sna's joint.analysis) */
    const char *relation_column;    /**< NULL = "relation" */
    an_edge_policy policy;          /**< AN_AS_UNDIRECTED is sna's mode = "graph" on the
                                         symmetrised matrix; weight: valued profiles */
} an_equivalence_options;

#define AN_EQUIVALENCE_OPTIONS_INIT \
    { AN_EQUIVALENCE_OPTIONS_VERSION, AN_SE_HAMMING, 0, NULL, NULL, AN_EDGE_POLICY_INIT }

/**
 * Structural equivalence (Lorrain & White 1971; Burt 1976): how alike two
 * actors' ties are, to and from everyone, whether or not they are tied to
 * each other — exactly sna::sedist (Butts). Actor i's profile is its row and
 * its column of each relation's matrix, (a_i1..a_in, a_1i..a_ni), for every
 * relation in turn. Comparing i with j, the positions k = i and k = j of
 * both halves are left out unless diag (they hold a self-tie of one of the
 * two, which sna marks missing), so with diag = 0 the comparison runs over
 * 2R(n - 2) entries for R relations.
 *
 * Hamming and Euclidean are distances (0 for identical profiles);
 * correlation and gamma are similarities (1 for identical profiles). A
 * correlation with a constant profile (an isolate) is undefined and, as in
 * sna's sedist, set to 0. The matrix is symmetric; its diagonal is 0 for
 * distances, 1 for similarities (0 for the correlation of a constant
 * profile, as in sedist).
 *
 * sna's `mode` argument has no effect in sedist (it always reads rows and
 * columns); here policy.direction decides whether the matrix is symmetrised
 * first, which equals sedist on the symmetric matrix.
 *
 * @param out  caller array of n x n doubles (row-major), NaN in the rows and
 *             columns of nodes outside a lens.
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (unknown measure, bad policy, an empty
 *         relation list); AN_ENOTFOUND (relation column); AN_ELIMIT (more than
 *         AN_DENSE_MAX_NODES nodes); AN_EEMPTY (no nodes); AN_ENOMEM.
 * Time O(R n^3), memory O(R n^2).
 */
AN_API int an_network_structural_equivalence(double *out, const an_network *network,
                                             const an_equivalence_options *options);

/**
 * The same on `count` caller matrices (n x n, row-major, finite values) of
 * one set of n actors: sedist(array of the matrices, method, joint.analysis
 * = TRUE when count > 1, diag). Errors as above (AN_EINVAL for n < 2,
 * count < 1 or a non-finite entry). Time O(count n^3).
 */
AN_API int an_structural_equivalence_matrices(double *out, const double *const *matrices, int64_t count,
                                              int64_t n, int measure, int diag);

/* ==== hierarchical clustering =========================================== */

/** Linkage criteria of stats::hclust (Lance & Williams 1967). */
typedef enum an_linkage {
    AN_LINKAGE_COMPLETE = 0,    /**< farthest pair (sna::equiv.clust's default) */
    AN_LINKAGE_SINGLE = 1,      /**< nearest pair */
    AN_LINKAGE_AVERAGE = 2,     /**< UPGMA: mean over pairs */
    AN_LINKAGE_MCQUITTY = 3,    /**< WPGMA */
    AN_LINKAGE_MEDIAN = 4,      /**< WPGMC (Gower); heights need not increase */
    AN_LINKAGE_CENTROID = 5,    /**< UPGMC; heights need not increase */
    AN_LINKAGE_WARD_D = 6,      /**< R's "ward.D" */
    AN_LINKAGE_WARD_D2 = 7      /**< R's "ward.D2" (Ward's criterion on squared distances) */
} an_linkage;

/** Number of linkage criteria. */
#define AN_LINKAGE_COUNT 8

/** R's name of a linkage ("complete", "single", "average", "mcquitty", "median",
 *  "centroid", "ward.D", "ward.D2"), or NULL. Static. O(1). */
AN_API const char *an_linkage_name(int linkage);

/** Look a linkage up by R's name. @return AN_OK, AN_EMISUSE, AN_EINVAL (unknown). O(1). */
AN_API int an_linkage_from_name(int *out, const char *name);

/**
 * A dendrogram: n - 1 merges. Merge s joins merge[2s] and merge[2s + 1],
 * each either a node (0 .. n-1) or the cluster made by an earlier merge t,
 * written n + t (SciPy's convention). Pairs are in R's order (a node before
 * a cluster; two nodes or two clusters ascending), so merge is R's
 * hclust()$merge with -i written i - 1 and +t written n + t - 1. height[s]
 * is the merge's height; order is R's hclust()$order (0-based), the leaf
 * order of a drawing. Owned by the caller: an_dendrogram_free().
 */
typedef struct an_dendrogram {
    int64_t node_count;     /**< n */
    int linkage;            /**< an_linkage */
    int64_t *merge;         /**< 2 (n - 1) entries */
    double *height;         /**< n - 1 entries */
    int64_t *order;         /**< n entries */
} an_dendrogram;

/**
 * Agglomerative hierarchical clustering of n objects from their
 * dissimilarities (n x n, row-major, symmetric; only the part above the
 * diagonal is read), exactly stats::hclust: Murtagh's nearest-neighbour list
 * algorithm with the Lance–Williams updates, ties broken as R breaks them
 * (the first pair in index order), so merges, heights and order equal R's.
 *
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (n < 2, unknown linkage, a NaN or
 *         infinite dissimilarity); AN_ELIMIT (n > 65536, R's limit too);
 *         AN_ENOMEM. Time O(n^2) per merge in the worst case (O(n^3)), usually
 *         close to O(n^2); memory O(n^2).
 */
AN_API int an_hierarchical_clustering(an_dendrogram **out, const double *dissimilarity, int64_t n, int linkage);

/** Free a dendrogram; NULL is accepted. */
AN_API void an_dendrogram_free(an_dendrogram *dendrogram);

/**
 * Cut a dendrogram into k clusters (stats::cutree(tree, k)): the clusters
 * after the first n - k merges, numbered 0 .. k-1 in order of their first
 * node (R numbers them 1 .. k the same way).
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (k < 1 or k > n). O(n).
 */
AN_API int an_dendrogram_cut(int64_t *out_membership, const an_dendrogram *dendrogram, int64_t k);

/**
 * Cut at height h (stats::cutree(tree, h = h)): every merge of height <= h
 * is made. *out_k receives the number of clusters (may be NULL).
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (h is NaN, or the heights do not
 *         increase — median and centroid linkage — which R refuses too). O(n).
 */
AN_API int an_dendrogram_cut_height(int64_t *out_membership, int64_t *out_k, const an_dendrogram *dendrogram,
                                    double h);

/* ==== positions: equivalence clustering, CONCOR, blockmodels ============= */

#define AN_POSITIONS_OPTIONS_VERSION 1

typedef struct an_positions_options {
    unsigned int version;                   /**< AN_POSITIONS_OPTIONS_VERSION */
    an_equivalence_options equivalence;     /**< the profiles and how they are compared */
    int linkage;                            /**< an_linkage (default complete) */
    int64_t positions;                      /**< k > 0: cut into k positions; 0 (default):
                                                 cut at `height`, or, when height < 0, at
                                                 the widest gap between successive merge
                                                 heights (see below) */
    double height;                          /**< a cut height >= 0 (0: only actors with
                                                 identical profiles share a position, for a
                                                 distance), or -1 (default): none */
} an_positions_options;

#define AN_POSITIONS_OPTIONS_INIT \
    { AN_POSITIONS_OPTIONS_VERSION, AN_EQUIVALENCE_OPTIONS_INIT, AN_LINKAGE_COMPLETE, 0, -1.0 }

/** Positions of a network's actors. Owned by the caller: an_positions_free(). */
typedef struct an_positions {
    int64_t node_count;         /**< nodes of the network */
    int64_t count;              /**< positions */
    int64_t *membership;        /**< node_count entries: 0 .. count-1, numbered by first node;
                                     -1 outside a lens */
    int64_t *sizes;             /**< count entries */
    double *distance;           /**< node_count^2: the structural equivalence matrix
                                     (an_network_structural_equivalence) */
    an_dendrogram *dendrogram;  /**< over the nodes the lens sees, in network order (NULL for
                                     CONCOR); its leaves are those nodes' ranks among them */
    double cut_height;          /**< the height cut at (NaN for CONCOR or a cut by count) */
} an_positions;

/**
 * Positions by structural equivalence — sna::equiv.clust then cutree: the
 * structural equivalence matrix (an_network_structural_equivalence), turned
 * into a dissimilarity (distances as they are; similarities — correlation,
 * gamma — negated, as equiv.clust's code.diss = TRUE), clustered with the
 * linkage (an_hierarchical_clustering), and cut.
 *
 * sna leaves the cut to the analyst. With positions = 0 and height < 0 the
 * cut is made where the dendrogram's successive merge heights jump the most
 * (the widest gap, a common rule of thumb; ties: the fewest positions),
 * never into fewer than 2 or more than n - 1 positions; set `positions` or
 * `height` to choose.
 *
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (bad options, positions > n, fewer
 *         than 3 nodes for the automatic cut); the errors of
 *         an_network_structural_equivalence() and an_hierarchical_clustering().
 * Time O(R n^3).
 */
AN_API int an_network_positions(an_positions **out, const an_network *network, const an_positions_options *options);

/** Free positions; NULL is accepted. */
AN_API void an_positions_free(an_positions *positions);

#define AN_CONCOR_OPTIONS_VERSION 1

typedef struct an_concor_options {
    unsigned int version;           /**< AN_CONCOR_OPTIONS_VERSION */
    int64_t depth;                  /**< splits: each level splits every position in two, so at
                                         most 2^depth positions (default 2) */
    int64_t max_iterations;         /**< correlations of correlations per split (default 50) */
    double cutoff;                  /**< converged when every |r| > cutoff (default 0.9999) */
    const char *const *relations;   /**< as an_equivalence_options (NULL: all ties) */
    const char *relation_column;    /**< NULL = "relation" */
    an_edge_policy policy;
} an_concor_options;

#define AN_CONCOR_OPTIONS_INIT \
    { AN_CONCOR_OPTIONS_VERSION, 2, 50, 0.9999, NULL, NULL, AN_EDGE_POLICY_INIT }

/**
 * CONCOR, convergence of iterated correlations (Breiger, Boorman & Arabie
 * 1975), as R's concoR (Slez) computes it: stack each relation's matrix and
 * its transpose ([A1; A1'; A2; A2'; ...], 2Rn rows), correlate the columns,
 * correlate the columns of the correlation matrix again until every |r|
 * exceeds the cutoff (or max_iterations), and split the actors by the sign
 * of their correlation with the position's first actor. Each of `depth`
 * levels splits every position of two or more actors again, correlating
 * only its own columns. Actors with a constant profile (isolates) cannot be
 * correlated: they form one extra position of their own, numbered last.
 * Positions are numbered by first node; the result has no dendrogram.
 * @return as an_network_positions() (AN_EINVAL for depth < 1,
 *         max_iterations < 1, cutoff outside (0, 1)). Time O(depth I n^3) for
 *         I iterations.
 */
AN_API int an_network_concor(an_positions **out, const an_network *network, const an_concor_options *options);

/** A blockmodel: the image of a partition. Owned by the caller: an_blockmodel_free(). */
typedef struct an_blockmodel {
    int64_t positions;          /**< k */
    int64_t relations;          /**< R matrices */
    int64_t *sizes;             /**< k entries: actors per position */
    double *density;            /**< R k k entries: density[(r k + a) k + b] is the mean of a_ij
                                     over i in position a, j in position b, i != j unless diag
                                     (sna::blockmodel's block.content = "density"); NaN for an
                                     empty block (a one-actor position without diag) */
    double *overall_density;    /**< R entries: the mean of a_ij over all cells read */
    int *image;                 /**< R k k entries: 1 when the block's density is at least the
                                     relation's overall density (the alpha-density criterion,
                                     Wasserman & Faust 1994, p. 400), else 0 */
    double *r_squared;          /**< R entries: squared correlation between a_ij and the density
                                     of its block over the cells read — the share of the ties'
                                     variance the image explains (NaN when undefined) */
} an_blockmodel;

/**
 * The blockmodel of a partition of the network (sna::blockmodel with
 * block.content = "density"), one image per relation.
 * @param membership  node_count entries, 0 .. k-1 (k = max + 1); -1 leaves a
 *                    node out (e.g. outside a lens).
 * @param relations   NULL: all ties as one relation; else NULL-terminated.
 * @param policy      how ties are read; NULL = AN_EDGE_POLICY_INIT. Its lens, if
 *                    any, must see every node with a position.
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (no node with a position, a membership
 *         >= node_count, a node with a position outside the lens); the errors
 *         of an_network_matrix(). Time O(R n^2).
 */
AN_API int an_network_blockmodel(an_blockmodel **out, const an_network *network, const int64_t *membership,
                                 const char *const *relations, const char *relation_column, int diag,
                                 const an_edge_policy *policy);

/**
 * The same on `count` caller matrices of n actors (membership: n entries,
 * -1 leaves an actor out). Errors as above. Time O(count n^2).
 */
AN_API int an_blockmodel_matrices(an_blockmodel **out, const double *const *matrices, int64_t count, int64_t n,
                                  const int64_t *membership, int diag);

/** Free a blockmodel; NULL is accepted. */
AN_API void an_blockmodel_free(an_blockmodel *blockmodel);

/* ==== core–periphery ===================================================== */

/** Borgatti & Everett's two models. */
typedef enum an_core_periphery_model {
    AN_CP_DISCRETE = 0,     /**< a partition into core and periphery */
    AN_CP_CONTINUOUS = 1    /**< a coreness score per actor */
} an_core_periphery_model;

#define AN_CORE_PERIPHERY_OPTIONS_VERSION 1

typedef struct an_core_periphery_options {
    unsigned int version;       /**< AN_CORE_PERIPHERY_OPTIONS_VERSION */
    int model;                  /**< an_core_periphery_model (default discrete) */
    double between_density;     /**< discrete: the ideal value (0 .. 1) of core–periphery
                                     cells; -1 (default) leaves them out of the fit (UCINET's
                                     default, "missing") */
    int64_t restarts;           /**< discrete: random starting partitions besides the degree
                                     ones (default 20) */
    uint64_t seed;              /**< for the restarts */
    int64_t max_iterations;     /**< continuous: sweeps (default 1000) */
    double tolerance;           /**< continuous: converged when no score moves by more than
                                     tolerance x the largest (default 1e-10) */
    an_edge_policy policy;
} an_core_periphery_options;

#define AN_CORE_PERIPHERY_OPTIONS_INIT \
    { AN_CORE_PERIPHERY_OPTIONS_VERSION, AN_CP_DISCRETE, -1.0, 20, AN_POSITIONS_DEFAULT_SEED, 1000, \
      1e-10, AN_EDGE_POLICY_INIT }

/** A core–periphery fit. Owned by the caller: an_core_periphery_free(). */
typedef struct an_core_periphery {
    int64_t node_count;
    int model;                  /**< an_core_periphery_model */
    double fit;                 /**< Pearson correlation between a_ij and the ideal pattern,
                                     over the cells i != j it covers (NaN when undefined,
                                     e.g. without ties) */
    int64_t core_size;
    int *core;                  /**< node_count entries: 1 core, 0 periphery, -1 outside a lens */
    double *coreness;           /**< node_count entries: continuous c_i; discrete 1/0; NaN
                                     outside a lens */
    double density[4];          /**< mean a_ij of the blocks core->core, core->periphery,
                                     periphery->core, periphery->periphery (NaN when empty) */
    int64_t iterations;         /**< local-search moves (discrete) or sweeps (continuous) */
    int converged;              /**< continuous: 1 if the tolerance was met (discrete: 1) */
} an_core_periphery;

/**
 * Core–periphery structure (Borgatti & Everett 1999, "Models of
 * core/periphery structures", Social Networks 21: 375-395), as UCINET's
 * Network > Core/Periphery defines it.
 *
 * Discrete: find the core C that maximises the correlation between a_ij and
 * the ideal pattern d_ij = 1 when both i and j are in the core, 0 when both
 * are in the periphery, over the ordered pairs i != j; core–periphery cells
 * are left out (between_density -1, UCINET's "missing") or set to
 * between_density. The core and the periphery have at least 2 actors each
 * (the correlation is undefined otherwise). UCINET searches with a genetic
 * algorithm; here: steepest-ascent single-actor moves from the best
 * "top-k actors by degree" partition and from `restarts` seeded random
 * partitions, keeping the best. The optimum is not guaranteed (nor is
 * UCINET's); on small networks it is checked against exhaustive search.
 *
 * Continuous: the coreness vector c minimising sum over i != j of
 * (a_ij - c_i c_j)^2 (UCINET's Continuous routine: "c c' as close as
 * possible to the data"), by coordinate descent from the degrees; for
 * directed data this is the fit to (a_ij + a_ji) / 2. c is signed so that
 * it sums to >= 0 and is not rescaled (c_i c_j estimates a_ij). fit is the
 * correlation of a_ij with c_i c_j over i != j. core is the k actors with
 * the highest c_i for the k that maximises the correlation between c and
 * the indicator of those k (UCINET's "correlation" concentration measure).
 *
 * Weights (policy.weight) make the data valued; both models read them as
 * they are. Parallel ties collapse, self-loops are never read.
 *
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (unknown model, restarts < 0,
 *         max_iterations < 1, tolerance <= 0, a between_density outside
 *         [0, 1] other than -1,
 *         fewer than 4 nodes for the discrete model or 2 for the continuous
 *         one); the errors of an_network_matrix(). Time: discrete
 *         O((restarts + n) n^2) in practice; continuous O(iterations n^2).
 */
AN_API int an_network_core_periphery(an_core_periphery **out, const an_network *network,
                                     const an_core_periphery_options *options);

/** The same on a caller matrix (n x n, row-major, finite). */
AN_API int an_core_periphery_matrix(an_core_periphery **out, const double *matrix, int64_t n,
                                    const an_core_periphery_options *options);

/** Free a core–periphery fit; NULL is accepted. */
AN_API void an_core_periphery_free(an_core_periphery *core_periphery);

/* ==== dyad and triad census ============================================== */

/** The dyad census: mutual, asymmetric and null pairs (Holland & Leinhardt 1970). */
typedef enum an_dyad_type {
    AN_DYAD_MUTUAL = 0,
    AN_DYAD_ASYMMETRIC = 1,
    AN_DYAD_NULL = 2
} an_dyad_type;

/** The 16 triad types in MAN notation, in the order of sna::triad.census and igraph. */
typedef enum an_triad_type {
    AN_TRIAD_003 = 0, AN_TRIAD_012 = 1, AN_TRIAD_102 = 2, AN_TRIAD_021D = 3,
    AN_TRIAD_021U = 4, AN_TRIAD_021C = 5, AN_TRIAD_111D = 6, AN_TRIAD_111U = 7,
    AN_TRIAD_030T = 8, AN_TRIAD_030C = 9, AN_TRIAD_201 = 10, AN_TRIAD_120D = 11,
    AN_TRIAD_120U = 12, AN_TRIAD_120C = 13, AN_TRIAD_210 = 14, AN_TRIAD_300 = 15
} an_triad_type;

#define AN_TRIAD_TYPES 16

/** The MAN name of a triad type ("003" ... "300"), or NULL. Static. O(1). */
AN_API const char *an_triad_type_name(int type);

/** The name of a dyad type ("mutual", "asymmetric", "null"), or NULL. Static. O(1). */
AN_API const char *an_dyad_type_name(int type);

/**
 * The dyad census (igraph_dyad_census; sna::dyad.census): out[AN_DYAD_*]
 * counts the unordered pairs of distinct actors joined both ways, one way,
 * or not at all. An undirected tie is mutual; parallel ties count once;
 * self-loops are never read. With AN_AS_UNDIRECTED every tie is mutual.
 * With a lens: the pairs of the actors it sees.
 * @return AN_OK; AN_EMISUSE; AN_EINVAL / AN_ENOTFOUND / AN_ETYPE (bad
 *         policy); AN_EEMPTY (a lens that keeps nothing); AN_ENOMEM. O(n + m).
 */
AN_API int an_network_dyad_census(int64_t out[3], const an_network *network, const an_edge_policy *policy);

/**
 * The triad census (Davis & Leinhardt 1972; Holland & Leinhardt 1976):
 * out[AN_TRIAD_*] counts the unordered triples of distinct actors by the
 * isomorphism class of the ties among them, named M-A-N (mutual, asymmetric,
 * null dyads) plus D(own), U(p), C(yclic), T(ransitive) (igraph_triad_census;
 * sna::triad.census; nx.triadic_census). Ties are read as for
 * an_network_dyad_census(), so an undirected network has only 003, 102, 201
 * and 300 triads. The counts sum to n (n-1) (n-2) / 6, exactly: the empty
 * triads (003) are that total less the others, in 64-bit integers, so more
 * than 3,810,000 actors (where the total overflows) give AN_ELIMIT.
 * @return as an_network_dyad_census(), plus AN_ELIMIT. Time as igraph: about
 *         O(n + m d) for maximum degree d.
 */
AN_API int an_network_triad_census(int64_t out[AN_TRIAD_TYPES], const an_network *network,
                                   const an_edge_policy *policy);

/* ==== QAP: network correlation and regression =========================== */

/** The null hypotheses of sna::netlm / netlogit (nullhyp). */
typedef enum an_qap_null {
    AN_QAP_SEMIPARTIAL = 0, /**< "qap" = "qapspp": Dekker, Krackhardt & Snijders (2007)
                                 semi-partialling: each predictor's residual on the others
                                 is permuted (default; sna's default) */
    AN_QAP_Y = 1,           /**< "qapy": the dependent matrix is permuted */
    AN_QAP_X = 2,           /**< "qapx": each predictor permuted in turn */
    AN_QAP_ALL_X = 3,       /**< "qapallx": all predictors permuted together */
    AN_QAP_CLASSICAL = 4    /**< "classical": no permutations; Student t p-values with the
                                 residual degrees of freedom (as sna, also for netlogit) */
} an_qap_null;

/** The statistic whose null distribution is built (sna's test.statistic). */
typedef enum an_qap_statistic {
    AN_QAP_T = 0,           /**< t-value (netlm) or z-value (netlogit): coefficient / se */
    AN_QAP_BETA = 1         /**< the coefficient itself */
} an_qap_statistic;

#define AN_QAP_OPTIONS_VERSION 1

typedef struct an_qap_options {
    unsigned int version;       /**< AN_QAP_OPTIONS_VERSION */
    int64_t permutations;       /**< sna's reps (default 1000); >= 1 unless classical */
    uint64_t seed;
    int null_hypothesis;        /**< an_qap_null (regression only) */
    int statistic;              /**< an_qap_statistic (regression only) */
    int directed;               /**< 1 (default): every ordered pair i != j is an observation
                                     (sna mode = "digraph"); 0: each unordered pair once, from
                                     the lower triangle (mode = "graph") */
    int diag;                   /**< 1: the diagonal cells are observations too (default 0) */
    int intercept;              /**< regression: 1 (default) adds an intercept term */
    double tolerance;           /**< QR rank tolerance (default 1e-7, R's qr()) */
} an_qap_options;

#define AN_QAP_OPTIONS_INIT \
    { AN_QAP_OPTIONS_VERSION, 1000, AN_POSITIONS_DEFAULT_SEED, AN_QAP_SEMIPARTIAL, AN_QAP_T, 1, 0, 1, 1e-7 }

/** A QAP correlation test. Owned by the caller: an_qap_correlation_free(). */
typedef struct an_qap_correlation_result {
    double correlation;         /**< Pearson correlation of the observations (sna::gcor) */
    int64_t observations;       /**< cells compared */
    int64_t permutations;
    double p_greater;           /**< share of permutations with r >= observed (sna's pgreq) */
    double p_less;              /**< share with r <= observed (pleeq) */
    double p_two_sided;         /**< share with |r| >= |observed| */
    double *distribution;       /**< `permutations` correlations of the permuted matrices */
} an_qap_correlation_result;

/**
 * QAP correlation (Krackhardt 1987; Hubert 1987): the correlation of two
 * networks on the same actors over the cells i != j (plus the diagonal with
 * diag; only i > j when not directed), and its permutation distribution:
 * the rows and columns of x are permuted together, uniformly, `permutations`
 * times — sna's qaptest(list(y, x), gcor, g1 = 1, g2 = 2, reps). sna counts
 * the permutations without the observed one: so do we.
 *
 * Missing actors: an actor whose row and column are entirely NaN in either
 * matrix (outside a lens, see an_network_matrix) is left out of the test;
 * any other NaN is AN_EINVAL.
 *
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (n < 3 actors left, permutations < 1,
 *         a stray NaN or infinity, a constant matrix: r undefined); AN_ENOMEM.
 * Time O(permutations n^2).
 */
AN_API int an_qap_correlation(an_qap_correlation_result **out, const double *y, const double *x, int64_t n,
                              const an_qap_options *options);

/** Free a correlation test; NULL is accepted. */
AN_API void an_qap_correlation_free(an_qap_correlation_result *result);

/** Which regression (an_qap_regression.model). */
typedef enum an_qap_model {
    AN_QAP_LINEAR = 0,      /**< ordinary least squares: sna::netlm */
    AN_QAP_LOGISTIC = 1     /**< logistic (IRLS, as R's glm.fit): sna::netlogit */
} an_qap_model;

/** A QAP regression. Owned by the caller: an_qap_regression_free(). */
typedef struct an_qap_regression {
    int model;                  /**< an_qap_model */
    int null_hypothesis;        /**< the one used (sna falls back to AN_QAP_Y with one term) */
    int statistic;              /**< an_qap_statistic */
    int intercept;              /**< 1: term 0 is the intercept */
    int64_t terms;              /**< predictors + intercept */
    int64_t observations;       /**< cells */
    int64_t rank;               /**< rank of the design matrix */
    int64_t permutations;       /**< 0 for the classical test */
    double *coefficients;       /**< terms entries (NaN for a term aliased by collinearity) */
    double *std_errors;         /**< terms entries */
    double *statistics;         /**< terms entries: t- (z-) values, or the coefficients with
                                     AN_QAP_BETA */
    double *p_less;             /**< terms entries: share of the null distribution <= observed
                                     (sna's pleeq) */
    double *p_greater;          /**< ... >= observed (pgreq) */
    double *p_two_sided;        /**< ... |.| >= |observed| (pgreqabs) */
    double *distribution;       /**< permutations x terms, row-major: the null distribution of
                                     each term's statistic (NULL for the classical test) */
    /* linear */
    double r_squared;           /**< as summary.lm / summary.netlm */
    double adjusted_r_squared;
    double residual_standard_error;
    double f_statistic;         /**< on (rank - intercept, df_residual) degrees of freedom */
    int64_t df_residual;
    /* logistic */
    double deviance;
    double null_deviance;
    double aic;                 /**< deviance + 2 rank */
    double bic;                 /**< deviance + rank log(observations), as sna */
    int64_t iterations;         /**< IRLS iterations of the observed fit */
    int converged;              /**< 1 if the observed fit converged (R's glm.fit criterion) */
} an_qap_regression;

/**
 * QAP linear regression (Krackhardt 1988; Dekker, Krackhardt & Snijders
 * 2007): y_ij = b0 + b1 x1_ij + ... + e_ij over the observations (cells as
 * for an_qap_correlation), least squares by Householder QR with R's rank
 * tolerance, and each term's statistic compared with its distribution under
 * the null hypothesis — exactly sna::netlm(y, list(x...), intercept, mode,
 * diag, nullhyp, test.statistic, tol, reps): the same statistics and, given
 * the same permutations, the same distributions. The permutations follow
 * sna's order of draws (for "qap": term by term; "qapx" composes each
 * term's successive permutations, as sna does). A permutation whose refit is
 * undefined (NaN: the permutation made the design rank-deficient) is left
 * out of the p-values, where sna would return NA.
 *
 * @param x           `predictors` matrices (n x n each).
 * @param predictors  >= 1 (sna needs one).
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (no predictor, fewer observations
 *         than terms, n < 3 actors left, a stray NaN (see
 *         an_qap_correlation), unknown null hypothesis or statistic,
 *         permutations < 1 with a permutation test, tolerance <= 0);
 *         AN_ENOMEM. Time O(permutations x terms x N p^2) for N cells and p
 *         terms ("qap", "qapx"); the others a factor `terms` less.
 */
AN_API int an_qap_linear(an_qap_regression **out, const double *y, const double *const *x, int64_t predictors,
                         int64_t n, const an_qap_options *options);

/**
 * QAP logistic regression: sna::netlogit, with y read as 0/1 (any non-zero
 * entry is a tie), the logit fit by iteratively reweighted least squares
 * exactly as R's glm.fit (starting values, convergence |dev - dev_old| /
 * (|dev| + 0.1) < 1e-8, at most 25 iterations) and standard errors from the
 * last weighted QR, so coefficients, z-values, deviances, AIC and BIC equal
 * R's. Null hypotheses, permutations and errors as an_qap_linear(); each
 * permutation refits the logit. Time: that of an_qap_linear() times the IRLS
 * iterations (typically 4-8).
 */
AN_API int an_qap_logistic(an_qap_regression **out, const double *y, const double *const *x, int64_t predictors,
                           int64_t n, const an_qap_options *options);

/** Free a regression; NULL is accepted. */
AN_API void an_qap_regression_free(an_qap_regression *regression);

/** sna's name of a null hypothesis ("qap", "qapy", "qapx", "qapallx", "classical") or NULL. */
AN_API const char *an_qap_null_name(int null_hypothesis);

/** Look a null hypothesis up by sna's name ("qapspp" is "qap"). @return AN_OK, AN_EMISUSE, AN_EINVAL. */
AN_API int an_qap_null_from_name(int *out, const char *name);

/* ==== CUG tests ========================================================== */

/** What the uniform graphs of a CUG test hold fixed (sna's cmode). */
typedef enum an_cug_condition {
    AN_CUG_EDGES = 0,       /**< size and number of ties: G(n, m) (default; sna "edges") */
    AN_CUG_SIZE = 1,        /**< size only: every tie with probability 1/2 (sna "size") */
    AN_CUG_DYAD_CENSUS = 2  /**< size and the dyad census: U|MAN (sna "dyad.census") */
} an_cug_condition;

/**
 * A scalar statistic of a network: store it in *out and return AN_OK, or
 * return a negative status to stop the test (it is passed on). NaN is an
 * allowed value (e.g. reciprocity without ties): such replicates are
 * counted in an_cug_result.undefined and left out of the p-values.
 */
typedef int (*an_cug_statistic_fn)(double *out, const an_network *graph, void *data);

#define AN_CUG_OPTIONS_VERSION 1

typedef struct an_cug_options {
    unsigned int version;       /**< AN_CUG_OPTIONS_VERSION */
    int condition;              /**< an_cug_condition (default edges) */
    int64_t replicates;         /**< sna's reps (default 1000) */
    uint64_t seed;
    an_edge_policy policy;      /**< how the observed network is read (direction, lens;
                                     parallel ties always collapse, self-loops always drop) */
} an_cug_options;

#define AN_CUG_OPTIONS_INIT \
    { AN_CUG_OPTIONS_VERSION, AN_CUG_EDGES, 1000, AN_POSITIONS_DEFAULT_SEED, AN_EDGE_POLICY_INIT }

/** A CUG test. Owned by the caller: an_cug_result_free(). */
typedef struct an_cug_result {
    int condition;
    int directed;               /**< 1 if the graphs were directed */
    int64_t nodes, ties;        /**< of the observed graph (ties: arcs when directed) */
    double observed;            /**< the statistic of the observed graph */
    int64_t replicates;
    int64_t undefined;          /**< replicates whose statistic was NaN */
    double p_greater;           /**< Pr(X >= observed) over the defined replicates (sna's
                                     pgteobs); NaN when the observed value is NaN */
    double p_less;              /**< Pr(X <= observed) (plteobs) */
    double mean, sd;            /**< of the defined replicate values */
    double *values;             /**< `replicates` values, NaN where undefined */
} an_cug_result;

/**
 * A conditional uniform graph test (Anderson, Butts & Carley 1999; sna's
 * cug.test with ignore.eval = TRUE, diag = FALSE): is the statistic of the
 * observed network unusual among uniformly drawn graphs of the same size
 * (and number of ties, or dyad census)?
 *
 * The observed network is first read as a plain graph: the network under
 * options->policy (direction, lens), parallel ties collapsed, self-loops
 * dropped, no attributes — the statistic sees a new network with the same
 * node ids and those ties, directed when the analysis is (and each replicate
 * is a network like it). Replicates: AN_CUG_SIZE, each possible tie present
 * with probability 1/2 (sna's rgraph, tprob 0.5); AN_CUG_EDGES, a uniformly
 * chosen set of exactly m ties (rgnm); AN_CUG_DYAD_CENSUS, the mutual,
 * asymmetric and null dyads of the observed graph assigned to the pairs
 * uniformly, each asymmetric dyad's direction by a fair coin (rguman,
 * method "exact"). Undirected graphs: edges among unordered pairs.
 *
 * @return AN_OK; AN_EMISUSE (NULL network or statistic, wrong version);
 *         AN_EINVAL (unknown condition, replicates < 1, bad policy); AN_EEMPTY
 *         (no nodes); the statistic's own error; AN_ENOMEM.
 * Time O(replicates (n + m + the statistic's cost)).
 */
AN_API int an_cug_test(an_cug_result **out, const an_network *network, an_cug_statistic_fn statistic, void *data,
                       const an_cug_options *options);

/**
 * The statistic by name, for the command line and scripts. Names:
 *   density, reciprocity, transitivity, average_clustering, mean_distance,
 *   diameter, components (weak), largest_component (share of nodes),
 *   mutual, asymmetric (dyad census counts),
 *   triad_003 ... triad_300 (triad census counts, e.g. triad_030T),
 *   centralization_degree, centralization_in_degree,
 *   centralization_out_degree, centralization_betweenness,
 *   centralization_closeness (Freeman; centrality.h)
 * — each as its own function computes it on the plain graph.
 * @return as an_cug_test(); AN_EINVAL for an unknown name (the message lists
 *         the names).
 */
AN_API int an_cug_test_measure(an_cug_result **out, const an_network *network, const char *measure,
                               const an_cug_options *options);

/** The value of a named statistic (an_cug_test_measure) on `network` as it is, with the default
 *  edge policy — what the test computes on each of its plain graphs. */
AN_API int an_cug_measure(double *out, const an_network *network, const char *measure);

/** The statistic names an_cug_test_measure() knows, NULL-terminated (static). */
AN_API const char *const *an_cug_measure_names(void);

/** Free a CUG test; NULL is accepted. */
AN_API void an_cug_result_free(an_cug_result *result);

/** sna's name of a condition ("edges", "size", "dyad.census") or NULL. */
AN_API const char *an_cug_condition_name(int condition);

/* ==== cohesive subgroups: k-plexes and cohesive blocks =================== */

#define AN_KPLEX_OPTIONS_VERSION 1

typedef struct an_kplex_options {
    unsigned int version;   /**< AN_KPLEX_OPTIONS_VERSION */
    int64_t k;              /**< every member is tied to all but at most k - 1 others
                                 (k = 1: cliques; default 2) */
    int64_t min_size;       /**< smallest k-plex reported; 0 (default) = max(k + 2, 2k - 1),
                                 from which size on a k-plex is connected with diameter <= 2
                                 (Seidman & Foster 1978) */
    int64_t max_plexes;     /**< stop after this many k-plexes, or after 1000 search steps per
                                 k-plex wanted, and set `truncated` (default 10000; >= 1) */
    an_edge_policy policy;  /**< only validity, self_loops and lens matter: always undirected
                                 and simple */
} an_kplex_options;

#define AN_KPLEX_OPTIONS_INIT { AN_KPLEX_OPTIONS_VERSION, 2, 0, 10000, AN_EDGE_POLICY_INIT }

/**
 * Maximal k-plexes (Seidman & Foster 1978): node sets S in which every
 * member is adjacent to at least |S| - k members of S, not contained in a
 * larger such set, of at least min_size nodes. A k-plex relaxes a clique
 * (a 1-plex) so that a missing report of one tie does not hide a group.
 *
 * Read undirected and simple like an_network_maximal_cliques(). The search
 * first removes actors with fewer than min_size - k neighbours, repeatedly
 * (they cannot be in a k-plex that large), then enumerates maximal k-plexes
 * with a Bron–Kerbosch search for hereditary properties (Wu & Pei 2007;
 * not in igraph). The result has the layout of an_cliques (cohesion.h;
 * free with an_cliques_free()): sorted by size, largest first, then by node
 * indices; `truncated` says the search stopped early (max_plexes): more
 * k-plexes may exist and those returned are the first found. The number of
 * maximal k-plexes can grow exponentially with n.
 *
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (k < 1, min_size < 0, max_plexes < 1,
 *         bad policy); AN_EEMPTY (a lens that keeps nothing); AN_ENOMEM.
 * Time exponential in the worst case; bounded by max_plexes.
 */
AN_API int an_network_kplexes(an_cliques **out, const an_network *network, const an_kplex_options *options);

/** Cohesive blocks. Owned by the caller: an_cohesive_blocks_free(). */
typedef struct an_cohesive_blocks {
    int64_t node_count;     /**< nodes of the network */
    int64_t count;          /**< blocks, the whole network (block 0) included */
    int64_t *offsets;       /**< count + 1 entries: block b is nodes[offsets[b] .. offsets[b+1]) */
    int64_t *nodes;         /**< node indices, ascending within each block */
    int64_t *cohesion;      /**< count entries: the block's vertex connectivity */
    int64_t *parent;        /**< count entries: the enclosing block, -1 for block 0 */
    int64_t *max_cohesion;  /**< node_count entries: the highest cohesion of a block holding
                                 the node (-1 outside a lens) */
} an_cohesive_blocks;

/**
 * Moody & White's (2003) cohesive blocking, "Structural cohesion and
 * embeddedness": the nested hierarchy of k-cohesive blocks — maximal
 * subgroups that stay connected unless k actors are removed — each block
 * reported when its cohesion exceeds its parent's (igraph_cohesive_blocks;
 * python-igraph's Graph.cohesive_blocks(); R igraph's cohesive_blocks). Read
 * undirected and simple, self-loops dropped. Blocks are in igraph's order
 * (a parent before its children).
 * @return AN_OK; AN_EMISUSE; AN_EINVAL (bad policy); AN_EEMPTY (no nodes, or a
 *         lens that keeps nothing); AN_ENOMEM; AN_EALGORITHM.
 * Time: a vertex-connectivity computation per candidate block, about
 * O(n^2 m) and more in the worst case — keep it to networks of hundreds to
 * a few thousand actors.
 */
AN_API int an_network_cohesive_blocks(an_cohesive_blocks **out, const an_network *network,
                                      const an_edge_policy *policy);

/** Free cohesive blocks; NULL is accepted. */
AN_API void an_cohesive_blocks_free(an_cohesive_blocks *blocks);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_POSITIONS_H */
