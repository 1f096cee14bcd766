/*
 * test_csv_import.c — the CSV importer (csv_import.h): every bundled network
 * exported with the CSV writer and imported again is the same network; the
 * syntax, the column roles, types and the formula guard; and a table of
 * malformed and hostile tables, each with its exact status and position.
 */
#include <actornet.h>

#include "harness.h"
#include "test_files.h"

#include <inttypes.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *data_dir = DATA_DIR;

/* ---- comparing two networks ---------------------------------------------- */

static int same_value(const an_network *a, const an_network *b, an_domain domain, int ca, int cb, int64_t row,
                      an_type type)
{
    int ra, rb;
    switch (type) {
    case AN_TYPE_BOOLEAN: {
        int x = 0, y = 0;
        ra = an_network_get_boolean(a, domain, ca, row, &x);
        rb = an_network_get_boolean(b, domain, cb, row, &y);
        return ra == rb && (ra != AN_OK || x == y);
    }
    case AN_TYPE_INT:
    case AN_TYPE_LONG: {
        int64_t x = 0, y = 0;
        ra = an_network_get_integer(a, domain, ca, row, &x);
        rb = an_network_get_integer(b, domain, cb, row, &y);
        return ra == rb && (ra != AN_OK || x == y);
    }
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: {
        double x = 0, y = 0;
        ra = an_network_get_real(a, domain, ca, row, &x);
        rb = an_network_get_real(b, domain, cb, row, &y);
        return ra == rb && (ra != AN_OK || memcmp(&x, &y, sizeof x) == 0 || (isnan(x) && isnan(y)));
    }
    case AN_TYPE_STRING: {
        const char *x = NULL, *y = NULL;
        ra = an_network_get_string(a, domain, ca, row, &x);
        rb = an_network_get_string(b, domain, cb, row, &y);
        return ra == rb && (ra != AN_OK || strcmp(x, y) == 0);
    }
    }
    return 0;
}

/* Nodes, ids, order, edges, endpoints, direction, edge ids, and every node and edge column's
 * name, type and values (graph-level data is not in the tables). Prints the first difference. */
static int same_network(const an_network *a, const an_network *b)
{
    int64_t n = an_network_node_count(a), m = an_network_edge_count(a);
    if (n != an_network_node_count(b) || m != an_network_edge_count(b)) {
        fprintf(stderr, "size %" PRId64 "/%" PRId64 " vs %" PRId64 "/%" PRId64 "\n", n, m, an_network_node_count(b),
                an_network_edge_count(b));
        return 0;
    }
    for (int64_t v = 0; v < n; v++)
        if (strcmp(an_network_node_id(a, v), an_network_node_id(b, v)) != 0) {
            fprintf(stderr, "node %" PRId64 ": '%s' vs '%s'\n", v, an_network_node_id(a, v), an_network_node_id(b, v));
            return 0;
        }
    for (int64_t e = 0; e < m; e++) {
        int64_t sa, ta, sb, tb;
        an_network_edge_endpoints(a, e, &sa, &ta);
        an_network_edge_endpoints(b, e, &sb, &tb);
        const char *ia = an_network_edge_id(a, e), *ib = an_network_edge_id(b, e);
        if (sa != sb || ta != tb || an_network_edge_directed(a, e) != an_network_edge_directed(b, e) ||
            (ia == NULL) != (ib == NULL) || (ia && strcmp(ia, ib) != 0)) {
            fprintf(stderr, "edge %" PRId64 " differs\n", e);
            return 0;
        }
    }
    for (an_domain domain = AN_DOMAIN_NODE; domain <= AN_DOMAIN_EDGE; domain++) {
        int count = an_network_column_count(a, domain);
        if (count != an_network_column_count(b, domain)) {
            fprintf(stderr, "domain %d: %d vs %d columns\n", (int)domain, count, an_network_column_count(b, domain));
            return 0;
        }
        int64_t rows = domain == AN_DOMAIN_NODE ? n : m;
        for (int c = 0; c < count; c++) {
            an_type type = (an_type)an_network_column_type(a, domain, c);
            if (strcmp(an_network_column_name(a, domain, c), an_network_column_name(b, domain, c)) != 0 ||
                type != (an_type)an_network_column_type(b, domain, c)) {
                fprintf(stderr, "column %s (%s) vs %s (%s)\n", an_network_column_name(a, domain, c), an_type_name(type),
                        an_network_column_name(b, domain, c), an_type_name(an_network_column_type(b, domain, c)));
                return 0;
            }
            for (int64_t row = 0; row < rows; row++)
                if (!same_value(a, b, domain, c, c, row, type)) {
                    fprintf(stderr, "column %s row %" PRId64 " differs\n", an_network_column_name(a, domain, c), row);
                    return 0;
                }
        }
    }
    return 1;
}

/* Export `network` with the CSV writer (guarded or raw) and import both tables from memory. */
static int round_trip(an_network **out, const an_network *network, int raw, const an_csv_import_options *options)
{
    char *nodes = NULL, *edges = NULL;
    size_t nodes_size = 0, edges_size = 0;
    an_csv_write_options write = AN_CSV_WRITE_OPTIONS_INIT;
    write.raw = raw;
    int rc = an_network_csv_to_buffer(&nodes, &nodes_size, network, AN_DOMAIN_NODE, &write);
    if (rc == AN_OK)
        rc = an_network_csv_to_buffer(&edges, &edges_size, network, AN_DOMAIN_EDGE, &write);
    if (rc == AN_OK)
        rc = an_csv_import_buffers(out, edges, edges_size, "edges.csv", nodes, nodes_size, "nodes.csv", options);
    an_free(nodes);
    an_free(edges);
    return rc;
}

static an_network *load_data(const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", data_dir, name);
    an_network *network = NULL;
    if (an_network_load_graphml(&network, path, NULL) != AN_OK)
        fprintf(stderr, "cannot load %s: %s\n", path, an_error_last()->message);
    return network;
}

/* The Done-when of issue 17: the bundled proxy network, exported and imported, with no hints. */
static void test_proxy_network_round_trip_without_hints(void)
{
    an_network *original = load_data("proxy-network.graphml"), *back = NULL;
    AN_T_CHECK(original != NULL);
    AN_T_CHECK_OK(round_trip(&back, original, 0, NULL));
    AN_T_CHECK(back && same_network(original, back));
    AN_T_CHECK(back && an_network_warning_count(back) == 0);
    an_network_free(back);
    an_network_free(original);
}

/* Every bundled network, guarded and raw, with the GraphML file's types as the model
 * (a column without any value cannot show its type in a table). */
static void test_every_bundled_network_round_trips(void)
{
    const char *files[] = { "proxy-network.graphml", "teaching-example.graphml", "karate.graphml",
                            "florentine.graphml", "southern-women.graphml" };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        an_network *original = load_data(files[i]);
        AN_T_CHECK(original != NULL);
        if (!original)
            continue;
        for (int raw = 0; raw <= 1; raw++) {
            an_csv_import_options options = AN_CSV_IMPORT_OPTIONS_INIT;
            options.type_model = original;
            options.raw = raw;
            options.directed = an_network_default_directed(original);
            an_network *back = NULL;
            AN_T_CHECK_OK(round_trip(&back, original, raw, &options));
            if (!back || !same_network(original, back))
                fprintf(stderr, "%s (raw %d) does not round-trip\n", files[i], raw);
            AN_T_CHECK(back && same_network(original, back));
            AN_T_CHECK(back && an_network_direction(back) == an_network_direction(original));
            an_network_free(back);
        }
        an_network_free(original);
    }
}

/* Values a writer guards or quotes, every type, missing vs "" vs defaults, NaN/INF, 64-bit. */
static void test_hard_values_round_trip(void)
{
    an_network *net = NULL;
    AN_T_CHECK_OK(an_network_new(&net, 1));
    const char *ids[] = { "=cmd|' /C calc'!A0", "-x", "+1", "@me", "a,b", "say \"hi\"", "line\nbreak", "cr\rx", "'=quoted",
                          "é ü 中文", " padded ", "007", "-5", "TRUE" };
    int n = (int)(sizeof ids / sizeof ids[0]);
    for (int i = 0; i < n; i++)
        AN_T_CHECK_OK(an_network_add_node(net, ids[i], NULL));
    int text, big, real, flag, tiny;
    AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, "text", AN_TYPE_STRING, &text));
    AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, "big", AN_TYPE_LONG, &big));
    AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, "real", AN_TYPE_DOUBLE, &real));
    AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, "flag", AN_TYPE_BOOLEAN, &flag));
    AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, "tiny", AN_TYPE_INT, &tiny));
    for (int i = 0; i < n; i++) {
        if (i % 3)
            AN_T_CHECK_OK(an_network_set_string(net, AN_DOMAIN_NODE, text, i, i % 2 ? ids[n - 1 - i] : ""));
        AN_T_CHECK_OK(an_network_set_integer(net, AN_DOMAIN_NODE, big, i, i % 2 ? INT64_MIN + i : INT64_MAX - i));
        if (i % 4)
            AN_T_CHECK_OK(an_network_set_real(net, AN_DOMAIN_NODE, real, i, i == 1 ? NAN : i == 2 ? -INFINITY : 0.1 * i + 1e-300));
        AN_T_CHECK_OK(an_network_set_boolean(net, AN_DOMAIN_NODE, flag, i, i % 2));
        AN_T_CHECK_OK(an_network_set_integer(net, AN_DOMAIN_NODE, tiny, i, i - 7));
    }
    for (int i = 0; i + 1 < n; i++)
        AN_T_CHECK_OK(an_network_add_edge(net, i, i + 1, i % 2, i % 3 ? ids[i] : NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(net, 0, 0, 1, "loop", NULL));
    for (int raw = 0; raw <= 1; raw++) {
        an_network *back = NULL;
        AN_T_CHECK_OK(round_trip(&back, net, raw, NULL));
        AN_T_CHECK(back && same_network(net, back));
        an_network_free(back);
    }
    an_network_free(net);
}

/* ---- syntax, roles, types -------------------------------------------------- */

static an_network *import_text(const char *edges, const char *nodes, const an_csv_import_options *options)
{
    an_network *network = NULL;
    int rc = an_csv_import_buffers(&network, edges, strlen(edges), "e.csv", nodes, nodes ? strlen(nodes) : 0, "n.csv",
                                   options);
    if (rc != AN_OK)
        fprintf(stderr, "import failed: %s\n", an_error_last()->message);
    return network;
}

static const char *string_of(const an_network *net, an_domain domain, const char *column, int64_t row)
{
    int c;
    const char *value = NULL;
    if (an_network_find_column(net, domain, column, &c) != AN_OK ||
        an_network_get_string(net, domain, c, row, &value) != AN_OK)
        return NULL;
    return value;
}

static int type_of(const an_network *net, an_domain domain, const char *column)
{
    int c;
    return an_network_find_column(net, domain, column, &c) == AN_OK ? an_network_column_type(net, domain, c) : -1;
}

static void test_hand_made_spreadsheet(void)
{
    /* BOM, semicolons, CR LF and LF mixed, quoted fields with ; " and a line break, a blank line,
     * aliases From/To, a later Source column (the citation), header names in any case */
    const char *edges = "\xEF\xBB\xBF" "From;To;Relation;Year;Weight;Stated;Source\r\n"
                        "a;b;funds;2001;0.5;TRUE;\"Smith 2020; p. 3\"\n"
                        "\r\n"
                        "b;c;\"trains \"\"hard\"\"\";1999;2;false;\"two\r\nlines\"\r\n"
                        "c;a;;;;;\n";
    const char *nodes = "ID,Label,class\n"
                        "c,Cee,state\n"
                        "a,\"Ay, the first\",person\n";
    an_network *net = import_text(edges, nodes, NULL);
    AN_T_CHECK(net != NULL);
    if (!net)
        return;
    AN_T_CHECK(an_network_node_count(net) == 3 && an_network_edge_count(net) == 3);
    AN_T_CHECK_STR(an_network_node_id(net, 0), "c");   /* node table order, then new endpoints */
    AN_T_CHECK_STR(an_network_node_id(net, 1), "a");
    AN_T_CHECK_STR(an_network_node_id(net, 2), "b");
    AN_T_CHECK(an_network_warning_count(net) == 1);
    AN_T_CHECK(strstr(an_network_warning(net, 0), "e.csv:2:3: target 'b' is not in the node table n.csv") != NULL);
    AN_T_CHECK_STR(string_of(net, AN_DOMAIN_NODE, "Label", 1), "Ay, the first");
    AN_T_CHECK_STR(string_of(net, AN_DOMAIN_EDGE, "Relation", 1), "trains \"hard\"");
    AN_T_CHECK_STR(string_of(net, AN_DOMAIN_EDGE, "Source", 0), "Smith 2020; p. 3");
    AN_T_CHECK_STR(string_of(net, AN_DOMAIN_EDGE, "Source", 1), "two\r\nlines");
    AN_T_CHECK(string_of(net, AN_DOMAIN_EDGE, "Relation", 2) == NULL); /* empty cell: missing */
    AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "Year") == AN_TYPE_INT);
    AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "Weight") == AN_TYPE_DOUBLE);
    AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "Stated") == AN_TYPE_BOOLEAN);
    AN_T_CHECK(an_network_edge_line(net, 2) == 6 && an_network_node_line(net, 1) == 3);
    AN_T_CHECK(an_network_edge_directed(net, 0) == 1);
    an_network_free(net);
}

static void test_types_inferred_and_chosen(void)
{
    const char *edges = "source\ttarget\tint\tlong\tzero\tspaced\tplus\treal\tspecial\tmixed\tempty\n"
                        "a\tb\t-2147483648\t2147483648\t007\t 5\t+5\t1e3\tNaN\t1\t\n"
                        "b\tc\t2147483647\t-9223372036854775808\t1\t6\t6\t.5\t-INF\ttrue\t\n";
    an_network *net = import_text(edges, NULL, NULL);
    AN_T_CHECK(net != NULL);
    if (net) {
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "int") == AN_TYPE_INT);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "long") == AN_TYPE_LONG);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "zero") == AN_TYPE_STRING);   /* a leading zero keeps text */
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "spaced") == AN_TYPE_STRING);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "plus") == AN_TYPE_STRING);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "real") == AN_TYPE_DOUBLE);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "special") == AN_TYPE_DOUBLE);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "mixed") == AN_TYPE_STRING);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "empty") == AN_TYPE_STRING);
        int64_t value = 0;
        int c;
        an_network_find_column(net, AN_DOMAIN_EDGE, "long", &c);
        AN_T_CHECK(an_network_get_integer(net, AN_DOMAIN_EDGE, c, 1, &value) == AN_OK && value == INT64_MIN);
        an_network_free(net);
    }
    an_csv_import_options options = AN_CSV_IMPORT_OPTIONS_INIT;
    options.column_types = "edge:zero=long,spaced=float, ,empty=int";
    net = import_text(edges, NULL, &options);
    AN_T_CHECK(net != NULL);
    if (net) {
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "zero") == AN_TYPE_LONG);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "spaced") == AN_TYPE_FLOAT);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "empty") == AN_TYPE_INT);
        an_network_free(net);
    }
    an_network *none = NULL;
    options.column_types = "mixed=int";
    AN_T_CHECK_CODE(an_csv_import_buffers(&none, edges, strlen(edges), "e.csv", NULL, 0, NULL, &options), AN_ETYPE);
    AN_T_CHECK_STR(an_error_last()->message, "e.csv:3:51: 'true' is not int (column 'mixed')");
    AN_T_CHECK(none == NULL);
    options.column_types = "nosuch=int";
    AN_T_CHECK_CODE(an_csv_import_buffers(&none, edges, strlen(edges), "e.csv", NULL, 0, NULL, &options), AN_EFORMAT);
    options.column_types = "int=integer";
    AN_T_CHECK_CODE(an_csv_import_buffers(&none, edges, strlen(edges), "e.csv", NULL, 0, NULL, &options), AN_EINVAL);
}

static void test_roles_direction_and_gephi(void)
{
    /* Gephi's edge table: Source,Target,Type,Id,Label,Weight */
    an_network *net = import_text("Source,Target,Type,Id,Label,Weight\n1,2,Directed,0,,1.0\n2,3,Undirected,1,x,2.5\n",
                                  "Id,Label\n1,one\n2,two\n3,three\n", NULL);
    AN_T_CHECK(net != NULL);
    if (net) {
        AN_T_CHECK(an_network_edge_directed(net, 0) == 1 && an_network_edge_directed(net, 1) == 0);
        AN_T_CHECK_STR(an_network_edge_id(net, 1), "1");
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "Type") == -1);
        AN_T_CHECK(type_of(net, AN_DOMAIN_EDGE, "Weight") == AN_TYPE_DOUBLE);
        AN_T_CHECK(an_network_warning_count(net) == 0);
        an_network_free(net);
    }
    /* a 'type' column of relation types stays an attribute */
    net = import_text("src,dst,type\na,b,funds\n", NULL, NULL);
    AN_T_CHECK(net && type_of(net, AN_DOMAIN_EDGE, "type") == AN_TYPE_STRING);
    an_network_free(net);
    /* explicit columns, undirected default, directed as yes/no/empty */
    an_csv_import_options options = AN_CSV_IMPORT_OPTIONS_INIT;
    options.source_column = "who";
    options.target_column = "whom";
    options.directed_column = "arrow";
    options.edge_id_column = "";
    options.directed = 0;
    net = import_text("id,who,whom,arrow\nx,a,b,yes\ny,b,c,\nz,c,a,0\n", NULL, &options);
    AN_T_CHECK(net != NULL);
    if (net) {
        AN_T_CHECK(an_network_edge_directed(net, 0) == 1 && an_network_edge_directed(net, 1) == 0 &&
                   an_network_edge_directed(net, 2) == 0);
        AN_T_CHECK(an_network_edge_id(net, 0) == NULL);
        AN_T_CHECK_STR(string_of(net, AN_DOMAIN_EDGE, "id", 0), "x");
        AN_T_CHECK(an_network_default_directed(net) == 0);
        an_network_free(net);
    }
}

static void test_strict_and_validation(void)
{
    const char *edges = "source,target,relation,confidence,source,locator\n"
                        "iran,hezbollah,funds,stated,Paper 2020,p. 3\n"
                        "iran,nowhere,flies_to,stated,,\n";
    const char *nodes = "id,type\niran,state\nhezbollah,organisation\n";
    an_vocabulary *vocabulary = NULL;
    AN_T_CHECK_OK(an_vocabulary_builtin(&vocabulary));
    an_csv_import_options options = AN_CSV_IMPORT_OPTIONS_INIT;
    options.vocabulary = vocabulary;
    an_network *net = import_text(edges, nodes, &options);
    AN_T_CHECK(net != NULL);
    if (net) {
        int64_t count = an_network_warning_count(net);
        int added = 0, node_finding = 0, relation = 0;
        for (int64_t i = 0; i < count; i++) {
            const char *w = an_network_warning(net, i);
            added += strstr(w, "e.csv:3:6: target 'nowhere' is not in the node table n.csv; added") != NULL;
            node_finding += strncmp(w, "e.csv: node 'nowhere': no type", 30) == 0;
            relation += strstr(w, "e.csv:3: edge #1 (iran -> nowhere): relation 'flies_to' is not in the vocabulary") != NULL;
        }
        AN_T_CHECK(added == 1 && node_finding == 1 && relation == 1);
        an_network_free(net);
    }
    /* a node table row's finding names the node table and its line */
    net = import_text("source,target\na,b\n", "id,type\na,spaceship\nb,state\n", &options);
    AN_T_CHECK(net && an_network_warning_count(net) == 5 &&
               strcmp(an_network_warning(net, 0), "n.csv:2: node 'a': type 'spaceship' is not in the vocabulary") == 0);
    an_network_free(net);
    /* without a node table every finding names the edge table */
    net = import_text("source,target,relation\na,b,funds\n", NULL, &options);
    AN_T_CHECK(net && an_network_warning_count(net) == 5 &&
               strcmp(an_network_warning(net, 0), "e.csv:2: node 'a': no type") == 0);
    an_network_free(net);
    options.strict = 1;
    an_network *none = NULL;
    AN_T_CHECK_CODE(an_csv_import_buffers(&none, edges, strlen(edges), "e.csv", nodes, strlen(nodes), "n.csv", &options),
                    AN_EFORMAT);
    AN_T_CHECK_STR(an_error_last()->message, "e.csv:3:6: target 'nowhere' is not in the node table n.csv");
    const char *known = "id,type\niran,state\nhezbollah,organisation\nnowhere,place\n";
    AN_T_CHECK_CODE(an_csv_import_buffers(&none, edges, strlen(edges), "e.csv", known, strlen(known), "n.csv", &options),
                    AN_EFORMAT);
    AN_T_CHECK(strstr(an_error_last()->message, "validation finding") != NULL);
    AN_T_CHECK(none == NULL);
    an_vocabulary_free(vocabulary);
}

/* ---- malformed and hostile tables -------------------------------------------- */

typedef struct bad_case {
    const char *what;
    const char *edges;
    size_t edges_size;          /* 0: strlen */
    const char *nodes;
    int code;
    const char *message;        /* the whole last-error message */
} bad_case;

static void test_bad_tables(void)
{
    static const bad_case cases[] = {
        { "empty file", "", 0, NULL, AN_EFORMAT, "e.csv: empty file: a CSV table starts with a header row naming its columns" },
        { "only a BOM", "\xEF\xBB\xBF", 0, NULL, AN_EFORMAT, "e.csv: empty file: a CSV table starts with a header row naming its columns" },
        { "only blank lines", "\r\n\n\r", 0, NULL, AN_EFORMAT, "e.csv: empty file: a CSV table starts with a header row naming its columns" },
        { "unterminated quote", "source,target\na,\"b\nc,d\n", 0, NULL, AN_EPARSE, "e.csv:2:3: unterminated quoted field (the closing \" is missing)" },
        { "text after closing quote", "source,target\n\"a\"x,b\n", 0, NULL, AN_EPARSE,
          "e.csv:2:4: text after the closing quote of a field (a quote inside a quoted field is written twice: \"\")" },
        { "too few fields", "source,target,relation\na,b\n", 0, NULL, AN_EFORMAT, "e.csv:2:3: 2 fields in this row, the header has 3" },
        { "too many fields", "source,target\na,b,c\n", 0, NULL, AN_EFORMAT, "e.csv:2:5: 3 fields in this row, the header has 2" },
        { "empty source", "source,target\n,b\n", 0, NULL, AN_EFORMAT, "e.csv:2:1: empty source (every tie needs both endpoints)" },
        { "empty quoted target", "source,target\na,\"\"\n", 0, NULL, AN_EFORMAT, "e.csv:2:3: empty target (every tie needs both endpoints)" },
        { "no endpoints", "a,b\nx,y\n", 0, NULL, AN_EFORMAT,
          "e.csv:1: no source and target columns (looked for source/target, from/to, src/dst, sender/receiver, ego/alter; name them with the source and target options)" },
        { "duplicate header", "source,target,year,year\na,b,1,2\n", 0, NULL, AN_EFORMAT, "e.csv:1:20: duplicate column name 'year' (also column 3)" },
        { "empty header name", "source,target,,x\n", 0, NULL, AN_EFORMAT, "e.csv:1:15: empty column name in the header (column 3)" },
        { "duplicate node id", "source,target\na,b\n", 0, "id,label\na,x\nb,y\n\"a\",z\n", AN_EFORMAT, "n.csv:4:1: duplicate node id 'a' (first at line 2)" },
        { "empty node id", "source,target\na,b\n", 0, "id,label\n,x\n", AN_EFORMAT, "n.csv:2:1: empty node id" },
        { "no node id column", "source,target\na,b\n", 0, "label\nx\n", AN_EFORMAT,
          "n.csv:1: no node id column (looked for id, node_id, node, actor_id, actor, name; name it with the node id option)" },
        { "invalid UTF-8", "source,target\nab,c\xC3(\n", 0, NULL, AN_EPARSE, "e.csv:2:5: invalid UTF-8 (byte 0xC3); save the file as CSV UTF-8" },
        { "overlong UTF-8", "source,target\n\xC0\xAF,b\n", 0, NULL, AN_EPARSE, "e.csv:2:1: invalid UTF-8 (byte 0xC0); save the file as CSV UTF-8" },
        { "surrogate", "source,target\n\xED\xA0\x80,b\n", 0, NULL, AN_EPARSE, "e.csv:2:1: invalid UTF-8 (byte 0xED); save the file as CSV UTF-8" },
        { "column in characters", "source,target\n\xC3\xA9\xC3\xA9\xFF,b\n", 0, NULL, AN_EPARSE, "e.csv:2:3: invalid UTF-8 (byte 0xFF); save the file as CSV UTF-8" },
        { "NUL byte", "source,target\na\0b,c\n", 20, NULL, AN_EPARSE,
          "e.csv:2:2: NUL byte (a CSV text has none; is this a binary or UTF-16 file?)" },
        { "UTF-16", "\xFF\xFEs\0o\0", 6, NULL, AN_EPARSE, "e.csv:1:1: the file is UTF-16 (byte order mark FF FE); save it as CSV UTF-8" },
        { "bad direction", "source,target,directed\na,b,maybe\n", 0, NULL, AN_ETYPE,
          "e.csv:2:5: 'maybe' is not a direction (true/false, yes/no, 1/0, directed/undirected)" },
        { "line count through quoted newlines", "source,target,note\na,b,\"x\ny\"\nc\n", 0, NULL, AN_EFORMAT,
          "e.csv:4:1: 1 field in this row, the header has 3" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const bad_case *c = &cases[i];
        an_network *net = (an_network *)&net; /* must be reset to NULL */
        size_t size = c->edges_size ? c->edges_size : strlen(c->edges);
        int rc = an_csv_import_buffers(&net, c->edges, size, "e.csv", c->nodes, c->nodes ? strlen(c->nodes) : 0, "n.csv",
                                       NULL);
        if (rc != c->code || strcmp(an_error_last()->message, c->message) != 0 || net != NULL) {
            fprintf(stderr, "case '%s': %d %s\n  expected %d %s\n", c->what, rc, an_error_last()->message, c->code,
                    c->message);
            an_t_case_failed = 1;
        }
        if (rc == AN_OK)
            an_network_free(net);
    }
}

static void test_edge_cases_that_load(void)
{
    /* only a header: an empty network; one line without a line end */
    an_network *net = import_text("source,target", NULL, NULL);
    AN_T_CHECK(net && an_network_node_count(net) == 0 && an_network_edge_count(net) == 0);
    an_network_free(net);
    net = import_text("source,target\na,a", NULL, NULL);
    AN_T_CHECK(net && an_network_node_count(net) == 1 && an_network_edge_count(net) == 1);
    an_network_free(net);
    /* CR-only line ends (old Mac), a quote inside an unquoted field is kept */
    net = import_text("source,target,note\ra,b,5\" tall\rb,c,x", NULL, NULL);
    AN_T_CHECK(net && an_network_edge_count(net) == 2);
    AN_T_CHECK_STR(net ? string_of(net, AN_DOMAIN_EDGE, "note", 0) : NULL, "5\" tall");
    an_network_free(net);
    /* a guarded cell in a hand-made file that is not a formula keeps its quote */
    net = import_text("source,target,note\na,b,\"'hello\"\n", NULL, NULL);
    AN_T_CHECK_STR(net ? string_of(net, AN_DOMAIN_EDGE, "note", 0) : NULL, "'hello");
    an_network_free(net);
}

static void test_huge_field_and_many_columns(void)
{
    /* one 8 MiB quoted field full of commas, quotes and newlines */
    size_t big = 8u << 20;
    char *edges = malloc(big * 2 + 64);
    AN_T_CHECK(edges != NULL);
    if (!edges)
        return;
    size_t at = (size_t)sprintf(edges, "source,target,text\na,b,\"");
    for (size_t i = 0; i < big; i++) {
        char c = ",\n\"x"[i % 4];
        edges[at++] = c;
        if (c == '"')
            edges[at++] = '"';
    }
    at += (size_t)sprintf(edges + at, "\"\n");
    an_network *net = NULL;
    AN_T_CHECK_OK(an_csv_import_buffers(&net, edges, at, "e.csv", NULL, 0, NULL, NULL));
    const char *text = net ? string_of(net, AN_DOMAIN_EDGE, "text", 0) : NULL;
    AN_T_CHECK(text && strlen(text) == big && text[2] == '"' && text[1] == '\n');
    an_network_free(net);
    free(edges);
    /* 20,000 columns import; 100,001 are refused with AN_ELIMIT */
    for (int k = 0; k < 2; k++) {
        int columns = k ? 100001 : 20000;
        char *wide = malloc((size_t)columns * 16 + 64);
        AN_T_CHECK(wide != NULL);
        if (!wide)
            return;
        size_t w = (size_t)sprintf(wide, "source,target");
        for (int c = 2; c < columns; c++)
            w += (size_t)sprintf(wide + w, ",c%d", c);
        w += (size_t)sprintf(wide + w, "\na,b");
        for (int c = 2; c < columns; c++)
            w += (size_t)sprintf(wide + w, ",%d", c);
        net = NULL;
        int rc = an_csv_import_buffers(&net, wide, w, "wide.csv", NULL, 0, NULL, NULL);
        AN_T_CHECK(rc == (k ? AN_ELIMIT : AN_OK));
        AN_T_CHECK(k || (net && an_network_column_count(net, AN_DOMAIN_EDGE) == columns - 2));
        an_network_free(net);
        free(wide);
    }
}

/* Seeded random damage to real tables (bytes flipped, inserted, deleted; quotes, delimiters and
 * line ends favoured): every import either succeeds with a network whose every value reads
 * back, or fails with a negative code, a FILE:LINE message and no network. Under
 * tests/sanitize.sh this is also a memory-safety check of the scanner. */
static void test_damaged_tables(void)
{
    an_network *original = load_data("proxy-network.graphml");
    AN_T_CHECK(original != NULL);
    if (!original)
        return;
    char *nodes = NULL, *edges = NULL;
    size_t nodes_size = 0, edges_size = 0;
    AN_T_CHECK_OK(an_network_csv_to_buffer(&nodes, &nodes_size, original, AN_DOMAIN_NODE, NULL));
    AN_T_CHECK_OK(an_network_csv_to_buffer(&edges, &edges_size, original, AN_DOMAIN_EDGE, NULL));
    an_network_free(original);
    if (!nodes || !edges)
        return;
    size_t nodes_cut = nodes_size < 3000 ? nodes_size : 3000, edges_cut = edges_size < 6000 ? edges_size : 6000;
    char *work = malloc(edges_cut + 64), *node_work = malloc(nodes_cut + 64);
    uint64_t state = 0x9E3779B97F4A7C15u;
    int loaded = 0, refused = 0, contract_broken = 0;
    static const char favoured[] = "\",;\t\r\n'=\xC3\xFF\0 ";
    for (int round = 0; round < 1500 && work && node_work; round++) {
        memcpy(work, edges, edges_cut);
        memcpy(node_work, nodes, nodes_cut);
        size_t size = edges_cut, node_size = nodes_cut;
        int damage = 1 + round % 4;
        for (int d = 0; d < damage; d++) {
            state = state * 6364136223846793005u + 1442695040888963407u;
            int into_nodes = (state >> 60) & 1;
            char *text = into_nodes ? node_work : work;
            size_t *length = into_nodes ? &node_size : &size;
            size_t at = (size_t)((state >> 16) % (*length ? *length : 1));
            char byte = (state >> 8) & 1 ? favoured[(state >> 40) % (sizeof favoured - 1)] : (char)(state >> 48);
            switch ((state >> 4) % 3) {
            case 0: if (*length) text[at] = byte; break;
            case 1: if (*length < (into_nodes ? nodes_cut : edges_cut) + 60) { memmove(text + at + 1, text + at, *length - at); text[at] = byte; (*length)++; } break;
            default: if (*length) { memmove(text + at, text + at + 1, *length - at - 1); (*length)--; } break;
            }
        }
        an_network *net = (an_network *)&net;
        int rc = an_csv_import_buffers(&net, work, size, "e.csv", round % 3 ? node_work : NULL, node_size, "n.csv", NULL);
        if (rc == AN_OK && net) {
            loaded++;
            for (an_domain domain = AN_DOMAIN_NODE; domain <= AN_DOMAIN_EDGE; domain++)
                for (int c = 0; c < an_network_column_count(net, domain); c++)
                    for (int64_t row = 0; row < (domain == AN_DOMAIN_NODE ? an_network_node_count(net) : an_network_edge_count(net)); row++)
                        contract_broken += an_network_value_state(net, domain, c, row) < 0;
            an_network_free(net);
        } else if (rc < 0 && net == NULL && an_error_last()->code == rc && an_error_last()->file != NULL) {
            refused++;
        } else {
            fprintf(stderr, "round %d: rc %d, network %p, message %s\n", round, rc, (void *)net, an_error_last()->message);
            contract_broken++;
        }
    }
    printf("damaged tables: %d loaded, %d refused\n", loaded, refused);
    AN_T_CHECK(contract_broken == 0 && loaded > 0 && refused > 0);
    free(work);
    free(node_work);
    an_free(nodes);
    an_free(edges);
}

static void test_misuse_and_files(void)
{
    an_network *net = NULL;
    AN_T_CHECK_CODE(an_csv_import(NULL, "x", NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_csv_import(&net, NULL, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_csv_import(&net, "/nonexistent/edges.csv", NULL, NULL), AN_EIO);
    AN_T_CHECK(strncmp(an_error_last()->message, "/nonexistent/edges.csv: cannot open", 35) == 0);
    AN_T_CHECK_CODE(an_csv_import(&net, DATA_DIR, NULL, NULL), AN_EIO); /* a directory */
    an_csv_import_options options = AN_CSV_IMPORT_OPTIONS_INIT;
    options.version = 99;
    AN_T_CHECK_CODE(an_csv_import_buffers(&net, "source,target\n", 14, NULL, NULL, 0, NULL, &options), AN_EMISUSE);
    options.version = AN_CSV_IMPORT_OPTIONS_VERSION;
    options.delimiter = 'x';
    AN_T_CHECK_CODE(an_csv_import_buffers(&net, "source,target\n", 14, NULL, NULL, 0, NULL, &options), AN_EINVAL);
    AN_T_CHECK(net == NULL);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        data_dir = argv[1];
    AN_T_RUN(test_proxy_network_round_trip_without_hints);
    AN_T_RUN(test_every_bundled_network_round_trips);
    AN_T_RUN(test_hard_values_round_trip);
    AN_T_RUN(test_hand_made_spreadsheet);
    AN_T_RUN(test_types_inferred_and_chosen);
    AN_T_RUN(test_roles_direction_and_gephi);
    AN_T_RUN(test_strict_and_validation);
    AN_T_RUN(test_bad_tables);
    AN_T_RUN(test_edge_cases_that_load);
    AN_T_RUN(test_huge_field_and_many_columns);
    AN_T_RUN(test_damaged_tables);
    AN_T_RUN(test_misuse_and_files);
    return an_t_finish();
}
