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

/* The value of a column at `row` (set value, else default, else an empty field). */
static void put_value(an_i_sink *sink, const an_i_column *c, int64_t row, int raw)
{
    an_i_value cell;
    if (an_i_column_read(c, row, &cell) == AN_I_CELL_MISSING)
        return; /* missing: empty field */
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

static void put_columns_header(an_i_sink *sink, const an_i_column_set *set, int raw)
{
    for (int k = 0; k < set->count; k++) {
        an_i_sink_putc(sink, ',');
        put_field(sink, set->items[k].name, raw);
    }
    PUT(sink, "\r\n");
}

static void put_row_values(an_i_sink *sink, const an_i_column_set *set, int64_t row, int raw)
{
    for (int k = 0; k < set->count; k++) {
        an_i_sink_putc(sink, ',');
        put_value(sink, &set->items[k], row, raw);
    }
    PUT(sink, "\r\n");
}

typedef struct csv_request {
    an_domain domain;
    const an_csv_write_options *options;
} csv_request;

static int put_nodes(an_i_sink *sink, const an_network *network, int raw)
{
    const an_i_column_set *set = &network->columns[AN_DOMAIN_NODE];
    PUT(sink, "id");
    put_columns_header(sink, set, raw);
    for (int64_t v = 0; v < network->node_count && !an_i_sink_failed(sink); v++) {
        put_field(sink, network->node_ids[v], raw);
        put_row_values(sink, set, v, raw);
    }
    return AN_OK;
}

static int put_edges(an_i_sink *sink, const an_network *network, int raw)
{
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
        put_row_values(sink, set, e, raw);
    }
    return AN_OK;
}

static int check_request(const void *request_pointer)
{
    const csv_request *request = request_pointer;
    if (request->domain != AN_DOMAIN_NODE && request->domain != AN_DOMAIN_EDGE)
        return an_i_error(AN_EMISUSE, "a CSV table is of nodes or of edges (domain %d)", (int)request->domain);
    if (request->options && request->options->version != AN_CSV_WRITE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_csv_write_options has version %u, expected %d", request->options->version,
                          AN_CSV_WRITE_OPTIONS_VERSION);
    return AN_OK;
}

static int write_csv(an_i_sink *sink, const void *network, const void *request_pointer)
{
    const csv_request *request = request_pointer;
    int raw = request->options ? request->options->raw != 0 : 0;
    return request->domain == AN_DOMAIN_NODE ? put_nodes(sink, network, raw) : put_edges(sink, network, raw);
}

static const an_i_writer csv_writer_frame = { check_request, write_csv };

int an_network_save_csv(const an_network *network, const char *path, an_domain domain,
                        const an_csv_write_options *options)
{
    csv_request request = { domain, options };
    return an_i_sink_run(&csv_writer_frame, AN_I_SINK_FILE, network, &request, path, NULL, NULL);
}

int an_network_csv_to_buffer(char **out, size_t *out_size, const an_network *network, an_domain domain,
                             const an_csv_write_options *options)
{
    csv_request request = { domain, options };
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
