/*
 * robustness_common.c — options, stated-only and dropout views, ranks, quantiles.
 */
#include "robustness_internal.h"
#include "actornet/views.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int an_i_robustness_options(const an_robustness_options **options, an_robustness_options *storage,
                            const an_network *network)
{
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!*options) {
        an_robustness_options defaults = AN_ROBUSTNESS_OPTIONS_INIT;
        *storage = defaults;
        *options = storage;
    }
    const an_robustness_options *o = *options;
    if (o->version != AN_ROBUSTNESS_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_robustness_options: version %u, expected %u", o->version,
                          AN_ROBUSTNESS_OPTIONS_VERSION);
    if (an_network_node_count(network) == 0)
        return an_i_error(AN_EEMPTY, "robustness: the network has no nodes");
    if (o->replicates < 0)
        return an_i_error(AN_EINVAL, "robustness: replicates must be >= 0");
    if (!(o->dropout >= 0.0 && o->dropout < 1.0))
        return an_i_error(AN_EINVAL, "robustness: dropout must be in [0, 1)");
    if (!(o->level > 0.0 && o->level < 1.0))
        return an_i_error(AN_EINVAL, "robustness: level must be in (0, 1)");
    if (o->top_k < 1)
        return an_i_error(AN_EINVAL, "robustness: top_k must be >= 1");
    return AN_OK;
}

int an_i_robustness_stated_view(an_network **out, int64_t *kept_edges, const an_network *network,
                                const an_robustness_options *options)
{
    static const char *const stated[] = { "stated", NULL };
    const char *column = options->confidence_column ? options->confidence_column : "confidence";
    int index;
    *out = NULL;
    *kept_edges = 0;
    if (an_network_find_column(network, AN_DOMAIN_EDGE, column, &index) != AN_OK) {
        an_error_clear();
        return AN_OK;
    }
    an_view_options view = AN_VIEW_OPTIONS_INIT;
    view.filter.confidence = options->trusted ? options->trusted : stated;
    view.filter.confidence_column = column;
    int rc = an_view_filter(out, network, &view);
    if (rc == AN_OK)
        *kept_edges = an_network_edge_count(*out);
    return rc;
}

int an_i_robustness_dropout_view(an_network **out, const an_network *network, double dropout,
                                 an_i_random *random, unsigned char *mask)
{
    int64_t m = an_network_edge_count(network);
    for (int64_t e = 0; e < m; e++)
        mask[e] = an_i_random_uniform(random) >= dropout;
    return an_view_subset(out, network, NULL, mask);
}

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

int an_i_fractional_ranks(double *out_ranks, const double *scores, int64_t n)
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
        for (int64_t k = i; k < j; k++)
            out_ranks[items[k].node] = rank;
        i = j;
    }
    free(items);
    return AN_OK;
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
        r->rank_low[v] = an_i_quantile_sorted(column, B, (1.0 - level) / 2.0);
        r->rank_high[v] = an_i_quantile_sorted(column, B, (1.0 + level) / 2.0);
        r->top_k_share[v] = (double)in_top / (double)B;
    }
}
