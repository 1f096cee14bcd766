/*
 * writers_common.h — sample networks and golden-file comparison shared by
 * the writer tests. Networks are built through the public API only.
 *
 * Golden files live in tests/writers/golden/. To regenerate them after an
 * intended change in output, run the tests with AN_UPDATE_GOLDEN=1 and
 * review the diff.
 */
#ifndef AN_WRITERS_COMMON_H
#define AN_WRITERS_COMMON_H

#include "actornet.h"
#include "harness.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef GOLDEN_DIR
#error "GOLDEN_DIR must be defined by the build"
#endif

#define W_CALL(call) do { int w_rc_ = (call); if (w_rc_ != AN_OK) { \
    fprintf(stderr, "%s:%d: %s failed: %s\n", __FILE__, __LINE__, #call, an_error_last()->message); \
    exit(2); } } while (0)

static inline int64_t w_node(an_network *n, const char *id)
{
    int64_t v;
    W_CALL(an_network_add_node(n, id, &v));
    return v;
}

static inline int64_t w_edge(an_network *n, int64_t s, int64_t t, int directed, const char *id)
{
    int64_t e;
    W_CALL(an_network_add_edge(n, s, t, directed, id, &e));
    return e;
}

static inline int w_column(an_network *n, an_domain d, const char *name, an_type type)
{
    int c;
    W_CALL(an_network_add_column(n, d, name, type, &c));
    return c;
}

/* Read a whole file; NULL if it does not exist. */
static inline char *w_read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t capacity = 4096, length = 0;
    char *data = malloc(capacity);
    for (;;) {
        if (length + 4096 + 1 > capacity) {
            capacity *= 2;
            data = realloc(data, capacity);
        }
        size_t n = fread(data + length, 1, 4096, f);
        length += n;
        if (n == 0)
            break;
    }
    fclose(f);
    data[length] = '\0';
    if (size)
        *size = length;
    return data;
}

static inline void w_write_file(const char *path, const char *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s: %s\n", path, strerror(errno));
        exit(2);
    }
}

/* Compare `data` with golden/<name>; AN_UPDATE_GOLDEN=1 rewrites the file instead. */
static inline int w_golden(const char *name, const char *data, size_t size)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", GOLDEN_DIR, name);
    const char *update = getenv("AN_UPDATE_GOLDEN");
    if (update && *update == '1') {
        w_write_file(path, data, size);
        return 1;
    }
    size_t expected_size = 0;
    char *expected = w_read_file(path, &expected_size);
    if (!expected) {
        fprintf(stderr, "golden file %s is missing (run with AN_UPDATE_GOLDEN=1 to create it)\n", path);
        return 0;
    }
    int same = expected_size == size && memcmp(expected, data, size) == 0;
    if (!same) {
        size_t i = 0, line = 1, column = 1;
        while (i < size && i < expected_size && data[i] == expected[i]) {
            if (data[i] == '\n') {
                line++;
                column = 0;
            }
            column++;
            i++;
        }
        fprintf(stderr, "%s differs from the output at line %zu, column %zu (sizes %zu and %zu)\n",
                path, line, column, expected_size, size);
        size_t from = i > 60 ? i - 60 : 0;
        fprintf(stderr, "  expected: ...%.*s...\n  actual:   ...%.*s...\n",
                (int)(expected_size - from < 120 ? expected_size - from : 120), expected + from,
                (int)(size - from < 120 ? size - from : 120), data + from);
    }
    free(expected);
    return same;
}

/*
 * The basic sample: every type, declared defaults, missing values, edge ids,
 * parallel edges, a self-loop, a graph attribute, non-ASCII text.
 * Directed by default, with one undirected edge when `mixed`.
 */
static inline an_network *w_sample_basic(int mixed)
{
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    W_CALL(an_network_set_graph_id(n, "G"));
    int g_name = w_column(n, AN_DOMAIN_GRAPH, "name", AN_TYPE_STRING);
    int g_year = w_column(n, AN_DOMAIN_GRAPH, "compiled", AN_TYPE_INT);
    W_CALL(an_network_set_string(n, AN_DOMAIN_GRAPH, g_name, 0, "Əməliyyat şəbəkəsi"));
    W_CALL(an_network_set_integer(n, AN_DOMAIN_GRAPH, g_year, 0, 2024));

    int label = w_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING);
    int type = w_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING);
    int active = w_column(n, AN_DOMAIN_NODE, "active", AN_TYPE_BOOLEAN);
    int members = w_column(n, AN_DOMAIN_NODE, "members", AN_TYPE_INT);
    int budget = w_column(n, AN_DOMAIN_NODE, "budget", AN_TYPE_LONG);
    int score = w_column(n, AN_DOMAIN_NODE, "score", AN_TYPE_FLOAT);
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, type, "person"));
    W_CALL(an_network_set_default_boolean(n, AN_DOMAIN_NODE, active, 1));

    int64_t a = w_node(n, "n1"), b = w_node(n, "n2"), c = w_node(n, "ağ"), d = w_node(n, "n4");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, a, "Ministry of Defence"));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, b, "Unit 29155"));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, c, "Şəhər & <Kənd>"));
    /* d has no label: missing */
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, type, a, "state"));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, type, b, "unit"));
    /* c, d: type absent -> default "person" */
    W_CALL(an_network_set_boolean(n, AN_DOMAIN_NODE, active, b, 0));
    W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, members, a, 120000));
    W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, members, b, -7));
    W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, budget, a, 9007199254740993LL));
    W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, score, a, 0.1));
    W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, score, c, 2.5e-7));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, d, ""));
    W_CALL(an_network_unset(n, AN_DOMAIN_NODE, label, d)); /* set then unset: missing again */

    int relation = w_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING);
    int weight = w_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE);
    int year = w_column(n, AN_DOMAIN_EDGE, "year", AN_TYPE_INT);
    int stated = w_column(n, AN_DOMAIN_EDGE, "stated", AN_TYPE_BOOLEAN);
    W_CALL(an_network_set_default_real(n, AN_DOMAIN_EDGE, weight, 1.0));

    int64_t e = w_edge(n, a, b, -1, "e1");
    W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, "commands"));
    W_CALL(an_network_set_integer(n, AN_DOMAIN_EDGE, year, e, 2014));
    W_CALL(an_network_set_boolean(n, AN_DOMAIN_EDGE, stated, e, 1));
    e = w_edge(n, a, b, -1, "e2"); /* parallel */
    W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, "funds"));
    W_CALL(an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, 0.75));
    e = w_edge(n, b, c, mixed ? 0 : -1, NULL);
    W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, "cooperates with"));
    W_CALL(an_network_set_boolean(n, AN_DOMAIN_EDGE, stated, e, 0));
    e = w_edge(n, c, c, -1, "loop");
    W_CALL(an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, -0.0));
    e = w_edge(n, d, a, -1, NULL);
    W_CALL(an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, 1e-300));
    return n;
}

/* All edges undirected. */
static inline an_network *w_sample_undirected(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 0));
    int label = w_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING);
    int weight = w_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_INT);
    int64_t a = w_node(n, "a"), b = w_node(n, "b"), c = w_node(n, "c");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, a, "A"));
    int64_t e = w_edge(n, a, b, -1, NULL);
    W_CALL(an_network_set_integer(n, AN_DOMAIN_EDGE, weight, e, 3));
    w_edge(n, b, c, -1, NULL);
    w_edge(n, c, a, 0, NULL);
    return n;
}

/* Numbers at the edges of their types. */
static inline an_network *w_sample_numbers(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 0));
    int i = w_column(n, AN_DOMAIN_NODE, "i", AN_TYPE_INT);
    int l = w_column(n, AN_DOMAIN_NODE, "l", AN_TYPE_LONG);
    int f = w_column(n, AN_DOMAIN_NODE, "f", AN_TYPE_FLOAT);
    int d = w_column(n, AN_DOMAIN_NODE, "d", AN_TYPE_DOUBLE);
    static const double reals[] = {0.1, -0.0, 0.0, 1e300, 5e-324, 1.7976931348623157e308,
                                   2.2250738585072014e-308, 1.0 / 3.0, 9000000.0, 1e-300,
                                   123456789012345678.0, 0.30000000000000004, 1e15, 1e16, 1e-5,
                                   100, -2.5};
    static const int64_t longs[] = {INT64_MIN, INT64_MAX, 9007199254740993LL, -1, 0};
    static const int64_t ints[] = {INT32_MIN, INT32_MAX, 0, -42};
    size_t count = sizeof reals / sizeof *reals + 3;
    for (size_t k = 0; k < count; k++) {
        char id[32];
        snprintf(id, sizeof id, "v%zu", k);
        int64_t v = w_node(n, id);
        double x = k < sizeof reals / sizeof *reals ? reals[k]
                 : k == count - 3 ? NAN : k == count - 2 ? INFINITY : -INFINITY;
        W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, d, v, x));
        W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, f, v, (double)(float)(k * 0.1)));
        if (k < sizeof longs / sizeof *longs)
            W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, l, v, longs[k]));
        if (k < sizeof ints / sizeof *ints)
            W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, i, v, ints[k]));
    }
    return n;
}

/*
 * Hostile text for DOT and CSV (and GraphML, without the control character
 * when `xml_safe`): quotes, backslashes (also trailing), newlines, CR, <>{},
 * Azerbaijani and Persian, numbers, DOT keywords as ids, empty strings, and
 * Graphviz attributes with values Graphviz would reject. Every fourth edge
 * is undirected when `mixed`.
 */
static inline an_network *w_sample_hostile(int xml_safe, int mixed)
{
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    int label = w_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING);
    int shape = w_column(n, AN_DOMAIN_NODE, "shape", AN_TYPE_STRING);
    int style = w_column(n, AN_DOMAIN_NODE, "style", AN_TYPE_STRING);
    int fontsize = w_column(n, AN_DOMAIN_NODE, "fontsize", AN_TYPE_DOUBLE);
    int number = w_column(n, AN_DOMAIN_NODE, "number", AN_TYPE_DOUBLE);
    int relation = w_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING);
    int minlen = w_column(n, AN_DOMAIN_EDGE, "minlen", AN_TYPE_INT);
    int penwidth = w_column(n, AN_DOMAIN_EDGE, "penwidth", AN_TYPE_STRING);
    static const char *const labels[] = {
        "say \"hi\"", "back\\slash", "trailing\\", "two\nlines", "crlf\r\nline", "<b>{x}</b> | [y]",
        "ə ş ç ğ ı Ə Ş Ç Ğ İ", "شبکه عملیاتی", "9000000", "1e-300", "NaN", "", "\\N \\G \\l", "tab\there",
        "a & b &amp; c", "\\\"", "control\001char", "quote at end\"", "{", "record|<port>"};
    static const char *const ids[] = {"node", "edge", "graph", "digraph", "subgraph", "strict",
                                      "a\"b", "c\\", "-> --", "ğ", "0", "1e-300", "NaN", "x y",
                                      "\xd8\xb4", "{}", "<>", "a;b", "a=b", "a,b"};
    size_t count = sizeof labels / sizeof *labels;
    int64_t previous = -1;
    for (size_t k = 0; k < count; k++) {
        int64_t v = w_node(n, ids[k]);
        const char *text = labels[k];
        if (xml_safe && strchr(text, '\x01'))
            text = "control char removed";
        W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, v, text));
        W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, number, v,
                                 k % 3 == 0 ? 9000000.0 : k % 3 == 1 ? 1e-300 : NAN));
        if (k == 0)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, shape, v, "box"));
        if (k == 1 || k == 18 || k == 19)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, shape, v, k == 18 ? "record" : "Mrecord"));
        if (k == 2)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, style, v, "filled,setlinewidth(2)"));
        if (k == 3)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, style, v, "garbage(1"));
        if (k == 4)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, style, v, "a((b))"));
        if (k == 5)
            W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, fontsize, v, 1e300));
        if (k == 6)
            W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, fontsize, v, NAN));
        if (k == 7)
            W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, fontsize, v, 18));
        if (previous >= 0) {
            int64_t e = w_edge(n, previous, v, mixed && k % 4 == 0 ? 0 : -1, NULL);
            const char *edge_text = labels[(k + 3) % count];
            if (xml_safe && strchr(edge_text, '\x01'))
                edge_text = "control char removed";
            W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, edge_text));
            if (k == 2)
                W_CALL(an_network_set_integer(n, AN_DOMAIN_EDGE, minlen, e, 100000));
            if (k == 3)
                W_CALL(an_network_set_integer(n, AN_DOMAIN_EDGE, minlen, e, 2));
            if (k == 4)
                W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, penwidth, e, "1e300"));
            if (k == 5)
                W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, penwidth, e, " 2.5 "));
            if (k == 6)
                W_CALL(an_network_set_string(n, AN_DOMAIN_EDGE, penwidth, e, "thick"));
        }
        previous = v;
    }
    return n;
}

#endif
