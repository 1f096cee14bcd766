/*
 * cliques.c — maximal cliques with a size floor and a cap on how many are
 * collected, so a dense network cannot exhaust memory or time.
 */
#include "actornet/cohesion.h"
#include "cohesion_internal.h"
#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

/* The search also stops after this many maximal cliques of any size per clique wanted, so
 * that a high size floor on a network with exponentially many small cliques stays bounded. */
#define EXAMINED_PER_CLIQUE 100

typedef struct clique_collector {
    int64_t limit;          /* max_cliques */
    int64_t min_size, max_size;
    int64_t examined, examine_limit;
    an_i_node_sets sets;
    int truncated;
    int out_of_memory;
} clique_collector;

static igraph_error_t collect_clique(const igraph_vector_int_t *clique, void *arg)
{
    clique_collector *c = arg;
    int64_t size = igraph_vector_int_size(clique);
    if (++c->examined > c->examine_limit) {
        c->truncated = 1;
        return IGRAPH_STOP;
    }
    if (size < c->min_size || (c->max_size > 0 && size > c->max_size))
        return IGRAPH_SUCCESS;
    if (c->sets.count >= c->limit) {
        c->truncated = 1;
        return IGRAPH_STOP;
    }
    int64_t *dest = an_i_node_sets_begin(&c->sets, size);
    if (!dest) {
        c->out_of_memory = 1;
        return IGRAPH_STOP;
    }
    for (int64_t i = 0; i < size; i++)
        dest[i] = VECTOR(*clique)[i];
    an_i_node_sets_end(&c->sets, size);
    return IGRAPH_SUCCESS;
}

void an_cliques_free(an_cliques *cliques)
{
    if (!cliques)
        return;
    free(cliques->offsets);
    free(cliques->nodes);
    free(cliques);
}

int an_network_maximal_cliques(an_cliques **out, const an_network *network, const an_clique_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_clique_options defaults = AN_CLIQUE_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != AN_CLIQUE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "maximal cliques: options version %u, expected %u (use AN_CLIQUE_OPTIONS_INIT)",
                          options->version, (unsigned)AN_CLIQUE_OPTIONS_VERSION);
    if (options->min_size < 1)
        return an_i_error(AN_EINVAL, "maximal cliques: min_size must be >= 1 (got %lld)",
                          (long long)options->min_size);
    if (options->max_size < 0 || (options->max_size > 0 && options->max_size < options->min_size))
        return an_i_error(AN_EINVAL, "maximal cliques: max_size must be 0 (no limit) or >= min_size (got %lld)",
                          (long long)options->max_size);
    if (options->max_cliques < 1)
        return an_i_error(AN_EINVAL, "maximal cliques: max_cliques must be >= 1 (got %lld)",
                          (long long)options->max_cliques);
    if (options->policy.lens)
        return an_i_cohesion_cliques_lens(out, network, options);

    clique_collector collector = { 0 };
    collector.limit = options->max_cliques;
    collector.min_size = options->min_size;
    collector.max_size = options->max_size;
    collector.examine_limit = options->max_cliques > INT64_MAX / EXAMINED_PER_CLIQUE
                                  ? INT64_MAX
                                  : options->max_cliques * EXAMINED_PER_CLIQUE;

    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    /* Self-loops would hide cliques from igraph's search: drop them whatever the policy says. */
    an_edge_policy policy = options->policy;
    policy.self_loops = 0;
    int rc = an_i_cohesion_view(&view, network, &policy, AN_AS_UNDIRECTED, AN_PARALLEL_COLLAPSE, 0);
    if (rc == AN_OK) {
        /* Every maximal clique comes to the collector, which filters by size and counts the work. */
        igraph_error_t result = igraph_maximal_cliques_callback(&view.graph, collect_clique, &collector, 0, 0);
        if (result != IGRAPH_STOP)
            rc = an_i_igraph_check(result, "maximal cliques");
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    if (rc == AN_OK && collector.out_of_memory)
        rc = AN_I_NOMEM();
    if (rc == AN_OK)
        rc = an_i_node_sets_result(out, &collector.sets, collector.truncated, NULL);
    an_i_node_sets_free(&collector.sets);
    return rc;
}
