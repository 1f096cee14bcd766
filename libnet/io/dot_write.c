/*
 * dot_write.c — the network as a Graphviz DOT file that Graphviz always accepts.
 *
 *   digraph "name" {                      (graph ... -- when no edge is directed)
 *     "overlap"="prism";                  options->graph_attributes (names quoted too)
 *     node [shape="box"];                 declared defaults of pass-through node columns
 *     edge [color="grey"];                ... and of edge columns
 *     "a" [label="Alpha", color="red"];
 *     "a" -> "b" [label="funds", dir="none"];
 *   }
 *
 * Quoting and escaping: every id and value is a quoted string (attribute
 * names from our tables are plain identifiers and written bare). Inside it `"` becomes `\"`; `\` becomes `\\` (Graphviz reads a lone
 * backslash in labels as an escape such as \n, \l, \N; doubled it shows one
 * backslash, also at the very end of a string); `&` becomes `&amp;` (Graphviz
 * decodes HTML entities in labels, so "&amp;" would otherwise show as "&",
 * and SVG output stays well-formed); a line feed becomes `\n`; CR is dropped
 * (so CRLF is one line break); other control characters become a space;
 * bytes that are not UTF-8 become U+FFFD. Numbers use the shared formatter
 * (full precision, "NaN", "INF"), quoted, so 9000000 and 1e-300 are plain
 * strings to the DOT grammar. Node ids need no keyword handling: quoted
 * "graph" or "node" are ordinary ids.
 *
 * Labels: the node column options->label_column (default "label"), where a
 * node has no value Graphviz shows the node name, i.e. the id. Edge labels
 * only from options->edge_label_column. A label column that does not exist
 * is not an error: every node shows its id.
 *
 * Pass-through: node and edge columns named as a Graphviz attribute in the
 * tables below become that attribute; the rest are not written. The tables
 * also say what a value must look like, because some values make Graphviz
 * fail rather than warn (measured with dot 2.43): a style with unbalanced or
 * nested parentheses is an error; minlen of 100000 exhausts memory; shape
 * "record"/"Mrecord" parses the label as record syntax, so a label with "{"
 * fails. Such values are left out (the attribute keeps Graphviz's default).
 * Attributes that make Graphviz read local files (image, shapefile,
 * fontpath, imagepath) are never passed through: a network from an
 * untrusted file must not make `dot` open files.
 *
 * Styling by analysis results works through the same door: attach a column
 * named "fillcolor" (or "shape", "penwidth", ...) and it is drawn.
 */
#include "actornet/dot.h"

#include "error_internal.h"
#include "network_internal.h"
#include "number_format.h"
#include "output_sink.h"
#include "xml_escape.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PUT(sink, literal) an_i_sink_write((sink), (literal), sizeof(literal) - 1)

/* What a pass-through attribute's value must look like. */
typedef enum value_kind {
    KIND_TEXT = 0,      /* any text */
    KIND_NUMBER,        /* a number in [low, high] */
    KIND_INTEGER,       /* an integer in [low, high] */
    KIND_STYLE,         /* a style list: no nested or unbalanced parentheses */
    KIND_SHAPE          /* a shape name other than record/Mrecord */
} value_kind;

typedef struct graphviz_attribute {
    const char *name;
    value_kind kind;
    double low, high;
} graphviz_attribute;

/* Sorted by strcmp (uppercase first): looked up with bsearch. */
static const graphviz_attribute node_attributes[] = {
    {"URL", KIND_TEXT, 0, 0},
    {"color", KIND_TEXT, 0, 0},
    {"colorscheme", KIND_TEXT, 0, 0},
    {"fillcolor", KIND_TEXT, 0, 0},
    {"fixedsize", KIND_TEXT, 0, 0},
    {"fontcolor", KIND_TEXT, 0, 0},
    {"fontname", KIND_TEXT, 0, 0},
    {"fontsize", KIND_NUMBER, 0, 1000},
    {"group", KIND_TEXT, 0, 0},
    {"height", KIND_NUMBER, 0, 1000},
    {"href", KIND_TEXT, 0, 0},
    {"labelloc", KIND_TEXT, 0, 0},
    {"penwidth", KIND_NUMBER, 0, 100},
    {"peripheries", KIND_INTEGER, 0, 100},
    {"pos", KIND_TEXT, 0, 0},
    {"shape", KIND_SHAPE, 0, 0},
    {"style", KIND_STYLE, 0, 0},
    {"target", KIND_TEXT, 0, 0},
    {"tooltip", KIND_TEXT, 0, 0},
    {"width", KIND_NUMBER, 0, 1000},
    {"xlabel", KIND_TEXT, 0, 0},
};

static const graphviz_attribute edge_attributes[] = {
    {"URL", KIND_TEXT, 0, 0},
    {"arrowhead", KIND_TEXT, 0, 0},
    {"arrowsize", KIND_NUMBER, 0, 100},
    {"arrowtail", KIND_TEXT, 0, 0},
    {"color", KIND_TEXT, 0, 0},
    {"colorscheme", KIND_TEXT, 0, 0},
    {"constraint", KIND_TEXT, 0, 0},
    {"decorate", KIND_TEXT, 0, 0},
    {"dir", KIND_TEXT, 0, 0},
    {"edgetooltip", KIND_TEXT, 0, 0},
    {"fontcolor", KIND_TEXT, 0, 0},
    {"fontname", KIND_TEXT, 0, 0},
    {"fontsize", KIND_NUMBER, 0, 1000},
    {"headlabel", KIND_TEXT, 0, 0},
    {"href", KIND_TEXT, 0, 0},
    {"labelfontcolor", KIND_TEXT, 0, 0},
    {"labelfontname", KIND_TEXT, 0, 0},
    {"labelfontsize", KIND_NUMBER, 0, 1000},
    {"labeltooltip", KIND_TEXT, 0, 0},
    {"minlen", KIND_INTEGER, 0, 100},
    {"penwidth", KIND_NUMBER, 0, 100},
    {"style", KIND_STYLE, 0, 0},
    {"taillabel", KIND_TEXT, 0, 0},
    {"target", KIND_TEXT, 0, 0},
    {"tooltip", KIND_TEXT, 0, 0},
    {"weight", KIND_NUMBER, 0, 1000},
    {"xlabel", KIND_TEXT, 0, 0},
};

static int compare_name(const void *key, const void *item)
{
    return strcmp((const char *)key, ((const graphviz_attribute *)item)->name);
}

static const graphviz_attribute *find_attribute(an_domain domain, const char *name)
{
    if (!name)
        return NULL;
    if (domain == AN_DOMAIN_NODE)
        return bsearch(name, node_attributes, sizeof node_attributes / sizeof *node_attributes,
                       sizeof *node_attributes, compare_name);
    if (domain == AN_DOMAIN_EDGE)
        return bsearch(name, edge_attributes, sizeof edge_attributes / sizeof *edge_attributes,
                       sizeof *edge_attributes, compare_name);
    return NULL;
}

int an_dot_is_graphviz_attribute(an_domain domain, const char *name)
{
    return find_attribute(domain, name) != NULL;
}

/* ---- quoting ------------------------------------------------------------- */

/* Append `text` as a quoted DOT string (see the file comment for the rules). */
static void put_quoted(an_i_sink *sink, const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *run = p;
    an_i_sink_putc(sink, '"');
    while (*p) {
        unsigned char c = *p;
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '&') {
            p++;
            continue;
        }
        size_t keep = 0;
        if (c >= 0x80)
            keep = an_i_utf8_sequence_length(p, p + 4); /* stops at the NUL: not a continuation byte */
        else if (c == '\t' || c == 0x7f)
            keep = 1;
        if (keep) {
            p += keep;
            continue;
        }
        if (p > run)
            an_i_sink_write(sink, run, (size_t)(p - run));
        switch (c) {
        case '"': PUT(sink, "\\\""); break;
        case '\\': PUT(sink, "\\\\"); break;
        case '&': PUT(sink, "&amp;"); break;
        case '\n': PUT(sink, "\\n"); break;
        case '\r': break;
        default:
            if (c < 0x20)
                an_i_sink_putc(sink, ' ');
            else
                PUT(sink, "\xEF\xBF\xBD"); /* U+FFFD for a byte that is not UTF-8 */
            break;
        }
        p++;
        run = p;
    }
    if (p > run)
        an_i_sink_write(sink, run, (size_t)(p - run));
    an_i_sink_putc(sink, '"');
}

/* ---- values -------------------------------------------------------------- */

/* A column value as text (numbers formatted into `scratch`); NULL when missing. */
static const char *value_text(const an_i_column *c, int64_t row, char *scratch, double *number,
                              int *is_number)
{
    an_i_value cell;
    if (an_i_column_read(c, row, &cell) == AN_I_CELL_MISSING)
        return NULL;
    *is_number = 0;
    switch (c->type) {
    case AN_TYPE_BOOLEAN: {
        int value = (int)cell.integer;
        an_i_format_boolean(scratch, value);
        *number = value;
        *is_number = 1;
        return scratch;
    }
    case AN_TYPE_INT:
    case AN_TYPE_LONG: {
        int64_t value = cell.integer;
        an_i_format_integer(scratch, value);
        *number = (double)value;
        *is_number = 1;
        return scratch;
    }
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: {
        double value = cell.real;
        an_i_format_double(scratch, value);
        *number = value;
        *is_number = 1;
        return scratch;
    }
    case AN_TYPE_STRING: {
        return cell.string ? cell.string : "";
    }
    }
    return NULL;
}

/* Graphviz's style grammar: items separated by commas or spaces, each `name` or `name(args)`. */
static int valid_style(const char *text)
{
    int open = 0;
    for (const char *p = text; *p; p++) {
        if (*p == '(') {
            if (open)
                return 0; /* nesting not allowed */
            open = 1;
        } else if (*p == ')') {
            if (!open)
                return 0; /* unmatched ')' */
            open = 0;
        }
    }
    return !open;
}

/* Whether `text` is acceptable for `attribute`; numbers come pre-parsed when the column is numeric. */
static int acceptable(const graphviz_attribute *attribute, const char *text, double number, int is_number)
{
    switch (attribute->kind) {
    case KIND_TEXT:
        return 1;
    case KIND_STYLE:
        return valid_style(text);
    case KIND_SHAPE:
        return strcmp(text, "record") != 0 && strcmp(text, "Mrecord") != 0;
    case KIND_NUMBER:
    case KIND_INTEGER:
        if (!is_number) {
            char *end;
            number = strtod(text, &end);
            while (*end == ' ')
                end++;
            if (end == text || *end)
                return 0;
        }
        if (!(number >= attribute->low && number <= attribute->high))
            return 0; /* also refuses NaN */
        return attribute->kind == KIND_NUMBER || number == floor(number);
    }
    return 0;
}

/* ---- the writer ---------------------------------------------------------- */

typedef struct passed_column {
    int column;
    const graphviz_attribute *attribute;
} passed_column;

typedef struct dot_writer {
    const an_network *network;
    an_i_sink *sink;
    const an_i_column *label[3];    /* label column per domain, or NULL */
    passed_column *passed[3];       /* pass-through columns per domain */
    int passed_count[3];
} dot_writer;

/* Start or continue an attribute list. */
static void separator(dot_writer *w, int *first)
{
    if (*first) {
        PUT(w->sink, " [");
        *first = 0;
    } else {
        PUT(w->sink, ", ");
    }
}

/* `name` is one of ours (a plain identifier from the tables, "label", "dir"): written bare. */
static void put_attribute(dot_writer *w, int *first, const char *name, const char *value)
{
    separator(w, first);
    an_i_sink_puts(w->sink, name);
    an_i_sink_putc(w->sink, '=');
    put_quoted(w->sink, value);
}

/*
 * The attributes of one node or edge: its label (set value only: a declared
 * default went into the `node [...]` statement), then pass-through columns
 * with a set, acceptable value. `extra_name`/`extra_value` (may be NULL) is
 * appended unless a column already gave that attribute. Returns whether a
 * list was opened.
 */
static void put_attributes(dot_writer *w, an_domain domain, int64_t row, const char *extra_name,
                           const char *extra_value)
{
    char scratch[AN_I_NUMBER_BUFFER];
    double number = 0;
    int is_number = 0, first = 1;
    const an_i_column *label = w->label[domain];
    if (label && an_i_column_present(label, row)) {
        const char *text = value_text(label, row, scratch, &number, &is_number);
        if (text)
            put_attribute(w, &first, "label", text);
    }
    const an_i_column_set *set = &w->network->columns[domain];
    for (int i = 0; i < w->passed_count[domain]; i++) {
        const passed_column *p = &w->passed[domain][i];
        const an_i_column *c = &set->items[p->column];
        if (!an_i_column_present(c, row))
            continue;
        const char *text = value_text(c, row, scratch, &number, &is_number);
        if (!text || !acceptable(p->attribute, text, number, is_number))
            continue;
        if (extra_name && strcmp(p->attribute->name, extra_name) == 0)
            extra_name = NULL; /* the column's value wins */
        put_attribute(w, &first, p->attribute->name, text);
    }
    if (extra_name)
        put_attribute(w, &first, extra_name, extra_value);
    if (!first)
        an_i_sink_putc(w->sink, ']');
}

/* `node [...]` / `edge [...]` with the declared defaults of label and pass-through columns. */
static void put_defaults(dot_writer *w, an_domain domain, const char *keyword)
{
    char scratch[AN_I_NUMBER_BUFFER];
    double number = 0;
    int is_number = 0, first = 1;
    const an_i_column *label = w->label[domain];
    if (label && label->has_default) {
        const char *text = value_text(label, -1, scratch, &number, &is_number);
        if (first) {
            PUT(w->sink, "  ");
            an_i_sink_puts(w->sink, keyword);
        }
        put_attribute(w, &first, "label", text);
    }
    const an_i_column_set *set = &w->network->columns[domain];
    for (int i = 0; i < w->passed_count[domain]; i++) {
        const passed_column *p = &w->passed[domain][i];
        const an_i_column *c = &set->items[p->column];
        if (!c->has_default)
            continue;
        const char *text = value_text(c, -1, scratch, &number, &is_number);
        if (!text || !acceptable(p->attribute, text, number, is_number))
            continue;
        if (first) {
            PUT(w->sink, "  ");
            an_i_sink_puts(w->sink, keyword);
        }
        put_attribute(w, &first, p->attribute->name, text);
    }
    if (!first)
        PUT(w->sink, "];\n");
}

static const an_i_column *find_column(const an_network *network, an_domain domain, const char *name)
{
    if (!name)
        return NULL;
    const an_i_column_set *set = &network->columns[domain];
    for (int k = 0; k < set->count; k++)
        if (strcmp(set->items[k].name, name) == 0)
            return &set->items[k];
    return NULL;
}

static int plan(dot_writer *w, const an_dot_write_options *options)
{
    const an_network *network = w->network;
    w->label[AN_DOMAIN_NODE] = find_column(network, AN_DOMAIN_NODE, options->label_column);
    w->label[AN_DOMAIN_EDGE] = find_column(network, AN_DOMAIN_EDGE, options->edge_label_column);
    for (int d = AN_DOMAIN_NODE; d <= AN_DOMAIN_EDGE; d++) {
        const an_i_column_set *set = &network->columns[d];
        w->passed[d] = malloc((size_t)(set->count ? set->count : 1) * sizeof(passed_column));
        if (!w->passed[d])
            return AN_I_NOMEM();
        for (int k = 0; k < set->count; k++) {
            const an_i_column *c = &set->items[k];
            const graphviz_attribute *attribute = find_attribute((an_domain)d, c->name);
            if (!attribute || c == w->label[d] || c->is_markup)
                continue;
            w->passed[d][w->passed_count[d]].column = k;
            w->passed[d][w->passed_count[d]].attribute = attribute;
            w->passed_count[d]++;
        }
    }
    return AN_OK;
}

static int put_dot(dot_writer *w, const an_dot_write_options *options)
{
    const an_network *network = w->network;
    an_i_sink *sink = w->sink;
    int digraph = network->directed_edges > 0 ||
                  (network->edge_count == 0 && network->default_directed);
    int mixed = digraph && network->directed_edges < network->edge_count;

    an_i_sink_puts(sink, digraph ? "digraph" : "graph");
    if (options->graph_name) {
        an_i_sink_putc(sink, ' ');
        put_quoted(sink, options->graph_name);
    }
    PUT(sink, " {\n");
    if (options->graph_attributes) {
        for (const char *const *pair = options->graph_attributes; pair[0] && pair[1]; pair += 2) {
            PUT(sink, "  ");
            put_quoted(sink, pair[0]);
            an_i_sink_putc(sink, '=');
            put_quoted(sink, pair[1]);
            PUT(sink, ";\n");
        }
    }
    put_defaults(w, AN_DOMAIN_NODE, "node");
    put_defaults(w, AN_DOMAIN_EDGE, "edge");

    for (int64_t v = 0; v < network->node_count; v++) {
        if ((v & 4095) == 0 && an_i_sink_failed(sink))
            return sink->status;
        PUT(sink, "  ");
        put_quoted(sink, network->node_ids[v]);
        put_attributes(w, AN_DOMAIN_NODE, v, NULL, NULL);
        PUT(sink, ";\n");
    }
    for (int64_t e = 0; e < network->edge_count; e++) {
        if ((e & 4095) == 0 && an_i_sink_failed(sink))
            return sink->status;
        PUT(sink, "  ");
        put_quoted(sink, network->node_ids[network->endpoints[2 * e]]);
        if (digraph)
            PUT(sink, " -> ");
        else
            PUT(sink, " -- ");
        put_quoted(sink, network->node_ids[network->endpoints[2 * e + 1]]);
        int undirected_in_digraph = mixed && !an_i_edge_directed(network, e);
        put_attributes(w, AN_DOMAIN_EDGE, e, undirected_in_digraph ? "dir" : NULL, "none");
        PUT(sink, ";\n");
    }
    PUT(sink, "}\n");
    return sink->status;
}

static int write_dot(const an_network *network, an_i_sink *sink, const an_dot_write_options *options,
                     char **out, size_t *out_size)
{
    an_dot_write_options defaults = AN_DOT_WRITE_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    dot_writer w;
    memset(&w, 0, sizeof w);
    w.network = network;
    w.sink = sink;
    int rc = plan(&w, options);
    if (rc == AN_OK)
        rc = put_dot(&w, options);
    for (int d = 0; d < 3; d++)
        free(w.passed[d]);
    if (rc != AN_OK) {
        an_i_sink_abort(sink);
        return rc;
    }
    return an_i_sink_commit(sink, out, out_size);
}

static int check_options(const an_dot_write_options *options)
{
    if (options && options->version != AN_DOT_WRITE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_dot_write_options has version %u, expected %d",
                          options->version, AN_DOT_WRITE_OPTIONS_VERSION);
    return AN_OK;
}

int an_network_save_dot(const an_network *network, const char *path, const an_dot_write_options *options)
{
    if (!network || !path)
        return AN_I_MISUSE("network or path is NULL");
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    an_i_sink sink;
    if ((rc = an_i_sink_open_file(&sink, path)) != AN_OK)
        return rc;
    return write_dot(network, &sink, options, NULL, NULL);
}

int an_network_dot_to_buffer(char **out, size_t *out_size, const an_network *network,
                             const an_dot_write_options *options)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    an_i_sink sink;
    if ((rc = an_i_sink_open_buffer(&sink)) != AN_OK)
        return rc;
    return write_dot(network, &sink, options, out, out_size);
}
