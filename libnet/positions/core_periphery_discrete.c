/*
 * core_periphery_discrete.c — the discrete core–periphery model (Borgatti &
 * Everett 1999): the partition maximising the correlation with the ideal
 * pattern, by steepest-ascent single-actor moves from several starts.
 *
 * The correlation needs only block sums: for the cells i != j, S and Q (sum
 * and sum of squares of a_ij) within the core (cc), within the periphery
 * (pp) and between (cp, both directions), and the core size k. Each actor
 * keeps the sum (and sum of squares) of its ties to and from the core and to
 * and from everyone, so a move is evaluated in O(1) and made in O(n).
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct sums {
    double s_cc, s_pp, s_cp, q_cc, q_pp, q_cp;
    int64_t k;
} sums;

typedef struct search {
    const double *a;
    int64_t n;
    double between;             /* -1: core–periphery cells left out */
    int *core;
    double *to_core, *to_all;   /* sum over u != v of a_vu + a_uv (u in the core / any u) */
    double *sq_core, *sq_all;   /* the same of squares */
    sums totals;
} search;

/* The correlation of the data with the ideal pattern from the block sums. */
static double correlation(const search *s, const sums *t)
{
    double n = (double)s->n, k = (double)t->k;
    double n_cc = k * (k - 1), n_pp = (n - k) * (n - k - 1), n_cp = 2 * k * (n - k);
    double cells, sa, saa, sd, sdd, sad;
    if (s->between < 0) {
        cells = n_cc + n_pp;
        sa = t->s_cc + t->s_pp;
        saa = t->q_cc + t->q_pp;
        sd = sdd = n_cc;
        sad = t->s_cc;
    } else {
        double d = s->between;
        cells = n_cc + n_pp + n_cp;
        sa = t->s_cc + t->s_pp + t->s_cp;
        saa = t->q_cc + t->q_pp + t->q_cp;
        sd = n_cc + d * n_cp;
        sdd = n_cc + d * d * n_cp;
        sad = t->s_cc + d * t->s_cp;
    }
    double va = cells * saa - sa * sa, vd = cells * sdd - sd * sd;
    if (!(va > 0) || !(vd > 0))
        return NAN;
    return (cells * sad - sa * sd) / sqrt(va * vd);
}

/* The block sums after moving v across. */
static sums moved(const search *s, int64_t v)
{
    sums t = s->totals;
    double core = s->to_core[v], periphery = s->to_all[v] - s->to_core[v];
    double core_sq = s->sq_core[v], periphery_sq = s->sq_all[v] - s->sq_core[v];
    if (!s->core[v]) { /* into the core */
        t.s_cc += core;
        t.s_pp -= periphery;
        t.s_cp += periphery - core;
        t.q_cc += core_sq;
        t.q_pp -= periphery_sq;
        t.q_cp += periphery_sq - core_sq;
        t.k++;
    } else {
        t.s_cc -= core;
        t.s_pp += periphery;
        t.s_cp += core - periphery;
        t.q_cc -= core_sq;
        t.q_pp += periphery_sq;
        t.q_cp += core_sq - periphery_sq;
        t.k--;
    }
    return t;
}

static void move(search *s, int64_t v)
{
    s->totals = moved(s, v);
    int joins = !s->core[v];
    s->core[v] = joins;
    const double *a = s->a;
    int64_t n = s->n;
    for (int64_t u = 0; u < n; u++) {
        if (u == v)
            continue;
        double x = a[u * n + v] + a[v * n + u], xx = a[u * n + v] * a[u * n + v] + a[v * n + u] * a[v * n + u];
        s->to_core[u] += joins ? x : -x;
        s->sq_core[u] += joins ? xx : -xx;
    }
}

/* Set the partition `core` and recompute every sum. O(n^2). */
static void start_from(search *s, const int *core)
{
    const double *a = s->a;
    int64_t n = s->n;
    memcpy(s->core, core, (size_t)n * sizeof *core);
    memset(&s->totals, 0, sizeof s->totals);
    for (int64_t v = 0; v < n; v++) {
        s->to_core[v] = s->sq_core[v] = 0.0;
        s->totals.k += core[v];
        for (int64_t u = 0; u < n; u++) {
            if (u == v)
                continue;
            double x = a[v * n + u] + a[u * n + v], xx = a[v * n + u] * a[v * n + u] + a[u * n + v] * a[u * n + v];
            if (core[u]) {
                s->to_core[v] += x;
                s->sq_core[v] += xx;
            }
            double cell = a[v * n + u], square = cell * cell;
            if (core[v] && core[u]) {
                s->totals.s_cc += cell;
                s->totals.q_cc += square;
            } else if (!core[v] && !core[u]) {
                s->totals.s_pp += cell;
                s->totals.q_pp += square;
            } else {
                s->totals.s_cp += cell;
                s->totals.q_cp += square;
            }
        }
    }
}

static int better(double candidate, double best)
{
    return !isnan(candidate) && (isnan(best) || candidate > best + 1e-12 * fabs(best));
}

/* Steepest ascent: make the best improving move until none improves; returns the moves made. */
static int64_t climb(search *s)
{
    int64_t moves = 0, n = s->n;
    for (;;) {
        double current = correlation(s, &s->totals), best = current;
        int64_t chosen = -1;
        for (int64_t v = 0; v < n; v++) {
            int64_t k = s->totals.k + (s->core[v] ? -1 : 1);
            if (k < 2 || k > n - 2)
                continue;
            sums t = moved(s, v);
            double r = correlation(s, &t);
            if (better(r, best)) {
                best = r;
                chosen = v;
            }
        }
        if (chosen < 0)
            return moves;
        move(s, chosen);
        moves++;
    }
}


/* The start: the top-k actors by (in + out) tie sum, for the best k. */
static void degree_start(search *s, int *core, int64_t *order)
{
    int64_t n = s->n;
    for (int64_t v = 0; v < n; v++) {
        order[v] = v;
        core[v] = 0;
    }
    /* insertion sort by to_all descending, index ascending (n is small enough for O(n^2) here:
     * everything else is O(n^2) too) */
    for (int64_t i = 1; i < n; i++) {
        int64_t v = order[i], j = i;
        while (j > 0 && s->to_all[order[j - 1]] < s->to_all[v]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    start_from(s, core);
    double best = NAN;
    int64_t best_k = 2;
    for (int64_t k = 1; k <= n - 2; k++) {
        move(s, order[k - 1]);
        if (k >= 2 && better(correlation(s, &s->totals), best)) {
            best = correlation(s, &s->totals);
            best_k = k;
        }
    }
    for (int64_t v = 0; v < n; v++)
        core[v] = 0;
    for (int64_t k = 0; k < best_k; k++)
        core[order[k]] = 1;
}

/* A random start with between 2 and n - 2 core actors. */
static void random_start(an_i_random *random, int *core, int64_t n)
{
    int64_t k = 0;
    for (int64_t v = 0; v < n; v++)
        k += core[v] = (int)(an_i_random_next(random) >> 63);
    while (k < 2 || k > n - 2) {
        int64_t v = (int64_t)an_i_random_below(random, (uint64_t)n);
        if (k < 2 && !core[v])
            core[v] = 1, k++;
        else if (k > n - 2 && core[v])
            core[v] = 0, k--;
    }
}

int an_i_core_periphery_discrete(an_core_periphery *result, const double *a, int64_t n,
                                 const an_core_periphery_options *options)
{
    search s;
    memset(&s, 0, sizeof s);
    s.a = a;
    s.n = n;
    s.between = options->between_density;
    s.core = malloc((size_t)n * sizeof *s.core);
    s.to_core = malloc((size_t)n * sizeof *s.to_core);
    s.to_all = malloc((size_t)n * sizeof *s.to_all);
    s.sq_core = malloc((size_t)n * sizeof *s.sq_core);
    s.sq_all = malloc((size_t)n * sizeof *s.sq_all);
    int *start = malloc((size_t)n * sizeof *start);
    int64_t *order = malloc((size_t)n * sizeof *order);
    int rc = s.core && s.to_core && s.to_all && s.sq_core && s.sq_all && start && order ? AN_OK : AN_I_NOMEM();
    if (rc == AN_OK) {
        for (int64_t v = 0; v < n; v++) {
            s.to_all[v] = s.sq_all[v] = 0.0;
            for (int64_t u = 0; u < n; u++)
                if (u != v) {
                    s.to_all[v] += a[v * n + u] + a[u * n + v];
                    s.sq_all[v] += a[v * n + u] * a[v * n + u] + a[u * n + v] * a[u * n + v];
                }
        }
        an_i_random random;
        an_i_random_seed(&random, options->seed);
        double best = NAN;
        int64_t moves = 0;
        for (int64_t attempt = 0; attempt <= options->restarts; attempt++) {
            if (attempt == 0)
                degree_start(&s, start, order);
            else
                random_start(&random, start, n);
            start_from(&s, start);
            moves += climb(&s);
            double r = correlation(&s, &s.totals);
            if (attempt == 0 || better(r, best)) {
                best = r;
                memcpy(result->core, s.core, (size_t)n * sizeof *s.core);
            }
        }
        result->fit = best;
        result->iterations = moves;
        for (int64_t v = 0; v < n; v++)
            result->coreness[v] = result->core[v];
    }
    free(s.core);
    free(s.to_core);
    free(s.to_all);
    free(s.sq_core);
    free(s.sq_all);
    free(start);
    free(order);
    return rc;
}
