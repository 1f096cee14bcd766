/*
 * test_vocabulary.c — the vocabulary file: header and legacy forms, the semantics columns,
 * every malformed row with its line and column, the built-in copy, a network's own vocabulary,
 * writing it back.
 * Usage: test_vocabulary DATA_DIR
 */
#include "actornet.h"
#include "../harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *data_dir;

static an_vocabulary *parse(const char *text)
{
    an_vocabulary *v = NULL;
    an_vocabulary_parse(&v, text, strlen(text), "test.tsv");
    return v;
}

/* Parse must fail with AN_EPARSE at line:column. */
static void check_error(const char *text, long line, long column, const char *words)
{
    an_vocabulary *v = (an_vocabulary *)1;
    AN_T_CHECK_CODE(an_vocabulary_parse(&v, text, strlen(text), "test.tsv"), AN_EPARSE);
    AN_T_CHECK(v == NULL);
    AN_T_CHECK(an_error_last()->line == line);
    if (an_error_last()->column != column)
        fprintf(stderr, "column %ld, expected %ld: %s\n", an_error_last()->column, column, an_error_last()->message);
    AN_T_CHECK(an_error_last()->column == column);
    if (!strstr(an_error_last()->message, words) || !strstr(an_error_last()->message, "test.tsv:")) {
        fprintf(stderr, "message '%s' lacks '%s'\n", an_error_last()->message, words);
        AN_T_CHECK(0);
    }
}

static void test_bundled_file(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/vocabulary.tsv", data_dir);
    an_vocabulary *v = NULL;
    AN_T_CHECK_OK(an_vocabulary_load(&v, path));
    AN_T_CHECK(an_vocabulary_count(v) > 40);
    an_relation_semantics s;
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "kin_of"));
    AN_T_CHECK(s.sign == AN_SIGN_COOPERATIVE && s.symmetric == 1 && s.flow == AN_FLOW_BOTH);
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "member_of"));
    AN_T_CHECK(s.sign == AN_SIGN_COOPERATIVE && s.symmetric == 0 && s.flow == AN_FLOW_BACKWARD);
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "arrested"));
    AN_T_CHECK(s.sign == AN_SIGN_HOSTILE && s.flow == AN_FLOW_NONE);
    AN_T_CHECK_STR(s.family, "legal");
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "located_in"));
    AN_T_CHECK(s.sign == AN_SIGN_NEUTRAL);
    AN_T_CHECK_CODE(an_vocabulary_relation(&s, v, "no_such_relation"), AN_ENOTFOUND);
    AN_T_CHECK(s.sign == AN_SIGN_UNKNOWN && s.flow == AN_FLOW_UNKNOWN && s.symmetric == -1 && !s.family);
    AN_T_CHECK(an_vocabulary_class_mode(v, "person") == AN_MODE_AGENT);
    AN_T_CHECK(an_vocabulary_class_mode(v, "event") == AN_MODE_CONTEXT);
    AN_T_CHECK(an_vocabulary_class_mode(v, "funds") == AN_MODE_UNKNOWN); /* a relation, not a class */
    AN_T_CHECK(an_vocabulary_has(v, "confidence", "stated"));
    /* the built-in copy is this file */
    an_vocabulary *builtin = NULL;
    AN_T_CHECK_OK(an_vocabulary_builtin(&builtin));
    char *a = NULL, *b = NULL;
    AN_T_CHECK_OK(an_vocabulary_text(&a, NULL, v));
    AN_T_CHECK_OK(an_vocabulary_text(&b, NULL, builtin));
    AN_T_CHECK(a && b && strcmp(a, b) == 0);
    /* and writing it back parses to the same vocabulary */
    an_vocabulary *again = NULL;
    AN_T_CHECK_OK(an_vocabulary_parse(&again, a, strlen(a), "again"));
    char *c = NULL;
    AN_T_CHECK_OK(an_vocabulary_text(&c, NULL, again));
    AN_T_CHECK(c && strcmp(a, c) == 0);
    an_free(a);
    an_free(b);
    an_free(c);
    an_vocabulary_free(again);
    an_vocabulary_free(builtin);
    an_vocabulary_free(v);
}

static void test_forms(void)
{
    /* actornet 0.1's three columns, no header: no semantics */
    an_vocabulary *v = parse("type\tperson\tA person.\nrelation\tfunds\tGives money.\r\n\n# a comment\n");
    AN_T_CHECK(v && an_vocabulary_count(v) == 2);
    an_relation_semantics s;
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "funds"));
    AN_T_CHECK(s.sign == AN_SIGN_UNKNOWN && s.symmetric == -1);
    AN_T_CHECK(an_vocabulary_class_mode(v, "person") == AN_MODE_UNKNOWN);
    const char *kind = NULL, *name = NULL, *definition = NULL;
    AN_T_CHECK_OK(an_vocabulary_term(v, 1, &kind, &name, &definition));
    AN_T_CHECK_STR(kind, "relation");
    AN_T_CHECK_STR(name, "funds");
    AN_T_CHECK_STR(definition, "Gives money.");
    AN_T_CHECK_CODE(an_vocabulary_term(v, 2, &kind, NULL, NULL), AN_ERANGE);
    an_vocabulary_free(v);
    /* semantics columns in another order, short rows, empty cells */
    v = parse("kind\tname\tdefinition\tflow\tsign\tsymmetric\tmode\tfamily\n"
              "relation\tties\tx\tboth\tcooperative\tyes\t\tpersonal\n"
              "relation\tbare\ty\n"
              "type\tthing\tz\t\t\t\tcontext\n");
    AN_T_CHECK(v != NULL);
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "ties"));
    AN_T_CHECK(s.flow == AN_FLOW_BOTH && s.sign == AN_SIGN_COOPERATIVE && s.symmetric == 1);
    AN_T_CHECK_STR(s.family, "personal");
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "bare"));
    AN_T_CHECK(s.flow == AN_FLOW_UNKNOWN && !s.family);
    AN_T_CHECK(an_vocabulary_class_mode(v, "thing") == AN_MODE_CONTEXT);
    an_vocabulary_free(v);
    AN_T_CHECK_STR(an_sign_name(AN_SIGN_HOSTILE), "hostile");
    AN_T_CHECK_STR(an_flow_name(AN_FLOW_BACKWARD), "backward");
    AN_T_CHECK_STR(an_mode_name(AN_MODE_AGENT), "agent");
    AN_T_CHECK_STR(an_mode_name(99), "unknown");
}

static void test_errors(void)
{
    const char *header = "kind\tname\tdefinition\tmode\tfamily\tsign\tsymmetric\tflow\n";
    char text[512];
    check_error("kind\tname\tdefinition\tcolour\n", 1, 22, "unknown vocabulary column 'colour'");
    check_error("kind\tname\tdefinition\tsign\tsign\n", 1, 27, "appears twice");
    check_error("name\tkind\tdefinition\n", 1, 1, "");                  /* no header: 'name' is a kind */
    check_error("kind\tdefinition\tname\n", 1, 1, "must start with kind<TAB>name<TAB>definition");
    snprintf(text, sizeof text, "%srelation\tfunds\tx\t\tresources\tfriendly\tno\tforward\n", header);
    check_error(text, 2, 29, "sign 'friendly' is not one of cooperative, hostile, neutral");
    snprintf(text, sizeof text, "%srelation\tkin\tx\t\tpersonal\tcooperative\tyes\tforward\n", header);
    check_error(text, 2, 42, "symmetric relation has no direction");
    snprintf(text, sizeof text, "%srelation\tkin\tx\t\tpersonal\tcooperative\tmaybe\tboth\n", header);
    check_error(text, 2, 38, "symmetric 'maybe' is not yes or no");
    snprintf(text, sizeof text, "%srelation\tfunds\tx\tagent\n", header);
    check_error(text, 2, 18, "a relation has no mode");
    snprintf(text, sizeof text, "%stype\tperson\tx\t\tpeople\n", header);
    check_error(text, 2, 16, "a type has no family");
    snprintf(text, sizeof text, "%stype\tperson\tx\tperson\n", header);
    check_error(text, 2, 15, "mode 'person' is not one of agent, context");
    snprintf(text, sizeof text, "%stype\tperson\tx\ntype\tplace\ty\ntype\tperson\tz\n", header);
    check_error(text, 4, 1, "type 'person' is listed twice");
    check_error("kind\tname\tdefinition\ntype\tperson\tx\textra\n", 2, 15, "4 fields, but the header names 3");
    check_error("kind\tname\tdefinition\nspecies\tperson\tx\n", 2, 1, "unknown kind 'species'");
    check_error("kind\tname\tdefinition\ntype\n", 2, 1, "expected kind<TAB>name<TAB>definition");
    check_error("kind\tname\tdefinition\ntype\t\tx\n", 2, 6, "expected kind<TAB>name<TAB>definition");
    /* a failed load names the file and leaves no vocabulary */
    an_vocabulary *v = (an_vocabulary *)1;
    AN_T_CHECK_CODE(an_vocabulary_load(&v, "/nonexistent/vocabulary.tsv"), AN_EIO);
    AN_T_CHECK(v == NULL);
    AN_T_CHECK_CODE(an_vocabulary_parse(NULL, "", 0, NULL), AN_EMISUSE);
}

static void test_network_vocabulary(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 1));
    an_vocabulary *v = (an_vocabulary *)1;
    AN_T_CHECK_CODE(an_vocabulary_from_network(&v, n), AN_ENOTFOUND);
    AN_T_CHECK(v == NULL);
    AN_T_CHECK(an_error_last()->code == AN_OK); /* "no vocabulary" is not an error */
    int column;
    AN_T_CHECK_OK(an_network_add_column(n, AN_DOMAIN_GRAPH, "vocabulary", AN_TYPE_STRING, &column));
    AN_T_CHECK_OK(an_network_set_string(n, AN_DOMAIN_GRAPH, column, 0,
                                        "kind\tname\tdefinition\tsign\nrelation\tadvises\tx\tcooperative\n"));
    AN_T_CHECK_OK(an_vocabulary_from_network(&v, n));
    an_relation_semantics s;
    AN_T_CHECK_OK(an_vocabulary_relation(&s, v, "advises"));
    AN_T_CHECK(s.sign == AN_SIGN_COOPERATIVE);
    an_vocabulary_free(v);
    AN_T_CHECK_OK(an_network_set_string(n, AN_DOMAIN_GRAPH, column, 0, "kind\tname\tdefinition\tsign\nrelation\tx\ty\tsour\n"));
    AN_T_CHECK_CODE(an_vocabulary_from_network(&v, n), AN_EPARSE);
    AN_T_CHECK(strstr(an_error_last()->message, "graph attribute 'vocabulary'") != NULL);
    AN_T_CHECK(an_error_last()->line == 2);
    an_network_free(n);
}

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : "data";
    AN_T_RUN(test_bundled_file);
    AN_T_RUN(test_forms);
    AN_T_RUN(test_errors);
    AN_T_RUN(test_network_vocabulary);
    return an_t_finish();
}
