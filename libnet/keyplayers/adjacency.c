/*
 * adjacency.c — building the sorted, collapsed adjacency array.
 *
 * Two counting passes: arcs are first bucketed by target, then appended to
 * their source's list in increasing target order, so every list comes out
 * sorted without a comparison sort; duplicates (parallel ties) are then
 * adjacent and squeezed out in place. O(n + m) time, O(n + m) memory.
 */
#include "adjacency.h"
#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

/* Call emit(from, to) for every arc the edges contribute under `mode`. */
#define FOR_EACH_ARC(network, mode, BODY)                                                  \
    for (int64_t e_ = 0; e_ < (network)->edge_count; e_++) {                               \
        int32_t u_ = (int32_t)(network)->endpoints[2 * e_];                                \
        int32_t v_ = (int32_t)(network)->endpoints[2 * e_ + 1];                            \
        if (u_ == v_)                                                                      \
            continue;                                                                      \
        int both_ = (mode) == AN_I_ADJ_UNDIRECTED || !an_i_edge_directed((network), e_);   \
        int32_t from, to;                                                                  \
        if (both_ || (mode) == AN_I_ADJ_OUT) {                                             \
            from = u_;                                                                     \
            to = v_;                                                                       \
            BODY                                                                           \
        }                                                                                  \
        if (both_ || (mode) == AN_I_ADJ_IN) {                                              \
            from = v_;                                                                     \
            to = u_;                                                                       \
            BODY                                                                           \
        }                                                                                  \
    }

int an_i_adjacency_build(an_i_adjacency *out, const an_network *network, an_i_adjacency_mode mode)
{
    memset(out, 0, sizeof *out);
    if (network->node_count > AN_I_ADJ_MAX_NODES)
        return an_i_error(AN_ELIMIT, "network has %lld nodes; at most %lld are supported here",
                          (long long)network->node_count, (long long)AN_I_ADJ_MAX_NODES);
    int32_t n = (int32_t)network->node_count;
    int64_t *by_target_offsets = calloc((size_t)n + 2, sizeof *by_target_offsets);
    int64_t *offsets = calloc((size_t)n + 2, sizeof *offsets);
    int32_t *sources = NULL, *targets = NULL;
    if (!by_target_offsets || !offsets)
        goto nomem;

    int64_t arcs = 0;
    FOR_EACH_ARC(network, mode, {
        by_target_offsets[to + 1]++;
        offsets[from + 1]++;
        arcs++;
    })
    for (int32_t v = 0; v < n; v++) {
        by_target_offsets[v + 1] += by_target_offsets[v];
        offsets[v + 1] += offsets[v];
    }
    sources = malloc((size_t)(arcs ? arcs : 1) * sizeof *sources);
    targets = malloc((size_t)(arcs ? arcs : 1) * sizeof *targets);
    if (!sources || !targets)
        goto nomem;
    /* Bucket sources by target (by_target_offsets[t] advances to the end of bucket t). */
    FOR_EACH_ARC(network, mode, { sources[by_target_offsets[to]++] = from; })
    /* Walk targets in increasing order; append each to its source's list (offsets[s] is the fill point). */
    int64_t start = 0;
    for (int32_t t = 0; t < n; t++) {
        int64_t end = by_target_offsets[t];
        for (int64_t i = start; i < end; i++)
            targets[offsets[sources[i]]++] = t;
        start = end;
    }
    free(sources);
    sources = NULL;
    /* offsets[v] now holds the end of v's list = the original start of v + 1; shift back,
       squeezing out duplicates as we go. */
    int64_t write = 0, read = 0;
    for (int32_t v = 0; v < n; v++) {
        int64_t end = offsets[v];
        int64_t list_start = write;
        for (; read < end; read++) {
            if (write > list_start && targets[write - 1] == targets[read])
                continue;
            targets[write++] = targets[read];
        }
        offsets[v] = list_start;
    }
    offsets[n] = write;
    free(by_target_offsets);
    if (write < arcs && write > 0) {
        int32_t *shrunk = realloc(targets, (size_t)write * sizeof *targets);
        if (shrunk)
            targets = shrunk;
    }
    out->n = n;
    out->offsets = offsets;
    out->targets = targets;
    return AN_OK;
nomem:
    free(by_target_offsets);
    free(offsets);
    free(sources);
    free(targets);
    return an_i_error(AN_ENOMEM, "building the adjacency array: out of memory");
}

void an_i_adjacency_free(an_i_adjacency *adjacency)
{
    if (!adjacency)
        return;
    free(adjacency->offsets);
    free(adjacency->targets);
    memset(adjacency, 0, sizeof *adjacency);
}

int an_i_adjacency_has(const an_i_adjacency *adjacency, int32_t u, int32_t v)
{
    int64_t low = adjacency->offsets[u], high = adjacency->offsets[u + 1];
    while (low < high) {
        int64_t middle = low + (high - low) / 2;
        if (adjacency->targets[middle] < v)
            low = middle + 1;
        else
            high = middle;
    }
    return low < adjacency->offsets[u + 1] && adjacency->targets[low] == v;
}
