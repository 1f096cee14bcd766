/*
 * matrix.c — a network (one relation of it, or a node attribute) as an
 * n x n matrix: an_network_matrix().
 */
#include "positions_internal.h"
#include "actornet/communities.h"
#include "actornet/views.h"
#include "error_internal.h"
#include "igraph_bridge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int an_i_dense_check(int64_t n, const char *what)
{
    if (n > AN_DENSE_MAX_NODES)
        return an_i_error(AN_ELIMIT, "%s: %lld nodes, more than the %d a dense n x n method accepts "
                                     "(AN_DENSE_MAX_NODES); analyse a view of the network",
                          what, (long long)n, AN_DENSE_MAX_NODES);
    return AN_OK;
}

/* Add the ties of `network` (all nodes kept, same order) under `policy` (no lens) to
 * out[row[u] * size + row[v]]; rows of -1 are skipped. */
static int add_ties(double *out, int64_t size, const int64_t *row, const an_network *network,
                    const an_edge_policy *policy)
{
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_igraph_view_borrow(&view, network, policy);
    if (rc == AN_OK) {
        igraph_integer_t m = igraph_ecount(&view.graph);
        for (igraph_integer_t e = 0; e < m; e++) {
            int64_t u = row[IGRAPH_FROM(&view.graph, e)], v = row[IGRAPH_TO(&view.graph, e)];
            if (u < 0 || v < 0)
                continue;
            double w = view.has_weights ? VECTOR(view.weights)[e] : 1.0;
            out[u * size + v] += w;
            if (!view.directed && u != v)
                out[v * size + u] += w;
        }
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    return rc;
}

/* The ties of `network`, restricted to `relations` when given. */
static int fill_ties(double *out, int64_t size, const int64_t *row, const an_network *network,
                     const an_matrix_spec *spec, const an_edge_policy *policy)
{
    if (!spec->relations)
        return add_ties(out, size, row, network, policy);
    an_view_options view_options = AN_VIEW_OPTIONS_INIT;
    view_options.filter.relations = spec->relations;
    view_options.filter.relation_column = spec->relation_column;
    an_network *filtered = NULL;
    int rc = an_view_filter(&filtered, network, &view_options);
    if (rc == AN_OK)
        rc = add_ties(out, size, row, filtered, policy);
    an_network_free(filtered);
    return rc;
}

/* A numeric node attribute (NaN where missing). */
static int numeric_attribute(double *values, const an_network *network, const char *name)
{
    int column;
    int rc = an_network_find_column(network, AN_DOMAIN_NODE, name, &column);
    if (rc != AN_OK)
        return an_i_error(AN_ENOTFOUND, "matrix: no node column '%s'", name);
    int type = an_network_column_type(network, AN_DOMAIN_NODE, column);
    if (type == AN_TYPE_STRING)
        return an_i_error(AN_EINVAL, "matrix: node column '%s' is not numeric (use 'same' for categories)", name);
    return an_network_column_to_doubles(network, AN_DOMAIN_NODE, column, values, NAN);
}

static int fill_attribute(double *out, int64_t size, const int64_t *row, const an_network *network,
                          const an_matrix_spec *spec)
{
    int64_t n = an_network_node_count(network);
    double *x = malloc((size_t)(n ? n : 1) * sizeof *x);
    int64_t *group = malloc((size_t)(n ? n : 1) * sizeof *group);
    int rc = x && group ? AN_OK : AN_I_NOMEM();
    if (rc == AN_OK && spec->kind == AN_MATRIX_SAME) {
        int column;
        if (an_network_find_column(network, AN_DOMAIN_NODE, spec->attribute, &column) != AN_OK)
            rc = an_i_error(AN_ENOTFOUND, "matrix: no node column '%s'", spec->attribute);
        else
            rc = an_network_attribute_partition(group, NULL, network, spec->attribute);
    } else if (rc == AN_OK) {
        rc = numeric_attribute(x, network, spec->attribute);
    }
    for (int64_t u = 0; rc == AN_OK && u < n; u++) {
        if (row[u] < 0)
            continue;
        for (int64_t v = 0; v < n; v++) {
            if (row[v] < 0)
                continue;
            double value;
            if (spec->kind != AN_MATRIX_SAME && (isnan(x[u]) || isnan(x[v]))) {
                out[row[u] * size + row[v]] = NAN; /* a missing value: the actor drops out */
                continue;
            }
            switch (spec->kind) {
            case AN_MATRIX_SAME: value = group[u] >= 0 && group[u] == group[v] ? 1.0 : 0.0; break;
            case AN_MATRIX_DIFFERENCE: value = fabs(x[u] - x[v]); break;
            case AN_MATRIX_SENDER: value = x[u]; break;
            default: value = x[v]; break;
            }
            out[row[u] * size + row[v]] = value;
        }
    }
    free(x);
    free(group);
    return rc;
}

static int check_spec(const an_matrix_spec *spec)
{
    if (spec->version != AN_MATRIX_SPEC_VERSION)
        return an_i_error(AN_EMISUSE, "an_matrix_spec: version %u, expected %u (use AN_MATRIX_SPEC_INIT)",
                          spec->version, (unsigned)AN_MATRIX_SPEC_VERSION);
    if (spec->kind < AN_MATRIX_TIES || spec->kind > AN_MATRIX_RECEIVER)
        return an_i_error(AN_EINVAL, "matrix: unknown kind %d", spec->kind);
    if (spec->kind != AN_MATRIX_TIES && (!spec->attribute || !*spec->attribute))
        return an_i_error(AN_EINVAL, "matrix: an attribute matrix needs a node column name");
    return AN_OK;
}

int an_network_matrix(double *out, const an_network *network, const an_network *reference,
                      const an_matrix_spec *spec)
{
    if (!out || !network || !spec)
        return AN_I_MISUSE("NULL argument");
    int rc = check_spec(spec);
    if (rc != AN_OK)
        return rc;
    int64_t size = an_network_node_count(reference ? reference : network);
    if ((rc = an_i_dense_check(size, "matrix")) != AN_OK)
        return rc;
    an_edge_policy policy;
    an_i_lens_scope scope;
    if ((rc = an_i_scope_open(&scope, &policy, network, &spec->policy)) != AN_OK)
        return rc;
    int64_t n = an_network_node_count(scope.network);
    int64_t *row = malloc((size_t)(n ? n : 1) * sizeof *row);
    if (!row) {
        an_i_lens_scope_close(&scope);
        return AN_I_NOMEM();
    }
    /* Row of each analysed node in the output; -1 when the reference lacks it. */
    for (int64_t v = 0; v < n; v++) {
        int64_t original = scope.node_origin ? scope.node_origin[v] : v;
        if (!reference)
            row[v] = original;
        else if (an_network_find_node(reference, an_network_node_id(scope.network, v), &row[v]) != AN_OK)
            row[v] = -1;
    }
    for (int64_t i = 0; i < size * size; i++)
        out[i] = 0.0;
    /* Nodes a lens hides: NaN rows and columns (matched by id against a reference). */
    if (scope.node_position) {
        for (int64_t v = 0; v < scope.original_nodes; v++) {
            if (scope.node_position[v] >= 0)
                continue;
            int64_t r = v;
            if (reference && an_network_find_node(reference, an_network_node_id(network, v), &r) != AN_OK)
                continue;
            for (int64_t k = 0; k < size; k++)
                out[r * size + k] = out[k * size + r] = NAN;
        }
    }
    if (spec->kind == AN_MATRIX_TIES)
        rc = fill_ties(out, size, row, scope.network, spec, &policy);
    else
        rc = fill_attribute(out, size, row, scope.network, spec);
    free(row);
    an_i_lens_scope_close(&scope);
    return rc;
}
