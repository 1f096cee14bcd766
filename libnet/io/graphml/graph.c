/*
 * graphml/graph.c — the <graphml> root (its namespaces and attributes kept)
 * and the <graph> being read.
 *
 *  - edgedefault absent: undirected, with a warning, as NetworkX and igraph
 *    read it (GraphML's schema names directed as the default; the files that
 *    leave it out come from tools that meant undirected).
 *  - several top-level <graph>s: options.graph_index is read, the others are
 *    skipped with a warning; an index beyond the last graph is AN_ERANGE
 *    (load.c). No <graph> at all: AN_EFORMAT. <hyperedge>, or a <graph>
 *    in an edge or directly in a graph: AN_EUNSUPPORTED (callbacks.c); a
 *    <graph> in a node is a group, flattened (nesting.c).
 */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

int an_i_graphml_read_edgedefault(reader *r, const char *value, size_t length, int *directed)
{
    if (text_is(value, length, "directed")) {
        *directed = 1;
    } else if (text_is(value, length, "undirected")) {
        *directed = 0;
    } else {
        char shown[64];
        FAIL(r, AN_EFORMAT, "edgedefault='%s' is neither directed nor undirected",
             an_i_graphml_excerpt(shown, sizeof shown, value, length));
        return -1;
    }
    return 0;
}

void an_i_graphml_start_graph(reader *r, const element *e)
{
    int number = r->graph_count++;
    const char *id = NULL, *edgedefault = NULL;
    size_t id_length = 0, edgedefault_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        int rc = 0;
        if (attribute_is(e->attributes, i, r->names.id))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 0, &id, &id_length);
        else if (attribute_is(e->attributes, i, r->names.edgedefault))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 1, &edgedefault, &edgedefault_length);
        else
            extra = 1;
        if (rc)
            return;
    }
    if (number != r->options.graph_index) {
        char shown[64];
        WARN(r, "<graph> number %d%s%s%s is not read (graph_index is %d)", number,
             id ? " (id '" : "", id ? an_i_graphml_excerpt(shown, sizeof shown, id, id_length) : "",
             id ? "')" : "", r->options.graph_index);
        r->parent_state = r->state;
        r->state = STATE_SKIP;
        r->special_depth = r->depth;
        return;
    }
    int directed = 0; /* no edgedefault: undirected, as NetworkX and igraph read it */
    if (!edgedefault)
        WARN(r, "<graph> has no edgedefault; read as undirected, as NetworkX and igraph read it");
    else if (an_i_graphml_read_edgedefault(r, edgedefault, edgedefault_length, &directed))
        return;
    r->network->default_directed = directed;
    r->current_directed = directed;
    if (id) {
        free(r->network->graph_id);
        if (!(r->network->graph_id = an_i_graphml_copy_bytes(id, id_length))) {
            an_i_graphml_fail_nomem(r);
            return;
        }
    }
    r->row = 0;
    r->state = STATE_GRAPH;
    if (extra) {
        const xmlChar *known[] = { r->names.id, r->names.edgedefault, NULL };
        an_i_graphml_keep_extra_attributes(r, AN_DOMAIN_GRAPH, 0, e, known);
    }
    an_i_graphml_start_segment(r);
}

#define XSI_NAMESPACE "http://www.w3.org/2001/XMLSchema-instance"
#define STANDARD_SCHEMA "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

void an_i_graphml_start_root(reader *r, element_kind kind, const element *e, const xmlChar *uri)
{
    if (kind != KIND_GRAPHML) {
        if (uri)
            FAIL(r, AN_EFORMAT, "the root element is <%s%s%s> in namespace '%.200s', expected <graphml>",
                 e->prefix ? (const char *)e->prefix : "", e->prefix ? ":" : "",
                 (const char *)e->localname, (const char *)uri);
        else
            FAIL(r, AN_EFORMAT, "the root element is <%s%s%s>, expected <graphml>",
                 e->prefix ? (const char *)e->prefix : "", e->prefix ? ":" : "",
                 (const char *)e->localname);
        return;
    }
    text_buffer *b = &r->attrs;
    b->length = 0;
    /* The standard xsi declaration and schema location are what the writer adds itself:
     * keeping them would make the first load -> write -> load differ in this one field. */
    int standard_schema = -1;
    for (int i = 0; i < e->nb_attributes; i++) {
        const char *value = (const char *)ATTR_VALUE(e->attributes, i);
        size_t length = (size_t)(ATTR_END(e->attributes, i) - ATTR_VALUE(e->attributes, i));
        if (xmlStrEqual(ATTR_LOCAL(e->attributes, i), BAD_CAST "schemaLocation") &&
            xmlStrEqual(ATTR_PREFIX(e->attributes, i), BAD_CAST "xsi") && length == strlen(STANDARD_SCHEMA) &&
            memcmp(value, STANDARD_SCHEMA, length) == 0)
            standard_schema = i;
    }
    for (int i = 0; i < e->nb_namespaces; i++) {
        const xmlChar *prefix = e->namespaces[2 * i], *ns = e->namespaces[2 * i + 1];
        if (!prefix && ns && an_i_graphml_is_graphml_namespace(ns))
            continue; /* the writer declares the default namespace itself */
        if (standard_schema >= 0 && xmlStrEqual(prefix, BAD_CAST "xsi") && xmlStrEqual(ns, BAD_CAST XSI_NAMESPACE))
            continue;
        if (an_i_graphml_append_namespace(r, b, prefix, ns))
            return;
    }
    for (int i = 0; i < e->nb_attributes; i++)
        if (i != standard_schema && an_i_graphml_append_attribute(r, b, e->attributes, i))
            return;
    if (b->length) {
        free(r->network->root_attributes);
        if (!(r->network->root_attributes = an_i_graphml_copy_bytes(b->data, b->length))) {
            an_i_graphml_fail_nomem(r);
            return;
        }
    }
    r->root_ns_entries = r->ctxt->nsNr;
    r->state = STATE_GRAPHML;
}
