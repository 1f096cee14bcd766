/*
 * summary.c — the at-a-glance summary of a network, as JSON or text.
 */
#include "actornet/summary.h"
#include "error_internal.h"
#include "igraph_bridge.h"
#include "network_internal.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

typedef struct value_count {
    const char *name;
    int64_t count;
} value_count;

typedef struct tally {
    value_count *items;
    int64_t length;
    int present;            /* the column exists */
} tally;

typedef struct summary {
    int64_t nodes, edges, self_loops, parallel;
    int direction;
    tally classes, relations, confidence;
    int has_years;
    double year_min, year_max;
    int64_t weak, largest_weak, isolates, strong; /* strong < 0: not directed */
} summary;

static int compare_counts(const void *a, const void *b)
{
    const value_count *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(x->name, y->name);
}

/* Count the values of a string column (absent values as "(none)"). */
static int tally_column(const an_network *network, an_domain domain, const char *name, tally *out)
{
    memset(out, 0, sizeof *out);
    int column;
    if (!name || an_network_find_column(network, domain, name, &column) != AN_OK) {
        an_error_clear();
        return AN_OK;
    }
    an_i_column *c = an_i_network_column(network, domain, column);
    if (c->type != AN_TYPE_STRING)
        return AN_OK;
    out->present = 1;
    an_i_string_table counts;
    an_i_string_table_init(&counts);
    int64_t rows = an_i_domain_rows(network, domain);
    for (int64_t r = 0; r < rows; r++) {
        const char *value = "(none)";
        an_network_get_string(network, domain, column, r, &value);
        size_t length = strlen(value);
        an_i_string_slot *slot =
            an_i_string_table_upsert(&counts, value, length, an_i_string_hash(value, length), 0, NULL);
        if (!slot) {
            an_i_string_table_free(&counts);
            return AN_ENOMEM;
        }
        slot->value++;
    }
    out->items = malloc((counts.count + 1) * sizeof *out->items);
    if (!out->items) {
        an_i_string_table_free(&counts);
        return AN_ENOMEM;
    }
    for (size_t i = 0; i < counts.capacity; i++)
        if (counts.slots[i].key)
            out->items[out->length++] = (value_count){ counts.slots[i].key, counts.slots[i].value };
    qsort(out->items, (size_t)out->length, sizeof *out->items, compare_counts);
    an_i_string_table_free(&counts);
    return AN_OK;
}

static void add_years(const an_network *network, an_domain domain, const char *name, summary *s)
{
    int column;
    if (an_network_find_column(network, domain, name, &column) != AN_OK) {
        an_error_clear();
        return;
    }
    int type = an_network_column_type(network, domain, column);
    if (type == AN_TYPE_STRING || type == AN_TYPE_BOOLEAN)
        return;
    int64_t rows = an_i_domain_rows(network, domain);
    for (int64_t r = 0; r < rows; r++) {
        double year;
        if (an_network_get_real(network, domain, column, r, &year) != AN_OK || year != year)
            continue;
        if (!s->has_years || year < s->year_min)
            s->year_min = year;
        if (!s->has_years || year > s->year_max)
            s->year_max = year;
        s->has_years = 1;
    }
}

static int count_components(const an_network *network, summary *s)
{
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    policy.self_loops = 1;
    int rc = an_i_igraph_view_borrow(&view, network, &policy);
    if (rc != AN_OK)
        goto done;
    igraph_vector_int_t sizes, degree;
    igraph_integer_t count;
    igraph_vector_int_init(&sizes, 0);
    igraph_vector_int_init(&degree, 0);
    rc = an_i_igraph_check(igraph_connected_components(&view.graph, NULL, &sizes, &count, IGRAPH_WEAK),
                           "weak components");
    if (rc == AN_OK) {
        s->weak = count;
        s->largest_weak = count ? igraph_vector_int_max(&sizes) : 0;
        rc = an_i_igraph_check(igraph_degree(&view.graph, &degree, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS),
                               "degree");
    }
    if (rc == AN_OK) {
        s->isolates = 0;
        for (int64_t v = 0; v < igraph_vector_int_size(&degree); v++)
            s->isolates += VECTOR(degree)[v] == 0;
        s->strong = -1;
        if (view.directed) {
            rc = an_i_igraph_check(igraph_connected_components(&view.graph, NULL, NULL, &count, IGRAPH_STRONG),
                                   "strong components");
            s->strong = count;
        }
    }
    igraph_vector_int_destroy(&sizes);
    igraph_vector_int_destroy(&degree);
    an_i_igraph_view_destroy(&view);
done:
    an_i_igraph_end(&guard);
    return rc;
}

static int count_structure(const an_network *network, summary *s)
{
    s->nodes = network->node_count;
    s->edges = network->edge_count;
    s->direction = an_network_direction(network);
    /* Parallel ties: count edges whose (ordered, or unordered when undirected) pair was seen. */
    an_i_string_table seen;
    an_i_string_table_init(&seen);
    int64_t *keys = malloc((size_t)(network->edge_count + 1) * 3 * sizeof *keys);
    if (!keys)
        return AN_ENOMEM;
    for (int64_t e = 0; e < network->edge_count; e++) {
        int64_t from = network->endpoints[2 * e], to = network->endpoints[2 * e + 1];
        int directed = an_i_edge_directed(network, e);
        s->self_loops += from == to;
        if (!directed && from > to) {
            int64_t swap = from;
            from = to;
            to = swap;
        }
        int64_t *key = keys + 3 * e;
        key[0] = from;
        key[1] = to;
        key[2] = directed;
        int inserted;
        if (!an_i_string_table_upsert(&seen, (const char *)key, sizeof(int64_t) * 3,
                                      an_i_string_hash((const char *)key, sizeof(int64_t) * 3), 0, &inserted)) {
            free(keys);
            an_i_string_table_free(&seen);
            return AN_ENOMEM;
        }
        s->parallel += !inserted;
    }
    free(keys);
    an_i_string_table_free(&seen);
    return AN_OK;
}

static int build_summary(const an_network *network, const an_summary_options *options, summary *s)
{
    memset(s, 0, sizeof *s);
    int rc = count_structure(network, s);
    if (rc == AN_OK)
        rc = tally_column(network, AN_DOMAIN_NODE, options->class_column, &s->classes);
    if (rc == AN_OK)
        rc = tally_column(network, AN_DOMAIN_EDGE, options->relation_column, &s->relations);
    if (rc == AN_OK)
        rc = tally_column(network, AN_DOMAIN_EDGE, options->confidence_column, &s->confidence);
    if (rc == AN_ENOMEM)
        return AN_I_NOMEM();
    static const char *const edge_years[] = { "year", "start", "end" };
    for (size_t i = 0; i < 3; i++)
        add_years(network, AN_DOMAIN_EDGE, edge_years[i], s);
    add_years(network, AN_DOMAIN_NODE, "start", s);
    add_years(network, AN_DOMAIN_NODE, "end", s);
    if (rc == AN_OK)
        rc = count_components(network, s);
    return rc;
}

static void free_summary(summary *s)
{
    free(s->classes.items);
    free(s->relations.items);
    free(s->confidence.items);
}

static int resolve_options(const an_network *network, void *out, const an_summary_options **options,
                           an_summary_options *defaults)
{
    if (!network || !out)
        return AN_I_MISUSE("network or out is NULL");
    if (!*options) {
        *options = defaults;
    } else if ((*options)->version != AN_SUMMARY_OPTIONS_VERSION) {
        return an_i_error(AN_EMISUSE, "an_summary_options: version %u, expected %u", (*options)->version,
                          AN_SUMMARY_OPTIONS_VERSION);
    }
    return AN_OK;
}

static const char *direction_name(int direction)
{
    return direction == AN_DIRECTED ? "directed" : direction == AN_UNDIRECTED ? "undirected" : "mixed";
}

static const char *domain_name(int domain)
{
    return domain == AN_DOMAIN_GRAPH ? "graph" : domain == AN_DOMAIN_NODE ? "node" : "edge";
}

static void json_tally(an_i_strbuf *b, const char *key, const tally *t)
{
    an_i_strbuf_printf(b, ",\n  \"%s\": ", key);
    if (!t->present) {
        an_i_strbuf_puts(b, "null");
        return;
    }
    an_i_strbuf_puts(b, "{");
    for (int64_t i = 0; i < t->length; i++) {
        an_i_strbuf_puts(b, i ? ", " : "");
        an_i_strbuf_json_string(b, t->items[i].name);
        an_i_strbuf_printf(b, ": %lld", (long long)t->items[i].count);
    }
    an_i_strbuf_puts(b, "}");
}

/* Append a column's default value as JSON (null when none). */
static void json_default(an_i_strbuf *b, const an_i_column *c)
{
    if (!c->has_default) {
        an_i_strbuf_puts(b, "null");
        return;
    }
    switch (c->type) {
    case AN_TYPE_BOOLEAN: an_i_strbuf_puts(b, c->default_value.integer ? "true" : "false"); break;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: an_i_strbuf_json_integer(b, c->default_value.integer); break;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: an_i_strbuf_json_real(b, c->default_value.real); break;
    case AN_TYPE_STRING: an_i_strbuf_json_string(b, c->default_value.string); break;
    }
}

/* Groups flattened from graphs nested in nodes (GraphML groups): the number
 * of group nodes and of nodes inside a group, and the two columns' names.
 * 0 when the network has no such columns. */
static int64_t count_groups(const an_network *network, int64_t *inside, const char **parent_name,
                            const char **group_name)
{
    int64_t groups = 0;
    *inside = 0;
    *parent_name = *group_name = NULL;
    const an_i_column_set *set = &network->columns[AN_DOMAIN_NODE];
    for (int k = 0; k < set->count; k++) {
        const an_i_column *c = &set->items[k];
        if (c->role == AN_I_ROLE_DATA)
            continue;
        for (int64_t slot = 0; slot < an_i_column_slot_end(c); slot++) {
            if (an_i_column_slot_row(c, slot) < 0)
                continue;
            if (c->role == AN_I_ROLE_PARENT)
                (*inside)++;
            else if (c->role == AN_I_ROLE_GROUP && c->type == AN_TYPE_BOOLEAN && c->data.booleans[slot])
                groups++;
        }
        if (c->role == AN_I_ROLE_PARENT)
            *parent_name = c->name;
        else if (c->role == AN_I_ROLE_GROUP)
            *group_name = c->name;
    }
    return *parent_name || *group_name ? groups : -1;
}

int an_network_summary_json(char **out, size_t *out_size, const an_network *network,
                            const an_summary_options *options)
{
    an_summary_options defaults = AN_SUMMARY_OPTIONS_INIT;
    int rc = resolve_options(network, out, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    *out = NULL;
    summary s;
    rc = build_summary(network, options, &s);
    if (rc != AN_OK) {
        free_summary(&s);
        return rc;
    }
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "{\n  \"nodes\": %lld,\n  \"edges\": %lld,\n  \"direction\": \"%s\",\n"
                           "  \"self_loops\": %lld,\n  \"parallel_edges\": %lld",
                       (long long)s.nodes, (long long)s.edges, direction_name(s.direction),
                       (long long)s.self_loops, (long long)s.parallel);
    json_tally(&b, "classes", &s.classes);
    json_tally(&b, "relations", &s.relations);
    json_tally(&b, "confidence", &s.confidence);
    an_i_strbuf_puts(&b, ",\n  \"years\": ");
    if (s.has_years) {
        an_i_strbuf_puts(&b, "{\"min\": ");
        an_i_strbuf_json_real(&b, s.year_min);
        an_i_strbuf_puts(&b, ", \"max\": ");
        an_i_strbuf_json_real(&b, s.year_max);
        an_i_strbuf_puts(&b, "}");
    } else {
        an_i_strbuf_puts(&b, "null");
    }
    an_i_strbuf_puts(&b, ",\n  \"attributes\": [");
    int first = 1;
    for (int d = 0; d < 3; d++) {
        for (int c = 0; c < network->columns[d].count; c++) {
            const an_i_column *column = &network->columns[d].items[c];
            an_i_strbuf_printf(&b, "%s\n    {\"domain\": \"%s\", \"name\": ", first ? "" : ",", domain_name(d));
            an_i_strbuf_json_string(&b, column->name);
            an_i_strbuf_printf(&b, ", \"type\": \"%s\", \"default\": ", an_type_name(column->type));
            json_default(&b, column);
            an_i_strbuf_printf(&b, ", \"missing\": %lld}",
                               (long long)an_network_column_missing_count(network, (an_domain)d, c));
            first = 0;
        }
    }
    an_i_strbuf_printf(&b, "%s],\n  \"components\": {\"weak\": %lld, \"largest_weak\": %lld, \"isolates\": %lld, "
                           "\"strong\": ",
                       first ? "" : "\n  ", (long long)s.weak, (long long)s.largest_weak, (long long)s.isolates);
    if (s.strong >= 0)
        an_i_strbuf_json_integer(&b, s.strong);
    else
        an_i_strbuf_puts(&b, "null");
    int64_t inside;
    const char *parent_name, *group_name;
    int64_t groups = count_groups(network, &inside, &parent_name, &group_name);
    if (groups >= 0)
        an_i_strbuf_printf(&b, "},\n  \"groups\": {\"flattened\": true, \"groups\": %lld, \"nodes_in_groups\": %lld",
                           (long long)groups, (long long)inside);
    an_i_strbuf_printf(&b, "},\n  \"warnings\": %lld\n}\n", (long long)network->warning_count);
    free_summary(&s);
    *out = an_i_strbuf_take(&b, out_size);
    return *out ? AN_OK : AN_I_NOMEM();
}

static void text_tally(an_i_strbuf *b, const char *title, const char *column, const tally *t)
{
    if (!t->present) {
        an_i_strbuf_printf(b, "%-12s (no '%s' column)\n", title, column);
        return;
    }
    an_i_strbuf_printf(b, "%-12s", title);
    for (int64_t i = 0; i < t->length; i++)
        an_i_strbuf_printf(b, "%s%s %lld", i ? ", " : " ", t->items[i].name, (long long)t->items[i].count);
    an_i_strbuf_puts(b, "\n");
}

int an_network_summary_text(char **out, size_t *out_size, const an_network *network,
                            const an_summary_options *options)
{
    an_summary_options defaults = AN_SUMMARY_OPTIONS_INIT;
    int rc = resolve_options(network, out, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    *out = NULL;
    summary s;
    rc = build_summary(network, options, &s);
    if (rc != AN_OK) {
        free_summary(&s);
        return rc;
    }
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "%-12s %lld nodes, %lld edges, %s", "network", (long long)s.nodes, (long long)s.edges,
                       direction_name(s.direction));
    if (s.self_loops || s.parallel)
        an_i_strbuf_printf(&b, " (%lld self-loops, %lld parallel edges)", (long long)s.self_loops,
                           (long long)s.parallel);
    an_i_strbuf_puts(&b, "\n");
    text_tally(&b, "classes", options->class_column, &s.classes);
    text_tally(&b, "relations", options->relation_column, &s.relations);
    text_tally(&b, "confidence", options->confidence_column, &s.confidence);
    if (s.has_years)
        an_i_strbuf_printf(&b, "%-12s %g-%g\n", "years", s.year_min, s.year_max);
    else
        an_i_strbuf_printf(&b, "%-12s (none)\n", "years");
    an_i_strbuf_printf(&b, "%-12s %lld weak (largest %lld nodes, %lld isolates)", "components", (long long)s.weak,
                       (long long)s.largest_weak, (long long)s.isolates);
    if (s.strong >= 0)
        an_i_strbuf_printf(&b, ", %lld strong", (long long)s.strong);
    an_i_strbuf_puts(&b, "\nattributes\n");
    for (int d = 0; d < 3; d++) {
        for (int c = 0; c < network->columns[d].count; c++) {
            const an_i_column *column = &network->columns[d].items[c];
            an_i_strbuf_printf(&b, "  %-5s %-20s %-8s missing %lld", domain_name(d), column->name,
                               an_type_name(column->type),
                               (long long)an_network_column_missing_count(network, (an_domain)d, c));
            if (column->has_default) {
                an_i_strbuf_puts(&b, "  default ");
                json_default(&b, column);
            }
            an_i_strbuf_puts(&b, "\n");
        }
    }
    int64_t inside;
    const char *parent_name, *group_name;
    int64_t groups = count_groups(network, &inside, &parent_name, &group_name);
    if (groups >= 0)
        an_i_strbuf_printf(&b, "%-12s %lld group nodes holding %lld nodes, flattened from nested graphs (node "
                               "columns %s, %s; written back nested)\n", "groups", (long long)groups,
                           (long long)inside, parent_name ? parent_name : "-", group_name ? group_name : "-");
    if (network->warning_count)
        an_i_strbuf_printf(&b, "%-12s %lld (shown on load)\n", "warnings", (long long)network->warning_count);
    free_summary(&s);
    *out = an_i_strbuf_take(&b, out_size);
    return *out ? AN_OK : AN_I_NOMEM();
}
