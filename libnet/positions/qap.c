/*
 * qap.c — what the QAP tests share: the actors a test keeps, the cells that
 * are observations, options, and the correlation test (sna::qaptest with
 * gcor). The regressions are in qap_regression.c.
 */
#include "positions_internal.h"
#include "qap_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const null_names[] = { "qap", "qapy", "qapx", "qapallx", "classical" };

const char *an_qap_null_name(int null_hypothesis)
{
    return null_hypothesis >= 0 && null_hypothesis <= AN_QAP_CLASSICAL ? null_names[null_hypothesis] : NULL;
}

int an_qap_null_from_name(int *out, const char *name)
{
    if (!out || !name)
        return AN_I_MISUSE("NULL argument");
    if (strcmp(name, "qapspp") == 0) {
        *out = AN_QAP_SEMIPARTIAL;
        return AN_OK;
    }
    for (int i = 0; i <= AN_QAP_CLASSICAL; i++)
        if (strcmp(name, null_names[i]) == 0) {
            *out = i;
            return AN_OK;
        }
    return an_i_error(AN_EINVAL, "unknown null hypothesis '%s' (qap, qapspp, qapy, qapx, qapallx, classical)", name);
}

int an_i_qap_check_options(const an_qap_options *o, int regression)
{
    if (o->version != AN_QAP_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_qap_options: version %u, expected %u (use AN_QAP_OPTIONS_INIT)",
                          o->version, (unsigned)AN_QAP_OPTIONS_VERSION);
    if (regression && (o->null_hypothesis < 0 || o->null_hypothesis > AN_QAP_CLASSICAL))
        return an_i_error(AN_EINVAL, "qap: unknown null hypothesis %d", o->null_hypothesis);
    if (regression && o->statistic != AN_QAP_T && o->statistic != AN_QAP_BETA)
        return an_i_error(AN_EINVAL, "qap: unknown test statistic %d", o->statistic);
    int permuting = !regression || o->null_hypothesis != AN_QAP_CLASSICAL;
    if (permuting && o->permutations < 1)
        return an_i_error(AN_EINVAL, "qap: permutations must be >= 1 (got %lld)", (long long)o->permutations);
    if (o->permutations < 0)
        return an_i_error(AN_EINVAL, "qap: permutations must be >= 0 (got %lld)", (long long)o->permutations);
    if (regression && !(o->tolerance > 0.0))
        return an_i_error(AN_EINVAL, "qap: tolerance must be > 0 (got %g)", o->tolerance);
    return AN_OK;
}

int an_i_qap_compact(double **out, int64_t *out_k, const double *const *matrices, int64_t count, int64_t n)
{
    *out = NULL;
    unsigned char *missing = calloc((size_t)(n ? n : 1), 1);
    if (!missing)
        return AN_I_NOMEM();
    for (int64_t r = 0; r < count; r++)
        for (int64_t i = 0; i < n; i++) {
            int all = n > 1;
            for (int64_t k = 0; all && k < n; k++)
                if (k != i && !(isnan(matrices[r][i * n + k]) && isnan(matrices[r][k * n + i])))
                    all = 0;
            missing[i] |= (unsigned char)all;
        }
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++)
        k += !missing[i];
    double *compact = malloc((size_t)(count * k * k + 1) * sizeof *compact);
    if (!compact) {
        free(missing);
        return AN_I_NOMEM();
    }
    int rc = AN_OK;
    for (int64_t r = 0; r < count && rc == AN_OK; r++) {
        double *target = compact + r * k * k;
        for (int64_t i = 0; i < n && rc == AN_OK; i++) {
            if (missing[i])
                continue;
            for (int64_t j = 0; j < n; j++) {
                if (missing[j])
                    continue;
                double value = matrices[r][i * n + j];
                if (!isfinite(value) && i != j) {
                    rc = an_i_error(AN_EINVAL, "qap: matrix %lld has a %s entry at row %lld, column %lld (only "
                                               "whole rows and columns of NaN, for actors left out, are allowed)",
                                    (long long)r, isnan(value) ? "missing (NaN)" : "infinite", (long long)i,
                                    (long long)j);
                    break;
                }
                *target++ = value;
            }
        }
    }
    free(missing);
    if (rc != AN_OK) {
        free(compact);
        return rc;
    }
    *out = compact;
    *out_k = k;
    return AN_OK;
}

int an_i_qap_cells(int64_t **out, int64_t *out_count, int64_t n, const an_qap_options *o)
{
    /* R's order: as.vector() of the matrix, column by column; "graph" keeps the lower triangle. */
    int64_t *cells = malloc((size_t)(n * n + 1) * sizeof *cells), count = 0;
    if (!cells)
        return AN_I_NOMEM();
    for (int64_t j = 0; j < n; j++)
        for (int64_t i = 0; i < n; i++) {
            if (i == j ? !o->diag : (!o->directed && i < j))
                continue;
            cells[count++] = i * n + j;
        }
    *out = cells;
    *out_count = count;
    return AN_OK;
}

void an_i_qap_gather(double *out, const double *matrix, const int64_t *cells, int64_t count, const int64_t *perm,
                     int64_t n)
{
    if (!perm) {
        for (int64_t c = 0; c < count; c++)
            out[c] = matrix[cells[c]];
        return;
    }
    for (int64_t c = 0; c < count; c++) {
        int64_t i = cells[c] / n, j = cells[c] % n;
        out[c] = matrix[perm[i] * n + perm[j]];
    }
}

void an_qap_correlation_free(an_qap_correlation_result *result)
{
    if (!result)
        return;
    free(result->distribution);
    free(result);
}

int an_i_qap_correlation(an_qap_correlation_result **out, const double *y, const double *x, int64_t n,
                         const an_qap_options *options, const an_i_permuter *permuter)
{
    const double *pair[2] = { y, x };
    double *compact = NULL;
    int64_t k = 0, count = 0, *cells = NULL, *perm = NULL;
    int rc = an_i_qap_compact(&compact, &k, pair, 2, n);
    if (rc == AN_OK && k < 3)
        rc = an_i_error(AN_EINVAL, "qap correlation: needs at least 3 actors (got %lld)", (long long)k);
    if (rc == AN_OK)
        rc = an_i_qap_cells(&cells, &count, k, options);
    an_qap_correlation_result *r = NULL;
    double *ys = NULL, *xs = NULL;
    if (rc == AN_OK) {
        r = calloc(1, sizeof *r);
        ys = malloc((size_t)count * sizeof *ys);
        xs = malloc((size_t)count * sizeof *xs);
        perm = malloc((size_t)k * sizeof *perm);
        if (r)
            r->distribution = malloc((size_t)options->permutations * sizeof *r->distribution);
        if (!r || !ys || !xs || !perm || !r->distribution)
            rc = AN_I_NOMEM();
    }
    if (rc == AN_OK) {
        const double *cy = compact, *cx = compact + k * k;
        an_i_qap_gather(ys, cy, cells, count, NULL, k);
        an_i_qap_gather(xs, cx, cells, count, NULL, k);
        r->observations = count;
        r->permutations = options->permutations;
        r->correlation = an_i_pearson(ys, xs, count);
        if (isnan(r->correlation))
            rc = an_i_error(AN_EINVAL, "qap correlation: undefined (one of the matrices is constant over the "
                                       "%lld cells compared)", (long long)count);
        for (int64_t p = 0; rc == AN_OK && p < options->permutations; p++) {
            if ((rc = permuter->next(permuter->state, perm, k)) != AN_OK)
                break;
            an_i_qap_gather(xs, cx, cells, count, perm, k);
            r->distribution[p] = an_i_pearson(ys, xs, count);
        }
        if (rc == AN_OK)
            an_i_permutation_p_values(r->distribution, r->permutations, 1, r->correlation, &r->p_less,
                                      &r->p_greater, &r->p_two_sided);
    }
    if (rc == AN_OK) {
        *out = r;
        r = NULL;
    }
    an_qap_correlation_free(r);
    free(compact);
    free(cells);
    free(ys);
    free(xs);
    free(perm);
    return rc;
}

int an_qap_correlation(an_qap_correlation_result **out, const double *y, const double *x, int64_t n,
                       const an_qap_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !y || !x)
        return AN_I_MISUSE("NULL argument");
    an_qap_options defaults = AN_QAP_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    int rc = an_i_qap_check_options(options, 0);
    if (rc == AN_OK && n < 3)
        rc = an_i_error(AN_EINVAL, "qap correlation: needs at least 3 actors (got %lld)", (long long)n);
    if (rc == AN_OK)
        rc = an_i_dense_check(n, "qap correlation");
    if (rc != AN_OK)
        return rc;
    an_i_random random;
    an_i_random_seed(&random, options->seed);
    an_i_permuter permuter = { an_i_random_permutation, &random };
    return an_i_qap_correlation(out, y, x, n, options, &permuter);
}
