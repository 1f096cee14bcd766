/*
 * closeness.c — closeness (Wasserman-Faust form, as nx.closeness_centrality)
 * and harmonic centrality, both over distances TO each node.
 */
#include "centrality_internal.h"
#include "error_internal.h"

#include <math.h>

int an_i_centrality_closeness(double *out, an_i_centrality_context *context, int raw)
{
    const igraph_t *graph;
    const igraph_vector_t *weights;
    int rc = an_i_centrality_distance_graph(context, "closeness", &graph, &weights);
    if (rc != AN_OK)
        return rc;
    igraph_vector_t scores;
    igraph_vector_int_t reached;
    rc = an_i_igraph_check(igraph_vector_init(&scores, 0), "closeness");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_vector_int_init(&reached, 0), "closeness");
    if (rc != AN_OK) {
        igraph_vector_destroy(&scores);
        return rc;
    }
    /* normalized = true gives r / D over the r nodes that reach v (NaN when
     * r = 0); false gives 1 / D. IGRAPH_IN: paths ending at v, as NetworkX,
     * which reverses a directed graph before measuring. */
    rc = an_i_igraph_check(igraph_closeness(graph, &scores, &reached, NULL, igraph_vss_all(), IGRAPH_IN, weights,
                                            raw ? 0 : 1),
                           "closeness");
    if (rc == AN_OK) {
        int64_t n = context->node_count;
        for (int64_t v = 0; v < n; v++) {
            double value = VECTOR(scores)[v];
            int64_t r = VECTOR(reached)[v];
            if (raw)
                out[v] = r > 0 ? value : NAN;
            else
                out[v] = r > 0 && n > 1 ? value * ((double)r / (double)(n - 1)) : 0.0;
        }
    }
    igraph_vector_int_destroy(&reached);
    igraph_vector_destroy(&scores);
    return rc;
}

int an_i_centrality_harmonic(double *out, an_i_centrality_context *context)
{
    const igraph_t *graph;
    const igraph_vector_t *weights;
    int rc = an_i_centrality_distance_graph(context, "harmonic", &graph, &weights);
    if (rc != AN_OK)
        return rc;
    igraph_vector_t scores;
    rc = an_i_igraph_check(igraph_vector_init(&scores, 0), "harmonic centrality");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_harmonic_centrality(graph, &scores, igraph_vss_all(), IGRAPH_IN, weights, 0),
                           "harmonic centrality");
    if (rc == AN_OK)
        for (int64_t v = 0; v < context->node_count; v++)
            out[v] = VECTOR(scores)[v];
    igraph_vector_destroy(&scores);
    return rc;
}
