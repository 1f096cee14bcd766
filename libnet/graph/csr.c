/*
 * csr.c — building the shared CSR (csr.h).
 *
 * From the network (an_i_csr_build): two counting passes; arcs are first
 * bucketed by target, then appended to their source's list in increasing
 * target order, so every list comes out sorted without a comparison sort;
 * duplicates (parallel ties) are then adjacent and squeezed out in place.
 * From an igraph analysis graph (an_i_csr_from_igraph): one counting pass
 * per direction, arcs kept in igraph edge order. O(n + m) time and memory.
 */
#include "csr.h"
#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- from the network: sorted, collapsed, loop-free ---------------------- */

/* Call emit(from, to) for every arc the edges contribute under `mode`. */
#define FOR_EACH_ARC(network, mode, BODY)                                                  \
    for (int64_t e_ = 0; e_ < (network)->edge_count; e_++) {                               \
        int32_t u_ = (int32_t)(network)->endpoints[2 * e_];                                \
        int32_t v_ = (int32_t)(network)->endpoints[2 * e_ + 1];                            \
        if (u_ == v_)                                                                      \
            continue;                                                                      \
        int both_ = (mode) == AN_I_CSR_UNDIRECTED || !an_i_edge_directed((network), e_);   \
        int32_t from, to;                                                                  \
        if (both_ || (mode) == AN_I_CSR_OUT) {                                             \
            from = u_;                                                                     \
            to = v_;                                                                       \
            BODY                                                                           \
        }                                                                                  \
        if (both_ || (mode) == AN_I_CSR_IN) {                                              \
            from = v_;                                                                     \
            to = u_;                                                                       \
            BODY                                                                           \
        }                                                                                  \
    }

int an_i_csr_build(an_i_csr *out, const an_network *network, an_i_csr_mode mode)
{
    memset(out, 0, sizeof *out);
    if (network->node_count > AN_I_CSR_MAX_NODES)
        return an_i_error(AN_ELIMIT, "network has %lld nodes; at most %lld are supported here",
                          (long long)network->node_count, (long long)AN_I_CSR_MAX_NODES);
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
    out->directed = mode != AN_I_CSR_UNDIRECTED;
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

int an_i_csr_has(const an_i_csr *csr, int32_t u, int32_t v)
{
    int64_t low = csr->offsets[u], high = csr->offsets[u + 1];
    while (low < high) {
        int64_t middle = low + (high - low) / 2;
        if (csr->targets[middle] < v)
            low = middle + 1;
        else
            high = middle;
    }
    return low < csr->offsets[u + 1] && csr->targets[low] == v;
}

/* ---- from an igraph analysis graph: arcs and weights as igraph has them -- */

void an_i_csr_free(an_i_csr *csr)
{
    if (!csr)
        return;
    if (csr->in_offsets != csr->offsets) {
        free(csr->in_offsets);
        free(csr->in_sources);
        free(csr->in_weights);
    }
    free(csr->offsets);
    free(csr->targets);
    free(csr->weights);
    memset(csr, 0, sizeof *csr);
}

/* Fill one direction: arcs from `tail` to `head` of every igraph edge (and the
 * reverse too when `both`). */
static int fill_rows(int64_t **out_offsets, int32_t **out_heads, double **out_weights, int32_t n,
                     const igraph_t *graph, const igraph_vector_t *weights, int reverse, int both)
{
    igraph_integer_t m = igraph_ecount(graph);
    int64_t arcs = both ? 2 * (int64_t)m : (int64_t)m;
    int64_t *offsets = calloc((size_t)n + 1, sizeof *offsets);
    int32_t *heads = malloc((size_t)(arcs > 0 ? arcs : 1) * sizeof *heads);
    double *w = weights ? malloc((size_t)(arcs > 0 ? arcs : 1) * sizeof *w) : NULL;
    if (!offsets || !heads || (weights && !w)) {
        free(offsets);
        free(heads);
        free(w);
        return AN_I_NOMEM();
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t from = IGRAPH_FROM(graph, e), to = IGRAPH_TO(graph, e);
        offsets[(reverse ? to : from) + 1]++;
        if (both)
            offsets[(reverse ? from : to) + 1]++;
    }
    for (int32_t v = 0; v < n; v++)
        offsets[v + 1] += offsets[v];
    int64_t *next = malloc((size_t)(n > 0 ? n : 1) * sizeof *next);
    if (!next) {
        free(offsets);
        free(heads);
        free(w);
        return AN_I_NOMEM();
    }
    memcpy(next, offsets, (size_t)n * sizeof *next);
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t from = IGRAPH_FROM(graph, e), to = IGRAPH_TO(graph, e);
        igraph_integer_t tail = reverse ? to : from, head = reverse ? from : to;
        int64_t k = next[tail]++;
        heads[k] = (int32_t)head;
        if (w)
            w[k] = VECTOR(*weights)[e];
        if (both) {
            k = next[head]++;
            heads[k] = (int32_t)tail;
            if (w)
                w[k] = VECTOR(*weights)[e];
        }
    }
    free(next);
    *out_offsets = offsets;
    *out_heads = heads;
    *out_weights = w;
    return AN_OK;
}

int an_i_csr_from_igraph(an_i_csr *out, const igraph_t *graph, const igraph_vector_t *weights, int with_in)
{
    memset(out, 0, sizeof *out);
    igraph_integer_t n = igraph_vcount(graph);
    if (n >= INT32_MAX)
        return an_i_error(AN_ELIMIT, "betweenness: %lld nodes is more than this implementation handles (2^31 - 1)",
                          (long long)n);
    out->n = (int32_t)n;
    out->directed = igraph_is_directed(graph);
    int rc = fill_rows(&out->offsets, &out->targets, &out->weights, out->n, graph, weights, 0,
                       !out->directed);
    if (rc != AN_OK)
        return rc;
    if (!out->directed) {
        out->in_offsets = out->offsets;
        out->in_sources = out->targets;
        out->in_weights = out->weights;
    } else if (with_in) {
        rc = fill_rows(&out->in_offsets, &out->in_sources, &out->in_weights, out->n, graph, weights, 1, 0);
        if (rc != AN_OK) {
            an_i_csr_free(out);
            return rc;
        }
    }
    return AN_OK;
}
