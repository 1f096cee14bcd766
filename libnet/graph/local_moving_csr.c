/*
 * local_moving_csr.c — the multilevel core shared by Leiden and Louvain on
 * the CSR (local_moving_csr.h): the workspace, fast local moving with a
 * queue, aggregation, the pass that alternates them, and the quality.
 *
 * Every array is sized by the input (n nodes, its arcs) and allocated once per
 * call; levels only ever shrink, so the same arrays serve every level. An
 * aggregated level has at most as many arcs as the level it comes from (one
 * arc per pair of adjacent clusters, at least one arc behind each), so two
 * buffers of the input's size, used in turn, hold every aggregate.
 */
#include "local_moving_csr.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- the workspace ------------------------------------------------------- */

void an_i_multilevel_free(an_i_multilevel *ws)
{
    if (!ws)
        return;
    free(ws->integers);
    free(ws->reals);
    free(ws->flags);
    an_i_level_storage *storage[] = { &ws->levels[0], &ws->levels[1], &ws->reordered };
    for (int i = 0; i < 3; i++) {
        free(storage[i]->offsets);
        free(storage[i]->targets);
        free(storage[i]->weights);
        free(storage[i]->node_weights);
    }
    free(ws->position_of);
    memset(ws, 0, sizeof *ws);
}

int an_i_multilevel_init(an_i_multilevel *ws, const an_i_csr *csr, int cpm, double resolution, uint64_t seed)
{
    memset(ws, 0, sizeof *ws);
    if (csr->directed)
        return an_i_error(AN_EINVAL, "community detection: the CSR is directed; it needs every tie as two "
                                     "opposite arcs (an undirected CSR)");
    int32_t n = csr->n;
    int64_t arcs = n > 0 ? csr->offsets[n] : 0;
    for (int64_t k = 0; csr->weights && k < arcs; k++)
        if (!(csr->weights[k] >= 0) || !isfinite(csr->weights[k]))
            return an_i_error(AN_EINVAL, "community detection: arc %lld has weight %g; weights must be finite "
                                         "and >= 0",
                              (long long)k, csr->weights[k]);
    size_t size = (size_t)(n > 0 ? n : 1);
    ws->n = n;
    ws->arcs = arcs;
    /* every per-node array is carved from three zeroed blocks: 8 + 1 of int32 (group_start has
     * n + 1 entries), 5 of double, 3 of bytes */
    ws->integers = calloc(9 * size + 1, sizeof *ws->integers);
    ws->reals = calloc(5 * size, sizeof *ws->reals);
    ws->flags = calloc(3 * size, sizeof *ws->flags);
    if (!ws->integers || !ws->reals || !ws->flags) {
        an_i_multilevel_free(ws);
        return AN_I_NOMEM();
    }
    int32_t **integers[] = { &ws->membership, &ws->aggregate_of, &ws->cluster_size, &ws->empty,
                             &ws->queue,      &ws->order,        &ws->neighbours,   &ws->refined };
    for (size_t i = 0; i < sizeof integers / sizeof integers[0]; i++)
        *integers[i] = ws->integers + i * size;
    ws->group_start = ws->integers + 8 * size;
    double **reals[] = { &ws->node_weights, &ws->cluster_weight, &ws->neighbour_weight, &ws->external,
                         &ws->cumulative };
    for (size_t i = 0; i < sizeof reals / sizeof reals[0]; i++)
        *reals[i] = ws->reals + i * size;
    ws->queued = ws->flags;
    ws->seen = ws->flags + size;
    ws->merged = ws->flags + 2 * size;
    ws->input = (an_i_level_graph){ n, csr->offsets, csr->targets, csr->weights, ws->node_weights };
    double total = 0;
    for (int32_t v = 0; v < n; v++) {
        double degree = 0;
        for (int64_t k = csr->offsets[v]; k < csr->offsets[v + 1]; k++)
            degree += an_i_level_arc_weight(&ws->input, k);
        ws->node_weights[v] = cpm ? 1.0 : degree;
        total += degree;
        ws->membership[v] = v;
    }
    if (!isfinite(total)) {
        an_i_multilevel_free(ws);
        return an_i_error(AN_ERANGE, "community detection: the weights add up to more than a double holds; "
                                     "rescale them");
    }
    ws->total_weight = total;
    ws->resolution = cpm ? resolution : (total > 0 ? resolution / total : 0);
    an_i_random_seed(&ws->random, seed);
    return AN_OK;
}

/* The two aggregate buffers, on first need. */
static int allocate_levels(an_i_multilevel *ws)
{
    if (ws->have_levels)
        return AN_OK;
    size_t nodes = (size_t)ws->n, arcs = (size_t)(ws->arcs > 0 ? ws->arcs : 1);
    for (int i = 0; i < 2; i++) {
        an_i_level_storage *s = &ws->levels[i];
        s->offsets = malloc((nodes + 1) * sizeof *s->offsets);
        s->targets = malloc(arcs * sizeof *s->targets);
        s->weights = malloc(arcs * sizeof *s->weights);
        s->node_weights = malloc((nodes ? nodes : 1) * sizeof *s->node_weights);
        if (!s->offsets || !s->targets || !s->weights || !s->node_weights)
            return AN_I_NOMEM(); /* an_i_multilevel_free() releases what was allocated */
    }
    ws->have_levels = 1;
    return AN_OK;
}

int an_i_multilevel_reorder(an_i_multilevel *ws)
{
    if (ws->position_of)
        return AN_OK;
    int32_t n = ws->n;
    size_t size = (size_t)(n > 0 ? n : 1), arcs = (size_t)(ws->arcs > 0 ? ws->arcs : 1);
    an_i_level_storage *s = &ws->reordered;
    const an_i_level_graph *input = &ws->input;
    ws->position_of = malloc(size * sizeof *ws->position_of);
    s->offsets = malloc((size + 1) * sizeof *s->offsets);
    s->targets = malloc(arcs * sizeof *s->targets);
    s->weights = input->weights ? malloc(arcs * sizeof *s->weights) : NULL;
    s->node_weights = malloc(size * sizeof *s->node_weights);
    if (!ws->position_of || !s->offsets || !s->targets || (input->weights && !s->weights) || !s->node_weights) {
        free(ws->position_of);
        ws->position_of = NULL; /* the rest is freed with the workspace */
        return AN_I_NOMEM();
    }
    /* new number i holds input node ws->order[i]: communities in turn, each in node order */
    an_i_group_by_label(ws, ws->membership, n, n);
    for (int32_t i = 0; i < n; i++)
        ws->position_of[ws->order[i]] = i;
    int64_t arc = 0;
    s->offsets[0] = 0;
    for (int32_t i = 0; i < n; i++) {
        int32_t v = ws->order[i];
        for (int64_t k = input->offsets[v]; k < input->offsets[v + 1]; k++, arc++) {
            s->targets[arc] = ws->position_of[input->targets[k]];
            if (s->weights)
                s->weights[arc] = input->weights[k];
        }
        s->offsets[i + 1] = arc;
        s->node_weights[i] = input->node_weights[v];
        ws->queue[i] = ws->membership[v];
    }
    memcpy(ws->membership, ws->queue, (size_t)n * sizeof *ws->membership);
    ws->input = (an_i_level_graph){ n, s->offsets, s->targets, s->weights, s->node_weights };
    return AN_OK;
}

/* ---- small shared steps -------------------------------------------------- */

void an_i_multilevel_shuffle(an_i_multilevel *ws, int32_t *items, int32_t count)
{
    for (int32_t i = count - 1; i > 0; i--) {
        int32_t j = (int32_t)an_i_random_below(&ws->random, (uint64_t)i + 1);
        int32_t t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

int32_t an_i_renumber_labels(int32_t *labels, int32_t n, int32_t *map)
{
    for (int32_t c = 0; c < n; c++)
        map[c] = -1;
    int32_t k = 0;
    for (int32_t v = 0; v < n; v++) {
        if (map[labels[v]] < 0)
            map[labels[v]] = k++;
        labels[v] = map[labels[v]];
    }
    return k;
}

void an_i_group_by_label(an_i_multilevel *ws, const int32_t *labels, int32_t n, int32_t k)
{
    int32_t *start = ws->group_start;
    memset(start, 0, ((size_t)k + 1) * sizeof *start);
    for (int32_t v = 0; v < n; v++)
        start[labels[v] + 1]++;
    for (int32_t c = 0; c < k; c++)
        start[c + 1] += start[c];
    /* start[c] is the fill point of group c; afterwards it is the end of c, i.e. the start of c + 1 */
    for (int32_t v = 0; v < n; v++)
        ws->order[start[labels[v]]++] = v;
    for (int32_t c = k; c > 0; c--)
        start[c] = start[c - 1];
    start[0] = 0;
}

/* ---- fast local moving --------------------------------------------------- */

int32_t an_i_local_moving(an_i_multilevel *ws, const an_i_level_graph *graph, int *moved)
{
    const int32_t n = graph->n;
    const int64_t *offsets = graph->offsets;
    const int32_t *targets = graph->targets;
    const double *node_weights = graph->node_weights, gamma = ws->resolution;
    int32_t *membership = ws->membership, *size = ws->cluster_size, *queue = ws->queue, *empty = ws->empty;
    double *weight = ws->cluster_weight;
    uint8_t *queued = ws->queued;
    an_i_lm_tally tally = an_i_lm_tally_open(ws);

    for (int32_t c = 0; c < n; c++) {
        weight[c] = 0;
        size[c] = 0;
    }
    for (int32_t v = 0; v < n; v++) {
        weight[membership[v]] += node_weights[v];
        size[membership[v]]++;
    }
    int32_t empties = 0;
    for (int32_t c = n - 1; c >= 0; c--)
        if (size[c] == 0)
            empty[empties++] = c;
    for (int32_t v = 0; v < n; v++) {
        queue[v] = v;
        queued[v] = 1;
    }
    an_i_multilevel_shuffle(ws, queue, n);

    int32_t head = 0, count = n;
    while (count > 0) {
        int32_t v = queue[head];
        head = head + 1 == n ? 0 : head + 1;
        count--;
        /* the queue's order is random: fetch the next node's arcs, and the offsets of the one after */
        if (count > 0)
            __builtin_prefetch(&targets[offsets[queue[head]]]);
        if (count > 1)
            __builtin_prefetch(&offsets[queue[head + 1 == n ? 0 : head + 1]]);
        queued[v] = 0;
        int32_t current = membership[v];
        double own = node_weights[v];
        weight[current] -= own;
        if (--size[current] == 0)
            empty[empties++] = current;

        /* candidates: an empty community, then the communities of v's neighbours */
        an_i_lm_tally_add(&tally, empty[empties - 1], 0);
        int64_t begin = offsets[v], end = offsets[v + 1];
        for (int64_t k = begin; k < end; k++)
            if (targets[k] != v)
                an_i_lm_tally_add(&tally, membership[targets[k]], an_i_level_arc_weight(graph, k));
        int32_t best = current;
        double best_gain = tally.weight[current] - own * weight[current] * gamma;
        for (int32_t i = 0; i < tally.count; i++) {
            int32_t c = tally.list[i];
            double gain = tally.weight[c] - own * weight[c] * gamma;
            if (gain > best_gain) { /* strictly better only: this is what makes the loop end */
                best = c;
                best_gain = gain;
            }
        }
        an_i_lm_tally_clear(&tally);

        weight[best] += own;
        if (size[best]++ == 0)
            empties--; /* best was empty, hence the top of the stack */
        if (best == current)
            continue;
        *moved = 1;
        membership[v] = best;
        for (int64_t k = begin; k < end; k++) {
            int32_t u = targets[k];
            if (!queued[u] && membership[u] != best) {
                int64_t tail = (int64_t)head + count;
                queue[tail >= n ? tail - n : tail] = u;
                queued[u] = 1;
                count++;
            }
        }
    }
    return an_i_renumber_labels(membership, n, ws->order);
}

/* ---- aggregation --------------------------------------------------------- */

/* Build in `storage` the graph whose nodes are the `count` clusters of
 * ws->refined on `graph`: an arc between two clusters weighs the total of the
 * arcs between them (arcs inside a cluster are dropped: its node weight keeps
 * them); a cluster's node weight is its nodes' total. The aggregate's starting
 * partition (ws->membership) puts each cluster in the community of its nodes;
 * ws->aggregate_of follows the input nodes up one level. */
static void aggregate(an_i_multilevel *ws, const an_i_level_graph *graph, int32_t count,
                      an_i_level_storage *storage, an_i_level_graph *out)
{
    const int64_t *offsets = graph->offsets;
    const int32_t *targets = graph->targets, *refined = ws->refined, *members = ws->order;
    int32_t *community_of = ws->queue;
    an_i_lm_tally tally = an_i_lm_tally_open(ws);
    an_i_group_by_label(ws, refined, graph->n, count);
    int64_t arcs = 0;
    storage->offsets[0] = 0;
    for (int32_t c = 0; c < count; c++) {
        double node_weight = 0;
        for (int32_t i = ws->group_start[c]; i < ws->group_start[c + 1]; i++) {
            int32_t v = members[i];
            node_weight += graph->node_weights[v];
            community_of[c] = ws->membership[v];
            for (int64_t k = offsets[v]; k < offsets[v + 1]; k++)
                if (refined[targets[k]] != c)
                    an_i_lm_tally_add(&tally, refined[targets[k]], an_i_level_arc_weight(graph, k));
        }
        for (int32_t i = 0; i < tally.count; i++) {
            storage->targets[arcs] = tally.list[i];
            storage->weights[arcs++] = tally.weight[tally.list[i]];
        }
        an_i_lm_tally_clear(&tally);
        storage->offsets[c + 1] = arcs;
        storage->node_weights[c] = node_weight;
    }
    memcpy(ws->membership, community_of, (size_t)count * sizeof *community_of);
    for (int32_t i = 0; i < ws->n; i++)
        ws->aggregate_of[i] = refined[ws->aggregate_of[i]];
    *out = (an_i_level_graph){ count, storage->offsets, storage->targets, storage->weights, storage->node_weights };
}

/* ---- the pass ------------------------------------------------------------ */

int an_i_multilevel_pass(an_i_multilevel *ws, an_i_refine_fn *refine, int *moved, int64_t *levels)
{
    an_i_level_graph graph = ws->input;
    for (int32_t i = 0; i < ws->n; i++)
        ws->aggregate_of[i] = i;
    int next = 0;
    *levels = 0;
    for (;;) {
        ++*levels;
        int32_t communities = an_i_local_moving(ws, &graph, moved);
        if (communities == graph.n)
            break; /* every community is one node of this level: nothing left to merge */
        int32_t count = refine ? refine(ws, &graph, communities, ws->refined) : graph.n;
        if (count == graph.n) {
            /* no refinement, or one that merged nothing: aggregate on the communities */
            memcpy(ws->refined, ws->membership, (size_t)graph.n * sizeof *ws->refined);
            count = communities;
        }
        int rc = allocate_levels(ws);
        if (rc != AN_OK)
            return rc;
        an_i_level_graph coarser;
        aggregate(ws, &graph, count, &ws->levels[next], &coarser);
        graph = coarser;
        next ^= 1;
    }
    for (int32_t i = 0; i < ws->n; i++)
        ws->order[i] = ws->membership[ws->aggregate_of[i]];
    memcpy(ws->membership, ws->order, (size_t)ws->n * sizeof *ws->membership);
    return AN_OK;
}

/* ---- quality and the result ---------------------------------------------- */

double an_i_multilevel_quality(an_i_multilevel *ws, const int32_t *membership)
{
    if (!(ws->total_weight > 0))
        return NAN;
    const an_i_level_graph *graph = &ws->input;
    double internal = 0;
    for (int32_t v = 0; v < graph->n; v++)
        for (int64_t k = graph->offsets[v]; k < graph->offsets[v + 1]; k++)
            if (membership[graph->targets[k]] == membership[v])
                internal += an_i_level_arc_weight(graph, k);
    double *weight = ws->cluster_weight;
    for (int32_t c = 0; c < graph->n; c++)
        weight[c] = 0;
    for (int32_t v = 0; v < graph->n; v++)
        weight[membership[v]] += graph->node_weights[v];
    double squares = 0;
    for (int32_t c = 0; c < graph->n; c++)
        squares += weight[c] * weight[c];
    return (internal - ws->resolution * squares) / ws->total_weight;
}

void an_i_multilevel_finish(an_i_multilevel *ws, int64_t *membership, double *quality,
                            an_i_community_csr_stats *stats)
{
    if (quality)
        *quality = an_i_multilevel_quality(ws, ws->membership);
    int32_t *labels = ws->membership;
    if (ws->position_of) {
        for (int32_t v = 0; v < ws->n; v++)
            ws->refined[v] = ws->membership[ws->position_of[v]];
        labels = ws->refined;
    }
    int32_t count = an_i_renumber_labels(labels, ws->n, ws->order);
    for (int32_t v = 0; v < ws->n; v++)
        membership[v] = labels[v];
    if (stats)
        stats->communities = count;
}
