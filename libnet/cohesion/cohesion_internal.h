/*
 * cohesion_internal.h — shared by the cohesion sources: building the igraph
 * view a cohesion measure needs from the caller's edge policy.
 */
#ifndef AN_COHESION_INTERNAL_H
#define AN_COHESION_INTERNAL_H

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

#endif
