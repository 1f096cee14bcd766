/*
 * keyplayers_internal.h — the pieces behind keyplayers.h: objective
 * evaluation on a membership mask, the greedy + swap search, the exact
 * search, and the traversals they share with what-if removal.
 *
 * A node set (an_i_kp_set) is a byte mask and the list of its members,
 * shared read-only by all workers, plus two adjustments so that a worker can
 * score "the set with v added" or "the set with u swapped for v" without
 * copying anything:
 *     member(x) = (mask[x] && x != off) || x == on        (on/off = -1: none)
 * For KPP-Neg the members are the removed nodes; for KPP-Pos they are the
 * sources of the reach search.
 *
 * Every objective is turned into a KEY, larger = better, from which the
 * score follows for a fixed set size:
 *     fragmentation        key = -(ordered pairs (i, j) with j reachable from i)
 *     distance_fragm.      key = -(sum over ordered pairs of 1 / d_ij)
 *     reach                key = outsiders within m steps of the set
 *     distance_reach       key = sum over outsiders of 1 / d(S, j)
 *
 * The two integer-valued objectives have plateaus: in a network that stays
 * connected after any one removal, every single node scores fragmentation 0.
 * Sets with equal keys are then ranked by a SECONDARY key, the objective's
 * distance-weighted refinement (an_i_kp_secondary):
 *     fragmentation        -(sum over sample sources i, over j of 1 / d_ij)
 *                          (DF's numerator; every remaining node is a source
 *                          when that is affordable, else a seeded sample)
 *     reach                sum over outsiders of 1 / d(S, j)
 */
#ifndef AN_KEYPLAYERS_INTERNAL_H
#define AN_KEYPLAYERS_INTERNAL_H

#include <stdint.h>

#include "actornet/keyplayers.h"
#include "graph/csr.h"

/* ---- reach_bits.c ---------------------------------------------------------- */

/* For AN_KP_REACH: the nodes within m steps of each candidate, one bitset each (reach_bits.c). */
typedef struct an_i_kp_reach_bits {
    int64_t words;          /* 64-bit words per candidate: ceil(n / 64) */
    uint64_t *bits;         /* candidate c's bitset at bits[c * words]; NULL when not built */
    int32_t *slot;          /* n entries: a node's candidate index, -1 when it is none */
} an_i_kp_reach_bits;

typedef struct an_i_kp_context {
    const an_i_csr *adjacency;    /* the view the objective follows */
    int objective;                      /* an_keyplayer_objective */
    int64_t steps;                      /* m for AN_KP_REACH */
    int symmetric;                      /* adjacency is symmetric (undirected view) */
    int32_t n;
    const int32_t *sources;             /* fragmentation's secondary key: its sources (NULL: every node) */
    int32_t source_count;
    const an_i_kp_reach_bits *reach_bits; /* AN_KP_REACH: the candidates' bitsets, or NULL */
} an_i_kp_context;

/** Per-worker buffers for one traversal at a time. */
typedef struct an_i_kp_scratch {
    uint32_t *seen;         /* seen[v] == stamp: visited in the current traversal */
    uint32_t stamp;
    int32_t *distance;      /* valid where seen */
    int32_t *queue;
    int64_t *histogram;     /* n + 1 counters by distance */
    /* depth-first search state for an_i_kp_removal_pairs */
    int32_t *discovery, *low, *parent, *subtree, *component;
    int64_t *cursor;
    int64_t *separated_pairs, *separated_nodes;
} an_i_kp_scratch;

/** Allocate a scratch for n nodes (with_dfs: also the depth-first arrays). AN_OK / AN_ENOMEM. */
int an_i_kp_scratch_init(an_i_kp_scratch *scratch, int32_t n, int with_dfs);
void an_i_kp_scratch_free(an_i_kp_scratch *scratch);

/** Start a new traversal: a fresh stamp (clears `seen` when the stamp wraps). */
void an_i_kp_scratch_next(an_i_kp_scratch *scratch, int32_t n);

/** A node set: mask[x] != 0 for the `count` nodes in `members`, adjusted by on/off. */
typedef struct an_i_kp_set {
    const uint8_t *mask;
    const int32_t *members;
    int64_t count;
    int32_t on, off;        /* -1: no adjustment */
} an_i_kp_set;

static inline int an_i_kp_member(const an_i_kp_set *set, int32_t x)
{
    return (set->mask[x] && x != set->off) || x == set->on;
}

/**
 * The candidates' m-step bitsets over `adjacency`, built on `threads` workers
 * (one breadth-first search to depth `steps` per candidate). Leaves out->bits
 * NULL (and returns AN_OK) when they would take more than 64 MiB, or memory
 * cannot be had: they only make the search faster. Time O(sum over candidates
 * of their m-neighbourhood's arcs); memory count * ceil(n / 64) words.
 */
int an_i_kp_reach_bits_build(an_i_kp_reach_bits *out, const an_i_csr *adjacency, const int32_t *candidates,
                             int64_t count, int64_t steps, int threads);
void an_i_kp_reach_bits_free(an_i_kp_reach_bits *bits);

/**
 * The reach key of `set` (outsiders within m steps) from the bitsets, or -1
 * when a source has none (not a candidate): the caller then searches.
 * O(sources * n / 64).
 */
int64_t an_i_kp_reach_bits_key(const an_i_kp_reach_bits *bits, const an_i_kp_set *set);

/* ---- fragmentation.c ---------------------------------------------------- */

/**
 * Components of the non-members on a symmetric adjacency: returns
 * sum over components of s (s - 1); optionally the number of components and
 * the largest size. O(n + m).
 */
int64_t an_i_kp_component_pairs(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const an_i_kp_set *set,
                                int64_t *out_components, int64_t *out_largest);

/**
 * For every non-member v (symmetric adjacency): out_pairs[v] = sum of
 * s (s - 1) over the components left when v is removed as well; members get
 * -1. One iterative depth-first search (articulation points with subtree
 * sizes): O(n + m). The scratch needs the depth-first arrays.
 */
void an_i_kp_removal_pairs(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const uint8_t *mask,
                           int64_t *out_pairs);

/**
 * Breadth-first search from every non-member in [source_begin, source_end)
 * through non-members; adds to histogram[d] (d >= 1) the number of ordered
 * pairs at distance d and returns the largest d seen. The caller zeroes the
 * histogram. O((source_end - source_begin) (n + m)).
 */
int32_t an_i_kp_distance_histogram(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const an_i_kp_set *set,
                                   int32_t source_begin, int32_t source_end, int64_t *histogram);

/**
 * The histogram over all sources, spread over `threads` workers (each with
 * its own scratch and histogram, summed at the end: exact integers, so the
 * result does not depend on the thread count). histogram has n + 1 zeroed
 * entries. Returns the largest distance, or -1 on out of memory (error
 * recorded).
 */
int32_t an_i_kp_distance_histogram_parallel(const an_i_csr *adjacency, const an_i_kp_set *set, int threads,
                                            int64_t *histogram);

/** sum_{d=1..max} histogram[d] / d, in increasing d. */
double an_i_kp_inverse_distance_sum(const int64_t *histogram, int32_t max_distance);

/* ---- reach.c -------------------------------------------------------------- */

/**
 * Multi-source breadth-first search from the members, up to `cutoff` steps
 * (negative: no cutoff); histogram[d] (d >= 1, caller zeroes) counts the
 * outsiders first reached at distance d. Returns the largest d. O(k + the
 * part of the network within the cutoff): no O(n) pass.
 */
int32_t an_i_kp_reach_histogram(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const an_i_kp_set *set,
                                int64_t cutoff, int64_t *histogram);

/* ---- objective.c ------------------------------------------------------------ */

/** 1 if the objective's key takes integer values (compared exactly). */
int an_i_kp_integer_key(int objective);

/** The key of a set. One evaluation; leaves the scratch histogram zeroed. */
double an_i_kp_key(const an_i_kp_context *context, an_i_kp_scratch *scratch, const an_i_kp_set *set);

/** 1 if the objective has a secondary key (fragmentation, reach). */
int an_i_kp_has_secondary(int objective);

/**
 * The secondary key of a set (larger = better; see the top of this file): one
 * breadth-first search per source for fragmentation (O(s (n + m)) for s
 * sources), one from the set for reach (O(n + m)); 0 for the distance
 * objectives. Leaves the scratch histogram zeroed.
 */
double an_i_kp_secondary(const an_i_kp_context *context, an_i_kp_scratch *scratch, const an_i_kp_set *set);

/** The objective's value for a set of `size` members with key `key`. */
double an_i_kp_score(const an_i_kp_context *context, double key, int64_t size);

/** 1 if key a is strictly better than key b (exact, or with relative tolerance 1e-12). */
static inline int an_i_kp_better(double a, double b, int integer_key)
{
    if (integer_key)
        return a > b;
    double scale = b < 0 ? -b : b;
    return a > b + 1e-12 * (scale > 1.0 ? scale : 1.0);
}

/* ---- search.c / exact.c ------------------------------------------------------- */

/** Extra starts of the greedy + swap search from seeded random sets (keyplayers.h, "Search"). */
#define AN_I_KP_RESTARTS 4

typedef struct an_i_kp_search {
    const an_i_kp_context *context;
    const int32_t *candidates;  /* c candidate nodes */
    int64_t candidate_count;
    int64_t k;
    const uint64_t *priority;   /* per node: lower wins a tie (greedy + swap) */
    int threads;
    int64_t max_sets;           /* exact */
    int64_t restarts;           /* greedy + swap: extra starts from seeded random sets */
    uint64_t seed;              /* greedy + swap: the random starts */
    /* results */
    int32_t *set;               /* k members (caller-allocated) */
    double key, greedy_key;
    int64_t swaps, evaluations;
    int separator_start;        /* greedy + swap: a disconnecting set was used as a start */
} an_i_kp_search;

/**
 * Greedy start, seeded random starts and, for fragmentation on an undirected
 * view when no start disconnected anything, a start from a disconnecting set
 * (an_i_kp_find_separator); each start followed by best-improvement swaps
 * (lexicographic on key and secondary key). AN_OK / AN_ENOMEM (recorded).
 */
int an_i_kp_search_greedy_swap(an_i_kp_search *search);

/* ---- separator.c -------------------------------------------------------------- */

/**
 * A smallest set of at most `limit` nodes, each with allowed[x] != 0, whose
 * removal leaves the rest of the symmetric adjacency disconnected (two
 * remaining nodes without a path): Even's algorithm (1975) over
 * vertex-disjoint paths (unit-capacity augmenting paths on the split graph).
 * Writes the set to out (room for limit) and returns its size (0: already
 * disconnected); returns -1 when no such set exists, -2 when the work exceeded
 * `budget` arc visits before the answer was known (out may still hold a set
 * then: its size is in *out_found, else *out_found = -1), -3 on out of memory.
 * O(limit^2 n (n + m)) in the worst case, much less when a node of degree
 * <= limit exists (its neighbours separate it).
 */
int64_t an_i_kp_find_separator(const an_i_csr *adjacency, const uint8_t *allowed, int64_t limit,
                               double budget, int32_t *out, int64_t *out_found);

/** Brute force over all C(c, k) sets. AN_OK / AN_ELIMIT / AN_ENOMEM (recorded). */
int an_i_kp_search_exact(an_i_kp_search *search);

/* ---- shared by keyplayers.c and whatif.c ------------------------------------ */

/** Map a direction option to an adjacency mode for the fragmentation (reach = 0) or reach (reach = 1) measures. */
an_i_csr_mode an_i_kp_view(int direction, int reach);

/* ---- through a lens (keyplayers_lens.c) ------------------------------------ */

/** The options' lens, or NULL (none, or version-1 options). */
static inline const an_lens *an_i_kp_lens(const an_keyplayer_options *options)
{
    return options->version >= 2 ? options->lens : NULL;
}

static inline const an_lens *an_i_whatif_lens(const an_whatif_options *options)
{
    return options->version >= 2 ? options->lens : NULL;
}

/** Key players on the lens's network; candidates (NULL: all) and the set are in the caller's indices. */
int an_i_keyplayers_find_lens(int64_t *out_set, an_keyplayer_result *out_result, const an_network *network,
                              int64_t k, const int64_t *candidates, int64_t candidate_count,
                              const an_keyplayer_options *options);
int an_i_keyplayers_score_lens(double *out_score, const an_network *network, const int64_t *set, int64_t count,
                               const an_keyplayer_options *options);
/** What-if on the lens's network: `ids` or `nodes` (the other NULL) name the removed actors. */
int an_i_whatif_remove_lens(an_whatif_result *out, const an_network *network, const char *const *ids,
                            const int64_t *nodes, size_t count, const an_whatif_options *options);

/** 1 if the view is symmetric for this network (undirected view, or no directed edge). */
int an_i_kp_view_symmetric(const an_network *network, an_i_csr_mode mode);

#endif
