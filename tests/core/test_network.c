/*
 * test_network.c — the model API: nodes, ids, edges, direction, columns,
 * defaults, missing values, copies, misuse.
 */
#include "actornet.h"
#include "../harness.h"

#include <stdint.h>

static void test_nodes_and_ids(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 1));
    int64_t a, b, found;
    AN_T_CHECK_OK(an_network_add_node(n, "tehran", &a));
    AN_T_CHECK_OK(an_network_add_node(n, "qom \xc9\x99", &b));
    AN_T_CHECK(a == 0 && b == 1);
    AN_T_CHECK_CODE(an_network_add_node(n, "tehran", NULL), AN_EEXISTS);
    AN_T_CHECK_CODE(an_network_add_node(n, "", NULL), AN_EINVAL);
    AN_T_CHECK_OK(an_network_find_node(n, "qom \xc9\x99", &found));
    AN_T_CHECK(found == 1);
    AN_T_CHECK_CODE(an_network_find_node(n, "mashhad", &found), AN_ENOTFOUND);
    AN_T_CHECK_STR(an_network_node_id(n, 0), "tehran");
    AN_T_CHECK(an_network_node_id(n, 2) == NULL);
    AN_T_CHECK(an_network_node_count(n) == 2);
    an_network_free(n);
}

static void test_many_nodes_hash_index(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 0));
    char id[32];
    for (int i = 0; i < 50000; i++) {
        snprintf(id, sizeof id, "n%d", i);
        if (an_network_add_node(n, id, NULL) != AN_OK)
            AN_T_CHECK(0);
    }
    int bad = 0;
    for (int i = 0; i < 50000; i += 7) {
        int64_t v;
        snprintf(id, sizeof id, "n%d", i);
        bad += an_network_find_node(n, id, &v) != AN_OK || v != i;
    }
    AN_T_CHECK(bad == 0);
    an_network_free(n);
}

static void test_edges_direction(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 1));
    AN_T_CHECK(an_network_direction(n) == AN_DIRECTED);
    AN_T_CHECK_OK(an_network_add_node(n, "a", NULL));
    AN_T_CHECK_OK(an_network_add_node(n, "b", NULL));
    int64_t e;
    AN_T_CHECK_OK(an_network_add_edge(n, 0, 1, -1, "e0", &e));
    AN_T_CHECK_OK(an_network_add_edge(n, 0, 1, -1, NULL, &e)); /* parallel, no id */
    AN_T_CHECK(an_network_direction(n) == AN_DIRECTED);
    AN_T_CHECK_OK(an_network_add_edge(n, 1, 1, 0, "loop", &e));
    AN_T_CHECK(e == 2);
    AN_T_CHECK(an_network_direction(n) == AN_MIXED);
    AN_T_CHECK(an_network_edge_directed(n, 0) == 1 && an_network_edge_directed(n, 2) == 0);
    AN_T_CHECK_STR(an_network_edge_id(n, 0), "e0");
    AN_T_CHECK(an_network_edge_id(n, 1) == NULL);
    AN_T_CHECK_STR(an_network_edge_id(n, 2), "loop");
    int64_t s, t;
    AN_T_CHECK_OK(an_network_edge_endpoints(n, 2, &s, &t));
    AN_T_CHECK(s == 1 && t == 1);
    AN_T_CHECK_CODE(an_network_add_edge(n, 0, 5, 1, NULL, NULL), AN_ERANGE);
    AN_T_CHECK_CODE(an_network_edge_endpoints(n, 3, &s, &t), AN_ERANGE);
    an_network_free(n);
}

static void test_columns_values_missing(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 1));
    for (int i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "v%d", i);
        AN_T_CHECK_OK(an_network_add_node(n, id, NULL));
    }
    int label, year, weight, flag;
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING, &label));
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_NODE, "year", AN_TYPE_INT, &year));
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_NODE, "weight", AN_TYPE_DOUBLE, &weight));
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_NODE, "flag", AN_TYPE_BOOLEAN, &flag));
    AN_T_CHECK_CODE(an_network_add_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_INT, NULL), AN_EEXISTS);
    AN_T_CHECK(an_network_column_count(n, AN_DOMAIN_NODE) == 4);

    /* "" is a value, not missing */
    AN_T_CHECK_OK(an_network_set_string(n, AN_DOMAIN_NODE, label, 0, ""));
    const char *text = "untouched";
    AN_T_CHECK_OK(an_network_get_string(n, AN_DOMAIN_NODE, label, 0, &text));
    AN_T_CHECK_STR(text, "");
    text = "untouched";
    AN_T_CHECK(an_network_get_string(n, AN_DOMAIN_NODE, label, 1, &text) == AN_VALUE_MISSING);
    AN_T_CHECK_STR(text, "untouched");
    AN_T_CHECK(an_network_column_missing_count(n, AN_DOMAIN_NODE, label) == 2);

    /* 0 is a value; the int range is enforced */
    AN_T_CHECK_OK(an_network_set_integer(n, AN_DOMAIN_NODE, year, 2, 0));
    AN_T_CHECK_CODE(an_network_set_integer(n, AN_DOMAIN_NODE, year, 1, (int64_t)INT32_MAX + 1), AN_ETYPE);
    AN_T_CHECK(an_network_value_state(n, AN_DOMAIN_NODE, year, 1) == AN_VALUE_MISSING);
    AN_T_CHECK(an_network_value_state(n, AN_DOMAIN_NODE, year, 2) == AN_VALUE_SET);

    /* defaults apply to absent values and are reported as such */
    AN_T_CHECK_OK(an_network_set_default_integer(n, AN_DOMAIN_NODE, year, 2018));
    int64_t y = 0;
    AN_T_CHECK_OK(an_network_get_integer(n, AN_DOMAIN_NODE, year, 0, &y));
    AN_T_CHECK(y == 2018);
    AN_T_CHECK(an_network_value_state(n, AN_DOMAIN_NODE, year, 0) == AN_VALUE_DEFAULT);
    AN_T_CHECK(an_network_column_missing_count(n, AN_DOMAIN_NODE, year) == 0);
    AN_T_CHECK_OK(an_network_clear_default(n, AN_DOMAIN_NODE, year));
    AN_T_CHECK(an_network_value_state(n, AN_DOMAIN_NODE, year, 0) == AN_VALUE_MISSING);

    /* type mismatches */
    AN_T_CHECK_CODE(an_network_set_real(n, AN_DOMAIN_NODE, year, 0, 1.5), AN_ETYPE);
    AN_T_CHECK_CODE(an_network_set_string(n, AN_DOMAIN_NODE, weight, 0, "x"), AN_ETYPE);
    double real;
    AN_T_CHECK_OK(an_network_get_real(n, AN_DOMAIN_NODE, year, 2, &real)); /* int read as real */
    AN_T_CHECK(real == 0.0);
    AN_T_CHECK_CODE(an_network_get_real(n, AN_DOMAIN_NODE, label, 0, &real), AN_ETYPE);

    /* booleans: false is a value */
    AN_T_CHECK_OK(an_network_set_boolean(n, AN_DOMAIN_NODE, flag, 1, 0));
    int b = 7;
    AN_T_CHECK_OK(an_network_get_boolean(n, AN_DOMAIN_NODE, flag, 1, &b));
    AN_T_CHECK(b == 0);
    AN_T_CHECK(an_network_get_boolean(n, AN_DOMAIN_NODE, flag, 0, &b) == AN_VALUE_MISSING);

    /* unset returns a value to absent */
    AN_T_CHECK_OK(an_network_unset(n, AN_DOMAIN_NODE, label, 0));
    AN_T_CHECK(an_network_value_state(n, AN_DOMAIN_NODE, label, 0) == AN_VALUE_MISSING);

    /* bulk export */
    AN_T_CHECK_OK(an_network_set_real(n, AN_DOMAIN_NODE, weight, 1, 2.5));
    double out[3];
    AN_T_CHECK_OK(an_network_column_to_doubles(n, AN_DOMAIN_NODE, weight, out, -1.0));
    AN_T_CHECK(out[0] == -1.0 && out[1] == 2.5 && out[2] == -1.0);
    AN_T_CHECK_CODE(an_network_column_to_doubles(n, AN_DOMAIN_NODE, label, out, 0), AN_ETYPE);
    an_network_free(n);
}

static void test_graph_domain_and_copy(void)
{
    an_network *n = NULL, *c = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 0));
    AN_T_CHECK_OK(an_network_set_graph_id(n, "G"));
    int name;
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_GRAPH, "name", AN_TYPE_STRING, &name));
    AN_T_CHECK_OK(an_network_set_string(n, AN_DOMAIN_GRAPH, name, 0, "proxy network"));
    AN_T_CHECK_CODE(an_network_set_string(n, AN_DOMAIN_GRAPH, name, 1, "x"), AN_ERANGE);
    AN_T_CHECK_OK(an_network_add_node(n, "a", NULL));
    AN_T_CHECK_OK(an_network_add_node(n, "b", NULL));
    AN_T_CHECK_OK(an_network_add_edge(n, 0, 1, -1, "e", NULL));
    int w;
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_LONG, &w));
    AN_T_CHECK_OK(an_network_set_integer(n, AN_DOMAIN_EDGE, w, 0, INT64_MAX));
    AN_T_CHECK_OK(an_network_copy(&c, n));
    an_network_free(n);
    AN_T_CHECK_STR(an_network_graph_id(c), "G");
    const char *text = NULL;
    AN_T_CHECK_OK(an_network_get_string(c, AN_DOMAIN_GRAPH, name, 0, &text));
    AN_T_CHECK_STR(text, "proxy network");
    int64_t v = 0;
    AN_T_CHECK_OK(an_network_get_integer(c, AN_DOMAIN_EDGE, w, 0, &v));
    AN_T_CHECK(v == INT64_MAX);
    AN_T_CHECK_STR(an_network_edge_id(c, 0), "e");
    AN_T_CHECK(an_network_direction(c) == AN_UNDIRECTED);
    an_network_free(c);
}

static void test_attach_results(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 1));
    AN_T_CHECK_OK(an_network_add_node(n, "a", NULL));
    AN_T_CHECK_OK(an_network_add_node(n, "b", NULL));
    double scores[2] = { 0.5, NAN };
    AN_T_CHECK_OK(an_network_attach_reals(n, AN_DOMAIN_NODE, "betweenness", scores));
    int column;
    AN_T_CHECK_OK(an_network_find_column(n, AN_DOMAIN_NODE, "betweenness", &column));
    AN_T_CHECK(an_network_value_state(n, AN_DOMAIN_NODE, column, 1) == AN_VALUE_MISSING);
    int64_t groups[2] = { 3, 4 };
    AN_T_CHECK_OK(an_network_attach_integers(n, AN_DOMAIN_NODE, "community", groups));
    AN_T_CHECK_CODE(an_network_attach_reals(n, AN_DOMAIN_NODE, "community", scores), AN_ETYPE);
    AN_T_CHECK_CODE(an_network_attach_reals(n, AN_DOMAIN_GRAPH, "x", scores), AN_EINVAL);
    an_network_free(n);
}

/* A subset re-indexes everything row-bound: extra start-tag attributes follow
 * their node and edge, lines and the source name are kept; a copy keeps all. */
static void test_subsets_keep_row_data(void)
{
    static const char text[] =
        "<?xml version=\"1.0\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:x=\"urn:x\">\n"
        "<graph edgedefault=\"directed\">\n"
        "<node id=\"a\" x:flag=\"first\"/>\n"
        "<node id=\"b\" x:flag=\"second\"/>\n"
        "<node id=\"c\"/>\n"
        "<edge source=\"a\" target=\"b\" x:tie=\"one\"/>\n"
        "<edge source=\"b\" target=\"c\" x:tie=\"two\"/>\n"
        "</graph></graphml>\n";
    an_network *n = NULL, *view = NULL, *copy = NULL;
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&n, text, sizeof text - 1, "mem.graphml", NULL));
    unsigned char keep[3] = { 0, 1, 1 };
    AN_T_CHECK_OK(an_view_subset(&view, n, keep, NULL));
    AN_T_CHECK(an_network_node_count(view) == 2 && an_network_edge_count(view) == 1);
    AN_T_CHECK_STR(an_network_source_name(view), "mem.graphml");
    AN_T_CHECK(an_network_node_line(view, 0) == 5 && an_network_edge_line(view, 0) == 8);
    char *out = NULL;
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&out, NULL, view, NULL));
    AN_T_CHECK(out && strstr(out, "id=\"b\" x:flag=\"second\""));
    AN_T_CHECK(out && !strstr(out, "first") && !strstr(out, "\"one\""));
    AN_T_CHECK(out && strstr(out, "x:tie=\"two\""));
    an_free(out);
    AN_T_CHECK_OK(an_network_copy(&copy, n));
    AN_T_CHECK(an_network_node_line(copy, 2) == 6 && an_network_edge_line(copy, 1) == 8);
    char *a = NULL, *b = NULL;
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&a, NULL, n, NULL));
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&b, NULL, copy, NULL));
    AN_T_CHECK(a && b && strcmp(a, b) == 0);
    an_free(a);
    an_free(b);
    an_network_free(view);
    an_network_free(copy);
    an_network_free(n);
}

static void test_misuse(void)
{
    AN_T_CHECK_CODE(an_network_new(NULL, 1), AN_EMISUSE);
    AN_T_CHECK(an_network_node_count(NULL) == -1);
    AN_T_CHECK_CODE(an_network_add_node(NULL, "a", NULL), AN_EMISUSE);
    AN_T_CHECK(an_error_last()->code == AN_EMISUSE);
    AN_T_CHECK(an_error_last()->message[0] != '\0');
    AN_T_CHECK_CODE(an_network_find_column(NULL, AN_DOMAIN_NODE, "x", NULL), AN_EMISUSE);
    an_network_free(NULL);
    an_free(NULL);
    AN_T_CHECK_STR(an_status_name(AN_EPARSE), "AN_EPARSE");
    AN_T_CHECK_STR(an_status_name(-999), "AN_UNKNOWN");
    AN_T_CHECK_STR(an_type_name(AN_TYPE_LONG), "long");
    AN_T_CHECK(an_version_number() == AN_VERSION_MAJOR * 10000 + AN_VERSION_MINOR * 100 + AN_VERSION_PATCH);
    an_error_clear();
    AN_T_CHECK(an_error_last()->code == AN_OK);
}

int main(void)
{
    AN_T_RUN(test_nodes_and_ids);
    AN_T_RUN(test_many_nodes_hash_index);
    AN_T_RUN(test_edges_direction);
    AN_T_RUN(test_columns_values_missing);
    AN_T_RUN(test_graph_domain_and_copy);
    AN_T_RUN(test_attach_results);
    AN_T_RUN(test_subsets_keep_row_data);
    AN_T_RUN(test_misuse);
    return an_t_finish();
}
