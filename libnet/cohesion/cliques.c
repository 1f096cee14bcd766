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
    int64_t count;
    int64_t *offsets;       /* count + 1 used */
    int64_t offsets_capacity;
    int64_t *nodes;
    int64_t nodes_length, nodes_capacity;
    int truncated;
    int out_of_memory;
} clique_collector;

static int grow(int64_t **array, int64_t *capacity, int64_t needed)
{
    if (needed <= *capacity)
        return 0;
    int64_t next = *capacity ? *capacity : 64;
    while (next < needed)
        next *= 2;
    int64_t *bigger = realloc(*array, (size_t)next * sizeof **array);
    if (!bigger)
        return -1;
    *array = bigger;
    *capacity = next;
    return 0;
}

static int compare_int64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

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
    if (c->count >= c->limit) {
        c->truncated = 1;
        return IGRAPH_STOP;
    }
    if (grow(&c->offsets, &c->offsets_capacity, c->count + 2) != 0 ||
        grow(&c->nodes, &c->nodes_capacity, c->nodes_length + size) != 0) {
        c->out_of_memory = 1;
        return IGRAPH_STOP;
    }
    int64_t *dest = c->nodes + c->nodes_length;
    for (int64_t i = 0; i < size; i++)
        dest[i] = VECTOR(*clique)[i];
    qsort(dest, (size_t)size, sizeof *dest, compare_int64);
    c->nodes_length += size;
    c->count++;
    c->offsets[c->count] = c->nodes_length;
    return IGRAPH_SUCCESS;
}

/* Sort key for the final order: size descending, then node indices ascending. */
typedef struct clique_ref {
    const int64_t *nodes;
    int64_t size;
} clique_ref;

static int compare_cliques(const void *a, const void *b)
{
    const clique_ref *x = a, *y = b;
    if (x->size != y->size)
        return x->size < y->size ? 1 : -1;
    for (int64_t i = 0; i < x->size; i++)
        if (x->nodes[i] != y->nodes[i])
            return x->nodes[i] < y->nodes[i] ? -1 : 1;
    return 0;
}

void an_cliques_free(an_cliques *cliques)
{
    if (!cliques)
        return;
    free(cliques->offsets);
    free(cliques->nodes);
    free(cliques);
}

/* Build the result in sorted order from the collector. */
static int make_result(an_cliques **out, const clique_collector *c)
{
    an_cliques *result = calloc(1, sizeof *result);
    clique_ref *refs = malloc((size_t)(c->count ? c->count : 1) * sizeof *refs);
    if (result) {
        result->offsets = malloc((size_t)(c->count + 1) * sizeof *result->offsets);
        result->nodes = malloc((size_t)(c->nodes_length ? c->nodes_length : 1) * sizeof *result->nodes);
    }
    if (!result || !refs || !result->offsets || !result->nodes) {
        free(refs);
        an_cliques_free(result);
        return AN_I_NOMEM();
    }
    for (int64_t i = 0; i < c->count; i++)
        refs[i] = (clique_ref){ c->nodes + c->offsets[i], c->offsets[i + 1] - c->offsets[i] };
    qsort(refs, (size_t)c->count, sizeof *refs, compare_cliques);
    int64_t length = 0;
    result->offsets[0] = 0;
    for (int64_t i = 0; i < c->count; i++) {
        memcpy(result->nodes + length, refs[i].nodes, (size_t)refs[i].size * sizeof *result->nodes);
        length += refs[i].size;
        result->offsets[i + 1] = length;
        if (refs[i].size > result->largest)
            result->largest = refs[i].size;
    }
    result->count = c->count;
    result->truncated = c->truncated;
    free(refs);
    *out = result;
    return AN_OK;
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
    if (grow(&collector.offsets, &collector.offsets_capacity, 1) != 0)
        return AN_I_NOMEM();
    collector.offsets[0] = 0;

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
        rc = make_result(out, &collector);
    free(collector.offsets);
    free(collector.nodes);
    return rc;
}
