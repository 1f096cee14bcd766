/*
 * test_centrality.c — hand-worked centrality examples and error cases.
 *
 * Every expected number below is worked out by hand from the definitions in
 * centrality.h (the working is in the comments), not copied from a run.
 */
#include <actornet.h>

#include <math.h>
#include <stdlib.h>

#include "../harness.h"

#define TOL 1e-12

/* Add nodes named "a", "b", ... */
static an_network *make_network(int directed, int nodes)
{
    an_network *network = NULL;
    AN_T_CHECK_OK(an_network_new(&network, directed));
    for (int i = 0; i < nodes; i++) {
        char id[2] = { (char)('a' + i), '\0' };
        AN_T_CHECK_OK(an_network_add_node(network, id, NULL));
    }
    return network;
}

static void add_edge(an_network *network, int64_t from, int64_t to, int directed)
{
    AN_T_CHECK_OK(an_network_add_edge(network, from, to, directed, NULL, NULL));
}

static void compute(double *out, const an_network *network, an_centrality_measure measure,
                    const an_centrality_options *options)
{
    AN_T_CHECK_OK(an_centrality_compute(out, network, measure, options));
}

/* Star: centre a, leaves b..e (n = 5), undirected. */
static an_network *star(void)
{
    an_network *network = make_network(0, 5);
    for (int leaf = 1; leaf < 5; leaf++)
        add_edge(network, 0, leaf, -1);
    return network;
}

static void test_star(void)
{
    an_network *network = star();
    double x[5];
    compute(x, network, AN_DEGREE, NULL);           /* 4/4, 1/4 */
    AN_T_CHECK_NEAR(x[0], 1.0, TOL);
    AN_T_CHECK_NEAR(x[3], 0.25, TOL);
    compute(x, network, AN_IN_DEGREE, NULL);        /* undirected: as degree */
    AN_T_CHECK_NEAR(x[0], 1.0, TOL);
    compute(x, network, AN_STRENGTH, NULL);         /* tie counts */
    AN_T_CHECK_NEAR(x[0], 4.0, TOL);
    AN_T_CHECK_NEAR(x[1], 1.0, TOL);
    compute(x, network, AN_BETWEENNESS, NULL);      /* 6 pairs * 2 / (4 * 3) */
    AN_T_CHECK_NEAR(x[0], 1.0, TOL);
    AN_T_CHECK_NEAR(x[2], 0.0, TOL);
    compute(x, network, AN_CLOSENESS, NULL);        /* leaf: 4 / (1 + 2 + 2 + 2) */
    AN_T_CHECK_NEAR(x[0], 1.0, TOL);
    AN_T_CHECK_NEAR(x[4], 4.0 / 7.0, TOL);
    compute(x, network, AN_HARMONIC, NULL);         /* leaf: 1 + 3 * 1/2 */
    AN_T_CHECK_NEAR(x[0], 4.0, TOL);
    AN_T_CHECK_NEAR(x[1], 2.5, TOL);
    /* lambda = 2: x_leaf = x_c / 2; 4 x_leaf^2 + x_c^2 = 1 -> x_c = 1/sqrt 2, x_leaf = 1/sqrt 8 */
    compute(x, network, AN_EIGENVECTOR, NULL);
    AN_T_CHECK_NEAR(x[0], 1 / sqrt(2.0), 1e-9);
    AN_T_CHECK_NEAR(x[1], 1 / sqrt(8.0), 1e-9);
    /* p_c = 0.15/5 + 0.85 * 4 p_l, p_l = 0.15/5 + 0.85 p_c / 4 -> p_c = 0.132 / 0.2775 */
    compute(x, network, AN_PAGERANK, NULL);
    AN_T_CHECK_NEAR(x[0], 0.132 / 0.2775, 1e-9);
    AN_T_CHECK_NEAR(x[1], (1 - 0.132 / 0.2775) / 4, 1e-9);
    /* undirected HITS = eigenvector / sum: (1/sqrt2) / (1/sqrt2 + 4/sqrt8) = 1/3 */
    compute(x, network, AN_HUB, NULL);
    AN_T_CHECK_NEAR(x[0], 1.0 / 3.0, 1e-9);
    AN_T_CHECK_NEAR(x[2], 1.0 / 6.0, 1e-9);
    compute(x, network, AN_AUTHORITY, NULL);
    AN_T_CHECK_NEAR(x[0], 1.0 / 3.0, 1e-9);
    compute(x, network, AN_CORENESS, NULL);
    AN_T_CHECK_NEAR(x[0], 1.0, 0);
    AN_T_CHECK_NEAR(x[4], 1.0, 0);
    compute(x, network, AN_CONSTRAINT, NULL);       /* centre 4 * (1/4)^2; leaf 1^2 */
    AN_T_CHECK_NEAR(x[0], 0.25, TOL);
    AN_T_CHECK_NEAR(x[1], 1.0, TOL);
    compute(x, network, AN_EFFECTIVE_SIZE, NULL);   /* no ties among contacts */
    AN_T_CHECK_NEAR(x[0], 4.0, TOL);
    AN_T_CHECK_NEAR(x[1], 1.0, TOL);

    /* Freeman: the star is the most centralised network. */
    double c;
    AN_T_CHECK_OK(an_centralization(&c, network, AN_DEGREE, NULL));
    AN_T_CHECK_NEAR(c, 1.0, TOL);
    AN_T_CHECK_OK(an_centralization(&c, network, AN_BETWEENNESS, NULL));
    AN_T_CHECK_NEAR(c, 1.0, TOL);
    AN_T_CHECK_OK(an_centralization(&c, network, AN_CLOSENESS, NULL));
    AN_T_CHECK_NEAR(c, 1.0, TOL);
    an_centrality_options raw = AN_CENTRALITY_OPTIONS_INIT;
    raw.raw = 1;
    AN_T_CHECK_OK(an_centralization(&c, network, AN_DEGREE, &raw)); /* 4 leaves * (4 - 1) */
    AN_T_CHECK_NEAR(c, 12.0, TOL);

    /* raw forms */
    compute(x, network, AN_DEGREE, &raw);
    AN_T_CHECK_NEAR(x[0], 4.0, TOL);
    compute(x, network, AN_BETWEENNESS, &raw);      /* 6 unordered pairs */
    AN_T_CHECK_NEAR(x[0], 6.0, TOL);
    compute(x, network, AN_CLOSENESS, &raw);        /* 1 / 7 */
    AN_T_CHECK_NEAR(x[1], 1.0 / 7.0, TOL);
    compute(x, network, AN_EIGENVECTOR, &raw);      /* max 1 */
    AN_T_CHECK_NEAR(x[0], 1.0, 1e-9);
    AN_T_CHECK_NEAR(x[1], 0.5, 1e-9);
    an_network_free(network);
}

/* Path a - b - c. */
static void test_path(void)
{
    an_network *network = make_network(0, 3);
    add_edge(network, 0, 1, -1);
    add_edge(network, 1, 2, -1);
    double x[3];
    compute(x, network, AN_BETWEENNESS, NULL);      /* 1 pair * 2 / (2 * 1) */
    AN_T_CHECK_NEAR(x[1], 1.0, TOL);
    AN_T_CHECK_NEAR(x[0], 0.0, TOL);
    compute(x, network, AN_CLOSENESS, NULL);        /* 2 / 3 */
    AN_T_CHECK_NEAR(x[0], 2.0 / 3.0, TOL);
    compute(x, network, AN_EIGENVECTOR, NULL);      /* lambda = sqrt 2: (1/2, 1/sqrt 2, 1/2) */
    AN_T_CHECK_NEAR(x[0], 0.5, 1e-9);
    AN_T_CHECK_NEAR(x[1], 1 / sqrt(2.0), 1e-9);
    compute(x, network, AN_EFFECTIVE_SIZE, NULL);
    AN_T_CHECK_NEAR(x[1], 2.0, TOL);
    double c;
    /* degree: (2-1)*2 / (2*1) = 1: a path of 3 is a star */
    AN_T_CHECK_OK(an_centralization(&c, network, AN_DEGREE, NULL));
    AN_T_CHECK_NEAR(c, 1.0, TOL);
    an_network_free(network);
}

/*
 * a -> b twice (parallel), b -- c undirected, c -> a, d isolated (directed network).
 * Collapsed arcs: a->b, b->c, c->b, c->a.
 */
static an_network *mixed(void)
{
    an_network *network = make_network(1, 4);
    add_edge(network, 0, 1, 1);
    add_edge(network, 0, 1, 1);
    add_edge(network, 1, 2, 0);
    add_edge(network, 2, 0, 1);
    return network;
}

static void test_mixed_parallel(void)
{
    an_network *network = mixed();
    double x[4];
    compute(x, network, AN_DEGREE, NULL);           /* total a 2, b 3, c 3 over n - 1 = 3 */
    AN_T_CHECK_NEAR(x[0], 2.0 / 3.0, TOL);
    AN_T_CHECK_NEAR(x[1], 1.0, TOL);
    AN_T_CHECK_NEAR(x[2], 1.0, TOL);
    AN_T_CHECK_NEAR(x[3], 0.0, TOL);
    compute(x, network, AN_IN_DEGREE, NULL);        /* in: a 1, b 2, c 1 */
    AN_T_CHECK_NEAR(x[1], 2.0 / 3.0, TOL);
    compute(x, network, AN_OUT_DEGREE, NULL);       /* out: a 1, b 1, c 2 */
    AN_T_CHECK_NEAR(x[2], 2.0 / 3.0, TOL);
    compute(x, network, AN_STRENGTH, NULL);         /* every tie: a 2+1, b 2+2, c 2+1 */
    AN_T_CHECK_NEAR(x[0], 3.0, TOL);
    AN_T_CHECK_NEAR(x[1], 4.0, TOL);
    AN_T_CHECK_NEAR(x[2], 3.0, TOL);
    AN_T_CHECK_NEAR(x[3], 0.0, TOL);
    /* a->c goes a->b->c, b->a goes b->c->a: raw 1 each, over (n-1)(n-2) = 6 */
    compute(x, network, AN_BETWEENNESS, NULL);
    AN_T_CHECK_NEAR(x[0], 0.0, TOL);
    AN_T_CHECK_NEAR(x[1], 1.0 / 6.0, TOL);
    AN_T_CHECK_NEAR(x[2], 1.0 / 6.0, TOL);
    /* incoming: to a from c (1) and b (2): (2/3)(2/3); to b: from a, c (1 each): 1 * 2/3 */
    compute(x, network, AN_CLOSENESS, NULL);
    AN_T_CHECK_NEAR(x[0], 4.0 / 9.0, TOL);
    AN_T_CHECK_NEAR(x[1], 2.0 / 3.0, TOL);
    AN_T_CHECK_NEAR(x[3], 0.0, TOL);
    compute(x, network, AN_HARMONIC, NULL);         /* a: 1 + 1/2, b: 2 */
    AN_T_CHECK_NEAR(x[0], 1.5, TOL);
    AN_T_CHECK_NEAR(x[1], 2.0, TOL);
    AN_T_CHECK_NEAR(x[3], 0.0, TOL);
    compute(x, network, AN_CORENESS, NULL);         /* total degrees 2, 3, 3 -> all in the 2-core */
    AN_T_CHECK_NEAR(x[0], 2.0, 0);
    AN_T_CHECK_NEAR(x[1], 2.0, 0);
    AN_T_CHECK_NEAR(x[2], 2.0, 0);
    AN_T_CHECK_NEAR(x[3], 0.0, 0);
    /* mutual weights z_ab = 1, z_ac = 1, z_bc = 2: p_ab = p_ac = 1/2; p_ba = 1/3, p_bc = 2/3;
     * p_ca = 1/3, p_cb = 2/3. c(a) = 2 (1/2 + 1/2 * 2/3)^2 = 25/18;
     * c(b) = (1/3 + 2/3 * 1/3)^2 + (2/3 + 1/3 * 1/2)^2 = 325/324 = c(c). */
    compute(x, network, AN_CONSTRAINT, NULL);
    AN_T_CHECK_NEAR(x[0], 25.0 / 18.0, TOL);
    AN_T_CHECK_NEAR(x[1], 325.0 / 324.0, TOL);
    AN_T_CHECK_NEAR(x[2], 325.0 / 324.0, TOL);
    AN_T_CHECK(isnan(x[3]));
    /* m_bc = 1, m_ba = 1/2, m_cb = 1, m_ca = 1/2, m_ac = m_ab = 1:
     * e(a) = (1 - 1/2) + (1 - 1/2) = 1; e(b) = (1 - 2/3) + (1 - 1/6) = 7/6 = e(c). */
    compute(x, network, AN_EFFECTIVE_SIZE, NULL);
    AN_T_CHECK_NEAR(x[0], 1.0, TOL);
    AN_T_CHECK_NEAR(x[1], 7.0 / 6.0, TOL);
    AN_T_CHECK_NEAR(x[2], 7.0 / 6.0, TOL);
    AN_T_CHECK(isnan(x[3]));

    /* Keep every parallel tie: a->b counts twice in degree. */
    an_centrality_options keep = AN_CENTRALITY_OPTIONS_INIT;
    keep.policy.parallel = AN_PARALLEL_KEEP;
    keep.raw = 1;
    compute(x, network, AN_DEGREE, &keep);
    AN_T_CHECK_NEAR(x[0], 3.0, TOL);
    AN_T_CHECK_NEAR(x[1], 4.0, TOL);
    compute(x, network, AN_STRENGTH, &keep);        /* strength does not depend on the mode */
    AN_T_CHECK_NEAR(x[1], 4.0, TOL);

    /* Ignore directions: a-b, b-c, c-a is a triangle. */
    an_centrality_options undirected = AN_CENTRALITY_OPTIONS_INIT;
    undirected.policy.direction = AN_AS_UNDIRECTED;
    compute(x, network, AN_DEGREE, &undirected);
    AN_T_CHECK_NEAR(x[0], 2.0 / 3.0, TOL);
    compute(x, network, AN_BETWEENNESS, &undirected);
    AN_T_CHECK_NEAR(x[0], 0.0, TOL);
    compute(x, network, AN_CONSTRAINT, &undirected); /* triangle: 2 (1/2 + 1/4)^2 */
    AN_T_CHECK_NEAR(x[0], 1.125, TOL);
    an_network_free(network);
}

/* Weights: distances for betweenness (parallel: the shortest), strengths elsewhere (summed). */
static void test_weights(void)
{
    /* a - b (3), b - c (1), a - c (1), a - c (5): shortest a..b is a-c-b (2) */
    an_network *network = make_network(0, 3);
    int column;
    AN_T_CHECK_OK(an_network_add_column(network, AN_DOMAIN_EDGE, "w", AN_TYPE_DOUBLE, &column));
    const double w[4] = { 3, 1, 1, 5 };
    const int ends[4][2] = { { 0, 1 }, { 1, 2 }, { 0, 2 }, { 0, 2 } };
    for (int e = 0; e < 4; e++) {
        add_edge(network, ends[e][0], ends[e][1], -1);
        AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, column, e, w[e]));
    }
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    options.policy.weight = "w";
    options.raw = 1;
    double x[3];
    compute(x, network, AN_BETWEENNESS, &options);  /* c lies on the only shortest a..b path */
    AN_T_CHECK_NEAR(x[2], 1.0, TOL);
    AN_T_CHECK_NEAR(x[0], 0.0, TOL);
    compute(x, network, AN_STRENGTH, &options);     /* a: 3 + 1 + 5 */
    AN_T_CHECK_NEAR(x[0], 9.0, TOL);
    compute(x, network, AN_HARMONIC, &options);     /* a: 1/2 + 1/1 */
    AN_T_CHECK_NEAR(x[0], 1.5, TOL);
    /* constraint with summed weights z: ab 3, ac 6, bc 1: p_ab = 1/3, p_ac = 2/3, p_ba = 3/4,
     * p_bc = 1/4, p_ca = 6/7, p_cb = 1/7; c(a) = (1/3 + 2/3 * 1/7)^2 + (2/3 + 1/3 * 1/4)^2 */
    compute(x, network, AN_CONSTRAINT, &options);
    double a_b = 1.0 / 3 + 2.0 / 3 / 7, a_c = 2.0 / 3 + 1.0 / 12;
    AN_T_CHECK_NEAR(x[0], a_b * a_b + a_c * a_c, TOL);

    /* A zero weight is a valid strength but not a distance; a negative one neither. */
    AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, column, 1, 0.0));
    AN_T_CHECK_CODE(an_centrality_compute(x, network, AN_BETWEENNESS, &options), AN_EINVAL);
    AN_T_CHECK_CODE(an_centrality_compute(x, network, AN_CLOSENESS, &options), AN_EINVAL);
    AN_T_CHECK_OK(an_centrality_compute(x, network, AN_PAGERANK, &options));
    AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, column, 1, -1.0));
    AN_T_CHECK_CODE(an_centrality_compute(x, network, AN_PAGERANK, &options), AN_EINVAL);
    AN_T_CHECK_OK(an_centrality_compute(x, network, AN_STRENGTH, &options));
    AN_T_CHECK_OK(an_centrality_compute(x, network, AN_DEGREE, &options)); /* degree never reads weights */
    options.policy.weight = "no such column";
    AN_T_CHECK_CODE(an_centrality_compute(x, network, AN_DEGREE, &options), AN_ENOTFOUND);
    options.policy.weight = "w";
    AN_T_CHECK_CODE(an_centralization(x, network, AN_CLOSENESS, &options), AN_EINVAL);
    an_network_free(network);
}

/* Undefined values: isolates, acyclic directed networks, single nodes, no ties. */
static void test_undefined(void)
{
    an_network *network = make_network(1, 3);       /* a -> b -> c: acyclic */
    add_edge(network, 0, 1, 1);
    add_edge(network, 1, 2, 1);
    double x[3];
    compute(x, network, AN_EIGENVECTOR, NULL);
    AN_T_CHECK(isnan(x[0]) && isnan(x[1]) && isnan(x[2]));
    /* c has incoming ties only: Burt's value, 1 (one contact), not NetworkX 2.8's NaN */
    compute(x, network, AN_CONSTRAINT, NULL);
    AN_T_CHECK_NEAR(x[2], 1.0, TOL);
    compute(x, network, AN_EFFECTIVE_SIZE, NULL);
    AN_T_CHECK_NEAR(x[2], 1.0, TOL);
    an_network_free(network);

    network = make_network(0, 1);
    compute(x, network, AN_DEGREE, NULL);           /* NetworkX: 1 for a single node */
    AN_T_CHECK_NEAR(x[0], 1.0, 0);
    compute(x, network, AN_CLOSENESS, NULL);
    AN_T_CHECK_NEAR(x[0], 0.0, 0);
    compute(x, network, AN_CONSTRAINT, NULL);
    AN_T_CHECK(isnan(x[0]));
    double c;
    AN_T_CHECK_OK(an_centralization(&c, network, AN_DEGREE, NULL));
    AN_T_CHECK(isnan(c));
    an_network_free(network);

    network = make_network(1, 4);                   /* no ties at all */
    double y[4];
    compute(y, network, AN_EIGENVECTOR, NULL);
    AN_T_CHECK_NEAR(y[2], 0.5, TOL);
    compute(y, network, AN_PAGERANK, NULL);
    AN_T_CHECK_NEAR(y[2], 0.25, 1e-12);
    compute(y, network, AN_HUB, NULL);
    AN_T_CHECK_NEAR(y[2], 0.25, TOL);
    compute(y, network, AN_BETWEENNESS, NULL);
    AN_T_CHECK_NEAR(y[2], 0.0, 0);
    compute(y, network, AN_EFFECTIVE_SIZE, NULL);
    AN_T_CHECK(isnan(y[1]));
    an_network_free(network);
}

/* Directed HITS: a -> c, b -> c, b -> d. Authority of c and d from A^T A = [[2,1],[1,1]] on (c, d). */
static void test_hits_directed(void)
{
    an_network *network = make_network(1, 4);
    add_edge(network, 0, 2, 1);
    add_edge(network, 1, 2, 1);
    add_edge(network, 1, 3, 1);
    double x[4];
    /* principal eigenvector of [[2,1],[1,1]]: lambda = (3 + sqrt 5)/2, (c, d) ~ (1, lambda - 2) */
    double lambda = (3 + sqrt(5.0)) / 2, ac = 1, ad = lambda - 2;
    compute(x, network, AN_AUTHORITY, NULL);
    AN_T_CHECK_NEAR(x[2], ac / (ac + ad), 1e-9);
    AN_T_CHECK_NEAR(x[3], ad / (ac + ad), 1e-9);
    AN_T_CHECK_NEAR(x[0], 0.0, 1e-12);
    /* hub = A a: a -> ac, b -> ac + ad */
    compute(x, network, AN_HUB, NULL);
    AN_T_CHECK_NEAR(x[0], ac / (2 * ac + ad), 1e-9);
    AN_T_CHECK_NEAR(x[1], (ac + ad) / (2 * ac + ad), 1e-9);
    an_network_free(network);
}

static void test_errors(void)
{
    an_network *empty = NULL;
    AN_T_CHECK_OK(an_network_new(&empty, 0));
    double x[4], c;
    AN_T_CHECK_CODE(an_centrality_compute(x, empty, AN_DEGREE, NULL), AN_EEMPTY);
    AN_T_CHECK_CODE(an_centralization(&c, empty, AN_DEGREE, NULL), AN_EEMPTY);
    an_network_free(empty);

    an_network *network = star();
    double y[5];
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    options.version = 99;
    AN_T_CHECK_CODE(an_centrality_compute(y, network, AN_DEGREE, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_centralization(&c, network, AN_DEGREE, &options), AN_EMISUSE);
    AN_T_CHECK_CODE(an_centrality_compute(NULL, network, AN_DEGREE, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_centrality_compute(y, NULL, AN_DEGREE, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_centrality_compute_many(y, network, NULL, 1, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_centrality_compute(y, network, (an_centrality_measure)99, NULL), AN_EINVAL);
    AN_T_CHECK_CODE(an_centralization(&c, network, AN_PAGERANK, NULL), AN_EINVAL);
    options = (an_centrality_options)AN_CENTRALITY_OPTIONS_INIT;
    options.damping = 1.5;
    AN_T_CHECK_CODE(an_centrality_compute(y, network, AN_PAGERANK, &options), AN_EINVAL);
    options = (an_centrality_options)AN_CENTRALITY_OPTIONS_INIT;
    options.policy.parallel = 7;
    AN_T_CHECK_CODE(an_centrality_compute(y, network, AN_DEGREE, &options), AN_EINVAL);
    an_network_free(network);
}

static void test_names_and_many(void)
{
    for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++) {
        an_centrality_measure measure;
        const char *name = an_centrality_measure_name((an_centrality_measure)k);
        AN_T_CHECK(name != NULL);
        AN_T_CHECK_OK(an_centrality_measure_from_name(&measure, name));
        AN_T_CHECK(measure == (an_centrality_measure)k);
    }
    AN_T_CHECK_STR(an_centrality_measure_name(AN_EFFECTIVE_SIZE), "effective_size");
    AN_T_CHECK_STR(an_centrality_measure_name(AN_IN_DEGREE), "in_degree");
    AN_T_CHECK(an_centrality_measure_name((an_centrality_measure)-1) == NULL);
    an_centrality_measure measure;
    AN_T_CHECK_CODE(an_centrality_measure_from_name(&measure, "Degree"), AN_EINVAL);
    AN_T_CHECK_CODE(an_centrality_measure_from_name(NULL, "degree"), AN_EMISUSE);

    /* compute_many equals one call per measure */
    an_network *network = mixed();
    an_centrality_measure all[AN_CENTRALITY_MEASURE_COUNT];
    for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++)
        all[k] = (an_centrality_measure)k;
    double many[AN_CENTRALITY_MEASURE_COUNT * 4], one[4];
    AN_T_CHECK_OK(an_centrality_compute_many(many, network, all, AN_CENTRALITY_MEASURE_COUNT, NULL));
    for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++) {
        compute(one, network, all[k], NULL);
        for (int v = 0; v < 4; v++)
            AN_T_CHECK(one[v] == many[k * 4 + v] || (isnan(one[v]) && isnan(many[k * 4 + v])));
    }
    /* attach: NaN becomes missing */
    AN_T_CHECK_OK(an_centrality_attach(network, AN_CONSTRAINT, NULL, NULL));
    int column;
    AN_T_CHECK_OK(an_network_find_column(network, AN_DOMAIN_NODE, "constraint", &column));
    double value = 0;
    AN_T_CHECK_OK(an_network_get_real(network, AN_DOMAIN_NODE, column, 0, &value));
    AN_T_CHECK_NEAR(value, 25.0 / 18.0, TOL);
    AN_T_CHECK(an_network_value_state(network, AN_DOMAIN_NODE, column, 3) == AN_VALUE_MISSING);
    an_network_free(network);
}

static void test_rank_order(void)
{
    const double scores[6] = { 0.5, NAN, 2.0, 0.5, -0.0, 0.0 };
    int64_t order[6];
    AN_T_CHECK_OK(an_rank_order(order, scores, 6));
    /* 2.0 (2), 0.5 (0), 0.5 (3), -0 (4), 0 (5), NaN (1) */
    const int64_t expected[6] = { 2, 0, 3, 4, 5, 1 };
    for (int i = 0; i < 6; i++)
        AN_T_CHECK(order[i] == expected[i]);
    AN_T_CHECK_OK(an_rank_order(NULL, NULL, 0));
    AN_T_CHECK_CODE(an_rank_order(order, NULL, 3), AN_EMISUSE);
    AN_T_CHECK_CODE(an_rank_order(order, scores, -1), AN_EINVAL);
}

int main(void)
{
    AN_T_RUN(test_star);
    AN_T_RUN(test_path);
    AN_T_RUN(test_mixed_parallel);
    AN_T_RUN(test_weights);
    AN_T_RUN(test_undefined);
    AN_T_RUN(test_hits_directed);
    AN_T_RUN(test_errors);
    AN_T_RUN(test_names_and_many);
    AN_T_RUN(test_rank_order);
    return an_t_finish();
}
