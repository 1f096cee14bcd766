/*
 * test_view_cache.c — the per-network cache of analysis views
 * (libnet/core/igraph_bridge.h, an_i_igraph_view_borrow).
 *
 *  - a borrowed view is the view an_i_igraph_view_build() builds, bit for bit,
 *    under every policy;
 *  - the cache is reused: a second analysis builds nothing; AS_STORED on an
 *    undirected network shares AS_UNDIRECTED's view;
 *  - every kind of change (edge, node, value, missing value, default, bulk
 *    attach, column, a directed tie in an undirected network) makes the next
 *    analysis rebuild, and every analysis family then gives exactly what a
 *    fresh copy of the network (an_network_copy: empty cache) gives;
 *  - bounds: least recently used eviction, pinned entries never evicted,
 *    failed builds not cached, private copies do not touch the cache,
 *    an_i_network_drop_views inside and outside the igraph lock.
 *
 * White-box (links the internal static library). No timing: speed is in bench/.
 */
#include "actornet.h"
#include "igraph_bridge.h"
#include "network_internal.h"

#include "../harness.h"

#include <stdlib.h>
#include <string.h>

/* ---- a small multigraph ---------------------------------------------------- */

static uint64_t lcg_state;

static uint64_t lcg(void)
{
    lcg_state = lcg_state * 6364136223846793005u + 1442695040888963407u;
    return lcg_state >> 33;
}

/* 30 actors in three loose groups, 120 undirected ties with parallel ties, self-loops and a
 * weight column "w" (some values missing); directed = 1 makes every tie directed. */
static an_network *make_network(int directed)
{
    an_network *network = NULL;
    if (an_network_new(&network, directed) != AN_OK)
        return NULL;
    char id[16];
    for (int v = 0; v < 30; v++) {
        snprintf(id, sizeof id, "a%d", v);
        an_network_add_node(network, id, NULL);
    }
    int w;
    an_network_add_column(network, AN_DOMAIN_EDGE, "w", AN_TYPE_DOUBLE, &w);
    lcg_state = 7;
    for (int e = 0; e < 120; e++) {
        int64_t s = (int64_t)(lcg() % 30), t;
        if (e % 17 == 0)
            t = s; /* self-loop */
        else if (lcg() % 4)
            t = (s / 10) * 10 + (int64_t)(lcg() % 10); /* inside the group */
        else
            t = (int64_t)(lcg() % 30);
        int64_t edge;
        an_network_add_edge(network, s, t, -1, NULL, &edge);
        if (e % 11 != 0)
            an_network_set_real(network, AN_DOMAIN_EDGE, w, edge, 0.5 + (double)(lcg() % 8));
        if (e % 9 == 0) /* a parallel tie */
            an_network_add_edge(network, s, t, -1, NULL, NULL);
    }
    return network;
}

static an_i_view_cache_stats stats_of(const an_network *network)
{
    an_i_view_cache_stats stats;
    an_i_network_view_cache_stats(&stats, network);
    return stats;
}

/* ---- every analysis family that borrows views, into one flat record ---------- */

typedef struct record {
    double *values;
    size_t count, capacity;
    char *summary;
} record;

static void put(record *r, double value)
{
    if (r->count == r->capacity) {
        r->capacity = r->capacity ? 2 * r->capacity : 1024;
        r->values = realloc(r->values, r->capacity * sizeof *r->values);
    }
    r->values[r->count++] = value;
}

static void put_many(record *r, const double *values, size_t count)
{
    for (size_t i = 0; i < count; i++)
        put(r, values[i]);
}

static void record_free(record *r)
{
    free(r->values);
    an_free(r->summary);
    memset(r, 0, sizeof *r);
}

/* The five policies below are more than the cache holds: eviction happens on the way. */
static an_edge_policy policy_of(int which)
{
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    switch (which) {
    case 1: policy.weight = "w"; break;
    case 2: policy.parallel = AN_PARALLEL_KEEP; break;
    case 3: policy.self_loops = 1; policy.weight = "w"; break;
    case 4: policy.direction = AN_AS_UNDIRECTED; policy.weight = "w"; break;
    default: break;
    }
    return policy;
}
#define POLICY_COUNT 5

static void analyse(record *r, const an_network *network)
{
    int64_t n = network->node_count;
    double *buffer = malloc((size_t)n * AN_CENTRALITY_MEASURE_COUNT * sizeof *buffer);
    an_centrality_measure all[AN_CENTRALITY_MEASURE_COUNT];
    for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++)
        all[k] = (an_centrality_measure)k;
    for (int p = 0; p < POLICY_COUNT; p++) {
        an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
        options.policy = policy_of(p);
        put(r, an_centrality_compute_many(buffer, network, all, AN_CENTRALITY_MEASURE_COUNT, &options));
        put_many(r, buffer, (size_t)n * AN_CENTRALITY_MEASURE_COUNT);
        /* one at a time too: each call borrows again */
        put(r, an_centrality_compute(buffer, network, AN_PAGERANK, &options));
        put_many(r, buffer, (size_t)n);

        const int methods[] = { AN_COMMUNITY_LEIDEN, AN_COMMUNITY_LOUVAIN, AN_COMMUNITY_LABEL_PROPAGATION };
        for (size_t m = 0; m < sizeof methods / sizeof methods[0]; m++) {
            an_community_options community = AN_COMMUNITY_OPTIONS_INIT;
            community.method = methods[m];
            community.policy = options.policy;
            an_partition *partition = NULL;
            put(r, an_network_communities(&partition, network, &community));
            if (partition) {
                for (int64_t v = 0; v < n; v++)
                    put(r, (double)partition->membership[v]);
                put(r, partition->modularity);
                put(r, partition->quality);
                put(r, partition->directed);
                double q = 0;
                an_modularity_options modularity = AN_MODULARITY_OPTIONS_INIT;
                modularity.policy = options.policy;
                put(r, an_network_modularity(&q, network, partition->membership, &modularity));
                put(r, q);
                an_partition_free(partition);
            }
        }

        double value = 0;
        int64_t unreachable = 0;
        put(r, an_network_density(&value, network, &options.policy));
        put(r, value);
        put(r, an_network_reciprocity(&value, network, &options.policy));
        put(r, value);
        put(r, an_network_transitivity(&value, network, &options.policy));
        put(r, value);
        put(r, an_network_average_clustering(&value, network, &options.policy));
        put(r, value);
        put(r, an_network_diameter(&value, network, &options.policy));
        put(r, value);
        put(r, an_network_mean_distance(&value, &unreachable, network, &options.policy));
        put(r, value);
        put(r, (double)unreachable);
        for (int mode = AN_COMPONENTS_WEAK; mode <= AN_COMPONENTS_STRONG; mode++) {
            an_components *components = NULL;
            put(r, an_network_components(&components, network, (an_component_mode)mode, &options.policy));
            if (components) {
                for (int64_t v = 0; v < n; v++)
                    put(r, (double)components->membership[v]);
                an_components_free(components);
            }
        }
        int64_t count = 0;
        int64_t *nodes = malloc((size_t)(n + 1) * sizeof *nodes);
        put(r, an_network_k_core(nodes, &count, network, 2, &options.policy));
        for (int64_t i = 0; i < count; i++)
            put(r, (double)nodes[i]);
        put(r, an_network_articulation_points(nodes, &count, network, &options.policy));
        for (int64_t i = 0; i < count; i++)
            put(r, (double)nodes[i]);
        free(nodes);
    }
    an_network_summary_json(&r->summary, NULL, network, NULL);
    free(buffer);
}

/*
 * analyse() goes through five policies with four slots, so its first borrows always miss. The
 * views it used last (policies 3 and 4, weighted, and the summary's) are still cached when the
 * next step has changed the network: look at those first, or a stale view could hide.
 */
static void probe(record *r, const an_network *network)
{
    int64_t n = network->node_count;
    double *buffer = malloc((size_t)n * sizeof *buffer);
    for (int p = POLICY_COUNT - 1; p >= POLICY_COUNT - 2; p--) {
        an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
        options.policy = policy_of(p);
        const an_centrality_measure measures[] = { AN_DEGREE, AN_STRENGTH, AN_PAGERANK };
        for (size_t k = 0; k < sizeof measures / sizeof measures[0]; k++) {
            put(r, an_centrality_compute(buffer, network, measures[k], &options));
            put_many(r, buffer, (size_t)n);
        }
    }
    free(buffer);
}

/* The numbers, bit for bit (NaN included). */
static int same_values(const record *a, const record *b)
{
    return a->count == b->count && memcmp(a->values, b->values, a->count * sizeof *a->values) == 0;
}

/* The numbers and the summary. */
static int same_record(const record *a, const record *b)
{
    return same_values(a, b) && a->summary && b->summary && strcmp(a->summary, b->summary) == 0;
}

/* Analyse `network` (its cache warm from earlier calls) and a fresh copy (empty cache);
 * both must agree. Returns the network's record in *out. */
static void check_against_fresh_copy(record *out, const an_network *network, const char *step)
{
    an_network *copy = NULL;
    AN_T_CHECK_OK(an_network_copy(&copy, network));
    if (!copy)
        return;
    AN_T_CHECK(stats_of(copy).entries == 0);
    record fresh = { 0 };
    probe(out, network);
    probe(&fresh, copy);
    analyse(out, network);
    analyse(&fresh, copy);
    if (!same_record(out, &fresh)) {
        fprintf(stderr, "after '%s': cached and fresh results differ\n", step);
        an_t_case_failed = 1;
    }
    record_free(&fresh);
    an_network_free(copy);
}

/* ---- cases ----------------------------------------------------------------- */

/* Compare a borrowed view with a private build, field by field, bit for bit. */
static int same_view(const an_i_igraph_view *a, const an_i_igraph_view *b)
{
    igraph_integer_t m = igraph_ecount(&a->graph);
    if (m != igraph_ecount(&b->graph) || igraph_vcount(&a->graph) != igraph_vcount(&b->graph) ||
        igraph_is_directed(&a->graph) != igraph_is_directed(&b->graph) || a->directed != b->directed ||
        a->has_weights != b->has_weights)
        return 0;
    for (igraph_integer_t e = 0; e < m; e++)
        if (IGRAPH_FROM(&a->graph, e) != IGRAPH_FROM(&b->graph, e) || IGRAPH_TO(&a->graph, e) != IGRAPH_TO(&b->graph, e) ||
            VECTOR(a->edge_map)[e] != VECTOR(b->edge_map)[e])
            return 0;
    if (a->has_weights && memcmp(VECTOR(a->weights), VECTOR(b->weights), (size_t)m * sizeof(double)) != 0)
        return 0;
    return 1;
}

static void borrowed_equals_built(void)
{
    for (int directed = 0; directed <= 1; directed++) {
        an_network *network = make_network(directed);
        an_i_igraph_guard guard;
        an_i_igraph_begin(&guard);
        for (int direction = AN_AS_STORED; direction <= AN_AS_UNDIRECTED; direction++)
            for (int parallel = AN_PARALLEL_COLLAPSE; parallel <= AN_PARALLEL_KEEP; parallel++)
                for (int loops = 0; loops <= 1; loops++)
                    for (int weighted = 0; weighted <= 1; weighted++) {
                        an_edge_policy policy = { direction, parallel, loops, weighted ? "w" : NULL, NULL };
                        an_i_igraph_view built, borrowed, again;
                        AN_T_CHECK_OK(an_i_igraph_view_build(&built, network, &policy));
                        AN_T_CHECK_OK(an_i_igraph_view_borrow(&borrowed, network, &policy));
                        AN_T_CHECK(borrowed.borrowed_from != NULL);
                        AN_T_CHECK(same_view(&built, &borrowed));
                        /* the second borrow, in the same guard, is the same cached view */
                        AN_T_CHECK_OK(an_i_igraph_view_borrow(&again, network, &policy));
                        AN_T_CHECK(again.borrowed_from == borrowed.borrowed_from);
                        AN_T_CHECK(VECTOR(again.edge_map) == VECTOR(borrowed.edge_map));
                        an_i_igraph_view_destroy(&again);
                        an_i_igraph_view_destroy(&borrowed);
                        an_i_igraph_view_destroy(&built);
                    }
        an_i_igraph_end(&guard);
        an_network_free(network);
    }
}

static void second_analysis_builds_nothing(void)
{
    an_network *network = make_network(1);
    double *out = malloc(30 * sizeof *out);
    an_i_view_cache_stats stats = stats_of(network);
    AN_T_CHECK(stats.builds == 0 && stats.hits == 0 && stats.entries == 0);

    /* degree alone builds nothing (it reads the edge arrays) ... */
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_DEGREE, NULL));
    stats = stats_of(network);
    AN_T_CHECK(stats.builds == 0 && stats.hits == 0);
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    stats = stats_of(network);
    AN_T_CHECK(stats.builds == 1 && stats.hits == 0 && stats.entries == 1);
    /* ... but reads a view that is already there */
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_DEGREE, NULL));
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    double density;
    AN_T_CHECK_OK(an_network_density(&density, network, NULL));
    stats = stats_of(network);
    AN_T_CHECK(stats.builds == 1 && stats.hits == 3 && stats.entries == 1);

    /* Louvain needs the undirected view: one more build, then reused */
    an_community_options community = AN_COMMUNITY_OPTIONS_INIT;
    community.method = AN_COMMUNITY_LOUVAIN;
    an_partition *partition = NULL;
    AN_T_CHECK_OK(an_network_communities(&partition, network, &community));
    an_partition_free(partition);
    AN_T_CHECK(stats_of(network).builds == 2);
    community.method = AN_COMMUNITY_LEIDEN;
    AN_T_CHECK_OK(an_network_communities(&partition, network, &community));
    an_partition_free(partition);
    stats = stats_of(network);
    AN_T_CHECK(stats.builds == 2 && stats.hits == 4 && stats.entries == 2);

    /* a change: the next analysis rebuilds, and the stale views are gone */
    AN_T_CHECK_OK(an_network_add_edge(network, 0, 1, 1, NULL, NULL));
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    stats = stats_of(network);
    AN_T_CHECK(stats.builds == 3 && stats.entries == 1);
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    AN_T_CHECK(stats_of(network).builds == 3);

    /* results (not attaching them) leave the cache alone; attaching is a change */
    AN_T_CHECK_OK(an_centrality_attach(network, AN_PAGERANK, "pagerank", NULL));
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    AN_T_CHECK(stats_of(network).builds == 4); /* attach computed (a hit), then stored: rebuilt */
    free(out);
    an_network_free(network);
}

static void undirected_network_shares_one_view(void)
{
    an_network *network = make_network(0);
    double *out = malloc(30 * sizeof *out);
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL)); /* AS_STORED */
    an_community_options community = AN_COMMUNITY_OPTIONS_INIT;        /* Leiden: AS_UNDIRECTED */
    an_partition *partition = NULL;
    AN_T_CHECK_OK(an_network_communities(&partition, network, &community));
    an_partition_free(partition);
    an_i_view_cache_stats stats = stats_of(network);
    AN_T_CHECK(stats.builds == 1 && stats.entries == 1);
    free(out);
    an_network_free(network);
}

static void every_change_rebuilds_and_matches_a_fresh_copy(void)
{
    an_network *network = make_network(0);
    int w, note;
    AN_T_CHECK_OK(an_network_find_column(network, AN_DOMAIN_EDGE, "w", &w));
    /* two edges with a weight other than 1 (so that changing or unsetting it shows) */
    int64_t weighted[2], found = 0;
    for (int64_t e = 0; e < network->edge_count && found < 2; e++) {
        double value;
        int64_t s, t;
        an_network_edge_endpoints(network, e, &s, &t);
        if (s != t && an_network_get_real(network, AN_DOMAIN_EDGE, w, e, &value) == AN_OK && value != 1.0)
            weighted[found++] = e;
    }
    AN_T_CHECK(found == 2);
    record previous = { 0 }, current = { 0 };
    check_against_fresh_copy(&previous, network, "start");

    /* each step changes the network; `changes` says whether the results must move */
    for (int step = 0; step < 10; step++) {
        const char *what = "?";
        int changes = 1;
        int64_t builds = stats_of(network).builds;
        switch (step) {
        case 0:
            what = "add an undirected edge";
            AN_T_CHECK_OK(an_network_add_edge(network, 3, 17, 0, NULL, NULL));
            break;
        case 1:
            what = "change a weight";
            AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, w, weighted[0], 40.0));
            break;
        case 2:
            what = "unset a weight";
            AN_T_CHECK_OK(an_network_unset(network, AN_DOMAIN_EDGE, w, weighted[1]));
            break;
        case 3:
            what = "set a default weight";
            AN_T_CHECK_OK(an_network_set_default_real(network, AN_DOMAIN_EDGE, w, 9.0));
            break;
        case 4:
            what = "clear the default weight";
            AN_T_CHECK_OK(an_network_clear_default(network, AN_DOMAIN_EDGE, w));
            break;
        case 5:
            what = "a directed tie makes the network mixed";
            AN_T_CHECK_OK(an_network_add_edge(network, 20, 4, 1, NULL, NULL));
            break;
        case 6:
            what = "add an isolated node";
            AN_T_CHECK_OK(an_network_add_node(network, "newcomer", NULL));
            break;
        case 7: {
            what = "attach weights in bulk";
            int64_t m = network->edge_count;
            double *values = malloc((size_t)m * sizeof *values);
            for (int64_t e = 0; e < m; e++)
                values[e] = 1.0 + (double)(e % 5);
            AN_T_CHECK_OK(an_network_attach_reals(network, AN_DOMAIN_EDGE, "w", values));
            free(values);
            break;
        }
        case 8:
            what = "add a column (results unchanged)";
            AN_T_CHECK_OK(an_network_add_column(network, AN_DOMAIN_EDGE, "note", AN_TYPE_STRING, &note));
            AN_T_CHECK_OK(an_network_set_string(network, AN_DOMAIN_EDGE, note, 0, "seen twice"));
            changes = 0;
            break;
        case 9:
            what = "default edge direction (results unchanged)";
            AN_T_CHECK_OK(an_network_set_default_directed(network, 1));
            changes = 0;
            break;
        }
        check_against_fresh_copy(&current, network, what);
        if (stats_of(network).builds <= builds) {
            fprintf(stderr, "after '%s': nothing was rebuilt\n", what);
            an_t_case_failed = 1;
        }
        if (changes == same_values(&previous, &current)) {
            fprintf(stderr, "after '%s': results %s\n", what, changes ? "did not change" : "changed");
            an_t_case_failed = 1;
        }
        record_free(&previous);
        previous = current;
        memset(&current, 0, sizeof current);
    }
    record_free(&previous);
    AN_T_CHECK(stats_of(network).entries <= AN_I_VIEW_CACHE_SLOTS);
    an_network_free(network);
}

static void least_recently_used_is_evicted(void)
{
    an_network *network = make_network(1);
    an_i_igraph_guard guard;
    an_i_igraph_view view;
    an_i_igraph_begin(&guard);
    for (int p = 0; p < POLICY_COUNT; p++) { /* 5 keys, 4 slots: policy 0 is evicted */
        an_edge_policy policy = policy_of(p);
        AN_T_CHECK_OK(an_i_igraph_view_borrow(&view, network, &policy));
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    an_i_view_cache_stats stats = stats_of(network);
    AN_T_CHECK(stats.builds == POLICY_COUNT && stats.entries == AN_I_VIEW_CACHE_SLOTS);

    an_i_igraph_begin(&guard);
    an_edge_policy latest = policy_of(POLICY_COUNT - 1), first = policy_of(0);
    AN_T_CHECK_OK(an_i_igraph_view_borrow(&view, network, &latest)); /* still there */
    an_i_igraph_view_destroy(&view);
    an_i_igraph_end(&guard);
    AN_T_CHECK(stats_of(network).builds == POLICY_COUNT);
    an_i_igraph_begin(&guard);
    AN_T_CHECK_OK(an_i_igraph_view_borrow(&view, network, &first)); /* evicted: built again */
    an_i_igraph_view_destroy(&view);
    an_i_igraph_end(&guard);
    AN_T_CHECK(stats_of(network).builds == POLICY_COUNT + 1);
    an_network_free(network);
}

static void pinned_views_are_never_evicted(void)
{
    an_network *network = make_network(1);
    an_i_igraph_view views[POLICY_COUNT], reference;
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    for (int p = 0; p < POLICY_COUNT; p++) { /* all held at once */
        an_edge_policy policy = policy_of(p);
        AN_T_CHECK_OK(an_i_igraph_view_borrow(&views[p], network, &policy));
    }
    AN_T_CHECK(views[POLICY_COUNT - 1].borrowed_from == NULL); /* no free slot: a private view */
    for (int p = 0; p < POLICY_COUNT; p++) {
        an_edge_policy policy = policy_of(p);
        AN_T_CHECK_OK(an_i_igraph_view_build(&reference, network, &policy));
        AN_T_CHECK(same_view(&views[p], &reference)); /* nobody's view was freed under them */
        an_i_igraph_view_destroy(&reference);
    }
    for (int p = 0; p < POLICY_COUNT; p++)
        an_i_igraph_view_destroy(&views[p]);
    an_i_igraph_end(&guard);
    AN_T_CHECK(stats_of(network).entries == AN_I_VIEW_CACHE_SLOTS);
    an_network_free(network);
}

static void private_copy_leaves_the_cache_alone(void)
{
    an_network *network = make_network(0);
    an_edge_policy policy = policy_of(1);
    an_i_igraph_guard guard;
    an_i_igraph_view borrowed, copy, reference;
    an_i_igraph_begin(&guard);
    AN_T_CHECK_OK(an_i_igraph_view_borrow(&borrowed, network, &policy));
    AN_T_CHECK_OK(an_i_igraph_view_copy(&copy, &borrowed));
    AN_T_CHECK(copy.borrowed_from == NULL);
    AN_T_CHECK(same_view(&copy, &borrowed));
    an_i_igraph_view_destroy(&borrowed);
    AN_T_CHECK_OK(an_i_igraph_check(igraph_add_edge(&copy.graph, 0, 1), "test"));
    AN_T_CHECK_OK(an_i_igraph_check(igraph_vector_push_back(&copy.weights, 2.0), "test"));
    VECTOR(copy.weights)[0] = -1;
    AN_T_CHECK_OK(an_i_igraph_view_borrow(&borrowed, network, &policy));
    AN_T_CHECK_OK(an_i_igraph_view_build(&reference, network, &policy));
    AN_T_CHECK(same_view(&borrowed, &reference));
    an_i_igraph_view_destroy(&reference);
    an_i_igraph_view_destroy(&borrowed);
    an_i_igraph_view_destroy(&copy);
    an_i_igraph_end(&guard);
    AN_T_CHECK(stats_of(network).builds == 1);
    an_network_free(network);
}

static void failed_builds_are_not_cached(void)
{
    an_network *network = make_network(0);
    int w;
    an_network_find_column(network, AN_DOMAIN_EDGE, "w", &w);
    AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, w, 2, NAN));
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    options.policy.weight = "w";
    double *out = malloc(30 * sizeof *out);
    for (int i = 0; i < 2; i++)
        AN_T_CHECK_CODE(an_centrality_compute(out, network, AN_STRENGTH, &options), AN_EINVAL);
    AN_T_CHECK(stats_of(network).builds == 0 && stats_of(network).entries == 0);
    options.policy.weight = "missing";
    AN_T_CHECK_CODE(an_centrality_compute(out, network, AN_STRENGTH, &options), AN_ENOTFOUND);
    options.policy.weight = "w";
    AN_T_CHECK_OK(an_network_set_real(network, AN_DOMAIN_EDGE, w, 2, 3.0));
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_STRENGTH, &options));
    AN_T_CHECK(stats_of(network).builds == 1);
    free(out);
    an_network_free(network);
}

static void dropping_views(void)
{
    an_network *network = make_network(1);
    double *out = malloc(30 * sizeof *out);
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    AN_T_CHECK(stats_of(network).entries == 1);
    an_i_network_drop_views(network); /* outside the lock */
    AN_T_CHECK(stats_of(network).entries == 0);
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    AN_T_CHECK(stats_of(network).entries == 1);
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_network_drop_views(network); /* inside it: no deadlock */
    an_i_igraph_end(&guard);
    AN_T_CHECK(stats_of(network).entries == 0);
    AN_T_CHECK_OK(an_centrality_compute(out, network, AN_PAGERANK, NULL));
    an_i_network_drop_views(NULL);
    free(out);
    an_network_free(network); /* frees the cache built last */
}

/* an_network_prepare() builds the view analyses use, once; their results are the same bit for
 * bit; an_network_release_prepared() frees it; bad calls are refused. */
static void prepared_graphs(void)
{
    an_network *plain = make_network(1), *prepared = make_network(1);
    for (int p = 0; p < POLICY_COUNT; p++) {
        an_edge_policy policy = policy_of(p);
        an_i_view_cache_stats before = stats_of(prepared);
        AN_T_CHECK_OK(an_network_prepare(prepared, &policy));
        AN_T_CHECK(stats_of(prepared).builds == before.builds + 1 && stats_of(prepared).hits == before.hits);
        AN_T_CHECK_OK(an_network_prepare(prepared, &policy)); /* kept: nothing built */
        AN_T_CHECK(stats_of(prepared).builds == before.builds + 1 && stats_of(prepared).hits == before.hits + 1);
        an_network_release_prepared(prepared);
        AN_T_CHECK(stats_of(prepared).entries == 0);
        AN_T_CHECK_OK(an_network_prepare(prepared, &policy));
        /* every measure the same, bit for bit, from the prepared graph as from scratch */
        int64_t n = an_network_node_count(plain);
        double *a = malloc((size_t)n * sizeof *a), *b = malloc((size_t)n * sizeof *b);
        for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++) {
            an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
            options.policy = policy;
            int rc_a = an_centrality_compute(a, plain, (an_centrality_measure)k, &options);
            int rc_b = an_centrality_compute(b, prepared, (an_centrality_measure)k, &options);
            AN_T_CHECK(rc_a == rc_b);
            AN_T_CHECK(rc_a != AN_OK || memcmp(a, b, (size_t)n * sizeof *a) == 0);
            an_network_release_prepared(plain);
        }
        free(a);
        free(b);
        an_network_release_prepared(prepared);
    }
    /* degree and PageRank under the default policy read the prepared graph: no build */
    AN_T_CHECK_OK(an_network_prepare(prepared, NULL));
    int64_t builds = stats_of(prepared).builds;
    double *out = malloc((size_t)an_network_node_count(prepared) * sizeof *out);
    AN_T_CHECK_OK(an_centrality_compute(out, prepared, AN_DEGREE, NULL));
    AN_T_CHECK_OK(an_centrality_compute(out, prepared, AN_PAGERANK, NULL));
    AN_T_CHECK(stats_of(prepared).builds == builds);
    free(out);

    an_edge_policy bad = AN_EDGE_POLICY_INIT;
    bad.weight = "no such column";
    AN_T_CHECK_CODE(an_network_prepare(prepared, &bad), AN_ENOTFOUND);
    bad = (an_edge_policy)AN_EDGE_POLICY_INIT;
    bad.parallel = 7;
    AN_T_CHECK_CODE(an_network_prepare(prepared, &bad), AN_EINVAL);
    an_lens lens = AN_LENS_INIT;
    bad = (an_edge_policy)AN_EDGE_POLICY_INIT;
    bad.lens = &lens;
    AN_T_CHECK_CODE(an_network_prepare(prepared, &bad), AN_EINVAL);
    AN_T_CHECK_CODE(an_network_prepare(NULL, NULL), AN_EMISUSE);
    an_network_release_prepared(NULL);
    an_network_free(plain);
    an_network_free(prepared);
}

int main(void)
{
    AN_T_RUN(borrowed_equals_built);
    AN_T_RUN(second_analysis_builds_nothing);
    AN_T_RUN(undirected_network_shares_one_view);
    AN_T_RUN(every_change_rebuilds_and_matches_a_fresh_copy);
    AN_T_RUN(least_recently_used_is_evicted);
    AN_T_RUN(pinned_views_are_never_evicted);
    AN_T_RUN(private_copy_leaves_the_cache_alone);
    AN_T_RUN(failed_builds_are_not_cached);
    AN_T_RUN(dropping_views);
    AN_T_RUN(prepared_graphs);
    return an_t_finish();
}
