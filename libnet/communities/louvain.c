/*
 * louvain.c — multilevel modularity optimisation (Blondel et al. 2008).
 */
#include "communities_internal.h"

int an_i_community_louvain(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                           const an_community_options *options)
{
    const igraph_vector_t *weights = an_i_view_weights(view);
    int rc = an_i_igraph_check(igraph_community_multilevel(&view->graph, weights, options->resolution, membership,
                                                           NULL, NULL),
                               "Louvain");
    if (rc != AN_OK)
        return rc;
    igraph_real_t value = 0;
    rc = an_i_igraph_check(igraph_modularity(&view->graph, membership, weights, options->resolution, 0, &value),
                           "Louvain: modularity");
    if (rc == AN_OK)
        *quality = value;
    return rc;
}
