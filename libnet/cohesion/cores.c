/*
 * cores.c — membership of the k-core, from igraph's coreness.
 */
#include "actornet/cohesion.h"
#include "cohesion_internal.h"
#include "error_internal.h"

int an_network_k_core(int64_t *out_nodes, int64_t *out_count, const an_network *network, int64_t k,
                      const an_edge_policy *policy)
{
    if (!out_nodes || !out_count || !network)
        return AN_I_MISUSE("NULL argument");
    if (k < 0)
        return an_i_error(AN_EINVAL, "k-core: k must be >= 0 (got %lld)", (long long)k);
    if (policy && policy->lens)
        return an_i_cohesion_node_list_lens(an_network_k_core, out_nodes, out_count, network, k, policy);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_cohesion_view(&view, network, policy, AN_I_POLICY_AS_GIVEN, AN_I_POLICY_AS_GIVEN, 0);
    if (rc == AN_OK) {
        igraph_vector_int_t cores;
        rc = an_i_igraph_check(igraph_vector_int_init(&cores, 0), "k-core");
        if (rc == AN_OK) {
            rc = an_i_igraph_check(igraph_coreness(&view.graph, &cores, IGRAPH_ALL), "k-core");
            if (rc == AN_OK) {
                int64_t count = 0;
                for (int64_t v = 0; v < igraph_vector_int_size(&cores); v++)
                    if (VECTOR(cores)[v] >= k)
                        out_nodes[count++] = v;
                *out_count = count;
            }
            igraph_vector_int_destroy(&cores);
        }
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    return rc;
}
