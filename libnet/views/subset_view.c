/*
 * subset_view.c — an_view_subset(): the caller's own selection of nodes and edges.
 */
#include "views/views_internal.h"
#include "error_internal.h"

int an_view_subset(an_network **out, const an_network *network, const unsigned char *keep_nodes,
                   const unsigned char *keep_edges)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!network)
        return AN_I_MISUSE("network is NULL");
    return an_i_network_subset(out, network, keep_nodes, keep_edges, 0, NULL);
}
