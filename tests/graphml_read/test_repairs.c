/*
 * test_repairs.c — what the GraphML reader repairs with a warning (issue 17)
 * and what it refuses under an_graphml_read_options.strict: no edgedefault,
 * edges to undeclared nodes, <data> with undeclared keys, repeated key
 * declarations, empty files, graph-tool's own value types, and graphs nested
 * in nodes (groups) flattened and written back nested.
 */
#include "actornet.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#define HEAD "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"

static an_network *load_text(const char *text, int strict)
{
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    options.strict = strict;
    an_network *network = NULL;
    an_network_load_graphml_buffer(&network, text, strlen(text), "t.graphml", &options);
    return network;
}

/* Whether some warning of `network` holds `text`. */
static int warned(const an_network *network, const char *text)
{
    for (int64_t i = 0; i < an_network_warning_count(network); i++)
        if (strstr(an_network_warning(network, i), text))
            return 1;
    return 0;
}

static void test_no_edgedefault(void)
{
    an_network *n = load_text(HEAD "<graph>\n<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"/>\n"
                              "<edge source=\"a\" target=\"b\" directed=\"true\"/>\n</graph>\n</graphml>\n", 0);
    AN_T_CHECK(n != NULL);
    if (!n)
        return;
    AN_T_CHECK(an_network_edge_directed(n, 0) == 0);
    AN_T_CHECK(an_network_edge_directed(n, 1) == 1);
    AN_T_CHECK(warned(n, "t.graphml:3:") && warned(n, "no edgedefault; read as undirected"));
    an_network_free(n);
}

static void test_undeclared_node_and_key(void)
{
    const char *text = HEAD "<graph edgedefault=\"directed\">\n<node id=\"a\"><data key=\"k\">v</data></node>\n"
                       "<edge source=\"a\" target=\"ghost\"/>\n</graph>\n</graphml>\n";
    an_network *n = load_text(text, 0);
    AN_T_CHECK(n != NULL);
    if (!n)
        return;
    int64_t ghost = -1;
    AN_T_CHECK_OK(an_network_find_node(n, "ghost", &ghost));
    AN_T_CHECK(ghost == 1 && an_network_node_count(n) == 2);
    int column = -1;
    const char *value = NULL;
    AN_T_CHECK_OK(an_network_find_column(n, AN_DOMAIN_NODE, "k", &column));
    AN_T_CHECK_OK(an_network_get_string(n, AN_DOMAIN_NODE, column, 0, &value));
    AN_T_CHECK(value && strcmp(value, "v") == 0);
    AN_T_CHECK(warned(n, "t.graphml:4:") && warned(n, "undeclared key 'k'"));
    AN_T_CHECK(warned(n, "t.graphml:5:") && warned(n, "undeclared node 'ghost'; the node was added"));
    an_network_free(n);
    /* strict: refused, no network (endpoints are checked at the end of the graph, before
     * keys at the end of the document; a key alone: the bad-input table of test_graphml_read) */
    AN_T_CHECK(load_text(text, 1) == NULL);
    AN_T_CHECK(an_error_last()->code == AN_EFORMAT && an_error_last()->line == 5);
    AN_T_CHECK(strstr(an_error_last()->message, "unknown node 'ghost'") != NULL);
    /* options of version 1 (without `strict`) are read as not strict */
    an_graphml_read_options v1 = AN_GRAPHML_READ_OPTIONS_INIT;
    v1.version = 1;
    v1.strict = 1; /* beyond a version-1 struct: ignored */
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&n, text, strlen(text), "t", &v1));
    an_network_free(n);
}

static void test_repeated_keys(void)
{
    an_network *n = load_text(HEAD "<key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                              "<key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                              "<key id=\"name\" for=\"edge\" attr.name=\"name\" attr.type=\"string\"/>\n"
                              "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"name\">A</data></node>"
                              "</graph>\n</graphml>\n", 0);
    AN_T_CHECK(n != NULL);
    if (!n)
        return;
    AN_T_CHECK(an_network_column_count(n, AN_DOMAIN_NODE) == 1);
    AN_T_CHECK(an_network_column_count(n, AN_DOMAIN_EDGE) == 1);
    AN_T_CHECK(warned(n, "t.graphml:4:") && warned(n, "declared again with the same declaration"));
    an_network_free(n);
}

static void test_empty_files(void)
{
    an_network *n = (an_network *)1;
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&n, "", 0, "e", NULL), AN_EPARSE);
    AN_T_CHECK(n == NULL && strstr(an_error_last()->message, "the file is empty"));
    AN_T_CHECK_CODE(an_network_load_graphml_buffer(&n, " \n\t\r\n", 5, "e", NULL), AN_EPARSE);
    AN_T_CHECK(n == NULL && strstr(an_error_last()->message, "only white space"));
    AN_T_CHECK(strstr(an_error_last()->message, "Extra content") == NULL);
}

static const char nested[] =
    HEAD "<key id=\"v\" for=\"node\" attr.name=\"pos\" attr.type=\"vector_float\"/>\n"
    "<graph id=\"G\" edgedefault=\"directed\">\n"
    "<node id=\"top\"><data key=\"v\">1, 2.5</data></node>\n"
    "<node id=\"g\" yfiles.foldertype=\"group\">\n"
    "<graph id=\"g:\" edgedefault=\"undirected\">\n<desc>inner</desc>\n"
    "<node id=\"g::a\"/>\n"
    "<node id=\"g::h\"><graph id=\"g::h:\"><node id=\"g::h::x\"/></graph></node>\n"
    "<edge source=\"g::a\" target=\"g::h::x\"/>\n"
    "</graph>\n</node>\n"
    "<edge source=\"top\" target=\"g::a\"/>\n"
    "</graph>\n</graphml>\n";

static void test_nested_graphs(void)
{
    an_network *n = load_text(nested, 0);
    AN_T_CHECK(n != NULL);
    if (!n)
        return;
    /* nodes in document order, flattened; edges keep their graph's edgedefault */
    AN_T_CHECK(an_network_node_count(n) == 5 && an_network_edge_count(n) == 2);
    AN_T_CHECK(an_network_edge_directed(n, 0) == 0 && an_network_edge_directed(n, 1) == 1);
    static const char *const parents[] = {NULL, NULL, "g", "g", "g::h"};
    static const int groups[] = {0, 1, 0, 1, 0};
    int parent = -1, group = -1;
    AN_T_CHECK_OK(an_network_find_column(n, AN_DOMAIN_NODE, "parent", &parent));
    AN_T_CHECK_OK(an_network_find_column(n, AN_DOMAIN_NODE, "is_group", &group));
    for (int64_t v = 0; v < 5 && parent >= 0 && group >= 0; v++) {
        const char *p = NULL;
        int rc = an_network_get_string(n, AN_DOMAIN_NODE, parent, v, &p);
        AN_T_CHECK(parents[v] ? rc == AN_OK && p && strcmp(p, parents[v]) == 0 : rc != AN_OK || p == NULL);
        int flag = -1;
        AN_T_CHECK_OK(an_network_get_boolean(n, AN_DOMAIN_NODE, group, v, &flag));
        AN_T_CHECK(flag == groups[v]);
    }
    /* written back nested, and that reads back to the same document */
    char *once = NULL, *twice = NULL;
    size_t once_size = 0, twice_size = 0;
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&once, &once_size, n, NULL));
    AN_T_CHECK(once && strstr(once, "<graph id=\"g:\" edgedefault=\"undirected\">"));
    AN_T_CHECK(once && strstr(once, "<desc>inner</desc>"));
    AN_T_CHECK(once && strstr(once, "attr.type=\"vector_float\""));
    AN_T_CHECK(once && !strstr(once, "attr.name=\"parent\"") && !strstr(once, "is_group"));
    an_network *back = NULL;
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&back, once, once_size, "back", NULL));
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&twice, &twice_size, back, NULL));
    AN_T_CHECK(once && twice && once_size == twice_size && memcmp(once, twice, once_size) == 0);
    an_free(once);
    an_free(twice);
    an_network_free(back);
    /* a view without the inner group: its node moves to the top level, still valid GraphML */
    const char *centre[] = {"g::h::x", NULL};
    an_network *ego = NULL;
    AN_T_CHECK_OK(an_view_ego(&ego, n, centre, NULL));
    if (ego) {
        char *text = NULL;
        size_t size = 0;
        AN_T_CHECK_OK(an_network_graphml_to_buffer(&text, &size, ego, NULL));
        an_network *again = NULL;
        AN_T_CHECK_OK(an_network_load_graphml_buffer(&again, text, size, "ego", NULL));
        AN_T_CHECK(again && an_network_node_count(again) == an_network_node_count(ego));
        an_network_free(again);
        an_free(text);
        an_network_free(ego);
    }
    an_network_free(n);
}

/* parse.* hints are written only as they hold for what is written */
static void test_parse_hints(void)
{
    an_network *n = load_text(HEAD "<graph edgedefault=\"undirected\" parse.nodes=\"3\" parse.edges=\"1\" "
                              "parse.nodeids=\"canonical\" parse.edgeids=\"free\" parse.order=\"nodesfirst\" "
                              "parse.maxindegree=\"1\">\n<node id=\"n0\"/><node id=\"n1\"/><node id=\"n2\"/>\n"
                              "<edge source=\"n1\" target=\"n2\"/>\n</graph>\n</graphml>\n", 0);
    AN_T_CHECK(n != NULL);
    if (!n)
        return;
    char *text = NULL;
    size_t size = 0;
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&text, &size, n, NULL));
    AN_T_CHECK(text && strstr(text, "parse.nodes=\"3\" parse.edges=\"1\" parse.nodeids=\"canonical\" "
                              "parse.edgeids=\"free\" parse.order=\"nodesfirst\""));
    AN_T_CHECK(text && !strstr(text, "maxindegree"));
    an_free(text);
    const char *centre[] = {"n2", NULL};
    an_network *ego = NULL;
    AN_T_CHECK_OK(an_view_ego(&ego, n, centre, NULL)); /* n1, n2: ids no longer n0, n1 */
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&text, &size, ego, NULL));
    AN_T_CHECK(text && strstr(text, "parse.nodes=\"2\" parse.edges=\"1\" parse.nodeids=\"free\""));
    AN_T_CHECK(text && !strstr(text, "\"canonical\""));
    an_free(text);
    an_network_free(ego);
    an_network_free(n);
}

int main(void)
{
    AN_T_RUN(test_parse_hints);
    AN_T_RUN(test_no_edgedefault);
    AN_T_RUN(test_undeclared_node_and_key);
    AN_T_RUN(test_repeated_keys);
    AN_T_RUN(test_empty_files);
    AN_T_RUN(test_nested_graphs);
    return an_t_finish();
}
