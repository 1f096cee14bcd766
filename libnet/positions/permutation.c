/*
 * permutation.c — the permutations of the QAP tests: uniform (Fisher–Yates
 * on actornet's generator), applied to rows and columns together.
 */
#include "positions_internal.h"

int an_i_random_permutation(void *random, int64_t *perm, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        perm[i] = i;
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = (int64_t)an_i_random_below(random, (uint64_t)i + 1);
        int64_t t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    return AN_OK;
}

void an_i_permute_matrix(double *out, const double *matrix, const int64_t *perm, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        const double *source = matrix + perm[i] * n;
        double *target = out + i * n;
        for (int64_t j = 0; j < n; j++)
            target[j] = source[perm[j]];
    }
}
