/*
 * robustness_internal.h — pieces shared by the ranking and partition checks:
 * option resolution, the stated-only view, dropout views, ranks and quantiles.
 */
#ifndef AN_ROBUSTNESS_INTERNAL_H
#define AN_ROBUSTNESS_INTERNAL_H

#include "actornet/robustness.h"
#include "random.h"

/** The checks through a lens (robustness_lens.c): options->centrality.policy.lens (ranking) or
 *  options->communities.policy.lens (partition) is set. */
int an_i_robustness_ranking_lens(an_rank_robustness **out, const an_network *network, int measure,
                                 const an_robustness_options *options);
int an_i_robustness_partition_lens(an_partition_robustness **out, const an_network *network,
                                   const an_robustness_options *options);

/** Validate options (NULL -> defaults into *storage); returns AN_OK or an error. */
int an_i_robustness_options(const an_robustness_options **options, an_robustness_options *storage,
                            const an_network *network);

/**
 * The stated-only view: *out is NULL (and AN_OK returned) when the network
 * has no confidence column; *kept_edges receives its edge count.
 */
int an_i_robustness_stated_view(an_network **out, int64_t *kept_edges, const an_network *network,
                                const an_robustness_options *options);

/** A replicate: every edge kept with probability 1 - dropout. `mask` has edge_count bytes. */
int an_i_robustness_dropout_view(an_network **out, const an_network *network, double dropout,
                                 an_i_random *random, unsigned char *mask);

/** Fractional ranks (1 = highest; ties share the mean position; NaN last). */
int an_i_fractional_ranks(double *out_ranks, const double *scores, int64_t n);

/** Quantile q in [0, 1] of `values` (sorted in place), linear interpolation (numpy default). */
double an_i_quantile_sorted(const double *sorted, int64_t n, double q);

/** Sort doubles ascending (NaN last). */
void an_i_sort_doubles(double *values, int64_t n);

/**
 * Summarise B replicate rankings (`ranks[b * n + v]`: rank of actor v in
 * replicate b) into r's mean_rank, rank_low / rank_high (the central `level`
 * quantile interval) and top_k_share (share of replicates ranking v at most
 * top_k); all NaN when B is 0. `column` is scratch for B doubles. O(n B log B).
 */
void an_i_rank_summary(an_rank_robustness *r, const double *ranks, int64_t n, int64_t B, int64_t top_k,
                       double level, double *column);

/**
 * Add 1 to stable[v] for each node v whose community in `replicate` has a
 * Jaccard index >= 1/2 with its community in `full` (the stability count of
 * an_robustness_partition). AN_OK, or AN_ENOMEM without recording an error.
 * O(n) expected.
 */
int an_i_count_stable(int64_t *stable, const an_partition *full, const an_partition *replicate);

#endif
