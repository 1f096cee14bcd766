/*
 * test_keyplayers.c — hand-worked key-player and what-if cases.
 */
#include "harness.h"
#include "test_network_text.h"

#include <math.h>

/* A star: node 0 tied to 1..5. */
static an_network *star(int directed)
{
    static const int64_t edges[] = { 0, 1, 0, 2, 0, 3, 0, 4, 0, 5 };
    return an_t_network(6, edges, 5, directed);
}

/* Two 4-cliques {0..3} and {4..7} joined through node 8 (tied to 0 and 4). */
static an_network *two_cliques(void)
{
    static const int64_t edges[] = { 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 4, 5, 4, 6, 4, 7, 5, 6, 5, 7, 6, 7, 8, 0, 8, 4 };
    return an_t_network(9, edges, 14, 0);
}

/* The path 0 - 1 - 2 - 3 - 4. */
static an_network *path5(void)
{
    static const int64_t edges[] = { 0, 1, 1, 2, 2, 3, 3, 4 };
    return an_t_network(5, edges, 4, 0);
}

static void star_centre_fragments(void)
{
    an_network *network = star(0);
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    int64_t set[1] = { -1 };
    an_keyplayer_result result;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 0);
    AN_T_CHECK_NEAR(result.score, 1.0, 0);
    options.exact = 1;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 0);
    AN_T_CHECK_NEAR(result.score, 1.0, 0);
    AN_T_CHECK(result.evaluations == 6);
    /* A leaf leaves a star of 5: pairs 5*4 of 5*4 remain connected. */
    int64_t leaf = 3;
    double score;
    options.exact = 0;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, &leaf, 1, &options));
    AN_T_CHECK_NEAR(score, 0.0, 0);
    /* Distance-weighted: removing the centre disconnects all; DF = 1. */
    options.objective = AN_KP_DISTANCE_FRAGMENTATION;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 0);
    AN_T_CHECK_NEAR(result.score, 1.0, 0);
    an_network_free(network);
}

static void star_centre_reaches(void)
{
    an_network *network = star(0);
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    options.objective = AN_KP_REACH;
    int64_t set[2];
    an_keyplayer_result result;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 0);
    AN_T_CHECK_NEAR(result.score, 1.0, 0);
    /* Two leaves reach the centre at 1 step, the other 3 leaves at 2. */
    int64_t leaves[2] = { 1, 2 };
    double score;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, leaves, 2, &options));
    AN_T_CHECK_NEAR(score, 1.0 / 4.0, 1e-15);
    options.m = 2;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, leaves, 2, &options));
    AN_T_CHECK_NEAR(score, 1.0, 1e-15);
    options.objective = AN_KP_DISTANCE_REACH;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, leaves, 2, &options));
    AN_T_CHECK_NEAR(score, (1.0 + 3 * 0.5) / 4.0, 1e-15);
    an_network_free(network);
}

static void directed_star_out_and_in(void)
{
    an_network *network = star(1); /* centre -> leaves */
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    options.objective = AN_KP_REACH;
    int64_t set[1];
    an_keyplayer_result result;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options)); /* AUTO: out-ties */
    AN_T_CHECK(set[0] == 0);
    AN_T_CHECK_NEAR(result.score, 1.0, 0);
    int64_t centre = 0;
    double score;
    options.direction = AN_KP_IN; /* who reaches the centre? nobody */
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, &centre, 1, &options));
    AN_T_CHECK_NEAR(score, 0.0, 0);
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] != 0);
    AN_T_CHECK_NEAR(result.score, 0.2, 1e-15); /* a leaf hears from the centre only */
    /* Directed fragmentation: with nothing removed, 5 of 30 ordered pairs reach. */
    options.objective = AN_KP_FRAGMENTATION;
    options.direction = AN_KP_OUT;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, NULL, 0, &options));
    AN_T_CHECK_NEAR(score, 1.0 - 5.0 / 30.0, 1e-15);
    options.direction = AN_KP_DIRECTION_AUTO; /* weak: all 30 reach */
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, NULL, 0, &options));
    AN_T_CHECK_NEAR(score, 0.0, 0);
    an_network_free(network);
}

static void two_cliques_joined_by_one_node(void)
{
    an_network *network = two_cliques();
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    int64_t set[2];
    an_keyplayer_result result;
    /* Removing 8: two components of 4 -> F = 1 - 24/56. Removing 0: {1,2,3} and {8,4..7}: 1 - 26/56. */
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 8);
    AN_T_CHECK_NEAR(result.score, 1.0 - 24.0 / 56.0, 1e-15);
    int64_t zero = 0;
    double score;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, &zero, 1, &options));
    AN_T_CHECK_NEAR(score, 1.0 - 26.0 / 56.0, 1e-15);
    options.exact = 1;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 8);
    /* k = 2: {0, 4} leaves {1,2,3}, {8}, {5,6,7}: pairs 6 + 0 + 6 of 7*6 -> 1 - 12/42. */
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 2, &options));
    AN_T_CHECK(set[0] == 0 && set[1] == 4);
    AN_T_CHECK_NEAR(result.score, 1.0 - 12.0 / 42.0, 1e-15);
    /* Greedy takes 8 first; whether swaps then reach {0, 4} depends on which clique node
       the tie-break adds second ({8, 2} is a local optimum at 1 - 18/42). Never better than exact. */
    options.exact = 0;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 2, &options));
    AN_T_CHECK_NEAR(result.greedy_score, 1.0 - 18.0 / 42.0, 1e-15);
    AN_T_CHECK(result.score <= 1.0 - 12.0 / 42.0 + 1e-15);
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, set, 2, &options));
    AN_T_CHECK_NEAR(score, result.score, 0);
    an_network_free(network);
}

static void distance_measures_on_a_path(void)
{
    an_network *network = path5();
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    options.objective = AN_KP_DISTANCE_REACH;
    int64_t set[1];
    an_keyplayer_result result;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 2);
    AN_T_CHECK_NEAR(result.score, (1 + 1 + 0.5 + 0.5) / 4.0, 1e-15);
    /* DF of the whole path: ordered pairs at distances 1 (8), 2 (6), 3 (4), 4 (2). */
    options.objective = AN_KP_DISTANCE_FRAGMENTATION;
    double score;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, NULL, 0, &options));
    AN_T_CHECK_NEAR(score, 1.0 - (8 + 6 / 2.0 + 4 / 3.0 + 2 / 4.0) / 20.0, 1e-15);
    an_network_free(network);
}

static void parallel_and_mixed_ties(void)
{
    /* 0 -> 1 twice, 1 - 2 undirected, 2 -> 2 loop: reach from 0 in 2 steps is everything. */
    an_network *network = NULL;
    AN_T_CHECK_OK(an_network_new(&network, 1));
    for (int i = 0; i < 4; i++) {
        char id[8];
        snprintf(id, sizeof id, "n%d", i);
        AN_T_CHECK_OK(an_network_add_node(network, id, NULL));
    }
    AN_T_CHECK_OK(an_network_add_edge(network, 0, 1, 1, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 0, 1, 1, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 1, 2, 0, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 2, 2, 1, NULL, NULL));
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    options.objective = AN_KP_REACH;
    options.m = 2;
    int64_t zero = 0, two = 2;
    double score;
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, &zero, 1, &options));
    AN_T_CHECK_NEAR(score, 2.0 / 3.0, 1e-15); /* 1 and 2; not the isolate 3 */
    AN_T_CHECK_OK(an_keyplayers_score(&score, network, &two, 1, &options));
    AN_T_CHECK_NEAR(score, 1.0 / 3.0, 1e-15); /* 2 - 1 undirected, 1 -/-> 0 */
    an_network_free(network);
}

static void whatif_two_cliques(void)
{
    an_network *network = two_cliques();
    const char *ids[] = { "8" };
    an_whatif_result result;
    AN_T_CHECK_OK(an_whatif_remove(&result, network, ids, 1, NULL));
    AN_T_CHECK(result.before.nodes == 9 && result.after.nodes == 8);
    AN_T_CHECK(result.before.edges == 14 && result.after.edges == 12);
    AN_T_CHECK(result.before.components == 1 && result.after.components == 2);
    AN_T_CHECK(result.before.largest_component == 9 && result.after.largest_component == 4);
    AN_T_CHECK_NEAR(result.before.fragmentation, 0.0, 0);
    AN_T_CHECK_NEAR(result.after.fragmentation, 1.0 - 24.0 / 56.0, 1e-15);
    AN_T_CHECK_NEAR(result.before.mean_reach, 8.0, 0);
    AN_T_CHECK_NEAR(result.after.mean_reach, 3.0, 0);
    /* After: each clique has 12 ordered pairs at distance 1. */
    AN_T_CHECK_NEAR(result.after.efficiency, 24.0 / 56.0, 1e-15);
    AN_T_CHECK_NEAR(result.after.distance_fragmentation, 1.0 - 24.0 / 56.0, 1e-15);
    AN_T_CHECK_NEAR(result.before.efficiency + result.before.distance_fragmentation, 1.0, 1e-15);
    /* Repeated ids count once; nothing removed gives after == before. */
    const char *twice[] = { "8", "8" };
    AN_T_CHECK_OK(an_whatif_remove(&result, network, twice, 2, NULL));
    AN_T_CHECK(result.after.nodes == 8);
    AN_T_CHECK_OK(an_whatif_remove(&result, network, NULL, 0, NULL));
    AN_T_CHECK(result.after.nodes == 9 && result.after.components == 1);
    AN_T_CHECK_NEAR(result.after.efficiency, result.before.efficiency, 0);
    /* Remove all but one node: conventions for fewer than two nodes. */
    int64_t all_but_one[8] = { 0, 1, 2, 3, 4, 5, 6, 7 };
    AN_T_CHECK_OK(an_whatif_remove_nodes(&result, network, all_but_one, 8, NULL));
    AN_T_CHECK(result.after.nodes == 1 && result.after.components == 1 && result.after.largest_component == 1);
    AN_T_CHECK_NEAR(result.after.fragmentation, 1.0, 0);
    AN_T_CHECK_NEAR(result.after.efficiency, 0.0, 0);
    AN_T_CHECK_NEAR(result.after.mean_reach, 0.0, 0);
    /* Without distances the BFS-from-every-node measures are NaN; components stay. */
    an_whatif_options options = AN_WHATIF_OPTIONS_INIT;
    options.distances = 0;
    AN_T_CHECK_OK(an_whatif_remove(&result, network, ids, 1, &options));
    AN_T_CHECK(isnan(result.after.efficiency) && isnan(result.after.distance_fragmentation));
    AN_T_CHECK_NEAR(result.after.fragmentation, 1.0 - 24.0 / 56.0, 1e-15);
    an_network_free(network);
}

static void whatif_directed_reach(void)
{
    an_network *network = star(1);
    const char *none[] = { NULL };
    an_whatif_result result;
    AN_T_CHECK_OK(an_whatif_remove(&result, network, none, 0, NULL));
    AN_T_CHECK_NEAR(result.before.mean_reach, 5.0 / 6.0, 1e-15); /* out-ties: only the centre reaches */
    AN_T_CHECK_NEAR(result.before.fragmentation, 0.0, 0);       /* AUTO: undirected */
    an_whatif_options options = AN_WHATIF_OPTIONS_INIT;
    options.direction = AN_KP_OUT;
    AN_T_CHECK_OK(an_whatif_remove(&result, network, none, 0, &options));
    AN_T_CHECK_NEAR(result.before.fragmentation, 1.0 - 5.0 / 30.0, 1e-15);
    AN_T_CHECK_NEAR(result.before.efficiency, 5.0 / 30.0, 1e-15);
    an_network_free(network);
}

static void unknown_id(void)
{
    an_network *network = two_cliques();
    const char *ids[] = { "8", "no-such-actor" };
    an_whatif_result result;
    AN_T_CHECK_CODE(an_whatif_remove(&result, network, ids, 2, NULL), AN_ENOTFOUND);
    AN_T_CHECK(strstr(an_error_last()->message, "no-such-actor") != NULL);
    int64_t bad = 9;
    AN_T_CHECK_CODE(an_whatif_remove_nodes(&result, network, &bad, 1, NULL), AN_ERANGE);
    double score;
    AN_T_CHECK_CODE(an_keyplayers_score(&score, network, &bad, 1, NULL), AN_ERANGE);
    an_network_free(network);
}

static void empty_network(void)
{
    an_network *network = NULL;
    AN_T_CHECK_OK(an_network_new(&network, 0));
    int64_t set[1];
    double score;
    an_whatif_result result;
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, 0, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_keyplayers_score(&score, network, NULL, 0, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_whatif_remove(&result, network, NULL, 0, NULL), AN_EEMPTY);
    an_network_free(network);
}

static void bad_arguments(void)
{
    an_network *network = star(0);
    int64_t set[6];
    double score;
    an_whatif_result result;
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, NULL, 1, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_keyplayers_find(NULL, NULL, network, 1, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, 6, NULL), AN_EINVAL);
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, -1, NULL), AN_EINVAL);
    options.version = 99;
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, 1, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_keyplayers_score(&score, network, set, 0, &options), AN_EMISUSE);
    options = (an_keyplayer_options)AN_KEYPLAYER_OPTIONS_INIT;
    options.objective = 7;
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, 1, &options), AN_EINVAL);
    options = (an_keyplayer_options)AN_KEYPLAYER_OPTIONS_INIT;
    options.m = 0;
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, 1, &options), AN_EINVAL);
    options = (an_keyplayer_options)AN_KEYPLAYER_OPTIONS_INIT;
    options.candidates = 1;
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, 2, &options), AN_EINVAL);
    options = (an_keyplayer_options)AN_KEYPLAYER_OPTIONS_INIT;
    options.exact = 1;
    options.max_sets = 14; /* C(6, 2) = 15 */
    AN_T_CHECK_CODE(an_keyplayers_find(set, NULL, network, 2, &options), AN_ELIMIT);
    options.max_sets = 15;
    AN_T_CHECK_OK(an_keyplayers_find(set, NULL, network, 2, &options));
    int64_t everyone[6] = { 0, 1, 2, 3, 4, 5 };
    AN_T_CHECK_CODE(an_keyplayers_score(&score, network, everyone, 6, NULL), AN_EINVAL);
    an_whatif_options whatif = AN_WHATIF_OPTIONS_INIT;
    whatif.version = 0;
    AN_T_CHECK_CODE(an_whatif_remove(&result, network, NULL, 0, &whatif), AN_EMISUSE);
    AN_T_CHECK_CODE(an_whatif_remove(NULL, network, NULL, 0, NULL), AN_EMISUSE);
    int objective = -1;
    AN_T_CHECK_OK(an_keyplayer_objective_from_name(&objective, "distance_reach"));
    AN_T_CHECK(objective == AN_KP_DISTANCE_REACH);
    AN_T_CHECK_CODE(an_keyplayer_objective_from_name(&objective, "closeness"), AN_EINVAL);
    AN_T_CHECK_STR(an_keyplayer_objective_name(AN_KP_FRAGMENTATION), "fragmentation");
    AN_T_CHECK(an_keyplayer_objective_name(4) == NULL);
    an_network_free(network);
}

static void same_seed_same_set_any_threads(void)
{
    /* A ring of 40: every set of k spread evenly is optimal, so ties decide. */
    int64_t edges[80];
    for (int64_t i = 0; i < 40; i++) {
        edges[2 * i] = i;
        edges[2 * i + 1] = (i + 1) % 40;
    }
    an_network *network = an_t_network(40, edges, 40, 0);
    for (int objective = 0; objective < 4; objective++) {
        an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
        options.objective = objective;
        options.seed = 7;
        options.threads = 1;
        int64_t first[4], second[4], third[4];
        an_keyplayer_result a, b, c;
        AN_T_CHECK_OK(an_keyplayers_find(first, &a, network, 4, &options));
        options.threads = 2;
        AN_T_CHECK_OK(an_keyplayers_find(second, &b, network, 4, &options));
        AN_T_CHECK(memcmp(first, second, sizeof first) == 0);
        AN_T_CHECK(a.score == b.score);
        options.seed = 8;
        AN_T_CHECK_OK(an_keyplayers_find(third, &c, network, 4, &options));
        /* Another seed may pick another set; its reported score is that set's score. */
        double score;
        AN_T_CHECK_OK(an_keyplayers_score(&score, network, third, 4, &options));
        AN_T_CHECK_NEAR(c.score, score, 0);
        AN_T_CHECK_OK(an_keyplayers_score(&score, network, first, 4, &options));
        AN_T_CHECK_NEAR(a.score, score, 0);
    }
    an_network_free(network);
}

static void candidates_restrict_the_search(void)
{
    an_network *network = two_cliques();
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    options.candidates = 2; /* degrees: 0 and 4 have 4, the rest 3 or 2 */
    int64_t set[1];
    an_keyplayer_result result;
    AN_T_CHECK_OK(an_keyplayers_find(set, &result, network, 1, &options));
    AN_T_CHECK(set[0] == 0 || set[0] == 4);
    AN_T_CHECK_NEAR(result.score, 1.0 - 26.0 / 56.0, 1e-15);
    an_network_free(network);
}

static void a_given_pool_restricts_the_search(void)
{
    an_network *network = two_cliques();
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    int64_t set[2];
    an_keyplayer_result result;
    /* without 8 (the best single node) in the pool, a clique's hub is the best choice */
    const int64_t pool[] = { 5, 0, 5, 1 }; /* any order, repeats count once */
    AN_T_CHECK_OK(an_keyplayers_find_among(set, &result, network, 1, pool, 4, &options));
    AN_T_CHECK(set[0] == 0);
    AN_T_CHECK_NEAR(result.score, 1.0 - 26.0 / 56.0, 1e-15);
    /* options.candidates is ignored: the pool decides */
    options.candidates = 1;
    const int64_t with_bridge[] = { 8, 2 };
    AN_T_CHECK_OK(an_keyplayers_find_among(set, &result, network, 1, with_bridge, 2, &options));
    AN_T_CHECK(set[0] == 8);
    /* exact search over the pool: {0, 4} is optimal overall and inside the pool */
    options.candidates = 0;
    options.exact = 1;
    const int64_t hubs[] = { 4, 8, 0, 1 };
    AN_T_CHECK_OK(an_keyplayers_find_among(set, &result, network, 2, hubs, 4, &options));
    AN_T_CHECK(set[0] == 0 && set[1] == 4);
    AN_T_CHECK_NEAR(result.score, 1.0 - 12.0 / 42.0, 1e-15);
    AN_T_CHECK(result.evaluations == 6); /* C(4, 2) */
    options.exact = 0;
    const int64_t outside[] = { 0, 9 };
    AN_T_CHECK_CODE(an_keyplayers_find_among(set, &result, network, 1, outside, 2, &options), AN_ERANGE);
    const int64_t one[] = { 3, 3 };
    AN_T_CHECK_CODE(an_keyplayers_find_among(set, &result, network, 2, one, 2, &options), AN_EINVAL);
    AN_T_CHECK_CODE(an_keyplayers_find_among(set, &result, network, 1, NULL, 2, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_keyplayers_find_among(set, &result, network, 1, pool, -1, &options), AN_EINVAL);
    an_network_free(network);
}

int main(void)
{
    AN_T_RUN(star_centre_fragments);
    AN_T_RUN(star_centre_reaches);
    AN_T_RUN(directed_star_out_and_in);
    AN_T_RUN(two_cliques_joined_by_one_node);
    AN_T_RUN(distance_measures_on_a_path);
    AN_T_RUN(parallel_and_mixed_ties);
    AN_T_RUN(whatif_two_cliques);
    AN_T_RUN(whatif_directed_reach);
    AN_T_RUN(unknown_id);
    AN_T_RUN(empty_network);
    AN_T_RUN(bad_arguments);
    AN_T_RUN(same_seed_same_set_any_threads);
    AN_T_RUN(candidates_restrict_the_search);
    AN_T_RUN(a_given_pool_restricts_the_search);
    return an_t_finish();
}
