/*
 * least_squares.c — QR least squares with the limited column pivoting of R's
 * qr() (LINPACK dqrdc2, Dongarra et al. 1979, as modified for R), so that
 * ranks, aliased terms, coefficients and standard errors are R's.
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void an_i_qr_free(an_i_qr *qr)
{
    free(qr->qr);
    free(qr->qraux);
    free(qr->pivot);
    memset(qr, 0, sizeof *qr);
}

static double column_norm(const double *column, int64_t count)
{
    double sum = 0.0;
    for (int64_t i = 0; i < count; i++)
        sum += column[i] * column[i];
    return sqrt(sum);
}

/* Move column `from` to the end (columns after it shift left), with its bookkeeping. */
static void rotate_to_end(an_i_qr *qr, double *original_norm, double *reference_norm, int64_t from)
{
    int64_t rows = qr->rows, p = qr->columns;
    double *a = qr->qr;
    for (int64_t i = 0; i < rows; i++) {
        double t = a[from * rows + i];
        for (int64_t j = from + 1; j < p; j++)
            a[(j - 1) * rows + i] = a[j * rows + i];
        a[(p - 1) * rows + i] = t;
    }
    int64_t pivot = qr->pivot[from];
    double aux = qr->qraux[from], norm = original_norm[from], reference = reference_norm[from];
    for (int64_t j = from + 1; j < p; j++) {
        qr->pivot[j - 1] = qr->pivot[j];
        qr->qraux[j - 1] = qr->qraux[j];
        original_norm[j - 1] = original_norm[j];
        reference_norm[j - 1] = reference_norm[j];
    }
    qr->pivot[p - 1] = pivot;
    qr->qraux[p - 1] = aux;
    original_norm[p - 1] = norm;
    reference_norm[p - 1] = reference;
}

int an_i_qr_decompose(an_i_qr *qr, const double *x, int64_t rows, int64_t columns, double tolerance)
{
    memset(qr, 0, sizeof *qr);
    qr->rows = rows;
    qr->columns = columns;
    size_t cells = (size_t)rows * (size_t)columns;
    qr->qr = malloc((cells ? cells : 1) * sizeof *qr->qr);
    qr->qraux = calloc((size_t)columns + 1, sizeof *qr->qraux);
    qr->pivot = malloc(((size_t)columns + 1) * sizeof *qr->pivot);
    double *norm = malloc(((size_t)columns + 1) * sizeof *norm);      /* dqrdc2's work(j,1) */
    double *reference = malloc(((size_t)columns + 1) * sizeof *reference); /* work(j,2) */
    if (!qr->qr || !qr->qraux || !qr->pivot || !norm || !reference) {
        free(norm);
        free(reference);
        an_i_qr_free(qr);
        return AN_I_NOMEM();
    }
    memcpy(qr->qr, x, cells * sizeof *qr->qr);
    double *a = qr->qr;
    for (int64_t j = 0; j < columns; j++) {
        qr->pivot[j] = j;
        qr->qraux[j] = norm[j] = column_norm(a + j * rows, rows);
        reference[j] = norm[j] == 0.0 ? 1.0 : norm[j];
    }
    int64_t steps = rows < columns ? rows : columns, kept = columns;
    for (int64_t l = 0; l < steps; l++) {
        /* A column that has become negligible against its original norm goes to the end. */
        while (l < kept && qr->qraux[l] < reference[l] * tolerance) {
            rotate_to_end(qr, norm, reference, l);
            kept--;
        }
        if (l == rows - 1)
            break;
        double *v = a + l * rows;
        double length = column_norm(v + l, rows - l);
        if (length == 0.0)
            continue;
        if (v[l] != 0.0)
            length = copysign(length, v[l]);
        for (int64_t i = l; i < rows; i++)
            v[i] /= length;
        v[l] += 1.0;
        for (int64_t j = l + 1; j < columns; j++) {
            double *w = a + j * rows, dot = 0.0;
            for (int64_t i = l; i < rows; i++)
                dot += v[i] * w[i];
            double t = -dot / v[l];
            for (int64_t i = l; i < rows; i++)
                w[i] += t * v[i];
            if (qr->qraux[j] == 0.0)
                continue;
            double ratio = fabs(w[l]) / qr->qraux[j];
            double remaining = 1.0 - ratio * ratio;
            if (remaining < 0.0)
                remaining = 0.0;
            if (fabs(remaining) < 1e-6) { /* too much cancellation: recompute the norm */
                qr->qraux[j] = column_norm(w + l + 1, rows - l - 1);
                norm[j] = qr->qraux[j];
            } else {
                qr->qraux[j] *= sqrt(remaining);
            }
        }
        qr->qraux[l] = v[l];
        v[l] = -length;
    }
    qr->rank = kept < rows ? kept : rows;
    free(norm);
    free(reference);
    return AN_OK;
}

/* Apply reflector j to vector y (dqrsl's update). */
static void reflect(const an_i_qr *qr, int64_t j, double *y)
{
    if (qr->qraux[j] == 0.0)
        return;
    const double *v = qr->qr + j * qr->rows;
    double head = qr->qraux[j], dot = head * y[j];
    for (int64_t i = j + 1; i < qr->rows; i++)
        dot += v[i] * y[i];
    double t = -dot / head;
    y[j] += t * head;
    for (int64_t i = j + 1; i < qr->rows; i++)
        y[i] += t * v[i];
}

void an_i_qr_solve(const an_i_qr *qr, const double *y, double *coefficients, double *residuals, double *fitted,
                   double *work)
{
    int64_t rows = qr->rows, rank = qr->rank;
    int64_t reflectors = rank < rows - 1 ? rank : rows - 1;
    memcpy(work, y, (size_t)rows * sizeof *work);
    for (int64_t j = 0; j < reflectors; j++)
        reflect(qr, j, work); /* work = Q'y */
    double *b = malloc(((size_t)rank + 1) * sizeof *b);
    if (b) {
        for (int64_t j = rank - 1; j >= 0; j--) {
            double sum = work[j];
            for (int64_t k = j + 1; k < rank; k++)
                sum -= qr->qr[k * rows + j] * b[k];
            b[j] = sum / qr->qr[j * rows + j];
        }
    }
    for (int64_t j = 0; j < qr->columns; j++)
        coefficients[qr->pivot[j]] = j < rank && b ? b[j] : NAN;
    free(b);
    if (!residuals && !fitted)
        return;
    for (int64_t i = 0; i < rank; i++)
        work[i] = 0.0; /* Q (0, (Q'y)[rank:]) is the residual */
    for (int64_t j = reflectors - 1; j >= 0; j--)
        reflect(qr, j, work);
    for (int64_t i = 0; i < rows; i++) {
        if (residuals)
            residuals[i] = work[i];
        if (fitted)
            fitted[i] = y[i] - work[i];
    }
}

void an_i_qr_unscaled_variances(const an_i_qr *qr, double *out)
{
    int64_t rank = qr->rank, rows = qr->rows;
    for (int64_t j = 0; j < qr->columns; j++)
        out[j] = NAN;
    double *inverse = calloc((size_t)(rank ? rank * rank : 1), sizeof *inverse);
    if (!inverse)
        return;
    /* inverse = R^-1 (upper triangular), column by column. */
    for (int64_t c = 0; c < rank; c++) {
        inverse[c * rank + c] = 1.0 / qr->qr[c * rows + c];
        for (int64_t r = c - 1; r >= 0; r--) {
            double sum = 0.0;
            for (int64_t k = r + 1; k <= c; k++)
                sum += qr->qr[k * rows + r] * inverse[c * rank + k];
            inverse[c * rank + r] = -sum / qr->qr[r * rows + r];
        }
    }
    /* diag((R'R)^-1) = diag(R^-1 R^-T): row sums of squares of R^-1. */
    for (int64_t r = 0; r < rank; r++) {
        double sum = 0.0;
        for (int64_t c = r; c < rank; c++)
            sum += inverse[c * rank + r] * inverse[c * rank + r];
        out[qr->pivot[r]] = sum;
    }
    free(inverse);
}
