/*
 * leiden.c — the Leiden algorithm (Traag, Waltman & van Eck 2019) for
 * modularity or the Constant Potts Model.
 *
 * Iterations are ours: igraph 0.10.2's "negative n_iterations" loop runs
 * until the first iteration that CHANGES the partition (checked against
 * python-igraph: its n_iterations=-1 result is always that of one iteration),
 * so it never returns when nothing changes (every node alone is optimal, e.g.
 * at resolution 10 on a small network). Here each iteration is one igraph call
 * started from the previous partition (the same random stream as igraph's own
 * loop), and we stop after the first iteration that leaves the partition as it
 * was (Traag et al.: the partition is then stable), or after the requested
 * number, AN_LEIDEN_MAX_ITERATIONS when "until stable".
 *
 * Weights arrive divided by the view's weight_scale (igraph_bridge.h).
 * Modularity is unchanged by that; the Constant Potts Model compares weights
 * with the resolution, so the resolution is divided by the same power of two
 * (the partition and igraph's quality are then exactly those of the unscaled
 * problem).
 */
#include "communities_internal.h"
#include "error_internal.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* Do two memberships describe the same partition (labels may differ)? */
static int same_partition(const igraph_vector_int_t *a, const igraph_vector_int_t *b, igraph_vector_int_t *map)
{
    int64_t n = igraph_vector_int_size(a);
    if (igraph_vector_int_size(b) != n)
        return 0;
    igraph_vector_int_fill(map, -1);
    for (int64_t v = 0; v < n; v++) {
        igraph_integer_t x = VECTOR(*a)[v], y = VECTOR(*b)[v];
        if (x < 0 || x >= n || y < 0 || y >= n)
            return 0;
        if (VECTOR(*map)[x] < 0)
            VECTOR(*map)[x] = y;
        else if (VECTOR(*map)[x] != y)
            return 0;
    }
    /* the map is a function a -> b on labels; the same number of labels makes it a bijection */
    igraph_integer_t labels_a = igraph_vector_int_max(a), labels_b = igraph_vector_int_max(b);
    return labels_a == labels_b;
}

int an_i_leiden_cpm_resolution(double *out, double resolution, double weight_scale)
{
    *out = weight_scale != 1.0 ? resolution / weight_scale : resolution;
    if (resolution > 0 && (!isfinite(*out) || *out < DBL_MIN))
        return an_i_error(AN_ERANGE,
                          "Leiden (CPM): resolution %g is out of range against weights of order %g "
                          "(their ratio does not fit a double); rescale the weights or the resolution",
                          resolution, weight_scale);
    return AN_OK;
}

int an_i_community_leiden(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                          const an_community_options *options)
{
    const igraph_vector_t *weights = an_i_view_weights(view);
    igraph_vector_t node_weights;
    const igraph_vector_t *node_weights_used = NULL;
    double resolution = options->resolution;
    int rc = AN_OK;
    if (options->objective == AN_LEIDEN_MODULARITY) {
        /* igraph's Leiden optimises 1/2m sum_ij (A_ij - gamma' n_i n_j) [c_i = c_j]: modularity
         * at resolution gamma is n_i = k_i (the weighted degree) and gamma' = gamma / 2m. */
        rc = an_i_igraph_check(igraph_vector_init(&node_weights, 0), "Leiden");
        if (rc != AN_OK)
            return rc;
        rc = an_i_igraph_check(igraph_strength(&view->graph, &node_weights, igraph_vss_all(), IGRAPH_ALL,
                                               IGRAPH_LOOPS, weights),
                               "Leiden: degrees");
        if (rc != AN_OK) {
            igraph_vector_destroy(&node_weights);
            return rc;
        }
        resolution /= igraph_vector_sum(&node_weights); /* > 0: the caller checked there is weight */
        node_weights_used = &node_weights;
    } else if (view->has_weights && (rc = an_i_leiden_cpm_resolution(&resolution, options->resolution,
                                                                      view->weight_scale)) != AN_OK) {
        return rc;
    }
    igraph_integer_t clusters = 0;
    igraph_real_t value = 0;
    igraph_vector_int_t previous, map;
    int have_previous = 0, have_map = 0;
    rc = an_i_igraph_check(igraph_vector_int_init(&previous, 0), "Leiden");
    have_previous = rc == AN_OK;
    if (rc == AN_OK) {
        rc = an_i_igraph_check(igraph_vector_int_init(&map, igraph_vcount(&view->graph)), "Leiden");
        have_map = rc == AN_OK;
    }
    int64_t limit = options->iterations >= 0 ? options->iterations : AN_LEIDEN_MAX_ITERATIONS;
    if (limit == 0 && rc == AN_OK) /* no iteration: igraph's singletons */
        rc = an_i_igraph_check(igraph_community_leiden(&view->graph, weights, node_weights_used, resolution,
                                                       options->beta, 0, 0, membership, &clusters, &value),
                               "Leiden");
    for (int64_t iteration = 0; rc == AN_OK && iteration < limit; iteration++) {
        rc = an_i_igraph_check(igraph_community_leiden(&view->graph, weights, node_weights_used, resolution,
                                                       options->beta, iteration > 0, 1, membership, &clusters,
                                                       &value),
                               "Leiden");
        if (rc != AN_OK)
            continue;
        if (iteration > 0 && same_partition(&previous, membership, &map))
            break;
        rc = an_i_igraph_check(igraph_vector_int_update(&previous, membership), "Leiden");
    }
    if (have_previous)
        igraph_vector_int_destroy(&previous);
    if (have_map)
        igraph_vector_int_destroy(&map);
    if (node_weights_used)
        igraph_vector_destroy(&node_weights);
    if (rc == AN_OK)
        *quality = value;
    return rc;
}
