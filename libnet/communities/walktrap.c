/*
 * walktrap.c — random-walk distances, agglomerative (Pons & Latapy 2006); cut at maximum modularity.
 */
#include "communities_internal.h"

#include <math.h>

int an_i_community_walktrap(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                            const an_community_options *options)
{
    *quality = NAN;
    return an_i_igraph_check(igraph_community_walktrap(&view->graph, an_i_view_weights(view), options->steps, NULL,
                                                       NULL, membership),
                             "walktrap");
}
