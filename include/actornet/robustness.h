/*
 * actornet/robustness.h — which conclusions survive doubtful or missing evidence.
 *
 * Dark-network data are incomplete and partly hearsay. Two checks, both
 * seeded and reproducible:
 *
 *  (a) Stated evidence only: the analysis is rerun on the view that keeps
 *      only the ties whose confidence column (default `confidence`) holds one
 *      of the trusted levels (default {"stated"}); every node stays.
 *  (b) Tie dropout (a bootstrap of the evidence, in the spirit of Borgatti,
 *      Carley & Krackhardt 2006 "On the robustness of centrality measures
 *      under conditions of imperfect data"): B replicates, in each of which
 *      every tie (every edge of the file, so a tie reported by two sources is
 *      two chances to survive) is dropped independently with probability p;
 *      the analysis is rerun on what remains.
 *
 * Rankings. Ranks are fractional ("1 2.5 2.5 4"): rank 1 is the highest
 * score, tied scores share the mean of their positions, NaN scores rank
 * last (sharing their mean position). For each actor the result gives its
 * rank on the full data, on stated ties only, its mean rank over the
 * replicates, the interval between the (1-level)/2 and (1+level)/2 quantiles
 * of its replicate ranks (linear interpolation between order statistics,
 * numpy's default; level 0.9 gives the 5th and 95th percentiles), and how
 * often it was in the top k.
 *
 * Partitions. The full-data partition is compared with the stated-only one
 * and with each replicate's by normalised mutual information (Danon et al.
 * 2005, an_partition_compare()); the result gives the stated NMI, the mean
 * replicate NMI and its quantile interval, and for each actor its stability:
 * the fraction of replicates in which its community overlaps its full-data
 * community with a Jaccard index of at least 1/2 (it kept most of its
 * companions and gained few new ones).
 *
 * Cost: (B + 2) runs of the analysis plus O(B (n + m)) for the views.
 * The generator is actornet's own (xoshiro256**), independent of igraph's.
 */
#ifndef ACTORNET_ROBUSTNESS_H
#define ACTORNET_ROBUSTNESS_H

#include "centrality.h"
#include "communities.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_ROBUSTNESS_OPTIONS_VERSION 2

typedef struct an_robustness_options {
    unsigned int version;           /**< AN_ROBUSTNESS_OPTIONS_VERSION */
    int64_t replicates;             /**< B, default 200; 0 skips the dropout check */
    double dropout;                 /**< p in [0, 1), default 0.2 */
    double level;                   /**< interval level in (0, 1), default 0.9 */
    int64_t top_k;                  /**< k for the top-k frequency, default 10 */
    uint64_t seed;                  /**< default 1 */
    const char *confidence_column;  /**< default NULL = "confidence" */
    const char *const *trusted;     /**< NULL-terminated trusted levels; NULL = {"stated"} */
    an_centrality_options centrality; /**< for rankings */
    an_community_options communities; /**< for partitions */
} an_robustness_options;

#define AN_ROBUSTNESS_OPTIONS_INIT \
    { AN_ROBUSTNESS_OPTIONS_VERSION, 200, 0.2, 0.9, 10, 1, NULL, NULL, AN_CENTRALITY_OPTIONS_INIT, \
      AN_COMMUNITY_OPTIONS_INIT }

/** How stable a centrality ranking is. Arrays have node_count entries, in node order.
 *  Owned by the caller; free with an_rank_robustness_free(). */
typedef struct an_rank_robustness {
    int64_t node_count;
    int64_t replicates;     /**< replicates run (B) */
    int measure;            /**< the an_centrality_measure */
    double *score;          /**< full-data score */
    double *rank;           /**< full-data rank (1 = top) */
    int has_stated;         /**< 0 when the network has no confidence column: stated_* are NaN */
    int64_t stated_edges;   /**< ties kept in the stated-only view */
    double *stated_score;
    double *stated_rank;
    double *mean_rank;      /**< over replicates; NaN when B = 0 */
    double *rank_low;       /**< lower end of the central `level` interval of the replicate ranks:
                                 a rank that occurred, not interpolated (numpy percentile
                                 method "lower"), so "rank 3-6", never "3-5.05" */
    double *rank_high;      /**< upper end (method "higher") */
    double *top_k_share;    /**< fraction of replicates with rank <= top_k */
} an_rank_robustness;

/**
 * Check how robust a centrality ranking is (see the file comment).
 * @param out      receives the result; NULL on failure.
 * @param measure  an an_centrality_measure (its options are options->centrality).
 * @param options  NULL for AN_ROBUSTNESS_OPTIONS_INIT.
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong version); AN_EEMPTY (no
 *         nodes); AN_EINVAL (dropout, level or top_k out of range, negative
 *         replicates); the errors of an_centrality_compute(); AN_ENOMEM.
 * Time: (B + 2) x the measure's time + O(B (n log n + m)).
 */
AN_API int an_robustness_ranking(an_rank_robustness **out, const an_network *network, int measure,
                                 const an_robustness_options *options);

/** Free a ranking result. NULL is accepted. */
AN_API void an_rank_robustness_free(an_rank_robustness *result);

/** How stable a community partition is. Owned by the caller; free with
 *  an_partition_robustness_free(). */
typedef struct an_partition_robustness {
    int64_t node_count;
    int64_t replicates;
    an_partition *full;         /**< the full-data partition */
    int has_stated;             /**< 0 when there is no confidence column */
    an_partition *stated;       /**< the stated-only partition, or NULL */
    double stated_nmi;          /**< NMI(full, stated); NaN without stated */
    double mean_nmi;            /**< mean NMI(full, replicate); NaN when B = 0 */
    double nmi_low, nmi_high;   /**< quantile interval of the replicate NMIs */
    double *stability;          /**< node_count entries: share of replicates in which the node's
                                     community has Jaccard >= 1/2 with its full-data community;
                                     NaN when B = 0 */
} an_partition_robustness;

/**
 * Check how robust the community partition of options->communities is.
 * @return as an_robustness_ranking(), with the errors of an_network_communities().
 * Time: (B + 2) x the method's time + O(B n) for the comparisons, plus
 * O(B n) expected for the stability shares.
 */
AN_API int an_robustness_partition(an_partition_robustness **out, const an_network *network,
                                   const an_robustness_options *options);

/** Free a partition result. NULL is accepted. */
AN_API void an_partition_robustness_free(an_partition_robustness *result);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_ROBUSTNESS_H */
