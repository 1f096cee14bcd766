/*
 * test_csv_write.c — node and edge tables: golden files, RFC 4180 quoting,
 * defaults and missing values, long defaults written once (the columns
 * table), atomic failure.
 */
#include "writers_common.h"

#include <unistd.h>

static char directory[256];

/* Write the table to a file, read it back, compare with the golden file. */
static void check_table(const an_network *n, int edges, const char *golden)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", directory, golden);
    AN_T_CHECK_OK(edges ? an_network_save_edges_csv(n, path) : an_network_save_nodes_csv(n, path));
    size_t size = 0;
    char *text = w_read_file(path, &size);
    AN_T_CHECK(text != NULL);
    if (text)
        AN_T_CHECK(w_golden(golden, text, size));
    free(text);
    unlink(path);
}

static void test_golden(void)
{
    an_network *n = w_sample_basic(1);
    check_table(n, 0, "basic-nodes.csv");
    check_table(n, 1, "basic-edges.csv");
    an_network_free(n);
    n = w_sample_hostile(0, 1);
    check_table(n, 0, "hostile-nodes.csv");
    check_table(n, 1, "hostile-edges.csv");
    an_network_free(n);
    n = w_sample_numbers();
    check_table(n, 0, "numbers-nodes.csv");
    an_network_free(n);
    W_CALL(an_network_new(&n, 0));
    check_table(n, 0, "empty-nodes.csv");
    check_table(n, 1, "empty-edges.csv");
    an_network_free(n);
}

static void test_fields(void)
{
    an_network *n = w_sample_basic(1);
    char path[600];
    snprintf(path, sizeof path, "%s/nodes.csv", directory);
    AN_T_CHECK_OK(an_network_save_nodes_csv(n, path));
    char *text = w_read_file(path, NULL);
    if (text) {
        AN_T_CHECK(strncmp(text, "id,label,type,active,members,budget,score\r\n", 43) == 0);
        /* n4: label missing (empty field), type and active from their defaults */
        AN_T_CHECK(strstr(text, "\r\nn4,,person,true,,,\r\n") != NULL);
        /* quoted because of nothing special: no; with a comma or quote: yes */
        AN_T_CHECK(strstr(text, "\r\nn1,Ministry of Defence,state,true,120000,9007199254740993,0.1\r\n") != NULL);
        free(text);
    }
    snprintf(path, sizeof path, "%s/edges.csv", directory);
    AN_T_CHECK_OK(an_network_save_edges_csv(n, path));
    text = w_read_file(path, NULL);
    if (text) {
        AN_T_CHECK(strncmp(text, "source,target,directed,id,relation,weight,year,stated\r\n", 55) == 0);
        AN_T_CHECK(strstr(text, "\r\nn2,ağ,false,,cooperates with,1,,false\r\n") != NULL);
        AN_T_CHECK(strstr(text, "\r\nağ,ağ,true,loop,,-0,,\r\n") != NULL);
        free(text);
    }
    an_network_free(n);

    /* quoting: comma, quote, CR, LF; the empty string is "" and differs from missing */
    W_CALL(an_network_new(&n, 0));
    int label = w_column(n, AN_DOMAIN_NODE, "la,bel", AN_TYPE_STRING);
    int64_t a = w_node(n, "a,1"), b = w_node(n, "b\"2"), c = w_node(n, "c"), d = w_node(n, "d");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, a, "x\r\ny"));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, b, "\"quoted\""));
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, c, ""));
    (void)d;
    snprintf(path, sizeof path, "%s/quoting.csv", directory);
    AN_T_CHECK_OK(an_network_save_nodes_csv(n, path));
    text = w_read_file(path, NULL);
    AN_T_CHECK_STR(text, "id,\"la,bel\"\r\n\"a,1\",\"x\r\ny\"\r\n\"b\"\"2\",\"\"\"quoted\"\"\"\r\nc,\"\"\r\nd,\r\n");
    free(text);
    unlink(path);
    an_network_free(n);
}

/* Formula injection (issue 14 item 5): guarded by default as OWASP recommends, raw on request. */
static void test_formula_guard(void)
{
    static const struct {
        const char *value, *guarded;
    } cases[] = {
        {"=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""},
        {"+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\""},
        {"-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\""},
        {"@SUM(1+1)", "\"'@SUM(1+1)\""},
        {"\t=1", "\"'\t=1\""},
        {"\r=1", "\"'\r=1\""},
        {"-5", "-5"},               /* a number stays a number */
        {"+1.5e3", "+1.5e3"},
        {"-", "\"'-\""},
        {"a=1", "a=1"},             /* only the first character matters */
        {"-> --", "\"'-> --\""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        an_network *n;
        W_CALL(an_network_new(&n, 0));
        int label = w_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING);
        int64_t v = w_node(n, "v");
        W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, label, v, cases[k].value));
        char *out = NULL;
        AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, NULL));
        char expected[256];
        snprintf(expected, sizeof expected, "id,label\r\nv,%s\r\n", cases[k].guarded);
        AN_T_CHECK_STR(out, expected);
        an_free(out);
        an_csv_write_options options = AN_CSV_WRITE_OPTIONS_INIT;
        options.raw = 1;
        AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, &options));
        AN_T_CHECK(out && strstr(out, "v,'") == NULL && strstr(out, "v,\"'") == NULL); /* no guard */
        AN_T_CHECK(out && strchr(cases[k].value, '"') == NULL && !strchr(cases[k].value, '\r') ?
                   strstr(out, cases[k].value) != NULL : 1);
        an_free(out);
        an_network_free(n);
    }
    /* column names and node ids are guarded too; the edge table through the same frame */
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    w_column(n, AN_DOMAIN_EDGE, "=cmd", AN_TYPE_STRING);
    int64_t a = w_node(n, "@a"), b = w_node(n, "b");
    w_edge(n, a, b, -1, "=e");
    char *out = NULL;
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_EDGE, NULL));
    AN_T_CHECK_STR(out, "source,target,directed,id,\"'=cmd\"\r\n\"'@a\",b,true,\"'=e\",\r\n");
    an_free(out);
    an_csv_write_options bad = AN_CSV_WRITE_OPTIONS_INIT;
    bad.version = 99;
    AN_T_CHECK_CODE(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_EDGE, &bad), AN_EMISUSE);
    AN_T_CHECK(out == NULL);
    AN_T_CHECK_CODE(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_GRAPH, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_csv(n, NULL, AN_DOMAIN_NODE, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_csv_to_buffer(NULL, NULL, n, AN_DOMAIN_NODE, NULL), AN_EMISUSE);
    an_network_free(n);
}

/* A default past the row budget (AN_CSV_ROW_DEFAULTS bytes) is written once, in the columns table;
 * rows that take it have an empty field (issue 14 item 3); full_defaults repeats it. */
static void test_long_defaults(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 1));
    int note = w_column(n, AN_DOMAIN_NODE, "note", AN_TYPE_STRING);
    int kind = w_column(n, AN_DOMAIN_NODE, "kind", AN_TYPE_STRING);
    int weight = w_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE);
    int text = w_column(n, AN_DOMAIN_EDGE, "=text", AN_TYPE_STRING);
    w_column(n, AN_DOMAIN_EDGE, "plain", AN_TYPE_STRING);
    char long_text[AN_CSV_ROW_DEFAULTS + 2], at_limit[AN_CSV_ROW_DEFAULTS + 1];
    memset(long_text, 'L', sizeof long_text - 1);
    long_text[sizeof long_text - 1] = '\0';
    memset(at_limit, 'k', sizeof at_limit - 1);
    at_limit[sizeof at_limit - 1] = '\0';
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, note, long_text));
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, kind, at_limit)); /* not longer: repeated */
    W_CALL(an_network_set_default_real(n, AN_DOMAIN_EDGE, weight, 1.5));
    long_text[0] = '=';
    W_CALL(an_network_set_default_string(n, AN_DOMAIN_EDGE, text, long_text));
    int64_t a = w_node(n, "a"), b = w_node(n, "b");
    W_CALL(an_network_set_string(n, AN_DOMAIN_NODE, note, b, "own"));
    w_edge(n, a, b, -1, NULL);

    char *out = NULL;
    char expected[4 * AN_CSV_ROW_DEFAULTS];
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, NULL));
    snprintf(expected, sizeof expected, "id,note,kind\r\na,,%s\r\nb,own,%s\r\n", at_limit, at_limit);
    AN_T_CHECK_STR(out, expected);
    an_free(out);
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_EDGE, NULL));
    AN_T_CHECK_STR(out, "source,target,directed,id,weight,\"'=text\",plain\r\na,b,true,,1.5,,\r\n");
    an_free(out);

    /* the columns table: every column, its type and its default whole (guarded unless raw) */
    AN_T_CHECK_OK(an_network_csv_columns_to_buffer(&out, NULL, n, NULL));
    char *columns = malloc(8 * AN_CSV_ROW_DEFAULTS);
    long_text[0] = 'L';
    snprintf(columns, 8 * AN_CSV_ROW_DEFAULTS,
             "table,column,type,default\r\nnode,note,string,%s\r\nnode,kind,string,%s\r\n"
             "edge,weight,double,1.5\r\nedge,\"'=text\",string,\"'=%s\"\r\nedge,plain,string,\r\n",
             long_text, at_limit, long_text + 1);
    AN_T_CHECK_STR(out, columns);
    an_free(out);
    an_csv_write_options options = AN_CSV_WRITE_OPTIONS_INIT;
    options.raw = 1;
    AN_T_CHECK_OK(an_network_csv_columns_to_buffer(&out, NULL, n, &options));
    AN_T_CHECK(out && strstr(out, "\r\nedge,=text,string,=LL") != NULL);
    an_free(out);

    /* full_defaults: the old behaviour, every default in every row */
    options.raw = 0;
    options.full_defaults = 1;
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, &options));
    snprintf(columns, 8 * AN_CSV_ROW_DEFAULTS, "id,note,kind\r\na,%s,%s\r\nb,own,%s\r\n", long_text, at_limit,
             at_limit);
    AN_T_CHECK_STR(out, columns);
    an_free(out);
    free(columns);

    /* version 1 options (no full_defaults field) are still accepted */
    an_csv_write_options old = AN_CSV_WRITE_OPTIONS_INIT;
    old.version = 1;
    old.full_defaults = 1; /* not read for version 1 */
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, &old));
    snprintf(expected, sizeof expected, "id,note,kind\r\na,,%s\r\nb,own,%s\r\n", at_limit, at_limit);
    AN_T_CHECK_STR(out, expected);
    an_free(out);
    old.version = 0;
    AN_T_CHECK_CODE(an_network_csv_columns_to_buffer(&out, NULL, n, &old), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_csv_columns_to_buffer(&out, NULL, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_csv_columns(n, "/dev/full", NULL), AN_EIO);

    /* an empty network: the header alone */
    an_network_free(n);
    W_CALL(an_network_new(&n, 0));
    AN_T_CHECK_OK(an_network_csv_columns_to_buffer(&out, NULL, n, NULL));
    AN_T_CHECK_STR(out, "table,column,type,default\r\n");
    an_free(out);
    an_network_free(n);
}

/* The row budget counts every default, shortest first; a mostly empty table is refused (issue 14 item 3). */
static void test_table_bounds(void)
{
    an_network *n;
    W_CALL(an_network_new(&n, 0));
    char text[101];
    memset(text, 't', 100);
    text[100] = '\0';
    int columns[6];
    for (int k = 0; k < 5; k++) {
        char name[8];
        snprintf(name, sizeof name, "c%d", k);
        columns[k] = w_column(n, AN_DOMAIN_NODE, name, AN_TYPE_STRING);
        text[0] = (char)('a' + k);
        W_CALL(an_network_set_default_string(n, AN_DOMAIN_NODE, columns[k], k == 2 ? "short" : text));
    }
    columns[5] = w_column(n, AN_DOMAIN_NODE, "n", AN_TYPE_LONG);
    W_CALL(an_network_set_default_integer(n, AN_DOMAIN_NODE, columns[5], 123456789));
    w_node(n, "v");
    char *out = NULL;
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, NULL));
    /* "short" (5) and 123456789 (9) first, then three 100-byte defaults (314 <= 400); the fourth (c4) is out */
    AN_T_CHECK(out && strncmp(out, "id,c0,c1,c2,c3,c4,n\r\nv,a", 24) == 0);
    AN_T_CHECK(out && strstr(out, ",short,dtt") && strstr(out, "t,,123456789\r\n") && !strstr(out, "ett"));
    an_free(out);
    an_network_free(n);

    /* 2,000 columns and 600 nodes, no values: 1.2 million empty cells > 64 x 2,600 + 1,000,000 */
    W_CALL(an_network_new(&n, 0));
    for (int k = 0; k < 2000; k++) {
        char name[16];
        snprintf(name, sizeof name, "k%d", k);
        w_column(n, AN_DOMAIN_NODE, name, AN_TYPE_DOUBLE);
    }
    for (int v = 0; v < 600; v++) {
        char id[16];
        snprintf(id, sizeof id, "n%d", v);
        w_node(n, id);
    }
    AN_T_CHECK_CODE(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, NULL), AN_ELIMIT);
    AN_T_CHECK(out == NULL && strstr(an_error_last()->message, "write GraphML") != NULL);
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_EDGE, NULL)); /* no edge columns */
    an_free(out);
    /* 600 values lift the bound (64 x 3,200 + 1,000,000) past the cells: the same table is written */
    for (int v = 0; v < 600; v++)
        W_CALL(an_network_set_real(n, AN_DOMAIN_NODE, v, v, 1.0));
    AN_T_CHECK_OK(an_network_csv_to_buffer(&out, NULL, n, AN_DOMAIN_NODE, NULL));
    an_free(out);
    an_network_free(n);
}

static void test_failures(void)
{
    an_network *n = w_sample_basic(0);
    char path[600];
    snprintf(path, sizeof path, "%s/keep.csv", directory);
    FILE *f = fopen(path, "w");
    fputs("old\n", f);
    fclose(f);
    AN_T_CHECK_CODE(an_network_save_nodes_csv(n, "/dev/full"), AN_EIO);
    AN_T_CHECK_CODE(an_network_save_edges_csv(n, "/dev/full"), AN_EIO);
    AN_T_CHECK_CODE(an_network_save_nodes_csv(n, "/nonexistent-actornet/n.csv"), AN_EIO);
    AN_T_CHECK_CODE(an_network_save_edges_csv(n, directory), AN_EIO);
    AN_T_CHECK_CODE(an_network_save_nodes_csv(NULL, path), AN_EMISUSE);
    AN_T_CHECK_CODE(an_network_save_edges_csv(n, NULL), AN_EMISUSE);
    char *text = w_read_file(path, NULL);
    AN_T_CHECK_STR(text, "old\n");
    free(text);
    unlink(path);
    an_network_free(n);
}

int main(void)
{
    snprintf(directory, sizeof directory, "/tmp/actornet-csv-XXXXXX");
    if (!mkdtemp(directory))
        return 2;
    AN_T_RUN(test_golden);
    AN_T_RUN(test_fields);
    AN_T_RUN(test_formula_guard);
    AN_T_RUN(test_long_defaults);
    AN_T_RUN(test_table_bounds);
    AN_T_RUN(test_failures);
    rmdir(directory);
    return an_t_finish();
}
