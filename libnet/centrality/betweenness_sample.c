/*
 * betweenness_sample.c — sampled betweenness (Riondato & Kornaropoulos 2016)
 * on the shared CSR, split over pthreads, and the vertex-diameter bound that
 * sets its sample size (betweenness_parallel.h).
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
#include "parallel_for.h"
#include "progress_internal.h"
#include "random.h"
#include "shortest_path_kernel.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
    cost_f = g->offsets[s + 1] - g->offsets[s];
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
                w->arcs += g->offsets[v + 1] - g->offsets[v];
                for (int64_t k = g->offsets[v], end = g->offsets[v + 1]; k < end; k++) {
                    int32_t u = g->targets[k];
                    if (hf[u] < 0) {
                        hf[u] = level_f + 1;
                        sf[u] = sv;
                        seen_f[nf++] = u;
                        cost += g->offsets[u + 1] - g->offsets[u];
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
            for (int64_t k = g->offsets[current], end = g->offsets[current + 1]; k < end; k++) {
                int32_t q = g->targets[k];
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
        w->arcs += g->offsets[v + 1] - g->offsets[v];
        for (int64_t k = g->offsets[v], end = g->offsets[v + 1]; k < end; k++) {
            int32_t u = g->targets[k];
            double alt = dv + g->weights[k], current = dist[u];
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
        if (g->weights)
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
        rc = sample_workspace_init(&workspaces[ready], n, graph->weights != NULL);
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
        cursor[root] = g->offsets[root];
        stack[top++] = root;
        while (depth > 0) {
            int32_t v = call[depth - 1];
            if (cursor[v] < g->offsets[v + 1]) {
                int32_t u = g->targets[cursor[v]++];
                if (index[u] < 0) {
                    index[u] = low[u] = next_index++;
                    cursor[u] = g->offsets[u];
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
    const int64_t *offsets = reverse ? g->in_offsets : g->offsets;
    const int32_t *heads = reverse ? g->in_sources : g->targets;
    const double *weights = reverse ? g->in_weights : g->weights;
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
    int weighted = g->weights != NULL;
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
        for (int64_t k = 0; k < g->offsets[n]; k++)
            if (g->weights[k] < min_weight)
                min_weight = g->weights[k];
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
            for (int64_t k = g->offsets[v]; k < g->offsets[v + 1]; k++) {
                int32_t d = comp[g->targets[k]];
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
