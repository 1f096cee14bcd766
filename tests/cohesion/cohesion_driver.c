/*
 * cohesion_driver.c — for the NetworkX oracle: read a network (edge_list.h
 * format), run every cohesion function, print the results as JSON.
 *
 *   cohesion_driver FILE [--undirected] [--keep] [--loops] [--weight]
 */
#include "actornet.h"
#include "edge_list.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_real(const char *key, double value)
{
    if (isnan(value))
        printf("\"%s\": NaN,\n", key);
    else
        printf("\"%s\": %.17g,\n", key, value);
}

static void print_array(const int64_t *values, int64_t count)
{
    putchar('[');
    for (int64_t i = 0; i < count; i++)
        printf("%s%" PRId64, i ? ", " : "", values[i]);
    putchar(']');
}

static int fail(const char *what)
{
    fprintf(stderr, "cohesion_driver: %s: %s\n", what, an_error_last()->message);
    return 1;
}

static int print_components(const an_network *network, an_component_mode mode, const char *key,
                            const an_edge_policy *policy)
{
    an_components *c = NULL;
    if (an_network_components(&c, network, mode, policy) != AN_OK)
        return fail(key);
    printf("\"%s\": {\"count\": %" PRId64 ", \"largest\": %" PRId64 ", \"membership\": ", key, c->count, c->largest);
    print_array(c->membership, c->node_count);
    printf(", \"sizes\": ");
    print_array(c->sizes, c->count);
    printf("},\n");
    an_components_free(c);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: cohesion_driver FILE [--undirected] [--keep] [--loops] [--weight]\n");
        return 2;
    }
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--undirected") == 0)
            policy.direction = AN_AS_UNDIRECTED;
        else if (strcmp(argv[i], "--keep") == 0)
            policy.parallel = AN_PARALLEL_KEEP;
        else if (strcmp(argv[i], "--loops") == 0)
            policy.self_loops = 1;
        else if (strcmp(argv[i], "--weight") == 0)
            policy.weight = "weight";
    }
    an_network *network = read_network(argv[1]);
    if (!network) {
        fprintf(stderr, "cohesion_driver: cannot read %s\n", argv[1]);
        return 1;
    }
    int64_t n = an_network_node_count(network), m = an_network_edge_count(network);
    int64_t *nodes = malloc((size_t)(n + 1) * sizeof *nodes), *edges = malloc((size_t)(m + 1) * sizeof *edges);
    int64_t count = 0;
    int rc = 0;
    printf("{\n");
    rc |= print_components(network, AN_COMPONENTS_WEAK, "weak", &policy);
    rc |= print_components(network, AN_COMPONENTS_STRONG, "strong", &policy);

    if (an_network_articulation_points(nodes, &count, network, &policy) != AN_OK)
        return fail("articulation points");
    printf("\"articulation_points\": ");
    print_array(nodes, count);
    printf(",\n\"bridges\": [");
    if (an_network_bridges(edges, &count, network, &policy) != AN_OK)
        return fail("bridges");
    for (int64_t i = 0; i < count; i++) {
        int64_t s, t;
        an_network_edge_endpoints(network, edges[i], &s, &t);
        printf("%s[%" PRId64 ", %" PRId64 ", %" PRId64 "]", i ? ", " : "", edges[i], s, t);
    }
    printf("],\n\"k_cores\": [");
    for (int64_t k = 0;; k++) {
        if (an_network_k_core(nodes, &count, network, k, &policy) != AN_OK)
            return fail("k-core");
        if (count == 0 && k > 0)
            break;
        printf("%s", k ? ", " : "");
        print_array(nodes, count);
    }
    printf("],\n");

    an_clique_options clique_options = AN_CLIQUE_OPTIONS_INIT;
    clique_options.min_size = 1;
    clique_options.max_cliques = 1000000;
    clique_options.policy = policy;
    an_cliques *cliques = NULL;
    if (an_network_maximal_cliques(&cliques, network, &clique_options) != AN_OK)
        return fail("cliques");
    printf("\"cliques\": [");
    for (int64_t i = 0; i < cliques->count; i++) {
        printf("%s", i ? ", " : "");
        print_array(cliques->nodes + cliques->offsets[i], cliques->offsets[i + 1] - cliques->offsets[i]);
    }
    printf("],\n\"cliques_truncated\": %d,\n", cliques->truncated);
    an_cliques_free(cliques);

    double value;
    if (an_network_density(&value, network, &policy) != AN_OK)
        return fail("density");
    print_real("density", value);
    if (an_network_reciprocity(&value, network, &policy) != AN_OK)
        return fail("reciprocity");
    print_real("reciprocity", value);
    if (an_network_transitivity(&value, network, &policy) != AN_OK)
        return fail("transitivity");
    print_real("transitivity", value);
    if (an_network_average_clustering(&value, network, &policy) != AN_OK)
        return fail("average clustering");
    print_real("average_clustering", value);
    if (an_network_diameter(&value, network, &policy) != AN_OK)
        return fail("diameter");
    print_real("diameter", value);
    int64_t unreachable = -1;
    if (an_network_mean_distance(&value, &unreachable, network, &policy) != AN_OK)
        return fail("mean distance");
    print_real("mean_distance", value);
    printf("\"unreachable_pairs\": %" PRId64 "\n}\n", unreachable);
    free(nodes);
    free(edges);
    an_network_free(network);
    return rc;
}
