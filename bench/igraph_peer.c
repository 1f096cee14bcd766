/*
 * igraph_peer.c — the igraph C peer of an_bench: the same phases on the same
 * file with igraph 0.10 alone.
 *
 *     igraph_peer FILE OUTDIR [PHASE ...]
 *
 * load = igraph_read_graph_graphml with the C attribute handler (every
 * attribute kept, as actornet keeps them). The analyses run on the
 * simplified graph (parallel ties once, self-loops dropped), which is what
 * actornet's default edge policy analyses, so the values are comparable; the
 * simplification is timed as its own phase. Leiden and Louvain run on the
 * undirected simplified graph (igraph needs it), Leiden with the modularity
 * objective (resolution 1 / 2m, degree node weights, beta 0.01) iterated as
 * actornet's default does: one iteration per call, each started from the
 * previous partition, until an iteration leaves the partition as it was (at
 * most 100). igraph 0.10.2's own n_iterations = -1 stops after the first
 * iteration that changes the partition, i.e. after one (libnet/communities/
 * leiden.c), which is less work than actornet does and a less converged result. The writers write the loaded graph with
 * all attributes. Output lines as an_bench: phase, seconds, peak RSS MiB, note.
 */
#include <igraph.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_clock.h"

static int wants(int argc, char **argv, const char *phase)
{
    if (argc <= 3)
        return strcmp(phase, "betweenness") != 0 && strcmp(phase, "closeness") != 0;
    for (int i = 3; i < argc; i++)
        if (strcmp(argv[i], phase) == 0)
            return 1;
    return 0;
}

/* Do two memberships describe the same partition (labels may differ)? O(n). */
static int same_partition(const igraph_vector_int_t *a, const igraph_vector_int_t *b)
{
    igraph_integer_t n = igraph_vector_int_size(a);
    if (igraph_vector_int_size(b) != n)
        return 0;
    igraph_integer_t *forward = malloc((size_t)(n + 1) * sizeof *forward);
    igraph_integer_t *backward = malloc((size_t)(n + 1) * sizeof *backward);
    int same = forward && backward;
    for (igraph_integer_t v = 0; same && v < n; v++)
        forward[v] = backward[v] = -1;
    for (igraph_integer_t v = 0; same && v < n; v++) {
        igraph_integer_t x = VECTOR(*a)[v], y = VECTOR(*b)[v];
        if (forward[x] < 0 && backward[y] < 0) {
            forward[x] = y;
            backward[y] = x;
        } else if (forward[x] != y || backward[y] != x) {
            same = 0;
        }
    }
    free(forward);
    free(backward);
    return same;
}

#define CHECK(call)                                                                                            \
    do {                                                                                                       \
        if ((call) != IGRAPH_SUCCESS) {                                                                        \
            fprintf(stderr, "igraph_peer: %s failed\n", #call);                                                \
            exit(1);                                                                                           \
        }                                                                                                      \
    } while (0)

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: igraph_peer FILE OUTDIR [PHASE ...]\n");
        return 2;
    }
    char path[4096], note[256];
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_t graph, simple, undirected;

    double t0 = bench_now();
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    CHECK(igraph_read_graph_graphml(&graph, in, 0));
    fclose(in);
    snprintf(note, sizeof note, "%lld nodes, %lld edges", (long long)igraph_vcount(&graph),
             (long long)igraph_ecount(&graph));
    bench_report("load", bench_now() - t0, note);

    t0 = bench_now();
    CHECK(igraph_copy(&simple, &graph));
    igraph_cattribute_remove_all(&simple, 1, 1, 1);
    CHECK(igraph_simplify(&simple, 1, 1, NULL));
    bench_report("simplify", bench_now() - t0, "copy without attributes, parallel ties once, no self-loops");

    igraph_vector_t values;
    igraph_vector_int_t degrees;
    igraph_vector_init(&values, 0);
    igraph_vector_int_init(&degrees, 0);
    if (wants(argc, argv, "degree")) {
        t0 = bench_now();
        CHECK(igraph_degree(&simple, &degrees, igraph_vss_all(), IGRAPH_ALL, 0));
        bench_report("degree", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "pagerank")) {
        igraph_real_t value;
        t0 = bench_now();
        CHECK(igraph_pagerank(&simple, IGRAPH_PAGERANK_ALGO_PRPACK, &values, &value, igraph_vss_all(), 1, 0.85,
                              NULL, NULL));
        bench_report("pagerank", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "betweenness")) {
        t0 = bench_now();
        CHECK(igraph_betweenness(&simple, &values, igraph_vss_all(), 1, NULL));
        bench_report("betweenness", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "closeness")) {
        t0 = bench_now();
        CHECK(igraph_closeness(&simple, &values, NULL, NULL, igraph_vss_all(), IGRAPH_IN, NULL, 0));
        bench_report("closeness", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "leiden") || wants(argc, argv, "louvain")) {
        CHECK(igraph_copy(&undirected, &simple));
        CHECK(igraph_to_undirected(&undirected, IGRAPH_TO_UNDIRECTED_COLLAPSE, NULL));
        igraph_vector_int_t membership;
        igraph_vector_int_init(&membership, 0);
        if (wants(argc, argv, "leiden")) {
            igraph_vector_t weights;
            igraph_integer_t clusters;
            igraph_real_t quality;
            igraph_vector_init(&weights, 0);
            igraph_rng_seed(igraph_rng_default(), 42);
            t0 = bench_now();
            CHECK(igraph_strength(&undirected, &weights, igraph_vss_all(), IGRAPH_ALL, 1, NULL));
            igraph_vector_int_t previous;
            igraph_vector_int_init(&previous, 0);
            int iterations = 0;
            for (int stable = 0; !stable && iterations < 100; iterations++) {
                CHECK(igraph_community_leiden(&undirected, NULL, &weights, 1.0 / (2.0 * igraph_ecount(&undirected)),
                                              0.01, iterations > 0, 1, &membership, &clusters, &quality));
                stable = iterations > 0 && same_partition(&previous, &membership);
                CHECK(igraph_vector_int_update(&previous, &membership));
            }
            double seconds = bench_now() - t0;
            igraph_vector_int_destroy(&previous);
            snprintf(note, sizeof note, "%lld communities, %d iterations", (long long)clusters, iterations);
            bench_report("leiden", seconds, note);
            igraph_vector_destroy(&weights);
        }
        if (wants(argc, argv, "louvain")) {
            igraph_vector_t modularity;
            igraph_vector_init(&modularity, 0);
            igraph_rng_seed(igraph_rng_default(), 42);
            t0 = bench_now();
            CHECK(igraph_community_multilevel(&undirected, NULL, 1.0, &membership, NULL, &modularity));
            double seconds = bench_now() - t0;
            snprintf(note, sizeof note, "Q=%.4f", igraph_vector_size(&modularity) ? igraph_vector_max(&modularity) : 0);
            bench_report("louvain", seconds, note);
            igraph_vector_destroy(&modularity);
        }
        igraph_vector_int_destroy(&membership);
        igraph_destroy(&undirected);
    }
    if (wants(argc, argv, "write_graphml")) {
        snprintf(path, sizeof path, "%s/igraph.graphml", argv[2]);
        t0 = bench_now();
        FILE *out = fopen(path, "w");
        CHECK(igraph_write_graph_graphml(&graph, out, 1));
        fclose(out);
        bench_report("write_graphml", bench_now() - t0, NULL);
    }
    if (wants(argc, argv, "write_dot")) {
        snprintf(path, sizeof path, "%s/igraph.dot", argv[2]);
        t0 = bench_now();
        FILE *out = fopen(path, "w");
        CHECK(igraph_write_graph_dot(&graph, out));
        fclose(out);
        bench_report("write_dot", bench_now() - t0, NULL);
    }
    igraph_vector_destroy(&values);
    igraph_vector_int_destroy(&degrees);
    igraph_destroy(&simple);
    igraph_destroy(&graph);
    return 0;
}
