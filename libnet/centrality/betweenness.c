/*
 * betweenness.c — shortest-path betweenness, scaled as
 * nx.betweenness_centrality by default: exact (Brandes 2001) on every core,
 * and approximate with a guarantee (Riondato & Kornaropoulos 2016). The
 * analysis graph comes from the centrality context (igraph, under the guard);
 * the work itself runs on the shared CSR (graph/csr.h) in betweenness_exact.c
 * and betweenness_sample.c.
 */
#include "betweenness_parallel.h"
#include "centrality_internal.h"
#include "error_internal.h"
#include "lens_scope.h"

#include <math.h>
#include <stdlib.h>

#define PILOT_SAMPLES 512

/*
 * Under the default edge policy (parallel ties collapsed, self-loops dropped,
 * no weight) the CSR straight from the network's edge arrays: the analysis
 * view's arcs exactly, in the same order (the view sorts its edges by (from,
 * to), so every list an_i_csr_from_igraph copies from it is ascending, as
 * an_i_csr_build's are), without building the igraph view. O(n + m).
 */
static int policy_is_simple(const an_edge_policy *policy)
{
    return policy->parallel == AN_PARALLEL_COLLAPSE && !policy->self_loops && !policy->weight && !policy->lens;
}

static int simple_csr(an_i_csr *out, const an_network *network, int directed, int with_in)
{
    int rc = an_i_csr_build(out, network, directed ? AN_I_CSR_OUT : AN_I_CSR_UNDIRECTED);
    if (rc != AN_OK)
        return rc;
    if (!directed) {
        out->in_offsets = out->offsets;
        out->in_sources = out->targets;
    } else if (with_in) {
        an_i_csr reverse;
        rc = an_i_csr_build(&reverse, network, AN_I_CSR_IN);
        if (rc != AN_OK) {
            an_i_csr_free(out);
            return rc;
        }
        out->in_offsets = reverse.offsets;
        out->in_sources = reverse.targets;
    }
    return AN_OK;
}

/* The distance graph of the context as CSR (reverse arcs too when asked). */
static int context_csr(an_i_csr *out, an_i_centrality_context *context, const char *measure, int with_in)
{
    const an_edge_policy *policy = &context->options->policy;
    if (policy_is_simple(policy))
        return simple_csr(out, context->network,
                          an_i_igraph_mode_directed(context->network, (an_i_igraph_mode)policy->direction), with_in);
    const igraph_t *graph;
    const igraph_vector_t *weights;
    int rc = an_i_centrality_distance_graph(context, measure, &graph, &weights);
    if (rc != AN_OK)
        return rc;
    return an_i_csr_from_igraph(out, graph, weights, with_in);
}

/* NetworkX's normalisation: 1/((n-1)(n-2)) directed, 2/((n-1)(n-2)) undirected. */
static double normal_scale(int64_t n, int directed)
{
    if (n <= 2)
        return 1.0;
    return (directed ? 1.0 : 2.0) / ((double)(n - 1) * (double)(n - 2));
}

static int exact_with_threads(double *out, an_i_centrality_context *context, int raw, int threads)
{
    an_i_csr csr;
    int rc = context_csr(&csr, context, "betweenness", 0);
    if (rc != AN_OK)
        return rc;
    rc = an_i_betweenness_brandes(out, &csr, threads);
    if (rc == AN_OK && !raw) {
        double scale = normal_scale(context->node_count, csr.directed);
        for (int64_t v = 0; v < context->node_count; v++)
            out[v] *= scale;
    }
    an_i_csr_free(&csr);
    return rc;
}

int an_i_centrality_betweenness(double *out, an_i_centrality_context *context, int raw)
{
    return exact_with_threads(out, context, raw, 0);
}

/* ---- public: explicit thread count, approximation ---------------------------- */

static int check_common(const an_network *network, const double *out, const an_centrality_options **options,
                        const an_centrality_options *defaults)
{
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!out)
        return AN_I_MISUSE("out is NULL");
    if (!*options)
        *options = defaults;
    if ((*options)->version != AN_CENTRALITY_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "centrality options have version %u, expected %u (use AN_CENTRALITY_OPTIONS_INIT)",
                          (*options)->version, (unsigned)AN_CENTRALITY_OPTIONS_VERSION);
    int rc = an_i_edge_policy_check(network, &(*options)->policy);
    if (rc != AN_OK)
        return rc;
    if (network->node_count == 0)
        return an_i_error(AN_EEMPTY, "betweenness: the network has no nodes");
    return AN_OK;
}

/* Exact (info NULL) or approximate betweenness on the lens's network, scattered back (NaN outside). */
static int through_lens(double *out, an_betweenness_approximation *info, const an_network *network, int threads,
                        double epsilon, double delta, uint64_t seed, const an_centrality_options *options)
{
    an_i_lens_scope scope;
    int rc = an_i_lens_scope_open(&scope, network, options->policy.lens);
    if (rc != AN_OK)
        return rc;
    an_centrality_options inner = *options;
    inner.policy.lens = NULL;
    double *values = malloc(((size_t)scope.view_nodes + 1) * sizeof *values);
    if (!values)
        rc = AN_I_NOMEM();
    else if (info)
        rc = an_betweenness_approximate_ex(values, info, scope.network, epsilon, delta, seed, threads, &inner);
    else
        rc = an_betweenness_exact(values, scope.network, threads, &inner);
    if (rc == AN_OK)
        an_i_lens_scatter_reals(&scope, out, values, 1);
    free(values);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_betweenness_exact(double *out, const an_network *network, int threads, const an_centrality_options *options)
{
    an_centrality_options defaults = AN_CENTRALITY_OPTIONS_INIT;
    int rc = check_common(network, out, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    if (threads < 0)
        return an_i_error(AN_EINVAL, "betweenness: threads must be >= 0, not %d", threads);
    if (options->policy.lens)
        return through_lens(out, NULL, network, threads, 0, 0, 0, options);
    an_i_igraph_guard guard;
    an_i_centrality_context context;
    an_i_csr csr;
    an_i_igraph_begin(&guard);
    an_i_centrality_context_init(&context, network, options);
    rc = context_csr(&csr, &context, "betweenness", 0);
    an_i_centrality_context_destroy(&context);
    an_i_igraph_end(&guard);
    if (rc != AN_OK)
        return rc;
    rc = an_i_betweenness_brandes(out, &csr, threads);
    if (rc == AN_OK && !options->raw) {
        double scale = normal_scale(network->node_count, csr.directed);
        for (int64_t v = 0; v < network->node_count; v++)
            out[v] *= scale;
    }
    an_i_csr_free(&csr);
    return rc;
}

/* r = ceil((c / e^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta))), c = 0.5, with
 * e the error on P(v) / (n (n - 1)) that gives epsilon on the NetworkX scale. */
static int64_t sample_size(int64_t n, int64_t vertex_diameter, double epsilon, double delta)
{
    if (n <= 2 || vertex_diameter < 3)
        return 0;
    double e = epsilon * (double)(n - 2) / (double)n;
    double log_term = floor(log2((double)(vertex_diameter - 2)));
    double r = ceil(0.5 / (e * e) * (log_term + 1.0 + log(1.0 / delta)));
    return r > 9e15 ? (int64_t)9e15 : (int64_t)r;
}

static int check_bounds(double epsilon, double delta)
{
    if (!(epsilon > 0 && epsilon < 1))
        return an_i_error(AN_EINVAL, "approximate betweenness: epsilon must be in (0, 1), not %g", epsilon);
    if (!(delta > 0 && delta < 1))
        return an_i_error(AN_EINVAL, "approximate betweenness: delta must be in (0, 1), not %g", delta);
    return AN_OK;
}

static int approximate(double *out, const an_network *network, double epsilon, double delta, uint64_t seed,
                       const an_centrality_options *options, int threads, an_betweenness_approximation *info)
{
    an_centrality_options defaults = AN_CENTRALITY_OPTIONS_INIT;
    int rc = check_common(network, out, &options, &defaults);
    if (rc == AN_OK)
        rc = check_bounds(epsilon, delta);
    if (rc != AN_OK)
        return rc;
    if (options->policy.lens) {
        an_betweenness_approximation ignored;
        return through_lens(out, info ? info : &ignored, network, threads, epsilon, delta, seed, options);
    }
    an_i_igraph_guard guard;
    an_i_centrality_context context;
    an_i_csr csr;
    an_i_igraph_begin(&guard);
    an_i_centrality_context_init(&context, network, options);
    rc = context_csr(&csr, &context, "approximate betweenness", 1);
    an_i_centrality_context_destroy(&context);
    an_i_igraph_end(&guard);
    if (rc != AN_OK)
        return rc;
    int64_t n = network->node_count, vertex_diameter = 0;
    rc = an_i_vertex_diameter_bound(&vertex_diameter, &csr);
    int64_t samples = rc == AN_OK ? sample_size(n, vertex_diameter, epsilon, delta) : 0;
    int exact = 0;
    int64_t *counts = NULL;
    if (rc == AN_OK) {
        counts = calloc((size_t)n, sizeof *counts);
        if (!counts)
            rc = AN_I_NOMEM();
    }
    if (rc == AN_OK && samples > 0) {
        /* A pilot (the first samples of the same sequence) measures the arcs
         * one sample scans; exact Brandes scans every arc twice per source. */
        int64_t pilot = samples < PILOT_SAMPLES ? samples : PILOT_SAMPLES, arcs = 0;
        rc = an_i_betweenness_sample(counts, &arcs, &csr, 0, pilot, seed, threads);
        double arc_count = (double)csr.offsets[csr.n];
        double sampling_cost = (double)arcs / (double)pilot * (double)(samples - pilot);
        double exact_cost = 2.0 * (double)n * (arc_count > 1 ? arc_count : 1);
        if (rc == AN_OK && exact_cost < sampling_cost) {
            exact = 1;
        } else if (rc == AN_OK) {
            rc = an_i_betweenness_sample(counts, NULL, &csr, pilot, samples - pilot, seed, threads);
        }
    }
    if (rc == AN_OK) {
        if (exact) {
            rc = an_i_betweenness_brandes(out, &csr, threads);
            if (rc == AN_OK && !options->raw) {
                double scale = normal_scale(n, csr.directed);
                for (int64_t v = 0; v < n; v++)
                    out[v] *= scale;
            }
        } else {
            /* counts / samples estimates P(v) / (n (n-1)) */
            double scale = 0.0;
            if (samples > 0)
                scale = (options->raw ? (double)n * (double)(n - 1) * (csr.directed ? 1.0 : 0.5)
                                      : (double)n / (double)(n - 2)) / (double)samples;
            for (int64_t v = 0; v < n; v++)
                out[v] = (double)counts[v] * scale;
        }
    }
    free(counts);
    if (rc == AN_OK && info) {
        info->samples = exact ? 0 : samples;
        info->vertex_diameter_bound = vertex_diameter;
        info->exact = exact;
        info->epsilon = epsilon;
        info->delta = delta;
    }
    an_i_csr_free(&csr);
    return rc;
}

int an_betweenness_approximate(double *out, const an_network *network, double epsilon, double delta,
                               uint64_t seed, const an_centrality_options *options)
{
    return approximate(out, network, epsilon, delta, seed, options, 0, NULL);
}

int an_betweenness_approximate_ex(double *out, an_betweenness_approximation *info, const an_network *network,
                                  double epsilon, double delta, uint64_t seed, int threads,
                                  const an_centrality_options *options)
{
    if (threads < 0)
        return an_i_error(AN_EINVAL, "betweenness: threads must be >= 0, not %d", threads);
    return approximate(out, network, epsilon, delta, seed, options, threads, info);
}
