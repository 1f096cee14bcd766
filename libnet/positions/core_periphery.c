/*
 * core_periphery.c — Borgatti & Everett's core–periphery models: options,
 * result, block densities and the entry points (positions.h). The searches
 * are in core_periphery_discrete.c and core_periphery_continuous.c.
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

void an_core_periphery_free(an_core_periphery *core_periphery)
{
    if (!core_periphery)
        return;
    free(core_periphery->core);
    free(core_periphery->coreness);
    free(core_periphery);
}

static int check_options(const an_core_periphery_options *o)
{
    if (o->version != AN_CORE_PERIPHERY_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_core_periphery_options: version %u, expected %u", o->version,
                          (unsigned)AN_CORE_PERIPHERY_OPTIONS_VERSION);
    if (o->model != AN_CP_DISCRETE && o->model != AN_CP_CONTINUOUS)
        return an_i_error(AN_EINVAL, "core-periphery: unknown model %d", o->model);
    if (o->restarts < 0)
        return an_i_error(AN_EINVAL, "core-periphery: restarts must be >= 0 (got %lld)", (long long)o->restarts);
    if (o->max_iterations < 1)
        return an_i_error(AN_EINVAL, "core-periphery: max_iterations must be >= 1 (got %lld)",
                          (long long)o->max_iterations);
    if (!(o->tolerance > 0.0))
        return an_i_error(AN_EINVAL, "core-periphery: tolerance must be > 0 (got %g)", o->tolerance);
    if (o->between_density != -1.0 && !(o->between_density >= 0.0 && o->between_density <= 1.0))
        return an_i_error(AN_EINVAL, "core-periphery: between_density must be in [0, 1], or -1 to leave the "
                                     "core-periphery cells out (got %g)", o->between_density);
    return AN_OK;
}

/* Mean a_ij over the four blocks (i != j). */
static void block_densities(double density[4], const double *a, int64_t n, const int *core)
{
    double sum[4] = { 0 }, cells[4] = { 0 };
    for (int64_t i = 0; i < n; i++)
        for (int64_t j = 0; j < n; j++) {
            if (i == j)
                continue;
            int b = (core[i] ? 0 : 2) + (core[j] ? 0 : 1);
            sum[b] += a[i * n + j];
            cells[b] += 1.0;
        }
    for (int b = 0; b < 4; b++)
        density[b] = cells[b] > 0 ? sum[b] / cells[b] : NAN;
}

static int new_result(an_core_periphery **out, int64_t n, int model)
{
    an_core_periphery *r = calloc(1, sizeof *r);
    if (r) {
        r->node_count = n;
        r->model = model;
        r->fit = NAN;
        r->converged = 1;
        r->core = malloc((size_t)(n ? n : 1) * sizeof *r->core);
        r->coreness = malloc((size_t)(n ? n : 1) * sizeof *r->coreness);
    }
    if (!r || !r->core || !r->coreness) {
        an_core_periphery_free(r);
        return AN_I_NOMEM();
    }
    *out = r;
    return AN_OK;
}

/* The options (defaults for NULL), checked; *out cleared. */
static int begin(an_core_periphery **out, const void *input, const an_core_periphery_options **options,
                 an_core_periphery_options *defaults)
{
    if (out)
        *out = NULL;
    if (!out || !input)
        return AN_I_MISUSE("NULL argument");
    *defaults = (an_core_periphery_options)AN_CORE_PERIPHERY_OPTIONS_INIT;
    if (!*options)
        *options = defaults;
    return check_options(*options);
}

int an_core_periphery_matrix(an_core_periphery **out, const double *matrix, int64_t n,
                             const an_core_periphery_options *options)
{
    an_core_periphery_options defaults;
    int rc = begin(out, matrix, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    int64_t smallest = options->model == AN_CP_DISCRETE ? 4 : 2;
    if (n < smallest)
        return an_i_error(AN_EINVAL, "core-periphery: the %s model needs at least %lld actors (got %lld)",
                          options->model == AN_CP_DISCRETE ? "discrete" : "continuous", (long long)smallest,
                          (long long)n);
    if ((rc = an_i_dense_check(n, "core-periphery")) != AN_OK ||
        (rc = an_i_matrices_finite(&matrix, 1, n, "core-periphery")) != AN_OK)
        return rc;
    an_core_periphery *result = NULL;
    if ((rc = new_result(&result, n, options->model)) != AN_OK)
        return rc;
    if (options->model == AN_CP_DISCRETE)
        rc = an_i_core_periphery_discrete(result, matrix, n, options);
    else
        rc = an_i_core_periphery_continuous(result, matrix, n, options);
    if (rc == AN_OK) {
        block_densities(result->density, matrix, n, result->core);
        result->core_size = 0;
        for (int64_t v = 0; v < n; v++)
            result->core_size += result->core[v];
        *out = result;
        return AN_OK;
    }
    an_core_periphery_free(result);
    return rc;
}

int an_network_core_periphery(an_core_periphery **out, const an_network *network,
                              const an_core_periphery_options *options)
{
    an_core_periphery_options defaults;
    int rc = begin(out, network, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    an_edge_policy policy = options->policy;
    policy.self_loops = 0;
    an_i_dense_input input;
    if ((rc = an_i_dense_input_open(&input, network, &policy, NULL, NULL, "core-periphery")) != AN_OK)
        return rc;
    an_core_periphery *seen = NULL, *result = NULL;
    rc = an_core_periphery_matrix(&seen, input.each[0], input.n, options);
    if (rc == AN_OK && input.scope.node_position) {
        /* Back to the caller's nodes: -1 and NaN outside the lens. */
        int64_t total = input.scope.original_nodes;
        if ((rc = new_result(&result, total, options->model)) == AN_OK) {
            result->fit = seen->fit;
            result->core_size = seen->core_size;
            result->iterations = seen->iterations;
            result->converged = seen->converged;
            for (int b = 0; b < 4; b++)
                result->density[b] = seen->density[b];
            an_i_scope_scatter_reals(&input.scope, result->coreness, seen->coreness);
            for (int64_t v = 0; v < total; v++) {
                int64_t at = input.scope.node_position[v];
                result->core[v] = at < 0 ? -1 : seen->core[at];
            }
            *out = result;
        }
        an_core_periphery_free(seen);
    } else if (rc == AN_OK) {
        *out = seen;
    }
    an_i_dense_input_close(&input);
    return rc;
}
