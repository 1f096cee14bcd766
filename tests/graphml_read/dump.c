/*
 * dump.c — see dump.h. Values are read through the public API (state and
 * getters); reader-only details (markup, key attributes, fragments) through
 * the internal model.
 */
#include "dump.h"

#include "network_internal.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

static const char *const domain_label[3] = { "graph", "node", "edge" };

static void put_quoted(FILE *out, const char *text)
{
    if (!text) {
        fputs("(null)", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (*p < 0x20)
                fprintf(out, "\\x%02x", *p);
            else
                fputc(*p, out);
        }
    }
    fputc('"', out);
}

static void put_real(FILE *out, double value)
{
    if (isnan(value))
        fputs("NaN", out);
    else if (isinf(value))
        fputs(value < 0 ? "-INF" : "INF", out);
    else if (value == 0 && signbit(value))
        fputs("-0", out);
    else
        fprintf(out, "%.17g", value);
}

/* Print value `row` of a column (or its default when row < 0) as text. */
static void put_value(FILE *out, const an_network *n, an_domain d, int c, int64_t row)
{
    int type = an_network_column_type(n, d, c);
    switch (type) {
    case AN_TYPE_BOOLEAN: {
        int b = 0;
        an_network_get_boolean(n, d, c, row, &b);
        fputs(b ? "true" : "false", out);
        break;
    }
    case AN_TYPE_INT:
    case AN_TYPE_LONG: {
        int64_t v = 0;
        an_network_get_integer(n, d, c, row, &v);
        fprintf(out, "%" PRId64, v);
        break;
    }
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: {
        double v = 0;
        an_network_get_real(n, d, c, row, &v);
        put_real(out, v);
        break;
    }
    default: {
        const char *s = NULL;
        an_network_get_string(n, d, c, row, &s);
        put_quoted(out, s);
        break;
    }
    }
}

static void put_default(FILE *out, const an_i_column *col)
{
    if (!col->has_default) {
        fputs("none", out);
        return;
    }
    switch (col->type) {
    case AN_TYPE_BOOLEAN: fputs(col->default_value.integer ? "true" : "false", out); break;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: fprintf(out, "%" PRId64, col->default_value.integer); break;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: put_real(out, col->default_value.real); break;
    default: put_quoted(out, col->default_value.string); break;
    }
}

static const char *place_label(int place)
{
    static const char *const labels[] = { "graph", "node", "edge", "document", "keys",
                                          "graph-attributes", "node-attributes", "edge-attributes" };
    return place >= 0 && place < 8 ? labels[place] : "?";
}

static void put_without_path(FILE *out, const char *text, const char *path, const char *shown)
{
    size_t n = path ? strlen(path) : 0;
    while (*text) {
        if (n && strncmp(text, path, n) == 0) {
            fputs(shown, out);
            text += n;
        } else {
            fputc(*text++, out);
        }
    }
}

void dump_network_text(FILE *out, const an_network *n, const char *path, const char *shown_name)
{
    static const char *const direction[] = { "undirected", "directed", "mixed" };
    fprintf(out, "edgedefault %s, direction %s, graph id ", n->default_directed ? "directed" : "undirected",
            direction[an_network_direction(n)]);
    put_quoted(out, an_network_graph_id(n));
    fprintf(out, "\nnodes %" PRId64 "\n", an_network_node_count(n));
    for (int64_t v = 0; v < an_network_node_count(n); v++) {
        fprintf(out, "  [%" PRId64 "] ", v);
        put_quoted(out, an_network_node_id(n, v));
        fputc('\n', out);
    }
    fprintf(out, "edges %" PRId64 "\n", an_network_edge_count(n));
    for (int64_t e = 0; e < an_network_edge_count(n); e++) {
        int64_t s = -1, t = -1;
        an_network_edge_endpoints(n, e, &s, &t);
        fprintf(out, "  [%" PRId64 "] ", e);
        put_quoted(out, an_network_node_id(n, s));
        fputs(an_network_edge_directed(n, e) ? " -> " : " -- ", out);
        put_quoted(out, an_network_node_id(n, t));
        if (an_network_edge_id(n, e)) {
            fputs(" id ", out);
            put_quoted(out, an_network_edge_id(n, e));
        }
        fputc('\n', out);
    }
    for (int d = 0; d < 3; d++) {
        int count = an_network_column_count(n, (an_domain)d);
        fprintf(out, "%s columns %d\n", domain_label[d], count);
        int64_t rows = d == 0 ? 1 : d == 1 ? an_network_node_count(n) : an_network_edge_count(n);
        for (int c = 0; c < count; c++) {
            const an_i_column *col = an_i_network_column(n, (an_domain)d, c);
            fprintf(out, "  [%d] ", c);
            put_quoted(out, an_network_column_name(n, (an_domain)d, c));
            fputs(" key ", out);
            put_quoted(out, an_network_column_key_id(n, (an_domain)d, c));
            fprintf(out, " %s%s%s default ", an_type_name((an_type)an_network_column_type(n, (an_domain)d, c)),
                    col->key_for == AN_I_FOR_ALL ? " for=all" : "", col->is_markup ? " markup" : "");
            put_default(out, col);
            if (col->key_attributes) {
                fputs(" attributes ", out);
                put_quoted(out, col->key_attributes);
            }
            if (col->key_markup) {
                fputs(" key-markup ", out);
                put_quoted(out, col->key_markup);
            }
            fputc('\n', out);
            for (int64_t row = 0; row < rows; row++) {
                int state = an_network_value_state(n, (an_domain)d, c, row);
                fprintf(out, "      [%" PRId64 "] ", row);
                if (state == AN_VALUE_SET) {
                    fputs("set ", out);
                    put_value(out, n, (an_domain)d, c, row);
                } else {
                    fputs(state == AN_VALUE_DEFAULT ? "default" : state == AN_VALUE_MISSING ? "missing" : "?", out);
                }
                fputc('\n', out);
            }
        }
    }
    fprintf(out, "fragments %" PRId64 "\n", n->fragment_count);
    for (int64_t i = 0; i < n->fragment_count; i++) {
        fprintf(out, "  %s %" PRId64 " ", place_label(n->fragments[i].place), n->fragments[i].row);
        put_quoted(out, n->fragments[i].markup);
        fputc('\n', out);
    }
    fputs("root attributes ", out);
    put_quoted(out, n->root_attributes);
    fprintf(out, "\nwarnings %" PRId64 "\n", an_network_warning_count(n));
    for (int64_t i = 0; i < an_network_warning_count(n); i++) {
        fputs("  ", out);
        put_without_path(out, an_network_warning(n, i), path, shown_name);
        fputc('\n', out);
    }
}

/* ---- JSON ---------------------------------------------------------------- */

static void json_string(FILE *out, const char *text)
{
    if (!text) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static void json_real(FILE *out, double v)
{
    if (isnan(v)) {
        fputs("\"NaN\"", out);
    } else if (isinf(v)) {
        fputs(v < 0 ? "\"-INF\"" : "\"INF\"", out);
    } else {
        char text[64];
        snprintf(text, sizeof text, "%.17g", v);
        /* keep it a float for JSON readers: "-0" would read as the integer 0 */
        fprintf(out, "%s%s", text, strpbrk(text, ".en") ? "" : ".0");
    }
}

static void json_value(FILE *out, const an_network *n, an_domain d, int c, int64_t row)
{
    int type = an_network_column_type(n, d, c);
    if (type == AN_TYPE_BOOLEAN) {
        int b = 0;
        an_network_get_boolean(n, d, c, row, &b);
        fputs(b ? "true" : "false", out);
    } else if (type == AN_TYPE_INT || type == AN_TYPE_LONG) {
        int64_t v = 0;
        an_network_get_integer(n, d, c, row, &v);
        fprintf(out, "%" PRId64, v);
    } else if (type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE) {
        double v = 0;
        an_network_get_real(n, d, c, row, &v);
        json_real(out, v);
    } else {
        const char *s = NULL;
        an_network_get_string(n, d, c, row, &s);
        json_string(out, s);
    }
}

void dump_network_json(FILE *out, const an_network *n)
{
    fprintf(out, "{\"directed_default\": %s, \"graph_id\": ", n->default_directed ? "true" : "false");
    json_string(out, an_network_graph_id(n));
    fputs(", \"nodes\": [", out);
    for (int64_t v = 0; v < an_network_node_count(n); v++) {
        fputs(v ? ", " : "", out);
        json_string(out, an_network_node_id(n, v));
    }
    fputs("], \"edges\": [", out);
    for (int64_t e = 0; e < an_network_edge_count(n); e++) {
        int64_t s = -1, t = -1;
        an_network_edge_endpoints(n, e, &s, &t);
        fputs(e ? ", {\"source\": " : "{\"source\": ", out);
        json_string(out, an_network_node_id(n, s));
        fputs(", \"target\": ", out);
        json_string(out, an_network_node_id(n, t));
        fprintf(out, ", \"directed\": %s, \"id\": ", an_network_edge_directed(n, e) ? "true" : "false");
        json_string(out, an_network_edge_id(n, e));
        fputc('}', out);
    }
    fputs("], \"columns\": {", out);
    for (int d = 0; d < 3; d++) {
        fprintf(out, "%s\"%s\": [", d ? ", " : "", domain_label[d]);
        int count = an_network_column_count(n, (an_domain)d);
        int64_t rows = d == 0 ? 1 : d == 1 ? an_network_node_count(n) : an_network_edge_count(n);
        for (int c = 0; c < count; c++) {
            const an_i_column *col = an_i_network_column(n, (an_domain)d, c);
            fputs(c ? ", {\"name\": " : "{\"name\": ", out);
            json_string(out, col->name);
            fputs(", \"key\": ", out);
            json_string(out, col->key_id);
            fprintf(out, ", \"type\": \"%s\", \"markup\": %s, \"values\": [", an_type_name(col->type),
                    col->is_markup ? "true" : "false");
            for (int64_t row = 0; row < rows; row++) {
                int state = an_network_value_state(n, (an_domain)d, c, row);
                fputs(row ? ", " : "", out);
                if (state == AN_VALUE_MISSING) {
                    fputs("{\"state\": \"missing\"}", out);
                    continue;
                }
                fprintf(out, "{\"state\": \"%s\", \"value\": ", state == AN_VALUE_SET ? "set" : "default");
                json_value(out, n, (an_domain)d, c, row);
                fputc('}', out);
            }
            fputs("]}", out);
        }
        fputc(']', out);
    }
    fputs("}, \"warnings\": [", out);
    for (int64_t i = 0; i < an_network_warning_count(n); i++) {
        fputs(i ? ", " : "", out);
        json_string(out, an_network_warning(n, i));
    }
    fputs("]}\n", out);
}

int dumps_equal(const char *one, const char *two, const char *label_one, const char *label_two)
{
    if (strcmp(one, two) == 0)
        return 1;
    size_t at = 0;
    while (one[at] && one[at] == two[at])
        at++;
    size_t from = at > 60 ? at - 60 : 0;
    fprintf(stderr, "first difference at byte %zu:\n  %s: %.200s\n  %s: %.200s\n", at, label_one, one + from,
            label_two, two + from);
    return 0;
}

char *dump_load_result(int code, an_network *network, const char *path, const char *shown_name, int with_lines,
                       long *line, long *column)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    *line = *column = 0;
    if (code == AN_OK) {
        dump_network_text(out, network, path, shown_name);
        for (int64_t i = 0; with_lines && i < an_network_node_count(network); i++)
            fprintf(out, "node %" PRId64 " line %ld\n", i, an_network_node_line(network, i));
        for (int64_t i = 0; with_lines && i < an_network_edge_count(network); i++)
            fprintf(out, "edge %" PRId64 " line %ld\n", i, an_network_edge_line(network, i));
    } else {
        const an_error *e = an_error_last();
        *line = e->line;
        *column = e->column;
        fprintf(out, "%s", e->message);
    }
    an_network_free(network);
    fclose(out);
    return text;
}
