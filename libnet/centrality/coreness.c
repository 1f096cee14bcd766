/*
 * coreness.c — k-core numbers (Batagelj & Zaversnik 2003, via igraph_coreness)
 * on total degree, as nx.core_number.
 */
#include "centrality_internal.h"
#include "error_internal.h"

int an_i_centrality_coreness(double *out, an_i_centrality_context *context)
{
    const an_i_igraph_view *view;
    int rc = an_i_centrality_view(context, &view);
    if (rc != AN_OK)
        return rc;
    igraph_vector_int_t cores;
    rc = an_i_igraph_check(igraph_vector_int_init(&cores, 0), "coreness");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_coreness(&view->graph, &cores, IGRAPH_ALL), "coreness");
    if (rc == AN_OK)
        for (int64_t v = 0; v < context->node_count; v++)
            out[v] = (double)VECTOR(cores)[v];
    igraph_vector_int_destroy(&cores);
    return rc;
}
