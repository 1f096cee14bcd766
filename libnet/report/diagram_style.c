/*
 * diagram_style.c — how the report's diagrams look: shape by actor class,
 * fill by community, size by a measure, dashed reported ties, edge colour by
 * relation family, tooltips with citations, and a legend.
 *
 * The network diagrams are styled views: a copy of (part of) the network with
 * Graphviz attribute columns attached (shape, fillcolor, width, color, style,
 * tooltip, ...), written by the DOT writer, which passes such columns through.
 * Chain, legend and quotient diagrams are small and written here directly.
 *
 * Colours and shapes come from the report's palette (report_palette.c).
 */
#include "diagram_internal.h"

#include "actornet/dot.h"
#include "actornet/views.h"
#include "error_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT "Helvetica"
#define BORDER "#444444"

/* ---- labels ---------------------------------------------------------------- */

static size_t utf8_chars(const char *text, size_t bytes)
{
    size_t count = 0;
    for (size_t i = 0; i < bytes; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80)
            count++;
    return count;
}

/* A shorter name for drawing: the label when it is short, else the first alias that is. */
static const char *short_name(const an_i_report *report, int64_t node, char *scratch, size_t size)
{
    const char *label = report->labels[node];
    if (utf8_chars(label, strlen(label)) <= 30)
        return label;
    int column = -1;
    const char *aliases = NULL;
    if (an_network_find_column(report->network, AN_DOMAIN_NODE, "aliases", &column) == AN_OK &&
        an_network_get_string(report->network, AN_DOMAIN_NODE, column, node, &aliases) == AN_OK && aliases) {
        const char *p = aliases;
        while (*p) {
            const char *end = strstr(p, " | ");
            size_t length = end ? (size_t)(end - p) : strlen(p);
            size_t chars = utf8_chars(p, length);
            if (chars >= 3 && chars <= 24 && length < size) {
                memcpy(scratch, p, length);
                scratch[length] = '\0';
                return scratch;
            }
            if (!end)
                break;
            p = end + 3;
        }
    }
    return label;
}

char *an_i_diagram_label(const an_i_report *report, int64_t node, int width)
{
    char scratch[256];
    const char *name = short_name(report, node, scratch, sizeof scratch);
    an_i_strbuf out;
    an_i_strbuf_init(&out);
    size_t line_chars = 0;
    int lines = 1;
    const char *p = name;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *end = p;
        while (*end && *end != ' ')
            end++;
        size_t chars = utf8_chars(p, (size_t)(end - p));
        if (line_chars && line_chars + 1 + chars > (size_t)width) {
            if (lines == 3) {
                an_i_strbuf_puts(&out, "\xE2\x80\xA6"); /* … */
                break;
            }
            an_i_strbuf_puts(&out, "\n");
            lines++;
            line_chars = 0;
        } else if (line_chars) {
            an_i_strbuf_puts(&out, " ");
            line_chars++;
        }
        an_i_strbuf_append(&out, p, (size_t)(end - p));
        line_chars += chars;
        p = end;
    }
    return an_i_strbuf_take(&out, NULL);
}

static void quote(an_i_strbuf *out, const char *text, const char *line_end)
{
    an_i_strbuf_puts(out, "\"");
    const char *run = text ? text : "";
    for (const char *p = run; *p; p++) {
        const char *escape = NULL;
        if (*p == '"')
            escape = "\\\"";
        else if (*p == '\\')
            escape = "\\\\";
        else if (*p == '\n')
            escape = line_end;
        else if (*p == '&')
            escape = "&amp;";
        else if ((unsigned char)*p < 0x20)
            escape = " ";
        if (escape) {
            an_i_strbuf_append(out, run, (size_t)(p - run));
            an_i_strbuf_puts(out, escape);
            run = p + 1;
        }
    }
    an_i_strbuf_puts(out, run);
    if (strcmp(line_end, "\\l") == 0)
        an_i_strbuf_puts(out, line_end);
    an_i_strbuf_puts(out, "\"");
}

void an_i_dot_quote(an_i_strbuf *out, const char *text)
{
    quote(out, text, "\\n");
}

/* "Toğa & Şahin 2023" from "Toğa & Şahin 2023, doi:..." */
static void short_source(an_i_strbuf *out, const char *source)
{
    if (!source) {
        an_i_strbuf_puts(out, "no source");
        return;
    }
    const char *comma = strchr(source, ',');
    an_i_strbuf_append(out, source, comma ? (size_t)(comma - source) : strlen(source));
}

static void truncated(an_i_strbuf *out, const char *text, size_t limit)
{
    size_t length = strlen(text), chars = 0, i = 0;
    for (; i < length; i++) {
        if (((unsigned char)text[i] & 0xC0) != 0x80 && ++chars > limit)
            break;
    }
    an_i_strbuf_append(out, text, i);
    if (i < length)
        an_i_strbuf_puts(out, "\xE2\x80\xA6");
}

/* One tie's citation as plain text: "A relation B (year; confidence). Source, locator. Evidence" */
static void tie_citation(an_i_strbuf *out, const an_i_report *report, int64_t edge)
{
    int64_t s, t;
    an_network_edge_endpoints(report->network, edge, &s, &t);
    const char *relation = an_i_report_edge_string(report, report->relation_column, edge);
    const char *confidence = an_i_report_edge_string(report, report->confidence_column, edge);
    const char *source = an_i_report_edge_string(report, report->source_column, edge);
    const char *locator = an_i_report_edge_string(report, report->locator_column, edge);
    const char *evidence = an_i_report_edge_string(report, report->evidence_column, edge);
    double year = an_i_report_edge_year(report, edge);
    an_i_strbuf_printf(out, "%s %s %s", report->tie_names[s], relation ? relation : "tied to", report->tie_names[t]);
    if (!isnan(year) || confidence) {
        an_i_strbuf_puts(out, " (");
        if (!isnan(year))
            an_i_strbuf_printf(out, "%.0f%s", year, confidence ? "; " : "");
        if (confidence)
            an_i_strbuf_puts(out, confidence);
        an_i_strbuf_puts(out, ")");
    }
    if (source) {
        an_i_strbuf_printf(out, ". %s", source);
        if (locator)
            an_i_strbuf_printf(out, ", %s", locator);
    }
    if (evidence)
        an_i_strbuf_printf(out, ". %s", evidence);
}

/* ---- styled views ------------------------------------------------------------ */

/* Put string values into a column of the view (created when missing; skipped if of another type). */
static int set_strings(an_network *view, an_domain domain, const char *name, char **values, int64_t rows)
{
    int column = -1;
    if (an_network_find_column(view, domain, name, &column) != AN_OK) {
        int rc = an_network_add_column(view, domain, name, AN_TYPE_STRING, &column);
        if (rc != AN_OK)
            return rc;
    } else if (an_network_column_type(view, domain, column) != AN_TYPE_STRING) {
        return AN_OK;
    }
    for (int64_t r = 0; r < rows; r++) {
        int rc = values[r] ? an_network_set_string(view, domain, column, r, values[r])
                           : an_network_unset(view, domain, column, r);
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

static int set_reals(an_network *view, an_domain domain, const char *name, const double *values)
{
    int rc = an_network_attach_reals(view, domain, name, values);
    return rc == AN_ETYPE ? AN_OK : rc; /* an input column of that name and another type: keep it */
}

static void free_strings(char **values, int64_t rows)
{
    if (!values)
        return;
    for (int64_t r = 0; r < rows; r++)
        free(values[r]);
    free(values);
}

static char *copy_text(const char *text)
{
    return text ? strdup(text) : NULL;
}

/* Size of node v in [0, 1] by the size measure (0 for NaN). */
static double size_share(const an_i_report *report, int64_t v)
{
    const double *scores = report->scores + (size_t)report->size_index * report->n;
    double low = INFINITY, high = -INFINITY;
    for (int64_t u = 0; u < report->n; u++)
        if (!isnan(scores[u])) {
            low = scores[u] < low ? scores[u] : low;
            high = scores[u] > high ? scores[u] : high;
        }
    if (isnan(scores[v]) || !(high > low))
        return 0.0;
    double share = (scores[v] - low) / (high - low);
    return an_i_report_measure_ascending(report->size_measure) ? 1.0 - share : share;
}

typedef struct tie_pair {
    int64_t low, high, edge;
} tie_pair;

static int by_tie_pair(const void *a, const void *b)
{
    const tie_pair *x = a, *y = b;
    if (x->low != y->low)
        return x->low < y->low ? -1 : 1;
    if (x->high != y->high)
        return x->high < y->high ? -1 : 1;
    return (x->edge > y->edge) - (x->edge < y->edge);
}

/* Mark, among the ties between kept actors, the first of each unordered pair; self-loops unmarked. */
static int first_tie_per_pair(unsigned char **out, const an_i_report *report, const unsigned char *keep_nodes)
{
    int64_t count = 0;
    tie_pair *pairs = NULL;
    unsigned char *keep = calloc((size_t)report->m + 1, 1);
    for (int pass = 0; pass < 2 && keep; pass++) {
        int64_t filled = 0;
        for (int64_t e = 0; e < report->m; e++) {
            int64_t s, t;
            an_network_edge_endpoints(report->network, e, &s, &t);
            if (s == t || !keep_nodes[s] || !keep_nodes[t])
                continue;
            if (pass == 1)
                pairs[filled] = (tie_pair){ s < t ? s : t, s < t ? t : s, e };
            filled++;
        }
        if (pass == 0) {
            count = filled;
            if (!(pairs = malloc((size_t)(count ? count : 1) * sizeof *pairs))) {
                free(keep);
                keep = NULL;
            }
        }
    }
    if (!keep) {
        free(pairs);
        return AN_I_NOMEM();
    }
    qsort(pairs, (size_t)count, sizeof *pairs, by_tie_pair);
    for (int64_t i = 0; i < count; i++)
        if (i == 0 || pairs[i].low != pairs[i - 1].low || pairs[i].high != pairs[i - 1].high)
            keep[pairs[i].edge] = 1;
    free(pairs);
    *out = keep;
    return AN_OK;
}

int an_i_diagram_network_dot(const an_i_report *report, const unsigned char *keep_nodes, const char *title,
                             char **out)
{
    *out = NULL;
    an_network *view = NULL;
    unsigned char *keep_edges = NULL;
    int rc = AN_OK;
    if (keep_nodes) {
        /* the summary diagrams (networks above draw_limit) draw one tie per pair of actors (the first
         * in file order), no self-loops, and straight lines: heavy-tailed networks give their hubs
         * hundreds of parallel ties, and sfdp's curved splines over them ran past the render timeout
         * (top actors of 1,000 actors / 10,000 ties: over 100 s curved, 0.14 s straight) */
        rc = first_tie_per_pair(&keep_edges, report, keep_nodes);
        if (rc != AN_OK)
            return rc;
    }
    rc = an_view_subset(&view, report->network, keep_nodes, keep_edges);
    free(keep_edges);
    if (rc != AN_OK)
        return rc;
    int64_t n = an_network_node_count(view), m = an_network_edge_count(view);
    char **label = calloc((size_t)n + 1, sizeof *label), **shape = calloc((size_t)n + 1, sizeof *shape);
    char **fill = calloc((size_t)n + 1, sizeof *fill), **tooltip = calloc((size_t)n + 1, sizeof *tooltip);
    char **style = calloc((size_t)n + 1, sizeof *style), **font = calloc((size_t)n + 1, sizeof *font);
    char **border = calloc((size_t)n + 1, sizeof *border);
    double *width = calloc((size_t)n + 1, sizeof *width), *height = calloc((size_t)n + 1, sizeof *height);
    double *fontsize = calloc((size_t)n + 1, sizeof *fontsize), *penwidth = calloc((size_t)n + 1, sizeof *penwidth);
    char **ecolour = calloc((size_t)m + 1, sizeof *ecolour), **estyle = calloc((size_t)m + 1, sizeof *estyle);
    char **etip = calloc((size_t)m + 1, sizeof *etip);
    double *epen = calloc((size_t)m + 1, sizeof *epen), *earrow = calloc((size_t)m + 1, sizeof *earrow);
    an_i_strbuf text;
    an_i_strbuf_init(&text);
    if (!label || !shape || !fill || !tooltip || !style || !font || !border || !width || !height || !fontsize ||
        !penwidth || !ecolour || !estyle || !etip || !epen || !earrow) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    const int64_t *membership = report->partition->membership;
    for (int64_t i = 0; i < n; i++) {
        int64_t v;
        an_network_find_node(report->network, an_network_node_id(view, i), &v);
        double share = sqrt(size_share(report, v));
        int key_player = 0;
        for (int64_t k = 0; report->kp_done && k < report->kp_k; k++)
            key_player |= report->kp_fragmentation[k] == v;
        label[i] = an_i_diagram_label(report, v, share > 0.5 ? 16 : 18);
        shape[i] = copy_text(an_i_diagram_class_shape(report->classes[v]));
        fill[i] = copy_text(an_i_diagram_community_colour(an_i_report_community_rank(report, membership[v])));
        style[i] = copy_text(key_player ? "filled,bold" : "filled");
        font[i] = copy_text(FONT);
        border[i] = copy_text(BORDER);
        width[i] = 0.35 + 1.1 * share;
        height[i] = 0.25 + 0.55 * share;
        fontsize[i] = 9.0 + 9.0 * share;
        penwidth[i] = key_player ? 3.0 : 1.0;
        an_i_strbuf_free(&text);
        if (membership[v] < 0) /* not ranked: outside the structure lens */
            an_i_strbuf_printf(&text, "%s (%s); outside the lens %s", report->labels[v],
                               report->classes[v] ? report->classes[v] : "no class", report->structure.lens.name);
        else
            an_i_strbuf_printf(&text, "%s (%s); community %lld; %s %.3g%s", report->labels[v],
                               report->classes[v] ? report->classes[v] : "no class",
                               (long long)an_i_report_community_rank(report, membership[v]) + 1, report->options.size_by,
                               report->scores[(size_t)report->size_index * report->n + v],
                               key_player ? "; key player" : "");
        tooltip[i] = an_i_strbuf_take(&text, NULL);
    }
    int relation_column = -1, confidence_column = -1;
    an_network_find_column(view, AN_DOMAIN_EDGE, report->options.relation_column, &relation_column);
    an_network_find_column(view, AN_DOMAIN_EDGE, report->options.confidence_column, &confidence_column);
    /* the view keeps the kept edges in file order: walk the original's edges alongside */
    int64_t original = 0;
    for (int64_t e = 0; e < m; e++) {
        int64_t s, t, vs, vt;
        an_network_edge_endpoints(view, e, &s, &t);
        an_network_find_node(report->network, an_network_node_id(view, s), &vs);
        an_network_find_node(report->network, an_network_node_id(view, t), &vt);
        for (; original < report->m; original++) {
            int64_t os, ot;
            an_network_edge_endpoints(report->network, original, &os, &ot);
            if (os == vs && ot == vt)
                break;
        }
        const char *relation = NULL, *confidence = NULL;
        if (relation_column >= 0)
            an_network_get_string(view, AN_DOMAIN_EDGE, relation_column, e, &relation);
        if (confidence_column >= 0)
            an_network_get_string(view, AN_DOMAIN_EDGE, confidence_column, e, &confidence);
        an_i_strbuf_free(&text);
        an_i_strbuf_printf(&text, "%sCC", an_i_diagram_relation_colour(relation));
        ecolour[e] = an_i_strbuf_take(&text, NULL);
        int stated = !confidence || strcmp(confidence, "stated") == 0;
        estyle[e] = copy_text(stated ? "solid" : "dashed");
        epen[e] = stated ? 1.4 : 1.2;
        earrow[e] = 0.6;
        if (original < report->m) {
            tie_citation(&text, report, original);
            etip[e] = an_i_strbuf_take(&text, NULL);
            original++;
        }
    }
    if ((rc = set_strings(view, AN_DOMAIN_NODE, "an_draw_label", label, n)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_NODE, "shape", shape, n)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_NODE, "fillcolor", fill, n)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_NODE, "style", style, n)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_NODE, "color", border, n)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_NODE, "fontname", font, n)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_NODE, "tooltip", tooltip, n)) != AN_OK ||
        (rc = set_reals(view, AN_DOMAIN_NODE, "width", width)) != AN_OK ||
        (rc = set_reals(view, AN_DOMAIN_NODE, "height", height)) != AN_OK ||
        (rc = set_reals(view, AN_DOMAIN_NODE, "fontsize", fontsize)) != AN_OK ||
        (rc = set_reals(view, AN_DOMAIN_NODE, "penwidth", penwidth)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_EDGE, "color", ecolour, m)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_EDGE, "style", estyle, m)) != AN_OK ||
        (rc = set_strings(view, AN_DOMAIN_EDGE, "tooltip", etip, m)) != AN_OK ||
        (rc = set_reals(view, AN_DOMAIN_EDGE, "penwidth", epen)) != AN_OK ||
        (rc = set_reals(view, AN_DOMAIN_EDGE, "arrowsize", earrow)) != AN_OK)
        goto cleanup;
    {
        const char *attributes[] = {
            "layout", "sfdp", "overlap", "prism", "overlap_scaling", "-4", "sep", "+8",
            "splines", keep_nodes ? "line" : "curved", "outputorder", "edgesfirst", "pad", "0.3", "K", "1.2",
            "fontname", FONT, "fontsize", "16", "labelloc", "t", "label", title ? title : "",
            "bgcolor", "white", NULL,
        };
        an_dot_write_options options = AN_DOT_WRITE_OPTIONS_INIT;
        options.label_column = "an_draw_label";
        options.graph_name = "network";
        options.graph_attributes = attributes;
        rc = an_network_dot_to_buffer(out, NULL, view, &options);
    }
cleanup:
    an_i_strbuf_free(&text);
    free_strings(label, n);
    free_strings(shape, n);
    free_strings(fill, n);
    free_strings(tooltip, n);
    free_strings(style, n);
    free_strings(font, n);
    free_strings(border, n);
    free(width);
    free(height);
    free(fontsize);
    free(penwidth);
    free_strings(ecolour, m);
    free_strings(estyle, m);
    free_strings(etip, m);
    free(epen);
    free(earrow);
    an_network_free(view);
    return rc;
}

/* ---- legend -------------------------------------------------------------------- */

int an_i_diagram_legend_dot(const an_i_report *report, const unsigned char *keep_nodes, int as_cluster,
                            char **out)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_tally classes = { 0 };
    int present[AN_I_PALETTE_FAMILIES] = { 0 };
    int stated = 0, reported = 0;
    for (int64_t v = 0; v < report->n; v++)
        if (!keep_nodes || keep_nodes[v])
            an_i_tally_add(&classes, report->classes[v]);
    for (int64_t e = 0; e < report->m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        if (keep_nodes && (!keep_nodes[s] || !keep_nodes[t]))
            continue;
        present[an_i_diagram_family_index(an_i_report_edge_string(report, report->relation_column, e))] = 1;
        const char *confidence = an_i_report_edge_string(report, report->confidence_column, e);
        if (!confidence || strcmp(confidence, "stated") == 0)
            stated = 1;
        else
            reported = 1;
    }
    an_i_tally_sort(&classes);
    const char *prefix = as_cluster ? "  " : "";
    if (as_cluster)
        an_i_strbuf_puts(&b, "  subgraph cluster_legend {\n    label=\"Legend\"; fontname=\"" FONT "\"; "
                             "fontsize=12; style=\"rounded\"; color=\"#BBBBBB\";\n");
    else
        an_i_strbuf_puts(&b, "digraph legend {\n  graph [rankdir=LR, fontname=\"" FONT "\", fontsize=12, "
                             "nodesep=0.06, ranksep=0.25, pad=0.2, labelloc=t, label=\"Legend\"];\n");
    an_i_strbuf_printf(&b, "%s  node [fontname=\"" FONT "\", fontsize=10, style=filled, fillcolor=white, "
                           "color=\"" BORDER "\", height=0.3, width=1.3, fixedsize=false];\n", prefix);
    an_i_strbuf_printf(&b, "%s  edge [arrowhead=none, penwidth=2.2];\n", prefix);
    /* ties: a line per relation family present, then stated/reported */
    an_i_strbuf_printf(&b, "%s  subgraph cluster_legend_ties { label=\"Tie (colour: relation; line: evidence)\"; "
                           "color=\"#DDDDDD\"; fontsize=10;\n", prefix);
    for (int f = 0; f < AN_I_PALETTE_FAMILIES; f++) {
        if (!present[f])
            continue;
        an_i_strbuf_printf(&b, "%s    legend_tie_%d_a [shape=point, width=0.05, style=invis, label=\"\"];\n", prefix, f);
        an_i_strbuf_printf(&b, "%s    legend_tie_%d_b [shape=plaintext, style=\"\", label=\"%s\"];\n", prefix, f,
                           an_i_diagram_family_name(f));
        an_i_strbuf_printf(&b, "%s    legend_tie_%d_a -> legend_tie_%d_b [color=\"%s\", minlen=2];\n", prefix, f, f,
                           an_i_diagram_family_colour(f));
    }
    if (stated || reported) {
        an_i_strbuf_printf(&b, "%s    legend_stated_a [shape=point, width=0.05, style=invis, label=\"\"];\n", prefix);
        an_i_strbuf_printf(&b, "%s    legend_stated_b [shape=plaintext, style=\"\", label=\"stated (solid)\"];\n", prefix);
        an_i_strbuf_printf(&b, "%s    legend_stated_a -> legend_stated_b [color=\"#444444\", penwidth=1.4, minlen=2];\n", prefix);
        an_i_strbuf_printf(&b, "%s    legend_reported_a [shape=point, width=0.05, style=invis, label=\"\"];\n", prefix);
        an_i_strbuf_printf(&b, "%s    legend_reported_b [shape=plaintext, style=\"\", label=\"reported (dashed)\"];\n", prefix);
        an_i_strbuf_printf(&b, "%s    legend_reported_a -> legend_reported_b [color=\"#444444\", penwidth=1.4, "
                               "style=dashed, minlen=2];\n", prefix);
    }
    an_i_strbuf_printf(&b, "%s  }\n", prefix);
    /* communities: the coloured ones */
    an_i_strbuf_printf(&b, "%s  subgraph cluster_legend_communities { label=\"Community (fill)\"; color=\"#DDDDDD\"; "
                           "fontsize=10;\n", prefix);
    int64_t colours = AN_I_PALETTE_COMMUNITY_COLOURS;
    int64_t shown = report->partition->count < colours ? report->partition->count : colours;
    for (int64_t i = 0; i < shown; i++) {
        int64_t c = report->community_order[i], lead = -1;
        for (int64_t j = 0; j < report->n && lead < 0; j++)
            if (report->partition->membership[report->order[j]] == c)
                lead = report->order[j];
        char *name = an_i_diagram_label(report, lead, 40);
        an_i_strbuf printed;
        an_i_strbuf_init(&printed);
        an_i_strbuf_printf(&printed, "%lld: %s (%lld)", (long long)i + 1, name ? name : "",
                           (long long)report->partition->sizes[c]);
        free(name);
        for (char *p = printed.data; p && *p; p++)
            if (*p == '\n')
                *p = ' ';
        an_i_strbuf_printf(&b, "%s    legend_community_%lld [shape=box, fillcolor=\"%s\", label=", prefix, (long long)i,
                           an_i_diagram_community_colour(i));
        an_i_dot_quote(&b, printed.data ? printed.data : "");
        an_i_strbuf_puts(&b, "];\n");
        an_i_strbuf_free(&printed);
    }
    if (report->partition->count > AN_I_PALETTE_COMMUNITY_COLOURS)
        an_i_strbuf_printf(&b, "%s    legend_community_other [shape=box, fillcolor=\"" AN_I_PALETTE_OTHER_FILL "\", "
                               "label=\"%lld smaller communities\"];\n",
                           prefix, (long long)(report->partition->count - AN_I_PALETTE_COMMUNITY_COLOURS));
    an_i_strbuf_printf(&b, "%s  }\n", prefix);
    /* classes: a sample of each shape */
    an_i_strbuf_printf(&b, "%s  subgraph cluster_legend_classes { label=\"Actor class (shape)\"; color=\"#DDDDDD\"; "
                           "fontsize=10;\n", prefix);
    for (int64_t i = 0; i < classes.count; i++) {
        an_i_strbuf_printf(&b, "%s    legend_class_%lld [shape=%s, label=", prefix, (long long)i,
                           an_i_diagram_class_shape(strcmp(classes.names[i], "(none)") ? classes.names[i] : NULL));
        an_i_dot_quote(&b, classes.names[i]);
        an_i_strbuf_puts(&b, "];\n");
    }
    an_i_strbuf_printf(&b, "%s  }\n", prefix);
    an_i_strbuf_printf(&b, "%s  legend_size [shape=plaintext, style=\"\", fontsize=10, label=\"Size: %s. "
                           "Thick border: key player.\\nHover a node or tie for details and citation.\"];\n",
                       prefix, report->options.size_by);
    an_i_strbuf_puts(&b, as_cluster ? "  }\n" : "}\n");
    an_i_tally_free(&classes);
    if (b.failed) {
        an_i_strbuf_free(&b);
        return AN_I_NOMEM();
    }
    *out = an_i_strbuf_take(&b, NULL);
    return AN_OK;
}

/* ---- chains ---------------------------------------------------------------------- */

int an_i_diagram_chain_dot(const an_i_report *report, int64_t index, char **out)
{
    const an_i_chain *chain = &report->chains[index];
    const an_path *path = chain->path;
    an_i_strbuf b, caption;
    an_i_strbuf_init(&b);
    an_i_strbuf_init(&caption);
    an_i_strbuf_printf(&caption, "Chain %lld: %s to %s, %lld hop%s, %lld reported", (long long)index + 1,
                       report->labels[path->nodes[0]], report->labels[path->nodes[path->length]],
                       (long long)path->length, path->length == 1 ? "" : "s", (long long)chain->reported_hops);
    if (chain->symbolic_hops)
        an_i_strbuf_printf(&caption, ", %lld symbolic (ideas or symbols, not an operational link)",
                           (long long)chain->symbolic_hops);
    an_i_strbuf_puts(&caption, chain->symbolic_hops ? "\nsolid: stated, dashed: reported, dotted: symbolic; arrows show "
                                                      "each tie's stored direction; hover a tie for its citation"
                                                    : "\nsolid: stated, dashed: reported; arrows show each tie's "
                                                      "stored direction; hover a tie for its citation");
    an_i_strbuf_printf(&b, "digraph \"chain-%lld\" {\n", (long long)index + 1);
    /* short chains read left to right; longer ones top to bottom, so they stay legible on a page */
    an_i_strbuf_printf(&b, "  graph [rankdir=%s, fontname=\"" FONT "\", fontsize=12, labelloc=t, labeljust=l, "
                           "pad=0.25, nodesep=0.4, ranksep=%s, bgcolor=white, label=",
                       path->length <= 3 ? "LR" : "TB", path->length <= 3 ? "0.9" : "0.45");
    quote(&b, caption.data, "\\l");
    an_i_strbuf_puts(&b, "];\n  node [fontname=\"" FONT "\", fontsize=11, style=filled, color=\"" BORDER "\", "
                         "margin=\"0.12,0.06\"];\n  edge [fontname=\"" FONT "\", fontsize=9, arrowsize=0.8, penwidth=1.8];\n");
    for (int64_t h = 0; h <= path->length; h++) {
        int64_t v = path->nodes[h];
        char *label = an_i_diagram_label(report, v, 20);
        an_i_strbuf text;
        an_i_strbuf_init(&text);
        an_i_strbuf_printf(&text, "%s\n(%s)", label ? label : "", report->classes[v] ? report->classes[v] : "no class");
        free(label);
        an_i_strbuf_puts(&b, "  ");
        an_i_dot_quote(&b, path->node_ids[h]);
        an_i_strbuf_printf(&b, " [shape=%s, fillcolor=\"%s\", label=", an_i_diagram_class_shape(report->classes[v]),
                           an_i_diagram_community_colour(an_i_report_community_rank(report, report->partition->membership[v])));
        an_i_dot_quote(&b, text.data);
        an_i_strbuf_puts(&b, ", tooltip=");
        an_i_dot_quote(&b, report->labels[v]);
        an_i_strbuf_puts(&b, "];\n");
        an_i_strbuf_free(&text);
    }
    for (int64_t h = 0; h < path->length; h++) {
        const an_path_hop *hop = &path->hops[h];
        an_i_strbuf label, tip;
        an_i_strbuf_init(&label);
        an_i_strbuf_init(&tip);
        an_i_strbuf_puts(&label, hop->relation ? hop->relation : "tie");
        if (!isnan(hop->year))
            an_i_strbuf_printf(&label, " (%.0f)", hop->year);
        an_i_strbuf_printf(&label, "\n%s, ", hop->confidence ? hop->confidence : "no confidence");
        short_source(&label, hop->source);
        if (hop->locator) {
            an_i_strbuf_puts(&label, "\n");
            truncated(&label, hop->locator, 34);
        }
        if (hop->alternative_count)
            an_i_strbuf_printf(&label, "\n+%lld more tie%s", (long long)hop->alternative_count,
                               hop->alternative_count == 1 ? "" : "s");
        tie_citation(&tip, report, hop->edge);
        int stated = hop->confidence && strcmp(hop->confidence, "stated") == 0;
        an_i_strbuf_puts(&b, "  ");
        an_i_dot_quote(&b, hop->from);
        an_i_strbuf_puts(&b, " -> ");
        an_i_dot_quote(&b, hop->to);
        an_i_strbuf_printf(&b, " [color=\"%s\", fontcolor=\"%s\", style=%s%s, label=",
                           an_i_diagram_relation_colour(hop->relation), "#222222",
                           an_i_report_symbolic_relation(hop->relation) ? "dotted" : stated ? "solid" : "dashed",
                           !hop->directed ? ", dir=none" : hop->reversed ? ", dir=back" : "");
        an_i_dot_quote(&b, label.data);
        an_i_strbuf_puts(&b, ", tooltip=");
        an_i_dot_quote(&b, tip.data);
        an_i_strbuf_puts(&b, "];\n");
        an_i_strbuf_free(&label);
        an_i_strbuf_free(&tip);
    }
    an_i_strbuf_puts(&b, "}\n");
    an_i_strbuf_free(&caption);
    if (b.failed) {
        an_i_strbuf_free(&b);
        return AN_I_NOMEM();
    }
    *out = an_i_strbuf_take(&b, NULL);
    return AN_OK;
}

/* ---- community quotient graph ------------------------------------------------------- */

#define QUOTIENT_MAX 24

int an_i_diagram_quotient_dot(const an_i_report *report, char **out)
{
    int64_t count = report->partition->count, shown = count < QUOTIENT_MAX ? count : QUOTIENT_MAX;
    int64_t *slot = malloc((size_t)count * sizeof *slot);
    int64_t *ties = calloc((size_t)(shown * shown), sizeof *ties);
    if (!slot || !ties) {
        free(slot);
        free(ties);
        return AN_I_NOMEM();
    }
    for (int64_t c = 0; c < count; c++)
        slot[c] = -1;
    for (int64_t i = 0; i < shown; i++)
        slot[report->community_order[i]] = i;
    for (int64_t e = 0; e < report->m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        int64_t cs = report->partition->membership[s], ct = report->partition->membership[t];
        if (cs < 0 || ct < 0 || !an_i_report_structure_tie(report, e))
            continue; /* outside the lens */
        int64_t a = slot[cs], z = slot[ct];
        if (a < 0 || z < 0 || a == z)
            continue;
        if (a > z) {
            int64_t swap = a;
            a = z;
            z = swap;
        }
        ties[a * shown + z]++;
    }
    int64_t most = 1;
    for (int64_t i = 0; i < shown * shown; i++)
        most = ties[i] > most ? ties[i] : most;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "graph communities {\n  graph [layout=sfdp, overlap=prism, sep=\"+12\", splines=curved, "
                           "fontname=\"" FONT "\", fontsize=14, labelloc=t, pad=0.3, bgcolor=white, "
                           "label=\"The %lld largest of %lld communities; ties between them (width: number of ties)\"];\n"
                           "  node [fontname=\"" FONT "\", style=filled, color=\"" BORDER "\", shape=ellipse];\n",
                       (long long)shown, (long long)count);
    for (int64_t i = 0; i < shown; i++) {
        int64_t c = report->community_order[i], lead = -1;
        for (int64_t j = 0; j < report->n && lead < 0; j++)
            if (report->partition->membership[report->order[j]] == c)
                lead = report->order[j];
        an_i_tally classes = { 0 }, relations = { 0 };
        int64_t internal = 0;
        an_i_report_community_tallies(report, c, &classes, &relations, &internal);
        an_i_tally_sort(&classes);
        char *name = an_i_diagram_label(report, lead, 20);
        an_i_strbuf text;
        an_i_strbuf_init(&text);
        an_i_strbuf_printf(&text, "%lld: %s\n%lld actors, mostly %s", (long long)i + 1, name ? name : "",
                           (long long)report->partition->sizes[c], classes.count ? classes.names[0] : "?");
        free(name);
        double share = sqrt((double)report->partition->sizes[c] / (double)report->n);
        an_i_strbuf_printf(&b, "  c%lld [fillcolor=\"%s\", fontsize=%.1f, width=%.2f, label=", (long long)i,
                           an_i_diagram_community_colour(i), 10.0 + 10.0 * share, 0.8 + 2.0 * share);
        an_i_dot_quote(&b, text.data);
        an_i_strbuf_puts(&b, "];\n");
        an_i_strbuf_free(&text);
        an_i_tally_free(&classes);
        an_i_tally_free(&relations);
    }
    for (int64_t a = 0; a < shown; a++)
        for (int64_t z = a + 1; z < shown; z++)
            if (ties[a * shown + z])
                an_i_strbuf_printf(&b, "  c%lld -- c%lld [penwidth=%.2f, color=\"#555555AA\", label=\"%lld\", "
                                       "fontname=\"" FONT "\", fontsize=9];\n",
                                   (long long)a, (long long)z, 0.8 + 6.0 * (double)ties[a * shown + z] / (double)most,
                                   (long long)ties[a * shown + z]);
    an_i_strbuf_puts(&b, "}\n");
    free(slot);
    free(ties);
    if (b.failed) {
        an_i_strbuf_free(&b);
        return AN_I_NOMEM();
    }
    *out = an_i_strbuf_take(&b, NULL);
    return AN_OK;
}
