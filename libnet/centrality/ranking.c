/*
 * ranking.c — order nodes by a score: descending, ties by index, NaN last.
 */
#include "actornet/centrality.h"
#include "error_internal.h"

#include <stdlib.h>

typedef struct ranked {
    double score;
    int64_t node;
} ranked;

static int compare_ranked(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    int x_nan = x->score != x->score, y_nan = y->score != y->score;
    if (x_nan != y_nan)
        return x_nan ? 1 : -1;
    if (!x_nan && x->score != y->score)
        return x->score > y->score ? -1 : 1;
    return x->node < y->node ? -1 : x->node > y->node;
}

int an_rank_order(int64_t *out_order, const double *scores, int64_t n)
{
    if (n < 0)
        return an_i_error(AN_EINVAL, "an_rank_order: negative count %lld", (long long)n);
    if (n == 0)
        return AN_OK;
    if (!out_order)
        return AN_I_MISUSE("out_order is NULL");
    if (!scores)
        return AN_I_MISUSE("scores is NULL");
    ranked *items = malloc((size_t)n * sizeof *items);
    if (!items)
        return AN_I_NOMEM();
    for (int64_t v = 0; v < n; v++)
        items[v] = (ranked){ scores[v], v };
    qsort(items, (size_t)n, sizeof *items, compare_ranked);
    for (int64_t v = 0; v < n; v++)
        out_order[v] = items[v].node;
    free(items);
    return AN_OK;
}
