/*
 * concor.c — CONCOR, convergence of iterated correlations (Breiger, Boorman
 * & Arabie 1975), as R's concoR computes it (positions.h).
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Correlations between the columns of `data` (rows x b, column-major) into out (b x b). */
static void column_correlations(double *out, const double *data, int64_t rows, int64_t b)
{
    for (int64_t p = 0; p < b; p++) {
        out[p * b + p] = 1.0;
        for (int64_t q = p + 1; q < b; q++)
            out[p * b + q] = out[q * b + p] = an_i_pearson(data + p * rows, data + q * rows, rows);
    }
    for (int64_t p = 0; p < b; p++) /* a constant column correlates with nothing */
        if (isnan(an_i_pearson(data + p * rows, data + p * rows, rows)))
            out[p * b + p] = NAN;
}

static int converged(const double *c, int64_t b, double cutoff)
{
    for (int64_t k = 0; k < b * b; k++)
        if (!(fabs(c[k]) > cutoff))
            return isnan(c[k]) ? 1 : 0; /* NaN: no further iteration can help */
    return 1;
}

/* Split `block` (b nodes) by the sign of the converged correlation with its first node:
 * *out_first receives how many go first (same sign), the others follow, order kept. */
static int split(int64_t *block, int64_t b, int64_t *out_first, const double *profiles, int64_t length,
                 const an_concor_options *options)
{
    double *data = malloc((size_t)(b * length) * sizeof *data);
    double *c = malloc((size_t)(b * b) * sizeof *c), *next = malloc((size_t)(b * b) * sizeof *next);
    int64_t *rest = malloc((size_t)b * sizeof *rest);
    if (!data || !c || !next || !rest) {
        free(data);
        free(c);
        free(next);
        free(rest);
        return AN_I_NOMEM();
    }
    for (int64_t p = 0; p < b; p++)
        memcpy(data + p * length, profiles + block[p] * length, (size_t)length * sizeof *data);
    column_correlations(c, data, length, b);
    for (int64_t iteration = 1; iteration <= options->max_iterations && !converged(c, b, options->cutoff);
         iteration++) {
        column_correlations(next, c, b, b);
        double *t = c;
        c = next;
        next = t;
    }
    int64_t first = 0, others = 0;
    for (int64_t p = 0; p < b; p++) {
        if (c[p] > 0) /* column 0, row p (symmetric) */
            block[first++] = block[p];
        else
            rest[others++] = block[p];
    }
    memcpy(block + first, rest, (size_t)others * sizeof *rest);
    *out_first = first;
    free(data);
    free(c);
    free(next);
    free(rest);
    return AN_OK;
}

static int check_options(const an_concor_options *options)
{
    if (options->version != AN_CONCOR_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_concor_options: version %u, expected %u", options->version,
                          (unsigned)AN_CONCOR_OPTIONS_VERSION);
    if (options->depth < 1 || options->depth > 30)
        return an_i_error(AN_EINVAL, "concor: depth must be between 1 and 30 (got %lld)", (long long)options->depth);
    if (options->max_iterations < 1)
        return an_i_error(AN_EINVAL, "concor: max_iterations must be >= 1 (got %lld)",
                          (long long)options->max_iterations);
    if (!(options->cutoff > 0.0 && options->cutoff < 1.0))
        return an_i_error(AN_EINVAL, "concor: cutoff must be in (0, 1) (got %g)", options->cutoff);
    return AN_OK;
}

/* Each node's profile: for every relation, its column then its row (2 R n values). */
static double *profiles_of(const an_i_dense_input *input, int64_t *out_length)
{
    int64_t n = input->n, length = 2 * input->count * n;
    double *profiles = malloc((size_t)(n * length) * sizeof *profiles);
    if (!profiles)
        return NULL;
    for (int64_t j = 0; j < n; j++) {
        double *p = profiles + j * length;
        for (int64_t r = 0; r < input->count; r++) {
            const double *a = input->each[r];
            for (int64_t i = 0; i < n; i++) {
                p[2 * r * n + i] = a[i * n + j];
                p[(2 * r + 1) * n + i] = a[j * n + i];
            }
        }
    }
    *out_length = length;
    return profiles;
}

/* The CONCOR labels of the seen nodes: splits, then isolates last. */
static int concor_labels(int64_t *labels, const an_i_dense_input *input, const an_concor_options *options)
{
    int64_t n = input->n, length = 0;
    double *profiles = profiles_of(input, &length);
    int64_t *order = malloc((size_t)n * sizeof *order), *starts = malloc((size_t)(n + 2) * sizeof *starts);
    int64_t *next_starts = malloc((size_t)(n + 2) * sizeof *next_starts);
    if (!profiles || !order || !starts || !next_starts) {
        free(profiles);
        free(order);
        free(starts);
        free(next_starts);
        return AN_I_NOMEM();
    }
    /* Blocks are runs of `order`: block b is order[starts[b] .. starts[b + 1]). */
    int64_t kept = 0, isolates = 0;
    for (int64_t v = 0; v < n; v++) {
        double *p = profiles + v * length;
        if (isnan(an_i_pearson(p, p, length)))
            labels[v] = -2, isolates++;
        else
            order[kept++] = v;
    }
    int64_t blocks = kept > 0;
    starts[0] = 0;
    starts[1] = kept;
    int rc = AN_OK;
    for (int64_t level = 0; rc == AN_OK && level < options->depth; level++) {
        int64_t next_blocks = 0;
        next_starts[0] = 0;
        for (int64_t b = 0; rc == AN_OK && b < blocks; b++) {
            int64_t size = starts[b + 1] - starts[b], first = size;
            if (size >= 2)
                rc = split(order + starts[b], size, &first, profiles, length, options);
            if (first > 0 && first < size)
                next_starts[++next_blocks] = starts[b] + first;
            next_starts[++next_blocks] = starts[b + 1];
        }
        memcpy(starts, next_starts, (size_t)(next_blocks + 1) * sizeof *starts);
        blocks = next_blocks;
    }
    for (int64_t b = 0; rc == AN_OK && b < blocks; b++)
        for (int64_t k = starts[b]; k < starts[b + 1]; k++)
            labels[order[k]] = b;
    int64_t count = 0;
    if (rc == AN_OK)
        rc = an_i_renumber_by_first(labels, n, &count);
    for (int64_t v = 0; rc == AN_OK && v < n; v++)
        if (labels[v] == -2)
            labels[v] = count; /* the isolates' own position, numbered last */
    free(profiles);
    free(order);
    free(starts);
    free(next_starts);
    return rc;
}

int an_network_concor(an_positions **out, const an_network *network, const an_concor_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_concor_options defaults = AN_CONCOR_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    an_i_dense_input input;
    if ((rc = an_i_dense_input_open(&input, network, &options->policy, options->relations,
                                    options->relation_column, "concor")) != AN_OK)
        return rc;
    an_positions *p = NULL;
    int64_t *labels = malloc((size_t)input.n * sizeof *labels);
    rc = labels ? an_i_positions_new(&p, input.scope.original_nodes) : AN_I_NOMEM();
    if (rc == AN_OK)
        rc = concor_labels(labels, &input, options);
    if (rc == AN_OK) {
        /* keep the isolates' position last after the renumbering by first node */
        an_i_scope_scatter_integers(&input.scope, p->membership, labels, -1);
        int64_t count = 0;
        for (int64_t v = 0; v < input.n; v++)
            if (labels[v] + 1 > count)
                count = labels[v] + 1;
        p->count = count;
        if (!(p->sizes = malloc((size_t)(count ? count : 1) * sizeof *p->sizes)))
            rc = AN_I_NOMEM();
        else
            an_i_group_sizes(p->sizes, p->membership, p->node_count, count);
    }
    if (rc == AN_OK) {
        *out = p;
        p = NULL;
    }
    an_positions_free(p);
    free(labels);
    an_i_dense_input_close(&input);
    return rc;
}
