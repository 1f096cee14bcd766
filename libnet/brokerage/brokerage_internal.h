/*
 * brokerage_internal.h — the pieces of the brokerage census: groups from a
 * node attribute, the count itself, and sna's expected values.
 */
#ifndef AN_BROKERAGE_INTERNAL_H
#define AN_BROKERAGE_INTERNAL_H

#include "actornet/brokerage.h"
#include "network_internal.h"

/**
 * Group ids 0, 1, ... (in order of first appearance) from the values of a
 * node column; -1 where the value is missing. *out_groups is malloc'ed (free
 * it); *out_group_count receives the number of distinct values.
 * AN_OK, AN_ENOTFOUND (no such column), AN_ENOMEM. O(n) expected.
 */
int an_i_brokerage_groups_from_column(int64_t **out_groups, int64_t *out_group_count, const an_network *network,
                                      const char *attribute);

/**
 * Resolve the groups a census uses: copies `groups` and, for
 * AN_BROKERAGE_MISSING_AS_GROUP, gives every missing value (negative) one
 * extra group id; with EXCLUDE, missing values stay -1. Group ids are
 * renumbered densely (0 .. *out_group_count - 1) in order of first appearance.
 * AN_OK / AN_ENOMEM.
 */
int an_i_brokerage_resolve_groups(int64_t **out_groups, int64_t *out_group_count, const int64_t *groups,
                                  int64_t n, int missing);

/** Check the options (version, modes). AN_OK / AN_EMISUSE / AN_EINVAL. */
int an_i_brokerage_check_options(const an_brokerage_options *options);

/** The options' lens, or NULL (none, or version-1 options). */
static inline const an_lens *an_i_brokerage_lens(const an_brokerage_options *options)
{
    return options->version >= 2 ? options->lens : NULL;
}

/* Through a lens (brokerage_lens.c): groups in the caller's node order; outputs too. */
int an_i_brokerage_counts_lens(int64_t *out_counts, const an_network *network, const int64_t *groups,
                               const an_brokerage_options *options);
int an_i_brokerage_expected_lens(double *out_expected, double *out_sd, double *out_z, const an_network *network,
                                 const int64_t *groups, const an_brokerage_options *options);

/**
 * The census: out_counts (6 n, zeroed here) from dense groups (-1 =
 * excluded). Returns AN_OK, AN_ENOMEM, AN_ELIMIT; *out_arcs receives the
 * number of arcs (for the density). O(n + m + sum_b indeg(b) outdeg(b)).
 */
int an_i_brokerage_census(int64_t *out_counts, int64_t *out_arcs, const an_network *network,
                          const int64_t *groups, int direction);

#endif
