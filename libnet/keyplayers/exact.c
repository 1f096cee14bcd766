/*
 * exact.c — brute force over every k-subset of the candidates, in
 * lexicographic order of candidate positions. The rank range is split into
 * chunks for the workers; each chunk unranks its first combination and then
 * steps through its successors, updating its own mask incrementally. The
 * best set is the one with the best key, ties going to the lowest rank, so
 * the answer does not depend on the thread count.
 */
#include "error_internal.h"
#include "keyplayers_internal.h"
#include "parallel_for.h"

#include <stdlib.h>
#include <string.h>

/* C(a, b), saturating at INT64_MAX. */
static int64_t binomial(int64_t a, int64_t b)
{
    if (b < 0 || b > a)
        return 0;
    if (b > a - b)
        b = a - b;
    int64_t result = 1;
    for (int64_t i = 1; i <= b; i++) {
        /* result * (a - b + i) / i is exact at every step; guard the product. */
        int64_t factor = a - b + i;
        if (result > INT64_MAX / factor)
            return INT64_MAX;
        result = result * factor / i;
    }
    return result;
}

/* The combination (positions, ascending) of lexicographic rank `rank`. */
static void unrank(int64_t rank, int64_t c, int64_t k, int64_t *positions)
{
    int64_t x = 0;
    for (int64_t i = 0; i < k; i++) {
        for (;; x++) {
            int64_t below = binomial(c - x - 1, k - i - 1);
            if (rank < below)
                break;
            rank -= below;
        }
        positions[i] = x++;
    }
}

typedef struct exact_worker {
    an_i_kp_scratch scratch;
    uint8_t *mask;
    int64_t *positions;
    int32_t *members;
    int found;
    double best_key;
    int64_t best_rank;
} exact_worker;

typedef struct exact_job {
    const an_i_kp_search *search;
    exact_worker *workers;
} exact_job;

static void exact_chunk(void *argument, int worker_index, int64_t begin, int64_t end)
{
    exact_job *job = argument;
    const an_i_kp_search *search = job->search;
    exact_worker *worker = &job->workers[worker_index];
    int64_t k = search->k, c = search->candidate_count;
    int integer_key = an_i_kp_integer_key(search->context->objective);
    int64_t *positions = worker->positions;
    unrank(begin, c, k, positions);
    for (int64_t i = 0; i < k; i++) {
        worker->members[i] = search->candidates[positions[i]];
        worker->mask[worker->members[i]] = 1;
    }
    for (int64_t rank = begin; rank < end; rank++) {
        an_i_kp_set set = { worker->mask, worker->members, k, -1, -1 };
        double key = an_i_kp_key(search->context, &worker->scratch, &set);
        if (!worker->found || an_i_kp_better(key, worker->best_key, integer_key) ||
            (!an_i_kp_better(worker->best_key, key, integer_key) && rank < worker->best_rank)) {
            worker->found = 1;
            worker->best_key = key;
            worker->best_rank = rank;
        }
        if (rank + 1 == end)
            break;
        /* Next combination: bump the rightmost position that can move, reset the rest after it. */
        int64_t i = k - 1;
        while (i >= 0 && positions[i] == c - k + i)
            i--;
        for (int64_t j = i; j < k; j++) {
            worker->mask[worker->members[j]] = 0;
            positions[j] = j == i ? positions[j] + 1 : positions[j - 1] + 1;
            worker->members[j] = search->candidates[positions[j]];
        }
        for (int64_t j = i; j < k; j++)
            worker->mask[worker->members[j]] = 1;
    }
    for (int64_t i = 0; i < k; i++)
        worker->mask[worker->members[i]] = 0;
}

int an_i_kp_search_exact(an_i_kp_search *search)
{
    const an_i_kp_context *context = search->context;
    int64_t k = search->k, c = search->candidate_count;
    int64_t total = binomial(c, k);
    if (total > search->max_sets)
        return an_i_error(AN_ELIMIT,
                          "exact key-player search: C(%lld, %lld) = %s%lld sets exceed the limit of %lld; "
                          "use the greedy search, fewer candidates, or a higher limit",
                          (long long)c, (long long)k, total == INT64_MAX ? "more than " : "",
                          (long long)total, (long long)search->max_sets);
    int threads = search->threads;
    double per_set = (double)context->n + (double)an_i_csr_arcs(context->adjacency);
    if (context->objective == AN_KP_DISTANCE_FRAGMENTATION ||
        (context->objective == AN_KP_FRAGMENTATION && !context->symmetric))
        per_set *= (double)context->n;
    if (per_set * (double)total < 2e5)
        threads = 1;
    if (threads > total)
        threads = (int)total;
    exact_worker *workers = calloc((size_t)threads, sizeof *workers);
    int rc = AN_OK;
    if (!workers)
        return an_i_error(AN_ENOMEM, "exact key-player search: out of memory");
    for (int t = 0; t < threads; t++) {
        exact_worker *worker = &workers[t];
        if (an_i_kp_scratch_init(&worker->scratch, context->n, 0) != AN_OK ||
            !(worker->mask = calloc((size_t)context->n + 1, 1)) ||
            !(worker->positions = malloc(((size_t)k + 1) * sizeof *worker->positions)) ||
            !(worker->members = malloc(((size_t)k + 1) * sizeof *worker->members))) {
            rc = an_i_error(AN_ENOMEM, "exact key-player search: out of memory");
            goto done;
        }
    }
    exact_job job = { search, workers };
    int64_t chunk = total / ((int64_t)threads * 16);
    an_i_parallel_for(threads, total, chunk < 1 ? 1 : chunk, exact_chunk, &job);
    int integer_key = an_i_kp_integer_key(context->objective);
    int found = 0;
    double best_key = 0;
    int64_t best_rank = 0;
    for (int t = 0; t < threads; t++) {
        exact_worker *worker = &workers[t];
        if (!worker->found)
            continue;
        if (!found || an_i_kp_better(worker->best_key, best_key, integer_key) ||
            (!an_i_kp_better(best_key, worker->best_key, integer_key) && worker->best_rank < best_rank)) {
            found = 1;
            best_key = worker->best_key;
            best_rank = worker->best_rank;
        }
    }
    int64_t *positions = workers[0].positions;
    unrank(best_rank, c, k, positions);
    for (int64_t i = 0; i < k; i++)
        search->set[i] = search->candidates[positions[i]];
    search->key = best_key;
    search->greedy_key = best_key;
    search->swaps = 0;
    search->evaluations = total;
done:
    for (int t = 0; t < threads; t++) {
        an_i_kp_scratch_free(&workers[t].scratch);
        free(workers[t].mask);
        free(workers[t].positions);
        free(workers[t].members);
    }
    free(workers);
    return rc;
}
