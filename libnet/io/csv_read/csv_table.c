/*
 * csv_table.c — the importer's first pass over a table: text check,
 * delimiter, header, column roles, field counts, type inference (csv_table.h;
 * the rules are in include/actornet/csv_import.h).
 */
#include "csv_table.h"

#include "csv_field.h"
#include "error_internal.h"
#include "number_parse.h"
#include "string_table.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void an_i_csv_table_init(an_i_csv_table *table, an_domain domain, const char *name, char *data, size_t size)
{
    memset(table, 0, sizeof *table);
    table->domain = domain;
    table->data = data;
    an_i_csv_scanner_init(&table->scanner, name, data, size);
    for (int role = 0; role <= AN_I_CSV_NODE_ID; role++)
        table->role_column[role] = -1;
}

void an_i_csv_table_free(an_i_csv_table *table)
{
    for (int k = 0; k < table->column_count; k++)
        free(table->columns[k].name);
    free(table->columns);
    an_i_csv_scanner_free(&table->scanner);
    free(table->data);
    memset(table, 0, sizeof *table);
}

int an_i_csv_read_file(char **out, size_t *out_size, const char *path)
{
    *out = NULL;
    *out_size = 0;
    an_i_strbuf text;
    an_i_strbuf_init(&text);
    int rc = an_i_strbuf_read_file(&text, path, NULL);
    if (rc != AN_OK) {
        an_i_strbuf_free(&text);
        return rc;
    }
    size_t size = 0;
    char *data = an_i_strbuf_take(&text, &size);
    if (!data)
        return AN_I_NOMEM();
    *out = data;
    *out_size = size;
    return AN_OK;
}

int an_i_csv_type_named(const char *name, size_t length)
{
    static const char *const names[] = { "boolean", "int", "long", "float", "double", "string" };
    for (int type = 0; type < 6; type++)
        if (strlen(names[type]) == length && strncasecmp(name, names[type], length) == 0)
            return type;
    return -1;
}

const char *an_i_csv_table_text(const an_i_csv_table *table, const an_i_csv_cell *cell, an_i_strbuf *scratch)
{
    const char *text = an_i_csv_cell_text(cell, scratch);
    if (text && !table->raw && cell->quoted && text[0] == '\'' && an_i_csv_formula_like(text + 1))
        return text + 1; /* csv.h's guard: "'=..." was written for the text "=..." */
    return text;
}

/* ---- what a cell could be ---------------------------------------------- */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Digits without a superfluous leading zero, from *i; returns how many. */
static size_t plain_digits(const char *text, size_t length, size_t *i)
{
    size_t start = *i;
    while (*i < length && is_digit(text[*i]))
        (*i)++;
    size_t count = *i - start;
    return count > 1 && text[start] == '0' ? 0 : count;
}

/* 1 when the text is -?(0|[1-9][0-9]*) */
static int canonical_integer(const char *text, size_t length)
{
    size_t i = text[0] == '-' ? 1 : 0;
    return plain_digits(text, length, &i) > 0 && i == length;
}

/* 1 when the text is -?(0|[1-9][0-9]*)?(.[0-9]*)?([eE][+-]?[0-9]+)? with a digit before the exponent, or NaN/INF/-INF */
static int canonical_real(const char *text, size_t length)
{
    if ((length == 3 && (memcmp(text, "NaN", 3) == 0 || memcmp(text, "INF", 3) == 0)) ||
        (length == 4 && memcmp(text, "-INF", 4) == 0))
        return 1;
    size_t i = text[0] == '-' ? 1 : 0;
    size_t start = i;
    size_t digits = plain_digits(text, length, &i);
    if (digits == 0 && i > start)
        return 0; /* a leading zero */
    if (i < length && text[i] == '.') {
        i++;
        while (i < length && is_digit(text[i])) {
            i++;
            digits++;
        }
    }
    if (digits == 0)
        return 0;
    if (i < length && (text[i] == 'e' || text[i] == 'E')) {
        i++;
        if (i < length && (text[i] == '+' || text[i] == '-'))
            i++;
        size_t exponent = 0;
        while (i < length && is_digit(text[i])) {
            i++;
            exponent++;
        }
        if (exponent == 0)
            return 0;
    }
    return i == length;
}

/* What a non-empty cell could be read as (AN_I_CSV_FITS_*); `text` is writable. */
static unsigned cell_fits(char *text, size_t length)
{
    unsigned fits = 0;
    if ((length == 4 && strncasecmp(text, "true", 4) == 0) || (length == 5 && strncasecmp(text, "false", 5) == 0))
        fits |= AN_I_CSV_FITS_BOOLEAN;
    if ((length == 8 && strncasecmp(text, "directed", 8) == 0) ||
        (length == 10 && strncasecmp(text, "undirected", 10) == 0))
        fits |= AN_I_CSV_FITS_DIRECTION;
    int64_t integer;
    if (canonical_integer(text, length)) {
        if (an_i_parse_integer(text, length, INT32_MIN, INT32_MAX, &integer) == AN_I_NUMBER_OK)
            fits |= AN_I_CSV_FITS_INT | AN_I_CSV_FITS_LONG | AN_I_CSV_FITS_REAL;
        else if (an_i_parse_integer(text, length, INT64_MIN, INT64_MAX, &integer) == AN_I_NUMBER_OK)
            fits |= AN_I_CSV_FITS_LONG | AN_I_CSV_FITS_REAL;
    }
    double real;
    if (!(fits & AN_I_CSV_FITS_REAL) && canonical_real(text, length) &&
        an_i_parse_real(text, length, 0, &real) == AN_I_NUMBER_OK)
        fits |= AN_I_CSV_FITS_REAL;
    return fits;
}

/* ---- header and roles -------------------------------------------------- */

/* The left-most attribute column named `name` (any letter case), or -1. */
static int column_named(const an_i_csv_table *table, const char *name)
{
    for (int k = 0; k < table->column_count; k++)
        if (table->columns[k].role == AN_I_CSV_DATA && strcasecmp(table->columns[k].name, name) == 0)
            return k;
    return -1;
}

static int header_error(an_i_csv_table *table, const char *format, const char *a, const char *b)
{
    return an_i_error_at(AN_EFORMAT, table->scanner.file, 1, 0, format, a, b);
}

/* Give `role` to the column named by an option (must exist), or to the first alias present. */
static int assign_role(an_i_csv_table *table, an_i_csv_role role, const char *named, const char *const *aliases,
                       const char *what)
{
    int k = -1;
    if (named) {
        if (!*named)
            return AN_OK; /* "" : no such column */
        k = column_named(table, named);
        if (k < 0)
            return header_error(table, "no column '%s' (named as the %s column)", named, what);
    } else {
        for (int a = 0; aliases[a] && k < 0; a++)
            k = column_named(table, aliases[a]);
    }
    if (k >= 0) {
        table->columns[k].role = role;
        table->role_column[role] = k;
    }
    return AN_OK;
}

static int assign_endpoints(an_i_csv_table *table, const an_csv_import_options *options)
{
    static const char *const pairs[][2] = { { "source", "target" }, { "from", "to" }, { "src", "dst" },
                                            { "sender", "receiver" }, { "ego", "alter" },
                                            { "source_id", "target_id" }, { "from_id", "to_id" }, { NULL, NULL } };
    const char *source = options->source_column, *target = options->target_column;
    if (!source || !target) {
        for (int p = 0; pairs[p][0]; p++) {
            int s = column_named(table, source ? source : pairs[p][0]);
            int t = column_named(table, target ? target : pairs[p][1]);
            if (s >= 0 && t >= 0 && s != t) {
                source = table->columns[s].name;
                target = table->columns[t].name;
                break;
            }
        }
    }
    if (!source || !target)
        return header_error(table,
                            "no source and target columns (looked for source/target, from/to, src/dst, "
                            "sender/receiver, ego/alter%s%s; name them with the source and target options)",
                            "", "");
    static const char *const none[] = { NULL };
    int rc = assign_role(table, AN_I_CSV_SOURCE, source, none, "source");
    if (rc == AN_OK)
        rc = assign_role(table, AN_I_CSV_TARGET, target, none, "target");
    if (rc == AN_OK && table->role_column[AN_I_CSV_TARGET] < 0)
        rc = header_error(table, "the source and target columns are the same column ('%s'%s)", source, "");
    return rc;
}

static int assign_roles(an_i_csv_table *table, const an_csv_import_options *options)
{
    if (table->domain == AN_DOMAIN_NODE) {
        static const char *const node_ids[] = { "id", "node_id", "node", "actor_id", "actor", "name", NULL };
        int rc = assign_role(table, AN_I_CSV_NODE_ID, options->node_id_column, node_ids, "node id");
        if (rc == AN_OK && table->role_column[AN_I_CSV_NODE_ID] < 0)
            rc = header_error(table, "no node id column (looked for id, node_id, node, actor_id, actor, name%s%s; "
                                     "name it with the node id option)", "", "");
        return rc;
    }
    int rc = assign_endpoints(table, options);
    static const char *const edge_ids[] = { "id", "edge_id", "tie_id", NULL };
    static const char *const directed[] = { "directed", NULL };
    if (rc == AN_OK)
        rc = assign_role(table, AN_I_CSV_EDGE_ID, options->edge_id_column, edge_ids, "edge id");
    if (rc == AN_OK)
        rc = assign_role(table, AN_I_CSV_DIRECTED, options->directed_column, directed, "directed");
    return rc;
}

static int read_header(an_i_csv_table *table)
{
    an_i_csv_scanner *scanner = &table->scanner;
    int rc;
    do
        rc = an_i_csv_next_record(scanner);
    while (rc == 1 && an_i_csv_record_blank(scanner));
    if (rc < 0)
        return rc;
    if (rc == 0)
        return an_i_error_at(AN_EFORMAT, scanner->file, 0, 0,
                             "empty file: a CSV table starts with a header row naming its columns");
    table->columns = calloc((size_t)scanner->count, sizeof *table->columns);
    if (!table->columns)
        return AN_I_NOMEM();
    an_i_strbuf scratch;
    an_i_strbuf_init(&scratch);
    for (int k = 0; k < scanner->count; k++) {
        an_i_csv_table_column *column = &table->columns[k];
        const char *name = an_i_csv_table_text(table, &scanner->cells[k], &scratch);
        column->name = name ? strdup(name) : NULL;
        if (!column->name) {
            an_i_strbuf_free(&scratch);
            return AN_I_NOMEM();
        }
        table->column_count = k + 1;
        column->header = scanner->cells[k];
        column->fits = AN_I_CSV_FITS_ALL;
        column->network_column = -1;
        if (!*column->name) {
            an_i_strbuf_free(&scratch);
            return an_i_csv_cell_error(scanner, &column->header, AN_EFORMAT,
                                       "empty column name in the header (column %d)", k + 1);
        }
    }
    an_i_strbuf_free(&scratch);
    return AN_OK;
}

/* Two attribute columns of one name would be one GraphML key twice. Expected O(columns). */
static int check_duplicate_names(an_i_csv_table *table)
{
    an_i_string_table seen;
    an_i_string_table_init(&seen);
    int rc = AN_OK;
    for (int k = 0; k < table->column_count && rc == AN_OK; k++) {
        const char *name = table->columns[k].name;
        if (table->columns[k].role != AN_I_CSV_DATA)
            continue;
        size_t length = strlen(name);
        int inserted = 0;
        an_i_string_slot *slot = an_i_string_table_upsert(&seen, name, length, an_i_string_hash(name, length), k,
                                                          &inserted);
        if (!slot)
            rc = AN_I_NOMEM();
        else if (!inserted)
            rc = an_i_csv_cell_error(&table->scanner, &table->columns[k].header, AN_EFORMAT,
                                     "duplicate column name '%s' (also column %d)", name, (int)slot->value + 1);
    }
    an_i_string_table_free(&seen);
    return rc;
}

/* ---- the first pass ---------------------------------------------------- */

static int scan_rows(an_i_csv_table *table)
{
    an_i_csv_scanner *scanner = &table->scanner;
    int rc;
    while ((rc = an_i_csv_next_record(scanner)) == 1) {
        if (an_i_csv_record_blank(scanner))
            continue;
        if (scanner->count != table->column_count) {
            const an_i_csv_cell *at = &scanner->cells[scanner->count < table->column_count ? scanner->count - 1
                                                                                          : table->column_count];
            return an_i_csv_cell_error(scanner, at, AN_EFORMAT, "%d field%s in this row, the header has %d",
                                       scanner->count, scanner->count == 1 ? "" : "s", table->column_count);
        }
        table->rows++;
        for (int k = 0; k < table->column_count; k++) {
            an_i_csv_table_column *column = &table->columns[k];
            const an_i_csv_cell *cell = &scanner->cells[k];
            if (cell->length == 0 || (column->role != AN_I_CSV_DATA && column->role != AN_I_CSV_DIRECTED))
                continue;
            column->values++;
            if (cell->escaped)
                column->fits = 0;
            else if (column->fits)
                column->fits &= cell_fits((char *)cell->text, cell->length);
        }
    }
    return rc;
}

static an_type inferred_type(const an_i_csv_table_column *column)
{
    if (column->values == 0)
        return AN_TYPE_STRING;
    if (column->fits & AN_I_CSV_FITS_BOOLEAN)
        return AN_TYPE_BOOLEAN;
    if (column->fits & AN_I_CSV_FITS_INT)
        return AN_TYPE_INT;
    if (column->fits & AN_I_CSV_FITS_LONG)
        return AN_TYPE_LONG;
    if (column->fits & AN_I_CSV_FITS_REAL)
        return AN_TYPE_DOUBLE;
    return AN_TYPE_STRING;
}

int an_i_csv_table_prepare(an_i_csv_table *table, const an_csv_import_options *options)
{
    an_i_csv_scanner *scanner = &table->scanner;
    table->raw = options->raw != 0;
    int rc = an_i_csv_check_text(scanner);
    if (rc != AN_OK)
        return rc;
    scanner->delimiter = options->delimiter ? options->delimiter : an_i_csv_detect_delimiter(scanner);
    if ((rc = read_header(table)) != AN_OK || (rc = assign_roles(table, options)) != AN_OK ||
        (rc = check_duplicate_names(table)) != AN_OK || (rc = scan_rows(table)) != AN_OK)
        return rc;
    if (table->domain == AN_DOMAIN_EDGE && table->role_column[AN_I_CSV_DIRECTED] < 0 && !options->directed_column) {
        int k = column_named(table, "type"); /* Gephi: Type = Directed / Undirected */
        if (k >= 0 && table->columns[k].values > 0 && (table->columns[k].fits & AN_I_CSV_FITS_DIRECTION)) {
            table->columns[k].role = AN_I_CSV_DIRECTED;
            table->role_column[AN_I_CSV_DIRECTED] = k;
        }
    }
    for (int k = 0; k < table->column_count; k++)
        table->columns[k].type = inferred_type(&table->columns[k]);
    an_i_csv_scanner_rewind(scanner);
    return AN_OK;
}

int an_i_csv_parse_typed(an_type type, char *text, int64_t *integer, double *real)
{
    size_t length = strlen(text);
    int value;
    switch (type) {
    case AN_TYPE_BOOLEAN: {
        int status = an_i_parse_boolean(text, length, &value);
        *integer = value;
        return status;
    }
    case AN_TYPE_INT:
        return an_i_parse_integer(text, length, INT32_MIN, INT32_MAX, integer);
    case AN_TYPE_LONG:
        return an_i_parse_integer(text, length, INT64_MIN, INT64_MAX, integer);
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        return an_i_parse_real(text, length, type == AN_TYPE_FLOAT, real);
    case AN_TYPE_STRING:
        break;
    }
    return AN_I_NUMBER_OK;
}
