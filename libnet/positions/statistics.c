/*
 * statistics.c — Pearson correlation, Student's t distribution (for the
 * classical p-values of netlm/netlogit) and permutation p-values.
 */
#include "positions_internal.h"

#include <math.h>

double an_i_pearson(const double *x, const double *y, int64_t count)
{
    if (count < 2)
        return NAN;
    double mx = 0.0, my = 0.0;
    for (int64_t i = 0; i < count; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= (double)count;
    my /= (double)count;
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (int64_t i = 0; i < count; i++) {
        double dx = x[i] - mx, dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx == 0.0 || syy == 0.0)
        return NAN;
    return sxy / sqrt(sxx * syy);
}

/* The continued fraction of the incomplete beta function (DLMF 8.17.22), evaluated with the
 * modified Lentz method; converges quickly for x < (a + 1) / (a + b + 2). */
static double beta_fraction(double a, double b, double x)
{
    const double tiny = 1e-300, epsilon = 1e-16;
    double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0);
    if (fabs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double result = d;
    for (int m = 1; m <= 10000; m++) {
        for (int half = 0; half < 2; half++) {
            double numerator = half == 0 ? m * (b - m) * x / ((a + 2.0 * m - 1.0) * (a + 2.0 * m))
                                         : -(a + m) * (a + b + m) * x / ((a + 2.0 * m) * (a + 2.0 * m + 1.0));
            d = 1.0 + numerator * d;
            if (fabs(d) < tiny)
                d = tiny;
            c = 1.0 + numerator / c;
            if (fabs(c) < tiny)
                c = tiny;
            d = 1.0 / d;
            result *= d * c;
            if (half == 1 && fabs(d * c - 1.0) < epsilon)
                return result;
        }
    }
    return result;
}

/* The regularised incomplete beta function I_x(a, b). */
static double incomplete_beta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    double log_front = a * log(x) + b * log1p(-x) - (lgamma(a) + lgamma(b) - lgamma(a + b));
    if (x < (a + 1.0) / (a + b + 2.0))
        return exp(log_front) * beta_fraction(a, b, x) / a;
    return 1.0 - exp(log_front) * beta_fraction(b, a, 1.0 - x) / b;
}

double an_i_student_t_cdf(double t, double df)
{
    if (isnan(t) || !(df > 0.0))
        return NAN;
    if (isinf(t))
        return t > 0 ? 1.0 : 0.0;
    /* Pr(|T| > |t|) = I_{df / (df + t^2)}(df / 2, 1 / 2). */
    double tail = 0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t));
    return t > 0 ? 1.0 - tail : tail;
}

void an_i_permutation_p_values(const double *values, int64_t count, int64_t stride, double observed,
                               double *p_less, double *p_greater, double *p_two_sided)
{
    int64_t less = 0, greater = 0, two_sided = 0, defined = 0;
    for (int64_t i = 0; i < count; i++) {
        double v = values[i * stride];
        if (isnan(v))
            continue;
        defined++;
        less += v <= observed;
        greater += v >= observed;
        two_sided += fabs(v) >= fabs(observed);
    }
    double d = (double)defined;
    *p_less = defined && !isnan(observed) ? (double)less / d : NAN;
    *p_greater = defined && !isnan(observed) ? (double)greater / d : NAN;
    if (p_two_sided)
        *p_two_sided = defined && !isnan(observed) ? (double)two_sided / d : NAN;
}
