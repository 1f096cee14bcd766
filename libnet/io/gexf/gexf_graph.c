/*
 * gexf_graph.c — the <graph> element (default edge type, time format), the graph's text
 * columns (<meta> fields, lastmodifieddate, timeformat), and the <attributes> and
 * <attribute> elements that open declarations (gexf_attributes.c declares them).
 */
#include "gexf_internal.h"

#include <string.h>

int an_i_gexf_set_graph_text(an_i_gexf_reader *r, const char *name, const char *value)
{
    int column = -1;
    if (an_i_network_add_column(r->network, AN_DOMAIN_GRAPH, name, AN_TYPE_STRING, NULL, &column) != AN_OK ||
        an_network_set_string(r->network, AN_DOMAIN_GRAPH, column, 0, value) != AN_OK)
        return an_i_gexf_fail_nomem(r);
    return 0;
}

void an_i_gexf_start_graph(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *edge_type = AN_I_GEXF_ATTR("defaultedgetype", 0);
    int directed = 0;
    if (edge_type && strcmp(edge_type, "directed") == 0)
        directed = 1;
    else if (edge_type && strcmp(edge_type, "undirected") != 0 && strcmp(edge_type, "mixed") != 0 &&
             strcmp(edge_type, "mutual") != 0) {
        an_i_gexf_fail(r, AN_EFORMAT, "defaultedgetype '%s' is not directed, undirected or mixed", edge_type);
        return;
    }
    r->network->default_directed = directed;
    const char *timeformat = AN_I_GEXF_ATTR("timeformat", 0);
    if (r->status)
        return;
    r->time = AN_I_GEXF_TIME_DOUBLE;
    if (timeformat) {
        if (strcmp(timeformat, "integer") == 0 || strcmp(timeformat, "long") == 0)
            r->time = AN_I_GEXF_TIME_INTEGER;
        else if (strcmp(timeformat, "double") == 0 || strcmp(timeformat, "float") == 0)
            r->time = AN_I_GEXF_TIME_DOUBLE;
        else
            r->time = AN_I_GEXF_TIME_TEXT; /* date, dateTime, anything else: kept as written */
        an_i_gexf_set_graph_text(r, "gexf_timeformat", timeformat);
    }
}

void an_i_gexf_start_attributes(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *class = AN_I_GEXF_ATTR("class", 0);
    if (r->status)
        return;
    if (!class || (strcmp(class, "node") != 0 && strcmp(class, "edge") != 0 && strcmp(class, "graph") != 0)) {
        an_i_gexf_fail(r, AN_EFORMAT, "<attributes> class '%s' is not node, edge or graph", class ? class : "");
        return;
    }
    r->attributes_domain = class[0] == 'n' ? AN_DOMAIN_NODE : class[0] == 'e' ? AN_DOMAIN_EDGE : AN_DOMAIN_GRAPH;
    const char *mode = AN_I_GEXF_ATTR("mode", 0);
    r->attributes_dynamic = mode && strcmp(mode, "dynamic") == 0;
}

void an_i_gexf_start_attribute(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *id = AN_I_GEXF_ATTR("id", 0), *title = AN_I_GEXF_ATTR("title", 1),
               *type = AN_I_GEXF_ATTR("type", 2);
    if (r->status)
        return;
    if (!id || !*id) {
        an_i_gexf_fail(r, AN_EFORMAT, "<attribute> without an id");
        return;
    }
    if (an_i_gexf_declare(r, r->attributes_domain, id, title, type, r->attributes_dynamic) == 0)
        r->current_attribute = r->attributes[r->attributes_domain].count - 1;
}
