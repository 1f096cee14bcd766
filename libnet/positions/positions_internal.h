/*
 * positions_internal.h — shared by the positions sources (positions.h):
 * the dense input of a network-level method (lens, relation matrices), the
 * permutation source of the QAP tests, least squares, and small statistics.
 */
#ifndef AN_POSITIONS_INTERNAL_H
#define AN_POSITIONS_INTERNAL_H

#include "actornet/positions.h"
#include "lens_scope.h"
#include "random.h"

#include <stdint.h>

/** AN_ELIMIT (recorded, naming `what`) when n exceeds AN_DENSE_MAX_NODES. */
int an_i_dense_check(int64_t n, const char *what);

/* ---- the dense input of a network-level method (dense_input.c) ---------------- */

/**
 * A network read as R relation matrices over the nodes a lens sees:
 * matrices[r * n * n + i * n + j], nodes in network order (scope maps them
 * back). relations NULL: one matrix of every tie.
 */
typedef struct an_i_dense_input {
    an_i_lens_scope scope;
    int64_t n;              /* nodes seen */
    int64_t count;          /* relations (matrices) */
    double *matrices;       /* count * n * n */
    const double **each;    /* count pointers into matrices */
} an_i_dense_input;

/** Validate `policy` (NULL = AN_EDGE_POLICY_INIT) into *effective, open the scope of its lens, and
 *  clear the lens in *effective (the scope's network is what to analyse). On failure nothing is
 *  open and the error is recorded. */
int an_i_scope_open(an_i_lens_scope *scope, an_edge_policy *effective, const an_network *network,
                    const an_edge_policy *policy);

/** Open (policy NULL = defaults; its lens decides the nodes). On failure the input is closed. */
int an_i_dense_input_open(an_i_dense_input *input, const an_network *network, const an_edge_policy *policy,
                          const char *const *relations, const char *relation_column, const char *what);

void an_i_dense_input_close(an_i_dense_input *input);

/** out (N x N, the caller's network) from in (n x n, the nodes seen): NaN outside the lens. */
void an_i_dense_scatter_matrix(const an_i_dense_input *input, double *out, const double *in);

/** out[v] (the caller's nodes) = in[the seen node of v], `outside` / NaN outside the lens;
 *  without a lens a copy. */
void an_i_scope_scatter_integers(const an_i_lens_scope *scope, int64_t *out, const int64_t *in, int64_t outside);
void an_i_scope_scatter_reals(const an_i_lens_scope *scope, double *out, const double *in);

/** AN_EINVAL (recorded) unless every entry of the n x n matrices is finite. */
int an_i_matrices_finite(const double *const *matrices, int64_t count, int64_t n, const char *what);

/* ---- structural equivalence (structural_equivalence.c) ---------------------------- */

int an_i_equivalence_check(const an_equivalence_options *options);

/** The equivalence matrix of the nodes an input holds (n x n). */
int an_i_structural_equivalence_input(double *out, const an_i_dense_input *input,
                                      const an_equivalence_options *options);

/* ---- positions results (positions.c) ---------------------------------------------- */

/** A new result for node_count nodes (membership allocated, the rest NULL). */
int an_i_positions_new(an_positions **out, int64_t node_count);

/** Scatter the seen nodes' labels, renumber by first node, count sizes. */
int an_i_positions_finish(an_positions *positions, const an_i_dense_input *input, const int64_t *seen_membership);

/* ---- core–periphery searches: fill core, coreness, fit, iterations, converged -------- */

int an_i_core_periphery_discrete(an_core_periphery *result, const double *a, int64_t n,
                                 const an_core_periphery_options *options);
int an_i_core_periphery_continuous(an_core_periphery *result, const double *a, int64_t n,
                                   const an_core_periphery_options *options);

/* ---- membership helpers (membership.c) ------------------------------------------ */

/** Renumber labels (n entries, >= 0) 0..k-1 by first appearance; *out_count = k. O(n + max label). */
int an_i_renumber_by_first(int64_t *labels, int64_t n, int64_t *out_count);

/** Sizes of groups 0..count-1 (caller array). */
void an_i_group_sizes(int64_t *sizes, const int64_t *membership, int64_t n, int64_t count);

/* ---- permutations (permutation.c) ------------------------------------------------- */

/** Fills perm with a permutation of 0..n-1; returns AN_OK or a status. */
typedef int (*an_i_permutation_fn)(void *state, int64_t *perm, int64_t n);

typedef struct an_i_permuter {
    an_i_permutation_fn next;
    void *state;
} an_i_permuter;

/** A uniform permutation (Fisher–Yates) from actornet's generator; state is an an_i_random. */
int an_i_random_permutation(void *random, int64_t *perm, int64_t n);

/** p[i][j] = m[perm[i]][perm[j]] (n x n, row-major): sna's rmperm with o = perm + 1. */
void an_i_permute_matrix(double *out, const double *matrix, const int64_t *perm, int64_t n);

/* ---- QAP with a given permutation source (tests feed R's permutations) ----------- */

int an_i_qap_correlation(an_qap_correlation_result **out, const double *y, const double *x, int64_t n,
                         const an_qap_options *options, const an_i_permuter *permuter);

int an_i_qap_regression(an_qap_regression **out, int model, const double *y, const double *const *x,
                        int64_t predictors, int64_t n, const an_qap_options *options,
                        const an_i_permuter *permuter);

/** The actors of a QAP test: those whose row and column are not entirely NaN in every matrix.
 *  Compacts `count` matrices (each n x n) into `out` (count * k * k); *out_k receives k.
 *  AN_EINVAL for any other non-finite entry. */
int an_i_qap_compact(double **out, int64_t *out_k, const double *const *matrices, int64_t count, int64_t n);

/* ---- least squares (least_squares.c) ---------------------------------------------- */

/**
 * A QR decomposition of an N x p design (column-major: x[j * N + i]) by
 * Householder reflections with the limited column pivoting of R's qr()
 * (LINPACK dqrdc2): a column whose remaining norm falls below tolerance x its
 * original norm is moved to the end, so `rank` columns come first.
 */
typedef struct an_i_qr {
    int64_t rows, columns, rank;
    double *qr;         /* N x p, column-major: R above the diagonal, reflectors below */
    double *qraux;      /* p */
    int64_t *pivot;     /* p: original column of each position */
} an_i_qr;

int an_i_qr_decompose(an_i_qr *qr, const double *x, int64_t rows, int64_t columns, double tolerance);
void an_i_qr_free(an_i_qr *qr);

/** coefficients (p, in original column order; NaN for aliased columns), residuals (N, may be
 *  NULL) and fitted values (N, may be NULL) of y. work: N doubles. */
void an_i_qr_solve(const an_i_qr *qr, const double *y, double *coefficients, double *residuals, double *fitted,
                   double *work);

/** The diagonal of (R'R)^-1 (R's diag(chol2inv(qr$qr)) over the first rank columns), in
 *  original column order, NaN for aliased columns. */
void an_i_qr_unscaled_variances(const an_i_qr *qr, double *out);

/* ---- statistics (statistics.c) ------------------------------------------------------ */

/** Pearson correlation of x and y (count values); NaN when either is constant. */
double an_i_pearson(const double *x, const double *y, int64_t count);

/** Student's t distribution: Pr(T <= t) with df degrees of freedom (R's pt). */
double an_i_student_t_cdf(double t, double df);

/** Shares of values <= / >= observed and |value| >= |observed| (NaN values skipped). */
void an_i_permutation_p_values(const double *values, int64_t count, int64_t stride, double observed,
                               double *p_less, double *p_greater, double *p_two_sided);

#endif
