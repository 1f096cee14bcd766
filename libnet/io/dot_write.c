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
 * is not an error: every node shows its id, or, in a file from yEd or yFiles,
 * the label yEd shows (its <y:NodeLabel> text, core/yed_labels.h).
 *
 * Pass-through: node and edge columns named as a Graphviz attribute on the
 * allow-list of dot_values.c become that attribute when their value passes
 * the check of its kind; the rest are not written. The checks keep out what
 * makes Graphviz fail (measured with dot 2.43: a style with unbalanced
 * parentheses is an error, minlen 100000 exhausts memory, shape "record"
 * parses the label, so a label with "{" fails), what it copies into SVG
 * unescaped (URL, href, fontname: a quote there ends the attribute and
 * starts another, such as onmouseover), and what it resolves as a file
 * (fontname as a path, image, shapefile, fontpath, imagepath, stylesheet,
 * shape=epsf): a network from an untrusted file must not make `dot` open
 * files or write script. Such values are left out (Graphviz's default).
 *
 * Size: `dot` (Graphviz's default engine) takes minutes on a few hundred
 * crossing ties (bench/dot_layout.py). Above AN_I_DOT_LAYOUT_LIMIT actors or
 * ties, unless options->graph_attributes sets layout or splines, the writer
 * adds `layout=sfdp; splines=line;` with a comment saying why.
 *
 * Styling by analysis results works through the same door: attach a column
 * named "fillcolor" (or "shape", "penwidth", ...) and it is drawn.
 */
#include "actornet/dot.h"

#include "error_internal.h"
#include "network_internal.h"
#include "dot_values.h"
#include "number_format.h"
#include "output_sink.h"
#include "xml_escape.h"
#include "yed_labels.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Actors or ties above which the DOT selects sfdp with straight edges. Measure with bench/dot_layout.py
 * (one run on a loaded machine: dot took 10.9 s on 100 actors and 300 uniform random ties). */
#define AN_I_DOT_LAYOUT_LIMIT 300

#define PUT(sink, literal) an_i_sink_write((sink), (literal), sizeof(literal) - 1)

int an_dot_is_graphviz_attribute(an_domain domain, const char *name)
{
    return an_i_dot_find_attribute(domain, name) != NULL;
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

/* ---- the writer ---------------------------------------------------------- */

typedef struct passed_column {
    int column;
    const an_i_dot_attribute *attribute;
} passed_column;

typedef struct dot_writer {
    const an_network *network;
    an_i_sink *sink;
    const an_i_column *label[3];    /* label column per domain, or NULL */
    const an_i_column *yed_graphics; /* yEd's node drawing, for labels when there is no label column */
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
    } else if (domain == AN_DOMAIN_NODE && w->yed_graphics) {
        char *text = an_i_yed_label(w->network, w->yed_graphics, domain, row);
        if (text)
            put_attribute(w, &first, "label", text);
        free(text);
    }
    const an_i_column_set *set = &w->network->columns[domain];
    for (int i = 0; i < w->passed_count[domain]; i++) {
        const passed_column *p = &w->passed[domain][i];
        const an_i_column *c = &set->items[p->column];
        if (!an_i_column_present(c, row))
            continue;
        const char *text = value_text(c, row, scratch, &number, &is_number);
        if (!text || !an_i_dot_acceptable(p->attribute, text, number, is_number))
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
        if (!text || !an_i_dot_acceptable(p->attribute, text, number, is_number))
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
    if (!w->label[AN_DOMAIN_NODE])
        w->yed_graphics = an_i_yed_graphics_column(network, AN_DOMAIN_NODE);
    for (int d = AN_DOMAIN_NODE; d <= AN_DOMAIN_EDGE; d++) {
        const an_i_column_set *set = &network->columns[d];
        w->passed[d] = malloc((size_t)(set->count ? set->count : 1) * sizeof(passed_column));
        if (!w->passed[d])
            return AN_I_NOMEM();
        for (int k = 0; k < set->count; k++) {
            const an_i_column *c = &set->items[k];
            const an_i_dot_attribute *attribute = an_i_dot_find_attribute((an_domain)d, c->name);
            if (!attribute || c == w->label[d] || c->is_markup)
                continue;
            w->passed[d][w->passed_count[d]].column = k;
            w->passed[d][w->passed_count[d]].attribute = attribute;
            w->passed_count[d]++;
        }
    }
    return AN_OK;
}

/* 1 when the caller's graph attributes name `name`. */
static int caller_sets(const an_dot_write_options *options, const char *name)
{
    for (const char *const *pair = options->graph_attributes; pair && pair[0] && pair[1]; pair += 2)
        if (strcmp(pair[0], name) == 0)
            return 1;
    return 0;
}

/* Above the size dot lays out in seconds: sfdp with straight edges, said in a comment. */
static void put_scalable_layout(an_i_sink *sink, const an_network *network, const an_dot_write_options *options)
{
    if (network->node_count <= AN_I_DOT_LAYOUT_LIMIT && network->edge_count <= AN_I_DOT_LAYOUT_LIMIT)
        return;
    if (caller_sets(options, "layout") || caller_sets(options, "splines"))
        return;
    an_i_sink_printf(sink, "  // actornet: %lld actors and %lld ties, more than %d of either: Graphviz's default engine\n"
                           "  // (dot) can take minutes here, so sfdp lays the network out with straight ties\n"
                           "  // (bench/dot_layout.py). Delete the next two lines to use dot.\n"
                           "  layout=sfdp;\n  splines=line;\n",
                     (long long)network->node_count, (long long)network->edge_count, AN_I_DOT_LAYOUT_LIMIT);
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
    put_scalable_layout(sink, network, options);
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

static int write_dot(an_i_sink *sink, const void *network_pointer, const void *options_pointer)
{
    const an_network *network = network_pointer;
    const an_dot_write_options *options = options_pointer;
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
    return rc;
}

static int check_options(const void *options_pointer)
{
    const an_dot_write_options *options = options_pointer;
    if (options && options->version != AN_DOT_WRITE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_dot_write_options has version %u, expected %d",
                          options->version, AN_DOT_WRITE_OPTIONS_VERSION);
    return AN_OK;
}

static const an_i_writer dot_writer_frame = { check_options, write_dot };

int an_network_save_dot(const an_network *network, const char *path, const an_dot_write_options *options)
{
    return an_i_sink_run(&dot_writer_frame, AN_I_SINK_FILE, network, options, path, NULL, NULL);
}

int an_network_dot_to_buffer(char **out, size_t *out_size, const an_network *network,
                             const an_dot_write_options *options)
{
    return an_i_sink_run(&dot_writer_frame, AN_I_SINK_BUFFER, network, options, NULL, out, out_size);
}
