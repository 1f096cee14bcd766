/*
 * test_graphml_write.c — the GraphML writer: golden files, well-formedness
 * (libxml2), key-id planning, foreign data written back, text XML cannot
 * hold refused, misuse.
 *
 * With `--emit DIR` it instead writes the sample networks as GraphML plus a
 * description of what each contains (DIR/NAME.graphml, DIR/NAME.expected)
 * for check_readers.py, which reads them with NetworkX and python-igraph.
 */
#include "writers_common.h"

#include "sample_foreign.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <dirent.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- well-formedness -------------------------------------------------- */

static int xml_errors;

static void count_xml_error(void *context, const xmlError *error)
{
    (void)context;
    if (error && error->level >= XML_ERR_ERROR) {
        xml_errors++;
        fprintf(stderr, "libxml2: line %d: %s", error->line, error->message ? error->message : "?\n");
    }
}

/* 1 if `text` is a well-formed, namespace-well-formed XML document with a GraphML root. */
static int well_formed(const char *text, size_t size)
{
    xml_errors = 0;
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)count_xml_error);
    xmlDocPtr doc = xmlReadMemory(text, (int)size, "output.graphml", NULL, XML_PARSE_NONET);
    int ok = doc != NULL && xml_errors == 0;
    if (doc) {
        xmlNodePtr root = xmlDocGetRootElement(doc);
        ok = ok && root && xmlStrcmp(root->name, BAD_CAST "graphml") == 0 && root->ns &&
             xmlStrcmp(root->ns->href, BAD_CAST "http://graphml.graphdrawing.org/xmlns") == 0;
        xmlFreeDoc(doc);
    }
    xmlSetStructuredErrorFunc(NULL, NULL);
    return ok;
}

static char *to_buffer(const an_network *n, int indent, size_t *size)
{
    an_graphml_write_options options = AN_GRAPHML_WRITE_OPTIONS_INIT;
    options.indent = indent;
    char *out = NULL;
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&out, size, n, &options));
    return out;
}

/* Write, check well-formed, compare with the golden file. */
static void check_golden(const an_network *n, int indent, const char *golden)
{
    size_t size = 0;
    char *out = to_buffer(n, indent, &size);
    AN_T_CHECK(out != NULL);
    if (!out)
        return;
    AN_T_CHECK(strlen(out) == size);
    AN_T_CHECK(well_formed(out, size));
    AN_T_CHECK(w_golden(golden, out, size));
    an_free(out);
}

/* ---- tests -------------------------------------------------------------- */

static int occurrences(const char *text, const char *needle)
{
    int count = 0;
    for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle))
        count++;
    return count;
}

static void test_golden_basic(void)
{
    an_network *n = w_sample_basic(0);
    check_golden(n, 1, "basic.graphml");
    check_golden(n, 0, "basic-compact.graphml");
    an_network_free(n);
    n = w_sample_basic(1);
    check_golden(n, 1, "mixed.graphml");
    an_network_free(n);
}

static void test_golden_other_samples(void)
{
    an_network *n = w_sample_undirected();
    check_golden(n, 1, "undirected.graphml");
    an_network_free(n);
    n = w_sample_numbers();
    check_golden(n, 1, "numbers.graphml");
    an_network_free(n);
    n = w_sample_hostile(1, 1);
    check_golden(n, 1, "hostile.graphml");
    an_network_free(n);
    W_CALL(an_network_new(&n, 0));
    check_golden(n, 1, "empty.graphml");
    an_network_free(n);
}

static void test_golden_foreign(void)
{
    an_network *n = sample_foreign();
    check_golden(n, 1, "foreign.graphml");
    size_t size;
    char *out = to_buffer(n, 1, &size);
    if (out) {
        /* one <key> for the shared for="all" id, no duplicated attributes, d0 avoided */
        const char *first = strstr(out, "<key id=\"w\" for=\"all\"");
        AN_T_CHECK(first && !strstr(first + 1, "<key id=\"w\""));
        AN_T_CHECK(!strstr(out, "attr.name=\"description\" attr.type=\"string\" attr.name"));
        AN_T_CHECK(strstr(out, "<key id=\"d0\" for=\"") == NULL || strstr(out, "for=\"port\"") != NULL);
        AN_T_CHECK(occurrences(out, "schemaLocation=") == 1);
        AN_T_CHECK(occurrences(out, "xmlns:xsi=") == 1);
        AN_T_CHECK(occurrences(out, "xmlns=") == 1);
        AN_T_CHECK(strstr(out, "ygraphml.xsd") != NULL);
        an_free(out);
    }
    an_network_free(n);
}

/* The model's key ids are never changed by writing. */
static void test_key_ids_not_changed(void)
{
    an_network *n = sample_foreign();
    size_t size;
    char *out = to_buffer(n, 1, &size);
    an_free(out);
    AN_T_CHECK_STR(an_i_network_column(n, AN_DOMAIN_EDGE, 2)->key_id, "d5");
    AN_T_CHECK(an_i_network_column(n, AN_DOMAIN_NODE, 4)->key_id == NULL);
    an_network_free(n);
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Number of <key> elements whose id occurs more than once. */
static int duplicate_key_ids(const char *out)
{
    char **ids = NULL;
    size_t count = 0;
    for (const char *p = strstr(out, "<key id=\""); p; p = strstr(p + 1, "<key id=\"")) {
        const char *start = p + 9, *end = strchr(start, '"');
        ids = realloc(ids, (count + 1) * sizeof *ids);
        ids[count++] = strndup(start, (size_t)(end - start));
    }
    qsort(ids, count, sizeof *ids, compare_strings);
    int duplicates = 0;
    for (size_t i = 1; i < count; i++)
        duplicates += strcmp(ids[i - 1], ids[i]) == 0;
    for (size_t i = 0; i < count; i++)
        free(ids[i]);
    free(ids);
    return duplicates;
}

/* Models the reader never makes but the internal API allows: still one valid document, fast. */
static void test_key_planning_edge_cases(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    int64_t v = w_node(n, "a");
    int k;
    /* one for="all" id on a graph column and on two node columns of one name */
    internal_column(n, AN_DOMAIN_GRAPH, "x", AN_TYPE_INT, "k", &k)->key_for = AN_I_FOR_ALL;
    internal_column(n, AN_DOMAIN_NODE, "x", AN_TYPE_INT, "k", &k)->key_for = AN_I_FOR_ALL;
    W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, k, v, 1));
    internal_column(n, AN_DOMAIN_NODE, "x", AN_TYPE_INT, "k", &k)->key_for = AN_I_FOR_ALL;
    W_CALL(an_network_set_integer(n, AN_DOMAIN_NODE, k, v, 2));
    size_t size;
    char *out = to_buffer(n, 1, &size);
    AN_T_CHECK(out && well_formed(out, size));
    AN_T_CHECK(out && duplicate_key_ids(out) == 0);
    AN_T_CHECK(out && strstr(out, "for=\"all\"") == NULL); /* no edge column: not a complete group */
    an_free(out);
    an_network_free(n);

    /* 20000 shared keys whose node columns run in the opposite order: each group is still
     * written as one for="all" key. (Its speed is the benchmark's business, not a test's.) */
    W_CALL(an_network_new(&n, 1));
    enum { GROUPS = 20000 };
    char id[32];
    for (int d = 0; d < 3; d++)
        for (int g = 0; g < GROUPS; g++) {
            int which = d == AN_DOMAIN_NODE ? GROUPS - 1 - g : g;
            snprintf(id, sizeof id, "k%d", which);
            internal_column(n, (an_domain)d, id, AN_TYPE_DOUBLE, id, &k)->key_for = AN_I_FOR_ALL;
        }
    out = to_buffer(n, 0, &size);
    AN_T_CHECK(out && well_formed(out, size));
    AN_T_CHECK(out && duplicate_key_ids(out) == 0);
    int groups_written = 0;
    for (const char *p = out; p && (p = strstr(p, "for=\"all\"")) != NULL; p++)
        groups_written++;
    AN_T_CHECK(groups_written == GROUPS);
    an_free(out);
    an_network_free(n);
}

/* Text XML 1.0 cannot hold is refused, naming where it is, and nothing is written. */
static void test_unrepresentable_text(void)
{
    char path[] = "/tmp/actornet-graphml-XXXXXX";
    AN_T_CHECK(mkdtemp(path) != NULL);
    char file[600];
    snprintf(file, sizeof file, "%s/out.graphml", path);
    FILE *f = fopen(file, "w");
    fputs("previous\n", f);
    fclose(f);

    struct {
        const char *what;
        const char *expect1, *expect2;
    } cases[] = {
        {"value", "node 'b'", "U+0001"},
        {"utf8", "column 'label'", "0xFF"},
        {"nonchar", "column 'label'", "U+FFFF"},
        {"node id", "the id of node 2", "U+001F"},
        {"edge id", "the id of edge 0", "U+0008"},
        {"graph id", "the graph id", "U+000B"},
        {"column name", "the name of node column", "U+000C"},
        {"default", "the default of node column 'label'", "U+0002"},
        {"graph value", "the graph", "0xC0"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        an_network *n;
        W_CALL(an_network_new(&n, 1));
        int label = w_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING);
        int64_t a = w_node(n, "a"), b = w_node(n, "b");
        w_edge(n, a, b, -1, strcmp(cases[k].what, "edge id") == 0 ? "e\x08" : "e");
        const char *what = cases[k].what;
        if (strcmp(what, "value") == 0)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, b, "bad\x01"));
        if (strcmp(what, "utf8") == 0)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, b, "bad\xff"));
        if (strcmp(what, "nonchar") == 0)
            W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, b, "bad\xef\xbf\xbf"));
        if (strcmp(what, "node id") == 0)
            w_node(n, "c\x1f");
        if (strcmp(what, "graph id") == 0)
            W_CALL(an_network_set_graph_id(n, "g\x0b"));
        if (strcmp(what, "column name") == 0)
            w_column(n, AN_DOMAIN_NODE, "col\x0c", AN_TYPE_INT);
        if (strcmp(what, "default") == 0)
            W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, label, "x\x02"));
        if (strcmp(what, "graph value") == 0) {
            int g = w_column(n, AN_DOMAIN_GRAPH, "g", AN_TYPE_STRING);
            W_CALL(an_network_set_string(n, AN_DOMAIN_GRAPH, g, 0, "\xc0\x80"));
        }
        char *out = (char *)1;
        AN_T_CHECK_CODE(an_network_graphml_to_buffer(&out, NULL, n, NULL), AN_EINVAL);
        AN_T_CHECK(out == NULL);
        const char *message = an_error_last()->message;
        if (!strstr(message, cases[k].expect1) || !strstr(message, cases[k].expect2)) {
            fprintf(stderr, "case %s: message \"%s\" lacks \"%s\" or \"%s\"\n", what, message,
                    cases[k].expect1, cases[k].expect2);
            AN_T_CHECK(0);
        }
        AN_T_CHECK_CODE(an_network_save_graphml(n, file, NULL), AN_EINVAL);
        an_network_free(n);
    }
    char *text = w_read_file(file, NULL);
    AN_T_CHECK_STR(text, "previous\n");
    free(text);
    unlink(file);
    AN_T_CHECK(rmdir(path) == 0); /* no temporary file left behind */
}

static void test_misuse(void)
{
    an_network *n = w_sample_undirected();
    char *out = NULL;
    an_graphml_write_options options = AN_GRAPHML_WRITE_OPTIONS_INIT;
    options.version = 99;
    AN_T_CHECK_CODE(an_network_graphml_to_buffer(&out, NULL, n, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_graphml(n, "/tmp/never-written.graphml", &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_graphml_to_buffer(NULL, NULL, n, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_graphml_to_buffer(&out, NULL, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_graphml(NULL, "/tmp/x.graphml", NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_graphml(n, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(access("/tmp/never-written.graphml", F_OK) != 0);
    an_network_free(n);
}

/* File and buffer output are the same bytes. */
static void test_file_matches_buffer(void)
{
    an_network *n = w_sample_basic(1);
    char path[] = "/tmp/actornet-graphml-file-XXXXXX";
    AN_T_CHECK(mkdtemp(path) != NULL);
    char file[600];
    snprintf(file, sizeof file, "%s/basic.graphml", path);
    AN_T_CHECK_OK(an_network_save_graphml(n, file, NULL));
    size_t size = 0, file_size = 0;
    char *buffer = to_buffer(n, 1, &size);
    char *text = w_read_file(file, &file_size);
    AN_T_CHECK(buffer && text && size == file_size && memcmp(buffer, text, size) == 0);
    an_free(buffer);
    free(text);
    unlink(file);
    rmdir(path);
    an_network_free(n);
}

/* ---- --emit: files and expectations for check_readers.py --------------- */

static void hex(FILE *f, const char *text)
{
    if (!text) {
        fputc('-', f);
        return;
    }
    if (!*text) {
        fputs("=", f); /* the empty string */
        return;
    }
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        fprintf(f, "%02x", *p);
}

static const char *value_text(const an_network *n, an_domain d, int k, int64_t row, char *scratch)
{
    int type = an_network_column_type(n, d, k);
    int rc;
    switch (type) {
    case AN_TYPE_BOOLEAN: {
        int v = 0;
        rc = an_network_get_boolean(n, d, k, row, &v);
        if (rc != AN_OK)
            return NULL;
        return v ? "true" : "false";
    }
    case AN_TYPE_INT:
    case AN_TYPE_LONG: {
        int64_t v = 0;
        if (an_network_get_integer(n, d, k, row, &v) != AN_OK)
            return NULL;
        snprintf(scratch, 64, "%lld", (long long)v);
        return scratch;
    }
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: {
        double v = 0;
        if (an_network_get_real(n, d, k, row, &v) != AN_OK)
            return NULL;
        if (isnan(v))
            return "nan";
        snprintf(scratch, 64, "%.17g", v);
        return scratch;
    }
    default: {
        const char *v = NULL;
        if (an_network_get_string(n, d, k, row, &v) != AN_OK)
            return NULL;
        return v;
    }
    }
}

/* One line per fact: ids, every value with its state, defaults, edges. */
static void describe(const an_network *n, FILE *f)
{
    static const char *const kinds[3] = {"graph", "node", "edge"};
    char scratch[64];
    fprintf(f, "directed\t%d\n", an_network_direction(n) == AN_DIRECTED);
    for (int64_t v = 0; v < an_network_node_count(n); v++) {
        fputs("node\t", f);
        hex(f, an_network_node_id(n, v));
        fputc('\n', f);
    }
    for (int64_t e = 0; e < an_network_edge_count(n); e++) {
        int64_t s, t;
        an_network_edge_endpoints(n, e, &s, &t);
        fprintf(f, "edge\t%lld\t", (long long)e);
        hex(f, an_network_node_id(n, s));
        fputc('\t', f);
        hex(f, an_network_node_id(n, t));
        fputc('\t', f);
        hex(f, an_network_edge_id(n, e));
        fputc('\n', f);
    }
    for (int d = 0; d < 3; d++) {
        int64_t rows = d == 0 ? 1 : d == 1 ? an_network_node_count(n) : an_network_edge_count(n);
        for (int k = 0; k < an_network_column_count(n, (an_domain)d); k++) {
            const char *name = an_network_column_name(n, (an_domain)d, k);
            const char *type = an_type_name((an_type)an_network_column_type(n, (an_domain)d, k));
            fprintf(f, "column\t%s\t", kinds[d]);
            hex(f, name);
            fprintf(f, "\t%s\n", type);
            if (an_network_column_has_default(n, (an_domain)d, k) == 1) {
                /* the default is what an absent value reads as: find one, or use a fresh copy */
                an_network *copy;
                W_CALL(an_network_copy(&copy, n));
                if (rows > 0)
                    W_CALL(an_network_unset(copy, (an_domain)d, k, 0));
                const char *text = rows > 0 ? value_text(copy, (an_domain)d, k, 0, scratch) : NULL;
                if (text) {
                    fprintf(f, "default\t%s\t", kinds[d]);
                    hex(f, name);
                    fprintf(f, "\t%s\t", type);
                    hex(f, text);
                    fputc('\n', f);
                }
                an_network_free(copy);
            }
            for (int64_t r = 0; r < rows; r++) {
                int state = an_network_value_state(n, (an_domain)d, k, r);
                const char *text = state == AN_VALUE_MISSING ? NULL : value_text(n, (an_domain)d, k, r, scratch);
                fprintf(f, "value\t%s\t%lld\t", kinds[d], (long long)r);
                hex(f, name);
                fprintf(f, "\t%s\t%s\t", type, state == AN_VALUE_SET ? "set" : state == AN_VALUE_DEFAULT ? "default" : "missing");
                hex(f, text);
                fputc('\n', f);
            }
        }
    }
}

/* The numbers sample without its subnormal value (igraph 0.10.2 refuses subnormals). */
static an_network *sample_numbers_normal(void)
{
    an_network *n = w_sample_numbers();
    int64_t v;
    int d;
    W_CALL(an_network_find_node(n, "v4", &v));
    W_CALL(an_network_find_column(n, AN_DOMAIN_NODE, "d", &d));
    W_CALL(an_network_unset(n, AN_DOMAIN_NODE, d, v));
    return n;
}

static int emit(const char *directory)
{
    struct {
        const char *name;
        an_network *network;
    } samples[] = {
        {"basic", w_sample_basic(0)},
        {"undirected", w_sample_undirected()},
        {"numbers", w_sample_numbers()},
        {"numbers-normal", sample_numbers_normal()},
        {"hostile", w_sample_hostile(1, 0)},
    };
    for (size_t k = 0; k < sizeof samples / sizeof *samples; k++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s.graphml", directory, samples[k].name);
        if (an_network_save_graphml(samples[k].network, path, NULL) != AN_OK) {
            fprintf(stderr, "%s\n", an_error_last()->message);
            return 1;
        }
        snprintf(path, sizeof path, "%s/%s.expected", directory, samples[k].name);
        FILE *f = fopen(path, "w");
        if (!f)
            return 1;
        describe(samples[k].network, f);
        fclose(f);
        an_network_free(samples[k].network);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--emit") == 0)
        return emit(argv[2]);
    AN_T_RUN(test_golden_basic);
    AN_T_RUN(test_golden_other_samples);
    AN_T_RUN(test_golden_foreign);
    AN_T_RUN(test_key_ids_not_changed);
    AN_T_RUN(test_key_planning_edge_cases);
    AN_T_RUN(test_unrepresentable_text);
    AN_T_RUN(test_misuse);
    AN_T_RUN(test_file_matches_buffer);
    xmlCleanupParser();
    return an_t_finish();
}
