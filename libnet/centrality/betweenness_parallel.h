/*
 * betweenness_parallel.h — shortest-path betweenness on our own arrays, with
 * every core: exact (Brandes 2001) and sampled (Riondato & Kornaropoulos 2016).
 *
 * Debian's igraph is not thread-safe, so the parallel work never calls igraph:
 * the analysis graph (an igraph_t built under the igraph guard) is copied once
 * into the shared CSR (graph/csr.h, an_i_csr_from_igraph), and the threads only
 * read that. Sources
 * (exact) or samples (approximate) are handed out in chunks from an atomic
 * counter. Exact: the sources are cut into fixed blocks, each block sums
 * into its own array, and the arrays are added in block order at the end, so
 * the result is the same to the bit whatever the thread count or schedule.
 * Sampled: integer counts per thread, and each sample has its own seeded
 * stream, so the result depends on the seed only.
 */
#ifndef AN_BETWEENNESS_PARALLEL_H
#define AN_BETWEENNESS_PARALLEL_H

#include <stdint.h>

#include "graph/csr.h"

/**
 * Exact betweenness (Brandes 2001) in igraph_betweenness()'s raw form: sum
 * over ordered pairs (directed) or unordered pairs (undirected) of the share
 * of shortest paths through each node. Unweighted: BFS; weighted: Dijkstra
 * with igraph's relative tolerance of 1e-10 when comparing path lengths (so
 * the result equals igraph's to rounding). O(n m) / O(n m log n).
 * AN_OK / AN_ENOMEM.
 */
int an_i_betweenness_brandes(double *out, const an_i_csr *graph, int threads);

/**
 * Riondato-Kornaropoulos sampling. `graph` needs the reverse arcs. Runs
 * samples first .. first + samples - 1: sample k draws an ordered pair
 * (s, t), s != t, uniformly from its own stream (seeded by `seed` and k, so
 * the result depends neither on the thread count nor on how a range of
 * samples is split into calls), picks one shortest s-t path uniformly at
 * random (balanced bidirectional BFS when unweighted, Dijkstra stopped at t
 * when weighted), and adds 1 to counts[v] for each inner node v. Over r
 * samples, counts[v] / r is an unbiased estimate of P(v) / (n (n - 1)),
 * P(v) = sum over ordered pairs of sigma_st(v) / sigma_st. *out_arcs (may be
 * NULL) receives the number of arcs scanned, a measure of the work.
 * AN_OK / AN_ENOMEM.
 */
int an_i_betweenness_sample(int64_t *counts, int64_t *out_arcs, const an_i_csr *graph, int64_t first,
                            int64_t samples, uint64_t seed, int threads);

/**
 * An upper bound on the vertex diameter (most nodes on any shortest path):
 * per strongly connected component C with a root r, the hop length of a
 * shortest path inside C is at most ecc_in(r) + ecc_out(r) (weighted: that
 * length divided by the smallest weight, and never more than |C| - 1), and a
 * shortest path crosses the components along one path of the condensation,
 * visiting each once: the bound is the heaviest such path, node-weighted by
 * (the component's hop bound + 1). Undirected: 2 ecc(r) + 1 per component
 * (Riondato & Kornaropoulos 2016, section 5.1). O(n + m) (weighted:
 * O(m log n)). `graph` needs the reverse arcs. AN_OK / AN_ENOMEM.
 */
int an_i_vertex_diameter_bound(int64_t *out, const an_i_csr *graph);

#endif
