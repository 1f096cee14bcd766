/*
 * csv_columns.c — the columns table of the CSV importer (csv_columns.h).
 */
#include "csv_columns.h"

#include "error_internal.h"
#include "network_internal.h"
#include "number_parse.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const HEADER[4] = { "table", "column", "type", "default" };

void an_i_csv_columns_free(an_i_csv_columns *columns)
{
    for (int i = 0; i < columns->count; i++) {
        free(columns->items[i].name);
        free(columns->items[i].default_text);
    }
    free(columns->items);
    an_i_string_table_free(&columns->names[0]);
    an_i_string_table_free(&columns->names[1]);
    an_i_csv_table_free(&columns->table);
    memset(columns, 0, sizeof *columns);
}

/* A cell's text (guard undone unless raw), copied; NULL when out of memory. */
static char *cell_copy(an_i_csv_columns *columns, const an_i_csv_cell *cell, an_i_strbuf *scratch)
{
    const char *text = an_i_csv_table_text(&columns->table, cell, scratch);
    return text ? strdup(text) : NULL;
}

static int check_header(an_i_csv_columns *columns, an_i_strbuf *scratch)
{
    an_i_csv_scanner *scanner = &columns->table.scanner;
    int ok = scanner->count == 4;
    for (int i = 0; ok && i < 4; i++) {
        const char *text = an_i_csv_cell_text(&scanner->cells[i], scratch);
        if (!text)
            return AN_I_NOMEM();
        ok = strcasecmp(text, HEADER[i]) == 0;
    }
    if (!ok)
        return an_i_csv_cell_error(scanner, &scanner->cells[0], AN_EFORMAT,
                                   "not a columns table: the header must be table,column,type,default");
    return AN_OK;
}

static int read_row(an_i_csv_columns *columns, an_i_strbuf *scratch, int *capacity)
{
    an_i_csv_scanner *scanner = &columns->table.scanner;
    if (scanner->count != 4)
        return an_i_csv_cell_error(scanner, &scanner->cells[0], AN_EFORMAT,
                                   "a row of the columns table has %d field%s, not 4", scanner->count,
                                   scanner->count == 1 ? "" : "s");
    const an_i_csv_cell *cells = scanner->cells;
    const char *table = an_i_csv_cell_text(&cells[0], scratch);
    if (!table)
        return AN_I_NOMEM();
    an_domain domain;
    if (strcasecmp(table, "node") == 0)
        domain = AN_DOMAIN_NODE;
    else if (strcasecmp(table, "edge") == 0)
        domain = AN_DOMAIN_EDGE;
    else
        return an_i_csv_cell_error(scanner, &cells[0], AN_EFORMAT, "table '%.80s' is not node or edge", table);
    const char *type_name = an_i_csv_cell_text(&cells[2], scratch);
    if (!type_name)
        return AN_I_NOMEM();
    int type = an_i_csv_type_named(type_name, strlen(type_name));
    if (type < 0)
        return an_i_csv_cell_error(scanner, &cells[2], AN_ETYPE,
                                   "'%.80s' is not a type (boolean, int, long, float, double, string)", type_name);
    char *name = cell_copy(columns, &cells[1], scratch);
    if (!name)
        return AN_I_NOMEM();
    if (!*name) {
        free(name);
        return an_i_csv_cell_error(scanner, &cells[1], AN_EFORMAT, "empty column name");
    }
    size_t length = strlen(name);
    int inserted = 0;
    an_i_string_slot *slot = an_i_string_table_upsert(&columns->names[domain == AN_DOMAIN_EDGE], name, length,
                                                      an_i_string_hash(name, length), columns->count, &inserted);
    if (!slot) {
        free(name);
        return AN_I_NOMEM();
    }
    if (!inserted) {
        int rc = an_i_csv_cell_error(scanner, &cells[1], AN_EFORMAT, "%s column '%.200s' is listed twice",
                                     domain == AN_DOMAIN_NODE ? "node" : "edge", name);
        free(name);
        return rc;
    }
    char *default_text = NULL;
    if (!an_i_csv_cell_missing(&cells[3]) && !(default_text = cell_copy(columns, &cells[3], scratch)))
        slot->key = NULL; /* taken out again: the name is freed below */
    if (slot->key && columns->count == *capacity) {
        int bigger = *capacity ? *capacity * 2 : 16;
        an_i_csv_column_spec *items = realloc(columns->items, (size_t)bigger * sizeof *items);
        if (items) {
            columns->items = items;
            *capacity = bigger;
        } else {
            slot->key = NULL;
        }
    }
    if (!slot->key) {
        columns->names[domain == AN_DOMAIN_EDGE].count--;
        free(name);
        free(default_text);
        return AN_I_NOMEM();
    }
    columns->items[columns->count++] = (an_i_csv_column_spec){ domain, name, (an_type)type, default_text, cells[2],
                                                               cells[3] };
    return AN_OK;
}

int an_i_csv_columns_read(an_i_csv_columns *columns, const char *name, char *data, size_t size, int raw)
{
    memset(columns, 0, sizeof *columns);
    an_i_csv_table_init(&columns->table, AN_DOMAIN_GRAPH, name, data, size);
    columns->table.raw = raw;
    an_i_csv_scanner *scanner = &columns->table.scanner;
    int rc = an_i_csv_check_text(scanner);
    if (rc != AN_OK)
        return rc;
    scanner->delimiter = an_i_csv_detect_delimiter(scanner);
    an_i_strbuf scratch;
    an_i_strbuf_init(&scratch);
    int capacity = 0, header = 1;
    while ((rc = an_i_csv_next_record(scanner)) == 1) {
        if (an_i_csv_record_blank(scanner))
            continue;
        rc = header ? check_header(columns, &scratch) : read_row(columns, &scratch, &capacity);
        header = 0;
        if (rc != AN_OK)
            break;
    }
    if (rc == 0 && header)
        rc = an_i_error(AN_EFORMAT, "%s: the columns table is empty", name);
    if (rc == AN_OK && scratch.failed)
        rc = AN_I_NOMEM();
    an_i_strbuf_free(&scratch);
    return rc;
}

/* The spec listing column `name` of `domain`, or NULL. Expected O(length). */
static const an_i_csv_column_spec *spec_named(const an_i_csv_columns *columns, an_domain domain, const char *name)
{
    size_t length = strlen(name);
    const an_i_string_slot *slot =
        an_i_string_table_find(&columns->names[domain == AN_DOMAIN_EDGE], name, length, an_i_string_hash(name, length));
    return slot ? &columns->items[slot->value] : NULL;
}

void an_i_csv_columns_apply_types(const an_i_csv_columns *columns, an_i_csv_table *nodes, an_i_csv_table *edges)
{
    an_i_csv_table *tables[2] = { nodes, edges };
    for (int t = 0; t < 2; t++)
        for (int k = 0; tables[t] && k < tables[t]->column_count; k++) {
            an_i_csv_table_column *column = &tables[t]->columns[k];
            const an_i_csv_column_spec *spec =
                column->role == AN_I_CSV_DATA ? spec_named(columns, tables[t]->domain, column->name) : NULL;
            if (spec) {
                column->type = spec->type;
                column->chosen = 1;
            }
        }
}

static int set_default(const an_i_csv_columns *columns, const an_i_csv_column_spec *spec, an_network *network,
                       int index)
{
    an_type type = (an_type)an_network_column_type(network, spec->domain, index);
    char *text = strdup(spec->default_text);
    if (!text)
        return AN_I_NOMEM();
    int64_t integer = 0;
    double real = 0;
    int rc, status = an_i_csv_parse_typed(type, text, &integer, &real);
    if (status != AN_I_NUMBER_OK)
        rc = an_i_csv_cell_error(&columns->table.scanner, &spec->default_cell, AN_ETYPE,
                                 "default '%.80s' %s %s (%s column '%s')", spec->default_text,
                                 status == AN_I_NUMBER_RANGE ? "does not fit" : "is not", an_type_name(type),
                                 spec->domain == AN_DOMAIN_NODE ? "node" : "edge", spec->name);
    else if (type == AN_TYPE_BOOLEAN)
        rc = an_network_set_default_boolean(network, spec->domain, index, (int)integer);
    else if (type == AN_TYPE_INT || type == AN_TYPE_LONG)
        rc = an_network_set_default_integer(network, spec->domain, index, integer);
    else if (type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE)
        rc = an_network_set_default_real(network, spec->domain, index, real);
    else
        rc = an_network_set_default_string(network, spec->domain, index, spec->default_text);
    free(text);
    return rc;
}

int an_i_csv_columns_apply_defaults(const an_i_csv_columns *columns, an_network *network)
{
    unsigned char *present = calloc((size_t)columns->count + 1, 1);
    if (!present)
        return AN_I_NOMEM();
    int rc = AN_OK;
    static const an_domain domains[2] = { AN_DOMAIN_NODE, AN_DOMAIN_EDGE };
    for (int d = 0; d < 2 && rc == AN_OK; d++) { /* the network's columns: one lookup each */
        int count = an_network_column_count(network, domains[d]);
        for (int k = 0; k < count && rc == AN_OK; k++) {
            const an_i_csv_column_spec *spec =
                spec_named(columns, domains[d], an_network_column_name(network, domains[d], k));
            if (!spec)
                continue;
            present[spec - columns->items] = 1;
            if (spec->default_text)
                rc = set_default(columns, spec, network, k);
        }
    }
    for (int i = 0; i < columns->count && rc == AN_OK; i++) { /* listed, in no table: added empty */
        const an_i_csv_column_spec *spec = &columns->items[i];
        int index;
        /* no check of the name against the network's columns: none of them has it (above) */
        if (!present[i] &&
            (rc = an_i_network_add_column(network, spec->domain, spec->name, spec->type, NULL, &index)) == AN_OK &&
            spec->default_text)
            rc = set_default(columns, spec, network, index);
    }
    free(present);
    return rc;
}
