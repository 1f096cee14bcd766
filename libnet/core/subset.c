/*
 * subset.c — copy a subset of nodes and edges, with all their data, into a
 * new network. Every view (filter, ego, projection) and an_network_copy() are
 * built on this.
 */
#include "network_internal.h"
#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

void an_i_view_origin_free(an_i_view_origin *origin)
{
    if (!origin)
        return;
    free(origin->nodes);
    free(origin->edges);
    memset(origin, 0, sizeof *origin);
}

static const char *reintern(an_network *target, const char *text, int *failed)
{
    if (!text)
        return NULL;
    const char *copy = an_i_network_intern(target, text, strlen(text));
    if (!copy)
        *failed = 1;
    return copy;
}

static char *dup_or_null(const char *text, int *failed)
{
    if (!text)
        return NULL;
    char *copy = strdup(text);
    if (!copy)
        *failed = 1;
    return copy;
}

/* Copy the value at source slot `from` of `in` to target row `row` of `out`. */
static int copy_value(an_network *target, an_i_column *out, int64_t row, const an_i_column *in, int64_t from)
{
    int64_t slot = an_i_column_claim(out, row, NULL);
    if (slot < 0)
        return AN_ENOMEM;
    switch (in->type) {
    case AN_TYPE_BOOLEAN:
        out->data.booleans[slot] = in->data.booleans[from];
        break;
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        out->data.integers[slot] = in->data.integers[from];
        break;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        out->data.reals[slot] = in->data.reals[from];
        break;
    case AN_TYPE_STRING: {
        int failed = 0;
        out->data.strings[slot] = reintern(target, in->data.strings[from], &failed);
        if (failed)
            return AN_ENOMEM;
        break;
    }
    }
    return AN_OK;
}

/* Copy one column's declaration and the values of the kept rows.
 * `rows[i]` is the source row of target row i (`count` target rows);
 * `map[r]` the target row of source row r, -1 when dropped (NULL for the
 * graph's single row). The walk is over the kept rows or over the column's
 * values, whichever is shorter, so a sparse column costs its values. */
static int copy_column(an_network *target, an_domain domain, const an_i_column *in, const int64_t *rows,
                       int64_t count, const int64_t *map)
{
    int failed = 0, index;
    if (an_i_network_add_column(target, domain, in->name, in->type, in->key_id, &index) != AN_OK)
        return AN_ENOMEM;
    an_i_column *out = an_i_network_column(target, domain, index);
    out->key_for = in->key_for;
    out->is_markup = in->is_markup;
    out->has_default = in->has_default;
    out->role = in->role;
    out->key_attributes = dup_or_null(in->key_attributes, &failed);
    out->key_markup = dup_or_null(in->key_markup, &failed);
    out->default_value = in->default_value;
    if (in->type == AN_TYPE_STRING && in->has_default)
        out->default_value.string = reintern(target, in->default_value.string, &failed);
    if (failed)
        return AN_ENOMEM;
    if (!in->count)
        return AN_OK;
    if (!map || count <= an_i_column_slot_end(in)) {
        for (int64_t i = 0; i < count; i++) {
            int64_t from = an_i_column_slot(in, rows[i]);
            if (from >= 0 && copy_value(target, out, i, in, from) != AN_OK)
                return AN_ENOMEM;
        }
        return AN_OK;
    }
    for (int64_t from = 0, end = an_i_column_slot_end(in); from < end; from++) {
        int64_t r = an_i_column_slot_row(in, from);
        if (r >= 0 && map[r] >= 0 && copy_value(target, out, map[r], in, from) != AN_OK)
            return AN_ENOMEM;
    }
    return AN_OK;
}

int an_i_network_subset(an_network **out, const an_network *source, const unsigned char *keep_nodes,
                        const unsigned char *keep_edges, unsigned flags, an_i_view_origin *origin)
{
    *out = NULL;
    if (origin)
        memset(origin, 0, sizeof *origin);
    an_network *view = NULL;
    int64_t n = source->node_count, m = source->edge_count;
    int64_t *node_map = malloc((size_t)(n + 1) * sizeof *node_map);   /* source -> view, -1 dropped */
    int64_t *node_rows = malloc((size_t)(n + 1) * sizeof *node_rows); /* view -> source */
    int64_t *edge_map = malloc((size_t)(m + 1) * sizeof *edge_map);
    int64_t *edge_rows = malloc((size_t)(m + 1) * sizeof *edge_rows);
    int rc = AN_ENOMEM, failed = 0;
    if (!node_map || !node_rows || !edge_map || !edge_rows)
        goto done;
    if (an_network_new(&view, source->default_directed) != AN_OK)
        goto done;

    int64_t kept_nodes = 0, kept_edges = 0;
    for (int64_t v = 0; v < n; v++) {
        if (keep_nodes && !keep_nodes[v]) {
            node_map[v] = -1;
            continue;
        }
        node_map[v] = kept_nodes;
        node_rows[kept_nodes++] = v;
    }
    for (int64_t e = 0; e < m; e++) {
        edge_map[e] = -1;
        if (keep_edges && !keep_edges[e])
            continue;
        if (node_map[source->endpoints[2 * e]] < 0 || node_map[source->endpoints[2 * e + 1]] < 0)
            continue;
        edge_map[e] = kept_edges;
        edge_rows[kept_edges++] = e;
    }

    if (an_i_network_reserve_nodes(view, kept_nodes) != AN_OK ||
        an_i_network_reserve_edges(view, kept_edges) != AN_OK)
        goto done;
    for (int64_t i = 0; i < kept_nodes; i++) {
        const char *id = reintern(view, source->node_ids[node_rows[i]], &failed);
        if (failed || an_i_network_add_node_interned(view, id, strlen(id), NULL) != AN_OK)
            goto done;
    }
    for (int64_t j = 0; j < kept_edges; j++) {
        int64_t e = edge_rows[j];
        const char *id = source->edge_ids ? reintern(view, source->edge_ids[e], &failed) : NULL;
        if (failed || an_i_network_add_edge_unchecked(view, node_map[source->endpoints[2 * e]],
                                                      node_map[source->endpoints[2 * e + 1]],
                                                      an_i_edge_directed(source, e), id) != AN_OK)
            goto done;
    }
    view->graph_id = dup_or_null(source->graph_id, &failed);
    view->root_attributes = dup_or_null(source->root_attributes, &failed);
    view->source_name = dup_or_null(source->source_name, &failed);
    if (failed)
        goto done;
    for (int64_t i = 0; i < kept_nodes; i++) {
        long line = an_network_node_line(source, node_rows[i]);
        if (line > 0 && an_i_network_set_line(view, AN_DOMAIN_NODE, i, line) != AN_OK)
            goto done;
    }
    for (int64_t j = 0; j < kept_edges; j++) {
        long line = an_network_edge_line(source, edge_rows[j]);
        if (line > 0 && an_i_network_set_line(view, AN_DOMAIN_EDGE, j, line) != AN_OK)
            goto done;
    }

    static const int64_t graph_row = 0;
    for (int d = 0; d < 3; d++) {
        if (d == AN_DOMAIN_EDGE && (flags & AN_I_SUBSET_NO_EDGE_COLUMNS))
            continue;
        const an_i_column_set *set = &source->columns[d];
        const int64_t *rows = d == AN_DOMAIN_GRAPH ? &graph_row : d == AN_DOMAIN_NODE ? node_rows : edge_rows;
        int64_t count = d == AN_DOMAIN_GRAPH ? 1 : d == AN_DOMAIN_NODE ? kept_nodes : kept_edges;
        const int64_t *map = d == AN_DOMAIN_GRAPH ? NULL : d == AN_DOMAIN_NODE ? node_map : edge_map;
        for (int c = 0; c < set->count; c++)
            if (copy_column(view, (an_domain)d, &set->items[c], rows, count, map) != AN_OK)
                goto done;
    }

    for (int64_t i = 0; i < source->fragment_count; i++) {
        const an_i_fragment *f = &source->fragments[i];
        /* node and edge fragments, the extra start-tag attributes of nodes and edges
         * (AN_I_PLACE_ATTRIBUTES) and the nested graphs of group nodes follow their row
         * into the subset */
        int64_t row = f->row;
        if (AN_I_PLACE_IS_NODE_ROW(f->place))
            row = f->row >= 0 && f->row < n ? node_map[f->row] : -1;
        else if (f->place == AN_DOMAIN_EDGE || f->place == AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_EDGE) ||
                 f->place == AN_I_PLACE_EDGE_GRAPH)
            row = (flags & AN_I_SUBSET_NO_EDGE_COLUMNS) || f->row < 0 || f->row >= m ? -1 : edge_map[f->row];
        if (row < 0)
            continue;
        if (an_i_network_add_fragment(view, f->place, row, f->markup, strlen(f->markup)) != AN_OK)
            goto done;
    }
    for (int64_t i = 0; i < source->warning_count; i++)
        if (an_i_network_warn(view, "%s", source->warnings[i]) != AN_OK)
            goto done;

    if (origin) {
        origin->nodes = node_rows;
        origin->node_count = kept_nodes;
        origin->edges = edge_rows;
        origin->edge_count = kept_edges;
        node_rows = edge_rows = NULL;
    }
    *out = view;
    view = NULL;
    rc = AN_OK;
done:
    free(node_map);
    free(node_rows);
    free(edge_map);
    free(edge_rows);
    an_network_free(view);
    return rc == AN_OK ? AN_OK : AN_I_NOMEM();
}
