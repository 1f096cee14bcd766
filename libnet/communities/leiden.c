/*
 * leiden.c — the Leiden algorithm (Traag, Waltman & van Eck 2019) for
 * modularity or the Constant Potts Model.
 */
#include "communities_internal.h"
#include "error_internal.h"

int an_i_community_leiden(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                          const an_community_options *options)
{
    const igraph_vector_t *weights = an_i_view_weights(view);
    igraph_vector_t node_weights;
    const igraph_vector_t *node_weights_used = NULL;
    double resolution = options->resolution;
    int rc = AN_OK;
    if (options->objective == AN_LEIDEN_MODULARITY) {
        /* igraph's Leiden optimises 1/2m sum_ij (A_ij - gamma' n_i n_j) [c_i = c_j]: modularity
         * at resolution gamma is n_i = k_i (the weighted degree) and gamma' = gamma / 2m. */
        rc = an_i_igraph_check(igraph_vector_init(&node_weights, 0), "Leiden");
        if (rc != AN_OK)
            return rc;
        rc = an_i_igraph_check(igraph_strength(&view->graph, &node_weights, igraph_vss_all(), IGRAPH_ALL,
                                               IGRAPH_LOOPS, weights),
                               "Leiden: degrees");
        if (rc != AN_OK) {
            igraph_vector_destroy(&node_weights);
            return rc;
        }
        resolution /= igraph_vector_sum(&node_weights); /* > 0: the caller checked there is weight */
        node_weights_used = &node_weights;
    }
    igraph_integer_t clusters = 0;
    igraph_real_t value = 0;
    rc = an_i_igraph_check(igraph_community_leiden(&view->graph, weights, node_weights_used, resolution, options->beta,
                                                   0, options->iterations < 0 ? -1 : options->iterations,
                                                   membership, &clusters, &value),
                           "Leiden");
    if (node_weights_used)
        igraph_vector_destroy(&node_weights);
    if (rc == AN_OK)
        *quality = value;
    return rc;
}
