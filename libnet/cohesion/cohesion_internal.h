/*
 * cohesion_internal.h — shared by the cohesion sources: building the igraph
 * view a cohesion measure needs from the caller's edge policy.
 */
#ifndef AN_COHESION_INTERNAL_H
#define AN_COHESION_INTERNAL_H

#include "actornet/cohesion.h"
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

/* ---- node sets (node_sets.c): cliques and k-plexes collected, then sorted ------- */

typedef struct an_i_node_sets {
    int64_t count;                          /* sets collected */
    int64_t *offsets, offsets_capacity;     /* count + 1 used */
    int64_t *nodes, nodes_length, nodes_capacity;
} an_i_node_sets;

/** Room for a set of `size` nodes (NULL when out of memory): fill it, then call _end. */
int64_t *an_i_node_sets_begin(an_i_node_sets *sets, int64_t size);

/** Close the set begun with _begin (sorts it ascending). */
void an_i_node_sets_end(an_i_node_sets *sets, int64_t size);

/** Append a copy of `nodes` (sorted ascending in the copy). AN_OK or AN_ENOMEM (not recorded). */
int an_i_node_sets_add(an_i_node_sets *sets, const int64_t *nodes, int64_t size);

/** The sets as an an_cliques: largest first, then by node indices; each node index mapped
 *  through `origin` (an increasing map, e.g. a lens's; NULL: none). AN_OK / AN_ENOMEM. */
int an_i_node_sets_result(an_cliques **out, const an_i_node_sets *sets, int truncated, const int64_t *origin);

void an_i_node_sets_free(an_i_node_sets *sets);

/** qsort comparison of int64_t values, ascending. */
int an_i_compare_int64(const void *a, const void *b);

#endif
