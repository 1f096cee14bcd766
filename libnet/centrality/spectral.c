/*
 * spectral.c — eigenvector centrality, PageRank, and HITS hub and authority
 * scores: igraph's exact solvers (ARPACK, PRPACK), rescaled as NetworkX
 * scales them.
 */
#include "centrality_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* 1 when the view has no tie of positive weight (every score is then equal). */
static int has_no_ties(const an_i_igraph_view *view, const igraph_vector_t *weights)
{
    igraph_integer_t m = igraph_ecount(&view->graph);
    if (!weights)
        return m == 0;
    for (igraph_integer_t e = 0; e < m; e++)
        if (VECTOR(*weights)[e] > 0)
            return 0;
    return 1;
}

/*
 * The principal eigenvector of A^T (in-ties in a directed analysis), scaled
 * to maximum 1, into out. *out_undefined = 1 when the largest eigenvalue is
 * 0 (a directed network without a directed cycle); *out_no_ties = 1 when
 * there is no tie (out then all 1). Computed once per context, so
 * eigenvector, hub and authority of an undirected network agree to the bit.
 */
static int principal_eigenvector(double *out, an_i_centrality_context *context, const char *measure,
                                 int *out_undefined, int *out_no_ties)
{
    int64_t n = context->node_count;
    if (!context->principal) {
        const an_i_igraph_view *view;
        const igraph_vector_t *weights;
        int rc = an_i_centrality_view(context, &view);
        if (rc == AN_OK)
            rc = an_i_centrality_strength_weights(context, view, measure, &weights);
        if (rc != AN_OK)
            return rc;
        double *principal = malloc((size_t)n * sizeof *principal);
        if (!principal)
            return AN_I_NOMEM();
        int undefined = 0, no_ties = 0;
        if (has_no_ties(view, weights)) {
            for (int64_t v = 0; v < n; v++)
                principal[v] = 1.0;
            no_ties = 1;
        } else {
            igraph_vector_t vector;
            igraph_real_t value = 0;
            igraph_arpack_options_t arpack;
            igraph_arpack_options_init(&arpack);
            rc = an_i_igraph_check(igraph_vector_init(&vector, 0), measure);
            if (rc != AN_OK) {
                free(principal);
                return rc;
            }
            rc = an_i_igraph_check(igraph_eigenvector_centrality(&view->graph, &vector, &value, IGRAPH_DIRECTED, 1,
                                                                 weights, &arpack),
                                   measure);
            if (rc == AN_OK) {
                double largest = 0;
                for (int64_t v = 0; v < n; v++) {
                    principal[v] = VECTOR(vector)[v];
                    if (principal[v] > largest)
                        largest = principal[v];
                }
                undefined = !(value > 0) || !(largest > 0);
            }
            igraph_vector_destroy(&vector);
            if (rc != AN_OK) {
                free(principal);
                return rc;
            }
        }
        context->principal = principal;
        context->principal_undefined = undefined;
        context->principal_no_ties = no_ties;
    }
    memcpy(out, context->principal, (size_t)n * sizeof *out);
    *out_undefined = context->principal_undefined;
    *out_no_ties = context->principal_no_ties;
    return AN_OK;
}

static void fill(double *out, int64_t n, double value)
{
    for (int64_t v = 0; v < n; v++)
        out[v] = value;
}

int an_i_centrality_eigenvector(double *out, an_i_centrality_context *context)
{
    int undefined, no_ties;
    int64_t n = context->node_count;
    int rc = principal_eigenvector(out, context, "eigenvector centrality", &undefined, &no_ties);
    if (rc != AN_OK)
        return rc;
    if (undefined) {
        fill(out, n, NAN);
        return AN_OK;
    }
    if (an_i_centrality_raw(context))
        return AN_OK;
    double norm = 0;
    for (int64_t v = 0; v < n; v++)
        norm += out[v] * out[v];
    norm = sqrt(norm);
    for (int64_t v = 0; v < n; v++)
        out[v] /= norm;
    return AN_OK;
}

int an_i_centrality_pagerank(double *out, an_i_centrality_context *context)
{
    const an_i_igraph_view *view;
    const igraph_vector_t *weights;
    int rc = an_i_centrality_view(context, &view);
    if (rc == AN_OK)
        rc = an_i_centrality_strength_weights(context, view, "pagerank", &weights);
    if (rc != AN_OK)
        return rc;
    igraph_vector_t vector;
    igraph_real_t value;
    rc = an_i_igraph_check(igraph_vector_init(&vector, 0), "pagerank");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_pagerank(&view->graph, IGRAPH_PAGERANK_ALGO_PRPACK, &vector, &value,
                                           igraph_vss_all(), IGRAPH_DIRECTED, context->options->damping, weights,
                                           NULL),
                           "pagerank");
    if (rc == AN_OK)
        for (int64_t v = 0; v < context->node_count; v++)
            out[v] = VECTOR(vector)[v];
    igraph_vector_destroy(&vector);
    return rc;
}

/* Divide by the sum (NetworkX's normalized=True). */
static void scale_to_sum_one(double *out, int64_t n)
{
    double sum = 0;
    for (int64_t v = 0; v < n; v++)
        sum += out[v];
    for (int64_t v = 0; v < n; v++)
        out[v] = sum > 0 ? out[v] / sum : NAN;
}

int an_i_centrality_hits(double *out, an_i_centrality_context *context, an_centrality_measure measure)
{
    const an_i_igraph_view *view;
    const igraph_vector_t *weights;
    int64_t n = context->node_count;
    const char *what = measure == AN_HUB ? "hub scores" : "authority scores";
    int rc = an_i_centrality_view(context, &view);
    if (rc == AN_OK)
        rc = an_i_centrality_strength_weights(context, view, what, &weights);
    if (rc != AN_OK)
        return rc;
    if (!view->directed) {
        /* A^T A = A^2: hub = authority = the principal eigenvector of A (the
         * one canonical choice when A^2's top eigenvalue is double, as on
         * bipartite networks). */
        int undefined, no_ties;
        rc = principal_eigenvector(out, context, what, &undefined, &no_ties);
        if (rc == AN_OK && !an_i_centrality_raw(context))
            scale_to_sum_one(out, n);
        return rc;
    }
    if (has_no_ties(view, weights)) {
        fill(out, n, an_i_centrality_raw(context) ? 1.0 : 1.0 / (double)n);
        return AN_OK;
    }
    igraph_vector_t hub, authority;
    igraph_real_t value;
    igraph_arpack_options_t arpack;
    igraph_arpack_options_init(&arpack);
    rc = an_i_igraph_check(igraph_vector_init(&hub, 0), what);
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_vector_init(&authority, 0), what);
    if (rc != AN_OK) {
        igraph_vector_destroy(&hub);
        return rc;
    }
    rc = an_i_igraph_check(igraph_hub_and_authority_scores(&view->graph, &hub, &authority, &value, 1, weights,
                                                           &arpack),
                           what);
    if (rc == AN_OK) {
        const igraph_vector_t *scores = measure == AN_HUB ? &hub : &authority;
        for (int64_t v = 0; v < n; v++)
            out[v] = VECTOR(*scores)[v];
        if (!an_i_centrality_raw(context))
            scale_to_sum_one(out, n);
    }
    igraph_vector_destroy(&authority);
    igraph_vector_destroy(&hub);
    return rc;
}
