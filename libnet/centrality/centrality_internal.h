/*
 * centrality_internal.h — what the centrality sources share: the analysis
 * graphs one computation needs (built lazily, at most once each, inside one
 * igraph guard) and the per-measure entry points.
 *
 * Every an_i_centrality_* function below is called between
 * an_i_igraph_begin() and an_i_igraph_end(), fills `out` (node_count doubles,
 * node order) and returns an an_status with the last error recorded.
 */
#ifndef AN_CENTRALITY_INTERNAL_H
#define AN_CENTRALITY_INTERNAL_H

#include "actornet/centrality.h"
#include "igraph_bridge.h"

/** How a measure reads the weight column. */
typedef enum an_i_weight_use {
    AN_I_WEIGHT_NONE = 0,       /* never read (degree, coreness) */
    AN_I_WEIGHT_SUM = 1,        /* any finite value, summed (strength) */
    AN_I_WEIGHT_STRENGTH = 2,   /* >= 0; parallel ties summed */
    AN_I_WEIGHT_DISTANCE = 3    /* > 0; parallel ties: the shortest */
} an_i_weight_use;

/**
 * One computation's graphs. `policy` is the caller's policy; the views are
 * variants of it, built on first use and destroyed by
 * an_i_centrality_context_destroy().
 */
typedef struct an_i_centrality_context {
    const an_network *network;
    const an_centrality_options *options;
    int64_t node_count;

    an_i_igraph_view as_given;      /* the policy itself (COLLAPSE sums weights) */
    an_i_igraph_view keep;          /* the policy with every parallel tie kept */
    an_i_igraph_view loopless;      /* the policy without self-loops */
    int has_as_given, has_keep, has_loopless;

    igraph_t distance;              /* ties for shortest paths: parallel ties -> the shortest */
    igraph_vector_t distance_weights;
    int has_distance, distance_weighted;
    int distance_checked;           /* weights checked > 0 */
    double *principal;              /* principal eigenvector of A^T scaled to max 1, once computed */
    int principal_undefined, principal_no_ties;
    int strength_checked;           /* as_given weights checked >= 0 */
} an_i_centrality_context;

void an_i_centrality_context_init(an_i_centrality_context *context, const an_network *network,
                                  const an_centrality_options *options);
void an_i_centrality_context_destroy(an_i_centrality_context *context);

/** The view under the caller's policy (parallel ties as the policy says, weights summed). */
int an_i_centrality_view(an_i_centrality_context *context, const an_i_igraph_view **out);

/** The caller's policy with every parallel tie kept (for strength). */
int an_i_centrality_keep_view(an_i_centrality_context *context, const an_i_igraph_view **out);

/* Results in weight units back from `view`'s scaled weights (weight_scale in igraph_bridge.h):
 * multiply by weight_scale^power (1: sums of weights; -1: inverse distances). AN_ERANGE, naming
 * the actor, when a value leaves the range of normal doubles. O(n). */
int an_i_centrality_unscale(double *out, const an_i_centrality_context *context, const an_i_igraph_view *view,
                            int power, const char *measure);

/** The caller's policy without self-loops (for constraint and effective size). */
int an_i_centrality_loopless_view(an_i_centrality_context *context, const an_i_igraph_view **out);

/**
 * The graph for shortest paths: under COLLAPSE with a weight, parallel ties
 * merged into one with the smallest weight; otherwise the policy's view.
 * *out_weights is NULL when unweighted. Weights are checked > 0.
 */
int an_i_centrality_distance_graph(an_i_centrality_context *context, const char *measure,
                                   const igraph_t **out_graph, const igraph_vector_t **out_weights);

/** *out_weights = the view's weights, every tie checked >= 0 (NULL when unweighted).
 *  `measure` names the measure in the error message. */
int an_i_centrality_strength_weights(an_i_centrality_context *context, const an_i_igraph_view *view,
                                     const char *measure, const igraph_vector_t **out_weights);

/** 1 if options->raw asks for igraph's raw form. */
static inline int an_i_centrality_raw(const an_i_centrality_context *context)
{
    return context->options->raw != 0;
}

/* ---- measures (one source file each, named after the measure family) ---- */

/* degree.c: AN_DEGREE, AN_IN_DEGREE, AN_OUT_DEGREE; and AN_STRENGTH. */
int an_i_centrality_degree(double *out, an_i_centrality_context *context, an_centrality_measure measure);
int an_i_centrality_strength(double *out, an_i_centrality_context *context);
/* Raw degree counts (mode IGRAPH_ALL / IN / OUT) of the policy's view, as doubles. */
int an_i_centrality_degree_counts(double *out, an_i_centrality_context *context, igraph_neimode_t mode);

/* betweenness.c */
int an_i_centrality_betweenness(double *out, an_i_centrality_context *context, int raw);

/* closeness.c: closeness and harmonic. */
int an_i_centrality_closeness(double *out, an_i_centrality_context *context, int raw);
int an_i_centrality_harmonic(double *out, an_i_centrality_context *context);

/* spectral.c: eigenvector, PageRank, hub and authority. */
int an_i_centrality_eigenvector(double *out, an_i_centrality_context *context);
int an_i_centrality_pagerank(double *out, an_i_centrality_context *context);
int an_i_centrality_hits(double *out, an_i_centrality_context *context, an_centrality_measure measure);

/* coreness.c */
int an_i_centrality_coreness(double *out, an_i_centrality_context *context);

/* structural_holes.c: Burt's constraint and effective size. */
int an_i_centrality_constraint(double *out, an_i_centrality_context *context);
int an_i_centrality_effective_size(double *out, an_i_centrality_context *context);

#endif
