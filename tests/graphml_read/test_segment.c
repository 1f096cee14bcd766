/*
 * test_segment.c — a segment parsed ahead on a second thread gives what one
 * parser gives.
 *
 * For big inputs the GraphML reader parses a stretch of edges in the middle
 * of the document on a second thread and replays what it recorded
 * (graphml/segment.h). Each case here generates a document, lowers the size
 * threshold so the segment starts, loads the document with
 * ACTORNET_THREADS=1 (no segment) and ACTORNET_THREADS=2, from a buffer and
 * from a file, and checks:
 *   - whether the segment started and whether its events were taken, as the
 *     case expects (an_i_graphml_segments_started / _taken): a case meant to
 *     exercise a fallback must really fall back, a plain one must not;
 *   - that every load gives the same dump (columns, values, warnings with
 *     their positions, and the line of every node and edge) or the same
 *     error (code, line, column, message);
 *   - where the case knows the answer (the line of a planted failure), that
 *     it is the answer.
 *
 *   test_segment
 */
#include "actornet.h"
#include "dump.h"
#include "graphml_read.h"
#include "graphml/segment.h"
#include "harness.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- documents ---------------------------------------------------------- */

/* What a document looks like; the generator fills in the planted line. */
typedef struct spec {
    int nodes, edges;
    const char *xml_declaration;    /* NULL: version 1.0, UTF-8 */
    const char *doctype;            /* a line after the declaration, or NULL */
    const char *root;               /* the <graphml> start tag, or NULL for the usual */
    const char *newline;            /* NULL: "\n" */
    int plant_at;                   /* edge index replaced by `plant` (-1: none) */
    const char *plant;              /* a printf format taking the edge index */
    const char *tail;               /* lines after the edges, before </graph>, or NULL */
    const char *after_graph;        /* lines after </graph>, or NULL */
    long plant_line;                /* filled: the line `plant` starts on */
    size_t plant_offset;            /* filled: its byte offset */
    size_t last_edge_offset;        /* filled: the byte offset of the last edge's line */
} spec;

typedef struct document {
    char *text;
    size_t size;
} document;

/* Write text, counting lines; `newline` replaces each "\n". */
static void put(FILE *out, const spec *s, long *line, const char *text)
{
    const char *newline = s->newline ? s->newline : "\n";
    for (const char *p = text; *p; p++) {
        if (*p == '\n') {
            fputs(newline, out);
            (*line)++;
        } else {
            fputc(*p, out);
        }
    }
}

__attribute__((format(printf, 4, 5)))
static void putf(FILE *out, const spec *s, long *line, const char *format, ...)
{
    char buffer[4096];
    va_list args;
    va_start(args, format);
    vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    put(out, s, line, buffer);
}

/* The usual edge: ids, entities, non-ASCII, every value type, empty and
 * blank values, self-closing edges, directed overrides, a key for graphs
 * (kept raw, with a warning), a key declared late, nodes declared after the
 * edges. */
static void edge_line(FILE *out, const spec *s, long *line, int i)
{
    static const char *const relations[] = { "commands", "funds", "trains", "recruits", "member_of", "kin_of" };
    int source = i % s->nodes, target = (i * 7 + 3) % s->nodes;
    char target_id[32];
    if (i % 97 == 5)
        snprintf(target_id, sizeof target_id, "m%d", i % 13); /* declared after the edges */
    else
        snprintf(target_id, sizeof target_id, "n%d", target);
    if (i % 11 == 0) {
        putf(out, s, line, "    <edge source=\"n%d\" target=\"%s\"/>\n", source, target_id);
        return;
    }
    putf(out, s, line, "    <edge id=\"e%d\" source=\"n%d\" target=\"%s\"%s>", i, source, target_id,
         i % 5 == 0 ? " directed=\"false\"" : i % 5 == 1 ? " directed='1'" : "");
    putf(out, s, line, "<data key=\"r\">%s</data>", relations[i % 6]);
    putf(out, s, line, "<data key=\"w\">%.4f</data>", i * 0.01);
    putf(out, s, line, "<data key=\"c\">Həsən &amp; co &#233;&#x4E2D; &lt;%d&gt; p. %d</data>", i % 40, i % 300);
    if (i % 3 == 0)
        putf(out, s, line, "<data key=\"y\">%d</data>", 1950 + i % 70);
    if (i % 7 == 0)
        put(out, s, line, "<data key=\"r\"/>");
    if (i % 13 == 0)
        put(out, s, line, "<data key=\"y\">  </data>");
    if (i % 17 == 0)
        put(out, s, line, "<data key=\"g\">for graphs</data>");
    if (i % 19 == 0)
        putf(out, s, line, "<data key=\"late\">late %d</data>", i);
    if (i % 23 == 0)
        put(out, s, line, "\n      <data key=\"w\">\n 2.5 \n</data>\n    ");
    put(out, s, line, "</edge>\n");
}

static void generate(document *d, spec *s)
{
    size_t size = 0;
    FILE *out = open_memstream(&d->text, &size);
    long line = 1;
    put(out, s, &line, s->xml_declaration ? s->xml_declaration : "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    put(out, s, &line, "\n");
    if (s->doctype)
        putf(out, s, &line, "%s\n", s->doctype);
    putf(out, s, &line, "%s\n", s->root ? s->root : "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                                                    "xmlns:q=\"urn:q\">");
    put(out, s, &line, "  <key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                       "  <key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
                       "  <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
                       "  <key id=\"c\" for=\"edge\" attr.name=\"cite\" attr.type=\"string\"/>\n"
                       "  <key id=\"y\" for=\"edge\" attr.name=\"year\" attr.type=\"int\"><default>2000</default></key>\n"
                       "  <key id=\"g\" for=\"graph\" attr.name=\"note\" attr.type=\"string\"/>\n"
                       "  <graph id=\"G\" edgedefault=\"directed\">\n");
    for (int i = 0; i < s->nodes; i++)
        putf(out, s, &line, "    <node id=\"n%d\"><data key=\"l\">Actor %d / مریم</data></node>\n", i, i);
    for (int i = 0; i < s->edges; i++) {
        fflush(out);
        s->last_edge_offset = size;
        if (i == s->plant_at) {
            fflush(out);
            s->plant_offset = size;
            s->plant_line = line;
            putf(out, s, &line, s->plant, i);
        } else {
            edge_line(out, s, &line, i);
        }
    }
    for (int i = 0; i < 13; i++)
        putf(out, s, &line, "    <node id=\"m%d\"/>\n", i);
    if (s->tail)
        put(out, s, &line, s->tail);
    put(out, s, &line, "  </graph>\n");
    if (s->after_graph)
        put(out, s, &line, s->after_graph);
    put(out, s, &line, "  <key id=\"late\" for=\"edge\" attr.name=\"late\" attr.type=\"string\"/>\n</graphml>\n");
    fclose(out);
    d->size = size;
}

/* A plain document of `edges` edges. */
static spec plain(int edges)
{
    return (spec){ .nodes = 400, .edges = edges, .plant_at = -1 };
}

/* A plain document of 3000 edges, edge `at` replaced by `plant`. */
static spec planted(int at, const char *plant)
{
    spec s = plain(3000);
    s.plant_at = at;
    s.plant = plant;
    return s;
}

/* ---- loading ------------------------------------------------------------ */

typedef struct outcome {
    int code;
    long line, column;
    char *text;             /* the dump with every element's line, or the error message */
    long started, taken;    /* segments started and taken by this load */
} outcome;

static const char *file_path(void)
{
    static char path[256];
    if (!path[0])
        snprintf(path, sizeof path, "%s/actornet_test_segment_%ld.graphml",
                 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (long)getpid());
    return path;
}

/* Load `d` with `threads` from the buffer or (from_file) a file. */
static void load(outcome *o, const document *d, const char *threads, int from_file,
                 const an_graphml_read_options *options)
{
    setenv("ACTORNET_THREADS", threads, 1);
    long started = atomic_load(&an_i_graphml_segments_started);
    long taken = atomic_load(&an_i_graphml_segments_taken);
    an_network *network = NULL;
    if (from_file) {
        FILE *f = fopen(file_path(), "wb");
        AN_T_CHECK(f && fwrite(d->text, 1, d->size, f) == d->size);
        if (f)
            fclose(f);
        o->code = an_network_load_graphml(&network, file_path(), options);
        remove(file_path());
    } else {
        o->code = an_network_load_graphml_buffer(&network, d->text, d->size, file_path(), options);
    }
    o->started = atomic_load(&an_i_graphml_segments_started) - started;
    o->taken = atomic_load(&an_i_graphml_segments_taken) - taken;
    AN_T_CHECK((o->code == AN_OK) == (network != NULL));
    o->text = dump_load_result(o->code, network, file_path(), "segment.graphml", 1, &o->line, &o->column);
    unsetenv("ACTORNET_THREADS");
}

static void same(const outcome *one, const outcome *two, const char *what)
{
    AN_T_CHECK(one->code == two->code);
    AN_T_CHECK(one->line == two->line && one->column == two->column);
    AN_T_CHECK(dumps_equal(one->text, two->text, "one parser", what));
}

/* What a case expects of the segment. */
enum expect { NOT_STARTED, FELL_BACK, TAKEN };

/*
 * Load `d` with one thread and with two, from the buffer and from a file;
 * check that the segment did as `expect` says and that all loads agree.
 * Returns the one-thread outcome (free it).
 */
static outcome check(const document *d, enum expect expect, const an_graphml_read_options *options)
{
    outcome one, two;
    load(&one, d, "1", 0, options);
    AN_T_CHECK(one.started == 0 && one.taken == 0);
    for (int from_file = 0; from_file < 2; from_file++) {
        load(&two, d, "2", from_file, options);
        AN_T_CHECK(two.started == (expect != NOT_STARTED));
        AN_T_CHECK(two.taken == (expect == TAKEN));
        if (two.started != (expect != NOT_STARTED) || two.taken != (expect == TAKEN))
            fprintf(stderr, "  %s: segment started %ld, taken %ld\n", from_file ? "file" : "buffer",
                    two.started, two.taken);
        same(&one, &two, from_file ? "segment, file" : "segment, buffer");
        free(two.text);
    }
    return one;
}

/* Generate, check, expect success. */
static void check_loads(spec s, enum expect expect)
{
    document d;
    generate(&d, &s);
    outcome one = check(&d, expect, NULL);
    AN_T_CHECK(one.code == AN_OK);
    if (one.code != AN_OK)
        fprintf(stderr, "  unexpected error: %s\n", one.text);
    free(one.text);
    free(d.text);
}

/* Strict reading: what is otherwise repaired with a warning fails. */
static const an_graphml_read_options *strict_options(void)
{
    static an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    options.strict = 1;
    return &options;
}

/* Generate, check (strict), expect `code` at the planted line (and `text` in the message). */
static void check_fails(spec s, enum expect expect, int code, const char *text)
{
    document d;
    generate(&d, &s);
    outcome one = check(&d, expect, strict_options());
    AN_T_CHECK(one.code == code);
    AN_T_CHECK(one.line == s.plant_line);
    AN_T_CHECK(!text || strstr(one.text, text) != NULL);
    if (one.code != code || one.line != s.plant_line)
        fprintf(stderr, "  got %d at line %ld (planted at %ld): %s\n", one.code, one.line, s.plant_line, one.text);
    free(one.text);
    free(d.text);
}

/* ---- cases: the segment is taken ---------------------------------------- */

/* Every kind of edge the generator writes, with warnings from the segment
 * (a key for graphs inside edges, values given twice, blank numbers) and
 * edges that wait for nodes declared after them. */
static void test_taken(void)
{
    check_loads(plain(3000), TAKEN);
}

/* The segment starts as early as it can (at the first edge line past what
 * the reader had read when the <graph> started) and ends at the last edge. */
static void test_taken_wide(void)
{
    spec s = plain(3000);
    document d;
    generate(&d, &s);
    an_i_segment_tuning saved = an_i_graphml_segment_tuning;
    an_i_graphml_segment_tuning.begin = 0.0;
    an_i_graphml_segment_tuning.end = (double)(s.last_edge_offset - 1) / (double)d.size;
    outcome one = check(&d, TAKEN, NULL);
    AN_T_CHECK(one.code == AN_OK);
    an_i_graphml_segment_tuning = saved;
    free(one.text);
    free(d.text);
}

/* No default namespace at all. */
static void test_taken_without_namespace(void)
{
    spec s = plain(3000);
    s.root = "<graphml>";
    check_loads(s, TAKEN);
}

/* A document big enough for the value thread too: both threads at once. */
static void test_taken_with_value_thread(void)
{
    long before = atomic_load(&an_i_graphml_value_threads_started);
    check_loads(plain(25000), TAKEN);
    AN_T_CHECK(atomic_load(&an_i_graphml_value_threads_started) - before >= 2); /* buffer and file */
}

/* A failure met while replaying: at its own line. */
static void test_failure_in_segment(void)
{
    spec s = planted(2000, "    <edge source=\"n1\" target=\"n2\" directed=\"maybe\"/>\n");
    check_fails(s, TAKEN, AN_EFORMAT, "directed='maybe'");
}

/* A bad value in the segment: found by whichever thread stores values. */
static void test_bad_value_in_segment(void)
{
    spec s = planted(1900, "    <edge source=\"n1\" target=\"n2\"><data key=\"y\">19x9</data></edge>\n");
    check_fails(s, TAKEN, AN_EFORMAT, "'19x9' for key 'year'");
}

/* An endpoint never declared, in the segment: reported at the end of the
 * graph with the edge's line. */
static void test_unknown_endpoint_in_segment(void)
{
    spec s = planted(2100, "    <edge id=\"x%d\" source=\"n1\" target=\"nobody\"/>\n");
    check_fails(s, TAKEN, AN_EFORMAT, "unknown node 'nobody'");
    /* not strict: the node is added, the same with one parser and two */
    check_loads(s, TAKEN);
}

/* Malformed XML after the segment: libxml2's line and column are those of
 * one parser (the lines the segment skipped are counted). */
static void test_parse_error_after_segment(void)
{
    spec s = planted(2998, "    <edge source=\"n1\" target=\"n2\" <oops/>\n");
    check_fails(s, TAKEN, AN_EPARSE, NULL);
}

/* libxml2's warnings after the segment (an undeclared prefix) keep their positions. */
static void test_warning_after_segment(void)
{
    spec s = plain(3000);
    s.tail = "    <node id=\"p1\" z:x=\"1\"/>\n    <node id=\"p2\" z:y=\"2\"/>\n";
    check_loads(s, TAKEN);
}

/* max_value_bytes met by an attribute value inside the segment. */
static void test_limits(void)
{
    static char plant[2048];
    memset(plant, 0, sizeof plant);
    strcpy(plant, "    <edge source=\"n1\" target=\"n2\" id=\"");
    memset(plant + strlen(plant), 'x', 1500);
    strcat(plant, "\"/>\n");
    spec s = planted(2000, plant);
    document d;
    generate(&d, &s);
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    options.max_value_bytes = 1200; /* the segment records text up to an eighth: 150 bytes */
    outcome one = check(&d, TAKEN, &options);
    AN_T_CHECK(one.code == AN_ELIMIT && one.line == s.plant_line);
    free(one.text);
    free(d.text);
}

/* ---- cases: the segment gives up, and the reader parses it itself ------- */

static void check_falls_back(const char *plant)
{
    spec s = planted(2000, plant);
    check_loads(s, FELL_BACK);
}

static void test_fallbacks(void)
{
    check_falls_back("    <!-- a comment --><edge source=\"n1\" target=\"n2\"/>\n");
    check_falls_back("    <edge source=\"n1\" target=\"n2\"><data key=\"c\"><![CDATA[a < b]]></data></edge>\n");
    check_falls_back("    <?pi data?><edge source=\"n1\" target=\"n2\"/>\n");
    check_falls_back("    <edge source=\"n1\" target=\"n2\"><data key=\"c\">a <b>bold</b> move</data></edge>\n");
    check_falls_back("    <edge source=\"n1\" target=\"n2\" sourceport=\"west\"/>\n");
    check_falls_back("    <edge source=\"n1\" target=\"n2\" q:flag=\"1\"/>\n");
    check_falls_back("    <edge source=\"n1\" target=\"n2\" xmlns:k=\"urn:k\"/>\n");
    check_falls_back("    <edge source=\"n1\" target=\"n2\"><data key=\"c\" q:x=\"1\">v</data></edge>\n");
    check_falls_back("    <edge source=\"n1\" target=\"n2\"><desc>described</desc></edge>\n");
    check_falls_back("    <node id=\"among the edges\"/>\n");
    check_falls_back("    <q:edge source=\"n1\" target=\"n2\"/>\n");
}

/* A second <graph> inside the segment's span: the segment meets </graph>.
 * (The first graph then misses the nodes declared at the end: an error,
 * the same both ways.) */
static void test_second_graph(void)
{
    spec s = planted(2000, "  </graph>\n  <graph id=\"H\">\n    <node id=\"a\"/>\n");
    document d;
    generate(&d, &s);
    outcome one = check(&d, FELL_BACK, strict_options());
    AN_T_CHECK(one.code == AN_EFORMAT && strstr(one.text, "unknown node 'm") != NULL);
    free(one.text);
    free(d.text);
}

/* Malformed XML inside the segment: one parser's error. */
static void test_parse_error_in_segment(void)
{
    spec s = planted(2000, "    <edge source=\"n1\" target=\"n2\"></egde>\n");
    check_fails(s, FELL_BACK, AN_EPARSE, NULL);
}

/* An entity reference that is not predefined: undefined here. */
static void test_undefined_entity_in_segment(void)
{
    spec s = planted(2000, "    <edge source=\"n1\" target=\"n2\"><data key=\"c\">&nbsp;</data></edge>\n");
    check_fails(s, FELL_BACK, AN_EPARSE, NULL);
}

/* Windows line ends: the blanks at the segment's ends hold a carriage return. */
static void test_crlf(void)
{
    spec s = plain(3000);
    s.newline = "\r\n";
    check_loads(s, FELL_BACK);
}

/* Text longer than an eighth of max_value_bytes: the reader checks the limit
 * itself (here the value fits). */
static void test_long_text(void)
{
    static char plant[4096];
    strcpy(plant, "    <edge source=\"n1\" target=\"n2\"><data key=\"c\">");
    memset(plant + strlen(plant), 'y', 2000);
    strcat(plant, "</data></edge>\n");
    spec s = planted(2000, plant);
    document d;
    generate(&d, &s);
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    options.max_value_bytes = 8 * 1024;
    outcome one = check(&d, FELL_BACK, &options);
    AN_T_CHECK(one.code == AN_OK);
    free(one.text);
    free(d.text);
}

/*
 * The segment inside something the made-up context does not know: it begins
 * at the first and ends at the third of three lines that look like edges,
 * inside a comment, a <data> with markup, a <node>, a processing
 * instruction. The segment parses the first two lines happily; the reader
 * sees at the segment's first byte that it does not stand between two
 * children of the <graph>, and parses the bytes itself.
 */
static void check_inside(const char *open, const char *close, int fails)
{
    static char plant[1024];
    const char *edge = "    <edge source=\"n1\" target=\"n2\"/>\n";
    snprintf(plant, sizeof plant, "%s\n%s%s%s%s\n", open, edge, edge, edge, close);
    spec s = planted(1500, plant);
    document d;
    generate(&d, &s);
    size_t second = s.plant_offset + strlen(open) + 1 + strlen(edge);
    an_i_segment_tuning saved = an_i_graphml_segment_tuning;
    an_i_graphml_segment_tuning.begin = (double)(s.plant_offset + 2) / (double)d.size;
    an_i_graphml_segment_tuning.end = (double)(second + 2) / (double)d.size;
    outcome one = check(&d, FELL_BACK, NULL);
    AN_T_CHECK(fails ? one.code != AN_OK : one.code == AN_OK);
    an_i_graphml_segment_tuning = saved;
    free(one.text);
    free(d.text);
}

static void test_inside(void)
{
    check_inside("    <!-- commented out:", "    -->", 0);
    check_inside("    <edge source=\"n1\" target=\"n2\"><data key=\"c\"><list>", "    </list></data></edge>", 0);
    check_inside("    <node id=\"holder\">", "    </node>", 1);
    check_inside("    <?pi", "    ?>", 0);
}

/* ---- seeded mutations ---------------------------------------------------- */

/*
 * Bytes inserted at random offsets in the segment's span of a plain document:
 * blanks and line ends (inside tags, attribute values and text too, which
 * moves every later position), carriage returns, references, comments and
 * markup, and characters that break the XML. Each mutant loads the same with
 * one parser and with the segment, whether the segment is taken, gives up, or
 * the document is malformed.
 */
static void test_seeded_mutations(void)
{
    static const char *const snippets[] = {
        "\n", "\n\n", " ", "\t", "\r\n", "\r", "&#10;", "&#13;", "&amp;", "&lt;", "<!-- c -->", "<?p x?>",
        "<b>x</b>", "<![CDATA[y]]>", "<", ">", "&", "\"", "'", "/", "=", "\xC3\xA9", "\xC3", "<data key=\"r\">z</data>",
    };
    spec s = plain(3000);
    document base;
    generate(&base, &s);
    uint64_t state = 0x9E3779B97F4A7C15u;
    int taken = 0, fell_back = 0, failed = 0;
    for (int round = 0; round < 32; round++) {
        document d = { malloc(base.size + 256), 0 };
        memcpy(d.text, base.text, base.size);
        d.size = base.size;
        int count = 1 + round % 2;
        for (int k = 0; k < count; k++) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            size_t at = (size_t)(0.47 * (double)d.size) + (size_t)(state % (uint64_t)(0.48 * (double)d.size));
            if (state & 0x100) { /* half of them between markup: after the next '>' */
                const char *gt = memchr(d.text + at, '>', d.size - at);
                if (gt)
                    at = (size_t)(gt - d.text) + 1;
            }
            const char *snippet = snippets[(state >> 32) % (sizeof snippets / sizeof snippets[0])];
            size_t n = strlen(snippet);
            memmove(d.text + at + n, d.text + at, d.size - at);
            memcpy(d.text + at, snippet, n);
            d.size += n;
        }
        outcome one, two;
        load(&one, &d, "1", 0, NULL);
        load(&two, &d, "2", 0, NULL);
        AN_T_CHECK(two.started == 1);
        same(&one, &two, "segment, buffer");
        taken += (int)two.taken;
        fell_back += (int)(two.started - two.taken);
        failed += one.code != AN_OK;
        free(one.text);
        free(two.text);
        free(d.text);
    }
    /* the seed gives a mix: some mutants taken, some not, some malformed */
    AN_T_CHECK(taken > 0 && fell_back > 0 && failed > 0);
    fprintf(stderr, "  mutants: %d taken, %d fell back, %d malformed or failing\n", taken, fell_back, failed);
    free(base.text);
}

/* ---- cases: the segment does not start ---------------------------------- */

static void test_not_started(void)
{
    spec s = plain(3000);
    s.doctype = "<!DOCTYPE graphml [ <!ENTITY who \"someone\"> ]>";
    check_loads(s, NOT_STARTED);

    s = plain(3000);
    s.xml_declaration = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>";
    check_loads(s, NOT_STARTED);

    s = plain(3000);
    s.root = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns/\" xmlns:q=\"urn:q\">";
    check_loads(s, NOT_STARTED); /* read as GraphML, but not the namespace the segment declares */

    an_i_graphml_segment_tuning.min_bytes = 1u << 30;
    check_loads(plain(3000), NOT_STARTED);
    an_i_graphml_segment_tuning.min_bytes = 0;
}

int main(void)
{
    an_i_graphml_segment_tuning.min_bytes = 0; /* every document here is small */
    AN_T_RUN(test_taken);
    AN_T_RUN(test_taken_wide);
    AN_T_RUN(test_taken_without_namespace);
    AN_T_RUN(test_taken_with_value_thread);
    AN_T_RUN(test_failure_in_segment);
    AN_T_RUN(test_bad_value_in_segment);
    AN_T_RUN(test_unknown_endpoint_in_segment);
    AN_T_RUN(test_parse_error_after_segment);
    AN_T_RUN(test_warning_after_segment);
    AN_T_RUN(test_limits);
    AN_T_RUN(test_fallbacks);
    AN_T_RUN(test_second_graph);
    AN_T_RUN(test_parse_error_in_segment);
    AN_T_RUN(test_undefined_entity_in_segment);
    AN_T_RUN(test_crlf);
    AN_T_RUN(test_long_text);
    AN_T_RUN(test_inside);
    AN_T_RUN(test_seeded_mutations);
    AN_T_RUN(test_not_started);
    return an_t_finish();
}
