/*
 * leiden_csr_bench.c — Leiden and Louvain on the CSR (libnet/communities/
 * leiden_csr.h, louvain_csr.h) against the igraph path
 * (an_network_communities), on one GraphML file.
 *
 *     leiden_csr_bench FILE [PHASE ...]
 *
 * Phases (default: all): csr leiden louvain leiden_two_threads igraph_view
 * igraph_leiden igraph_louvain. The file is loaded first (not timed here:
 * bench/an_bench times loading). Prints one line per phase:
 *
 *     phase <TAB> wall s <TAB> CPU s (every thread) <TAB> peak RSS MiB so far <TAB> note
 *
 * The graph is the one an_network_communities() gives igraph's Leiden and
 * Louvain under the default edge policy: every tie undirected, parallel ties
 * collapsed into one of weight 1, self-loops dropped, unweighted. That is
 * exactly an_i_csr_build(AN_I_CSR_UNDIRECTED) (sorted lists, collapsed,
 * loop-free), so the CSR is built that way; only the order of each node's
 * arcs differs from igraph's view. `csr` times that build; leiden and
 * louvain time the methods alone (seed 42, resolution 1, Leiden until stable)
 * and check their modularity against an_network_modularity() on the network;
 * leiden_two_threads runs two Leidens (seeds 42 and 43) at once on the one
 * CSR. igraph_leiden / igraph_louvain call an_network_communities() with the
 * default options after dropping the network's cached igraph views, so each
 * pays its view build, as a first analysis of a network does; igraph_view
 * times that build alone.
 */
#include <actornet.h>

#include "graph/leiden_csr.h"
#include "graph/louvain_csr.h"
#include "igraph_bridge.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct stamp {
    double wall, cpu, peak_mib;
} stamp;

static stamp now(void)
{
    struct timespec wall, cpu;
    struct rusage usage;
    clock_gettime(CLOCK_MONOTONIC, &wall);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    getrusage(RUSAGE_SELF, &usage);
    return (stamp){ wall.tv_sec + wall.tv_nsec * 1e-9, cpu.tv_sec + cpu.tv_nsec * 1e-9, usage.ru_maxrss / 1024.0 };
}

/* `end` is taken before the note is made: checking a result is not part of its time or peak. */
static void report(const char *phase, stamp start, stamp end, const char *note)
{
    printf("%s\t%.3f\t%.3f\t%.1f\t%s\n", phase, end.wall - start.wall, end.cpu - start.cpu, end.peak_mib, note);
    fflush(stdout);
}

static void die(const char *what)
{
    fprintf(stderr, "leiden_csr_bench: %s: %s\n", what, an_error_last()->message);
    exit(1);
}

static int wants(int argc, char **argv, const char *phase)
{
    if (argc <= 2)
        return 1;
    for (int i = 2; i < argc; i++)
        if (strcmp(argv[i], phase) == 0)
            return 1;
    return 0;
}

/* Modularity of `membership` on the network as an_network_communities() reads it for Leiden. */
static double network_modularity(const an_network *network, const int64_t *membership)
{
    an_modularity_options options = AN_MODULARITY_OPTIONS_INIT;
    options.policy.direction = AN_AS_UNDIRECTED;
    double q = 0;
    if (an_network_modularity(&q, network, membership, &options) != AN_OK)
        die("modularity");
    return q;
}

typedef struct leiden_run {
    const an_i_csr *csr;
    int64_t *membership;
    double quality;
    uint64_t seed;
    an_i_community_csr_stats stats;
    int rc;
} leiden_run;

static void *run_leiden(void *argument)
{
    leiden_run *run = argument;
    an_i_leiden_csr_options options = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    options.seed = run->seed;
    run->rc = an_i_leiden_csr(run->membership, &run->quality, run->csr, &options, &run->stats);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: leiden_csr_bench FILE [PHASE ...]\n");
        return 2;
    }
    an_network *network = NULL;
    if (an_network_load_graphml(&network, argv[1], NULL) != AN_OK)
        die("load");
    int64_t n = an_network_node_count(network);
    printf("# %lld nodes, %lld edges\n# phase\twall_s\tcpu_s\tpeak_MiB\tnote\n", (long long)n,
           (long long)an_network_edge_count(network));
    char note[256];
    int64_t *membership = malloc((size_t)(n > 0 ? n : 1) * sizeof *membership);
    int64_t *second = malloc((size_t)(n > 0 ? n : 1) * sizeof *second);

    stamp start = now();
    an_i_csr csr;
    if (an_i_csr_build(&csr, network, AN_I_CSR_UNDIRECTED) != AN_OK)
        die("CSR");
    stamp end = now();
    snprintf(note, sizeof note, "%lld arcs (undirected, collapsed, no loops)", (long long)an_i_csr_arcs(&csr));
    if (wants(argc, argv, "csr"))
        report("csr", start, end, note);

    if (wants(argc, argv, "leiden")) {
        leiden_run run = { &csr, membership, 0, AN_COMMUNITY_DEFAULT_SEED, { 0 }, 0 };
        start = now();
        run_leiden(&run);
        end = now();
        if (run.rc != AN_OK)
            die("Leiden");
        snprintf(note, sizeof note, "%lld communities, Q=%.5f (network %.5f), %lld iterations",
                 (long long)run.stats.communities, run.quality, network_modularity(network, membership),
                 (long long)run.stats.iterations);
        report("leiden", start, end, note);
    }
    if (wants(argc, argv, "louvain")) {
        double quality = 0;
        an_i_community_csr_stats stats;
        start = now();
        if (an_i_louvain_csr(membership, &quality, &csr, 1.0, AN_COMMUNITY_DEFAULT_SEED, &stats) != AN_OK)
            die("Louvain");
        end = now();
        snprintf(note, sizeof note, "%lld communities, Q=%.5f (network %.5f), %lld levels",
                 (long long)stats.communities, quality, network_modularity(network, membership),
                 (long long)stats.levels);
        report("louvain", start, end, note);
    }
    if (wants(argc, argv, "leiden_two_threads")) {
        leiden_run runs[2] = { { &csr, membership, 0, AN_COMMUNITY_DEFAULT_SEED, { 0 }, 0 },
                               { &csr, second, 0, AN_COMMUNITY_DEFAULT_SEED + 1, { 0 }, 0 } };
        pthread_t threads[2];
        start = now();
        for (int i = 0; i < 2; i++)
            if (pthread_create(&threads[i], NULL, run_leiden, &runs[i]) != 0)
                die("thread");
        for (int i = 0; i < 2; i++)
            pthread_join(threads[i], NULL);
        end = now();
        if (runs[0].rc != AN_OK || runs[1].rc != AN_OK)
            die("Leiden (threads)");
        snprintf(note, sizeof note, "Q=%.5f and %.5f", runs[0].quality, runs[1].quality);
        report("leiden_two_threads", start, end, note);
    }
    an_i_csr_free(&csr);

    if (wants(argc, argv, "igraph_view")) {
        /* what igraph_leiden / igraph_louvain pay before igraph starts: the analysis view */
        an_i_network_drop_views(network);
        an_edge_policy policy = AN_EDGE_POLICY_INIT;
        policy.direction = AN_AS_UNDIRECTED;
        an_i_igraph_guard guard;
        an_i_igraph_view view;
        start = now();
        an_i_igraph_begin(&guard);
        int rc = an_i_igraph_view_borrow(&view, network, &policy);
        if (rc == AN_OK)
            an_i_igraph_view_destroy(&view);
        an_i_igraph_end(&guard);
        end = now();
        if (rc != AN_OK)
            die("igraph view");
        report("igraph_view", start, end, "undirected, collapsed, no loops, unweighted");
    }
    static const struct {
        const char *phase;
        int method;
    } methods[] = { { "igraph_leiden", AN_COMMUNITY_LEIDEN }, { "igraph_louvain", AN_COMMUNITY_LOUVAIN } };
    for (int k = 0; k < 2; k++) {
        if (!wants(argc, argv, methods[k].phase))
            continue;
        an_i_network_drop_views(network);
        an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
        options.method = methods[k].method;
        an_partition *partition = NULL;
        start = now();
        if (an_network_communities(&partition, network, &options) != AN_OK)
            die(methods[k].phase);
        end = now();
        snprintf(note, sizeof note, "%lld communities, Q=%.5f (view build included)", (long long)partition->count,
                 partition->modularity);
        report(methods[k].phase, start, end, note);
        an_partition_free(partition);
    }
    free(membership);
    free(second);
    an_network_free(network);
    return 0;
}
