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
 * Text passes through byte for byte: CSV has no characters it cannot hold.
 */
#include "actornet/csv.h"

#include "error_internal.h"
#include "network_internal.h"
#include "number_format.h"
#include "output_sink.h"

#include <string.h>

#define PUT(sink, literal) an_i_sink_write((sink), (literal), sizeof(literal) - 1)

/* One field, quoted when needed. */
static void put_field(an_i_sink *sink, const char *text)
{
    size_t length = strlen(text);
    if (length == 0) {
        PUT(sink, "\"\"");
        return;
    }
    if (strpbrk(text, ",\"\r\n") == NULL) {
        an_i_sink_write(sink, text, length);
        return;
    }
    an_i_sink_putc(sink, '"');
    const char *run = text;
    for (const char *p = text; *p; p++) {
        if (*p == '"') {
            an_i_sink_write(sink, run, (size_t)(p - run) + 1); /* through the quote */
            an_i_sink_putc(sink, '"');                          /* doubled */
            run = p + 1;
        }
    }
    an_i_sink_puts(sink, run);
    an_i_sink_putc(sink, '"');
}

/* The value of a column at `row` (set value, else default, else an empty field). */
static void put_value(an_i_sink *sink, const an_i_column *c, int64_t row)
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
        put_field(sink, cell.string ? cell.string : "");
        return;
    }
    }
}

static void put_columns_header(an_i_sink *sink, const an_i_column_set *set)
{
    for (int k = 0; k < set->count; k++) {
        an_i_sink_putc(sink, ',');
        put_field(sink, set->items[k].name);
    }
    PUT(sink, "\r\n");
}

static void put_row_values(an_i_sink *sink, const an_i_column_set *set, int64_t row)
{
    for (int k = 0; k < set->count; k++) {
        an_i_sink_putc(sink, ',');
        put_value(sink, &set->items[k], row);
    }
    PUT(sink, "\r\n");
}

static int finish(an_i_sink *sink)
{
    if (an_i_sink_failed(sink)) {
        int rc = sink->status;
        an_i_sink_abort(sink);
        return rc;
    }
    return an_i_sink_commit(sink, NULL, NULL);
}

int an_network_save_nodes_csv(const an_network *network, const char *path)
{
    if (!network || !path)
        return AN_I_MISUSE("network or path is NULL");
    an_i_sink sink;
    int rc = an_i_sink_open_file(&sink, path);
    if (rc != AN_OK)
        return rc;
    const an_i_column_set *set = &network->columns[AN_DOMAIN_NODE];
    PUT(&sink, "id");
    put_columns_header(&sink, set);
    for (int64_t v = 0; v < network->node_count && !an_i_sink_failed(&sink); v++) {
        put_field(&sink, network->node_ids[v]);
        put_row_values(&sink, set, v);
    }
    return finish(&sink);
}

int an_network_save_edges_csv(const an_network *network, const char *path)
{
    if (!network || !path)
        return AN_I_MISUSE("network or path is NULL");
    an_i_sink sink;
    int rc = an_i_sink_open_file(&sink, path);
    if (rc != AN_OK)
        return rc;
    const an_i_column_set *set = &network->columns[AN_DOMAIN_EDGE];
    PUT(&sink, "source,target,directed,id");
    put_columns_header(&sink, set);
    for (int64_t e = 0; e < network->edge_count && !an_i_sink_failed(&sink); e++) {
        put_field(&sink, network->node_ids[network->endpoints[2 * e]]);
        an_i_sink_putc(&sink, ',');
        put_field(&sink, network->node_ids[network->endpoints[2 * e + 1]]);
        if (an_i_edge_directed(network, e))
            PUT(&sink, ",true,");
        else
            PUT(&sink, ",false,");
        const char *id = network->edge_ids ? network->edge_ids[e] : NULL;
        if (id)
            put_field(&sink, id);
        put_row_values(&sink, set, e);
    }
    return finish(&sink);
}
