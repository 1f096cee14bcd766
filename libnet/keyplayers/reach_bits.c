/*
 * reach_bits.c — KPP-Pos m-reach by bitsets (keyplayers_internal.h).
 *
 * A node is within m steps of a set S exactly when it is within m steps of
 * one of its members (d(S, j) = min over s of d(s, j)), so with B(s), the
 * bitset of the nodes within m steps of candidate s (s itself included),
 * the reach key is |OR over s in S of B(s)| - |S|. The search scores every
 * set it tries from candidates only, so one breadth-first search per
 * candidate up front turns each evaluation from a search of the set's
 * m-neighbourhood into k ORs and a popcount over n / 64 words. Same counts,
 * so the same key, the same search and the same set as without.
 */
#include "keyplayers_internal.h"

#include "parallel_for.h"

#include <stdlib.h>
#include <string.h>

/* Bits of all candidates together at most this many bytes; beyond, no bitsets (the search
 * evaluates by breadth-first search as before). */
#define REACH_BITS_BUDGET ((int64_t)64 << 20)

typedef struct bits_job {
    const an_i_csr *adjacency;
    const int32_t *candidates;
    int64_t steps, words;
    uint64_t *bits;
    an_i_kp_scratch *scratches;     /* one per worker */
} bits_job;

/* an_i_parallel_fn: the bitsets of candidates [begin, end), each from the reach search of the
 * one-member set {candidate} (reach.c): its queue holds the candidate and everything reached. */
static void bits_work(void *context, int worker, int64_t begin, int64_t end)
{
    const bits_job *job = context;
    an_i_kp_scratch *scratch = &job->scratches[worker];
    for (int64_t c = begin; c < end; c++) {
        uint64_t *bits = job->bits + c * job->words;
        an_i_kp_set single = { NULL, &job->candidates[c], 1, -1, -1 };
        int32_t largest = an_i_kp_reach_histogram(job->adjacency, scratch, &single, job->steps, scratch->histogram);
        int64_t visited = 1;
        for (int32_t d = 1; d <= largest; d++) {
            visited += scratch->histogram[d];
            scratch->histogram[d] = 0;
        }
        for (int64_t i = 0; i < visited; i++) {
            int32_t y = scratch->queue[i];
            bits[y >> 6] |= (uint64_t)1 << (y & 63);
        }
    }
}

int an_i_kp_reach_bits_build(an_i_kp_reach_bits *out, const an_i_csr *adjacency, const int32_t *candidates,
                             int64_t count, int64_t steps, int threads)
{
    memset(out, 0, sizeof *out);
    int32_t n = adjacency->n;
    int64_t words = ((int64_t)n + 63) / 64;
    if (count <= 0 || n <= 0 || (double)count * (double)words * 8.0 > (double)REACH_BITS_BUDGET)
        return AN_OK;
    if (threads < 1)
        threads = 1;
    if (threads > count)
        threads = (int)count;
    bits_job job = { adjacency, candidates, steps, words, NULL, NULL };
    out->slot = malloc((size_t)n * sizeof *out->slot);
    job.bits = calloc((size_t)(count * words), sizeof *job.bits);
    job.scratches = calloc((size_t)threads, sizeof *job.scratches);
    int ok = out->slot && job.bits && job.scratches, ready = 0;
    while (ok && ready < threads && (ok = an_i_kp_scratch_init(&job.scratches[ready], n, 0) == AN_OK))
        ready++;
    if (ok) {
        for (int32_t v = 0; v < n; v++)
            out->slot[v] = -1;
        for (int64_t c = 0; c < count; c++)
            out->slot[candidates[c]] = (int32_t)c;
        an_i_parallel_for(threads, count, 1, bits_work, &job);
        out->bits = job.bits;
        out->words = words;
        job.bits = NULL;
    } else {
        /* no memory for the shortcut: the search evaluates as it would without it */
        free(out->slot);
        out->slot = NULL;
    }
    for (int t = 0; t < ready; t++)
        an_i_kp_scratch_free(&job.scratches[t]);
    free(job.scratches);
    free(job.bits);
    return AN_OK;
}

void an_i_kp_reach_bits_free(an_i_kp_reach_bits *bits)
{
    free(bits->bits);
    free(bits->slot);
    memset(bits, 0, sizeof *bits);
}

int64_t an_i_kp_reach_bits_key(const an_i_kp_reach_bits *bits, const an_i_kp_set *set)
{
    enum { MAX_SOURCES = 64 };
    const uint64_t *rows[MAX_SOURCES];
    int count = 0;
    for (int64_t i = 0; i <= set->count; i++) {
        int32_t x = i < set->count ? set->members[i] : set->on;
        if (x < 0 || x == set->off)
            continue;
        if (count == MAX_SOURCES || bits->slot[x] < 0)
            return -1;
        rows[count++] = bits->bits + (int64_t)bits->slot[x] * bits->words;
    }
    int64_t reached = 0;
    for (int64_t w = 0; w < bits->words; w++) {
        uint64_t word = 0;
        for (int i = 0; i < count; i++)
            word |= rows[i][w];
        reached += __builtin_popcountll(word);
    }
    return reached - count;
}
