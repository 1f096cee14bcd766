/*
 * infomap.c — the map equation (Rosvall & Bergstrom 2008), best of several trials.
 */
#include "communities_internal.h"

int an_i_community_infomap(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                           const an_community_options *options)
{
    igraph_real_t codelength = 0;
    int rc = an_i_igraph_check(igraph_community_infomap(&view->graph, an_i_view_weights(view), NULL, options->trials,
                                                        membership, &codelength),
                               "Infomap");
    if (rc == AN_OK)
        *quality = codelength;
    return rc;
}
