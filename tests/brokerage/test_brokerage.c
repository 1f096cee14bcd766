/*
 * test_brokerage.c — hand-worked Gould & Fernandez brokerage cases.
 */
#include "harness.h"
#include "keyplayers/test_network_text.h"

#include <math.h>

/* a -> b -> c with string groups ga, gb, gc (NULL = missing). */
static an_network *path_with_groups(const char *ga, const char *gb, const char *gc, int directed)
{
    static const int64_t edges[] = { 0, 1, 1, 2 };
    an_network *network = an_t_network(3, edges, 2, directed);
    int column;
    if (!network || an_network_add_column(network, AN_DOMAIN_NODE, "type", AN_TYPE_STRING, &column) != AN_OK)
        return network;
    const char *groups[3] = { ga, gb, gc };
    for (int v = 0; v < 3; v++)
        if (groups[v])
            an_network_set_string(network, AN_DOMAIN_NODE, column, v, groups[v]);
    return network;
}

/* Check node `node`'s six counts. */
static void check_counts(const int64_t *counts, int node, int64_t coordinator, int64_t itinerant, int64_t gatekeeper,
                         int64_t representative, int64_t liaison)
{
    const int64_t *row = counts + 6 * node;
    AN_T_CHECK(row[AN_ROLE_COORDINATOR] == coordinator);
    AN_T_CHECK(row[AN_ROLE_ITINERANT] == itinerant);
    AN_T_CHECK(row[AN_ROLE_GATEKEEPER] == gatekeeper);
    AN_T_CHECK(row[AN_ROLE_REPRESENTATIVE] == representative);
    AN_T_CHECK(row[AN_ROLE_LIAISON] == liaison);
    AN_T_CHECK(row[AN_ROLE_TOTAL] == coordinator + itinerant + gatekeeper + representative + liaison);
}

static void five_roles_on_a_path(void)
{
    static const struct {
        const char *a, *b, *c;
        int role;
    } cases[] = {
        { "X", "X", "X", AN_ROLE_COORDINATOR },    /* A -> A -> A */
        { "X", "Y", "X", AN_ROLE_ITINERANT },      /* A -> B -> A */
        { "X", "Y", "Y", AN_ROLE_GATEKEEPER },     /* A -> B -> B: b guards c's group, its own */
        { "X", "X", "Y", AN_ROLE_REPRESENTATIVE }, /* A -> A -> B: b speaks for a's group, its own */
        { "X", "Y", "Z", AN_ROLE_LIAISON },        /* A -> B -> C */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        an_network *network = path_with_groups(cases[i].a, cases[i].b, cases[i].c, 1);
        int64_t counts[18];
        AN_T_CHECK_OK(an_brokerage_counts(counts, network, NULL));
        int64_t expected[5] = { 0 };
        expected[cases[i].role] = 1;
        check_counts(counts, 1, expected[0], expected[1], expected[2], expected[3], expected[4]);
        check_counts(counts, 0, 0, 0, 0, 0, 0);
        check_counts(counts, 2, 0, 0, 0, 0, 0);
        an_network_free(network);
    }
}

static void closed_two_paths_do_not_count(void)
{
    an_network *network = path_with_groups("X", "X", "X", 1);
    int64_t counts[18];
    /* c -> a does not close a -> b -> c ... */
    AN_T_CHECK_OK(an_network_add_edge(network, 2, 0, 1, NULL, NULL));
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, NULL));
    /* a->b->c open (b), b->c->a open (c), c->a->b open (a). */
    check_counts(counts, 0, 1, 0, 0, 0, 0);
    check_counts(counts, 1, 1, 0, 0, 0, 0);
    check_counts(counts, 2, 1, 0, 0, 0, 0);
    /* ... but a -> c does. */
    AN_T_CHECK_OK(an_network_add_edge(network, 0, 2, 1, NULL, NULL));
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, NULL));
    check_counts(counts, 1, 0, 0, 0, 0, 0);
    an_network_free(network);
}

static void undirected_ties_count_both_ways(void)
{
    an_network *network = path_with_groups("X", "Y", "Y", 0);
    int64_t counts[18];
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, NULL));
    /* a -> b -> c: gatekeeper; c -> b -> a: representative. */
    check_counts(counts, 1, 0, 0, 1, 1, 0);
    an_network_free(network);
    /* Directed path read as undirected gives the same. */
    network = path_with_groups("X", "Y", "Y", 1);
    an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT;
    options.direction = 1;
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, &options));
    check_counts(counts, 1, 0, 0, 1, 1, 0);
    an_network_free(network);
}

static void parallel_and_mixed_ties(void)
{
    /* a -> b twice, b - c undirected, a self-loop: a -> b -> c once; c -> b -> a is no two-path. */
    an_network *network = path_with_groups("X", "Y", "Z", 1);
    AN_T_CHECK_OK(an_network_add_edge(network, 0, 1, 1, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 1, 2, 0, NULL, NULL));
    AN_T_CHECK_OK(an_network_add_edge(network, 0, 0, 1, NULL, NULL));
    int64_t counts[18];
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, NULL));
    check_counts(counts, 1, 0, 0, 0, 0, 1);
    check_counts(counts, 2, 0, 0, 0, 0, 0);
    an_network_free(network);
}

static void missing_groups(void)
{
    an_network *network = path_with_groups("X", NULL, NULL, 1);
    int64_t counts[18];
    /* Default: missing values form one group: X -> ? -> ? is a gatekeeper two-path. */
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, NULL));
    check_counts(counts, 1, 0, 0, 1, 0, 0);
    an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT;
    options.missing = AN_BROKERAGE_MISSING_EXCLUDE;
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, &options));
    check_counts(counts, 1, 0, 0, 0, 0, 0);
    double z[18];
    AN_T_CHECK_CODE(an_brokerage_expected(NULL, NULL, z, network, &options), AN_EINVAL);
    an_network_free(network);
}

static void integer_groups_and_explicit_groups(void)
{
    static const int64_t edges[] = { 0, 1, 1, 2 };
    an_network *network = an_t_network(3, edges, 2, 1);
    int column;
    AN_T_CHECK_OK(an_network_add_column(network, AN_DOMAIN_NODE, "faction", AN_TYPE_INT, &column));
    AN_T_CHECK_OK(an_network_set_integer(network, AN_DOMAIN_NODE, column, 0, 7));
    AN_T_CHECK_OK(an_network_set_integer(network, AN_DOMAIN_NODE, column, 1, 7));
    AN_T_CHECK_OK(an_network_set_integer(network, AN_DOMAIN_NODE, column, 2, -3));
    an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT;
    options.attribute = "faction";
    int64_t counts[18];
    AN_T_CHECK_OK(an_brokerage_counts(counts, network, &options));
    check_counts(counts, 1, 0, 0, 0, 1, 0);
    /* Explicit groups: negative = missing. */
    int64_t groups[3] = { 5, 9, 5 };
    AN_T_CHECK_OK(an_brokerage_counts_by_groups(counts, network, groups, NULL));
    check_counts(counts, 1, 0, 1, 0, 0, 0);
    groups[2] = -1;
    options.missing = AN_BROKERAGE_MISSING_EXCLUDE;
    AN_T_CHECK_OK(an_brokerage_counts_by_groups(counts, network, groups, &options));
    check_counts(counts, 1, 0, 0, 0, 0, 0);
    an_network_free(network);
}

static void expected_values_by_hand(void)
{
    /* a -> b -> c, one group: N = 3, 2 arcs, d = 1/3, p = d^2 (1 - d) = 2/27, q = d^3 (1-d)^3 = 8/729. */
    an_network *network = path_with_groups("X", "X", "X", 1);
    double expected[18], sd[18], z[18];
    AN_T_CHECK_OK(an_brokerage_expected(expected, sd, z, network, NULL));
    double p = 2.0 / 27.0, q = 8.0 / 729.0;
    double e = p * 2.0 * 1.0; /* coordinator: (n-1)(n-2); total: (N-1)(N-2) */
    AN_T_CHECK_NEAR(expected[6 * 1 + AN_ROLE_COORDINATOR], e, 1e-15);
    AN_T_CHECK_NEAR(expected[6 * 1 + AN_ROLE_TOTAL], e, 1e-15);
    AN_T_CHECK_NEAR(sd[6 * 1 + AN_ROLE_COORDINATOR], sqrt(e * (1 - p) + 0 * q), 1e-15);
    AN_T_CHECK_NEAR(z[6 * 1 + AN_ROLE_COORDINATOR], (1 - e) / sqrt(e * (1 - p)), 1e-12);
    /* No other group: itinerant, gatekeeper, representative, liaison have E = sd = 0, z NaN. */
    AN_T_CHECK(expected[6 * 1 + AN_ROLE_ITINERANT] == 0 && isnan(z[6 * 1 + AN_ROLE_ITINERANT]));
    AN_T_CHECK(isnan(z[6 * 1 + AN_ROLE_LIAISON]));
    AN_T_CHECK_OK(an_brokerage_expected(NULL, NULL, z, network, NULL));
    AN_T_CHECK_CODE(an_brokerage_expected(NULL, NULL, NULL, network, NULL), AN_EMISUSE);
    an_network_free(network);
}

static void errors(void)
{
    int64_t counts[18];
    an_network *empty = NULL;
    AN_T_CHECK_OK(an_network_new(&empty, 1));
    AN_T_CHECK_CODE(an_brokerage_counts(counts, empty, NULL), AN_EEMPTY);
    an_network_free(empty);
    an_network *network = path_with_groups("X", "Y", "Z", 1);
    AN_T_CHECK_CODE(an_brokerage_counts(NULL, network, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_brokerage_counts(counts, NULL, NULL), AN_EMISUSE);
    AN_T_CHECK_CODE(an_brokerage_counts_by_groups(counts, network, NULL, NULL), AN_EMISUSE);
    an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT;
    options.attribute = "no_such_column";
    AN_T_CHECK_CODE(an_brokerage_counts(counts, network, &options), AN_ENOTFOUND);
    AN_T_CHECK(strstr(an_error_last()->message, "no_such_column") != NULL);
    options = (an_brokerage_options)AN_BROKERAGE_OPTIONS_INIT;
    options.version = AN_BROKERAGE_OPTIONS_VERSION + 1;
    AN_T_CHECK_CODE(an_brokerage_counts(counts, network, &options), AN_EMISUSE);
    options = (an_brokerage_options)AN_BROKERAGE_OPTIONS_INIT;
    options.missing = 5;
    AN_T_CHECK_CODE(an_brokerage_counts(counts, network, &options), AN_EINVAL);
    options = (an_brokerage_options)AN_BROKERAGE_OPTIONS_INIT;
    options.direction = 3;
    AN_T_CHECK_CODE(an_brokerage_counts(counts, network, &options), AN_EINVAL);
    AN_T_CHECK_STR(an_brokerage_role_name(AN_ROLE_GATEKEEPER), "gatekeeper");
    AN_T_CHECK_STR(an_brokerage_role_name(AN_ROLE_REPRESENTATIVE), "representative");
    AN_T_CHECK(an_brokerage_role_name(6) == NULL);
    an_network_free(network);
}

int main(void)
{
    AN_T_RUN(five_roles_on_a_path);
    AN_T_RUN(closed_two_paths_do_not_count);
    AN_T_RUN(undirected_ties_count_both_ways);
    AN_T_RUN(parallel_and_mixed_ties);
    AN_T_RUN(missing_groups);
    AN_T_RUN(integer_groups_and_explicit_groups);
    AN_T_RUN(expected_values_by_hand);
    AN_T_RUN(errors);
    return an_t_finish();
}
