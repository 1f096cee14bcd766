/*
 * test_report.c — the report's C API: argument checks and error codes, the
 * default sources and targets of chains, determinism, the files written,
 * and what happens when Graphviz is missing.
 */
#include "harness.h"

#include "actornet.h"
#include "actornet/report.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>

/* A small sponsor network: state -> unit -> organisation -> event (-> victim), with a
 * reported tie, an isolate and a second state. */
static an_network *sponsor_network(void)
{
    an_network *network = NULL;
    if (an_network_new(&network, 1) != AN_OK)
        return NULL;
    const char *nodes[][3] = {
        { "state_a", "State A", "state" }, { "unit_a", "Unit A", "unit" },
        { "org", "The Organisation", "organisation" }, { "leader", "The Leader", "person" },
        { "attack", "The Attack", "event" }, { "victim", "The Victim", "person" },
        { "state_b", "State B", "state" }, { "city", "The City", "place" }, { "lonely", "Lonely", "person" },
    };
    int label, type, source;
    an_network_add_column(network, AN_DOMAIN_NODE, "label", AN_TYPE_STRING, &label);
    an_network_add_column(network, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(network, AN_DOMAIN_NODE, "source", AN_TYPE_STRING, &source);
    for (int i = 0; i < 9; i++) {
        int64_t v;
        an_network_add_node(network, nodes[i][0], &v);
        an_network_set_string(network, AN_DOMAIN_NODE, label, v, nodes[i][1]);
        an_network_set_string(network, AN_DOMAIN_NODE, type, v, nodes[i][2]);
        an_network_set_string(network, AN_DOMAIN_NODE, source, v, i % 2 ? "Paper A" : "Paper A; Paper B");
    }
    int relation, confidence, esource, locator, year;
    an_network_add_column(network, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    an_network_add_column(network, AN_DOMAIN_EDGE, "confidence", AN_TYPE_STRING, &confidence);
    an_network_add_column(network, AN_DOMAIN_EDGE, "source", AN_TYPE_STRING, &esource);
    an_network_add_column(network, AN_DOMAIN_EDGE, "locator", AN_TYPE_STRING, &locator);
    an_network_add_column(network, AN_DOMAIN_EDGE, "year", AN_TYPE_INT, &year);
    struct { int s, t; const char *relation, *confidence; int year; } edges[] = {
        { 1, 0, "part_of", "stated", 0 }, { 1, 2, "commands", "stated", 2015 }, { 3, 2, "leads", "reported", 0 },
        { 2, 4, "perpetrated", "stated", 2018 }, { 4, 5, "targets", "stated", 2018 }, { 4, 7, "located_in", "stated", 0 },
        { 6, 2, "opposes", "stated", 0 }, { 3, 4, "perpetrated", "reported", 2018 }, { 6, 7, "located_in", "stated", 0 },
    };
    for (size_t i = 0; i < sizeof edges / sizeof *edges; i++) {
        int64_t e;
        an_network_add_edge(network, edges[i].s, edges[i].t, -1, NULL, &e);
        an_network_set_string(network, AN_DOMAIN_EDGE, relation, e, edges[i].relation);
        an_network_set_string(network, AN_DOMAIN_EDGE, confidence, e, edges[i].confidence);
        an_network_set_string(network, AN_DOMAIN_EDGE, esource, e, "Paper A, doi:10.0/x");
        an_network_set_string(network, AN_DOMAIN_EDGE, locator, e, "p. 1");
        if (edges[i].year)
            an_network_set_integer(network, AN_DOMAIN_EDGE, year, e, edges[i].year);
    }
    return network;
}

static an_report_options quick_options(void)
{
    an_report_options options = AN_REPORT_OPTIONS_INIT;
    options.replicates = 10;
    options.render = 0;
    return options;
}

static void test_misuse(void)
{
    an_network *network = sponsor_network();
    an_report_options options = quick_options();
    char *json = (char *)1;
    AN_T_CHECK_CODE(an_report_json(NULL, NULL, network, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_report_json(&json, NULL, NULL, &options), AN_EMISUSE);
    AN_T_CHECK(json == NULL);
    AN_T_CHECK_CODE(an_report_write(NULL, "x", &options, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_report_write(network, NULL, &options, NULL), AN_EMISUSE);
    an_report_options wrong = options;
    wrong.version = 99;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &wrong), AN_EMISUSE);
    an_network_free(network);
}

static void test_bad_options(void)
{
    an_network *network = sponsor_network();
    char *json = NULL;
    an_report_options options = quick_options();
    options.top_k = 0;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_EINVAL);
    options = quick_options();
    options.dropout = 1.0;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_EINVAL);
    options = quick_options();
    options.size_by = "no_such_measure";
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_EINVAL);
    AN_T_CHECK(strstr(an_error_last()->message, "no_such_measure") != NULL);
    options = quick_options();
    const char *from[] = { "nobody", NULL };
    options.from = from;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_ENOTFOUND);
    AN_T_CHECK(strstr(an_error_last()->message, "nobody") != NULL);
    an_network *empty = NULL;
    an_network_new(&empty, 1);
    options = quick_options();
    AN_T_CHECK_CODE(an_report_json(&json, NULL, empty, &options), AN_EEMPTY);
    an_network_free(empty);
    an_network_free(network);
}

static void test_default_chain(void)
{
    an_network *network = sponsor_network();
    an_report_options options = quick_options();
    char *json = NULL;
    size_t size = 0;
    AN_T_CHECK_OK(an_report_json(&json, &size, network, &options));
    AN_T_CHECK(json && strlen(json) == size);
    if (json) {
        /* sources: both states; target: the attack (it has a victim) */
        AN_T_CHECK(strstr(json, "\"from\":[\"state_a\",\"state_b\"]") != NULL);
        AN_T_CHECK(strstr(json, "\"to\":[\"attack\"]") != NULL);
        /* the chain state_a <- unit_a -> org -> attack, all stated; state_b's only ways are
         * hostility (opposes) and a place, which chains do not use */
        AN_T_CHECK(strstr(json, "\"nodes\":[\"state_a\",\"unit_a\",\"org\",\"attack\"]") != NULL);
        AN_T_CHECK(strstr(json, "\"from\":\"state_b\",\"to\":\"attack\"") == NULL);
        AN_T_CHECK(strstr(json, "\"isolates\":[\"lonely\"]") != NULL);
        AN_T_CHECK(strstr(json, "\"reported_ties_only\":[\"leader\"]") != NULL);
        /* lenses, by hand: agents are every node but the attack (event) and the city (place): 7;
         * cooperative ties among them: part_of, commands, leads: 3. Chains: the influence lens,
         * in time order (part_of undated, commands 2015, perpetrated 2018). */
        AN_T_CHECK(strstr(json, "\"structure\":{\"name\":\"cooperation\",\"automatic\":true") != NULL);
        AN_T_CHECK(strstr(json, "\"actors\":7,\"ties\":3}") != NULL);
        AN_T_CHECK(strstr(json, "\"chains\":{\"name\":\"influence\"") != NULL);
        AN_T_CHECK(strstr(json, "\"time_respecting\":true}") != NULL);
        /* the hop state_a -> unit_a walks part_of against its arrow, along its (backward) flow */
        AN_T_CHECK(strstr(json, "\"relation\":\"part_of\"") != NULL);
        AN_T_CHECK(strstr(json, "\"reversed\":true,\"along_flow\":true") != NULL);
        /* context: the attack brings together org, leader and the victim: 3 of 7 agents */
        AN_T_CHECK(strstr(json, "{\"id\":\"attack\",\"class\":\"event\",\"agents\":3,") != NULL);
        AN_T_CHECK(strstr(json, "\"id\":\"city\",\"class\":\"place\",\"agents\":1,") != NULL);
        /* conflict: targets and opposes; no signed triangle */
        AN_T_CHECK(strstr(json, "\"conflict\":{\"hostile_ties\":2,") != NULL);
        AN_T_CHECK(strstr(json, "\"triads\":{\"+++\":0,\"++-\":0,\"+--\":0,\"---\":0}") != NULL);
        /* the attack and the city are not actors: no community, no rank */
        AN_T_CHECK(strstr(json, "\"ranked\":7,") != NULL);
    }
    /* the stored network, no lens: today's typed query and every node ranked */
    options.lens = "none";
    options.chain_lens = "none";
    char *flat = NULL;
    AN_T_CHECK_OK(an_report_json(&flat, NULL, network, &options));
    AN_T_CHECK(flat && strstr(flat, "\"ranked\":9,") != NULL);
    AN_T_CHECK(flat && strstr(flat, "\"nodes\":[\"state_a\",\"unit_a\",\"org\",\"attack\"]") != NULL);
    an_free(flat);
    options.lens = "no_such_lens";
    AN_T_CHECK_CODE(an_report_json(&flat, NULL, network, &options), AN_ENOTFOUND);
    options.lens = NULL;
    options.chain_lens = NULL;
    /* same options, same bytes */
    char *again = NULL;
    AN_T_CHECK_OK(an_report_json(&again, NULL, network, &options));
    AN_T_CHECK(json && again && strcmp(json, again) == 0);
    an_free(again);
    an_free(json);
    /* explicit ends and relations */
    const char *from[] = { "leader", NULL }, *to[] = { "victim", NULL }, *relations[] = { "perpetrated", "targets", NULL };
    options.from = from;
    options.to = to;
    options.chain_relations = relations;
    options.chain_lens = "none"; /* targets is hostile: only the stored network walks it */
    AN_T_CHECK_OK(an_report_json(&json, NULL, network, &options));
    AN_T_CHECK(json && strstr(json, "\"nodes\":[\"leader\",\"attack\",\"victim\"]") != NULL);
    AN_T_CHECK(json && strstr(json, "\"relations\":[\"perpetrated\",\"targets\"]") != NULL);
    an_free(json);
    an_network_free(network);
}

static int file_exists(const char *directory, const char *name)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", directory, name);
    struct stat info;
    return stat(path, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0;
}

static void test_files_without_graphviz(void)
{
    an_network *network = sponsor_network();
    char directory[] = "/tmp/actornet-report-test-XXXXXX";
    AN_T_CHECK(mkdtemp(directory) != NULL);
    char target[600];
    snprintf(target, sizeof target, "%s/out", directory); /* created by the report */
    const char *path = getenv("PATH");
    char *saved = path ? strdup(path) : NULL;
    setenv("PATH", "/nonexistent", 1);
    an_report_options options = quick_options();
    options.render = 1;
    options.input_name = "sponsor.graphml";
    char *summary = NULL;
    AN_T_CHECK_OK(an_report_write(network, target, &options, &summary));
    if (saved) {
        setenv("PATH", saved, 1);
        free(saved);
    }
    const char *expected[] = { "report.html", "report.json", "network.graphml", "actors.csv", "communities.csv",
                               "chains.csv", "network.dot", "chain-1.dot", "explorer.html" };
    for (size_t i = 0; i < sizeof expected / sizeof *expected; i++)
        AN_T_CHECK(file_exists(target, expected[i]));
    AN_T_CHECK(!file_exists(target, "network.svg"));
    AN_T_CHECK(summary && strstr(summary, "sponsor.graphml") != NULL);
    AN_T_CHECK(summary && strstr(summary, "Graphviz is not installed") != NULL);
    an_free(summary);
    /* the GraphML written reads back with the metrics as typed columns */
    char file[700];
    snprintf(file, sizeof file, "%s/network.graphml", target);
    an_network *back = NULL;
    AN_T_CHECK_OK(an_network_load_graphml(&back, file, NULL));
    int column = -1;
    AN_T_CHECK_OK(an_network_find_column(back, AN_DOMAIN_NODE, "betweenness", &column));
    AN_T_CHECK(column >= 0 && an_network_column_type(back, AN_DOMAIN_NODE, column) == AN_TYPE_DOUBLE);
    AN_T_CHECK_OK(an_network_find_column(back, AN_DOMAIN_NODE, "community", &column));
    AN_T_CHECK(column >= 0 && an_network_column_type(back, AN_DOMAIN_NODE, column) == AN_TYPE_LONG);
    AN_T_CHECK(an_network_node_count(back) == an_network_node_count(network));
    an_network_free(back);
    /* no temporary files left behind */
    char command[800];
    snprintf(command, sizeof command, "ls -A '%s' | grep -q '^\\.' ", target);
    AN_T_CHECK(system(command) != 0);
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    AN_T_CHECK(system(command) == 0);
    an_network_free(network);
}

static void test_directory_errors(void)
{
    an_network *network = sponsor_network();
    an_report_options options = quick_options();
    AN_T_CHECK_CODE(an_report_write(network, "/nonexistent-parent/report", &options, NULL), AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, "/nonexistent-parent/report") != NULL);
    AN_T_CHECK_CODE(an_report_write(network, "/etc/hostname", &options, NULL), AN_EIO);
    an_network_free(network);
}

/* Entries planted in the report directory (a link to a victim file, a FIFO) are replaced, never
 * followed or opened; a report that fails leaves the directory as it was (issue 14 items 2, 9). */
static void test_planted_entries_and_failure(void)
{
    an_network *network = sponsor_network();
    char directory[] = "/tmp/actornet-report-test-XXXXXX";
    AN_T_CHECK(mkdtemp(directory) != NULL);
    char victim[700], link[800], fifo[800], target[600], file[800];
    snprintf(victim, sizeof victim, "%s/victim.txt", directory);
    snprintf(target, sizeof target, "%s/out", directory);
    AN_T_CHECK(mkdir(target, 0755) == 0);
    FILE *f = fopen(victim, "w");
    AN_T_CHECK(f != NULL);
    if (f) {
        fputs("precious\n", f);
        fclose(f);
    }
    snprintf(link, sizeof link, "%s/report.json", target);
    snprintf(fifo, sizeof fifo, "%s/actors.csv", target);
    AN_T_CHECK(symlink(victim, link) == 0);
    AN_T_CHECK(mkfifo(fifo, 0666) == 0);
    an_report_options options = quick_options();
    alarm(60); /* a writer that opened the FIFO would block forever */
    AN_T_CHECK_OK(an_report_write(network, target, &options, NULL));
    alarm(0);
    struct stat info;
    AN_T_CHECK(lstat(link, &info) == 0 && S_ISREG(info.st_mode));
    AN_T_CHECK(lstat(fifo, &info) == 0 && S_ISREG(info.st_mode));
    f = fopen(victim, "r");
    char line[64] = { 0 };
    AN_T_CHECK(f && fgets(line, sizeof line, f) && strcmp(line, "precious\n") == 0);
    if (f)
        fclose(f);

    /* a second report into a fresh directory whose "report.html" is a directory: it fails, and
     * leaves no network.graphml, actors.csv, network.dot or staging directory behind */
    char failing[700];
    snprintf(failing, sizeof failing, "%s/failing", directory);
    AN_T_CHECK(mkdir(failing, 0755) == 0);
    snprintf(file, sizeof file, "%s/report.html", failing);
    AN_T_CHECK(mkdir(file, 0755) == 0);
    options.render = 1;
    AN_T_CHECK_CODE(an_report_write(network, failing, &options, NULL), AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, "report.html") != NULL);
    const char *never[] = { "report.json", "network.graphml", "actors.csv", "network.dot", "network.svg",
                            "explorer.html" };
    for (size_t i = 0; i < sizeof never / sizeof *never; i++)
        AN_T_CHECK(!file_exists(failing, never[i]));
    char command[1600];
    snprintf(command, sizeof command, "test \"$(ls -A '%s')\" = report.html", failing);
    AN_T_CHECK(system(command) == 0);
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    AN_T_CHECK(system(command) == 0);
    an_network_free(network);
}

/* Options as a caller built against version 1 (before exact_limit) passes them: the library
 * must read only the version-1 fields and default the rest. */
static void test_version_1_options(void)
{
    an_network *network = sponsor_network();
    an_report_options options = quick_options();
    options.exact_limit = -1.0; /* invalid in version 2: must be ignored in version 1 */
    char *json = NULL;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_EINVAL);
    options.version = 1;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_OK);
    AN_T_CHECK(json && !strstr(json, "\"methods\"")); /* the default limit: exact */
    an_free(json);
    json = NULL;
    options.version = AN_REPORT_OPTIONS_VERSION;
    options.exact_limit = 0.0; /* every network above the limit: the scalable path, said so */
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_OK);
    AN_T_CHECK(json && strstr(json, "\"methods\":{\"scaled\":true"));
    AN_T_CHECK(json && strstr(json, "\"epsilon\":0.01,\"delta\":0.1"));
    an_free(json);
    an_network_free(network);
}

/* Version 2 callers (no lens fields): the defaults (auto lenses) apply, whatever lies after
 * exact_limit in their memory. */
static void test_version_2_options(void)
{
    an_network *network = sponsor_network();
    an_report_options options = quick_options();
    options.time_respecting = 7; /* invalid in version 3: ignored in version 2 */
    options.lens = "no_such_lens";
    char *json = NULL;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_EINVAL);
    options.version = 2;
    AN_T_CHECK_CODE(an_report_json(&json, NULL, network, &options), AN_OK);
    AN_T_CHECK(json && strstr(json, "\"structure\":{\"name\":\"cooperation\""));
    an_free(json);
    an_network_free(network);
}

/* A network whose signed triads are counted by hand. Agents a..e (persons):
 *   a supports b, b supports c, a opposes c        -> triangle abc: + + -   (unbalanced)
 *   c opposes d, b opposes d                       -> triangle bcd: + - -   (balanced)
 *   e supports a, e opposes a, e supports b        -> a-e ambivalent: triangle abe left out
 * Signed pairs: positive a-b, b-c, b-e (3); negative a-c, c-d, b-d (3); ambivalent a-e (1).
 * Hostile ties: a->c, c->d, b->d, e->a (4): a initiated 1 received 1; c initiated 1 received 1;
 * b initiated 1; d received 2; e initiated 1. */
static an_network *signed_network(void)
{
    an_network *network = NULL;
    if (an_network_new(&network, 1) != AN_OK)
        return NULL;
    int type, relation;
    an_network_add_column(network, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(network, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    const char *ids[] = { "a", "b", "c", "d", "e" };
    for (int i = 0; i < 5; i++) {
        int64_t v;
        an_network_add_node(network, ids[i], &v);
        an_network_set_string(network, AN_DOMAIN_NODE, type, v, "person");
    }
    struct { int s, t; const char *relation; } ties[] = {
        { 0, 1, "supports" }, { 1, 2, "supports" }, { 0, 2, "opposes" }, { 2, 3, "opposes" },
        { 1, 3, "opposes" }, { 4, 0, "supports" }, { 4, 0, "opposes" }, { 4, 1, "supports" },
    };
    for (size_t i = 0; i < sizeof ties / sizeof *ties; i++) {
        int64_t e;
        an_network_add_edge(network, ties[i].s, ties[i].t, -1, NULL, &e);
        an_network_set_string(network, AN_DOMAIN_EDGE, relation, e, ties[i].relation);
    }
    return network;
}

static void test_signed_triads_by_hand(void)
{
    an_network *network = signed_network();
    an_report_options options = quick_options();
    options.replicates = 0;
    char *json = NULL;
    AN_T_CHECK_OK(an_report_json(&json, NULL, network, &options));
    AN_T_CHECK(json && strstr(json, "\"conflict\":{\"hostile_ties\":4,"));
    AN_T_CHECK(json && strstr(json, "\"positive_pairs\":3,\"negative_pairs\":3,\"ambivalent_pairs\":1,"));
    AN_T_CHECK(json && strstr(json, "\"triads\":{\"+++\":0,\"++-\":1,\"+--\":1,\"---\":0}"));
    AN_T_CHECK(json && strstr(json, "\"balanced_share\":0.5,\"weakly_balanced_share\":0.5"));
    AN_T_CHECK(json && strstr(json, "\"unbalanced_examples\":[[\"a\",\"c\",\"b\"]]"));
    AN_T_CHECK(json && strstr(json, "{\"id\":\"d\",\"initiated\":0,\"received\":2,\"mutual\":0}"));
    AN_T_CHECK(json && strstr(json, "{\"id\":\"a\",\"initiated\":1,\"received\":1,\"mutual\":0}"));
    an_free(json);
    /* a user's vocabulary changes the rules: in this coding 'opposes' is a (symmetric) bond, so
     * there is no hostile tie, no conflict section, and every tie is cooperative */
    static const char vocabulary_text[] =
        "kind\tname\tdefinition\tmode\tfamily\tsign\tsymmetric\tflow\n"
        "type\tperson\tA person.\tagent\t\t\t\t\n"
        "relation\tsupports\tSupport.\t\tsupport\tcooperative\tno\tforward\n"
        "relation\topposes\tIn this user's coding, an alliance.\t\talliance\tcooperative\tyes\tboth\n"
        "confidence\tstated\tStated.\t\t\t\t\t\n";
    an_vocabulary *vocabulary = NULL;
    AN_T_CHECK_OK(an_vocabulary_parse(&vocabulary, vocabulary_text, sizeof vocabulary_text - 1, "user.tsv"));
    options.vocabulary = vocabulary;
    AN_T_CHECK_OK(an_report_json(&json, NULL, network, &options));
    AN_T_CHECK(json && !strstr(json, "\"conflict\""));
    AN_T_CHECK(json && strstr(json, "\"structure\":{\"name\":\"cooperation\",\"automatic\":true,"
                                    "\"reason\":\"the given vocabulary"));
    AN_T_CHECK(json && strstr(json, "\"actors\":5,\"ties\":8}"));
    an_free(json);
    an_vocabulary_free(vocabulary);
    an_network_free(network);
}

/* A network without class or relation columns: the lenses fall back to "all", and say why. */
static void test_plain_network(void)
{
    an_network *network = NULL;
    an_network_new(&network, 0);
    int64_t a, b, c, e;
    an_network_add_node(network, "a", &a);
    an_network_add_node(network, "b", &b);
    an_network_add_node(network, "c", &c);
    an_network_add_edge(network, a, b, -1, NULL, &e);
    an_network_add_edge(network, b, c, -1, NULL, &e);
    an_report_options options = quick_options();
    char *json = NULL;
    AN_T_CHECK_OK(an_report_json(&json, NULL, network, &options));
    AN_T_CHECK(json && strstr(json, "\"structure\":{\"name\":\"all\",\"automatic\":true"));
    AN_T_CHECK(json && strstr(json, "\"ranked\":3,"));
    an_free(json);
    an_network_free(network);
}

int main(void)
{
    AN_T_RUN(test_plain_network);
    AN_T_RUN(test_version_2_options);
    AN_T_RUN(test_signed_triads_by_hand);
    AN_T_RUN(test_misuse);
    AN_T_RUN(test_bad_options);
    AN_T_RUN(test_default_chain);
    AN_T_RUN(test_files_without_graphviz);
    AN_T_RUN(test_directory_errors);
    AN_T_RUN(test_planted_entries_and_failure);
    AN_T_RUN(test_version_1_options);
    return an_t_finish();
}
