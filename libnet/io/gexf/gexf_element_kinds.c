/*
 * gexf_element_kinds.c — what an element is: GEXF's namespaces (and viz's), and the kind of
 * an element from its name and its parent's kind. Elements GEXF does not define where they
 * stand are OTHER (the callbacks skip them).
 */
#include "gexf_internal.h"

#include <string.h>

int an_i_gexf_is_gexf_namespace(const xmlChar *uri)
{
    if (!uri)
        return 1;
    const char *u = (const char *)uri;
    return strcmp(u, "http://www.gexf.net/1.2draft") == 0 || strcmp(u, "http://gexf.net/1.3") == 0 ||
           strcmp(u, "http://www.gexf.net/1.3") == 0 || strcmp(u, "http://gexf.net/1.2") == 0 ||
           strcmp(u, "http://www.gexf.net/1.1draft") == 0 || strcmp(u, "http://gexf.net/1.2draft") == 0;
}

int an_i_gexf_is_viz_namespace(const xmlChar *uri)
{
    size_t n = uri ? strlen((const char *)uri) : 0;
    return n > 4 && strcmp((const char *)uri + n - 4, "/viz") == 0 && strstr((const char *)uri, "gexf.net");
}

/* `kind` when the element is named `expected`, else OTHER. */
static an_i_gexf_element named(const char *name, const char *expected, an_i_gexf_element kind)
{
    return strcmp(name, expected) == 0 ? kind : AN_I_GEXF_ELEMENT_OTHER;
}

an_i_gexf_element an_i_gexf_child_kind(an_i_gexf_element parent, const char *name)
{
    switch (parent) {
    case AN_I_GEXF_ELEMENT_ROOT:
        return strcmp(name, "meta") == 0 ? AN_I_GEXF_ELEMENT_META
             : strcmp(name, "graph") == 0 ? AN_I_GEXF_ELEMENT_GRAPH : AN_I_GEXF_ELEMENT_OTHER;
    case AN_I_GEXF_ELEMENT_META:
        return strcmp(name, "creator") == 0 || strcmp(name, "description") == 0 || strcmp(name, "title") == 0 ||
               strcmp(name, "keywords") == 0 ? AN_I_GEXF_ELEMENT_META_FIELD : AN_I_GEXF_ELEMENT_OTHER;
    case AN_I_GEXF_ELEMENT_GRAPH:
        return strcmp(name, "attributes") == 0 ? AN_I_GEXF_ELEMENT_ATTRIBUTES
             : strcmp(name, "nodes") == 0 ? AN_I_GEXF_ELEMENT_NODES
             : strcmp(name, "edges") == 0 ? AN_I_GEXF_ELEMENT_EDGES : AN_I_GEXF_ELEMENT_OTHER;
    case AN_I_GEXF_ELEMENT_ATTRIBUTES: return named(name, "attribute", AN_I_GEXF_ELEMENT_ATTRIBUTE);
    case AN_I_GEXF_ELEMENT_ATTRIBUTE: return named(name, "default", AN_I_GEXF_ELEMENT_DEFAULT);
    case AN_I_GEXF_ELEMENT_NODES: return named(name, "node", AN_I_GEXF_ELEMENT_NODE);
    case AN_I_GEXF_ELEMENT_EDGES: return named(name, "edge", AN_I_GEXF_ELEMENT_EDGE);
    case AN_I_GEXF_ELEMENT_NODE:
        if (strcmp(name, "nodes") == 0)
            return AN_I_GEXF_ELEMENT_NODES;
        if (strcmp(name, "edges") == 0)
            return AN_I_GEXF_ELEMENT_EDGES;
        if (strcmp(name, "parents") == 0)
            return AN_I_GEXF_ELEMENT_PARENTS;
        /* fall through */
    case AN_I_GEXF_ELEMENT_EDGE:
        if (strcmp(name, "attvalue") == 0)
            return AN_I_GEXF_ELEMENT_ATTVALUE; /* without <attvalues>, as some Gephi files have it */
        return strcmp(name, "attvalues") == 0 ? AN_I_GEXF_ELEMENT_ATTVALUES
             : strcmp(name, "spells") == 0 ? AN_I_GEXF_ELEMENT_SPELLS : AN_I_GEXF_ELEMENT_OTHER;
    case AN_I_GEXF_ELEMENT_ATTVALUES: return named(name, "attvalue", AN_I_GEXF_ELEMENT_ATTVALUE);
    case AN_I_GEXF_ELEMENT_SPELLS: return named(name, "spell", AN_I_GEXF_ELEMENT_SPELL);
    case AN_I_GEXF_ELEMENT_PARENTS: return named(name, "parent", AN_I_GEXF_ELEMENT_PARENT);
    default: return AN_I_GEXF_ELEMENT_OTHER;
    }
}
