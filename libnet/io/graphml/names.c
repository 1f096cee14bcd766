/*
 * graphml/names.c — which element a start tag is: GraphML's namespace (or
 * none) against foreign ones, and names compared by pointer with names
 * interned once in the parser's dictionary.
 *
 *  - elements match on local name in the GraphML namespace or in none, so
 *    prefixed (g:graphml) and namespace-less files load.
 */
#include "reader.h"

#include <libxml/dict.h>

#include <string.h>

#define GRAPHML_NAMESPACE "http://graphml.graphdrawing.org/xmlns"

const char *const an_i_graphml_domain_names[3] = { "graph", "node", "edge" };

/* ---- names -------------------------------------------------------------- */

int an_i_graphml_is_graphml_namespace(const xmlChar *uri)
{
    size_t n = sizeof GRAPHML_NAMESPACE - 1;
    return strncmp((const char *)uri, GRAPHML_NAMESPACE, n) == 0 && (uri[n] == '\0' || uri[n] == '/');
}

static element_kind classify_text(const xmlChar *name)
{
    static const struct { const char *name; element_kind kind; } known[] = {
        { "graphml", KIND_GRAPHML }, { "key", KIND_KEY }, { "default", KIND_DEFAULT },
        { "desc", KIND_DESC }, { "graph", KIND_GRAPH }, { "node", KIND_NODE },
        { "edge", KIND_EDGE }, { "data", KIND_DATA }, { "port", KIND_PORT },
        { "hyperedge", KIND_HYPEREDGE }, { "endpoint", KIND_ENDPOINT }, { "locator", KIND_LOCATOR },
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp((const char *)name, known[i].name) == 0)
            return known[i].kind;
    return KIND_UNKNOWN;
}

element_kind an_i_graphml_classify(reader *r, const xmlChar *localname, const xmlChar *prefix,
                                   const xmlChar *uri)
{
    if (uri) {
        if (uri != r->graphml_uri) {
            if (uri == r->foreign_uri)
                return KIND_FOREIGN;
            if (!an_i_graphml_is_graphml_namespace(uri)) {
                r->foreign_uri = uri;
                return KIND_FOREIGN;
            }
            r->graphml_uri = uri;
        }
    } else if (prefix) {
        return KIND_FOREIGN; /* undeclared prefix (libxml2 warned) */
    }
    const dict_names *n = &r->names;
    if (localname == n->node) return KIND_NODE;
    if (localname == n->edge) return KIND_EDGE;
    if (localname == n->data) return KIND_DATA;
    if (localname == n->key) return KIND_KEY;
    if (localname == n->graph) return KIND_GRAPH;
    if (localname == n->default_value) return KIND_DEFAULT;
    if (localname == n->desc) return KIND_DESC;
    if (localname == n->port) return KIND_PORT;
    if (localname == n->hyperedge) return KIND_HYPEREDGE;
    if (localname == n->graphml) return KIND_GRAPHML;
    return classify_text(localname); /* names not from the dictionary */
}

void an_i_graphml_setup_names(reader *r)
{
    xmlDictPtr d = r->ctxt->dict;
#define NAME(field, text) r->names.field = xmlDictLookup(d, BAD_CAST text, -1)
    NAME(graphml, "graphml"); NAME(key, "key"); NAME(default_value, "default");
    NAME(desc, "desc"); NAME(graph, "graph"); NAME(node, "node"); NAME(edge, "edge");
    NAME(data, "data"); NAME(port, "port"); NAME(hyperedge, "hyperedge");
    NAME(endpoint, "endpoint"); NAME(locator, "locator");
    NAME(id, "id"); NAME(source, "source"); NAME(target, "target"); NAME(directed, "directed");
    NAME(key_for, "for"); NAME(attr_name, "attr.name"); NAME(attr_type, "attr.type");
    NAME(edgedefault, "edgedefault"); NAME(key_ref, "key");
#undef NAME
}
