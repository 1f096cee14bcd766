/*
 * gexf_callbacks.c — libxml2's SAX2 callbacks: a small state machine with one element kind
 * per depth. An element opens: its kind is found (gexf_element_kinds.c) and it goes to the
 * file of its concern (gexf_graph.c, gexf_nodes_edges.c, gexf_owners.c); one outside GEXF's
 * namespaces, or not read, is skipped with everything inside it. Text is captured only for
 * <default> and the <meta> fields. A <!DOCTYPE> is refused before its internal subset is
 * read, so no entity can be declared (every reference other than the five predefined ones
 * and character references is an undefined entity, AN_EPARSE).
 */
#include "gexf_internal.h"
#include "value_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int push_kind(an_i_gexf_reader *r, an_i_gexf_element kind)
{
    if (r->depth >= r->kinds_capacity) {
        int64_t fresh = r->kinds_capacity ? r->kinds_capacity * 2 : 64;
        unsigned char *kinds = realloc(r->kinds, (size_t)fresh);
        if (!kinds)
            return an_i_gexf_fail_nomem(r);
        r->kinds = kinds;
        r->kinds_capacity = fresh;
    }
    r->kinds[r->depth] = (unsigned char)kind;
    return 0;
}

void an_i_gexf_skip_element(an_i_gexf_reader *r, const char *name, const char *why)
{
    if (why && !(r->warned_foreign & 1)) {
        r->warned_foreign |= 1;
        an_i_gexf_warn(r, "<%s> %s: skipped (the first of such elements; later ones are skipped "
                       "without a warning)", name, why);
    }
    r->skip_depth = r->depth;
}

static void on_start(void *context, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    (void)prefix, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
    an_i_gexf_reader *r = context;
    if (r->status)
        return;
    r->depth++;
    if (r->depth > r->options.max_depth) {
        an_i_gexf_fail(r, AN_ELIMIT, "elements nested deeper than max_depth (%lld)",
                       (long long)r->options.max_depth);
        return;
    }
    if (push_kind(r, AN_I_GEXF_ELEMENT_OTHER) || r->skip_depth)
        return;
    const char *name = (const char *)localname;
    if (r->depth == 1) {
        if (strcmp(name, "gexf") != 0) {
            an_i_gexf_fail(r, AN_EPARSE, "not a GEXF document: the root element is <%s>, not <gexf>", name);
            return;
        }
        if (!an_i_gexf_is_gexf_namespace(uri)) {
            an_i_gexf_warn(r, "unknown GEXF namespace '%s': read as GEXF 1.3", (const char *)uri);
            if (!(r->root_uri = strdup((const char *)uri))) {
                an_i_gexf_fail_nomem(r);
                return;
            }
        }
        r->seen_root = 1;
        r->kinds[r->depth] = AN_I_GEXF_ELEMENT_ROOT;
        return;
    }
    an_i_gexf_element parent = (an_i_gexf_element)r->kinds[r->depth - 1];
    if (an_i_gexf_is_viz_namespace(uri) &&
        (parent == AN_I_GEXF_ELEMENT_NODE || parent == AN_I_GEXF_ELEMENT_EDGE)) {
        r->kinds[r->depth] = AN_I_GEXF_ELEMENT_VIZ;
        an_i_gexf_start_viz(r, name, nb_attributes, attributes);
        return;
    }
    if (!an_i_gexf_is_gexf_namespace(uri) &&
        !(uri && r->root_uri && strcmp((const char *)uri, r->root_uri) == 0)) {
        an_i_gexf_skip_element(r, name, "is in another namespace");
        return;
    }
    an_i_gexf_element kind = an_i_gexf_child_kind(parent, name);
    if (kind == AN_I_GEXF_ELEMENT_GRAPH && r->seen_graph) {
        an_i_gexf_warn(r, "a second <graph>: skipped (GEXF has one graph per document)");
        r->skip_depth = r->depth;
        return;
    }
    r->kinds[r->depth] = (unsigned char)kind;
    switch (kind) {
    case AN_I_GEXF_ELEMENT_OTHER:
        if (strcmp(name, "options") != 0 && strcmp(name, "slices") != 0)
            an_i_gexf_skip_element(r, name, "is not read by actornet");
        else
            r->skip_depth = r->depth;
        break;
    case AN_I_GEXF_ELEMENT_META: {
        const char *date = AN_I_GEXF_ATTR("lastmodifieddate", 0);
        if (date)
            an_i_gexf_set_graph_text(r, "gexf_lastmodifieddate", date);
        break;
    }
    case AN_I_GEXF_ELEMENT_META_FIELD:
    case AN_I_GEXF_ELEMENT_DEFAULT:
        r->text.length = 0;
        an_i_strbuf_append(&r->text, "", 0); /* NUL-terminated even when empty */
        r->capturing = 1;
        break;
    case AN_I_GEXF_ELEMENT_GRAPH:
        r->seen_graph = 1;
        an_i_gexf_start_graph(r, nb_attributes, attributes);
        break;
    case AN_I_GEXF_ELEMENT_ATTRIBUTES: an_i_gexf_start_attributes(r, nb_attributes, attributes); break;
    case AN_I_GEXF_ELEMENT_ATTRIBUTE: an_i_gexf_start_attribute(r, nb_attributes, attributes); break;
    case AN_I_GEXF_ELEMENT_NODE: an_i_gexf_start_node(r, nb_attributes, attributes); break;
    case AN_I_GEXF_ELEMENT_EDGE: an_i_gexf_start_edge(r, nb_attributes, attributes); break;
    case AN_I_GEXF_ELEMENT_ATTVALUE:
        if (an_i_gexf_owner_top(r))
            an_i_gexf_start_attvalue(r, nb_attributes, attributes);
        break;
    case AN_I_GEXF_ELEMENT_SPELL: an_i_gexf_start_spell(r, nb_attributes, attributes); break;
    case AN_I_GEXF_ELEMENT_PARENT: {
        const char *parent_id = AN_I_GEXF_ATTR("for", 0);
        if (parent_id && an_i_gexf_owner_top(r) && an_i_gexf_owner_top(r)->domain == AN_DOMAIN_NODE)
            an_i_gexf_set_parent(r, an_i_gexf_owner_top(r)->row, parent_id);
        break;
    }
    default: break;
    }
}

static void on_end(void *context, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    (void)prefix, (void)uri;
    an_i_gexf_reader *r = context;
    if (r->status)
        return;
    if (r->skip_depth) {
        if (r->depth == r->skip_depth)
            r->skip_depth = 0;
        r->depth--;
        return;
    }
    an_i_gexf_element kind = (an_i_gexf_element)r->kinds[r->depth];
    switch (kind) {
    case AN_I_GEXF_ELEMENT_NODE:
    case AN_I_GEXF_ELEMENT_EDGE: an_i_gexf_end_owner(r); break;
    case AN_I_GEXF_ELEMENT_ATTRIBUTES: r->attributes_domain = -1; break;
    case AN_I_GEXF_ELEMENT_ATTVALUES:
        if (an_i_gexf_owner_top(r))
            an_i_gexf_flush_dynamic(r, an_i_gexf_owner_top(r)->domain, an_i_gexf_owner_top(r)->row);
        break;
    case AN_I_GEXF_ELEMENT_ATTRIBUTE: r->current_attribute = -1; break;
    case AN_I_GEXF_ELEMENT_DEFAULT:
        r->capturing = 0;
        if (r->current_attribute >= 0)
            an_i_gexf_set_default(r, r->text.data ? r->text.data : "", r->text.length);
        break;
    case AN_I_GEXF_ELEMENT_META_FIELD: {
        r->capturing = 0;
        char name[64];
        snprintf(name, sizeof name, "gexf_%s", (const char *)localname);
        if (an_i_find_column_quiet(r->network, AN_DOMAIN_GRAPH, name) < 0)
            an_i_gexf_set_graph_text(r, name, r->text.data ? r->text.data : "");
        break;
    }
    case AN_I_GEXF_ELEMENT_GRAPH: r->graph_done = 1; break;
    default: break;
    }
    r->depth--;
}

static void on_characters(void *context, const xmlChar *text, int length)
{
    an_i_gexf_reader *r = context;
    if (r->status || !r->capturing || r->skip_depth)
        return;
    if ((int64_t)(r->text.length + (size_t)length) > r->options.max_value_bytes) {
        an_i_gexf_fail(r, AN_ELIMIT, "a text value is longer than max_value_bytes (%lld)",
                       (long long)r->options.max_value_bytes);
        return;
    }
    an_i_strbuf_append(&r->text, (const char *)text, (size_t)length);
    if (r->text.failed)
        an_i_gexf_fail_nomem(r);
}

static void on_internal_subset(void *context, const xmlChar *name, const xmlChar *external_id,
                               const xmlChar *system_id)
{
    (void)name, (void)external_id, (void)system_id;
    an_i_gexf_reader *r = context;
    an_i_gexf_fail(r, AN_EUNSUPPORTED, "a document type declaration (<!DOCTYPE>) is refused: GEXF has "
                   "none, and it could declare entities");
}

static xmlEntityPtr on_get_entity(void *context, const xmlChar *name)
{
    (void)context;
    return xmlGetPredefinedEntity(name); /* nothing else is ever declared */
}

void an_i_gexf_sax_handler(xmlSAXHandler *out)
{
    memset(out, 0, sizeof *out);
    out->initialized = XML_SAX2_MAGIC;
    out->startElementNs = on_start;
    out->endElementNs = on_end;
    out->characters = on_characters;
    out->cdataBlock = on_characters;
    out->ignorableWhitespace = on_characters;
    out->internalSubset = on_internal_subset;
    out->getEntity = on_get_entity;
    out->serror = an_i_gexf_on_structured_error;
}
