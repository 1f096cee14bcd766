/*
 * test_leiden_csr.c — hand-worked cases for Leiden and Louvain on the CSR
 * (communities/leiden_csr.h, louvain_csr.h): two cliques and a bridge, a
 * self-loop (through an_i_csr_from_igraph, as the library would build it),
 * weights, CPM at a huge resolution, no ties, isolated nodes, zero
 * iterations, bad arguments, reproducibility, and two threads at once.
 */
#include "graph/leiden_csr.h"
#include "graph/louvain_csr.h"
#include "csr_edges.h"
#include "harness.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#define EDGES(array) ((int64_t)(sizeof(array) / sizeof(array[0]) / 2))

/* Two K4 (0-3 and 4-7) joined by the edge 3-4. */
static const int32_t two_cliques[] = { 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 4, 5, 4, 6, 4, 7, 5, 6, 5, 7, 6, 7, 3, 4 };

static void check_membership(const int64_t *actual, const int64_t *expected, int n)
{
    for (int v = 0; v < n; v++)
        AN_T_CHECK(actual[v] == expected[v]);
}

static void check_singletons(const int64_t *membership, int n)
{
    for (int v = 0; v < n; v++)
        AN_T_CHECK(membership[v] == v);
}

/* Leiden (default options at `resolution`) and Louvain both return `expected` (n <= 16 nodes)
 * with modularity `modularity`. */
static void check_both(const an_i_csr *csr, const int64_t *expected, int n, double resolution, double modularity)
{
    int64_t membership[16];
    double quality = 0;
    an_i_leiden_csr_options options = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    options.resolution = resolution;
    AN_T_CHECK_OK(an_i_leiden_csr(membership, &quality, csr, &options, NULL));
    check_membership(membership, expected, n);
    AN_T_CHECK_NEAR(quality, modularity, 1e-15);
    AN_T_CHECK_OK(an_i_louvain_csr(membership, &quality, csr, resolution, 3, NULL));
    check_membership(membership, expected, n);
    AN_T_CHECK_NEAR(quality, modularity, 1e-15);
}

/* Q = 2 (6/13 - (13/26)^2) = 11/26 for the two cliques; both methods find them. */
static void test_two_cliques(void)
{
    an_i_csr csr;
    AN_T_CHECK(csr_from_edges(&csr, 8, EDGES(two_cliques), two_cliques, NULL) == 0);
    const int64_t expected[] = { 0, 0, 0, 0, 1, 1, 1, 1 };
    check_both(&csr, expected, 8, 1.0, 11.0 / 26.0);
    int64_t membership[8];
    an_i_community_csr_stats stats;
    AN_T_CHECK_OK(an_i_leiden_csr(membership, NULL, &csr, NULL, &stats));
    AN_T_CHECK(stats.communities == 2);
    AN_T_CHECK(stats.iterations >= 2); /* the last iteration changes nothing */
    AN_T_CHECK_OK(an_i_louvain_csr(membership, NULL, &csr, 1.0, 7, &stats));
    AN_T_CHECK(stats.iterations == 1 && stats.communities == 2);
    an_i_csr_free(&csr);
}

/* Triangles 0-1-2 (with a loop at 0) and 3-4-5, bridge 2-3, built the way the library builds
 * an analysis CSR: igraph graph -> an_i_csr_from_igraph, which gives the loop two arcs 0->0.
 * m = 8, degrees A = 4 + 2 + 3 = 9 (the loop adds 2), B = 7; L_A = 3 + 1, L_B = 3:
 * Q = 7/8 - (81 + 49)/256 = 94/256 (NetworkX and igraph agree). */
static void test_self_loop(void)
{
    igraph_t graph;
    AN_T_CHECK(igraph_small(&graph, 6, IGRAPH_UNDIRECTED, 0, 1, 1, 2, 0, 2, 0, 0, 3, 4, 4, 5, 3, 5, 2, 3, -1) ==
               IGRAPH_SUCCESS);
    an_i_csr csr;
    AN_T_CHECK_OK(an_i_csr_from_igraph(&csr, &graph, NULL, 0));
    igraph_destroy(&graph);
    int loops = 0;
    for (int64_t k = csr.offsets[0]; k < csr.offsets[1]; k++)
        loops += csr.targets[k] == 0;
    AN_T_CHECK(loops == 2);
    const int64_t expected[] = { 0, 0, 0, 1, 1, 1 };
    check_both(&csr, expected, 6, 1.0, 94.0 / 256.0);
    an_i_csr_free(&csr);
}

/* Path 0-1-2-3 weighted 5, 1, 5: {0,1} {2,3}, Q = 10/11 - 2 (11/22)^2 = 9/22; at resolution 0.5,
 * 10/11 - 0.5 * 0.5 = 29/44 (NetworkX). Parallel arcs add up: 5 as 2 + 3 gives the same. */
static void test_weighted(void)
{
    const int32_t path[] = { 0, 1, 1, 2, 2, 3 };
    const double weights[] = { 5, 1, 5 };
    const int32_t split[] = { 0, 1, 1, 0, 1, 2, 2, 3, 3, 2 };
    const double split_weights[] = { 2, 3, 1, 2, 3 };
    const int64_t expected[] = { 0, 0, 1, 1 };
    for (int parallel = 0; parallel < 2; parallel++) {
        an_i_csr csr;
        AN_T_CHECK(csr_from_edges(&csr, 4, parallel ? 5 : 3, parallel ? split : path,
                                  parallel ? split_weights : weights) == 0);
        check_both(&csr, expected, 4, 1.0, 9.0 / 22.0);
        check_both(&csr, expected, 4, 0.5, 29.0 / 44.0);
        an_i_csr_free(&csr);
    }
}

/* CPM: at a resolution no tie can beat every node stays alone; quality (0 - g n) / 2m.
 * At 0.1 the cliques are kept: (2 * 12 - 0.1 * (16 + 16)) / 26. */
static void test_cpm(void)
{
    an_i_csr csr;
    AN_T_CHECK(csr_from_edges(&csr, 8, EDGES(two_cliques), two_cliques, NULL) == 0);
    an_i_leiden_csr_options options = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    options.objective = AN_LEIDEN_CPM;
    options.resolution = 1e6;
    int64_t membership[8];
    double quality = 0;
    AN_T_CHECK_OK(an_i_leiden_csr(membership, &quality, &csr, &options, NULL));
    check_singletons(membership, 8);
    AN_T_CHECK_NEAR(quality, -1e6 * 8 / 26.0, 1e-9);
    options.resolution = 0.1;
    AN_T_CHECK_OK(an_i_leiden_csr(membership, &quality, &csr, &options, NULL));
    const int64_t expected[] = { 0, 0, 0, 0, 1, 1, 1, 1 };
    check_membership(membership, expected, 8);
    AN_T_CHECK_NEAR(quality, (24 - 0.1 * 32) / 26.0, 1e-15);
    an_i_csr_free(&csr);
}

/* No nodes; nodes without ties (singletons, quality NaN); isolated nodes beside a clique. */
static void test_empty_and_isolated(void)
{
    an_i_csr csr;
    int64_t membership[12];
    double quality = 0;
    AN_T_CHECK(csr_from_edges(&csr, 0, 0, NULL, NULL) == 0);
    AN_T_CHECK_OK(an_i_leiden_csr(membership, &quality, &csr, NULL, NULL));
    AN_T_CHECK(isnan(quality));
    AN_T_CHECK_OK(an_i_louvain_csr(membership, &quality, &csr, 1.0, 1, NULL));
    AN_T_CHECK(isnan(quality));
    an_i_csr_free(&csr);

    AN_T_CHECK(csr_from_edges(&csr, 5, 0, NULL, NULL) == 0);
    AN_T_CHECK_OK(an_i_leiden_csr(membership, &quality, &csr, NULL, NULL));
    check_singletons(membership, 5);
    AN_T_CHECK(isnan(quality));
    AN_T_CHECK_OK(an_i_louvain_csr(membership, &quality, &csr, 1.0, 1, NULL));
    check_singletons(membership, 5);
    an_i_csr_free(&csr);

    /* nodes 0, 5, 10 and 11 isolated; 1-4 and 6-9 are the cliques */
    int32_t ends[2 * EDGES(two_cliques)];
    for (int i = 0; i < 2 * EDGES(two_cliques); i++)
        ends[i] = two_cliques[i] + (two_cliques[i] < 4 ? 1 : 2);
    AN_T_CHECK(csr_from_edges(&csr, 12, EDGES(two_cliques), ends, NULL) == 0);
    const int64_t expected[] = { 0, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 5 };
    check_both(&csr, expected, 12, 1.0, 11.0 / 26.0);
    an_i_csr_free(&csr);
}

/* iterations = 0: singletons, quality of singletons: -(sum k^2) / (2m)^2 = -(6*9 + 2*16)/676. */
static void test_zero_iterations(void)
{
    an_i_csr csr;
    AN_T_CHECK(csr_from_edges(&csr, 8, EDGES(two_cliques), two_cliques, NULL) == 0);
    an_i_leiden_csr_options options = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    options.iterations = 0;
    int64_t membership[8];
    double quality = 0;
    an_i_community_csr_stats stats;
    AN_T_CHECK_OK(an_i_leiden_csr(membership, &quality, &csr, &options, &stats));
    check_singletons(membership, 8);
    AN_T_CHECK_NEAR(quality, -86.0 / 676.0, 1e-15);
    AN_T_CHECK(stats.iterations == 0 && stats.communities == 8);
    options.iterations = 1;
    AN_T_CHECK_OK(an_i_leiden_csr(membership, &quality, &csr, &options, &stats));
    AN_T_CHECK(stats.iterations == 1);
    an_i_csr_free(&csr);
}

static void test_bad_arguments(void)
{
    an_i_csr csr;
    const double negative[] = { 1, -1, 1 };
    const int32_t path[] = { 0, 1, 1, 2, 2, 3 };
    int64_t membership[4];
    double quality;
    AN_T_CHECK(csr_from_edges(&csr, 4, 3, path, negative) == 0);
    AN_T_CHECK_CODE(an_i_leiden_csr(membership, &quality, &csr, NULL, NULL), AN_EINVAL);
    AN_T_CHECK_CODE(an_i_louvain_csr(membership, &quality, &csr, 1.0, 1, NULL), AN_EINVAL);
    csr.weights[2] = csr.weights[3] = NAN;
    AN_T_CHECK_CODE(an_i_leiden_csr(membership, &quality, &csr, NULL, NULL), AN_EINVAL);
    csr.weights[2] = csr.weights[3] = 1e308; /* finite, but the total is not */
    AN_T_CHECK_CODE(an_i_leiden_csr(membership, &quality, &csr, NULL, NULL), AN_ERANGE);
    AN_T_CHECK_CODE(an_i_louvain_csr(membership, &quality, &csr, 1.0, 1, NULL), AN_ERANGE);
    csr.weights[2] = csr.weights[3] = 1;
    csr.directed = 1;
    AN_T_CHECK_CODE(an_i_leiden_csr(membership, &quality, &csr, NULL, NULL), AN_EINVAL);
    csr.directed = 0;
    an_i_leiden_csr_options options = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    options.beta = 0;
    AN_T_CHECK_CODE(an_i_leiden_csr(membership, &quality, &csr, &options, NULL), AN_EINVAL);
    options.beta = 0.01;
    options.resolution = -1;
    AN_T_CHECK_CODE(an_i_leiden_csr(membership, &quality, &csr, &options, NULL), AN_EINVAL);
    options.resolution = 1;
    options.objective = 7;
    AN_T_CHECK_CODE(an_i_leiden_csr(membership, &quality, &csr, &options, NULL), AN_EINVAL);
    AN_T_CHECK_CODE(an_i_louvain_csr(membership, &quality, &csr, INFINITY, 1, NULL), AN_EINVAL);
    AN_T_CHECK_CODE(an_i_leiden_csr(NULL, &quality, &csr, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_i_louvain_csr(membership, &quality, NULL, 1.0, 1, NULL), AN_EMISUSE);
    AN_T_CHECK_OK(an_i_leiden_csr(membership, NULL, &csr, NULL, NULL)); /* quality may be NULL */
    an_i_csr_free(&csr);
}

/* A planted partition: 40 groups of 50, p_in 0.2, p_out 0.0005 (seeded LCG). */
static int planted(an_i_csr *csr)
{
    int32_t n = 2000;
    int64_t capacity = 40000, m = 0;
    int32_t *ends = malloc((size_t)capacity * 2 * sizeof *ends);
    uint64_t x = 12345;
    for (int32_t u = 0; u < n && ends; u++)
        for (int32_t v = u + 1; v < n; v++) {
            x = x * 6364136223846793005u + 1442695040888963407u;
            double r = (double)(x >> 11) * 0x1p-53;
            if (r < (u / 50 == v / 50 ? 0.2 : 0.0005) && m < capacity) {
                ends[2 * m] = u;
                ends[2 * m + 1] = v;
                m++;
            }
        }
    int rc = ends ? csr_from_edges(csr, n, m, ends, NULL) : -1;
    free(ends);
    return rc;
}

typedef struct run {
    const an_i_csr *csr;
    int louvain;
    int64_t membership[2000];
    double quality;
    int rc;
} run;

static void *run_method(void *argument)
{
    run *r = argument;
    r->rc = r->louvain ? an_i_louvain_csr(r->membership, &r->quality, r->csr, 1.0, 99, NULL)
                       : an_i_leiden_csr(r->membership, &r->quality, r->csr, NULL, NULL);
    return NULL;
}

/* Same seed, same array; two threads at once give what one thread alone gives; the planted
 * groups are found (modularity near 1 - 1/40 - 0.1, the share of ties between groups). */
static void test_reproducible_and_threads(void)
{
    an_i_csr csr;
    AN_T_CHECK(planted(&csr) == 0);
    static run alone[2], together[2];
    for (int i = 0; i < 2; i++) {
        alone[i] = (run){ .csr = &csr, .louvain = i };
        together[i] = (run){ .csr = &csr, .louvain = i };
        run_method(&alone[i]);
        AN_T_CHECK_OK(alone[i].rc);
        AN_T_CHECK(alone[i].quality > 0.85);
        AN_T_CHECK(alone[i].membership[0] == 0);
    }
    pthread_t threads[2];
    for (int i = 0; i < 2; i++)
        AN_T_CHECK(pthread_create(&threads[i], NULL, run_method, &together[i]) == 0);
    for (int i = 0; i < 2; i++) {
        pthread_join(threads[i], NULL);
        AN_T_CHECK_OK(together[i].rc);
        AN_T_CHECK(together[i].quality == alone[i].quality);
        check_membership(together[i].membership, alone[i].membership, 2000);
    }
    an_i_csr_free(&csr);
}

int main(void)
{
    AN_T_RUN(test_two_cliques);
    AN_T_RUN(test_self_loop);
    AN_T_RUN(test_weighted);
    AN_T_RUN(test_cpm);
    AN_T_RUN(test_empty_and_isolated);
    AN_T_RUN(test_zero_iterations);
    AN_T_RUN(test_bad_arguments);
    AN_T_RUN(test_reproducible_and_threads);
    return an_t_finish();
}
