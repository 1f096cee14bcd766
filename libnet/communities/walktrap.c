/*
 * walktrap.c — random-walk distances, agglomerative (Pons & Latapy 2006); cut at maximum modularity.
 */
#include "communities_internal.h"

#include <math.h>

int an_i_community_walktrap(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                            const an_community_options *options)
{
    *quality = NAN;
    /* igraph derives the membership from the merges and modularity: ask for both. */
    igraph_matrix_int_t merges;
    igraph_vector_t modularity;
    int rc = an_i_igraph_check(igraph_matrix_int_init(&merges, 0, 0), "walktrap");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_vector_init(&modularity, 0), "walktrap");
    if (rc == AN_OK) {
        rc = an_i_igraph_check(igraph_community_walktrap(&view->graph, an_i_view_weights(view), (int)options->steps,
                                                         &merges, &modularity, membership),
                               "walktrap");
        igraph_vector_destroy(&modularity);
    }
    igraph_matrix_int_destroy(&merges);
    return rc;
}
