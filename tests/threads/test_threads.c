/*
 * test_threads.c — what actornet promises threads (include/actornet/common.h):
 * separate networks in separate threads are safe, a network may be read by
 * several threads at once, igraph calls are serialised by the library's global
 * lock, and the last error is per thread.
 *
 *   test_threads DATA_DIR [ITERATIONS]
 *
 * Two threads, each with its own network (karate, florentine), each ITERATIONS
 * times: load it from its file, fail a load on purpose and check that its own
 * last error (not the other thread's) is what it sees, compute centrality
 * (igraph's eigen-solvers and PageRank, actornet's own parallel betweenness
 * with 2 worker threads), communities (igraph's RNG, reseeded under the
 * lock), cohesion, a path query, an ego view, key players (2 workers),
 * robustness (views built in the loop), the report (JSON), a summary, and write and reload
 * GraphML. Both threads also read one shared network concurrently. Every
 * result must equal the one computed single-threaded before the threads
 * started (bit for bit; PageRank and eigenvector to 1e-12, as OpenMP in
 * PRPACK may change the last digits).
 *
 * Built twice by meson: plainly (also run under valgrind) and, in builds
 * without another sanitizer, with ThreadSanitizer compiled into this program
 * and every library source (test 'threads under ThreadSanitizer'; igraph and
 * libxml2 are not instrumented — see tsan.supp).
 */
#include "actornet.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef HAVE_VALGRIND_H
#include <valgrind/valgrind.h>
#endif

#define MEASURES 6
static const an_centrality_measure measures[MEASURES] = { AN_DEGREE, AN_BETWEENNESS, AN_CLOSENESS, AN_PAGERANK,
                                                          AN_EIGENVECTOR, AN_CONSTRAINT };

typedef struct results {
    int64_t n, m;
    double centrality[MEASURES * 64];
    double betweenness[64];
    int64_t membership[64];
    int64_t components;
    double transitivity, diameter;
    int64_t path_length;
    int64_t ego_nodes;
    int64_t key_players[2];
    double rank_low[64];
    size_t summary_length;
    size_t report_length, scaled_report_length;
    size_t graphml_length;
} results;

typedef struct job {
    const char *path;           /* this thread's network */
    const an_network *shared;   /* read by both threads */
    int index;
    int iterations;
    results expected, expected_shared;
    int failures;
    char why[512];
} job;

static int iterations_wanted = 10;

#define FAIL(j, ...) do { \
    if (!(j)->failures) snprintf((j)->why, sizeof (j)->why, __VA_ARGS__); \
    (j)->failures++; } while (0)

/* Everything the threads compute, for one network; returns 0 or an error message in why. */
static int analyse(const an_network *n, results *r, char *why, size_t size)
{
    memset(r, 0, sizeof *r);
    r->n = an_network_node_count(n);
    r->m = an_network_edge_count(n);
    if (r->n > 64) {
        snprintf(why, size, "network too big for the test");
        return -1;
    }
    int rc;
#define TRY(call) do { if ((rc = (call)) != AN_OK) { \
        snprintf(why, size, "%s: %s: %s", #call, an_status_name(rc), an_error_last()->message); return -1; } } while (0)
    TRY(an_centrality_compute_many(r->centrality, n, measures, MEASURES, NULL));
    TRY(an_betweenness_exact(r->betweenness, n, 2, NULL));
    an_partition *partition = NULL;
    TRY(an_network_communities(&partition, n, NULL));
    memcpy(r->membership, partition->membership, (size_t)r->n * sizeof *r->membership);
    an_partition_free(partition);
    an_components *components = NULL;
    TRY(an_network_components(&components, n, AN_COMPONENTS_WEAK, NULL));
    r->components = components->count;
    an_components_free(components);
    TRY(an_network_transitivity(&r->transitivity, n, NULL));
    TRY(an_network_diameter(&r->diameter, n, NULL));
    an_path_result *paths = NULL;
    TRY(an_paths_shortest(&paths, n, an_network_node_id(n, 0), an_network_node_id(n, r->n - 1), NULL));
    r->path_length = paths->count ? paths->paths[0].length : -1;
    an_path_result_free(paths);
    const char *centre[] = { an_network_node_id(n, 0), NULL };
    an_network *ego = NULL;
    TRY(an_view_ego(&ego, n, centre, NULL));
    r->ego_nodes = an_network_node_count(ego);
    an_network_free(ego);
    an_keyplayer_options kp = AN_KEYPLAYER_OPTIONS_INIT;
    kp.threads = 2;
    TRY(an_keyplayers_find(r->key_players, NULL, n, 2, &kp));
    an_robustness_options robustness = AN_ROBUSTNESS_OPTIONS_INIT;
    robustness.replicates = 4;
    an_rank_robustness *ranking = NULL;
    TRY(an_robustness_ranking(&ranking, n, AN_DEGREE, &robustness));
    memcpy(r->rank_low, ranking->rank_low, (size_t)r->n * sizeof *r->rank_low);
    an_rank_robustness_free(ranking);
    char *text = NULL;
    an_report_options report = AN_REPORT_OPTIONS_INIT;
    report.replicates = 3;
    report.render = 0;
    TRY(an_report_json(&text, &r->report_length, n, &report));
    an_free(text);
    text = NULL;
    /* the report at scale: its reruns run on worker threads and its igraph-bound centralities on a
     * background thread, inside this thread */
    report.exact_limit = 1;
    TRY(an_report_json(&text, &r->scaled_report_length, n, &report));
    an_free(text);
    text = NULL;
    TRY(an_network_summary_json(&text, &r->summary_length, n, NULL));
    an_free(text);
    text = NULL;
    TRY(an_network_graphml_to_buffer(&text, &r->graphml_length, n, NULL));
    an_network *again = NULL;
    rc = an_network_load_graphml_buffer(&again, text, r->graphml_length, "again", NULL);
    an_free(text);
    if (rc != AN_OK || an_network_node_count(again) != r->n || an_network_edge_count(again) != r->m) {
        snprintf(why, size, "write and reload changed the network");
        an_network_free(again);
        return -1;
    }
    an_network_free(again);
    return 0;
#undef TRY
}

static int same_real(double a, double b, double tolerance)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return tolerance == 0 ? memcmp(&a, &b, sizeof a) == 0 : fabs(a - b) <= tolerance;
}

static int compare(const results *a, const results *b, char *why, size_t size)
{
    if (a->n != b->n || a->m != b->m) {
        snprintf(why, size, "sizes differ");
        return -1;
    }
    for (int k = 0; k < MEASURES; k++) {
        double tolerance = measures[k] == AN_PAGERANK || measures[k] == AN_EIGENVECTOR ? 1e-12 : 0;
        for (int64_t v = 0; v < a->n; v++)
            if (!same_real(a->centrality[k * a->n + v], b->centrality[k * a->n + v], tolerance)) {
                snprintf(why, size, "%s of node %lld: %.17g vs %.17g", an_centrality_measure_name(measures[k]),
                         (long long)v, a->centrality[k * a->n + v], b->centrality[k * a->n + v]);
                return -1;
            }
    }
    for (int64_t v = 0; v < a->n; v++) {
        if (fabs(a->betweenness[v] - b->betweenness[v]) > 1e-12 * (1 + fabs(a->betweenness[v]))) {
            snprintf(why, size, "parallel betweenness of node %lld differs", (long long)v);
            return -1;
        }
        if (a->membership[v] != b->membership[v]) {
            snprintf(why, size, "community of node %lld differs (igraph's RNG not reseeded under the lock?)",
                     (long long)v);
            return -1;
        }
        if (!same_real(a->rank_low[v], b->rank_low[v], 0)) {
            snprintf(why, size, "robustness interval of node %lld differs", (long long)v);
            return -1;
        }
    }
    if (a->components != b->components || !same_real(a->transitivity, b->transitivity, 0) ||
        !same_real(a->diameter, b->diameter, 0) || a->path_length != b->path_length || a->ego_nodes != b->ego_nodes ||
        a->key_players[0] != b->key_players[0] || a->key_players[1] != b->key_players[1] ||
        a->summary_length != b->summary_length || a->report_length != b->report_length ||
        a->scaled_report_length != b->scaled_report_length ||
        a->graphml_length != b->graphml_length) {
        snprintf(why, size, "a cohesion, path, view, key-player, report, summary or GraphML result differs");
        return -1;
    }
    return 0;
}

static void *work(void *argument)
{
    job *j = argument;
    char name[64], why[512];
    snprintf(name, sizeof name, "bad-input-of-thread-%d.graphml", j->index);
    for (int i = 0; i < j->iterations && !j->failures; i++) {
        an_network *network = NULL;
        if (an_network_load_graphml(&network, j->path, NULL) != AN_OK) {
            FAIL(j, "load %s: %s", j->path, an_error_last()->message);
            break;
        }
        /* my own failure is the one I see, whatever the other thread does meanwhile */
        an_network *bad = NULL;
        static const char truncated[] = "<graphml><graph><node id=\"a\"/>";
        int rc = an_network_load_graphml_buffer(&bad, truncated, sizeof truncated - 1, name, NULL);
        const an_error *e = an_error_last();
        if (rc != AN_EPARSE || e->code != AN_EPARSE || !e->file || strcmp(e->file, name) != 0)
            FAIL(j, "thread %d sees the last error '%s' (file %s)", j->index, e->message, e->file ? e->file : "-");

        results got;
        if (analyse(network, &got, why, sizeof why) != 0)
            FAIL(j, "thread %d: %.400s", j->index, why);
        else if (compare(&got, &j->expected, why, sizeof why) != 0)
            FAIL(j, "thread %d, own network: %.400s", j->index, why);
        if (analyse(j->shared, &got, why, sizeof why) != 0)
            FAIL(j, "thread %d, shared network: %.400s", j->index, why);
        else if (compare(&got, &j->expected_shared, why, sizeof why) != 0)
            FAIL(j, "thread %d, shared network: %.400s", j->index, why);
        /* the error recorded before the analyses is still mine, or cleared by nothing else */
        an_network_free(network);
    }
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_threads DATA_DIR [ITERATIONS]\n");
        return 2;
    }
    if (argc > 2)
        iterations_wanted = atoi(argv[2]);
#ifdef HAVE_VALGRIND_H
    if (RUNNING_ON_VALGRIND && iterations_wanted > 3)
        iterations_wanted = 3; /* memcheck and helgrind: the same code, fewer rounds */
#endif
    char paths[3][1024];
    snprintf(paths[0], sizeof paths[0], "%s/karate.graphml", argv[1]);
    snprintf(paths[1], sizeof paths[1], "%s/florentine.graphml", argv[1]);
    snprintf(paths[2], sizeof paths[2], "%s/teaching-example.graphml", argv[1]);

    an_network *shared = NULL;
    if (an_network_load_graphml(&shared, paths[2], NULL) != AN_OK) {
        fprintf(stderr, "cannot load %s: %s\n", paths[2], an_error_last()->message);
        return 2;
    }
    job jobs[2];
    memset(jobs, 0, sizeof jobs);
    char why[512];
    for (int t = 0; t < 2; t++) {
        jobs[t].path = paths[t];
        jobs[t].shared = shared;
        jobs[t].index = t;
        jobs[t].iterations = iterations_wanted;
        an_network *network = NULL;
        if (an_network_load_graphml(&network, paths[t], NULL) != AN_OK ||
            analyse(network, &jobs[t].expected, why, sizeof why) != 0 ||
            analyse(shared, &jobs[t].expected_shared, why, sizeof why) != 0) {
            fprintf(stderr, "single-threaded reference for %s: %s %s\n", paths[t], why, an_error_last()->message);
            return 2;
        }
        an_network_free(network);
    }
    pthread_t threads[2];
    for (int t = 0; t < 2; t++)
        if (pthread_create(&threads[t], NULL, work, &jobs[t]) != 0) {
            perror("pthread_create");
            return 2;
        }
    int failed = 0;
    for (int t = 0; t < 2; t++) {
        pthread_join(threads[t], NULL);
        if (jobs[t].failures) {
            fprintf(stderr, "FAIL thread %d: %s\n", t, jobs[t].why);
            failed = 1;
        } else {
            printf("ok   thread %d: %d iterations over %s and the shared network\n", t, jobs[t].iterations,
                   jobs[t].path);
        }
    }
    an_network_free(shared);
    printf("cases: %d passed, %d failed\n", failed ? 0 : 2, failed ? 2 : 0);
    return failed;
}
