/*
 * replicate_statistics.c — summarising replicate analyses (rank and
 * partition robustness, and the scalable report's checks): fractional and
 * competition ranks,
 * sorted quantiles, per-actor rank summaries, community stability counts.
 */
#include "replicate_statistics.h"
#include "error_internal.h"
#include "string_table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct scored {
    double score;
    int64_t node;
} scored;

static int compare_scored(const void *a, const void *b)
{
    const scored *x = a, *y = b;
    int x_nan = isnan(x->score), y_nan = isnan(y->score);
    if (x_nan != y_nan)
        return x_nan - y_nan;
    if (!x_nan && x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

/* Ranks by descending score (NaN last); tied scores share the mean of their positions
 * (fractional) or the best one (competition), NaN scores get NaN when competition. */
static int tied_ranks(double *out_ranks, const double *scores, int64_t n, int competition)
{
    scored *items = malloc((size_t)(n ? n : 1) * sizeof *items);
    if (!items)
        return AN_I_NOMEM();
    for (int64_t v = 0; v < n; v++)
        items[v] = (scored){ scores[v], v };
    qsort(items, (size_t)n, sizeof *items, compare_scored);
    for (int64_t i = 0; i < n;) {
        int64_t j = i + 1;
        while (j < n && ((isnan(items[i].score) && isnan(items[j].score)) || items[j].score == items[i].score))
            j++;
        double rank = (double)(i + 1 + j) / 2.0; /* mean of positions i+1 .. j */
        if (competition)
            rank = isnan(items[i].score) ? NAN : (double)(i + 1); /* i scores are higher */
        for (int64_t k = i; k < j; k++)
            out_ranks[items[k].node] = rank;
        i = j;
    }
    free(items);
    return AN_OK;
}

int an_i_fractional_ranks(double *out_ranks, const double *scores, int64_t n)
{
    return tied_ranks(out_ranks, scores, n, 0);
}

int an_i_competition_ranks(double *out_ranks, const double *scores, int64_t n)
{
    return tied_ranks(out_ranks, scores, n, 1);
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    if (isnan(x) || isnan(y))
        return isnan(x) - isnan(y);
    return (x > y) - (x < y);
}

void an_i_sort_doubles(double *values, int64_t n)
{
    qsort(values, (size_t)n, sizeof *values, compare_doubles);
}

double an_i_quantile_sorted(const double *sorted, int64_t n, double q)
{
    if (n <= 0)
        return NAN;
    double position = q * (double)(n - 1);
    int64_t below = (int64_t)floor(position);
    if (below >= n - 1)
        return sorted[n - 1];
    double fraction = position - (double)below;
    return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

double an_i_quantile_sorted_outward(const double *sorted, int64_t n, double q, int upper)
{
    if (n <= 0)
        return NAN;
    double position = q * (double)(n - 1);
    int64_t at = (int64_t)(upper ? ceil(position) : floor(position));
    return sorted[at < 0 ? 0 : at > n - 1 ? n - 1 : at];
}

void an_i_rank_summary(an_rank_robustness *r, const double *ranks, int64_t n, int64_t B, int64_t top_k,
                       double level, double *column)
{
    for (int64_t v = 0; v < n; v++) {
        if (B == 0) {
            r->mean_rank[v] = r->rank_low[v] = r->rank_high[v] = r->top_k_share[v] = NAN;
            continue;
        }
        double sum = 0.0;
        int64_t in_top = 0;
        for (int64_t b = 0; b < B; b++) {
            column[b] = ranks[(size_t)b * (size_t)n + (size_t)v];
            sum += column[b];
            in_top += column[b] <= (double)top_k;
        }
        an_i_sort_doubles(column, B);
        r->mean_rank[v] = sum / (double)B;
        r->rank_low[v] = an_i_quantile_sorted_outward(column, B, (1.0 - level) / 2.0, 0);
        r->rank_high[v] = an_i_quantile_sorted_outward(column, B, (1.0 + level) / 2.0, 1);
        r->top_k_share[v] = (double)in_top / (double)B;
    }
}

/* Pair counts through a hash of (full, replicate). */
int an_i_count_stable(int64_t *stable, const an_partition *full, const an_partition *replicate)
{
    int64_t n = full->node_count;
    int64_t *keys = malloc((size_t)(n ? n : 1) * 2 * sizeof *keys);
    if (!keys)
        return AN_ENOMEM;
    an_i_string_table pairs;
    an_i_string_table_init(&pairs);
    if (an_i_string_table_reserve(&pairs, (size_t)n) != AN_OK) {
        free(keys);
        return AN_ENOMEM;
    }
    for (int64_t v = 0; v < n; v++) {
        int64_t *key = keys + 2 * v;
        key[0] = full->membership[v];
        key[1] = replicate->membership[v];
        an_i_string_slot *slot = an_i_string_table_upsert(&pairs, (const char *)key, 2 * sizeof *key,
                                                          an_i_string_hash((const char *)key, 2 * sizeof *key),
                                                          0, NULL);
        if (!slot) {
            an_i_string_table_free(&pairs);
            free(keys);
            return AN_ENOMEM;
        }
        slot->value++;
    }
    for (int64_t v = 0; v < n; v++) {
        const int64_t *key = keys + 2 * v;
        an_i_string_slot *slot = an_i_string_table_find(&pairs, (const char *)key, 2 * sizeof *key,
                                                        an_i_string_hash((const char *)key, 2 * sizeof *key));
        double inter = (double)slot->value;
        double uni = (double)full->sizes[key[0]] + (double)replicate->sizes[key[1]] - inter;
        stable[v] += 2.0 * inter >= uni;
    }
    an_i_string_table_free(&pairs);
    free(keys);
    return AN_OK;
}
