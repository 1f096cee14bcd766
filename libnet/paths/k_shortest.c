/*
 * k_shortest.c — the k shortest loopless paths between two actors (Yen's
 * algorithm, igraph_get_k_shortest_paths) in the path graph.
 */
#include "paths/paths_internal.h"
#include "error_internal.h"

/* Inside a guard. */
static int search(const an_i_path_graph *graph, const an_network *network, an_i_path_result *result,
                  const an_path_options *resolved, int64_t k)
{
    igraph_t ig;
    igraph_vector_t weights;
    igraph_vector_int_list_t paths;
    int rc = an_i_path_graph_to_igraph(graph, &ig, graph->weighted ? &weights : NULL);
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_vector_int_list_init(&paths, 0), "k shortest paths");
    if (rc == AN_OK) {
        rc = an_i_igraph_check(igraph_get_k_shortest_paths(&ig, graph->weighted ? &weights : NULL, NULL, &paths, k,
                                                           graph->from, graph->to, IGRAPH_OUT),
                               "k shortest paths (Yen)");
        for (igraph_integer_t i = 0; rc == AN_OK && i < igraph_vector_int_list_size(&paths); i++) {
            igraph_vector_int_t *arcs = igraph_vector_int_list_get_ptr(&paths, i);
            if (igraph_vector_int_size(arcs) > 0)
                rc = an_i_path_result_add(result, network, graph, resolved, VECTOR(*arcs), NULL,
                                          igraph_vector_int_size(arcs));
        }
        igraph_vector_int_list_destroy(&paths);
    }
    igraph_destroy(&ig);
    if (graph->weighted)
        igraph_vector_destroy(&weights);
    return rc;
}

int an_paths_k_shortest(an_path_result **out, const an_network *network, const char *from, const char *to,
                        int64_t k, const an_path_options *options)
{
    if (out)
        *out = NULL;
    if (out && network && from && to && k < 1)
        return an_i_error(AN_EINVAL, "k shortest paths: k must be at least 1 (got %lld)", (long long)k);
    an_i_path_result *result;
    an_i_path_graph graph;
    an_path_options resolved;
    int answered;
    int rc = an_i_paths_start(out, &result, &graph, &resolved, network, from, to, options, &answered);
    if (rc != AN_OK || answered)
        return an_i_paths_finish(out, result, &graph, rc);
    if (graph.time_respecting) {
        rc = an_i_paths_time_respecting(&graph, network, result, &resolved, graph.node_count - 1, k);
        return an_i_paths_finish(out, result, &graph, rc);
    }
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    rc = search(&graph, network, result, &resolved, k);
    an_i_igraph_end(&guard);
    return an_i_paths_finish(out, result, &graph, rc);
}
