/*
 * csr_edges.h — build an undirected an_i_csr from an edge list, for the
 * Leiden / Louvain CSR tests (header-only). Every edge u-v becomes the arcs
 * u->v and v->u; a loop u-u becomes two arcs u->u, as an_i_csr_from_igraph
 * makes it. Arcs keep edge order within each node's list.
 */
#ifndef AN_TEST_CSR_EDGES_H
#define AN_TEST_CSR_EDGES_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graph/csr.h"

/* ends: 2 * m node indices; weights: m values or NULL. Returns 0, or -1 when out of memory. */
static int csr_from_edges(an_i_csr *out, int32_t n, int64_t m, const int32_t *ends, const double *weights)
{
    memset(out, 0, sizeof *out);
    out->n = n;
    out->offsets = calloc((size_t)n + 1, sizeof *out->offsets);
    out->targets = malloc((size_t)(2 * m + 1) * sizeof *out->targets);
    out->weights = weights ? malloc((size_t)(2 * m + 1) * sizeof *out->weights) : NULL;
    int64_t *next = malloc(((size_t)n + 1) * sizeof *next);
    if (!out->offsets || !out->targets || (weights && !out->weights) || !next) {
        free(next);
        an_i_csr_free(out);
        return -1;
    }
    for (int64_t e = 0; e < m; e++) {
        out->offsets[ends[2 * e] + 1]++;
        out->offsets[ends[2 * e + 1] + 1]++;
    }
    for (int32_t v = 0; v < n; v++)
        out->offsets[v + 1] += out->offsets[v];
    memcpy(next, out->offsets, ((size_t)n + 1) * sizeof *next);
    for (int64_t e = 0; e < m; e++)
        for (int side = 0; side < 2; side++) {
            int64_t k = next[ends[2 * e + side]]++;
            out->targets[k] = ends[2 * e + 1 - side];
            if (weights)
                out->weights[k] = weights[e];
        }
    free(next);
    out->in_offsets = out->offsets;
    out->in_sources = out->targets;
    out->in_weights = out->weights;
    return 0;
}

#endif
