/*
 * communities_internal.h — shared by the community sources: relabelling
 * partitions, and one entry point per detection method.
 */
#ifndef AN_COMMUNITIES_INTERNAL_H
#define AN_COMMUNITIES_INTERNAL_H

#include "actornet/communities.h"
#include "igraph_bridge.h"
#include "graph/csr.h"

/**
 * Relabel `labels` in place: equal non-negative labels get the same new label,
 * numbered 0..count-1 in order of first appearance; negative labels become -1.
 * `out_count` may be NULL. Returns AN_OK or AN_ENOMEM (error recorded).
 * O(n log n).
 */
int an_i_relabel_first_appearance(int64_t *labels, int64_t n, int64_t *out_count);

/**
 * Each method runs inside the caller's igraph guard on a view with at least
 * one tie and valid weights, writes the membership of every vertex to
 * `membership` (an initialised igraph vector, resized by the method) and its
 * own objective to *quality (NaN if it has none). Returns an actornet status.
 */
typedef int an_i_community_method_fn(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                                     const an_community_options *options);

an_i_community_method_fn an_i_community_leiden;
an_i_community_method_fn an_i_community_louvain;
an_i_community_method_fn an_i_community_infomap;
an_i_community_method_fn an_i_community_walktrap;
an_i_community_method_fn an_i_community_label_propagation;
an_i_community_method_fn an_i_community_edge_betweenness;

/**
 * The resolution to give Leiden's CPM on weights divided by `weight_scale`
 * (igraph_bridge.h): `resolution` divided by the same factor, so that the
 * partition and the quality are those of the unscaled problem. AN_OK, or
 * AN_ERANGE (recorded) when the ratio does not fit a double. O(1).
 */
int an_i_leiden_cpm_resolution(double *out, double resolution, double weight_scale);

/* ---- actornet's own engine (engine_csr.c) ---- */

/**
 * an_community_engine_of() on options already checked and at the current
 * version: options->engine, AUTO resolved by the network's tie count
 * (AN_COMMUNITY_AUTO_ENGINE_TIES), IGRAPH for every method but Leiden and
 * Louvain. O(1).
 */
int an_i_community_engine(const an_network *network, const an_community_options *options);

/** 1 when `policy` (already made undirected) reads the graph an_i_csr_build(UNDIRECTED) makes. O(1). */
int an_i_community_csr_direct(const an_edge_policy *policy);

/**
 * Leiden or Louvain (options->method) on the undirected `csr` with actornet's
 * engine: `membership` (csr->n entries) numbered 0..k-1 in order of first
 * appearance, *quality as an_partition.quality. `weight_scale` is the
 * factor the CSR's weights were divided by (1 when none). Returns an
 * actornet status, recorded. O(m) per level in practice.
 */
int an_i_community_run_csr(int64_t *membership, double *quality, const an_i_csr *csr,
                           const an_community_options *options, double weight_scale);

/** The view's weights, or NULL when unweighted. */
static inline const igraph_vector_t *an_i_view_weights(const an_i_igraph_view *view)
{
    return view->has_weights ? &view->weights : NULL;
}

#endif
