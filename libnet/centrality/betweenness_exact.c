/*
 * betweenness_exact.c — exact betweenness (Brandes 2001) on the shared CSR,
 * split over pthreads (betweenness_parallel.h).
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
 */
#include "betweenness_parallel.h"
#include "error_internal.h"
#include "parallel_for.h"
#include "progress_internal.h"
#include "random.h"
#include "shortest_path_kernel.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
    const int64_t *offsets = g->offsets;
    const int32_t *targets = g->targets;
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
    const int64_t *offsets = g->offsets;
    const int32_t *targets = g->targets;
    const double *weights = g->weights;
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
            if (job->graph->weights)
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
        rc = exact_workspace_init(&workspaces[ready], n, graph->weights != NULL);
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
