/*
 * csv_import.c — a network from an edge table and an optional node table
 * (include/actornet/csv_import.h): the second pass, which builds the
 * network from the tables csv_table.c has prepared, then validation.
 * Nothing is returned unless every row was read: a failure frees the
 * half-built network.
 */
#include "actornet/csv_import.h"
#include "actornet/validate.h"

#include "csv_columns.h"
#include "csv_table.h"
#include "error_internal.h"
#include "network_internal.h"
#include "number_parse.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Warnings about endpoints missing from the node table, one per id, up to this many; then a count. */
#define MISSING_NODE_WARNINGS 100

typedef struct import_state {
    const an_csv_import_options *options;
    an_i_csv_table edges, nodes;
    int has_nodes;
    an_i_csv_columns columns;   /* options->columns_path, read when has_columns */
    int has_columns;
    an_network *network;
    an_i_strbuf scratch;
    int64_t added_nodes;        /* endpoints missing from the node table */
} import_state;

/* ---- types chosen by the caller ------------------------------------------ */

/* Apply one "name=type" entry (a name may start with node: or edge:); *matched += columns it named. */
static size_t trim_spaces(const char **text, size_t length)
{
    while (length > 0 && (**text == ' ' || **text == '\t')) {
        (*text)++;
        length--;
    }
    while (length > 0 && ((*text)[length - 1] == ' ' || (*text)[length - 1] == '\t'))
        length--;
    return length;
}

static int apply_type_entry(import_state *state, const char *entry, size_t length, int *matched)
{
    const char *equals = memchr(entry, '=', length);
    if (!equals || equals == entry)
        return an_i_error(AN_EINVAL, "column types: '%.*s' is not NAME=TYPE", (int)length, entry);
    const char *type_name = equals + 1;
    size_t type_length = trim_spaces(&type_name, length - (size_t)(equals + 1 - entry));
    int type = an_i_csv_type_named(type_name, type_length);
    if (type < 0)
        return an_i_error(AN_EINVAL, "column types: '%.*s': the type is one of boolean, int, long, float, double, string",
                          (int)length, entry);
    const char *name = entry;
    size_t name_length = trim_spaces(&name, (size_t)(equals - entry));
    int only = -1;
    if (name_length > 5 && strncasecmp(name, "node:", 5) == 0)
        only = AN_DOMAIN_NODE;
    else if (name_length > 5 && strncasecmp(name, "edge:", 5) == 0)
        only = AN_DOMAIN_EDGE;
    if (only >= 0) {
        name += 5;
        name_length -= 5;
    }
    an_i_csv_table *tables[2] = { &state->nodes, &state->edges };
    for (int t = state->has_nodes ? 0 : 1; t < 2; t++) {
        if (only >= 0 && (int)tables[t]->domain != only)
            continue;
        for (int k = 0; k < tables[t]->column_count; k++) {
            an_i_csv_table_column *column = &tables[t]->columns[k];
            if (column->role == AN_I_CSV_DATA && strlen(column->name) == name_length &&
                memcmp(column->name, name, name_length) == 0) {
                column->type = (an_type)type;
                column->chosen = 1;
                (*matched)++;
            }
        }
    }
    return AN_OK;
}

static int apply_column_types(import_state *state, const char *spec)
{
    for (const char *entry = spec; *entry;) {
        size_t length = strcspn(entry, ",");
        const char *trimmed = entry;
        if (trim_spaces(&trimmed, length) > 0) {
            int matched = 0;
            int rc = apply_type_entry(state, entry, length, &matched);
            if (rc != AN_OK)
                return rc;
            if (!matched)
                return an_i_error(AN_EFORMAT, "column types: no attribute column '%.*s' in the tables",
                                  (int)(strcspn(trimmed, "=")), trimmed);
        }
        entry += length + (entry[length] == ',');
    }
    return AN_OK;
}

static void apply_type_model(an_i_csv_table *table, const an_network *model)
{
    for (int k = 0; k < table->column_count; k++) {
        an_i_csv_table_column *column = &table->columns[k];
        int found;
        if (column->role != AN_I_CSV_DATA || an_network_find_column(model, table->domain, column->name, &found) != AN_OK)
            continue;
        column->type = (an_type)an_network_column_type(model, table->domain, found);
        column->chosen = 1;
    }
    an_error_clear();
}

/* ---- cells -------------------------------------------------------------- */

static int cell_type_error(import_state *state, an_i_csv_table *table, const an_i_csv_cell *cell,
                           const an_i_csv_table_column *column, const char *text, int status)
{
    (void)state;
    return an_i_csv_cell_error(&table->scanner, cell, AN_ETYPE, "'%.80s' %s %s (column '%s'%s)", text,
                               status == AN_I_NUMBER_RANGE ? "does not fit" : "is not",
                               an_type_name(column->type), column->name,
                               column->chosen ? "" : ", inferred");
}

/* Store one cell of an attribute column (missing cells stay absent). */
static int set_cell(import_state *state, an_i_csv_table *table, an_i_csv_table_column *column, int64_t row,
                    const an_i_csv_cell *cell)
{
    if (an_i_csv_cell_missing(cell) || (cell->length == 0 && column->type != AN_TYPE_STRING))
        return AN_OK;
    const char *text = an_i_csv_table_text(table, cell, &state->scratch);
    if (!text)
        return AN_I_NOMEM();
    an_network *network = state->network;
    an_domain domain = table->domain;
    int index = column->network_column;
    int64_t integer = 0;
    double real = 0;
    int status = an_i_csv_parse_typed(column->type, (char *)text, &integer, &real);
    if (status != AN_I_NUMBER_OK)
        return cell_type_error(state, table, cell, column, text, status);
    switch (column->type) {
    case AN_TYPE_BOOLEAN:
        return an_network_set_boolean(network, domain, index, row, (int)integer);
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        return an_network_set_integer(network, domain, index, row, integer);
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        return an_network_set_real(network, domain, index, row, real);
    case AN_TYPE_STRING:
        break;
    }
    return an_network_set_string(network, domain, index, row, text);
}

static int set_row_values(import_state *state, an_i_csv_table *table, int64_t row)
{
    for (int k = 0; k < table->column_count; k++) {
        an_i_csv_table_column *column = &table->columns[k];
        if (column->role != AN_I_CSV_DATA)
            continue;
        int rc = set_cell(state, table, column, row, &table->scanner.cells[k]);
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

static int add_columns(import_state *state, an_i_csv_table *table)
{
    for (int k = 0; k < table->column_count; k++) {
        an_i_csv_table_column *column = &table->columns[k];
        if (column->role != AN_I_CSV_DATA)
            continue;
        /* the header's names are unique (csv_table.c refuses a repeat): no check against the others */
        int rc = an_i_network_add_column(state->network, table->domain, column->name, column->type, NULL,
                                         &column->network_column);
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

/* Rewind to the first data row (past blank lines and the header). */
static int skip_header(an_i_csv_table *table)
{
    an_i_csv_scanner_rewind(&table->scanner);
    int rc;
    do
        rc = an_i_csv_next_record(&table->scanner);
    while (rc == 1 && an_i_csv_record_blank(&table->scanner));
    return rc < 0 ? rc : AN_OK;
}

/* The next data row: 1, 0 at the end, or an error. */
static int next_row(an_i_csv_table *table)
{
    int rc;
    do
        rc = an_i_csv_next_record(&table->scanner);
    while (rc == 1 && an_i_csv_record_blank(&table->scanner));
    return rc;
}

/* ---- nodes ---------------------------------------------------------------- */

static int build_nodes(import_state *state)
{
    an_i_csv_table *table = &state->nodes;
    int rc = skip_header(table);
    if (rc != AN_OK || (rc = an_i_network_reserve_nodes(state->network, table->rows)) != AN_OK)
        return rc;
    const int id_column = table->role_column[AN_I_CSV_NODE_ID];
    while ((rc = next_row(table)) == 1) {
        const an_i_csv_cell *cell = &table->scanner.cells[id_column];
        const char *id = an_i_csv_table_text(table, cell, &state->scratch);
        if (!id)
            return AN_I_NOMEM();
        if (!*id)
            return an_i_csv_cell_error(&table->scanner, cell, AN_EFORMAT, "empty node id");
        int64_t node;
        rc = an_network_add_node(state->network, id, &node);
        if (rc == AN_EEXISTS) {
            an_network_find_node(state->network, id, &node);
            return an_i_csv_cell_error(&table->scanner, cell, AN_EFORMAT, "duplicate node id '%.200s' (first at line %ld)",
                                       id, an_network_node_line(state->network, node));
        }
        if (rc != AN_OK || (rc = an_i_network_set_line(state->network, AN_DOMAIN_NODE, node, cell->line)) != AN_OK ||
            (rc = set_row_values(state, table, node)) != AN_OK)
            return rc;
    }
    return rc;
}

/* ---- edges ---------------------------------------------------------------- */

/* The node of an endpoint cell, added when it is new. */
static int endpoint(import_state *state, const an_i_csv_cell *cell, const char *what, int64_t *out)
{
    an_i_csv_table *table = &state->edges;
    const char *id = an_i_csv_table_text(table, cell, &state->scratch);
    if (!id)
        return AN_I_NOMEM();
    if (!*id)
        return an_i_csv_cell_error(&table->scanner, cell, AN_EFORMAT, "empty %s (every tie needs both endpoints)", what);
    if (an_network_find_node(state->network, id, out) == AN_OK)
        return AN_OK;
    an_error_clear();
    if (state->has_nodes && state->options->strict)
        return an_i_csv_cell_error(&table->scanner, cell, AN_EFORMAT, "%s '%.200s' is not in the node table %s", what,
                                   id, state->nodes.scanner.file);
    int rc = an_network_add_node(state->network, id, out);
    if (rc != AN_OK)
        return rc;
    if (!state->has_nodes)
        return an_i_network_set_line(state->network, AN_DOMAIN_NODE, *out, cell->line);
    if (state->added_nodes++ < MISSING_NODE_WARNINGS)
        return an_i_network_warn(state->network, "%s:%ld:%ld: %s '%.200s' is not in the node table %s; added",
                                 table->scanner.file, cell->line,
                                 an_i_csv_column(&table->scanner, cell->line_start, cell->offset), what, id,
                                 state->nodes.scanner.file);
    return AN_OK;
}

static int edge_direction(import_state *state, const an_i_csv_cell *cell, int *out)
{
    *out = state->options->directed ? 1 : 0;
    if (cell->length == 0)
        return AN_OK;
    const char *text = an_i_csv_cell_text(cell, &state->scratch);
    if (!text)
        return AN_I_NOMEM();
    if (strcasecmp(text, "directed") == 0 || strcasecmp(text, "undirected") == 0) {
        *out = strcasecmp(text, "directed") == 0;
        return AN_OK;
    }
    if (an_i_parse_boolean(text, strlen(text), out) == AN_I_NUMBER_OK)
        return AN_OK;
    return an_i_csv_cell_error(&state->edges.scanner, cell, AN_ETYPE,
                               "'%.80s' is not a direction (true/false, yes/no, 1/0, directed/undirected)", text);
}

static int build_edges(import_state *state)
{
    an_i_csv_table *table = &state->edges;
    int rc = skip_header(table);
    if (rc != AN_OK || (rc = an_i_network_reserve_edges(state->network, table->rows)) != AN_OK)
        return rc;
    const int *roles = table->role_column;
    while ((rc = next_row(table)) == 1) {
        const an_i_csv_cell *cells = table->scanner.cells;
        int64_t source, target, edge;
        int directed;
        if ((rc = endpoint(state, &cells[roles[AN_I_CSV_SOURCE]], "source", &source)) != AN_OK ||
            (rc = endpoint(state, &cells[roles[AN_I_CSV_TARGET]], "target", &target)) != AN_OK)
            return rc;
        directed = state->options->directed ? 1 : 0;
        if (roles[AN_I_CSV_DIRECTED] >= 0 && (rc = edge_direction(state, &cells[roles[AN_I_CSV_DIRECTED]], &directed)) != AN_OK)
            return rc;
        const char *id = NULL;
        if (roles[AN_I_CSV_EDGE_ID] >= 0 && cells[roles[AN_I_CSV_EDGE_ID]].length > 0) {
            id = an_i_csv_table_text(table, &cells[roles[AN_I_CSV_EDGE_ID]], &state->scratch);
            if (!id)
                return AN_I_NOMEM();
        }
        if ((rc = an_network_add_edge(state->network, source, target, directed, id, &edge)) != AN_OK ||
            (rc = an_i_network_set_line(state->network, AN_DOMAIN_EDGE, edge, cells[0].line)) != AN_OK ||
            (rc = set_row_values(state, table, edge)) != AN_OK)
            return rc;
    }
    if (rc == AN_OK && state->added_nodes > MISSING_NODE_WARNINGS)
        rc = an_i_network_warn(state->network, "%s: %lld more endpoints not in the node table %s; added",
                               table->scanner.file, (long long)(state->added_nodes - MISSING_NODE_WARNINGS),
                               state->nodes.scanner.file);
    return rc;
}

/* ---- validation ----------------------------------------------------------- */

/* 1 when a report line is "FILE:<digits>: node '..." */
static int node_finding_with_line(const char *line, size_t length, const char *file)
{
    size_t prefix = strlen(file);
    if (length <= prefix || strncmp(line, file, prefix) != 0 || line[prefix] != ':')
        return 0;
    size_t i = prefix + 1, digits = 0;
    while (i < length && line[i] >= '0' && line[i] <= '9') {
        i++;
        digits++;
    }
    return digits > 0 && length - i > 8 && strncmp(line + i, ": node '", 8) == 0;
}

/* Run the validator with `file` as the network's source name; keep its lines for which
 * node_finding_with_line() is `keep_nodes_with_line` (-1: every line) as warnings;
 * *findings += kept. */
static int validate_as(import_state *state, const char *file, int keep_nodes_with_line, int64_t *findings,
                       char **first)
{
    an_network *network = state->network;
    char *saved = network->source_name;
    network->source_name = (char *)file;
    char *report = NULL;
    int rc = an_network_validate(&report, NULL, network, state->options->vocabulary, NULL);
    network->source_name = saved;
    for (const char *line = report; rc == AN_OK && line && *line;) {
        size_t length = strcspn(line, "\n");
        if (keep_nodes_with_line < 0 || node_finding_with_line(line, length, file) == keep_nodes_with_line) {
            rc = an_i_network_warn(network, "%.*s", (int)length, line);
            if (rc == AN_OK && !*first && !(*first = strndup(line, length)))
                rc = AN_I_NOMEM();
            ++*findings;
        }
        line += length + (line[length] == '\n');
    }
    an_free(report);
    return rc;
}

/* Each finding becomes a warning naming the table and line it comes from. */
static int validate(import_state *state)
{
    int64_t findings = 0;
    char *first = NULL;
    int rc = AN_OK;
    if (state->has_nodes) /* node rows of the node table, named by its file */
        rc = validate_as(state, state->nodes.scanner.file, 1, &findings, &first);
    if (rc == AN_OK) /* everything else: edge rows and endpoints added from them */
        rc = validate_as(state, state->edges.scanner.file, state->has_nodes ? 0 : -1, &findings, &first);
    if (rc == AN_OK && findings > 0 && state->options->strict)
        rc = an_i_error(AN_EFORMAT, "%lld validation finding%s (strict); the first: %s", (long long)findings,
                        findings == 1 ? "" : "s", first);
    free(first);
    return rc;
}

/* ---- the whole import ---------------------------------------------------- */

static int import_tables(import_state *state)
{
    const an_csv_import_options *options = state->options;
    int rc = AN_OK;
    if (state->has_nodes && (rc = an_i_csv_table_prepare(&state->nodes, options)) != AN_OK)
        return rc;
    if ((rc = an_i_csv_table_prepare(&state->edges, options)) != AN_OK)
        return rc;
    if (options->type_model) {
        if (state->has_nodes)
            apply_type_model(&state->nodes, options->type_model);
        apply_type_model(&state->edges, options->type_model);
    }
    if (state->has_columns)
        an_i_csv_columns_apply_types(&state->columns, state->has_nodes ? &state->nodes : NULL, &state->edges);
    if (options->column_types && (rc = apply_column_types(state, options->column_types)) != AN_OK)
        return rc;
    if ((rc = an_network_new(&state->network, options->directed ? 1 : 0)) != AN_OK)
        return rc;
    if (!(state->network->source_name = strdup(state->edges.scanner.file)))
        return AN_I_NOMEM();
    if (state->has_nodes && ((rc = add_columns(state, &state->nodes)) != AN_OK || (rc = build_nodes(state)) != AN_OK))
        return rc;
    if ((rc = add_columns(state, &state->edges)) != AN_OK || (rc = build_edges(state)) != AN_OK)
        return rc;
    if (state->has_columns && (rc = an_i_csv_columns_apply_defaults(&state->columns, state->network)) != AN_OK)
        return rc;
    if (options->vocabulary)
        rc = validate(state);
    return rc;
}

/* The caller's options in the current layout (version 1 had no columns_path). */
static int check_options(const an_csv_import_options *given, an_csv_import_options *options)
{
    static const an_csv_import_options defaults = AN_CSV_IMPORT_OPTIONS_INIT;
    *options = defaults;
    if (!given)
        return AN_OK;
    if (given->version == 1)
        memcpy(options, given, offsetof(an_csv_import_options, columns_path));
    else if (given->version == AN_CSV_IMPORT_OPTIONS_VERSION)
        *options = *given;
    else
        return an_i_error(AN_EMISUSE, "an_csv_import_options has version %u, expected 1 or %d", given->version,
                          AN_CSV_IMPORT_OPTIONS_VERSION);
    options->version = AN_CSV_IMPORT_OPTIONS_VERSION;
    if (options->delimiter && options->delimiter != ',' && options->delimiter != ';' && options->delimiter != '\t' &&
        options->delimiter != '|')
        return an_i_error(AN_EINVAL, "the delimiter is one of comma, semicolon, TAB and |");
    return AN_OK;
}

/* Import from owned texts (freed here in every case). */
static int import_owned(an_network **out, char *edges, size_t edges_size, const char *edges_name, char *nodes,
                        size_t nodes_size, const char *nodes_name, const an_csv_import_options *options)
{
    an_csv_import_options checked;
    import_state state;
    memset(&state, 0, sizeof state);
    state.options = &checked;
    an_i_strbuf_init(&state.scratch);
    an_i_csv_table_init(&state.edges, AN_DOMAIN_EDGE, edges_name, edges, edges_size);
    an_i_csv_table_init(&state.nodes, AN_DOMAIN_NODE, nodes_name, nodes, nodes_size);
    state.has_nodes = nodes != NULL;
    int rc = check_options(options, &checked);
    if (rc == AN_OK && checked.columns_path) {
        char *text = NULL;
        size_t size = 0;
        rc = an_i_csv_read_file(&text, &size, checked.columns_path);
        if (rc == AN_OK) {
            state.has_columns = 1;
            rc = an_i_csv_columns_read(&state.columns, checked.columns_path, text, size, checked.raw != 0);
        }
    }
    if (rc == AN_OK)
        rc = import_tables(&state);
    if (rc == AN_OK && state.scratch.failed)
        rc = AN_I_NOMEM();
    an_i_csv_table_free(&state.edges);
    an_i_csv_table_free(&state.nodes);
    if (state.has_columns)
        an_i_csv_columns_free(&state.columns);
    an_i_strbuf_free(&state.scratch);
    if (rc != AN_OK) {
        an_network_free(state.network);
        return rc;
    }
    *out = state.network;
    return AN_OK;
}

int an_csv_import(an_network **out, const char *edges_path, const char *nodes_path,
                  const an_csv_import_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !edges_path)
        return AN_I_MISUSE("out or edges_path is NULL");
    char *edges = NULL, *nodes = NULL;
    size_t edges_size = 0, nodes_size = 0;
    int rc = an_i_csv_read_file(&edges, &edges_size, edges_path);
    if (rc == AN_OK && nodes_path)
        rc = an_i_csv_read_file(&nodes, &nodes_size, nodes_path);
    if (rc != AN_OK) {
        free(edges);
        free(nodes);
        return rc;
    }
    return import_owned(out, edges, edges_size, edges_path, nodes, nodes_size, nodes_path, options);
}

/* A NUL-terminated copy of `size` bytes (free with free()), or NULL. */
static char *copy_text(const char *text, size_t size)
{
    an_i_strbuf copy;
    an_i_strbuf_init(&copy);
    an_i_strbuf_append(&copy, text, size);
    return an_i_strbuf_take(&copy, NULL);
}

int an_csv_import_buffers(an_network **out, const char *edges, size_t edges_size, const char *edges_name,
                          const char *nodes, size_t nodes_size, const char *nodes_name,
                          const an_csv_import_options *options)
{
    if (out)
        *out = NULL;
    if (!out || (!edges && edges_size > 0) || !edges)
        return AN_I_MISUSE("out or edges is NULL");
    char *edges_copy = copy_text(edges, edges_size);
    char *nodes_copy = nodes ? copy_text(nodes, nodes_size) : NULL;
    if (!edges_copy || (nodes && !nodes_copy)) {
        free(edges_copy);
        free(nodes_copy);
        return AN_I_NOMEM();
    }
    return import_owned(out, edges_copy, edges_size, edges_name ? edges_name : "<edges>", nodes_copy, nodes_size,
                        nodes_name ? nodes_name : "<nodes>", options);
}
