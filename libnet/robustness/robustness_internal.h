/*
 * robustness_internal.h — pieces shared by the ranking and partition checks:
 * option resolution, the stated-only view, dropout views (ranks and quantiles:
 * core/replicate_statistics.h).
 */
#ifndef AN_ROBUSTNESS_INTERNAL_H
#define AN_ROBUSTNESS_INTERNAL_H

#include "actornet/robustness.h"
#include "random.h"
#include "replicate_statistics.h"

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

#endif
