/*
 * louvain_csr.h — Louvain / multilevel modularity optimisation (Blondel,
 * Guillaume, Lambiotte & Lefebvre 2008, "Fast unfolding of communities in
 * large networks", J. Stat. Mech. P10008) on our CSR (graph/csr.h), sharing
 * its local moving and aggregation with Leiden (local_moving_csr.h).
 *
 * Thread-safe like an_i_leiden_csr(): no igraph, no lock, no global state.
 * Internal; include as "graph/louvain_csr.h".
 */
#ifndef AN_LOUVAIN_CSR_H
#define AN_LOUVAIN_CSR_H

#include "local_moving_csr.h"

#include <stdint.h>

/**
 * Louvain on the undirected graph `csr`, read exactly as an_i_leiden_csr()
 * reads it (two arcs per tie, weights or NULL, parallel arcs add up, a loop
 * of weight w as two arcs u->u counting 2w in the degree). One multilevel
 * pass from singletons: local moving until no node gains by moving (with the
 * queue of Traag et al. 2019, which visits again only the neighbours of moved
 * nodes, instead of Blondel's repeated sweeps), aggregation of each community
 * into one node, and again on the aggregate, until a level moves nothing.
 * The coarsest level is returned. Communities need not be connected.
 *
 * @param membership  n entries: communities numbered 0..k-1 in order of first
 *                    appearance; the same input, resolution and seed give the
 *                    same array.
 * @param quality     may be NULL; modularity at `resolution` exactly as
 *                    NetworkX's modularity() computes it; NaN when the graph
 *                    has no arc weight (every node is then alone).
 * @param resolution  gamma, finite and >= 0 (1 is Newman's modularity).
 * @param seed        seed of the call's own generator (visiting orders).
 * @param stats       may be NULL; iterations (1), levels, communities.
 * @return AN_OK; AN_EMISUSE (NULL membership or csr); AN_EINVAL (directed CSR,
 *         negative or non-finite weight, resolution out of range);
 *         AN_ERANGE (weights whose total overflows a double); AN_ENOMEM.
 *         Errors are recorded (per thread).
 * Memory O(n + m); time O(m) per level in practice.
 */
int an_i_louvain_csr(int64_t *membership, double *quality, const an_i_csr *csr, double resolution, uint64_t seed,
                     an_i_community_csr_stats *stats);

#endif
