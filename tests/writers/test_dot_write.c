/*
 * test_dot_write.c — the DOT writer: golden files, quoting of hostile text,
 * pass-through attributes and the values left out, options, misuse.
 *
 * With `--emit DIR [CORPUS...]` it writes every DOT variant into DIR, and
 * every GraphML file of each CORPUS directory that loads as DOT, for
 * check_dot.py, which runs `dot -Tsvg` on each.
 */
#include "writers_common.h"

#include <dirent.h>
#include <unistd.h>

static char *to_buffer(const an_network *n, const an_dot_write_options *options, size_t *size)
{
    char *out = NULL;
    AN_T_CHECK_OK(an_network_dot_to_buffer(&out, size, n, options));
    return out;
}

static void check_golden(const an_network *n, const an_dot_write_options *options, const char *golden)
{
    size_t size = 0;
    char *out = to_buffer(n, options, &size);
    AN_T_CHECK(out != NULL);
    if (!out)
        return;
    AN_T_CHECK(strlen(out) == size);
    AN_T_CHECK(w_golden(golden, out, size));
    an_free(out);
}

/* The options sample: graph name and attributes, label from another column, edge labels. */
static an_dot_write_options options_sample(void)
{
    static const char *const graph_attributes[] = {"overlap", "prism", "label", "Şəbəkə \"1\"",
                                                   "rankdir", "LR", NULL};
    an_dot_write_options options = AN_DOT_WRITE_OPTIONS_INIT;
    options.label_column = "type";
    options.edge_label_column = "relation";
    options.graph_name = "actors \"network\"";
    options.graph_attributes = graph_attributes;
    return options;
}

/* Styling columns with declared defaults: `node [...]` / `edge [...]` statements. */
static an_network *sample_styled(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    int shape = w_column(n, AN_DOMAIN_NODE, "shape", AN_TYPE_STRING);
    int fill = w_column(n, AN_DOMAIN_NODE, "fillcolor", AN_TYPE_STRING);
    int style = w_column(n, AN_DOMAIN_NODE, "style", AN_TYPE_STRING);
    int width = w_column(n, AN_DOMAIN_NODE, "width", AN_TYPE_DOUBLE);
    int fixed = w_column(n, AN_DOMAIN_NODE, "fixedsize", AN_TYPE_BOOLEAN);
    int label = w_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING);
    int image = w_column(n, AN_DOMAIN_NODE, "image", AN_TYPE_STRING);
    int color = w_column(n, AN_DOMAIN_EDGE, "color", AN_TYPE_STRING);
    int estyle = w_column(n, AN_DOMAIN_EDGE, "style", AN_TYPE_STRING);
    int weight = w_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE);
    int dir = w_column(n, AN_DOMAIN_EDGE, "dir", AN_TYPE_STRING);
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, shape, "ellipse"));
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, style, "filled"));
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, label, "unnamed"));
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_EDGE, color, "grey40"));
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_EDGE, estyle, "bad(("));
    int64_t a = w_node(n, "state"), b = w_node(n, "unit"), c = w_node(n, "person");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, shape, a, "box"));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, fill, a, "#1f77b4"));
    W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, width, b, 1.25));
    W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, width, c, -1));
    W_CALL(an_network_set_boolean(n, AN_DOMAIN_NODE, fixed, b, 1));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, a, "State"));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, image, a, "/etc/passwd"));
    int64_t e = w_edge(n, a, b, -1, NULL);
    W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, estyle, e, "dashed"));
    W_CALL(an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, 2.5));
    e = w_edge(n, b, c, 0, NULL);
    W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, dir, e, "both"));
    W_CALL(an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, 5000));
    e = w_edge(n, c, a, 0, NULL);
    W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, color, e, "red:blue"));
    return n;
}

static void test_golden(void)
{
    an_network *n = w_sample_basic(1);
    check_golden(n, NULL, "basic-mixed.dot");
    an_dot_write_options options = options_sample();
    check_golden(n, &options, "basic-options.dot");
    an_network_free(n);
    n = w_sample_basic(0);
    check_golden(n, NULL, "basic.dot");
    an_network_free(n);
    n = w_sample_undirected();
    check_golden(n, NULL, "undirected.dot");
    an_network_free(n);
    n = w_sample_hostile(0, 1);
    check_golden(n, NULL, "hostile.dot");
    an_network_free(n);
    n = w_sample_numbers();
    check_golden(n, NULL, "numbers.dot");
    an_network_free(n);
    n = sample_styled();
    check_golden(n, NULL, "styled.dot");
    an_network_free(n);
    W_CALL(an_network_new(&n, 1));
    check_golden(n, NULL, "empty-directed.dot");
    an_network_free(n);
    W_CALL(an_network_new(&n, 0));
    check_golden(n, NULL, "empty.dot");
    an_network_free(n);
}

static void test_quoting(void)
{
    an_network *n = w_sample_hostile(0, 1);
    size_t size;
    char *out = to_buffer(n, NULL, &size);
    if (out) {
        AN_T_CHECK(strstr(out, "  \"node\" [label=\"say \\\"hi\\\"\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"trailing\\\\\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"two\\nlines\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"crlf\\nline\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"control char\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"a &amp; b &amp;amp; c\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"ə ş ç ğ ı Ə Ş Ç Ğ İ\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"شبکه عملیاتی\"") != NULL);
        AN_T_CHECK(strstr(out, "label=\"\"") != NULL);
        AN_T_CHECK(strstr(out, "\"c\\\\\"") != NULL);
        /* no raw control characters, no raw CR, one statement per line */
        for (size_t i = 0; i < size; i++)
            if ((unsigned char)out[i] < 0x20 && out[i] != '\n' && out[i] != '\t') {
                AN_T_CHECK(!"raw control character in DOT output");
                break;
            }
        /* rejected values are left out */
        AN_T_CHECK(strstr(out, "garbage(1") == NULL);
        AN_T_CHECK(strstr(out, "a((b))") == NULL);
        AN_T_CHECK(strstr(out, "record") == NULL || strstr(out, "shape=\"record\"") == NULL);
        AN_T_CHECK(strstr(out, "Mrecord") == NULL);
        AN_T_CHECK(strstr(out, "minlen=\"100000\"") == NULL);
        AN_T_CHECK(strstr(out, "minlen=\"2\"") != NULL);
        AN_T_CHECK(strstr(out, "penwidth=\" 2.5 \"") != NULL);
        AN_T_CHECK(strstr(out, "penwidth=\"1e300\"") == NULL);
        AN_T_CHECK(strstr(out, "penwidth=\"thick\"") == NULL);
        AN_T_CHECK(strstr(out, "fontsize=\"1e+300\"") == NULL);
        AN_T_CHECK(strstr(out, "fontsize=\"NaN\"") == NULL);
        AN_T_CHECK(strstr(out, "fontsize=\"18\"") != NULL);
        /* columns that are not Graphviz attributes are not written */
        AN_T_CHECK(strstr(out, "number=") == NULL && strstr(out, "relation=") == NULL);
        an_free(out);
    }
    an_network_free(n);

    /* bytes that are not UTF-8 become U+FFFD */
    W_CALL(an_network_new(&n, 0));
    int label = w_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING);
    int64_t v = w_node(n, "x");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, v, "bad\xff\xc3(end"));
    out = to_buffer(n, NULL, &size);
    AN_T_CHECK(out && strstr(out, "label=\"bad\xEF\xBF\xBD\xEF\xBF\xBD(end\"") != NULL);
    an_free(out);
    an_network_free(n);
}

static void test_styled(void)
{
    an_network *n = sample_styled();
    size_t size;
    char *out = to_buffer(n, NULL, &size);
    if (out) {
        AN_T_CHECK(strstr(out, "  node [label=\"unnamed\", shape=\"ellipse\", style=\"filled\"];\n") != NULL);
        AN_T_CHECK(strstr(out, "  edge [color=\"grey40\"];\n") != NULL); /* bad style default left out */
        AN_T_CHECK(strstr(out, "image") == NULL && strstr(out, "passwd") == NULL);
        AN_T_CHECK(strstr(out, "width=\"-1\"") == NULL);
        AN_T_CHECK(strstr(out, "weight=\"5000\"") == NULL);
        AN_T_CHECK(strstr(out, "\"unit\" -> \"person\" [dir=\"both\"]") != NULL);   /* column wins over dir=none */
        AN_T_CHECK(strstr(out, "\"person\" -> \"state\" [color=\"red:blue\", dir=\"none\"]") != NULL);
        an_free(out);
    }
    an_network_free(n);
}

static void test_graphviz_attribute_table(void)
{
    static const char *const node_names[] = {
        "URL", "color", "colorscheme", "fillcolor", "fixedsize", "fontcolor", "fontname", "fontsize",
        "group", "height", "href", "labelloc", "penwidth", "peripheries", "pos", "shape", "style",
        "target", "tooltip", "width", "xlabel"};
    static const char *const edge_names[] = {
        "URL", "arrowhead", "arrowsize", "arrowtail", "color", "colorscheme", "constraint", "decorate",
        "dir", "edgetooltip", "fontcolor", "fontname", "fontsize", "headlabel", "href", "labelfontcolor",
        "labelfontname", "labelfontsize", "labeltooltip", "minlen", "penwidth", "style", "taillabel",
        "target", "tooltip", "weight", "xlabel"};
    for (size_t k = 0; k < sizeof node_names / sizeof *node_names; k++)
        if (!an_dot_is_graphviz_attribute(AN_DOMAIN_NODE, node_names[k])) {
            fprintf(stderr, "node attribute %s not found\n", node_names[k]);
            AN_T_CHECK(0);
        }
    for (size_t k = 0; k < sizeof edge_names / sizeof *edge_names; k++)
        if (!an_dot_is_graphviz_attribute(AN_DOMAIN_EDGE, edge_names[k])) {
            fprintf(stderr, "edge attribute %s not found\n", edge_names[k]);
            AN_T_CHECK(0);
        }
    /* labels come from the label options, files are never named by data */
    static const char *const never[] = {"label", "image", "shapefile", "fontpath", "imagepath", "id",
                                        "Color", "url", "", "weight "};
    for (size_t k = 0; k < sizeof never / sizeof *never; k++) {
        AN_T_CHECK(!an_dot_is_graphviz_attribute(AN_DOMAIN_NODE, never[k]));
        AN_T_CHECK(!an_dot_is_graphviz_attribute(AN_DOMAIN_EDGE, never[k]));
    }
    AN_T_CHECK(!an_dot_is_graphviz_attribute(AN_DOMAIN_EDGE, "shape"));
    AN_T_CHECK(!an_dot_is_graphviz_attribute(AN_DOMAIN_NODE, "arrowhead"));
    AN_T_CHECK(!an_dot_is_graphviz_attribute(AN_DOMAIN_GRAPH, "color"));
    AN_T_CHECK(!an_dot_is_graphviz_attribute(AN_DOMAIN_NODE, NULL));
    AN_T_CHECK(!an_dot_is_graphviz_attribute((an_domain)7, "color"));
}

/* Each value a hostile file may give an allowed attribute: passed (1) or left out (0) (issue 14 items 1, 4). */
static void test_hostile_values(void)
{
    static const struct {
        an_domain domain;
        const char *name, *value;
        int passed;
    } cases[] = {
        {AN_DOMAIN_NODE, "URL", "https://example.org/a?b=c#d", 1},
        {AN_DOMAIN_NODE, "URL", "http://example.org/\" onmouseover=\"alert(1)", 0},
        {AN_DOMAIN_NODE, "URL", "javascript:alert(1)", 0},
        {AN_DOMAIN_NODE, "URL", "JavaScript:alert(1)", 0},
        {AN_DOMAIN_NODE, "URL", "data:text/html,<script>alert(1)</script>", 0},
        {AN_DOMAIN_NODE, "URL", "file:///etc/passwd", 0},
        {AN_DOMAIN_NODE, "URL", "//evil.example/x", 0},
        {AN_DOMAIN_NODE, "URL", "https://x/'><script>", 0},
        {AN_DOMAIN_NODE, "href", "https://x/<script>", 0},
        {AN_DOMAIN_EDGE, "href", " javascript:alert(1)", 0},
        {AN_DOMAIN_NODE, "target", "_blank", 1},
        {AN_DOMAIN_NODE, "target", "_blank\" onclick=\"x", 0},
        {AN_DOMAIN_NODE, "fontname", "Helvetica Neue", 1},
        {AN_DOMAIN_NODE, "fontname", "/etc/shadow", 0},
        {AN_DOMAIN_NODE, "fontname", "/dev/zero", 0},
        {AN_DOMAIN_NODE, "fontname", "../../fonts/x", 0},
        {AN_DOMAIN_NODE, "fontname", "Times\"><script>alert(1)</script>", 0},
        {AN_DOMAIN_EDGE, "fontname", "a\"b", 0},
        {AN_DOMAIN_EDGE, "labelfontname", "C:\\Windows\\Fonts\\x.ttf", 0},
        {AN_DOMAIN_NODE, "fillcolor", "#1f77b4", 1},
        {AN_DOMAIN_NODE, "fillcolor", "/blues9/3", 1},
        {AN_DOMAIN_NODE, "color", "red\" onload=\"x", 0},
        {AN_DOMAIN_NODE, "color", "url(javascript:x)", 0},
        {AN_DOMAIN_NODE, "shape", "box", 1},
        {AN_DOMAIN_NODE, "shape", "epsf", 0},
        {AN_DOMAIN_NODE, "shape", "record", 0},
        {AN_DOMAIN_NODE, "shape", "custom", 0},
        {AN_DOMAIN_NODE, "style", "filled,rounded", 1},
        {AN_DOMAIN_NODE, "style", "setlinewidth(2)", 1},
        {AN_DOMAIN_NODE, "style", "setlinewidth(/etc/passwd)", 0},
        {AN_DOMAIN_NODE, "style", "filled\"", 0},
        {AN_DOMAIN_NODE, "group", "g-1", 1},
        {AN_DOMAIN_NODE, "group", "../x", 0},
        {AN_DOMAIN_NODE, "pos", "1,2!", 1},
        {AN_DOMAIN_NODE, "pos", "1,2\"", 0},
        {AN_DOMAIN_NODE, "fontsize", "12", 1},
        {AN_DOMAIN_NODE, "fontsize", "1e400", 0},
        {AN_DOMAIN_NODE, "fontsize", "nan", 0},
        {AN_DOMAIN_EDGE, "arrowhead", "onormal", 1},
        {AN_DOMAIN_EDGE, "arrowhead", "normal\"", 0},
        {AN_DOMAIN_EDGE, "dir", "both", 1},
        {AN_DOMAIN_EDGE, "dir", "sideways", 0},
        {AN_DOMAIN_EDGE, "colorscheme", "x11", 1},
        {AN_DOMAIN_EDGE, "colorscheme", "../x", 0},
        {AN_DOMAIN_NODE, "tooltip", "any \"text\" <b>", 1}, /* text: quoted here, escaped by Graphviz */
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        an_network *n;
        W_CALL(an_network_new(&n, 1));
        int column = w_column(n, cases[k].domain, cases[k].name, AN_TYPE_STRING);
        int64_t a = w_node(n, "a"), b = w_node(n, "b");
        int64_t e = w_edge(n, a, b, -1, NULL);
        W_CALL(an_network_set_string(n, cases[k].domain, column, cases[k].domain == AN_DOMAIN_NODE ? a : e,
                                     cases[k].value));
        size_t size;
        char *out = to_buffer(n, NULL, &size);
        char attribute[64];
        snprintf(attribute, sizeof attribute, "%s=", cases[k].name);
        int found = out && strstr(out, attribute) != NULL;
        if (found != cases[k].passed) {
            fprintf(stderr, "%s=%s: %s\n", cases[k].name, cases[k].value, found ? "passed" : "left out");
            AN_T_CHECK(0);
        }
        an_free(out);
        an_network_free(n);
    }
}

/* Above the size dot lays out in seconds: sfdp with straight ties, unless the caller chose (issue 17 item 5). */
static void test_scalable_layout(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    for (int k = 0; k <= 300; k++) {
        char id[16];
        snprintf(id, sizeof id, "n%d", k);
        w_node(n, id);
    }
    size_t size;
    char *out = to_buffer(n, NULL, &size); /* 301 actors, no ties */
    AN_T_CHECK(out && strstr(out, "  layout=sfdp;\n  splines=line;\n") != NULL);
    AN_T_CHECK(out && strstr(out, "// actornet: 301 actors and 0 ties") != NULL);
    an_free(out);
    static const char *const chosen[] = {"layout", "neato", NULL};
    an_dot_write_options options = AN_DOT_WRITE_OPTIONS_INIT;
    options.graph_attributes = chosen;
    out = to_buffer(n, &options, &size);
    AN_T_CHECK(out && strstr(out, "sfdp") == NULL && strstr(out, "\"layout\"=\"neato\"") != NULL);
    an_free(out);
    an_network_free(n);
    W_CALL(an_network_new(&n, 1));
    for (int k = 0; k < 300; k++) {
        char id[16];
        snprintf(id, sizeof id, "n%d", k);
        w_node(n, id);
    }
    out = to_buffer(n, NULL, &size); /* exactly at the limit: dot as before */
    AN_T_CHECK(out && strstr(out, "sfdp") == NULL);
    an_free(out);
    an_network_free(n);
}

static void test_label_columns(void)
{
    an_network *n = w_sample_basic(0);
    an_dot_write_options options = AN_DOT_WRITE_OPTIONS_INIT;
    options.label_column = "no such column";
    options.edge_label_column = "year"; /* numeric labels are fine */
    size_t size;
    char *out = to_buffer(n, &options, &size);
    AN_T_CHECK(out && strstr(out, "label=\"Ministry") == NULL);
    AN_T_CHECK(out && strstr(out, "[label=\"2014\"]") != NULL);
    an_free(out);
    options.label_column = NULL;
    options.edge_label_column = NULL;
    out = to_buffer(n, &options, &size);
    AN_T_CHECK(out && strstr(out, "label=") == NULL);
    an_free(out);
    an_network_free(n);
}

static void test_misuse_and_files(void)
{
    an_network *n = w_sample_undirected();
    char *out = NULL;
    an_dot_write_options options = AN_DOT_WRITE_OPTIONS_INIT;
    options.version = 0;
    AN_T_CHECK_CODE(an_network_dot_to_buffer(&out, NULL, n, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_dot_to_buffer(NULL, NULL, n, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_dot_to_buffer(&out, NULL, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_dot(n, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_dot(NULL, "/tmp/x.dot", NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_dot(n, "/dev/full", NULL), AN_EIO);
    AN_T_CHECK_CODE(an_network_save_dot(n, "/nonexistent-actornet/x.dot", NULL), AN_EIO);

    char directory[] = "/tmp/actornet-dot-XXXXXX";
    AN_T_CHECK(mkdtemp(directory) != NULL);
    char path[600];
    snprintf(path, sizeof path, "%s/u.dot", directory);
    AN_T_CHECK_OK(an_network_save_dot(n, path, NULL));
    size_t size = 0, file_size = 0;
    char *buffer = to_buffer(n, NULL, &size);
    char *text = w_read_file(path, &file_size);
    AN_T_CHECK(buffer && text && size == file_size && memcmp(buffer, text, size) == 0);
    an_free(buffer);
    free(text);
    unlink(path);
    rmdir(directory);
    an_network_free(n);
}

/* Every loadable .graphml file of `corpus` as DIR/<corpus>-<file>.dot. */
static int emit_corpus(const char *directory, const char *corpus)
{
    DIR *d = opendir(corpus);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", corpus);
        return 1;
    }
    const char *base = strrchr(corpus, '/') ? strrchr(corpus, '/') + 1 : corpus;
    struct dirent *entry;
    int failures = 0;
    while ((entry = readdir(d)) != NULL) {
        size_t length = strlen(entry->d_name);
        if (length <= 8 || strcmp(entry->d_name + length - 8, ".graphml") != 0)
            continue;
        char in[2048], out[2048];
        snprintf(in, sizeof in, "%s/%s", corpus, entry->d_name);
        snprintf(out, sizeof out, "%s/%s-%.*s.dot", directory, base, (int)(length - 8), entry->d_name);
        an_network *n = NULL;
        if (an_network_load_graphml(&n, in, NULL) != AN_OK)
            continue; /* a file the reader refuses has no drawing */
        if (an_network_save_dot(n, out, NULL) != AN_OK) {
            fprintf(stderr, "%s: %s\n", in, an_error_last()->message);
            failures++;
        }
        an_network_free(n);
    }
    closedir(d);
    return failures != 0;
}

/* Every variant the tests produce, for `dot -Tsvg`. */
static int emit(const char *directory)
{
    struct {
        const char *name;
        an_network *network;
        int use_options;
    } samples[] = {
        {"basic-mixed", w_sample_basic(1), 0},
        {"basic-options", w_sample_basic(1), 1},
        {"basic", w_sample_basic(0), 0},
        {"undirected", w_sample_undirected(), 0},
        {"undirected-options", w_sample_undirected(), 1},
        {"hostile", w_sample_hostile(0, 1), 0},
        {"hostile-directed", w_sample_hostile(0, 0), 0},
        {"hostile-options", w_sample_hostile(0, 1), 1},
        {"numbers", w_sample_numbers(), 0},
        {"styled", sample_styled(), 0},
        {"empty", NULL, 0},
    };
    for (size_t k = 0; k < sizeof samples / sizeof *samples; k++) {
        if (!samples[k].network)
            W_CALL(an_network_new(&samples[k].network, 1));
        an_dot_write_options options = options_sample();
        if (samples[k].use_options && strncmp(samples[k].name, "hostile", 7) == 0) {
            options.label_column = "label";
            options.edge_label_column = "relation";
            options.graph_name = "subgraph";
        }
        char path[1024];
        snprintf(path, sizeof path, "%s/%s.dot", directory, samples[k].name);
        if (an_network_save_dot(samples[k].network, path, samples[k].use_options ? &options : NULL) != AN_OK) {
            fprintf(stderr, "%s\n", an_error_last()->message);
            return 1;
        }
        an_network_free(samples[k].network);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--emit") == 0) {
        int rc = emit(argv[2]);
        for (int i = 3; i < argc; i++)
            rc |= emit_corpus(argv[2], argv[i]);
        return rc;
    }
    AN_T_RUN(test_golden);
    AN_T_RUN(test_quoting);
    AN_T_RUN(test_styled);
    AN_T_RUN(test_graphviz_attribute_table);
    AN_T_RUN(test_hostile_values);
    AN_T_RUN(test_scalable_layout);
    AN_T_RUN(test_label_columns);
    AN_T_RUN(test_misuse_and_files);
    return an_t_finish();
}
