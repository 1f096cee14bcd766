/*
 * test_degree_counts.c — degree, in-degree and out-degree, read straight from
 * the network's edge arrays (degree.c), against igraph_degree(IGRAPH_LOOPS) on
 * the analysis view igraph_bridge.c builds under the same edge policy.
 *
 * Seeded random mixed networks (directed and undirected ties, self-loops,
 * parallel and antiparallel ties, isolated nodes), every edge policy (direction
 * x parallel ties x self-loops, with and without a weight column) and every
 * degree measure in raw form: the counts must be equal. Also a weight the view
 * would refuse (not finite) must be refused by degree with the same message.
 * White-box: links the internal static library.
 */
#include <actornet.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../harness.h"
#include "igraph_bridge.h"

static uint64_t state = 0x9e3779b97f4a7c15u;

static uint64_t next_random(void)
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static an_network *random_network(int nodes, int edges, int default_directed)
{
    an_network *network = NULL;
    AN_T_CHECK_OK(an_network_new(&network, default_directed));
    for (int i = 0; i < nodes; i++) {
        char id[16];
        snprintf(id, sizeof id, "n%d", i);
        AN_T_CHECK_OK(an_network_add_node(network, id, NULL));
    }
    int column = -1;
    AN_T_CHECK_OK(an_network_add_column(network, AN_DOMAIN_EDGE, "w", AN_TYPE_DOUBLE, &column));
    for (int e = 0; e < edges; e++) {
        /* a few hubs, so parallel and antiparallel ties are common */
        int64_t from = (int64_t)(next_random() % (uint64_t)(next_random() % 3 ? nodes / 4 + 1 : nodes));
        int64_t to = next_random() % 7 == 0 ? from : (int64_t)(next_random() % (uint64_t)nodes);
        int directed = next_random() % 4 == 0 ? 0 : 1;
        int64_t edge;
        AN_T_CHECK_OK(an_network_add_edge(network, from, to, directed, NULL, &edge));
        if (next_random() % 5)
            AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, column, edge, (double)(next_random() % 9) + 0.5));
    }
    return network;
}

/* igraph's degrees on the view under `policy`. */
static void view_degrees(double *out, const an_network *network, const an_edge_policy *policy, igraph_neimode_t mode)
{
    an_i_igraph_guard guard;
    an_i_igraph_view view;
    an_i_igraph_begin(&guard);
    AN_T_CHECK_OK(an_i_igraph_view_build(&view, network, policy));
    igraph_vector_int_t degree;
    igraph_vector_int_init(&degree, 0);
    igraph_degree(&view.graph, &degree, igraph_vss_all(), mode, IGRAPH_LOOPS);
    for (igraph_integer_t v = 0; v < igraph_vector_int_size(&degree); v++)
        out[v] = (double)VECTOR(degree)[v];
    igraph_vector_int_destroy(&degree);
    an_i_igraph_view_destroy(&view);
    an_i_igraph_end(&guard);
}

/* Leave the view under `policy` in the network's view cache. */
static void cache_view(const an_network *network, const an_edge_policy *policy)
{
    an_i_igraph_guard guard;
    an_i_igraph_view view;
    an_i_igraph_begin(&guard);
    AN_T_CHECK_OK(an_i_igraph_view_borrow(&view, network, policy));
    an_i_igraph_view_destroy(&view);
    an_i_igraph_end(&guard);
}

static void compare_all_policies(const an_network *network)
{
    int64_t n = an_network_node_count(network);
    double *expected = malloc((size_t)n * sizeof *expected), *actual = malloc((size_t)n * sizeof *actual);
    static const an_centrality_measure measures[] = { AN_DEGREE, AN_IN_DEGREE, AN_OUT_DEGREE };
    static const igraph_neimode_t modes[] = { IGRAPH_ALL, IGRAPH_IN, IGRAPH_OUT };
    for (int combination = 0; combination < 16; combination++) {
        an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
        options.raw = 1;
        options.policy.direction = combination & 1 ? AN_AS_UNDIRECTED : AN_AS_STORED;
        options.policy.parallel = combination & 2 ? AN_PARALLEL_KEEP : AN_PARALLEL_COLLAPSE;
        options.policy.self_loops = combination & 4 ? 1 : 0;
        options.policy.weight = combination & 8 ? "w" : NULL;
        for (int k = 0; k < 3; k++) {
            view_degrees(expected, network, &options.policy, modes[k]);
            /* twice: from the edge arrays, then from the view left in the network's cache */
            for (int cached = 0; cached < 2; cached++) {
                if (cached)
                    cache_view(network, &options.policy);
                AN_T_CHECK_OK(an_centrality_compute(actual, network, measures[k], &options));
                int64_t differ = 0;
                for (int64_t v = 0; v < n; v++)
                    differ += actual[v] != expected[v];
                if (differ)
                    fprintf(stderr, "policy %d, measure %d, cached %d: %lld nodes differ\n", combination, k, cached,
                            (long long)differ);
                AN_T_CHECK(differ == 0);
            }
        }
    }
    free(expected);
    free(actual);
}

static void test_random_networks(void)
{
    for (int round = 0; round < 12; round++) {
        an_network *network = random_network(5 + round * 7, 10 + round * 40, round % 2);
        compare_all_policies(network);
        an_network_free(network);
    }
}

static void test_only_undirected_ties(void)
{
    /* AS_STORED without a directed tie is an undirected graph */
    an_network *network = NULL;
    AN_T_CHECK_OK(an_network_new(&network, 0));
    for (int i = 0; i < 4; i++) {
        char id[4] = { 'a', (char)('0' + i), '\0' };
        AN_T_CHECK_OK(an_network_add_node(network, id, NULL));
    }
    int column;
    AN_T_CHECK_OK(an_network_add_column(network, AN_DOMAIN_EDGE, "w", AN_TYPE_DOUBLE, &column));
    AN_T_CHECK_OK(an_network_add_edge(network, 0, 1, 0, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 1, 0, 0, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 2, 2, 0, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 1, 2, 0, NULL, NULL));
    compare_all_policies(network);
    an_network_free(network);
}

static void test_weight_not_finite(void)
{
    an_network *network = random_network(6, 12, 1);
    int column;
    AN_T_CHECK_OK(an_network_find_column(network, AN_DOMAIN_EDGE, "w", &column));
    AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, column, 3, 1.0 / 0.0));
    int64_t from, to;
    AN_T_CHECK_OK(an_network_edge_endpoints(network, 3, &from, &to));
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    options.policy.weight = "w";
    options.policy.self_loops = 1;
    double values[6];
    AN_T_CHECK_CODE(an_centrality_compute(values, network, AN_DEGREE, &options), AN_EINVAL);
    char message[256];
    snprintf(message, sizeof message, "weight of edge #3 (%s -> %s) is not finite", an_network_node_id(network, from),
             an_network_node_id(network, to));
    AN_T_CHECK_STR(an_error_last()->message, message);
    an_network_free(network);
}

int main(void)
{
    AN_T_RUN(test_random_networks);
    AN_T_RUN(test_only_undirected_ties);
    AN_T_RUN(test_weight_not_finite);
    return an_t_finish();
}
