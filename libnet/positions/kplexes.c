/*
 * kplexes.c — maximal k-plexes (Seidman & Foster 1978) by a Bron–Kerbosch
 * search for hereditary properties (Wu & Pei 2007), after peeling actors
 * that are too weakly tied to belong to a k-plex of the wanted size.
 *
 * A set P is extended by v only when P + v is still a k-plex: v has at
 * least |P| + 1 - k neighbours in P, and v is adjacent to every member that
 * is already "saturated" (one more non-neighbour would break it). The
 * candidates C and the excluded X of a branch are exactly the actors that
 * could extend P, so P is maximal when both are empty.
 */
#include "positions_internal.h"
#include "error_internal.h"
#include "igraph_bridge.h"
#include "graph/node_sets.h"

#include <stdlib.h>
#include <string.h>

#define STEPS_PER_PLEX 1000

typedef struct graph {
    int64_t n;
    int64_t *offsets, *neighbours;  /* CSR, neighbours ascending */
} graph;

typedef struct search {
    const graph *g;
    int64_t k, min_size, limit, budget, steps;
    int64_t *in_p;          /* neighbours in P, per vertex */
    int64_t *p, p_size;     /* P, as a stack */
    int64_t *saturated;
    an_i_node_sets found;
    int truncated, out_of_memory;
} search;

static int adjacent(const graph *g, int64_t u, int64_t v)
{
    int64_t lo = g->offsets[u], hi = g->offsets[u + 1];
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (g->neighbours[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < g->offsets[u + 1] && g->neighbours[lo] == v;
}

static void push(search *s, int64_t v)
{
    s->p[s->p_size++] = v;
    for (int64_t e = s->g->offsets[v]; e < s->g->offsets[v + 1]; e++)
        s->in_p[s->g->neighbours[e]]++;
}

static void pop(search *s)
{
    int64_t v = s->p[--s->p_size];
    for (int64_t e = s->g->offsets[v]; e < s->g->offsets[v + 1]; e++)
        s->in_p[s->g->neighbours[e]]--;
}

/* Members of P with exactly |P| - k neighbours in P: a new member must be adjacent to them. */
static int64_t find_saturated(search *s)
{
    int64_t count = 0;
    for (int64_t i = 0; i < s->p_size; i++)
        if (s->in_p[s->p[i]] == s->p_size - s->k)
            s->saturated[count++] = s->p[i];
    return count;
}

static int can_extend(const search *s, int64_t u, int64_t saturated)
{
    if (s->in_p[u] < s->p_size + 1 - s->k)
        return 0;
    for (int64_t i = 0; i < saturated; i++)
        if (!adjacent(s->g, u, s->saturated[i]))
            return 0;
    return 1;
}

static void report(search *s)
{
    if (s->found.count >= s->limit)
        s->truncated = 1;
    else if (an_i_node_sets_add(&s->found, s->p, s->p_size) != AN_OK)
        s->out_of_memory = 1;
}

static void expand(search *s, const int64_t *c, int64_t c_size, const int64_t *x, int64_t x_size)
{
    if (s->truncated || s->out_of_memory)
        return;
    if (++s->steps > s->budget) {
        s->truncated = 1;
        return;
    }
    if (c_size == 0) {
        if (x_size == 0 && s->p_size >= s->min_size)
            report(s);
        return;
    }
    if (s->p_size + c_size < s->min_size)
        return;
    int64_t *next = malloc((size_t)(c_size + x_size) * sizeof *next);
    if (!next) {
        s->out_of_memory = 1;
        return;
    }
    for (int64_t index = 0; index < c_size && !s->truncated && !s->out_of_memory; index++) {
        push(s, c[index]);
        int64_t saturated = find_saturated(s), next_c = 0, next_x;
        for (int64_t i = index + 1; i < c_size; i++)
            if (can_extend(s, c[i], saturated))
                next[next_c++] = c[i];
        next_x = next_c;
        for (int64_t i = 0; i < x_size; i++)
            if (can_extend(s, x[i], saturated))
                next[next_x++] = x[i];
        for (int64_t i = 0; i < index; i++) /* candidates already tried are excluded now */
            if (can_extend(s, c[i], saturated))
                next[next_x++] = c[i];
        expand(s, next, next_c, next + next_c, next_x - next_c);
        pop(s);
    }
    free(next);
}

/* The undirected simple graph of `network`, its vertices peeled to degree >= threshold
 * (removed vertices keep no neighbours and are not candidates). */
static int build_graph(graph *g, unsigned char *alive, const an_network *network, const an_edge_policy *policy,
                       int64_t threshold)
{
    an_edge_policy effective = *policy;
    effective.direction = AN_AS_UNDIRECTED;
    effective.parallel = AN_PARALLEL_COLLAPSE;
    effective.self_loops = 0;
    effective.weight = NULL;
    effective.lens = NULL;
    int64_t n = g->n = an_network_node_count(network);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_igraph_view_borrow(&view, network, &effective);
    int64_t m = 0, *degree = NULL, *fill = NULL, *queue = NULL;
    if (rc == AN_OK) {
        m = igraph_ecount(&view.graph);
        g->offsets = calloc((size_t)n + 1, sizeof *g->offsets);
        g->neighbours = malloc((size_t)(2 * m + 1) * sizeof *g->neighbours);
        degree = calloc((size_t)n + 1, sizeof *degree);
        fill = malloc(((size_t)n + 1) * sizeof *fill);
        queue = malloc(((size_t)n + 1) * sizeof *queue);
        if (!g->offsets || !g->neighbours || !degree || !fill || !queue)
            rc = AN_I_NOMEM();
    }
    if (rc == AN_OK) {
        for (int64_t e = 0; e < m; e++) {
            degree[IGRAPH_FROM(&view.graph, e)]++;
            degree[IGRAPH_TO(&view.graph, e)]++;
        }
        for (int64_t v = 0; v < n; v++)
            g->offsets[v + 1] = g->offsets[v] + degree[v];
        memcpy(fill, g->offsets, (size_t)n * sizeof *fill);
        for (int64_t e = 0; e < m; e++) {
            int64_t u = IGRAPH_FROM(&view.graph, e), v = IGRAPH_TO(&view.graph, e);
            g->neighbours[fill[u]++] = v;
            g->neighbours[fill[v]++] = u;
        }
    }
    if (rc == AN_OK)
        an_i_igraph_view_destroy(&view);
    an_i_igraph_end(&guard);
    if (rc == AN_OK) {
        /* Peel: a member of a k-plex of s >= min_size nodes has >= s - k neighbours in it. */
        int64_t head = 0, tail = 0;
        for (int64_t v = 0; v < n; v++) {
            alive[v] = 1;
            if (degree[v] < threshold) {
                alive[v] = 0;
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int64_t v = queue[head++];
            for (int64_t e = g->offsets[v]; e < g->offsets[v + 1]; e++) {
                int64_t w = g->neighbours[e];
                if (alive[w] && --degree[w] < threshold) {
                    alive[w] = 0;
                    queue[tail++] = w;
                }
            }
        }
        /* Keep only edges between live vertices, sorted. */
        int64_t write = 0, start = 0;
        for (int64_t v = 0; v < n; v++) {
            int64_t end = g->offsets[v + 1], begin = write;
            for (int64_t e = start; e < end; e++)
                if (alive[v] && alive[g->neighbours[e]])
                    g->neighbours[write++] = g->neighbours[e];
            qsort(g->neighbours + begin, (size_t)(write - begin), sizeof *g->neighbours, an_i_compare_int64);
            start = end;
            g->offsets[v + 1] = write;
        }
    }
    free(degree);
    free(fill);
    free(queue);
    return rc;
}

static int check_options(const an_kplex_options *o)
{
    if (o->version != AN_KPLEX_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_kplex_options: version %u, expected %u (use AN_KPLEX_OPTIONS_INIT)",
                          o->version, (unsigned)AN_KPLEX_OPTIONS_VERSION);
    if (o->k < 1)
        return an_i_error(AN_EINVAL, "k-plexes: k must be >= 1 (got %lld)", (long long)o->k);
    if (o->min_size < 0)
        return an_i_error(AN_EINVAL, "k-plexes: min_size must be >= 0 (got %lld)", (long long)o->min_size);
    if (o->max_plexes < 1)
        return an_i_error(AN_EINVAL, "k-plexes: max_plexes must be >= 1 (got %lld)", (long long)o->max_plexes);
    return AN_OK;
}

int an_network_kplexes(an_cliques **out, const an_network *network, const an_kplex_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_kplex_options defaults = AN_KPLEX_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    int rc = check_options(options);
    an_edge_policy policy;
    an_i_lens_scope scope;
    if (rc != AN_OK || (rc = an_i_scope_open(&scope, &policy, network, &options->policy)) != AN_OK)
        return rc;
    int64_t k = options->k, min_size = options->min_size;
    if (min_size == 0)
        min_size = k + 2 > 2 * k - 1 ? k + 2 : 2 * k - 1;
    int64_t n = an_network_node_count(scope.network);
    graph g = { 0, NULL, NULL };
    unsigned char *alive = malloc((size_t)n + 1);
    search s;
    memset(&s, 0, sizeof s);
    s.k = k;
    s.min_size = min_size;
    s.limit = options->max_plexes;
    s.budget = options->max_plexes > INT64_MAX / STEPS_PER_PLEX ? INT64_MAX : options->max_plexes * STEPS_PER_PLEX;
    s.in_p = calloc((size_t)n + 1, sizeof *s.in_p);
    s.p = malloc(((size_t)n + 1) * sizeof *s.p);
    s.saturated = malloc(((size_t)n + 1) * sizeof *s.saturated);
    int64_t *candidates = malloc(((size_t)n + 1) * sizeof *candidates), count = 0;
    if (!alive || !s.in_p || !s.p || !s.saturated || !candidates)
        rc = AN_I_NOMEM();
    if (rc == AN_OK)
        rc = build_graph(&g, alive, scope.network, &policy, min_size - k);
    if (rc == AN_OK) {
        s.g = &g;
        for (int64_t v = 0; v < n; v++)
            if (alive[v])
                candidates[count++] = v;
        expand(&s, candidates, count, NULL, 0);
        rc = s.out_of_memory ? AN_I_NOMEM() : an_i_node_sets_result(out, &s.found, s.truncated, scope.node_origin);
    }
    free(g.offsets);
    free(g.neighbours);
    free(alive);
    free(s.in_p);
    free(s.p);
    free(s.saturated);
    an_i_node_sets_free(&s.found);
    free(candidates);
    an_i_lens_scope_close(&scope);
    return rc;
}
