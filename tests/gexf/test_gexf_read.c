/*
 * test_gexf_read.c — the GEXF reader on hostile and malformed input: each row's exact
 * status and reported line, no network on failure, a time bound (alarm) on the whole
 * table; plus the writer's refusals and a file round trip.
 */
#include <actornet.h>

#include "harness.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define HEAD "<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
#define GRAPH HEAD "<graph defaultedgetype=\"directed\">\n"

typedef struct row {
    const char *name;
    const char *input;
    int code;
    long line;          /* expected line of the error, 0 = not checked */
    const char *says;   /* a part of the message */
} row;

static const row rows[] = {
    { "not XML", "this is not xml", AN_EPARSE, 1, "malformed XML" },
    { "truncated", GRAPH "<nodes><node id=\"a\">", AN_EPARSE, 0, "malformed XML" },
    { "not GEXF", "<graphml/>", AN_EPARSE, 1, "not a GEXF document" },
    { "no graph", HEAD "</gexf>", AN_EFORMAT, 0, "no <graph>" },
    { "DTD refused", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY a \"aaaa\">]>\n<gexf/>", AN_EUNSUPPORTED, 2,
      "document type declaration" },
    { "billion laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
      "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<gexf><graph><nodes><node id=\"&lol2;\"/>"
      "</nodes></graph></gexf>", AN_EUNSUPPORTED, 2, "document type declaration" },
    { "external entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
      "<gexf>&x;</gexf>", AN_EUNSUPPORTED, 2, "document type declaration" },
    { "undefined entity", GRAPH "<nodes><node id=\"&x;\"/></nodes></graph></gexf>", AN_EPARSE, 4, "" },
    { "node without id", GRAPH "<nodes>\n<node label=\"x\"/></nodes></graph></gexf>", AN_EFORMAT, 5, "without an id" },
    { "duplicate node", GRAPH "<nodes><node id=\"a\"/>\n<node id=\"a\"/></nodes></graph></gexf>", AN_EFORMAT, 5,
      "duplicate node id 'a'" },
    { "edge without source", GRAPH "<nodes><node id=\"a\"/></nodes><edges>\n<edge target=\"a\"/></edges></graph></gexf>",
      AN_EFORMAT, 5, "without a source" },
    { "bad edge type", GRAPH "<nodes><node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"a\" type=\"sideways\"/>"
      "</edges></graph></gexf>", AN_EFORMAT, 5, "sideways" },
    { "bad weight", GRAPH "<nodes><node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"a\" weight=\"heavy\"/>"
      "</edges></graph></gexf>", AN_EFORMAT, 5, "'heavy' of weight" },
    { "huge weight", GRAPH "<nodes><node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"a\" weight=\"1e999\"/>"
      "</edges></graph></gexf>", AN_EFORMAT, 5, "out of range" },
    { "integer out of range", GRAPH "<attributes class=\"node\"><attribute id=\"0\" title=\"n\" type=\"integer\"/>"
      "</attributes><nodes><node id=\"a\"><attvalues>\n<attvalue for=\"0\" value=\"2147483648\"/></attvalues></node>"
      "</nodes></graph></gexf>", AN_EFORMAT, 5, "does not fit its type integer" },
    { "bad boolean", GRAPH "<attributes class=\"node\"><attribute id=\"0\" title=\"b\" type=\"boolean\"/>"
      "</attributes><nodes><node id=\"a\"><attvalues>\n<attvalue for=\"0\" value=\"perhaps\"/></attvalues></node>"
      "</nodes></graph></gexf>", AN_EFORMAT, 5, "perhaps" },
    { "duplicate attribute id", GRAPH "<attributes class=\"node\"><attribute id=\"0\" title=\"a\"/>\n"
      "<attribute id=\"0\" title=\"b\"/></attributes></graph></gexf>", AN_EFORMAT, 5, "duplicate attribute id" },
    { "bad attributes class", GRAPH "<attributes class=\"hyper\"/></graph></gexf>", AN_EFORMAT, 4, "class 'hyper'" },
    { "attvalue without for", GRAPH "<nodes><node id=\"a\"><attvalues>\n<attvalue value=\"1\"/></attvalues></node>"
      "</nodes></graph></gexf>", AN_EFORMAT, 5, "without 'for'" },
    { "malformed spell", GRAPH "<nodes><node id=\"a\"><spells>\n<spell start=\"1,2\"/></spells></node></nodes>"
      "</graph></gexf>", AN_EFORMAT, 5, "spell time" },
    { "bad time for double", GRAPH "<nodes>\n<node id=\"a\" start=\"yesterday\"/></nodes></graph></gexf>", AN_EFORMAT, 5,
      "'yesterday' of start" },
    { "bad defaultedgetype", HEAD "<graph defaultedgetype=\"both\"/></gexf>", AN_EFORMAT, 3, "defaultedgetype" },
    { "NUL byte", GRAPH "<nodes><node id=\"a\0\"/></nodes></graph></gexf>", AN_EPARSE, 0, "" },
    { "invalid UTF-8", GRAPH "<nodes><node id=\"\xff\xfe\"/></nodes></graph></gexf>", AN_EPARSE, 4, "" },
};

static int64_t loaded_nodes;

static int load(const char *text, size_t size, const an_gexf_read_options *options)
{
    an_network *net = (an_network *)1;
    int rc = an_gexf_read_buffer(&net, text, size, "t.gexf", options);
    if (rc != AN_OK && net != NULL) {
        fprintf(stderr, "a failed load returned a network\n");
        return 999;
    }
    loaded_nodes = net ? an_network_node_count(net) : -1;
    an_network_free(net);
    return rc;
}

static void test_hostile_table(void)
{
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const row *r = &rows[i];
        size_t size = strlen(r->input);
        if (strcmp(r->name, "NUL byte") == 0)
            size += 10; /* through the NUL */
        int rc = load(r->input, size, NULL);
        const an_error *e = an_error_last();
        int ok = rc == r->code && (!r->line || e->line == r->line) && strstr(e->message, r->says) &&
                 strstr(e->message, "t.gexf:");
        if (!ok) {
            fprintf(stderr, "row '%s': %s (%d) at line %ld, expected %s at %ld with '%s': %s\n", r->name,
                    an_status_name(rc), rc, e->line, an_status_name(r->code), r->line, r->says, e->message);
            an_t_case_failed = 1;
        }
    }
}

static char *repeat(const char *head, const char *piece, long count, const char *tail, size_t *size)
{
    size_t a = strlen(head), b = strlen(piece), c = strlen(tail);
    char *out = malloc(a + b * (size_t)count + c + 1);
    memcpy(out, head, a);
    for (long i = 0; i < count; i++)
        memcpy(out + a + b * (size_t)i, piece, b);
    memcpy(out + a + b * (size_t)count, tail, c + 1);
    *size = a + b * (size_t)count + c;
    return out;
}

static void test_deep_nesting_is_a_limit(void)
{
    size_t size;
    char *text = repeat(GRAPH, "<z>", 100000, "", &size);
    AN_T_CHECK_CODE(load(text, size, NULL), AN_ELIMIT);
    free(text);
    /* nested hierarchy within the limit: every node kept, each with its parent */
    an_gexf_read_options options = AN_GEXF_READ_OPTIONS_INIT;
    options.max_depth = 6;
    const char *deep = GRAPH "<nodes><node id=\"a\"><nodes><node id=\"b\"><nodes><node id=\"c\"/></nodes></node>"
                       "</nodes></node></nodes></graph></gexf>";
    AN_T_CHECK_CODE(load(deep, strlen(deep), &options), AN_ELIMIT);
    options.max_depth = 256;
    an_network *net = NULL;
    AN_T_CHECK_OK(an_gexf_read_buffer(&net, deep, strlen(deep), "t.gexf", &options));
    int parent = -1;
    AN_T_CHECK_OK(an_network_find_column(net, AN_DOMAIN_NODE, "parent", &parent));
    const char *value = NULL;
    AN_T_CHECK_OK(an_network_get_string(net, AN_DOMAIN_NODE, parent, 2, &value));
    AN_T_CHECK_STR(value, "b");
    AN_T_CHECK(an_network_value_state(net, AN_DOMAIN_NODE, parent, 0) == AN_VALUE_MISSING);
    an_network_free(net);
}

static void test_huge_value_is_a_limit(void)
{
    an_gexf_read_options options = AN_GEXF_READ_OPTIONS_INIT;
    options.max_value_bytes = 1000;
    size_t size;
    char *text = repeat(GRAPH "<nodes><node id=\"a\" label=\"", "x", 5000, "\"/></nodes></graph></gexf>", &size);
    AN_T_CHECK_CODE(load(text, size, &options), AN_ELIMIT);
    free(text);
}

static void test_undeclared_endpoint_warns_or_fails_strict(void)
{
    const char *text = GRAPH "<nodes><node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"ghost\"/>"
                       "<edge source=\"a\" target=\"late\"/></edges>\n<nodes><node id=\"late\"/></nodes>"
                       "</graph></gexf>";
    an_network *net = NULL;
    AN_T_CHECK_OK(an_gexf_read_buffer(&net, text, strlen(text), "t.gexf", NULL));
    AN_T_CHECK(an_network_node_count(net) == 3);
    AN_T_CHECK(an_network_warning_count(net) == 1);
    AN_T_CHECK(net && strstr(an_network_warning(net, 0), "t.gexf:5:") && strstr(an_network_warning(net, 0), "ghost"));
    an_network_free(net);
    an_gexf_read_options strict = AN_GEXF_READ_OPTIONS_INIT;
    strict.strict = 1;
    AN_T_CHECK_CODE(load(text, strlen(text), &strict), AN_EFORMAT);
    AN_T_CHECK(an_error_last()->line == 5 && strstr(an_error_last()->message, "ghost"));
}

static void test_unknown_type_is_a_string_with_warning(void)
{
    const char *text = GRAPH "<attributes class=\"node\"><attribute id=\"0\" title=\"t\" type=\"quaternion\"/>"
                       "</attributes><nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"1+i\"/>"
                       "</attvalues></node></nodes></graph></gexf>";
    an_network *net = NULL;
    AN_T_CHECK_OK(an_gexf_read_buffer(&net, text, strlen(text), "t.gexf", NULL));
    AN_T_CHECK(an_network_warning_count(net) == 1);
    AN_T_CHECK(an_network_column_type(net, AN_DOMAIN_NODE, 0) == AN_TYPE_STRING);
    char *out = NULL;
    AN_T_CHECK_OK(an_network_gexf_to_buffer(&out, NULL, net, NULL));
    AN_T_CHECK(out && strstr(out, "type=\"quaternion\"") && strstr(out, "value=\"1+i\""));
    an_free(out);
    an_network_free(net);
}

static void test_misuse_and_writer_refusals(void)
{
    an_network *net = NULL;
    AN_T_CHECK_CODE(an_gexf_read(NULL, "x", NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_gexf_read(&net, NULL, NULL), AN_EMISUSE);
    an_gexf_read_options old = AN_GEXF_READ_OPTIONS_INIT;
    old.version = 99;
    AN_T_CHECK_CODE(an_gexf_read_buffer(&net, "", 0, NULL, &old), AN_EMISUSE);
    AN_T_CHECK_CODE(an_gexf_read(&net, "/nonexistent/x.gexf", NULL), AN_EIO);
    AN_T_CHECK(net == NULL);
    AN_T_CHECK_OK(an_network_new(&net, 1));
    int64_t node;
    AN_T_CHECK_OK(an_network_add_node(net, "bell\x07", &node));
    char *out = NULL;
    AN_T_CHECK_CODE(an_network_gexf_to_buffer(&out, NULL, net, NULL), AN_EINVAL);
    AN_T_CHECK(out == NULL);
    AN_T_CHECK_CODE(an_network_save_gexf(net, "/dev/full", NULL), AN_EINVAL);
    an_network_free(net);
    AN_T_CHECK_OK(an_network_new(&net, 1));
    AN_T_CHECK_CODE(an_network_save_gexf(net, "/dev/full", NULL), AN_EIO);
    an_gexf_write_options wrong = AN_GEXF_WRITE_OPTIONS_INIT;
    wrong.version = 0;
    AN_T_CHECK_CODE(an_network_gexf_to_buffer(&out, NULL, net, &wrong), AN_EMISUSE);
    an_network_free(net);
}

static void test_values_round_trip_exactly(void)
{
    const char *text = GRAPH "<attributes class=\"edge\"><attribute id=\"r\" title=\"relation\" type=\"string\">"
                       "<default>ally &amp; friend</default></attribute>"
                       "<attribute id=\"x\" title=\"x\" type=\"double\"/></attributes>"
                       "<nodes><node id=\"a &lt;1&gt;\" label=\"&quot;A&quot;\"/><node id=\"b\"/></nodes>"
                       "<edges><edge id=\"e\" source=\"a &lt;1&gt;\" target=\"b\" weight=\"0.1\" type=\"undirected\">"
                       "<attvalues><attvalue for=\"x\" value=\"-INF\"/></attvalues></edge></edges></graph></gexf>";
    an_network *net = NULL, *again = NULL;
    AN_T_CHECK_OK(an_gexf_read_buffer(&net, text, strlen(text), "t.gexf", NULL));
    char *out = NULL, *out2 = NULL;
    AN_T_CHECK_OK(an_network_gexf_to_buffer(&out, NULL, net, NULL));
    AN_T_CHECK_OK(an_gexf_read_buffer(&again, out, strlen(out), "again", NULL));
    AN_T_CHECK_OK(an_network_gexf_to_buffer(&out2, NULL, again, NULL));
    AN_T_CHECK(out && out2 && strcmp(out, out2) == 0);
    AN_T_CHECK(an_network_edge_directed(again, 0) == 0);
    const char *value = NULL;
    AN_T_CHECK_OK(an_network_get_string(again, AN_DOMAIN_EDGE, 0, 0, &value));
    AN_T_CHECK_STR(value, "ally & friend");
    double x = 0;
    AN_T_CHECK_OK(an_network_get_real(again, AN_DOMAIN_EDGE, 1, 0, &x));
    AN_T_CHECK(x < 0 && isinf(x));
    AN_T_CHECK_STR(an_network_node_id(again, 0), "a <1>");
    an_free(out);
    an_free(out2);
    an_network_free(net);
    an_network_free(again);
}

int main(void)
{
    alarm(60); /* no row may hang */
    AN_T_RUN(test_hostile_table);
    AN_T_RUN(test_deep_nesting_is_a_limit);
    AN_T_RUN(test_huge_value_is_a_limit);
    AN_T_RUN(test_undeclared_endpoint_warns_or_fails_strict);
    AN_T_RUN(test_unknown_type_is_a_string_with_warning);
    AN_T_RUN(test_misuse_and_writer_refusals);
    AN_T_RUN(test_values_round_trip_exactly);
    return an_t_finish();
}
