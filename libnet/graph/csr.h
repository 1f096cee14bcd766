/*
 * csr.h — the one compressed-sparse-row (CSR) form of a network that our own
 * traversals read: betweenness (exact and sampled), closeness bounds, key
 * players, what-if removal, the brokerage census and the scalable report.
 * Evaluating thousands of node subsets, or running traversals on every core,
 * on one flat array is far cheaper than rebuilding (or locking) an igraph_t;
 * Debian's igraph is not thread-safe, and threads only ever read a CSR.
 *
 * Arcs of node v: targets[offsets[v] .. offsets[v + 1]), with weights[] in
 * step when weighted (else NULL). The reverse arcs (in_offsets / in_sources /
 * in_weights) are built on request; for an undirected graph they alias the
 * forward arrays. Node indices are int32_t (networks of 2^31 - 1 nodes or
 * more are refused with AN_ELIMIT); offsets are int64_t.
 *
 * Two builders, for two needs:
 *  - an_i_csr_build(): from the network's edge arrays, for the subset
 *    searches: every list sorted ascending, parallel ties collapsed, self-loops
 *    dropped, unweighted, forward arcs only (in_* NULL).
 *  - an_i_csr_from_igraph(): from an analysis graph already built under an
 *    edge policy (igraph_bridge.h), arcs in igraph edge order, parallel arcs
 *    and weights kept: exactly the graph igraph's own routine would see, so
 *    results match igraph's to the bit.
 * Both are released with an_i_csr_free(). Include as "graph/csr.h".
 */
#ifndef AN_CSR_H
#define AN_CSR_H

#include <igraph.h>
#include <stdint.h>

#include "network_internal.h"

typedef struct an_i_csr {
    int32_t n;
    int directed;           /* arcs are one-way (an_i_csr_build: mode != AN_I_CSR_UNDIRECTED) */
    int64_t *offsets;       /* n + 1 entries */
    int32_t *targets;       /* offsets[n] entries */
    double *weights;        /* in step with targets; NULL when unweighted */
    int64_t *in_offsets;    /* reverse arcs; alias the forward arrays when undirected; */
    int32_t *in_sources;    /* NULL when not built */
    double *in_weights;
} an_i_csr;

/** Which arcs a network edge contributes (an_i_csr_build). */
typedef enum an_i_csr_mode {
    AN_I_CSR_OUT = 0,       /* directed edge u->v: v in the list of u; undirected edge: both ways */
    AN_I_CSR_IN = 1,        /* the transpose of OUT */
    AN_I_CSR_UNDIRECTED = 2 /* every edge both ways */
} an_i_csr_mode;

/** Largest node count we accept. */
#define AN_I_CSR_MAX_NODES ((int64_t)INT32_MAX - 1)

/**
 * Build the sorted, collapsed, loop-free CSR of `network` under `mode` (two
 * counting passes, no comparison sort). Records the error: AN_OK, AN_ENOMEM,
 * AN_ELIMIT. O(n + m) time and memory.
 */
int an_i_csr_build(an_i_csr *out, const an_network *network, an_i_csr_mode mode);

/**
 * Copy `graph` (and `weights`, one per igraph edge, or NULL) into `out`; an
 * undirected igraph edge is two arcs. With `with_in`, also the reverse arcs
 * of a directed graph. Reads the igraph_t's arrays only (no igraph call that
 * could fail). AN_OK / AN_ENOMEM / AN_ELIMIT (2^31 - 1 nodes or more),
 * recorded. O(n + m).
 */
int an_i_csr_from_igraph(an_i_csr *out, const igraph_t *graph, const igraph_vector_t *weights, int with_in);

/** Free (accepts a zeroed struct and NULL). */
void an_i_csr_free(an_i_csr *csr);

/** Number of arcs. */
static inline int64_t an_i_csr_arcs(const an_i_csr *csr)
{
    return csr->offsets[csr->n];
}

/** 1 if `v` is in the list of `u`; the lists must be sorted (an_i_csr_build). O(log deg). */
int an_i_csr_has(const an_i_csr *csr, int32_t u, int32_t v);

#endif
