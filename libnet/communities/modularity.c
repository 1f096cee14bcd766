/*
 * modularity.c — modularity of a caller's partition (Newman & Girvan 2004;
 * directed: Leicht & Newman 2008).
 */
#include "communities_internal.h"
#include "error_internal.h"
#include "lens_scope.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Modularity on the lens's network of the caller's membership restricted to the nodes it sees. */
static int modularity_through_lens(double *out, const an_network *network, const int64_t *membership,
                                   const an_modularity_options *options)
{
    an_i_lens_scope scope;
    int rc = an_i_lens_scope_open(&scope, network, options->policy.lens);
    if (rc != AN_OK)
        return rc;
    int64_t *seen = malloc(((size_t)scope.view_nodes + 1) * sizeof *seen);
    if (!seen)
        rc = AN_I_NOMEM();
    for (int64_t i = 0; rc == AN_OK && i < scope.view_nodes; i++)
        seen[i] = membership[scope.node_origin[i]];
    an_modularity_options inner = *options;
    inner.policy.lens = NULL;
    if (rc == AN_OK)
        rc = an_network_modularity(out, scope.network, seen, &inner);
    free(seen);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_network_modularity(double *out, const an_network *network, const int64_t *membership,
                          const an_modularity_options *options)
{
    if (!out || !network || !membership)
        return AN_I_MISUSE("NULL argument");
    an_modularity_options defaults = AN_MODULARITY_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != AN_MODULARITY_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "modularity: options version %u, expected %u (use AN_MODULARITY_OPTIONS_INIT)",
                          options->version, (unsigned)AN_MODULARITY_OPTIONS_VERSION);
    if (!(options->resolution >= 0) || !isfinite(options->resolution))
        return an_i_error(AN_EINVAL, "modularity: resolution must be finite and >= 0 (got %g)", options->resolution);
    int64_t n = network->node_count;
    if (n == 0)
        return an_i_error(AN_EEMPTY, "modularity: the network has no nodes");
    if (options->policy.lens)
        return modularity_through_lens(out, network, membership, options);
    for (int64_t v = 0; v < n; v++)
        if (membership[v] < 0)
            return an_i_error(AN_EINVAL, "modularity: node '%s' has a negative community id %lld",
                              network->node_ids[v], (long long)membership[v]);
    /* igraph sizes its tables by the largest id: relabel to 0..k-1 first. */
    int64_t *labels = malloc((size_t)n * sizeof *labels);
    if (!labels)
        return AN_I_NOMEM();
    memcpy(labels, membership, (size_t)n * sizeof *labels);
    int rc = an_i_relabel_first_appearance(labels, n, NULL);
    if (rc != AN_OK) {
        free(labels);
        return rc;
    }
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    rc = an_i_igraph_view_borrow(&view, network, &options->policy);
    if (rc == AN_OK) {
        if (view.has_weights) {
            for (int64_t e = 0; e < igraph_vector_size(&view.weights) && rc == AN_OK; e++)
                if (VECTOR(view.weights)[e] < 0)
                    rc = an_i_error(AN_EINVAL, "modularity: weight '%s' of edge #%lld is negative",
                                    options->policy.weight, (long long)VECTOR(view.edge_map)[e]);
        }
        if (rc == AN_OK) {
            igraph_vector_int_t groups;
            igraph_vector_int_view(&groups, labels, n);
            igraph_real_t q = NAN;
            rc = an_i_igraph_check(igraph_modularity(&view.graph, &groups, an_i_view_weights(&view),
                                                     options->resolution, view.directed, &q),
                                   "modularity");
            if (rc == AN_OK)
                *out = q;
        }
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    free(labels);
    return rc;
}
