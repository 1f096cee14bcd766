/*
 * brokerage_expected.c — expected brokerage counts, standard deviations and
 * z-scores per node, following sna::brokerage (exp.nli, sd.nli, z.nli),
 * which implements Gould & Fernandez's approximation for a random digraph of
 * the same size and density. With N nodes, d the density, p = d^2 (1 - d),
 * q = d^3 (1 - d)^3 and n_i the size of the broker's group i:
 *
 *   coordinator     E = p (n_i-1)(n_i-2)
 *                   V = E (1-p) + 2 (n_i-1)(n_i-2)(n_i-3) q
 *   itinerant       E = p sum_{j!=i} n_j (n_j-1)
 *                   V = E (1-p) + 2 sum_{j!=i} n_j (n_j-1)(n_j-2) q
 *   gatekeeper and  E = p (N-n_i)(n_i-1)
 *   representative  V = E (1-p) + 2 ((n_i-1) C(N-n_i, 2) + (N-n_i) C(n_i-1, 2)) q
 *   liaison         E = p ((sum_{j!=i} n_j)^2 - sum_{j!=i} n_j^2)
 *                   V = E (1-p) + 4 sum_{j!=i} n_j C(N-n_j-n_i, 2) q
 *   total           E = p (N-1)(N-2)
 *                   V = E (1-p) + 2 (N-1)(N-2)(N-3) q
 */
#include "brokerage_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static double choose2(double x)
{
    return x * (x - 1.0) / 2.0;
}

/* sum_{j != i} n_j C(N - n_j - n_i, 2) for every group i. */
static void liaison_variance_sums(const double *sizes, int64_t groups, double N, double *out)
{
    if (groups <= 2048) {
        for (int64_t i = 0; i < groups; i++) {
            double sum = 0.0;
            for (int64_t j = 0; j < groups; j++)
                if (j != i)
                    sum += sizes[j] * choose2(N - sizes[j] - sizes[i]);
            out[i] = sum;
        }
        return;
    }
    /* Expanded: with A = N - n_i, sum n_j (A - n_j)(A - n_j - 1) / 2
       = ((A^2 - A) T1 - (2A - 1) T2 + T3) / 2 over j != i. */
    long double t1 = 0, t2 = 0, t3 = 0;
    for (int64_t j = 0; j < groups; j++) {
        long double s = sizes[j];
        t1 += s;
        t2 += s * s;
        t3 += s * s * s;
    }
    for (int64_t i = 0; i < groups; i++) {
        long double s = sizes[i], a = (long double)N - s;
        long double u1 = t1 - s, u2 = t2 - s * s, u3 = t3 - s * s * s;
        out[i] = (double)(((a * a - a) * u1 - (2 * a - 1) * u2 + u3) / 2);
    }
}

static int expected_from_dense(double *out_expected, double *out_sd, double *out_z, const an_network *network,
                               const int64_t *dense, int64_t group_count, const an_brokerage_options *options)
{
    int64_t n = network->node_count;
    int64_t *counts = malloc((size_t)n * AN_BROKERAGE_ROLES * sizeof *counts);
    double *sizes = calloc((size_t)group_count + 1, sizeof *sizes);
    double *liaison_sums = malloc(((size_t)group_count + 1) * sizeof *liaison_sums);
    double *expected = malloc(((size_t)group_count + 1) * AN_BROKERAGE_ROLES * sizeof *expected);
    double *variance = malloc(((size_t)group_count + 1) * AN_BROKERAGE_ROLES * sizeof *variance);
    int rc = AN_OK;
    if (!counts || !sizes || !liaison_sums || !expected || !variance) {
        rc = an_i_error(AN_ENOMEM, "brokerage: out of memory");
        goto done;
    }
    int64_t arcs = 0;
    rc = an_i_brokerage_census(counts, &arcs, network, dense, options->direction);
    if (rc != AN_OK)
        goto done;
    for (int64_t v = 0; v < n; v++)
        sizes[dense[v]] += 1.0;
    double N = (double)n;
    if (n < 2) {
        for (int64_t i = 0; i < n * AN_BROKERAGE_ROLES; i++) {
            if (out_expected)
                out_expected[i] = NAN;
            if (out_sd)
                out_sd[i] = NAN;
            if (out_z)
                out_z[i] = NAN;
        }
        goto done;
    }
    double d = (double)arcs / (N * (N - 1.0));
    double p = d * d * (1.0 - d), q = d * d * d * (1.0 - d) * (1.0 - d) * (1.0 - d);
    double all_pairs2 = 0, all_triples = 0, all_sum = 0, all_squares = 0;
    for (int64_t j = 0; j < group_count; j++) {
        double s = sizes[j];
        all_pairs2 += s * (s - 1.0);
        all_triples += s * (s - 1.0) * (s - 2.0);
        all_sum += s;
        all_squares += s * s;
    }
    liaison_variance_sums(sizes, group_count, N, liaison_sums);
    for (int64_t i = 0; i < group_count; i++) {
        double s = sizes[i];
        double *e = expected + i * AN_BROKERAGE_ROLES, *var = variance + i * AN_BROKERAGE_ROLES;
        e[AN_ROLE_COORDINATOR] = p * (s - 1.0) * (s - 2.0);
        var[AN_ROLE_COORDINATOR] =
            e[AN_ROLE_COORDINATOR] * (1.0 - p) + 2.0 * (s - 1.0) * (s - 2.0) * (s - 3.0) * q;
        double other_pairs2 = all_pairs2 - s * (s - 1.0), other_triples = all_triples - s * (s - 1.0) * (s - 2.0);
        e[AN_ROLE_ITINERANT] = p * other_pairs2;
        var[AN_ROLE_ITINERANT] = e[AN_ROLE_ITINERANT] * (1.0 - p) + 2.0 * other_triples * q;
        e[AN_ROLE_GATEKEEPER] = p * (N - s) * (s - 1.0);
        var[AN_ROLE_GATEKEEPER] = e[AN_ROLE_GATEKEEPER] * (1.0 - p) +
                                  2.0 * ((s - 1.0) * choose2(N - s) + (N - s) * choose2(s - 1.0)) * q;
        e[AN_ROLE_REPRESENTATIVE] = e[AN_ROLE_GATEKEEPER];
        var[AN_ROLE_REPRESENTATIVE] = var[AN_ROLE_GATEKEEPER];
        double other_sum = all_sum - s, other_squares = all_squares - s * s;
        e[AN_ROLE_LIAISON] = p * (other_sum * other_sum - other_squares);
        var[AN_ROLE_LIAISON] = e[AN_ROLE_LIAISON] * (1.0 - p) + 4.0 * liaison_sums[i] * q;
        e[AN_ROLE_TOTAL] = p * (N - 1.0) * (N - 2.0);
        var[AN_ROLE_TOTAL] = e[AN_ROLE_TOTAL] * (1.0 - p) + 2.0 * (N - 1.0) * (N - 2.0) * (N - 3.0) * q;
    }
    for (int64_t v = 0; v < n; v++) {
        const double *e = expected + dense[v] * AN_BROKERAGE_ROLES, *var = variance + dense[v] * AN_BROKERAGE_ROLES;
        for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
            double sd = sqrt(var[r]);
            size_t at = (size_t)v * AN_BROKERAGE_ROLES + (size_t)r;
            if (out_expected)
                out_expected[at] = e[r];
            if (out_sd)
                out_sd[at] = sd;
            if (out_z)
                out_z[at] = sd > 0 ? ((double)counts[at] - e[r]) / sd : NAN;
        }
    }
done:
    free(counts);
    free(sizes);
    free(liaison_sums);
    free(expected);
    free(variance);
    return rc;
}

static int expected_begin(double *out_expected, double *out_sd, double *out_z, const an_network *network,
                          const an_brokerage_options **options, an_brokerage_options *defaults)
{
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!out_expected && !out_sd && !out_z)
        return AN_I_MISUSE("every output is NULL");
    if (!*options)
        *options = defaults;
    int rc = an_i_brokerage_check_options(*options);
    if (rc != AN_OK)
        return rc;
    if ((*options)->missing != AN_BROKERAGE_MISSING_AS_GROUP)
        return an_i_error(AN_EINVAL, "brokerage: expected values need missing groups counted as a group "
                                     "(AN_BROKERAGE_MISSING_AS_GROUP)");
    if (network->node_count == 0)
        return an_i_error(AN_EEMPTY, "brokerage: the network has no nodes");
    return AN_OK;
}

int an_brokerage_expected_by_groups(double *out_expected, double *out_sd, double *out_z, const an_network *network,
                                    const int64_t *groups, const an_brokerage_options *options)
{
    an_brokerage_options defaults = AN_BROKERAGE_OPTIONS_INIT;
    int rc = expected_begin(out_expected, out_sd, out_z, network, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    if (!groups)
        return AN_I_MISUSE("groups is NULL");
    if (an_i_brokerage_lens(options))
        return an_i_brokerage_expected_lens(out_expected, out_sd, out_z, network, groups, options);
    int64_t *dense = NULL, group_count = 0;
    rc = an_i_brokerage_resolve_groups(&dense, &group_count, groups, network->node_count, options->missing);
    if (rc == AN_OK)
        rc = expected_from_dense(out_expected, out_sd, out_z, network, dense, group_count, options);
    free(dense);
    return rc;
}

int an_brokerage_expected(double *out_expected, double *out_sd, double *out_z, const an_network *network,
                          const an_brokerage_options *options)
{
    an_brokerage_options defaults = AN_BROKERAGE_OPTIONS_INIT;
    int rc = expected_begin(out_expected, out_sd, out_z, network, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    int64_t *groups = NULL, group_count = 0;
    rc = an_i_brokerage_groups_from_column(&groups, &group_count, network, options->attribute);
    if (rc == AN_OK)
        rc = an_brokerage_expected_by_groups(out_expected, out_sd, out_z, network, groups, options);
    free(groups);
    return rc;
}
