/*
 * cohesion_internal.h — shared by the cohesion sources: building the igraph
 * view a cohesion measure needs from the caller's edge policy.
 */
#ifndef AN_COHESION_INTERNAL_H
#define AN_COHESION_INTERNAL_H

#include "actornet/cohesion.h"
#include "graph/node_sets.h"
#include "igraph_bridge.h"

/** Keep the caller's policy field as it is. */
#define AN_I_POLICY_AS_GIVEN (-1)

/**
 * Build `view` (inside an igraph guard) from the caller's policy (NULL means
 * AN_EDGE_POLICY_INIT) after validating it as given, then overriding:
 * `direction` and `parallel` (an an_direction_mode / an_parallel_mode, or
 * AN_I_POLICY_AS_GIVEN), and dropping the weights unless `keep_weights`.
 * Destroy with an_i_igraph_view_destroy() on AN_OK.
 */
int an_i_cohesion_view(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy,
                       int direction, int parallel, int keep_weights);

/* ---- through a lens (cohesion_lens.c): called when policy->lens is set ---- */

typedef int (*an_i_cohesion_scalar)(double *out, const an_network *network, const an_edge_policy *policy);
typedef int (*an_i_cohesion_node_list)(int64_t *out_nodes, int64_t *out_count, const an_network *network,
                                       int64_t k, const an_edge_policy *policy);

int an_i_cohesion_scalar_lens(an_i_cohesion_scalar measure, double *out, const an_network *network,
                              const an_edge_policy *policy);
int an_i_cohesion_mean_distance_lens(double *out, int64_t *out_unreachable_pairs, const an_network *network,
                                     const an_edge_policy *policy);
int an_i_cohesion_components_lens(an_components **out, const an_network *network, an_component_mode mode,
                                  const an_edge_policy *policy);
/* k-core (k used) and articulation points (k ignored) share this shape */
int an_i_cohesion_node_list_lens(an_i_cohesion_node_list measure, int64_t *out_nodes, int64_t *out_count,
                                 const an_network *network, int64_t k, const an_edge_policy *policy);
int an_i_cohesion_bridges_lens(int64_t *out_edges, int64_t *out_count, const an_network *network,
                               const an_edge_policy *policy);
int an_i_cohesion_cliques_lens(an_cliques **out, const an_network *network, const an_clique_options *options);

#endif
