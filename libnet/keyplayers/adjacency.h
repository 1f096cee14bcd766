/*
 * adjacency.h — a compact, read-only adjacency array (CSR) of a network for
 * our own traversals: the brokerage census, key-player searches and what-if
 * removal evaluate thousands of node subsets, and doing that with a removed
 * mask on one array is far cheaper than rebuilding an igraph_t each time.
 *
 * Neighbour lists are sorted ascending, parallel ties are collapsed, and
 * self-loops are dropped. Node indices are int32_t (networks beyond
 * 2^31 - 2 nodes are refused with AN_ELIMIT); offsets are int64_t.
 */
#ifndef AN_ADJACENCY_H
#define AN_ADJACENCY_H

#include <stdint.h>

#include "network_internal.h"

/** Which arcs a network edge contributes. */
typedef enum an_i_adjacency_mode {
    AN_I_ADJ_OUT = 0,       /* directed edge u->v: v in out(u); undirected edge: both ways */
    AN_I_ADJ_IN = 1,        /* the transpose of OUT */
    AN_I_ADJ_UNDIRECTED = 2 /* every edge both ways */
} an_i_adjacency_mode;

typedef struct an_i_adjacency {
    int32_t n;
    int64_t *offsets;       /* n + 1 entries */
    int32_t *targets;       /* offsets[n] entries; list of v: targets[offsets[v] .. offsets[v+1]) */
} an_i_adjacency;

/** Build; records the error. AN_OK, AN_ENOMEM, AN_ELIMIT. O(n + m). */
int an_i_adjacency_build(an_i_adjacency *out, const an_network *network, an_i_adjacency_mode mode);

/** Free (accepts a zeroed struct). */
void an_i_adjacency_free(an_i_adjacency *adjacency);

/** Number of arcs (after collapsing). */
static inline int64_t an_i_adjacency_arcs(const an_i_adjacency *adjacency)
{
    return adjacency->offsets[adjacency->n];
}

/** 1 if `v` is in the (sorted) list of `u`: binary search, O(log deg). */
int an_i_adjacency_has(const an_i_adjacency *adjacency, int32_t u, int32_t v);

/** Largest node count we accept. */
#define AN_I_ADJ_MAX_NODES ((int64_t)INT32_MAX - 1)

#endif
