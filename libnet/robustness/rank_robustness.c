/*
 * rank_robustness.c — stability of a centrality ranking under stated-only
 * evidence and random tie dropout.
 */
#include "robustness_internal.h"
#include "error_internal.h"
#include "progress_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void an_rank_robustness_free(an_rank_robustness *r)
{
    if (!r)
        return;
    free(r->score);
    free(r->rank);
    free(r->stated_score);
    free(r->stated_rank);
    free(r->mean_rank);
    free(r->rank_low);
    free(r->rank_high);
    free(r->top_k_share);
    free(r);
}

static an_rank_robustness *allocate(int64_t n)
{
    an_rank_robustness *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    size_t bytes = (size_t)n * sizeof(double);
    double **arrays[] = { &r->score, &r->rank, &r->stated_score, &r->stated_rank, &r->mean_rank,
                          &r->rank_low, &r->rank_high, &r->top_k_share };
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++) {
        *arrays[i] = malloc(bytes ? bytes : 1);
        if (!*arrays[i]) {
            an_rank_robustness_free(r);
            return NULL;
        }
    }
    r->node_count = n;
    return r;
}

static void fill_nan(double *values, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        values[i] = NAN;
}

/* The work of an_robustness_ranking, counting B + 2 units of `progress` (full data, stated
 * ties, each replicate). */
static int rank_robustness(an_rank_robustness **out, const an_network *network, int measure,
                           const an_robustness_options *options, an_i_progress *progress)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    an_robustness_options storage;
    int rc = an_i_robustness_options(&options, &storage, network);
    if (rc != AN_OK)
        return rc;
    if (!an_centrality_measure_name((an_centrality_measure)measure))
        return an_i_error(AN_EINVAL, "robustness: unknown centrality measure %d", measure);
    if (options->centrality.policy.lens)
        return an_i_robustness_ranking_lens(out, network, measure, options);
    int64_t n = an_network_node_count(network), m = an_network_edge_count(network);
    int64_t B = options->replicates;
    an_rank_robustness *r = allocate(n);
    double *scores = malloc((size_t)(n ? n : 1) * sizeof *scores);
    double *ranks = malloc((size_t)(B ? B : 1) * (size_t)n * sizeof *ranks); /* replicate-major */
    double *column = malloc((size_t)(B ? B : 1) * sizeof *column);
    unsigned char *mask = malloc((size_t)(m ? m : 1));
    an_network *view = NULL;
    if (!r || !scores || !ranks || !column || !mask) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    r->replicates = B;
    r->measure = measure;

    rc = an_centrality_compute(r->score, network, (an_centrality_measure)measure, &options->centrality);
    if (rc == AN_OK)
        rc = an_i_fractional_ranks(r->rank, r->score, n);
    if (rc == AN_OK)
        rc = an_i_progress_advance(progress, 1);
    if (rc != AN_OK)
        goto cleanup;

    rc = an_i_robustness_stated_view(&view, &r->stated_edges, network, options);
    if (rc != AN_OK)
        goto cleanup;
    r->has_stated = view != NULL;
    if (view) {
        rc = an_centrality_compute(r->stated_score, view, (an_centrality_measure)measure, &options->centrality);
        if (rc == AN_OK)
            rc = an_i_fractional_ranks(r->stated_rank, r->stated_score, n);
        an_network_free(view);
        view = NULL;
        if (rc != AN_OK)
            goto cleanup;
    } else {
        fill_nan(r->stated_score, n);
        fill_nan(r->stated_rank, n);
    }

    rc = an_i_progress_advance(progress, 1);
    if (rc != AN_OK)
        goto cleanup;

    an_i_random random;
    an_i_random_seed(&random, options->seed);
    for (int64_t b = 0; b < B; b++) {
        rc = an_i_robustness_dropout_view(&view, network, options->dropout, &random, mask);
        if (rc == AN_OK)
            rc = an_centrality_compute(scores, view, (an_centrality_measure)measure, &options->centrality);
        if (rc == AN_OK)
            rc = an_i_fractional_ranks(ranks + b * n, scores, n);
        an_network_free(view);
        view = NULL;
        if (rc == AN_OK)
            rc = an_i_progress_advance(progress, 1);
        if (rc != AN_OK)
            goto cleanup;
    }
    an_i_rank_summary(r, ranks, n, B, options->top_k, options->level, column);
    *out = r;
    r = NULL;
cleanup:
    an_rank_robustness_free(r);
    free(scores);
    free(ranks);
    free(column);
    free(mask);
    return rc;
}

int an_robustness_ranking(an_rank_robustness **out, const an_network *network, int measure,
                          const an_robustness_options *options)
{
    an_i_progress progress;
    an_robustness_options defaults = AN_ROBUSTNESS_OPTIONS_INIT;
    int64_t replicates = (options ? options : &defaults)->replicates;
    an_i_progress_begin(&progress, "robustness", replicates + 2);
    int rc = rank_robustness(out, network, measure, options, &progress);
    rc = an_i_progress_end(&progress, rc);
    if (rc != AN_OK && out && *out) {
        an_rank_robustness_free(*out);
        *out = NULL;
    }
    return rc;
}
