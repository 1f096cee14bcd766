/*
 * reach.c — how far a set reaches: one breadth-first search started from
 * all members at once (distance 0), so d(S, j) = min over members of d_sj.
 * Only the members and what is reached are touched: with a small radius m
 * an evaluation costs the size of the set's m-neighbourhood, not O(n).
 */
#include "keyplayers_internal.h"

int32_t an_i_kp_reach_histogram(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const an_i_kp_set *set,
                                int64_t cutoff, int64_t *histogram)
{
    const int64_t *offsets = adjacency->offsets;
    const int32_t *targets = adjacency->targets;
    int32_t *queue = scratch->queue, *distance = scratch->distance;
    uint32_t *seen = scratch->seen;
    an_i_kp_scratch_next(scratch, adjacency->n);
    uint32_t stamp = scratch->stamp;
    int64_t tail = 0;
    for (int64_t i = 0; i <= set->count; i++) {
        int32_t x = i < set->count ? set->members[i] : set->on;
        if (x < 0 || x == set->off || seen[x] == stamp)
            continue;
        seen[x] = stamp;
        distance[x] = 0;
        queue[tail++] = x;
    }
    int32_t largest = 0;
    int64_t head = 0;
    while (head < tail) {
        int32_t x = queue[head++];
        if (cutoff >= 0 && distance[x] >= cutoff)
            break; /* breadth-first: every later node is at least as far */
        int32_t next = distance[x] + 1;
        for (int64_t i = offsets[x]; i < offsets[x + 1]; i++) {
            int32_t y = targets[i];
            if (seen[y] == stamp)
                continue;
            seen[y] = stamp;
            distance[y] = next;
            histogram[next]++;
            queue[tail++] = y;
            largest = next;
        }
    }
    return largest;
}
