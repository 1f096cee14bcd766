/*
 * edge_betweenness.c — divisive Girvan–Newman clustering (Girvan & Newman 2002),
 * cut at maximum modularity. Small networks only: O(m^2 n).
 */
#include "communities_internal.h"
#include "error_internal.h"

#include <math.h>

int an_i_community_edge_betweenness(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                                    const an_community_options *options)
{
    int64_t ties = igraph_ecount(&view->graph);
    if (options->max_edges > 0 && ties > options->max_edges)
        return an_i_error(AN_ELIMIT,
                          "edge betweenness: %lld ties exceed the limit of %lld (the method takes O(m^2 n) time); "
                          "use Leiden or Louvain, or raise max_edges (actornet communities --max-edges N)",
                          (long long)ties, (long long)options->max_edges);
    *quality = NAN;
    /* igraph 0.10 fills `membership` only when the modularity vector is requested too. */
    igraph_vector_t modularity;
    int rc = an_i_igraph_check(igraph_vector_init(&modularity, 0), "edge betweenness");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_community_edge_betweenness(&view->graph, NULL, NULL, NULL, NULL, &modularity,
                                                             membership, view->directed, an_i_view_weights(view)),
                           "edge betweenness");
    igraph_vector_destroy(&modularity);
    return rc;
}
