/*
 * sample_foreign.h — a network as the reader leaves it after loading a file
 * full of things the model does not interpret (yEd graphics, for="all" keys,
 * kept raw keys, <desc>s, ports, extra attributes, namespaces). Built through
 * the internal layout; for the white-box writer tests.
 */
#ifndef AN_SAMPLE_FOREIGN_H
#define AN_SAMPLE_FOREIGN_H

#include "writers_common.h"

#include "network_internal.h"
#include "io/graphml_read.h"

static inline an_i_column *internal_column(an_network *n, an_domain d, const char *name, an_type type,
                                    const char *key_id, int *index)
{
    AN_T_CHECK_OK(an_i_network_add_column(n, d, name, type, key_id, index));
    return an_i_network_column(n, d, *index);
}

static inline void fragment(an_network *n, int place, int64_t row, const char *markup)
{
    AN_T_CHECK_OK(an_i_network_add_fragment(n, place, row, markup, strlen(markup)));
}

/*
 * What a yEd file, a for="all" key and assorted foreign markup look like
 * in the model after a load: kept key ids, raw key attributes and markup,
 * root namespace declarations, fragments at every place.
 */
static inline an_network *sample_foreign(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    n->root_attributes = strdup(" xmlns:y=\"http://www.yworks.com/xml/graphml\" "
                                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                                "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\"");
    int64_t a = w_node(n, "n0"), b = w_node(n, "n1"), c = w_node(n, "n2");
    int64_t e0 = w_edge(n, a, b, -1, "e0"), e1 = w_edge(n, b, c, -1, "e1");
    (void)e1;
    int k;
    /* yEd's graphics: a markup column without attr.name / attr.type */
    an_i_column *graphics = internal_column(n, AN_DOMAIN_NODE, "d6", AN_TYPE_STRING, "d6", &k);
    graphics->is_markup = 1;
    graphics->key_attributes = strdup(" yfiles.type=\"nodegraphics\"");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, k, a,
                               "<y:ShapeNode><y:Geometry height=\"30.0\" width=\"30.0\" x=\"0\" y=\"0\"/>"
                               "<y:NodeLabel>A &amp; B</y:NodeLabel></y:ShapeNode>"));
    /* a described key, kept id; its raw attributes repeat attr.name, which must not be duplicated */
    an_i_column *description = internal_column(n, AN_DOMAIN_NODE, "description", AN_TYPE_STRING, "d5", &k);
    description->key_markup = strdup("<desc>what the actor is</desc>");
    description->key_attributes = strdup(" attr.name=\"description\" extra='1'");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, k, b, "a unit"));
    /* one for="all" key in all three domains: written once */
    an_i_column *w_graph_column = internal_column(n, AN_DOMAIN_GRAPH, "weight", AN_TYPE_DOUBLE, "w", &k);
    w_graph_column->key_for = AN_I_FOR_ALL;
    W_CALL(an_network_set_default_real(n, AN_DOMAIN_GRAPH, k, 1.5));
    an_i_column *w_node_column = internal_column(n, AN_DOMAIN_NODE, "weight", AN_TYPE_DOUBLE, "w", &k);
    w_node_column->key_for = AN_I_FOR_ALL;
    W_CALL(an_network_set_default_real(n, AN_DOMAIN_NODE, k, 1.5));
    W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, k, c, 2.0));
    an_i_column *w_edge_column = internal_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE, "w", &k);
    w_edge_column->key_for = AN_I_FOR_ALL;
    W_CALL(an_network_set_default_real(n, AN_DOMAIN_EDGE, k, 1.5));
    W_CALL(an_network_set_real(n, AN_DOMAIN_EDGE, k, e0, 0.25));
    /* for="all" ids that no longer agree (types differ): the second gets a fresh id */
    an_i_column *x_node = internal_column(n, AN_DOMAIN_NODE, "x", AN_TYPE_INT, "x_all", &k);
    x_node->key_for = AN_I_FOR_ALL;
    W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, k, a, 7));
    an_i_column *x_edge = internal_column(n, AN_DOMAIN_EDGE, "x", AN_TYPE_STRING, "x_all", &k);
    x_edge->key_for = AN_I_FOR_ALL;
    W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, k, e0, "seven"));
    /* a key id used twice in one document (and one XML cannot hold): fresh ids */
    internal_column(n, AN_DOMAIN_EDGE, "again", AN_TYPE_BOOLEAN, "d5", &k);
    W_CALL(an_network_set_boolean(n, AN_DOMAIN_EDGE, k, e0, 1));
    internal_column(n, AN_DOMAIN_EDGE, "bad id", AN_TYPE_LONG, "k\x01", &k);
    W_CALL(an_network_set_integer(n, AN_DOMAIN_EDGE, k, e0, -9));
    /* a column added by an analysis: no key id yet */
    k = w_column(n, AN_DOMAIN_NODE, "betweenness", AN_TYPE_DOUBLE);
    W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, k, a, 0.5));
    /* a kept raw key whose id the generated ones must avoid */
    fragment(n, AN_I_PLACE_KEYS, 0, "<key id=\"d0\" for=\"port\" attr.name=\"p\" attr.type=\"string\"/>");
    fragment(n, AN_I_PLACE_KEYS, 0, "<key for=\"graphml\" id=\"d7\" yfiles.type=\"resources\"/>");
    /* fragments, deliberately not in row order */
    fragment(n, AN_DOMAIN_EDGE, e0, "<y:EdgeExtra a=\"1\"/>");
    fragment(n, AN_DOMAIN_NODE, c, "<y:Extra/>");
    fragment(n, AN_DOMAIN_NODE, a, "<port name=\"p1\"/>");
    fragment(n, AN_DOMAIN_NODE, a, "<desc>first node</desc>");
    fragment(n, AN_DOMAIN_GRAPH, 0, "<desc>the graph</desc>");
    fragment(n, AN_I_PLACE_DOCUMENT, 0, "<data key=\"d7\"><y:Resources/></data>");
    fragment(n, AN_I_PLACE_DOCUMENT, 0, "<desc>the document</desc>");
    /* extra attributes of start tags; ours (id, source) are never written twice */
    fragment(n, AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_EDGE), e0, " sourceport=\"west\" id=\"dup\"");
    fragment(n, AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_NODE), b, " y:flag='1'");
    fragment(n, AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_GRAPH), 0, " parse.nodes=\"3\" edgedefault=\"x\"");
    return n;
}

#endif
