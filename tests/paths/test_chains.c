/*
 * test_chains.c — chains that mean something, worked by hand: time-respecting chains (a chain
 * reachable only backwards in time is not found; intervals; undated hops allowed and flagged;
 * the tie cited when several join two actors) and chains through the influence lens (flows
 * followed the way they run, member_of from the organisation to its member, symmetric ties
 * either way, hostile and descriptive ties never walked, ends outside the lens refused).
 */
#include "actornet.h"
#include "../harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tie {
    const char *source, *target, *relation, *confidence;
    double year, end;   /* NaN: absent */
    int directed;
} tie;

#define U NAN

/* A network of the named actors (classes from `classes`, "id=class" each) and ties. */
static an_network *build(const char *const *classes, const tie *ties, size_t count)
{
    an_network *n = NULL;
    an_network_new(&n, 1);
    int type, relation, confidence, year, end;
    an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    an_network_add_column(n, AN_DOMAIN_EDGE, "confidence", AN_TYPE_STRING, &confidence);
    an_network_add_column(n, AN_DOMAIN_EDGE, "year", AN_TYPE_INT, &year);
    an_network_add_column(n, AN_DOMAIN_EDGE, "end", AN_TYPE_INT, &end);
    for (size_t i = 0; classes[i]; i++) {
        char id[64];
        const char *equals = strchr(classes[i], '=');
        snprintf(id, sizeof id, "%.*s", (int)(equals - classes[i]), classes[i]);
        int64_t v;
        an_network_add_node(n, id, &v);
        an_network_set_string(n, AN_DOMAIN_NODE, type, v, equals + 1);
    }
    for (size_t e = 0; e < count; e++) {
        int64_t s, t, edge;
        an_network_find_node(n, ties[e].source, &s);
        an_network_find_node(n, ties[e].target, &t);
        an_network_add_edge(n, s, t, ties[e].directed, NULL, &edge);
        an_network_set_string(n, AN_DOMAIN_EDGE, relation, edge, ties[e].relation);
        an_network_set_string(n, AN_DOMAIN_EDGE, confidence, edge, ties[e].confidence);
        if (ties[e].year == ties[e].year)
            an_network_set_integer(n, AN_DOMAIN_EDGE, year, edge, (int64_t)ties[e].year);
        if (ties[e].end == ties[e].end)
            an_network_set_integer(n, AN_DOMAIN_EDGE, end, edge, (int64_t)ties[e].end);
    }
    return n;
}

/* "a>b>c" for a path. */
static const char *nodes_of(const an_path *path)
{
    static char text[256];
    text[0] = '\0';
    for (int64_t i = 0; i <= path->length; i++) {
        strcat(text, i ? ">" : "");
        strcat(text, path->node_ids[i]);
    }
    return text;
}

static const char *const people[] = { "a=person", "b=person", "c=person", "d=person", NULL };

static an_path_result *shortest(const an_network *n, const char *from, const char *to, int time_respecting)
{
    an_path_options o = AN_PATH_OPTIONS_INIT;
    o.time_respecting = time_respecting;
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, from, to, &o));
    return r;
}

static void test_backwards_in_time_is_not_found(void)
{
    /* a -trains 2010-> b -funds 2005-> c: reachable only by going back five years */
    const tie ties[] = { { "a", "b", "trains", "stated", 2010, U, 1 }, { "b", "c", "funds", "stated", 2005, U, 1 } };
    an_network *n = build(people, ties, 2);
    an_path_result *r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 0 && r->time_respecting == 1);
    an_path_result_free(r);
    r = shortest(n, "a", "c", 0);
    AN_T_CHECK(r && r->count == 1 && r->time_respecting == 0);
    an_path_result_free(r);
    an_path_options o = AN_PATH_OPTIONS_INIT;
    o.time_respecting = 1;
    AN_T_CHECK_OK(an_paths_k_shortest(&r, n, "a", "c", 3, &o));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "a", "c", 3, &o));
    AN_T_CHECK(r && r->count == 0 && !r->truncated);
    an_path_result_free(r);
    an_network_free(n);

    /* a second, later funding tie makes the chain possible, and is the one cited */
    const tie later[] = { { "a", "b", "trains", "stated", 2010, U, 1 }, { "b", "c", "funds", "stated", 2005, U, 1 },
                          { "b", "c", "funds", "reported", 2012, U, 1 } };
    n = build(people, later, 3);
    r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        const an_path_hop *hop = &r->paths[0].hops[1];
        AN_T_CHECK(hop->year == 2012 && strcmp(hop->confidence, "reported") == 0);
        AN_T_CHECK(hop->alternative_count == 1 && hop->alternatives[0].year == 2005);
        AN_T_CHECK(r->paths[0].undated_hops == 0 && !hop->undated);
    }
    an_path_result_free(r);
    /* without time the stated tie is preferred */
    r = shortest(n, "a", "c", 0);
    AN_T_CHECK(r && r->count == 1 && r->paths[0].hops[1].year == 2005);
    an_path_result_free(r);
    an_network_free(n);
}

static void test_intervals(void)
{
    /* a tie dated [2000, 2010] lasts: a later hop in 2008 may follow it ... */
    const tie ok[] = { { "a", "b", "trains", "stated", 2000, 2010, 1 }, { "b", "c", "funds", "stated", 2008, U, 1 } };
    an_network *n = build(people, ok, 2);
    an_path_result *r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 1);
    an_path_result_free(r);
    an_network_free(n);
    /* ... but a tie over by 2009 cannot follow a hop in 2010 */
    const tie over[] = { { "a", "b", "trains", "stated", 2010, U, 1 }, { "b", "c", "funds", "stated", 2000, 2009, 1 } };
    n = build(people, over, 2);
    r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    an_network_free(n);
    /* a tie still running in 2012 can: it lasts past 2010 */
    const tie running[] = { { "a", "b", "trains", "stated", 2010, U, 1 },
                            { "b", "c", "funds", "stated", 2000, 2012, 1 } };
    n = build(people, running, 2);
    r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 1);
    an_path_result_free(r);
    an_network_free(n);
    /* same year twice is in order */
    const tie same[] = { { "a", "b", "trains", "stated", 2010, U, 1 }, { "b", "c", "funds", "stated", 2010, U, 1 } };
    n = build(people, same, 2);
    r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 1);
    an_path_result_free(r);
    an_network_free(n);
}

static void test_undated_hops(void)
{
    /* an undated hop between two dated ones: allowed, flagged, and it does not move the clock */
    const tie ties[] = { { "a", "b", "trains", "stated", 2010, U, 1 }, { "b", "c", "funds", "stated", U, U, 1 },
                         { "c", "d", "commands", "stated", 2011, U, 1 } };
    an_network *n = build(people, ties, 3);
    an_path_result *r = shortest(n, "a", "d", 1);
    AN_T_CHECK(r && r->count == 1 && r->paths[0].undated_hops == 1);
    if (r && r->count == 1) {
        AN_T_CHECK(!r->paths[0].hops[0].undated && r->paths[0].hops[1].undated && !r->paths[0].hops[2].undated);
        char *text = NULL;
        AN_T_CHECK_OK(an_path_result_text(&text, NULL, r));
        AN_T_CHECK(text && strstr(text, "undated: chronology not checked") && strstr(text, "time-respecting"));
        an_free(text);
        AN_T_CHECK_OK(an_path_result_json(&text, NULL, r));
        AN_T_CHECK(text && strstr(text, "\"undated\": true") && strstr(text, "\"undated_hops\": 1") &&
                   strstr(text, "\"time_respecting\": true"));
        an_free(text);
    }
    an_path_result_free(r);
    an_network_free(n);
}

static void test_the_tie_cited(void)
{
    /* a to b: a reported undated tie and a stated one of 2001; b to c in 2003: the stated tie */
    const tie fits[] = { { "a", "b", "trains", "reported", U, U, 1 }, { "a", "b", "trains", "stated", 2001, U, 1 },
                         { "b", "c", "funds", "stated", 2003, U, 1 } };
    an_network *n = build(people, fits, 3);
    an_path_result *r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 1 && strcmp(r->paths[0].hops[0].confidence, "stated") == 0);
    an_path_result_free(r);
    an_network_free(n);
    /* b to c in 1999: only the undated reported tie keeps the chain in order, so it is cited */
    const tie forced[] = { { "a", "b", "trains", "reported", U, U, 1 }, { "a", "b", "trains", "stated", 2001, U, 1 },
                           { "b", "c", "funds", "stated", 1999, U, 1 } };
    n = build(people, forced, 3);
    r = shortest(n, "a", "c", 1);
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        const an_path_hop *hop = &r->paths[0].hops[0];
        AN_T_CHECK(strcmp(hop->confidence, "reported") == 0 && hop->undated);
        AN_T_CHECK(hop->alternative_count == 1 && hop->alternatives[0].year == 2001);
    }
    an_path_result_free(r);
    an_network_free(n);
}

static an_lens influence(void)
{
    an_lens lens = AN_LENS_INIT;
    an_lens_preset(&lens, "influence");
    return lens;
}

static void test_influence_lens(void)
{
    static const char *const actors[] = { "iran=state", "unit=unit", "org=organisation", "member=person",
                                          "brother=person", "rival=organisation", "city=place", "attack=event",
                                          NULL };
    const tie ties[] = {
        { "unit", "iran", "part_of", "stated", U, U, 1 },        /* control flows iran -> unit */
        { "unit", "org", "trains", "stated", 2013, U, 1 },
        { "member", "org", "member_of", "stated", U, U, 1 },     /* org -> member */
        { "member", "brother", "kin_of", "stated", U, U, 1 },    /* stored one way: either way */
        { "brother", "attack", "perpetrated", "stated", 2018, U, 1 },
        { "iran", "rival", "opposes", "stated", U, U, 1 },       /* hostile: never walked */
        { "rival", "attack", "perpetrated", "stated", 2018, U, 1 },
        { "org", "city", "located_in", "stated", U, U, 1 },      /* descriptive: never walked */
        { "city", "attack", "affiliated_with", "stated", U, U, 1 },
    };
    an_network *n = build(actors, ties, sizeof ties / sizeof *ties);
    an_lens lens = influence();
    an_path_options o = AN_PATH_OPTIONS_INIT;
    o.lens = &lens;
    o.time_respecting = 1;
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_all_simple(&r, n, "iran", "attack", 8, &o));
    AN_T_CHECK(r && r->count == 1);
    if (r && r->count == 1) {
        AN_T_CHECK_STR(nodes_of(&r->paths[0]), "iran>unit>org>member>brother>attack");
        const an_path_hop *h = r->paths[0].hops;
        AN_T_CHECK(h[0].reversed && h[0].along_flow == 1 && h[0].directed);   /* iran <-part_of- unit */
        AN_T_CHECK(!h[1].reversed && h[1].along_flow == 1);                    /* unit -trains-> org */
        AN_T_CHECK(h[2].reversed && h[2].along_flow == 1);                     /* org <-member_of- member */
        AN_T_CHECK(!h[3].reversed && !h[3].directed);                          /* member -kin_of- brother */
        AN_T_CHECK_STR(r->lens, "influence");
    }
    an_path_result_free(r);
    /* kinship either way: from the brother back to the member */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "brother", "member", &o));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].hops[0].reversed && !r->paths[0].hops[0].directed);
    an_path_result_free(r);
    /* never from the member up to the organisation, unless asked, and then marked */
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "member", "org", &o));
    AN_T_CHECK(r && r->count == 0);
    an_path_result_free(r);
    o.ignore_direction = 1;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "member", "org", &o));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].hops[0].along_flow == 0 && !r->paths[0].hops[0].reversed);
    char *text = NULL;
    AN_T_CHECK_OK(an_path_result_text(&text, NULL, r));
    AN_T_CHECK(text && strstr(text, "against the way influence flows"));
    an_free(text);
    an_path_result_free(r);
    o.ignore_direction = 0;
    /* without the lens the hostile and descriptive ties make shorter chains */
    o.lens = NULL;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "iran", "attack", &o));
    AN_T_CHECK(r && r->count == 1 && r->paths[0].length == 2 && !r->lens);
    an_path_result_free(r);
    /* the cooperation lens sees agents only: the attack is outside it */
    an_lens_preset(&lens, "cooperation");
    o.lens = &lens;
    AN_T_CHECK_CODE(an_paths_shortest(&r, n, "iran", "attack", &o), AN_EINVAL);
    AN_T_CHECK(r == NULL && strstr(an_error_last()->message, "'attack' is outside the lens 'cooperation'"));
    an_network_free(n);
}

static void test_version_one_options(void)
{
    const tie ties[] = { { "a", "b", "trains", "stated", 2010, U, 1 }, { "b", "c", "funds", "stated", 2005, U, 1 } };
    an_network *n = build(people, ties, 2);
    an_path_options o = AN_PATH_OPTIONS_INIT;
    o.version = 1;
    o.time_respecting = 1;  /* past the end of a version-1 struct: not read */
    an_path_result *r = NULL;
    AN_T_CHECK_OK(an_paths_shortest(&r, n, "a", "c", &o));
    AN_T_CHECK(r && r->count == 1 && !r->time_respecting);
    an_path_result_free(r);
    an_network_free(n);
}

int main(void)
{
    AN_T_RUN(test_backwards_in_time_is_not_found);
    AN_T_RUN(test_intervals);
    AN_T_RUN(test_undated_hops);
    AN_T_RUN(test_the_tie_cited);
    AN_T_RUN(test_influence_lens);
    AN_T_RUN(test_version_one_options);
    return an_t_finish();
}
