/*
 * centrality.c — measure names, option checks, the shared analysis graphs of
 * one computation, and the public entry points that dispatch to the measures.
 */
#include "centrality_internal.h"
#include "error_internal.h"
#include "lens_scope.h"
#include "network_internal.h"
#include "progress_internal.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const measure_names[AN_CENTRALITY_MEASURE_COUNT] = {
    "degree", "in_degree", "out_degree", "strength", "betweenness", "closeness", "harmonic",
    "eigenvector", "pagerank", "hub", "authority", "coreness", "constraint", "effective_size",
};

const char *an_centrality_measure_name(an_centrality_measure measure)
{
    if ((int)measure < 0 || (int)measure >= AN_CENTRALITY_MEASURE_COUNT)
        return NULL;
    return measure_names[measure];
}

int an_centrality_measure_from_name(an_centrality_measure *out, const char *name)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    if (!name)
        return AN_I_MISUSE("name is NULL");
    for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++) {
        if (strcmp(name, measure_names[k]) == 0) {
            *out = (an_centrality_measure)k;
            return AN_OK;
        }
    }
    return an_i_error(AN_EINVAL,
                      "unknown centrality measure '%s' (known: degree, in_degree, out_degree, strength, "
                      "betweenness, closeness, harmonic, eigenvector, pagerank, hub, authority, coreness, "
                      "constraint, effective_size)",
                      name);
}

/* ---- the analysis graphs of one computation ------------------------------- */

/* The three views are borrowed from the network's view cache (igraph_bridge.h): read-only,
 * shared with later computations on the unchanged network, given back by
 * an_i_centrality_context_destroy() before the guard ends. The shortest-path graph
 * (`distance`) is the computation's own. */

void an_i_centrality_context_init(an_i_centrality_context *context, const an_network *network,
                                  const an_centrality_options *options)
{
    memset(context, 0, sizeof *context);
    context->network = network;
    context->options = options;
    context->node_count = network->node_count;
}

void an_i_centrality_context_destroy(an_i_centrality_context *context)
{
    if (context->has_as_given)
        an_i_igraph_view_destroy(&context->as_given);
    if (context->has_keep)
        an_i_igraph_view_destroy(&context->keep);
    if (context->has_loopless)
        an_i_igraph_view_destroy(&context->loopless);
    free(context->principal);
    if (context->has_distance) {
        igraph_destroy(&context->distance);
        if (context->distance_weighted)
            igraph_vector_destroy(&context->distance_weights);
    }
    memset(context, 0, sizeof *context);
}

int an_i_centrality_view(an_i_centrality_context *context, const an_i_igraph_view **out)
{
    if (!context->has_as_given) {
        int rc = an_i_igraph_view_borrow(&context->as_given, context->network, &context->options->policy);
        if (rc != AN_OK)
            return rc;
        context->has_as_given = 1;
    }
    *out = &context->as_given;
    return AN_OK;
}

int an_i_centrality_keep_view(an_i_centrality_context *context, const an_i_igraph_view **out)
{
    if (context->options->policy.parallel == AN_PARALLEL_KEEP)
        return an_i_centrality_view(context, out);
    if (!context->has_keep) {
        an_edge_policy policy = context->options->policy;
        policy.parallel = AN_PARALLEL_KEEP;
        int rc = an_i_igraph_view_borrow(&context->keep, context->network, &policy);
        if (rc != AN_OK)
            return rc;
        context->has_keep = 1;
    }
    *out = &context->keep;
    return AN_OK;
}

int an_i_centrality_loopless_view(an_i_centrality_context *context, const an_i_igraph_view **out)
{
    if (!context->options->policy.self_loops)
        return an_i_centrality_view(context, out);
    if (!context->has_loopless) {
        an_edge_policy policy = context->options->policy;
        policy.self_loops = 0;
        int rc = an_i_igraph_view_borrow(&context->loopless, context->network, &policy);
        if (rc != AN_OK)
            return rc;
        context->has_loopless = 1;
    }
    *out = &context->loopless;
    return AN_OK;
}

/*
 * Check every tie's own weight (before parallel ties are merged) against the
 * rule of `use`. Self-loops the policy drops are not looked at.
 */
static int check_tie_weights(const an_i_centrality_context *context, an_i_weight_use use, const char *measure)
{
    const an_network *network = context->network;
    const char *name = context->options->policy.weight;
    int column;
    if (!name || use == AN_I_WEIGHT_NONE || use == AN_I_WEIGHT_SUM)
        return AN_OK;
    int rc = an_network_find_column(network, AN_DOMAIN_EDGE, name, &column);
    if (rc != AN_OK)
        return an_i_error(AN_ENOTFOUND, "weight column '%s' does not exist on edges", name);
    for (int64_t e = 0; e < network->edge_count; e++) {
        int64_t from = network->endpoints[2 * e], to = network->endpoints[2 * e + 1];
        if (from == to && !context->options->policy.self_loops)
            continue;
        double weight = 1.0;
        rc = an_network_get_real(network, AN_DOMAIN_EDGE, column, e, &weight);
        if (rc < 0)
            return rc;
        if (rc == AN_VALUE_MISSING)
            continue;
        if (use == AN_I_WEIGHT_DISTANCE && !(weight > 0))
            return an_i_error(AN_EINVAL,
                              "%s reads weights as distances and needs them > 0, but edge #%lld (%s -> %s) "
                              "has %s = %g",
                              measure, (long long)e, network->node_ids[from], network->node_ids[to], name, weight);
        if (use == AN_I_WEIGHT_STRENGTH && !(weight >= 0))
            return an_i_error(AN_EINVAL,
                              "%s reads weights as tie strengths and needs them >= 0, but edge #%lld (%s -> %s) "
                              "has %s = %g",
                              measure, (long long)e, network->node_ids[from], network->node_ids[to], name, weight);
    }
    return AN_OK;
}

int an_i_centrality_strength_weights(an_i_centrality_context *context, const an_i_igraph_view *view,
                                     const char *measure, const igraph_vector_t **out_weights)
{
    *out_weights = NULL;
    if (!view->has_weights)
        return AN_OK;
    if (!context->strength_checked) {
        int rc = check_tie_weights(context, AN_I_WEIGHT_STRENGTH, measure);
        if (rc != AN_OK)
            return rc;
        context->strength_checked = 1;
    }
    *out_weights = &view->weights;
    return AN_OK;
}

typedef struct weighted_arc {
    igraph_integer_t from, to;
    double weight;
} weighted_arc;

static int compare_arcs(const void *a, const void *b)
{
    const weighted_arc *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    return 0;
}

/* From a view with every parallel tie kept, build `context->distance` with the shortest of each group. */
static int build_shortest_ties(an_i_centrality_context *context, const an_i_igraph_view *keep)
{
    igraph_integer_t m = igraph_ecount(&keep->graph);
    weighted_arc *arcs = malloc((size_t)(m + 1) * sizeof *arcs);
    if (!arcs)
        return AN_I_NOMEM();
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t from = IGRAPH_FROM(&keep->graph, e), to = IGRAPH_TO(&keep->graph, e);
        if (!keep->directed && from > to) {
            igraph_integer_t swap = from;
            from = to;
            to = swap;
        }
        arcs[e] = (weighted_arc){ from, to, VECTOR(keep->weights)[e] };
    }
    qsort(arcs, (size_t)m, sizeof *arcs, compare_arcs);
    igraph_integer_t kept = 0;
    for (igraph_integer_t e = 0; e < m; e++) {
        if (kept > 0 && arcs[kept - 1].from == arcs[e].from && arcs[kept - 1].to == arcs[e].to) {
            if (arcs[e].weight < arcs[kept - 1].weight)
                arcs[kept - 1].weight = arcs[e].weight;
        } else {
            arcs[kept++] = arcs[e];
        }
    }
    igraph_vector_int_t edges;
    int rc = an_i_igraph_check(igraph_vector_int_init(&edges, 2 * kept), "building the shortest-path graph");
    if (rc != AN_OK)
        goto done;
    for (igraph_integer_t e = 0; e < kept; e++) {
        VECTOR(edges)[2 * e] = arcs[e].from;
        VECTOR(edges)[2 * e + 1] = arcs[e].to;
    }
    rc = an_i_igraph_check(igraph_create(&context->distance, &edges, context->node_count, keep->directed),
                           "building the shortest-path graph");
    igraph_vector_int_destroy(&edges);
    if (rc != AN_OK)
        goto done;
    rc = an_i_igraph_check(igraph_vector_init(&context->distance_weights, kept), "building the shortest-path graph");
    if (rc != AN_OK) {
        igraph_destroy(&context->distance);
        goto done;
    }
    for (igraph_integer_t e = 0; e < kept; e++)
        VECTOR(context->distance_weights)[e] = arcs[e].weight;
    context->has_distance = 1;
    context->distance_weighted = 1;
done:
    free(arcs);
    return rc;
}

int an_i_centrality_distance_graph(an_i_centrality_context *context, const char *measure,
                                   const igraph_t **out_graph, const igraph_vector_t **out_weights)
{
    const an_i_igraph_view *view;
    int rc;
    *out_graph = NULL;
    *out_weights = NULL;
    if (!context->options->policy.weight || context->options->policy.parallel == AN_PARALLEL_KEEP) {
        rc = an_i_centrality_view(context, &view);
        if (rc != AN_OK)
            return rc;
        if (view->has_weights && !context->distance_checked) {
            rc = check_tie_weights(context, AN_I_WEIGHT_DISTANCE, measure);
            if (rc != AN_OK)
                return rc;
            context->distance_checked = 1;
        }
        *out_graph = &view->graph;
        *out_weights = view->has_weights ? &view->weights : NULL;
        return AN_OK;
    }
    if (!context->has_distance) {
        if (!context->distance_checked) {
            rc = check_tie_weights(context, AN_I_WEIGHT_DISTANCE, measure);
            if (rc != AN_OK)
                return rc;
            context->distance_checked = 1;
        }
        rc = an_i_centrality_keep_view(context, &view);
        if (rc != AN_OK)
            return rc;
        rc = build_shortest_ties(context, view);
        if (rc != AN_OK)
            return rc;
    }
    *out_graph = &context->distance;
    *out_weights = &context->distance_weights;
    return AN_OK;
}

/* ---- public entry points ---------------------------------------------------- */

static int check_options(const an_network *network, const an_centrality_options *options)
{
    if (options->version != AN_CENTRALITY_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "centrality options have version %u, expected %u (use AN_CENTRALITY_OPTIONS_INIT)",
                          options->version, (unsigned)AN_CENTRALITY_OPTIONS_VERSION);
    if (!(options->damping >= 0.0 && options->damping <= 1.0))
        return an_i_error(AN_EINVAL, "PageRank damping must be in [0, 1], not %g", options->damping);
    return an_i_edge_policy_check(network, &options->policy);
}

static int compute_measure(double *out, an_i_centrality_context *context, an_centrality_measure measure)
{
    int raw = an_i_centrality_raw(context);
    switch (measure) {
    case AN_DEGREE:
    case AN_IN_DEGREE:
    case AN_OUT_DEGREE:
        return an_i_centrality_degree(out, context, measure);
    case AN_STRENGTH:
        return an_i_centrality_strength(out, context);
    case AN_BETWEENNESS:
        return an_i_centrality_betweenness(out, context, raw);
    case AN_CLOSENESS:
        return an_i_centrality_closeness(out, context, raw);
    case AN_HARMONIC:
        return an_i_centrality_harmonic(out, context);
    case AN_EIGENVECTOR:
        return an_i_centrality_eigenvector(out, context);
    case AN_PAGERANK:
        return an_i_centrality_pagerank(out, context);
    case AN_HUB:
    case AN_AUTHORITY:
        return an_i_centrality_hits(out, context, measure);
    case AN_CORENESS:
        return an_i_centrality_coreness(out, context);
    case AN_CONSTRAINT:
        return an_i_centrality_constraint(out, context);
    case AN_EFFECTIVE_SIZE:
        return an_i_centrality_effective_size(out, context);
    }
    return an_i_error(AN_EINVAL, "unknown centrality measure %d", (int)measure);
}

/*
 * Results in weight units back from the view's scaled weights (weight_scale in
 * igraph_bridge.h): `power` 1 for sums of weights (strength: times the scale),
 * -1 for inverse distances (closeness, harmonic: divided by it). The other
 * measures do not change when every weight is multiplied by the same factor. A
 * value the scale takes out of the range of doubles is refused rather than
 * shown as inf or 0.
 */
int an_i_centrality_unscale(double *out, const an_i_centrality_context *context, const an_i_igraph_view *view,
                            int power, const char *measure)
{
    if (!view->has_weights || view->weight_scale == 1.0)
        return AN_OK;
    int exponent = ilogb(view->weight_scale) * power;
    for (int64_t v = 0; v < context->node_count; v++) {
        double scaled = out[v];
        if (!(scaled > 0) || !isfinite(scaled))
            continue;
        out[v] = ldexp(scaled, exponent);
        if (!isfinite(out[v]) || out[v] < DBL_MIN)
            return an_i_error(AN_ERANGE,
                              "%s of %s is %g x 2^%d with these weights, outside the range of double precision; "
                              "rescale the weight column",
                              measure, context->network->node_ids[v], scaled, exponent);
    }
    return AN_OK;
}

/* Closeness and harmonic: distances come from the context's view (strength unscales itself). */
static int unscale(double *out, an_i_centrality_context *context, an_centrality_measure measure)
{
    const an_i_igraph_view *view;
    if ((measure != AN_CLOSENESS && measure != AN_HARMONIC) || !context->options->policy.weight ||
        an_i_centrality_view(context, &view) != AN_OK)
        return AN_OK;
    return an_i_centrality_unscale(out, context, view, -1, an_centrality_measure_name(measure));
}

static int compute_one(double *out, an_i_centrality_context *context, an_centrality_measure measure)
{
    int rc = compute_measure(out, context, measure);
    return rc == AN_OK ? unscale(out, context, measure) : rc;
}

/* The measures on the lens's network, scattered back to the caller's node order (NaN outside). */
static int compute_through_lens(double *out, const an_network *network, const an_centrality_measure *measures,
                                size_t count, const an_centrality_options *options)
{
    an_i_lens_scope scope;
    int rc = an_i_lens_scope_open(&scope, network, options->policy.lens);
    if (rc != AN_OK)
        return rc;
    an_centrality_options inner = *options;
    inner.policy.lens = NULL;
    double *values = malloc(((size_t)scope.view_nodes * count + 1) * sizeof *values);
    rc = values ? an_centrality_compute_many(values, scope.network, measures, count, &inner) : AN_I_NOMEM();
    if (rc == AN_OK)
        an_i_lens_scatter_real_rows(&scope, out, values, (int64_t)count);
    free(values);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_centrality_compute_many(double *out, const an_network *network, const an_centrality_measure *measures,
                               size_t count, const an_centrality_options *options)
{
    an_centrality_options defaults = AN_CENTRALITY_OPTIONS_INIT;
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!out)
        return AN_I_MISUSE("out is NULL");
    if (!measures && count > 0)
        return AN_I_MISUSE("measures is NULL");
    if (!options)
        options = &defaults;
    int rc = check_options(network, options);
    if (rc != AN_OK)
        return rc;
    for (size_t k = 0; k < count; k++)
        if (!an_centrality_measure_name(measures[k]))
            return an_i_error(AN_EINVAL, "unknown centrality measure %d", (int)measures[k]);
    if (network->node_count == 0)
        return an_i_error(AN_EEMPTY, "centrality: the network has no nodes");
    if (options->policy.lens)
        return compute_through_lens(out, network, measures, count, options);

    an_i_igraph_guard guard;
    an_i_centrality_context context;
    an_i_igraph_begin(&guard);
    an_i_igraph_seed(options->seed);
    an_i_centrality_context_init(&context, network, options);
    an_i_progress progress;
    an_i_progress_begin(&progress, count == 1 ? an_centrality_measure_name(measures[0]) : "centrality",
                        (int64_t)count);
    for (size_t k = 0; k < count && rc == AN_OK; k++) {
        double *values = out + k * (size_t)network->node_count;
        rc = compute_one(values, &context, measures[k]);
        for (int64_t v = 0; v < network->node_count; v++)
            values[v] += 0.0; /* -0 (from an eigen-solver's sign) prints as 0 */
        if (rc == AN_OK)
            rc = an_i_progress_advance(&progress, 1);
    }
    rc = an_i_progress_end(&progress, rc);
    an_i_centrality_context_destroy(&context);
    an_i_igraph_end(&guard);
    return rc;
}

int an_centrality_compute(double *out, const an_network *network, an_centrality_measure measure,
                          const an_centrality_options *options)
{
    return an_centrality_compute_many(out, network, &measure, 1, options);
}

int an_centrality_attach(an_network *network, an_centrality_measure measure, const char *column,
                         const an_centrality_options *options)
{
    if (!network)
        return AN_I_MISUSE("network is NULL");
    int64_t n = network->node_count;
    double *values = malloc((size_t)(n > 0 ? n : 1) * sizeof *values);
    if (!values)
        return AN_I_NOMEM();
    int rc = an_centrality_compute(values, network, measure, options);
    if (rc == AN_OK)
        rc = an_network_attach_reals(network, AN_DOMAIN_NODE, column ? column : an_centrality_measure_name(measure),
                                     values);
    free(values);
    return rc;
}
