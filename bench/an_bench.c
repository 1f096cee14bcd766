/*
 * an_bench.c — times actornet's phases in one process on one GraphML file.
 *
 *     an_bench FILE OUTDIR [PHASE ...]
 *
 * Phases (default: all but betweenness and closeness): load simplify degree
 * pagerank betweenness betweenness_approx closeness leiden louvain
 * write_graphml write_dot. `load` always runs first. `simplify` is
 * an_network_prepare() with the default policy: the analysis graph (parallel
 * ties once, self-loops dropped) that the measures after it read, as
 * igraph_peer's `simplify` makes the simple graph its measures read; like
 * igraph_peer it runs whenever a measure on that graph (degree, pagerank,
 * betweenness, closeness) is asked for. Leiden and Louvain run on their own
 * graph (AUTO engine: actornet's own from 100,000 ties, from the edge
 * arrays). Prints one line per phase:
 *
 *     phase <TAB> seconds <TAB> peak RSS so far (MiB) <TAB> note
 *
 * betweenness_approx is an_betweenness_approximate_ex() (epsilon 0.01,
 * delta 0.1, seed 1); when betweenness ran before it, its note gives the
 * largest absolute error against the exact values and the overlap of the two
 * top-100 sets. The analyses use the default edge policy
 * (directed, parallel ties collapsed, self-loops dropped, unweighted);
 * Leiden and Louvain see the network as undirected, as igraph requires.
 * Threads: ACTORNET_THREADS (default: every online CPU).
 */
#include <actornet.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_clock.h"

static void die(const char *what)
{
    const an_error *e = an_error_last();
    fprintf(stderr, "an_bench: %s: %s\n", what, e ? e->message : "?");
    exit(1);
}

static int wants(int argc, char **argv, const char *phase)
{
    if (argc <= 3)
        return strcmp(phase, "betweenness") != 0 && strcmp(phase, "closeness") != 0;
    for (int i = 3; i < argc; i++)
        if (strcmp(argv[i], phase) == 0)
            return 1;
    return 0;
}

static int by_value_desc(const void *a, const void *b, void *values)
{
    const double *v = values;
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    if (v[x] != v[y])
        return v[x] > v[y] ? -1 : 1;
    return x < y ? -1 : (x > y);
}

static int64_t top_overlap(const double *a, const double *b, int64_t n, int64_t k)
{
    int64_t *oa = malloc((size_t)n * sizeof *oa), *ob = malloc((size_t)n * sizeof *ob);
    for (int64_t i = 0; i < n; i++)
        oa[i] = ob[i] = i;
    qsort_r(oa, (size_t)n, sizeof *oa, by_value_desc, (void *)a);
    qsort_r(ob, (size_t)n, sizeof *ob, by_value_desc, (void *)b);
    if (k > n)
        k = n;
    char *in = calloc((size_t)n, 1);
    for (int64_t i = 0; i < k; i++)
        in[oa[i]] = 1;
    int64_t common = 0;
    for (int64_t i = 0; i < k; i++)
        common += in[ob[i]];
    free(oa);
    free(ob);
    free(in);
    return common;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: an_bench FILE OUTDIR [PHASE ...]\n");
        return 2;
    }
    const char *file = argv[1], *outdir = argv[2];
    char path[4096], note[256];
    an_network *net = NULL;

    double t0 = bench_now();
    if (an_network_load_graphml(&net, file, NULL) != AN_OK)
        die("load");
    snprintf(note, sizeof note, "%lld nodes, %lld edges", (long long)an_network_node_count(net),
             (long long)an_network_edge_count(net));
    bench_report("load", bench_now() - t0, note);

    int64_t n = an_network_node_count(net);
    double *values = malloc((size_t)n * sizeof *values);
    double *exact = NULL;
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;

    if (wants(argc, argv, "simplify") || wants(argc, argv, "degree") || wants(argc, argv, "pagerank") ||
        wants(argc, argv, "betweenness") || wants(argc, argv, "closeness")) {
        t0 = bench_now();
        if (an_network_prepare(net, NULL) != AN_OK)
            die("simplify");
        bench_report("simplify", bench_now() - t0, "an_network_prepare: parallel ties once, no self-loops");
    }
    if (wants(argc, argv, "degree")) {
        t0 = bench_now();
        if (an_centrality_compute(values, net, AN_DEGREE, &options) != AN_OK)
            die("degree");
        bench_report("degree", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "pagerank")) {
        t0 = bench_now();
        if (an_centrality_compute(values, net, AN_PAGERANK, &options) != AN_OK)
            die("pagerank");
        bench_report("pagerank", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "betweenness")) {
        exact = malloc((size_t)n * sizeof *exact);
        t0 = bench_now();
        if (an_centrality_compute(exact, net, AN_BETWEENNESS, &options) != AN_OK)
            die("betweenness");
        bench_report("betweenness", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "betweenness_approx")) {
        an_betweenness_approximation info;
        t0 = bench_now();
        if (an_betweenness_approximate_ex(values, &info, net, 0.01, 0.1, 1, 0, &options) != AN_OK)
            die("betweenness_approx");
        double seconds = bench_now() - t0;
        int length = snprintf(note, sizeof note, "eps=0.01 delta=0.1 VD<=%lld %s", (long long)info.vertex_diameter_bound,
                              info.exact ? "exact (cheaper than sampling)" : "");
        if (!info.exact)
            length += snprintf(note + length, sizeof note - (size_t)length, "%lld samples", (long long)info.samples);
        if (exact) {
            double worst = 0;
            for (int64_t v = 0; v < n; v++)
                if (fabs(values[v] - exact[v]) > worst)
                    worst = fabs(values[v] - exact[v]);
            snprintf(note + length, sizeof note - (size_t)length, "; max error %.5f; top-100 overlap %lld%%", worst,
                     (long long)top_overlap(values, exact, n, 100));
        }
        bench_report("betweenness_approx", seconds, note);
    }
    if (wants(argc, argv, "closeness")) {
        t0 = bench_now();
        if (an_centrality_compute(values, net, AN_CLOSENESS, &options) != AN_OK)
            die("closeness");
        bench_report("closeness", bench_now() - t0, NULL);
    }
    static const struct {
        const char *phase;
        int method;
    } methods[] = { { "leiden", AN_COMMUNITY_LEIDEN }, { "louvain", AN_COMMUNITY_LOUVAIN } };
    for (size_t k = 0; k < 2; k++) {
        if (!wants(argc, argv, methods[k].phase))
            continue;
        an_community_options copts = AN_COMMUNITY_OPTIONS_INIT;
        an_partition *partition = NULL;
        copts.method = methods[k].method;
        copts.policy.direction = AN_AS_UNDIRECTED;
        t0 = bench_now();
        if (an_network_communities(&partition, net, &copts) != AN_OK)
            die(methods[k].phase);
        double seconds = bench_now() - t0;
        snprintf(note, sizeof note, "%lld communities, Q=%.4f, %s engine", (long long)partition->count,
                 partition->modularity, partition->engine == AN_COMMUNITY_ENGINE_ACTORNET ? "actornet" : "igraph");
        bench_report(methods[k].phase, seconds, note);
        an_partition_free(partition);
    }
    if (wants(argc, argv, "write_graphml")) {
        snprintf(path, sizeof path, "%s/actornet.graphml", outdir);
        t0 = bench_now();
        if (an_network_save_graphml(net, path, NULL) != AN_OK)
            die("write_graphml");
        bench_report("write_graphml", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "write_dot")) {
        snprintf(path, sizeof path, "%s/actornet.dot", outdir);
        t0 = bench_now();
        if (an_network_save_dot(net, path, NULL) != AN_OK)
            die("write_dot");
        bench_report("write_dot", bench_now() - t0, NULL);
    }
    free(values);
    free(exact);
    an_network_free(net);
    return 0;
}
