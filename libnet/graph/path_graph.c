/*
 * path_graph.c — the path graph of a typed path query: the ties that
 * qualify under the filter, walkable in their direction, one chosen tie per
 * ordered pair of actors (the others kept as alternatives).
 */
#include "graph/path_graph.h"
#include "filter_predicate.h"
#include "value_text.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const default_confidence_order[] = { "stated", "reported", NULL };

typedef struct candidate {
    int64_t from, to, edge;
    double weight;
    int rank;           /* confidence preference: smaller is stronger */
    unsigned char reversed, directed;
    signed char along;  /* along the flow 1, against 0, no semantics -1 */
} candidate;

/* Preference among the ties of one ordered pair: lighter, stronger confidence, earlier. */
static int compare_preference(const void *a, const void *b)
{
    const candidate *x = a, *y = b;
    if (x->weight != y->weight)   /* all 1 when unweighted */
        return x->weight < y->weight ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    if (x->edge != y->edge)
        return x->edge < y->edge ? -1 : 1;
    return 0;
}

/* Stable counting sort of candidates by `to` (by_from 0) or `from` (1), keys in [0, n). */
static int counting_sort(candidate **items, candidate **scratch, int64_t count, int64_t n, int by_from)
{
    int64_t *offsets = calloc((size_t)n + 1, sizeof *offsets);
    if (!offsets)
        return AN_ENOMEM;
    for (int64_t i = 0; i < count; i++)
        offsets[(by_from ? (*items)[i].from : (*items)[i].to) + 1]++;
    for (int64_t v = 0; v < n; v++)
        offsets[v + 1] += offsets[v];
    for (int64_t i = 0; i < count; i++)
        (*scratch)[offsets[by_from ? (*items)[i].from : (*items)[i].to]++] = (*items)[i];
    free(offsets);
    candidate *swap = *items;
    *items = *scratch;
    *scratch = swap;
    return AN_OK;
}

/* Sort by (from, to) in O(n + m), then each pair's ties by preference. */
static int sort_candidates(candidate **items, int64_t count, int64_t n)
{
    candidate *scratch = malloc((size_t)(count + 1) * sizeof *scratch);
    if (!scratch)
        return AN_ENOMEM;
    int rc = counting_sort(items, &scratch, count, n, 0);
    if (rc == AN_OK)
        rc = counting_sort(items, &scratch, count, n, 1);
    free(scratch);
    if (rc != AN_OK)
        return rc;
    candidate *c = *items;
    for (int64_t begin = 0, end; begin < count; begin = end) {
        for (end = begin + 1; end < count && c[end].from == c[begin].from && c[end].to == c[begin].to; end++)
            ;
        if (end - begin > 1)
            qsort(c + begin, (size_t)(end - begin), sizeof *c, compare_preference);
    }
    return AN_OK;
}

void an_i_path_graph_free(an_i_path_graph *graph)
{
    if (!graph)
        return;
    free(graph->arc_from);
    free(graph->arc_to);
    free(graph->arc_weight);
    free(graph->tie_offsets);
    free(graph->tie_edge);
    free(graph->tie_reversed);
    free(graph->tie_directed);
    free(graph->tie_along);
    free(graph->tie_begin);
    free(graph->tie_end);
    free(graph->out_offsets);
    memset(graph, 0, sizeof *graph);
}

static int confidence_rank(const an_network *network, int column, int64_t edge, const char *const *order)
{
    char buffer[40];
    const char *value = an_i_value_text(network, AN_DOMAIN_EDGE, column, edge, buffer, sizeof buffer);
    int i = 0;
    for (; order[i]; i++)
        if (value && strcmp(value, order[i]) == 0)
            return i;
    return value ? i : i + 1;
}

/* Read and check the weight column; -1 when unweighted. */
static int resolve_weight(const an_network *network, const char *name, int *out_column)
{
    *out_column = -1;
    if (!name)
        return AN_OK;
    int column = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, name);
    if (column < 0)
        return an_i_error(AN_ENOTFOUND, "paths: the network has no edge column '%s' for weights", name);
    int type = an_network_column_type(network, AN_DOMAIN_EDGE, column);
    if (type == AN_TYPE_STRING || type == AN_TYPE_BOOLEAN)
        return an_i_error(AN_ETYPE, "paths: weight column '%s' has type %s, not a number", name,
                          an_type_name((an_type)type));
    *out_column = column;
    return AN_OK;
}

static int edge_weight(const an_network *network, int column, int64_t edge, double *out)
{
    *out = 1.0;
    if (column < 0)
        return AN_OK;
    double value;
    int got = an_network_get_real(network, AN_DOMAIN_EDGE, column, edge, &value);
    if (got == AN_VALUE_MISSING)
        return AN_OK;
    if (got != AN_OK)
        return got;
    if (!isfinite(value) || value <= 0)
        return an_i_error(AN_EINVAL, "paths: weight %g of edge #%lld (%s -> %s) is not a finite distance > 0",
                          value, (long long)edge, network->node_ids[network->endpoints[2 * edge]],
                          network->node_ids[network->endpoints[2 * edge + 1]]);
    *out = value;
    return AN_OK;
}

/* Add the walkable directions of edge e (u -> w as stored) as candidates, as the lens sees it:
 * `how` 1 as stored, 2 reversed, 3 undirected (an_lens_selection.edges), 0 without a lens;
 * `flow_lens` when the lens orients ties by their flow (then walking a directed tie its way is
 * "along the flow", the other way "against"; without one there are no flow semantics, -1). */
static void add_candidates(candidate *candidates, int64_t *count, const an_network *network, int64_t e,
                           double weight, int rank, int how, int flow_lens, int ignore_direction)
{
    int64_t u = network->endpoints[2 * e], w = network->endpoints[2 * e + 1];
    int directed = how != 3 && an_i_edge_directed(network, e);
    signed char along = (signed char)(flow_lens ? 1 : -1), against = (signed char)(flow_lens ? 0 : -1);
    if (how == 2) { /* the flow runs from the stored target to the stored source */
        candidates[(*count)++] = (candidate){ w, u, e, weight, rank, 1, 1, along };
        if (ignore_direction)
            candidates[(*count)++] = (candidate){ u, w, e, weight, rank, 0, 1, against };
        return;
    }
    candidates[(*count)++] = (candidate){ u, w, e, weight, rank, 0, (unsigned char)directed, along };
    if (!directed || ignore_direction)
        candidates[(*count)++] = (candidate){ w, u, e, weight, rank, 1, (unsigned char)directed,
                                              directed ? against : along };
}

/* The lens's selection, with ends it must see (AN_EINVAL otherwise). */
static int select_lens(an_lens_selection **out, const an_network *network, const an_lens *lens, int64_t from,
                       int64_t to)
{
    int rc = an_lens_select(out, network, lens);
    if (rc != AN_OK)
        return rc;
    int64_t ends[2] = { from, to };
    for (int i = 0; i < 2; i++)
        if (!(*out)->nodes[ends[i]]) {
            rc = an_i_error(AN_EINVAL, "paths: '%s' is outside the lens '%s' (its class has another mode)",
                            network->node_ids[ends[i]], (*out)->name);
            an_lens_selection_free(*out);
            *out = NULL;
            return rc;
        }
    return AN_OK;
}

int an_i_path_graph_build(an_i_path_graph *graph, an_path_options *resolved, const an_network *network,
                          const char *from, const char *to, const an_path_options *options)
{
    memset(graph, 0, sizeof *graph);
    if (!network || !from || !to)
        return AN_I_MISUSE("network, from or to is NULL");
    an_path_options defaults = AN_PATH_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != 1 && options->version != AN_PATH_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_path_options: version %d, expected %d", options->version,
                          AN_PATH_OPTIONS_VERSION);
    if (options->max_paths < 1)
        return an_i_error(AN_EINVAL, "paths: max_paths must be at least 1 (got %lld)", (long long)options->max_paths);
    *resolved = *options;
    if (options->version == 1) { /* version 1 ends before the lens */
        resolved->version = AN_PATH_OPTIONS_VERSION;
        resolved->lens = NULL;
        resolved->time_respecting = 0;
    }
    if (!resolved->confidence_order)
        resolved->confidence_order = default_confidence_order;
    if (!resolved->source_column)
        resolved->source_column = "source";
    if (!resolved->locator_column)
        resolved->locator_column = "locator";

    int64_t from_node, to_node;
    int rc = an_network_find_node(network, from, &from_node);
    if (rc == AN_OK)
        rc = an_network_find_node(network, to, &to_node);
    if (rc != AN_OK)
        return rc;
    int weight_column;
    if ((rc = resolve_weight(network, resolved->weight, &weight_column)) != AN_OK)
        return rc;
    an_i_filter prepared;
    if ((rc = an_i_filter_prepare(&prepared, network, &resolved->filter)) != AN_OK) {
        an_i_filter_free(&prepared);
        return rc;
    }

    an_lens_selection *lens = NULL;
    if (resolved->lens && (rc = select_lens(&lens, network, resolved->lens, from_node, to_node)) != AN_OK) {
        an_i_filter_free(&prepared);
        return rc;
    }

    int64_t n = network->node_count, m = network->edge_count;
    graph->node_count = n;
    graph->from = from_node;
    graph->to = to_node;
    graph->weighted = weight_column >= 0;
    graph->time_respecting = resolved->time_respecting != 0;
    int confidence_column =
        an_i_find_column_quiet(network, AN_DOMAIN_EDGE, an_i_filter_column_name(&resolved->filter, AN_I_COL_CONFIDENCE));
    unsigned char *node_ok = malloc((size_t)n + 1);
    candidate *candidates = malloc((size_t)(2 * m + 1) * sizeof *candidates);
    int64_t count = 0;
    if (!node_ok || !candidates) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t v = 0; v < n; v++)
        node_ok[v] = (unsigned char)an_i_filter_node(&prepared, network, v);
    graph->ends_allowed = !resolved->classes_at_ends || (node_ok[from_node] && node_ok[to_node]);
    node_ok[from_node] = node_ok[to_node] = 1;   /* ends: checked above when they must qualify */
    for (int64_t v = 0; lens && v < n; v++)
        node_ok[v] &= lens->nodes[v];            /* the lens also holds for the ends (select_lens) */
    for (int64_t e = 0; e < m; e++) {
        int64_t u = network->endpoints[2 * e], w = network->endpoints[2 * e + 1];
        if (u == w || !node_ok[u] || !node_ok[w] || (lens && !lens->edges[e]) ||
            !an_i_filter_edge(&prepared, network, e))
            continue;
        double weight;
        if ((rc = edge_weight(network, weight_column, e, &weight)) != AN_OK)
            goto done;
        int rank = confidence_rank(network, confidence_column, e, resolved->confidence_order);
        add_candidates(candidates, &count, network, e, weight, rank, lens ? lens->edges[e] : 0,
                       lens && resolved->lens->orientation == AN_LENS_FLOW, resolved->ignore_direction);
    }
    if (sort_candidates(&candidates, count, n) != AN_OK) {
        rc = AN_I_NOMEM();
        goto done;
    }

    int64_t arcs = 0;
    for (int64_t i = 0; i < count; i++)
        arcs += i == 0 || candidates[i].from != candidates[i - 1].from || candidates[i].to != candidates[i - 1].to;
    graph->arc_from = malloc((size_t)(arcs + 1) * sizeof *graph->arc_from);
    graph->arc_to = malloc((size_t)(arcs + 1) * sizeof *graph->arc_to);
    graph->arc_weight = malloc((size_t)(arcs + 1) * sizeof *graph->arc_weight);
    graph->tie_offsets = malloc((size_t)(arcs + 1) * sizeof *graph->tie_offsets);
    graph->tie_edge = malloc((size_t)(count + 1) * sizeof *graph->tie_edge);
    graph->tie_reversed = malloc((size_t)count + 1);
    graph->tie_directed = malloc((size_t)count + 1);
    graph->tie_along = malloc((size_t)count + 1);
    graph->tie_begin = malloc((size_t)(count + 1) * sizeof *graph->tie_begin);
    graph->tie_end = malloc((size_t)(count + 1) * sizeof *graph->tie_end);
    graph->out_offsets = calloc((size_t)n + 1, sizeof *graph->out_offsets);
    if (!graph->arc_from || !graph->arc_to || !graph->arc_weight || !graph->tie_offsets || !graph->tie_edge ||
        !graph->tie_reversed || !graph->tie_directed || !graph->tie_along || !graph->tie_begin || !graph->tie_end ||
        !graph->out_offsets) {
        rc = AN_I_NOMEM();
        goto done;
    }
    int64_t a = -1;
    for (int64_t i = 0; i < count; i++) {
        const candidate *c = &candidates[i];
        if (a < 0 || c->from != graph->arc_from[a] || c->to != graph->arc_to[a]) {
            a++;
            graph->arc_from[a] = c->from;
            graph->arc_to[a] = c->to;
            graph->arc_weight[a] = c->weight;
            graph->tie_offsets[a] = i;
            graph->out_offsets[c->from + 1]++;
        }
        graph->tie_edge[i] = c->edge;
        graph->tie_reversed[i] = c->reversed;
        graph->tie_directed[i] = c->directed;
        graph->tie_along[i] = c->along;
        /* A dated interval: [year (else start), end]; a tie with only an end is open towards the
         * past, one without an end is its single year; NaN when undated. */
        double begin, end;
        an_i_edge_years(network, &resolved->filter, c->edge, &begin, &end);
        if (begin != begin && end != end) {
            graph->tie_begin[i] = graph->tie_end[i] = NAN;
        } else {
            graph->tie_begin[i] = begin == begin ? begin : -INFINITY;
            graph->tie_end[i] = end == end ? end : begin;
        }
    }
    graph->tie_offsets[arcs] = count;
    graph->arc_count = arcs;
    for (int64_t v = 0; v < n; v++)
        graph->out_offsets[v + 1] += graph->out_offsets[v];
done:
    an_i_filter_free(&prepared);
    an_lens_selection_free(lens);
    free(node_ok);
    free(candidates);
    return rc;
}

int an_i_path_graph_to_igraph(const an_i_path_graph *graph, igraph_t *out, igraph_vector_t *weights)
{
    igraph_vector_int_t edges;
    int rc = an_i_igraph_check(igraph_vector_int_init(&edges, 2 * graph->arc_count), "building the path graph");
    if (rc != AN_OK)
        return rc;
    for (int64_t a = 0; a < graph->arc_count; a++) {
        VECTOR(edges)[2 * a] = graph->arc_from[a];
        VECTOR(edges)[2 * a + 1] = graph->arc_to[a];
    }
    rc = an_i_igraph_check(igraph_create(out, &edges, graph->node_count, IGRAPH_DIRECTED), "building the path graph");
    igraph_vector_int_destroy(&edges);
    if (rc != AN_OK || !weights)
        return rc;
    rc = an_i_igraph_check(igraph_vector_init(weights, graph->arc_count), "building the path graph");
    if (rc != AN_OK) {
        igraph_destroy(out);
        return rc;
    }
    for (int64_t a = 0; a < graph->arc_count; a++)
        VECTOR(*weights)[a] = graph->arc_weight[a];
    return AN_OK;
}
