/*
 * explorer_layout.c — positions for explorer.html, computed by the library so the page needs no
 * layout engine: Fruchterman-Reingold (igraph) per connected component, components packed in rows.
 *
 * Why Fruchterman & Reingold (1991): measured here on 10,000 actors / 50,000 ties, igraph's grid
 * variant takes about 1.2 s, DrL about 60 s, and graphopt is O(n^2) per iteration; on a case study
 * of 155 actors FR gives the familiar force-directed picture. Laying out each component alone and
 * packing them keeps isolates and small groups beside the main component instead of flung to the
 * edge of the picture (as igraph's layout_components in R does, with a simpler packing).
 */
#include "explorer_internal.h"

#include "error_internal.h"
#include "igraph_bridge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define FR_ITERATIONS 500

static int64_t find_root(int64_t *parent, int64_t v)
{
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

typedef struct component {
    int64_t first, count;   /* members are order[first .. first + count) */
    double width, height;   /* laid-out size after scaling */
    double x, y;            /* packed offset */
} component;

static int by_size(const void *a, const void *b)
{
    const component *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* Lay out one component of `count` page nodes (members[]) with FR; local edge list given. */
static int layout_component(double *xy, const int64_t *members, int64_t count, const igraph_vector_int_t *edges)
{
    if (count == 1) {
        xy[2 * members[0]] = xy[2 * members[0] + 1] = 0;
        return AN_OK;
    }
    igraph_t graph;
    igraph_matrix_t result;
    int rc = an_i_igraph_check(igraph_create(&graph, edges, count, IGRAPH_UNDIRECTED), "explorer layout");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_matrix_init(&result, 0, 0), "explorer layout");
    if (rc == AN_OK) {
        rc = an_i_igraph_check(igraph_layout_fruchterman_reingold(&graph, &result, 0, FR_ITERATIONS,
                                                                  sqrt((double)count) / 10.0, IGRAPH_LAYOUT_AUTOGRID,
                                                                  NULL, NULL, NULL, NULL, NULL),
                               "explorer layout (Fruchterman-Reingold)");
        if (rc == AN_OK)
            for (int64_t i = 0; i < count; i++) {
                xy[2 * members[i]] = MATRIX(result, i, 0);
                xy[2 * members[i] + 1] = MATRIX(result, i, 1);
            }
        igraph_matrix_destroy(&result);
    }
    igraph_destroy(&graph);
    return rc;
}

int an_i_explorer_layout(double *out_xy, const an_i_report *report, const an_i_explorer_subset *subset)
{
    int64_t n = subset->node_count, m = subset->edge_count;
    int64_t *parent = malloc((size_t)(n ? n : 1) * sizeof *parent);
    int64_t *order = malloc((size_t)(n ? n : 1) * sizeof *order);
    int64_t *local = malloc((size_t)(n ? n : 1) * sizeof *local);
    int64_t *ends = malloc((size_t)(2 * m + 1) * sizeof *ends);
    component *components = calloc((size_t)(n ? n : 1), sizeof *components);
    int64_t *edge_order = malloc((size_t)(m + 1) * sizeof *edge_order);
    int rc = AN_OK;
    if (!parent || !order || !local || !ends || !components || !edge_order) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    for (int64_t v = 0; v < n; v++)
        parent[v] = v;
    for (int64_t j = 0; j < m; j++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, subset->edges[j], &s, &t);
        ends[2 * j] = subset->node_index[s];
        ends[2 * j + 1] = subset->node_index[t];
        int64_t a = find_root(parent, ends[2 * j]), b = find_root(parent, ends[2 * j + 1]);
        if (a != b)
            parent[a > b ? a : b] = a < b ? a : b; /* the smaller index is the root */
    }
    /* components in order of their first member; members in page order */
    int64_t count = 0;
    for (int64_t v = 0; v < n; v++)
        if (find_root(parent, v) == v)
            local[v] = count++; /* temporarily: component id of a root */
    for (int64_t v = 0; v < n; v++)
        components[local[find_root(parent, v)]].count++;
    for (int64_t c = 0, first = 0; c < count; c++) {
        components[c].first = first;
        first += components[c].count;
        components[c].count = 0;
    }
    for (int64_t v = 0; v < n; v++) {
        component *c = &components[local[find_root(parent, v)]];
        order[c->first + c->count++] = v;
    }
    /* parent[] now holds each node's component: v's root is not above v (roots are the smallest
     * index of their set) and is read before it is overwritten */
    for (int64_t v = 0; v < n; v++)
        parent[v] = find_root(parent, v);
    for (int64_t v = 0; v < n; v++)
        parent[v] = local[parent[v]];
    /* edges grouped by component (counting sort on the component of the first end) */
    {
        int64_t *start = calloc((size_t)count + 1, sizeof *start);
        if (!start) {
            rc = AN_I_NOMEM();
            goto cleanup;
        }
        for (int64_t j = 0; j < m; j++)
            start[parent[ends[2 * j]] + 1]++;
        for (int64_t c = 0; c < count; c++)
            start[c + 1] += start[c];
        for (int64_t j = 0; j < m; j++)
            edge_order[start[parent[ends[2 * j]]]++] = j;
        free(start);
    }

    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_seed(report->options.seed);
    igraph_vector_int_t edges;
    rc = an_i_igraph_check(igraph_vector_int_init(&edges, 0), "explorer layout");
    int64_t next_edge = 0;
    for (int64_t c = 0; rc == AN_OK && c < count; c++) {
        component *comp = &components[c];
        for (int64_t i = 0; i < comp->count; i++)
            local[order[comp->first + i]] = i;
        igraph_vector_int_clear(&edges);
        for (; next_edge < m && parent[ends[2 * edge_order[next_edge]]] == c; next_edge++) {
            int64_t j = edge_order[next_edge];
            if (ends[2 * j] == ends[2 * j + 1])
                continue;
            if (igraph_vector_int_push_back(&edges, local[ends[2 * j]]) != IGRAPH_SUCCESS ||
                igraph_vector_int_push_back(&edges, local[ends[2 * j + 1]]) != IGRAPH_SUCCESS) {
                rc = an_i_error(AN_ENOMEM, "explorer layout: out of memory");
                break;
            }
        }
        if (rc == AN_OK)
            rc = layout_component(out_xy, order + comp->first, comp->count, &edges);
    }
    igraph_vector_int_destroy(&edges);
    an_i_igraph_end(&guard);
    if (rc != AN_OK)
        goto cleanup;

    /* scale each component to side ~ sqrt(size) units, then pack rows, largest first */
    double total = 0;
    for (int64_t c = 0; c < count; c++) {
        component *comp = &components[c];
        double low_x = INFINITY, high_x = -INFINITY, low_y = INFINITY, high_y = -INFINITY;
        for (int64_t i = 0; i < comp->count; i++) {
            int64_t v = order[comp->first + i];
            low_x = fmin(low_x, out_xy[2 * v]);
            high_x = fmax(high_x, out_xy[2 * v]);
            low_y = fmin(low_y, out_xy[2 * v + 1]);
            high_y = fmax(high_y, out_xy[2 * v + 1]);
        }
        double span = fmax(high_x - low_x, high_y - low_y);
        double side = sqrt((double)comp->count);
        double scale = span > 0 ? side / span : 0;
        for (int64_t i = 0; i < comp->count; i++) {
            int64_t v = order[comp->first + i];
            out_xy[2 * v] = (out_xy[2 * v] - low_x) * scale;
            out_xy[2 * v + 1] = (out_xy[2 * v + 1] - low_y) * scale;
        }
        comp->width = (high_x - low_x) * scale + 1; /* one unit of margin */
        comp->height = (high_y - low_y) * scale + 1;
        total += comp->width * comp->height;
    }
    qsort(components, (size_t)count, sizeof *components, by_size);
    double row_width = fmax(sqrt(total) * 1.3, count ? components[0].width : 1);
    double x = 0, y = 0, row_height = 0;
    for (int64_t c = 0; c < count; c++) {
        component *comp = &components[c];
        if (x > 0 && x + comp->width > row_width) {
            x = 0;
            y += row_height;
            row_height = 0;
        }
        for (int64_t i = 0; i < comp->count; i++) {
            int64_t v = order[comp->first + i];
            out_xy[2 * v] += x;
            out_xy[2 * v + 1] = -(out_xy[2 * v + 1] + y); /* rows go down the page */
        }
        x += comp->width;
        row_height = fmax(row_height, comp->height);
    }
cleanup:
    free(parent);
    free(order);
    free(local);
    free(ends);
    free(components);
    free(edge_order);
    return rc;
}
