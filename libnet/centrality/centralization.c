/*
 * centralization.c — Freeman's (1979) graph centralisation for degree,
 * betweenness and closeness: sum_v (max c - c(v)) / T, T the value of the
 * most centralised network of the same size (see centrality.h).
 */
#include "centrality_internal.h"
#include "error_internal.h"
#include "lens_scope.h"
#include "network_internal.h"

#include <math.h>
#include <stdlib.h>

/* The theoretical maximum T for the measure on n nodes (igraph_centralization_*_tmax where they agree). */
static int theoretical_maximum(double *out, an_i_centrality_context *context, an_centrality_measure measure)
{
    const an_i_igraph_view *view;
    int rc = an_i_centrality_view(context, &view);
    if (rc != AN_OK)
        return rc;
    double n = (double)context->node_count;
    igraph_real_t tmax = 0;
    switch (measure) {
    case AN_DEGREE:
    case AN_IN_DEGREE:
    case AN_OUT_DEGREE: {
        igraph_neimode_t mode = measure == AN_IN_DEGREE ? IGRAPH_IN : measure == AN_OUT_DEGREE ? IGRAPH_OUT : IGRAPH_ALL;
        rc = an_i_igraph_check(igraph_centralization_degree_tmax(&view->graph, 0, mode, 0, &tmax), "centralization");
        break;
    }
    case AN_BETWEENNESS:
        rc = an_i_igraph_check(igraph_centralization_betweenness_tmax(&view->graph, 0, IGRAPH_DIRECTED, &tmax),
                               "centralization");
        break;
    default: /* AN_CLOSENESS, Wasserman-Faust closeness in [0, 1] */
        tmax = view->directed ? n - 1 : (n - 1) * (n - 2) / (2 * n - 3);
        break;
    }
    *out = tmax;
    return rc;
}

int an_centralization(double *out, const an_network *network, an_centrality_measure measure,
                      const an_centrality_options *options)
{
    an_centrality_options defaults = AN_CENTRALITY_OPTIONS_INIT;
    if (!out)
        return AN_I_MISUSE("out is NULL");
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!options)
        options = &defaults;
    if (options->version != AN_CENTRALITY_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "centrality options have version %u, expected %u (use AN_CENTRALITY_OPTIONS_INIT)",
                          options->version, (unsigned)AN_CENTRALITY_OPTIONS_VERSION);
    if (measure != AN_DEGREE && measure != AN_IN_DEGREE && measure != AN_OUT_DEGREE && measure != AN_BETWEENNESS &&
        measure != AN_CLOSENESS) {
        const char *name = an_centrality_measure_name(measure);
        return an_i_error(AN_EINVAL, "centralization is defined for degree, in_degree, out_degree, betweenness "
                                     "and closeness, not %s", name ? name : "an unknown measure");
    }
    int rc = an_i_edge_policy_check(network, &options->policy);
    if (rc != AN_OK)
        return rc;
    if (measure == AN_CLOSENESS && options->policy.weight)
        return an_i_error(AN_EINVAL, "closeness centralization is defined for unweighted ties only "
                                     "(weighted closeness has no upper bound); unset the weight");
    int64_t n = network->node_count;
    if (n == 0)
        return an_i_error(AN_EEMPTY, "centralization: the network has no nodes");
    if (options->policy.lens) {
        /* a graph-level value: the centralization of the lens's network */
        an_i_lens_scope scope;
        if ((rc = an_i_lens_scope_open(&scope, network, options->policy.lens)) != AN_OK)
            return rc;
        an_centrality_options inner = *options;
        inner.policy.lens = NULL;
        rc = an_centralization(out, scope.network, measure, &inner);
        an_i_lens_scope_close(&scope);
        return rc;
    }
    double *scores = malloc((size_t)n * sizeof *scores);
    if (!scores)
        return AN_I_NOMEM();

    an_i_igraph_guard guard;
    an_i_centrality_context context;
    an_i_igraph_begin(&guard);
    an_i_igraph_seed(options->seed);
    an_i_centrality_context_init(&context, network, options);
    if (measure == AN_BETWEENNESS)
        rc = an_i_centrality_betweenness(scores, &context, 1);
    else if (measure == AN_CLOSENESS)
        rc = an_i_centrality_closeness(scores, &context, 0);
    else
        rc = an_i_centrality_degree_counts(scores, &context,
                                           measure == AN_IN_DEGREE ? IGRAPH_IN
                                           : measure == AN_OUT_DEGREE ? IGRAPH_OUT : IGRAPH_ALL);
    double tmax = 0;
    if (rc == AN_OK)
        rc = theoretical_maximum(&tmax, &context, measure);
    an_i_centrality_context_destroy(&context);
    an_i_igraph_end(&guard);

    if (rc == AN_OK) {
        double largest = scores[0], sum = 0;
        for (int64_t v = 1; v < n; v++)
            if (scores[v] > largest)
                largest = scores[v];
        for (int64_t v = 0; v < n; v++)
            sum += largest - scores[v];
        if (options->raw)
            *out = sum;
        else
            *out = n < 3 || !(tmax > 0) ? NAN : sum / tmax;
    }
    free(scores);
    return rc;
}
