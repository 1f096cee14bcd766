/*
 * network.c — life cycle and structure of an_network: nodes, ids, edges,
 * direction, interning, deep copy.
 */
#include "network_internal.h"
#include "error_internal.h"
#include "igraph_bridge.h"

#include <stdlib.h>
#include <string.h>

/* Public functions check their handle and outputs first. */
#define CHECK_NETWORK(network) do { if (!(network)) return AN_I_MISUSE("network is NULL"); } while (0)

static void column_set_free(an_i_column_set *set);

int an_network_new(an_network **out, int directed)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    an_network *network = calloc(1, sizeof *network);
    if (!network)
        return AN_I_NOMEM();
    network->default_directed = directed ? 1 : 0;
    an_i_arena_init(&network->strings);
    an_i_string_table_init(&network->interned);
    an_i_string_table_init(&network->node_index);
    *out = network;
    return AN_OK;
}

void an_network_free(an_network *network)
{
    if (!network)
        return;
    an_i_network_free_views(network);
    an_i_arena_free(&network->strings);
    an_i_string_table_free(&network->interned);
    an_i_string_table_free(&network->node_index);
    free(network->node_ids);
    free(network->endpoints);
    free(network->directed_bits);
    free(network->edge_ids);
    free(network->graph_id);
    for (int d = 0; d < 3; d++)
        column_set_free(&network->columns[d]);
    for (int64_t i = 0; i < network->fragment_count; i++)
        free(network->fragments[i].markup);
    free(network->fragments);
    free(network->root_attributes);
    for (int64_t i = 0; i < network->warning_count; i++)
        free(network->warnings[i]);
    free(network->warnings);
    free(network->source_name);
    free(network->node_lines);
    free(network->edge_lines);
    free(network);
}

static void column_set_free(an_i_column_set *set)
{
    for (int c = 0; c < set->count; c++) {
        an_i_column *column = &set->items[c];
        free(column->name);
        free(column->key_id);
        free(column->key_attributes);
        free(column->key_markup);
        an_i_column_free_values(column);
    }
    free(set->items);
    set->items = NULL;
    set->count = set->capacity = 0;
}

const char *an_i_network_intern(an_network *network, const char *text, size_t length)
{
    uint64_t hash = an_i_string_hash(text, length);
    an_i_string_slot *slot = an_i_string_table_find(&network->interned, text, length, hash);
    if (slot)
        return slot->key;
    char *copy = an_i_arena_strndup(&network->strings, text, length);
    if (!copy)
        return NULL;
    if (!an_i_string_table_upsert(&network->interned, copy, length, hash, 0, NULL))
        return NULL;
    return copy;
}

int64_t an_i_domain_rows(const an_network *network, an_domain domain)
{
    switch (domain) {
    case AN_DOMAIN_GRAPH: return 1;
    case AN_DOMAIN_NODE: return network->node_count;
    case AN_DOMAIN_EDGE: return network->edge_count;
    }
    return 0;
}

/* Grow `*array` (element size `size`) to at least `need` elements; doubles. */
static int grow_array(void **array, int64_t *capacity, int64_t need, size_t size, int zero)
{
    if (need <= *capacity)
        return AN_OK;
    int64_t fresh = *capacity ? *capacity : 16;
    while (fresh < need)
        fresh *= 2;
    void *bigger = realloc(*array, (size_t)fresh * size);
    if (!bigger)
        return AN_ENOMEM;
    if (zero)
        memset((char *)bigger + (size_t)*capacity * size, 0, (size_t)(fresh - *capacity) * size);
    *array = bigger;
    *capacity = fresh;
    return AN_OK;
}

int an_i_network_reserve_nodes(an_network *network, int64_t count)
{
    int64_t capacity = network->node_capacity;
    if (grow_array((void **)&network->node_ids, &capacity, count, sizeof(char *), 0) != AN_OK)
        return AN_ENOMEM;
    network->node_capacity = capacity;
    if (an_i_string_table_reserve(&network->node_index, (size_t)count) != AN_OK)
        return AN_ENOMEM;
    return AN_OK;
}

int an_i_network_reserve_edges(an_network *network, int64_t count)
{
    if (count <= network->edge_capacity)
        return AN_OK;
    int64_t fresh = network->edge_capacity ? network->edge_capacity : 64;
    while (fresh < count)
        fresh *= 2;
    int64_t *endpoints = realloc(network->endpoints, (size_t)fresh * 2 * sizeof *endpoints);
    if (!endpoints)
        return AN_ENOMEM;
    network->endpoints = endpoints;
    size_t old_words = (size_t)(network->edge_capacity + 63) / 64;
    size_t new_words = (size_t)(fresh + 63) / 64;
    uint64_t *bits = realloc(network->directed_bits, new_words * sizeof *bits);
    if (!bits)
        return AN_ENOMEM;
    memset(bits + old_words, 0, (new_words - old_words) * sizeof *bits);
    network->directed_bits = bits;
    if (network->edge_ids) {
        const char **ids = realloc(network->edge_ids, (size_t)fresh * sizeof *ids);
        if (!ids)
            return AN_ENOMEM;
        memset(ids + network->edge_capacity, 0, (size_t)(fresh - network->edge_capacity) * sizeof *ids);
        network->edge_ids = ids;
    }
    network->edge_capacity = fresh;
    return AN_OK;
}

int an_i_network_add_node_interned(an_network *network, const char *id, size_t length,
                                   int64_t *out_node)
{
    if (network->node_count == network->node_capacity &&
        an_i_network_reserve_nodes(network, network->node_count + 1) != AN_OK)
        return AN_ENOMEM;
    int inserted = 0;
    uint64_t hash = an_i_string_hash(id, length);
    an_i_string_slot *slot = an_i_string_table_upsert(&network->node_index, id, length, hash,
                                                      network->node_count, &inserted);
    if (!slot)
        return AN_ENOMEM;
    if (!inserted) {
        if (out_node)
            *out_node = slot->value;
        return AN_EEXISTS;
    }
    network->node_ids[network->node_count] = id;
    if (out_node)
        *out_node = network->node_count;
    network->node_count++;
    an_i_network_changed(network);
    return AN_OK;
}

int an_i_network_add_edge_unchecked(an_network *network, int64_t source, int64_t target,
                                    int directed, const char *id)
{
    int64_t e = network->edge_count;
    if (e == network->edge_capacity && an_i_network_reserve_edges(network, e + 1) != AN_OK)
        return AN_ENOMEM;
    if (id && !network->edge_ids) {
        network->edge_ids = calloc((size_t)network->edge_capacity, sizeof *network->edge_ids);
        if (!network->edge_ids)
            return AN_ENOMEM;
    }
    network->endpoints[2 * e] = source;
    network->endpoints[2 * e + 1] = target;
    if (directed) {
        network->directed_bits[e >> 6] |= (uint64_t)1 << (e & 63);
        network->directed_edges++;
    } else {
        network->directed_bits[e >> 6] &= ~((uint64_t)1 << (e & 63));
    }
    if (network->edge_ids)
        network->edge_ids[e] = id;
    network->edge_count = e + 1;
    an_i_network_changed(network);
    return AN_OK;
}

int64_t an_network_node_count(const an_network *network)
{
    return network ? network->node_count : -1;
}

int64_t an_network_edge_count(const an_network *network)
{
    return network ? network->edge_count : -1;
}

int an_network_default_directed(const an_network *network)
{
    CHECK_NETWORK(network);
    return network->default_directed;
}

int an_network_set_default_directed(an_network *network, int directed)
{
    CHECK_NETWORK(network);
    network->default_directed = directed ? 1 : 0;
    an_i_network_changed(network);
    return AN_OK;
}

int an_network_direction(const an_network *network)
{
    CHECK_NETWORK(network);
    if (network->edge_count == 0)
        return network->default_directed ? AN_DIRECTED : AN_UNDIRECTED;
    if (network->directed_edges == network->edge_count)
        return AN_DIRECTED;
    if (network->directed_edges == 0)
        return AN_UNDIRECTED;
    return AN_MIXED;
}

int an_network_add_node(an_network *network, const char *id, int64_t *out_node)
{
    CHECK_NETWORK(network);
    if (!id)
        return AN_I_MISUSE("id is NULL");
    size_t length = strlen(id);
    if (length == 0)
        return an_i_error(AN_EINVAL, "a node id must not be empty");
    int64_t existing;
    if (an_network_find_node(network, id, &existing) == AN_OK)
        return an_i_error(AN_EEXISTS, "node id '%s' already exists", id);
    an_error_clear();
    const char *interned = an_i_network_intern(network, id, length);
    if (!interned)
        return AN_I_NOMEM();
    int rc = an_i_network_add_node_interned(network, interned, length, out_node);
    if (rc == AN_ENOMEM)
        return AN_I_NOMEM();
    return rc;
}

int an_network_add_edge(an_network *network, int64_t source, int64_t target, int directed,
                        const char *id, int64_t *out_edge)
{
    CHECK_NETWORK(network);
    if (source < 0 || source >= network->node_count || target < 0 || target >= network->node_count)
        return an_i_error(AN_ERANGE, "edge endpoint out of range (%lld, %lld; %lld nodes)",
                          (long long)source, (long long)target, (long long)network->node_count);
    const char *interned = NULL;
    if (id) {
        interned = an_i_network_intern(network, id, strlen(id));
        if (!interned)
            return AN_I_NOMEM();
    }
    int is_directed = directed < 0 ? network->default_directed : (directed ? 1 : 0);
    if (an_i_network_add_edge_unchecked(network, source, target, is_directed, interned) != AN_OK)
        return AN_I_NOMEM();
    if (out_edge)
        *out_edge = network->edge_count - 1;
    return AN_OK;
}

int an_network_find_node(const an_network *network, const char *id, int64_t *out_node)
{
    CHECK_NETWORK(network);
    if (!id || !out_node)
        return AN_I_MISUSE("id or out_node is NULL");
    size_t length = strlen(id);
    an_i_string_slot *slot =
        an_i_string_table_find(&network->node_index, id, length, an_i_string_hash(id, length));
    if (!slot)
        return an_i_error(AN_ENOTFOUND, "no node with id '%s'", id);
    *out_node = slot->value;
    return AN_OK;
}

const char *an_network_node_id(const an_network *network, int64_t node)
{
    if (!network || node < 0 || node >= network->node_count)
        return NULL;
    return network->node_ids[node];
}

int an_network_edge_endpoints(const an_network *network, int64_t edge, int64_t *out_source,
                              int64_t *out_target)
{
    CHECK_NETWORK(network);
    if (edge < 0 || edge >= network->edge_count)
        return an_i_error(AN_ERANGE, "edge %lld out of range (%lld edges)", (long long)edge,
                          (long long)network->edge_count);
    if (out_source)
        *out_source = network->endpoints[2 * edge];
    if (out_target)
        *out_target = network->endpoints[2 * edge + 1];
    return AN_OK;
}

int an_network_edge_directed(const an_network *network, int64_t edge)
{
    CHECK_NETWORK(network);
    if (edge < 0 || edge >= network->edge_count)
        return an_i_error(AN_ERANGE, "edge %lld out of range (%lld edges)", (long long)edge,
                          (long long)network->edge_count);
    return an_i_edge_directed(network, edge);
}

const char *an_network_edge_id(const an_network *network, int64_t edge)
{
    if (!network || edge < 0 || edge >= network->edge_count || !network->edge_ids)
        return NULL;
    return network->edge_ids[edge];
}

const char *an_network_graph_id(const an_network *network)
{
    return network ? network->graph_id : NULL;
}

int an_network_set_graph_id(an_network *network, const char *id)
{
    CHECK_NETWORK(network);
    char *copy = NULL;
    if (id && !(copy = strdup(id)))
        return AN_I_NOMEM();
    free(network->graph_id);
    network->graph_id = copy;
    an_i_network_changed(network);
    return AN_OK;
}

/* ---- deep copy --------------------------------------------------------- */

int an_network_copy(an_network **out, const an_network *source)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    CHECK_NETWORK(source);
    return an_i_network_subset(out, source, NULL, NULL, 0, NULL);
}

int an_network_node_ids_joined(char **out, size_t *out_size, const an_network *network)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    CHECK_NETWORK(network);
    size_t total = 1;
    for (int64_t v = 0; v < network->node_count; v++)
        total += strlen(network->node_ids[v]) + 1;
    char *buffer = malloc(total);
    if (!buffer)
        return AN_I_NOMEM();
    char *at = buffer;
    for (int64_t v = 0; v < network->node_count; v++) {
        size_t length = strlen(network->node_ids[v]) + 1;
        memcpy(at, network->node_ids[v], length);
        at += length;
    }
    *at = '\0';
    if (out_size)
        *out_size = (size_t)(at - buffer);
    *out = buffer;
    return AN_OK;
}

int an_network_edge_arrays(int64_t *out_sources, int64_t *out_targets, unsigned char *out_directed,
                           const an_network *network)
{
    CHECK_NETWORK(network);
    for (int64_t e = 0; e < network->edge_count; e++) {
        if (out_sources)
            out_sources[e] = network->endpoints[2 * e];
        if (out_targets)
            out_targets[e] = network->endpoints[2 * e + 1];
        if (out_directed)
            out_directed[e] = (unsigned char)an_i_edge_directed(network, e);
    }
    return AN_OK;
}
