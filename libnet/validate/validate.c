/*
 * validate.c — the schema checks behind `actornet validate`.
 */
#include "actornet/validate.h"
#include "error_internal.h"
#include "network_internal.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

typedef struct checker {
    const an_network *network;
    const an_vocabulary *vocabulary;
    an_i_strbuf report;
    int64_t problems;
} checker;

/* Column index by name, or -1 when the network has no such string column. */
static int string_column(const an_network *network, an_domain domain, const char *name)
{
    int column;
    if (!name || an_network_find_column(network, domain, name, &column) != AN_OK) {
        an_error_clear();
        return -1;
    }
    return an_network_column_type(network, domain, column) == AN_TYPE_STRING ? column : -1;
}

static const char *value_or_null(const an_network *network, an_domain domain, int column, int64_t row)
{
    const char *value = NULL;
    if (column >= 0 && an_network_get_string(network, domain, column, row, &value) != AN_OK)
        value = NULL;
    return value;
}

static void problem_prefix(checker *c, an_domain domain, int64_t row)
{
    const an_network *n = c->network;
    long line = domain == AN_DOMAIN_NODE ? an_network_node_line(n, row) : an_network_edge_line(n, row);
    const char *file = n->source_name ? n->source_name : "<network>";
    if (line > 0)
        an_i_strbuf_printf(&c->report, "%s:%ld: ", file, line);
    else
        an_i_strbuf_printf(&c->report, "%s: ", file);
    if (domain == AN_DOMAIN_NODE) {
        an_i_strbuf_printf(&c->report, "node '%s': ", n->node_ids[row]);
    } else {
        const char *id = an_network_edge_id(n, row);
        if (id)
            an_i_strbuf_printf(&c->report, "edge '%s' ", id);
        else
            an_i_strbuf_printf(&c->report, "edge #%lld ", (long long)row);
        an_i_strbuf_printf(&c->report, "(%s %s %s): ", n->node_ids[n->endpoints[2 * row]],
                           an_i_edge_directed(n, row) ? "->" : "--", n->node_ids[n->endpoints[2 * row + 1]]);
    }
    c->problems++;
}

static void check_term(checker *c, an_domain domain, int64_t row, int column, const char *column_name,
                       const char *kind)
{
    const char *value = value_or_null(c->network, domain, column, row);
    if (!value || !*value) {
        problem_prefix(c, domain, row);
        an_i_strbuf_printf(&c->report, "no %s\n", column_name);
    } else if (!an_vocabulary_has(c->vocabulary, kind, value)) {
        problem_prefix(c, domain, row);
        an_i_strbuf_printf(&c->report, "%s '%s' is not in the vocabulary\n", column_name, value);
    }
}

static void check_present(checker *c, int64_t edge, int column, const char *column_name)
{
    const char *value = value_or_null(c->network, AN_DOMAIN_EDGE, column, edge);
    if (!value || !*value) {
        problem_prefix(c, AN_DOMAIN_EDGE, edge);
        an_i_strbuf_printf(&c->report, "no %s\n", column_name);
    }
}

/* 1 when the edge's relation is symmetric in the vocabulary (kin_of, rivals ...). */
static int relation_symmetric(const checker *c, int relation, int64_t edge)
{
    const char *name = value_or_null(c->network, AN_DOMAIN_EDGE, relation, edge);
    an_relation_semantics semantics;
    return name && an_vocabulary_relation(&semantics, c->vocabulary, name) == AN_OK && semantics.symmetric == 1;
}

/* A symmetric relation has no direction: stored as a directed tie, its
 * arrow says something the relation does not (and one-way storage hides it
 * from the other end in a directed reading). Every lens reads it as
 * undirected; the file should say so too. */
static void check_symmetric_storage(checker *c, int relation, int64_t edge)
{
    if (!an_i_edge_directed(c->network, edge) || !relation_symmetric(c, relation, edge))
        return;
    problem_prefix(c, AN_DOMAIN_EDGE, edge);
    an_i_strbuf_printf(&c->report,
                       "relation '%s' is symmetric but stored as a directed tie (store it once, "
                       "with directed=\"false\"; analyses read it as undirected)\n",
                       value_or_null(c->network, AN_DOMAIN_EDGE, relation, edge));
}

static int check_duplicates(checker *c, int relation, int source)
{
    const an_network *n = c->network;
    an_i_string_table seen;
    an_i_string_table_init(&seen);
    uintptr_t *keys = malloc((size_t)(n->edge_count + 1) * 4 * sizeof *keys);
    if (!keys)
        return AN_ENOMEM;
    int rc = AN_OK;
    for (int64_t e = 0; e < n->edge_count; e++) {
        int64_t from = n->endpoints[2 * e], to = n->endpoints[2 * e + 1];
        int symmetric = relation_symmetric(c, relation, e);
        /* a symmetric relation stored a -> b and again b -> a is one tie twice */
        if ((!an_i_edge_directed(n, e) || symmetric) && from > to) {
            int64_t swap = from;
            from = to;
            to = swap;
        }
        /* interned strings: equal text, equal pointer */
        uintptr_t *key = keys + 4 * e;
        key[0] = (uintptr_t)from;
        key[1] = (uintptr_t)to;
        key[2] = (uintptr_t)value_or_null(n, AN_DOMAIN_EDGE, relation, e);
        key[3] = (uintptr_t)value_or_null(n, AN_DOMAIN_EDGE, source, e);
        int inserted;
        an_i_string_slot *slot = an_i_string_table_upsert(&seen, (const char *)key, 4 * sizeof *key,
                                                          an_i_string_hash((const char *)key, 4 * sizeof *key),
                                                          e, &inserted);
        if (!slot) {
            rc = AN_ENOMEM;
            break;
        }
        if (!inserted) {
            problem_prefix(c, AN_DOMAIN_EDGE, e);
            long first_line = an_network_edge_line(n, slot->value);
            const char *first_id = an_network_edge_id(n, slot->value);
            if (first_id)
                an_i_strbuf_printf(&c->report, "same endpoints, relation and source as edge '%s'", first_id);
            else
                an_i_strbuf_printf(&c->report, "same endpoints, relation and source as edge #%lld",
                                   (long long)slot->value);
            if (first_line > 0)
                an_i_strbuf_printf(&c->report, " (line %ld)", first_line);
            if (symmetric && n->endpoints[2 * e] != n->endpoints[2 * slot->value])
                an_i_strbuf_printf(&c->report, "; '%s' is symmetric, so both directions are one tie",
                                   (const char *)key[2]);
            an_i_strbuf_puts(&c->report, "\n");
        }
    }
    free(keys);
    an_i_string_table_free(&seen);
    return rc;
}

int an_network_validate(char **out_report, int64_t *out_problems, const an_network *network,
                        const an_vocabulary *vocabulary, const an_validate_options *options)
{
    if (!out_report || !network || !vocabulary)
        return AN_I_MISUSE("out_report, network or vocabulary is NULL");
    *out_report = NULL;
    an_validate_options defaults = AN_VALIDATE_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != AN_VALIDATE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_validate_options: version %u, expected %u", options->version,
                          AN_VALIDATE_OPTIONS_VERSION);
    checker c = { network, vocabulary, { 0 }, 0 };
    an_i_strbuf_init(&c.report);
    int class_column = string_column(network, AN_DOMAIN_NODE, options->class_column);
    int relation = string_column(network, AN_DOMAIN_EDGE, options->relation_column);
    int confidence = string_column(network, AN_DOMAIN_EDGE, options->confidence_column);
    int source = string_column(network, AN_DOMAIN_EDGE, options->source_column);
    int locator = string_column(network, AN_DOMAIN_EDGE, options->locator_column);

    for (int64_t v = 0; v < network->node_count; v++)
        check_term(&c, AN_DOMAIN_NODE, v, class_column, options->class_column, "type");
    for (int64_t e = 0; e < network->edge_count; e++) {
        check_term(&c, AN_DOMAIN_EDGE, e, relation, options->relation_column, "relation");
        check_term(&c, AN_DOMAIN_EDGE, e, confidence, options->confidence_column, "confidence");
        check_present(&c, e, source, options->source_column);
        check_present(&c, e, locator, options->locator_column);
        check_symmetric_storage(&c, relation, e);
    }
    if (check_duplicates(&c, relation, source) != AN_OK) {
        an_i_strbuf_free(&c.report);
        return AN_I_NOMEM();
    }
    *out_report = an_i_strbuf_take(&c.report, NULL);
    if (!*out_report)
        return AN_I_NOMEM();
    if (out_problems)
        *out_problems = c.problems;
    return AN_OK;
}
