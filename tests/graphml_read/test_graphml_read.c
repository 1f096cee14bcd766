/*
 * test_graphml_read.c — the GraphML reader.
 *
 *   test_graphml_read SOURCE_DIR
 *
 * 1. Golden files: every golden/, probes/ and dialects/ *.graphml loads (or
 *    fails) and prints exactly its *.out (a dump, or "error CODE line L
 *    column C: reason"). AN_UPDATE_GOLDEN=1 rewrites the *.out files.
 * 2. A table of bad inputs, each with the exact code, line (and column where
 *    stable) and a piece of the message; hostile ones also with a time bound.
 * 3. API behaviour: options, misuse, files vs buffers, limits, chunk
 *    boundaries, locale independence.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "actornet.h"
#include "../harness.h"
#include "../test_files.h"
#include "dump.h"

#include <libxml/globals.h>

static const char *source_dir;
static char temp_dir[256];

/* ---- helpers ------------------------------------------------------------ */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int write_file(const char *path, const char *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = fwrite(data, 1, size, f);
    return fclose(f) == 0 && n == size ? 0 : -1;
}

/* What graphml_dump prints for a load: the dump, or the error line. */
static char *load_and_describe(const char *path, const char *shown, int graph_index)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    options.graph_index = graph_index;
    an_network *network = (an_network *)1;
    int rc = an_network_load_graphml(&network, path, &options);
    if (rc == AN_OK) {
        dump_network_text(out, network, path, shown);
        an_network_free(network);
    } else {
        const an_error *e = an_error_last();
        fprintf(out, "error %s line %ld column %ld: %s\n", an_status_name(rc), e->line, e->column, e->reason);
        if (network != NULL)
            fprintf(out, "*out was not set to NULL\n");
    }
    fclose(out);
    return text;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* Compare one input with its expected output file. */
static void check_golden_file(const char *dir, const char *name, int graph_index, const char *out_name)
{
    char path[1024], expected_path[1024];
    snprintf(path, sizeof path, "%s/%s/%s", source_dir, dir, name);
    snprintf(expected_path, sizeof expected_path, "%s/%s/%s", source_dir, dir, out_name);
    char *actual = load_and_describe(path, name, graph_index);
    if (getenv("AN_UPDATE_GOLDEN")) {
        write_file(expected_path, actual, strlen(actual));
        free(actual);
        return;
    }
    char *expected = an_t_read_file(expected_path, NULL);
    if (!expected) {
        fprintf(stderr, "%s: missing expected output %s\n", path, expected_path);
        an_t_case_failed = 1;
    } else if (strcmp(actual, expected) != 0) {
        /* show the first differing line */
        const char *a = actual, *e = expected;
        int line = 1;
        while (*a && *a == *e) {
            if (*a == '\n')
                line++;
            a++;
            e++;
        }
        fprintf(stderr, "%s/%s: output differs from %s at line %d:\n  expected: %.*s\n  actual:   %.*s\n",
                dir, name, out_name, line, (int)strcspn(e, "\n"), e, (int)strcspn(a, "\n"), a);
        an_t_case_failed = 1;
    }
    free(expected);
    free(actual);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.graphml in a folder against its *.out; returns how many. */
static int check_golden_folder(const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", source_dir, dir);
    DIR *d = opendir(path);
    AN_T_CHECK(d != NULL);
    if (!d)
        return 0;
    char *names[512];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(d)) && count < 512)
        if (ends_with(entry->d_name, ".graphml"))
            names[count++] = strdup(entry->d_name);
    closedir(d);
    qsort(names, (size_t)count, sizeof names[0], compare_names);
    for (int i = 0; i < count; i++) {
        char out_name[512];
        snprintf(out_name, sizeof out_name, "%.*s.out", (int)(strlen(names[i]) - 8), names[i]);
        int failed_before = an_t_case_failed;
        an_t_case_failed = 0;
        check_golden_file(dir, names[i], 0, out_name);
        if (an_t_case_failed)
            fprintf(stderr, "  golden case failed: %s/%s\n", dir, names[i]);
        an_t_case_failed |= failed_before;
        free(names[i]);
    }
    return count;
}

/* ---- 1. golden files ---------------------------------------------------- */

static void test_golden(void)
{
    int n = check_golden_folder("golden");
    AN_T_CHECK(n >= 10);
    /* the same file read with other graph indices */
    check_golden_file("golden", "two_graphs.graphml", 1, "two_graphs.index1.out");
    check_golden_file("golden", "two_graphs.graphml", 2, "two_graphs.index2.out");
    check_golden_file("golden", "two_graphs.graphml", 3, "two_graphs.index3.out");
}

static void test_probes(void)
{
    /* every probe of the igraph/NetworkX survey: loads, or fails with its
     * documented code at its line (see probes/README) */
    int n = check_golden_folder("probes");
    AN_T_CHECK(n == 33);
}

static void test_dialects(void)
{
    int n = check_golden_folder("dialects");
    AN_T_CHECK(n >= 8);
}

/* ---- 2. bad inputs ------------------------------------------------------ */

typedef struct bad_case {
    const char *name;
    const char *text;           /* the document (NULL: built by the test) */
    int code;
    long line;                  /* 0: not checked */
    long column;                /* 0: not checked */
    const char *message;        /* a substring of the reason */
    int strict;                 /* load with an_graphml_read_options.strict (what is otherwise repaired) */
} bad_case;

#define HEAD "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
#define KEYS "<key id=\"i\" for=\"node\" attr.name=\"rank\" attr.type=\"int\"/>\n" \
             "<key id=\"l\" for=\"node\" attr.name=\"big\" attr.type=\"long\"/>\n" \
             "<key id=\"f\" for=\"node\" attr.name=\"size\" attr.type=\"float\"/>\n" \
             "<key id=\"w\" for=\"node\" attr.name=\"weight\" attr.type=\"double\"/>\n" \
             "<key id=\"b\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>\n"

/* `strict` is given only where it is set */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
static const bad_case bad_cases[] = {
    /* malformed XML */
    { "mismatched tag", HEAD "<graph>\n<node id=\"a\">\n</graph>\n</graphml>\n", AN_EPARSE, 5, 0,
      "Opening and ending tag mismatch" },
    { "truncated in a tag", HEAD "<graph>\n<node id=\"a\"/>\n<edge source=\"a\" tar", AN_EPARSE, 5, 0,
      "malformed XML" },
    { "truncated after a node", HEAD "<graph>\n<node id=\"a\">\n", AN_EPARSE, 4, 0, "malformed XML" },
    { "empty document", "", AN_EPARSE, 0, 0, "the file is empty" },
    { "whitespace only", "\n\n  \n", AN_EPARSE, 0, 0, "the file holds only white space" },
    { "content after the root", HEAD "<graph/>\n</graphml>\n<extra/>\n", AN_EPARSE, 5, 0,
      "Extra content" },
    { "invalid UTF-8", HEAD "<graph>\n<node id=\"a\xff\xfe\"/>\n</graph>\n</graphml>\n", AN_EPARSE, 4, 0,
      "UTF-8" },
    { "undefined entity", HEAD "<graph>\n<node id=\"a\">&nope;</node>\n</graph>\n</graphml>\n", AN_EPARSE, 4, 0,
      "nope" },
    { "undefined entity with an external DTD",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\n"
      "<graphml>\n<graph>\n<node id=\"a&nope;\"/>\n</graph>\n</graphml>\n", AN_EPARSE, 5, 0, "nope" },
    { "undefined entity in content with an external DTD",
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"graphml.dtd\">\n"
      "<graphml>\n<key id=\"k\"/>\n<graph>\n<node id=\"a\"><data key=\"k\">&nope;</data></node>\n</graph>\n</graphml>\n",
      AN_EPARSE, 6, 0, "nope" },

    /* not GraphML */
    { "root is not graphml", "<?xml version=\"1.0\"?>\n<gexf>\n<graph/>\n</gexf>\n", AN_EFORMAT, 2, 6,
      "the root element is <gexf>" },
    { "graphml in another namespace", "<?xml version=\"1.0\"?>\n<graphml xmlns=\"urn:other\">\n<graph/>\n</graphml>\n",
      AN_EFORMAT, 2, 0, "in namespace 'urn:other'" },
    { "no graph", HEAD KEYS "</graphml>\n", AN_EFORMAT, 8, 0, "no <graph> element" },
    { "node without id", HEAD "<graph>\n<node/>\n</graph>\n</graphml>\n", AN_EFORMAT, 4, 6,
      "<node> without an id" },
    { "node with an empty id", HEAD "<graph>\n<node id=\"\"/>\n</graph>\n</graphml>\n", AN_EFORMAT, 4, 0,
      "empty id" },
    { "duplicate node id", HEAD "<graph>\n<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 6, 13, "duplicate node id 'a'" },
    { "edge without source", HEAD "<graph>\n<node id=\"a\"/>\n<edge target=\"a\"/>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 5, 0, "without a source" },
    { "edge without target", HEAD "<graph>\n<node id=\"a\"/>\n<edge source=\"a\"/>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 5, 0, "without a target" },
    { "edge to an unknown node", HEAD "<graph>\n<node id=\"a\"/>\n<edge id=\"e7\" source=\"a\" target=\"x\"/>\n"
      "<node id=\"b\"/>\n</graph>\n</graphml>\n", AN_EFORMAT, 5, 0, "edge 'e7' refers to unknown node 'x'", 1 },
    { "edge from an unknown node, no edge id", HEAD "<graph>\n<node id=\"a\"/>\n<edge source=\"ghost\" target=\"a\"/>\n"
      "</graph>\n</graphml>\n", AN_EFORMAT, 5, 0, "edge from 'ghost' to 'a' refers to unknown node 'ghost'", 1 },
    { "edge to an unknown node declared nowhere, target", HEAD "<graph>\n<edge source=\"a\" target=\"b\"/>\n"
      "<node id=\"a\"/>\n</graph>\n</graphml>\n", AN_EFORMAT, 4, 0,
      "edge from 'a' to 'b' refers to unknown node 'b'", 1 },
    { "bad edgedefault", HEAD "<graph edgedefault=\"both\">\n</graph>\n</graphml>\n", AN_EFORMAT, 3, 0,
      "edgedefault='both'" },
    { "bad directed", HEAD "<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"a\" directed=\"yes\"/>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 5, 0, "directed='yes'" },
    { "node inside a node", HEAD "<graph>\n<node id=\"a\">\n<node id=\"b\"/>\n</node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 5, 0, "<node> inside <node>" },
    { "key without id", HEAD "<key for=\"node\" attr.name=\"x\"/>\n<graph/>\n</graphml>\n", AN_EFORMAT, 3, 0,
      "<key> without an id" },
    { "duplicate key id, other name", HEAD "<key id=\"k\" for=\"node\" attr.name=\"a\"/>\n<key id=\"k\" for=\"node\" "
      "attr.name=\"b\"/>\n<graph/>\n</graphml>\n", AN_EFORMAT, 4, 0, "key id 'k' is declared twice for nodes with different" },
    { "duplicate key id with for=all, other type", HEAD "<key id=\"k\" for=\"edge\"/>\n<key id=\"k\" for=\"all\" "
      "attr.type=\"int\"/>\n<graph/>\n</graphml>\n", AN_EFORMAT, 4, 0, "declared twice for edges" },
    { "duplicate key id, other default", HEAD "<key id=\"k\" for=\"node\" attr.type=\"int\"><default>1</default></key>\n"
      "<key id=\"k\" for=\"node\" attr.type=\"int\"><default>2</default></key>\n<graph/>\n</graphml>\n", AN_EFORMAT, 4, 0,
      "with different defaults" },
    { "data without key", HEAD "<graph>\n<node id=\"a\"><data>x</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 4, 0, "<data> without a key" },
    { "undeclared key", HEAD KEYS "<graph>\n<node id=\"a\">\n<data key=\"i\">1</data>\n<data key=\"nokey\">x</data>\n"
      "</node>\n</graph>\n</graphml>\n", AN_EFORMAT, 11, 18, "undeclared key 'nokey'", 1 },

    /* values that do not fit their type */
    { "int overflow", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"i\">2147483648</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "value '2147483648' for key 'rank' (int) does not fit in 32 bits" },
    { "int underflow", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"i\">-2147483649</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "does not fit in 32 bits" },
    { "long overflow", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"l\">9223372036854775808</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "(long) does not fit in 64 bits" },
    { "int with a fraction", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"i\">1.0</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "value '1.0' for key 'rank' (int) is not an integer" },
    { "hexadecimal int", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"l\">0x1A</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "is not an integer" },
    { "int with inner space", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"i\">1 2</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "is not an integer" },
    { "double with a comma", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"w\">1,5</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "value '1,5' for key 'weight' (double) is not a number" },
    { "double abc", HEAD KEYS "<graph>\n<node id=\"a\">\n<data key=\"w\">abc</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 10, 14, "value 'abc' for key 'weight' (double) is not a number" },
    { "hexadecimal double without exponent", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"w\">0x1A</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "is not a number" },
    { "Fortran exponent", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"w\">1863d0</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "is not a number" },
    { "double overflow", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"w\">1e400</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "value '1e400' for key 'weight' (double) is out of range for double" },
    { "float overflow", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"f\">1e39</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "(float) is out of range for float" },
    { "bad boolean", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"b\">t</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "value 't' for key 'flag' (boolean) is not a boolean" },
    { "boolean 2", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"b\">2</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "is not a boolean" },
    { "markup in a numeric value", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"w\"><x/>1</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "contains markup" },
    { "bad default", HEAD "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\">\n<default>heavy</default></key>\n"
      "<graph/>\n</graphml>\n", AN_EFORMAT, 4, 0, "default 'heavy' for key 'weight' (double) is not a number" },
    { "long value in the error message", HEAD KEYS "<graph>\n<node id=\"a\"><data key=\"i\">"
      "12345678901234567890123456789012345678901234567890123456789012345678901234567890</data></node>\n</graph>\n</graphml>\n",
      AN_EFORMAT, 9, 0, "...' for key 'rank'" },

    /* unsupported */
    { "hyperedge", HEAD "<graph>\n<node id=\"a\"/>\n<hyperedge><endpoint node=\"a\"/></hyperedge>\n</graph>\n</graphml>\n",
      AN_EUNSUPPORTED, 5, 0, "hyperedges are not supported" },
    { "nested graph in an edge", HEAD "<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><graph/></edge>\n</graph>\n</graphml>\n",
      AN_EUNSUPPORTED, 5, 0, "a <graph> inside a <edge> is not supported" },
    { "graph in a graph", HEAD "<graph>\n<graph/>\n</graph>\n</graphml>\n", AN_EUNSUPPORTED, 4, 0,
      "a <graph> inside a <graph> is not supported" },

    /* hostile */
    { "external entity, http", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY ext SYSTEM \"http://127.0.0.1:9/x\"> ]>\n"
      "<graphml>\n<key id=\"k\"/>\n<graph>\n<node id=\"a\"><data key=\"k\">&ext;</data></node>\n</graph>\n</graphml>\n",
      AN_EUNSUPPORTED, 6, 0, "external entities are never read" },
    { "external entity in an attribute", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY ext SYSTEM \"http://127.0.0.1:9/x\"> ]>\n"
      "<graphml>\n<graph>\n<node id=\"&ext;\"/>\n</graph>\n</graphml>\n", AN_EUNSUPPORTED, 5, 0,
      "external entities are never read" },
    { "external parameter entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p; ]>\n"
      "<graphml>\n<graph/>\n</graphml>\n", AN_EUNSUPPORTED, 2, 0, "parameter entity '%p;'" },
    { "unparsed entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!NOTATION png SYSTEM \"image/png\">"
      "<!ENTITY pic SYSTEM \"http://127.0.0.1:9/p.png\" NDATA png> ]>\n"
      "<graphml>\n<graph>\n<node id=\"&pic;\"/>\n</graph>\n</graphml>\n", AN_EPARSE, 5, 0, "pic" },
    { "NUL byte", NULL, AN_EPARSE, 4, 0, "malformed XML" },
    { "billion laughs", NULL, AN_ELIMIT, 15, 0, "" },
    { "billion laughs in an attribute", NULL, AN_ELIMIT, 15, 0, "" },
    { "quadratic blowup", NULL, AN_ELIMIT, 4, 0, "entity expansion exceeds its budget" },
    { "depth bomb", NULL, AN_ELIMIT, 1, 0, "nested deeper than 256 (max_depth)" },
    { "attribute value of 12 MB", NULL, AN_ELIMIT, 1, 0, "input exceeds a parser limit" },
    { "depth bomb inside data", NULL, AN_ELIMIT, 1, 0, "nested deeper than 256 (max_depth)" },
    { "external entity, local file", NULL, AN_EUNSUPPORTED, 6, 0, "external entities are never read" },
    { "external DTD naming a local file", NULL, AN_EPARSE, 5, 0, "nope" },
};

/* Documents too big or too odd to write inline. Returns malloc()ed text and its size. */
static char *build_case(const char *name, size_t *size)
{
    char *text = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&text, &length);
    if (strcmp(name, "NUL byte") == 0) {
        fputs(HEAD "<graph>\n<node id=\"a", out);
        fputc('\0', out);
        fputs("\"/>\n</graph>\n</graphml>\n", out);
    } else if (strncmp(name, "billion laughs", 14) == 0) {
        fputs("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n <!ENTITY lol \"lol\">\n", out);
        for (int i = 1; i <= 9; i++) {
            fprintf(out, " <!ENTITY lol%d \"", i);
            for (int k = 0; k < 10; k++)
                fprintf(out, i == 1 ? "&lol;" : "&lol%d;", i - 1);
            fputs("\">\n", out);
        }
        fputs("]>\n<graphml><key id=\"l\" for=\"node\"/>\n", out);
        if (strstr(name, "attribute"))
            fputs("<graph><node id=\"&lol9;\"/></graph></graphml>\n", out);
        else
            fputs("<graph><node id=\"a\"><data key=\"l\">&lol9;</data></node></graph></graphml>\n", out);
    } else if (strcmp(name, "quadratic blowup") == 0) {
        fputs("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY a \"", out);
        for (int i = 0; i < 50000; i++)
            fputs("xx", out);
        fputs("\"> ]>\n<graphml><key id=\"l\" for=\"node\"/>\n<graph><node id=\"n\"><data key=\"l\">", out);
        for (int i = 0; i < 100000; i++)
            fputs("&a;", out);
        fputs("</data></node></graph></graphml>\n", out);
    } else if (strcmp(name, "attribute value of 12 MB") == 0) {
        fputs("<graphml><graph><node id=\"", out);
        for (int i = 0; i < 12 * 1024 * 1024; i++)
            fputc('x', out);
        fputs("\"/></graph></graphml>\n", out);
    } else if (strncmp(name, "depth bomb", 10) == 0) {
        int in_data = strstr(name, "data") != NULL;
        fputs(in_data ? "<graphml><key id=\"k\"/><graph><node id=\"n\"><data key=\"k\">" : "<graphml>", out);
        for (int i = 0; i < 100000; i++)
            fputs("<a>", out);
        for (int i = 0; i < 100000; i++)
            fputs("</a>", out);
        fputs(in_data ? "</data></node></graph></graphml>\n" : "</graphml>\n", out);
    } else if (strcmp(name, "external entity, local file") == 0 ||
               strcmp(name, "external DTD naming a local file") == 0) {
        char secret[512];
        snprintf(secret, sizeof secret, "%s/secret.txt", temp_dir);
        write_file(secret, "SECRET-CONTENT\n", 15);
        if (strstr(name, "DTD"))
            fprintf(out, "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"file://%s\">\n<graphml>\n<graph>\n"
                    "<node id=\"a&nope;\"/>\n</graph>\n</graphml>\n", secret);
        else
            fprintf(out, "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY ext SYSTEM \"file://%s\"> ]>\n"
                    "<graphml>\n<key id=\"k\"/>\n<graph>\n<node id=\"a\"><data key=\"k\">[&ext;]</data></node>\n"
                    "</graph>\n</graphml>\n", secret);
    }
    fclose(out);
    *size = length;
    return text;
}

static void check_bad(const bad_case *c, const char *data, size_t size)
{
    int failed_before = an_t_case_failed;
    an_t_case_failed = 0;
    an_network *network = (an_network *)1;
    double start = now();
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    options.strict = c->strict;
    int rc = an_network_load_graphml_buffer(&network, data, size, "bad.graphml", &options);
    double elapsed = now() - start;
    const an_error *e = an_error_last();
    AN_T_CHECK(rc == c->code);
    AN_T_CHECK(network == NULL);
    AN_T_CHECK(e->code == c->code);
    if (c->line)
        AN_T_CHECK(e->line == c->line);
    if (c->column)
        AN_T_CHECK(e->column == c->column);
    AN_T_CHECK(strstr(e->reason, c->message) != NULL);
    AN_T_CHECK(e->file && strcmp(e->file, "bad.graphml") == 0);
    AN_T_CHECK(strstr(e->message, "SECRET") == NULL);
    AN_T_CHECK(elapsed < 20.0); /* hostile inputs fail fast (generous: valgrind) */
    if (an_t_case_failed)
        fprintf(stderr, "  bad case \"%s\": got %s line %ld column %ld: %s (%.2f s)\n", c->name,
                an_status_name(rc), e->line, e->column, e->reason, elapsed);
    an_t_case_failed |= failed_before;
}

static void test_bad_inputs(void)
{
    for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
        const bad_case *c = &bad_cases[i];
        if (c->text) {
            check_bad(c, c->text, strlen(c->text));
        } else {
            size_t size = 0;
            char *text = build_case(c->name, &size);
            check_bad(c, text, size);
            free(text);
        }
    }
}

/* Files cut at many points never load, never crash, and name a position. */
static void test_truncated_everywhere(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/golden/foreign.graphml", source_dir);
    size_t size = 0;
    char *text = an_t_read_file(path, &size);
    AN_T_CHECK(text != NULL);
    if (!text)
        return;
    size_t end = size;
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' '))
        end--;
    for (size_t cut = 0; cut < end; cut += 7) {
        an_network *network = NULL;
        int rc = an_network_load_graphml_buffer(&network, text, cut, "cut.graphml", NULL);
        AN_T_CHECK(rc == AN_EPARSE);
        AN_T_CHECK(network == NULL);
        AN_T_CHECK(cut == 0 || an_error_last()->line > 0);
        if (rc != AN_EPARSE)
            fprintf(stderr, "  cut at %zu: %s\n", cut, an_error_last()->message);
    }
    free(text);
}

/* ---- 3. API ------------------------------------------------------------- */

static const char small_doc[] =
    HEAD "<key id=\"k\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "<graph id=\"G\" edgedefault=\"undirected\">\n<node id=\"a\"><data key=\"k\">A</data></node>\n"
    "<node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n";

static void test_misuse(void)
{
    an_network *network = (an_network *)1;
    AN_T_CHECK_CODE(an_network_load_graphml(NULL, "x", NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_load_graphml(&network, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(network == NULL);
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(NULL, small_doc, sizeof small_doc - 1, NULL, NULL), AN_EMISUSE);
    network = (an_network *)1;
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, NULL, 5, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(network == NULL);

    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    options.version = 99;
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, small_doc, sizeof small_doc - 1, NULL, &options),
                    AN_EMISUSE);
    AN_T_CHECK(strstr(an_error_last()->message, "version") != NULL);
    options.version = AN_GRAPHML_READ_OPTIONS_VERSION;
    options.graph_index = -1;
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, small_doc, sizeof small_doc - 1, NULL, &options),
                    AN_EINVAL);
    options.graph_index = 0;
    options.max_depth = 0;
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, small_doc, sizeof small_doc - 1, NULL, &options),
                    AN_EINVAL);
    AN_T_CHECK(network == NULL);
}

static void test_files_and_buffers(void)
{
    an_network *network = (an_network *)1;
    char path[1024];
    snprintf(path, sizeof path, "%s/does-not-exist.graphml", temp_dir);
    AN_T_CHECK_CODE(an_network_load_graphml(&network, path, NULL), AN_EIO);
    AN_T_CHECK(network == NULL);
    AN_T_CHECK(strstr(an_error_last()->message, "does-not-exist.graphml") != NULL);
    AN_T_CHECK_CODE(an_network_load_graphml(&network, temp_dir, NULL), AN_EIO); /* a directory */
    AN_T_CHECK(network == NULL);

    /* a buffer without a name is "<buffer>" in messages */
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, "<graphml>", 9, NULL, NULL), AN_EPARSE);
    AN_T_CHECK_STR(an_error_last()->file, "<buffer>");

    /* a buffer and a file with the same bytes give the same model */
    snprintf(path, sizeof path, "%s/small.graphml", temp_dir);
    AN_T_CHECK(write_file(path, small_doc, sizeof small_doc - 1) == 0);
    an_network *from_file = NULL, *from_buffer = NULL;
    AN_T_CHECK_OK(an_network_load_graphml(&from_file, path, NULL));
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&from_buffer, small_doc, sizeof small_doc - 1, path, NULL));
    if (from_file && from_buffer) {
        char *a = NULL, *b = NULL;
        size_t na = 0, nb = 0;
        FILE *fa = open_memstream(&a, &na), *fb = open_memstream(&b, &nb);
        dump_network_text(fa, from_file, path, "small");
        dump_network_text(fb, from_buffer, path, "small");
        fclose(fa);
        fclose(fb);
        AN_T_CHECK_STR(a, b);
        free(a);
        free(b);
        AN_T_CHECK(an_network_node_count(from_file) == 2);
        AN_T_CHECK(an_network_edge_count(from_file) == 1);
        AN_T_CHECK(an_network_direction(from_file) == AN_UNDIRECTED);
        AN_T_CHECK_STR(an_network_graph_id(from_file), "G");
        int64_t node = -1;
        AN_T_CHECK_OK(an_network_find_node(from_file, "b", &node));
        AN_T_CHECK(node == 1);
        AN_T_CHECK(an_network_warning_count(from_file) == 0);
    }
    an_network_free(from_file);
    an_network_free(from_buffer);
}

static void test_limits(void)
{
    an_network *network = NULL;
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;

    options.max_keys = 0;
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, small_doc, sizeof small_doc - 1, "k", &options),
                    AN_ELIMIT);
    AN_T_CHECK(an_error_last()->line == 3);
    AN_T_CHECK(strstr(an_error_last()->reason, "max_keys") != NULL);

    options = (an_graphml_read_options)AN_GRAPHML_READ_OPTIONS_INIT;
    options.max_value_bytes = 10;
    static const char long_value[] = HEAD "<key id=\"k\" for=\"node\"/>\n<graph>\n"
                                     "<node id=\"a\"><data key=\"k\">0123456789A</data></node>\n</graph>\n</graphml>\n";
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, long_value, sizeof long_value - 1, "v", &options),
                    AN_ELIMIT);
    AN_T_CHECK(an_error_last()->line == 5);
    AN_T_CHECK(strstr(an_error_last()->reason, "max_value_bytes") != NULL);
    static const char long_attribute[] = HEAD "<graph>\n<node id=\"0123456789A\"/>\n</graph>\n</graphml>\n";
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, long_attribute, sizeof long_attribute - 1, "v",
                                                   &options), AN_ELIMIT);
    options.max_value_bytes = 11;
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&network, long_value, sizeof long_value - 1, "v", &options));
    an_network_free(network);
    network = NULL;

    /* depth: 10 allowed, 11 not; beyond libxml2's own 256 it still works */
    options = (an_graphml_read_options)AN_GRAPHML_READ_OPTIONS_INIT;
    for (int depth = 300; depth <= 301; depth++) {
        char *text = NULL;
        size_t size = 0;
        FILE *out = open_memstream(&text, &size);
        /* graphml(1) graph(2) node(3) data(4) then depth - 4 elements */
        fputs("<graphml><key id=\"k\"/><graph><node id=\"n\"><data key=\"k\">", out);
        for (int i = 4; i < depth; i++)
            fputs("<x>", out);
        for (int i = 4; i < depth; i++)
            fputs("</x>", out);
        fputs("</data></node></graph></graphml>", out);
        fclose(out);
        options.max_depth = 300;
        int rc = an_network_load_graphml_buffer(&network, text, size, "deep", &options);
        AN_T_CHECK(rc == (depth <= 300 ? AN_OK : AN_ELIMIT));
        if (rc != (depth <= 300 ? AN_OK : AN_ELIMIT))
            fprintf(stderr, "  depth %d: %s\n", depth, an_error_last()->message);
        an_network_free(network);
        network = NULL;
        free(text);
    }
}

/* Values crossing the parser's 256 KiB chunks, and many warnings. */
static void test_big_values_and_many_warnings(void)
{
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    fputs(HEAD "<key id=\"s\" for=\"node\" attr.type=\"string\"/><key id=\"w\" for=\"node\" attr.type=\"double\"/>\n"
          "<graph edgedefault=\"undirected\">\n<node id=\"big\"><data key=\"s\">", out);
    for (int i = 0; i < 700000; i++)
        fputc('a' + i % 26, out);
    fputs("&amp;</data></node>\n", out);
    for (int i = 0; i < 1500; i++)
        fprintf(out, "<node id=\"n%d\"><data key=\"w\"> </data></node>\n", i);
    fputs("</graph>\n</graphml>\n", out);
    fclose(out);
    an_network *network = NULL;
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&network, text, size, "big", NULL));
    if (network) {
        const char *value = NULL;
        AN_T_CHECK_OK(an_network_get_string(network, AN_DOMAIN_NODE, 0, 0, &value));
        AN_T_CHECK(value && strlen(value) == 700001);
        AN_T_CHECK(value && value[699999] == 'a' + 699999 % 26 && value[700000] == '&');
        AN_T_CHECK(an_network_node_count(network) == 1501);
        /* 1000 recorded, then one line saying how many more */
        AN_T_CHECK(an_network_warning_count(network) == 1001);
        AN_T_CHECK(strstr(an_network_warning(network, 1000), "500 more warnings") != NULL);
    }
    an_network_free(network);
    free(text);
}

/* Numbers do not depend on the process locale. */
static void test_locale(void)
{
    const char *locales[] = { "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", "C.UTF-8" };
    const char *chosen = NULL;
    for (size_t i = 0; i < sizeof locales / sizeof locales[0] && !chosen; i++)
        if (setlocale(LC_NUMERIC, locales[i]))
            chosen = locales[i];
    static const char doc[] = HEAD "<key id=\"w\" for=\"node\" attr.type=\"double\"/>\n<graph>\n"
                              "<node id=\"a\"><data key=\"w\">0.12345678901234567</data></node>\n</graph>\n</graphml>\n";
    an_network *network = NULL;
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&network, doc, sizeof doc - 1, "locale", NULL));
    double value = 0;
    if (network)
        AN_T_CHECK_OK(an_network_get_real(network, AN_DOMAIN_NODE, 0, 0, &value));
    AN_T_CHECK(value == 0.12345678901234567);
    an_network_free(network);
    setlocale(LC_NUMERIC, "C");
    (void)chosen;
}

/* The reader leaves libxml2's global error handlers as it found them. */
static void test_error_handlers_restored(void)
{
    xmlGenericErrorFunc generic_before = xmlGenericError;
    xmlStructuredErrorFunc structured_before = xmlStructuredError;
    an_network *network = NULL;
    an_network_load_graphml_buffer(&network, "<graphml><", 10, "x", NULL);
    AN_T_CHECK(xmlGenericError == generic_before);
    AN_T_CHECK(xmlStructuredError == structured_before);
}

/* ---- endpoint resolution: the sequential-id fast path ------------------- */

/* Deterministic generator for the id-scheme cases (not the library's). */
static uint64_t scheme_next(uint64_t *state)
{
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    return *state >> 33;
}

/* The id of node k under scheme `scheme` (k-th node declared). Schemes 0-2
 * are sequential (the reader's fast path applies); the others break the
 * sequence somewhere, or never start one. */
static void scheme_id(char *out, size_t size, int scheme, int k, int n)
{
    switch (scheme) {
    case 0: snprintf(out, size, "n%d", k); break;
    case 1: snprintf(out, size, "%d", k); break;
    case 2: snprintf(out, size, "actor-%d", k); break;
    case 3: snprintf(out, size, k == n / 2 ? "n0%d" : "n%d", k); break;   /* a leading zero midway */
    case 4: snprintf(out, size, "n%d", k < n / 2 ? k : k + 1); break;     /* a gap */
    case 5: snprintf(out, size, "n%d", n - 1 - k); break;                 /* descending */
    case 6: snprintf(out, size, "n1%d", k); break;                        /* starts at n10 */
    case 7: snprintf(out, size, k == n / 3 ? "m%d" : "n%d", k); break;    /* another prefix midway */
    default: snprintf(out, size, "this-prefix-is-longer-than-sixteen-%d", k); break;
    }
}

/*
 * Every edge endpoint must resolve to the node whose id is exactly the
 * endpoint text, whatever the id scheme: sequential ids (fast path), broken
 * sequences, endpoints declared after their edges, and endpoint texts that
 * look sequential but are not ("n01", "n+1", a number beyond the nodes).
 */
static void test_endpoint_resolution(void)
{
    uint64_t state = 20261121;
    for (int scheme = 0; scheme <= 8; scheme++) {
        for (int round = 0; round < 4; round++) {
            int n = 1 + (int)(scheme_next(&state) % 40);
            int m = (int)(scheme_next(&state) % 80);
            char **ids = calloc((size_t)n, sizeof *ids);
            int *source = calloc((size_t)m + 1, sizeof *source), *target = calloc((size_t)m + 1, sizeof *target);
            char *doc = NULL;
            size_t doc_size = 0;
            FILE *f = open_memstream(&doc, &doc_size);
            fputs("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">\n", f);
            /* edges before, among and after the nodes: forward references go pending */
            int declared = 0, written = 0;
            for (int step = 0; step < n + m; step++) {
                int want_node = declared < n && (written == m || scheme_next(&state) % 2 == 0);
                if (want_node) {
                    char id[96];
                    scheme_id(id, sizeof id, scheme, declared, n);
                    ids[declared++] = strdup(id);
                    fprintf(f, "<node id=\"%s\"/>\n", id);
                } else {
                    source[written] = (int)(scheme_next(&state) % (uint64_t)n);
                    target[written] = (int)(scheme_next(&state) % (uint64_t)n);
                    char a[96], b[96];
                    scheme_id(a, sizeof a, scheme, source[written], n);
                    scheme_id(b, sizeof b, scheme, target[written], n);
                    fprintf(f, "<edge source=\"%s\" target=\"%s\"/>\n", a, b);
                    written++;
                }
            }
            fputs("</graph></graphml>\n", f);
            fclose(f);
            an_network *network = NULL;
            AN_T_CHECK_OK(an_network_load_graphml_buffer(&network, doc, doc_size, "ids", NULL));
            if (network) {
                AN_T_CHECK(an_network_edge_count(network) == m);
                for (int e = 0; e < m && e < an_network_edge_count(network); e++) {
                    int64_t s = -1, t = -1;
                    AN_T_CHECK_OK(an_network_edge_endpoints(network, e, &s, &t));
                    char a[96], b[96];
                    scheme_id(a, sizeof a, scheme, source[e], n);
                    scheme_id(b, sizeof b, scheme, target[e], n);
                    AN_T_CHECK_STR(an_network_node_id(network, s), a);
                    AN_T_CHECK_STR(an_network_node_id(network, t), b);
                }
            }
            an_network_free(network);
            free(doc);
            for (int k = 0; k < n; k++)
                free(ids[k]);
            free(ids);
            free(source);
            free(target);
        }
    }
    /* texts that look sequential but name no node are unknown endpoints (strict: refused) */
    an_graphml_read_options strict = AN_GRAPHML_READ_OPTIONS_INIT;
    strict.strict = 1;
    static const char *const bad[] = { "n01", "n+1", "n3", "n", "n-1", "n99999999999999999999", "N1" };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char doc[512];
        int length = snprintf(doc, sizeof doc,
                              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
                              "<node id=\"n0\"/><node id=\"n1\"/><node id=\"n2\"/>"
                              "<edge source=\"n1\" target=\"%s\"/></graph></graphml>",
                              bad[i]);
        an_network *network = (an_network *)1;
        AN_T_CHECK_CODE(an_network_load_graphml_buffer(&network, doc, (size_t)length, "ids", &strict), AN_EFORMAT);
        AN_T_CHECK(network == NULL);
        AN_T_CHECK(strstr(an_error_last()->message, "unknown node") != NULL);
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_graphml_read SOURCE_DIR\n");
        return 2;
    }
    source_dir = argv[1];
    snprintf(temp_dir, sizeof temp_dir, "%s/an_graphml_read_XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(temp_dir)) {
        perror("mkdtemp");
        return 2;
    }
    AN_T_RUN(test_golden);
    AN_T_RUN(test_probes);
    AN_T_RUN(test_dialects);
    AN_T_RUN(test_bad_inputs);
    AN_T_RUN(test_truncated_everywhere);
    AN_T_RUN(test_misuse);
    AN_T_RUN(test_files_and_buffers);
    AN_T_RUN(test_limits);
    AN_T_RUN(test_big_values_and_many_warnings);
    AN_T_RUN(test_locale);
    AN_T_RUN(test_error_handlers_restored);
    AN_T_RUN(test_endpoint_resolution);

    char path[512];
    snprintf(path, sizeof path, "%s/secret.txt", temp_dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/small.graphml", temp_dir);
    unlink(path);
    rmdir(temp_dir);
    return an_t_finish();
}
