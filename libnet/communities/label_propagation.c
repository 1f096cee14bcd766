/*
 * label_propagation.c — label propagation (Raghavan, Albert & Kumara 2007), undirected.
 */
#include "communities_internal.h"

#include <math.h>

int an_i_community_label_propagation(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                                     const an_community_options *options)
{
    (void)options;
    *quality = NAN;
    return an_i_igraph_check(igraph_community_label_propagation(&view->graph, membership, IGRAPH_ALL,
                                                                an_i_view_weights(view), NULL, NULL),
                             "label propagation");
}
