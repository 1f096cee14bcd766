/*
 * graph_measures.c — density, reciprocity, transitivity, average clustering,
 * diameter and mean distance of the whole network.
 */
#include "actornet/cohesion.h"
#include "cohesion_internal.h"
#include "error_internal.h"

#include <float.h>
#include <math.h>

/* The checks every graph-level measure starts with. */
static int check_arguments(const void *out, const an_network *network, const char *what)
{
    if (!out || !network)
        return an_i_error(AN_EMISUSE, "%s: NULL argument", what);
    if (network->node_count == 0)
        return an_i_error(AN_EEMPTY, "%s: the network has no nodes", what);
    return AN_OK;
}

int an_network_density(double *out, const an_network *network, const an_edge_policy *policy)
{
    int rc = check_arguments(out, network, "density");
    if (rc != AN_OK)
        return rc;
    if (policy && policy->lens)
        return an_i_cohesion_scalar_lens(an_network_density, out, network, policy);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    rc = an_i_cohesion_view(&view, network, policy, AN_I_POLICY_AS_GIVEN, AN_I_POLICY_AS_GIVEN, 0);
    if (rc == AN_OK) {
        igraph_real_t density = 0;
        if (igraph_vcount(&view.graph) > 1)
            rc = an_i_igraph_check(igraph_density(&view.graph, &density, 0), "density");
        if (rc == AN_OK)
            *out = density;
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    return rc;
}

int an_network_reciprocity(double *out, const an_network *network, const an_edge_policy *policy)
{
    int rc = check_arguments(out, network, "reciprocity");
    if (rc != AN_OK)
        return rc;
    if (policy && policy->lens)
        return an_i_cohesion_scalar_lens(an_network_reciprocity, out, network, policy);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    /* Self-loops are never reciprocated ties: leave them out of the count. */
    an_edge_policy effective = AN_EDGE_POLICY_INIT;
    if (policy)
        effective = *policy;
    effective.self_loops = 0;
    rc = an_i_cohesion_view(&view, network, &effective, AN_I_POLICY_AS_GIVEN, AN_I_POLICY_AS_GIVEN, 0);
    if (rc == AN_OK) {
        igraph_real_t reciprocity = NAN;
        if (igraph_ecount(&view.graph) == 0)
            reciprocity = NAN;
        else if (!view.directed)
            reciprocity = 1.0;
        else
            rc = an_i_igraph_check(igraph_reciprocity(&view.graph, &reciprocity, 1, IGRAPH_RECIPROCITY_DEFAULT),
                                   "reciprocity");
        if (rc == AN_OK)
            *out = reciprocity;
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    return rc;
}

/* Transitivity (global = 1) or average local clustering (global = 0) on the undirected simple graph. */
static int clustering(double *out, const an_network *network, const an_edge_policy *policy, int global)
{
    const char *what = global ? "transitivity" : "average clustering";
    int rc = check_arguments(out, network, what);
    if (rc != AN_OK)
        return rc;
    an_edge_policy effective = AN_EDGE_POLICY_INIT;
    if (policy)
        effective = *policy;
    effective.self_loops = 0;
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    rc = an_i_cohesion_view(&view, network, &effective, AN_AS_UNDIRECTED, AN_PARALLEL_COLLAPSE, 0);
    if (rc == AN_OK) {
        igraph_real_t value = 0;
        rc = an_i_igraph_check(global ? igraph_transitivity_undirected(&view.graph, &value, IGRAPH_TRANSITIVITY_ZERO)
                                      : igraph_transitivity_avglocal_undirected(&view.graph, &value,
                                                                                IGRAPH_TRANSITIVITY_ZERO),
                               what);
        if (rc == AN_OK)
            *out = value;
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    return rc;
}

int an_network_transitivity(double *out, const an_network *network, const an_edge_policy *policy)
{
    if (network && policy && policy->lens)
        return an_i_cohesion_scalar_lens(an_network_transitivity, out, network, policy);
    return clustering(out, network, policy, 1);
}

int an_network_average_clustering(double *out, const an_network *network, const an_edge_policy *policy)
{
    if (network && policy && policy->lens)
        return an_i_cohesion_scalar_lens(an_network_average_clustering, out, network, policy);
    return clustering(out, network, policy, 0);
}

/* Diameter (want_diameter = 1) or mean distance over reachable ordered pairs. */
static int distances(double *out, int64_t *out_unreachable, const an_network *network, const an_edge_policy *policy,
                     int want_diameter)
{
    const char *what = want_diameter ? "diameter" : "mean distance";
    int rc = check_arguments(out, network, what);
    if (rc != AN_OK)
        return rc;
    an_edge_policy effective = AN_EDGE_POLICY_INIT;
    if (policy)
        effective = *policy;
    effective.self_loops = 0;
    /* Weighted: keep parallel ties so that the shortest of them is the one a path takes. */
    int weighted = effective.weight != NULL;
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    rc = an_i_cohesion_view(&view, network, &effective, AN_I_POLICY_AS_GIVEN,
                            weighted ? AN_PARALLEL_KEEP : AN_PARALLEL_COLLAPSE, weighted);
    if (rc != AN_OK)
        goto done;
    if (weighted) {
        for (int64_t e = 0; e < igraph_vector_size(&view.weights); e++) {
            if (!(VECTOR(view.weights)[e] > 0)) {
                int64_t edge = VECTOR(view.edge_map)[e];
                rc = an_i_error(AN_EINVAL, "%s: weight '%s' of edge #%lld (%s -> %s) is %g; lengths must be > 0", what,
                                effective.weight, (long long)edge, network->node_ids[network->endpoints[2 * edge]],
                                network->node_ids[network->endpoints[2 * edge + 1]],
                                VECTOR(view.weights)[e] * view.weight_scale);
                goto destroy;
            }
        }
    }
    igraph_real_t value = 0, unreachable = 0;
    int64_t n = igraph_vcount(&view.graph);
    if (want_diameter) {
        if (weighted)
            rc = an_i_igraph_check(igraph_diameter_dijkstra(&view.graph, &view.weights, &value, NULL, NULL, NULL, NULL,
                                                            view.directed, 1),
                                   what);
        else
            rc = an_i_igraph_check(igraph_diameter(&view.graph, &value, NULL, NULL, NULL, NULL, view.directed, 1), what);
        if (rc == AN_OK && !isfinite(value))
            value = 0; /* no pair of distinct nodes is connected */
    } else if (n == 1) {
        value = 0; /* NetworkX's convention for a single node */
    } else {
        if (weighted)
            rc = an_i_igraph_check(igraph_average_path_length_dijkstra(&view.graph, &value, &unreachable,
                                                                       &view.weights, view.directed, 1),
                                   what);
        else
            rc = an_i_igraph_check(igraph_average_path_length(&view.graph, &value, &unreachable, view.directed, 1),
                                   what);
    }
    if (rc == AN_OK && weighted && view.weight_scale != 1.0) {
        /* lengths were divided by the view's weight scale (igraph_bridge.h): multiply back */
        double scaled = value;
        value = ldexp(scaled, ilogb(view.weight_scale));
        if (!isfinite(value) || (scaled > 0 && value < DBL_MIN))
            rc = an_i_error(AN_ERANGE, "%s: %g x 2^%d with these lengths, outside the range of double precision; "
                            "rescale the weight column", what, scaled, ilogb(view.weight_scale));
    }
    if (rc == AN_OK) {
        *out = value;
        if (out_unreachable)
            *out_unreachable = (int64_t)unreachable;
    }
destroy:
    an_i_igraph_view_destroy(&view);
done:
    an_i_igraph_end(&guard);
    return rc;
}

int an_network_diameter(double *out, const an_network *network, const an_edge_policy *policy)
{
    if (network && policy && policy->lens)
        return an_i_cohesion_scalar_lens(an_network_diameter, out, network, policy);
    return distances(out, NULL, network, policy, 1);
}

int an_network_mean_distance(double *out, int64_t *out_unreachable_pairs, const an_network *network,
                             const an_edge_policy *policy)
{
    if (network && policy && policy->lens)
        return an_i_cohesion_mean_distance_lens(out, out_unreachable_pairs, network, policy);
    return distances(out, out_unreachable_pairs, network, policy, 0);
}
