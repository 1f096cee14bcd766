/*
 * keyplayers.c — the public key-player API: option checks, the view,
 * candidate selection, tie-breaking priorities, and the dispatch to the
 * greedy + swap or the exact search.
 */
#include "error_internal.h"
#include "random.h"
#include "keyplayers_internal.h"
#include "parallel_for.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const objective_names[] = { "fragmentation", "distance_fragmentation", "reach",
                                               "distance_reach" };

const char *an_keyplayer_objective_name(int objective)
{
    if (objective < 0 || objective > AN_KP_DISTANCE_REACH)
        return NULL;
    return objective_names[objective];
}

int an_keyplayer_objective_from_name(int *out_objective, const char *name)
{
    if (!name || !out_objective)
        return AN_I_MISUSE("name or out_objective is NULL");
    for (int i = 0; i <= AN_KP_DISTANCE_REACH; i++) {
        if (strcmp(name, objective_names[i]) == 0) {
            *out_objective = i;
            return AN_OK;
        }
    }
    return an_i_error(AN_EINVAL,
                      "unknown key-player objective '%s' (expected fragmentation, distance_fragmentation, "
                      "reach or distance_reach)",
                      name);
}

an_i_csr_mode an_i_kp_view(int direction, int reach)
{
    switch (direction) {
    case AN_KP_UNDIRECTED: return AN_I_CSR_UNDIRECTED;
    case AN_KP_OUT: return AN_I_CSR_OUT;
    case AN_KP_IN: return AN_I_CSR_IN;
    default: return reach ? AN_I_CSR_OUT : AN_I_CSR_UNDIRECTED;
    }
}

int an_i_kp_view_symmetric(const an_network *network, an_i_csr_mode mode)
{
    return mode == AN_I_CSR_UNDIRECTED || network->directed_edges == 0;
}

static int check_options(const an_keyplayer_options *options)
{
    if (options->version != 1 && options->version != AN_KEYPLAYER_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_keyplayer_options: version %u, expected %u", options->version,
                          AN_KEYPLAYER_OPTIONS_VERSION);
    if (options->objective < AN_KP_FRAGMENTATION || options->objective > AN_KP_DISTANCE_REACH)
        return an_i_error(AN_EINVAL, "unknown key-player objective %d", options->objective);
    if (options->direction < AN_KP_DIRECTION_AUTO || options->direction > AN_KP_IN)
        return an_i_error(AN_EINVAL, "unknown direction mode %d", options->direction);
    if (options->m < 1)
        return an_i_error(AN_EINVAL, "reach radius m must be at least 1 (got %lld)", (long long)options->m);
    if (options->candidates < 0)
        return an_i_error(AN_EINVAL, "candidates must not be negative (got %lld)", (long long)options->candidates);
    if (options->max_sets < 0)
        return an_i_error(AN_EINVAL, "max_sets must not be negative (got %lld)", (long long)options->max_sets);
    return AN_OK;
}

/* Build the view an objective follows and the evaluation context. */
static int prepare(an_i_kp_context *context, an_i_csr *adjacency, const an_network *network,
                   const an_keyplayer_options *options)
{
    int reach = options->objective == AN_KP_REACH || options->objective == AN_KP_DISTANCE_REACH;
    an_i_csr_mode mode = an_i_kp_view(options->direction, reach);
    int rc = an_i_csr_build(adjacency, network, mode);
    if (rc != AN_OK)
        return rc;
    context->adjacency = adjacency;
    context->objective = options->objective;
    context->steps = options->m;
    context->symmetric = an_i_kp_view_symmetric(network, mode);
    context->n = adjacency->n;
    context->sources = NULL;        /* the search samples them when it must */
    context->source_count = 0;
    context->reach_bits = NULL;     /* find_set builds them once the candidates are known */
    return AN_OK;
}

typedef struct ranked {
    int64_t degree;
    int32_t node;
} ranked;

static int by_degree(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->degree != y->degree)
        return x->degree > y->degree ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

static int by_node(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

/* The candidates, ascending: all nodes, or the top `limit` by degree in the view (ties: file order). */
static int32_t *choose_candidates(const an_i_csr *adjacency, int64_t limit, int64_t *out_count)
{
    int32_t n = adjacency->n;
    int64_t count = limit > 0 && limit < n ? limit : n;
    int32_t *candidates = malloc(((size_t)count + 1) * sizeof *candidates);
    if (!candidates)
        return NULL;
    if (count == n) {
        for (int32_t v = 0; v < n; v++)
            candidates[v] = v;
    } else {
        ranked *order = malloc((size_t)n * sizeof *order);
        if (!order) {
            free(candidates);
            return NULL;
        }
        for (int32_t v = 0; v < n; v++)
            order[v] = (ranked){ adjacency->offsets[v + 1] - adjacency->offsets[v], v };
        qsort(order, (size_t)n, sizeof *order, by_degree);
        for (int64_t i = 0; i < count; i++)
            candidates[i] = order[i].node;
        free(order);
        qsort(candidates, (size_t)count, sizeof *candidates, by_node);
    }
    *out_count = count;
    return candidates;
}

/* A given pool, ascending and without repeats (indices already checked). */
static int32_t *pool_candidates(const int64_t *pool, int64_t pool_count, int64_t *out_count)
{
    int32_t *candidates = malloc(((size_t)pool_count + 1) * sizeof *candidates);
    if (!candidates)
        return NULL;
    for (int64_t i = 0; i < pool_count; i++)
        candidates[i] = (int32_t)pool[i];
    qsort(candidates, (size_t)pool_count, sizeof *candidates, by_node);
    int64_t count = 0;
    for (int64_t i = 0; i < pool_count; i++)
        if (count == 0 || candidates[count - 1] != candidates[i])
            candidates[count++] = candidates[i];
    *out_count = count;
    return candidates;
}

/* The search over `pool` (pool_count nodes) or, when pool is NULL, over options->candidates. */
static int find_set(int64_t *out_set, an_keyplayer_result *out_result, const an_network *network, int64_t k,
                    const int64_t *pool, int64_t pool_count, const an_keyplayer_options *options)
{
    an_keyplayer_options defaults = AN_KEYPLAYER_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!out_set && k > 0)
        return AN_I_MISUSE("out_set is NULL");
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    int64_t n = network->node_count;
    if (n == 0)
        return an_i_error(AN_EEMPTY, "key players: the network has no nodes");
    if (k < 0 || k > n - 1)
        return an_i_error(AN_EINVAL, "key players: k = %lld is out of range (0 to %lld for %lld nodes)",
                          (long long)k, (long long)(n - 1), (long long)n);
    if (!pool && options->candidates > 0 && options->candidates < k)
        return an_i_error(AN_EINVAL, "key players: %lld candidates cannot hold a set of %lld",
                          (long long)options->candidates, (long long)k);
    for (int64_t i = 0; pool && i < pool_count; i++)
        if (pool[i] < 0 || pool[i] >= n)
            return an_i_error(AN_ERANGE, "key players: candidate index %lld is out of range (%lld nodes)",
                              (long long)pool[i], (long long)n);

    an_i_csr adjacency;
    an_i_kp_context context;
    rc = prepare(&context, &adjacency, network, options);
    if (rc != AN_OK)
        return rc;
    int64_t candidate_count = 0;
    int32_t *candidates = pool ? pool_candidates(pool, pool_count, &candidate_count)
                               : choose_candidates(&adjacency, options->candidates, &candidate_count);
    if (candidates && candidate_count < k) {
        rc = an_i_error(AN_EINVAL, "key players: %lld distinct candidates cannot hold a set of %lld",
                        (long long)candidate_count, (long long)k);
        free(candidates);
        an_i_csr_free(&adjacency);
        return rc;
    }
    an_i_kp_reach_bits reach_bits = { 0 };
    uint64_t *priority = malloc(((size_t)n + 1) * sizeof *priority);
    int32_t *set = malloc(((size_t)k + 1) * sizeof *set);
    if (!candidates || !priority || !set) {
        rc = an_i_error(AN_ENOMEM, "key players: out of memory");
        goto done;
    }
    for (int64_t v = 0; v < n; v++)
        priority[v] = an_i_splitmix64(options->seed ^ an_i_splitmix64((uint64_t)v));

    if (options->objective == AN_KP_REACH) {
        an_i_kp_reach_bits_build(&reach_bits, &adjacency, candidates, candidate_count, options->m,
                                 an_i_parallel_threads_env(options->threads));
        if (reach_bits.bits)
            context.reach_bits = &reach_bits;
    }
    an_i_kp_search search = { 0 };
    search.context = &context;
    search.candidates = candidates;
    search.candidate_count = candidate_count;
    search.k = k;
    search.priority = priority;
    search.threads = an_i_parallel_threads_env(options->threads);
    search.max_sets = options->max_sets;
    search.restarts = AN_I_KP_RESTARTS;
    search.seed = options->seed;
    search.set = set;
    rc = options->exact ? an_i_kp_search_exact(&search) : an_i_kp_search_greedy_swap(&search);
    if (rc != AN_OK)
        goto done;
    qsort(set, (size_t)k, sizeof *set, by_node);
    for (int64_t i = 0; i < k; i++)
        out_set[i] = set[i];
    if (out_result) {
        out_result->score = an_i_kp_score(&context, search.key, k);
        out_result->greedy_score = options->exact ? NAN : an_i_kp_score(&context, search.greedy_key, k);
        out_result->swaps = search.swaps;
        out_result->evaluations = search.evaluations;
    }
done:
    an_i_kp_reach_bits_free(&reach_bits);
    free(candidates);
    free(priority);
    free(set);
    an_i_csr_free(&adjacency);
    return rc;
}

int an_keyplayers_find(int64_t *out_set, an_keyplayer_result *out_result, const an_network *network, int64_t k,
                       const an_keyplayer_options *options)
{
    if (network && options && an_i_kp_lens(options))
        return an_i_keyplayers_find_lens(out_set, out_result, network, k, NULL, 0, options);
    return find_set(out_set, out_result, network, k, NULL, 0, options);
}

int an_keyplayers_find_among(int64_t *out_set, an_keyplayer_result *out_result, const an_network *network,
                             int64_t k, const int64_t *candidates, int64_t candidate_count,
                             const an_keyplayer_options *options)
{
    if (!candidates && candidate_count > 0)
        return AN_I_MISUSE("candidates is NULL");
    if (candidate_count < 0)
        return an_i_error(AN_EINVAL, "key players: negative candidate count %lld", (long long)candidate_count);
    static const int64_t none = 0;
    if (network && options && an_i_kp_lens(options))
        return an_i_keyplayers_find_lens(out_set, out_result, network, k, candidates ? candidates : &none,
                                         candidate_count, options);
    return find_set(out_set, out_result, network, k, candidates ? candidates : &none, candidate_count, options);
}

int an_keyplayers_score(double *out_score, const an_network *network, const int64_t *set, int64_t count,
                        const an_keyplayer_options *options)
{
    an_keyplayer_options defaults = AN_KEYPLAYER_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (!out_score || !network)
        return AN_I_MISUSE("out_score or network is NULL");
    if (!set && count > 0)
        return AN_I_MISUSE("set is NULL");
    if (count < 0)
        return an_i_error(AN_EINVAL, "key players: negative set size %lld", (long long)count);
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    int64_t n = network->node_count;
    if (n == 0)
        return an_i_error(AN_EEMPTY, "key players: the network has no nodes");
    if (an_i_kp_lens(options))
        return an_i_keyplayers_score_lens(out_score, network, set, count, options);
    for (int64_t i = 0; i < count; i++)
        if (set[i] < 0 || set[i] >= n)
            return an_i_error(AN_ERANGE, "key players: node index %lld is out of range (%lld nodes)",
                              (long long)set[i], (long long)n);

    an_i_csr adjacency;
    an_i_kp_context context;
    rc = prepare(&context, &adjacency, network, options);
    if (rc != AN_OK)
        return rc;
    uint8_t *mask = calloc((size_t)n + 1, 1);
    int32_t *members = malloc(((size_t)count + 1) * sizeof *members);
    an_i_kp_scratch scratch = { 0 };
    int64_t *histogram = NULL;
    if (!mask || !members || an_i_kp_scratch_init(&scratch, (int32_t)n, 0) != AN_OK) {
        rc = an_i_error(AN_ENOMEM, "key players: out of memory");
        goto done;
    }
    int64_t size = 0;
    for (int64_t i = 0; i < count; i++) {
        if (!mask[set[i]]) {
            mask[set[i]] = 1;
            members[size++] = (int32_t)set[i];
        }
    }
    if (size >= n) {
        rc = an_i_error(AN_EINVAL, "key players: the set holds every node");
        goto done;
    }
    an_i_kp_set members_set = { mask, members, size, -1, -1 };
    double key;
    int all_pairs = options->objective == AN_KP_DISTANCE_FRAGMENTATION ||
                    (options->objective == AN_KP_FRAGMENTATION && !context.symmetric);
    if (all_pairs) {
        /* One evaluation over all sources: spread it over the threads. */
        histogram = calloc((size_t)n + 2, sizeof *histogram);
        if (!histogram) {
            rc = an_i_error(AN_ENOMEM, "key players: out of memory");
            goto done;
        }
        int32_t largest = an_i_kp_distance_histogram_parallel(&adjacency, &members_set,
                                                              an_i_parallel_threads_env(options->threads), histogram);
        if (largest < 0) {
            rc = AN_ENOMEM;
            goto done;
        }
        if (options->objective == AN_KP_DISTANCE_FRAGMENTATION) {
            key = -an_i_kp_inverse_distance_sum(histogram, largest);
        } else {
            int64_t total = 0;
            for (int32_t d = 1; d <= largest; d++)
                total += histogram[d];
            key = -(double)total;
        }
    } else {
        key = an_i_kp_key(&context, &scratch, &members_set);
    }
    *out_score = an_i_kp_score(&context, key, size);
done:
    free(mask);
    free(members);
    free(histogram);
    an_i_kp_scratch_free(&scratch);
    an_i_csr_free(&adjacency);
    return rc;
}
