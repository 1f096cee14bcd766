/*
 * shortest_path_kernel.h — what the betweenness kernels (exact, sampled) and
 * the vertex-diameter bound share, all on the shared CSR (graph/csr.h): the
 * comparison of path lengths igraph uses, and an indexed binary min-heap for
 * Dijkstra. Private to libnet/centrality/.
 */
#ifndef AN_SHORTEST_PATH_KERNEL_H
#define AN_SHORTEST_PATH_KERNEL_H

#include <float.h>
#include <math.h>
#include <stdint.h>

#define SHORTEST_PATH_EPSILON 1e-10

/* igraph_cmp_epsilon(): 0 when a and b are equal within a relative tolerance eps. */
static inline int compare_lengths(double a, double b)
{
    if (a == b)
        return 0;
    double diff = a - b, abs_diff = fabs(diff), sum = fabs(a) + fabs(b);
    if (a == 0 || b == 0 || sum < DBL_MIN)
        return abs_diff < SHORTEST_PATH_EPSILON * DBL_MIN ? 0 : (diff < 0 ? -1 : 1);
    if (!isfinite(sum))
        return abs_diff < SHORTEST_PATH_EPSILON * fabs(a) ? 0 : (diff < 0 ? -1 : 1);
    return abs_diff / sum < SHORTEST_PATH_EPSILON ? 0 : (diff < 0 ? -1 : 1);
}

/* ---- an indexed binary min-heap on dist[] ---------------------------------- */

typedef struct heap {
    int32_t *items;
    int32_t *position;  /* -1: never pushed; -2: popped (settled); else index in items */
    int32_t size;
} heap;

static inline void heap_swap(heap *h, int32_t i, int32_t j)
{
    int32_t a = h->items[i], b = h->items[j];
    h->items[i] = b;
    h->items[j] = a;
    h->position[b] = i;
    h->position[a] = j;
}

static inline void heap_up(heap *h, const double *key, int32_t i)
{
    while (i > 0) {
        int32_t parent = (i - 1) / 2;
        if (!(key[h->items[i]] < key[h->items[parent]]))
            break;
        heap_swap(h, i, parent);
        i = parent;
    }
}

static inline void heap_push(heap *h, const double *key, int32_t v)
{
    h->items[h->size] = v;
    h->position[v] = h->size;
    h->size++;
    heap_up(h, key, h->size - 1);
}

static inline int32_t heap_pop(heap *h, const double *key)
{
    int32_t top = h->items[0];
    h->size--;
    if (h->size > 0) {
        h->items[0] = h->items[h->size];
        h->position[h->items[0]] = 0;
        int32_t i = 0;
        for (;;) {
            int32_t left = 2 * i + 1, right = left + 1, best = i;
            if (left < h->size && key[h->items[left]] < key[h->items[best]])
                best = left;
            if (right < h->size && key[h->items[right]] < key[h->items[best]])
                best = right;
            if (best == i)
                break;
            heap_swap(h, i, best);
            i = best;
        }
    }
    h->position[top] = -2;
    return top;
}

#endif
