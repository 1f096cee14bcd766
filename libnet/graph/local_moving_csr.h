/*
 * local_moving_csr.h — the core that Leiden (leiden_csr.h) and Louvain
 * (louvain_csr.h) share on our CSR (graph/csr.h): fast local moving of nodes
 * with a queue, aggregation of a level into the next, the multilevel pass that
 * alternates them, and the quality of a partition. Internal to the two
 * drivers; nothing here takes a lock or touches global state: one workspace
 * per call, owned by the calling thread.
 *
 * The objective, for either method (Traag, Waltman & van Eck 2019, eq. 1 and
 * igraph_community_leiden's documentation):
 *
 *     H = 1/(2m) sum_c ( e_c - g' W_c^2 )
 *
 * where 2m is the total weight of all arcs (every undirected tie is two arcs),
 * e_c the total weight of the arcs with both ends in community c, W_c the sum
 * of the node weights in c, and g' the scaled resolution:
 *   - modularity at resolution g: node weight = weighted degree (the sum of
 *     the node's arc weights), g' = g / 2m; H is then exactly Newman's Q at
 *     resolution g as NetworkX's modularity() computes it;
 *   - CPM at resolution g: node weight 1, g' = g; H is igraph 0.10's
 *     reported CPM quality (sum_c (2 L_c - g n_c^2)) / 2m.
 *
 * Self-loops: every arc counts, in the degree and in e_c. A loop u-u of weight
 * w is expected as TWO arcs u->u of weight w (an_i_csr_from_igraph makes it
 * so): it adds 2w to the degree of u and 2w to e_c, i.e. w to the community's
 * internal weight L_c, as igraph and NetworkX count a loop. A loop never
 * changes which move is best (it goes wherever its node goes), so aggregated
 * levels keep a node's loops in its node weight only.
 *
 * Include as "graph/local_moving_csr.h".
 */
#ifndef AN_LOCAL_MOVING_CSR_H
#define AN_LOCAL_MOVING_CSR_H

#include "graph/csr.h"
#include "random.h"

#include <stdint.h>

/** What a call did (for benchmarks and tests). */
typedef struct an_i_community_csr_stats {
    int64_t iterations;  /* Leiden iterations run (Louvain: 1; 0 when nothing ran) */
    int64_t levels;      /* levels of the last pass (1 = the input graph only) */
    int64_t communities; /* communities returned */
} an_i_community_csr_stats;

/** One level: the input graph (level 0) or an aggregate of the previous level. */
typedef struct an_i_level_graph {
    int32_t n;
    const int64_t *offsets;     /* n + 1 */
    const int32_t *targets;
    const double *weights;      /* NULL: every arc weighs 1 */
    const double *node_weights; /* n */
} an_i_level_graph;

/** The weight of arc k of `graph` (1 when the graph is unweighted). O(1). */
static inline double an_i_level_arc_weight(const an_i_level_graph *graph, int64_t k)
{
    return graph->weights ? graph->weights[k] : 1.0;
}

/** Storage of one aggregated level (capacity: the input's nodes and arcs). */
typedef struct an_i_level_storage {
    int64_t *offsets;
    int32_t *targets;
    double *weights;
    double *node_weights;
} an_i_level_storage;

typedef struct an_i_multilevel an_i_multilevel;

/**
 * Refinement step of a pass (Leiden), or NULL (Louvain: aggregate on the
 * communities themselves). Given the level `graph` and its partition
 * `ws->membership` (labels 0..communities-1), writes a refined partition in
 * `refined` (labels 0..count-1, each refined cluster inside one community)
 * and returns `count`. Cannot fail.
 */
typedef int32_t an_i_refine_fn(an_i_multilevel *ws, const an_i_level_graph *graph, int32_t communities,
                               int32_t *refined);

/** The workspace of one call: every array is allocated once, in an_i_multilevel_init(). */
struct an_i_multilevel {
    int32_t n;               /* nodes of the input */
    int64_t arcs;            /* arcs of the input */
    double total_weight;     /* 2m: the sum of all arc weights */
    double resolution;       /* g' of the objective (see the file comment) */
    double beta;             /* Leiden's refinement randomness (set by its driver) */
    an_i_level_graph input;  /* level 0: the CSR's arrays and node_weights */
    an_i_random random;      /* the call's own generator */

    double *node_weights;    /* n: level-0 node weights (degree or 1) */
    int32_t *membership;     /* n: community of each node of the current level */
    int32_t *aggregate_of;   /* n: the current-level node each input node belongs to */
    double *cluster_weight;  /* n: W_c, by community (local moving) or refined cluster */
    int32_t *cluster_size;   /* n: nodes per community (local moving) */
    int32_t *empty;          /* n: stack of empty community ids (local moving) */
    int32_t *queue;          /* n: circular queue of nodes to visit */
    uint8_t *queued;         /* n: 1 while a node is in the queue */
    int32_t *order;          /* n: a random order, a grouping, or labels in transit */
    int32_t *group_start;    /* n + 1: nodes grouped by cluster (counting sort) */
    double *neighbour_weight; /* n: weight from the visited node to each cluster */
    int32_t *neighbours;     /* n: the clusters with an entry in neighbour_weight */
    uint8_t *seen;           /* n: 1 for those clusters */
    int32_t *refined;        /* n: refined partition of the current level */

    /* Leiden's refinement only */
    double *external;        /* n: weight from a refined cluster to the rest of its community */
    uint8_t *merged;         /* n: 1 once a refined cluster holds more than its first node */
    double *cumulative;      /* n: cumulative probabilities of the candidate clusters */

    int32_t *integers;       /* the blocks the arrays above are carved from */
    double *reals;
    uint8_t *flags;

    an_i_level_storage levels[2]; /* aggregated levels, used in turn; allocated on first need */
    int have_levels;

    /* after an_i_multilevel_reorder(): the input renumbered so communities are contiguous */
    an_i_level_storage reordered;
    int32_t *position_of;    /* n: input node -> its number in ws->input; NULL before */
};

/**
 * The visited node's tally: its weight towards each cluster (weight[c]),
 * with the clusters that have an entry listed in list[0 .. count). A local
 * copy of the workspace's arrays, so the compiler keeps them in registers.
 */
typedef struct an_i_lm_tally {
    double *weight;
    int32_t *list;
    uint8_t *seen;
    int32_t count;
} an_i_lm_tally;

/** An empty tally on the workspace's arrays (which are all zero between uses). O(1). */
static inline an_i_lm_tally an_i_lm_tally_open(an_i_multilevel *ws)
{
    return (an_i_lm_tally){ ws->neighbour_weight, ws->neighbours, ws->seen, 0 };
}

/** Add `weight` towards cluster `c`, listing c the first time. O(1). */
static inline void an_i_lm_tally_add(an_i_lm_tally *tally, int32_t c, double weight)
{
    if (!tally->seen[c]) {
        tally->seen[c] = 1;
        tally->list[tally->count++] = c;
    }
    tally->weight[c] += weight;
}

/** Empty the tally again. O(count). */
static inline void an_i_lm_tally_clear(an_i_lm_tally *tally)
{
    for (int32_t i = 0; i < tally->count; i++) {
        tally->weight[tally->list[i]] = 0;
        tally->seen[tally->list[i]] = 0;
    }
    tally->count = 0;
}

/**
 * Check `csr` (undirected, weights finite and >= 0), then allocate the
 * workspace for it: node weights from the degrees (`cpm` 0) or 1 (`cpm` 1),
 * g' from `resolution`, the generator seeded with `seed`, every node alone
 * in ws->membership. On failure nothing is left to free. Errors (recorded): AN_EINVAL (a directed CSR, a negative or
 * non-finite weight), AN_ERANGE (weights whose total overflows a double),
 * AN_ENOMEM. O(n + m).
 */
int an_i_multilevel_init(an_i_multilevel *ws, const an_i_csr *csr, int cpm, double resolution, uint64_t seed);

/** Free the workspace (accepts a zeroed one). */
void an_i_multilevel_free(an_i_multilevel *ws);

/**
 * Fast local moving (Traag et al. 2019, Algorithm A.2): visit the nodes of
 * `graph` from a queue that starts with all of them in a random order; move
 * each to the neighbouring community (or an empty one) that increases H most,
 * if any strictly does; when a node moves, queue its neighbours outside its
 * new community. Starts from ws->membership (labels < graph->n) and leaves it
 * renumbered 0..k-1 in order of first appearance. Sets *moved to 1 when a node
 * moved (it is left alone otherwise). Returns k. O(m) per visit of all nodes.
 */
int32_t an_i_local_moving(an_i_multilevel *ws, const an_i_level_graph *graph, int *moved);

/**
 * One multilevel pass from ws->membership on the input: local moving; unless
 * every community is then a single node, refine (`refine`, or the
 * communities themselves when NULL), aggregate on the refined clusters with
 * the communities as the aggregate's starting partition, and repeat on the
 * aggregate. Leaves the partition of the input nodes it ends with in
 * ws->membership (labels < n), ready to start the next pass from; sets
 * *moved when any local move happened; *levels receives the number of
 * levels. AN_OK or AN_ENOMEM (recorded; the aggregated levels' storage is
 * allocated on first need). O(m) per level in practice.
 */
int an_i_multilevel_pass(an_i_multilevel *ws, an_i_refine_fn *refine, int *moved, int64_t *levels);

/**
 * Group the nodes 0..n-1 by `labels` (each in 0..k-1) with a counting sort:
 * the nodes labelled c are ws->order[ws->group_start[c] .. ws->group_start[c
 * + 1]), in increasing order. O(n + k).
 */
void an_i_group_by_label(an_i_multilevel *ws, const int32_t *labels, int32_t n, int32_t k);

/** Shuffle `items` (Fisher-Yates) with the workspace's generator. O(count). */
void an_i_multilevel_shuffle(an_i_multilevel *ws, int32_t *items, int32_t count);

/**
 * Renumber the input's nodes so that each community of ws->membership (the
 * input partition, as a pass leaves it) occupies consecutive numbers, and
 * point ws->input and ws->membership at the renumbered copy: later passes
 * then find most neighbours' entries next to each other in memory (a node's
 * ties are mostly inside its community), which on a million ties makes a
 * pass about twice as fast. an_i_multilevel_finish() maps the result back.
 * Once per call (later calls do nothing). AN_OK or AN_ENOMEM (recorded;
 * nothing changed). O(n + m) time, one more copy of the input's arrays.
 */
int an_i_multilevel_reorder(an_i_multilevel *ws);

/**
 * Renumber `labels` (each in 0..n-1) 0..k-1 in order of first appearance,
 * using `map` (n entries) as scratch; returns k. O(n).
 */
int32_t an_i_renumber_labels(int32_t *labels, int32_t n, int32_t *map);

/**
 * H (file comment) of the input partition `membership` (labels 0..n-1), or
 * NaN when the input has no arc weight. Uses ws->cluster_weight as scratch.
 * O(n + m).
 */
double an_i_multilevel_quality(an_i_multilevel *ws, const int32_t *membership);

/**
 * The end of a call: relabel ws->membership (the input partition, mapped back
 * to the caller's node numbers after an_i_multilevel_reorder()) by first
 * appearance into `membership` (n entries), set *quality (NaN without arc
 * weight) and stats->communities when `stats` is not NULL. O(n + m).
 */
void an_i_multilevel_finish(an_i_multilevel *ws, int64_t *membership, double *quality,
                            an_i_community_csr_stats *stats);

#endif
