/*
 * dense_input.c — what every network-level dense method reads: the nodes a
 * lens sees and one matrix per relation over them (positions_internal.h).
 */
#include "positions_internal.h"
#include "error_internal.h"
#include "igraph_bridge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void an_i_dense_input_close(an_i_dense_input *input)
{
    free(input->matrices);
    free(input->each);
    an_i_lens_scope_close(&input->scope);
    memset(input, 0, sizeof *input);
}

int an_i_scope_open(an_i_lens_scope *scope, an_edge_policy *effective, const an_network *network,
                    const an_edge_policy *policy)
{
    *effective = (an_edge_policy)AN_EDGE_POLICY_INIT;
    if (policy)
        *effective = *policy;
    int rc = an_i_edge_policy_check(network, effective);
    if (rc == AN_OK)
        rc = an_i_lens_scope_open(scope, network, effective->lens);
    effective->lens = NULL;
    return rc;
}

int an_i_dense_input_open(an_i_dense_input *input, const an_network *network, const an_edge_policy *policy,
                          const char *const *relations, const char *relation_column, const char *what)
{
    memset(input, 0, sizeof *input);
    if (relations && !relations[0])
        return an_i_error(AN_EINVAL, "%s: the relation list is empty", what);
    an_edge_policy effective;
    int rc = an_i_scope_open(&input->scope, &effective, network, policy);
    if (rc != AN_OK)
        return rc;
    int64_t n = input->n = an_network_node_count(input->scope.network);
    if (n == 0)
        rc = an_i_error(AN_EEMPTY, "%s: the network has no nodes", what);
    if (rc == AN_OK)
        rc = an_i_dense_check(n, what);
    int64_t count = 1;
    while (relations && relations[count])
        count++;
    input->count = count;
    size_t cells = (size_t)n * (size_t)n;
    if (rc == AN_OK) {
        input->matrices = malloc((size_t)count * (cells ? cells : 1) * sizeof *input->matrices);
        input->each = malloc((size_t)count * sizeof *input->each);
        if (!input->matrices || !input->each)
            rc = AN_I_NOMEM();
    }
    for (int64_t r = 0; rc == AN_OK && r < count; r++) {
        const char *one[2] = { relations ? relations[r] : NULL, NULL };
        an_matrix_spec spec = AN_MATRIX_SPEC_INIT;
        spec.relations = relations ? one : NULL;
        spec.relation_column = relation_column;
        spec.policy = effective;
        input->each[r] = input->matrices + (size_t)r * cells;
        rc = an_network_matrix(input->matrices + (size_t)r * cells, input->scope.network, NULL, &spec);
        int any = 0;
        for (size_t k = 0; rc == AN_OK && k < cells && !any; k++)
            any = input->matrices[(size_t)r * cells + k] != 0.0;
        if (rc == AN_OK && !any)
            rc = relations ? an_i_error(AN_EINVAL, "%s: relation '%s' has no tie among the %lld actors analysed",
                                        what, relations[r], (long long)n)
                           : an_i_error(AN_EINVAL, "%s: no tie among the %lld actors analysed", what, (long long)n);
    }
    if (rc != AN_OK)
        an_i_dense_input_close(input);
    return rc;
}

void an_i_dense_scatter_matrix(const an_i_dense_input *input, double *out, const double *in)
{
    int64_t total = input->scope.original_nodes, n = input->n;
    if (!input->scope.node_origin) {
        memcpy(out, in, (size_t)n * (size_t)n * sizeof *out);
        return;
    }
    for (int64_t i = 0; i < total * total; i++)
        out[i] = NAN;
    for (int64_t i = 0; i < n; i++) {
        int64_t oi = input->scope.node_origin[i];
        for (int64_t j = 0; j < n; j++)
            out[oi * total + input->scope.node_origin[j]] = in[i * n + j];
    }
}

int an_i_matrices_finite(const double *const *matrices, int64_t count, int64_t n, const char *what)
{
    for (int64_t r = 0; r < count; r++) {
        if (!matrices[r])
            return an_i_error(AN_EMISUSE, "%s: matrix %lld is NULL", what, (long long)r);
        for (int64_t k = 0; k < n * n; k++)
            if (!isfinite(matrices[r][k]))
                return an_i_error(AN_EINVAL, "%s: matrix %lld has a non-finite entry at row %lld, column %lld",
                                  what, (long long)r, (long long)(k / n), (long long)(k % n));
    }
    return AN_OK;
}

void an_i_scope_scatter_integers(const an_i_lens_scope *scope, int64_t *out, const int64_t *in, int64_t outside)
{
    for (int64_t v = 0; v < scope->original_nodes; v++) {
        int64_t at = scope->node_position ? scope->node_position[v] : v;
        out[v] = at < 0 ? outside : in[at];
    }
}

void an_i_scope_scatter_reals(const an_i_lens_scope *scope, double *out, const double *in)
{
    for (int64_t v = 0; v < scope->original_nodes; v++) {
        int64_t at = scope->node_position ? scope->node_position[v] : v;
        out[v] = at < 0 ? NAN : in[at];
    }
}
