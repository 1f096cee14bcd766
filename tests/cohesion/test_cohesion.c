/*
 * test_cohesion.c — hand-worked cases for components, cut-points, bridges,
 * k-cores, cliques and the graph-level measures.
 */
#include "actornet.h"
#include "harness.h"

#include <stdlib.h>

/* Build a network from "a b" pairs (node ids are single letters a..z, created on first use). */
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

static int64_t node(const an_network *network, const char *id)
{
    int64_t v = -1;
    an_network_find_node(network, id, &v);
    return v;
}

/* Two triangles a-b-c and d-e-f joined by the bridge c-d (edge #6). */
static const char *const two_triangles[] = { "a b", "b c", "a c", "d e", "e f", "d f", "c d" };

static void test_two_triangles_cutpoints(void)
{
    an_network *net = build(0, two_triangles, 7);
    int64_t nodes[6], edges[8], count = -1;
    AN_T_CHECK_OK(an_network_articulation_points(nodes, &count, net, NULL));
    AN_T_CHECK(count == 2);
    AN_T_CHECK(nodes[0] == node(net, "c") && nodes[1] == node(net, "d"));
    AN_T_CHECK_OK(an_network_bridges(edges, &count, net, NULL));
    AN_T_CHECK(count == 1 && edges[0] == 6);
    an_components *weak = NULL;
    AN_T_CHECK_OK(an_network_components(&weak, net, AN_COMPONENTS_WEAK, NULL));
    AN_T_CHECK(weak && weak->count == 1 && weak->largest == 6 && weak->sizes[0] == 6);
    an_components_free(weak);
    an_network_free(net);
}

static void test_two_triangles_measures(void)
{
    an_network *net = build(0, two_triangles, 7);
    double value = -1;
    AN_T_CHECK_OK(an_network_density(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 7.0 / 15.0, 1e-12);
    AN_T_CHECK_OK(an_network_transitivity(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 6.0 / 10.0, 1e-12); /* 2 triangles x 3 / 10 connected triples */
    AN_T_CHECK_OK(an_network_average_clustering(&value, net, NULL));
    AN_T_CHECK_NEAR(value, (4 + 2.0 / 3.0) / 6.0, 1e-12);
    AN_T_CHECK_OK(an_network_diameter(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 3, 0);
    int64_t unreachable = -1;
    AN_T_CHECK_OK(an_network_mean_distance(&value, &unreachable, net, NULL));
    AN_T_CHECK_NEAR(value, 27.0 / 15.0, 1e-12);
    AN_T_CHECK(unreachable == 0);
    AN_T_CHECK_OK(an_network_reciprocity(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 1.0, 0); /* undirected ties are mutual */
    int64_t core[6], count = -1;
    AN_T_CHECK_OK(an_network_k_core(core, &count, net, 2, NULL));
    AN_T_CHECK(count == 6);
    AN_T_CHECK_OK(an_network_k_core(core, &count, net, 3, NULL));
    AN_T_CHECK(count == 0);
    AN_T_CHECK_OK(an_network_k_core(core, &count, net, 0, NULL));
    AN_T_CHECK(count == 6);
    AN_T_CHECK_CODE(an_network_k_core(core, &count, net, -1, NULL), AN_EINVAL);
    an_network_free(net);
}

static void test_two_triangles_cliques(void)
{
    an_network *net = build(0, two_triangles, 7);
    an_cliques *cliques = NULL;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, NULL)); /* default floor 3 */
    AN_T_CHECK(cliques && cliques->count == 2 && !cliques->truncated && cliques->largest == 3);
    if (cliques && cliques->count == 2) {
        AN_T_CHECK(cliques->offsets[0] == 0 && cliques->offsets[1] == 3 && cliques->offsets[2] == 6);
        AN_T_CHECK(cliques->nodes[0] == node(net, "a") && cliques->nodes[2] == node(net, "c"));
        AN_T_CHECK(cliques->nodes[3] == node(net, "d") && cliques->nodes[5] == node(net, "f"));
    }
    an_cliques_free(cliques);
    an_clique_options options = AN_CLIQUE_OPTIONS_INIT;
    options.min_size = 2;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 3);
    if (cliques && cliques->count == 3) /* sorted largest first: the bridge c-d comes last */
        AN_T_CHECK(cliques->offsets[3] - cliques->offsets[2] == 2 && cliques->nodes[6] == node(net, "c"));
    an_cliques_free(cliques);
    an_network_free(net);
}

/* Two parallel ties c-d: one tie under COLLAPSE (still a bridge), two ties under KEEP (no bridge). */
static void test_parallel_bridge(void)
{
    const char *const pairs[] = { "a b", "b c", "a c", "d e", "e f", "d f", "c d", "d c" };
    an_network *net = build(0, pairs, 8);
    int64_t edges[8], count = -1;
    AN_T_CHECK_OK(an_network_bridges(edges, &count, net, NULL));
    AN_T_CHECK(count == 1 && edges[0] == 6);
    an_edge_policy keep = AN_EDGE_POLICY_INIT;
    keep.parallel = AN_PARALLEL_KEEP;
    AN_T_CHECK_OK(an_network_bridges(edges, &count, net, &keep));
    AN_T_CHECK(count == 0);
    double density = 0;
    AN_T_CHECK_OK(an_network_density(&density, net, NULL));
    AN_T_CHECK_NEAR(density, 7.0 / 15.0, 1e-12);
    AN_T_CHECK_OK(an_network_density(&density, net, &keep));
    AN_T_CHECK_NEAR(density, 8.0 / 15.0, 1e-12);
    an_network_free(net);
}

/* In a directed network, u->v and v->u are one undirected tie for bridges: a bridge. */
static void test_directed_bridge(void)
{
    const char *const pairs[] = { "a b", "b a" };
    an_network *net = build(1, pairs, 2);
    int64_t edges[2], count = -1;
    AN_T_CHECK_OK(an_network_bridges(edges, &count, net, NULL));
    AN_T_CHECK(count == 1 && edges[0] == 0);
    an_network_free(net);
}

static void test_directed(void)
{
    const char *const pairs[] = { "a b", "b c", "c a", "c d" };
    an_network *net = build(1, pairs, 4);
    an_components *c = NULL;
    AN_T_CHECK_OK(an_network_components(&c, net, AN_COMPONENTS_STRONG, NULL));
    AN_T_CHECK(c && c->count == 2 && c->membership[0] == 0 && c->membership[3] == 1 && c->largest == 3);
    an_components_free(c);
    AN_T_CHECK_OK(an_network_components(&c, net, AN_COMPONENTS_WEAK, NULL));
    AN_T_CHECK(c && c->count == 1);
    an_components_free(c);
    an_edge_policy undirected = AN_EDGE_POLICY_INIT;
    undirected.direction = AN_AS_UNDIRECTED;
    AN_T_CHECK_OK(an_network_components(&c, net, AN_COMPONENTS_STRONG, &undirected));
    AN_T_CHECK(c && c->count == 1);
    an_components_free(c);
    double value = -1;
    AN_T_CHECK_OK(an_network_reciprocity(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 0, 0);
    AN_T_CHECK_OK(an_network_density(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 4.0 / 12.0, 1e-12);
    AN_T_CHECK_OK(an_network_diameter(&value, net, NULL)); /* d reaches nothing; a -> d is 2 hops, b -> d 2 ... */
    AN_T_CHECK_NEAR(value, 3, 0);                         /* ... and a -> b -> c -> d is the longest: 3 */
    int64_t unreachable = -1;
    AN_T_CHECK_OK(an_network_mean_distance(&value, &unreachable, net, NULL));
    AN_T_CHECK(unreachable == 3); /* d -> a, b, c */
    /* reachable: a->b 1, a->c 2, a->d 3, b->c 1, b->a 2, b->d 2, c->a 1, c->b 2, c->d 1 */
    AN_T_CHECK_NEAR(value, 15.0 / 9.0, 1e-12);
    int64_t d = node(net, "d"), dc;
    an_network_add_edge(net, d, node(net, "c"), 1, NULL, &dc);
    AN_T_CHECK_OK(an_network_reciprocity(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 2.0 / 5.0, 1e-12);
    an_network_free(net);
}

static void test_four_clique(void)
{
    const char *const pairs[] = { "a b", "a c", "a d", "b c", "b d", "c d" };
    an_network *net = build(0, pairs, 6);
    an_cliques *cliques = NULL;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, NULL));
    AN_T_CHECK(cliques && cliques->count == 1 && cliques->largest == 4 && cliques->offsets[1] == 4);
    an_cliques_free(cliques);
    an_clique_options options = AN_CLIQUE_OPTIONS_INIT;
    options.min_size = 5;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 0 && cliques->largest == 0);
    an_cliques_free(cliques);
    options.min_size = 2;
    options.max_size = 3; /* the only maximal clique has 4 nodes: nothing within 2..3 */
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 0);
    an_cliques_free(cliques);
    double value = 0;
    AN_T_CHECK_OK(an_network_density(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 1, 0);
    AN_T_CHECK_OK(an_network_transitivity(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 1, 1e-12);
    AN_T_CHECK_OK(an_network_diameter(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 1, 0);
    int64_t core[4], count = 0;
    AN_T_CHECK_OK(an_network_k_core(core, &count, net, 3, NULL));
    AN_T_CHECK(count == 4);
    AN_T_CHECK_OK(an_network_k_core(core, &count, net, 4, NULL));
    AN_T_CHECK(count == 0);
    an_network_free(net);
}

/* Moon–Moser graph on 9 nodes (complement of three disjoint triangles): 27 maximal triangles. */
static void test_clique_cap(void)
{
    an_network *net = NULL;
    an_network_new(&net, 0);
    char id[2] = { 0, 0 };
    for (int v = 0; v < 9; v++) {
        id[0] = (char)('a' + v);
        an_network_add_node(net, id, NULL);
    }
    for (int u = 0; u < 9; u++)
        for (int v = u + 1; v < 9; v++)
            if (u / 3 != v / 3)
                an_network_add_edge(net, u, v, -1, NULL, NULL);
    an_clique_options options = AN_CLIQUE_OPTIONS_INIT;
    an_cliques *cliques = NULL;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 27 && !cliques->truncated);
    an_cliques_free(cliques);
    options.max_cliques = 27;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 27 && !cliques->truncated);
    an_cliques_free(cliques);
    options.max_cliques = 10;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 10 && cliques->truncated && cliques->offsets[10] == 30);
    an_cliques_free(cliques);
    options.min_size = 4; /* none: all 27 are triangles, examined within 100 x 1 */
    options.max_cliques = 1;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 0 && !cliques->truncated);
    an_cliques_free(cliques);
    an_network_free(net);

    /* Moon–Moser on 15 nodes: 3^5 = 243 maximal 5-cliques. With a floor of 6 nothing qualifies,
     * but examining 243 > 100 x 1 cliques stops the search: truncated, so nobody is told "none". */
    an_network_new(&net, 0);
    for (int v = 0; v < 15; v++) {
        id[0] = (char)('a' + v);
        an_network_add_node(net, id, NULL);
    }
    for (int u = 0; u < 15; u++)
        for (int v = u + 1; v < 15; v++)
            if (u / 3 != v / 3)
                an_network_add_edge(net, u, v, -1, NULL, NULL);
    options.min_size = 6;
    options.max_cliques = 1;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 0 && cliques->truncated);
    an_cliques_free(cliques);
    options.max_cliques = 3; /* 300 examined >= 243: the full answer, none */
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 0 && !cliques->truncated);
    an_cliques_free(cliques);
    options.min_size = 5;
    options.max_size = 5;
    options.max_cliques = 1000;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 243 && !cliques->truncated && cliques->largest == 5);
    an_cliques_free(cliques);
    an_network_free(net);
}

static void test_weighted_distances(void)
{
    /* a-b twice (lengths 5 and 1), b-c length 2: the shortest parallel tie counts. */
    const char *const pairs[] = { "a b", "a b", "b c" };
    an_network *net = build(0, pairs, 3);
    int column;
    an_network_add_column(net, AN_DOMAIN_EDGE, "length", AN_TYPE_DOUBLE, &column);
    an_network_set_real(net, AN_DOMAIN_EDGE, column, 0, 5.0);
    an_network_set_real(net, AN_DOMAIN_EDGE, column, 1, 1.0);
    an_network_set_real(net, AN_DOMAIN_EDGE, column, 2, 2.0);
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    policy.weight = "length";
    double value = 0;
    AN_T_CHECK_OK(an_network_diameter(&value, net, &policy));
    AN_T_CHECK_NEAR(value, 3, 1e-12);
    AN_T_CHECK_OK(an_network_mean_distance(&value, NULL, net, &policy));
    AN_T_CHECK_NEAR(value, (1 + 2 + 3) / 3.0, 1e-12);
    an_network_set_real(net, AN_DOMAIN_EDGE, column, 2, 0.0);
    AN_T_CHECK_CODE(an_network_diameter(&value, net, &policy), AN_EINVAL);
    an_network_set_real(net, AN_DOMAIN_EDGE, column, 2, -1.0);
    AN_T_CHECK_CODE(an_network_mean_distance(&value, NULL, net, &policy), AN_EINVAL);
    policy.weight = "nonexistent";
    AN_T_CHECK_CODE(an_network_diameter(&value, net, &policy), AN_ENOTFOUND);
    AN_T_CHECK_CODE(an_network_density(&value, net, &policy), AN_ENOTFOUND);
    an_network_free(net);
}

static void test_disconnected_and_degenerate(void)
{
    const char *const pairs[] = { "a b", "b c", "d e" };
    an_network *net = build(0, pairs, 3);
    double value = 0;
    int64_t unreachable = 0;
    AN_T_CHECK_OK(an_network_diameter(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 2, 0);
    AN_T_CHECK_OK(an_network_mean_distance(&value, &unreachable, net, NULL));
    AN_T_CHECK_NEAR(value, (1 + 1 + 2 + 1) / 4.0, 1e-12);
    AN_T_CHECK(unreachable == 12); /* 6 cross pairs, both orders */
    an_components *c = NULL;
    AN_T_CHECK_OK(an_network_components(&c, net, AN_COMPONENTS_WEAK, NULL));
    AN_T_CHECK(c && c->count == 2 && c->sizes[0] == 3 && c->sizes[1] == 2 && c->membership[4] == 1);
    an_components_free(c);
    an_network_free(net);

    /* One node. */
    an_network_new(&net, 0);
    an_network_add_node(net, "solo", NULL);
    AN_T_CHECK_OK(an_network_density(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 0, 0);
    AN_T_CHECK_OK(an_network_diameter(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 0, 0);
    AN_T_CHECK_OK(an_network_mean_distance(&value, NULL, net, NULL));
    AN_T_CHECK_NEAR(value, 0, 0);
    an_clique_options options = AN_CLIQUE_OPTIONS_INIT;
    options.min_size = 1;
    an_cliques *cliques = NULL;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 1 && cliques->largest == 1);
    an_cliques_free(cliques);
    /* Three nodes, no ties. */
    an_network_add_node(net, "x", NULL);
    an_network_add_node(net, "y", NULL);
    AN_T_CHECK_OK(an_network_diameter(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 0, 0);
    AN_T_CHECK_OK(an_network_mean_distance(&value, &unreachable, net, NULL));
    AN_T_CHECK(isnan(value) && unreachable == 6);
    AN_T_CHECK_OK(an_network_reciprocity(&value, net, NULL));
    AN_T_CHECK(isnan(value));
    AN_T_CHECK_OK(an_network_transitivity(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 0, 0);
    an_network_free(net);
}

static void test_self_loops(void)
{
    const char *const pairs[] = { "a a", "a b", "b c", "a c" };
    an_network *net = build(0, pairs, 4);
    double value = 0;
    AN_T_CHECK_OK(an_network_transitivity(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 1, 1e-12);
    an_edge_policy loops = AN_EDGE_POLICY_INIT;
    loops.self_loops = 1;
    AN_T_CHECK_OK(an_network_transitivity(&value, net, &loops)); /* loops never count in triangles */
    AN_T_CHECK_NEAR(value, 1, 1e-12);
    an_cliques *cliques = NULL;
    an_clique_options options = AN_CLIQUE_OPTIONS_INIT;
    options.policy.self_loops = 1;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 1 && cliques->largest == 3);
    an_cliques_free(cliques);
    AN_T_CHECK_OK(an_network_density(&value, net, NULL));
    AN_T_CHECK_NEAR(value, 1, 1e-12);
    AN_T_CHECK_OK(an_network_density(&value, net, &loops)); /* as NetworkX: the loop is a tie, not a pair */
    AN_T_CHECK_NEAR(value, 4.0 / 3.0, 1e-12);
    int64_t edges[4], count = -1;
    AN_T_CHECK_OK(an_network_bridges(edges, &count, net, &loops));
    AN_T_CHECK(count == 0);
    an_network_free(net);
}

static void test_empty_and_misuse(void)
{
    an_network *net = NULL;
    an_network_new(&net, 0);
    double value = 0;
    AN_T_CHECK_CODE(an_network_density(&value, net, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_network_reciprocity(&value, net, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_network_transitivity(&value, net, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_network_average_clustering(&value, net, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_network_diameter(&value, net, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_network_mean_distance(&value, NULL, net, NULL), AN_EEMPTY);
    an_components *c = NULL;
    AN_T_CHECK_OK(an_network_components(&c, net, AN_COMPONENTS_WEAK, NULL));
    AN_T_CHECK(c && c->count == 0 && c->largest == 0);
    an_components_free(c);
    int64_t buffer[1], count = -1;
    AN_T_CHECK_OK(an_network_articulation_points(buffer, &count, net, NULL));
    AN_T_CHECK(count == 0);

    AN_T_CHECK_CODE(an_network_density(NULL, net, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_density(&value, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_components(NULL, net, AN_COMPONENTS_WEAK, NULL), AN_EMISUSE);
    c = (an_components *)&value;
    AN_T_CHECK_CODE(an_network_components(&c, NULL, AN_COMPONENTS_WEAK, NULL), AN_EMISUSE);
    AN_T_CHECK(c == NULL);
    AN_T_CHECK_CODE(an_network_components(&c, net, (an_component_mode)7, NULL), AN_EINVAL);
    AN_T_CHECK_CODE(an_network_bridges(NULL, &count, net, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_articulation_points(buffer, NULL, net, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_k_core(buffer, &count, NULL, 1, NULL), AN_EMISUSE);

    an_clique_options options = AN_CLIQUE_OPTIONS_INIT;
    an_cliques *cliques = NULL;
    options.version = 99;
    AN_T_CHECK_CODE(an_network_maximal_cliques(&cliques, net, &options), AN_EMISUSE);
    AN_T_CHECK(cliques == NULL);
    options.version = AN_CLIQUE_OPTIONS_VERSION;
    options.min_size = 0;
    AN_T_CHECK_CODE(an_network_maximal_cliques(&cliques, net, &options), AN_EINVAL);
    options.min_size = 4;
    options.max_size = 3;
    AN_T_CHECK_CODE(an_network_maximal_cliques(&cliques, net, &options), AN_EINVAL);
    options.max_size = 0;
    options.max_cliques = 0;
    AN_T_CHECK_CODE(an_network_maximal_cliques(&cliques, net, &options), AN_EINVAL);
    options.max_cliques = 5;
    options.policy.direction = 9;
    AN_T_CHECK_CODE(an_network_maximal_cliques(&cliques, net, &options), AN_EINVAL);
    options.policy.direction = AN_AS_STORED;
    AN_T_CHECK_OK(an_network_maximal_cliques(&cliques, net, &options));
    AN_T_CHECK(cliques && cliques->count == 0);
    an_cliques_free(cliques);
    an_components_free(NULL);
    an_cliques_free(NULL);
    an_network_free(net);
}

int main(void)
{
    AN_T_RUN(test_two_triangles_cutpoints);
    AN_T_RUN(test_two_triangles_measures);
    AN_T_RUN(test_two_triangles_cliques);
    AN_T_RUN(test_parallel_bridge);
    AN_T_RUN(test_directed_bridge);
    AN_T_RUN(test_directed);
    AN_T_RUN(test_four_clique);
    AN_T_RUN(test_clique_cap);
    AN_T_RUN(test_weighted_distances);
    AN_T_RUN(test_disconnected_and_degenerate);
    AN_T_RUN(test_self_loops);
    AN_T_RUN(test_empty_and_misuse);
    return an_t_finish();
}
