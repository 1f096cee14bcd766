/*
 * graphml/kept_markup.c — what the model does not interpret, kept raw and
 * written back unchanged: elements serialized as they are read, and extra
 * attributes of graph/node/edge.
 *
 *  - foreign markup: a <data> with child elements gives a string column with
 *    is_markup = 1 whose values are the serialized inner markup (plain text
 *    values of such a column are stored escaped); other elements and <desc>
 *    directly in graphml/graph/node/edge are kept as fragments; namespace
 *    declarations and attributes of <graphml> other than the default GraphML
 *    namespace go to root_attributes; extra attributes of graph/node/edge go
 *    to AN_I_PLACE_ATTRIBUTES(domain) fragments (graphml_read.h). Fragments
 *    carry the namespace declarations they inherit from elements below the
 *    root. Comments and processing instructions are kept inside kept markup
 *    and dropped elsewhere.
 *  - <port> inside a node is kept raw as a node fragment; sourceport and
 *    targetport stay as extra attributes of the edge.
 */
#include "reader.h"

#include <string.h>

static int append_qname(reader *r, text_buffer *b, const xmlChar *prefix, const xmlChar *localname)
{
    if (prefix && (buffer_puts(r, b, (const char *)prefix) || buffer_append(r, b, ":", 1)))
        return -1;
    return buffer_puts(r, b, (const char *)localname);
}

int an_i_graphml_append_namespace(reader *r, text_buffer *b, const xmlChar *prefix, const xmlChar *uri)
{
    /* libxml2 passes a namespace URI with its references unresolved ("&#38;" for an
     * escaped '&'), as it does attribute values: resolve them before escaping, or
     * every write would escape the reference once more */
    const char *value = uri ? (const char *)uri : "";
    size_t length = strlen(value);
    if (memchr(value, '&', length) &&
        an_i_graphml_decode_attribute(r, value, length, &r->scratch[SCRATCH_SLOTS - 1], &value, &length))
        return -1;
    if (buffer_puts(r, b, " xmlns") ||
        (prefix && (buffer_append(r, b, ":", 1) || buffer_puts(r, b, (const char *)prefix))) ||
        buffer_append(r, b, "=\"", 2) || an_i_graphml_append_escaped(r, b, value, length, 1) ||
        buffer_append(r, b, "\"", 1))
        return -1;
    return 0;
}

int an_i_graphml_append_attribute(reader *r, text_buffer *b, const xmlChar **attributes, int i)
{
    const char *value;
    size_t length;
    if (an_i_graphml_attribute_value(r, attributes, i, SCRATCH_SLOTS - 1, &value, &length) ||
        buffer_append(r, b, " ", 1) ||
        append_qname(r, b, ATTR_PREFIX(attributes, i), ATTR_LOCAL(attributes, i)) ||
        buffer_append(r, b, "=\"", 2) || an_i_graphml_append_escaped(r, b, value, length, 1) ||
        buffer_append(r, b, "\"", 1))
        return -1;
    return 0;
}

static int same_prefix(const xmlChar *a, const xmlChar *b)
{
    return a == b || (a && b && strcmp((const char *)a, (const char *)b) == 0);
}

/*
 * Declarations of namespaces in scope from elements between the root and
 * this one (the root's own go to root_attributes), so that a kept fragment
 * stays well-formed on its own.
 */
static int append_inherited_namespaces(reader *r, text_buffer *b, const element *e)
{
    xmlParserCtxtPtr c = r->ctxt;
    int top = c->nsNr - 2 * e->nb_namespaces;
    for (int i = top - 2; i >= r->root_ns_entries && i >= 0; i -= 2) {
        const xmlChar *prefix = c->nsTab[i], *uri = c->nsTab[i + 1];
        int shadowed = 0;
        for (int j = i + 2; j < top && !shadowed; j += 2)
            shadowed = same_prefix(c->nsTab[j], prefix);
        for (int j = 0; j < e->nb_namespaces && !shadowed; j++)
            shadowed = same_prefix(e->namespaces[2 * j], prefix);
        if (!shadowed && an_i_graphml_append_namespace(r, b, prefix, uri))
            return -1;
    }
    return 0;
}

int an_i_graphml_serialize_start(reader *r, text_buffer *b, const element *e, int inherit)
{
    if (buffer_append(r, b, "<", 1) || append_qname(r, b, e->prefix, e->localname))
        return -1;
    if (inherit && append_inherited_namespaces(r, b, e))
        return -1;
    for (int i = 0; i < e->nb_namespaces; i++)
        if (an_i_graphml_append_namespace(r, b, e->namespaces[2 * i], e->namespaces[2 * i + 1]))
            return -1;
    for (int i = 0; i < e->nb_attributes; i++)
        if (an_i_graphml_append_attribute(r, b, e->attributes, i))
            return -1;
    if (buffer_append(r, b, ">", 1))
        return -1;
    r->last_open_buffer = b;
    r->last_open = b->length;
    return 0;
}

int an_i_graphml_serialize_end(reader *r, text_buffer *b, const xmlChar *localname, const xmlChar *prefix)
{
    int rc;
    if (r->last_open_buffer == b && r->last_open == b->length) {
        b->length--; /* <x ...></x> -> <x .../> */
        rc = buffer_append(r, b, "/>", 2);
    } else {
        rc = buffer_append(r, b, "</", 2) || append_qname(r, b, prefix, localname) ||
             buffer_append(r, b, ">", 1);
    }
    r->last_open_buffer = NULL;
    return rc ? -1 : 0;
}

/* Start keeping the current element (and everything inside it) raw. */
void an_i_graphml_begin_capture(reader *r, capture_target target, int place, int64_t row, const element *e)
{
    r->capture.length = 0;
    r->capture_target = target;
    r->capture_place = place;
    r->capture_row = row;
    r->parent_state = r->state;
    r->state = STATE_CAPTURE;
    r->special_depth = r->depth;
    an_i_graphml_serialize_start(r, &r->capture, e, 1);
}

void an_i_graphml_finish_capture(reader *r)
{
    r->state = r->parent_state;
    if (r->capture_target == CAPTURE_KEY_MARKUP) {
        buffer_append(r, &r->key_markup, r->capture.data, r->capture.length);
        return;
    }
    if (an_i_network_add_fragment(r->network, r->capture_place, r->capture_row, r->capture.data,
                                  r->capture.length) != AN_OK)
        an_i_graphml_fail_nomem(r);
}

/* Keep the attributes (and namespace declarations) of an element, but those
 * in `known` (dictionary names, NULL-terminated), as a fragment of `place`
 * and `row`: an attribute list written back inside a start tag. */
void an_i_graphml_keep_attributes_at(reader *r, int place, int64_t row, const element *e,
                                     const xmlChar *const *known)
{
    text_buffer *b = &r->attrs;
    b->length = 0;
    for (int i = 0; i < e->nb_namespaces; i++)
        if (an_i_graphml_append_namespace(r, b, e->namespaces[2 * i], e->namespaces[2 * i + 1]))
            return;
    for (int i = 0; i < e->nb_attributes; i++) {
        int is_known = 0;
        for (int k = 0; known[k] && !is_known; k++)
            is_known = attribute_is(e->attributes, i, known[k]);
        if (!is_known && an_i_graphml_append_attribute(r, b, e->attributes, i))
            return;
    }
    if (b->length && an_i_network_add_fragment(r->network, place, row, b->data, b->length) != AN_OK)
        an_i_graphml_fail_nomem(r);
}

/* The attributes of a graph, node or edge that the model does not
 * interpret, as an AN_I_PLACE_ATTRIBUTES fragment. */
void an_i_graphml_keep_extra_attributes(reader *r, int domain, int64_t row, const element *e,
                                        const xmlChar *const *known)
{
    an_i_graphml_keep_attributes_at(r, AN_I_PLACE_ATTRIBUTES(domain), row, e, known);
}
