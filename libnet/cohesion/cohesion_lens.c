/*
 * cohesion_lens.c — the cohesion measures through a lens (analysis.h: policy.lens): each runs on the
 * lens's network and its node and tie indices are mapped back to the caller's network.
 */
#include "actornet/cohesion.h"
#include "cohesion_internal.h"
#include "error_internal.h"
#include "lens_scope.h"

#include <stdlib.h>

/* Open the scope and the caller's policy without its lens. */
static int open_scope(an_i_lens_scope *scope, an_edge_policy *inner, const an_network *network,
                      const an_edge_policy *policy)
{
    *inner = *policy;
    inner->lens = NULL;
    return an_i_lens_scope_open(scope, network, policy->lens);
}

int an_i_cohesion_scalar_lens(an_i_cohesion_scalar measure, double *out, const an_network *network,
                              const an_edge_policy *policy)
{
    an_i_lens_scope scope;
    an_edge_policy inner;
    int rc = open_scope(&scope, &inner, network, policy);
    if (rc == AN_OK)
        rc = measure(out, scope.network, &inner);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_cohesion_mean_distance_lens(double *out, int64_t *out_unreachable_pairs, const an_network *network,
                                     const an_edge_policy *policy)
{
    an_i_lens_scope scope;
    an_edge_policy inner;
    int rc = open_scope(&scope, &inner, network, policy);
    if (rc == AN_OK)
        rc = an_network_mean_distance(out, out_unreachable_pairs, scope.network, &inner);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_cohesion_components_lens(an_components **out, const an_network *network, an_component_mode mode,
                                  const an_edge_policy *policy)
{
    an_i_lens_scope scope;
    an_edge_policy inner;
    an_components *seen = NULL;
    int rc = open_scope(&scope, &inner, network, policy);
    if (rc == AN_OK)
        rc = an_network_components(&seen, scope.network, mode, &inner);
    int64_t *membership = NULL;
    if (rc == AN_OK && !(membership = malloc(((size_t)scope.original_nodes + 1) * sizeof *membership)))
        rc = AN_I_NOMEM();
    if (rc == AN_OK) {
        an_i_lens_scatter_integers(&scope, membership, seen->membership, 1, -1);
        free(seen->membership);
        seen->membership = membership;
        seen->node_count = scope.original_nodes;
        *out = seen;
        seen = NULL;
    }
    an_components_free(seen);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_cohesion_node_list_lens(an_i_cohesion_node_list measure, int64_t *out_nodes, int64_t *out_count,
                                 const an_network *network, int64_t k, const an_edge_policy *policy)
{
    an_i_lens_scope scope;
    an_edge_policy inner;
    int rc = open_scope(&scope, &inner, network, policy);
    if (rc == AN_OK)
        rc = measure(out_nodes, out_count, scope.network, k, &inner);
    if (rc == AN_OK)
        an_i_lens_nodes_to_original(&scope, out_nodes, *out_count);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_cohesion_bridges_lens(int64_t *out_edges, int64_t *out_count, const an_network *network,
                               const an_edge_policy *policy)
{
    an_i_lens_scope scope;
    an_edge_policy inner;
    int rc = open_scope(&scope, &inner, network, policy);
    if (rc == AN_OK)
        rc = an_network_bridges(out_edges, out_count, scope.network, &inner);
    if (rc == AN_OK)
        an_i_lens_edges_to_original(&scope, out_edges, *out_count);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_cohesion_cliques_lens(an_cliques **out, const an_network *network, const an_clique_options *options)
{
    an_i_lens_scope scope;
    an_clique_options inner = *options;
    inner.policy.lens = NULL;
    int rc = an_i_lens_scope_open(&scope, network, options->policy.lens);
    if (rc == AN_OK)
        rc = an_network_maximal_cliques(out, scope.network, &inner);
    if (rc == AN_OK) /* the map is increasing, so each clique stays ascending */
        an_i_lens_nodes_to_original(&scope, (*out)->nodes, (*out)->offsets[(*out)->count]);
    an_i_lens_scope_close(&scope);
    return rc;
}
