/*
 * communities_driver.c — for the NetworkX / python-igraph oracle.
 *
 *   communities_driver detect FILE METHOD [key=value ...]
 *       keys: seed, resolution, objective (modularity|cpm), beta, iterations,
 *       trials, steps, weight=1, undirected=1, keep=1, loops=1, rng=shared,
 *       engine=auto|igraph|actornet
 *   communities_driver modularity FILE LABELS [resolution=R weight=1 undirected=1 keep=1 loops=1]
 *   communities_driver compare LABELS LABELS
 *
 * FILE is in the edge_list.h format; LABELS a comma-separated list of ints.
 * rng=shared replaces igraph's default RNG by a 64-bit LCG whose 32-bit
 * draws (high half) and reals ((x >> 11) / 2^53) the oracle reproduces in
 * Python and hands to python-igraph, so both run the same igraph C code on
 * the same random stream; the library still seeds it with `seed`.
 */
#include <igraph.h>

#include "actornet.h"
#include "edge_list.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct shared_state {
    uint64_t x;
} shared_state;

static uint64_t shared_next(void *state)
{
    shared_state *s = state;
    s->x = s->x * 6364136223846793005u + 1442695040888963407u;
    return s->x;
}

static igraph_error_t shared_init(void **state)
{
    *state = calloc(1, sizeof(shared_state));
    return *state ? IGRAPH_SUCCESS : IGRAPH_ENOMEM;
}

static void shared_destroy(void *state)
{
    free(state);
}

static igraph_error_t shared_seed(void *state, igraph_uint_t seed)
{
    ((shared_state *)state)->x = seed;
    return IGRAPH_SUCCESS;
}

static igraph_uint_t shared_get(void *state)
{
    return shared_next(state) >> 32;
}

static igraph_real_t shared_get_real(void *state)
{
    return (double)(shared_next(state) >> 11) * 0x1p-53;
}

static igraph_real_t shared_get_norm(void *state)
{
    (void)state;
    return 0;
}

static const igraph_rng_type_t shared_rng_type = {
    "shared LCG", 32, shared_init, shared_destroy, shared_seed, shared_get, NULL, shared_get_real, shared_get_norm,
    NULL, NULL, NULL, NULL, NULL
};

static int64_t *parse_labels(const char *text, int64_t *count)
{
    int64_t capacity = 16, n = 0;
    int64_t *labels = malloc((size_t)capacity * sizeof *labels);
    const char *p = text;
    while (*p) {
        char *end;
        long long value = strtoll(p, &end, 10);
        if (end == p)
            break;
        if (n == capacity)
            labels = realloc(labels, (size_t)(capacity *= 2) * sizeof *labels);
        labels[n++] = value;
        p = *end == ',' ? end + 1 : end;
    }
    *count = n;
    return labels;
}

static const char *option(int argc, char **argv, int first, const char *key)
{
    size_t length = strlen(key);
    for (int i = first; i < argc; i++)
        if (strncmp(argv[i], key, length) == 0 && argv[i][length] == '=')
            return argv[i] + length + 1;
    return NULL;
}

static void print_real(const char *key, double value, const char *after)
{
    printf("\"%s\": ", key);
    if (isnan(value))
        printf("NaN");
    else
        printf("%.17g", value);
    printf("%s", after);
}

static void policy_from_options(an_edge_policy *policy, int argc, char **argv, int first)
{
    if (option(argc, argv, first, "weight"))
        policy->weight = "weight";
    if (option(argc, argv, first, "undirected"))
        policy->direction = AN_AS_UNDIRECTED;
    if (option(argc, argv, first, "keep"))
        policy->parallel = AN_PARALLEL_KEEP;
    if (option(argc, argv, first, "loops"))
        policy->self_loops = 1;
}

static int detect(int argc, char **argv)
{
    an_network *network = read_network(argv[2]);
    if (!network) {
        fprintf(stderr, "communities_driver: cannot read %s\n", argv[2]);
        return 1;
    }
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    options.method = an_community_method_from_name(argv[3]);
    const char *value;
    if ((value = option(argc, argv, 4, "seed")))
        options.seed = strtoull(value, NULL, 10);
    if ((value = option(argc, argv, 4, "resolution")))
        options.resolution = atof(value);
    if ((value = option(argc, argv, 4, "objective")))
        options.objective = strcmp(value, "cpm") == 0 ? AN_LEIDEN_CPM : AN_LEIDEN_MODULARITY;
    if ((value = option(argc, argv, 4, "beta")))
        options.beta = atof(value);
    if ((value = option(argc, argv, 4, "iterations")))
        options.iterations = atoll(value);
    if ((value = option(argc, argv, 4, "trials")))
        options.trials = atoll(value);
    if ((value = option(argc, argv, 4, "steps")))
        options.steps = atoll(value);
    if ((value = option(argc, argv, 4, "engine")))
        options.engine = strcmp(value, "igraph") == 0     ? AN_COMMUNITY_ENGINE_IGRAPH
                         : strcmp(value, "actornet") == 0 ? AN_COMMUNITY_ENGINE_ACTORNET
                                                          : AN_COMMUNITY_ENGINE_AUTO;
    policy_from_options(&options.policy, argc, argv, 4);
    igraph_rng_t shared;
    int use_shared = (value = option(argc, argv, 4, "rng")) && strcmp(value, "shared") == 0;
    if (use_shared) {
        igraph_rng_init(&shared, &shared_rng_type);
        igraph_rng_set_default(&shared);
    }
    an_partition *p = NULL;
    int rc = an_network_communities(&p, network, &options);
    if (rc != AN_OK) {
        fprintf(stderr, "communities_driver: %s\n", an_error_last()->message);
        an_network_free(network);
        return 1;
    }
    printf("{\"membership\": [");
    for (int64_t v = 0; v < p->node_count; v++)
        printf("%s%" PRId64, v ? ", " : "", p->membership[v]);
    printf("], \"sizes\": [");
    for (int64_t c = 0; c < p->count; c++)
        printf("%s%" PRId64, c ? ", " : "", p->sizes[c]);
    printf("], \"count\": %" PRId64 ", \"directed\": %d, \"engine\": \"%s\", ", p->count, p->directed,
           p->engine == AN_COMMUNITY_ENGINE_ACTORNET ? "actornet" : "igraph");
    print_real("modularity", p->modularity, ", ");
    print_real("quality", p->quality, "}\n");
    an_partition_free(p);
    an_network_free(network);
    return 0;
}

static int modularity(int argc, char **argv)
{
    an_network *network = read_network(argv[2]);
    int64_t count;
    int64_t *labels = parse_labels(argv[3], &count);
    if (!network || count != an_network_node_count(network)) {
        fprintf(stderr, "communities_driver: bad network or labels\n");
        return 1;
    }
    an_modularity_options options = AN_MODULARITY_OPTIONS_INIT;
    const char *value;
    if ((value = option(argc, argv, 4, "resolution")))
        options.resolution = atof(value);
    policy_from_options(&options.policy, argc, argv, 4);
    double q = 0;
    int rc = an_network_modularity(&q, network, labels, &options);
    if (rc != AN_OK)
        fprintf(stderr, "communities_driver: %s\n", an_error_last()->message);
    else {
        printf("{");
        print_real("modularity", q, "}\n");
    }
    free(labels);
    an_network_free(network);
    return rc != AN_OK;
}

static int compare(char **argv)
{
    int64_t na, nb;
    int64_t *a = parse_labels(argv[2], &na), *b = parse_labels(argv[3], &nb);
    an_partition_comparison c;
    int rc = na == nb ? an_partition_compare(&c, a, b, na) : AN_EINVAL;
    if (rc != AN_OK) {
        fprintf(stderr, "communities_driver: %s\n", an_error_last()->message);
    } else {
        printf("{\"nodes\": %" PRId64 ", ", c.nodes);
        print_real("nmi", c.nmi, ", ");
        print_real("adjusted_rand", c.adjusted_rand, ", ");
        print_real("rand", c.rand, ", ");
        print_real("vi", c.variation_of_information, ", ");
        printf("\"split_join\": [%" PRId64 ", %" PRId64 "]}\n", c.split_join_a, c.split_join_b);
    }
    free(a);
    free(b);
    return rc != AN_OK;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && strcmp(argv[1], "detect") == 0)
        return detect(argc, argv);
    if (argc >= 4 && strcmp(argv[1], "modularity") == 0)
        return modularity(argc, argv);
    if (argc >= 4 && strcmp(argv[1], "compare") == 0)
        return compare(argv);
    fprintf(stderr, "usage: communities_driver detect FILE METHOD [k=v...] | modularity FILE LABELS [k=v...] | "
                    "compare LABELS LABELS\n");
    return 2;
}
