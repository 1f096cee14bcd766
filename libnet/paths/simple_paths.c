/*
 * simple_paths.c — all simple paths between two actors up to a length,
 * bounded: at most max_paths results and a fixed budget of search steps;
 * the same search, keeping dated hops in order, finds time-respecting chains
 * for all three queries.
 *
 * igraph_get_all_simple_paths() enumerates every path before returning, with
 * no way to stop early, so one query on a dense network could exhaust memory.
 * This search is iterative deepening (paths of 1 hop, then 2, ...) so that
 * the first paths found are the shortest, pruned by each actor's hop distance
 * to the end (an actor from which the end is more than the remaining hops
 * away is never entered; the bound ignores dates, so it holds for
 * time-respecting chains too).
 */
#include "paths/paths_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

/*
 * The tie arc a uses when the chain so far has reached time *clock: without
 * time, the representative; with time, among the ties usable at *clock (end
 * >= *clock, or undated) the one that leaves the clock smallest — so that no
 * later hop is refused for a choice made here — and among those the first in
 * preference order. Advances *clock; -1 when no tie is usable.
 */
static int64_t choose_tie(const an_i_path_graph *graph, int64_t a, double *clock)
{
    int64_t first = graph->tie_offsets[a];
    if (!graph->time_respecting)
        return first;
    int64_t best = -1;
    double best_clock = INFINITY;
    for (int64_t t = first; t < graph->tie_offsets[a + 1]; t++) {
        double next = an_i_path_tie_after(graph, t, *clock);
        if (next == next && next < best_clock) {
            best = t;
            best_clock = next;
        }
    }
    if (best >= 0)
        *clock = best_clock;
    return best;
}

/* 1 when arcs[from..length) can still be walked from `clock` (each hop keeping the clock smallest). */
static int suffix_feasible(const an_i_path_graph *graph, const int64_t *arcs, int64_t from, int64_t length,
                           double clock)
{
    for (int64_t h = from; h < length; h++)
        if (choose_tie(graph, arcs[h], &clock) < 0)
            return 0;
    return 1;
}

/*
 * The search keeps each hop's clock smallest, which finds every chain but may
 * cite, say, an undated reported tie where a dated stated one would also do.
 * Once a chain is found, re-pick its ties hop by hop in preference order:
 * each hop takes the first tie of its arc (the arc's ties are in preference
 * order) that keeps the rest of the chain walkable.
 */
static void prefer_ties(const an_i_path_graph *graph, const int64_t *arcs, int64_t *ties, int64_t length)
{
    double clock = -INFINITY;
    for (int64_t h = 0; h < length; h++) {
        for (int64_t t = graph->tie_offsets[arcs[h]]; t < graph->tie_offsets[arcs[h] + 1]; t++) {
            double next = an_i_path_tie_after(graph, t, clock);
            if (next == next && suffix_feasible(graph, arcs, h + 1, length, next)) {
                ties[h] = t;
                clock = next;
                break;
            }
        }
    }
}

/* Hop distance from every node to `to` over the arcs (BFS on the reversed
 * arcs); n + 1 for nodes that cannot reach it. */
int an_i_path_distances_to_end(const an_i_path_graph *graph, int64_t *dist)
{
    int64_t n = graph->node_count, arcs = graph->arc_count;
    int64_t *in_offsets = calloc((size_t)n + 2, sizeof *in_offsets);
    int64_t *in_arcs = malloc((size_t)(arcs + 1) * sizeof *in_arcs);
    int64_t *queue = malloc((size_t)(n + 1) * sizeof *queue);
    if (!in_offsets || !in_arcs || !queue) {
        free(in_offsets);
        free(in_arcs);
        free(queue);
        return AN_I_NOMEM();
    }
    for (int64_t a = 0; a < arcs; a++)
        in_offsets[graph->arc_to[a] + 2]++;
    for (int64_t v = 0; v < n; v++)
        in_offsets[v + 2] += in_offsets[v + 1];
    for (int64_t a = 0; a < arcs; a++)
        in_arcs[in_offsets[graph->arc_to[a] + 1]++] = a;
    for (int64_t v = 0; v < n; v++)
        dist[v] = n + 1;
    int64_t head = 0, tail = 0;
    dist[graph->to] = 0;
    queue[tail++] = graph->to;
    while (head < tail) {
        int64_t v = queue[head++];
        for (int64_t i = in_offsets[v]; i < in_offsets[v + 1]; i++) {
            int64_t u = graph->arc_from[in_arcs[i]];
            if (dist[u] > dist[v] + 1) {
                dist[u] = dist[v] + 1;
                queue[tail++] = u;
            }
        }
    }
    free(in_offsets);
    free(in_arcs);
    free(queue);
    return AN_OK;
}

/* At most `limit` simple paths of at most max_length hops, shortest first. With `enumerate`, the
 * search goes on after the limit to say whether more exist (`truncated`); otherwise it stops. */
static int search(const an_i_path_graph *graph, const an_network *network, an_i_path_result *result,
                  const an_path_options *resolved, int64_t max_length, int64_t limit, int enumerate)
{
    int64_t n = graph->node_count;
    int64_t *dist = malloc((size_t)(n + 1) * sizeof *dist);
    unsigned char *on_path = calloc((size_t)n + 1, 1);
    int64_t *node = malloc((size_t)(max_length + 2) * sizeof *node);
    int64_t *next = malloc((size_t)(max_length + 2) * sizeof *next);
    int64_t *arcs = malloc((size_t)(max_length + 1) * sizeof *arcs);
    int64_t *ties = malloc((size_t)(max_length + 1) * sizeof *ties);
    double *clock = malloc((size_t)(max_length + 2) * sizeof *clock); /* clock[d]: time reached at depth d */
    int rc = AN_OK;
    if (!dist || !on_path || !node || !next || !arcs || !ties || !clock) {
        rc = AN_I_NOMEM();
        goto done;
    }
    if ((rc = an_i_path_distances_to_end(graph, dist)) != AN_OK)
        goto done;
    int64_t found = 0, steps = 0;
    int truncated = 0, stop = 0;
    for (int64_t length = dist[graph->from]; length <= max_length && !stop; length++) {
        int64_t depth = 0;
        node[0] = graph->from;
        next[0] = graph->out_offsets[graph->from];
        clock[0] = -INFINITY;
        on_path[graph->from] = 1;
        while (depth >= 0 && !stop) {
            int64_t u = node[depth];
            if (next[depth] == graph->out_offsets[u + 1]) {
                on_path[u] = 0;
                depth--;
                continue;
            }
            if (++steps > AN_I_PATH_SEARCH_STEP_BUDGET) {
                truncated = stop = 1;
                break;
            }
            int64_t a = next[depth]++, w = graph->arc_to[a];
            if (on_path[w] || depth + 1 + dist[w] > length)
                continue;
            double reached = clock[depth];
            int64_t tie = choose_tie(graph, a, &reached);
            if (tie < 0)
                continue;   /* every tie of this step lies in the chain's past */
            arcs[depth] = a;
            ties[depth] = tie;
            if (w == graph->to) {
                if (depth + 1 != length)
                    continue;
                if (found == limit) {
                    truncated = stop = 1;   /* one more path exists */
                    break;
                }
                if (graph->time_respecting)
                    prefer_ties(graph, arcs, ties, length);
                if ((rc = an_i_path_result_add(result, network, graph, resolved, arcs, ties, length)) != AN_OK)
                    goto done;
                found++;
                if (found == limit && !enumerate)
                    stop = 1;   /* shortest / k shortest: enough, nothing is cut off */
                continue;
            }
            depth++;
            node[depth] = w;
            next[depth] = graph->out_offsets[w];
            clock[depth] = reached;
            on_path[w] = 1;
        }
        for (; depth >= 0; depth--)
            on_path[node[depth]] = 0;
    }
    an_i_path_result_set_truncated(result, truncated);
done:
    free(dist);
    free(on_path);
    free(node);
    free(next);
    free(arcs);
    free(ties);
    free(clock);
    return rc;
}

int an_i_paths_time_respecting(const an_i_path_graph *graph, const an_network *network, an_i_path_result *result,
                               const an_path_options *resolved, int64_t max_length, int64_t limit)
{
    if (max_length > graph->node_count - 1)
        max_length = graph->node_count - 1;   /* a simple path has at most n - 1 hops */
    return search(graph, network, result, resolved, max_length, limit, 0);
}

int an_paths_all_simple(an_path_result **out, const an_network *network, const char *from, const char *to,
                        int64_t max_length, const an_path_options *options)
{
    if (out)
        *out = NULL;
    if (out && network && from && to && max_length < 1)
        return an_i_error(AN_EINVAL, "all simple paths: max_length must be at least 1 (got %lld)",
                          (long long)max_length);
    an_i_path_result *result;
    an_i_path_graph graph;
    an_path_options resolved;
    int answered;
    int rc = an_i_paths_start(out, &result, &graph, &resolved, network, from, to, options, &answered);
    if (rc != AN_OK || answered)
        return an_i_paths_finish(out, result, &graph, rc);
    if (max_length > graph.node_count - 1)
        max_length = graph.node_count - 1;   /* a simple path has at most n - 1 hops */
    rc = search(&graph, network, result, &resolved, max_length, resolved.max_paths, 1);
    return an_i_paths_finish(out, result, &graph, rc);
}
