/*
 * degree.c — degree, in- and out-degree centrality (from the edge arrays,
 * no igraph view), and strength.
 */
#include "centrality_internal.h"
#include "error_internal.h"

#include <stdlib.h>

/* Add the degree contributions of arc (from, to) of the policy's graph. */
static inline void count_arc(double *out, int64_t from, int64_t to, int directed, igraph_neimode_t mode)
{
    if (!directed || mode != IGRAPH_IN)
        out[from] += 1.0;
    if (!directed || mode != IGRAPH_OUT)
        out[to] += 1.0;
}

/*
 * The degrees igraph_degree(view, mode, IGRAPH_LOOPS) gives on the policy's
 * view, read from the network's edge arrays without building the view: the
 * same arcs (a directed graph takes each undirected edge both ways, an
 * undirected one takes {min, max}; self-loops only when the policy keeps
 * them, counted at both ends), and under COLLAPSE each distinct arc once,
 * found by bucketing the arcs by tail (a counting sort) and stamping heads.
 * O(n + m) time; O(n + m) scratch under COLLAPSE, none under KEEP. When
 * the network's view cache already holds the view (built by an earlier
 * analysis), igraph_degree on it instead: O(n), the same numbers.
 */
/* igraph_degree on a view: O(n). */
static int degree_of_view(double *out, const an_i_igraph_view *view, int64_t n, igraph_neimode_t mode)
{
    igraph_vector_int_t degree;
    int rc = an_i_igraph_check(igraph_vector_int_init(&degree, 0), "degree");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_degree(&view->graph, &degree, igraph_vss_all(), mode, IGRAPH_LOOPS), "degree");
    if (rc == AN_OK)
        for (int64_t v = 0; v < n; v++)
            out[v] = (double)VECTOR(degree)[v];
    igraph_vector_int_destroy(&degree);
    return rc;
}

int an_i_centrality_degree_counts(double *out, an_i_centrality_context *context, igraph_neimode_t mode)
{
    const an_network *network = context->network;
    const an_edge_policy *policy = &context->options->policy;
    if (!context->has_as_given) {
        /* a view an earlier analysis left in the network's cache answers in O(n) */
        int found = an_i_igraph_view_borrow_cached(&context->as_given, network, policy);
        if (found == AN_OK)
            context->has_as_given = 1;
        else if (found != AN_ENOTFOUND)
            return found;
    }
    if (context->has_as_given)
        return degree_of_view(out, &context->as_given, context->node_count, mode);
    int rc = an_i_edge_policy_check_weights(network, policy);
    if (rc != AN_OK)
        return rc;
    int64_t n = network->node_count, m = network->edge_count;
    const int64_t *ends = network->endpoints;
    int directed = an_i_igraph_mode_directed(network, (an_i_igraph_mode)policy->direction);
    int keep_loops = policy->self_loops != 0;
    for (int64_t v = 0; v < n; v++)
        out[v] = 0.0;

/* The arcs of edge e in the policy's graph, in the view's order: BODY sees `from` and `to`. */
#define FOR_EACH_VIEW_ARC(BODY)                                                                   \
    for (int64_t e = 0; e < m; e++) {                                                             \
        int64_t from = ends[2 * e], to = ends[2 * e + 1];                                         \
        if (from == to && !keep_loops)                                                            \
            continue;                                                                             \
        if (!directed && from > to) {                                                             \
            int64_t swap_ = from;                                                                 \
            from = to;                                                                            \
            to = swap_;                                                                           \
        }                                                                                         \
        BODY                                                                                      \
        if (directed && from != to && !an_i_edge_directed(network, e)) {                          \
            int64_t swap_ = from;                                                                 \
            from = to;                                                                            \
            to = swap_;                                                                           \
            BODY                                                                                  \
        }                                                                                         \
    }

    if (policy->parallel == AN_PARALLEL_KEEP) {
        FOR_EACH_VIEW_ARC({ count_arc(out, from, to, directed, mode); })
        return AN_OK;
    }
    int64_t *offsets = calloc((size_t)n + 1, sizeof *offsets);
    int64_t *heads = malloc((size_t)(2 * m + 1) * sizeof *heads);
    int64_t *stamp = malloc((size_t)(n + 1) * sizeof *stamp);
    if (!offsets || !heads || !stamp) {
        free(offsets);
        free(heads);
        free(stamp);
        return AN_I_NOMEM();
    }
    FOR_EACH_VIEW_ARC({ offsets[from]++; })
    int64_t total = 0;
    for (int64_t v = 0; v < n; v++) {   /* offsets[v] becomes the end of v's bucket */
        total += offsets[v];
        offsets[v] = total;
    }
    FOR_EACH_VIEW_ARC({ heads[--offsets[from]] = to; })
    offsets[n] = total;                 /* offsets[v] is now the start of v's bucket */
    for (int64_t v = 0; v < n; v++)
        stamp[v] = -1;
    for (int64_t from = 0; from < n; from++)
        for (int64_t k = offsets[from]; k < offsets[from + 1]; k++) {
            int64_t to = heads[k];
            if (stamp[to] == from)
                continue;
            stamp[to] = from;
            count_arc(out, from, to, directed, mode);
        }
#undef FOR_EACH_VIEW_ARC
    free(offsets);
    free(heads);
    free(stamp);
    return AN_OK;
}

int an_i_centrality_degree(double *out, an_i_centrality_context *context, an_centrality_measure measure)
{
    igraph_neimode_t mode = measure == AN_IN_DEGREE ? IGRAPH_IN : measure == AN_OUT_DEGREE ? IGRAPH_OUT : IGRAPH_ALL;
    int rc = an_i_centrality_degree_counts(out, context, mode);
    if (rc != AN_OK || an_i_centrality_raw(context))
        return rc;
    int64_t n = context->node_count;
    /* nx.degree_centrality: d / (n - 1); every node 1 when n <= 1. */
    double scale = n > 1 ? 1.0 / (double)(n - 1) : 0.0;
    for (int64_t v = 0; v < n; v++)
        out[v] = n > 1 ? out[v] * scale : 1.0;
    return AN_OK;
}

int an_i_centrality_strength(double *out, an_i_centrality_context *context)
{
    /* Summing is the same before or after merging parallel ties; the kept
     * view also gives every tie weight 1 when there is no weight column, so
     * unweighted strength counts parallel ties. */
    const an_i_igraph_view *view;
    int rc = an_i_centrality_keep_view(context, &view);
    if (rc != AN_OK)
        return rc;
    igraph_vector_t strength;
    rc = an_i_igraph_check(igraph_vector_init(&strength, 0), "strength");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_strength(&view->graph, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS,
                                           view->has_weights ? &view->weights : NULL),
                           "strength");
    if (rc == AN_OK)
        for (int64_t v = 0; v < context->node_count; v++)
            out[v] = VECTOR(strength)[v];
    igraph_vector_destroy(&strength);
    return rc == AN_OK ? an_i_centrality_unscale(out, context, view, 1, "strength") : rc;
}
