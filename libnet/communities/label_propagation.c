/*
 * label_propagation.c — label propagation (Raghavan, Albert & Kumara 2007), undirected.
 *
 * Unweighted: igraph's implementation. Weighted: our own, because igraph
 * 0.10.2 keeps the best label weight in an integer (max_count is an
 * igraph_integer_t), so weights below 1 all count as 0 and fractional sums are
 * truncated: karate with every weight halved gave a different partition, and
 * with weights of 1e-10 every actor stayed alone. The algorithm is igraph's:
 * every node starts with its own label; rounds alternate between updating
 * (nodes in a fresh random order each take a label of greatest total tie
 * weight among their neighbours, ties broken at random) and checking (stop
 * when every node already holds such a label). The order and the ties come
 * from actornet's seeded generator, so a seed gives one result. Sums are
 * compared exactly, as igraph does; the weights are the view's (scaled by a
 * power of two, which changes no comparison). At most MAX_ROUNDS update rounds
 * (label propagation can oscillate; Raghavan et al. report convergence in a
 * few rounds).
 */
#include "communities_internal.h"
#include "error_internal.h"
#include "random.h"

#include <math.h>
#include <stdlib.h>

#define MAX_ROUNDS 1000

typedef struct neighbours {
    int64_t *offsets;           /* n + 1 */
    int64_t *node;              /* the neighbour */
    double *weight;             /* the tie's weight (parallel ties: summed by the view) */
} neighbours;

/* Every tie in both directions; self-loops (kept only on request) vote for no one. */
static int build(neighbours *out, const an_i_igraph_view *view)
{
    int64_t n = igraph_vcount(&view->graph), m = igraph_ecount(&view->graph);
    out->offsets = calloc((size_t)n + 1, sizeof *out->offsets);
    out->node = malloc((size_t)(2 * m + 1) * sizeof *out->node);
    out->weight = malloc((size_t)(2 * m + 1) * sizeof *out->weight);
    if (!out->offsets || !out->node || !out->weight)
        return AN_ENOMEM;
    for (int64_t e = 0; e < m; e++) {
        int64_t a = IGRAPH_FROM(&view->graph, e), b = IGRAPH_TO(&view->graph, e);
        if (a == b)
            continue;
        out->offsets[a + 1]++;
        out->offsets[b + 1]++;
    }
    for (int64_t v = 0; v < n; v++)
        out->offsets[v + 1] += out->offsets[v];
    int64_t *fill = malloc((size_t)(n + 1) * sizeof *fill);
    if (!fill)
        return AN_ENOMEM;
    for (int64_t v = 0; v <= n; v++)
        fill[v] = out->offsets[v];
    for (int64_t e = 0; e < m; e++) {
        int64_t a = IGRAPH_FROM(&view->graph, e), b = IGRAPH_TO(&view->graph, e);
        if (a == b)
            continue;
        double w = VECTOR(view->weights)[e];
        out->node[fill[a]] = b;
        out->weight[fill[a]++] = w;
        out->node[fill[b]] = a;
        out->weight[fill[b]++] = w;
    }
    free(fill);
    return AN_OK;
}

static int weighted_label_propagation(igraph_vector_int_t *membership, const an_i_igraph_view *view,
                                      uint64_t seed)
{
    int64_t n = igraph_vcount(&view->graph);
    neighbours adjacency = { 0 };
    int64_t *label = malloc((size_t)(n + 1) * sizeof *label), *order = malloc((size_t)(n + 1) * sizeof *order);
    int64_t *touched = malloc((size_t)(n + 1) * sizeof *touched), *dominant = malloc((size_t)(n + 1) * sizeof *dominant);
    double *count = calloc((size_t)n + 1, sizeof *count);
    unsigned char *listed = calloc((size_t)n + 1, 1);
    int rc = AN_OK;
    if (!label || !order || !touched || !dominant || !count || !listed || build(&adjacency, view) != AN_OK) {
        rc = an_i_error(AN_ENOMEM, "label propagation: out of memory");
        goto done;
    }
    an_i_random random;
    an_i_random_seed(&random, seed);
    for (int64_t v = 0; v < n; v++)
        label[v] = order[v] = v;
    int checking = 1, running = 1;
    for (int64_t round = 0; running && round < 2 * MAX_ROUNDS; round++) {
        if (checking) {
            running = 0;
        } else {
            for (int64_t i = n - 1; i > 0; i--) { /* Fisher-Yates */
                int64_t j = (int64_t)an_i_random_below(&random, (uint64_t)i + 1), swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        for (int64_t i = 0; i < n; i++) {
            int64_t v = order[i], touched_count = 0, dominant_count = 0;
            double best = 0;
            for (int64_t a = adjacency.offsets[v]; a < adjacency.offsets[v + 1]; a++) {
                int64_t l = label[adjacency.node[a]];
                if (!listed[l]) {
                    listed[l] = 1;
                    touched[touched_count++] = l;
                }
                count[l] += adjacency.weight[a];
            }
            for (int64_t t = 0; t < touched_count; t++) {
                double c = count[touched[t]];
                if (c > best || dominant_count == 0) {
                    best = c;
                    dominant_count = 0;
                    dominant[dominant_count++] = touched[t];
                } else if (c == best) {
                    dominant[dominant_count++] = touched[t];
                }
            }
            if (dominant_count > 0) {
                if (checking) {
                    if (count[label[v]] != best)
                        running = 1;
                } else {
                    label[v] = dominant[an_i_random_below(&random, (uint64_t)dominant_count)];
                }
            }
            for (int64_t t = 0; t < touched_count; t++) {
                count[touched[t]] = 0;
                listed[touched[t]] = 0;
            }
        }
        checking = !checking;
    }
    rc = an_i_igraph_check(igraph_vector_int_resize(membership, n), "label propagation");
    for (int64_t v = 0; rc == AN_OK && v < n; v++)
        VECTOR(*membership)[v] = label[v];
done:
    free(adjacency.offsets);
    free(adjacency.node);
    free(adjacency.weight);
    free(label);
    free(order);
    free(touched);
    free(dominant);
    free(count);
    free(listed);
    return rc;
}

int an_i_community_label_propagation(igraph_vector_int_t *membership, double *quality, const an_i_igraph_view *view,
                                     const an_community_options *options)
{
    *quality = NAN;
    if (view->has_weights)
        return weighted_label_propagation(membership, view, options->seed);
    return an_i_igraph_check(igraph_community_label_propagation(&view->graph, membership, IGRAPH_ALL, NULL, NULL,
                                                                NULL),
                             "label propagation");
}
