/*
 * gexf_nodes_edges.c — <node> and <edge>: ids interned and looked up in the network's node
 * index; an edge endpoint named before its <node> is added at once and marked, and one still
 * not declared at the end of the document is reported there.
 */
#include "gexf_internal.h"

#include <stdlib.h>
#include <string.h>

static int mark_implicit(an_i_gexf_reader *r, int64_t node, int value)
{
    if (node >= r->implicit_capacity) {
        int64_t fresh = r->implicit_capacity ? r->implicit_capacity : 64;
        while (fresh <= node)
            fresh *= 2;
        unsigned char *marks = realloc(r->implicit_mark, (size_t)fresh);
        if (!marks)
            return an_i_gexf_fail_nomem(r);
        memset(marks + r->implicit_capacity, 0, (size_t)(fresh - r->implicit_capacity));
        r->implicit_mark = marks;
        r->implicit_capacity = fresh;
    }
    r->implicit_mark[node] = (unsigned char)value;
    return 0;
}

static int64_t lookup_node(const an_i_gexf_reader *r, const char *id)
{
    size_t length = strlen(id);
    an_i_string_slot *slot =
        an_i_string_table_find(&r->network->node_index, id, length, an_i_string_hash(id, length));
    return slot ? slot->value : -1;
}

static int64_t add_node(an_i_gexf_reader *r, const char *id)
{
    size_t length = strlen(id);
    const char *interned = an_i_network_intern(r->network, id, length);
    int64_t node = -1;
    if (!interned || an_i_network_add_node_interned(r->network, interned, length, &node) != AN_OK) {
        an_i_gexf_fail_nomem(r);
        return -1;
    }
    return node;
}

int an_i_gexf_set_parent(an_i_gexf_reader *r, int64_t node, const char *parent_id)
{
    int column = an_i_gexf_reserved_column(r, AN_DOMAIN_NODE, AN_I_GEXF_PARENT);
    if (column < 0)
        return r->status;
    if (an_network_set_string(r->network, AN_DOMAIN_NODE, column, node, parent_id) != AN_OK)
        return an_i_gexf_fail_nomem(r);
    return 0;
}

void an_i_gexf_start_node(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *id = AN_I_GEXF_ATTR("id", 0);
    if (r->status)
        return;
    if (!id || !*id) {
        an_i_gexf_fail(r, AN_EFORMAT, "<node> without an id");
        return;
    }
    int64_t node = lookup_node(r, id);
    if (node >= 0) {
        if (node < r->implicit_capacity && r->implicit_mark[node]) {
            r->implicit_mark[node] = 0; /* an edge named it first: declared now */
        } else {
            an_i_gexf_fail(r, AN_EFORMAT, "duplicate node id '%s'", id);
            return;
        }
    } else if ((node = add_node(r, id)) < 0) {
        return;
    }
    if (an_i_network_set_line(r->network, AN_DOMAIN_NODE, node, an_i_gexf_line(r)) != AN_OK) {
        an_i_gexf_fail_nomem(r);
        return;
    }
    /* the parent: the <node> whose <nodes> this is, or pid */
    an_i_gexf_element up = r->depth >= 2 ? (an_i_gexf_element)r->kinds[r->depth - 1] : AN_I_GEXF_ELEMENT_OTHER;
    const char *pid = AN_I_GEXF_ATTR("pid", 1);
    if (up == AN_I_GEXF_ELEMENT_NODES && r->depth >= 3 && r->kinds[r->depth - 2] == AN_I_GEXF_ELEMENT_NODE &&
        r->owner_count)
        pid = an_network_node_id(r->network, an_i_gexf_owner_top(r)->row);
    if (pid && *pid && an_i_gexf_set_parent(r, node, pid))
        return;
    if (an_i_gexf_set_reserved_text(r, AN_DOMAIN_NODE, node, AN_I_GEXF_LABEL, AN_I_GEXF_ATTR("label", 1),
                                    "label"))
        return;
    an_i_gexf_open_owner(r, AN_DOMAIN_NODE, node, nb_attributes, attributes);
}

static int endpoint(an_i_gexf_reader *r, const char *id, const char *which)
{
    if (!id || !*id)
        return an_i_gexf_fail(r, AN_EFORMAT, "<edge> without a %s", which);
    return 0;
}

static int64_t resolve_endpoint(an_i_gexf_reader *r, const char *id)
{
    int64_t node = lookup_node(r, id);
    if (node >= 0)
        return node;
    node = add_node(r, id);
    if (node < 0 || mark_implicit(r, node, 1))
        return -1;
    if (r->implicit_count == r->implicit_capacity_list) {
        int64_t fresh = r->implicit_capacity_list ? r->implicit_capacity_list * 2 : 16;
        an_i_gexf_implicit *list = realloc(r->implicit, (size_t)fresh * sizeof *list);
        if (!list) {
            an_i_gexf_fail_nomem(r);
            return -1;
        }
        r->implicit = list;
        r->implicit_capacity_list = fresh;
    }
    r->implicit[r->implicit_count++] = (an_i_gexf_implicit){ node, an_i_gexf_line(r), an_i_gexf_column(r) };
    return node;
}

void an_i_gexf_start_edge(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *source_id = AN_I_GEXF_ATTR("source", 0);
    if (r->status || endpoint(r, source_id, "source"))
        return;
    int64_t source = resolve_endpoint(r, source_id);
    const char *target_id = AN_I_GEXF_ATTR("target", 0);
    if (source < 0 || r->status || endpoint(r, target_id, "target"))
        return;
    int64_t target = resolve_endpoint(r, target_id);
    if (target < 0)
        return;
    const char *type = AN_I_GEXF_ATTR("type", 1);
    int directed = r->network->default_directed, mutual = 0;
    if (type) {
        if (strcmp(type, "directed") == 0)
            directed = 1;
        else if (strcmp(type, "undirected") == 0)
            directed = 0;
        else if (strcmp(type, "mutual") == 0)
            directed = 0, mutual = 1;
        else {
            an_i_gexf_fail(r, AN_EFORMAT, "edge type '%s' is not directed, undirected or mutual", type);
            return;
        }
    }
    const char *id = AN_I_GEXF_ATTR("id", 2);
    const char *interned = id ? an_i_network_intern(r->network, id, strlen(id)) : NULL;
    if ((id && !interned) ||
        an_i_network_add_edge_unchecked(r->network, source, target, directed, interned) != AN_OK) {
        an_i_gexf_fail_nomem(r);
        return;
    }
    int64_t edge = r->network->edge_count - 1;
    if (an_i_network_set_line(r->network, AN_DOMAIN_EDGE, edge, an_i_gexf_line(r)) != AN_OK) {
        an_i_gexf_fail_nomem(r);
        return;
    }
    if (mutual && an_i_gexf_set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_MUTUAL, "true", "type"))
        return;
    if (an_i_gexf_set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_WEIGHT, AN_I_GEXF_ATTR("weight", 1),
                                    "weight") ||
        an_i_gexf_set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_LABEL, AN_I_GEXF_ATTR("label", 1),
                                    "label") ||
        an_i_gexf_set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_KIND, AN_I_GEXF_ATTR("kind", 1), "kind"))
        return;
    an_i_gexf_open_owner(r, AN_DOMAIN_EDGE, edge, nb_attributes, attributes);
}

void an_i_gexf_report_undeclared_nodes(an_i_gexf_reader *r)
{
    for (int64_t i = 0; i < r->implicit_count && !r->status; i++) {
        an_i_gexf_implicit *p = &r->implicit[i];
        if (!r->implicit_mark[p->node])
            continue; /* declared later in the document */
        const char *id = an_network_node_id(r->network, p->node);
        if (r->options.strict)
            an_i_gexf_fail_at(r, AN_EFORMAT, p->line, p->column, "edge names node '%s', which is not declared",
                              id);
        else
            an_i_gexf_warn_at(r, p->line, p->column, "edge names node '%s', which is not declared: node added",
                              id);
    }
}
