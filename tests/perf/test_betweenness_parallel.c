/*
 * test_betweenness_parallel.c — the parallel exact betweenness against
 * igraph_betweenness() (the oracle, called directly) on seeded random
 * multigraphs: directed and undirected, unweighted and weighted (small
 * integer lengths, so many paths tie, and real lengths), parallel ties kept
 * (igraph counts each as a distinct path) or collapsed (igraph on the
 * simplified graph), self-loops kept; 1, 2 and 3 threads; 1e-9 relative,
 * and the same bits for every thread count.
 * Then the approximation: on networks large enough to sample (r < n), every
 * node within epsilon of the exact value, for a fixed seed; the check itself
 * is shown to fail on a perturbed vector and the estimate is shown not to be
 * the exact one (so the sampling path really ran).
 */
#include <actornet.h>
#include <igraph.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond, ...)                                                                                      \
    do {                                                                                                      \
        if (!(cond)) {                                                                                        \
            failures++;                                                                                       \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);                                              \
            fprintf(stderr, __VA_ARGS__);                                                                     \
            fprintf(stderr, "\n");                                                                            \
        }                                                                                                     \
    } while (0)

static uint64_t rng_state;

static uint64_t next_random(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static int64_t below(int64_t bound)
{
    return (int64_t)(next_random() % (uint64_t)bound);
}

typedef struct edge_list {
    int64_t n, m;
    int64_t *from, *to;
    double *weight;
} edge_list;

/* A random multigraph with a few hubs, parallel ties and self-loops. */
static void make_graph(edge_list *g, int64_t n, int64_t m, int integer_weights)
{
    g->n = n;
    g->m = m;
    g->from = malloc((size_t)m * sizeof *g->from);
    g->to = malloc((size_t)m * sizeof *g->to);
    g->weight = malloc((size_t)m * sizeof *g->weight);
    for (int64_t e = 0; e < m; e++) {
        if (e > 0 && below(10) == 0) { /* a parallel tie */
            g->from[e] = g->from[e - 1];
            g->to[e] = g->to[e - 1];
        } else {
            int64_t a = below(4) == 0 ? below(n < 8 ? n : 8) : below(n); /* hubs */
            int64_t b = below(40) == 0 ? a : below(n);                   /* a few self-loops */
            g->from[e] = a;
            g->to[e] = b;
        }
        g->weight[e] = integer_weights ? (double)(1 + below(3)) : 0.1 + (double)below(1000000) / 250000.0;
    }
}

static void free_graph(edge_list *g)
{
    free(g->from);
    free(g->to);
    free(g->weight);
}

static an_network *to_network(const edge_list *g, int directed)
{
    an_network *net = NULL;
    int column;
    char id[32];
    if (an_network_new(&net, directed) != AN_OK)
        abort();
    for (int64_t v = 0; v < g->n; v++) {
        snprintf(id, sizeof id, "v%lld", (long long)v);
        if (an_network_add_node(net, id, NULL) != AN_OK)
            abort();
    }
    if (an_network_add_column(net, AN_DOMAIN_EDGE, "w", AN_TYPE_DOUBLE, &column) != AN_OK)
        abort();
    for (int64_t e = 0; e < g->m; e++) {
        if (an_network_add_edge(net, g->from[e], g->to[e], -1, NULL, NULL) != AN_OK ||
            an_network_set_real(net, AN_DOMAIN_EDGE, column, e, g->weight[e]) != AN_OK)
            abort();
    }
    return net;
}

/* igraph's raw betweenness: every tie (KEEP) or the simplified graph (COLLAPSE, unweighted). */
static void igraph_oracle(double *out, const edge_list *g, int directed, int weighted, int keep)
{
    igraph_t graph;
    igraph_vector_int_t edges;
    igraph_vector_t weights, scores;
    igraph_vector_int_init(&edges, 2 * g->m);
    igraph_vector_init(&weights, g->m);
    for (int64_t e = 0; e < g->m; e++) {
        VECTOR(edges)[2 * e] = g->from[e];
        VECTOR(edges)[2 * e + 1] = g->to[e];
        VECTOR(weights)[e] = g->weight[e];
    }
    igraph_create(&graph, &edges, g->n, directed);
    if (!keep)
        igraph_simplify(&graph, 1, 1, NULL);
    igraph_vector_init(&scores, 0);
    igraph_betweenness(&graph, &scores, igraph_vss_all(), IGRAPH_DIRECTED, weighted ? &weights : NULL);
    for (int64_t v = 0; v < g->n; v++)
        out[v] = VECTOR(scores)[v];
    igraph_vector_destroy(&scores);
    igraph_vector_destroy(&weights);
    igraph_vector_int_destroy(&edges);
    igraph_destroy(&graph);
}

static double worst_relative(const double *a, const double *b, int64_t n)
{
    double worst = 0;
    for (int64_t v = 0; v < n; v++) {
        double scale = fabs(b[v]) > 1 ? fabs(b[v]) : 1;
        double d = fabs(a[v] - b[v]) / scale;
        if (!(d <= worst))
            worst = d;
    }
    return worst;
}

static void test_exact(void)
{
    static const int64_t sizes[][2] = { { 2, 1 }, { 3, 4 }, { 12, 30 }, { 60, 150 }, { 200, 700 }, { 400, 2400 } };
    int cases = 0;
    for (int directed = 0; directed <= 1; directed++)
        for (int weighted = 0; weighted <= 2; weighted++)  /* 0 none, 1 integer lengths, 2 real lengths */
            for (int keep = 0; keep <= 1; keep++) {
                if (weighted && !keep)
                    continue; /* COLLAPSE + weight takes the shortest tie: not an igraph call */
                for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
                    rng_state = 1000 * (uint64_t)s + 100 * (uint64_t)directed + 10 * (uint64_t)weighted + (uint64_t)keep;
                    edge_list g;
                    make_graph(&g, sizes[s][0], sizes[s][1], weighted == 1);
                    an_network *net = to_network(&g, directed);
                    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
                    options.raw = 1;
                    options.policy.parallel = keep ? AN_PARALLEL_KEEP : AN_PARALLEL_COLLAPSE;
                    options.policy.self_loops = keep;
                    options.policy.weight = weighted ? "w" : NULL;
                    double *expected = calloc((size_t)g.n, sizeof *expected);
                    double *got = calloc((size_t)g.n, sizeof *got);
                    igraph_oracle(expected, &g, directed, weighted, keep);
                    double *first = calloc((size_t)g.n, sizeof *first);
                    for (int threads = 1; threads <= 3; threads++) {
                        int rc = an_betweenness_exact(got, net, threads, &options);
                        CHECK(rc == AN_OK, "an_betweenness_exact: %s", an_error_last()->message);
                        double worst = worst_relative(got, expected, g.n);
                        CHECK(worst <= 1e-9, "directed=%d weighted=%d keep=%d n=%lld threads=%d: off by %g",
                              directed, weighted, keep, (long long)g.n, threads, worst);
                        if (threads == 1)
                            memcpy(first, got, (size_t)g.n * sizeof *got);
                        else
                            CHECK(memcmp(first, got, (size_t)g.n * sizeof *got) == 0,
                                  "%d threads changed the bits of the result", threads);
                    }
                    free(first);
                    /* the centrality module's path (threads from the environment / CPUs) */
                    int rc = an_centrality_compute(got, net, AN_BETWEENNESS, &options);
                    CHECK(rc == AN_OK, "an_centrality_compute: %s", an_error_last()->message);
                    CHECK(worst_relative(got, expected, g.n) <= 1e-9, "an_centrality_compute differs from igraph");
                    cases++;
                    free(expected);
                    free(got);
                    an_network_free(net);
                    free_graph(&g);
                }
            }
    printf("exact: %d graphs x 3 thread counts equal igraph_betweenness to 1e-9\n", cases);
}

static double max_abs_error(const double *a, const double *b, int64_t n)
{
    double worst = 0;
    for (int64_t v = 0; v < n; v++)
        if (fabs(a[v] - b[v]) > worst)
            worst = fabs(a[v] - b[v]);
    return worst;
}

static void test_approximate(void)
{
    const double epsilon = 0.05, delta = 0.1;
    for (int directed = 0; directed <= 1; directed++)
        for (int weighted = 0; weighted <= 1; weighted++) {
            rng_state = 77 + 10 * (uint64_t)directed + (uint64_t)weighted;
            edge_list g;
            make_graph(&g, 3000, 9000, 0);
            an_network *net = to_network(&g, directed);
            an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
            options.policy.weight = weighted ? "w" : NULL;
            double *exact = calloc((size_t)g.n, sizeof *exact);
            double *approx = calloc((size_t)g.n, sizeof *approx);
            double *approx2 = calloc((size_t)g.n, sizeof *approx2);
            an_betweenness_approximation info;
            int rc = an_centrality_compute(exact, net, AN_BETWEENNESS, &options);
            CHECK(rc == AN_OK, "exact: %s", an_error_last()->message);
            rc = an_betweenness_approximate_ex(approx, &info, net, epsilon, delta, 12345, 1, &options);
            CHECK(rc == AN_OK, "approximate: %s", an_error_last()->message);
            CHECK(!info.exact && info.samples > 0 && info.samples < g.n, "expected sampling, got samples=%lld exact=%d",
                  (long long)info.samples, info.exact);
            double error = max_abs_error(approx, exact, g.n);
            CHECK(error <= epsilon, "directed=%d weighted=%d: max error %g > epsilon %g", directed, weighted, error,
                  epsilon);
            CHECK(error > 0, "the estimate equals the exact values: sampling did not run");
            /* the same seed on 2 threads: the same values */
            rc = an_betweenness_approximate_ex(approx2, NULL, net, epsilon, delta, 12345, 2, &options);
            CHECK(rc == AN_OK && memcmp(approx, approx2, (size_t)g.n * sizeof *approx) == 0,
                  "thread count changed the sampled values");
            /* the check can fail: a vector off by 2 epsilon at one node is caught */
            approx2[g.n / 2] = exact[g.n / 2] + 2 * epsilon;
            CHECK(max_abs_error(approx2, exact, g.n) > epsilon, "the error check cannot fail");
            printf("approximate: directed=%d weighted=%d n=%lld VD<=%lld samples=%lld max error %.5f (epsilon %.2f)\n",
                   directed, weighted, (long long)g.n, (long long)info.vertex_diameter_bound, (long long)info.samples,
                   error, epsilon);
            free(exact);
            free(approx);
            free(approx2);
            an_network_free(net);
            free_graph(&g);
        }
    /* argument errors */
    an_network *net = NULL;
    double out[1];
    an_network_new(&net, 1);
    CHECK(an_betweenness_approximate(out, net, 0.01, 0.1, 1, NULL) == AN_EEMPTY, "empty network");
    an_network_add_node(net, "a", NULL);
    CHECK(an_betweenness_approximate(out, net, 0.0, 0.1, 1, NULL) == AN_EINVAL, "epsilon 0");
    CHECK(an_betweenness_approximate(out, net, 0.1, 1.0, 1, NULL) == AN_EINVAL, "delta 1");
    CHECK(an_betweenness_approximate(NULL, net, 0.1, 0.1, 1, NULL) == AN_EMISUSE, "NULL out");
    CHECK(an_betweenness_exact(out, net, -1, NULL) == AN_EINVAL, "threads -1");
    CHECK(an_betweenness_approximate(out, net, 0.1, 0.1, 1, NULL) == AN_OK && out[0] == 0, "one node");
    an_network_free(net);
}

int main(void)
{
    test_exact();
    test_approximate();
    if (failures) {
        printf("%d failed\n", failures);
        return 1;
    }
    printf("all passed\n");
    return 0;
}
