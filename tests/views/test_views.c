/*
 * test_views.c — views keep every id, column (type, default, key id, value,
 * missing mark), edge direction, graph data and foreign fragment; filters,
 * year-window edge cases, ego networks, projections, the way back to the
 * original rows.
 */
#include "actornet.h"
#include "../harness.h"
#include "views/views_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { A, B, C, D, E, F };

/*
 * a (state) -commands 2000 stated-> b (unit) =trains 2010-2012 reported / supports 2011 stated=> c (organisation)
 * c -- d (person): member_of, undirected, undated, stated, no edge id
 * d -perpetrated 2015 (no confidence)-> e (event) -targets 2016 stated-> f (no class)
 * c -> c self-loop affiliated_with 2013 stated
 */
static an_network *build_network(void)
{
    an_network *n = NULL;
    if (an_network_new(&n, 1) != AN_OK)
        return NULL;
    static const char *const ids[] = { "a", "b", "c", "d", "e", "f" };
    static const char *const types[] = { "state", "unit", "organisation", "person", "event", NULL };
    int type, founded, score, active, relation, year, end, confidence, note, weight, title;
    an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(n, AN_DOMAIN_NODE, "founded", AN_TYPE_INT, &founded);
    an_network_add_column(n, AN_DOMAIN_NODE, "score", AN_TYPE_DOUBLE, &score);
    an_network_set_default_real(n, AN_DOMAIN_NODE, score, 0.5);
    an_network_add_column(n, AN_DOMAIN_NODE, "active", AN_TYPE_BOOLEAN, &active);
    an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    an_network_add_column(n, AN_DOMAIN_EDGE, "year", AN_TYPE_INT, &year);
    an_network_add_column(n, AN_DOMAIN_EDGE, "end", AN_TYPE_LONG, &end);
    an_network_add_column(n, AN_DOMAIN_EDGE, "confidence", AN_TYPE_STRING, &confidence);
    an_network_add_column(n, AN_DOMAIN_EDGE, "note", AN_TYPE_STRING, &note);
    an_network_set_default_string(n, AN_DOMAIN_EDGE, note, "none");
    an_network_add_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_FLOAT, &weight);
    an_network_add_column(n, AN_DOMAIN_GRAPH, "title", AN_TYPE_STRING, &title);
    an_network_set_string(n, AN_DOMAIN_GRAPH, title, 0, "test network");
    an_network_set_graph_id(n, "g");
    for (int v = 0; v < 6; v++) {
        an_network_add_node(n, ids[v], NULL);
        if (types[v])
            an_network_set_string(n, AN_DOMAIN_NODE, type, v, types[v]);
        if (v % 2 == 0)
            an_network_set_integer(n, AN_DOMAIN_NODE, founded, v, 1980 + v);
        if (v == C || v == F)
            an_network_set_real(n, AN_DOMAIN_NODE, score, v, 0.25 * v);
        if (v != B)
            an_network_set_boolean(n, AN_DOMAIN_NODE, active, v, v % 3 == 0);
    }
    struct { int s, t, directed; const char *id, *relation; int year, end; const char *confidence, *note; double weight; }
    edges[] = {
        { A, B, 1, "x0", "commands", 2000, 0, "stated", "first", 1.5 },
        { B, C, 1, "x1", "trains", 2010, 2012, "reported", NULL, 0 },
        { C, D, 0, NULL, "member_of", 0, 0, "stated", "undirected", 2 },
        { D, E, 1, "x3", "perpetrated", 2015, 0, NULL, NULL, 0 },
        { B, C, 1, "x4", "supports", 2011, 0, "stated", "parallel", 3 },
        { C, C, 1, "x5", "affiliated_with", 2013, 0, "stated", NULL, 0 },
        { E, F, 1, "x6", "targets", 2016, 0, "stated", NULL, 4.25 },
    };
    for (int e = 0; e < 7; e++) {
        an_network_add_edge(n, edges[e].s, edges[e].t, edges[e].directed, edges[e].id, NULL);
        an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, edges[e].relation);
        if (edges[e].year)
            an_network_set_integer(n, AN_DOMAIN_EDGE, year, e, edges[e].year);
        if (edges[e].end)
            an_network_set_integer(n, AN_DOMAIN_EDGE, end, e, edges[e].end);
        if (edges[e].confidence)
            an_network_set_string(n, AN_DOMAIN_EDGE, confidence, e, edges[e].confidence);
        if (edges[e].note)
            an_network_set_string(n, AN_DOMAIN_EDGE, note, e, edges[e].note);
        if (edges[e].weight > 0)
            an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, edges[e].weight);
    }
    return n;
}

/* One value of view row vr equals original row orow, including its state. */
static void check_value(const an_network *view, const an_network *orig, an_domain domain, int column, int64_t vr,
                        int64_t orow)
{
    int state = an_network_value_state(orig, domain, column, orow);
    AN_T_CHECK(an_network_value_state(view, domain, column, vr) == state);
    int type = an_network_column_type(orig, domain, column);
    if (type == AN_TYPE_STRING) {
        const char *x = NULL, *y = NULL;
        int rx = an_network_get_string(view, domain, column, vr, &x);
        int ry = an_network_get_string(orig, domain, column, orow, &y);
        AN_T_CHECK(rx == ry);
        if (rx == AN_OK)
            AN_T_CHECK_STR(x, y);
    } else if (type == AN_TYPE_BOOLEAN) {
        int x = -1, y = -2;
        AN_T_CHECK(an_network_get_boolean(view, domain, column, vr, &x) ==
                   an_network_get_boolean(orig, domain, column, orow, &y));
        AN_T_CHECK(state == AN_VALUE_MISSING || x == y);
    } else if (type == AN_TYPE_INT || type == AN_TYPE_LONG) {
        int64_t x = -1, y = -2;
        AN_T_CHECK(an_network_get_integer(view, domain, column, vr, &x) ==
                   an_network_get_integer(orig, domain, column, orow, &y));
        AN_T_CHECK(state == AN_VALUE_MISSING || x == y);
    } else {
        double x = -1, y = -2;
        AN_T_CHECK(an_network_get_real(view, domain, column, vr, &x) == an_network_get_real(orig, domain, column, orow, &y));
        AN_T_CHECK(state == AN_VALUE_MISSING || x == y);
    }
}

/* The view holds exactly the original edges `expected_edges` (in this order)
 * and the nodes `expected_nodes`, with all their data. */
static void check_view(const an_network *view, const an_network *orig, const int *expected_nodes, int node_count,
                       const int *expected_edges, int edge_count)
{
    AN_T_CHECK(an_network_node_count(view) == node_count);
    AN_T_CHECK(an_network_edge_count(view) == edge_count);
    if (an_network_node_count(view) != node_count || an_network_edge_count(view) != edge_count)
        return;
    const char *view_graph = an_network_graph_id(view), *orig_graph = an_network_graph_id(orig);
    AN_T_CHECK((view_graph == NULL) == (orig_graph == NULL));
    if (view_graph && orig_graph)
        AN_T_CHECK_STR(view_graph, orig_graph);
    AN_T_CHECK(an_network_default_directed(view) == an_network_default_directed(orig));
    for (int d = 0; d < 3; d++) {
        AN_T_CHECK(an_network_column_count(view, (an_domain)d) == an_network_column_count(orig, (an_domain)d));
        for (int c = 0; c < an_network_column_count(orig, (an_domain)d); c++) {
            AN_T_CHECK_STR(an_network_column_name(view, (an_domain)d, c), an_network_column_name(orig, (an_domain)d, c));
            AN_T_CHECK(an_network_column_type(view, (an_domain)d, c) == an_network_column_type(orig, (an_domain)d, c));
            AN_T_CHECK(an_network_column_has_default(view, (an_domain)d, c) ==
                       an_network_column_has_default(orig, (an_domain)d, c));
        }
    }
    for (int c = 0; c < an_network_column_count(orig, AN_DOMAIN_GRAPH); c++)
        check_value(view, orig, AN_DOMAIN_GRAPH, c, 0, 0);
    for (int i = 0; i < node_count; i++) {
        AN_T_CHECK_STR(an_network_node_id(view, i), an_network_node_id(orig, expected_nodes[i]));
        for (int c = 0; c < an_network_column_count(orig, AN_DOMAIN_NODE); c++)
            check_value(view, orig, AN_DOMAIN_NODE, c, i, expected_nodes[i]);
    }
    for (int j = 0; j < edge_count; j++) {
        int e = expected_edges[j];
        int64_t vs, vt, os, ot;
        AN_T_CHECK_OK(an_network_edge_endpoints(view, j, &vs, &vt));
        AN_T_CHECK_OK(an_network_edge_endpoints(orig, e, &os, &ot));
        AN_T_CHECK_STR(an_network_node_id(view, vs), an_network_node_id(orig, os));
        AN_T_CHECK_STR(an_network_node_id(view, vt), an_network_node_id(orig, ot));
        AN_T_CHECK(an_network_edge_directed(view, j) == an_network_edge_directed(orig, e));
        const char *vid = an_network_edge_id(view, j), *oid = an_network_edge_id(orig, e);
        AN_T_CHECK((vid == NULL) == (oid == NULL));
        if (vid && oid)
            AN_T_CHECK_STR(vid, oid);
        for (int c = 0; c < an_network_column_count(orig, AN_DOMAIN_EDGE); c++)
            check_value(view, orig, AN_DOMAIN_EDGE, c, j, e);
    }
}

static an_network *filtered(const an_network *n, const an_view_options *o)
{
    an_network *view = NULL;
    int rc = an_view_filter(&view, n, o);
    AN_T_CHECK(rc == AN_OK);
    if (rc != AN_OK)
        fprintf(stderr, "an_view_filter: %s\n", an_error_last()->message);
    return view;
}

static void test_unfiltered_copy(void)
{
    an_network *n = build_network();
    an_network *view = filtered(n, NULL);
    static const int nodes[] = { A, B, C, D, E, F }, edges[] = { 0, 1, 2, 3, 4, 5, 6 };
    check_view(view, n, nodes, 6, edges, 7);
    AN_T_CHECK(an_network_direction(view) == AN_MIXED);
    an_network_free(view);
    /* a view of a view */
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    static const char *const stated[] = { "stated", NULL };
    o.filter.confidence = stated;
    an_network *first = filtered(n, &o);
    an_network *second = filtered(first, NULL);
    static const int stated_edges[] = { 0, 2, 4, 5, 6 };
    check_view(second, n, nodes, 6, stated_edges, 5);
    an_network_free(first);
    an_network_free(second);
    an_network_free(n);
}

static void test_classes(void)
{
    an_network *n = build_network();
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    static const char *const apparatus[] = { "state", "unit", "organisation", NULL };
    o.filter.classes = apparatus;
    an_network *view = filtered(n, &o);
    static const int nodes1[] = { A, B, C }, edges1[] = { 0, 1, 4, 5 };
    check_view(view, n, nodes1, 3, edges1, 4);
    AN_T_CHECK(an_network_direction(view) == AN_DIRECTED);
    an_network_free(view);
    /* organisation + person: the undirected tie stays undirected, the view is mixed */
    static const char *const org_person[] = { "organisation", "person", NULL };
    o.filter.classes = org_person;
    view = filtered(n, &o);
    static const int nodes2[] = { C, D }, edges2[] = { 2, 5 };
    check_view(view, n, nodes2, 2, edges2, 2);
    AN_T_CHECK(an_network_direction(view) == AN_MIXED);
    an_network_free(view);
    /* a node without a class never matches; an empty list keeps nothing */
    static const char *const none[] = { NULL };
    o.filter.classes = none;
    view = filtered(n, &o);
    check_view(view, n, NULL, 0, NULL, 0);
    an_network_free(view);
    an_network_free(n);
}

static void test_relations_confidence_isolates(void)
{
    an_network *n = build_network();
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    static const char *const relations[] = { "trains", "supports", NULL };
    o.filter.relations = relations;
    an_network *view = filtered(n, &o);
    static const int all_nodes[] = { A, B, C, D, E, F }, edges1[] = { 1, 4 };
    check_view(view, n, all_nodes, 6, edges1, 2);
    an_network_free(view);
    o.drop_isolates = 1;
    view = filtered(n, &o);
    static const int nodes2[] = { B, C };
    check_view(view, n, nodes2, 2, edges1, 2);
    an_network_free(view);
    /* stated only: the reported tie and the tie without confidence go */
    o = (an_view_options)AN_VIEW_OPTIONS_INIT;
    static const char *const stated[] = { "stated", NULL };
    o.filter.confidence = stated;
    view = filtered(n, &o);
    static const int edges3[] = { 0, 2, 4, 5, 6 };
    check_view(view, n, all_nodes, 6, edges3, 5);
    an_network_free(view);
    /* combined: stated member_of/perpetrated ties among people and events, isolates dropped */
    static const char *const people_events[] = { "person", "event", "organisation", NULL };
    static const char *const acts[] = { "perpetrated", "member_of", "targets", NULL };
    o.filter.classes = people_events;
    o.filter.relations = acts;
    o.drop_isolates = 1;
    view = filtered(n, &o);
    static const int nodes4[] = { C, D }, edges4[] = { 2 };
    check_view(view, n, nodes4, 2, edges4, 1);
    an_network_free(view);
    /* a self-loop alone keeps its node */
    o = (an_view_options)AN_VIEW_OPTIONS_INIT;
    static const char *const loop[] = { "affiliated_with", NULL };
    o.filter.relations = loop;
    o.drop_isolates = 1;
    view = filtered(n, &o);
    static const int nodes5[] = { C }, edges5[] = { 5 };
    check_view(view, n, nodes5, 1, edges5, 1);
    an_network_free(view);
    an_network_free(n);
}

static void check_years(const an_network *n, int has_from, double from, int has_to, double to, int undated,
                        const int *expected, int count)
{
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    o.filter.has_year_from = has_from;
    o.filter.year_from = from;
    o.filter.has_year_to = has_to;
    o.filter.year_to = to;
    o.filter.undated = undated;
    an_network *view = filtered(n, &o);
    static const int all_nodes[] = { A, B, C, D, E, F };
    check_view(view, n, all_nodes, 6, expected, count);
    an_network_free(view);
}

static void test_year_window(void)
{
    an_network *n = build_network();
    /* boundaries are inclusive; 2010-2012 overlaps 2011; the undated tie stays */
    static const int w2011[] = { 1, 2, 4 };
    check_years(n, 1, 2011, 1, 2011, AN_UNDATED_KEEP, w2011, 3);
    static const int w2011_dated[] = { 1, 4 };
    check_years(n, 1, 2011, 1, 2011, AN_UNDATED_DROP, w2011_dated, 2);
    /* open upper end: from 2012 — the interval ending in 2012 counts */
    static const int from2012[] = { 1, 2, 3, 5, 6 };
    check_years(n, 1, 2012, 0, 0, AN_UNDATED_KEEP, from2012, 5);
    /* open lower end */
    static const int to2000[] = { 0, 2 };
    check_years(n, 0, 0, 1, 2000, AN_UNDATED_KEEP, to2000, 2);
    /* a window that matches nothing dated */
    static const int only_undated[] = { 2 };
    check_years(n, 1, 1900, 1, 1950, AN_UNDATED_KEEP, only_undated, 1);
    check_years(n, 1, 1900, 1, 1950, AN_UNDATED_DROP, NULL, 0);
    /* errors */
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    an_network *view = (an_network *)&view;
    o.filter.has_year_from = o.filter.has_year_to = 1;
    o.filter.year_from = 2001;
    o.filter.year_to = 2000;
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_EINVAL);
    AN_T_CHECK(view == NULL);
    o.filter.year_from = NAN;
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_EINVAL);
    o.filter.year_from = 2000;
    o.filter.undated = 7;
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_EINVAL);
    an_network_free(n);
}

/* start/end columns (no year), an end-only tie, years as strings. */
static void test_year_columns(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 1));
    int start, end;
    for (int v = 0; v < 4; v++) {
        char id[4] = { (char)('p' + v), 0 };
        an_network_add_node(n, id, NULL);
    }
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_EDGE, "start", AN_TYPE_STRING, &start));
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_EDGE, "end", AN_TYPE_INT, &end));
    an_network_add_edge(n, 0, 1, 1, "s1", NULL);   /* 1990-05-01 .. 1995 */
    an_network_set_string(n, AN_DOMAIN_EDGE, start, 0, "1990-05-01");
    an_network_set_integer(n, AN_DOMAIN_EDGE, end, 0, 1995);
    an_network_add_edge(n, 1, 2, 1, "s2", NULL);   /* until 1999 */
    an_network_set_integer(n, AN_DOMAIN_EDGE, end, 1, 1999);
    an_network_add_edge(n, 2, 3, 1, "s3", NULL);   /* "unknown": undated */
    an_network_set_string(n, AN_DOMAIN_EDGE, start, 2, "unknown");
    an_network_add_edge(n, 3, 0, 1, "s4", NULL);   /* 2005 */
    an_network_set_string(n, AN_DOMAIN_EDGE, start, 3, " 2005");

    struct { int has_from; double from; int has_to; double to; int undated; int expected[4]; int count; } cases[] = {
        { 1, 1995, 0, 0, AN_UNDATED_KEEP, { 0, 1, 2, 3 }, 4 },
        { 1, 1996, 0, 0, AN_UNDATED_KEEP, { 1, 2, 3 }, 3 },
        { 1, 2000, 0, 0, AN_UNDATED_DROP, { 3 }, 1 },
        { 0, 0, 1, 1980, AN_UNDATED_DROP, { 1 }, 1 },   /* the end-only tie is open towards the past */
        { 1, 1990.5, 1, 1990.5, AN_UNDATED_DROP, { 0, 1 }, 2 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        an_view_options o = AN_VIEW_OPTIONS_INIT;
        o.filter.has_year_from = cases[i].has_from;
        o.filter.year_from = cases[i].from;
        o.filter.has_year_to = cases[i].has_to;
        o.filter.year_to = cases[i].to;
        o.filter.undated = cases[i].undated;
        an_network *view = filtered(n, &o);
        static const int nodes[] = { 0, 1, 2, 3 };
        check_view(view, n, nodes, 4, cases[i].expected, cases[i].count);
        an_network_free(view);
    }
    /* a year column of another name */
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    o.filter.has_year_from = 1;
    o.filter.year_from = 2000;
    o.filter.start_column = "begin";
    o.filter.end_column = "until";
    an_network *view = NULL;
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_ENOTFOUND);
    an_network_free(n);
}

static void test_errors(void)
{
    an_network *n = build_network();
    an_network *view = NULL;
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    static const char *const x[] = { "x", NULL };
    o.filter.classes = x;
    o.filter.class_column = "kind";
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_ENOTFOUND);
    o = (an_view_options)AN_VIEW_OPTIONS_INIT;
    o.filter.relations = x;
    o.filter.relation_column = "kind";
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_ENOTFOUND);
    o = (an_view_options)AN_VIEW_OPTIONS_INIT;
    o.filter.confidence = x;
    o.filter.confidence_column = "kind";
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_ENOTFOUND);
    o = (an_view_options)AN_VIEW_OPTIONS_INIT;
    o.version = 0;
    AN_T_CHECK_CODE(an_view_filter(&view, n, &o), AN_EMISUSE);
    AN_T_CHECK_CODE(an_view_filter(NULL, n, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_view_filter(&view, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(view == NULL);
    /* no year columns at all */
    an_network *bare = NULL;
    AN_T_CHECK_OK(an_network_new(&bare, 0));
    o = (an_view_options)AN_VIEW_OPTIONS_INIT;
    o.filter.has_year_to = 1;
    o.filter.year_to = 2000;
    AN_T_CHECK_CODE(an_view_filter(&view, bare, &o), AN_ENOTFOUND);
    /* an empty network filters to an empty network */
    AN_T_CHECK_OK(an_view_filter(&view, bare, NULL));
    AN_T_CHECK(view && an_network_node_count(view) == 0);
    an_network_free(view);
    an_network_free(bare);
    an_network_free(n);
}

/* Values matched as text: an int class selected with "1". */
static void test_typed_class_column(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 0));
    int part;
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_NODE, "bipartite", AN_TYPE_INT, &part));
    for (int v = 0; v < 4; v++) {
        char id[4] = { (char)('a' + v), 0 };
        an_network_add_node(n, id, NULL);
        an_network_set_integer(n, AN_DOMAIN_NODE, part, v, v % 2);
    }
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    static const char *const one[] = { "1", NULL };
    o.filter.classes = one;
    o.filter.class_column = "bipartite";
    an_network *view = filtered(n, &o);
    static const int nodes[] = { 1, 3 };
    check_view(view, n, nodes, 2, NULL, 0);
    an_network_free(view);
    an_network_free(n);
}

/* Foreign fragments follow their rows; the origin maps view rows back. */
static void test_fragments_and_origin(void)
{
    an_network *n = build_network();
    static const char node_markup[] = "<y:ShapeNode>d</y:ShapeNode>", edge_markup[] = "<y:PolyLineEdge/>";
    AN_T_CHECK(an_i_network_add_fragment(n, AN_DOMAIN_NODE, D, node_markup, strlen(node_markup)) == AN_OK);
    AN_T_CHECK(an_i_network_add_fragment(n, AN_DOMAIN_NODE, A, node_markup, strlen(node_markup)) == AN_OK);
    AN_T_CHECK(an_i_network_add_fragment(n, AN_DOMAIN_EDGE, 3, edge_markup, strlen(edge_markup)) == AN_OK);
    AN_T_CHECK(an_i_network_add_fragment(n, AN_DOMAIN_GRAPH, 0, "<desc>g</desc>", 14) == AN_OK);
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    static const char *const people_events[] = { "person", "event", NULL };
    o.filter.classes = people_events;
    an_network *view = NULL;
    an_i_view_origin origin;
    AN_T_CHECK_OK(an_i_view_filter(&view, n, &o, &origin));
    if (view) {
        AN_T_CHECK(view->fragment_count == 3);
        AN_T_CHECK(view->fragments[0].place == AN_DOMAIN_NODE && view->fragments[0].row == 0 &&
                   strcmp(view->fragments[0].markup, node_markup) == 0);
        AN_T_CHECK(view->fragments[1].place == AN_DOMAIN_EDGE && view->fragments[1].row == 0);
        AN_T_CHECK(view->fragments[2].place == AN_DOMAIN_GRAPH);
        AN_T_CHECK(origin.node_count == 2 && origin.nodes[0] == D && origin.nodes[1] == E);
        AN_T_CHECK(origin.edge_count == 1 && origin.edges[0] == 3);
    }
    an_i_view_origin_free(&origin);
    an_network_free(view);
    an_network_free(n);
}

static void test_subset(void)
{
    an_network *n = build_network();
    an_network *view = NULL;
    unsigned char keep_nodes[] = { 1, 1, 1, 0, 1, 1 }, keep_edges[] = { 1, 0, 1, 1, 1, 1, 1 };
    AN_T_CHECK_OK(an_view_subset(&view, n, keep_nodes, keep_edges));
    static const int nodes[] = { A, B, C, E, F }, edges[] = { 0, 4, 5, 6 };
    check_view(view, n, nodes, 5, edges, 4);
    an_network_free(view);
    AN_T_CHECK_OK(an_view_subset(&view, n, NULL, keep_edges));
    static const int all_nodes[] = { A, B, C, D, E, F }, edges2[] = { 0, 2, 3, 4, 5, 6 };
    check_view(view, n, all_nodes, 6, edges2, 6);
    an_network_free(view);
    AN_T_CHECK_CODE(an_view_subset(NULL, n, NULL, NULL), AN_EMISUSE);
    an_network_free(n);
}

static void check_ego(const an_network *n, const char *const *ids, int64_t radius, int mode, const int *nodes,
                      int node_count, const int *edges, int edge_count)
{
    an_ego_options o = AN_EGO_OPTIONS_INIT;
    o.radius = radius;
    o.mode = mode;
    an_network *view = NULL;
    AN_T_CHECK_OK(an_view_ego(&view, n, ids, &o));
    check_view(view, n, nodes, node_count, edges, edge_count);
    an_network_free(view);
}

static void test_ego(void)
{
    an_network *n = build_network();
    static const char *const c[] = { "c", NULL }, *const a[] = { "a", NULL }, *const ae[] = { "a", "e", NULL };
    static const int both_nodes[] = { B, C, D }, both_edges[] = { 1, 2, 4, 5 };
    check_ego(n, c, 1, AN_EGO_BOTH, both_nodes, 3, both_edges, 4);
    static const int out_nodes[] = { C, D }, out_edges[] = { 2, 5 };
    check_ego(n, c, 1, AN_EGO_OUT, out_nodes, 2, out_edges, 2);
    check_ego(n, c, 1, AN_EGO_IN, both_nodes, 3, both_edges, 4);
    static const int centre[] = { C }, centre_edges[] = { 5 };
    check_ego(n, c, 0, AN_EGO_BOTH, centre, 1, centre_edges, 1);
    static const int a2[] = { A, B, C }, a2_edges[] = { 0, 1, 4, 5 };
    check_ego(n, a, 2, AN_EGO_OUT, a2, 3, a2_edges, 4);
    static const int a_in[] = { A };
    check_ego(n, a, 5, AN_EGO_IN, a_in, 1, NULL, 0);
    static const int union_nodes[] = { A, B, D, E, F }, union_edges[] = { 0, 3, 6 };
    check_ego(n, ae, 1, AN_EGO_BOTH, union_nodes, 5, union_edges, 3);
    /* defaults: radius 1, both directions */
    an_network *view = NULL;
    AN_T_CHECK_OK(an_view_ego(&view, n, c, NULL));
    check_view(view, n, both_nodes, 3, both_edges, 4);
    an_network_free(view);
    static const char *const nobody[] = { "c", "nobody", NULL }, *const empty[] = { NULL };
    AN_T_CHECK_CODE(an_view_ego(&view, n, nobody, NULL), AN_ENOTFOUND);
    AN_T_CHECK_CODE(an_view_ego(&view, n, empty, NULL), AN_EINVAL);
    an_ego_options o = AN_EGO_OPTIONS_INIT;
    o.radius = -1;
    AN_T_CHECK_CODE(an_view_ego(&view, n, c, &o), AN_EINVAL);
    o = (an_ego_options)AN_EGO_OPTIONS_INIT;
    o.mode = 9;
    AN_T_CHECK_CODE(an_view_ego(&view, n, c, &o), AN_EINVAL);
    o.version = 2;
    AN_T_CHECK_CODE(an_view_ego(&view, n, c, &o), AN_EMISUSE);
    AN_T_CHECK_CODE(an_view_ego(&view, n, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(view == NULL);
    an_network_free(n);
}

/*
 * p1, p2, p3 (person); x, y (event); z (place).
 * p1-x (twice: a parallel tie), p2-x, x->p3? no: p1-y, p2-y, p3-y, p1-p3 (direct, ignored),
 * p3-z, p2-z (z is a place: counts only when `via` allows it).
 */
static an_network *build_two_mode(void)
{
    an_network *n = NULL;
    an_network_new(&n, 1);
    static const char *const ids[] = { "p1", "x", "p2", "y", "p3", "z" };
    static const char *const types[] = { "person", "event", "person", "event", "person", "place" };
    int type, label, relation;
    an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(n, AN_DOMAIN_NODE, "label", AN_TYPE_STRING, &label);
    an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    an_network_add_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE, NULL);
    for (int v = 0; v < 6; v++) {
        an_network_add_node(n, ids[v], NULL);
        an_network_set_string(n, AN_DOMAIN_NODE, type, v, types[v]);
        if (v != 2)
            an_network_set_string(n, AN_DOMAIN_NODE, label, v, ids[v]);
    }
    int pairs[][2] = { { 0, 1 }, { 1, 0 }, { 2, 1 }, { 0, 3 }, { 3, 2 }, { 4, 3 }, { 0, 4 }, { 4, 5 }, { 2, 5 }, { 4, 4 } };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        an_network_add_edge(n, pairs[i][0], pairs[i][1], i % 2, NULL, NULL);
        an_network_set_string(n, AN_DOMAIN_EDGE, relation, (int64_t)i, "attended");
    }
    return n;
}

static void check_tie(const an_network *view, int64_t edge, const char *a, const char *b, int64_t weight,
                      const char *shared)
{
    int64_t s, t, w = -1;
    AN_T_CHECK_OK(an_network_edge_endpoints(view, edge, &s, &t));
    AN_T_CHECK_STR(an_network_node_id(view, s), a);
    AN_T_CHECK_STR(an_network_node_id(view, t), b);
    AN_T_CHECK(an_network_edge_directed(view, edge) == 0);
    int wc, sc;
    AN_T_CHECK_OK(an_network_find_column(view, AN_DOMAIN_EDGE, "weight", &wc));
    AN_T_CHECK(an_network_column_type(view, AN_DOMAIN_EDGE, wc) == AN_TYPE_INT);
    AN_T_CHECK_OK(an_network_get_integer(view, AN_DOMAIN_EDGE, wc, edge, &w));
    AN_T_CHECK(w == weight);
    if (shared) {
        const char *text = NULL;
        AN_T_CHECK_OK(an_network_find_column(view, AN_DOMAIN_EDGE, "shared", &sc));
        AN_T_CHECK_OK(an_network_get_string(view, AN_DOMAIN_EDGE, sc, edge, &text));
        AN_T_CHECK_STR(text, shared);
    }
}

static void test_projection(void)
{
    an_network *n = build_two_mode();
    an_projection_options o = AN_PROJECTION_OPTIONS_INIT;
    static const char *const events[] = { "event", NULL };
    o.via = events;
    o.shared_column = "shared";
    an_network *view = NULL;
    AN_T_CHECK_OK(an_view_project(&view, n, "person", &o));
    AN_T_CHECK(view && an_network_node_count(view) == 3 && an_network_edge_count(view) == 3);
    if (view && an_network_edge_count(view) == 3) {
        static const int nodes[] = { 0, 2, 4 };
        for (int i = 0; i < 3; i++) {
            AN_T_CHECK_STR(an_network_node_id(view, i), an_network_node_id(n, nodes[i]));
            for (int c = 0; c < 2; c++)
                check_value(view, n, AN_DOMAIN_NODE, c, i, nodes[i]);
        }
        check_tie(view, 0, "p1", "p2", 2, "x;y");
        check_tie(view, 1, "p1", "p3", 1, "y");
        check_tie(view, 2, "p2", "p3", 1, "y");
        /* only the projection's own edge columns; undirected */
        AN_T_CHECK(an_network_column_count(view, AN_DOMAIN_EDGE) == 2);
        AN_T_CHECK(an_network_direction(view) == AN_UNDIRECTED);
        AN_T_CHECK(an_network_edge_id(view, 0) == NULL);
    }
    an_network_free(view);
    /* via NULL: every other class (events and the place z) */
    o = (an_projection_options)AN_PROJECTION_OPTIONS_INIT;
    o.shared_column = "shared";
    o.separator = " | ";
    AN_T_CHECK_OK(an_view_project(&view, n, "person", &o));
    AN_T_CHECK(view && an_network_edge_count(view) == 3);
    if (view && an_network_edge_count(view) == 3) {
        check_tie(view, 0, "p1", "p2", 2, "x | y");
        check_tie(view, 1, "p1", "p3", 1, "y");
        check_tie(view, 2, "p2", "p3", 2, "y | z");
    }
    an_network_free(view);
    /* the other mode, default weight column, no shared list: events tied by shared people */
    AN_T_CHECK_OK(an_view_project(&view, n, "event", NULL));
    AN_T_CHECK(view && an_network_node_count(view) == 2 && an_network_edge_count(view) == 1);
    if (view && an_network_edge_count(view) == 1) {
        check_tie(view, 0, "x", "y", 2, NULL);
        AN_T_CHECK(an_network_column_count(view, AN_DOMAIN_EDGE) == 1);
    }
    an_network_free(view);
    /* a class nobody has: an empty network */
    AN_T_CHECK_OK(an_view_project(&view, n, "ship", NULL));
    AN_T_CHECK(view && an_network_node_count(view) == 0 && an_network_edge_count(view) == 0);
    an_network_free(view);
    /* errors */
    o = (an_projection_options)AN_PROJECTION_OPTIONS_INIT;
    o.class_column = "kind";
    AN_T_CHECK_CODE(an_view_project(&view, n, "person", &o), AN_ENOTFOUND);
    o = (an_projection_options)AN_PROJECTION_OPTIONS_INIT;
    o.shared_column = "weight";
    AN_T_CHECK_CODE(an_view_project(&view, n, "person", &o), AN_EINVAL);
    o.version = 3;
    AN_T_CHECK_CODE(an_view_project(&view, n, "person", &o), AN_EMISUSE);
    AN_T_CHECK_CODE(an_view_project(&view, n, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(view == NULL);
    /* the way back: nodes to their originals, projection ties to -1 */
    an_i_view_origin origin;
    AN_T_CHECK_OK(an_i_view_project(&view, n, "person", NULL, &origin));
    AN_T_CHECK(origin.node_count == 3 && origin.nodes[1] == 2 && origin.edge_count == 3 && origin.edges[2] == -1);
    an_i_view_origin_free(&origin);
    an_network_free(view);
    an_network_free(n);
}

/* A view works with analyses: paths on a filtered view give the same chain. */
static void test_view_is_a_network(void)
{
    an_network *n = build_network();
    an_view_options o = AN_VIEW_OPTIONS_INIT;
    static const char *const stated[] = { "stated", NULL };
    o.filter.confidence = stated;
    an_network *view = filtered(n, &o);
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_shortest(&r, view, "a", "c", NULL));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 2);
    if (r && r->count == 1)
        AN_T_CHECK_STR(r->paths[0].hops[1].edge_id, "x4");
    an_path_result_free(r);
    /* attaching a result to a view leaves the original alone */
    double values[6] = { 1, 2, 3, 4, 5, 6 };
    AN_T_CHECK_OK(an_network_attach_reals(view, AN_DOMAIN_NODE, "metric", values));
    int column;
    AN_T_CHECK_CODE(an_network_find_column(n, AN_DOMAIN_NODE, "metric", &column), AN_ENOTFOUND);
    an_network_free(view);
    an_network_free(n);
}

int main(void)
{
    AN_T_RUN(test_unfiltered_copy);
    AN_T_RUN(test_classes);
    AN_T_RUN(test_relations_confidence_isolates);
    AN_T_RUN(test_year_window);
    AN_T_RUN(test_year_columns);
    AN_T_RUN(test_errors);
    AN_T_RUN(test_typed_class_column);
    AN_T_RUN(test_fragments_and_origin);
    AN_T_RUN(test_subset);
    AN_T_RUN(test_ego);
    AN_T_RUN(test_projection);
    AN_T_RUN(test_view_is_a_network);
    return an_t_finish();
}
