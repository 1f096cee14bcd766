/*
 * node_sets.h — a growing list of node sets (maximal cliques, k-plexes,
 * interchangeable positions), collected one set at a time and then turned
 * into an an_cliques sorted largest first. Shared by cohesion, positions and
 * the report. Include as "graph/node_sets.h".
 */
#ifndef AN_NODE_SETS_H
#define AN_NODE_SETS_H

#include "actornet/cohesion.h"

#include <stdint.h>

typedef struct an_i_node_sets {
    int64_t count;                          /* sets collected */
    int64_t *offsets, offsets_capacity;     /* count + 1 used */
    int64_t *nodes, nodes_length, nodes_capacity;
} an_i_node_sets;

/** Room for a set of `size` nodes (NULL when out of memory): fill it, then call _end. */
int64_t *an_i_node_sets_begin(an_i_node_sets *sets, int64_t size);

/** Close the set begun with _begin (sorts it ascending). */
void an_i_node_sets_end(an_i_node_sets *sets, int64_t size);

/** Append a copy of `nodes` (sorted ascending in the copy). AN_OK or AN_ENOMEM (not recorded). */
int an_i_node_sets_add(an_i_node_sets *sets, const int64_t *nodes, int64_t size);

/** The sets as an an_cliques: largest first, then by node indices; each node index mapped
 *  through `origin` (an increasing map, e.g. a lens's; NULL: none). AN_OK / AN_ENOMEM. */
int an_i_node_sets_result(an_cliques **out, const an_i_node_sets *sets, int truncated, const int64_t *origin);

void an_i_node_sets_free(an_i_node_sets *sets);

/** qsort comparison of int64_t values, ascending. */
int an_i_compare_int64(const void *a, const void *b);

#endif
