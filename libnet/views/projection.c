/*
 * projection.c — two-mode projection onto one actor class, weighted by the
 * number of shared neighbours (NetworkX bipartite.weighted_projected_graph).
 */
#include "views/views_internal.h"
#include "error_internal.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

/* Adjacency lists in compressed form: the neighbours of v are
 * items[offsets[v] .. offsets[v + 1]), sorted, without repeats. */
typedef struct adjacency {
    int64_t *offsets;
    int64_t *items;
} adjacency;

static int compare_int64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* Build, for every node marked in `from`, its distinct neighbours marked in
 * `to`, ignoring direction and self-loops. */
static int build_adjacency(adjacency *adj, const an_network *network, const unsigned char *from,
                           const unsigned char *to)
{
    int64_t n = network->node_count, m = network->edge_count;
    adj->offsets = calloc((size_t)n + 2, sizeof *adj->offsets);
    adj->items = NULL;
    if (!adj->offsets)
        return AN_ENOMEM;
    for (int pass = 0; pass < 2; pass++) {
        int64_t *fill = NULL;
        if (pass == 1) {
            for (int64_t v = 0; v < n; v++)
                adj->offsets[v + 1] += adj->offsets[v];
            adj->items = malloc((size_t)(adj->offsets[n] + 1) * sizeof *adj->items);
            fill = malloc((size_t)(n + 1) * sizeof *fill);
            if (!adj->items || !fill) {
                free(fill);
                return AN_ENOMEM;
            }
            memcpy(fill, adj->offsets, (size_t)n * sizeof *fill);
        }
        for (int64_t e = 0; e < m; e++) {
            int64_t u = network->endpoints[2 * e], w = network->endpoints[2 * e + 1];
            if (u == w)
                continue;
            for (int side = 0; side < 2; side++) {
                int64_t a = side ? w : u, b = side ? u : w;
                if (!from[a] || !to[b])
                    continue;
                if (pass == 0)
                    adj->offsets[a + 1]++;
                else
                    adj->items[fill[a]++] = b;
            }
        }
        free(fill);
    }
    /* Sort each list and drop repeats (parallel ties), compacting in place. */
    int64_t write = 0;
    for (int64_t v = 0; v < n; v++) {
        int64_t begin = adj->offsets[v], end = adj->offsets[v + 1];
        qsort(adj->items + begin, (size_t)(end - begin), sizeof *adj->items, compare_int64);
        adj->offsets[v] = write;
        for (int64_t i = begin; i < end; i++)
            if (i == begin || adj->items[i] != adj->items[i - 1])
                adj->items[write++] = adj->items[i];
    }
    adj->offsets[n] = write;
    return AN_OK;
}

static void free_adjacency(adjacency *adj)
{
    free(adj->offsets);
    free(adj->items);
}

typedef struct shared_pair {
    int64_t partner;    /* the other kept actor */
    int64_t via;        /* the shared neighbour */
} shared_pair;

static int compare_pairs(const void *a, const void *b)
{
    const shared_pair *x = a, *y = b;
    if (x->partner != y->partner)
        return (x->partner > y->partner) - (x->partner < y->partner);
    return (x->via > y->via) - (x->via < y->via);
}

/* Add the projected ties to `view`. `view_index[v]` is v's index in the view. */
static int add_ties(an_network *view, const an_network *network, const adjacency *actors, const adjacency *via,
                    const unsigned char *kept, const int64_t *view_index, int weight_column, int shared_column,
                    const char *separator)
{
    int64_t n = network->node_count;
    int64_t *count = calloc((size_t)n + 1, sizeof *count);
    int64_t *touched = malloc((size_t)(n + 1) * sizeof *touched);
    shared_pair *pairs = NULL;
    size_t pair_count = 0, pair_capacity = 0;
    an_i_strbuf text;
    an_i_strbuf_init(&text);
    int rc = AN_OK;
    if (!count || !touched) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t a = 0; a < n; a++) {
        if (!kept[a])
            continue;
        int64_t touched_count = 0;
        pair_count = 0;
        for (int64_t i = actors->offsets[a]; i < actors->offsets[a + 1]; i++) {
            int64_t x = actors->items[i];
            for (int64_t j = via->offsets[x]; j < via->offsets[x + 1]; j++) {
                int64_t b = via->items[j];
                if (b <= a)
                    continue;
                if (count[b]++ == 0)
                    touched[touched_count++] = b;
                if (shared_column >= 0) {
                    if (pair_count == pair_capacity) {
                        size_t fresh = pair_capacity ? 2 * pair_capacity : 64;
                        shared_pair *bigger = realloc(pairs, fresh * sizeof *bigger);
                        if (!bigger) {
                            rc = AN_I_NOMEM();
                            goto done;
                        }
                        pairs = bigger;
                        pair_capacity = fresh;
                    }
                    pairs[pair_count++] = (shared_pair){ b, x };
                }
            }
        }
        if (touched_count > 1) /* qsort(NULL, 0, ...) is undefined */
            qsort(touched, (size_t)touched_count, sizeof *touched, compare_int64);
        if (shared_column >= 0 && pair_count > 1)
            qsort(pairs, pair_count, sizeof *pairs, compare_pairs);
        size_t next_pair = 0;
        for (int64_t t = 0; t < touched_count; t++) {
            int64_t b = touched[t];
            int64_t edge = view->edge_count;
            if (an_i_network_add_edge_unchecked(view, view_index[a], view_index[b], 0, NULL) != AN_OK) {
                rc = AN_I_NOMEM();
                goto done;
            }
            if ((rc = an_network_set_integer(view, AN_DOMAIN_EDGE, weight_column, edge, count[b])) != AN_OK)
                goto done;
            count[b] = 0;
            if (shared_column >= 0) {
                text.length = 0;
                if (text.data)
                    text.data[0] = '\0';
                for (int first = 1; next_pair < pair_count && pairs[next_pair].partner == b; next_pair++, first = 0) {
                    if (!first)
                        an_i_strbuf_puts(&text, separator);
                    an_i_strbuf_puts(&text, network->node_ids[pairs[next_pair].via]);
                }
                if (text.failed) {
                    rc = AN_I_NOMEM();
                    goto done;
                }
                if ((rc = an_network_set_string(view, AN_DOMAIN_EDGE, shared_column, edge, text.data ? text.data : ""))
                    != AN_OK)
                    goto done;
            }
        }
    }
done:
    free(count);
    free(touched);
    free(pairs);
    an_i_strbuf_free(&text);
    return rc;
}

int an_i_view_project(an_network **out, const an_network *network, const char *keep_class,
                      const an_projection_options *options, an_i_view_origin *origin)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (origin)
        memset(origin, 0, sizeof *origin);
    if (!network || !keep_class)
        return AN_I_MISUSE("network or keep_class is NULL");
    an_projection_options defaults = AN_PROJECTION_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != AN_PROJECTION_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_projection_options: version %d, expected %d", options->version,
                          AN_PROJECTION_OPTIONS_VERSION);
    const char *class_name = options->class_column ? options->class_column : "type";
    const char *weight_name = options->weight_column ? options->weight_column : "weight";
    const char *separator = options->separator ? options->separator : ";";
    if (!*weight_name || (options->shared_column && !*options->shared_column))
        return an_i_error(AN_EINVAL, "projection: an empty column name");
    if (options->shared_column && strcmp(options->shared_column, weight_name) == 0)
        return an_i_error(AN_EINVAL, "projection: weight and shared-neighbour columns are both named '%s'",
                          weight_name);
    int class_column = an_i_find_column_quiet(network, AN_DOMAIN_NODE, class_name);
    if (class_column < 0)
        return an_i_error(AN_ENOTFOUND, "projection: the network has no node column '%s'", class_name);

    int64_t n = network->node_count;
    unsigned char *kept = calloc((size_t)n + 1, 1), *via = calloc((size_t)n + 1, 1);
    int64_t *view_index = malloc((size_t)(n + 1) * sizeof *view_index);
    void *via_set = options->via ? an_i_value_set_new(options->via) : NULL;
    adjacency actors = { 0 }, intermediaries = { 0 };
    an_network *view = NULL;
    an_i_view_origin local = { 0 };
    int rc = AN_OK;
    if (!kept || !via || !view_index || (options->via && !via_set)) {
        rc = AN_I_NOMEM();
        goto done;
    }
    int64_t kept_count = 0;
    for (int64_t v = 0; v < n; v++) {
        char buffer[40];
        const char *value = an_i_value_text(network, AN_DOMAIN_NODE, class_column, v, buffer, sizeof buffer);
        kept[v] = value && strcmp(value, keep_class) == 0;
        via[v] = value && !kept[v] && (!via_set || an_i_value_set_contains(via_set, value));
        view_index[v] = kept[v] ? kept_count++ : -1;
    }
    if (build_adjacency(&actors, network, kept, via) != AN_OK ||
        build_adjacency(&intermediaries, network, via, kept) != AN_OK) {
        rc = AN_I_NOMEM();
        goto done;
    }
    unsigned char no_edges = 0;
    /* keep_edges: all zero; pass a one-byte array when there are no edges */
    unsigned char *keep_edges = network->edge_count ? calloc((size_t)network->edge_count, 1) : &no_edges;
    if (!keep_edges) {
        rc = AN_I_NOMEM();
        goto done;
    }
    rc = an_i_network_subset(&view, network, kept, keep_edges, AN_I_SUBSET_NO_EDGE_COLUMNS, origin ? &local : NULL);
    if (keep_edges != &no_edges)
        free(keep_edges);
    if (rc != AN_OK)
        goto done;
    view->default_directed = 0;
    int weight_column, shared_column = -1;
    if (an_i_network_add_column(view, AN_DOMAIN_EDGE, weight_name, AN_TYPE_INT, NULL, &weight_column) != AN_OK ||
        (options->shared_column &&
         an_i_network_add_column(view, AN_DOMAIN_EDGE, options->shared_column, AN_TYPE_STRING, NULL, &shared_column)
             != AN_OK)) {
        rc = AN_I_NOMEM();
        goto done;
    }
    rc = add_ties(view, network, &actors, &intermediaries, kept, view_index, weight_column, shared_column, separator);
    if (rc != AN_OK)
        goto done;
    if (origin) {
        free(local.edges);
        local.edges = malloc((size_t)(view->edge_count + 1) * sizeof *local.edges);
        if (!local.edges) {
            rc = AN_I_NOMEM();
            goto done;
        }
        for (int64_t e = 0; e < view->edge_count; e++)
            local.edges[e] = -1;
        local.edge_count = view->edge_count;
        *origin = local;
        memset(&local, 0, sizeof local);
    }
    *out = view;
    view = NULL;
done:
    an_network_free(view);
    an_i_view_origin_free(&local);
    free_adjacency(&actors);
    free_adjacency(&intermediaries);
    an_i_value_set_free(via_set);
    free(kept);
    free(via);
    free(view_index);
    return rc;
}

int an_view_project(an_network **out, const an_network *network, const char *keep_class,
                    const an_projection_options *options)
{
    return an_i_view_project(out, network, keep_class, options, NULL);
}
