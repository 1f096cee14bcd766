/*
 * cohesion_view.c — the igraph view each cohesion measure analyses, borrowed
 * from the network's view cache (read-only; an_i_igraph_view_destroy gives it
 * back).
 */
#include "cohesion_internal.h"

int an_i_cohesion_view(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy,
                       int direction, int parallel, int keep_weights)
{
    an_edge_policy effective = AN_EDGE_POLICY_INIT;
    if (policy)
        effective = *policy;
    int rc = an_i_edge_policy_check(network, &effective);
    if (rc != AN_OK)
        return rc;
    if (direction != AN_I_POLICY_AS_GIVEN)
        effective.direction = direction;
    if (parallel != AN_I_POLICY_AS_GIVEN)
        effective.parallel = parallel;
    if (!keep_weights)
        effective.weight = NULL;
    return an_i_igraph_view_borrow(view, network, &effective);
}
