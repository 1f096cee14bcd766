/*
 * lens_scope.c — running an analysis through a lens (lens_scope.h).
 */
#include "lens_scope.h"
#include "error_internal.h"
#include "network_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void an_i_lens_scope_close(an_i_lens_scope *scope)
{
    if (!scope)
        return;
    an_network_free(scope->view);
    free(scope->node_origin);
    free(scope->node_position);
    free(scope->edge_origin);
    free(scope->edge_position);
    memset(scope, 0, sizeof *scope);
}

/* Say why a lens sees nothing, the way an analyst can act on it. */
static int empty_lens(const an_lens_selection *s)
{
    if (s->node_count == 0)
        return an_i_error(AN_EEMPTY, "lens '%s': the network has no actors", s->name);
    if (s->nodes_without_mode == s->node_count)
        return an_i_error(AN_EEMPTY,
                          "lens '%s' keeps no actor: no class of the network has a mode in the %s vocabulary "
                          "(use --lens all, or give a vocabulary with a mode for each class)",
                          s->name, s->vocabulary_origin);
    return an_i_error(AN_EEMPTY, "lens '%s' keeps none of the %lld actors", s->name, (long long)s->node_count);
}

int an_i_lens_scope_open(an_i_lens_scope *scope, const an_network *network, const an_lens *lens)
{
    memset(scope, 0, sizeof *scope);
    scope->network = scope->original = network;
    scope->original_nodes = scope->view_nodes = network->node_count;
    scope->original_edges = scope->view_edges = network->edge_count;
    if (!lens)
        return AN_OK;
    an_lens_selection *selection = NULL;
    int rc = an_lens_select(&selection, network, lens);
    if (rc != AN_OK)
        return rc;
    if (selection->kept_nodes == 0 && network->node_count > 0) {
        rc = empty_lens(selection);
        an_lens_selection_free(selection);
        return rc;
    }
    /* When the lens sees the network as it is, the network is analysed directly (the maps are identities). */
    int identity = selection->kept_nodes == network->node_count && selection->kept_edges == network->edge_count &&
                   selection->reoriented_edges == 0;
    int64_t n = network->node_count, m = network->edge_count;
    scope->node_origin = malloc((size_t)(selection->kept_nodes + 1) * sizeof *scope->node_origin);
    scope->node_position = malloc((size_t)(n + 1) * sizeof *scope->node_position);
    scope->edge_origin = malloc((size_t)(selection->kept_edges + 1) * sizeof *scope->edge_origin);
    scope->edge_position = malloc((size_t)(m + 1) * sizeof *scope->edge_position);
    if (!scope->node_origin || !scope->node_position || !scope->edge_origin || !scope->edge_position) {
        an_lens_selection_free(selection);
        an_i_lens_scope_close(scope);
        return AN_I_NOMEM();
    }
    int64_t kept = 0;
    for (int64_t v = 0; v < n; v++) {
        scope->node_position[v] = selection->nodes[v] ? kept : -1;
        if (selection->nodes[v])
            scope->node_origin[kept++] = v;
    }
    scope->view_nodes = kept;
    kept = 0;
    for (int64_t e = 0; e < m; e++) {
        scope->edge_position[e] = selection->edges[e] ? kept : -1;
        if (selection->edges[e])
            scope->edge_origin[kept++] = e;
    }
    scope->view_edges = kept;
    an_lens_selection_free(selection);
    if (identity)
        return AN_OK;
    rc = an_lens_view(&scope->view, network, lens);
    if (rc != AN_OK) {
        an_i_lens_scope_close(scope);
        return rc;
    }
    scope->network = scope->view;
    return AN_OK;
}

void an_i_lens_scatter_reals(const an_i_lens_scope *scope, double *out, const double *in, int64_t stride)
{
    for (int64_t v = 0; v < scope->original_nodes; v++) {
        int64_t at = scope->node_position[v];
        for (int64_t k = 0; k < stride; k++)
            out[v * stride + k] = at < 0 ? NAN : in[at * stride + k];
    }
}

void an_i_lens_scatter_integers(const an_i_lens_scope *scope, int64_t *out, const int64_t *in, int64_t stride,
                                int64_t outside)
{
    for (int64_t v = 0; v < scope->original_nodes; v++) {
        int64_t at = scope->node_position[v];
        for (int64_t k = 0; k < stride; k++)
            out[v * stride + k] = at < 0 ? outside : in[at * stride + k];
    }
}

void an_i_lens_scatter_integer_rows(const an_i_lens_scope *scope, int64_t *out, const int64_t *in, int64_t rows,
                                    int64_t outside)
{
    int64_t n = scope->original_nodes, vn = scope->view_nodes;
    for (int64_t r = 0; r < rows; r++)
        for (int64_t v = 0; v < n; v++) {
            int64_t at = scope->node_position[v];
            out[r * n + v] = at < 0 ? outside : in[r * vn + at];
        }
}

void an_i_lens_scatter_real_rows(const an_i_lens_scope *scope, double *out, const double *in, int64_t rows)
{
    int64_t n = scope->original_nodes, vn = scope->view_nodes;
    for (int64_t r = 0; r < rows; r++)
        for (int64_t v = 0; v < n; v++) {
            int64_t at = scope->node_position[v];
            out[r * n + v] = at < 0 ? NAN : in[r * vn + at];
        }
}

void an_i_lens_nodes_to_original(const an_i_lens_scope *scope, int64_t *nodes, int64_t count)
{
    if (!scope->node_origin)
        return;
    for (int64_t i = 0; i < count; i++)
        nodes[i] = scope->node_origin[nodes[i]];
}

int an_i_lens_nodes_to_view(const an_i_lens_scope *scope, int64_t *nodes, int64_t count, const char *what)
{
    if (!scope->node_position)
        return AN_OK;
    for (int64_t i = 0; i < count; i++) {
        int64_t v = nodes[i];
        if (v < 0 || v >= scope->original_nodes)
            return an_i_error(AN_ERANGE, "%s: node index %lld out of range", what, (long long)v);
        if (scope->node_position[v] < 0)
            return an_i_error(AN_EINVAL, "%s: '%s' is outside the lens", what,
                              an_network_node_id(scope->original, v));
        nodes[i] = scope->node_position[v];
    }
    return AN_OK;
}

void an_i_lens_edges_to_original(const an_i_lens_scope *scope, int64_t *edges, int64_t count)
{
    if (!scope->edge_origin)
        return;
    for (int64_t i = 0; i < count; i++)
        edges[i] = scope->edge_origin[edges[i]];
}
