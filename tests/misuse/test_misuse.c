/*
 * test_misuse.c — API misuse across every public function family: NULL
 * handles, NULL outputs, options structs of a wrong version, ids and indices
 * that do not exist, and a measure asked of an empty network. Each call must
 * return the code its header documents and record the same code with a
 * non-empty message in the last error (an_error_last()); none may crash.
 *
 *   test_misuse DATA_DIR
 *
 * Families: model (network.h, analysis.h), io (graphml.h, dot.h, csv.h),
 * summary, validate, centrality, brokerage, cohesion, communities,
 * keyplayers, views, paths, robustness, report. Every call below is a row:
 * EXPECT(call, code). Functions without a status (counts, names, frees)
 * return their documented sentinel (-1, NULL) or accept NULL.
 */
#include "actornet.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *data_dir;
static char temp_dir[256];
static int rows;

/* A call returns `code`; for an error, the last error holds the same code and a message. */
#define EXPECT(call, expected) do { \
    an_error_clear(); \
    int rc_ = (call); \
    const an_error *e_ = an_error_last(); \
    rows++; \
    if (rc_ != (expected)) { \
        fprintf(stderr, "%s:%d: %s returned %s, expected %s (%s)\n", __FILE__, __LINE__, #call, \
                an_status_name(rc_), #expected, e_->message); \
        an_t_case_failed = 1; \
    } else if ((expected) < 0 && (e_->code != (expected) || !e_->message || !e_->message[0])) { \
        fprintf(stderr, "%s:%d: %s returned %s but the last error is %s '%s'\n", __FILE__, __LINE__, #call, \
                an_status_name(rc_), an_status_name(e_->code), e_->message ? e_->message : "(null)"); \
        an_t_case_failed = 1; \
    } } while (0)

static const char *const no_ids[] = { "no-such-actor", NULL };

/* A small typed network: a -> b -> c, c -- a, with type/relation/confidence columns. */
static an_network *small_network(void)
{
    an_network *n = NULL;
    an_network_new(&n, 1);
    const char *ids[] = { "a", "b", "c" };
    for (int i = 0; i < 3; i++)
        an_network_add_node(n, ids[i], NULL);
    an_network_add_edge(n, 0, 1, 1, "e0", NULL);
    an_network_add_edge(n, 1, 2, 1, "e1", NULL);
    an_network_add_edge(n, 2, 0, 0, NULL, NULL);
    int type, relation, confidence;
    an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    an_network_add_column(n, AN_DOMAIN_EDGE, "confidence", AN_TYPE_STRING, &confidence);
    for (int64_t v = 0; v < 3; v++)
        an_network_set_string(n, AN_DOMAIN_NODE, type, v, v == 1 ? "organisation" : "person");
    for (int64_t e = 0; e < 3; e++) {
        an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, "member_of");
        an_network_set_string(n, AN_DOMAIN_EDGE, confidence, e, e == 1 ? "reported" : "stated");
    }
    return n;
}

/* ---- model ------------------------------------------------------------------ */

static void test_model(void)
{
    an_network *n = small_network(), *out = (an_network *)1;
    int64_t index = 0;
    int column = 0;

    EXPECT(an_network_new(NULL, 1), AN_EMISUSE);
    EXPECT(an_network_copy(NULL, n), AN_EMISUSE);
    EXPECT(an_network_copy(&out, NULL), AN_EMISUSE);
    AN_T_CHECK(out == NULL);
    an_network_free(NULL);

    AN_T_CHECK(an_network_node_count(NULL) == -1);
    AN_T_CHECK(an_network_edge_count(NULL) == -1);
    AN_T_CHECK(an_network_default_directed(NULL) < 0);
    AN_T_CHECK(an_network_direction(NULL) < 0);
    EXPECT(an_network_set_default_directed(NULL, 1), AN_EMISUSE);

    EXPECT(an_network_add_node(NULL, "x", NULL), AN_EMISUSE);
    EXPECT(an_network_add_node(n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_add_node(n, "", NULL), AN_EINVAL);
    EXPECT(an_network_add_node(n, "a", NULL), AN_EEXISTS);
    EXPECT(an_network_add_edge(NULL, 0, 1, -1, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_add_edge(n, 0, 99, -1, NULL, NULL), AN_ERANGE);
    EXPECT(an_network_add_edge(n, -1, 0, -1, NULL, NULL), AN_ERANGE);
    EXPECT(an_network_find_node(NULL, "a", &index), AN_EMISUSE);
    EXPECT(an_network_find_node(n, NULL, &index), AN_EMISUSE);
    EXPECT(an_network_find_node(n, "a", NULL), AN_EMISUSE);
    EXPECT(an_network_find_node(n, "no-such-actor", &index), AN_ENOTFOUND);
    AN_T_CHECK(an_network_node_id(NULL, 0) == NULL);
    AN_T_CHECK(an_network_node_id(n, 3) == NULL);
    AN_T_CHECK(an_network_node_id(n, -1) == NULL);
    int64_t s, t;
    EXPECT(an_network_edge_endpoints(NULL, 0, &s, &t), AN_EMISUSE);
    EXPECT(an_network_edge_endpoints(n, 3, &s, &t), AN_ERANGE);
    EXPECT(an_network_edge_endpoints(n, -1, &s, &t), AN_ERANGE);
    AN_T_CHECK(an_network_edge_directed(NULL, 0) < 0);
    AN_T_CHECK(an_network_edge_directed(n, 3) < 0);
    AN_T_CHECK(an_network_edge_id(NULL, 0) == NULL);
    AN_T_CHECK(an_network_edge_id(n, 99) == NULL);
    AN_T_CHECK(an_network_graph_id(NULL) == NULL);
    EXPECT(an_network_set_graph_id(NULL, "g"), AN_EMISUSE);

    EXPECT(an_network_add_column(NULL, AN_DOMAIN_NODE, "x", AN_TYPE_INT, NULL), AN_EMISUSE);
    EXPECT(an_network_add_column(n, AN_DOMAIN_NODE, NULL, AN_TYPE_INT, NULL), AN_EMISUSE);
    EXPECT(an_network_add_column(n, AN_DOMAIN_NODE, "", AN_TYPE_INT, NULL), AN_EINVAL);
    EXPECT(an_network_add_column(n, (an_domain)7, "x", AN_TYPE_INT, NULL), AN_EINVAL);
    EXPECT(an_network_add_column(n, AN_DOMAIN_NODE, "x", (an_type)42, NULL), AN_EINVAL);
    EXPECT(an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_INT, NULL), AN_EEXISTS);
    EXPECT(an_network_find_column(NULL, AN_DOMAIN_NODE, "type", &column), AN_EMISUSE);
    EXPECT(an_network_find_column(n, AN_DOMAIN_NODE, NULL, &column), AN_EMISUSE);
    EXPECT(an_network_find_column(n, AN_DOMAIN_NODE, "type", NULL), AN_EMISUSE);
    EXPECT(an_network_find_column(n, AN_DOMAIN_NODE, "nope", &column), AN_ENOTFOUND);
    EXPECT(an_network_find_column(n, (an_domain)9, "type", &column), AN_EINVAL);
    AN_T_CHECK(an_network_column_count(NULL, AN_DOMAIN_NODE) < 0);
    AN_T_CHECK(an_network_column_count(n, (an_domain)9) < 0);
    AN_T_CHECK(an_network_column_name(NULL, AN_DOMAIN_NODE, 0) == NULL);
    AN_T_CHECK(an_network_column_name(n, AN_DOMAIN_NODE, 99) == NULL);
    AN_T_CHECK(an_network_column_type(n, AN_DOMAIN_NODE, 99) < 0);
    AN_T_CHECK(an_network_column_key_id(n, AN_DOMAIN_NODE, -1) == NULL);
    AN_T_CHECK(an_network_column_missing_count(NULL, AN_DOMAIN_NODE, 0) < 0);
    AN_T_CHECK(an_network_column_has_default(n, AN_DOMAIN_EDGE, 99) < 0);

    /* setters and getters: wrong handle, column, row and type */
    EXPECT(an_network_set_default_integer(NULL, AN_DOMAIN_NODE, 0, 1), AN_EMISUSE);
    EXPECT(an_network_set_default_integer(n, AN_DOMAIN_NODE, 99, 1), AN_ERANGE);
    EXPECT(an_network_set_default_integer(n, AN_DOMAIN_NODE, 0, 1), AN_ETYPE);
    EXPECT(an_network_set_default_string(n, AN_DOMAIN_NODE, 0, NULL), AN_EMISUSE);
    EXPECT(an_network_clear_default(NULL, AN_DOMAIN_NODE, 0), AN_EMISUSE);
    EXPECT(an_network_set_string(NULL, AN_DOMAIN_NODE, 0, 0, "x"), AN_EMISUSE);
    EXPECT(an_network_set_string(n, AN_DOMAIN_NODE, 0, 0, NULL), AN_EMISUSE);
    EXPECT(an_network_set_string(n, AN_DOMAIN_NODE, 0, 3, "x"), AN_ERANGE);
    EXPECT(an_network_set_string(n, AN_DOMAIN_NODE, 5, 0, "x"), AN_ERANGE);
    EXPECT(an_network_set_real(n, AN_DOMAIN_NODE, 0, 0, 1.0), AN_ETYPE);
    EXPECT(an_network_set_boolean(n, AN_DOMAIN_GRAPH, 0, 0, 1), AN_ERANGE);
    int integer_column = -1;
    EXPECT(an_network_add_column(n, AN_DOMAIN_NODE, "rank", AN_TYPE_INT, &integer_column), AN_OK);
    EXPECT(an_network_set_integer(n, AN_DOMAIN_NODE, integer_column, 0, (int64_t)1 << 40), AN_ETYPE);
    EXPECT(an_network_set_default_integer(n, AN_DOMAIN_NODE, integer_column, -((int64_t)1 << 40)), AN_ETYPE);
    EXPECT(an_network_unset(NULL, AN_DOMAIN_NODE, 0, 0), AN_EMISUSE);
    EXPECT(an_network_unset(n, AN_DOMAIN_NODE, 0, 99), AN_ERANGE);
    AN_T_CHECK(an_network_value_state(NULL, AN_DOMAIN_NODE, 0, 0) < 0);
    AN_T_CHECK(an_network_value_state(n, AN_DOMAIN_NODE, 0, 99) < 0);
    const char *text = NULL;
    double real = 0;
    int64_t integer = 0;
    int boolean = 0;
    EXPECT(an_network_get_string(NULL, AN_DOMAIN_NODE, 0, 0, &text), AN_EMISUSE);
    EXPECT(an_network_get_string(n, AN_DOMAIN_NODE, 0, 0, NULL), AN_EMISUSE);
    EXPECT(an_network_get_string(n, AN_DOMAIN_NODE, 0, 7, &text), AN_ERANGE);
    EXPECT(an_network_get_real(n, AN_DOMAIN_NODE, 0, 0, &real), AN_ETYPE);
    EXPECT(an_network_get_integer(n, AN_DOMAIN_NODE, 0, 0, &integer), AN_ETYPE);
    EXPECT(an_network_get_boolean(n, AN_DOMAIN_NODE, 0, 0, &boolean), AN_ETYPE);
    EXPECT(an_network_get_default_real(NULL, AN_DOMAIN_NODE, 0, &real), AN_EMISUSE);
    EXPECT(an_network_get_default_string(n, AN_DOMAIN_NODE, 99, &text), AN_ERANGE);
    EXPECT(an_network_get_default_boolean(n, AN_DOMAIN_NODE, 0, NULL), AN_EMISUSE);
    double doubles[3];
    EXPECT(an_network_column_to_doubles(NULL, AN_DOMAIN_NODE, 0, doubles, 0), AN_EMISUSE);
    EXPECT(an_network_column_to_doubles(n, AN_DOMAIN_NODE, 0, NULL, 0), AN_EMISUSE);
    EXPECT(an_network_column_to_doubles(n, AN_DOMAIN_NODE, 0, doubles, 0), AN_ETYPE);
    EXPECT(an_network_column_to_doubles(n, AN_DOMAIN_NODE, 42, doubles, 0), AN_ERANGE);
    char *joined = NULL;
    EXPECT(an_network_node_ids_joined(NULL, NULL, n), AN_EMISUSE);
    EXPECT(an_network_node_ids_joined(&joined, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_edge_arrays(NULL, NULL, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(an_network_warning_count(NULL) < 0);
    AN_T_CHECK(an_network_warning(n, 0) == NULL);
    AN_T_CHECK(an_network_source_name(NULL) == NULL);
    AN_T_CHECK(an_network_node_line(NULL, 0) == 0 && an_network_edge_line(n, 99) == 0);

    /* analysis.h */
    double values[3] = { 1, 2, 3 };
    int64_t integers[3] = { 1, 2, 3 };
    EXPECT(an_network_attach_reals(NULL, AN_DOMAIN_NODE, "x", values), AN_EMISUSE);
    EXPECT(an_network_attach_reals(n, AN_DOMAIN_NODE, NULL, values), AN_EMISUSE);
    EXPECT(an_network_attach_reals(n, AN_DOMAIN_NODE, "x", NULL), AN_EMISUSE);
    EXPECT(an_network_attach_reals(n, AN_DOMAIN_GRAPH, "x", values), AN_EINVAL);
    EXPECT(an_network_attach_reals(n, AN_DOMAIN_NODE, "type", values), AN_ETYPE);
    EXPECT(an_network_attach_integers(NULL, AN_DOMAIN_EDGE, "x", integers), AN_EMISUSE);
    EXPECT(an_network_attach_integers(n, AN_DOMAIN_EDGE, "relation", integers), AN_ETYPE);

    /* common.h */
    AN_T_CHECK_STR(an_status_name(AN_EEMPTY), "AN_EEMPTY");
    AN_T_CHECK_STR(an_status_name(AN_ECANCELED), "AN_ECANCELED");
    AN_T_CHECK_STR(an_status_name(7), "AN_UNKNOWN");
    AN_T_CHECK_STR(an_status_name(AN_ECANCELED - 1), "AN_UNKNOWN");
    AN_T_CHECK(an_type_name((an_type)6) == NULL && an_type_name((an_type)-1) == NULL);
    an_free(NULL);
    an_network_free(n);
}

/* ---- io --------------------------------------------------------------------------- */

static void test_io(void)
{
    an_network *n = small_network(), *out = (an_network *)1;
    char *text = NULL;
    size_t size = 0;
    char path[512];
    snprintf(path, sizeof path, "%s/x.graphml", temp_dir);
    static const char doc[] = "<graphml><graph><node id=\"a\"/></graph></graphml>";

    EXPECT(an_network_load_graphml(NULL, path, NULL), AN_EMISUSE);
    EXPECT(an_network_load_graphml(&out, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(out == NULL);
    EXPECT(an_network_load_graphml(&out, "/no/such/file.graphml", NULL), AN_EIO);
    EXPECT(an_network_load_graphml_buffer(NULL, doc, sizeof doc - 1, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_load_graphml_buffer(&out, NULL, 3, NULL, NULL), AN_EMISUSE);
    an_graphml_read_options read = AN_GRAPHML_READ_OPTIONS_INIT;
    read.version = 0;
    EXPECT(an_network_load_graphml_buffer(&out, doc, sizeof doc - 1, NULL, &read), AN_EMISUSE);
    read.version = AN_GRAPHML_READ_OPTIONS_VERSION + 1;
    EXPECT(an_network_load_graphml_buffer(&out, doc, sizeof doc - 1, NULL, &read), AN_EMISUSE);
    read = (an_graphml_read_options)AN_GRAPHML_READ_OPTIONS_INIT;
    read.max_keys = -1;
    EXPECT(an_network_load_graphml_buffer(&out, doc, sizeof doc - 1, NULL, &read), AN_EINVAL);
    read = (an_graphml_read_options)AN_GRAPHML_READ_OPTIONS_INIT;
    read.graph_index = 3;
    EXPECT(an_network_load_graphml_buffer(&out, doc, sizeof doc - 1, NULL, &read), AN_ERANGE);
    AN_T_CHECK(out == NULL);

    an_graphml_write_options write = AN_GRAPHML_WRITE_OPTIONS_INIT;
    write.version = 99;
    EXPECT(an_network_save_graphml(NULL, path, NULL), AN_EMISUSE);
    EXPECT(an_network_save_graphml(n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_save_graphml(n, path, &write), AN_EMISUSE);
    EXPECT(an_network_graphml_to_buffer(NULL, &size, n, NULL), AN_EMISUSE);
    EXPECT(an_network_graphml_to_buffer(&text, &size, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_graphml_to_buffer(&text, &size, n, &write), AN_EMISUSE);
    AN_T_CHECK(access(path, F_OK) != 0); /* nothing written by a failed call */

    an_dot_write_options dot = AN_DOT_WRITE_OPTIONS_INIT;
    dot.version = 0;
    EXPECT(an_network_save_dot(NULL, path, NULL), AN_EMISUSE);
    EXPECT(an_network_save_dot(n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_save_dot(n, path, &dot), AN_EMISUSE);
    EXPECT(an_network_dot_to_buffer(NULL, NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_network_dot_to_buffer(&text, NULL, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_dot_to_buffer(&text, NULL, n, &dot), AN_EMISUSE);
    AN_T_CHECK(an_dot_is_graphviz_attribute(AN_DOMAIN_NODE, NULL) == 0);

    EXPECT(an_network_save_nodes_csv(NULL, path), AN_EMISUSE);
    EXPECT(an_network_save_nodes_csv(n, NULL), AN_EMISUSE);
    EXPECT(an_network_save_edges_csv(NULL, path), AN_EMISUSE);
    EXPECT(an_network_save_edges_csv(n, NULL), AN_EMISUSE);
    EXPECT(an_network_save_edges_csv(n, ""), AN_EIO);
    AN_T_CHECK(access(path, F_OK) != 0);

    /* writers on an empty network: valid, empty documents */
    an_network *empty = NULL;
    an_network_new(&empty, 0);
    EXPECT(an_network_graphml_to_buffer(&text, &size, empty, NULL), AN_OK);
    an_free(text);
    text = NULL;
    EXPECT(an_network_dot_to_buffer(&text, &size, empty, NULL), AN_OK);
    an_free(text);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- summary and validate ---------------------------------------------------------- */

static void test_summary_and_validate(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    char *text = NULL;
    size_t size = 0;
    an_summary_options summary = AN_SUMMARY_OPTIONS_INIT;
    summary.version = 0;
    EXPECT(an_network_summary_json(NULL, &size, n, NULL), AN_EMISUSE);
    EXPECT(an_network_summary_json(&text, &size, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_summary_json(&text, &size, n, &summary), AN_EMISUSE);
    EXPECT(an_network_summary_text(NULL, &size, n, NULL), AN_EMISUSE);
    EXPECT(an_network_summary_text(&text, &size, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_summary_text(&text, &size, n, &summary), AN_EMISUSE);
    EXPECT(an_network_summary_json(&text, &size, empty, NULL), AN_OK);
    an_free(text);
    text = NULL;
    EXPECT(an_network_summary_text(&text, &size, empty, NULL), AN_OK);
    an_free(text);
    text = NULL;

    an_vocabulary *vocabulary = (an_vocabulary *)1;
    char path[1024];
    snprintf(path, sizeof path, "%s/vocabulary.tsv", data_dir);
    EXPECT(an_vocabulary_load(NULL, path), AN_EMISUSE);
    EXPECT(an_vocabulary_load(&vocabulary, NULL), AN_EMISUSE);
    AN_T_CHECK(vocabulary == NULL);
    EXPECT(an_vocabulary_load(&vocabulary, "/no/such/vocabulary.tsv"), AN_EIO);
    AN_T_CHECK(vocabulary == NULL);
    EXPECT(an_vocabulary_load(&vocabulary, path), AN_OK);
    AN_T_CHECK(an_vocabulary_has(NULL, "type", "person") == 0);
    AN_T_CHECK(an_vocabulary_has(vocabulary, NULL, "person") == 0);
    AN_T_CHECK(an_vocabulary_has(vocabulary, "type", NULL) == 0);
    an_validate_options validate = AN_VALIDATE_OPTIONS_INIT;
    validate.version = 2;
    int64_t problems = -1;
    EXPECT(an_network_validate(NULL, &problems, n, vocabulary, NULL), AN_EMISUSE);
    EXPECT(an_network_validate(&text, &problems, NULL, vocabulary, NULL), AN_EMISUSE);
    EXPECT(an_network_validate(&text, &problems, n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_validate(&text, &problems, n, vocabulary, &validate), AN_EMISUSE);
    EXPECT(an_network_validate(&text, &problems, empty, vocabulary, NULL), AN_OK);
    AN_T_CHECK(problems == 0);
    an_free(text);
    an_vocabulary_free(vocabulary);
    an_vocabulary_free(NULL);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- centrality ---------------------------------------------------------------------- */

static void test_centrality(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    double scores[3 * AN_CENTRALITY_MEASURE_COUNT], value = 0;
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT, wrong = AN_CENTRALITY_OPTIONS_INIT;
    wrong.version = 0;
    an_centrality_measure measure = AN_DEGREE, measures[2] = { AN_DEGREE, AN_PAGERANK };

    AN_T_CHECK(an_centrality_measure_name((an_centrality_measure)99) == NULL);
    EXPECT(an_centrality_measure_from_name(NULL, "degree"), AN_EMISUSE);
    EXPECT(an_centrality_measure_from_name(&measure, NULL), AN_EMISUSE);
    EXPECT(an_centrality_measure_from_name(&measure, "no-such-measure"), AN_EINVAL);

    EXPECT(an_centrality_compute(NULL, n, AN_DEGREE, NULL), AN_EMISUSE);
    EXPECT(an_centrality_compute(scores, NULL, AN_DEGREE, NULL), AN_EMISUSE);
    EXPECT(an_centrality_compute(scores, n, AN_DEGREE, &wrong), AN_EMISUSE);
    EXPECT(an_centrality_compute(scores, n, (an_centrality_measure)99, NULL), AN_EINVAL);
    EXPECT(an_centrality_compute(scores, empty, AN_BETWEENNESS, NULL), AN_EEMPTY);
    options.policy.weight = "no-such-column";
    EXPECT(an_centrality_compute(scores, n, AN_BETWEENNESS, &options), AN_ENOTFOUND);
    options.policy.weight = "relation";
    EXPECT(an_centrality_compute(scores, n, AN_BETWEENNESS, &options), AN_ETYPE);
    options = (an_centrality_options)AN_CENTRALITY_OPTIONS_INIT;
    options.damping = 1.5;
    EXPECT(an_centrality_compute(scores, n, AN_PAGERANK, &options), AN_EINVAL);
    options = (an_centrality_options)AN_CENTRALITY_OPTIONS_INIT;
    options.policy.direction = 9;
    EXPECT(an_centrality_compute(scores, n, AN_DEGREE, &options), AN_EINVAL);

    EXPECT(an_centrality_compute_many(NULL, n, measures, 2, NULL), AN_EMISUSE);
    EXPECT(an_centrality_compute_many(scores, n, NULL, 2, NULL), AN_EMISUSE);
    EXPECT(an_centrality_compute_many(scores, NULL, measures, 2, NULL), AN_EMISUSE);
    EXPECT(an_centrality_compute_many(scores, n, measures, 2, &wrong), AN_EMISUSE);
    EXPECT(an_centrality_compute_many(scores, empty, measures, 2, NULL), AN_EEMPTY);

    EXPECT(an_centrality_attach(NULL, AN_DEGREE, NULL, NULL), AN_EMISUSE);
    EXPECT(an_centrality_attach(n, AN_DEGREE, NULL, &wrong), AN_EMISUSE);
    EXPECT(an_centrality_attach(n, AN_DEGREE, "type", NULL), AN_ETYPE);
    EXPECT(an_centrality_attach(empty, AN_DEGREE, NULL, NULL), AN_EEMPTY);

    EXPECT(an_centralization(NULL, n, AN_DEGREE, NULL), AN_EMISUSE);
    EXPECT(an_centralization(&value, NULL, AN_DEGREE, NULL), AN_EMISUSE);
    EXPECT(an_centralization(&value, n, AN_DEGREE, &wrong), AN_EMISUSE);
    EXPECT(an_centralization(&value, n, AN_PAGERANK, NULL), AN_EINVAL);
    EXPECT(an_centralization(&value, empty, AN_DEGREE, NULL), AN_EEMPTY);

    EXPECT(an_betweenness_exact(NULL, n, 1, NULL), AN_EMISUSE);
    EXPECT(an_betweenness_exact(scores, NULL, 1, NULL), AN_EMISUSE);
    EXPECT(an_betweenness_exact(scores, n, 1, &wrong), AN_EMISUSE);
    EXPECT(an_betweenness_exact(scores, n, -1, NULL), AN_EINVAL);
    EXPECT(an_betweenness_exact(scores, empty, 1, NULL), AN_EEMPTY);
    EXPECT(an_betweenness_approximate(NULL, n, 0.1, 0.1, 1, NULL), AN_EMISUSE);
    EXPECT(an_betweenness_approximate(scores, NULL, 0.1, 0.1, 1, NULL), AN_EMISUSE);
    EXPECT(an_betweenness_approximate(scores, n, 0.1, 0.1, 1, &wrong), AN_EMISUSE);
    EXPECT(an_betweenness_approximate(scores, n, 0.0, 0.1, 1, NULL), AN_EINVAL);
    EXPECT(an_betweenness_approximate(scores, n, 0.1, 1.0, 1, NULL), AN_EINVAL);
    EXPECT(an_betweenness_approximate(scores, empty, 0.1, 0.1, 1, NULL), AN_EEMPTY);
    an_betweenness_approximation info;
    EXPECT(an_betweenness_approximate_ex(scores, &info, n, 0.1, 0.1, 1, -2, NULL), AN_EINVAL);
    EXPECT(an_betweenness_approximate_ex(NULL, &info, n, 0.1, 0.1, 1, 1, NULL), AN_EMISUSE);

    int64_t order[3];
    EXPECT(an_rank_order(NULL, scores, 3), AN_EMISUSE);
    EXPECT(an_rank_order(order, NULL, 3), AN_EMISUSE);
    EXPECT(an_rank_order(order, scores, -1), AN_EINVAL);
    EXPECT(an_rank_order(NULL, NULL, 0), AN_OK);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- brokerage -------------------------------------------------------------------- */

static void test_brokerage(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    int64_t counts[3 * AN_BROKERAGE_ROLES], groups[3] = { 0, 1, 0 };
    double expected[3 * AN_BROKERAGE_ROLES];
    an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT, wrong = AN_BROKERAGE_OPTIONS_INIT;
    wrong.version = 0;
    EXPECT(an_brokerage_counts(NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_brokerage_counts(counts, NULL, NULL), AN_EMISUSE);
    EXPECT(an_brokerage_counts(counts, n, &wrong), AN_EMISUSE);
    EXPECT(an_brokerage_counts(counts, empty, NULL), AN_EEMPTY);
    options.attribute = "no-such-column";
    EXPECT(an_brokerage_counts(counts, n, &options), AN_ENOTFOUND);
    options = (an_brokerage_options)AN_BROKERAGE_OPTIONS_INIT;
    options.missing = 7;
    EXPECT(an_brokerage_counts(counts, n, &options), AN_EINVAL);
    options = (an_brokerage_options)AN_BROKERAGE_OPTIONS_INIT;
    options.direction = 5;
    EXPECT(an_brokerage_counts(counts, n, &options), AN_EINVAL);
    EXPECT(an_brokerage_counts_by_groups(counts, n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_brokerage_counts_by_groups(NULL, n, groups, NULL), AN_EMISUSE);
    EXPECT(an_brokerage_counts_by_groups(counts, n, groups, &wrong), AN_EMISUSE);
    EXPECT(an_brokerage_counts_by_groups(counts, empty, groups, NULL), AN_EEMPTY);
    EXPECT(an_brokerage_expected(expected, NULL, NULL, NULL, NULL), AN_EMISUSE);
    EXPECT(an_brokerage_expected(expected, NULL, NULL, n, &wrong), AN_EMISUSE);
    EXPECT(an_brokerage_expected(expected, NULL, NULL, empty, NULL), AN_EEMPTY);
    options = (an_brokerage_options)AN_BROKERAGE_OPTIONS_INIT;
    options.missing = AN_BROKERAGE_MISSING_EXCLUDE;
    EXPECT(an_brokerage_expected(expected, NULL, NULL, n, &options), AN_EINVAL);
    EXPECT(an_brokerage_expected_by_groups(expected, NULL, NULL, n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_brokerage_expected_by_groups(expected, NULL, NULL, empty, groups, NULL), AN_EEMPTY);
    AN_T_CHECK(an_brokerage_role_name(-1) == NULL && an_brokerage_role_name(AN_BROKERAGE_ROLES) == NULL);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- cohesion ------------------------------------------------------------------------ */

static void test_cohesion(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    an_components *components = (an_components *)1;
    int64_t nodes[3], edges[3], count = 0, unreachable = 0;
    double value = 0;
    an_edge_policy bad = AN_EDGE_POLICY_INIT;
    bad.parallel = 9;

    EXPECT(an_network_components(NULL, n, AN_COMPONENTS_WEAK, NULL), AN_EMISUSE);
    EXPECT(an_network_components(&components, NULL, AN_COMPONENTS_WEAK, NULL), AN_EMISUSE);
    AN_T_CHECK(components == NULL);
    EXPECT(an_network_components(&components, n, (an_component_mode)4, NULL), AN_EINVAL);
    EXPECT(an_network_components(&components, n, AN_COMPONENTS_WEAK, &bad), AN_EINVAL);
    EXPECT(an_network_components(&components, empty, AN_COMPONENTS_STRONG, NULL), AN_OK);
    AN_T_CHECK(components && components->count == 0);
    an_components_free(components);
    an_components_free(NULL);

    EXPECT(an_network_articulation_points(NULL, &count, n, NULL), AN_EMISUSE);
    EXPECT(an_network_articulation_points(nodes, NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_network_articulation_points(nodes, &count, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_articulation_points(nodes, &count, empty, NULL), AN_OK);
    EXPECT(an_network_bridges(NULL, &count, n, NULL), AN_EMISUSE);
    EXPECT(an_network_bridges(edges, &count, n, &bad), AN_EINVAL);
    EXPECT(an_network_k_core(nodes, &count, NULL, 1, NULL), AN_EMISUSE);
    EXPECT(an_network_k_core(nodes, &count, n, -1, NULL), AN_EINVAL);

    an_cliques *cliques = (an_cliques *)1;
    an_clique_options clique = AN_CLIQUE_OPTIONS_INIT;
    clique.version = 0;
    EXPECT(an_network_maximal_cliques(NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_network_maximal_cliques(&cliques, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(cliques == NULL);
    EXPECT(an_network_maximal_cliques(&cliques, n, &clique), AN_EMISUSE);
    clique = (an_clique_options)AN_CLIQUE_OPTIONS_INIT;
    clique.min_size = 0;
    EXPECT(an_network_maximal_cliques(&cliques, n, &clique), AN_EINVAL);
    clique = (an_clique_options)AN_CLIQUE_OPTIONS_INIT;
    clique.max_cliques = 0;
    EXPECT(an_network_maximal_cliques(&cliques, n, &clique), AN_EINVAL);
    EXPECT(an_network_maximal_cliques(&cliques, empty, NULL), AN_OK);
    an_cliques_free(cliques);
    an_cliques_free(NULL);

    EXPECT(an_network_density(NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_network_density(&value, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_density(&value, empty, NULL), AN_EEMPTY);
    EXPECT(an_network_reciprocity(&value, empty, NULL), AN_EEMPTY);
    EXPECT(an_network_reciprocity(NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_network_transitivity(&value, empty, NULL), AN_EEMPTY);
    EXPECT(an_network_transitivity(&value, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_average_clustering(&value, empty, NULL), AN_EEMPTY);
    EXPECT(an_network_average_clustering(NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_network_diameter(&value, empty, NULL), AN_EEMPTY);
    EXPECT(an_network_diameter(&value, NULL, NULL), AN_EMISUSE);
    an_edge_policy weighted = AN_EDGE_POLICY_INIT;
    weighted.weight = "nope";
    EXPECT(an_network_diameter(&value, n, &weighted), AN_ENOTFOUND);
    EXPECT(an_network_mean_distance(&value, &unreachable, empty, NULL), AN_EEMPTY);
    EXPECT(an_network_mean_distance(NULL, &unreachable, n, NULL), AN_EMISUSE);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- communities ------------------------------------------------------------------------ */

static void test_communities(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    an_partition *partition = (an_partition *)1;
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT, wrong = AN_COMMUNITY_OPTIONS_INIT;
    wrong.version = 0;
    AN_T_CHECK(an_community_method_name(42) == NULL);
    AN_T_CHECK(an_community_method_from_name("no-such-method") == AN_EINVAL);
    AN_T_CHECK(an_community_method_from_name(NULL) == AN_EINVAL);

    EXPECT(an_network_communities(NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_network_communities(&partition, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(partition == NULL);
    EXPECT(an_network_communities(&partition, n, &wrong), AN_EMISUSE);
    EXPECT(an_network_communities(&partition, empty, NULL), AN_EEMPTY);
    options.method = 42;
    EXPECT(an_network_communities(&partition, n, &options), AN_EINVAL);
    options = (an_community_options)AN_COMMUNITY_OPTIONS_INIT;
    options.resolution = -1;
    EXPECT(an_network_communities(&partition, n, &options), AN_EINVAL);
    options = (an_community_options)AN_COMMUNITY_OPTIONS_INIT;
    options.method = AN_COMMUNITY_EDGE_BETWEENNESS;
    options.max_edges = 1;
    EXPECT(an_network_communities(&partition, n, &options), AN_ELIMIT);
    an_partition_free(NULL);

    int64_t membership[3] = { 0, 0, 1 }, negative[3] = { 0, -1, 1 };
    double q = 0;
    an_modularity_options modularity = AN_MODULARITY_OPTIONS_INIT;
    modularity.version = 0;
    EXPECT(an_network_modularity(NULL, n, membership, NULL), AN_EMISUSE);
    EXPECT(an_network_modularity(&q, NULL, membership, NULL), AN_EMISUSE);
    EXPECT(an_network_modularity(&q, n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_network_modularity(&q, n, membership, &modularity), AN_EMISUSE);
    EXPECT(an_network_modularity(&q, n, negative, NULL), AN_EINVAL);
    EXPECT(an_network_modularity(&q, empty, membership, NULL), AN_EEMPTY);

    an_partition_comparison comparison;
    EXPECT(an_partition_compare(NULL, membership, membership, 3), AN_EMISUSE);
    EXPECT(an_partition_compare(&comparison, NULL, membership, 3), AN_EMISUSE);
    EXPECT(an_partition_compare(&comparison, membership, membership, -1), AN_EINVAL);
    EXPECT(an_partition_compare(&comparison, membership, membership, 0), AN_EEMPTY);
    int64_t all_missing[3] = { -1, -1, -1 };
    EXPECT(an_partition_compare(&comparison, all_missing, membership, 3), AN_EEMPTY);

    int64_t categories = 0;
    EXPECT(an_network_attribute_partition(NULL, &categories, n, "type"), AN_EMISUSE);
    EXPECT(an_network_attribute_partition(membership, &categories, NULL, "type"), AN_EMISUSE);
    EXPECT(an_network_attribute_partition(membership, &categories, n, NULL), AN_EMISUSE);
    EXPECT(an_network_attribute_partition(membership, &categories, n, "no-such-column"), AN_ENOTFOUND);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- key players ------------------------------------------------------------------------- */

static void test_keyplayers(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    int64_t set[2] = { 0, 1 }, out_of_range[1] = { 7 };
    double score = 0;
    an_keyplayer_result result;
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT, wrong = AN_KEYPLAYER_OPTIONS_INIT;
    options.threads = 1;
    wrong.version = 0;
    EXPECT(an_keyplayers_find(set, &result, NULL, 1, &options), AN_EMISUSE);
    EXPECT(an_keyplayers_find(NULL, &result, n, 1, &options), AN_EMISUSE);
    EXPECT(an_keyplayers_find(set, &result, n, 1, &wrong), AN_EMISUSE);
    EXPECT(an_keyplayers_find(set, &result, empty, 1, &options), AN_EEMPTY);
    EXPECT(an_keyplayers_find(set, &result, n, 3, &options), AN_EINVAL);
    EXPECT(an_keyplayers_find(set, &result, n, -1, &options), AN_EINVAL);
    options.objective = 17;
    EXPECT(an_keyplayers_find(set, &result, n, 1, &options), AN_EINVAL);
    options = (an_keyplayer_options)AN_KEYPLAYER_OPTIONS_INIT;
    options.threads = 1;
    options.exact = 1;
    options.max_sets = 1;
    EXPECT(an_keyplayers_find(set, &result, n, 1, &options), AN_ELIMIT);
    options = (an_keyplayer_options)AN_KEYPLAYER_OPTIONS_INIT;
    options.threads = 1;
    EXPECT(an_keyplayers_score(NULL, n, set, 1, &options), AN_EMISUSE);
    EXPECT(an_keyplayers_score(&score, NULL, set, 1, &options), AN_EMISUSE);
    EXPECT(an_keyplayers_score(&score, n, set, 1, &wrong), AN_EMISUSE);
    EXPECT(an_keyplayers_score(&score, empty, set, 1, &options), AN_EEMPTY);
    EXPECT(an_keyplayers_score(&score, n, out_of_range, 1, &options), AN_ERANGE);
    AN_T_CHECK(an_keyplayer_objective_name(-1) == NULL);
    int objective = 0;
    EXPECT(an_keyplayer_objective_from_name(NULL, "reach"), AN_EMISUSE);
    EXPECT(an_keyplayer_objective_from_name(&objective, NULL), AN_EMISUSE);
    EXPECT(an_keyplayer_objective_from_name(&objective, "nope"), AN_EINVAL);

    an_whatif_result change;
    an_whatif_options whatif = AN_WHATIF_OPTIONS_INIT, wrong_whatif = AN_WHATIF_OPTIONS_INIT;
    whatif.threads = 1;
    wrong_whatif.version = 0;
    const char *ids[] = { "a" }, *unknown[] = { "no-such-actor" }, *null_id[] = { NULL };
    EXPECT(an_whatif_remove(NULL, n, ids, 1, &whatif), AN_EMISUSE);
    EXPECT(an_whatif_remove(&change, NULL, ids, 1, &whatif), AN_EMISUSE);
    EXPECT(an_whatif_remove(&change, n, NULL, 1, &whatif), AN_EMISUSE);
    EXPECT(an_whatif_remove(&change, n, null_id, 1, &whatif), AN_EMISUSE);
    EXPECT(an_whatif_remove(&change, n, ids, 1, &wrong_whatif), AN_EMISUSE);
    EXPECT(an_whatif_remove(&change, empty, ids, 1, &whatif), AN_EEMPTY);
    EXPECT(an_whatif_remove(&change, n, unknown, 1, &whatif), AN_ENOTFOUND);
    AN_T_CHECK(strstr(an_error_last()->message, "no-such-actor") != NULL);
    EXPECT(an_whatif_remove_nodes(&change, n, out_of_range, 1, &whatif), AN_ERANGE);
    EXPECT(an_whatif_remove_nodes(&change, n, NULL, 1, &whatif), AN_EMISUSE);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- views ------------------------------------------------------------------------------------ */

static void test_views(void)
{
    an_network *n = small_network(), *empty = NULL, *view = (an_network *)1;
    an_network_new(&empty, 1);
    an_view_options options = AN_VIEW_OPTIONS_INIT, wrong = AN_VIEW_OPTIONS_INIT;
    wrong.version = 0;
    EXPECT(an_view_filter(NULL, n, NULL), AN_EMISUSE);
    EXPECT(an_view_filter(&view, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(view == NULL);
    EXPECT(an_view_filter(&view, n, &wrong), AN_EMISUSE);
    static const char *const classes[] = { "person", NULL };
    options.filter.classes = classes;
    options.filter.class_column = "no-such-column";
    EXPECT(an_view_filter(&view, n, &options), AN_ENOTFOUND);
    options = (an_view_options)AN_VIEW_OPTIONS_INIT;
    options.filter.has_year_from = options.filter.has_year_to = 1;
    options.filter.year_from = 2000;
    options.filter.year_to = 1990;
    EXPECT(an_view_filter(&view, n, &options), AN_EINVAL);
    options = (an_view_options)AN_VIEW_OPTIONS_INIT;
    options.filter.has_year_from = 1;
    EXPECT(an_view_filter(&view, n, &options), AN_ENOTFOUND); /* no year/start/end column */
    EXPECT(an_view_filter(&view, empty, NULL), AN_OK);
    an_network_free(view);
    view = NULL;

    const char *centres[] = { "a", NULL }, *none[] = { NULL };
    an_ego_options ego = AN_EGO_OPTIONS_INIT, wrong_ego = AN_EGO_OPTIONS_INIT;
    wrong_ego.version = 0;
    EXPECT(an_view_ego(NULL, n, centres, NULL), AN_EMISUSE);
    EXPECT(an_view_ego(&view, NULL, centres, NULL), AN_EMISUSE);
    EXPECT(an_view_ego(&view, n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_view_ego(&view, n, centres, &wrong_ego), AN_EMISUSE);
    EXPECT(an_view_ego(&view, n, none, NULL), AN_EINVAL);
    EXPECT(an_view_ego(&view, n, no_ids, NULL), AN_ENOTFOUND);
    EXPECT(an_view_ego(&view, empty, no_ids, NULL), AN_ENOTFOUND);
    ego.radius = -1;
    EXPECT(an_view_ego(&view, n, centres, &ego), AN_EINVAL);
    ego = (an_ego_options)AN_EGO_OPTIONS_INIT;
    ego.mode = 8;
    EXPECT(an_view_ego(&view, n, centres, &ego), AN_EINVAL);

    an_projection_options projection = AN_PROJECTION_OPTIONS_INIT, wrong_projection = AN_PROJECTION_OPTIONS_INIT;
    wrong_projection.version = 0;
    EXPECT(an_view_project(NULL, n, "person", NULL), AN_EMISUSE);
    EXPECT(an_view_project(&view, NULL, "person", NULL), AN_EMISUSE);
    EXPECT(an_view_project(&view, n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_view_project(&view, n, "person", &wrong_projection), AN_EMISUSE);
    EXPECT(an_view_project(&view, empty, "person", NULL), AN_ENOTFOUND);
    projection.weight_column = "same";
    projection.shared_column = "same";
    EXPECT(an_view_project(&view, n, "person", &projection), AN_EINVAL);

    EXPECT(an_view_subset(NULL, n, NULL, NULL), AN_EMISUSE);
    EXPECT(an_view_subset(&view, NULL, NULL, NULL), AN_EMISUSE);
    EXPECT(an_view_subset(&view, empty, NULL, NULL), AN_OK);
    an_network_free(view);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- paths ----------------------------------------------------------------------------------------- */

static void test_paths(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    an_path_result *result = (an_path_result *)1;
    an_path_options options = AN_PATH_OPTIONS_INIT, wrong = AN_PATH_OPTIONS_INIT;
    wrong.version = 0;
    EXPECT(an_paths_shortest(NULL, n, "a", "c", NULL), AN_EMISUSE);
    EXPECT(an_paths_shortest(&result, NULL, "a", "c", NULL), AN_EMISUSE);
    AN_T_CHECK(result == NULL);
    EXPECT(an_paths_shortest(&result, n, NULL, "c", NULL), AN_EMISUSE);
    EXPECT(an_paths_shortest(&result, n, "a", NULL, NULL), AN_EMISUSE);
    EXPECT(an_paths_shortest(&result, n, "a", "c", &wrong), AN_EMISUSE);
    EXPECT(an_paths_shortest(&result, n, "a", "no-such-actor", NULL), AN_ENOTFOUND);
    EXPECT(an_paths_shortest(&result, empty, "a", "b", NULL), AN_ENOTFOUND);
    options.weight = "no-such-column";
    EXPECT(an_paths_shortest(&result, n, "a", "c", &options), AN_ENOTFOUND);
    options.weight = "relation";
    EXPECT(an_paths_shortest(&result, n, "a", "c", &options), AN_ETYPE);
    options = (an_path_options)AN_PATH_OPTIONS_INIT;
    EXPECT(an_paths_k_shortest(&result, n, "a", "c", 0, &options), AN_EINVAL);
    EXPECT(an_paths_k_shortest(NULL, n, "a", "c", 2, NULL), AN_EMISUSE);
    EXPECT(an_paths_k_shortest(&result, n, "no-such-actor", "c", 2, NULL), AN_ENOTFOUND);
    EXPECT(an_paths_k_shortest(&result, n, "a", "c", 2, &wrong), AN_EMISUSE);
    EXPECT(an_paths_all_simple(&result, n, "a", "c", 0, NULL), AN_EINVAL);
    options.max_paths = 0;
    EXPECT(an_paths_all_simple(&result, n, "a", "c", 3, &options), AN_EINVAL);
    EXPECT(an_paths_all_simple(&result, NULL, "a", "c", 3, NULL), AN_EMISUSE);
    EXPECT(an_paths_all_simple(&result, n, "a", "c", 3, &wrong), AN_EMISUSE);
    EXPECT(an_paths_all_simple(&result, n, "a", "no-such-actor", 3, NULL), AN_ENOTFOUND);
    an_path_result_free(NULL);
    char *text = NULL;
    EXPECT(an_path_result_json(NULL, NULL, NULL), AN_EMISUSE);
    EXPECT(an_path_result_json(&text, NULL, NULL), AN_EMISUSE);
    EXPECT(an_path_result_text(&text, NULL, NULL), AN_EMISUSE);
    EXPECT(an_paths_shortest(&result, n, "a", "c", NULL), AN_OK);
    EXPECT(an_path_result_text(NULL, NULL, result), AN_EMISUSE);
    an_path_result_free(result);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- robustness ------------------------------------------------------------------------------ */

static void test_robustness(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    an_rank_robustness *ranking = (an_rank_robustness *)1;
    an_partition_robustness *partition = (an_partition_robustness *)1;
    an_robustness_options options = AN_ROBUSTNESS_OPTIONS_INIT, wrong = AN_ROBUSTNESS_OPTIONS_INIT;
    options.replicates = 2;
    wrong.version = 0;
    EXPECT(an_robustness_ranking(NULL, n, AN_DEGREE, &options), AN_EMISUSE);
    EXPECT(an_robustness_ranking(&ranking, NULL, AN_DEGREE, &options), AN_EMISUSE);
    AN_T_CHECK(ranking == NULL);
    EXPECT(an_robustness_ranking(&ranking, n, AN_DEGREE, &wrong), AN_EMISUSE);
    EXPECT(an_robustness_ranking(&ranking, empty, AN_DEGREE, &options), AN_EEMPTY);
    EXPECT(an_robustness_ranking(&ranking, n, 99, &options), AN_EINVAL);
    options.dropout = 1.0;
    EXPECT(an_robustness_ranking(&ranking, n, AN_DEGREE, &options), AN_EINVAL);
    options.dropout = 0.2;
    options.replicates = -1;
    EXPECT(an_robustness_ranking(&ranking, n, AN_DEGREE, &options), AN_EINVAL);
    options.replicates = 2;
    options.level = 1.0;
    EXPECT(an_robustness_partition(&partition, n, &options), AN_EINVAL);
    options.level = 0.9;
    EXPECT(an_robustness_partition(NULL, n, &options), AN_EMISUSE);
    EXPECT(an_robustness_partition(&partition, NULL, &options), AN_EMISUSE);
    AN_T_CHECK(partition == NULL);
    EXPECT(an_robustness_partition(&partition, n, &wrong), AN_EMISUSE);
    EXPECT(an_robustness_partition(&partition, empty, &options), AN_EEMPTY);
    options.centrality.version = 0;
    EXPECT(an_robustness_ranking(&ranking, n, AN_DEGREE, &options), AN_EMISUSE);
    an_rank_robustness_free(NULL);
    an_partition_robustness_free(NULL);
    an_network_free(empty);
    an_network_free(n);
}

/* ---- report --------------------------------------------------------------------------------- */

static void test_report(void)
{
    an_network *n = small_network(), *empty = NULL;
    an_network_new(&empty, 1);
    char *summary = (char *)1, *json = (char *)1;
    size_t size = 0;
    char directory[512];
    snprintf(directory, sizeof directory, "%s/report", temp_dir);
    an_report_options options = AN_REPORT_OPTIONS_INIT, wrong = AN_REPORT_OPTIONS_INIT;
    options.render = 0;
    options.replicates = 2;
    wrong.version = 0;
    EXPECT(an_report_write(NULL, directory, &options, &summary), AN_EMISUSE);
    AN_T_CHECK(summary == NULL);
    EXPECT(an_report_write(n, NULL, &options, NULL), AN_EMISUSE);
    EXPECT(an_report_write(n, directory, &wrong, NULL), AN_EMISUSE);
    EXPECT(an_report_write(empty, directory, &options, NULL), AN_EEMPTY);
    options.top_k = 0;
    EXPECT(an_report_write(n, directory, &options, NULL), AN_EINVAL);
    options.top_k = 10;
    options.size_by = "no-such-measure";
    EXPECT(an_report_write(n, directory, &options, NULL), AN_EINVAL);
    options.size_by = NULL;
    options.from = no_ids;
    EXPECT(an_report_write(n, directory, &options, NULL), AN_ENOTFOUND);
    options.from = NULL;
    EXPECT(an_report_write(n, "/proc/an-report-cannot-be-here", &options, NULL), AN_EIO);
    EXPECT(an_report_write(n, "/dev/null", &options, NULL), AN_EIO); /* not a directory */

    EXPECT(an_report_json(NULL, &size, n, &options), AN_EMISUSE);
    EXPECT(an_report_json(&json, &size, NULL, &options), AN_EMISUSE);
    AN_T_CHECK(json == NULL);
    EXPECT(an_report_json(&json, &size, n, &wrong), AN_EMISUSE);
    EXPECT(an_report_json(&json, &size, empty, &options), AN_EEMPTY);
    options.to = no_ids;
    EXPECT(an_report_json(&json, &size, n, &options), AN_ENOTFOUND);
    an_network_free(empty);
    an_network_free(n);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_misuse DATA_DIR\n");
        return 2;
    }
    data_dir = argv[1];
    snprintf(temp_dir, sizeof temp_dir, "%s/an_misuse_XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(temp_dir)) {
        perror("mkdtemp");
        return 2;
    }
    setenv("ACTORNET_THREADS", "1", 1);
    AN_T_RUN(test_model);
    AN_T_RUN(test_io);
    AN_T_RUN(test_summary_and_validate);
    AN_T_RUN(test_centrality);
    AN_T_RUN(test_brokerage);
    AN_T_RUN(test_cohesion);
    AN_T_RUN(test_communities);
    AN_T_RUN(test_keyplayers);
    AN_T_RUN(test_views);
    AN_T_RUN(test_paths);
    AN_T_RUN(test_robustness);
    AN_T_RUN(test_report);
    printf("%d calls checked\n", rows);
    char path[600];
    snprintf(path, sizeof path, "%s/report", temp_dir);
    rmdir(path);
    rmdir(temp_dir);
    return an_t_finish();
}
