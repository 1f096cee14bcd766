/*
 * leiden_csr.c — Leiden on the CSR (leiden_csr.h): the refinement step
 * (Traag, Waltman & van Eck 2019, Algorithm A.2, MergeNodesSubset) and the
 * iterations; local moving and aggregation are shared with Louvain
 * (local_moving_csr.c).
 *
 * Refined clusters are named after their first node (refined[v] = v at the
 * start), so every per-cluster array is indexed by node and no community
 * needs storage of its own. Candidate gains are turned into probabilities as
 * exp((gain - best) / beta): the same distribution as igraph's exp(gain /
 * beta), without its overflow to infinity for gains above ~7 beta.
 */
#include "leiden_csr.h"
#include "error_internal.h"

#include <math.h>
#include <string.h>

/* Is refined cluster c well connected to the rest of its community (total node weight `total`)? */
static inline int well_connected(const an_i_multilevel *ws, int32_t c, double total)
{
    return ws->external[c] >= ws->cluster_weight[c] * (total - ws->cluster_weight[c]) * ws->resolution;
}

/* Visit the nodes of one community in a random order, merging singletons into refined clusters. */
static void refine_community(an_i_multilevel *ws, const an_i_level_graph *graph, int32_t community,
                             int32_t *nodes, int32_t count, int32_t *refined)
{
    const int64_t *offsets = graph->offsets;
    const int32_t *targets = graph->targets, *membership = ws->membership;
    double *weight = ws->cluster_weight, *cumulative = ws->cumulative;
    an_i_lm_tally tally = an_i_lm_tally_open(ws);
    double total = 0;
    for (int32_t i = 0; i < count; i++) {
        /* each node starts alone; its external weight is its weight to the rest of the community
         * (set here, community by community, while its arcs are about to be read again) */
        int32_t v = nodes[i];
        refined[v] = v;
        weight[v] = graph->node_weights[v];
        total += weight[v];
        ws->merged[v] = 0;
        double external = 0;
        for (int64_t k = offsets[v]; k < offsets[v + 1]; k++)
            if (targets[k] != v && membership[targets[k]] == community)
                external += an_i_level_arc_weight(graph, k);
        ws->external[v] = external;
    }
    an_i_multilevel_shuffle(ws, nodes, count);
    for (int32_t i = 0; i < count; i++) {
        int32_t v = nodes[i];
        if (ws->merged[v] || !well_connected(ws, v, total))
            continue; /* v is no longer alone (refined[v] = v until someone joins it), or loosely tied */
        double own = graph->node_weights[v];
        weight[v] = 0;
        an_i_lm_tally_add(&tally, v, 0); /* staying alone */
        for (int64_t k = offsets[v]; k < offsets[v + 1]; k++) {
            int32_t u = targets[k];
            if (u != v && membership[u] == community)
                an_i_lm_tally_add(&tally, refined[u], an_i_level_arc_weight(graph, k));
        }
        /* gains of the well-connected candidates (staying alone: 0), then exp((gain - best) / beta) */
        int32_t candidates = tally.count;
        double best = 0;
        for (int32_t j = 0; j < candidates; j++) {
            int32_t c = tally.list[j];
            cumulative[j] = well_connected(ws, c, total) ? tally.weight[c] - own * weight[c] * ws->resolution : -1;
            if (cumulative[j] > best)
                best = cumulative[j];
        }
        double sum = 0;
        for (int32_t j = 0; j < candidates; j++) {
            double exponent = (cumulative[j] - best) / ws->beta;
            /* below e^-40 a term cannot change a sum that holds the best one's 1: skip exp() */
            if (cumulative[j] >= 0 && exponent > -40)
                sum += exp(exponent);
            cumulative[j] = sum;
        }
        double draw = an_i_random_uniform(&ws->random) * sum;
        int32_t pick = 0;
        while (pick < candidates - 1 && !(cumulative[pick] > draw))
            pick++;
        int32_t chosen = tally.list[pick];
        double tie = tally.weight[chosen];
        an_i_lm_tally_clear(&tally);
        weight[chosen] += own;
        if (chosen == v)
            continue;
        /* external(C + v) = external(C) + external(v) - 2 w(v, C) */
        ws->external[chosen] += ws->external[v] - 2 * tie;
        refined[v] = chosen;
        ws->merged[chosen] = 1;
    }
}

/* an_i_refine_fn: refine every community of the level; returns the number of refined clusters. */
static int32_t refine(an_i_multilevel *ws, const an_i_level_graph *graph, int32_t communities, int32_t *refined)
{
    int32_t n = graph->n;
    an_i_group_by_label(ws, ws->membership, n, communities);
    for (int32_t c = 0; c < communities; c++)
        refine_community(ws, graph, c, ws->order + ws->group_start[c], ws->group_start[c + 1] - ws->group_start[c],
                         refined);
    return an_i_renumber_labels(refined, n, ws->order);
}

int an_i_leiden_csr(int64_t *membership, double *quality, const an_i_csr *csr,
                    const an_i_leiden_csr_options *options, an_i_community_csr_stats *stats)
{
    if (stats)
        memset(stats, 0, sizeof *stats);
    if (!membership || !csr)
        return AN_I_MISUSE("NULL argument");
    an_i_leiden_csr_options defaults = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->objective != AN_LEIDEN_MODULARITY && options->objective != AN_LEIDEN_CPM)
        return an_i_error(AN_EINVAL, "Leiden: unknown objective %d", options->objective);
    if (!(options->resolution >= 0) || !isfinite(options->resolution))
        return an_i_error(AN_EINVAL, "Leiden: resolution must be finite and >= 0 (got %g)", options->resolution);
    if (!(options->beta > 0) || !isfinite(options->beta))
        return an_i_error(AN_EINVAL, "Leiden: beta must be finite and > 0 (got %g)", options->beta);
    an_i_multilevel ws;
    int rc = an_i_multilevel_init(&ws, csr, options->objective == AN_LEIDEN_CPM, options->resolution, options->seed);
    if (rc != AN_OK)
        return rc;
    ws.beta = options->beta;
    int64_t limit = options->iterations >= 0 ? options->iterations : AN_LEIDEN_MAX_ITERATIONS;
    int64_t iterations = 0, levels = 0;
    for (; rc == AN_OK && iterations < limit && ws.total_weight > 0; iterations++) {
        int moved = 0;
        rc = an_i_multilevel_pass(&ws, refine, &moved, &levels);
        if (!moved) {
            iterations++;
            break; /* this iteration left the partition as it was: it is stable */
        }
        if (rc == AN_OK && iterations + 1 < limit)
            rc = an_i_multilevel_reorder(&ws); /* after the first iteration: communities contiguous */
    }
    if (rc == AN_OK) {
        an_i_multilevel_finish(&ws, membership, quality, stats);
        if (stats) {
            stats->iterations = iterations;
            stats->levels = levels;
        }
    }
    an_i_multilevel_free(&ws);
    return rc;
}
