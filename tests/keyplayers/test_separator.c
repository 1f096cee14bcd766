/*
 * test_separator.c — the smallest disconnecting set (libnet/keyplayers/
 * separator.c) on graphs whose vertex connectivity is known by hand, with and
 * without a restricted pool of allowed nodes; and the search's guarantee on
 * fragmentation: with no random starts at all, on 2-connected networks where
 * no single removal disconnects anything, the search still returns a set
 * that disconnects the network whenever one exists (issue 14, item 6).
 */
#include "harness.h"
#include "keyplayers_internal.h"
#include "actornet.h"

#include <stdlib.h>

/* A network from an edge list on n nodes named v0.. */
static an_network *graph(int n, const int (*edges)[2], int m)
{
    an_network *net = NULL;
    if (an_network_new(&net, 0) != AN_OK)
        return NULL;
    for (int v = 0; v < n; v++) {
        char id[16];
        snprintf(id, sizeof id, "v%d", v);
        an_network_add_node(net, id, NULL);
    }
    for (int e = 0; e < m; e++)
        an_network_add_edge(net, edges[e][0], edges[e][1], 0, NULL, NULL);
    return net;
}

static an_network *cycle(int n)
{
    int (*edges)[2] = malloc((size_t)n * sizeof *edges);
    for (int v = 0; v < n; v++) {
        edges[v][0] = v;
        edges[v][1] = (v + 1) % n;
    }
    an_network *net = graph(n, (const int (*)[2])edges, n);
    free(edges);
    return net;
}

/* Circulant C_n(1, 2, .., r): 2r-regular, vertex connectivity 2r. */
static an_network *circulant(int n, int r)
{
    int (*edges)[2] = malloc((size_t)n * (size_t)r * sizeof *edges);
    int m = 0;
    for (int v = 0; v < n; v++)
        for (int j = 1; j <= r; j++) {
            edges[m][0] = v;
            edges[m][1] = (v + j) % n;
            m++;
        }
    an_network *net = graph(n, (const int (*)[2])edges, m);
    free(edges);
    return net;
}

static an_network *complete(int n)
{
    int (*edges)[2] = malloc((size_t)n * (size_t)n * sizeof *edges);
    int m = 0;
    for (int u = 0; u < n; u++)
        for (int v = u + 1; v < n; v++) {
            edges[m][0] = u;
            edges[m][1] = v;
            m++;
        }
    an_network *net = graph(n, (const int (*)[2])edges, m);
    free(edges);
    return net;
}

/* The Petersen graph: 3-regular, vertex connectivity 3. */
static an_network *petersen(void)
{
    static const int edges[15][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}, {0, 5}, {1, 6}, {2, 7}, {3, 8},
                                     {4, 9}, {5, 7}, {7, 9}, {9, 6}, {6, 8}, {8, 5}};
    return graph(10, edges, 15);
}

/* Is `set` (count nodes) a set whose removal leaves the rest disconnected? */
static int disconnects(const an_network *net, const int32_t *set, int64_t count)
{
    int64_t ids[64];
    for (int64_t i = 0; i < count; i++)
        ids[i] = set[i];
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    double score = 0;
    if (an_keyplayers_score(&score, net, ids, count, &options) != AN_OK)
        return 0;
    return score > 0;
}

/* The separator found within `limit` (all nodes allowed unless `allowed`), its size checked. */
static int64_t separate(const an_network *net, int64_t limit, const uint8_t *allowed, int64_t expected)
{
    an_i_csr adjacency;
    AN_T_CHECK_OK(an_i_csr_build(&adjacency, net, AN_I_CSR_UNDIRECTED));
    uint8_t *all = malloc((size_t)adjacency.n + 1);
    memset(all, 1, (size_t)adjacency.n + 1);
    int32_t out[64];
    int64_t found = -5;
    int64_t size = an_i_kp_find_separator(&adjacency, allowed ? allowed : all, limit, 1e12, out, &found);
    if (size != expected)
        fprintf(stderr, "  separator of size %lld, expected %lld\n", (long long)size, (long long)expected);
    AN_T_CHECK(size == expected);
    AN_T_CHECK(found == (size >= 0 ? size : -1));
    if (size > 0) {
        AN_T_CHECK(disconnects(net, out, size));
        for (int64_t i = 0; allowed && i < size; i++)
            AN_T_CHECK(allowed[out[i]]);
    }
    free(all);
    an_i_csr_free(&adjacency);
    return size;
}

static void test_known_connectivity(void)
{
    an_network *net = cycle(9);
    separate(net, 1, NULL, -1);     /* a cycle needs two */
    separate(net, 2, NULL, 2);
    separate(net, 5, NULL, 2);
    an_network_free(net);

    net = circulant(16, 3);         /* 6-regular, connectivity 6, min degree 6 */
    separate(net, 5, NULL, -1);
    separate(net, 6, NULL, 6);
    an_network_free(net);

    net = petersen();
    separate(net, 2, NULL, -1);
    separate(net, 3, NULL, 3);
    an_network_free(net);

    net = complete(7);              /* nothing disconnects a complete graph */
    separate(net, 6, NULL, -1);
    an_network_free(net);

    /* already disconnected: nothing to remove */
    static const int two[2][2] = {{0, 1}, {2, 3}};
    net = graph(4, two, 2);
    separate(net, 2, NULL, 0);
    an_network_free(net);
}

static void test_allowed_nodes_only(void)
{
    /* a cycle of 10 where only nodes 0, 1, 5 may be removed: {0, 5} and {1, 5} separate, {0, 1} does not */
    an_network *net = cycle(10);
    uint8_t allowed[11] = {0};
    allowed[0] = allowed[1] = allowed[5] = 1;
    separate(net, 2, allowed, 2);
    allowed[5] = 0;                  /* two neighbours on a cycle separate nothing */
    separate(net, 2, allowed, -1);
    an_network_free(net);

    /* Petersen with one node of a 3-cut forbidden still has other 3-cuts */
    net = petersen();
    uint8_t most[11];
    memset(most, 1, sizeof most);
    most[1] = 0;
    separate(net, 3, most, 3);
    an_network_free(net);
}

/* The search, without random starts, on networks with no cut vertex: still a disconnecting set. */
static void test_search_disconnects_when_possible(void)
{
    struct { an_network *net; int64_t k; int possible; } cases[] = {
        {circulant(40, 2), 4, 1},   /* connectivity 4 */
        {circulant(40, 2), 3, 0},
        {circulant(60, 3), 6, 1},
        {petersen(), 3, 1},
        {cycle(30), 2, 1},
        {complete(8), 5, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        an_network *net = cases[i].net;
        int64_t k = cases[i].k, n = an_network_node_count(net);
        an_i_csr adjacency;
        AN_T_CHECK_OK(an_i_csr_build(&adjacency, net, AN_I_CSR_UNDIRECTED));
        an_i_kp_context context = {&adjacency, AN_KP_FRAGMENTATION, 1, 1, (int32_t)n, NULL, 0, NULL};
        int32_t *candidates = malloc((size_t)n * sizeof *candidates), set[64];
        uint64_t *priority = malloc((size_t)n * sizeof *priority);
        for (int32_t v = 0; v < n; v++) {
            candidates[v] = v;
            priority[v] = (uint64_t)v * 0x9E3779B97F4A7C15ull;
        }
        an_i_kp_search search = {0};
        search.context = &context;
        search.candidates = candidates;
        search.candidate_count = n;
        search.k = k;
        search.priority = priority;
        search.threads = 1;
        search.restarts = 0;
        search.seed = 1;
        search.set = set;
        AN_T_CHECK_OK(an_i_kp_search_greedy_swap(&search));
        double score = an_i_kp_score(&context, search.key, k);
        if ((score > 0) != cases[i].possible)
            fprintf(stderr, "  case %zu: fragmentation %g\n", i, score);
        AN_T_CHECK((score > 0) == cases[i].possible);
        AN_T_CHECK(disconnects(net, set, k) == cases[i].possible);
        free(candidates);
        free(priority);
        an_i_csr_free(&adjacency);
        an_network_free(net);
    }
}

int main(void)
{
    AN_T_RUN(test_known_connectivity);
    AN_T_RUN(test_allowed_nodes_only);
    AN_T_RUN(test_search_disconnects_when_possible);
    return an_t_finish();
}
