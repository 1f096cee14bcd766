/*
 * fragmentation.c — the traversals behind fragmentation (F) and
 * distance-weighted fragmentation (DF): components of what remains after a
 * set is removed, the effect of removing each further node (one depth-first
 * search), and the histogram of shortest-path lengths between remaining
 * nodes (a breadth-first search from each).
 */
#include "error_internal.h"
#include "keyplayers_internal.h"
#include "parallel_for.h"

#include <stdlib.h>
#include <string.h>

int an_i_kp_scratch_init(an_i_kp_scratch *scratch, int32_t n, int with_dfs)
{
    memset(scratch, 0, sizeof *scratch);
    size_t count = (size_t)n + 1;
    scratch->seen = calloc(count, sizeof *scratch->seen);
    scratch->distance = malloc(count * sizeof *scratch->distance);
    scratch->queue = malloc(count * sizeof *scratch->queue);
    scratch->histogram = calloc(count + 1, sizeof *scratch->histogram);
    int ok = scratch->seen && scratch->distance && scratch->queue && scratch->histogram;
    if (ok && with_dfs) {
        scratch->discovery = malloc(count * sizeof *scratch->discovery);
        scratch->low = malloc(count * sizeof *scratch->low);
        scratch->parent = malloc(count * sizeof *scratch->parent);
        scratch->subtree = malloc(count * sizeof *scratch->subtree);
        scratch->component = malloc(count * sizeof *scratch->component);
        scratch->cursor = malloc(count * sizeof *scratch->cursor);
        scratch->separated_pairs = malloc(count * sizeof *scratch->separated_pairs);
        scratch->separated_nodes = malloc(count * sizeof *scratch->separated_nodes);
        ok = scratch->discovery && scratch->low && scratch->parent && scratch->subtree && scratch->component &&
             scratch->cursor && scratch->separated_pairs && scratch->separated_nodes;
    }
    if (!ok) {
        an_i_kp_scratch_free(scratch);
        return AN_ENOMEM;
    }
    return AN_OK;
}

void an_i_kp_scratch_free(an_i_kp_scratch *scratch)
{
    if (!scratch)
        return;
    free(scratch->seen);
    free(scratch->distance);
    free(scratch->queue);
    free(scratch->histogram);
    free(scratch->discovery);
    free(scratch->low);
    free(scratch->parent);
    free(scratch->subtree);
    free(scratch->component);
    free(scratch->cursor);
    free(scratch->separated_pairs);
    free(scratch->separated_nodes);
    memset(scratch, 0, sizeof *scratch);
}

void an_i_kp_scratch_next(an_i_kp_scratch *scratch, int32_t n)
{
    if (++scratch->stamp == 0) {
        memset(scratch->seen, 0, ((size_t)n + 1) * sizeof *scratch->seen);
        scratch->stamp = 1;
    }
}

int64_t an_i_kp_component_pairs(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const an_i_kp_set *set,
                                int64_t *out_components, int64_t *out_largest)
{
    const int64_t *offsets = adjacency->offsets;
    const int32_t *targets = adjacency->targets;
    int32_t n = adjacency->n;
    int32_t *queue = scratch->queue;
    uint32_t *seen = scratch->seen;
    an_i_kp_scratch_next(scratch, n);
    uint32_t stamp = scratch->stamp;
    int64_t pairs = 0, components = 0, largest = 0;
    for (int32_t root = 0; root < n; root++) {
        if (seen[root] == stamp || an_i_kp_member(set, root))
            continue;
        seen[root] = stamp;
        queue[0] = root;
        int64_t head = 0, tail = 1;
        while (head < tail) {
            int32_t x = queue[head++];
            for (int64_t i = offsets[x]; i < offsets[x + 1]; i++) {
                int32_t y = targets[i];
                if (seen[y] == stamp || an_i_kp_member(set, y))
                    continue;
                seen[y] = stamp;
                queue[tail++] = y;
            }
        }
        pairs += tail * (tail - 1);
        components++;
        if (tail > largest)
            largest = tail;
    }
    if (out_components)
        *out_components = components;
    if (out_largest)
        *out_largest = largest;
    return pairs;
}

/*
 * Tarjan's articulation-point search, iterative, with subtree sizes. When a
 * child w of v finishes with low[w] >= discovery[v], removing v cuts w's
 * subtree off as a piece of its own (at the root this holds for every
 * child). What is left of v's component besides those pieces stays together.
 */
void an_i_kp_removal_pairs(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const uint8_t *mask,
                           int64_t *out_pairs)
{
    const int64_t *offsets = adjacency->offsets;
    const int32_t *targets = adjacency->targets;
    int32_t n = adjacency->n;
    int32_t *discovery = scratch->discovery, *low = scratch->low, *parent = scratch->parent;
    int32_t *subtree = scratch->subtree, *component = scratch->component;
    int32_t *stack = scratch->queue, *component_size = scratch->distance;
    int64_t *cursor = scratch->cursor;
    int64_t *separated_pairs = scratch->separated_pairs, *separated_nodes = scratch->separated_nodes;
    memset(discovery, 0, (size_t)n * sizeof *discovery);
    int32_t time = 0, components = 0;
    int64_t base = 0;
    for (int32_t root = 0; root < n; root++) {
        if (mask[root] || discovery[root])
            continue;
        int64_t top = 0;
        stack[top++] = root;
        discovery[root] = low[root] = ++time;
        parent[root] = -1;
        cursor[root] = offsets[root];
        subtree[root] = 1;
        separated_pairs[root] = separated_nodes[root] = 0;
        component[root] = components;
        while (top > 0) {
            int32_t v = stack[top - 1];
            if (cursor[v] < offsets[v + 1]) {
                int32_t w = targets[cursor[v]++];
                if (mask[w])
                    continue;
                if (!discovery[w]) {
                    discovery[w] = low[w] = ++time;
                    parent[w] = v;
                    cursor[w] = offsets[w];
                    subtree[w] = 1;
                    separated_pairs[w] = separated_nodes[w] = 0;
                    component[w] = components;
                    stack[top++] = w;
                } else if (w != parent[v] && discovery[w] < low[v]) {
                    low[v] = discovery[w];
                }
            } else {
                top--;
                int32_t p = parent[v];
                if (p >= 0) {
                    if (low[v] < low[p])
                        low[p] = low[v];
                    subtree[p] += subtree[v];
                    if (low[v] >= discovery[p]) {
                        separated_pairs[p] += (int64_t)subtree[v] * (subtree[v] - 1);
                        separated_nodes[p] += subtree[v];
                    }
                }
            }
        }
        int64_t size = subtree[root];
        component_size[components++] = (int32_t)size;
        base += size * (size - 1);
    }
    for (int32_t v = 0; v < n; v++) {
        if (mask[v]) {
            out_pairs[v] = -1;
            continue;
        }
        int64_t size = component_size[component[v]];
        int64_t rest = size - 1 - separated_nodes[v];
        out_pairs[v] = base - size * (size - 1) + separated_pairs[v] + rest * (rest - 1);
    }
}

int32_t an_i_kp_distance_histogram(const an_i_csr *adjacency, an_i_kp_scratch *scratch, const an_i_kp_set *set,
                                   int32_t source_begin, int32_t source_end, int64_t *histogram)
{
    const int64_t *offsets = adjacency->offsets;
    const int32_t *targets = adjacency->targets;
    int32_t n = adjacency->n;
    int32_t *queue = scratch->queue, *distance = scratch->distance;
    uint32_t *seen = scratch->seen;
    int32_t largest = 0;
    for (int32_t source = source_begin; source < source_end; source++) {
        if (an_i_kp_member(set, source))
            continue;
        an_i_kp_scratch_next(scratch, n);
        uint32_t stamp = scratch->stamp;
        seen[source] = stamp;
        distance[source] = 0;
        queue[0] = source;
        int64_t head = 0, tail = 1;
        while (head < tail) {
            int32_t x = queue[head++];
            int32_t next = distance[x] + 1;
            for (int64_t i = offsets[x]; i < offsets[x + 1]; i++) {
                int32_t y = targets[i];
                if (seen[y] == stamp || an_i_kp_member(set, y))
                    continue;
                seen[y] = stamp;
                distance[y] = next;
                histogram[next]++;
                queue[tail++] = y;
            }
        }
        if (distance[queue[tail - 1]] > largest)
            largest = distance[queue[tail - 1]];
    }
    return largest;
}

typedef struct histogram_job {
    const an_i_csr *adjacency;
    const an_i_kp_set *set;
    an_i_kp_scratch *scratches;
    int32_t *largest;           /* per worker */
} histogram_job;

static void histogram_worker(void *context, int worker, int64_t begin, int64_t end)
{
    histogram_job *job = context;
    an_i_kp_scratch *scratch = &job->scratches[worker];
    int32_t largest = an_i_kp_distance_histogram(job->adjacency, scratch, job->set, (int32_t)begin, (int32_t)end,
                                                 scratch->histogram);
    if (largest > job->largest[worker])
        job->largest[worker] = largest;
}

int32_t an_i_kp_distance_histogram_parallel(const an_i_csr *adjacency, const an_i_kp_set *set, int threads,
                                            int64_t *histogram)
{
    int32_t n = adjacency->n;
    /* Below ~a million steps of work, threads cost more than they save. */
    double work = (double)n * ((double)n + (double)an_i_csr_arcs(adjacency));
    if (work < 1e6)
        threads = 1;
    if (threads > n)
        threads = n > 0 ? n : 1;
    an_i_kp_scratch *scratches = calloc((size_t)threads, sizeof *scratches);
    int32_t *largest = calloc((size_t)threads, sizeof *largest);
    int ok = scratches && largest;
    for (int t = 0; ok && t < threads; t++)
        ok = an_i_kp_scratch_init(&scratches[t], n, 0) == AN_OK;
    int32_t result = -1;
    if (!ok) {
        an_i_error(AN_ENOMEM, "distances between all pairs: out of memory");
        goto done;
    }
    histogram_job job = { adjacency, set, scratches, largest };
    int64_t chunk = n / ((int64_t)threads * 16);
    an_i_parallel_for(threads, n, chunk < 1 ? 1 : chunk, histogram_worker, &job);
    result = 0;
    for (int t = 0; t < threads; t++) {
        if (largest[t] > result)
            result = largest[t];
        for (int32_t d = 1; d <= largest[t]; d++)
            histogram[d] += scratches[t].histogram[d];
    }
done:
    for (int t = 0; scratches && t < threads; t++)
        an_i_kp_scratch_free(&scratches[t]);
    free(scratches);
    free(largest);
    return result;
}

double an_i_kp_inverse_distance_sum(const int64_t *histogram, int32_t max_distance)
{
    double sum = 0.0;
    for (int32_t d = 1; d <= max_distance; d++)
        sum += (double)histogram[d] / (double)d;
    return sum;
}
