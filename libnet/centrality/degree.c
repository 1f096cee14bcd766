/*
 * degree.c — degree, in- and out-degree centrality, and strength.
 */
#include "centrality_internal.h"
#include "error_internal.h"

int an_i_centrality_degree_counts(double *out, an_i_centrality_context *context, igraph_neimode_t mode)
{
    const an_i_igraph_view *view;
    int rc = an_i_centrality_view(context, &view);
    if (rc != AN_OK)
        return rc;
    igraph_vector_int_t degree;
    rc = an_i_igraph_check(igraph_vector_int_init(&degree, 0), "degree");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_degree(&view->graph, &degree, igraph_vss_all(), mode, IGRAPH_LOOPS), "degree");
    if (rc == AN_OK)
        for (int64_t v = 0; v < context->node_count; v++)
            out[v] = (double)VECTOR(degree)[v];
    igraph_vector_int_destroy(&degree);
    return rc;
}

int an_i_centrality_degree(double *out, an_i_centrality_context *context, an_centrality_measure measure)
{
    igraph_neimode_t mode = measure == AN_IN_DEGREE ? IGRAPH_IN : measure == AN_OUT_DEGREE ? IGRAPH_OUT : IGRAPH_ALL;
    int rc = an_i_centrality_degree_counts(out, context, mode);
    if (rc != AN_OK || an_i_centrality_raw(context))
        return rc;
    int64_t n = context->node_count;
    /* nx.degree_centrality: d / (n - 1); every node 1 when n <= 1. */
    double scale = n > 1 ? 1.0 / (double)(n - 1) : 0.0;
    for (int64_t v = 0; v < n; v++)
        out[v] = n > 1 ? out[v] * scale : 1.0;
    return AN_OK;
}

int an_i_centrality_strength(double *out, an_i_centrality_context *context)
{
    /* Summing is the same before or after merging parallel ties; the kept
     * view also gives every tie weight 1 when there is no weight column, so
     * unweighted strength counts parallel ties. */
    const an_i_igraph_view *view;
    int rc = an_i_centrality_keep_view(context, &view);
    if (rc != AN_OK)
        return rc;
    igraph_vector_t strength;
    rc = an_i_igraph_check(igraph_vector_init(&strength, 0), "strength");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_strength(&view->graph, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS,
                                           view->has_weights ? &view->weights : NULL),
                           "strength");
    if (rc == AN_OK)
        for (int64_t v = 0; v < context->node_count; v++)
            out[v] = VECTOR(strength)[v];
    igraph_vector_destroy(&strength);
    return rc == AN_OK ? an_i_centrality_unscale(out, context, view, 1, "strength") : rc;
}
