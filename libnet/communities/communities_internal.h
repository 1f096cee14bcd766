/*
 * communities_internal.h — shared by the community sources: relabelling
 * partitions, and one entry point per detection method.
 */
#ifndef AN_COMMUNITIES_INTERNAL_H
#define AN_COMMUNITIES_INTERNAL_H

#include "actornet/communities.h"
#include "igraph_bridge.h"

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

/** The view's weights, or NULL when unweighted. */
static inline const igraph_vector_t *an_i_view_weights(const an_i_igraph_view *view)
{
    return view->has_weights ? &view->weights : NULL;
}

#endif
