/*
 * blockmodel.c — the image of a partition: block densities (sna::blockmodel,
 * block.content = "density"), the alpha-density image and its fit.
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

void an_blockmodel_free(an_blockmodel *blockmodel)
{
    if (!blockmodel)
        return;
    free(blockmodel->sizes);
    free(blockmodel->density);
    free(blockmodel->overall_density);
    free(blockmodel->image);
    free(blockmodel->r_squared);
    free(blockmodel);
}

/* Visit every cell a blockmodel reads: both actors have a position, i != j unless diag. */
#define FOR_EACH_CELL(i, j, ...)                                              \
    for (int64_t i = 0; i < n; i++) {                                          \
        if (membership[i] < 0)                                                 \
            continue;                                                          \
        for (int64_t j = 0; j < n; j++) {                                      \
            if (membership[j] < 0 || (i == j && !diag))                        \
                continue;                                                      \
            __VA_ARGS__                                                        \
        }                                                                      \
    }

/* Densities, overall density, image and R^2 of one relation. */
static int one_relation(an_blockmodel *bm, int64_t r, const double *a, int64_t n, const int64_t *membership,
                        int diag)
{
    int64_t k = bm->positions;
    double *density = bm->density + r * k * k;
    double *cells = calloc((size_t)(k * k), sizeof *cells);
    if (!cells)
        return AN_I_NOMEM();
    double sum = 0.0, count = 0.0;
    for (int64_t b = 0; b < k * k; b++)
        density[b] = 0.0;
    FOR_EACH_CELL(i, j, {
        int64_t b = membership[i] * k + membership[j];
        density[b] += a[i * n + j];
        cells[b] += 1.0;
        sum += a[i * n + j];
        count += 1.0;
    })
    for (int64_t b = 0; b < k * k; b++)
        density[b] = cells[b] > 0 ? density[b] / cells[b] : NAN;
    double overall = count > 0 ? sum / count : NAN;
    bm->overall_density[r] = overall;
    for (int64_t b = 0; b < k * k; b++)
        bm->image[r * k * k + b] = !isnan(density[b]) && density[b] >= overall;
    /* R^2: correlation of a_ij with its block's density, over the same cells. */
    double sa = 0, sd = 0, saa = 0, sdd = 0, sad = 0;
    FOR_EACH_CELL(i, j, {
        double x = a[i * n + j], d = density[membership[i] * k + membership[j]];
        sa += x;
        sd += d;
        saa += x * x;
        sdd += d * d;
        sad += x * d;
    })
    double vx = count * saa - sa * sa, vd = count * sdd - sd * sd, c = count * sad - sa * sd;
    bm->r_squared[r] = vx > 0 && vd > 0 ? (c * c) / (vx * vd) : NAN;
    free(cells);
    return AN_OK;
}

int an_blockmodel_matrices(an_blockmodel **out, const double *const *matrices, int64_t count, int64_t n,
                           const int64_t *membership, int diag)
{
    if (out)
        *out = NULL;
    if (!out || !matrices || !membership)
        return AN_I_MISUSE("NULL argument");
    if (count < 1 || n < 1)
        return an_i_error(AN_EINVAL, "blockmodel: needs at least one matrix and one actor");
    int64_t k = 0;
    for (int64_t v = 0; v < n; v++) {
        if (membership[v] >= n)
            return an_i_error(AN_EINVAL, "blockmodel: position %lld of actor %lld is not below the %lld actors",
                              (long long)membership[v], (long long)v, (long long)n);
        if (membership[v] + 1 > k)
            k = membership[v] + 1;
    }
    if (k == 0)
        return an_i_error(AN_EINVAL, "blockmodel: no actor has a position");
    /* Only the cells of actors with a position must be finite. */
    for (int64_t r = 0; r < count; r++) {
        if (!matrices[r])
            return AN_I_MISUSE("NULL matrix");
        for (int64_t i = 0; i < n; i++)
            for (int64_t j = 0; j < n; j++)
                if (membership[i] >= 0 && membership[j] >= 0 && !isfinite(matrices[r][i * n + j]))
                    return an_i_error(AN_EINVAL, "blockmodel: matrix %lld has a non-finite entry at (%lld, %lld)",
                                      (long long)r, (long long)i, (long long)j);
    }
    an_blockmodel *bm = calloc(1, sizeof *bm);
    if (bm) {
        bm->positions = k;
        bm->relations = count;
        bm->sizes = malloc((size_t)k * sizeof *bm->sizes);
        bm->density = malloc((size_t)(count * k * k) * sizeof *bm->density);
        bm->overall_density = malloc((size_t)count * sizeof *bm->overall_density);
        bm->image = malloc((size_t)(count * k * k) * sizeof *bm->image);
        bm->r_squared = malloc((size_t)count * sizeof *bm->r_squared);
    }
    if (!bm || !bm->sizes || !bm->density || !bm->overall_density || !bm->image || !bm->r_squared) {
        an_blockmodel_free(bm);
        return AN_I_NOMEM();
    }
    an_i_group_sizes(bm->sizes, membership, n, k);
    int rc = AN_OK;
    for (int64_t r = 0; rc == AN_OK && r < count; r++)
        rc = one_relation(bm, r, matrices[r], n, membership, diag);
    if (rc != AN_OK) {
        an_blockmodel_free(bm);
        return rc;
    }
    *out = bm;
    return AN_OK;
}

int an_network_blockmodel(an_blockmodel **out, const an_network *network, const int64_t *membership,
                          const char *const *relations, const char *relation_column, int diag,
                          const an_edge_policy *policy)
{
    if (out)
        *out = NULL;
    if (!out || !network || !membership)
        return AN_I_MISUSE("NULL argument");
    an_i_dense_input input;
    int rc = an_i_dense_input_open(&input, network, policy, relations, relation_column, "blockmodel");
    if (rc != AN_OK)
        return rc;
    int64_t *seen = malloc((size_t)input.n * sizeof *seen);
    if (!seen)
        rc = AN_I_NOMEM();
    for (int64_t v = 0; rc == AN_OK && v < input.scope.original_nodes; v++) {
        int64_t at = input.scope.node_position ? input.scope.node_position[v] : v;
        if (at >= 0)
            seen[at] = membership[v];
        else if (membership[v] >= 0)
            rc = an_i_error(AN_EINVAL, "blockmodel: actor '%s' has a position but the lens does not see it",
                            an_network_node_id(network, v));
    }
    if (rc == AN_OK)
        rc = an_blockmodel_matrices(out, input.each, input.count, input.n, seen, diag);
    free(seen);
    an_i_dense_input_close(&input);
    return rc;
}
