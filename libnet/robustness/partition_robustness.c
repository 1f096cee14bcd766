/*
 * partition_robustness.c — stability of a community partition under
 * stated-only evidence and random tie dropout.
 */
#include "robustness_internal.h"
#include "error_internal.h"
#include "string_table.h"
#include "progress_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void an_partition_robustness_free(an_partition_robustness *r)
{
    if (!r)
        return;
    an_partition_free(r->full);
    an_partition_free(r->stated);
    free(r->stability);
    free(r);
}

static double nmi_between(const an_partition *a, const an_partition *b, int *rc)
{
    an_partition_comparison comparison;
    *rc = an_partition_compare(&comparison, a->membership, b->membership, a->node_count);
    return *rc == AN_OK ? comparison.nmi : NAN;
}

/* The work of an_robustness_partition, counting B + 2 units of `progress`. */
static int partition_robustness(an_partition_robustness **out, const an_network *network,
                                const an_robustness_options *options, an_i_progress *progress)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    an_robustness_options storage;
    int rc = an_i_robustness_options(&options, &storage, network);
    if (rc != AN_OK)
        return rc;
    if (options->communities.policy.lens)
        return an_i_robustness_partition_lens(out, network, options);
    int64_t n = an_network_node_count(network), m = an_network_edge_count(network);
    int64_t B = options->replicates;
    an_partition_robustness *r = calloc(1, sizeof *r);
    double *nmi = malloc((size_t)(B ? B : 1) * sizeof *nmi);
    int64_t *stable = calloc((size_t)(n ? n : 1), sizeof *stable);
    unsigned char *mask = malloc((size_t)(m ? m : 1));
    an_network *view = NULL;
    an_partition *replicate = NULL;
    if (!r || !nmi || !stable || !mask || !(r->stability = malloc((size_t)n * sizeof *r->stability))) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    r->node_count = n;
    r->replicates = B;
    r->stated_nmi = r->mean_nmi = r->nmi_low = r->nmi_high = NAN;
    rc = an_network_communities(&r->full, network, &options->communities);
    if (rc == AN_OK)
        rc = an_i_progress_advance(progress, 1);
    if (rc != AN_OK)
        goto cleanup;
    /* the views (fewer ties) run on the engine the full network ran on, whatever AUTO would pick */
    an_community_options communities = options->communities;
    communities.version = AN_COMMUNITY_OPTIONS_VERSION;
    communities.engine = r->full->engine;

    int64_t stated_edges = 0;
    rc = an_i_robustness_stated_view(&view, &stated_edges, network, options);
    if (rc != AN_OK)
        goto cleanup;
    r->has_stated = view != NULL;
    if (view) {
        rc = an_network_communities(&r->stated, view, &communities);
        an_network_free(view);
        view = NULL;
        if (rc == AN_OK)
            r->stated_nmi = nmi_between(r->full, r->stated, &rc);
        if (rc != AN_OK)
            goto cleanup;
    }

    rc = an_i_progress_advance(progress, 1);
    if (rc != AN_OK)
        goto cleanup;

    an_i_random random;
    an_i_random_seed(&random, options->seed);
    double sum = 0.0;
    for (int64_t b = 0; b < B; b++) {
        rc = an_i_robustness_dropout_view(&view, network, options->dropout, &random, mask);
        if (rc == AN_OK)
            rc = an_network_communities(&replicate, view, &communities);
        an_network_free(view);
        view = NULL;
        if (rc == AN_OK)
            nmi[b] = nmi_between(r->full, replicate, &rc);
        if (rc == AN_OK && an_i_count_stable(stable, r->full, replicate) != AN_OK)
            rc = AN_I_NOMEM();
        an_partition_free(replicate);
        replicate = NULL;
        if (rc == AN_OK)
            rc = an_i_progress_advance(progress, 1);
        if (rc != AN_OK)
            goto cleanup;
        sum += nmi[b];
    }
    if (B > 0) {
        r->mean_nmi = sum / (double)B;
        an_i_sort_doubles(nmi, B);
        r->nmi_low = an_i_quantile_sorted(nmi, B, (1.0 - options->level) / 2.0);
        r->nmi_high = an_i_quantile_sorted(nmi, B, (1.0 + options->level) / 2.0);
    }
    for (int64_t v = 0; v < n; v++)
        r->stability[v] = B > 0 ? (double)stable[v] / (double)B : NAN;
    *out = r;
    r = NULL;
cleanup:
    an_partition_robustness_free(r);
    free(nmi);
    free(stable);
    free(mask);
    return rc;
}

int an_robustness_partition(an_partition_robustness **out, const an_network *network,
                            const an_robustness_options *options)
{
    an_i_progress progress;
    an_robustness_options defaults = AN_ROBUSTNESS_OPTIONS_INIT;
    int64_t replicates = (options ? options : &defaults)->replicates;
    an_i_progress_begin(&progress, "robustness", replicates + 2);
    int rc = partition_robustness(out, network, options, &progress);
    rc = an_i_progress_end(&progress, rc);
    if (rc != AN_OK && out && *out) {
        an_partition_robustness_free(*out);
        *out = NULL;
    }
    return rc;
}
