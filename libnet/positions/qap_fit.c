/*
 * qap_fit.c — one regression fit, as sna's netlm and netlogit make it:
 * least squares by QR (R's qr, lm's standard errors), or a logit by
 * iteratively reweighted least squares exactly as R's glm.fit (starting
 * values, clamped link, convergence rule, at most 25 iterations, standard
 * errors from the last weighted QR).
 */
#include "qap_internal.h"
#include "error_internal.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int an_i_qap_fit_init(an_i_qap_fit *fit, int64_t rows, int64_t columns)
{
    memset(fit, 0, sizeof *fit);
    fit->rows = rows;
    fit->columns = columns;
    fit->coefficients = malloc((size_t)columns * sizeof *fit->coefficients);
    fit->std_errors = malloc((size_t)columns * sizeof *fit->std_errors);
    fit->residuals = malloc((size_t)rows * sizeof *fit->residuals);
    fit->fitted = malloc((size_t)rows * sizeof *fit->fitted);
    /* scratch: N (QR work) + N x p (weighted design) + 4 N (IRLS vectors) */
    fit->work = malloc((size_t)(rows * (columns + 5)) * sizeof *fit->work);
    if (!fit->coefficients || !fit->std_errors || !fit->residuals || !fit->fitted || !fit->work) {
        an_i_qap_fit_free(fit);
        return AN_I_NOMEM();
    }
    return AN_OK;
}

void an_i_qap_fit_free(an_i_qap_fit *fit)
{
    an_i_qr_free(&fit->qr);
    free(fit->coefficients);
    free(fit->std_errors);
    free(fit->residuals);
    free(fit->fitted);
    free(fit->work);
    memset(fit, 0, sizeof *fit);
}

static int linear(an_i_qap_fit *fit, const double *y, const double *x, double tolerance)
{
    an_i_qr_free(&fit->qr);
    int rc = an_i_qr_decompose(&fit->qr, x, fit->rows, fit->columns, tolerance);
    if (rc != AN_OK)
        return rc;
    an_i_qr_solve(&fit->qr, y, fit->coefficients, fit->residuals, fit->fitted, fit->work);
    double rss = 0;
    for (int64_t i = 0; i < fit->rows; i++)
        rss += fit->residuals[i] * fit->residuals[i];
    fit->rss = rss;
    an_i_qr_unscaled_variances(&fit->qr, fit->std_errors);
    double residual_variance = rss / (double)(fit->rows - fit->qr.rank);
    for (int64_t j = 0; j < fit->columns; j++)
        fit->std_errors[j] = sqrt(fit->std_errors[j] * residual_variance);
    fit->iterations = 1;
    fit->converged = 1;
    return AN_OK;
}

/* R's logit link (family.c): inverse clamped at |eta| > 30, derivative DBL_EPSILON there. */
static double logit_inverse(double eta)
{
    double t = eta < -30.0 ? DBL_EPSILON : (eta > 30.0 ? 1.0 / DBL_EPSILON : exp(eta));
    return t / (1.0 + t);
}

static double logit_derivative(double eta)
{
    double e = 1.0 + exp(eta);
    return eta > 30.0 || eta < -30.0 ? DBL_EPSILON : exp(eta) / (e * e);
}

static double y_log_y(double y, double mu)
{
    return y != 0.0 ? y * log(y / mu) : 0.0;
}

double an_i_binomial_deviance(const double *y, const double *mu, int64_t count)
{
    double deviance = 0;
    for (int64_t i = 0; i < count; i++)
        deviance += 2.0 * (y_log_y(y[i], mu[i]) + y_log_y(1.0 - y[i], 1.0 - mu[i]));
    return deviance;
}

static int logistic(an_i_qap_fit *fit, const double *y, const double *x)
{
    int64_t n = fit->rows, p = fit->columns;
    double *weighted = fit->work + n, *eta = weighted + n * p, *mu = eta + n, *z = mu + n, *zw = z + n;
    /* glm.fit's binomial start: mu = (y + 1/2) / 2, eta = logit(mu). */
    for (int64_t i = 0; i < n; i++) {
        double start = (y[i] + 0.5) / 2.0;
        eta[i] = log(start / (1.0 - start));
        mu[i] = logit_inverse(eta[i]);
    }
    double old_deviance = an_i_binomial_deviance(y, mu, n);
    fit->converged = 0;
    fit->iterations = 0;
    int rc = AN_OK;
    for (int iteration = 1; iteration <= 25; iteration++) {
        for (int64_t i = 0; i < n; i++) {
            double derivative = logit_derivative(eta[i]), variance = mu[i] * (1.0 - mu[i]);
            double w = sqrt(derivative * derivative / variance);
            z[i] = eta[i] + (y[i] - mu[i]) / derivative;
            zw[i] = z[i] * w;
            for (int64_t j = 0; j < p; j++)
                weighted[j * n + i] = x[j * n + i] * w;
        }
        an_i_qr_free(&fit->qr);
        /* glm.fit's QR tolerance: min(1e-7, epsilon / 1000) = 1e-11 */
        if ((rc = an_i_qr_decompose(&fit->qr, weighted, n, p, 1e-11)) != AN_OK)
            return rc;
        an_i_qr_solve(&fit->qr, zw, fit->coefficients, NULL, NULL, fit->work);
        for (int64_t i = 0; i < n; i++) {
            double linear_predictor = 0;
            for (int64_t j = 0; j < p; j++)
                if (!isnan(fit->coefficients[j]))
                    linear_predictor += x[j * n + i] * fit->coefficients[j];
            eta[i] = linear_predictor;
            mu[i] = logit_inverse(eta[i]);
        }
        double deviance = an_i_binomial_deviance(y, mu, n);
        fit->iterations = iteration;
        if (fabs(deviance - old_deviance) / (fabs(deviance) + 0.1) < 1e-8) {
            fit->converged = 1;
            old_deviance = deviance;
            break;
        }
        old_deviance = deviance;
    }
    fit->deviance = old_deviance;
    an_i_qr_unscaled_variances(&fit->qr, fit->std_errors);
    for (int64_t j = 0; j < p; j++)
        fit->std_errors[j] = sqrt(fit->std_errors[j]);
    for (int64_t i = 0; i < n; i++) {
        fit->fitted[i] = mu[i];
        fit->residuals[i] = y[i] - mu[i];
    }
    return AN_OK;
}

int an_i_qap_fit_run(an_i_qap_fit *fit, int model, const double *y, const double *x, double tolerance,
                     int statistic, double *statistics)
{
    int rc = model == AN_QAP_LOGISTIC ? logistic(fit, y, x) : linear(fit, y, x, tolerance);
    if (rc != AN_OK || !statistics)
        return rc;
    for (int64_t j = 0; j < fit->columns; j++)
        statistics[j] = statistic == AN_QAP_BETA ? fit->coefficients[j] : fit->coefficients[j] / fit->std_errors[j];
    return AN_OK;
}
