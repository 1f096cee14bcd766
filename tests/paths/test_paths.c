/*
 * test_paths.c — typed path queries on a small typed network built in code:
 *
 *   iran (state) -commands-> qf (unit) =trains/supports=> husayniyyun (organisation)
 *   -commands-> alizade (person) -perpetrated-> attack (event)
 *   qf -supports (reported, 1995-2016)-> hezbollah (organisation) -perpetrated-> attack
 *   alizade -kin_of (undirected)- brother (person) -participated_in-> attack
 *
 * qf -> husayniyyun is a parallel tie: e2 trains (stated, 2015), e3 supports
 * (reported, 2016). e1 has no year. e6 is the one `reported` single tie.
 */
#include "actornet.h"
#include "../harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { IRAN, QF, HUSAYNIYYUN, ALIZADE, ATTACK, HEZBOLLAH, BROTHER, NODE_COUNT };

static const char *const node_ids[] = { "iran", "qf", "husayniyyun", "alizade", "attack", "hezbollah", "brother" };
static const char *const node_types[] = { "state", "unit", "organisation", "person", "event", "organisation", "person" };

typedef struct edge_spec {
    const char *id;
    int source, target, directed;
    const char *relation;
    int year;           /* 0 = none */
    int end;            /* 0 = none */
    const char *confidence;
    double weight;      /* 0 = missing */
} edge_spec;

static const edge_spec edges[] = {
    { "e1", IRAN, QF, 1, "commands", 0, 0, "stated", 1 },
    { "e2", QF, HUSAYNIYYUN, 1, "trains", 2015, 0, "stated", 5 },
    { "e3", QF, HUSAYNIYYUN, 1, "supports", 2016, 0, "reported", 1 },
    { "e4", HUSAYNIYYUN, ALIZADE, 1, "commands", 2017, 0, "stated", 0 },
    { "e5", ALIZADE, ATTACK, 1, "perpetrated", 2018, 0, "stated", 1 },
    { "e6", QF, HEZBOLLAH, 1, "supports", 1995, 2016, "reported", 2 },
    { "e7", HEZBOLLAH, ATTACK, 1, "perpetrated", 2018, 0, "stated", 10 },
    { "e8", ALIZADE, BROTHER, 0, "kin_of", 0, 0, "stated", 1 },
    { "e9", BROTHER, ATTACK, 1, "participated_in", 2018, 0, "stated", 1 },
};
#define EDGE_COUNT ((int)(sizeof edges / sizeof edges[0]))

static an_network *build_network(void)
{
    an_network *n = NULL;
    if (an_network_new(&n, 1) != AN_OK)
        return NULL;
    int type, relation, year, end, confidence, source, locator, weight;
    an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    an_network_add_column(n, AN_DOMAIN_EDGE, "year", AN_TYPE_INT, &year);
    an_network_add_column(n, AN_DOMAIN_EDGE, "end", AN_TYPE_INT, &end);
    an_network_add_column(n, AN_DOMAIN_EDGE, "confidence", AN_TYPE_STRING, &confidence);
    an_network_add_column(n, AN_DOMAIN_EDGE, "source", AN_TYPE_STRING, &source);
    an_network_add_column(n, AN_DOMAIN_EDGE, "locator", AN_TYPE_STRING, &locator);
    an_network_add_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE, &weight);
    for (int v = 0; v < NODE_COUNT; v++) {
        an_network_add_node(n, node_ids[v], NULL);
        an_network_set_string(n, AN_DOMAIN_NODE, type, v, node_types[v]);
    }
    for (int e = 0; e < EDGE_COUNT; e++) {
        const edge_spec *s = &edges[e];
        char text[64];
        an_network_add_edge(n, s->source, s->target, s->directed, s->id, NULL);
        an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, s->relation);
        if (s->year)
            an_network_set_integer(n, AN_DOMAIN_EDGE, year, e, s->year);
        if (s->end)
            an_network_set_integer(n, AN_DOMAIN_EDGE, end, e, s->end);
        an_network_set_string(n, AN_DOMAIN_EDGE, confidence, e, s->confidence);
        snprintf(text, sizeof text, "Source %s", s->id);
        an_network_set_string(n, AN_DOMAIN_EDGE, source, e, text);
        snprintf(text, sizeof text, "p. %d", e + 10);
        an_network_set_string(n, AN_DOMAIN_EDGE, locator, e, text);
        if (s->weight > 0)
            an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, s->weight);
    }
    return n;
}

/* "iran qf hezbollah attack" for a path. */
static const char *path_text(const an_path *path)
{
    static char text[256];
    text[0] = '\0';
    for (int64_t i = 0; i <= path->length; i++) {
        if (i)
            strcat(text, " ");
        strcat(text, path->node_ids[i]);
    }
    return text;
}

/* Every hop's fields agree with the network edge it names. */
static void check_hops_consistent(const an_network *n, const an_path_result *r)
{
    for (int64_t p = 0; p < r->count; p++) {
        const an_path *path = &r->paths[p];
        AN_T_CHECK(path->nodes[0] == path->hops[0].from_node || path->length == 0);
        for (int64_t h = 0; h < path->length; h++) {
            const an_path_hop *hop = &path->hops[h];
            const edge_spec *s = &edges[hop->edge];
            AN_T_CHECK_STR(hop->edge_id, s->id);
            AN_T_CHECK_STR(hop->relation, s->relation);
            AN_T_CHECK_STR(hop->confidence, s->confidence);
            AN_T_CHECK(hop->from_node == path->nodes[h] && hop->to_node == path->nodes[h + 1]);
            AN_T_CHECK_STR(hop->from, node_ids[hop->from_node]);
            AN_T_CHECK_STR(hop->to, node_ids[hop->to_node]);
            int64_t source, target;
            AN_T_CHECK_OK(an_network_edge_endpoints(n, hop->edge, &source, &target));
            if (hop->reversed)
                AN_T_CHECK(source == hop->to_node && target == hop->from_node);
            else
                AN_T_CHECK(source == hop->from_node && target == hop->to_node);
            AN_T_CHECK(hop->directed == s->directed);
            if (s->year)
                AN_T_CHECK(hop->year == s->year);
            else
                AN_T_CHECK(isnan(hop->year));
            char text[64];
            snprintf(text, sizeof text, "Source %s", s->id);
            AN_T_CHECK_STR(hop->source, text);
            snprintf(text, sizeof text, "p. %d", (int)hop->edge + 10);
            AN_T_CHECK_STR(hop->locator, text);
        }
    }
}

static void test_shortest_unfiltered(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", NULL));
    AN_T_CHECK(r && r->count == 1 && !r->truncated);
    if (r && r->count == 1) {
        AN_T_CHECK_STR(path_text(&r->paths[0]), "iran qf hezbollah attack");
        AN_T_CHECK(r->paths[0].length == 3 && r->paths[0].distance == 3);
        AN_T_CHECK_STR(r->paths[0].hops[1].confidence, "reported");
        AN_T_CHECK(r->paths[0].hops[1].end_year == 2016);
        AN_T_CHECK_STR(r->from, "iran");
        AN_T_CHECK_STR(r->to, "attack");
        check_hops_consistent(n, r);
    }
    an_path_result_free(r);
    an_network_free(n);
}

static void test_shortest_filters(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    an_path_options o = AN_PATH_OPTIONS_INIT;

    /* stated ties only: the reported e6 goes, the chain runs through husayniyyun */
    static const char *const stated[] = { "stated", NULL };
    o.filter.confidence = stated;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        AN_T_CHECK_STR(path_text(&r->paths[0]), "iran qf husayniyyun alizade attack");
        /* qf -> husayniyyun: only e2 is stated, so no alternative remains */
        AN_T_CHECK_STR(r->paths[0].hops[1].edge_id, "e2");
        AN_T_CHECK(r->paths[0].hops[1].alternative_count == 0);
        check_hops_consistent(n, r);
    }
    an_path_result_free(r);

    /* intermediate classes: no organisation allowed -> no chain at all */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    static const char *const units_people[] = { "unit", "person", NULL };
    o.filter.classes = units_people;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);

    /* units and organisations only: hezbollah route; the ends (state, event) are exempt */
    static const char *const units_orgs[] = { "unit", "organisation", NULL };
    o.filter.classes = units_orgs;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 3);
    an_path_result_free(r);
    /* ... unless the classes apply to the ends too */
    o.classes_at_ends = 1;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);

    /* relations: commands/trains/perpetrated only -> husayniyyun route with e2 */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    static const char *const relations[] = { "commands", "trains", "perpetrated", NULL };
    o.filter.relations = relations;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        AN_T_CHECK_STR(path_text(&r->paths[0]), "iran qf husayniyyun alizade attack");
        AN_T_CHECK_STR(r->paths[0].hops[1].relation, "trains");
    }
    an_path_result_free(r);

    /* years: window 2017..2020 drops e2, e3 (2015, 2016) and e6 (1995-2016); e1 undated is kept,
     * but qf cannot reach anything -> no path */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    o.filter.has_year_from = o.filter.has_year_to = 1;
    o.filter.year_from = 2017;
    o.filter.year_to = 2020;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    /* window 2016..2016: e3 (2016) and e6 (ends 2016) overlap; e7 (2018) does not */
    o.filter.year_from = 2016;
    o.filter.year_to = 2016;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "hezbollah", &o));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 2);
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    /* dropping undated ties removes e1 (iran -> qf) */
    o.filter.undated = AN_UNDATED_DROP;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "hezbollah", &o));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    an_network_free(n);
}

static void test_direction(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    an_path_options o = AN_PATH_OPTIONS_INIT;
    /* against the direction of directed ties: no path, AN_OK */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "attack", "iran", NULL));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    o.ignore_direction = 1;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "attack", "iran", &o));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 3);
    if (r && r->count == 1) {
        AN_T_CHECK(r->paths[0].hops[0].reversed == 1);
        check_hops_consistent(n, r);
    }
    an_path_result_free(r);
    /* an undirected tie is walked both ways, marked reversed when against its stored order */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "brother", "alizade", NULL));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 1);
    if (r && r->count == 1) {
        AN_T_CHECK_STR(r->paths[0].hops[0].edge_id, "e8");
        AN_T_CHECK(r->paths[0].hops[0].reversed == 1 && r->paths[0].hops[0].directed == 0);
        check_hops_consistent(n, r);
    }
    an_path_result_free(r);
    an_network_free(n);
}

static void test_parallel_ties(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    an_path_options o = AN_PATH_OPTIONS_INIT;
    /* default: stated (e2) before reported (e3); e3 listed as the alternative */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "qf", "husayniyyun", NULL));
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        const an_path_hop *hop = &r->paths[0].hops[0];
        AN_T_CHECK_STR(hop->edge_id, "e2");
        AN_T_CHECK(hop->alternative_count == 1);
        if (hop->alternative_count == 1) {
            AN_T_CHECK_STR(hop->alternatives[0].edge_id, "e3");
            AN_T_CHECK_STR(hop->alternatives[0].relation, "supports");
            AN_T_CHECK_STR(hop->alternatives[0].confidence, "reported");
            AN_T_CHECK_STR(hop->alternatives[0].source, "Source e3");
            AN_T_CHECK(hop->alternatives[0].year == 2016);
        }
    }
    an_path_result_free(r);
    /* a caller's preference order */
    static const char *const reported_first[] = { "reported", "stated", NULL };
    o.confidence_order = reported_first;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "qf", "husayniyyun", &o));
    AN_T_CHECK(r && r->count == 1 && strcmp(r->paths[0].hops[0].edge_id, "e3") == 0);
    an_path_result_free(r);
    /* weighted: the lighter tie (e3, weight 1) defines the distance */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    o.weight = "weight";
    o.alternatives = 0;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "qf", "husayniyyun", &o));
    AN_T_CHECK(r && r->count == 1 && strcmp(r->paths[0].hops[0].edge_id, "e3") == 0);
    AN_T_CHECK(r && r->count == 1 && r->paths[0].hops[0].alternative_count == 0 && !r->paths[0].hops[0].alternatives);
    an_path_result_free(r);
    an_network_free(n);
}

static void test_weighted(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    an_path_options o = AN_PATH_OPTIONS_INIT;
    o.weight = "weight";
    /* hezbollah route: 1 + 2 + 10 = 13; husayniyyun route: 1 + 1 (e3) + 1 (e4 missing = 1) + 1 = 4 */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        AN_T_CHECK_STR(path_text(&r->paths[0]), "iran qf husayniyyun alizade attack");
        AN_T_CHECK_NEAR(r->paths[0].distance, 4, 1e-12);
        AN_T_CHECK(r->paths[0].hops[2].weight == 1);
    }
    an_path_result_free(r);
    o.weight = "relation";
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "attack", &o), AN_ETYPE);
    AN_T_CHECK(r == NULL);
    o.weight = "nope";
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "attack", &o), AN_ENOTFOUND);
    /* a non-positive distance is refused */
    int weight;
    AN_T_CHECK_OK(an_network_find_column(n, AN_DOMAIN_EDGE, "weight", &weight));
    AN_T_CHECK_OK(an_network_set_real(n, AN_DOMAIN_EDGE, weight, 8, -1));
    o.weight = "weight";
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "attack", &o), AN_EINVAL);
    an_network_free(n);
}

static void test_k_shortest(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "iran", "attack", 5, NULL));
    AN_T_CHECK(r && r->count == 3);
    if (r && r->count == 3) {
        AN_T_CHECK_STR(path_text(&r->paths[0]), "iran qf hezbollah attack");
        AN_T_CHECK_STR(path_text(&r->paths[1]), "iran qf husayniyyun alizade attack");
        AN_T_CHECK_STR(path_text(&r->paths[2]), "iran qf husayniyyun alizade brother attack");
        check_hops_consistent(n, r);
    }
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "iran", "attack", 2, NULL));
    AN_T_CHECK(r && r->count == 2);
    an_path_result_free(r);
    /* filtered: stated only leaves two chains */
    an_path_options o = AN_PATH_OPTIONS_INIT;
    static const char *const stated[] = { "stated", NULL };
    o.filter.confidence = stated;
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "iran", "attack", 5, &o));
    AN_T_CHECK(r && r->count == 2 && r->paths[0].length == 4 && r->paths[1].length == 5);
    an_path_result_free(r);
    /* relations without kin_of: one chain */
    static const char *const relations[] = { "commands", "trains", "supports", "perpetrated", "participated_in", NULL };
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    o.filter.relations = relations;
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "iran", "attack", 5, &o));
    AN_T_CHECK(r && r->count == 2);
    an_path_result_free(r);
    /* weighted order: 4 (husayniyyun), 5 (via brother), 13 (hezbollah) */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    o.weight = "weight";
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "iran", "attack", 5, &o));
    AN_T_CHECK(r && r->count == 3);
    if (r && r->count == 3) {
        AN_T_CHECK_NEAR(r->paths[0].distance, 4, 1e-12);
        AN_T_CHECK_NEAR(r->paths[1].distance, 5, 1e-12);
        AN_T_CHECK_NEAR(r->paths[2].distance, 13, 1e-12);
    }
    an_path_result_free(r);
    AN_T_CHECK_CODE(an_paths_k_shortest(&r, n, "iran", "attack", 0, NULL), AN_EINVAL);
    AN_T_CHECK(r == NULL);
    /* no path */
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "attack", "iran", 3, NULL));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    an_network_free(n);
}

static void test_all_simple(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    an_path_options o = AN_PATH_OPTIONS_INIT;
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "iran", "attack", 3, NULL));
    AN_T_CHECK(r && r->count == 1 && !r->truncated);
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "iran", "attack", 4, NULL));
    AN_T_CHECK(r && r->count == 2 && !r->truncated);
    if (r && r->count == 2) {
        AN_T_CHECK(r->paths[0].length == 3 && r->paths[1].length == 4);
        check_hops_consistent(n, r);
    }
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "iran", "attack", 10, NULL));
    AN_T_CHECK(r && r->count == 3 && !r->truncated);
    an_path_result_free(r);
    /* the limit: shortest first, flagged */
    o.max_paths = 2;
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "iran", "attack", 10, &o));
    AN_T_CHECK(r && r->count == 2 && r->truncated);
    if (r && r->count == 2)
        AN_T_CHECK(r->paths[0].length == 3 && r->paths[1].length == 4);
    an_path_result_free(r);
    /* exactly as many paths as the limit: not truncated */
    o.max_paths = 3;
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "iran", "attack", 10, &o));
    AN_T_CHECK(r && r->count == 3 && !r->truncated);
    an_path_result_free(r);
    /* filters: persons may not be passed through */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    static const char *const no_people[] = { "state", "unit", "organisation", NULL };
    o.filter.classes = no_people;
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "iran", "attack", 10, &o));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 3);
    an_path_result_free(r);
    /* direction ignored: more chains (e.g. through alizade -- brother both ways) */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    o.ignore_direction = 1;
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "qf", "attack", 10, &o));
    /* qf-hez-attack, qf-hus-ali-attack, qf-hus-ali-bro-attack: reversing adds none between these */
    AN_T_CHECK(r && r->count == 3);
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "attack", "qf", 10, &o));
    AN_T_CHECK(r && r->count == 3);
    an_path_result_free(r);
    AN_T_CHECK_CODE(an_paths_all_simple(&r, n, "iran", "attack", 0, NULL), AN_EINVAL);
    o.max_paths = 0;
    AN_T_CHECK_CODE(an_paths_all_simple(&r, n, "iran", "attack", 3, &o), AN_EINVAL);
    an_network_free(n);
}

static void test_errors_and_ends(void)
{
    an_network *n = build_network();
    an_path_result *r = (an_path_result *)&r;
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "nobody", NULL), AN_ENOTFOUND);
    AN_T_CHECK(r == NULL);
    AN_T_CHECK_CODE(an_paths_k_shortest(&r, n, "nobody", "iran", 2, NULL), AN_ENOTFOUND);
    AN_T_CHECK_CODE(an_paths_all_simple(&r, n, "nobody", "iran", 2, NULL), AN_ENOTFOUND);
    AN_T_CHECK_CODE(an_paths_shortest(NULL, n, "iran", "qf", NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_paths_shortest(&r, NULL, "iran", "qf", NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, NULL, "qf", NULL), AN_EMISUSE);
    an_path_options o = AN_PATH_OPTIONS_INIT;
    o.version = 99;
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "qf", &o), AN_EMISUSE);
    /* a filter on a column the network lacks is an error, not an empty answer */
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    static const char *const any[] = { "x", NULL };
    o.filter.relations = any;
    o.filter.relation_column = "kind";
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "qf", &o), AN_ENOTFOUND);
    o = (an_path_options)AN_PATH_OPTIONS_INIT;
    o.filter.has_year_from = o.filter.has_year_to = 1;
    o.filter.year_from = 2000;
    o.filter.year_to = 1990;
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "qf", &o), AN_EINVAL);
    /* from == to: the zero-hop path */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "qf", "qf", NULL));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 0 && strcmp(r->paths[0].node_ids[0], "qf") == 0);
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "qf", "qf", 3, NULL));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 0);
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "qf", "qf", 3, NULL));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 0);
    an_path_result_free(r);
    an_path_result_free(NULL);
    an_network_free(n);
}

static void test_json_and_text(void)
{
    an_network *n = build_network();
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "qf", "husayniyyun", NULL));
    char *json = NULL, *text = NULL;
    size_t length = 0;
    AN_T_CHECK_OK(an_path_result_json(&json, &length, r));
    AN_T_CHECK(json && strlen(json) == length);
    if (json) {
        AN_T_CHECK(strncmp(json, "{\"paths\": [{\"nodes\": [\"qf\", \"husayniyyun\"], \"hops\": [{\"relation\": \"trains\", "
                                 "\"year\": 2015, \"confidence\": \"stated\", \"source\": \"Source e2\", "
                                 "\"locator\": \"p. 11\", \"edge\": \"e2\"",
                           strlen("{\"paths\": [{\"nodes\": [\"qf\", \"husayniyyun\"], \"hops\": [{\"relation\": "
                                  "\"trains\", \"year\": 2015, \"confidence\": \"stated\", \"source\": \"Source e2\", "
                                  "\"locator\": \"p. 11\", \"edge\": \"e2\"")) == 0);
        AN_T_CHECK(strstr(json, "\"alternatives\": [{\"relation\": \"supports\", \"year\": 2016") != NULL);
        AN_T_CHECK(strstr(json, "\"truncated\": false") != NULL);
    }
    AN_T_CHECK_OK(an_path_result_text(&text, NULL, r));
    AN_T_CHECK(text && strstr(text, "qf -[trains]-> husayniyyun") && strstr(text, "Source e2; p. 11") &&
               strstr(text, "also: supports"));
    an_free(json);
    an_free(text);
    an_path_result_free(r);
    /* an empty result, and a missing year as null */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "attack", "iran", NULL));
    AN_T_CHECK_OK(an_path_result_json(&json, NULL, r));
    AN_T_CHECK(json && strncmp(json, "{\"paths\": [], \"truncated\": false", strlen("{\"paths\": [], \"truncated\": false")) == 0);
    AN_T_CHECK_OK(an_path_result_text(&text, NULL, r));
    AN_T_CHECK(text && strstr(text, "no path from attack to iran"));
    an_free(json);
    an_free(text);
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "qf", NULL));
    AN_T_CHECK_OK(an_path_result_json(&json, NULL, r));
    AN_T_CHECK(json && strstr(json, "\"year\": null"));
    an_free(json);
    an_path_result_free(r);
    AN_T_CHECK_CODE(an_path_result_json(NULL, NULL, r), AN_EMISUSE);
    AN_T_CHECK_CODE(an_path_result_json(&json, NULL, NULL), AN_EMISUSE);
    an_network_free(n);
}

/* Absent citation columns are NULL, not errors. */
static void test_bare_network(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_new(&n, 0));
    AN_T_CHECK_OK(an_network_add_node(n, "a", NULL));
    AN_T_CHECK_OK(an_network_add_node(n, "b", NULL));
    AN_T_CHECK_OK(an_network_add_edge(n, 0, 1, -1, NULL, NULL));
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "b", "a", NULL));
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        const an_path_hop *hop = &r->paths[0].hops[0];
        AN_T_CHECK(!hop->relation && !hop->confidence && !hop->source && !hop->locator && !hop->edge_id);
        AN_T_CHECK(isnan(hop->year) && hop->reversed == 1);
    }
    char *json = NULL;
    AN_T_CHECK_OK(an_path_result_json(&json, NULL, r));
    AN_T_CHECK(json && strstr(json, "{\"relation\": null, \"year\": null, \"confidence\": null, \"source\": null, "
                                    "\"locator\": null, \"edge\": null"));
    an_free(json);
    an_path_result_free(r);
    an_network_free(n);
}

int main(void)
{
    AN_T_RUN(test_shortest_unfiltered);
    AN_T_RUN(test_shortest_filters);
    AN_T_RUN(test_direction);
    AN_T_RUN(test_parallel_ties);
    AN_T_RUN(test_weighted);
    AN_T_RUN(test_k_shortest);
    AN_T_RUN(test_all_simple);
    AN_T_RUN(test_errors_and_ends);
    AN_T_RUN(test_json_and_text);
    AN_T_RUN(test_bare_network);
    return an_t_finish();
}
