/*
 * graphml_nesting_plan.c — where each node and edge goes when the GraphML
 * writer nests groups again (the rules are in graphml_nesting_plan.h).
 */
#include "graphml_nesting_plan.h"

#include "error_internal.h"
#include "actornet/network.h"

#include <stdlib.h>
#include <string.h>

static int find_role(const an_network *network, an_i_column_role role)
{
    const an_i_column_set *set = &network->columns[AN_DOMAIN_NODE];
    for (int k = 0; k < set->count; k++)
        if (set->items[k].role == role)
            return k;
    return -1;
}

static int has_edge_graphs(const an_network *network)
{
    for (int64_t f = 0; f < network->fragment_count; f++)
        if (network->fragments[f].place == AN_I_PLACE_EDGE_GRAPH)
            return 1;
    return 0;
}

/* The node a group reference names, or -1. */
static int64_t node_named(const an_network *network, const char *id)
{
    int64_t v;
    if (!id || an_network_find_node(network, id, &v) != AN_OK)
        return -1;
    return v;
}

/* parent[v] set for every node; chains that loop or run too deep are cut at v. */
static void cut_bad_chains(int64_t *parent, int64_t n)
{
    for (int64_t v = 0; v < n; v++) {
        int64_t at = parent[v];
        int depth = 0;
        while (at >= 0 && at != v && depth < AN_I_NESTING_MAX_DEPTH) {
            at = parent[at];
            depth++;
        }
        if (at >= 0)
            parent[v] = -1;
    }
}

void an_i_nesting_plan_free(an_i_nesting_plan *plan)
{
    free(plan->first_child);
    free(plan->next_sibling);
    free(plan->first_edge);
    free(plan->next_edge);
    free(plan->is_group);
    memset(plan, 0, sizeof *plan);
}

int an_i_nesting_plan_build(an_i_nesting_plan *plan, const an_network *network)
{
    memset(plan, 0, sizeof *plan);
    int parent_column = find_role(network, AN_I_ROLE_PARENT);
    int group_column = find_role(network, AN_I_ROLE_GROUP);
    if (parent_column < 0 && group_column < 0 && !has_edge_graphs(network))
        return AN_OK;
    int64_t n = network->node_count, m = network->edge_count;
    int64_t *parent = malloc((size_t)(n ? n : 1) * sizeof *parent);
    plan->first_child = malloc((size_t)(n + 1) * sizeof(int64_t));
    plan->next_sibling = malloc((size_t)(n ? n : 1) * sizeof(int64_t));
    plan->first_edge = malloc((size_t)(n + 1) * sizeof(int64_t));
    plan->next_edge = malloc((size_t)(m ? m : 1) * sizeof(int64_t));
    plan->is_group = calloc((size_t)(n ? n : 1), 1);
    if (!parent || !plan->first_child || !plan->next_sibling || !plan->first_edge || !plan->next_edge ||
        !plan->is_group) {
        free(parent);
        an_i_nesting_plan_free(plan);
        return AN_I_NOMEM();
    }
    plan->active = 1;
    const an_i_column *parents = parent_column >= 0 ? &network->columns[AN_DOMAIN_NODE].items[parent_column] : NULL;
    const an_i_column *groups = group_column >= 0 ? &network->columns[AN_DOMAIN_NODE].items[group_column] : NULL;
    for (int64_t v = 0; v < n; v++) {
        int64_t slot = parents && parents->type == AN_TYPE_STRING ? an_i_column_slot(parents, v) : -1;
        parent[v] = slot >= 0 ? node_named(network, parents->data.strings[slot]) : -1;
        slot = groups && groups->type == AN_TYPE_BOOLEAN ? an_i_column_slot(groups, v) : -1;
        if (slot >= 0 && groups->data.booleans[slot])
            plan->is_group[v] = 1;
    }
    cut_bad_chains(parent, n);
    /* chains in model order: prepend from the last node */
    for (int64_t g = 0; g <= n; g++)
        plan->first_child[g] = plan->first_edge[g] = -1;
    for (int64_t v = n - 1; v >= 0; v--) {
        int64_t slot = parent[v] >= 0 ? parent[v] : n;
        plan->next_sibling[v] = plan->first_child[slot];
        plan->first_child[slot] = v;
        if (parent[v] >= 0)
            plan->is_group[parent[v]] = 1;
    }
    /* edges: the group their fragment names, if it is a group node */
    for (int64_t e = 0; e < m; e++)
        plan->next_edge[e] = n; /* slot, rewritten below */
    for (int64_t f = 0; f < network->fragment_count; f++) {
        const an_i_fragment *fragment = &network->fragments[f];
        if (fragment->place != AN_I_PLACE_EDGE_GRAPH || fragment->row < 0 || fragment->row >= m)
            continue;
        int64_t g = node_named(network, fragment->markup);
        if (g >= 0 && plan->is_group[g])
            plan->next_edge[fragment->row] = g;
    }
    for (int64_t e = m - 1; e >= 0; e--) {
        int64_t slot = plan->next_edge[e];
        plan->next_edge[e] = plan->first_edge[slot];
        plan->first_edge[slot] = e;
    }
    free(parent);
    return AN_OK;
}
