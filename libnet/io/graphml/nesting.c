/*
 * graphml/nesting.c — graphs nested in nodes (yEd and yFiles groups, OGDF
 * clusters, Cytoscape groups), flattened into the one network.
 *
 *  - a <graph> inside a <node> makes that node a group: the nodes and edges
 *    of the nested graph join the network in document order, as NetworkX
 *    reads yEd groups. Its edges take its edgedefault (or, without one, the
 *    enclosing graph's).
 *  - the structure is kept as data: the node column `parent` holds the id of
 *    the group node whose graph holds each node (absent at the top level)
 *    and `is_group` is true on group nodes (AN_I_ROLE_PARENT / _GROUP; when a
 *    column of that name exists already, `graphml_parent` / `graphml_is_group`).
 *    The writer nests the graph again from them (graphml_write.c).
 *  - the nested graph's own attributes (id, edgedefault, others) and its
 *    <desc>, graph-level <data> and foreign children are kept raw with the
 *    group node (AN_I_PLACE_SUBGRAPH_ATTRIBUTES / _CONTENT) and written back.
 *  - a <graph> inside an <edge> or directly inside a <graph> is not GraphML
 *    that any tool writes: AN_EUNSUPPORTED (callbacks.c).
 */
#include "reader.h"
#include "value_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Room for item `used` of an array of `*capacity` items (doubled). 0, or -1 (failure recorded). */
static int grow(reader *r, void **items, int64_t *capacity, int64_t used, size_t size)
{
    if (used < *capacity)
        return 0;
    int64_t fresh = *capacity ? 2 * *capacity : 8;
    void *bigger = realloc(*items, (size_t)fresh * size);
    if (!bigger)
        return an_i_graphml_fail_nomem(r), -1;
    *items = bigger;
    *capacity = fresh;
    return 0;
}

void an_i_graphml_start_nested_graph(reader *r, const element *e)
{
    const char *edgedefault = NULL;
    size_t edgedefault_length = 0;
    for (int i = 0; i < e->nb_attributes; i++)
        if (attribute_is(e->attributes, i, r->names.edgedefault) &&
            an_i_graphml_attribute_value(r, e->attributes, i, 1, &edgedefault, &edgedefault_length))
            return;
    int directed = r->current_directed; /* no edgedefault: the enclosing graph's */
    if (edgedefault && an_i_graphml_read_edgedefault(r, edgedefault, edgedefault_length, &directed))
        return;
    if (grow(r, (void **)&r->nest, &r->nest_capacity, r->nest_depth, sizeof *r->nest) ||
        grow(r, (void **)&r->groups, &r->group_capacity, r->group_count, sizeof *r->groups))
        return;
    int64_t parent = r->row;
    r->groups[r->group_count++] = parent;
    r->nest[r->nest_depth].parent = parent;
    r->nest[r->nest_depth].outer_directed = r->current_directed;
    r->nest_depth++;
    r->current_directed = directed;
    static const xmlChar *const none[] = { NULL };
    an_i_graphml_keep_attributes_at(r, AN_I_PLACE_SUBGRAPH_ATTRIBUTES, parent, e, none);
    r->row = 0;
    r->state = STATE_GRAPH;
}

void an_i_graphml_finish_nested_graph(reader *r)
{
    const nested_graph *top = &r->nest[--r->nest_depth];
    r->current_directed = top->outer_directed;
    r->row = top->parent;
    r->state = STATE_NODE;
}

int an_i_graphml_note_parent(reader *r, int64_t node)
{
    if (r->nest_depth == 0)
        return 0;
    if (node >= r->parent_of_length) {
        int64_t *parent_of = realloc(r->parent_of, (size_t)(node + 1) * sizeof *parent_of);
        if (!parent_of)
            return an_i_graphml_fail_nomem(r), -1;
        for (int64_t v = r->parent_of_length; v < node; v++)
            parent_of[v] = -1;
        r->parent_of = parent_of;
        r->parent_of_length = node + 1;
    }
    r->parent_of[node] = r->nest[r->nest_depth - 1].parent;
    return 0;
}

/* A node column name not taken yet: `name`, else `fallback`, else fallback_2, ... */
static int add_role_column(reader *r, const char *name, const char *fallback, an_type type,
                           an_i_column_role role)
{
    an_network *n = r->network;
    char candidate[64];
    snprintf(candidate, sizeof candidate, "%s", name);
    for (int k = 1; an_i_find_column_quiet(n, AN_DOMAIN_NODE, candidate) >= 0; k++) {
        if (k == 1)
            snprintf(candidate, sizeof candidate, "%s", fallback);
        else
            snprintf(candidate, sizeof candidate, "%s_%d", fallback, k);
    }
    int index;
    if (an_i_network_add_column(n, AN_DOMAIN_NODE, candidate, type, NULL, &index) != AN_OK)
        return an_i_graphml_fail_nomem(r), -1;
    an_i_column *c = an_i_network_column(n, AN_DOMAIN_NODE, index);
    c->role = (unsigned char)role;
    return index;
}

void an_i_graphml_finish_nesting(reader *r)
{
    if (r->status || r->group_count == 0)
        return;
    an_network *n = r->network;
    int parent_column = add_role_column(r, "parent", "graphml_parent", AN_TYPE_STRING, AN_I_ROLE_PARENT);
    if (parent_column < 0)
        return;
    an_i_column *parent = an_i_network_column(n, AN_DOMAIN_NODE, parent_column);
    for (int64_t v = 0; v < r->parent_of_length; v++) {
        if (r->parent_of[v] < 0)
            continue;
        const char *id = n->node_ids[r->parent_of[v]];
        const char *kept = an_i_network_intern(n, id, strlen(id));
        if (!kept) {
            an_i_graphml_fail_nomem(r);
            return;
        }
        int64_t slot = an_i_column_claim(parent, v, NULL);
        if (slot < 0) {
            an_i_graphml_fail_nomem(r);
            return;
        }
        parent->data.strings[slot] = kept;
    }
    int group_column = add_role_column(r, "is_group", "graphml_is_group", AN_TYPE_BOOLEAN, AN_I_ROLE_GROUP);
    if (group_column < 0)
        return;
    an_i_column *group = an_i_network_column(n, AN_DOMAIN_NODE, group_column);
    group->has_default = 1;
    group->default_value.integer = 0;
    for (int64_t i = 0; i < r->group_count; i++) {
        int64_t slot = an_i_column_claim(group, r->groups[i], NULL);
        if (slot < 0) {
            an_i_graphml_fail_nomem(r);
            return;
        }
        group->data.booleans[slot] = 1;
    }
}
