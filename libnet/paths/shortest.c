/*
 * shortest.c — a shortest path between two actors in the path graph: a
 * breadth-first search on the path graph's own arrays (arcs sorted by (from,
 * to): a CSR), or Dijkstra on a distance column via igraph.
 */
#include "paths/paths_internal.h"
#include "error_internal.h"

#include <stdlib.h>

/*
 * The hop-shortest path from graph->from to graph->to: the path
 * igraph_get_shortest_path(IGRAPH_OUT) returns on an_i_path_graph_to_igraph's
 * graph, found without building it. igraph's search (0.10) gives each node the
 * arc it was first discovered by, scanning a node's out-arcs in igraph's
 * incidence order, which for that graph (arc k = edge k, one arc per ordered
 * pair, sorted by (from, to)) is the arcs' own order; so is ours. O(n + m).
 */
static int breadth_first(const an_i_path_graph *graph, const an_network *network, an_i_path_result *result,
                         const an_path_options *resolved)
{
    int64_t n = graph->node_count;
    int64_t *parent_arc = malloc((size_t)(n + 1) * sizeof *parent_arc); /* -1 unreached, -2 the start */
    int64_t *queue = malloc((size_t)(n + 1) * sizeof *queue);
    if (!parent_arc || !queue) {
        free(parent_arc);
        free(queue);
        return AN_I_NOMEM();
    }
    for (int64_t v = 0; v < n; v++)
        parent_arc[v] = -1;
    int64_t head = 0, tail = 0;
    parent_arc[graph->from] = -2;
    queue[tail++] = graph->from;
    while (head < tail && parent_arc[graph->to] == -1) {
        int64_t u = queue[head++];
        for (int64_t a = graph->out_offsets[u]; a < graph->out_offsets[u + 1]; a++) {
            int64_t w = graph->arc_to[a];
            if (parent_arc[w] != -1)
                continue;
            parent_arc[w] = a;
            queue[tail++] = w;
        }
    }
    int rc = AN_OK;
    if (parent_arc[graph->to] >= 0) { /* unreachable: no path (from != to here) */
        int64_t hops = 0;
        for (int64_t v = graph->to; parent_arc[v] >= 0; v = graph->arc_from[parent_arc[v]])
            queue[hops++] = parent_arc[v]; /* the queue is done with: reuse it for the arcs, last first */
        for (int64_t i = 0, j = hops - 1; i < j; i++, j--) {
            int64_t swap = queue[i];
            queue[i] = queue[j];
            queue[j] = swap;
        }
        rc = an_i_path_result_add(result, network, graph, resolved, queue, NULL, hops);
    }
    free(parent_arc);
    free(queue);
    return rc;
}

/* A lightest path by Dijkstra (igraph's, for its choice among equally light paths). Inside a guard. */
static int dijkstra(const an_i_path_graph *graph, const an_network *network, an_i_path_result *result,
                    const an_path_options *resolved)
{
    igraph_t ig;
    igraph_vector_t weights;
    igraph_vector_int_t edges;
    int rc = an_i_path_graph_to_igraph(graph, &ig, &weights);
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_vector_int_init(&edges, 0), "shortest path");
    if (rc == AN_OK) {
        rc = an_i_igraph_check(igraph_get_shortest_path_dijkstra(&ig, NULL, &edges, graph->from, graph->to, &weights,
                                                                 IGRAPH_OUT),
                               "shortest path (Dijkstra)");
        /* An unreachable end gives an empty edge list (from != to here). */
        if (rc == AN_OK && igraph_vector_int_size(&edges) > 0)
            rc = an_i_path_result_add(result, network, graph, resolved, VECTOR(edges), NULL,
                                      igraph_vector_int_size(&edges));
        igraph_vector_int_destroy(&edges);
    }
    igraph_destroy(&ig);
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
    if (!graph.weighted) {
        rc = breadth_first(&graph, network, result, &resolved);
        return an_i_paths_finish(out, result, &graph, rc);
    }
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    rc = dijkstra(&graph, network, result, &resolved);
    an_i_igraph_end(&guard);
    return an_i_paths_finish(out, result, &graph, rc);
}
