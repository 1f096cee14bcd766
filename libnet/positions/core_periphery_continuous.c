/*
 * core_periphery_continuous.c — the continuous core–periphery model
 * (Borgatti & Everett 1999; UCINET's Continuous routine): the coreness
 * vector c minimising sum over i != j of (a_ij - c_i c_j)^2, by exact
 * coordinate descent (each c_i in turn set to its minimiser
 * sum_j s_ij c_j / sum_{j != i} c_j^2, s the symmetrised data), which never
 * increases the loss.
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

/* The fit: correlation of a_ij with c_i c_j over i != j. */
static double pattern_correlation(const double *a, const double *c, int64_t n)
{
    double cells = 0, sa = 0, sd = 0, saa = 0, sdd = 0, sad = 0;
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++) {
            if (i == j)
                continue;
            double x = a[i * n + j], d = c[i] * c[j];
            cells += 1;
            sa += x;
            sd += d;
            saa += x * x;
            sdd += d * d;
            sad += x * d;
        }
    double va = cells * saa - sa * sa, vd = cells * sdd - sd * sd;
    return va > 0 && vd > 0 ? (cells * sad - sa * sd) / sqrt(va * vd) : NAN;
}

/* The core: the top k by coreness for the k maximising corr(c, top-k indicator). */
static void choose_core(int *core, const double *c, int64_t n, int64_t *order)
{
    for (int64_t v = 0; v < n; v++)
        order[v] = v;
    for (int64_t i = 1; i < n; i++) { /* descending coreness, ties by index */
        int64_t v = order[i], j = i;
        while (j > 0 && c[order[j - 1]] < c[v]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    double total = 0, squares = 0;
    for (int64_t v = 0; v < n; v++) {
        total += c[v];
        squares += c[v] * c[v];
    }
    double variance = n * squares - total * total, best = -INFINITY, top = 0;
    int64_t best_k = 0;
    for (int64_t k = 1; k < n && variance > 0; k++) {
        top += c[order[k - 1]];
        double r = (n * top - k * total) / sqrt(variance * ((double)n * k - (double)k * k));
        if (r > best) {
            best = r;
            best_k = k;
        }
    }
    for (int64_t v = 0; v < n; v++)
        core[v] = 0;
    for (int64_t k = 0; k < best_k; k++)
        core[order[k]] = 1;
}

int an_i_core_periphery_continuous(an_core_periphery *result, const double *a, int64_t n,
                                   const an_core_periphery_options *options)
{
    double *s = malloc((size_t)(n * n) * sizeof *s);
    int64_t *order = malloc((size_t)n * sizeof *order);
    if (!s || !order) {
        free(s);
        free(order);
        return AN_I_NOMEM();
    }
    double *c = result->coreness, total = 0;
    for (int64_t i = 0; i < n; i++) {
        c[i] = 0;
        for (int64_t j = 0; j < n; j++) {
            s[i * n + j] = i == j ? 0.0 : (a[i * n + j] + a[j * n + i]) / 2;
            c[i] += s[i * n + j];
        }
        total += c[i];
    }
    /* Start from the degrees, scaled so that c_i c_j is of the order of the data. */
    double norm2 = 0;
    for (int64_t i = 0; i < n; i++)
        norm2 += c[i] * c[i];
    double scale = norm2 > 0 ? sqrt(fabs(total) / norm2) : 0;
    for (int64_t i = 0; i < n; i++)
        c[i] = norm2 > 0 ? c[i] * scale : 0.0;
    double squares = 0;
    for (int64_t i = 0; i < n; i++)
        squares += c[i] * c[i];
    result->converged = 0;
    int64_t sweep = 0;
    while (sweep < options->max_iterations && squares > 0) {
        sweep++;
        double largest_change = 0, largest = 0;
        for (int64_t i = 0; i < n; i++) {
            double others = squares - c[i] * c[i], product = 0;
            for (int64_t j = 0; j < n; j++)
                product += s[i * n + j] * c[j];
            double next = others > 0 ? product / others : c[i];
            squares += next * next - c[i] * c[i];
            if (fabs(next - c[i]) > largest_change)
                largest_change = fabs(next - c[i]);
            c[i] = next;
            if (fabs(next) > largest)
                largest = fabs(next);
        }
        /* recompute the running sum of squares now and then against drift */
        squares = 0;
        for (int64_t i = 0; i < n; i++)
            squares += c[i] * c[i];
        if (largest_change <= options->tolerance * largest) {
            result->converged = 1;
            break;
        }
    }
    if (squares == 0)
        result->converged = 1; /* no ties: c = 0 is the answer */
    double sum = 0;
    for (int64_t i = 0; i < n; i++)
        sum += c[i];
    if (sum < 0)
        for (int64_t i = 0; i < n; i++)
            c[i] = -c[i];
    result->iterations = sweep;
    result->fit = pattern_correlation(a, c, n);
    choose_core(result->core, c, n, order);
    free(s);
    free(order);
    return AN_OK;
}
