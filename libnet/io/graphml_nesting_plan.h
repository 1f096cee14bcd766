/*
 * graphml_nesting_plan.h — where each node and edge goes when the GraphML
 * writer nests groups again (graphs in nodes, flattened by the reader:
 * libnet/io/graphml/nesting.c).
 *
 * The nesting is the node column with role AN_I_ROLE_PARENT (the id of the
 * group node holding each node) and the one with AN_I_ROLE_GROUP (group nodes
 * marked); an edge read inside a nested graph has an
 * AN_I_PLACE_EDGE_GRAPH fragment naming its group. A parent that names no
 * node, or a chain of parents deeper than AN_I_NESTING_MAX_DEPTH or looping,
 * puts the node at the top level; an edge whose group is not a group node
 * (dropped by a view, say) goes to the top level.
 */
#ifndef ACTORNET_GRAPHML_NESTING_PLAN_H
#define ACTORNET_GRAPHML_NESTING_PLAN_H

#include "network_internal.h"

#include <stdint.h>

#define AN_I_NESTING_MAX_DEPTH 256

typedef struct an_i_nesting_plan {
    int active;                 /* 0: no nesting, the plan is empty */
    int64_t *first_child;       /* [node_count + 1]: first node inside each node's graph; the
                                   last slot is the top level; -1 none */
    int64_t *next_sibling;      /* [node_count]: the next node in the same graph, in model order */
    int64_t *first_edge;        /* [node_count + 1]: likewise for edges */
    int64_t *next_edge;         /* [edge_count] */
    unsigned char *is_group;    /* [node_count]: write a nested <graph> in this node */
} an_i_nesting_plan;

/* Build the plan of `network` (plan->active = 0 when it has no nesting).
 * AN_OK or AN_ENOMEM. O(nodes * depth + edges + fragments). */
int an_i_nesting_plan_build(an_i_nesting_plan *plan, const an_network *network);
void an_i_nesting_plan_free(an_i_nesting_plan *plan);

#endif
