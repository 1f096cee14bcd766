/*
 * qap_regression.c — QAP linear and logistic regression: the observed fit
 * and the null distributions of sna::netlm / netlogit ("qap" = "qapspp",
 * "qapy", "qapx", "qapallx", "classical"), drawing permutations in sna's
 * order so that the same permutations give the same distributions.
 */
#include "qap_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void an_qap_regression_free(an_qap_regression *r)
{
    if (!r)
        return;
    free(r->coefficients);
    free(r->std_errors);
    free(r->statistics);
    free(r->p_less);
    free(r->p_greater);
    free(r->p_two_sided);
    free(r->distribution);
    free(r);
}

/* The state of one regression test. Term t's matrix is terms[t] (k x k); its observations are
 * gathered into column t of the design. */
typedef struct regression {
    int model, statistic, directed;
    double tolerance;
    const an_i_permuter *permuter;
    int64_t k, cells_count, p;
    const int64_t *cells;
    double *y;                  /* k x k (read to 0/1 for the logit) */
    const double **terms;       /* p matrices (the intercept a matrix of ones) */
    double *response;           /* N */
    double *design;             /* N x p */
    double *statistics;         /* p */
    int64_t *perm, *composed, *scratch;
    an_i_qap_fit fit;
} regression;

static void gather_design(regression *g, const int64_t *const *perms)
{
    for (int64_t t = 0; t < g->p; t++)
        an_i_qap_gather(g->design + t * g->cells_count, g->terms[t], g->cells, g->cells_count,
                        perms ? perms[t] : NULL, g->k);
}

static int draw(regression *g, int64_t *perm)
{
    return g->permuter->next(g->permuter->state, perm, g->k);
}

/* "qapy": permute y, refit; every term's statistic. */
static int null_y(regression *g, double *distribution, int64_t permutations)
{
    gather_design(g, NULL);
    for (int64_t r = 0; r < permutations; r++) {
        int rc = draw(g, g->perm);
        if (rc == AN_OK) {
            an_i_qap_gather(g->response, g->y, g->cells, g->cells_count, g->perm, g->k);
            rc = an_i_qap_fit_run(&g->fit, g->model, g->response, g->design, g->tolerance, g->statistic,
                                  distribution + r * g->p);
        }
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

/* "qapx": each term in turn, its matrix permuted by the composition of the draws so far. */
static int null_x(regression *g, double *distribution, int64_t permutations)
{
    an_i_qap_gather(g->response, g->y, g->cells, g->cells_count, NULL, g->k);
    for (int64_t t = 0; t < g->p; t++) {
        gather_design(g, NULL);
        for (int64_t i = 0; i < g->k; i++)
            g->composed[i] = i;
        for (int64_t r = 0; r < permutations; r++) {
            int rc = draw(g, g->perm);
            if (rc != AN_OK)
                return rc;
            for (int64_t i = 0; i < g->k; i++) /* m[c][c] then [o][o] is m[c o][c o] */
                g->scratch[i] = g->composed[g->perm[i]];
            memcpy(g->composed, g->scratch, (size_t)g->k * sizeof *g->composed);
            an_i_qap_gather(g->design + t * g->cells_count, g->terms[t], g->cells, g->cells_count, g->composed,
                            g->k);
            if ((rc = an_i_qap_fit_run(&g->fit, g->model, g->response, g->design, g->tolerance, g->statistic,
                                       g->statistics)) != AN_OK)
                return rc;
            distribution[r * g->p + t] = g->statistics[t];
        }
    }
    return AN_OK;
}

/* "qapallx": every term permuted independently (one draw per term, in order), refit. */
static int null_all_x(regression *g, double *distribution, int64_t permutations)
{
    an_i_qap_gather(g->response, g->y, g->cells, g->cells_count, NULL, g->k);
    for (int64_t r = 0; r < permutations; r++) {
        for (int64_t t = 0; t < g->p; t++) {
            int rc = draw(g, g->perm);
            if (rc != AN_OK)
                return rc;
            an_i_qap_gather(g->design + t * g->cells_count, g->terms[t], g->cells, g->cells_count, g->perm, g->k);
        }
        int rc = an_i_qap_fit_run(&g->fit, g->model, g->response, g->design, g->tolerance, g->statistic,
                                  distribution + r * g->p);
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

/* "qap" (semi-partialling, Dekker et al. 2007): each term's residual on the other terms (least
 * squares, whatever the model), put back in a matrix, permuted, and fitted as the LAST column
 * after the other terms in order. */
static int null_semipartial(regression *g, double *distribution, int64_t permutations)
{
    int64_t n = g->cells_count, p = g->p, k = g->k;
    double *others = malloc((size_t)(n * (p - 1) + 1) * sizeof *others);
    double *target = malloc((size_t)n * sizeof *target), *residual_matrix = malloc((size_t)(k * k) * sizeof *residual_matrix);
    an_i_qap_fit side;
    int rc = others && target && residual_matrix ? an_i_qap_fit_init(&side, n, p - 1) : AN_I_NOMEM();
    if (rc != AN_OK) {
        free(others);
        free(target);
        free(residual_matrix);
        return rc;
    }
    an_i_qap_gather(g->response, g->y, g->cells, n, NULL, k);
    for (int64_t t = 0; rc == AN_OK && t < p; t++) {
        int64_t column = 0;
        for (int64_t u = 0; u < p; u++)
            if (u != t)
                an_i_qap_gather(others + column++ * n, g->terms[u], g->cells, n, NULL, k);
        an_i_qap_gather(target, g->terms[t], g->cells, n, NULL, k);
        if ((rc = an_i_qap_fit_run(&side, AN_QAP_LINEAR, target, others, g->tolerance, AN_QAP_BETA, NULL)) != AN_OK)
            break;
        /* The term's matrix with its observed cells replaced by the residuals (mirrored when
         * undirected, as sna does; other cells keep their values and are never observed). */
        memcpy(residual_matrix, g->terms[t], (size_t)(k * k) * sizeof *residual_matrix);
        for (int64_t c = 0; c < n; c++) {
            int64_t i = g->cells[c] / k, j = g->cells[c] % k;
            residual_matrix[g->cells[c]] = side.residuals[c];
            if (!g->directed && i > j)
                residual_matrix[j * k + i] = side.residuals[c];
        }
        memcpy(g->design, others, (size_t)(n * (p - 1)) * sizeof *others);
        for (int64_t r = 0; r < permutations; r++) {
            if ((rc = draw(g, g->perm)) != AN_OK)
                break;
            an_i_qap_gather(g->design + (p - 1) * n, residual_matrix, g->cells, n, g->perm, k);
            if ((rc = an_i_qap_fit_run(&g->fit, g->model, g->response, g->design, g->tolerance, g->statistic,
                                       g->statistics)) != AN_OK)
                break;
            distribution[r * p + t] = g->statistics[p - 1];
        }
    }
    an_i_qap_fit_free(&side);
    free(others);
    free(target);
    free(residual_matrix);
    return rc;
}

/* Summaries of the observed fit (summary.netlm / netlogit). */
static void summarise(an_qap_regression *r, const an_i_qap_fit *fit, const double *y)
{
    int64_t n = r->observations;
    r->rank = fit->qr.rank;
    r->df_residual = n - r->rank;
    r->iterations = fit->iterations;
    r->converged = fit->converged;
    r->r_squared = r->adjusted_r_squared = r->residual_standard_error = r->f_statistic = NAN;
    r->deviance = r->null_deviance = r->aic = r->bic = NAN;
    if (r->model == AN_QAP_LINEAR) {
        double mean = 0, mss = 0;
        for (int64_t i = 0; i < n; i++)
            mean += fit->fitted[i];
        mean /= (double)n;
        for (int64_t i = 0; i < n; i++) {
            double f = r->intercept ? fit->fitted[i] - mean : fit->fitted[i];
            mss += f * f;
        }
        double resvar = fit->rss / (double)r->df_residual;
        r->residual_standard_error = sqrt(resvar);
        r->r_squared = mss / (mss + fit->rss);
        r->adjusted_r_squared = 1.0 - (1.0 - r->r_squared) * ((double)(n - r->intercept) / (double)r->df_residual);
        r->f_statistic = (mss / (double)(r->rank - r->intercept)) / resvar;
    } else {
        double *half = malloc((size_t)n * sizeof *half);
        for (int64_t i = 0; half && i < n; i++)
            half[i] = 0.5;
        r->deviance = fit->deviance;
        /* sna fits with glm.fit(intercept = FALSE): its null model has every probability 1/2 */
        r->null_deviance = half ? an_i_binomial_deviance(y, half, n) : NAN;
        r->aic = fit->deviance + 2.0 * (double)r->rank;
        r->bic = fit->deviance + (double)r->rank * log((double)n);
        free(half);
    }
}

static int allocate(an_qap_regression **out, int64_t p, int64_t permutations)
{
    an_qap_regression *r = calloc(1, sizeof *r);
    if (r) {
        r->coefficients = malloc((size_t)p * sizeof *r->coefficients);
        r->std_errors = malloc((size_t)p * sizeof *r->std_errors);
        r->statistics = malloc((size_t)p * sizeof *r->statistics);
        r->p_less = malloc((size_t)p * sizeof *r->p_less);
        r->p_greater = malloc((size_t)p * sizeof *r->p_greater);
        r->p_two_sided = malloc((size_t)p * sizeof *r->p_two_sided);
        if (permutations > 0)
            r->distribution = malloc((size_t)(permutations * p) * sizeof *r->distribution);
    }
    if (!r || !r->coefficients || !r->std_errors || !r->statistics || !r->p_less || !r->p_greater ||
        !r->p_two_sided || (permutations > 0 && !r->distribution)) {
        an_qap_regression_free(r);
        return AN_I_NOMEM();
    }
    *out = r;
    return AN_OK;
}

/* Run the test on compacted matrices (k actors). */
static int run(an_qap_regression *result, regression *g, const an_qap_options *options)
{
    int64_t n = g->cells_count, p = g->p;
    an_i_qap_gather(g->response, g->y, g->cells, n, NULL, g->k);
    if (g->model == AN_QAP_LOGISTIC)
        for (int64_t c = 0; c < n; c++)
            g->response[c] = g->response[c] != 0.0;
    gather_design(g, NULL);
    int rc = an_i_qap_fit_run(&g->fit, g->model, g->response, g->design, g->tolerance, g->statistic,
                              result->statistics);
    if (rc != AN_OK)
        return rc;
    memcpy(result->coefficients, g->fit.coefficients, (size_t)p * sizeof *result->coefficients);
    memcpy(result->std_errors, g->fit.std_errors, (size_t)p * sizeof *result->std_errors);
    double *y01 = malloc((size_t)n * sizeof *y01);
    if (!y01)
        return AN_I_NOMEM();
    memcpy(y01, g->response, (size_t)n * sizeof *y01);
    summarise(result, &g->fit, y01);
    free(y01);
    int null = options->null_hypothesis;
    if (null == AN_QAP_SEMIPARTIAL && p == 1)
        null = AN_QAP_Y; /* as sna: nothing to partial out */
    result->null_hypothesis = null;
    if (null == AN_QAP_CLASSICAL) {
        for (int64_t t = 0; t < p; t++) {
            double tv = result->coefficients[t] / result->std_errors[t], df = (double)result->df_residual;
            result->p_less[t] = an_i_student_t_cdf(tv, df);
            result->p_greater[t] = 1.0 - result->p_less[t];
            result->p_two_sided[t] = 2.0 * (1.0 - an_i_student_t_cdf(fabs(tv), df));
        }
        return AN_OK;
    }
    result->permutations = options->permutations;
    if (g->model == AN_QAP_LOGISTIC) /* the permuted fits read a 0/1 response too */
        for (int64_t c = 0; c < g->k * g->k; c++)
            g->y[c] = g->y[c] != 0.0;
    switch (null) {
    case AN_QAP_Y: rc = null_y(g, result->distribution, options->permutations); break;
    case AN_QAP_X: rc = null_x(g, result->distribution, options->permutations); break;
    case AN_QAP_ALL_X: rc = null_all_x(g, result->distribution, options->permutations); break;
    default: rc = null_semipartial(g, result->distribution, options->permutations); break;
    }
    for (int64_t t = 0; rc == AN_OK && t < p; t++)
        an_i_permutation_p_values(result->distribution + t, options->permutations, p, result->statistics[t],
                                  &result->p_less[t], &result->p_greater[t], &result->p_two_sided[t]);
    return rc;
}

int an_i_qap_regression(an_qap_regression **out, int model, const double *y, const double *const *x,
                        int64_t predictors, int64_t n, const an_qap_options *options, const an_i_permuter *permuter)
{
    int64_t p = predictors + (options->intercept ? 1 : 0);
    const double **all = malloc((size_t)(predictors + 1) * sizeof *all);
    if (!all)
        return AN_I_NOMEM();
    all[0] = y;
    for (int64_t t = 0; t < predictors; t++)
        all[t + 1] = x[t];
    double *compact = NULL, *ones = NULL;
    int64_t k = 0, *cells = NULL;
    int rc = an_i_qap_compact(&compact, &k, all, predictors + 1, n);
    free(all);
    regression g;
    memset(&g, 0, sizeof g);
    if (rc == AN_OK && k < 3)
        rc = an_i_error(AN_EINVAL, "qap regression: needs at least 3 actors (got %lld)", (long long)k);
    if (rc == AN_OK)
        rc = an_i_qap_cells(&cells, &g.cells_count, k, options);
    if (rc == AN_OK && g.cells_count <= p)
        rc = an_i_error(AN_EINVAL, "qap regression: %lld observations for %lld terms", (long long)g.cells_count,
                        (long long)p);
    an_qap_regression *result = NULL;
    if (rc == AN_OK) {
        g.model = model;
        g.statistic = options->statistic;
        g.directed = options->directed != 0;
        g.tolerance = options->tolerance;
        g.permuter = permuter;
        g.k = k;
        g.p = p;
        g.cells = cells;
        g.y = compact;
        g.terms = malloc((size_t)p * sizeof *g.terms);
        ones = malloc((size_t)(k * k) * sizeof *ones);
        g.response = malloc((size_t)g.cells_count * sizeof *g.response);
        g.design = malloc((size_t)(g.cells_count * p) * sizeof *g.design);
        g.statistics = malloc((size_t)p * sizeof *g.statistics);
        g.perm = malloc((size_t)k * sizeof *g.perm);
        g.composed = malloc((size_t)k * sizeof *g.composed);
        g.scratch = malloc((size_t)k * sizeof *g.scratch);
        if (!g.terms || !ones || !g.response || !g.design || !g.statistics || !g.perm || !g.composed || !g.scratch)
            rc = AN_I_NOMEM();
    }
    if (rc == AN_OK) {
        for (int64_t c = 0; c < k * k; c++)
            ones[c] = 1.0;
        int64_t t = 0;
        if (options->intercept)
            g.terms[t++] = ones;
        for (int64_t u = 0; u < predictors; u++)
            g.terms[t++] = compact + (u + 1) * k * k;
        rc = an_i_qap_fit_init(&g.fit, g.cells_count, p);
    }
    if (rc == AN_OK)
        rc = allocate(&result, p, options->null_hypothesis == AN_QAP_CLASSICAL ? 0 : options->permutations);
    if (rc == AN_OK) {
        result->model = model;
        result->statistic = options->statistic;
        result->intercept = options->intercept ? 1 : 0;
        result->terms = p;
        result->observations = g.cells_count;
        rc = run(result, &g, options);
    }
    if (rc == AN_OK) {
        *out = result;
        result = NULL;
    }
    an_qap_regression_free(result);
    an_i_qap_fit_free(&g.fit);
    free(g.terms);
    free(g.response);
    free(g.design);
    free(g.statistics);
    free(g.perm);
    free(g.composed);
    free(g.scratch);
    free(ones);
    free(cells);
    free(compact);
    return rc;
}

static int regression_entry(an_qap_regression **out, int model, const double *y, const double *const *x,
                            int64_t predictors, int64_t n, const an_qap_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !y || (!x && predictors > 0))
        return AN_I_MISUSE("NULL argument");
    an_qap_options defaults = AN_QAP_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    int rc = an_i_qap_check_options(options, 1);
    if (rc == AN_OK && predictors < 1)
        rc = an_i_error(AN_EINVAL, "qap regression: needs at least one predictor");
    for (int64_t t = 0; rc == AN_OK && t < predictors; t++)
        if (!x[t])
            rc = AN_I_MISUSE("NULL predictor matrix");
    if (rc == AN_OK && n < 3)
        rc = an_i_error(AN_EINVAL, "qap regression: needs at least 3 actors (got %lld)", (long long)n);
    if (rc == AN_OK)
        rc = an_i_dense_check(n, "qap regression");
    if (rc != AN_OK)
        return rc;
    an_i_random random;
    an_i_random_seed(&random, options->seed);
    an_i_permuter permuter = { an_i_random_permutation, &random };
    return an_i_qap_regression(out, model, y, x, predictors, n, options, &permuter);
}

int an_qap_linear(an_qap_regression **out, const double *y, const double *const *x, int64_t predictors, int64_t n,
                  const an_qap_options *options)
{
    return regression_entry(out, AN_QAP_LINEAR, y, x, predictors, n, options);
}

int an_qap_logistic(an_qap_regression **out, const double *y, const double *const *x, int64_t predictors,
                    int64_t n, const an_qap_options *options)
{
    return regression_entry(out, AN_QAP_LOGISTIC, y, x, predictors, n, options);
}
