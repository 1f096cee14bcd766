/*
 * shortest.c — a shortest path between two actors in the path graph (BFS,
 * or Dijkstra on a distance column), via igraph.
 */
#include "paths/paths_internal.h"
#include "error_internal.h"

/* The arcs of a shortest path; *hops = 0 when `to` cannot be reached. Inside a guard. */
static int search(const an_i_path_graph *graph, const an_network *network, an_i_path_result *result,
                  const an_path_options *resolved)
{
    igraph_t ig;
    igraph_vector_t weights;
    igraph_vector_int_t edges;
    int rc = an_i_path_graph_to_igraph(graph, &ig, graph->weighted ? &weights : NULL);
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_vector_int_init(&edges, 0), "shortest path");
    if (rc == AN_OK) {
        if (graph->weighted)
            rc = an_i_igraph_check(igraph_get_shortest_path_dijkstra(&ig, NULL, &edges, graph->from, graph->to,
                                                                     &weights, IGRAPH_OUT),
                                   "shortest path (Dijkstra)");
        else
            rc = an_i_igraph_check(igraph_get_shortest_path(&ig, NULL, &edges, graph->from, graph->to, IGRAPH_OUT),
                                   "shortest path (BFS)");
        /* An unreachable end gives an empty edge list (from != to here). */
        if (rc == AN_OK && igraph_vector_int_size(&edges) > 0)
            rc = an_i_path_result_add(result, network, graph, resolved, VECTOR(edges), NULL,
                                      igraph_vector_int_size(&edges));
        igraph_vector_int_destroy(&edges);
    }
    igraph_destroy(&ig);
    if (graph->weighted)
        igraph_vector_destroy(&weights);
    return rc;
}

int an_paths_shortest(an_path_result **out, const an_network *network, const char *from, const char *to,
                      const an_path_options *options)
{
    an_i_path_result *result;
    an_i_path_graph graph;
    an_path_options resolved;
    int answered;
    int rc = an_i_paths_start(out, &result, &graph, &resolved, network, from, to, options, &answered);
    if (rc != AN_OK || answered)
        return an_i_paths_finish(out, result, &graph, rc);
    if (graph.time_respecting) {
        rc = an_i_paths_time_respecting(&graph, network, result, &resolved, graph.node_count - 1, 1);
        return an_i_paths_finish(out, result, &graph, rc);
    }
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    rc = search(&graph, network, result, &resolved);
    an_i_igraph_end(&guard);
    return an_i_paths_finish(out, result, &graph, rc);
}
