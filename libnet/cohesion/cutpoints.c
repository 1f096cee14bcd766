/*
 * cutpoints.c — articulation points (cut-vertices) and bridges (cut-ties),
 * always on the undirected graph.
 */
#include "actornet/cohesion.h"
#include "cohesion_internal.h"
#include "error_internal.h"

#include <stdlib.h>

static int compare_int64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* articulation points in the shape of an_i_cohesion_node_list (k unused) */
static int articulation_points(int64_t *out_nodes, int64_t *out_count, const an_network *network, int64_t k,
                               const an_edge_policy *policy)
{
    (void)k;
    return an_network_articulation_points(out_nodes, out_count, network, policy);
}

int an_network_articulation_points(int64_t *out_nodes, int64_t *out_count, const an_network *network,
                                   const an_edge_policy *policy)
{
    if (!out_nodes || !out_count || !network)
        return AN_I_MISUSE("NULL argument");
    if (policy && policy->lens)
        return an_i_cohesion_node_list_lens(articulation_points, out_nodes, out_count, network, 0, policy);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_cohesion_view(&view, network, policy, AN_AS_UNDIRECTED, AN_PARALLEL_COLLAPSE, 0);
    if (rc == AN_OK) {
        igraph_vector_int_t points;
        rc = an_i_igraph_check(igraph_vector_int_init(&points, 0), "articulation points");
        if (rc == AN_OK) {
            rc = an_i_igraph_check(igraph_articulation_points(&view.graph, &points), "articulation points");
            if (rc == AN_OK) {
                int64_t count = igraph_vector_int_size(&points);
                for (int64_t i = 0; i < count; i++)
                    out_nodes[i] = VECTOR(points)[i];
                qsort(out_nodes, (size_t)count, sizeof *out_nodes, compare_int64);
                *out_count = count;
            }
            igraph_vector_int_destroy(&points);
        }
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    return rc;
}

int an_network_bridges(int64_t *out_edges, int64_t *out_count, const an_network *network,
                       const an_edge_policy *policy)
{
    if (!out_edges || !out_count || !network)
        return AN_I_MISUSE("NULL argument");
    if (policy && policy->lens)
        return an_i_cohesion_bridges_lens(out_edges, out_count, network, policy);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_cohesion_view(&view, network, policy, AN_AS_UNDIRECTED, AN_I_POLICY_AS_GIVEN, 0);
    if (rc == AN_OK) {
        igraph_vector_int_t bridges;
        rc = an_i_igraph_check(igraph_vector_int_init(&bridges, 0), "bridges");
        if (rc == AN_OK) {
            rc = an_i_igraph_check(igraph_bridges(&view.graph, &bridges), "bridges");
            if (rc == AN_OK) {
                int64_t count = igraph_vector_int_size(&bridges);
                for (int64_t i = 0; i < count; i++)
                    out_edges[i] = VECTOR(view.edge_map)[VECTOR(bridges)[i]];
                qsort(out_edges, (size_t)count, sizeof *out_edges, compare_int64);
                *out_count = count;
            }
            igraph_vector_int_destroy(&bridges);
        }
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    return rc;
}
