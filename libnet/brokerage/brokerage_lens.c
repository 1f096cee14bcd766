/*
 * brokerage_lens.c — brokerage roles through a lens: the census of the lens's network, with each
 * node's group as the caller gave it, reported in the caller's node order (-1 / NaN outside).
 */
#include "brokerage_internal.h"
#include "error_internal.h"
#include "lens_scope.h"

#include <stdlib.h>

/* Open the scope, gather the groups of the nodes it sees, and clear the lens in `inner`. */
static int begin(an_i_lens_scope *scope, int64_t **seen_groups, an_brokerage_options *inner,
                 const an_network *network, const int64_t *groups, const an_brokerage_options *options)
{
    *inner = *options;
    inner->version = AN_BROKERAGE_OPTIONS_VERSION;
    inner->lens = NULL;
    int rc = an_i_lens_scope_open(scope, network, options->lens);
    if (rc != AN_OK)
        return rc;
    *seen_groups = malloc(((size_t)scope->view_nodes + 1) * sizeof **seen_groups);
    if (!*seen_groups)
        return AN_I_NOMEM();
    for (int64_t i = 0; i < scope->view_nodes; i++)
        (*seen_groups)[i] = groups[scope->node_origin[i]];
    return AN_OK;
}

int an_i_brokerage_counts_lens(int64_t *out_counts, const an_network *network, const int64_t *groups,
                               const an_brokerage_options *options)
{
    an_i_lens_scope scope;
    an_brokerage_options inner;
    int64_t *seen_groups = NULL, *counts = NULL;
    int rc = begin(&scope, &seen_groups, &inner, network, groups, options);
    if (rc == AN_OK && !(counts = malloc(((size_t)scope.view_nodes * AN_BROKERAGE_ROLES + 1) * sizeof *counts)))
        rc = AN_I_NOMEM();
    if (rc == AN_OK)
        rc = an_brokerage_counts_by_groups(counts, scope.network, seen_groups, &inner);
    if (rc == AN_OK)
        an_i_lens_scatter_integers(&scope, out_counts, counts, AN_BROKERAGE_ROLES, -1);
    free(counts);
    free(seen_groups);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_brokerage_expected_lens(double *out_expected, double *out_sd, double *out_z, const an_network *network,
                                 const int64_t *groups, const an_brokerage_options *options)
{
    an_i_lens_scope scope;
    an_brokerage_options inner;
    int64_t *seen_groups = NULL;
    double *outputs[3] = { out_expected, out_sd, out_z }, *seen[3] = { NULL, NULL, NULL };
    int rc = begin(&scope, &seen_groups, &inner, network, groups, options);
    size_t size = ((size_t)scope.view_nodes * AN_BROKERAGE_ROLES + 1) * sizeof(double);
    for (int i = 0; rc == AN_OK && i < 3; i++)
        if (outputs[i] && !(seen[i] = malloc(size)))
            rc = AN_I_NOMEM();
    if (rc == AN_OK)
        rc = an_brokerage_expected_by_groups(seen[0], seen[1], seen[2], scope.network, seen_groups, &inner);
    for (int i = 0; rc == AN_OK && i < 3; i++)
        if (outputs[i])
            an_i_lens_scatter_reals(&scope, outputs[i], seen[i], AN_BROKERAGE_ROLES);
    for (int i = 0; i < 3; i++)
        free(seen[i]);
    free(seen_groups);
    an_i_lens_scope_close(&scope);
    return rc;
}
