/*
 * whatif.c — remove actors, measure before and after: weak components, the
 * largest one, fragmentation, distance-weighted fragmentation, global
 * efficiency and mean reach. Removal is a mask over our adjacency arrays;
 * nothing is copied or rebuilt.
 */
#include "error_internal.h"
#include "keyplayers_internal.h"
#include "parallel_for.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct views {
    an_i_csr undirected, fragmentation, reach;
    const an_i_csr *fragmentation_view, *reach_view;
    int fragmentation_symmetric, reach_symmetric;
} views;

static void views_free(views *v)
{
    an_i_csr_free(&v->undirected);
    an_i_csr_free(&v->fragmentation);
    an_i_csr_free(&v->reach);
}

static int views_build(views *v, const an_network *network, int direction)
{
    memset(v, 0, sizeof *v);
    an_i_csr_mode fragmentation_mode = an_i_kp_view(direction, 0);
    an_i_csr_mode reach_mode = an_i_kp_view(direction, 1);
    int rc = an_i_csr_build(&v->undirected, network, AN_I_CSR_UNDIRECTED);
    v->fragmentation_view = v->reach_view = &v->undirected;
    if (rc == AN_OK && fragmentation_mode != AN_I_CSR_UNDIRECTED) {
        rc = an_i_csr_build(&v->fragmentation, network, fragmentation_mode);
        v->fragmentation_view = &v->fragmentation;
    }
    if (rc == AN_OK && reach_mode != AN_I_CSR_UNDIRECTED) {
        if (reach_mode == fragmentation_mode) {
            v->reach_view = v->fragmentation_view;
        } else {
            rc = an_i_csr_build(&v->reach, network, reach_mode);
            v->reach_view = &v->reach;
        }
    }
    v->fragmentation_symmetric = an_i_kp_view_symmetric(network, fragmentation_mode);
    v->reach_symmetric = an_i_kp_view_symmetric(network, reach_mode);
    if (rc != AN_OK)
        views_free(v);
    return rc;
}

/* Ordered reachable pairs and the sum of 1/d over them, on one view. */
static int all_pairs(const an_i_csr *adjacency, const an_i_kp_set *set, int threads, int64_t *out_pairs,
                     double *out_inverse)
{
    int64_t *histogram = calloc((size_t)adjacency->n + 2, sizeof *histogram);
    if (!histogram)
        return an_i_error(AN_ENOMEM, "what-if: out of memory");
    int32_t largest = an_i_kp_distance_histogram_parallel(adjacency, set, threads, histogram);
    if (largest < 0) {
        free(histogram);
        return AN_ENOMEM;
    }
    int64_t pairs = 0;
    for (int32_t d = 1; d <= largest; d++)
        pairs += histogram[d];
    *out_pairs = pairs;
    *out_inverse = an_i_kp_inverse_distance_sum(histogram, largest);
    free(histogram);
    return AN_OK;
}

static int measure(an_whatif_state *state, const an_network *network, const views *v, an_i_kp_scratch *scratch,
                   const an_i_kp_set *removed, const an_whatif_options *options)
{
    int64_t n = network->node_count;
    state->nodes = n - removed->count;
    state->edges = 0;
    for (int64_t e = 0; e < network->edge_count; e++)
        state->edges += !removed->mask[network->endpoints[2 * e]] && !removed->mask[network->endpoints[2 * e + 1]];
    int64_t undirected_pairs =
        an_i_kp_component_pairs(&v->undirected, scratch, removed, &state->components, &state->largest_component);
    double remaining = (double)state->nodes, ordered = remaining * (remaining - 1.0);
    int threads = an_i_parallel_threads_env(options->threads);

    int64_t fragmentation_pairs = undirected_pairs;
    double inverse = NAN;
    int have_all_pairs = 0;
    if (options->distances) {
        int rc = all_pairs(v->fragmentation_view, removed, threads, &fragmentation_pairs, &inverse);
        if (rc != AN_OK)
            return rc;
        have_all_pairs = 1;
    }
    if (remaining < 2) {
        state->fragmentation = state->distance_fragmentation = 1.0;
        state->efficiency = 0.0;
    } else {
        state->fragmentation = v->fragmentation_symmetric || have_all_pairs
                                   ? 1.0 - (double)fragmentation_pairs / ordered
                                   : NAN;
        state->efficiency = have_all_pairs ? inverse / ordered : NAN;
        state->distance_fragmentation = have_all_pairs ? 1.0 - inverse / ordered : NAN;
    }

    if (state->nodes == 0) {
        state->mean_reach = 0.0;
    } else if (v->reach_symmetric) {
        state->mean_reach = (double)undirected_pairs / remaining;
    } else if (v->reach_view == v->fragmentation_view && have_all_pairs) {
        state->mean_reach = (double)fragmentation_pairs / remaining;
    } else if (options->distances) {
        int64_t reach_pairs = 0;
        double unused;
        int rc = all_pairs(v->reach_view, removed, threads, &reach_pairs, &unused);
        if (rc != AN_OK)
            return rc;
        state->mean_reach = (double)reach_pairs / remaining;
    } else {
        state->mean_reach = NAN;
    }
    return AN_OK;
}

static int check_options(const an_whatif_options *options)
{
    if (options->version != 1 && options->version != AN_WHATIF_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_whatif_options: version %u, expected %u", options->version,
                          AN_WHATIF_OPTIONS_VERSION);
    if (options->direction < AN_KP_DIRECTION_AUTO || options->direction > AN_KP_IN)
        return an_i_error(AN_EINVAL, "unknown direction mode %d", options->direction);
    return AN_OK;
}

/* Measure with the nodes marked in `mask` (count of them: removed_count) removed. */
static int run(an_whatif_result *out, const an_network *network, uint8_t *mask, const an_whatif_options *options)
{
    int64_t n = network->node_count;
    int32_t *members = malloc(((size_t)n + 1) * sizeof *members);
    an_i_kp_scratch scratch = { 0 };
    views v;
    int rc = views_build(&v, network, options->direction);
    if (rc != AN_OK) {
        free(members);
        return rc;
    }
    if (!members || an_i_kp_scratch_init(&scratch, (int32_t)n, 0) != AN_OK) {
        rc = an_i_error(AN_ENOMEM, "what-if: out of memory");
        goto done;
    }
    int64_t count = 0;
    for (int64_t x = 0; x < n; x++)
        if (mask[x])
            members[count++] = (int32_t)x;
    uint8_t *none = mask + n + 1; /* a second, all-zero mask after the first */
    an_i_kp_set nothing = { none, members, 0, -1, -1 };
    an_i_kp_set removed = { mask, members, count, -1, -1 };
    rc = measure(&out->before, network, &v, &scratch, &nothing, options);
    if (rc == AN_OK)
        rc = measure(&out->after, network, &v, &scratch, &removed, options);
done:
    an_i_kp_scratch_free(&scratch);
    free(members);
    views_free(&v);
    return rc;
}

static int begin(an_whatif_result *out, const an_network *network, const an_whatif_options **options,
                 an_whatif_options *defaults, uint8_t **mask)
{
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    if (!*options)
        *options = defaults;
    int rc = check_options(*options);
    if (rc != AN_OK)
        return rc;
    if (network->node_count == 0)
        return an_i_error(AN_EEMPTY, "what-if: the network has no nodes");
    if (network->node_count > AN_I_CSR_MAX_NODES)
        return an_i_error(AN_ELIMIT, "what-if: %lld nodes; at most %lld are supported",
                          (long long)network->node_count, (long long)AN_I_CSR_MAX_NODES);
    *mask = calloc(2 * ((size_t)network->node_count + 1), 1);
    if (!*mask)
        return an_i_error(AN_ENOMEM, "what-if: out of memory");
    return AN_OK;
}

int an_whatif_remove(an_whatif_result *out, const an_network *network, const char *const *ids, size_t count,
                     const an_whatif_options *options)
{
    an_whatif_options defaults = AN_WHATIF_OPTIONS_INIT;
    uint8_t *mask = NULL;
    if (!ids && count > 0)
        return AN_I_MISUSE("ids is NULL");
    if (out && network && options && an_i_whatif_lens(options))
        return an_i_whatif_remove_lens(out, network, ids, NULL, count, options);
    int rc = begin(out, network, &options, &defaults, &mask);
    if (rc != AN_OK)
        return rc;
    for (size_t i = 0; i < count; i++) {
        if (!ids[i]) {
            free(mask);
            return AN_I_MISUSE("an id is NULL");
        }
        int64_t node;
        if (an_network_find_node(network, ids[i], &node) != AN_OK) {
            free(mask);
            return an_i_error(AN_ENOTFOUND, "what-if: no node with id '%s'", ids[i]);
        }
        mask[node] = 1;
    }
    rc = run(out, network, mask, options);
    free(mask);
    return rc;
}

int an_whatif_remove_nodes(an_whatif_result *out, const an_network *network, const int64_t *nodes, size_t count,
                           const an_whatif_options *options)
{
    an_whatif_options defaults = AN_WHATIF_OPTIONS_INIT;
    uint8_t *mask = NULL;
    if (!nodes && count > 0)
        return AN_I_MISUSE("nodes is NULL");
    if (out && network && options && an_i_whatif_lens(options))
        return an_i_whatif_remove_lens(out, network, NULL, nodes, count, options);
    int rc = begin(out, network, &options, &defaults, &mask);
    if (rc != AN_OK)
        return rc;
    for (size_t i = 0; i < count; i++) {
        if (nodes[i] < 0 || nodes[i] >= network->node_count) {
            free(mask);
            return an_i_error(AN_ERANGE, "what-if: node index %lld is out of range (%lld nodes)",
                              (long long)nodes[i], (long long)network->node_count);
        }
        mask[nodes[i]] = 1;
    }
    rc = run(out, network, mask, options);
    free(mask);
    return rc;
}
