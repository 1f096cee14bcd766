/*
 * structural_equivalence.c — distances and similarities between actors' tie
 * profiles, exactly as sna::sedist computes them (positions.h).
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

/* One comparison of actors i and j over every relation's row and column halves. */
typedef struct profile_pair {
    const double *const *matrices;
    int64_t count, n, i, j;
    int diag;
} profile_pair;

/* Visit the entries (a, b) compared for i and j: row halves a_ik vs a_jk, column halves
 * a_ki vs a_kj, skipping k = i and k = j unless diag (sna marks the diagonal missing). */
#define FOR_EACH_ENTRY(pair, a, b, body)                                                 \
    for (int64_t r_ = 0; r_ < (pair)->count; r_++) {                                     \
        const double *m_ = (pair)->matrices[r_];                                         \
        int64_t n_ = (pair)->n, i_ = (pair)->i, j_ = (pair)->j;                          \
        for (int64_t k_ = 0; k_ < n_; k_++) {                                            \
            if (!(pair)->diag && (k_ == i_ || k_ == j_))                                 \
                continue;                                                                \
            for (int half_ = 0; half_ < 2; half_++) {                                    \
                double a = half_ ? m_[k_ * n_ + i_] : m_[i_ * n_ + k_];                  \
                double b = half_ ? m_[k_ * n_ + j_] : m_[j_ * n_ + k_];                  \
                body                                                                     \
            }                                                                            \
        }                                                                                \
    }

static double compare(const profile_pair *pair, int measure)
{
    double sum = 0.0;
    switch (measure) {
    case AN_SE_HAMMING:
        FOR_EACH_ENTRY(pair, a, b, { sum += fabs(a - b); })
        return sum;
    case AN_SE_EUCLIDEAN:
        FOR_EACH_ENTRY(pair, a, b, { sum += (a - b) * (a - b); })
        return sqrt(sum);
    case AN_SE_GAMMA: {
        double agree = 0.0, disagree = 0.0;
        FOR_EACH_ENTRY(pair, a, b, {
            if (a == b)
                agree += 1.0;
            else
                disagree += 1.0;
        })
        return agree + disagree > 0 ? (agree - disagree) / (agree + disagree) : NAN;
    }
    default: { /* Pearson over the compared entries (R's cor(use = "pairwise")) */
        double count = 0.0, sa = 0.0, sb = 0.0;
        FOR_EACH_ENTRY(pair, a, b, {
            count += 1.0;
            sa += a;
            sb += b;
        })
        if (count < 2.0)
            return 0.0;
        double ma = sa / count, mb = sb / count, sab = 0.0, saa = 0.0, sbb = 0.0;
        FOR_EACH_ENTRY(pair, a, b, {
            sab += (a - ma) * (b - mb);
            saa += (a - ma) * (a - ma);
            sbb += (b - mb) * (b - mb);
        })
        return saa > 0.0 && sbb > 0.0 ? sab / sqrt(saa * sbb) : 0.0; /* sedist: undefined -> 0 */
    }
    }
}

int an_structural_equivalence_matrices(double *out, const double *const *matrices, int64_t count, int64_t n,
                                       int measure, int diag)
{
    if (!out || !matrices)
        return AN_I_MISUSE("NULL argument");
    if (measure < AN_SE_HAMMING || measure > AN_SE_GAMMA)
        return an_i_error(AN_EINVAL, "structural equivalence: unknown measure %d", measure);
    if (count < 1 || n < 2)
        return an_i_error(AN_EINVAL, "structural equivalence: needs at least one matrix and 2 actors "
                                     "(got %lld and %lld)", (long long)count, (long long)n);
    int rc = an_i_dense_check(n, "structural equivalence");
    if (rc == AN_OK)
        rc = an_i_matrices_finite(matrices, count, n, "structural equivalence");
    if (rc != AN_OK)
        return rc;
    int similarity = measure == AN_SE_CORRELATION || measure == AN_SE_GAMMA;
    for (int64_t i = 0; i < n; i++) {
        /* a profile equals itself; only a constant one has no correlation (0, as sna) */
        profile_pair self = { matrices, count, n, i, i, diag != 0 };
        out[i * n + i] = measure == AN_SE_CORRELATION ? compare(&self, measure) : similarity ? 1.0 : 0.0;
        for (int64_t j = i + 1; j < n; j++) {
            profile_pair pair = { matrices, count, n, i, j, diag != 0 };
            out[i * n + j] = out[j * n + i] = compare(&pair, measure);
        }
    }
    return AN_OK;
}

int an_i_equivalence_check(const an_equivalence_options *options)
{
    if (options->version != AN_EQUIVALENCE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_equivalence_options: version %u, expected %u", options->version,
                          (unsigned)AN_EQUIVALENCE_OPTIONS_VERSION);
    if (options->measure < AN_SE_HAMMING || options->measure > AN_SE_GAMMA)
        return an_i_error(AN_EINVAL, "structural equivalence: unknown measure %d", options->measure);
    return AN_OK;
}

int an_i_structural_equivalence_input(double *out, const an_i_dense_input *input,
                                      const an_equivalence_options *options)
{
    if (input->n < 2) {
        for (int64_t k = 0; k < input->n * input->n; k++)
            out[k] = options->measure == AN_SE_CORRELATION || options->measure == AN_SE_GAMMA ? 1.0 : 0.0;
        return AN_OK;
    }
    return an_structural_equivalence_matrices(out, input->each, input->count, input->n, options->measure,
                                              options->diag);
}

int an_network_structural_equivalence(double *out, const an_network *network, const an_equivalence_options *options)
{
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_equivalence_options defaults = AN_EQUIVALENCE_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    int rc = an_i_equivalence_check(options);
    if (rc != AN_OK)
        return rc;
    an_i_dense_input input;
    if ((rc = an_i_dense_input_open(&input, network, &options->policy, options->relations,
                                    options->relation_column, "structural equivalence")) != AN_OK)
        return rc;
    double *seen = malloc((size_t)(input.n * input.n) * sizeof *seen);
    rc = seen ? an_i_structural_equivalence_input(seen, &input, options) : AN_I_NOMEM();
    if (rc == AN_OK)
        an_i_dense_scatter_matrix(&input, out, seen);
    free(seen);
    an_i_dense_input_close(&input);
    return rc;
}
