/*
 * replicate_statistics.h — summarising replicate analyses: fractional ranks,
 * sorted quantiles, per-actor rank summaries and community stability counts,
 * shared by the robustness checks (robustness/) and the scalable report
 * (report/report_scale.c).
 */
#ifndef AN_REPLICATE_STATISTICS_H
#define AN_REPLICATE_STATISTICS_H

#include "actornet/communities.h"
#include "actornet/robustness.h"

#include <stdint.h>

/** Fractional ranks (1 = highest; ties share the mean position; NaN last). */
int an_i_fractional_ranks(double *out_ranks, const double *scores, int64_t n);

/**
 * Competition ranks (1 = highest; tied scores share the best position: 1 + the
 * number of strictly higher scores; NaN scores get NaN). AN_OK or AN_ENOMEM.
 * O(n log n).
 */
int an_i_competition_ranks(double *out_ranks, const double *scores, int64_t n);

/** Quantile q in [0, 1] of `values` (sorted in place), linear interpolation (numpy default). */
double an_i_quantile_sorted(const double *sorted, int64_t n, double q);

/**
 * The observed value at or beyond quantile q (no interpolation): the value at
 * index floor(q (n-1)) when `upper` is 0 (numpy method="lower"), at
 * ceil(q (n-1)) when 1 (method="higher"). A rank interval built from these
 * is made of ranks that occurred, never narrower than the interpolated one.
 */
double an_i_quantile_sorted_outward(const double *sorted, int64_t n, double q, int upper);

/** Sort doubles ascending (NaN last). */
void an_i_sort_doubles(double *values, int64_t n);

/**
 * Summarise B replicate rankings (`ranks[b * n + v]`: rank of actor v in
 * replicate b) into r's mean_rank, rank_low / rank_high (the central `level`
 * quantile interval, outward: observed ranks, an_i_quantile_sorted_outward) and top_k_share (share of replicates ranking v at most
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
