/*
 * cug.c — conditional uniform graph tests (sna::cug.test with ignore.eval,
 * diag = FALSE): the observed network as a plain graph, uniform graphs of
 * the same size given edges or dyad census, and the statistic of each.
 */
#include "positions_internal.h"
#include "error_internal.h"
#include "igraph_bridge.h"
#include "network_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const condition_names[] = { "edges", "size", "dyad.census" };

const char *an_cug_condition_name(int condition)
{
    return condition >= 0 && condition <= AN_CUG_DYAD_CENSUS ? condition_names[condition] : NULL;
}

void an_cug_result_free(an_cug_result *result)
{
    if (!result)
        return;
    free(result->values);
    free(result);
}

/* The plain graph: the nodes (ids) of `network` and its ties under `policy` (no lens),
 * collapsed, without loops; arcs when the view is directed. */
static int plain_graph(an_network **out, int *out_directed, const an_network *network, const an_edge_policy *policy)
{
    an_edge_policy effective = *policy;
    effective.parallel = AN_PARALLEL_COLLAPSE;
    effective.self_loops = 0;
    effective.weight = NULL;
    effective.lens = NULL;
    int64_t n = an_network_node_count(network);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_igraph_view_borrow(&view, network, &effective);
    an_network *plain = NULL;
    if (rc == AN_OK) {
        int directed = view.directed;
        rc = an_network_new(&plain, directed);
        for (int64_t v = 0; rc == AN_OK && v < n; v++)
            rc = an_network_add_node(plain, an_network_node_id(network, v), NULL);
        igraph_integer_t m = igraph_ecount(&view.graph);
        for (igraph_integer_t e = 0; rc == AN_OK && e < m; e++)
            if (an_i_network_add_edge_unchecked(plain, IGRAPH_FROM(&view.graph, e), IGRAPH_TO(&view.graph, e),
                                                directed, NULL) != AN_OK)
                rc = AN_I_NOMEM();
        *out_directed = directed;
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    if (rc != AN_OK) {
        an_network_free(plain);
        return rc;
    }
    *out = plain;
    return AN_OK;
}

static void clear_edges(an_network *network)
{
    network->edge_count = 0;
    network->directed_edges = 0;
    an_i_network_changed(network);
}

/* Pair index -> (i, j): ordered pairs i != j, or unordered i < j. */
static void pair_of(int64_t index, int64_t n, int directed, int64_t *i, int64_t *j)
{
    if (directed) {
        *i = index / (n - 1);
        int64_t r = index % (n - 1);
        *j = r < *i ? r : r + 1;
        return;
    }
    /* row i holds pairs (i, i+1 .. n-1): start(i) = i (2n - i - 1) / 2 */
    int64_t row = (int64_t)((2.0 * n - 1.0 - sqrt((2.0 * n - 1.0) * (2.0 * n - 1.0) - 8.0 * (double)index)) / 2.0);
    if (row < 0)
        row = 0;
    while (row > 0 && row * (2 * n - row - 1) / 2 > index)
        row--;
    while ((row + 1) * (2 * n - row - 2) / 2 <= index)
        row++;
    *i = row;
    *j = index - row * (2 * n - row - 1) / 2 + row + 1;
}

/* A set of int64 (open addressing), for Floyd's sampling without replacement. */
typedef struct index_set {
    int64_t *slots;
    uint64_t mask;
} index_set;

static int set_insert(index_set *s, int64_t value) /* 1 if new */
{
    uint64_t h = an_i_splitmix64((uint64_t)value) & s->mask;
    while (s->slots[h] >= 0) {
        if (s->slots[h] == value)
            return 0;
        h = (h + 1) & s->mask;
    }
    s->slots[h] = value;
    return 1;
}

/* `count` distinct indices of [0, total) uniformly (Floyd 1987), in random order. */
static int sample_indices(int64_t *out, int64_t count, int64_t total, an_i_random *random)
{
    uint64_t capacity = 16;
    while (capacity < 2 * (uint64_t)count + 2)
        capacity <<= 1;
    index_set set = { malloc(capacity * sizeof(int64_t)), capacity - 1 };
    if (!set.slots)
        return AN_I_NOMEM();
    for (uint64_t k = 0; k < capacity; k++)
        set.slots[k] = -1;
    int64_t taken = 0;
    for (int64_t j = total - count; j < total; j++) {
        int64_t t = (int64_t)an_i_random_below(random, (uint64_t)j + 1);
        out[taken++] = set_insert(&set, t) ? t : (set_insert(&set, j), j);
    }
    free(set.slots);
    for (int64_t k = count - 1; k > 0; k--) { /* Floyd's order is not uniform: shuffle */
        int64_t r = (int64_t)an_i_random_below(random, (uint64_t)k + 1), t = out[k];
        out[k] = out[r];
        out[r] = t;
    }
    return AN_OK;
}

typedef struct cug_state {
    int condition, directed;
    int64_t n, m, mutual, asymmetric;
    int64_t *picked;
    an_i_random random;
} cug_state;

static int add(an_network *g, int64_t i, int64_t j, int directed)
{
    return an_i_network_add_edge_unchecked(g, i, j, directed, NULL) == AN_OK ? AN_OK : AN_I_NOMEM();
}

/* Draw one replicate into g (edges cleared first). */
static int draw(an_network *g, cug_state *s)
{
    clear_edges(g);
    int64_t n = s->n, i, j;
    int rc = AN_OK;
    if (s->condition == AN_CUG_SIZE) {
        for (int64_t a = 0; rc == AN_OK && a < n; a++)
            for (int64_t b = s->directed ? 0 : a + 1; rc == AN_OK && b < n; b++)
                if (a != b && (an_i_random_next(&s->random) >> 63))
                    rc = add(g, a, b, s->directed);
        return rc;
    }
    int64_t unordered = n * (n - 1) / 2;
    if (s->condition == AN_CUG_EDGES || !s->directed) {
        int64_t total = s->directed ? n * (n - 1) : unordered;
        if ((rc = sample_indices(s->picked, s->m, total, &s->random)) != AN_OK)
            return rc;
        for (int64_t k = 0; rc == AN_OK && k < s->m; k++) {
            pair_of(s->picked[k], n, s->directed, &i, &j);
            rc = add(g, i, j, s->directed);
        }
        return rc;
    }
    /* dyad census: the first `mutual` of a random set of pairs are mutual, the rest asymmetric
     * with a fair coin for the direction */
    int64_t tied = s->mutual + s->asymmetric;
    if ((rc = sample_indices(s->picked, tied, unordered, &s->random)) != AN_OK)
        return rc;
    for (int64_t k = 0; rc == AN_OK && k < tied; k++) {
        pair_of(s->picked[k], n, 0, &i, &j);
        if (k < s->mutual) {
            if ((rc = add(g, i, j, 1)) == AN_OK)
                rc = add(g, j, i, 1);
        } else if (an_i_random_next(&s->random) >> 63) {
            rc = add(g, i, j, 1);
        } else {
            rc = add(g, j, i, 1);
        }
    }
    return rc;
}

static int check_options(const an_cug_options *o)
{
    if (o->version != AN_CUG_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_cug_options: version %u, expected %u (use AN_CUG_OPTIONS_INIT)",
                          o->version, (unsigned)AN_CUG_OPTIONS_VERSION);
    if (o->condition < AN_CUG_EDGES || o->condition > AN_CUG_DYAD_CENSUS)
        return an_i_error(AN_EINVAL, "cug: unknown condition %d", o->condition);
    if (o->replicates < 1)
        return an_i_error(AN_EINVAL, "cug: replicates must be >= 1 (got %lld)", (long long)o->replicates);
    return AN_OK;
}

static void summarise(an_cug_result *r)
{
    an_i_permutation_p_values(r->values, r->replicates, 1, r->observed, &r->p_less, &r->p_greater, NULL);
    double sum = 0, squares = 0;
    int64_t defined = 0;
    for (int64_t k = 0; k < r->replicates; k++) {
        if (isnan(r->values[k])) {
            r->undefined++;
            continue;
        }
        defined++;
        sum += r->values[k];
    }
    r->mean = defined ? sum / (double)defined : NAN;
    for (int64_t k = 0; k < r->replicates; k++)
        if (!isnan(r->values[k]))
            squares += (r->values[k] - r->mean) * (r->values[k] - r->mean);
    r->sd = defined > 1 ? sqrt(squares / (double)(defined - 1)) : NAN;
}

/* The dyad census of the plain graph (its arcs are distinct). */
static int count_dyads(cug_state *s, const an_network *plain)
{
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    int64_t census[3];
    int rc = an_network_dyad_census(census, plain, &policy);
    s->mutual = census[AN_DYAD_MUTUAL];
    s->asymmetric = census[AN_DYAD_ASYMMETRIC];
    return rc;
}

int an_cug_test(an_cug_result **out, const an_network *network, an_cug_statistic_fn statistic, void *data,
                const an_cug_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network || !statistic)
        return AN_I_MISUSE("NULL argument");
    an_cug_options defaults = AN_CUG_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    int rc = check_options(options);
    an_edge_policy policy;
    an_i_lens_scope scope;
    if (rc != AN_OK || (rc = an_i_scope_open(&scope, &policy, network, &options->policy)) != AN_OK)
        return rc;
    cug_state s;
    memset(&s, 0, sizeof s);
    s.condition = options->condition;
    s.n = an_network_node_count(scope.network);
    an_network *plain = NULL;
    an_cug_result *result = NULL;
    if (s.n == 0)
        rc = an_i_error(AN_EEMPTY, "cug: the network has no nodes");
    if (rc == AN_OK)
        rc = plain_graph(&plain, &s.directed, scope.network, &policy);
    if (rc == AN_OK) {
        s.m = an_network_edge_count(plain);
        result = calloc(1, sizeof *result);
        s.picked = malloc((size_t)(s.m + 1) * sizeof *s.picked);
        if (!result || !s.picked || !(result->values = malloc((size_t)options->replicates * sizeof(double))))
            rc = AN_I_NOMEM();
    }
    if (rc == AN_OK && s.condition == AN_CUG_DYAD_CENSUS && s.directed)
        rc = count_dyads(&s, plain);
    if (rc == AN_OK) {
        result->condition = s.condition;
        result->directed = s.directed;
        result->nodes = s.n;
        result->ties = s.m;
        result->replicates = options->replicates;
        rc = statistic(&result->observed, plain, data);
        an_i_random_seed(&s.random, options->seed);
        for (int64_t k = 0; rc == AN_OK && k < options->replicates; k++)
            if ((rc = draw(plain, &s)) == AN_OK)
                rc = statistic(&result->values[k], plain, data);
        if (rc > 0)
            rc = an_i_error(AN_ERROR, "cug: the statistic returned %d (expected a status)", rc);
    }
    if (rc == AN_OK) {
        summarise(result);
        *out = result;
        result = NULL;
    }
    an_cug_result_free(result);
    an_network_free(plain);
    free(s.picked);
    an_i_lens_scope_close(&scope);
    return rc;
}
