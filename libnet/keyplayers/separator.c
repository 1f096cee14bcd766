/*
 * separator.c — a smallest set of allowed nodes whose removal disconnects
 * what remains (a minimum vertex separator), for the key-player search: when
 * no start of the heuristic disconnects anything, a separator is a start that
 * does, and when there is none the search's answer is certified optimal
 * (fragmentation 0 is the best any set of that size can do).
 *
 * Even, S. (1975). "An algorithm for determining whether the connectivity of
 * a graph is at least k." SIAM Journal on Computing 4(3): 393-396. Any
 * separator S of at most `limit` nodes misses one of any limit + 1 nodes
 * (the "probes"), and that probe p has some node t on the other side, not
 * adjacent to p; the most vertex-disjoint p-t paths (Menger) are then at most
 * |S|. So: for each probe p and each t not adjacent to p, count vertex-
 * disjoint paths by unit augmenting paths on the split graph (an allowed node
 * x other than p, t is x_in -> x_out with capacity 1; every other node, and
 * every tie, is unbounded), stopping once the count passes the best size
 * found so far; a cut smaller than that gives the separator: the allowed
 * nodes whose in-side the last search reached and whose out-side it did not.
 *
 * Before any flow: a node of degree d <= limit whose neighbours are all
 * allowed, and which is not adjacent to every other node, is cut off by its
 * neighbours (a separator of size d), which settles most sparse networks.
 */
#include "keyplayers_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct flow {
    const an_i_csr *adjacency;
    const uint8_t *allowed;
    int32_t n;
    int64_t *reverse;       /* arc index of the opposite arc */
    int32_t *arc_flow;      /* flow on u_out -> v_in for arc u -> v */
    uint8_t *through;       /* 1: a unit node carries flow (x_in -> x_out used) */
    /* breadth-first search over states 2x (x_in) and 2x + 1 (x_out) */
    int32_t *queue;
    int32_t *from_state;    /* predecessor state, -1 for the source */
    int64_t *from_arc;      /* arc used to enter (-1: the internal edge) */
    uint32_t *seen;
    uint32_t stamp;
    double work;            /* arc visits so far */
} flow;

static int unit(const flow *f, int32_t x, int32_t p, int32_t t)
{
    return f->allowed[x] && x != p && x != t;
}

static void visit(flow *f, int64_t *tail, int32_t state, int32_t from, int64_t arc)
{
    if (f->seen[state] == f->stamp)
        return;
    f->seen[state] = f->stamp;
    f->from_state[state] = from;
    f->from_arc[state] = arc;
    f->queue[(*tail)++] = state;
}

/* One augmenting path from p to t, applied; returns 1 if found. */
static int augment(flow *f, int32_t p, int32_t t)
{
    const int64_t *offsets = f->adjacency->offsets;
    const int32_t *targets = f->adjacency->targets;
    if (++f->stamp == 0) {
        memset(f->seen, 0, (size_t)f->n * 2 * sizeof *f->seen);
        f->stamp = 1;
    }
    int64_t head = 0, tail = 0;
    /* p has no capacity limit: start at its out-side (its in-side is equivalent) */
    visit(f, &tail, 2 * p + 1, -1, -1);
    f->seen[2 * p] = f->stamp;
    int32_t reached = -1;
    while (head < tail && reached < 0) {
        int32_t state = f->queue[head++];
        int32_t x = state >> 1;
        int out_side = state & 1;
        int bounded = unit(f, x, p, t);
        if (bounded && !out_side && !f->through[x])
            visit(f, &tail, state + 1, state, -1);           /* x_in -> x_out */
        if (bounded && out_side && f->through[x])
            visit(f, &tail, state - 1, state, -1);           /* undo x_in -> x_out */
        f->work += (double)(offsets[x + 1] - offsets[x]);
        for (int64_t a = offsets[x]; a < offsets[x + 1]; a++) {
            int32_t y = targets[a];
            int y_bounded = unit(f, y, p, t);
            /* forward x_out -> y_in (unbounded): from x's out-side, or from x's only side */
            if (out_side || !bounded) {
                int32_t to = y_bounded ? 2 * y : 2 * y + 1;
                if (f->seen[to] != f->stamp) {
                    visit(f, &tail, to, state, a);
                    if (!y_bounded)
                        f->seen[2 * y] = f->stamp;
                    if (y == t) {
                        reached = to;
                        break;
                    }
                }
            }
            /* backward along y -> x carrying flow: x_in -> y_out */
            if ((!out_side || !bounded) && f->arc_flow[f->reverse[a]] > 0) {
                int32_t to = 2 * y + 1;
                if (f->seen[to] != f->stamp) {
                    visit(f, &tail, to, state, -2 - f->reverse[a]);
                    if (!y_bounded)
                        f->seen[2 * y] = f->stamp;
                }
            }
        }
    }
    if (reached < 0)
        return 0;
    for (int32_t state = reached; f->from_state[state] >= 0; state = f->from_state[state]) {
        int64_t arc = f->from_arc[state];
        if (arc == -1)
            f->through[state >> 1] = (state & 1) ? 1 : 0; /* internal edge used forwards / undone */
        else if (arc >= 0)
            f->arc_flow[arc]++;
        else
            f->arc_flow[-2 - arc]--;
    }
    return 1;
}

/* Vertex-disjoint p-t paths, stopping at `cap`; on a count below cap, the cut into cut[]. */
static int64_t disjoint_paths(flow *f, int32_t p, int32_t t, int64_t cap, int32_t *cut)
{
    const int64_t *offsets = f->adjacency->offsets;
    memset(f->arc_flow, 0, (size_t)offsets[f->n] * sizeof *f->arc_flow);
    memset(f->through, 0, (size_t)f->n);
    int64_t paths = 0;
    while (paths < cap && augment(f, p, t))
        paths++;
    if (paths >= cap)
        return paths;
    /* the last search failed: its reached states are the source side */
    int64_t size = 0;
    for (int32_t x = 0; x < f->n; x++)
        if (unit(f, x, p, t) && f->seen[2 * x] == f->stamp && f->seen[2 * x + 1] != f->stamp)
            cut[size++] = x;
    return size;
}

int64_t an_i_kp_find_separator(const an_i_csr *adjacency, const uint8_t *allowed, int64_t limit,
                               double budget, int32_t *out, int64_t *out_found)
{
    const int64_t *offsets = adjacency->offsets;
    const int32_t *targets = adjacency->targets;
    int32_t n = adjacency->n;
    int64_t best = -1;
    *out_found = -1;
    if (n < 2 || limit < 0)
        return -1;
    /* a node cut off by its neighbours */
    for (int32_t x = 0; x < n; x++) {
        int64_t degree = offsets[x + 1] - offsets[x];
        if (degree > limit || degree >= n - 1 || (best >= 0 && degree >= best))
            continue;
        int ok = 1;
        for (int64_t a = offsets[x]; a < offsets[x + 1] && ok; a++)
            ok = allowed[targets[a]] != 0;
        if (!ok)
            continue;
        best = degree;
        for (int64_t a = offsets[x]; a < offsets[x + 1]; a++)
            out[a - offsets[x]] = targets[a];
    }
    if (best == 0) {
        *out_found = 0;
        return 0;
    }
    flow f = { adjacency, allowed, n, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0 };
    int64_t arcs = offsets[n];
    f.reverse = malloc(((size_t)arcs + 1) * sizeof *f.reverse);
    f.arc_flow = malloc(((size_t)arcs + 1) * sizeof *f.arc_flow);
    f.through = malloc((size_t)n);
    f.queue = malloc((size_t)n * 2 * sizeof *f.queue);
    f.from_state = malloc((size_t)n * 2 * sizeof *f.from_state);
    f.from_arc = malloc((size_t)n * 2 * sizeof *f.from_arc);
    f.seen = calloc((size_t)n * 2, sizeof *f.seen);
    int32_t *cut = malloc(((size_t)limit + 1) * sizeof *cut);
    int64_t result = -3;
    if (!f.reverse || !f.arc_flow || !f.through || !f.queue || !f.from_state || !f.from_arc || !f.seen || !cut)
        goto done;
    /* the opposite arc of x -> y is y -> x: neighbour lists are sorted */
    for (int32_t x = 0; x < n; x++) {
        for (int64_t a = offsets[x]; a < offsets[x + 1]; a++) {
            int32_t y = targets[a];
            int64_t lo = offsets[y], hi = offsets[y + 1];
            while (lo < hi) {
                int64_t mid = lo + (hi - lo) / 2;
                if (targets[mid] < x)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            f.reverse[a] = lo;
        }
    }
    int64_t cap = best >= 0 ? best : limit + 1; /* look for fewer than `cap` */
    int64_t probes = limit + 1 < n ? limit + 1 : n;
    int exhausted = 0;
    for (int32_t p = 0; p < probes && cap > 0 && !exhausted; p++) {
        for (int32_t t = 0; t < n && cap > 0; t++) {
            if (t == p || (t < probes && t < p) || an_i_csr_has(adjacency, p, t))
                continue;
            if (f.work > budget) {
                exhausted = 1;
                break;
            }
            int64_t size = disjoint_paths(&f, p, t, cap, cut);
            if (size < cap) {
                cap = best = size;
                memcpy(out, cut, (size_t)size * sizeof *out);
            }
        }
    }
    *out_found = best;
    result = exhausted && best != 0 ? -2 : best;
done:
    free(f.reverse);
    free(f.arc_flow);
    free(f.through);
    free(f.queue);
    free(f.from_state);
    free(f.from_arc);
    free(f.seen);
    free(cut);
    return result;
}
