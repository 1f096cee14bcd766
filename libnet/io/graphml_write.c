/*
 * graphml_write.c — the network as GraphML: every column as a typed <key>,
 * ids, per-edge direction, defaults, graph data and foreign markup kept.
 *
 * Document layout (deterministic: same network, same bytes):
 *
 *   <?xml version="1.0" encoding="UTF-8"?>
 *   <graphml xmlns=GraphML xmlns:xsi=... xsi:schemaLocation=... ROOT_ATTRIBUTES>
 *     <desc> fragments of the document, if any
 *     <key> per column, in an order that reads back as each domain's column
 *     order (an_i_gw_put_keys()); then the kept raw <key>s (AN_I_PLACE_KEYS)
 *     <graph [id] edgedefault EXTRA>        (EXTRA: kept attributes, AN_I_PLACE_ATTRIBUTES)
 *       graph <desc> fragments, graph <data>, other graph fragments
 *       <node id EXTRA> <desc> fragments, <data> of set values, other fragments </node>
 *       <edge [id] source target [directed] EXTRA> likewise </edge>
 *     </graph>
 *     other document fragments (e.g. yEd's <data> for graphml)
 *   </graphml>
 *
 * Decisions:
 * - Key ids: a column's key_id is kept when it is a usable, unique id;
 *   columns read from one for="all" key (same id, name, type, default and
 *   extra markup in all three domains) share one <key for="all">; a group
 *   that no longer spans all three domains keeps the id in its first domain
 *   only (for="all" would make the reader add empty columns). Everything
 *   else gets d0, d1, ... skipping every id in use, including the ids of kept
 *   raw <key> fragments. The model's ids are never changed.
 * - attr.type is the column's type exactly (int stays int, long stays long).
 *   Markup columns (is_markup: yEd's <y:ShapeNode> and the like) carry no
 *   attr.type, as yEd writes them (attr.type="string" would tell NetworkX to
 *   read structured XML as text), and attr.name only when it differs from the
 *   key id (the reader names such a column after its key id).
 * - Extra attributes kept from the input (root_attributes, key_attributes)
 *   are written verbatim, minus any attribute this writer writes itself, so
 *   no attribute is ever duplicated.
 * - Only set values get a <data>; values that are absent read back as the
 *   <default> (when declared) or as missing.
 * - `directed` is written on an edge only where it differs from edgedefault.
 * - Text that XML 1.0 cannot represent (U+0001..U+001F other than TAB, LF,
 *   CR; U+FFFE; U+FFFF; invalid UTF-8) is refused with AN_EINVAL naming the
 *   node or edge and the column — never written as a broken document.
 * - Markup values and fragments are written verbatim (they are XML already).
 */
#include "actornet/graphml.h"

#include "error_internal.h"
#include "graphml_read.h"
#include "graphml_write_internal.h"
#include "network_internal.h"
#include "number_format.h"
#include "output_sink.h"
#include "row_index.h"
#include "xml_escape.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GRAPHML_NAMESPACE "http://graphml.graphdrawing.org/xmlns"
#define XSI_NAMESPACE "http://www.w3.org/2001/XMLSchema-instance"
#define GRAPHML_SCHEMA GRAPHML_NAMESPACE " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

const char *const an_i_gw_domain_names[3] = {"graph", "node", "edge"};

/* A printable, bounded copy of a name that may itself hold the bad character. */
const char *an_i_gw_printable(const char *text, char *scratch, size_t size)
{
    size_t i = 0;
    for (; text[i] && i + 4 < size; i++)
        scratch[i] = (unsigned char)text[i] < 0x20 ? '?' : text[i];
    if (text[i]) {
        while (i > 0 && ((unsigned char)text[i] & 0xC0) == 0x80)
            i--; /* do not cut a UTF-8 sequence */
        memcpy(scratch + i, "...", 3);
        i += 3;
    }
    scratch[i] = '\0';
    return scratch;
}

/* Record the refusal of `text` (bad at byte `bad`), described as `what`. */
int an_i_gw_refuse(const char *what, const char *text, size_t bad)
{
    char description[64];
    an_i_xml_describe_bad(description, sizeof description, text, strlen(text), bad);
    return an_i_error(AN_EINVAL, "cannot write GraphML: %s contains %s at byte %zu, which XML 1.0 "
                      "cannot represent", what, description, bad);
}

/* Describe row `row` of `domain` for an error message. */
static void describe_row(const writer *w, int domain, int64_t row, char *out, size_t size)
{
    char a[64], b[64];
    const an_network *network = w->network;
    if (domain == AN_DOMAIN_GRAPH)
        snprintf(out, size, "the graph");
    else if (domain == AN_DOMAIN_NODE)
        snprintf(out, size, "node '%s'", an_i_gw_printable(network->node_ids[row], a, sizeof a));
    else
        snprintf(out, size, "edge %" PRId64 " ('%s' -> '%s')", row,
                 an_i_gw_printable(network->node_ids[network->endpoints[2 * row]], a, sizeof a),
                 an_i_gw_printable(network->node_ids[network->endpoints[2 * row + 1]], b, sizeof b));
}

/* Escaped attribute text; on refusal record an error about `what`. */
int an_i_gw_put_attribute_text(writer *w, const char *text, const char *what)
{
    size_t bad;
    if (an_i_xml_write_escaped(w->sink, text, strlen(text), 1, &bad) == AN_OK)
        return AN_OK;
    return an_i_gw_refuse(what, text, bad);
}

const char *an_i_gw_type_name(an_type type)
{
    const char *name = an_type_name(type);
    return name ? name : "string";
}

/* ---- values -------------------------------------------------------------- */

/*
 * Write one value of a column (its stored value or its default, see
 * an_i_column_read). AN_OK, or AN_EINVAL with *bad set (a string XML cannot
 * hold).
 */
int an_i_gw_put_value(writer *w, const an_i_column *c, const an_i_value *value, size_t *bad)
{
    char *room;
    switch (c->type) {
    case AN_TYPE_BOOLEAN: {
        if (value->integer)
            PUT(w->sink, "true");
        else
            PUT(w->sink, "false");
        return AN_OK;
    }
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        room = an_i_sink_reserve(w->sink, AN_I_NUMBER_BUFFER);
        an_i_sink_advance(w->sink, an_i_format_integer(room, value->integer));
        return AN_OK;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        room = an_i_sink_reserve(w->sink, AN_I_NUMBER_BUFFER);
        an_i_sink_advance(w->sink, an_i_format_double(room, value->real));
        return AN_OK;
    case AN_TYPE_STRING: {
        const char *text = value->string;
        if (!text)
            text = "";
        if (c->is_markup) {
            an_i_sink_puts(w->sink, text);
            return AN_OK;
        }
        return an_i_xml_write_escaped_string(w->sink, text, 0, bad);
    }
    }
    return AN_OK;
}

/* The next column of `walk`'s row that has a <data> (nesting columns are
 * structure, not data), or -1. */
static int next_written(writer *w, an_domain domain, an_i_row_walk *walk)
{
    const an_i_column_set *set = &w->network->columns[domain];
    int k;
    while ((k = an_i_row_walk_next(walk)) >= 0 && set->items[k].role != AN_I_ROLE_DATA)
        ;
    return k;
}

/* Whether `domain` row `row` has any <data>. */
static int has_data(writer *w, an_domain domain, int64_t row)
{
    an_i_row_walk walk;
    an_i_row_walk_start(&walk, &w->columns[domain], row);
    return next_written(w, domain, &walk) >= 0;
}

/* <data> of every set value of `domain` row `row`. */
static int put_data(writer *w, an_domain domain, int64_t row, int level)
{
    const an_i_column_set *set = &w->network->columns[domain];
    an_i_row_walk walk;
    an_i_row_walk_start(&walk, &w->columns[domain], row);
    for (int k; (k = next_written(w, domain, &walk)) >= 0;) {
        const an_i_column *c = &set->items[k];
        an_i_value value;
        an_i_column_read(c, row, &value);
        const key_plan *plan = &w->plans[domain][k];
        an_i_gw_line(w, level);
        an_i_sink_write(w->sink, plan->data_open, plan->data_open_length);
        size_t bad;
        if (an_i_gw_put_value(w, c, &value, &bad) != AN_OK) {
            char owner[200], what[400], name[80];
            describe_row(w, domain, row, owner, sizeof owner);
            snprintf(what, sizeof what, "the value of %s in column '%s'", owner,
                     an_i_gw_printable(c->name, name, sizeof name));
            return an_i_gw_refuse(what, value.string, bad);
        }
        PUT(w->sink, "</data>");
    }
    return AN_OK;
}

/* ---- fragments ----------------------------------------------------------- */

/* Stable ordering by row, keeping input order within a row (merge sort). */
static void sort_by_row(const an_network *network, int64_t *order, int64_t *scratch, int64_t count)
{
    if (count < 2)
        return;
    int64_t half = count / 2;
    sort_by_row(network, order, scratch, half);
    sort_by_row(network, order + half, scratch, count - half);
    int64_t i = 0, j = half, k = 0;
    while (i < half && j < count) {
        if (network->fragments[order[j]].row < network->fragments[order[i]].row)
            scratch[k++] = order[j++];
        else
            scratch[k++] = order[i++];
    }
    while (i < half)
        scratch[k++] = order[i++];
    while (j < count)
        scratch[k++] = order[j++];
    memcpy(order, scratch, (size_t)count * sizeof *order);
}

static int index_fragments(writer *w)
{
    const an_network *network = w->network;
    if (network->fragment_count == 0)
        return AN_OK;
    int64_t counts[PLACES] = {0};
    for (int64_t f = 0; f < network->fragment_count; f++) {
        int place = network->fragments[f].place;
        if (place >= 0 && place < PLACES)
            counts[place]++;
    }
    int64_t *scratch = malloc((size_t)network->fragment_count * sizeof *scratch);
    if (!scratch)
        return AN_I_NOMEM();
    for (int p = 0; p < PLACES; p++) {
        if (!counts[p])
            continue;
        w->fragments[p].order = malloc((size_t)counts[p] * sizeof(int64_t));
        if (!w->fragments[p].order) {
            free(scratch);
            return AN_I_NOMEM();
        }
    }
    for (int64_t f = 0; f < network->fragment_count; f++) {
        int place = network->fragments[f].place;
        if (place >= 0 && place < PLACES)
            w->fragments[place].order[w->fragments[place].count++] = f;
    }
    for (int p = 0; p < PLACES; p++)
        sort_by_row(network, w->fragments[p].order, scratch, w->fragments[p].count);
    free(scratch);
    return AN_OK;
}

/*
 * Write the fragments of `place` for `row`: the <desc> ones when `descs` is
 * set, the others otherwise (GraphML wants <desc> first in every element).
 * Returns whether any exist for the row (whatever `descs`).
 */
static int put_fragments(writer *w, int place, int64_t row, int level, int descs)
{
    fragment_list *list = &w->fragments[place];
    const an_network *network = w->network;
    /* Skip rows before this one (rows that no longer exist, or were passed). */
    while (list->cursor < list->count && network->fragments[list->order[list->cursor]].row < row)
        list->cursor++;
    int64_t i = list->cursor;
    int any = 0;
    for (; i < list->count && network->fragments[list->order[i]].row == row; i++) {
        const char *markup = network->fragments[list->order[i]].markup;
        any = 1;
        if (an_i_xml_starts_with_element(markup, "desc") != descs)
            continue;
        an_i_gw_line(w, level);
        an_i_sink_puts(w->sink, markup);
    }
    if (!descs)
        list->cursor = i; /* the second pass consumes the row */
    return any;
}

static int has_fragments(writer *w, int place, int64_t row)
{
    fragment_list *list = &w->fragments[place];
    const an_network *network = w->network;
    while (list->cursor < list->count && network->fragments[list->order[list->cursor]].row < row)
        list->cursor++;
    return list->cursor < list->count && network->fragments[list->order[list->cursor]].row == row;
}


/* Kept start-tag attributes of `place` (an attribute-list place) for `row`, minus ours. */
static void put_attribute_fragments_at(writer *w, int place, int64_t row, const char *const *skip)
{
    fragment_list *list = &w->fragments[place];
    if (list->count == 0)
        return;
    const an_network *network = w->network;
    while (list->cursor < list->count && network->fragments[list->order[list->cursor]].row < row)
        list->cursor++;
    for (; list->cursor < list->count && network->fragments[list->order[list->cursor]].row == row;
         list->cursor++)
        an_i_gw_put_raw_attributes(w, network->fragments[list->order[list->cursor]].markup, skip);
}

/* Extra attributes of the graph/node/edge start tag (AN_I_PLACE_ATTRIBUTES), minus ours. */
static void put_attribute_fragments(writer *w, an_domain domain, int64_t row, const char *const *skip)
{
    put_attribute_fragments_at(w, AN_I_PLACE_ATTRIBUTES(domain), row, skip);
}

/* ---- nodes and edges -------------------------------------------------------- */

static int put_nested_graph(writer *w, int64_t group, int level);

/* In a nesting, rows are not written in model order: put the cursor of
 * `place` at the first fragment of `row` (binary search). */
static void seek_fragments(writer *w, int place, int64_t row)
{
    fragment_list *list = &w->fragments[place];
    int64_t low = 0, high = list->count;
    while (low < high) {
        int64_t middle = low + (high - low) / 2;
        if (w->network->fragments[list->order[middle]].row < row)
            low = middle + 1;
        else
            high = middle;
    }
    list->cursor = low;
}

/* What stands inside a node's or edge's element (at level + 1): the kept foreign
 * markup that came before its <data> in the input, the <data>, then the rest of the markup. */
static int put_children(writer *w, an_domain domain, int64_t row, int level, int fragments)
{
    if (fragments) {
        int64_t start = w->fragments[domain].cursor;
        put_fragments(w, domain, row, level + 1, 1);
        w->fragments[domain].cursor = start;
    }
    int rc = put_data(w, domain, row, level + 1);
    if (rc == AN_OK && fragments)
        put_fragments(w, domain, row, level + 1, 0);
    return rc;
}

static int put_node(writer *w, int64_t v, int level)
{
    const an_network *network = w->network;
    an_i_sink *sink = w->sink;
    char scratch[80];
    int rc;
    if (w->nesting.active) {
        seek_fragments(w, AN_DOMAIN_NODE, v);
        seek_fragments(w, AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_NODE), v);
    }
    const char *id = network->node_ids[v];
    an_i_gw_line(w, level);
    PUT(sink, "<node id=\"");
    size_t bad;
    if (an_i_xml_write_escaped_string(sink, id, 1, &bad) != AN_OK) {
        char what[120];
        snprintf(what, sizeof what, "the id of node %" PRId64 " ('%s')", v,
                 an_i_gw_printable(id, scratch, sizeof scratch));
        return an_i_gw_refuse(what, id, bad);
    }
    PUT(sink, "\"");
    static const char *const node_skip[] = {"id", NULL};
    put_attribute_fragments(w, AN_DOMAIN_NODE, v, node_skip);
    int fragments = has_fragments(w, AN_DOMAIN_NODE, v);
    int any_data = has_data(w, AN_DOMAIN_NODE, v);
    int group = w->nesting.active && w->nesting.is_group[v];
    if (!fragments && !any_data && !group) {
        PUT(sink, "/>");
        return AN_OK;
    }
    PUT(sink, ">");
    if ((rc = put_children(w, AN_DOMAIN_NODE, v, level, fragments)) != AN_OK)
        return rc;
    if (group && (rc = put_nested_graph(w, v, level + 1)) != AN_OK)
        return rc;
    an_i_gw_line(w, level);
    PUT(sink, "</node>");
    return AN_OK;
}

/* `nested`: inside a group's graph, whose edgedefault may differ: direction always written. */
static int put_edge(writer *w, int64_t e, int level, int nested)
{
    const an_network *network = w->network;
    an_i_sink *sink = w->sink;
    int rc;
    if (w->nesting.active) {
        seek_fragments(w, AN_DOMAIN_EDGE, e);
        seek_fragments(w, AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_EDGE), e);
    }
    an_i_gw_line(w, level);
    PUT(sink, "<edge");
    const char *edge_id = network->edge_ids ? network->edge_ids[e] : NULL;
    if (edge_id) {
        PUT(sink, " id=\"");
        size_t bad;
        if (an_i_xml_write_escaped_string(sink, edge_id, 1, &bad) != AN_OK) {
            char owner[200], what[240];
            describe_row(w, AN_DOMAIN_EDGE, e, owner, sizeof owner);
            snprintf(what, sizeof what, "the id of %s", owner);
            return an_i_gw_refuse(what, edge_id, bad);
        }
        PUT(sink, "\"");
    }
    PUT(sink, " source=\"");
    /* Node ids were checked above. */
    const char *source = network->node_ids[network->endpoints[2 * e]];
    const char *target = network->node_ids[network->endpoints[2 * e + 1]];
    an_i_xml_write_escaped_string(sink, source, 1, NULL);
    PUT(sink, "\" target=\"");
    an_i_xml_write_escaped_string(sink, target, 1, NULL);
    int directed = an_i_edge_directed(network, e);
    if (nested || directed != (network->default_directed != 0)) {
        if (directed)
            PUT(sink, "\" directed=\"true");
        else
            PUT(sink, "\" directed=\"false");
    }
    PUT(sink, "\"");
    static const char *const edge_skip[] = {"id", "source", "target", "directed", NULL};
    put_attribute_fragments(w, AN_DOMAIN_EDGE, e, edge_skip);
    int fragments = has_fragments(w, AN_DOMAIN_EDGE, e);
    int any_data = has_data(w, AN_DOMAIN_EDGE, e);
    if (!fragments && !any_data) {
        PUT(sink, "/>");
        return AN_OK;
    }
    PUT(sink, ">");
    if ((rc = put_children(w, AN_DOMAIN_EDGE, e, level, fragments)) != AN_OK)
        return rc;
    an_i_gw_line(w, level);
    PUT(sink, "</edge>");
    return AN_OK;
}

/* The nodes, then the edges, of the top-level graph (group -1) or of a group's graph. */
static int put_members(writer *w, int64_t group, int level)
{
    const an_network *network = w->network;
    int rc;
    if (!w->nesting.active) {
        for (int64_t v = 0; v < network->node_count; v++)
            if (((v & 4095) == 0 && an_i_sink_failed(w->sink)) || (rc = put_node(w, v, level)) != AN_OK)
                return an_i_sink_failed(w->sink) ? w->sink->status : rc;
        for (int64_t e = 0; e < network->edge_count; e++)
            if (((e & 4095) == 0 && an_i_sink_failed(w->sink)) || (rc = put_edge(w, e, level, 0)) != AN_OK)
                return an_i_sink_failed(w->sink) ? w->sink->status : rc;
        return AN_OK;
    }
    int64_t slot = group >= 0 ? group : network->node_count;
    for (int64_t v = w->nesting.first_child[slot]; v >= 0; v = w->nesting.next_sibling[v])
        if ((rc = put_node(w, v, level)) != AN_OK)
            return rc;
    for (int64_t e = w->nesting.first_edge[slot]; e >= 0; e = w->nesting.next_edge[e])
        if ((rc = put_edge(w, e, level, group >= 0)) != AN_OK)
            return rc;
    return an_i_sink_failed(w->sink) ? w->sink->status : AN_OK;
}

/* A group node's <graph>: its kept attributes and markup, then its members. */
static int put_nested_graph(writer *w, int64_t group, int level)
{
    static const char *const no_skip[] = {NULL};
    seek_fragments(w, AN_I_PLACE_SUBGRAPH_ATTRIBUTES, group);
    seek_fragments(w, AN_I_PLACE_SUBGRAPH_CONTENT, group);
    an_i_gw_line(w, level);
    PUT(w->sink, "<graph");
    put_attribute_fragments_at(w, AN_I_PLACE_SUBGRAPH_ATTRIBUTES, group, no_skip);
    PUT(w->sink, ">");
    put_fragments(w, AN_I_PLACE_SUBGRAPH_CONTENT, group, level + 1, 1);
    seek_fragments(w, AN_I_PLACE_SUBGRAPH_CONTENT, group);
    put_fragments(w, AN_I_PLACE_SUBGRAPH_CONTENT, group, level + 1, 0);
    int rc = put_members(w, group, level + 1);
    if (rc != AN_OK)
        return rc;
    an_i_gw_line(w, level);
    PUT(w->sink, "</graph>");
    return AN_OK;
}

/* ---- the document ---------------------------------------------------------- */

static int put_document(writer *w)
{
    const an_network *network = w->network;
    an_i_sink *sink = w->sink;
    int rc;

    PUT(sink, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml");
    const char *root = network->root_attributes;
    if (!an_i_xml_has_attribute(root, "xmlns"))
        PUT(sink, " xmlns=\"" GRAPHML_NAMESPACE "\"");
    if (!an_i_xml_has_local_attribute(root, "schemaLocation")) {
        if (!an_i_xml_has_attribute(root, "xmlns:xsi"))
            PUT(sink, " xmlns:xsi=\"" XSI_NAMESPACE "\"");
        PUT(sink, " xsi:schemaLocation=\"" GRAPHML_SCHEMA "\"");
    }
    static const char *const no_skip[] = {NULL};
    an_i_gw_put_raw_attributes(w, root, no_skip);
    PUT(sink, ">");

    put_fragments(w, AN_I_PLACE_DOCUMENT, 0, 1, 1);
    put_fragments(w, AN_I_PLACE_KEYS, 0, 1, 1);
    if ((rc = an_i_gw_put_keys(w)) != AN_OK)
        return rc;
    w->fragments[AN_I_PLACE_KEYS].cursor = 0;
    put_fragments(w, AN_I_PLACE_KEYS, 0, 1, 0);

    an_i_gw_line(w, 1);
    PUT(sink, "<graph");
    if (network->graph_id) {
        PUT(sink, " id=\"");
        if ((rc = an_i_gw_put_attribute_text(w, network->graph_id, "the graph id")) != AN_OK)
            return rc;
        PUT(sink, "\"");
    }
    if (network->default_directed)
        PUT(sink, " edgedefault=\"directed\"");
    else
        PUT(sink, " edgedefault=\"undirected\"");
    static const char *const graph_skip[] = {"id", "edgedefault", "parse.nodes", "parse.edges", "parse.nodeids",
                                             "parse.edgeids", "parse.order", "parse.maxindegree",
                                             "parse.maxoutdegree", NULL};
    an_i_gw_put_parse_hints(w); /* computed for what is written (graphml_parse_hints.c) */
    put_attribute_fragments(w, AN_DOMAIN_GRAPH, 0, graph_skip);
    PUT(sink, ">");

    put_fragments(w, AN_DOMAIN_GRAPH, 0, 2, 1);
    if ((rc = put_data(w, AN_DOMAIN_GRAPH, 0, 2)) != AN_OK)
        return rc;
    w->fragments[AN_DOMAIN_GRAPH].cursor = 0;
    put_fragments(w, AN_DOMAIN_GRAPH, 0, 2, 0);

    if ((rc = put_members(w, -1, 2)) != AN_OK)
        return rc;
    an_i_gw_line(w, 1);
    PUT(sink, "</graph>");
    w->fragments[AN_I_PLACE_DOCUMENT].cursor = 0;
    put_fragments(w, AN_I_PLACE_DOCUMENT, 0, 1, 0);
    PUT(sink, "\n</graphml>\n");
    return sink->status;
}

static void writer_free(writer *w)
{
    for (int d = 0; d < 3; d++) {
        if (!w->plans[d])
            continue;
        for (int k = 0; k < w->network->columns[d].count; k++)
            free(w->plans[d][k].data_open);
        free(w->plans[d]);
    }
    for (int p = 0; p < PLACES; p++)
        free(w->fragments[p].order);
    an_i_nesting_plan_free(&w->nesting);
    for (int d = 0; d < 3; d++)
        an_i_row_index_free(&w->columns[d]);
}

/* Write the network into an open sink (an_i_sink_run commits or aborts it). */
static int write_graphml(an_i_sink *sink, const void *network_pointer, const void *options_pointer)
{
    const an_network *network = network_pointer;
    const an_graphml_write_options *options = options_pointer;
    writer w;
    memset(&w, 0, sizeof w);
    w.network = network;
    w.sink = sink;
    w.indent = options ? options->indent != 0 : 1;
    int rc = index_fragments(&w);
    for (int d = 0; d < 3 && rc == AN_OK; d++)
        if (an_i_row_index_build(&w.columns[d], network, (an_domain)d) != AN_OK)
            rc = AN_I_NOMEM();
    if (rc == AN_OK)
        rc = an_i_nesting_plan_build(&w.nesting, network);
    if (rc == AN_OK)
        rc = an_i_gw_plan_keys(&w);
    if (rc == AN_OK)
        rc = put_document(&w);
    writer_free(&w);
    return rc;
}

static int check_options(const void *options_pointer)
{
    const an_graphml_write_options *options = options_pointer;
    if (options && options->version != AN_GRAPHML_WRITE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_graphml_write_options has version %u, expected %d",
                          options->version, AN_GRAPHML_WRITE_OPTIONS_VERSION);
    return AN_OK;
}

static const an_i_writer graphml_writer_frame = { check_options, write_graphml };

int an_network_save_graphml(const an_network *network, const char *path,
                            const an_graphml_write_options *options)
{
    return an_i_sink_run(&graphml_writer_frame, AN_I_SINK_FILE, network, options, path, NULL, NULL);
}

int an_network_graphml_to_buffer(char **out, size_t *out_size, const an_network *network,
                                 const an_graphml_write_options *options)
{
    return an_i_sink_run(&graphml_writer_frame, AN_I_SINK_BUFFER, network, options, NULL, out, out_size);
}
