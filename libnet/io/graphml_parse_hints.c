/*
 * graphml_parse_hints.c — the parse.* attributes of <graph> (GraphML's
 * "parse extension": parse.nodes, parse.edges, parse.nodeids, parse.edgeids,
 * parse.order, parse.maxindegree, parse.maxoutdegree) as the writer writes
 * them: never copied from the input, because a view or an edit makes them
 * false (graph-tool then reads canonical ids as indices and invents
 * vertices). Each hint the input had is written again, computed for what is
 * written: counts, "canonical" only when the ids are n0, n1, ... / e0, e1,
 * ... in order (else "free"), parse.order="nodesfirst" only when no group
 * nesting interleaves nodes and edges; degree hints are left out.
 */
#include "graphml_write_internal.h"

#include "xml_escape.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

/* Whether the input's <graph> had the hint `name`. */
static int had_hint(const an_network *network, const char *name)
{
    for (int64_t f = 0; f < network->fragment_count; f++) {
        const an_i_fragment *fragment = &network->fragments[f];
        if (fragment->place == AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_GRAPH) &&
            an_i_xml_has_attribute(fragment->markup, name))
            return 1;
    }
    return 0;
}

/* Whether every id is `prefix` followed by its index in decimal (NULL ids: no). */
static int canonical(const char *const *ids, int64_t count, char prefix)
{
    if (!ids)
        return count == 0;
    for (int64_t i = 0; i < count; i++) {
        char expected[32];
        snprintf(expected, sizeof expected, "%c%" PRId64, prefix, i);
        if (!ids[i] || strcmp(ids[i], expected) != 0)
            return 0;
    }
    return 1;
}

void an_i_gw_put_parse_hints(writer *w)
{
    const an_network *network = w->network;
    char text[64];
    if (had_hint(network, "parse.nodes")) {
        snprintf(text, sizeof text, " parse.nodes=\"%" PRId64 "\"", network->node_count);
        an_i_sink_puts(w->sink, text);
    }
    if (had_hint(network, "parse.edges")) {
        snprintf(text, sizeof text, " parse.edges=\"%" PRId64 "\"", network->edge_count);
        an_i_sink_puts(w->sink, text);
    }
    if (had_hint(network, "parse.nodeids"))
        an_i_sink_puts(w->sink, canonical((const char *const *)network->node_ids, network->node_count, 'n')
                                    ? " parse.nodeids=\"canonical\"" : " parse.nodeids=\"free\"");
    if (had_hint(network, "parse.edgeids"))
        an_i_sink_puts(w->sink, canonical((const char *const *)network->edge_ids, network->edge_count, 'e')
                                    ? " parse.edgeids=\"canonical\"" : " parse.edgeids=\"free\"");
    if (had_hint(network, "parse.order") && !w->nesting.active)
        an_i_sink_puts(w->sink, " parse.order=\"nodesfirst\"");
}
