/*
 * leiden_csr.h — the Leiden algorithm (Traag, Waltman & van Eck 2019, "From
 * Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep. 9,
 * 5233) on our CSR (graph/csr.h), for modularity or the Constant Potts Model.
 *
 * Unlike igraph_community_leiden it needs no igraph_t and no igraph lock:
 * it reads a const CSR, keeps its own random generator (core/random.h) and
 * allocates everything per call, so any number of threads may run it at
 * once, on one CSR or on several. Internal; include as "graph/leiden_csr.h"
 * (graph/ is shared: the report at scale runs it on every dropout replicate).
 */
#ifndef AN_LEIDEN_CSR_H
#define AN_LEIDEN_CSR_H

#include "actornet/communities.h"
#include "local_moving_csr.h"

#include <stdint.h>

typedef struct an_i_leiden_csr_options {
    int objective;      /* AN_LEIDEN_MODULARITY (default) or AN_LEIDEN_CPM */
    double resolution;  /* gamma, finite and >= 0 (default 1) */
    double beta;        /* randomness of the refinement, finite and > 0 (default 0.01, as igraph) */
    int64_t iterations; /* < 0 (default -1): until an iteration leaves the partition unchanged, at most
                           AN_LEIDEN_MAX_ITERATIONS; 0: every node alone; k > 0: at most k, fewer when
                           one leaves the partition unchanged (the rule of an_community_options) */
    uint64_t seed;      /* the generator's seed (default AN_COMMUNITY_DEFAULT_SEED) */
} an_i_leiden_csr_options;

#define AN_I_LEIDEN_CSR_OPTIONS_INIT { AN_LEIDEN_MODULARITY, 1.0, 0.01, -1, AN_COMMUNITY_DEFAULT_SEED }

/**
 * Leiden on the undirected graph `csr` (every tie present as two opposite
 * arcs; weights[] in step with the arcs, or NULL for weight 1; parallel arcs
 * add up; a self-loop of weight w is two arcs u->u of weight w, as
 * an_i_csr_from_igraph makes it, and counts 2w in its node's degree and w in
 * its community's internal weight, as igraph and NetworkX count it).
 *
 * Each iteration is one multilevel pass: fast local moving from the previous
 * iteration's partition (the first from singletons), refinement of every
 * community (each node still alone and well connected inside its community
 * joins a well-connected refined cluster of its community at random, with
 * probability proportional to exp(gain / beta) among the moves that lose
 * nothing), aggregation on the refined clusters with the communities as the
 * aggregate's starting partition, until a level's local moving leaves every
 * community a single node. Iterations stop as options->iterations says.
 * With a resolution > 0 every community is connected (at 0 a part with no tie
 * to the rest gains nothing by leaving, so it may stay); after "until
 * stable", no node can raise the quality by moving alone to another
 * community or to one of its own (Traag et al. 2019, table 1).
 *
 * @param membership  n entries (csr->n): community of each node, numbered
 *                    0..k-1 in order of first appearance in node order; the
 *                    same input, options and seed give the same array.
 * @param quality     may be NULL; receives the objective: modularity at
 *                    resolution gamma exactly as NetworkX's modularity()
 *                    computes it (1/2m sum_c (2 L_c - gamma K_c^2 / 2m)), or
 *                    for CPM igraph 0.10's reported value 1/2m sum_c (2 L_c -
 *                    gamma n_c^2); NaN when the graph has no arc weight (every
 *                    node is then alone).
 * @param options     NULL for AN_I_LEIDEN_CSR_OPTIONS_INIT.
 * @param stats       may be NULL; iterations run, levels of the last one,
 *                    communities.
 * @return AN_OK; AN_EMISUSE (NULL membership or csr); AN_EINVAL (a directed
 *         CSR, a negative or non-finite weight, an unknown objective, gamma
 *         or beta out of range); AN_ERANGE (weights whose total overflows a
 *         double); AN_ENOMEM. Errors are recorded (per thread).
 * Memory O(n + m): two aggregate buffers of the input's size, after the
 * first iteration one renumbered copy of the input (communities contiguous,
 * for locality), and a few arrays of n: about 50 MB at a million ties.
 * Time O(m) per level in practice, a few levels per iteration; 0.73 s CPU
 * until stable (9 iterations) on bench/gen_graphml.py's 1m file
 * (bench/leiden_csr_bench.c), igraph's path 2.5 s.
 */
int an_i_leiden_csr(int64_t *membership, double *quality, const an_i_csr *csr,
                    const an_i_leiden_csr_options *options, an_i_community_csr_stats *stats);

#endif
