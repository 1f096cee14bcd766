/*
 * cohesive_blocks.c — Moody & White's cohesive blocking through
 * igraph_cohesive_blocks, on the undirected simple graph (positions.h).
 */
#include "positions_internal.h"
#include "error_internal.h"
#include "igraph_bridge.h"
#include "graph/node_sets.h"

#include <stdlib.h>

void an_cohesive_blocks_free(an_cohesive_blocks *blocks)
{
    if (!blocks)
        return;
    free(blocks->offsets);
    free(blocks->nodes);
    free(blocks->cohesion);
    free(blocks->parent);
    free(blocks->max_cohesion);
    free(blocks);
}

/* Copy igraph's blocks (vertices of the analysed network) into the result, mapped to the
 * caller's nodes through `origin` (NULL: the same). */
static int copy_blocks(an_cohesive_blocks *r, const igraph_vector_int_list_t *blocks,
                       const igraph_vector_int_t *cohesion, const igraph_vector_int_t *parent, const int64_t *origin)
{
    int64_t count = igraph_vector_int_list_size(blocks), total = 0;
    for (int64_t b = 0; b < count; b++)
        total += igraph_vector_int_size(igraph_vector_int_list_get_ptr(blocks, b));
    r->count = count;
    r->offsets = malloc((size_t)(count + 1) * sizeof *r->offsets);
    r->nodes = malloc((size_t)(total + 1) * sizeof *r->nodes);
    r->cohesion = malloc((size_t)(count + 1) * sizeof *r->cohesion);
    r->parent = malloc((size_t)(count + 1) * sizeof *r->parent);
    if (!r->offsets || !r->nodes || !r->cohesion || !r->parent)
        return AN_I_NOMEM();
    int64_t length = 0;
    r->offsets[0] = 0;
    for (int64_t b = 0; b < count; b++) {
        const igraph_vector_int_t *block = igraph_vector_int_list_get_ptr(blocks, b);
        int64_t size = igraph_vector_int_size(block);
        for (int64_t i = 0; i < size; i++) {
            int64_t v = VECTOR(*block)[i];
            r->nodes[length + i] = origin ? origin[v] : v;
        }
        qsort(r->nodes + length, (size_t)size, sizeof *r->nodes, an_i_compare_int64);
        length += size;
        r->offsets[b + 1] = length;
        r->cohesion[b] = VECTOR(*cohesion)[b];
        r->parent[b] = VECTOR(*parent)[b] < 0 ? -1 : VECTOR(*parent)[b];
    }
    for (int64_t v = 0; v < r->node_count; v++)
        r->max_cohesion[v] = -1;
    for (int64_t b = 0; b < count; b++)
        for (int64_t i = r->offsets[b]; i < r->offsets[b + 1]; i++)
            if (r->cohesion[b] > r->max_cohesion[r->nodes[i]])
                r->max_cohesion[r->nodes[i]] = r->cohesion[b];
    return AN_OK;
}

int an_network_cohesive_blocks(an_cohesive_blocks **out, const an_network *network, const an_edge_policy *policy)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_edge_policy effective;
    an_i_lens_scope scope;
    int rc = an_i_scope_open(&scope, &effective, network, policy);
    if (rc != AN_OK)
        return rc;
    if (an_network_node_count(scope.network) == 0)
        rc = an_i_error(AN_EEMPTY, "cohesive blocks: the network has no nodes");
    effective.direction = AN_AS_UNDIRECTED;
    effective.parallel = AN_PARALLEL_COLLAPSE;
    effective.self_loops = 0;
    effective.weight = NULL;
    an_cohesive_blocks *result = calloc(1, sizeof *result);
    if (rc == AN_OK && result) {
        result->node_count = scope.original_nodes;
        result->max_cohesion = malloc((size_t)(scope.original_nodes + 1) * sizeof *result->max_cohesion);
    }
    if (rc == AN_OK && (!result || !result->max_cohesion))
        rc = AN_I_NOMEM();
    if (rc == AN_OK) {
        an_i_igraph_guard guard;
        an_i_igraph_begin(&guard);
        an_i_igraph_view view;
        igraph_vector_int_list_t blocks;
        igraph_vector_int_t cohesion, parent;
        int ready = 0;
        rc = an_i_igraph_view_borrow(&view, scope.network, &effective);
        if (rc == AN_OK) {
            if (igraph_vector_int_list_init(&blocks, 0) == IGRAPH_SUCCESS) {
                if (igraph_vector_int_init(&cohesion, 0) == IGRAPH_SUCCESS) {
                    if (igraph_vector_int_init(&parent, 0) == IGRAPH_SUCCESS)
                        ready = 3;
                    else
                        ready = 2;
                } else {
                    ready = 1;
                }
            }
            if (ready < 3)
                rc = AN_I_NOMEM();
            else
                rc = an_i_igraph_check(igraph_cohesive_blocks(&view.graph, &blocks, &cohesion, &parent, NULL),
                                       "cohesive blocks");
            if (rc == AN_OK)
                rc = copy_blocks(result, &blocks, &cohesion, &parent, scope.node_origin);
            if (ready >= 3)
                igraph_vector_int_destroy(&parent);
            if (ready >= 2)
                igraph_vector_int_destroy(&cohesion);
            if (ready >= 1)
                igraph_vector_int_list_destroy(&blocks);
            an_i_igraph_view_destroy(&view);
        }
        an_i_igraph_end(&guard);
    }
    an_i_lens_scope_close(&scope);
    if (rc == AN_OK) {
        *out = result;
        return AN_OK;
    }
    an_cohesive_blocks_free(result);
    return rc;
}
