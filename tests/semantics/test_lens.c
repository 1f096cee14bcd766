/*
 * test_lens.c — lenses on a small network worked by hand: which actors and ties each preset
 * sees and how it orients them, the lens's view, every kind of analysis through a lens (results
 * in the caller's node order, NaN / -1 outside), the default choice, and a user's vocabulary
 * changing the rules.
 *
 * The network (directed file; `type` of each node, `relation` of each tie):
 *   A person, B organisation, C state, D person, P place, E event, X (no type), U alien
 *   e0 A member_of B      cooperative, flow backward
 *   e1 C funds B          cooperative, forward
 *   e2 C arrested A       hostile
 *   e3 A kin_of D         cooperative, symmetric (stored directed: made undirected)
 *   e4 B located_in P     neutral
 *   e5 A perpetrated E    cooperative, forward (E is context)
 *   e6 B affiliated_with C  cooperative, no flow
 *   e7 X supports B       cooperative, forward (X has no mode)
 *   e8 C frobnicates B    not in the vocabulary: no sign
 *   e9 B rivals C         hostile, symmetric
 *   e10 U funds A         U's class is not in the vocabulary
 */
#include "actornet.h"
#include "../harness.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { A, B, C, D, P, E, X, U, NODES };

static an_network *build(void)
{
    an_network *n = NULL;
    an_network_new(&n, 1);
    static const char *const ids[NODES] = { "A", "B", "C", "D", "P", "E", "X", "U" };
    static const char *const types[NODES] = { "person", "organisation", "state", "person", "place", "event", NULL,
                                              "alien" };
    int type, relation;
    an_network_add_column(n, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &type);
    an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
    for (int v = 0; v < NODES; v++) {
        an_network_add_node(n, ids[v], NULL);
        if (types[v])
            an_network_set_string(n, AN_DOMAIN_NODE, type, v, types[v]);
    }
    static const struct { int s, t; const char *relation; } ties[] = {
        { A, B, "member_of" }, { C, B, "funds" },      { C, A, "arrested" },       { A, D, "kin_of" },
        { B, P, "located_in" }, { A, E, "perpetrated" }, { B, C, "affiliated_with" }, { X, B, "supports" },
        { C, B, "frobnicates" }, { B, C, "rivals" },   { U, A, "funds" } };
    for (size_t e = 0; e < sizeof ties / sizeof *ties; e++) {
        an_network_add_edge(n, ties[e].s, ties[e].t, 1, NULL, NULL);
        an_network_set_string(n, AN_DOMAIN_EDGE, relation, (int64_t)e, ties[e].relation);
    }
    return n;
}

static an_lens preset(const char *name)
{
    an_lens lens = AN_LENS_INIT;
    an_lens_preset(&lens, name);
    return lens;
}

/* The selection's node flags and tie orientations as strings, e.g. "11110000" and "1020...". */
static void check_selection(const an_network *n, const char *lens_name, const char *nodes, const char *edges,
                            int64_t reoriented)
{
    an_lens lens = preset(lens_name);
    an_lens_selection *s = NULL;
    AN_T_CHECK_OK(an_lens_select(&s, n, &lens));
    if (!s)
        return;
    char got_nodes[32] = "", got_edges[32] = "";
    int64_t kept_nodes = 0, kept_edges = 0;
    for (int64_t v = 0; v < s->node_count; v++) {
        got_nodes[v] = (char)('0' + s->nodes[v]);
        kept_nodes += s->nodes[v];
    }
    for (int64_t e = 0; e < s->edge_count; e++) {
        got_edges[e] = (char)('0' + s->edges[e]);
        kept_edges += s->edges[e] != 0;
    }
    if (strcmp(got_nodes, nodes) != 0 || strcmp(got_edges, edges) != 0)
        fprintf(stderr, "lens %s: nodes %s edges %s, expected %s %s\n", lens_name, got_nodes, got_edges, nodes, edges);
    AN_T_CHECK_STR(got_nodes, nodes);
    AN_T_CHECK_STR(got_edges, edges);
    AN_T_CHECK(s->kept_nodes == kept_nodes && s->kept_edges == kept_edges);
    AN_T_CHECK(s->reoriented_edges == reoriented);
    AN_T_CHECK(s->nodes_without_mode == 2);  /* X and U */
    AN_T_CHECK(s->edges_without_sign == 1);  /* frobnicates */
    AN_T_CHECK_STR(s->vocabulary_origin, "built-in");
    AN_T_CHECK_STR(s->name, lens_name);
    an_lens_selection_free(s);
}

static void test_presets(void)
{
    an_network *n = build();
    /* edges: 0 unseen, 1 as stored, 2 reversed, 3 undirected */
    check_selection(n, "all", "11111111", "11131111131", 2);
    check_selection(n, "cooperation", "11110000", "11030010000", 1);
    check_selection(n, "conflict", "11111111", "00100000030", 1);
    check_selection(n, "influence", "11111111", "21030101001", 2);
    an_lens lens = preset("influence");
    an_lens_selection *s = NULL;
    AN_T_CHECK_OK(an_lens_select(&s, n, &lens));
    AN_T_CHECK(s && s->edges_without_flow == 1); /* affiliated_with: cooperative, but no flow */
    an_lens_selection_free(s);
    AN_T_CHECK_CODE(an_lens_preset(&lens, "friendship"), AN_ENOTFOUND);
    AN_T_CHECK(strstr(an_error_last()->message, "cooperation") != NULL);
    const char *const *names = an_lens_preset_names();
    AN_T_CHECK(names && names[0] && names[4] == NULL);
    AN_T_CHECK(an_lens_preset_description("conflict") != NULL && an_lens_preset_description("x") == NULL);
    an_network_free(n);
}

static void test_view(void)
{
    an_network *n = build();
    an_lens lens = preset("influence");
    an_network *view = NULL;
    AN_T_CHECK_OK(an_lens_view(&view, n, &lens));
    AN_T_CHECK(view && an_network_node_count(view) == NODES && an_network_edge_count(view) == 6);
    int64_t s = -1, t = -1;
    /* view edge 0 is e0, member_of walked from the organisation to its member */
    an_network_edge_endpoints(view, 0, &s, &t);
    AN_T_CHECK(s == B && t == A && an_network_edge_directed(view, 0) == 1);
    /* view edge 2 is e3, kinship: undirected */
    an_network_edge_endpoints(view, 2, &s, &t);
    AN_T_CHECK(s == A && t == D && an_network_edge_directed(view, 2) == 0);
    an_network_free(view);
    lens = preset("cooperation");
    AN_T_CHECK_OK(an_lens_view(&view, n, &lens));
    AN_T_CHECK(view && an_network_node_count(view) == 4 && an_network_edge_count(view) == 4);
    AN_T_CHECK_STR(an_network_node_id(view, 3), "D");
    an_network_free(view);
    an_network_free(n);
}

static void test_analyses_through_a_lens(void)
{
    an_network *n = build();
    an_lens lens = preset("cooperation");
    /* Degree on the cooperation lens read undirected: the simple graph A-B, B-C, A-D (e1 and
     * e6 join the same pair), n = 4: degrees 2, 2, 1, 1 over n - 1 = 3. */
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    options.policy.direction = AN_AS_UNDIRECTED;
    options.policy.lens = &lens;
    double degree[NODES];
    AN_T_CHECK_OK(an_centrality_compute(degree, n, AN_DEGREE, &options));
    const double expected[NODES] = { 2.0 / 3, 2.0 / 3, 1.0 / 3, 1.0 / 3, NAN, NAN, NAN, NAN };
    for (int v = 0; v < NODES; v++) {
        if (isnan(expected[v]))
            AN_T_CHECK(isnan(degree[v]));
        else
            AN_T_CHECK_NEAR(degree[v], expected[v], 1e-15);
    }
    /* betweenness: B lies on A-C, A on D-B and D-C: B 2, A 2 (of 3 pairs each, normalised) */
    double betweenness[NODES];
    AN_T_CHECK_OK(an_betweenness_exact(betweenness, n, 1, &options));
    AN_T_CHECK_NEAR(betweenness[A], 2.0 / 3, 1e-12);
    AN_T_CHECK_NEAR(betweenness[B], 2.0 / 3, 1e-12);
    AN_T_CHECK_NEAR(betweenness[C], 0.0, 1e-15);
    AN_T_CHECK(isnan(betweenness[P]) && isnan(betweenness[X]));
    double density = 0;
    AN_T_CHECK_OK(an_network_density(&density, n, &options.policy));
    AN_T_CHECK_NEAR(density, 3.0 / 6, 1e-15); /* 3 pairs of 6 */

    an_components *components = NULL;
    AN_T_CHECK_OK(an_network_components(&components, n, AN_COMPONENTS_WEAK, &options.policy));
    AN_T_CHECK(components && components->node_count == NODES && components->count == 1 && components->largest == 4);
    for (int v = 0; v < NODES; v++)
        AN_T_CHECK(components->membership[v] == (v <= D ? 0 : -1));
    an_components_free(components);

    int64_t points[NODES], count = 0;
    AN_T_CHECK_OK(an_network_articulation_points(points, &count, n, &options.policy));
    AN_T_CHECK(count == 2 && points[0] == A && points[1] == B);
    int64_t bridges[16];
    AN_T_CHECK_OK(an_network_bridges(bridges, &count, n, &options.policy));
    /* every pair is a bridge; the bridge between B and C is one of e1/e6 (the first, e1) */
    AN_T_CHECK(count == 3 && bridges[0] == 0 && bridges[1] == 1 && bridges[2] == 3);

    an_community_options co = AN_COMMUNITY_OPTIONS_INIT;
    co.policy.lens = &lens;
    an_partition *partition = NULL;
    AN_T_CHECK_OK(an_network_communities(&partition, n, &co));
    AN_T_CHECK(partition && partition->node_count == NODES);
    for (int v = P; partition && v < NODES; v++)
        AN_T_CHECK(partition->membership[v] == -1);
    for (int v = A; partition && v <= D; v++)
        AN_T_CHECK(partition->membership[v] >= 0);
    an_partition_free(partition);

    an_keyplayer_options ko = AN_KEYPLAYER_OPTIONS_INIT;
    ko.lens = &lens;
    ko.exact = 1;
    int64_t set[1];
    an_keyplayer_result kr;
    /* path D-A-B-C: removing A or B leaves one connected pair of 3 ordered-pair sets: F = 2/3 */
    AN_T_CHECK_OK(an_keyplayers_find(set, &kr, n, 1, &ko));
    AN_T_CHECK(set[0] == A || set[0] == B);
    AN_T_CHECK_NEAR(kr.score, 2.0 / 3, 1e-12);
    int64_t outside = P;
    double score;
    AN_T_CHECK_CODE(an_keyplayers_score(&score, n, &outside, 1, &ko), AN_EINVAL);
    AN_T_CHECK(strstr(an_error_last()->message, "'P' is outside the lens") != NULL);

    an_whatif_options wo = AN_WHATIF_OPTIONS_INIT;
    wo.lens = &lens;
    an_whatif_result wr;
    const char *remove[] = { "B" };
    AN_T_CHECK_OK(an_whatif_remove(&wr, n, remove, 1, &wo));
    AN_T_CHECK(wr.before.nodes == 4 && wr.after.nodes == 3 && wr.after.components == 2);
    const char *place[] = { "P" };
    AN_T_CHECK_CODE(an_whatif_remove(&wr, n, place, 1, &wo), AN_EINVAL);

    /* brokerage by type on the cooperation lens, read undirected: A brokers D and B */
    an_brokerage_options bo = AN_BROKERAGE_OPTIONS_INIT;
    bo.direction = 1;
    bo.lens = &lens;
    int64_t counts[AN_BROKERAGE_ROLES * NODES];
    AN_T_CHECK_OK(an_brokerage_counts(counts, n, &bo));
    AN_T_CHECK(counts[AN_BROKERAGE_ROLES * A + AN_ROLE_TOTAL] == 2);   /* D->A->B and B->A->D */
    AN_T_CHECK(counts[AN_BROKERAGE_ROLES * B + AN_ROLE_TOTAL] == 2);   /* A->B->C and C->B->A */
    AN_T_CHECK(counts[AN_BROKERAGE_ROLES * P + AN_ROLE_TOTAL] == -1);
    /* the same network without a lens: the analyses still see everything */
    options.policy.lens = NULL;
    AN_T_CHECK_OK(an_centrality_compute(degree, n, AN_DEGREE, &options));
    for (int v = 0; v < NODES; v++)
        AN_T_CHECK(!isnan(degree[v]));
    an_network_free(n);
}

static void test_choice_and_vocabularies(void)
{
    an_network *n = build();
    an_lens lens;
    char reason[256];
    AN_T_CHECK_OK(an_lens_choose(&lens, reason, sizeof reason, n, NULL, AN_LENS_FOR_STRUCTURE));
    AN_T_CHECK_STR(lens.name, "cooperation");
    AN_T_CHECK(strstr(reason, "10 of 11 ties") != NULL);
    AN_T_CHECK_OK(an_lens_choose(&lens, reason, sizeof reason, n, NULL, AN_LENS_FOR_CHAINS));
    AN_T_CHECK_STR(lens.name, "influence");

    /* A user's vocabulary changes the rules: here membership is hostile and places are agents. */
    const char *text = "kind\tname\tdefinition\tmode\tsign\tflow\n"
                       "type\tperson\tp\tagent\t\t\ntype\torganisation\to\tagent\t\t\n"
                       "type\tplace\tq\tagent\t\t\n"
                       "relation\tmember_of\tm\t\thostile\tnone\nrelation\tlocated_in\tl\t\tcooperative\tnone\n";
    an_vocabulary *mine = NULL;
    AN_T_CHECK_OK(an_vocabulary_parse(&mine, text, strlen(text), "mine"));
    lens = preset("cooperation");
    lens.vocabulary = mine;
    an_lens_selection *s = NULL;
    AN_T_CHECK_OK(an_lens_select(&s, n, &lens));
    /* agents: A, B, D, P (C is a state, not in this vocabulary); cooperative: only located_in */
    AN_T_CHECK(s && s->kept_nodes == 4 && s->kept_edges == 1 && s->edges[4] == 1 && s->edges[0] == 0);
    AN_T_CHECK_STR(s->vocabulary_origin, "given");
    an_lens_selection_free(s);

    /* The network's own vocabulary (graph attribute) is read when none is given. */
    int column;
    an_network_add_column(n, AN_DOMAIN_GRAPH, "vocabulary", AN_TYPE_STRING, &column);
    an_network_set_string(n, AN_DOMAIN_GRAPH, column, 0, text);
    lens = preset("cooperation");
    AN_T_CHECK_OK(an_lens_select(&s, n, &lens));
    AN_T_CHECK(s && s->kept_edges == 1);
    AN_T_CHECK_STR(s->vocabulary_origin, "network");
    an_lens_selection_free(s);

    /* A network whose relations the vocabulary does not know: the default lens is "all". */
    an_network *plain = NULL;
    an_network_new(&plain, 0);
    an_network_add_node(plain, "a", NULL);
    an_network_add_node(plain, "b", NULL);
    an_network_add_edge(plain, 0, 1, -1, NULL, NULL);
    AN_T_CHECK_OK(an_lens_choose(&lens, reason, sizeof reason, plain, NULL, AN_LENS_FOR_STRUCTURE));
    AN_T_CHECK_STR(lens.name, "all");
    AN_T_CHECK(strstr(reason, "no relation") != NULL);
    /* and asking for cooperation there says why nothing is seen */
    lens = preset("cooperation");
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    options.policy.lens = &lens;
    double values[2];
    AN_T_CHECK_CODE(an_centrality_compute(values, plain, AN_DEGREE, &options), AN_EEMPTY);
    AN_T_CHECK(strstr(an_error_last()->message, "no class of the network has a mode") != NULL);
    an_network_free(plain);
    an_vocabulary_free(mine);
    an_network_free(n);
}

static void test_misuse(void)
{
    an_network *n = build();
    an_lens lens = AN_LENS_INIT;
    an_lens_selection *s = (an_lens_selection *)1;
    lens.version = 99;
    AN_T_CHECK_CODE(an_lens_select(&s, n, &lens), AN_EMISUSE);
    AN_T_CHECK(s == NULL);
    lens = (an_lens)AN_LENS_INIT;
    lens.signs = 0;
    AN_T_CHECK_CODE(an_lens_select(&s, n, &lens), AN_EMISUSE);
    lens = (an_lens)AN_LENS_INIT;
    lens.class_column = "kind";
    AN_T_CHECK_CODE(an_lens_select(&s, n, &lens), AN_ENOTFOUND);
    AN_T_CHECK_CODE(an_lens_select(NULL, n, NULL), AN_EMISUSE);
    an_network *view = (an_network *)1;
    AN_T_CHECK_CODE(an_lens_view(&view, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK(view == NULL);
    an_lens_selection_free(NULL);
    an_network_free(n);
}

int main(void)
{
    AN_T_RUN(test_presets);
    AN_T_RUN(test_view);
    AN_T_RUN(test_analyses_through_a_lens);
    AN_T_RUN(test_choice_and_vocabularies);
    AN_T_RUN(test_misuse);
    return an_t_finish();
}
