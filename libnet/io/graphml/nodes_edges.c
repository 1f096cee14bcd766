/*
 * graphml/nodes_edges.c — <node> and <edge>: ids, endpoints found in the
 * node index (or directly, while node ids are sequential), endpoints named
 * before their node resolved at the end of the graph.
 *
 *  - node/edge order is the order of the <node>/<edge> elements. Duplicate
 *    node id, missing or empty node id, edge without source or target:
 *    AN_EFORMAT. Edges may name nodes declared later; a node never declared
 *    is added after the declared ones, with a warning at the first edge that
 *    names it ("edge 'e7' refers to undeclared node 'x'; the node was
 *    added"), as NetworkX and igraph do; with options.strict it is AN_EFORMAT
 *    ("... refers to unknown node 'x'"). Parallel edges and self-loops are
 *    kept, and so are edge ids.
 *  - per-edge directed="true|false|1|0" overrides the graph's edgedefault.
 */
#include "reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Follow node `node` (just added with `id`) in the sequential-id state. */
static void track_sequential_id(reader *r, int64_t node, const char *id, size_t length)
{
    if (node == 0) {
        /* the first node decides the prefix: its id must end in exactly "0" */
        r->ids_sequential = length >= 1 && id[length - 1] == '0' && length - 1 <= SEQUENTIAL_PREFIX_MAX &&
                            (length == 1 || !(id[length - 2] >= '0' && id[length - 2] <= '9'));
        if (!r->ids_sequential)
            return;
        r->id_prefix_length = length - 1;
        memcpy(r->id_prefix, id, length - 1);
        r->next_id_digits[0] = '0';
        r->next_id_digits_length = 1;
    } else if (!r->ids_sequential) {
        return;
    } else if (length != r->id_prefix_length + r->next_id_digits_length ||
               memcmp(id, r->id_prefix, r->id_prefix_length) != 0 ||
               memcmp(id + r->id_prefix_length, r->next_id_digits, r->next_id_digits_length) != 0) {
        r->ids_sequential = 0;
        return;
    }
    /* the digits of node + 1: increment the decimal string */
    size_t i = r->next_id_digits_length;
    while (i > 0 && r->next_id_digits[i - 1] == '9')
        r->next_id_digits[--i] = '0';
    if (i > 0) {
        r->next_id_digits[i - 1]++;
    } else if (r->next_id_digits_length + 1 < sizeof r->next_id_digits) {
        memmove(r->next_id_digits + 1, r->next_id_digits, r->next_id_digits_length);
        r->next_id_digits[0] = '1';
        r->next_id_digits_length++;
    } else {
        r->ids_sequential = 0;
    }
}

/* Node k for an id PREFIX + k (canonical decimal, k below the node count)
 * while ids are sequential; -1 when the id is of another form or names no
 * node yet (the caller then asks the index). Exact: such an id can only be
 * node k's, since ids are unique. */
static inline int64_t sequential_node(const reader *r, const char *id, size_t length)
{
    if (!r->ids_sequential || length <= r->id_prefix_length ||
        length - r->id_prefix_length > 18 || memcmp(id, r->id_prefix, r->id_prefix_length) != 0)
        return -1;
    const char *digits = id + r->id_prefix_length;
    size_t count = length - r->id_prefix_length;
    if (count > 1 && digits[0] == '0')
        return -1;
    int64_t k = 0;
    for (size_t i = 0; i < count; i++) {
        unsigned d = (unsigned)(unsigned char)digits[i] - '0';
        if (d > 9)
            return -1;
        k = k * 10 + (int64_t)d;
    }
    return k < r->network->node_count ? k : -1;
}

void an_i_graphml_start_node(reader *r, const element *e)
{
    const char *id = NULL;
    size_t id_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        if (attribute_is(e->attributes, i, r->names.id)) {
            if (an_i_graphml_attribute_value(r, e->attributes, i, 0, &id, &id_length))
                return;
        } else {
            extra = 1;
        }
    }
    if (!id) {
        FAIL(r, AN_EFORMAT, "<node> without an id attribute");
        return;
    }
    if (id_length == 0) {
        FAIL(r, AN_EFORMAT, "<node> with an empty id");
        return;
    }
    const char *interned = an_i_graphml_keep_id(r, id, id_length);
    if (!interned)
        return;
    int64_t node;
    int rc = an_i_network_add_node_interned(r->network, interned, id_length, &node);
    if (rc == AN_EEXISTS) {
        FAIL(r, AN_EFORMAT, "duplicate node id '%.200s'", interned);
        return;
    }
    if (rc != AN_OK) {
        an_i_graphml_fail_nomem(r);
        return;
    }
    if (an_i_network_set_line(r->network, AN_DOMAIN_NODE, node, current_line(r)) != AN_OK) {
        an_i_graphml_fail_nomem(r);
        return;
    }
    if (an_i_graphml_note_parent(r, node))
        return;
    track_sequential_id(r, node, interned, id_length);
    r->row = node;
    r->state = STATE_NODE;
    if (extra) {
        const xmlChar *known[] = { r->names.id, NULL };
        an_i_graphml_keep_extra_attributes(r, AN_DOMAIN_NODE, node, e, known);
    }
}

static int64_t find_node_hashed(const reader *r, const char *id, size_t length, uint64_t hash)
{
    an_i_string_slot *slot = an_i_string_table_find(&r->network->node_index, id, length, hash);
    return slot ? slot->value : -1;
}

static int64_t find_node(const reader *r, const char *id, size_t length)
{
    return find_node_hashed(r, id, length, an_i_string_hash(id, length));
}

/* Start loading the index slot an id hashes to (edges look up two ids; the
 * two cache misses then overlap). */
static inline void prefetch_node(const reader *r, uint64_t hash)
{
    const an_i_string_table *t = &r->network->node_index;
    if (t->capacity)
        __builtin_prefetch(&t->slots[hash & (t->capacity - 1)]);
}

static int push_pending_edge(reader *r, int64_t edge, const char *source, size_t source_length,
                             const char *target, size_t target_length)
{
    if (r->pending_edge_count == r->pending_edge_capacity) {
        int64_t fresh = r->pending_edge_capacity ? r->pending_edge_capacity * 2 : 64;
        pending_edge *items = realloc(r->pending_edges, (size_t)fresh * sizeof *items);
        if (!items)
            return an_i_graphml_fail_nomem(r);
        r->pending_edges = items;
        r->pending_edge_capacity = fresh;
    }
    pending_edge *p = &r->pending_edges[r->pending_edge_count++];
    p->edge = edge;
    p->source = source;
    p->source_length = source_length;
    p->target = target;
    p->target_length = target_length;
    p->line = current_line(r);
    p->column = current_column(r);
    return 0;
}

void an_i_graphml_start_edge(reader *r, const element *e)
{
    const char *id = NULL, *source = NULL, *target = NULL, *directed = NULL;
    size_t id_length = 0, source_length = 0, target_length = 0, directed_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        int rc = 0;
        if (attribute_is(e->attributes, i, r->names.source))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 0, &source, &source_length);
        else if (attribute_is(e->attributes, i, r->names.target))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 1, &target, &target_length);
        else if (attribute_is(e->attributes, i, r->names.id))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 2, &id, &id_length);
        else if (attribute_is(e->attributes, i, r->names.directed))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 3, &directed, &directed_length);
        else
            extra = 1;
        if (rc)
            return;
    }
    if (!source || !target) {
        FAIL(r, AN_EFORMAT, "<edge> without a %s attribute", source ? "target" : "source");
        return;
    }
    int is_directed = r->current_directed;
    if (directed) {
        if (text_is(directed, directed_length, "true") || text_is(directed, directed_length, "1")) {
            is_directed = 1;
        } else if (text_is(directed, directed_length, "false") || text_is(directed, directed_length, "0")) {
            is_directed = 0;
        } else {
            char shown[64];
            FAIL(r, AN_EFORMAT, "directed='%s' on <edge> is neither true nor false",
                 an_i_graphml_excerpt(shown, sizeof shown, directed, directed_length));
            return;
        }
    }
    int64_t s = sequential_node(r, source, source_length), t = sequential_node(r, target, target_length);
    if (s >= 0 && t >= 0) {
        /* both endpoints named by sequential ids */
    } else if (source_length && source_length == r->last_source_length &&
        memcmp(source, r->last_source_text, source_length) == 0) {
        /* edges grouped by source (NetworkX, igraph): no lookup */
        s = r->last_source;
        t = find_node(r, target, target_length);
    } else {
        uint64_t source_hash = an_i_string_hash(source, source_length);
        uint64_t target_hash = an_i_string_hash(target, target_length);
        prefetch_node(r, source_hash);
        prefetch_node(r, target_hash);
        s = find_node_hashed(r, source, source_length, source_hash);
        t = find_node_hashed(r, target, target_length, target_hash);
        if (s >= 0) {
            r->last_source = s;
            r->last_source_length = source_length <= LAST_SOURCE_MAX ? source_length : 0;
            memcpy(r->last_source_text, source, r->last_source_length);
        }
    }
    const char *edge_id = NULL;
    if (id && !(edge_id = an_i_graphml_keep_id(r, id, id_length)))
        return;
    int64_t edge = r->network->edge_count;
    if (s < 0 || t < 0) {
        /* a node declared later, or never: resolve at the end of the graph */
        const char *ps = NULL, *pt = NULL;
        if ((s < 0 && !(ps = an_i_graphml_keep_id(r, source, source_length))) ||
            (t < 0 && !(pt = an_i_graphml_keep_id(r, target, target_length))))
            return;
        if (push_pending_edge(r, edge, ps, source_length, pt, target_length))
            return;
    }
    if (an_i_network_add_edge_unchecked(r->network, s, t, is_directed, edge_id) != AN_OK) {
        an_i_graphml_fail_nomem(r);
        return;
    }
    if (an_i_network_set_line(r->network, AN_DOMAIN_EDGE, edge, current_line(r)) != AN_OK) {
        an_i_graphml_fail_nomem(r);
        return;
    }
    r->row = edge;
    r->state = STATE_EDGE;
    if (r->nest_depth > 0) {
        /* read inside a group's graph: the writer puts it back there (graphml_nesting_plan.c) */
        const char *group = r->network->node_ids[r->nest[r->nest_depth - 1].parent];
        if (an_i_network_add_fragment(r->network, AN_I_PLACE_EDGE_GRAPH, edge, group, strlen(group)) != AN_OK) {
            an_i_graphml_fail_nomem(r);
            return;
        }
    }
    if (extra) {
        const xmlChar *known[] = { r->names.id, r->names.source, r->names.target, r->names.directed, NULL };
        an_i_graphml_keep_extra_attributes(r, AN_DOMAIN_EDGE, edge, e, known);
    }
}

/* "edge 'e7'" or "edge from 'a' to 'b'" for a message about a pending edge. */
static void describe_edge(const reader *r, const pending_edge *p, char *out, size_t size)
{
    const an_network *n = r->network;
    const char *edge_id = n->edge_ids ? n->edge_ids[p->edge] : NULL;
    if (edge_id) {
        snprintf(out, size, "edge '%.200s'", edge_id);
    } else {
        const char *source = p->source ? p->source : n->node_ids[n->endpoints[2 * p->edge]];
        const char *target = p->target ? p->target : n->node_ids[n->endpoints[2 * p->edge + 1]];
        snprintf(out, size, "edge from '%.200s' to '%.200s'", source, target);
    }
}

/*
 * The node an endpoint named after its <edge> (or never) refers to. A node
 * never declared is added at the end, with a warning at the edge, as NetworkX
 * and igraph read such files; with options.strict it is AN_EFORMAT. -1 on
 * failure (recorded).
 */
static int64_t resolve_endpoint(reader *r, const pending_edge *p, const char *id, size_t length)
{
    int64_t v = find_node(r, id, length);
    if (v >= 0)
        return v;
    char edge[480];
    describe_edge(r, p, edge, sizeof edge);
    if (r->options.strict) {
        an_i_graphml_fail_at(r, AN_EFORMAT, p->line, p->column, "%s refers to unknown node '%.200s'", edge, id);
        return -1;
    }
    an_network *n = r->network;
    if (an_i_network_add_node_interned(n, id, length, &v) != AN_OK ||
        an_i_network_set_line(n, AN_DOMAIN_NODE, v, p->line) != AN_OK) {
        an_i_graphml_fail_nomem(r);
        return -1;
    }
    an_i_graphml_warn_at(r, p->line, p->column, "%s refers to undeclared node '%.200s'; the node was added",
                         edge, id);
    return v;
}

void an_i_graphml_finish_graph(reader *r)
{
    r->state = STATE_GRAPHML;
    an_network *n = r->network;
    for (int64_t i = 0; i < r->pending_edge_count && !r->status; i++) {
        pending_edge *p = &r->pending_edges[i];
        if (p->source) {
            int64_t s = resolve_endpoint(r, p, p->source, p->source_length);
            if (s < 0)
                return;
            n->endpoints[2 * p->edge] = s;
            p->source = NULL; /* resolved: messages name it by its node */
        }
        if (p->target) {
            int64_t t = resolve_endpoint(r, p, p->target, p->target_length);
            if (t < 0)
                return;
            n->endpoints[2 * p->edge + 1] = t;
        }
    }
    r->pending_edge_count = 0;
}
