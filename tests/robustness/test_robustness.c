/*
 * test_robustness.c — hand-worked and property checks of the robustness API.
 */
#include "actornet.h"
#include "../harness.h"

#include <math.h>

/* A star a-(b,c,d,e) plus a tail e-f; ties to the tail are "reported". */
static an_network *star_with_tail(int with_confidence)
{
    an_network *n = NULL;
    an_network_new(&n, 0);
    const char *ids[] = { "a", "b", "c", "d", "e", "f" };
    for (int i = 0; i < 6; i++)
        an_network_add_node(n, ids[i], NULL);
    int confidence = -1;
    if (with_confidence)
        an_network_add_column(n, AN_DOMAIN_EDGE, "confidence", AN_TYPE_STRING, &confidence);
    const int ends[][2] = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 }, { 4, 5 } };
    for (int e = 0; e < 5; e++) {
        an_network_add_edge(n, ends[e][0], ends[e][1], -1, NULL, NULL);
        if (with_confidence)
            an_network_set_string(n, AN_DOMAIN_EDGE, confidence, e, e == 4 ? "reported" : "stated");
    }
    return n;
}

static void test_ranks_are_fractional(void)
{
    an_network *n = star_with_tail(1);
    an_robustness_options o = AN_ROBUSTNESS_OPTIONS_INIT;
    o.replicates = 0;
    an_rank_robustness *r = NULL;
    AN_T_CHECK_OK(an_robustness_ranking(&r, n, AN_DEGREE, &o));
    /* degrees: a 4, e 2, b c d f 1 -> ranks a 1, e 2, the four leaves share (3+4+5+6)/4 = 4.5 */
    AN_T_CHECK(r->rank[0] == 1.0 && r->rank[4] == 2.0);
    AN_T_CHECK(r->rank[1] == 4.5 && r->rank[2] == 4.5 && r->rank[3] == 4.5 && r->rank[5] == 4.5);
    AN_T_CHECK(isnan(r->mean_rank[0]) && isnan(r->top_k_share[0]));
    /* stated only: the e-f tie goes, f is isolated (degree 0: last), e drops to a leaf */
    AN_T_CHECK(r->has_stated && r->stated_edges == 4);
    AN_T_CHECK(r->stated_rank[0] == 1.0 && r->stated_rank[5] == 6.0);
    AN_T_CHECK(r->stated_rank[4] == 3.5); /* b c d e share positions 2..5 */
    an_rank_robustness_free(r);
    an_network_free(n);
}

static void test_zero_dropout_reproduces_full_data(void)
{
    an_network *n = star_with_tail(1);
    an_robustness_options o = AN_ROBUSTNESS_OPTIONS_INIT;
    o.replicates = 25;
    o.dropout = 0.0;
    o.top_k = 2;
    an_rank_robustness *r = NULL;
    AN_T_CHECK_OK(an_robustness_ranking(&r, n, AN_BETWEENNESS, &o));
    for (int v = 0; v < 6; v++) {
        AN_T_CHECK(r->mean_rank[v] == r->rank[v]);
        AN_T_CHECK(r->rank_low[v] == r->rank[v] && r->rank_high[v] == r->rank[v]);
        AN_T_CHECK(r->top_k_share[v] == (r->rank[v] <= 2 ? 1.0 : 0.0));
    }
    an_rank_robustness_free(r);
    an_partition_robustness *p = NULL;
    AN_T_CHECK_OK(an_robustness_partition(&p, n, &o));
    AN_T_CHECK_NEAR(p->mean_nmi, 1.0, 1e-12);
    AN_T_CHECK_NEAR(p->nmi_low, 1.0, 1e-12);
    for (int v = 0; v < 6; v++)
        AN_T_CHECK(p->stability[v] == 1.0);
    an_partition_robustness_free(p);
    an_network_free(n);
}

static void test_seeded_and_sensitive_to_seed(void)
{
    an_network *n = NULL;
    AN_T_CHECK_OK(an_network_load_graphml(&n, ACTORNET_DATA_DIR "/karate.graphml", NULL));
    an_robustness_options o = AN_ROBUSTNESS_OPTIONS_INIT;
    o.replicates = 40;
    an_rank_robustness *a = NULL, *b = NULL, *c = NULL;
    AN_T_CHECK_OK(an_robustness_ranking(&a, n, AN_PAGERANK, &o));
    AN_T_CHECK_OK(an_robustness_ranking(&b, n, AN_PAGERANK, &o));
    o.seed = 2;
    AN_T_CHECK_OK(an_robustness_ranking(&c, n, AN_PAGERANK, &o));
    int same = 1, differs = 0;
    for (int v = 0; v < 34; v++) {
        same &= a->mean_rank[v] == b->mean_rank[v] && a->rank_low[v] == b->rank_low[v];
        differs |= a->mean_rank[v] != c->mean_rank[v];
        AN_T_CHECK(a->rank_low[v] <= a->mean_rank[v] + 1e-12 && a->mean_rank[v] <= a->rank_high[v] + 1e-12);
    }
    AN_T_CHECK(same);
    AN_T_CHECK(differs);
    AN_T_CHECK(!a->has_stated || a->stated_edges == an_network_edge_count(n));
    an_rank_robustness_free(a);
    an_rank_robustness_free(b);
    an_rank_robustness_free(c);
    an_network_free(n);
}

static void test_without_confidence_column(void)
{
    an_network *n = star_with_tail(0);
    an_robustness_options o = AN_ROBUSTNESS_OPTIONS_INIT;
    o.replicates = 3;
    an_rank_robustness *r = NULL;
    AN_T_CHECK_OK(an_robustness_ranking(&r, n, AN_DEGREE, &o));
    AN_T_CHECK(!r->has_stated && isnan(r->stated_rank[0]));
    an_rank_robustness_free(r);
    an_partition_robustness *p = NULL;
    AN_T_CHECK_OK(an_robustness_partition(&p, n, &o));
    AN_T_CHECK(!p->has_stated && p->stated == NULL && isnan(p->stated_nmi));
    an_partition_robustness_free(p);
    an_network_free(n);
}

static void test_errors(void)
{
    an_network *n = star_with_tail(1), *empty = NULL;
    an_network_new(&empty, 1);
    an_robustness_options o = AN_ROBUSTNESS_OPTIONS_INIT;
    an_rank_robustness *r = NULL;
    AN_T_CHECK_CODE(an_robustness_ranking(NULL, n, AN_DEGREE, &o), AN_EMISUSE);
    AN_T_CHECK_CODE(an_robustness_ranking(&r, NULL, AN_DEGREE, &o), AN_EMISUSE);
    AN_T_CHECK_CODE(an_robustness_ranking(&r, empty, AN_DEGREE, &o), AN_EEMPTY);
    AN_T_CHECK_CODE(an_robustness_ranking(&r, n, 99, &o), AN_EINVAL);
    o.dropout = 1.0;
    AN_T_CHECK_CODE(an_robustness_ranking(&r, n, AN_DEGREE, &o), AN_EINVAL);
    o.dropout = 0.2;
    o.level = 1.0;
    AN_T_CHECK_CODE(an_robustness_ranking(&r, n, AN_DEGREE, &o), AN_EINVAL);
    o.level = 0.9;
    o.version = 77;
    AN_T_CHECK_CODE(an_robustness_ranking(&r, n, AN_DEGREE, &o), AN_EMISUSE);
    an_partition_robustness *p = NULL;
    AN_T_CHECK_CODE(an_robustness_partition(&p, n, &o), AN_EMISUSE);
    AN_T_CHECK(r == NULL && p == NULL);
    an_network_free(n);
    an_network_free(empty);
}

int main(void)
{
    AN_T_RUN(test_ranks_are_fractional);
    AN_T_RUN(test_zero_dropout_reproduces_full_data);
    AN_T_RUN(test_seeded_and_sensitive_to_seed);
    AN_T_RUN(test_without_confidence_column);
    AN_T_RUN(test_errors);
    return an_t_finish();
}
