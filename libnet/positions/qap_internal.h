/*
 * qap_internal.h — shared by the QAP sources (qap.c, qap_regression.c,
 * qap_fit.c).
 */
#ifndef AN_QAP_INTERNAL_H
#define AN_QAP_INTERNAL_H

#include "positions_internal.h"

int an_i_qap_check_options(const an_qap_options *options, int regression);

/** The observation cells (i * n + j) of an n x n matrix in R's order (column-major; lower
 *  triangle when undirected; the diagonal only with diag). */
int an_i_qap_cells(int64_t **out, int64_t *out_count, int64_t n, const an_qap_options *options);

/** out[c] = matrix[perm[i]][perm[j]] for cell c = (i, j) (perm NULL: the identity). */
void an_i_qap_gather(double *out, const double *matrix, const int64_t *cells, int64_t count, const int64_t *perm,
                     int64_t n);

/** One fit of a model: a linear (QR) or logistic (IRLS, glm.fit) regression of y on the
 *  columns of x (N x p, column-major). */
typedef struct an_i_qap_fit {
    int64_t rows, columns;
    an_i_qr qr;                 /* the (last weighted) QR */
    double *coefficients;       /* p */
    double *std_errors;         /* p */
    double *residuals, *fitted; /* N (linear: response residuals; logistic: mu in fitted) */
    double *work;               /* scratch */
    double rss;                 /* linear */
    double deviance;            /* logistic */
    int64_t iterations;
    int converged;
} an_i_qap_fit;

int an_i_qap_fit_init(an_i_qap_fit *fit, int64_t rows, int64_t columns);
void an_i_qap_fit_free(an_i_qap_fit *fit);

/** Fit; statistics[j] receives the term's t/z-value or coefficient (statistic). */
int an_i_qap_fit_run(an_i_qap_fit *fit, int model, const double *y, const double *x, double tolerance,
                     int statistic, double *statistics);

/** The binomial deviance of 0/1 responses y at probabilities mu (R's binomial()$dev.resids). */
double an_i_binomial_deviance(const double *y, const double *mu, int64_t count);

#endif
