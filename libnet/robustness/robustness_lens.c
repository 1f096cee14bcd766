/*
 * robustness_lens.c — the robustness checks through a lens: the stated-only view and the dropout
 * replicates are drawn from the lens's network (so only ties the analysis sees are dropped), and
 * every per-node array comes back in the caller's node order (NaN or -1 outside the lens).
 */
#include "error_internal.h"
#include "lens_scope.h"
#include "robustness_internal.h"

#include <stdlib.h>

/* Replace *values (view order) by a caller-order copy. */
static int spread_reals(const an_i_lens_scope *scope, double **values)
{
    if (!*values)
        return AN_OK;
    double *spread = malloc(((size_t)scope->original_nodes + 1) * sizeof *spread);
    if (!spread)
        return AN_ENOMEM;
    an_i_lens_scatter_reals(scope, spread, *values, 1);
    free(*values);
    *values = spread;
    return AN_OK;
}

static int spread_partition(const an_i_lens_scope *scope, an_partition *partition)
{
    if (!partition)
        return AN_OK;
    int64_t *membership = malloc(((size_t)scope->original_nodes + 1) * sizeof *membership);
    if (!membership)
        return AN_ENOMEM;
    an_i_lens_scatter_integers(scope, membership, partition->membership, 1, -1);
    free(partition->membership);
    partition->membership = membership;
    partition->node_count = scope->original_nodes;
    return AN_OK;
}

/* The options with the lens cleared where `which` (centrality or communities) carries it. */
static an_robustness_options without_lens(const an_robustness_options *options)
{
    an_robustness_options inner = *options;
    inner.centrality.policy.lens = NULL;
    inner.communities.policy.lens = NULL;
    return inner;
}

int an_i_robustness_ranking_lens(an_rank_robustness **out, const an_network *network, int measure,
                                 const an_robustness_options *options)
{
    an_i_lens_scope scope;
    int rc = an_i_lens_scope_open(&scope, network, options->centrality.policy.lens);
    if (rc != AN_OK)
        return rc;
    an_robustness_options inner = without_lens(options);
    an_rank_robustness *r = NULL;
    rc = an_robustness_ranking(&r, scope.network, measure, &inner);
    double **arrays[] = { r ? &r->score : NULL, r ? &r->rank : NULL, r ? &r->stated_score : NULL,
                          r ? &r->stated_rank : NULL, r ? &r->mean_rank : NULL, r ? &r->rank_low : NULL,
                          r ? &r->rank_high : NULL, r ? &r->top_k_share : NULL };
    for (size_t i = 0; rc == AN_OK && i < sizeof arrays / sizeof *arrays; i++)
        if (spread_reals(&scope, arrays[i]) != AN_OK)
            rc = AN_I_NOMEM();
    if (rc == AN_OK) {
        r->node_count = scope.original_nodes;
        *out = r;
        r = NULL;
    }
    an_rank_robustness_free(r);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_robustness_partition_lens(an_partition_robustness **out, const an_network *network,
                                   const an_robustness_options *options)
{
    an_i_lens_scope scope;
    int rc = an_i_lens_scope_open(&scope, network, options->communities.policy.lens);
    if (rc != AN_OK)
        return rc;
    an_robustness_options inner = without_lens(options);
    an_partition_robustness *r = NULL;
    rc = an_robustness_partition(&r, scope.network, &inner);
    if (rc == AN_OK && (spread_partition(&scope, r->full) != AN_OK || spread_partition(&scope, r->stated) != AN_OK ||
                        spread_reals(&scope, &r->stability) != AN_OK))
        rc = AN_I_NOMEM();
    if (rc == AN_OK) {
        r->node_count = scope.original_nodes;
        *out = r;
        r = NULL;
    }
    an_partition_robustness_free(r);
    an_i_lens_scope_close(&scope);
    return rc;
}
