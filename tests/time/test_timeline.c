/*
 * test_timeline.c — the timeline worked by hand on two small networks:
 * periods of every kind, the three undated-tie policies, per-period size,
 * density, components, degree and betweenness, entering and leaving, a lens;
 * communities that merge, split, are born, continue and die; snapshots and
 * the ties of a period; time-respecting reachability (agreeing with the
 * time-respecting chains of paths.h); bad options.
 */
#include "actornet.h"
#include "../harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tie {
    const char *source, *target, *relation;
    double year, end;   /* NaN: absent */
    int directed;
} tie;

#define U NAN

/* Nodes "id=class" or "id=class@start-end" (either year may be empty), and ties. */
static an_network *build(const char *const *nodes, const tie *ties, size_t count)
{
    an_network *n = NULL;
    an_network_new(&n, 1);
    int type, start, end_node, relation, year, end;
    an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(n, AN_DOMAIN_NODE, "start", AN_TYPE_INT, &start);
    an_network_add_column(n, AN_DOMAIN_NODE, "end", AN_TYPE_INT, &end_node);
    an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    an_network_add_column(n, AN_DOMAIN_EDGE, "year", AN_TYPE_INT, &year);
    an_network_add_column(n, AN_DOMAIN_EDGE, "end", AN_TYPE_INT, &end);
    for (size_t i = 0; nodes[i]; i++) {
        char id[64], class_name[64];
        const char *equals = strchr(nodes[i], '='), *at = strchr(nodes[i], '@');
        snprintf(id, sizeof id, "%.*s", (int)(equals - nodes[i]), nodes[i]);
        snprintf(class_name, sizeof class_name, "%.*s", (int)(at ? at - equals - 1 : (long)strlen(equals + 1)),
                 equals + 1);
        int64_t v;
        an_network_add_node(n, id, &v);
        an_network_set_string(n, AN_DOMAIN_NODE, type, v, class_name);
        if (at) {
            char *dash = NULL;
            long s = strtol(at + 1, &dash, 10);
            if (dash != at + 1)
                an_network_set_integer(n, AN_DOMAIN_NODE, start, v, s);
            if (dash[1])
                an_network_set_integer(n, AN_DOMAIN_NODE, end_node, v, strtol(dash + 1, NULL, 10));
        }
    }
    for (size_t e = 0; e < count; e++) {
        int64_t s, t, edge;
        an_network_find_node(n, ties[e].source, &s);
        an_network_find_node(n, ties[e].target, &t);
        an_network_add_edge(n, s, t, ties[e].directed, NULL, &edge);
        an_network_set_string(n, AN_DOMAIN_EDGE, relation, edge, ties[e].relation);
        if (ties[e].year == ties[e].year)
            an_network_set_integer(n, AN_DOMAIN_EDGE, year, edge, (int64_t)ties[e].year);
        if (ties[e].end == ties[e].end)
            an_network_set_integer(n, AN_DOMAIN_EDGE, end, edge, (int64_t)ties[e].end);
    }
    return n;
}

/*
 * The first network. Periods of 5 years over 2000-2007: [2000,2005) and [2005,2010).
 *   a->b funds 2000, b->c funds 2001, c->a funds 2003-2004, d->e funds 2006, e->f funds 2007,
 *   a->d funds (undated), b->a opposes 2001 (hostile), a->p located_in 2002 (p a place).
 * Actor dates: a from 1990; d 2005-2010.
 */
static const char *const people[] = { "a=person@1990-", "b=person", "c=person", "d=person@2005-2010",
                                      "e=person", "f=person", "p=place", NULL };
static const tie ties[] = { { "a", "b", "funds", 2000, U, 1 },       { "b", "c", "funds", 2001, U, 1 },
                            { "c", "a", "funds", 2003, 2004, 1 },    { "d", "e", "funds", 2006, U, 1 },
                            { "e", "f", "funds", 2007, U, 1 },       { "a", "d", "funds", U, U, 1 },
                            { "b", "a", "opposes", 2001, U, 1 },     { "a", "p", "located_in", 2002, U, 1 } };
#define TIE_COUNT (sizeof ties / sizeof ties[0])

enum { A, B, C, D, E, F, P };

static an_timeline *compute(const an_network *n, const an_timeline_options *o)
{
    an_timeline *t = NULL;
    AN_T_CHECK_OK(an_timeline_compute(&t, n, o));
    return t;
}

static double score(const an_timeline *t, int64_t measure, int64_t period, int64_t node)
{
    return t->scores[(measure * t->period_count + period) * t->node_count + node];
}

static void test_fixed_windows_drop_undated(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    an_timeline *t = compute(n, NULL);
    if (!t)
        goto done;
    AN_T_CHECK(t->period_count == 2);
    AN_T_CHECK(t->periods[0].begin == 2000 && t->periods[0].end == 2005);
    AN_T_CHECK(t->periods[1].begin == 2005 && t->periods[1].end == 2010);
    AN_T_CHECK(t->dated_ties == 7 && t->undated_ties == 1 && t->unplaced_ties == 1);
    /* [2000,2005): a->b, b->c, c->a, b->a, a->p among a, b, c, p: 5 arcs of 4 * 3. */
    const an_timeline_period *q = &t->periods[0];
    AN_T_CHECK(q->actors == 4 && q->ties == 5 && q->undated_ties == 0);
    AN_T_CHECK_NEAR(q->density, 5.0 / 12.0, 1e-12);
    AN_T_CHECK(q->components == 1 && q->largest_component == 4);
    AN_T_CHECK(q->entering == 4 && q->leaving == 0);
    /* degree (in + out): a 4, b 3, c 2, p 1; betweenness: a on b->p, c->b, c->p (3), b on a->c (1). */
    AN_T_CHECK(t->measure_count == 2 && t->measures[0] == AN_DEGREE && t->measures[1] == AN_BETWEENNESS);
    AN_T_CHECK(score(t, 0, 0, A) == 4 && score(t, 0, 0, B) == 3 && score(t, 0, 0, C) == 2 && score(t, 0, 0, P) == 1);
    AN_T_CHECK(score(t, 1, 0, A) == 3 && score(t, 1, 0, B) == 1 && score(t, 1, 0, C) == 0 && score(t, 1, 0, P) == 0);
    AN_T_CHECK(isnan(score(t, 0, 0, D)) && isnan(score(t, 1, 0, E))); /* absent, not 0 */
    /* [2005,2010): d->e, e->f. */
    q = &t->periods[1];
    AN_T_CHECK(q->actors == 3 && q->ties == 2);
    AN_T_CHECK_NEAR(q->density, 2.0 / 6.0, 1e-12);
    AN_T_CHECK(q->entering == 3 && q->leaving == 4);
    AN_T_CHECK(score(t, 0, 1, E) == 2 && score(t, 1, 1, E) == 1 && score(t, 1, 1, D) == 0);
    AN_T_CHECK(isnan(score(t, 0, 1, A)));
    AN_T_CHECK(t->active[0 * 7 + P] == 1 && t->active[1 * 7 + P] == 0);
done:
    an_timeline_free(t);
    an_network_free(n);
}

static void test_undated_every_period_and_by_actors(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.undated = AN_TIMELINE_UNDATED_EVERY_PERIOD;
    an_timeline *t = compute(n, &o);
    if (t) {
        /* a->d in both periods. */
        AN_T_CHECK(t->unplaced_ties == 0);
        AN_T_CHECK(t->periods[0].actors == 5 && t->periods[0].ties == 6 && t->periods[0].undated_ties == 1);
        AN_T_CHECK(t->periods[1].actors == 4 && t->periods[1].ties == 3 && t->periods[1].undated_ties == 1);
        AN_T_CHECK(t->periods[1].components == 1 && t->periods[1].largest_component == 4);
        AN_T_CHECK(t->periods[1].entering == 2 && t->periods[1].leaving == 3); /* e, f in; b, c, p out */
    }
    an_timeline_free(t);
    /* By the actors: a (from 1990) and d (2005-2010) place a->d in [2005, 2010]: the second period only. */
    o.undated = AN_TIMELINE_UNDATED_BY_ACTORS;
    t = compute(n, &o);
    if (t) {
        AN_T_CHECK(t->unplaced_ties == 0);
        AN_T_CHECK(t->periods[0].actors == 4 && t->periods[0].ties == 5 && t->periods[0].undated_ties == 0);
        AN_T_CHECK(t->periods[1].actors == 4 && t->periods[1].ties == 3 && t->periods[1].undated_ties == 1);
        AN_T_CHECK(score(t, 0, 1, D) == 2);
    }
    an_timeline_free(t);
    /* An undated tie between two undated actors cannot be placed. */
    static const char *const two[] = { "x=person", "y=person", "z=person", NULL };
    static const tie xy[] = { { "x", "y", "funds", U, U, 1 }, { "y", "z", "funds", 2000, U, 1 } };
    an_network *m = build(two, xy, 2);
    t = compute(m, &o);
    if (t) {
        AN_T_CHECK(t->period_count == 1 && t->periods[0].ties == 1 && t->unplaced_ties == 1);
    }
    an_timeline_free(t);
    an_network_free(m);
    an_network_free(n);
}

static void test_sliding_breaks_phases(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.communities = 0;
    /* Width 2 every 3 years from 2000 while the start <= 2007: [2000,2002) [2003,2005) [2006,2008). */
    o.windows = AN_WINDOWS_SLIDING;
    o.width = 2;
    o.step = 3;
    an_timeline *t = compute(n, &o);
    if (t) {
        AN_T_CHECK(t->period_count == 3);
        AN_T_CHECK(t->periods[1].begin == 2003 && t->periods[1].end == 2005);
        AN_T_CHECK(t->periods[0].ties == 3 && t->periods[0].actors == 3); /* a->b, b->c, b->a */
        AN_T_CHECK(t->periods[1].ties == 1 && t->periods[1].actors == 2); /* c->a 2003-2004 */
        AN_T_CHECK(t->periods[2].ties == 2);
        AN_T_CHECK(t->periods[0].communities == 0 && t->event_count == 0);
    }
    an_timeline_free(t);
    /* Breaks 2002, 2006 (and 1990, outside the range, ignored): [2000,2002) [2002,2006) [2006,2008). */
    const double breaks[] = { 1990, 2002, 2006 };
    o.windows = AN_WINDOWS_BREAKS;
    o.breaks = breaks;
    o.break_count = 3;
    t = compute(n, &o);
    if (t) {
        AN_T_CHECK(t->period_count == 3);
        AN_T_CHECK(t->periods[0].begin == 2000 && t->periods[0].end == 2002);
        AN_T_CHECK(t->periods[2].begin == 2006 && t->periods[2].end == 2008);
        AN_T_CHECK(t->periods[1].ties == 2 && t->periods[1].actors == 3); /* c->a, a->p */
    }
    an_timeline_free(t);
    /* Phases: ties begin in 2000-2003 and 2006-2007; two empty years between. */
    o.windows = AN_WINDOWS_PHASES;
    int64_t gaps[] = { 0, 1, 2 }, expected[] = { 2, 2, 1 };
    for (int i = 0; i < 3; i++) {
        o.gap = gaps[i];
        t = compute(n, &o);
        if (t) {
            AN_T_CHECK(t->period_count == expected[i]);
            if (expected[i] == 2)
                AN_T_CHECK(t->periods[0].begin == 2000 && t->periods[0].end == 2004 && t->periods[1].begin == 2006 &&
                           t->periods[1].end == 2008);
        }
        an_timeline_free(t);
    }
    /* A range: from 2001 to 2003 with fixed windows of 2 years aligned on even years: [2000,2002) [2002,2004). */
    o.windows = AN_WINDOWS_FIXED;
    o.width = 2;
    o.has_from = o.has_to = 1;
    o.from = 2001;
    o.to = 2003;
    t = compute(n, &o);
    if (t) {
        AN_T_CHECK(t->period_count == 2 && t->periods[0].begin == 2000 && t->periods[1].end == 2004);
        AN_T_CHECK(t->unplaced_ties == 3); /* d->e, e->f, a->d */
    }
    an_timeline_free(t);
    an_network_free(n);
}

/* A tie with only an end lies in its end year, not in every period before it. */
static void test_end_only_tie(void)
{
    static const char *const three[] = { "x=person", "y=person", "z=person", NULL };
    static const tie list[] = { { "x", "y", "funds", U, 2003, 1 }, { "y", "z", "funds", 2000, U, 1 } };
    an_network *n = build(three, list, 2);
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    const double breaks[] = { 2002 };
    o.windows = AN_WINDOWS_BREAKS;
    o.breaks = breaks;
    o.break_count = 1;
    an_timeline *t = compute(n, &o);
    if (t) {
        AN_T_CHECK(t->period_count == 2 && t->periods[1].end == 2004);
        AN_T_CHECK(t->periods[0].ties == 1 && t->periods[1].ties == 1);
        AN_T_CHECK(t->active[0 * 3 + 0] == 0 && t->active[1 * 3 + 0] == 1);
    }
    an_timeline_free(t);
    an_network_free(n);
}

static void test_lens(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    an_lens lens;
    AN_T_CHECK_OK(an_lens_preset(&lens, "cooperation"));
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.policy.lens = &lens;
    an_timeline *t = compute(n, &o);
    if (t) {
        /* Without the hostile b->a and the place p: the cycle a->b->c->a, each on one path. */
        AN_T_CHECK_STR(t->lens, "cooperation");
        AN_T_CHECK(t->periods[0].actors == 3 && t->periods[0].ties == 3);
        AN_T_CHECK(score(t, 1, 0, A) == 1 && score(t, 1, 0, B) == 1 && score(t, 1, 0, C) == 1);
        AN_T_CHECK(score(t, 0, 0, A) == 2 && isnan(score(t, 0, 0, P)));
        AN_T_CHECK(t->dated_ties == 5 && t->undated_ties == 1);
    }
    an_timeline_free(t);
    an_network_free(n);
}

/*
 * Communities worked by hand, one period a year (undirected ties):
 *   2000: triangles abc and def;  2001: the clique on a..f;  2002: abc, def and ghi;  2003: ghi.
 * Expected (Jaccard 3/6 = 0.5 between a triangle and the six): 2001 merged twice (lineage new),
 * 2002 split twice and ghi born, 2003 ghi continued (1.0), abc and def died.
 */
static void test_communities_merge_split_born_continue_die(void)
{
    static const char *const nine[] = { "a=person", "b=person", "c=person", "d=person", "e=person",
                                        "f=person", "g=person", "h=person", "i=person", NULL };
    tie list[64];
    size_t count = 0;
    const char *abc[] = { "a", "b", "c" }, *def[] = { "d", "e", "f" }, *ghi[] = { "g", "h", "i" };
    const char *six[] = { "a", "b", "c", "d", "e", "f" };
    for (int year = 2000; year <= 2003; year++) {
        if (year == 2000 || year == 2002)
            for (int i = 0; i < 3; i++)
                for (int j = i + 1; j < 3; j++) {
                    list[count++] = (tie){ abc[i], abc[j], "kin_of", year, U, 0 };
                    list[count++] = (tie){ def[i], def[j], "kin_of", year, U, 0 };
                }
        if (year >= 2002)
            for (int i = 0; i < 3; i++)
                for (int j = i + 1; j < 3; j++)
                    list[count++] = (tie){ ghi[i], ghi[j], "kin_of", year, U, 0 };
        if (year == 2001)
            for (int i = 0; i < 6; i++)
                for (int j = i + 1; j < 6; j++)
                    list[count++] = (tie){ six[i], six[j], "kin_of", year, U, 0 };
    }
    an_network *n = build(nine, list, count);
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.width = 1;
    an_timeline *t = compute(n, &o);
    if (!t)
        goto done;
    AN_T_CHECK(t->period_count == 4);
    AN_T_CHECK(t->periods[0].communities == 2 && t->periods[1].communities == 1 && t->periods[2].communities == 3 &&
               t->periods[3].communities == 1);
    static const struct {
        int64_t period;
        int kind;
        int64_t before, after;
        double jaccard;
    } expected[] = { { 1, AN_EVENT_MERGED, 0, 0, 0.5 }, { 1, AN_EVENT_MERGED, 1, 0, 0.5 },
                     { 2, AN_EVENT_SPLIT, 0, 0, 0.5 },  { 2, AN_EVENT_SPLIT, 0, 1, 0.5 },
                     { 2, AN_EVENT_BORN, -1, 2, 0 },    { 3, AN_EVENT_CONTINUED, 2, 0, 1 },
                     { 3, AN_EVENT_DIED, 0, -1, 0 },    { 3, AN_EVENT_DIED, 1, -1, 0 } };
    AN_T_CHECK(t->event_count == 8);
    for (int64_t i = 0; i < t->event_count && i < 8; i++) {
        AN_T_CHECK(t->events[i].period == expected[i].period && t->events[i].kind == expected[i].kind);
        AN_T_CHECK(t->events[i].before == expected[i].before && t->events[i].after == expected[i].after);
        AN_T_CHECK_NEAR(t->events[i].jaccard, expected[i].jaccard, 1e-12);
    }
    /* Lineages: 2000 {0, 1}; 2001 {2}; 2002 {3, 4, 5}; 2003 {5} (ghi continued). */
    const int64_t lineages[] = { 0, 1, 2, 3, 4, 5, 5 };
    AN_T_CHECK(t->community_offsets[4] == 7 && t->lineage_count == 6);
    for (int i = 0; i < 7; i++)
        AN_T_CHECK(t->community_lineage[i] == lineages[i]);
    AN_T_CHECK(t->community[0 * 9 + 3] == 1 && t->community[1 * 9 + 3] == 0 && t->community[3 * 9 + 0] == -1);
    /* A threshold above 0.5: the triangle and the six no longer match (died / born instead). */
    an_timeline_free(t);
    o.match_threshold = 0.6;
    t = compute(n, &o);
    if (t) {
        AN_T_CHECK(t->events[0].kind == AN_EVENT_BORN && t->events[0].period == 1);
        AN_T_CHECK(t->events[1].kind == AN_EVENT_DIED && t->events[2].kind == AN_EVENT_DIED);
    }
done:
    an_timeline_free(t);
    an_network_free(n);
}

static void test_snapshot_and_period_ties(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    an_network *s = NULL;
    AN_T_CHECK_OK(an_timeline_snapshot(&s, n, NULL, 0));
    if (s) {
        AN_T_CHECK(an_network_node_count(s) == 4 && an_network_edge_count(s) == 5);
        AN_T_CHECK_STR(an_network_node_id(s, 3), "p");
    }
    an_network_free(s);
    int64_t *edges = NULL, count = 0;
    AN_T_CHECK_OK(an_timeline_period_ties(&edges, &count, n, NULL, 1));
    AN_T_CHECK(count == 2 && edges && edges[0] == 3 && edges[1] == 4);
    an_free(edges);
    AN_T_CHECK_CODE(an_timeline_snapshot(&s, n, NULL, 2), AN_ERANGE);
    AN_T_CHECK(s == NULL);
    AN_T_CHECK_CODE(an_timeline_period_ties(&edges, &count, n, NULL, -1), AN_ERANGE);
    an_network_free(n);
}

static const char *reached(const an_reach *r)
{
    static char text[256];
    text[0] = '\0';
    for (int64_t i = 0; i < r->reached_count; i++) {
        strcat(text, i ? " " : "");
        strcat(text, r->steps[i].id);
    }
    return text;
}

static an_reach *reach(const an_network *n, const char *source, int undated)
{
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.undated = undated;
    an_reach *r = NULL;
    AN_T_CHECK_OK(an_timeline_reach(&r, n, source, &o));
    return r;
}

static void test_reach(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    /* From a, dated ties only: b 2000, c 2001 (via b), p 2002; d only by the undated tie. */
    an_reach *r = reach(n, "a", AN_TIMELINE_UNDATED_DROP);
    if (r) {
        AN_T_CHECK_STR(reached(r), "a b c p");
        AN_T_CHECK(r->steps[2].arrival == 2001 && r->steps[2].hops == 2 && r->steps[2].previous == B);
        AN_T_CHECK_STR(r->steps[2].from, "b");
        AN_T_CHECK_STR(r->steps[2].relation, "funds");
        AN_T_CHECK(r->steps[2].edge == 1 && r->steps[2].year == 2001 && !r->steps[2].undated);
        AN_T_CHECK(r->steps[0].edge == -1 && isinf(r->steps[0].arrival));
    }
    an_reach_free(r);
    /* Undated ties in every period: a->d does not move the clock; then d->e 2006, e->f 2007. */
    r = reach(n, "a", AN_TIMELINE_UNDATED_EVERY_PERIOD);
    if (r) {
        AN_T_CHECK_STR(reached(r), "a d b c p e f");
        AN_T_CHECK(r->steps[1].undated && isinf(r->steps[1].arrival) && r->steps[1].hops == 1);
    }
    an_reach_free(r);
    /* By the actors: a->d placed in 2005-2010, so d is reached in 2005. */
    r = reach(n, "a", AN_TIMELINE_UNDATED_BY_ACTORS);
    if (r) {
        AN_T_CHECK_STR(reached(r), "a b c p d e f");
        AN_T_CHECK(r->steps[4].arrival == 2005);
    }
    an_reach_free(r);
    /* From c: c->a in 2003-2004, then a->b (2000) and a->p (2002) lie in the past. */
    r = reach(n, "c", AN_TIMELINE_UNDATED_DROP);
    if (r)
        AN_T_CHECK_STR(reached(r), "c a");
    an_reach_free(r);
    /* A range ending in 2001 leaves a->p out. */
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.has_to = 1;
    o.to = 2001;
    AN_T_CHECK_OK(an_timeline_reach(&r, n, "a", &o));
    if (r)
        AN_T_CHECK_STR(reached(r), "a b c");
    an_reach_free(r);
    AN_T_CHECK_CODE(an_timeline_reach(&r, n, "nobody", NULL), AN_ENOTFOUND);
    an_network_free(n);
}

/* Every actor reached under EVERY_PERIOD is one a time-respecting shortest path reaches, and no other. */
static void test_reach_agrees_with_chains(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    for (int64_t s = 0; s < an_network_node_count(n); s++) {
        const char *source = an_network_node_id(n, s);
        an_reach *r = reach(n, source, AN_TIMELINE_UNDATED_EVERY_PERIOD);
        if (!r)
            continue;
        for (int64_t v = 0; v < an_network_node_count(n); v++) {
            if (v == s)
                continue;
            an_path_options o = AN_PATH_OPTIONS_INIT;
            o.time_respecting = 1;
            an_path_result *paths = NULL;
            AN_T_CHECK_OK(an_paths_shortest(&paths, n, source, an_network_node_id(n, v), &o));
            int found = 0;
            for (int64_t i = 0; i < r->reached_count; i++)
                found |= r->steps[i].node == v;
            AN_T_CHECK(paths && found == (paths->count > 0));
            an_path_result_free(paths);
        }
        an_reach_free(r);
    }
    an_network_free(n);
}

static void test_json_and_csv(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    an_timeline *t = compute(n, NULL);
    char *text = NULL;
    AN_T_CHECK_OK(an_timeline_json(&text, NULL, t));
    AN_T_CHECK(text && strstr(text, "\"undated\": \"drop\"") && strstr(text, "\"entered\": [\"d\", \"e\", \"f\"]") &&
               strstr(text, "\"left\": [\"a\", \"b\", \"c\", \"p\"]") && strstr(text, "\"a\": [4, null]"));
    an_free(text);
    AN_T_CHECK_OK(an_timeline_csv(&text, NULL, t));
    AN_T_CHECK(text && strncmp(text, "id,period,begin,end,degree,betweenness,community,lineage\r\n", 58) == 0 &&
               strstr(text, "\r\na,0,2000,2005,4,3,"));
    an_free(text);
    an_reach *r = reach(n, "a", AN_TIMELINE_UNDATED_DROP);
    AN_T_CHECK_OK(an_reach_json(&text, NULL, r));
    AN_T_CHECK(text && strstr(text, "{\"id\": \"c\", \"arrival\": 2001, \"hops\": 2, \"from\": \"b\""));
    an_free(text);
    an_reach_free(r);
    an_timeline_free(t);
    an_network_free(n);
}

static void test_bad_options(void)
{
    an_network *n = build(people, ties, TIE_COUNT);
    an_timeline *t = NULL;
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    o.width = 0;
    AN_T_CHECK_CODE(an_timeline_compute(&t, n, &o), AN_EINVAL);
    o = (an_timeline_options)AN_TIMELINE_OPTIONS_INIT;
    const double backwards[] = { 2003, 2001 };
    o.windows = AN_WINDOWS_BREAKS;
    o.breaks = backwards;
    o.break_count = 2;
    AN_T_CHECK_CODE(an_timeline_compute(&t, n, &o), AN_EINVAL);
    o = (an_timeline_options)AN_TIMELINE_OPTIONS_INIT;
    o.match_threshold = 0;
    AN_T_CHECK_CODE(an_timeline_compute(&t, n, &o), AN_EINVAL);
    o = (an_timeline_options)AN_TIMELINE_OPTIONS_INIT;
    o.has_from = o.has_to = 1;
    o.from = 2005;
    o.to = 2001;
    AN_T_CHECK_CODE(an_timeline_compute(&t, n, &o), AN_EINVAL);
    o = (an_timeline_options)AN_TIMELINE_OPTIONS_INIT;
    o.version = 99;
    AN_T_CHECK_CODE(an_timeline_compute(&t, n, &o), AN_EMISUSE);
    o = (an_timeline_options)AN_TIMELINE_OPTIONS_INIT;
    o.width = 1e-6; /* 8 years in windows of a millionth: too many periods */
    AN_T_CHECK_CODE(an_timeline_compute(&t, n, &o), AN_ELIMIT);
    AN_T_CHECK(t == NULL);
    AN_T_CHECK_CODE(an_timeline_compute(NULL, n, NULL), AN_EMISUSE);
    /* No dated tie, nothing to cut. */
    static const char *const two[] = { "x=person", "y=person", NULL };
    static const tie undated[] = { { "x", "y", "funds", U, U, 1 } };
    an_network *m = build(two, undated, 1);
    AN_T_CHECK_CODE(an_timeline_compute(&t, m, NULL), AN_EEMPTY);
    AN_T_CHECK(strstr(an_error_last()->message, "no tie can be placed") != NULL);
    an_network_free(m);
    an_network_free(n);
}

int main(void)
{
    AN_T_RUN(test_fixed_windows_drop_undated);
    AN_T_RUN(test_undated_every_period_and_by_actors);
    AN_T_RUN(test_sliding_breaks_phases);
    AN_T_RUN(test_end_only_tie);
    AN_T_RUN(test_lens);
    AN_T_RUN(test_communities_merge_split_born_continue_die);
    AN_T_RUN(test_snapshot_and_period_ties);
    AN_T_RUN(test_reach);
    AN_T_RUN(test_reach_agrees_with_chains);
    AN_T_RUN(test_json_and_csv);
    AN_T_RUN(test_bad_options);
    return an_t_finish();
}
