/*
 * betweenness.c — exact shortest-path betweenness (Brandes 2001, via
 * igraph_betweenness), scaled as nx.betweenness_centrality by default.
 */
#include "centrality_internal.h"
#include "error_internal.h"

int an_i_centrality_betweenness(double *out, an_i_centrality_context *context, int raw)
{
    const igraph_t *graph;
    const igraph_vector_t *weights;
    int rc = an_i_centrality_distance_graph(context, "betweenness", &graph, &weights);
    if (rc != AN_OK)
        return rc;
    igraph_vector_t scores;
    rc = an_i_igraph_check(igraph_vector_init(&scores, 0), "betweenness");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_betweenness(graph, &scores, igraph_vss_all(), IGRAPH_DIRECTED, weights),
                           "betweenness");
    if (rc == AN_OK) {
        int64_t n = context->node_count;
        /* igraph counts ordered pairs in a directed graph and unordered pairs
         * in an undirected one; NetworkX normalises both to [0, 1]. */
        double scale = 1.0;
        if (!raw && n > 2)
            scale = (igraph_is_directed(graph) ? 1.0 : 2.0) / ((double)(n - 1) * (double)(n - 2));
        for (int64_t v = 0; v < n; v++)
            out[v] = VECTOR(scores)[v] * scale;
    }
    igraph_vector_destroy(&scores);
    return rc;
}
