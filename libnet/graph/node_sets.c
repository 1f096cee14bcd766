/*
 * node_sets.c — a growing list of node sets (maximal cliques, k-plexes),
 * turned into an an_cliques sorted by size, largest first, then by nodes.
 */
#include "node_sets.h"
#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

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

int an_i_compare_int64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

int64_t *an_i_node_sets_begin(an_i_node_sets *sets, int64_t size)
{
    if (grow(&sets->offsets, &sets->offsets_capacity, sets->count + 2) != 0 ||
        grow(&sets->nodes, &sets->nodes_capacity, sets->nodes_length + size) != 0)
        return NULL;
    if (sets->count == 0)
        sets->offsets[0] = 0;
    return sets->nodes + sets->nodes_length;
}

void an_i_node_sets_end(an_i_node_sets *sets, int64_t size)
{
    qsort(sets->nodes + sets->nodes_length, (size_t)size, sizeof *sets->nodes, an_i_compare_int64);
    sets->nodes_length += size;
    sets->offsets[++sets->count] = sets->nodes_length;
}

int an_i_node_sets_add(an_i_node_sets *sets, const int64_t *nodes, int64_t size)
{
    int64_t *dest = an_i_node_sets_begin(sets, size);
    if (!dest)
        return AN_ENOMEM;
    memcpy(dest, nodes, (size_t)size * sizeof *dest);
    an_i_node_sets_end(sets, size);
    return AN_OK;
}

void an_i_node_sets_free(an_i_node_sets *sets)
{
    free(sets->offsets);
    free(sets->nodes);
    memset(sets, 0, sizeof *sets);
}

/* Sort key for the final order: size descending, then node indices ascending. */
typedef struct set_ref {
    const int64_t *nodes;
    int64_t size;
} set_ref;

static int compare_sets(const void *a, const void *b)
{
    const set_ref *x = a, *y = b;
    if (x->size != y->size)
        return x->size < y->size ? 1 : -1;
    for (int64_t i = 0; i < x->size; i++)
        if (x->nodes[i] != y->nodes[i])
            return x->nodes[i] < y->nodes[i] ? -1 : 1;
    return 0;
}

int an_i_node_sets_result(an_cliques **out, const an_i_node_sets *sets, int truncated, const int64_t *origin)
{
    int64_t count = sets->count;
    an_cliques *result = calloc(1, sizeof *result);
    set_ref *refs = malloc((size_t)(count ? count : 1) * sizeof *refs);
    if (result) {
        result->offsets = malloc((size_t)(count + 1) * sizeof *result->offsets);
        result->nodes = malloc((size_t)(sets->nodes_length ? sets->nodes_length : 1) * sizeof *result->nodes);
    }
    if (!result || !refs || !result->offsets || !result->nodes) {
        free(refs);
        an_cliques_free(result);
        return AN_I_NOMEM();
    }
    for (int64_t i = 0; i < count; i++)
        refs[i] = (set_ref){ sets->nodes + sets->offsets[i], sets->offsets[i + 1] - sets->offsets[i] };
    qsort(refs, (size_t)count, sizeof *refs, compare_sets);
    int64_t length = 0;
    result->offsets[0] = 0;
    for (int64_t i = 0; i < count; i++) {
        for (int64_t j = 0; j < refs[i].size; j++) /* an increasing map keeps each set ascending */
            result->nodes[length + j] = origin ? origin[refs[i].nodes[j]] : refs[i].nodes[j];
        length += refs[i].size;
        result->offsets[i + 1] = length;
        if (refs[i].size > result->largest)
            result->largest = refs[i].size;
    }
    result->count = count;
    result->truncated = truncated;
    free(refs);
    *out = result;
    return AN_OK;
}
