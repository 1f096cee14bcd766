/*
 * prepared_graph.c — an_network_prepare() and an_network_release_prepared():
 * the public face of the network's view cache (igraph_bridge.h).
 */
#include "actornet/analysis.h"
#include "error_internal.h"
#include "igraph_bridge.h"

int an_network_prepare(const an_network *network, const an_edge_policy *policy)
{
    if (!network)
        return AN_I_MISUSE("NULL network");
    if (policy && policy->lens)
        return an_i_error(AN_EINVAL, "prepare: a lens analyses a network of its own, built per call; "
                                     "prepare without a lens");
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_igraph_view_borrow(&view, network, policy);
    if (rc == AN_OK)
        an_i_igraph_view_destroy(&view); /* gives it back: the cache keeps it */
    an_i_igraph_end(&guard);
    return rc;
}

void an_network_release_prepared(const an_network *network)
{
    an_i_network_drop_views(network);
}
