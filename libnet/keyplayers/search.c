/*
 * search.c — Borgatti's heuristic for key-player sets: a greedy start (add
 * the best node one at a time) followed by swap improvement with best
 * improvement (score every member/non-member exchange, make the best one if
 * it strictly improves the objective, repeat). Ties are broken by a
 * per-node priority drawn from the seed, so results are reproducible and do
 * not depend on the thread count.
 *
 * Fragmentation on an undirected view has a fast path: one depth-first
 * search scores the removal of every further node at once
 * (an_i_kp_removal_pairs), so a greedy step costs O(n + m) and a swap pass
 * O(k (n + m)). Other objectives score each candidate set separately, in
 * parallel over candidates.
 */
#include "error_internal.h"
#include "keyplayers_internal.h"
#include "parallel.h"
#include "progress_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct score_job {
    const an_i_kp_context *context;
    an_i_kp_scratch *scratches;         /* one per worker */
    const uint8_t *mask;
    const int32_t *members;
    int64_t member_count;
    const int32_t *candidates;
    int64_t candidate_count;
    const int32_t *swapped_out;         /* item i swaps out swapped_out[i / candidate_count]; NULL: add only */
    double *keys;                       /* per item; NAN when the candidate is already a member */
} score_job;

static void score_worker(void *argument, int worker, int64_t begin, int64_t end)
{
    score_job *job = argument;
    for (int64_t item = begin; item < end; item++) {
        int32_t v = job->candidates[item % job->candidate_count];
        int32_t u = job->swapped_out ? job->swapped_out[item / job->candidate_count] : -1;
        if (job->mask[v]) {
            job->keys[item] = NAN;
            continue;
        }
        an_i_kp_set set = { job->mask, job->members, job->member_count, v, u };
        job->keys[item] = an_i_kp_key(job->context, &job->scratches[worker], &set);
    }
}

/* Score `items` candidate sets on the workers. */
static void score_all(an_i_kp_search *search, score_job *job, int64_t items, int threads)
{
    const an_i_kp_context *context = search->context;
    double per_item = (double)context->n + (double)an_i_adjacency_arcs(context->adjacency);
    if (context->objective == AN_KP_DISTANCE_FRAGMENTATION ||
        (context->objective == AN_KP_FRAGMENTATION && !context->symmetric))
        per_item *= (double)context->n;
    if (per_item * (double)items < 2e5)
        threads = 1;
    int64_t chunk = items / ((int64_t)threads * 8);
    an_i_parallel_for(threads, items, chunk < 1 ? 1 : chunk, score_worker, job);
}

/* Is (key, v, u) a better choice than the best so far? Ties go to the lower priority. */
static int better_choice(const an_i_kp_search *search, int found, double key, int32_t v, int32_t u, double best_key,
                         int32_t best_v, int32_t best_u)
{
    int integer_key = an_i_kp_integer_key(search->context->objective);
    if (!found || an_i_kp_better(key, best_key, integer_key))
        return 1;
    if (an_i_kp_better(best_key, key, integer_key))
        return 0;
    const uint64_t *priority = search->priority;
    if (priority[v] != priority[best_v])
        return priority[v] < priority[best_v];
    if (u >= 0 && best_u >= 0 && priority[u] != priority[best_u])
        return priority[u] < priority[best_u];
    return v < best_v || (v == best_v && u < best_u);
}

int an_i_kp_search_greedy_swap(an_i_kp_search *search)
{
    const an_i_kp_context *context = search->context;
    int32_t n = context->n;
    int64_t k = search->k, c = search->candidate_count;
    int fast = context->objective == AN_KP_FRAGMENTATION && context->symmetric;
    int threads = fast ? 1 : search->threads;
    uint8_t *mask = calloc((size_t)n + 1, 1);
    int32_t *members = search->set;
    int64_t *pairs = NULL;
    double *keys = NULL;
    an_i_kp_scratch *scratches = calloc((size_t)threads, sizeof *scratches);
    int rc = AN_OK;
    an_i_progress progress;   /* one unit per greedy step and per swap round; total unknown */
    an_i_progress_begin(&progress, "key players", 0);
    if (!mask || !scratches)
        goto nomem;
    for (int t = 0; t < threads; t++)
        if (an_i_kp_scratch_init(&scratches[t], n, fast) != AN_OK)
            goto nomem;
    if (fast)
        pairs = malloc(((size_t)n + 1) * sizeof *pairs);
    else
        keys = malloc((size_t)(k > 0 ? k * c : 1) * sizeof *keys + (size_t)c * sizeof *keys);
    if (fast ? !pairs : !keys)
        goto nomem;

    search->swaps = 0;
    search->evaluations = 0;
    score_job job = { context, scratches, mask, members, 0, search->candidates, c, NULL, keys };

    /* ---- greedy start ---- */
    an_i_kp_set empty = { mask, members, 0, -1, -1 };
    double key = an_i_kp_key(context, &scratches[0], &empty);
    search->evaluations++;
    for (int64_t step = 0; step < k; step++) {
        int found = 0;
        double best_key = 0;
        int32_t best_v = -1;
        if (fast) {
            an_i_kp_removal_pairs(context->adjacency, &scratches[0], mask, pairs);
        } else {
            job.member_count = step;
            job.swapped_out = NULL;
            score_all(search, &job, c, threads);
        }
        for (int64_t i = 0; i < c; i++) {
            int32_t v = search->candidates[i];
            if (mask[v])
                continue;
            double candidate_key = fast ? -(double)pairs[v] : keys[i];
            search->evaluations++;
            if (better_choice(search, found, candidate_key, v, -1, best_key, best_v, -1)) {
                found = 1;
                best_key = candidate_key;
                best_v = v;
            }
        }
        mask[best_v] = 1;
        members[step] = best_v;
        key = best_key;
        if ((rc = an_i_progress_advance(&progress, 1)) != AN_OK)
            goto done;
    }
    search->greedy_key = key;

    /* ---- swap improvement (best improvement over all exchanges) ---- */
    int integer_key = an_i_kp_integer_key(context->objective);
    for (;;) {
        if (k == 0 || k == c)
            break;
        int found = 0;
        double best_key = 0;
        int32_t best_v = -1, best_u = -1;
        int64_t best_index = -1;
        if (!fast) {
            job.member_count = k;
            job.swapped_out = members;
            score_all(search, &job, k * c, threads);
        }
        for (int64_t index = 0; index < k; index++) {
            int32_t u = members[index];
            if (fast) {
                mask[u] = 0;
                an_i_kp_removal_pairs(context->adjacency, &scratches[0], mask, pairs);
                mask[u] = 1;
            }
            for (int64_t i = 0; i < c; i++) {
                int32_t v = search->candidates[i];
                if (mask[v])
                    continue;
                double candidate_key = fast ? -(double)pairs[v] : keys[index * c + i];
                search->evaluations++;
                if (better_choice(search, found, candidate_key, v, u, best_key, best_v, best_u)) {
                    found = 1;
                    best_key = candidate_key;
                    best_v = v;
                    best_u = u;
                    best_index = index;
                }
            }
        }
        if (!found || !an_i_kp_better(best_key, key, integer_key))
            break;
        mask[best_u] = 0;
        mask[best_v] = 1;
        members[best_index] = best_v;
        key = best_key;
        search->swaps++;
        if ((rc = an_i_progress_advance(&progress, 1)) != AN_OK)
            goto done;
    }
    search->key = key;
    goto done;
nomem:
    rc = an_i_error(AN_ENOMEM, "key-player search: out of memory");
done:
    rc = an_i_progress_end(&progress, rc);
    for (int t = 0; scratches && t < threads; t++)
        an_i_kp_scratch_free(&scratches[t]);
    free(scratches);
    free(mask);
    free(pairs);
    free(keys);
    return rc;
}
