/*
 * csv_write.c — node and edge tables as CSV (RFC 4180), written atomically.
 *
 * Node table: `id`, then every node column in order. Edge table: `source`,
 * `target` (node ids), `directed` (true/false), `id` (the GraphML edge id, or
 * empty), then every edge column in order. The header row holds the column
 * names.
 *
 * Decisions (csv.h states the rules; these are the details):
 * - Records end with CRLF, as RFC 4180 specifies; UTF-8, no BOM.
 * - A field is quoted, with quotes doubled, when it contains a comma, a
 *   quote, CR or LF — and when it is an empty string, so that a set empty
 *   string (`""`) stays distinguishable from a missing value (an empty
 *   field). Leading and trailing spaces are kept as they are.
 * - A value that is absent but has a declared default is written as the
 *   default: the table shows what the value is, as an_network_get_*() reads
 *   it. Missing values (absent, no default) are empty fields.
 * - Except that a row repeats at most AN_CSV_ROW_DEFAULTS bytes of defaults
 *   (a 316 KB file whose 100 KB defaults applied to every row made 90 MB of
 *   CSV, issue 14 item 3): the shortest defaults first; a default past that
 *   budget is written once, in the columns table (an_network_save_csv_columns),
 *   and the rows that take it have an empty field. options->full_defaults
 *   repeats every default.
 * - A table that would be almost all empty cells (more than
 *   AN_CSV_EMPTY_CELLS_PER_ITEM per row, column and value, beyond
 *   AN_CSV_CELLS_FLOOR) is refused with AN_ELIMIT: 100,000 keys with one
 *   value each on 60,000 nodes, 9.6 MB of GraphML, would be 6 GB of commas.
 * - Booleans are true/false; numbers use the shared formatter (exact,
 *   shortest round-trip; NaN, INF, -INF).
 * - Markup columns (yEd graphics) are written as their raw XML text.
 * - Text passes through byte for byte (CSV has no characters it cannot
 *   hold), except that by default a text a spreadsheet would run as a
 *   formula gets a single quote in front (csv_field.h); options->raw keeps it.
 */
#include "actornet/csv.h"

#include "csv_field.h"
#include "error_internal.h"
#include "network_internal.h"
#include "number_format.h"
#include "output_sink.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define PUT(sink, literal) an_i_sink_write((sink), (literal), sizeof(literal) - 1)

static void sink_put(void *sink, const char *bytes, size_t length)
{
    an_i_sink_write(sink, bytes, length);
}

/* One text field, quoted when needed, guarded against formulas unless raw. */
static void put_field(an_i_sink *sink, const char *text, int raw)
{
    an_i_csv_field(sink_put, sink, text, raw);
}

/* One value of column `c` (a set value or the default). */
static void put_cell(an_i_sink *sink, const an_i_column *c, an_i_value cell, int raw)
{
    char *room;
    switch (c->type) {
    case AN_TYPE_BOOLEAN:
        if (cell.integer)
            PUT(sink, "true");
        else
            PUT(sink, "false");
        return;
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        room = an_i_sink_reserve(sink, AN_I_NUMBER_BUFFER);
        an_i_sink_advance(sink, an_i_format_integer(room, cell.integer));
        return;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        room = an_i_sink_reserve(sink, AN_I_NUMBER_BUFFER);
        an_i_sink_advance(sink, an_i_format_double(room, cell.real));
        return;
    case AN_TYPE_STRING: {
        put_field(sink, cell.string ? cell.string : "", raw);
        return;
    }
    }
}

/* How a table is written: the sink, the formula guard, and per column whether its default is left out. */
typedef struct table_writer {
    an_i_sink *sink;
    int raw;
    unsigned char *default_left_out; /* [column]: written once in the columns table, not in the rows */
} table_writer;

/* The bytes the default of `c` takes in a row (at most AN_CSV_ROW_DEFAULTS + 1). O(AN_CSV_ROW_DEFAULTS). */
static size_t default_length(const an_i_column *c)
{
    char number[AN_I_NUMBER_BUFFER];
    switch (c->type) {
    case AN_TYPE_BOOLEAN: return c->default_value.integer ? 4 : 5;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: return an_i_format_integer(number, c->default_value.integer);
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: return an_i_format_double(number, c->default_value.real);
    default: return c->default_value.string ? strnlen(c->default_value.string, AN_CSV_ROW_DEFAULTS + 1) : 0;
    }
}

typedef struct sized_default {
    size_t length;
    int column;
} sized_default;

static int shorter_first(const void *a, const void *b)
{
    const sized_default *x = a, *y = b;
    if (x->length != y->length)
        return x->length < y->length ? -1 : 1;
    return (x->column > y->column) - (x->column < y->column);
}

/* Which defaults the rows repeat: the shortest first (then in column order) while their lengths sum to at
 * most AN_CSV_ROW_DEFAULTS bytes; the others are left out. O(columns log columns). */
static int choose_defaults(unsigned char *left_out, const an_i_column_set *set)
{
    sized_default *sized = malloc(((size_t)set->count + 1) * sizeof *sized);
    if (!sized)
        return an_i_error(AN_ENOMEM, "out of memory writing a CSV table");
    int count = 0;
    for (int k = 0; k < set->count; k++)
        if (set->items[k].has_default)
            sized[count++] = (sized_default){ default_length(&set->items[k]), k };
    qsort(sized, (size_t)count, sizeof *sized, shorter_first);
    size_t used = 0;
    for (int i = 0; i < count; i++) {
        if (used + sized[i].length <= AN_CSV_ROW_DEFAULTS)
            used += sized[i].length;
        else
            left_out[sized[i].column] = 1;
    }
    free(sized);
    return AN_OK;
}

/* AN_ELIMIT when the table would be mostly empty cells (see csv.h), so its size could not follow the input's. */
static int check_table_size(const an_i_column_set *set, int64_t rows, an_domain domain)
{
    int64_t values = 0;
    for (int k = 0; k < set->count; k++)
        values += set->items[k].count;
    double cells = (double)rows * (double)set->count;
    double bound = (double)AN_CSV_EMPTY_CELLS_PER_ITEM * (double)(rows + set->count + values) + AN_CSV_CELLS_FLOOR;
    if (cells <= bound)
        return AN_OK;
    return an_i_error(AN_ELIMIT,
                      "the %s table would have %.0f cells (%" PRId64 " rows x %d columns) for %" PRId64
                      " values: almost all empty, far larger than the network; write GraphML, which stores "
                      "absent values sparsely",
                      domain == AN_DOMAIN_NODE ? "node" : "edge", cells, rows, set->count, values);
}

static int table_writer_init(table_writer *writer, an_i_sink *sink, const an_network *network, an_domain domain,
                             const an_csv_write_options *options)
{
    const an_i_column_set *set = &network->columns[domain];
    int status = check_table_size(set, domain == AN_DOMAIN_NODE ? network->node_count : network->edge_count, domain);
    if (status != AN_OK)
        return status;
    writer->sink = sink;
    writer->raw = options ? options->raw != 0 : 0;
    int full_defaults = options && options->version >= 2 ? options->full_defaults != 0 : 0;
    writer->default_left_out = calloc((size_t)set->count + 1, 1);
    if (!writer->default_left_out)
        return an_i_error(AN_ENOMEM, "out of memory writing a CSV table");
    if (!full_defaults && (status = choose_defaults(writer->default_left_out, set)) != AN_OK)
        free(writer->default_left_out);
    return status;
}

/* The value of column k at `row`: set value, else the default (an empty field when left out), else empty. */
static void put_value(const table_writer *writer, const an_i_column_set *set, int k, int64_t row)
{
    an_i_value cell;
    int found = an_i_column_read(&set->items[k], row, &cell);
    if (found == AN_I_CELL_MISSING || (found == AN_I_CELL_DEFAULT && writer->default_left_out[k]))
        return; /* an empty field */
    put_cell(writer->sink, &set->items[k], cell, writer->raw);
}

static void put_columns_header(an_i_sink *sink, const an_i_column_set *set, int raw)
{
    for (int k = 0; k < set->count; k++) {
        an_i_sink_putc(sink, ',');
        put_field(sink, set->items[k].name, raw);
    }
    PUT(sink, "\r\n");
}

static void put_row_values(const table_writer *writer, const an_i_column_set *set, int64_t row)
{
    for (int k = 0; k < set->count; k++) {
        an_i_sink_putc(writer->sink, ',');
        put_value(writer, set, k, row);
    }
    PUT(writer->sink, "\r\n");
}

/* Which table a request writes: the columns table, else the nodes' or the edges' (domain). */
typedef struct csv_request {
    an_domain domain;
    int columns_table;
    const an_csv_write_options *options;
} csv_request;

static void put_nodes(const table_writer *writer, const an_network *network)
{
    an_i_sink *sink = writer->sink;
    int raw = writer->raw;
    const an_i_column_set *set = &network->columns[AN_DOMAIN_NODE];
    PUT(sink, "id");
    put_columns_header(sink, set, raw);
    for (int64_t v = 0; v < network->node_count && !an_i_sink_failed(sink); v++) {
        put_field(sink, network->node_ids[v], raw);
        put_row_values(writer, set, v);
    }
}

static void put_edges(const table_writer *writer, const an_network *network)
{
    an_i_sink *sink = writer->sink;
    int raw = writer->raw;
    const an_i_column_set *set = &network->columns[AN_DOMAIN_EDGE];
    PUT(sink, "source,target,directed,id");
    put_columns_header(sink, set, raw);
    for (int64_t e = 0; e < network->edge_count && !an_i_sink_failed(sink); e++) {
        put_field(sink, network->node_ids[network->endpoints[2 * e]], raw);
        an_i_sink_putc(sink, ',');
        put_field(sink, network->node_ids[network->endpoints[2 * e + 1]], raw);
        if (an_i_edge_directed(network, e))
            PUT(sink, ",true,");
        else
            PUT(sink, ",false,");
        const char *id = network->edge_ids ? network->edge_ids[e] : NULL;
        if (id)
            put_field(sink, id, raw);
        put_row_values(writer, set, e);
    }
}

/* The columns table: `table,column,type,default`, one row per node column then per edge column. */
static void put_columns_table(an_i_sink *sink, const an_network *network, int raw)
{
    PUT(sink, "table,column,type,default\r\n");
    static const an_domain domains[2] = { AN_DOMAIN_NODE, AN_DOMAIN_EDGE };
    for (int d = 0; d < 2 && !an_i_sink_failed(sink); d++) {
        const an_i_column_set *set = &network->columns[domains[d]];
        for (int k = 0; k < set->count && !an_i_sink_failed(sink); k++) {
            const an_i_column *c = &set->items[k];
            if (domains[d] == AN_DOMAIN_NODE)
                PUT(sink, "node,");
            else
                PUT(sink, "edge,");
            put_field(sink, c->name, raw);
            an_i_sink_putc(sink, ',');
            an_i_sink_write(sink, an_type_name(c->type), strlen(an_type_name(c->type)));
            an_i_sink_putc(sink, ',');
            if (c->has_default)
                put_cell(sink, c, c->default_value, raw);
            PUT(sink, "\r\n");
        }
    }
}

static int check_request(const void *request_pointer)
{
    const csv_request *request = request_pointer;
    if (!request->columns_table && request->domain != AN_DOMAIN_NODE && request->domain != AN_DOMAIN_EDGE)
        return an_i_error(AN_EMISUSE, "a CSV table is of nodes or of edges (domain %d)", (int)request->domain);
    if (request->options && (request->options->version < 1 || request->options->version > AN_CSV_WRITE_OPTIONS_VERSION))
        return an_i_error(AN_EMISUSE, "an_csv_write_options has version %u, expected 1 to %d",
                          request->options->version, AN_CSV_WRITE_OPTIONS_VERSION);
    return AN_OK;
}

static int write_csv(an_i_sink *sink, const void *network_pointer, const void *request_pointer)
{
    const csv_request *request = request_pointer;
    const an_network *network = network_pointer;
    if (request->columns_table) {
        put_columns_table(sink, network, request->options ? request->options->raw != 0 : 0);
        return AN_OK;
    }
    table_writer writer;
    int status = table_writer_init(&writer, sink, network, request->domain, request->options);
    if (status != AN_OK)
        return status;
    if (request->domain == AN_DOMAIN_NODE)
        put_nodes(&writer, network);
    else
        put_edges(&writer, network);
    free(writer.default_left_out);
    return AN_OK;
}

static const an_i_writer csv_writer_frame = { check_request, write_csv };

int an_network_save_csv(const an_network *network, const char *path, an_domain domain,
                        const an_csv_write_options *options)
{
    csv_request request = { domain, 0, options };
    return an_i_sink_run(&csv_writer_frame, AN_I_SINK_FILE, network, &request, path, NULL, NULL);
}

int an_network_csv_to_buffer(char **out, size_t *out_size, const an_network *network, an_domain domain,
                             const an_csv_write_options *options)
{
    csv_request request = { domain, 0, options };
    return an_i_sink_run(&csv_writer_frame, AN_I_SINK_BUFFER, network, &request, NULL, out, out_size);
}

int an_network_save_csv_columns(const an_network *network, const char *path, const an_csv_write_options *options)
{
    csv_request request = { AN_DOMAIN_NODE, 1, options };
    return an_i_sink_run(&csv_writer_frame, AN_I_SINK_FILE, network, &request, path, NULL, NULL);
}

int an_network_csv_columns_to_buffer(char **out, size_t *out_size, const an_network *network,
                                     const an_csv_write_options *options)
{
    csv_request request = { AN_DOMAIN_NODE, 1, options };
    return an_i_sink_run(&csv_writer_frame, AN_I_SINK_BUFFER, network, &request, NULL, out, out_size);
}

int an_network_save_nodes_csv(const an_network *network, const char *path)
{
    return an_network_save_csv(network, path, AN_DOMAIN_NODE, NULL);
}

int an_network_save_edges_csv(const an_network *network, const char *path)
{
    return an_network_save_csv(network, path, AN_DOMAIN_EDGE, NULL);
}
