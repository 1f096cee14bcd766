/*
 * betweenness_parallel.c — exact (Brandes 2001) and sampled (Riondato &
 * Kornaropoulos 2016) betweenness on CSR arrays, split over pthreads.
 *
 * Exact. One single-source pass per source s: BFS (unweighted) or Dijkstra
 * (weighted, lengths compared as igraph does: relative tolerance 1e-10 on
 * distance + 1) records the settle order, sigma (number of shortest paths)
 * and distances; then, in reverse settle order, each node w gets
 * coef(w) = (1 + delta(w)) / sigma(w) and each node v
 * delta(v) = sigma(v) * sum over successors w of coef(w), the successors being
 * the out-arcs v -> w that lie on a shortest path (the same test igraph uses to
 * record v as a parent of w, so parallel arcs count once each, as in igraph).
 * No parent lists are stored: the backward pass rescans the out-arcs.
 *
 * Sampled. Each sample draws an ordered pair (s, t) and a shortest s-t path
 * uniformly among all of them: unweighted, a balanced bidirectional BFS
 * (expand the side whose frontier has fewer arcs, one whole level at a time,
 * until a level meets the other side; every shortest path crosses that level,
 * and sigma_st = sum over its meeting nodes y of sigma_s(y) sigma_t(y)); then
 * y is drawn in proportion to sigma_s(y) sigma_t(y) and the path is walked back
 * to s and on to t drawing each step in proportion to sigma (Borassi & Natale
 * 2016, section 4). Weighted: Dijkstra from s until t is settled, then the
 * walk back from t. Inner nodes of the path are counted.
 */
#include "betweenness_parallel.h"
#include "error_internal.h"
#include "keyplayers/parallel.h"
#include "progress_internal.h"
#include "random.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SHORTEST_PATH_EPSILON 1e-10

/* ---- CSR ----------------------------------------------------------------- */

void an_i_csr_free(an_i_csr *csr)
{
    if (!csr)
        return;
    if (csr->in_offsets != csr->out_offsets) {
        free(csr->in_offsets);
        free(csr->in_sources);
        free(csr->in_weights);
    }
    free(csr->out_offsets);
    free(csr->out_targets);
    free(csr->out_weights);
    memset(csr, 0, sizeof *csr);
}

/* Fill one direction: arcs from `tail` to `head` of every igraph edge (and the
 * reverse too when `both`). */
static int fill_rows(int64_t **out_offsets, int32_t **out_heads, double **out_weights, int32_t n,
                     const igraph_t *graph, const igraph_vector_t *weights, int reverse, int both)
{
    igraph_integer_t m = igraph_ecount(graph);
    int64_t arcs = both ? 2 * (int64_t)m : (int64_t)m;
    int64_t *offsets = calloc((size_t)n + 1, sizeof *offsets);
    int32_t *heads = malloc((size_t)(arcs > 0 ? arcs : 1) * sizeof *heads);
    double *w = weights ? malloc((size_t)(arcs > 0 ? arcs : 1) * sizeof *w) : NULL;
    if (!offsets || !heads || (weights && !w)) {
        free(offsets);
        free(heads);
        free(w);
        return AN_I_NOMEM();
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t from = IGRAPH_FROM(graph, e), to = IGRAPH_TO(graph, e);
        offsets[(reverse ? to : from) + 1]++;
        if (both)
            offsets[(reverse ? from : to) + 1]++;
    }
    for (int32_t v = 0; v < n; v++)
        offsets[v + 1] += offsets[v];
    int64_t *next = malloc((size_t)(n > 0 ? n : 1) * sizeof *next);
    if (!next) {
        free(offsets);
        free(heads);
        free(w);
        return AN_I_NOMEM();
    }
    memcpy(next, offsets, (size_t)n * sizeof *next);
    for (igraph_integer_t e = 0; e < m; e++) {
        igraph_integer_t from = IGRAPH_FROM(graph, e), to = IGRAPH_TO(graph, e);
        igraph_integer_t tail = reverse ? to : from, head = reverse ? from : to;
        int64_t k = next[tail]++;
        heads[k] = (int32_t)head;
        if (w)
            w[k] = VECTOR(*weights)[e];
        if (both) {
            k = next[head]++;
            heads[k] = (int32_t)tail;
            if (w)
                w[k] = VECTOR(*weights)[e];
        }
    }
    free(next);
    *out_offsets = offsets;
    *out_heads = heads;
    *out_weights = w;
    return AN_OK;
}

int an_i_csr_from_igraph(an_i_csr *out, const igraph_t *graph, const igraph_vector_t *weights, int with_in)
{
    memset(out, 0, sizeof *out);
    igraph_integer_t n = igraph_vcount(graph);
    if (n >= INT32_MAX)
        return an_i_error(AN_ELIMIT, "betweenness: %lld nodes is more than this implementation handles (2^31 - 1)",
                          (long long)n);
    out->n = (int32_t)n;
    out->directed = igraph_is_directed(graph);
    int rc = fill_rows(&out->out_offsets, &out->out_targets, &out->out_weights, out->n, graph, weights, 0,
                       !out->directed);
    if (rc != AN_OK)
        return rc;
    if (!out->directed) {
        out->in_offsets = out->out_offsets;
        out->in_sources = out->out_targets;
        out->in_weights = out->out_weights;
    } else if (with_in) {
        rc = fill_rows(&out->in_offsets, &out->in_sources, &out->in_weights, out->n, graph, weights, 1, 0);
        if (rc != AN_OK) {
            an_i_csr_free(out);
            return rc;
        }
    }
    return AN_OK;
}

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

/* ---- exact --------------------------------------------------------------- */

typedef struct exact_workspace {
    int32_t *order;     /* settle order (BFS queue) */
    int32_t *hops;      /* unweighted: distance, -1 = unreached */
    double *dist;       /* weighted: distance + 1, 0 = unreached (igraph's convention) */
    double *sigma;
    double *coef;       /* (1 + delta) / sigma once a node is finished */
    heap queue;
} exact_workspace;

/* Sources are cut into `blocks` fixed ranges, each summed into its own array
 * in source order, and the arrays are added in block order: the result is
 * the same bits whatever the thread count and the schedule. */
typedef struct exact_job {
    const an_i_csr *graph;
    exact_workspace *workspaces;
    int64_t blocks;
    double *block_scores;       /* blocks x n */
    an_i_progress *progress;    /* one unit per source */
} exact_job;

static void exact_unweighted(const an_i_csr *g, exact_workspace *w, int32_t source, double *score)
{
    const int64_t *offsets = g->out_offsets;
    const int32_t *targets = g->out_targets;
    int32_t *order = w->order, *hops = w->hops;
    double *sigma = w->sigma, *coef = w->coef;
    int32_t head = 0, tail = 0;
    order[tail++] = source;
    hops[source] = 0;
    sigma[source] = 1.0;
    while (head < tail) {
        int32_t v = order[head++];
        int32_t next = hops[v] + 1;
        double sv = sigma[v];
        for (int64_t k = offsets[v], end = offsets[v + 1]; k < end; k++) {
            int32_t u = targets[k];
            if (hops[u] < 0) {
                hops[u] = next;
                sigma[u] = sv;
                order[tail++] = u;
            } else if (hops[u] == next) {
                sigma[u] += sv;
            }
        }
    }
    for (int32_t i = tail - 1; i >= 0; i--) {
        int32_t v = order[i];
        int32_t next = hops[v] + 1;
        double sum = 0.0;
        for (int64_t k = offsets[v], end = offsets[v + 1]; k < end; k++) {
            int32_t u = targets[k];
            if (hops[u] == next)
                sum += coef[u];
        }
        double delta = sigma[v] * sum;
        coef[v] = (1.0 + delta) / sigma[v];
        if (v != source)
            score[v] += delta;
    }
    for (int32_t i = 0; i < tail; i++)
        hops[order[i]] = -1;
}

static void exact_weighted(const an_i_csr *g, exact_workspace *w, int32_t source, double *score)
{
    const int64_t *offsets = g->out_offsets;
    const int32_t *targets = g->out_targets;
    const double *weights = g->out_weights;
    int32_t *order = w->order;
    double *dist = w->dist, *sigma = w->sigma, *coef = w->coef;
    heap *queue = &w->queue;
    int32_t settled = 0;
    dist[source] = 1.0;
    sigma[source] = 1.0;
    heap_push(queue, dist, source);
    while (queue->size > 0) {
        int32_t v = heap_pop(queue, dist);
        order[settled++] = v;
        double dv = dist[v], sv = sigma[v];
        for (int64_t k = offsets[v], end = offsets[v + 1]; k < end; k++) {
            int32_t u = targets[k];
            double alt = dv + weights[k], current = dist[u];
            if (current == 0) {
                dist[u] = alt;
                sigma[u] = sv;
                heap_push(queue, dist, u);
                continue;
            }
            int cmp = compare_lengths(alt, current);
            if (cmp < 0) {
                if (queue->position[u] < 0)
                    continue; /* already settled: cannot happen with weights > 0 */
                dist[u] = alt;
                sigma[u] = sv;
                heap_up(queue, dist, queue->position[u]);
            } else if (cmp == 0) {
                sigma[u] += sv;
            }
        }
    }
    for (int32_t i = settled - 1; i >= 0; i--) {
        int32_t v = order[i];
        double dv = dist[v];
        double sum = 0.0;
        for (int64_t k = offsets[v], end = offsets[v + 1]; k < end; k++) {
            int32_t u = targets[k];
            if (dist[u] > dv && compare_lengths(dv + weights[k], dist[u]) == 0)
                sum += coef[u];
        }
        double delta = sigma[v] * sum;
        coef[v] = (1.0 + delta) / sigma[v];
        if (v != source)
            score[v] += delta;
    }
    for (int32_t i = 0; i < settled; i++) {
        dist[order[i]] = 0;
        queue->position[order[i]] = -1;
    }
}

static void exact_worker(void *context, int worker, int64_t begin, int64_t end)
{
    exact_job *job = context;
    exact_workspace *w = &job->workspaces[worker];
    int64_t n = job->graph->n;
    for (int64_t block = begin; block < end; block++) {
        double *score = job->block_scores + block * n;
        int64_t first = block * n / job->blocks, last = (block + 1) * n / job->blocks;
        for (int64_t s = first; s < last; s++) {
            if (job->graph->out_weights)
                exact_weighted(job->graph, w, (int32_t)s, score);
            else
                exact_unweighted(job->graph, w, (int32_t)s, score);
            if (an_i_progress_advance(job->progress, 1) != AN_OK)
                return;   /* cancelled: the sums are discarded */
        }
    }
}

static void exact_workspace_free(exact_workspace *w)
{
    free(w->order);
    free(w->hops);
    free(w->dist);
    free(w->sigma);
    free(w->coef);
    free(w->queue.items);
    free(w->queue.position);
}

static int exact_workspace_init(exact_workspace *w, int32_t n, int weighted)
{
    size_t count = (size_t)(n > 0 ? n : 1);
    memset(w, 0, sizeof *w);
    w->order = malloc(count * sizeof *w->order);
    w->sigma = malloc(count * sizeof *w->sigma);
    w->coef = malloc(count * sizeof *w->coef);
    if (weighted) {
        w->dist = calloc(count, sizeof *w->dist);
        w->queue.items = malloc(count * sizeof *w->queue.items);
        w->queue.position = malloc(count * sizeof *w->queue.position);
    } else {
        w->hops = malloc(count * sizeof *w->hops);
    }
    if (!w->order || !w->sigma || !w->coef ||
        (weighted ? (!w->dist || !w->queue.items || !w->queue.position) : !w->hops)) {
        exact_workspace_free(w);
        return AN_I_NOMEM();
    }
    if (weighted)
        memset(w->queue.position, 0xff, count * sizeof *w->queue.position); /* -1 */
    else
        memset(w->hops, 0xff, count * sizeof *w->hops);
    return AN_OK;
}

int an_i_betweenness_brandes(double *out, const an_i_csr *graph, int threads)
{
    int32_t n = graph->n;
    /* 64 blocks (fewer on huge networks: at most 512 MiB of block sums) */
    int64_t blocks = 64;
    while (blocks > 4 && (double)blocks * (double)n * sizeof(double) > 512.0 * 1024 * 1024)
        blocks /= 2;
    if (blocks > n)
        blocks = n > 0 ? n : 1;
    threads = an_i_parallel_threads_env(threads);
    if (threads > blocks)
        threads = (int)blocks;
    exact_workspace *workspaces = calloc((size_t)threads, sizeof *workspaces);
    double *block_scores = calloc((size_t)blocks * (size_t)(n > 0 ? n : 1), sizeof *block_scores);
    if (!workspaces || !block_scores) {
        free(workspaces);
        free(block_scores);
        return AN_I_NOMEM();
    }
    int rc = AN_OK, ready = 0;
    for (; ready < threads; ready++) {
        rc = exact_workspace_init(&workspaces[ready], n, graph->out_weights != NULL);
        if (rc != AN_OK)
            break;
    }
    an_i_progress progress;
    an_i_progress_begin(&progress, "betweenness", n);
    if (rc == AN_OK) {
        exact_job job = { graph, workspaces, blocks, block_scores, &progress };
        an_i_parallel_for(threads, blocks, 1, exact_worker, &job);
        if (an_i_progress_cancelled(&progress))
            rc = AN_ECANCELED;
    }
    rc = an_i_progress_end(&progress, rc);
    if (rc == AN_OK) {
        double scale = graph->directed ? 1.0 : 0.5;
        for (int32_t v = 0; v < n; v++) {
            double sum = 0.0;
            for (int64_t b = 0; b < blocks; b++)
                sum += block_scores[b * n + v];
            out[v] = sum * scale;
        }
    }
    for (int t = 0; t < ready; t++)
        exact_workspace_free(&workspaces[t]);
    free(workspaces);
    free(block_scores);
    return rc;
}

/* ---- sampled ------------------------------------------------------------- */

typedef struct sample_workspace {
    int32_t *hops_f, *hops_b;   /* -1 = not reached by that side */
    double *sigma_f, *sigma_b;
    int32_t *seen_f, *seen_b;   /* nodes reached, in BFS order (level by level) */
    double *dist;               /* weighted: distance + 1, 0 = unreached */
    heap queue;
    int64_t *count;             /* inner-node counts of this worker */
    int64_t arcs;               /* arcs scanned by this worker (the work done) */
} sample_workspace;

typedef struct sample_job {
    const an_i_csr *graph;
    sample_workspace *workspaces;
    uint64_t seed;
    int64_t first;              /* index of the job's first sample */
} sample_job;

/* Draw an index among `total` weight: the arc k (of [begin, end)) whose
 * predecessor test passes, in proportion to its weight. */
static void count_path_unweighted(const an_i_csr *g, sample_workspace *w, an_i_random *rng, int32_t s, int32_t t)
{
    int32_t *hf = w->hops_f, *hb = w->hops_b, *seen_f = w->seen_f, *seen_b = w->seen_b;
    double *sf = w->sigma_f, *sb = w->sigma_b;
    int32_t nf = 0, nb = 0;           /* reached counts */
    int32_t f_begin = 0, b_begin = 0; /* current frontier = seen[begin .. n) */
    int32_t level_f = 0, level_b = 0;
    int64_t cost_f, cost_b;
    int32_t meet_begin = -1, meet_end = -1;
    int forward_met = 0;
    seen_f[nf++] = s;
    hf[s] = 0;
    sf[s] = 1.0;
    seen_b[nb++] = t;
    hb[t] = 0;
    sb[t] = 1.0;
    cost_f = g->out_offsets[s + 1] - g->out_offsets[s];
    cost_b = g->in_offsets[t + 1] - g->in_offsets[t];
    for (;;) {
        if (f_begin == nf || b_begin == nb)
            break; /* t cannot be reached from s */
        int met = 0;
        if (cost_f <= cost_b) {
            int32_t f_end = nf;
            int64_t cost = 0;
            for (int32_t i = f_begin; i < f_end; i++) {
                int32_t v = seen_f[i];
                double sv = sf[v];
                w->arcs += g->out_offsets[v + 1] - g->out_offsets[v];
                for (int64_t k = g->out_offsets[v], end = g->out_offsets[v + 1]; k < end; k++) {
                    int32_t u = g->out_targets[k];
                    if (hf[u] < 0) {
                        hf[u] = level_f + 1;
                        sf[u] = sv;
                        seen_f[nf++] = u;
                        cost += g->out_offsets[u + 1] - g->out_offsets[u];
                        if (hb[u] >= 0)
                            met = 1;
                    } else if (hf[u] == level_f + 1) {
                        sf[u] += sv;
                    }
                }
            }
            f_begin = f_end;
            level_f++;
            cost_f = cost;
            if (met) {
                meet_begin = f_begin;
                meet_end = nf;
                forward_met = 1;
                break;
            }
        } else {
            int32_t b_end = nb;
            int64_t cost = 0;
            for (int32_t i = b_begin; i < b_end; i++) {
                int32_t v = seen_b[i];
                double sv = sb[v];
                w->arcs += g->in_offsets[v + 1] - g->in_offsets[v];
                for (int64_t k = g->in_offsets[v], end = g->in_offsets[v + 1]; k < end; k++) {
                    int32_t u = g->in_sources[k];
                    if (hb[u] < 0) {
                        hb[u] = level_b + 1;
                        sb[u] = sv;
                        seen_b[nb++] = u;
                        cost += g->in_offsets[u + 1] - g->in_offsets[u];
                        if (hf[u] >= 0)
                            met = 1;
                    } else if (hb[u] == level_b + 1) {
                        sb[u] += sv;
                    }
                }
            }
            b_begin = b_end;
            level_b++;
            cost_b = cost;
            if (met) {
                meet_begin = b_begin;
                meet_end = nb;
                break;
            }
        }
    }
    if (meet_begin >= 0) {
        const int32_t *layer = forward_met ? seen_f : seen_b;
        const int32_t *other = forward_met ? hb : hf;
        double total = 0.0;
        for (int32_t i = meet_begin; i < meet_end; i++) {
            int32_t y = layer[i];
            if (other[y] >= 0)
                total += sf[y] * sb[y];
        }
        double r = an_i_random_uniform(rng) * total, acc = 0.0;
        int32_t y = -1;
        for (int32_t i = meet_begin; i < meet_end; i++) {
            int32_t candidate = layer[i];
            if (other[candidate] < 0)
                continue;
            y = candidate;
            acc += sf[candidate] * sb[candidate];
            if (acc > r)
                break;
        }
        if (y != s && y != t)
            w->count[y]++;
        /* back to s */
        int32_t current = y;
        while (current != s) {
            double target = an_i_random_uniform(rng) * sf[current], sum = 0.0;
            int32_t pick = -1, want = hf[current] - 1;
            for (int64_t k = g->in_offsets[current], end = g->in_offsets[current + 1]; k < end; k++) {
                int32_t p = g->in_sources[k];
                if (hf[p] != want)
                    continue;
                pick = p;
                sum += sf[p];
                if (sum > target)
                    break;
            }
            current = pick;
            if (current != s)
                w->count[current]++;
        }
        /* on to t */
        current = y;
        while (current != t) {
            double target = an_i_random_uniform(rng) * sb[current], sum = 0.0;
            int32_t pick = -1, want = hb[current] - 1;
            for (int64_t k = g->out_offsets[current], end = g->out_offsets[current + 1]; k < end; k++) {
                int32_t q = g->out_targets[k];
                if (hb[q] != want)
                    continue;
                pick = q;
                sum += sb[q];
                if (sum > target)
                    break;
            }
            current = pick;
            if (current != t)
                w->count[current]++;
        }
    }
    for (int32_t i = 0; i < nf; i++)
        hf[seen_f[i]] = -1;
    for (int32_t i = 0; i < nb; i++)
        hb[seen_b[i]] = -1;
}

static void count_path_weighted(const an_i_csr *g, sample_workspace *w, an_i_random *rng, int32_t s, int32_t t)
{
    double *dist = w->dist, *sigma = w->sigma_f;
    int32_t *order = w->seen_f;
    heap *queue = &w->queue;
    int32_t settled = 0, pushed = 0;
    int reached = 0;
    dist[s] = 1.0;
    sigma[s] = 1.0;
    heap_push(queue, dist, s);
    w->seen_b[pushed++] = s;
    while (queue->size > 0) {
        int32_t v = heap_pop(queue, dist);
        order[settled++] = v;
        if (v == t) {
            reached = 1;
            break;
        }
        double dv = dist[v], sv = sigma[v];
        w->arcs += g->out_offsets[v + 1] - g->out_offsets[v];
        for (int64_t k = g->out_offsets[v], end = g->out_offsets[v + 1]; k < end; k++) {
            int32_t u = g->out_targets[k];
            double alt = dv + g->out_weights[k], current = dist[u];
            if (current == 0) {
                dist[u] = alt;
                sigma[u] = sv;
                heap_push(queue, dist, u);
                w->seen_b[pushed++] = u;
                continue;
            }
            int cmp = compare_lengths(alt, current);
            if (cmp < 0) {
                if (queue->position[u] < 0)
                    continue;
                dist[u] = alt;
                sigma[u] = sv;
                heap_up(queue, dist, queue->position[u]);
            } else if (cmp == 0) {
                sigma[u] += sv;
            }
        }
    }
    if (reached) {
        int32_t current = t;
        while (current != s) {
            double total = 0.0;
            for (int64_t k = g->in_offsets[current], end = g->in_offsets[current + 1]; k < end; k++) {
                int32_t p = g->in_sources[k];
                if (queue->position[p] == -2 && dist[p] < dist[current] &&
                    compare_lengths(dist[p] + g->in_weights[k], dist[current]) == 0)
                    total += sigma[p];
            }
            double target = an_i_random_uniform(rng) * total, sum = 0.0;
            int32_t pick = -1;
            for (int64_t k = g->in_offsets[current], end = g->in_offsets[current + 1]; k < end; k++) {
                int32_t p = g->in_sources[k];
                if (queue->position[p] == -2 && dist[p] < dist[current] &&
                    compare_lengths(dist[p] + g->in_weights[k], dist[current]) == 0) {
                    pick = p;
                    sum += sigma[p];
                    if (sum > target)
                        break;
                }
            }
            if (pick < 0)
                break; /* cannot happen: t was reached from s */
            current = pick;
            if (current != s)
                w->count[current]++;
        }
    }
    for (int32_t i = 0; i < pushed; i++) {
        int32_t v = w->seen_b[i];
        dist[v] = 0;
        queue->position[v] = -1;
    }
    queue->size = 0;
}

static void sample_worker(void *context, int worker, int64_t begin, int64_t end)
{
    sample_job *job = context;
    const an_i_csr *g = job->graph;
    sample_workspace *w = &job->workspaces[worker];
    for (int64_t k = job->first + begin; k < job->first + end; k++) {
        an_i_random rng;
        an_i_random_seed(&rng, job->seed ^ ((uint64_t)k * 0x9E3779B97F4A7C15u + 0x632BE59BD9B4E019u));
        int32_t s = (int32_t)an_i_random_below(&rng, (uint64_t)g->n);
        int32_t t = (int32_t)an_i_random_below(&rng, (uint64_t)g->n - 1);
        if (t >= s)
            t++;
        if (g->out_weights)
            count_path_weighted(g, w, &rng, s, t);
        else
            count_path_unweighted(g, w, &rng, s, t);
    }
}

static void sample_workspace_free(sample_workspace *w)
{
    free(w->hops_f);
    free(w->hops_b);
    free(w->sigma_f);
    free(w->sigma_b);
    free(w->seen_f);
    free(w->seen_b);
    free(w->dist);
    free(w->queue.items);
    free(w->queue.position);
    free(w->count);
}

static int sample_workspace_init(sample_workspace *w, int32_t n, int weighted)
{
    size_t count = (size_t)(n > 0 ? n : 1);
    memset(w, 0, sizeof *w);
    w->sigma_f = malloc(count * sizeof *w->sigma_f);
    w->seen_f = malloc(count * sizeof *w->seen_f);
    w->seen_b = malloc(count * sizeof *w->seen_b);
    w->count = calloc(count, sizeof *w->count);
    int ok = w->sigma_f && w->seen_f && w->seen_b && w->count;
    if (weighted) {
        w->dist = calloc(count, sizeof *w->dist);
        w->queue.items = malloc(count * sizeof *w->queue.items);
        w->queue.position = malloc(count * sizeof *w->queue.position);
        ok = ok && w->dist && w->queue.items && w->queue.position;
        if (ok)
            memset(w->queue.position, 0xff, count * sizeof *w->queue.position);
    } else {
        w->hops_f = malloc(count * sizeof *w->hops_f);
        w->hops_b = malloc(count * sizeof *w->hops_b);
        w->sigma_b = malloc(count * sizeof *w->sigma_b);
        ok = ok && w->hops_f && w->hops_b && w->sigma_b;
        if (ok) {
            memset(w->hops_f, 0xff, count * sizeof *w->hops_f);
            memset(w->hops_b, 0xff, count * sizeof *w->hops_b);
        }
    }
    if (!ok) {
        sample_workspace_free(w);
        return AN_I_NOMEM();
    }
    return AN_OK;
}

int an_i_betweenness_sample(int64_t *counts, int64_t *out_arcs, const an_i_csr *graph, int64_t first,
                            int64_t samples, uint64_t seed, int threads)
{
    int32_t n = graph->n;
    if (out_arcs)
        *out_arcs = 0;
    if (n < 2 || samples <= 0)
        return AN_OK;
    threads = an_i_parallel_threads_env(threads);
    sample_workspace *workspaces = calloc((size_t)threads, sizeof *workspaces);
    if (!workspaces)
        return AN_I_NOMEM();
    int rc = AN_OK, ready = 0;
    for (; ready < threads; ready++) {
        rc = sample_workspace_init(&workspaces[ready], n, graph->out_weights != NULL);
        if (rc != AN_OK)
            break;
    }
    if (rc == AN_OK) {
        sample_job job = { graph, workspaces, seed, first };
        an_i_parallel_for(threads, samples, samples / (threads * 64) + 1, sample_worker, &job);
        for (int32_t v = 0; v < n; v++)
            for (int t = 0; t < threads; t++)
                counts[v] += workspaces[t].count[v];
        if (out_arcs)
            for (int t = 0; t < threads; t++)
                *out_arcs += workspaces[t].arcs;
    }
    for (int t = 0; t < ready; t++)
        sample_workspace_free(&workspaces[t]);
    free(workspaces);
    return rc;
}

/* ---- vertex-diameter bound -------------------------------------------------- */

/* Strongly connected components (Tarjan, iterative). comp[v] is numbered in
 * completion order: every arc leaves a component for one with a smaller
 * number or stays inside. Returns the component count, or -1 on no memory. */
static int32_t strong_components(const an_i_csr *g, int32_t *comp)
{
    int32_t n = g->n;
    int32_t *index = malloc((size_t)n * sizeof *index);
    int32_t *low = malloc((size_t)n * sizeof *low);
    int32_t *stack = malloc((size_t)n * sizeof *stack);
    int32_t *call = malloc((size_t)n * sizeof *call);
    int64_t *cursor = malloc((size_t)n * sizeof *cursor);
    if (!index || !low || !stack || !call || !cursor) {
        free(index);
        free(low);
        free(stack);
        free(call);
        free(cursor);
        return -1;
    }
    for (int32_t v = 0; v < n; v++) {
        index[v] = -1;
        comp[v] = -1;
    }
    int32_t next_index = 0, top = 0, components = 0;
    for (int32_t root = 0; root < n; root++) {
        if (index[root] >= 0)
            continue;
        int32_t depth = 0;
        call[depth++] = root;
        index[root] = low[root] = next_index++;
        cursor[root] = g->out_offsets[root];
        stack[top++] = root;
        while (depth > 0) {
            int32_t v = call[depth - 1];
            if (cursor[v] < g->out_offsets[v + 1]) {
                int32_t u = g->out_targets[cursor[v]++];
                if (index[u] < 0) {
                    index[u] = low[u] = next_index++;
                    cursor[u] = g->out_offsets[u];
                    stack[top++] = u;
                    call[depth++] = u;
                } else if (comp[u] < 0 && index[u] < low[v]) {
                    low[v] = index[u];
                }
                continue;
            }
            depth--;
            if (depth > 0) {
                int32_t parent = call[depth - 1];
                if (low[v] < low[parent])
                    low[parent] = low[v];
            }
            if (low[v] == index[v]) {
                int32_t u;
                do {
                    u = stack[--top];
                    comp[u] = components;
                } while (u != v);
                components++;
            }
        }
    }
    free(index);
    free(low);
    free(stack);
    free(call);
    free(cursor);
    return components;
}

/* Eccentricity of `root` inside its component: hops (unweighted) or length
 * (weighted), following out-arcs (reverse = 0) or in-arcs. */
static double component_eccentricity(const an_i_csr *g, const int32_t *comp, int32_t root, int reverse,
                                     sample_workspace *w)
{
    const int64_t *offsets = reverse ? g->in_offsets : g->out_offsets;
    const int32_t *heads = reverse ? g->in_sources : g->out_targets;
    const double *weights = reverse ? g->in_weights : g->out_weights;
    int32_t c = comp[root];
    double eccentricity = 0.0;
    if (!weights) {
        int32_t *hops = w->hops_f, *queue = w->seen_f;
        int32_t head = 0, tail = 0;
        queue[tail++] = root;
        hops[root] = 0;
        while (head < tail) {
            int32_t v = queue[head++];
            if (hops[v] > eccentricity)
                eccentricity = hops[v];
            for (int64_t k = offsets[v]; k < offsets[v + 1]; k++) {
                int32_t u = heads[k];
                if (comp[u] == c && hops[u] < 0) {
                    hops[u] = hops[v] + 1;
                    queue[tail++] = u;
                }
            }
        }
        for (int32_t i = 0; i < tail; i++)
            hops[queue[i]] = -1;
        return eccentricity;
    }
    double *dist = w->dist;
    heap *queue = &w->queue;
    int32_t pushed = 0;
    dist[root] = 1.0;
    heap_push(queue, dist, root);
    w->seen_b[pushed++] = root;
    while (queue->size > 0) {
        int32_t v = heap_pop(queue, dist);
        if (dist[v] - 1.0 > eccentricity)
            eccentricity = dist[v] - 1.0;
        for (int64_t k = offsets[v]; k < offsets[v + 1]; k++) {
            int32_t u = heads[k];
            if (comp[u] != c)
                continue;
            double alt = dist[v] + weights[k];
            if (dist[u] == 0) {
                dist[u] = alt;
                heap_push(queue, dist, u);
                w->seen_b[pushed++] = u;
            } else if (alt < dist[u] && queue->position[u] >= 0) {
                dist[u] = alt;
                heap_up(queue, dist, queue->position[u]);
            }
        }
    }
    for (int32_t i = 0; i < pushed; i++) {
        dist[w->seen_b[i]] = 0;
        queue->position[w->seen_b[i]] = -1;
    }
    return eccentricity;
}

int an_i_vertex_diameter_bound(int64_t *out, const an_i_csr *g)
{
    int32_t n = g->n;
    *out = n > 0 ? 1 : 0;
    if (n <= 1)
        return AN_OK;
    int weighted = g->out_weights != NULL;
    int32_t *comp = malloc((size_t)n * sizeof *comp);
    sample_workspace w;
    if (!comp)
        return AN_I_NOMEM();
    int rc = sample_workspace_init(&w, n, weighted);
    if (rc != AN_OK) {
        free(comp);
        return rc;
    }
    if (weighted) {
        /* the unweighted scratch the BFS branch would use is not needed */
    }
    int32_t components = strong_components(g, comp);
    int64_t *size = NULL, *best = NULL;
    int32_t *root = NULL;
    if (components < 0)
        goto nomem;
    size = calloc((size_t)components, sizeof *size);
    best = calloc((size_t)components, sizeof *best);
    root = malloc((size_t)components * sizeof *root);
    if (!size || !best || !root)
        goto nomem;
    for (int32_t c = 0; c < components; c++)
        root[c] = -1;
    for (int32_t v = 0; v < n; v++) {
        size[comp[v]]++;
        if (root[comp[v]] < 0)
            root[comp[v]] = v;
    }
    double min_weight = INFINITY;
    if (weighted)
        for (int64_t k = 0; k < g->out_offsets[n]; k++)
            if (g->out_weights[k] < min_weight)
                min_weight = g->out_weights[k];
    /* Hop bound of each component, stored (plus one node) in best[] before the DP. */
    int64_t *hop_nodes = calloc((size_t)components, sizeof *hop_nodes);
    if (!hop_nodes)
        goto nomem;
    for (int32_t c = 0; c < components; c++) {
        int64_t hops;
        if (size[c] == 1) {
            hops = 0;
        } else {
            double span = component_eccentricity(g, comp, root[c], 0, &w);
            span += g->directed ? component_eccentricity(g, comp, root[c], 1, &w) : span;
            if (weighted) {
                /* paths within igraph's relative tolerance count as shortest */
                double h = floor(span * (1.0 + 1e-9) / min_weight) + 1.0;
                hops = h < (double)(size[c] - 1) ? (int64_t)h : size[c] - 1;
            } else {
                hops = (int64_t)span < size[c] - 1 ? (int64_t)span : size[c] - 1;
            }
        }
        hop_nodes[c] = hops + 1;
    }
    /* Longest node-weighted path in the condensation, sinks first. Group the
     * nodes by component to visit each component's out-arcs. */
    int64_t *start = calloc((size_t)components + 1, sizeof *start);
    int32_t *members = malloc((size_t)n * sizeof *members);
    if (!start || !members) {
        free(start);
        free(members);
        free(hop_nodes);
        goto nomem;
    }
    for (int32_t v = 0; v < n; v++)
        start[comp[v] + 1]++;
    for (int32_t c = 0; c < components; c++)
        start[c + 1] += start[c];
    {
        int64_t *fill = malloc((size_t)components * sizeof *fill);
        if (!fill) {
            free(start);
            free(members);
            free(hop_nodes);
            goto nomem;
        }
        memcpy(fill, start, (size_t)components * sizeof *fill);
        for (int32_t v = 0; v < n; v++)
            members[fill[comp[v]]++] = v;
        free(fill);
    }
    int64_t bound = 1;
    for (int32_t c = 0; c < components; c++) {
        int64_t after = 0;
        for (int64_t i = start[c]; i < start[c + 1]; i++) {
            int32_t v = members[i];
            for (int64_t k = g->out_offsets[v]; k < g->out_offsets[v + 1]; k++) {
                int32_t d = comp[g->out_targets[k]];
                if (d != c && best[d] > after)
                    after = best[d];
            }
        }
        best[c] = hop_nodes[c] + after;
        if (best[c] > bound)
            bound = best[c];
    }
    free(start);
    free(members);
    free(hop_nodes);
    *out = bound;
    rc = AN_OK;
    goto done;
nomem:
    rc = AN_I_NOMEM();
done:
    free(size);
    free(best);
    free(root);
    free(comp);
    sample_workspace_free(&w);
    return rc;
}
