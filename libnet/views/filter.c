/*
 * filter.c — subnetworks by actor class, relation, confidence and year
 * window (the predicates themselves are core/filter_predicate.c, shared with
 * typed path queries).
 */
#include "views/views_internal.h"
#include "error_internal.h"
#include "string_table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the view ------------------------------------------------------------ */

int an_i_view_filter(an_network **out, const an_network *network, const an_view_options *options,
                     an_i_view_origin *origin)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!network)
        return AN_I_MISUSE("network is NULL");
    an_view_options defaults = AN_VIEW_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != AN_VIEW_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_view_options: version %d, expected %d", options->version,
                          AN_VIEW_OPTIONS_VERSION);
    an_i_filter prepared;
    int rc = an_i_filter_prepare(&prepared, network, &options->filter);
    int64_t n = network->node_count, m = network->edge_count;
    unsigned char *keep_nodes = NULL, *keep_edges = NULL;
    if (rc != AN_OK)
        goto done;
    keep_nodes = malloc((size_t)n + 1);
    keep_edges = malloc((size_t)m + 1);
    if (!keep_nodes || !keep_edges) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t v = 0; v < n; v++)
        keep_nodes[v] = (unsigned char)an_i_filter_node(&prepared, network, v);
    for (int64_t e = 0; e < m; e++)
        keep_edges[e] = keep_nodes[network->endpoints[2 * e]] && keep_nodes[network->endpoints[2 * e + 1]] &&
                        an_i_filter_edge(&prepared, network, e);
    if (options->drop_isolates) {
        /* 2 = kept and touched by a kept edge; then keep only those. */
        for (int64_t e = 0; e < m; e++)
            if (keep_edges[e])
                keep_nodes[network->endpoints[2 * e]] = keep_nodes[network->endpoints[2 * e + 1]] = 2;
        for (int64_t v = 0; v < n; v++)
            keep_nodes[v] = keep_nodes[v] == 2;
    }
    rc = an_i_network_subset(out, network, keep_nodes, keep_edges, 0, origin);
done:
    an_i_filter_free(&prepared);
    free(keep_nodes);
    free(keep_edges);
    return rc;
}

int an_view_filter(an_network **out, const an_network *network, const an_view_options *options)
{
    return an_i_view_filter(out, network, options, NULL);
}
