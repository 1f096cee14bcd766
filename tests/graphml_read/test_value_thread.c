/*
 * test_value_thread.c — the GraphML reader's value thread gives what one
 * thread gives.
 *
 * For big inputs the reader stores <data> values on a second thread while
 * libxml2 parses on (graphml_read.c, "values"). Each case here generates a
 * document big enough to start that thread (megabytes of values), loads it
 * with ACTORNET_THREADS=1 and with ACTORNET_THREADS=2, and checks:
 *   - the value thread ran in the second load and not in the first
 *     (an_i_graphml_value_threads_started);
 *   - both loads give the same dump (every column, value, default, markup
 *     column, pending value, warning, in order) or the same error (code,
 *     line, column, message);
 *   - where the case knows the answer (the first failure in the document,
 *     the number of warnings), that it is the answer.
 * The warnings mix the two threads: repeated values and empty numbers are met
 * on the value thread, undeclared namespace prefixes and keys used on another
 * domain on the parsing thread.
 *
 *   test_value_thread
 */
#include "actornet.h"
#include "dump.h"
#include "graphml_read.h"
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NODES 16000
#define EDGES 32000

/* ---- a document and the lines of interest ------------------------------ */

typedef struct document {
    char *text;
    size_t size;
    FILE *out;
    long line;          /* the line being written (1-based) */
} document;

static void doc_open(document *d)
{
    memset(d, 0, sizeof *d);
    d->out = open_memstream(&d->text, &d->size);
    d->line = 1;
}

/* Write one line. */
__attribute__((format(printf, 2, 3)))
static void doc_line(document *d, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vfprintf(d->out, format, args);
    va_end(args);
    fputc('\n', d->out);
    d->line++;
}

static void doc_close(document *d)
{
    fclose(d->out);
}

/* What the generator may plant, by node index (-1: nowhere). */
typedef struct plan {
    int bad_year_at;            /* <data key="d2">19x9</data> */
    int duplicate_id_at;        /* the id of node 0 again */
    int malformed_at;           /* an unfinished tag */
    int warn_every;             /* every k-th node: a value given twice, an empty year, an
                                   undeclared prefix; 0 = no warnings planted */
    long bad_year_line, duplicate_id_line, malformed_line;   /* filled in */
} plan;

static void header(document *d)
{
    doc_line(d, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    doc_line(d, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
    doc_line(d, "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>");
    doc_line(d, "  <key id=\"d1\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>person</default></key>");
    doc_line(d, "  <key id=\"d2\" for=\"node\" attr.name=\"year\" attr.type=\"int\"/>");
    doc_line(d, "  <key id=\"d3\" for=\"node\" attr.name=\"score\" attr.type=\"double\"/>");
    doc_line(d, "  <key id=\"d4\" for=\"node\" attr.name=\"flag\" attr.type=\"boolean\"/>");
    doc_line(d, "  <key id=\"e0\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>");
    doc_line(d, "  <key id=\"e1\" for=\"edge\" attr.name=\"weight\" attr.type=\"float\"/>");
    doc_line(d, "  <key id=\"e2\" for=\"edge\" attr.name=\"cite\" attr.type=\"string\"/>");
    doc_line(d, "  <key id=\"e3\" for=\"edge\" attr.name=\"year\" attr.type=\"long\"><default>2000</default></key>");
    doc_line(d, "  <graph id=\"G\" edgedefault=\"directed\">");
}

static void generate(document *d, plan *p)
{
    static const char *const types[] = { "<data key=\"d1\">person</data>", "<data key=\"d1\">unit</data>",
                                         "<data key=\"d1\">organisation</data>", "<data key=\"d1\">place</data>",
                                         "<data key=\"d1\">medium</data>" };
    static const char *const relations[] = { "commands", "funds", "trains", "recruits", "member_of", "kin_of" };
    doc_open(d);
    header(d);
    for (int i = 0; i < NODES; i++) {
        char id[32];
        snprintf(id, sizeof id, "n%d", i == p->duplicate_id_at ? 0 : i);
        const char *year = "19x9";
        char year_text[16];
        if (i != p->bad_year_at) {
            snprintf(year_text, sizeof year_text, "%d", 1950 + i % 70);
            year = year_text;
        }
        int warn = p->warn_every && i % p->warn_every == 0;
        if (i == p->bad_year_at)
            p->bad_year_line = d->line;
        if (i == p->duplicate_id_at)
            p->duplicate_id_line = d->line;
        if (i == p->malformed_at) {
            p->malformed_line = d->line;
            doc_line(d, "    <node id=\"%s\" <data/></node>", id);
            continue;
        }
        doc_line(d, "    <node id=\"%s\"%s><data key=\"d0\">Həsən %d / مریم</data>%s"
                 "<data key=\"d2\">%s</data>%s<data key=\"d3\">%.6g</data><data key=\"d4\">%s</data>%s</node>",
                 id, warn ? " q:extra=\"1\"" : "", i, i % 3 ? "" : types[i % 5],
                 warn ? "" : year, warn ? "<data key=\"d2\">1999</data><data key=\"d2\">2001</data>" : "",
                 i * 0.37, i % 2 ? "true" : "0",
                 i == NODES / 2 ? "<data key=\"e1\">1.5</data>" : "");
    }
    for (int i = 0; i < EDGES; i++) {
        int warn = p->warn_every && i % p->warn_every == 1;
        const char *cite_open = i == EDGES / 2 ? "<b>" : "", *cite_close = i == EDGES / 2 ? "</b>" : "";
        doc_line(d, "    <edge source=\"n%d\" target=\"n%d\"><data key=\"e0\">%s</data><data key=\"e1\">%.4f</data>"
                 "<data key=\"e2\">%sSource %d &amp; co, p. %d%s</data>%s%s</edge>",
                 i % NODES, (i * 7 + 3) % NODES, relations[i % 6], i * 0.01, cite_open, i % 40, i % 300,
                 cite_close, i % 5 ? "<data key=\"e3\">1990</data>" : "",
                 warn ? "<data key=\"e0\">again</data><data key=\"late\">x</data>" : "");
    }
    doc_line(d, "  </graph>");
    doc_line(d, "  <key id=\"late\" for=\"edge\" attr.name=\"late\" attr.type=\"string\"/>");
    doc_line(d, "</graphml>");
    doc_close(d);
}

/* ---- loading ------------------------------------------------------------ */

typedef struct outcome {
    int code;
    long line, column;
    char *text;         /* the dump, or the error message */
    long started;       /* value threads started by this load */
} outcome;

static void load(outcome *o, const document *d, const char *threads)
{
    setenv("ACTORNET_THREADS", threads, 1);
    long before = atomic_load(&an_i_graphml_value_threads_started);
    an_network *network = NULL;
    o->code = an_network_load_graphml_buffer(&network, d->text, d->size, "big.graphml", NULL);
    o->started = atomic_load(&an_i_graphml_value_threads_started) - before;
    AN_T_CHECK((o->code == AN_OK) == (network != NULL));
    o->text = dump_load_result(o->code, network, "big.graphml", "big.graphml", 0, &o->line, &o->column);
    unsetenv("ACTORNET_THREADS");
}

/* Load both ways; check the thread ran once and the outcomes agree. */
static void load_both(outcome *one, outcome *two, const document *d)
{
    load(one, d, "1");
    load(two, d, "2");
    AN_T_CHECK(one->started == 0);
    AN_T_CHECK(two->started == 1);
    AN_T_CHECK(one->code == two->code);
    AN_T_CHECK(one->line == two->line && one->column == two->column);
    AN_T_CHECK(dumps_equal(one->text, two->text, "one thread", "two threads"));
}

static void outcome_free(outcome *o)
{
    free(o->text);
}

static size_t count(const char *text, const char *needle)
{
    size_t n = 0;
    for (const char *at = strstr(text, needle); at; at = strstr(at + 1, needle))
        n++;
    return n;
}

/* ---- cases -------------------------------------------------------------- */

/* Everything loads the same: values of every type, a default, a column that
 * becomes markup midway, a key used on another domain, late keys, and a few
 * warnings of each kind from both threads. */
static void test_same_network(void)
{
    plan p = { -1, -1, -1, 997, 0, 0, 0 };
    document d;
    generate(&d, &p);
    AN_T_CHECK(d.size > 4u * 1024 * 1024);
    outcome one, two;
    load_both(&one, &two, &d);
    AN_T_CHECK(one.code == AN_OK);
    AN_T_CHECK(count(one.text, "several values for key 'year'") > 10);    /* value thread */
    AN_T_CHECK(count(one.text, "several values for key 'relation'") > 10); /* value thread */
    AN_T_CHECK(count(one.text, "Namespace prefix q") > 10);                 /* parsing thread */
    AN_T_CHECK(count(one.text, "a column for nodes was added") == 1);       /* parsing thread */
    AN_T_CHECK(strstr(one.text, "&lt;b&gt;") == NULL);                      /* markup kept as markup */
    outcome_free(&one);
    outcome_free(&two);
    free(d.text);
}

/* More than the 1000 recorded warnings, from both threads: the same 1000,
 * and the same count of the rest. */
static void test_warning_limit(void)
{
    plan p = { -1, -1, -1, 7, 0, 0, 0 };
    document d;
    generate(&d, &p);
    outcome one, two;
    load_both(&one, &two, &d);
    AN_T_CHECK(one.code == AN_OK);
    AN_T_CHECK(count(one.text, "more warnings were not recorded") == 1);
    outcome_free(&one);
    outcome_free(&two);
    free(d.text);
}

enum planted { BAD_YEAR, DUPLICATE_ID, MALFORMED };

/* Load a document with failures planted by `p` both ways; the error must be
 * `code` at the line of the `expected` plant, with `text` in its message
 * when given. */
static void check_failure(plan p, int code, enum planted expected, const char *text)
{
    document d;
    generate(&d, &p);
    outcome one, two;
    load_both(&one, &two, &d);
    long line = expected == BAD_YEAR ? p.bad_year_line
              : expected == DUPLICATE_ID ? p.duplicate_id_line : p.malformed_line;
    AN_T_CHECK(one.code == code);
    AN_T_CHECK(one.line == line);
    AN_T_CHECK(!text || strstr(one.text, text) != NULL);
    outcome_free(&one);
    outcome_free(&two);
    free(d.text);
}

/* A bad value, then a duplicate id: the value's failure is the one reported. */
static void test_value_failure_first(void)
{
    check_failure((plan){ 11000, 13500, -1, 0, 0, 0, 0 }, AN_EFORMAT, BAD_YEAR, "'19x9' for key 'year'");
}

/* A bad value, then malformed XML: still the value. */
static void test_value_failure_before_parse_error(void)
{
    check_failure((plan){ 11000, -1, 14000, 0, 0, 0, 0 }, AN_EFORMAT, BAD_YEAR, NULL);
}

/* A duplicate id, then a bad value: the duplicate id. */
static void test_parsing_failure_first(void)
{
    check_failure((plan){ 11000, 8000, -1, 0, 0, 0, 0 }, AN_EFORMAT, DUPLICATE_ID, "duplicate node id 'n0'");
}

/* A bad value in the last nodes: found when the rest of the values are
 * stored at the end of the input. */
static void test_value_failure_at_the_end(void)
{
    check_failure((plan){ NODES - 1, -1, -1, 0, 0, 0, 0 }, AN_EFORMAT, BAD_YEAR, NULL);
}

/* Malformed XML and no bad value: libxml2's error. */
static void test_parse_error(void)
{
    check_failure((plan){ -1, -1, 14000, 0, 0, 0, 0 }, AN_EPARSE, MALFORMED, NULL);
}

int main(void)
{
    AN_T_RUN(test_same_network);
    AN_T_RUN(test_warning_limit);
    AN_T_RUN(test_value_failure_first);
    AN_T_RUN(test_value_failure_before_parse_error);
    AN_T_RUN(test_parsing_failure_first);
    AN_T_RUN(test_value_failure_at_the_end);
    AN_T_RUN(test_parse_error);
    return an_t_finish();
}
