/*
 * fuzz_analyses.c — libFuzzer target: every analysis on whatever network a
 * hostile file loads into (self-loops, parallel and mixed ties, missing and
 * odd-typed columns, empty networks, one node, ...).
 *
 * load -> summary (JSON, text), views (filter, ego, projection, subset),
 * centrality (every measure, default and keep/undirected/weighted policies),
 * centralisation, cohesion (components, cut-points, bridges, k-core, cliques,
 * density, reciprocity, transitivity, clustering, diameter, mean distance),
 * communities (Leiden, Louvain, label propagation, walktrap; edge betweenness
 * on small networks), modularity and partition comparison, brokerage counts
 * and expectations, typed paths (shortest, k shortest, all simple; JSON and
 * text), key players and what-if removal, and on small networks the report
 * JSON. Each call must return AN_OK or a negative status with the same code
 * and a message in the last error; outputs handed out are freed. Work is
 * bounded: networks above 400 nodes or 4000 edges are only summarised, and
 * the costlier analyses run on smaller ones still. Threads: one
 * (ACTORNET_THREADS=1, threads = 1), so runs are reproducible.
 */
#include "fuzz_support.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char target[] = "fuzz_analyses";

/* An API call's status: AN_OK, or an error with the same code and a message. */
static void status(int rc, const char *call)
{
    if (rc == AN_OK)
        return;
    const an_error *e = an_error_last();
    if (rc > 0 || strcmp(an_status_name(rc), "AN_UNKNOWN") == 0)
        an_fuzz_fail(target, "%s returned %d, not a status", call, rc);
    if (e->code != rc || !e->message || !e->message[0])
        an_fuzz_fail(target, "%s returned %s but the last error is %s '%s'", call, an_status_name(rc),
                     an_status_name(e->code), e->message ? e->message : "(null)");
    if (rc == AN_EMISUSE || rc == AN_ERROR)
        an_fuzz_fail(target, "%s returned %s on valid arguments: %s", call, an_status_name(rc), e->message);
}

#define CALL(expr) status((an_error_clear(), (expr)), #expr)

static void summaries(const an_network *network)
{
    char *text = NULL;
    size_t size = 0;
    CALL(an_network_summary_json(&text, &size, network, NULL));
    an_free(text);
    text = NULL;
    CALL(an_network_summary_text(&text, &size, network, NULL));
    an_free(text);
}

static void views(const an_network *network, int64_t n)
{
    static const char *const classes[] = { "person", "organisation", "0", NULL };
    static const char *const relations[] = { "member_of", "funds", NULL };
    static const char *const confidence[] = { "stated", NULL };
    an_network *view = NULL;
    an_view_options options = AN_VIEW_OPTIONS_INIT;
    CALL(an_view_filter(&view, network, &options));
    an_network_free(view);
    view = NULL;
    options.filter.classes = classes;
    options.filter.relations = relations;
    options.filter.confidence = confidence;
    options.filter.has_year_from = 1;
    options.filter.year_from = 1990;
    options.drop_isolates = 1;
    int rc = an_view_filter(&view, network, &options);
    if (rc != AN_ENOTFOUND)
        status(rc, "an_view_filter(classes, relations, confidence, years)");
    an_network_free(view);
    view = NULL;

    if (n > 0) {
        const char *centres[] = { an_network_node_id(network, 0), an_network_node_id(network, n - 1), NULL };
        an_ego_options ego = AN_EGO_OPTIONS_INIT;
        ego.radius = 2;
        CALL(an_view_ego(&view, network, centres, &ego));
        an_network_free(view);
        view = NULL;
        ego.mode = AN_EGO_IN;
        ego.radius = 0;
        CALL(an_view_ego(&view, network, centres, &ego));
        an_network_free(view);
        view = NULL;
    }
    an_projection_options projection = AN_PROJECTION_OPTIONS_INIT;
    projection.shared_column = "shared";
    rc = an_view_project(&view, network, "person", &projection);
    if (rc != AN_ENOTFOUND)
        status(rc, "an_view_project");
    an_network_free(view);
    view = NULL;

    int64_t m = an_network_edge_count(network);
    unsigned char *keep_nodes = malloc((size_t)n + 1), *keep_edges = malloc((size_t)m + 1);
    if (keep_nodes && keep_edges) {
        for (int64_t v = 0; v < n; v++)
            keep_nodes[v] = (unsigned char)(v % 3 != 1);
        for (int64_t e = 0; e < m; e++)
            keep_edges[e] = (unsigned char)(e % 2 == 0);
        CALL(an_view_subset(&view, network, keep_nodes, keep_edges));
        an_network_free(view);
    }
    free(keep_nodes);
    free(keep_edges);
}

static void centrality(const an_network *network, int64_t n)
{
    an_centrality_measure measures[AN_CENTRALITY_MEASURE_COUNT];
    for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++)
        measures[k] = (an_centrality_measure)k;
    double *scores = malloc((size_t)(n ? n : 1) * AN_CENTRALITY_MEASURE_COUNT * sizeof *scores);
    int64_t *order = malloc((size_t)(n ? n : 1) * sizeof *order);
    if (!scores || !order)
        goto done;
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    int rc = an_centrality_compute_many(scores, network, measures, AN_CENTRALITY_MEASURE_COUNT, &options);
    if (n == 0 && rc != AN_EEMPTY)
        an_fuzz_fail(target, "centrality of an empty network returned %s", an_status_name(rc));
    if (n > 0)
        status(rc, "an_centrality_compute_many(defaults)");
    if (rc == AN_OK)
        CALL(an_rank_order(order, scores + (size_t)AN_BETWEENNESS * (size_t)n, n));

    /* a multigraph reading, undirected, weighted by a column if there is one */
    options.policy.parallel = AN_PARALLEL_KEEP;
    options.policy.self_loops = 1;
    options.policy.direction = AN_AS_UNDIRECTED;
    options.policy.weight = "weight";
    options.raw = 1;
    rc = an_centrality_compute_many(scores, network, measures, AN_CENTRALITY_MEASURE_COUNT, &options);
    if (rc != AN_ENOTFOUND && rc != AN_ETYPE && rc != AN_EINVAL && rc != AN_EEMPTY)
        status(rc, "an_centrality_compute_many(keep, undirected, weight)");

    options = (an_centrality_options)AN_CENTRALITY_OPTIONS_INIT;
    static const an_centrality_measure central[] = { AN_DEGREE, AN_IN_DEGREE, AN_OUT_DEGREE, AN_BETWEENNESS,
                                                     AN_CLOSENESS };
    for (size_t i = 0; i < sizeof central / sizeof central[0] && n > 0; i++) {
        double c = 0;
        CALL(an_centralization(&c, network, central[i], &options));
    }
    if (n > 0) {
        CALL(an_betweenness_exact(scores, network, 1, &options));
        an_betweenness_approximation info;
        CALL(an_betweenness_approximate_ex(scores, &info, network, 0.2, 0.2, 7, 1, &options));
    }
done:
    free(scores);
    free(order);
}

static void cohesion(const an_network *network, int64_t n, int64_t m)
{
    an_components *components = NULL;
    CALL(an_network_components(&components, network, AN_COMPONENTS_WEAK, NULL));
    an_components_free(components);
    components = NULL;
    CALL(an_network_components(&components, network, AN_COMPONENTS_STRONG, NULL));
    an_components_free(components);

    int64_t *nodes = malloc((size_t)(n + 1) * sizeof *nodes), *edges = malloc((size_t)(m + 1) * sizeof *edges);
    int64_t count = 0;
    if (nodes && edges) {
        CALL(an_network_articulation_points(nodes, &count, network, NULL));
        CALL(an_network_bridges(edges, &count, network, NULL));
        an_edge_policy keep = AN_EDGE_POLICY_INIT;
        keep.parallel = AN_PARALLEL_KEEP;
        keep.self_loops = 1;
        CALL(an_network_bridges(edges, &count, network, &keep));
        CALL(an_network_k_core(nodes, &count, network, 2, NULL));
    }
    free(nodes);
    free(edges);

    an_cliques *cliques = NULL;
    an_clique_options clique_options = AN_CLIQUE_OPTIONS_INIT;
    clique_options.min_size = 1;
    clique_options.max_cliques = 50;
    CALL(an_network_maximal_cliques(&cliques, network, &clique_options));
    an_cliques_free(cliques);

    if (n == 0)
        return;
    double value = 0;
    int64_t unreachable = 0;
    CALL(an_network_density(&value, network, NULL));
    CALL(an_network_reciprocity(&value, network, NULL));
    CALL(an_network_transitivity(&value, network, NULL));
    CALL(an_network_average_clustering(&value, network, NULL));
    CALL(an_network_diameter(&value, network, NULL));
    CALL(an_network_mean_distance(&value, &unreachable, network, NULL));
}

static void communities(const an_network *network, int64_t n, int64_t m)
{
    if (n == 0)
        return;
    static const int methods[] = { AN_COMMUNITY_LEIDEN, AN_COMMUNITY_LOUVAIN, AN_COMMUNITY_LABEL_PROPAGATION,
                                   AN_COMMUNITY_WALKTRAP, AN_COMMUNITY_INFOMAP, AN_COMMUNITY_EDGE_BETWEENNESS };
    an_partition *first = NULL;
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++) {
        if (methods[i] == AN_COMMUNITY_EDGE_BETWEENNESS && m > 60)
            continue;
        if (methods[i] == AN_COMMUNITY_INFOMAP && n > 60)
            continue;
        an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
        options.method = methods[i];
        options.trials = 1;
        an_partition *partition = NULL;
        CALL(an_network_communities(&partition, network, &options));
        if (partition && partition->node_count != n)
            an_fuzz_fail(target, "partition of %lld nodes for %lld", (long long)partition->node_count, (long long)n);
        if (!first)
            first = partition;
        else
            an_partition_free(partition);
    }
    if (!first)
        return;
    double q = 0;
    CALL(an_network_modularity(&q, network, first->membership, NULL));
    int64_t *by_type = malloc((size_t)n * sizeof *by_type);
    if (by_type) {
        int64_t categories = 0;
        int rc = an_network_attribute_partition(by_type, &categories, network, "type");
        if (rc != AN_ENOTFOUND)
            status(rc, "an_network_attribute_partition");
        if (rc == AN_OK) {
            an_partition_comparison comparison;
            rc = an_partition_compare(&comparison, first->membership, by_type, n);
            if (rc != AN_EEMPTY)
                status(rc, "an_partition_compare");
        }
    }
    free(by_type);
    an_partition_free(first);
}

static void brokerage(const an_network *network, int64_t n)
{
    int64_t *counts = malloc((size_t)(n + 1) * AN_BROKERAGE_ROLES * sizeof *counts);
    double *expected = malloc((size_t)(n + 1) * AN_BROKERAGE_ROLES * sizeof *expected);
    int64_t *groups = malloc((size_t)(n + 1) * sizeof *groups);
    if (counts && expected && groups && n > 0) {
        int rc = an_brokerage_counts(counts, network, NULL);
        if (rc != AN_ENOTFOUND)
            status(rc, "an_brokerage_counts");
        rc = an_brokerage_expected(expected, NULL, expected, network, NULL);
        if (rc != AN_ENOTFOUND)
            status(rc, "an_brokerage_expected");
        for (int64_t v = 0; v < n; v++)
            groups[v] = v % 4 == 3 ? -1 : v % 3;
        an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT;
        options.missing = AN_BROKERAGE_MISSING_EXCLUDE;
        options.direction = AN_AS_UNDIRECTED;
        CALL(an_brokerage_counts_by_groups(counts, network, groups, &options));
    }
    free(counts);
    free(expected);
    free(groups);
}

static void paths(const an_network *network, int64_t n)
{
    if (n == 0)
        return;
    const char *from = an_network_node_id(network, 0), *to = an_network_node_id(network, n - 1);
    an_path_options options = AN_PATH_OPTIONS_INIT;
    options.max_paths = 20;
    for (int variant = 0; variant < 2; variant++) {
        if (variant == 1) {
            static const char *const classes[] = { "person", "organisation", NULL };
            options.filter.classes = classes;
            options.ignore_direction = 1;
        }
        an_path_result *results[3] = { NULL, NULL, NULL };
        int rc[3];
        rc[0] = an_paths_shortest(&results[0], network, from, to, &options);
        rc[1] = an_paths_k_shortest(&results[1], network, from, to, 3, &options);
        rc[2] = an_paths_all_simple(&results[2], network, from, to, 4, &options);
        for (int i = 0; i < 3; i++) {
            if (rc[i] != AN_ENOTFOUND)
                status(rc[i], "a path query");
            if (!results[i])
                continue;
            char *text = NULL;
            size_t size = 0;
            CALL(an_path_result_json(&text, &size, results[i]));
            an_free(text);
            text = NULL;
            CALL(an_path_result_text(&text, &size, results[i]));
            an_free(text);
            an_path_result_free(results[i]);
        }
    }
}

static void keyplayers(const an_network *network, int64_t n)
{
    if (n < 2)
        return;
    int64_t set[2] = { 0, 0 };
    an_keyplayer_result result;
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    options.threads = 1;
    for (int objective = 0; objective < 4; objective++) {
        if (objective == AN_KP_DISTANCE_FRAGMENTATION && n > 80)
            continue;
        options.objective = objective;
        CALL(an_keyplayers_find(set, &result, network, n > 2 ? 2 : 1, &options));
    }
    an_whatif_options whatif = AN_WHATIF_OPTIONS_INIT;
    whatif.threads = 1;
    whatif.distances = n <= 80;
    an_whatif_result change;
    const char *ids[] = { an_network_node_id(network, 0) };
    CALL(an_whatif_remove(&change, network, ids, 1, &whatif));
}

static void report(const an_network *network, int64_t n)
{
    if (n == 0 || n > 40)
        return;
    an_report_options options = AN_REPORT_OPTIONS_INIT;
    options.replicates = 2;
    options.render = 0;
    options.draw_limit = 50;
    char *json = NULL;
    size_t size = 0;
    CALL(an_report_json(&json, &size, network, &options));
    an_free(json);
}

int an_fuzz_analyses(const uint8_t *data, size_t size)
{
    static int once;
    if (!once) {
        setenv("ACTORNET_THREADS", "1", 1);
        once = 1;
    }
    an_network *network = NULL;
    if (an_fuzz_load(&network, data, size, target) != AN_OK)
        return 0;
    int64_t n = an_network_node_count(network), m = an_network_edge_count(network);
    summaries(network);
    if (n <= 400 && m <= 4000) {
        views(network, n);
        cohesion(network, n, m);
        brokerage(network, n);
        paths(network, n);
        if (n <= 150 && m <= 1500) {
            centrality(network, n);
            communities(network, n, m);
            keyplayers(network, n);
            report(network, n);
        }
    }
    an_network_free(network);
    return 0;
}

AN_FUZZ_ENTRY(an_fuzz_analyses)
