/*
 * test_communities.c — hand-worked cases for community detection, modularity,
 * partition comparison and attribute partitions; reproducibility by seed.
 */
#include "actornet.h"
#include "harness.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>

/* Build a network from "a b" pairs (node ids are single letters, created on first use). */
static an_network *build(int directed, const char *const *pairs, int count)
{
    an_network *network = NULL;
    if (an_network_new(&network, directed) != AN_OK)
        return NULL;
    for (int i = 0; i < count; i++) {
        int64_t ends[2];
        for (int k = 0; k < 2; k++) {
            char id[2] = { pairs[i][2 * k], 0 };
            if (an_network_find_node(network, id, &ends[k]) != AN_OK)
                an_network_add_node(network, id, &ends[k]);
        }
        an_network_add_edge(network, ends[0], ends[1], -1, NULL, NULL);
    }
    an_error_clear();
    return network;
}

/* A seeded random graph with planted groups (deterministic LCG, independent of igraph). */
static an_network *planted(int groups, int size, double p_in, double p_out, uint64_t seed)
{
    an_network *network = NULL;
    an_network_new(&network, 0);
    int n = groups * size;
    char id[16];
    for (int v = 0; v < n; v++) {
        snprintf(id, sizeof id, "n%d", v);
        an_network_add_node(network, id, NULL);
    }
    uint64_t x = seed;
    for (int u = 0; u < n; u++)
        for (int v = u + 1; v < n; v++) {
            x = x * 6364136223846793005u + 1442695040888963407u;
            double r = (double)(x >> 11) * 0x1p-53;
            if (r < (u / size == v / size ? p_in : p_out))
                an_network_add_edge(network, u, v, -1, NULL, NULL);
        }
    return network;
}

/* 1 if every node with ties holds a label that is most frequent among its neighbours (undirected). */
static int lpa_fixed_point(const an_network *net, const int64_t *membership)
{
    int64_t n = an_network_node_count(net), m = an_network_edge_count(net);
    int ok = 1;
    for (int64_t v = 0; v < n && ok; v++) {
        int64_t *counts = calloc((size_t)n, sizeof *counts), best = 0, degree = 0;
        for (int64_t e = 0; e < m; e++) {
            int64_t s, t;
            an_network_edge_endpoints(net, e, &s, &t);
            if (s == v && t != v)
                counts[membership[t]]++, degree++;
            else if (t == v && s != v)
                counts[membership[s]]++, degree++;
        }
        for (int64_t c = 0; c < n; c++)
            best = counts[c] > best ? counts[c] : best;
        if (degree > 0 && counts[membership[v]] != best)
            ok = 0;
        free(counts);
    }
    return ok;
}

static const char *const two_triangles[] = { "a b", "b c", "a c", "d e", "e f", "d f", "c d" };

static void test_two_triangles_every_method(void)
{
    an_network *net = build(0, two_triangles, 7);
    for (int method = AN_COMMUNITY_LEIDEN; method <= AN_COMMUNITY_EDGE_BETWEENNESS; method++) {
        an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
        options.method = method;
        an_partition *p = NULL;
        AN_T_CHECK_OK(an_network_communities(&p, net, &options));
        if (!p)
            continue;
        if (method == AN_COMMUNITY_LABEL_PROPAGATION) {
            /* The bridge may let one label flood both triangles; any result must be a label
             * propagation fixed point: each node holds a label most frequent among its neighbours. */
            AN_T_CHECK(lpa_fixed_point(net, p->membership));
            an_partition_free(p);
            continue;
        }
        int64_t expected[] = { 0, 0, 0, 1, 1, 1 };
        int same = p->node_count == 6 && p->count == 2;
        for (int v = 0; v < 6 && same; v++)
            same = p->membership[v] == expected[v];
        if (!same)
            fprintf(stderr, "method %s: %lld communities\n", an_community_method_name(method), (long long)p->count);
        AN_T_CHECK(same);
        AN_T_CHECK(p->sizes[0] == 3 && p->sizes[1] == 3);
        /* Q = 2 (3/7 - (7/14)^2) */
        AN_T_CHECK_NEAR(p->modularity, 6.0 / 7.0 - 0.5, 1e-12);
        AN_T_CHECK(p->directed == 0 && p->method == method);
        an_partition_free(p);
    }
    an_network_free(net);
}

static void test_same_seed_same_result(void)
{
    an_network *net = planted(4, 12, 0.4, 0.06, 7);
    const int methods[] = { AN_COMMUNITY_LEIDEN, AN_COMMUNITY_LOUVAIN, AN_COMMUNITY_INFOMAP,
                            AN_COMMUNITY_LABEL_PROPAGATION, AN_COMMUNITY_WALKTRAP };
    for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++) {
        an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
        options.method = methods[m];
        options.seed = 12345;
        an_partition *first = NULL, *second = NULL;
        AN_T_CHECK_OK(an_network_communities(&first, net, &options));
        AN_T_CHECK_OK(an_network_communities(&second, net, &options));
        if (!first || !second) {
            an_partition_free(first);
            an_partition_free(second);
            continue;
        }
        AN_T_CHECK(first->count == second->count);
        AN_T_CHECK(memcmp(first->membership, second->membership, 48 * sizeof(int64_t)) == 0);
        AN_T_CHECK(first->modularity == second->modularity);
        /* first appearance: node 0 in community 0, every new id is the next one */
        int64_t next = 0;
        for (int v = 0; v < 48; v++) {
            AN_T_CHECK(first->membership[v] <= next);
            if (first->membership[v] == next)
                next++;
        }
        AN_T_CHECK(next == first->count);
        an_partition_free(first);
        an_partition_free(second);
    }
    an_network_free(net);
}

static void test_leiden_objectives(void)
{
    an_network *net = build(0, two_triangles, 7);
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    options.objective = AN_LEIDEN_CPM;
    options.resolution = 0.5; /* each triangle: 3 - 0.5*3 > 0; joining them: 7 - 0.5*15 < 6 - 3 */
    an_partition *p = NULL;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->count == 2);
    an_partition_free(p);
    options.resolution = 0; /* CPM at 0 rewards any tie: one community */
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->count == 1);
    an_partition_free(p);
    options.objective = AN_LEIDEN_MODULARITY;
    options.resolution = 1;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->count == 2);
    if (p)
        AN_T_CHECK_NEAR(p->quality, p->modularity, 1e-12); /* resolution 1: Leiden's quality is Q */
    an_partition_free(p);
    an_network_free(net);
}

static void test_directed_reading(void)
{
    const char *const pairs[] = { "a b", "b c", "c a", "d e", "e f", "f d", "c d" };
    an_network *net = build(1, pairs, 7);
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    an_partition *p = NULL;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->directed == 0 && p->count == 2);
    an_partition_free(p);
    options.method = AN_COMMUNITY_INFOMAP;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->directed == 1);
    an_partition_free(p);
    options.policy.direction = AN_AS_UNDIRECTED;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->directed == 0 && p->count == 2);
    an_partition_free(p);
    an_network_free(net);
}

static void test_edge_betweenness_limit(void)
{
    an_network *net = build(0, two_triangles, 7);
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    options.method = AN_COMMUNITY_EDGE_BETWEENNESS;
    options.max_edges = 6;
    an_partition *p = NULL;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_ELIMIT);
    AN_T_CHECK(p == NULL);
    AN_T_CHECK(strstr(an_error_last()->message, "Leiden") != NULL);
    options.max_edges = 7;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    an_partition_free(p);
    options.max_edges = 0; /* no limit */
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    an_partition_free(p);
    an_network_free(net);
}

static void test_edgeless_and_empty(void)
{
    an_network *net = NULL;
    an_network_new(&net, 0);
    an_partition *p = NULL;
    AN_T_CHECK_CODE(an_network_communities(&p, net, NULL), AN_EEMPTY);
    double q = 0;
    int64_t none[1] = { 0 };
    AN_T_CHECK_CODE(an_network_modularity(&q, net, none, NULL), AN_EEMPTY);
    an_network_add_node(net, "x", NULL);
    an_network_add_node(net, "y", NULL);
    an_network_add_node(net, "z", NULL);
    for (int method = AN_COMMUNITY_LEIDEN; method <= AN_COMMUNITY_EDGE_BETWEENNESS; method++) {
        an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
        options.method = method;
        AN_T_CHECK_OK(an_network_communities(&p, net, &options));
        AN_T_CHECK(p && p->count == 3 && p->membership[2] == 2 && isnan(p->modularity));
        an_partition_free(p);
    }
    int64_t membership[3] = { 0, 0, 1 };
    AN_T_CHECK_OK(an_network_modularity(&q, net, membership, NULL));
    AN_T_CHECK(isnan(q));
    an_network_free(net);
}

static void test_option_errors(void)
{
    an_network *net = build(0, two_triangles, 7);
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    an_partition *p = (an_partition *)&options;
    options.version = 0;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EMISUSE);
    AN_T_CHECK(p == NULL);
    options.version = AN_COMMUNITY_OPTIONS_VERSION;
    AN_T_CHECK_CODE(an_network_communities(NULL, net, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_communities(&p, NULL, &options), AN_EMISUSE);
    options.method = 17;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    options.method = AN_COMMUNITY_LEIDEN;
    options.resolution = -1;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    options.resolution = NAN;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    options.resolution = 1;
    options.objective = 5;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    options.objective = AN_LEIDEN_MODULARITY;
    options.beta = 0;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    options.beta = 0.01;
    options.method = AN_COMMUNITY_INFOMAP;
    options.trials = 0;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    options.method = AN_COMMUNITY_WALKTRAP;
    options.steps = 0;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    options.steps = 4;
    options.policy.weight = "weight";
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_ENOTFOUND);

    /* Weights: negative refused everywhere, zero where the method needs > 0. */
    int column;
    an_network_add_column(net, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE, &column);
    an_network_set_real(net, AN_DOMAIN_EDGE, column, 6, 0.0);
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL); /* walktrap */
    options.method = AN_COMMUNITY_LOUVAIN;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->count == 2);
    an_partition_free(p);
    an_network_set_real(net, AN_DOMAIN_EDGE, column, 6, -2.0);
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);

    an_modularity_options mod = AN_MODULARITY_OPTIONS_INIT;
    int64_t membership[6] = { 0, 0, 0, 1, 1, 1 };
    double q = 0;
    mod.version = AN_MODULARITY_OPTIONS_VERSION + 1;
    AN_T_CHECK_CODE(an_network_modularity(&q, net, membership, &mod), AN_EMISUSE);
    mod.version = AN_MODULARITY_OPTIONS_VERSION;
    mod.resolution = -0.5;
    AN_T_CHECK_CODE(an_network_modularity(&q, net, membership, &mod), AN_EINVAL);
    mod.resolution = 1;
    membership[2] = -1;
    AN_T_CHECK_CODE(an_network_modularity(&q, net, membership, &mod), AN_EINVAL);
    AN_T_CHECK_CODE(an_network_modularity(&q, net, NULL, &mod), AN_EMISUSE);
    an_partition_free(NULL);
    an_network_free(net);
}

static void test_modularity_by_hand(void)
{
    an_network *net = build(0, two_triangles, 7);
    int64_t membership[6] = { 5, 5, 5, 900000000000, 900000000000, 900000000000 };
    double q = 0;
    AN_T_CHECK_OK(an_network_modularity(&q, net, membership, NULL));
    AN_T_CHECK_NEAR(q, 6.0 / 7.0 - 0.5, 1e-12);
    an_modularity_options options = AN_MODULARITY_OPTIONS_INIT;
    options.resolution = 0.5; /* 2 (3/7 - 0.5 (1/2)^2) */
    AN_T_CHECK_OK(an_network_modularity(&q, net, membership, &options));
    AN_T_CHECK_NEAR(q, 6.0 / 7.0 - 0.25, 1e-12);
    int64_t one[6] = { 0 };
    AN_T_CHECK_OK(an_network_modularity(&q, net, one, NULL));
    AN_T_CHECK_NEAR(q, 0, 1e-12);
    an_network_free(net);

    /* Directed (Leicht & Newman): a->b, b->a, c->d; groups {a,b}, {c,d}. m = 3.
     * Q = 1/m sum_c [L_c - out_c in_c / m] = 1/3 [(2 - 2*2/3) + (1 - 1*1/3)] = 4/9. */
    const char *const arcs[] = { "a b", "b a", "c d" };
    net = build(1, arcs, 3);
    int64_t groups[4] = { 0, 0, 1, 1 };
    AN_T_CHECK_OK(an_network_modularity(&q, net, groups, NULL));
    AN_T_CHECK_NEAR(q, 4.0 / 9.0, 1e-12);
    /* Read as undirected: a-b collapses to one tie, m = 2: Q = 2 (1/2 - (2/4)^2) = 1/2. */
    options.resolution = 1;
    options.policy.direction = AN_AS_UNDIRECTED;
    AN_T_CHECK_OK(an_network_modularity(&q, net, groups, &options));
    AN_T_CHECK_NEAR(q, 0.5, 1e-12);
    an_network_free(net);
}

static void test_compare_by_hand(void)
{
    int64_t a[4] = { 0, 0, 1, 1 }, b[4] = { 0, 0, 0, 1 }, renamed[4] = { 7, 7, 3, 3 };
    an_partition_comparison c;
    AN_T_CHECK_OK(an_partition_compare(&c, a, renamed, 4));
    AN_T_CHECK_NEAR(c.nmi, 1, 1e-12);
    AN_T_CHECK_NEAR(c.adjusted_rand, 1, 1e-12);
    AN_T_CHECK_NEAR(c.rand, 1, 1e-12);
    AN_T_CHECK_NEAR(c.variation_of_information, 0, 1e-12);
    AN_T_CHECK(c.split_join_a == 0 && c.split_join_b == 0 && c.nodes == 4);

    AN_T_CHECK_OK(an_partition_compare(&c, a, b, 4));
    double ha = log(2), hb = 2 * log(2) - 0.75 * log(3), hab = 1.5 * log(2);
    AN_T_CHECK_NEAR(c.variation_of_information, 2 * hab - ha - hb, 1e-12); /* = 0.75 ln 3 */
    AN_T_CHECK_NEAR(c.nmi, 2 * (ha + hb - hab) / (ha + hb), 1e-12);
    AN_T_CHECK_NEAR(c.rand, 0.5, 1e-12);
    /* ARI: contingency [[2,0],[1,1]]: sum C(n_ij,2) = 1; rows C(2,2)+C(2,2) = 2; cols C(3,2)+0 = 3;
     * expected = 2*3/6 = 1; max = (2+3)/2 = 2.5: ARI = (1-1)/(2.5-1) = 0. */
    AN_T_CHECK_NEAR(c.adjusted_rand, 0, 1e-12);
    AN_T_CHECK(c.split_join_a == 1 && c.split_join_b == 1); /* move node 2 one way, or back */

    /* Unlabelled nodes (-1) are left out. */
    int64_t a2[5] = { 0, 0, 1, 1, -1 }, b2[5] = { 4, 4, 9, 9, 4 };
    AN_T_CHECK_OK(an_partition_compare(&c, a2, b2, 5));
    AN_T_CHECK(c.nodes == 4);
    AN_T_CHECK_NEAR(c.nmi, 1, 1e-12);
    int64_t only[2] = { -1, 0 }, other[2] = { 0, -1 };
    AN_T_CHECK_CODE(an_partition_compare(&c, only, other, 2), AN_EEMPTY);
    AN_T_CHECK_CODE(an_partition_compare(&c, a, b, -1), AN_EINVAL);
    AN_T_CHECK_CODE(an_partition_compare(NULL, a, b, 4), AN_EMISUSE);
    int64_t single_a[1] = { 0 }, single_b[1] = { 3 };
    AN_T_CHECK_OK(an_partition_compare(&c, single_a, single_b, 1));
    AN_T_CHECK(isnan(c.rand) && isnan(c.adjusted_rand));
}

static void test_attribute_partition(void)
{
    an_network *net = build(0, two_triangles, 7);
    int faction, rank, score;
    an_network_add_column(net, AN_DOMAIN_NODE, "faction", AN_TYPE_STRING, &faction);
    an_network_add_column(net, AN_DOMAIN_NODE, "rank", AN_TYPE_INT, &rank);
    an_network_add_column(net, AN_DOMAIN_NODE, "score", AN_TYPE_DOUBLE, &score);
    const char *factions[6] = { "red", "red", "blue", NULL, "blue", "red" };
    const int64_t ranks[6] = { 3, 1, 3, 1, 2, 2 };
    const double scores[6] = { 0.5, -0.0, 0.0, 0.5, NAN, 1 };
    for (int v = 0; v < 6; v++) {
        if (factions[v])
            an_network_set_string(net, AN_DOMAIN_NODE, faction, v, factions[v]);
        an_network_set_integer(net, AN_DOMAIN_NODE, rank, v, ranks[v]);
        an_network_set_real(net, AN_DOMAIN_NODE, score, v, scores[v]);
    }
    int64_t membership[6], count = -1;
    AN_T_CHECK_OK(an_network_attribute_partition(membership, &count, net, "faction"));
    AN_T_CHECK(count == 2);
    int64_t expected_faction[6] = { 0, 0, 1, -1, 1, 0 };
    AN_T_CHECK(memcmp(membership, expected_faction, sizeof membership) == 0);
    AN_T_CHECK_OK(an_network_attribute_partition(membership, &count, net, "rank"));
    int64_t expected_rank[6] = { 0, 1, 0, 1, 2, 2 };
    AN_T_CHECK(count == 3 && memcmp(membership, expected_rank, sizeof membership) == 0);
    AN_T_CHECK_OK(an_network_attribute_partition(membership, &count, net, "score"));
    int64_t expected_score[6] = { 0, 1, 1, 0, -1, 2 };
    AN_T_CHECK(count == 3 && memcmp(membership, expected_score, sizeof membership) == 0);
    /* a declared default counts as a value */
    an_network_set_default_string(net, AN_DOMAIN_NODE, faction, "grey");
    AN_T_CHECK_OK(an_network_attribute_partition(membership, &count, net, "faction"));
    AN_T_CHECK(count == 3 && membership[3] == 2);
    AN_T_CHECK_CODE(an_network_attribute_partition(membership, &count, net, "nope"), AN_ENOTFOUND);
    AN_T_CHECK_CODE(an_network_attribute_partition(NULL, &count, net, "rank"), AN_EMISUSE);
    an_network_free(net);
}

static void test_method_names(void)
{
    for (int m = AN_COMMUNITY_LEIDEN; m <= AN_COMMUNITY_EDGE_BETWEENNESS; m++)
        AN_T_CHECK(an_community_method_from_name(an_community_method_name(m)) == m);
    AN_T_CHECK_STR(an_community_method_name(AN_COMMUNITY_LABEL_PROPAGATION), "label_propagation");
    AN_T_CHECK(an_community_method_from_name("Multilevel") == AN_COMMUNITY_LOUVAIN);
    AN_T_CHECK(an_community_method_from_name("spinglass") == AN_EINVAL);
    AN_T_CHECK(an_community_method_from_name(NULL) == AN_EINVAL);
    AN_T_CHECK(an_community_method_name(6) == NULL && an_community_method_name(-1) == NULL);
}

/* A ring of n nodes, each tied to its next `reach` nodes, less the last `missing` of those ties. */
static an_network *ring(int64_t n, int reach, int64_t missing)
{
    an_network *network = NULL;
    an_network_new(&network, 0);
    char id[24];
    for (int64_t v = 0; v < n; v++) {
        snprintf(id, sizeof id, "r%lld", (long long)v);
        an_network_add_node(network, id, NULL);
    }
    for (int64_t v = 0; v < n; v++)
        for (int k = 1; k <= reach; k++)
            if (v * reach + k <= n * reach - missing)
                an_network_add_edge(network, v, (v + k) % n, -1, NULL, NULL);
    return network;
}

/* Which engine runs: AUTO by the tie count, explicit choices kept, other methods igraph's;
 * version-2 options (without `engine`) accepted and read as AUTO; unknown engines refused. */
static void test_engine_choice(void)
{
    an_network *net = planted(4, 12, 0.5, 0.03, 3);
    an_partition *p = NULL;
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->engine == AN_COMMUNITY_ENGINE_IGRAPH);
    an_partition *igraph_run = p;
    options.engine = AN_COMMUNITY_ENGINE_IGRAPH;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && memcmp(p->membership, igraph_run->membership, 48 * sizeof(int64_t)) == 0);
    an_partition_free(p);
    for (int method = AN_COMMUNITY_LEIDEN; method <= AN_COMMUNITY_LOUVAIN; method++) {
        options.method = method;
        options.engine = AN_COMMUNITY_ENGINE_ACTORNET;
        AN_T_CHECK_OK(an_network_communities(&p, net, &options));
        AN_T_CHECK(p && p->engine == AN_COMMUNITY_ENGINE_ACTORNET && p->method == method && p->count == 4);
        AN_T_CHECK(p && fabs(p->modularity - p->quality) < 1e-12);
        an_partition_free(p);
    }
    options.method = AN_COMMUNITY_INFOMAP; /* igraph only, whatever the engine says */
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->engine == AN_COMMUNITY_ENGINE_IGRAPH);
    an_partition_free(p);
    options.method = AN_COMMUNITY_LEIDEN;
    options.engine = 3;
    AN_T_CHECK_CODE(an_network_communities(&p, net, &options), AN_EINVAL);
    AN_T_CHECK_CODE(an_community_engine_of(net, &options), AN_EINVAL);
    AN_T_CHECK_CODE(an_community_engine_of(NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(an_community_engine_of(net, NULL) == AN_COMMUNITY_ENGINE_IGRAPH);
    options.engine = AN_COMMUNITY_ENGINE_ACTORNET;
    AN_T_CHECK(an_community_engine_of(net, &options) == AN_COMMUNITY_ENGINE_ACTORNET);
    options.method = AN_COMMUNITY_WALKTRAP;
    AN_T_CHECK(an_community_engine_of(net, &options) == AN_COMMUNITY_ENGINE_IGRAPH);
    options.method = AN_COMMUNITY_LEIDEN;

    /* A caller built against version 2: `engine` was padding there, so whatever it holds is
     * read as AUTO */
    options = (an_community_options)AN_COMMUNITY_OPTIONS_INIT;
    options.version = 2;
    options.engine = 77;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->engine == AN_COMMUNITY_ENGINE_IGRAPH &&
               memcmp(p->membership, igraph_run->membership, 48 * sizeof(int64_t)) == 0);
    an_partition_free(p);
    an_partition_free(igraph_run);
    an_network_free(net);

    /* AUTO switches at AN_COMMUNITY_AUTO_ENGINE_TIES ties, and gives what the engine it names gives */
    net = ring(AN_COMMUNITY_AUTO_ENGINE_TIES / 5, 5, 0);
    AN_T_CHECK(an_network_edge_count(net) == AN_COMMUNITY_AUTO_ENGINE_TIES);
    options = (an_community_options)AN_COMMUNITY_OPTIONS_INIT;
    options.method = AN_COMMUNITY_LOUVAIN;
    AN_T_CHECK(an_community_engine_of(net, &options) == AN_COMMUNITY_ENGINE_ACTORNET);
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->engine == AN_COMMUNITY_ENGINE_ACTORNET);
    an_partition *actornet_run = p;
    options.engine = AN_COMMUNITY_ENGINE_ACTORNET;
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->count == actornet_run->count &&
               memcmp(p->membership, actornet_run->membership, (size_t)p->node_count * sizeof(int64_t)) == 0);
    an_partition_free(p);
    an_partition_free(actornet_run);
    an_network_free(net);
    net = ring(AN_COMMUNITY_AUTO_ENGINE_TIES / 5, 5, 1);
    options.engine = AN_COMMUNITY_ENGINE_AUTO;
    AN_T_CHECK(an_community_engine_of(net, &options) == AN_COMMUNITY_ENGINE_IGRAPH);
    AN_T_CHECK_OK(an_network_communities(&p, net, &options));
    AN_T_CHECK(p && p->engine == AN_COMMUNITY_ENGINE_IGRAPH);
    an_partition_free(p);
    an_network_free(net);
}

int main(void)
{
    AN_T_RUN(test_two_triangles_every_method);
    AN_T_RUN(test_same_seed_same_result);
    AN_T_RUN(test_leiden_objectives);
    AN_T_RUN(test_directed_reading);
    AN_T_RUN(test_edge_betweenness_limit);
    AN_T_RUN(test_edgeless_and_empty);
    AN_T_RUN(test_option_errors);
    AN_T_RUN(test_modularity_by_hand);
    AN_T_RUN(test_compare_by_hand);
    AN_T_RUN(test_attribute_partition);
    AN_T_RUN(test_method_names);
    AN_T_RUN(test_engine_choice);
    return an_t_finish();
}
