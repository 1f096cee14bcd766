/*
 * report_scale.c — the report above options.exact_limit (n * m): the
 * measures whose exact cost is O(n m) or worse are estimated with a stated
 * guarantee, the key-player search runs over a candidate pool, and the
 * stated-only and tie-dropout checks rerun the estimates on fewer replicates.
 * The rules are documented in actornet/report.h ("At scale").
 *
 *  - betweenness: an_betweenness_approximate_ex() (Riondato & Kornaropoulos
 *    2016), epsilon AN_I_SCALE_BETWEENNESS_EPSILON, delta ..._DELTA;
 *  - harmonic (and closeness when it sizes the nodes): breadth-first searches
 *    from K sources drawn uniformly with replacement (Eppstein & Wang 2004
 *    sampling). For a source s drawn uniformly, X = 1 / d(s, v) (0 when s = v
 *    or v is unreachable) lies in [0, 1] with mean H(v) / n, so by Hoeffding
 *    and a union bound over the n actors, K = ceil(ln(2 n / delta) /
 *    (2 epsilon^2)) sources put every estimate n * mean(X) within epsilon n of
 *    H(v) with probability >= 1 - delta. Closeness is estimated from the same
 *    searches (a ratio of two such means: no guarantee is claimed).
 *    When K >= n every node is a source once instead (exact values).
 */
#include "report_gather.h"

#include "background_task.h"
#include "error_internal.h"
#include "graph/csr.h"
#include "parallel_for.h"
#include "random.h"
#include "replicate_statistics.h"

#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int64_t an_i_scale_distance_sources(int64_t n)
{
    double e = AN_I_SCALE_DISTANCE_EPSILON;
    double k = ceil(log(2.0 * (double)n / AN_I_SCALE_DISTANCE_DELTA) / (2.0 * e * e));
    return k >= (double)n ? n : (int64_t)k;
}

/* ---- harmonic and closeness from sampled breadth-first searches -------------------- */

/* One worker's sums. They are integers (1 / d in fixed point, 2^-40 units), so the totals
 * are the same to the bit whatever the thread count and schedule. */
typedef struct bfs_sums {
    uint64_t *inverse;              /* sum of round(2^40 / d) */
    int64_t *distance, *reached;
    int32_t *level, *queue;
} bfs_sums;

typedef struct bfs_job {
    const an_i_csr *a;        /* arcs: what v reaches in one step */
    const int32_t *sources;
    bfs_sums *sums;                 /* one per worker */
} bfs_job;

#define INVERSE_ONE 1099511627776.0 /* 2^40 */

/* Direction-optimising breadth-first search (Beamer, Asanovic & Patterson 2012) on undirected
 * arcs: a level is expanded top-down (each frontier node scans its arcs) while the frontier's
 * arcs are few, bottom-up (each unvisited node looks for one neighbour in the frontier and stops
 * there) once they exceed the unexplored arcs / BFS_ALPHA, and top-down again when the frontier
 * falls under n / BFS_BETA nodes. The levels are exactly those of a plain search; only the order
 * of the queue changes, and the sums below do not depend on it. */
#define BFS_ALPHA 14
#define BFS_BETA 24

/* Levels from `source` into sums->level (-1 = unreached); sums->queue holds every node reached
 * (the source first). Returns how many. */
static int64_t bfs_levels(const an_i_csr *a, bfs_sums *sums, int32_t source)
{
    const int64_t *offsets = a->offsets;
    const int32_t *targets = a->targets;
    int32_t *level = sums->level, *queue = sums->queue;
    int32_t n = a->n;
    int64_t tail = 0, begin = 0, end;
    int64_t unexplored = offsets[n] - (offsets[source + 1] - offsets[source]); /* arcs of unvisited nodes */
    int64_t frontier_arcs = offsets[source + 1] - offsets[source];
    int bottom_up = 0;
    level[source] = 0;
    queue[tail++] = source;
    for (int32_t depth = 0; begin < tail; depth++) {
        end = tail;
        int64_t frontier = end - begin;
        if (!a->directed && !bottom_up && frontier_arcs > unexplored / BFS_ALPHA)
            bottom_up = 1;
        else if (bottom_up && frontier < n / BFS_BETA)
            bottom_up = 0;
        frontier_arcs = 0;
        if (bottom_up) {
            for (int32_t v = 0; v < n; v++) {
                if (level[v] >= 0)
                    continue;
                for (int64_t j = offsets[v]; j < offsets[v + 1]; j++)
                    if (level[targets[j]] == depth) {
                        level[v] = depth + 1;
                        queue[tail++] = v;
                        break;
                    }
            }
        } else {
            for (int64_t q = begin; q < end; q++) {
                int32_t u = queue[q];
                for (int64_t j = offsets[u]; j < offsets[u + 1]; j++) {
                    int32_t w = targets[j];
                    if (level[w] < 0) {
                        level[w] = depth + 1;
                        queue[tail++] = w;
                    }
                }
            }
        }
        for (int64_t q = end; q < tail; q++) {
            int64_t degree = offsets[queue[q] + 1] - offsets[queue[q]];
            frontier_arcs += degree;
            unexplored -= degree;
        }
        begin = end;
    }
    return tail;
}

/* an_i_parallel_fn: breadth-first searches from sources[begin .. end). */
static void bfs_work(void *context, int worker, int64_t begin, int64_t end)
{
    const bfs_job *job = context;
    bfs_sums *sums = &job->sums[worker];
    for (int64_t i = begin; i < end; i++) {
        int64_t tail = bfs_levels(job->a, sums, job->sources[i]);
        for (int64_t j = 1; j < tail; j++) { /* queue[0] is the source */
            int32_t w = sums->queue[j];
            sums->inverse[w] += (uint64_t)llround(INVERSE_ONE / sums->level[w]);
            sums->distance[w] += sums->level[w];
            sums->reached[w]++;
        }
        for (int64_t j = 0; j < tail; j++)
            sums->level[sums->queue[j]] = -1;
    }
}

static void bfs_sums_free(bfs_sums *sums)
{
    free(sums->inverse);
    free(sums->distance);
    free(sums->reached);
    free(sums->level);
    free(sums->queue);
}

static int worker_count(void)
{
    int threads = an_i_parallel_threads_env(0);
    return threads > 16 ? 16 : threads;
}

/* Harmonic (and closeness) from sampled sources; either output may be NULL. Arcs: every
 * tie both ways (undirected), or directed ties as stored and undirected ones both ways
 * (self-loops and parallel ties change no distance). */
static int sampled_distances(double *harmonic, double *closeness, const an_network *network, int directed,
                             uint64_t seed, int threads, int64_t *out_sources, int *out_exact)
{
    int64_t n = an_network_node_count(network);
    an_i_csr a;
    int rc = an_i_csr_build(&a, network, directed ? AN_I_CSR_OUT : AN_I_CSR_UNDIRECTED);
    if (rc != AN_OK)
        return rc;
    int64_t k = an_i_scale_distance_sources(n);
    int exact = k >= n;
    if (threads <= 0)
        threads = worker_count();
    if (threads > k)
        threads = (int)(k ? k : 1);
    int32_t *sources = malloc((size_t)(k ? k : 1) * sizeof *sources);
    bfs_sums *sums = calloc((size_t)threads, sizeof *sums);
    if (!sources || !sums) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    an_i_random random;
    an_i_random_seed(&random, seed);
    for (int64_t i = 0; i < k; i++) /* drawn in order, whatever the thread count */
        sources[i] = (int32_t)(exact ? i : (int64_t)an_i_random_below(&random, (uint64_t)n));
    for (int t = 0; t < threads; t++) {
        bfs_sums *w = &sums[t];
        w->inverse = calloc((size_t)n, sizeof *w->inverse);
        w->distance = calloc((size_t)n, sizeof *w->distance);
        w->reached = calloc((size_t)n, sizeof *w->reached);
        w->level = malloc((size_t)n * sizeof *w->level);
        w->queue = malloc((size_t)n * sizeof *w->queue);
        if (!w->inverse || !w->distance || !w->reached || !w->level || !w->queue) {
            rc = AN_I_NOMEM();
            goto cleanup;
        }
        for (int64_t v = 0; v < n; v++)
            w->level[v] = -1;
    }
    bfs_job job = { &a, sources, sums };
    an_i_parallel_for(threads, k, 1, bfs_work, &job);
    double scale = exact ? 1.0 : (double)n / (double)k;
    for (int64_t v = 0; v < n; v++) {
        uint64_t inverse = 0;
        int64_t distance = 0, reached = 0;
        for (int t = 0; t < threads; t++) {
            inverse += sums[t].inverse[v];
            distance += sums[t].distance[v];
            reached += sums[t].reached[v];
        }
        if (harmonic)
            harmonic[v] = (double)inverse / INVERSE_ONE * scale;
        if (closeness) {
            /* Wasserman-Faust: (r / D) (r / (n - 1)); r and D scaled alike */
            double r = (double)reached * scale, d = (double)distance * scale;
            closeness[v] = r > 0 && n > 1 ? (r / d) * (r / (double)(n - 1)) : 0.0;
        }
    }
    *out_sources = k;
    *out_exact = exact;
cleanup:
    for (int t = 0; sums && t < threads; t++)
        bfs_sums_free(&sums[t]);
    free(sums);
    free(sources);
    an_i_csr_free(&a);
    return rc;
}

/* One measure of the report with the scalable method where there is one, on `threads` threads
 * (0: ACTORNET_THREADS or every CPU); the values do not depend on the thread count. */
static int scaled_measure(double *out, const an_network *network, an_centrality_measure measure,
                          const an_centrality_options *options, uint64_t seed, int threads, an_i_report *report)
{
    int directed = options->policy.direction != AN_AS_UNDIRECTED;
    int64_t sources = 0;
    int exact = 0, rc;
    switch (measure) {
    case AN_BETWEENNESS: {
        an_betweenness_approximation info;
        rc = an_betweenness_approximate_ex(out, &info, network, AN_I_SCALE_BETWEENNESS_EPSILON,
                                           AN_I_SCALE_BETWEENNESS_DELTA, seed, threads, options);
        if (rc == AN_OK && report)
            report->betweenness_info = info;
        return rc;
    }
    case AN_HARMONIC:
    case AN_CLOSENESS:
        rc = sampled_distances(measure == AN_HARMONIC ? out : NULL, measure == AN_CLOSENESS ? out : NULL, network,
                               directed, seed, threads, &sources, &exact);
        if (rc == AN_OK && report) {
            report->distance_sources = sources;
            report->distance_exact = exact;
        }
        return rc;
    default:
        return an_centrality_compute(out, network, measure, options);
    }
}

/* The report's measures that have no scalable method (degree, PageRank, constraint, ...): all at
 * once, on a thread of their own (background_task.h). */
typedef struct cheap_job {
    double *values;
    const an_network *network;
    an_centrality_measure measures[AN_I_REPORT_MAX_MEASURES];
    size_t count;
    const an_centrality_options *options;
} cheap_job;

static int cheap_measures(void *context)
{
    cheap_job *job = context;
    return an_centrality_compute_many(job->values, job->network, job->measures, job->count, job->options);
}

int an_i_scale_centrality(an_i_report *report, const an_centrality_options *options)
{
    int64_t n = report->n;
    int cheap_index[AN_I_REPORT_MAX_MEASURES];
    cheap_job job = { NULL, report->network, { 0 }, 0, options };
    for (int k = 0; k < report->measure_count; k++) {
        an_centrality_measure measure = report->measures[k];
        if (measure != AN_BETWEENNESS && measure != AN_HARMONIC && measure != AN_CLOSENESS) {
            cheap_index[job.count] = k;
            job.measures[job.count++] = measure;
        }
    }
    if (job.count && !(job.values = malloc(job.count * (size_t)n * sizeof *job.values)))
        return AN_I_NOMEM();
    /* most of the cheap ones call igraph on one core (constraint, PageRank); the scalable ones
     * are our own and use every core: run both at once */
    an_i_background task = { 0 };
    if (job.count)
        an_i_background_start(&task, cheap_measures, &job);
    int rc = AN_OK;
    for (int k = 0; k < report->measure_count && rc == AN_OK; k++) {
        an_centrality_measure measure = report->measures[k];
        if (measure == AN_BETWEENNESS || measure == AN_HARMONIC || measure == AN_CLOSENESS)
            rc = scaled_measure(report->scores + (size_t)k * n, report->network, measure, options,
                                report->options.seed, 0, report);
    }
    rc = an_i_background_join_after(&task, rc);
    for (size_t i = 0; i < job.count && rc == AN_OK; i++)
        memcpy(report->scores + (size_t)cheap_index[i] * n, job.values + i * (size_t)n, (size_t)n * sizeof *job.values);
    free(job.values);
    return rc;
}

/* ---- communities ------------------------------------------------------------------ */

int an_i_scale_partition(an_partition **out, const an_network *network, const an_community_options *options)
{
    an_community_options scaled = *options;
    scaled.version = AN_COMMUNITY_OPTIONS_VERSION;
    scaled.method = AN_COMMUNITY_LEIDEN;
    scaled.engine = AN_COMMUNITY_ENGINE_ACTORNET;
    scaled.policy = (an_edge_policy)AN_EDGE_POLICY_INIT; /* read as undirected by Leiden: no igraph view */
    return an_network_communities(out, network, &scaled);
}

/* ---- key players ----------------------------------------------------------------- */

int an_i_scale_key_player_pool(an_i_report *report)
{
    int64_t n = report->n, per = AN_I_SCALE_POOL < n ? AN_I_SCALE_POOL : n;
    int betweenness = -1, degree = -1;
    for (int k = 0; k < report->measure_count; k++) {
        if (report->measures[k] == AN_BETWEENNESS && betweenness < 0)
            betweenness = k;
        if (report->measures[k] == AN_DEGREE && degree < 0)
            degree = k;
    }
    int64_t *order = malloc((size_t)n * sizeof *order);
    unsigned char *in_pool = calloc((size_t)n, 1);
    report->kp_pool = malloc((size_t)(2 * per) * sizeof *report->kp_pool);
    int rc = AN_OK;
    if (!order || !in_pool || !report->kp_pool) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    int columns[2] = { betweenness, degree };
    for (int c = 0; c < 2 && rc == AN_OK; c++) {
        if (columns[c] < 0)
            continue;
        rc = an_rank_order(order, report->scores + (size_t)columns[c] * n, n);
        for (int64_t i = 0; i < per && rc == AN_OK; i++)
            if (!in_pool[order[i]]) {
                in_pool[order[i]] = 1;
                report->kp_pool[report->kp_pool_count++] = order[i];
            }
    }
cleanup:
    free(order);
    free(in_pool);
    return rc;
}

/* ---- stated evidence and tie dropout ------------------------------------------------ */

/* A network of the same nodes (ids "0".."n-1") with the ties marked in `keep`, no attributes:
 * all the scalable measures and Leiden read. */
static int topology(an_network **out, const an_i_report *report, const int64_t *sources, const int64_t *targets,
                    const unsigned char *directed, const unsigned char *keep)
{
    an_network *network = NULL;
    int rc = an_network_new(&network, an_network_default_directed(report->network));
    char id[32];
    for (int64_t v = 0; v < report->n && rc == AN_OK; v++) {
        snprintf(id, sizeof id, "%lld", (long long)v);
        rc = an_network_add_node(network, id, NULL);
    }
    for (int64_t e = 0; e < report->m && rc == AN_OK; e++)
        if (keep[e])
            rc = an_network_add_edge(network, sources[e], targets[e], directed[e], NULL, NULL);
    if (rc != AN_OK) {
        an_network_free(network);
        network = NULL;
    }
    *out = network;
    return rc;
}

/* One rerun of the size measure and the partition on a subset of the ties: the stated ones, or
 * one dropout replicate. Each writes only its own slot. */
typedef struct rerun {
    const unsigned char *keep;  /* the ties kept (m) */
    uint64_t seed;              /* the measure's seed */
    double *score, *rank;       /* n each */
    an_partition *partition;
    int ran, rc;
    an_i_error_copy error;      /* when rc != AN_OK: the worker thread's error */
} rerun;

typedef struct rerun_job {
    const an_i_report *report;
    const int64_t *sources, *targets;
    const unsigned char *directed;
    const an_centrality_options *centrality;
    const an_community_options *communities;
    rerun *reruns;
    int measure_threads;
    atomic_int failed;          /* set by the first failure: the other workers stop taking reruns */
} rerun_job;

/* an_i_parallel_fn: reruns [begin, end). Neither the measure nor the partition calls igraph, so
 * the workers never wait for one another. */
static void rerun_work(void *context, int worker, int64_t begin, int64_t end)
{
    (void)worker;
    rerun_job *job = context;
    const an_i_report *report = job->report;
    for (int64_t i = begin; i < end; i++) {
        rerun *r = &job->reruns[i];
        if (atomic_load(&job->failed))
            return;
        an_network *view = NULL;
        int rc = topology(&view, report, job->sources, job->targets, job->directed, r->keep);
        if (rc == AN_OK)
            rc = scaled_measure(r->score, view, report->size_measure, job->centrality, r->seed, job->measure_threads,
                                NULL);
        if (rc == AN_OK)
            rc = an_i_report_fractional_ranks(r->rank, r->score, report->n,
                                              an_i_report_measure_ascending(report->size_measure));
        if (rc == AN_OK)
            rc = an_i_scale_partition(&r->partition, view, job->communities);
        an_network_free(view);
        r->ran = 1;
        r->rc = rc;
        if (rc != AN_OK) {
            an_i_error_save(&r->error);
            atomic_store(&job->failed, 1);
        }
    }
}

/* Run the reruns on up to AN_I_SCALE_RERUN_WORKERS workers (each a network of its own in memory),
 * each measure on one thread when there are several workers. On failure: the error of the first
 * rerun (in order) that failed, recorded on the calling thread. */
static int run_reruns(rerun *reruns, int64_t count, const an_i_report *report, const int64_t *sources,
                      const int64_t *targets, const unsigned char *directed, const an_centrality_options *centrality,
                      const an_community_options *communities)
{
    int workers = worker_count();
    if (workers > AN_I_SCALE_RERUN_WORKERS)
        workers = AN_I_SCALE_RERUN_WORKERS;
    if (workers > count)
        workers = (int)(count ? count : 1);
    rerun_job job = { report, sources, targets, directed, centrality, communities, reruns, workers > 1 ? 1 : 0, 0 };
    atomic_init(&job.failed, 0);
    an_i_parallel_for(workers, count, 1, rerun_work, &job);
    for (int64_t i = 0; i < count; i++)
        if (reruns[i].ran && reruns[i].rc != AN_OK)
            return an_i_error_restore(&reruns[i].error);
    return AN_OK;
}

int an_i_scale_robustness(an_i_report *report, const an_centrality_options *centrality,
                          const an_community_options *communities)
{
    int64_t n = report->n, m = report->m;
    int64_t B = report->options.replicates < AN_I_SCALE_REPLICATES ? report->options.replicates
                                                                     : AN_I_SCALE_REPLICATES;
    double level = report->robustness_options.level;
    an_centrality_measure measure = report->size_measure;
    int stated = report->has_confidence;
    int64_t count = B + stated; /* reruns: the stated view first, then the replicates */
    an_rank_robustness *rank = calloc(1, sizeof *rank);
    an_partition_robustness *part = calloc(1, sizeof *part);
    int64_t *sources = malloc((size_t)(m ? m : 1) * sizeof *sources);
    int64_t *targets = malloc((size_t)(m ? m : 1) * sizeof *targets);
    unsigned char *directed = malloc((size_t)(m ? m : 1));
    unsigned char *keep = malloc((size_t)(count ? count : 1) * (size_t)(m ? m : 1));
    double *scores = malloc((size_t)(count ? count : 1) * (size_t)n * sizeof *scores);
    double *ranks = malloc((size_t)(B ? B : 1) * (size_t)n * sizeof *ranks);
    double *column = malloc((size_t)(B ? B : 1) * sizeof *column), *nmi = malloc((size_t)(B ? B : 1) * sizeof *nmi);
    int64_t *stable = calloc((size_t)n, sizeof *stable);
    rerun *reruns = calloc((size_t)(count ? count : 1), sizeof *reruns);
    int rc = AN_OK;
    report->rank_robustness = rank;
    report->partition_robustness = part;
    if (!rank || !part || !sources || !targets || !directed || !keep || !scores || !ranks || !column || !nmi ||
        !stable || !reruns) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    double **arrays[] = { &rank->score, &rank->rank, &rank->stated_score, &rank->stated_rank, &rank->mean_rank,
                          &rank->rank_low, &rank->rank_high, &rank->top_k_share, &part->stability };
    for (size_t i = 0; i < sizeof arrays / sizeof arrays[0]; i++)
        if (!(*arrays[i] = malloc((size_t)n * sizeof(double)))) {
            rc = AN_I_NOMEM();
            goto cleanup;
        }
    rank->node_count = part->node_count = n;
    rank->replicates = part->replicates = B;
    rank->measure = measure;
    part->stated_nmi = part->mean_nmi = part->nmi_low = part->nmi_high = NAN;
    memcpy(rank->score, report->scores + (size_t)report->size_index * n, (size_t)n * sizeof(double));
    memcpy(rank->rank, report->ranks + (size_t)report->size_index * n, (size_t)n * sizeof(double));
    an_network_edge_arrays(sources, targets, directed, report->network);

    /* the ties of each rerun, drawn here in order (one random stream), whatever the worker count:
     * the stated ties only (every actor kept), then each replicate's ties, each kept with
     * probability 1 - p */
    rank->has_stated = part->has_stated = stated;
    for (int64_t v = 0; v < n; v++)
        rank->stated_score[v] = rank->stated_rank[v] = NAN;
    for (int64_t i = 0; i < count; i++) {
        reruns[i].keep = keep + (size_t)i * (size_t)m;
        reruns[i].score = scores + (size_t)i * (size_t)n;
    }
    if (stated) {
        reruns[0].seed = report->options.seed;
        reruns[0].rank = rank->stated_rank;
        for (int64_t e = 0; e < m; e++) {
            const char *confidence = an_i_report_edge_string(report, report->confidence_column, e);
            keep[e] = confidence && strcmp(confidence, "stated") == 0;
            rank->stated_edges += keep[e];
        }
    }
    an_i_random random;
    an_i_random_seed(&random, report->options.seed);
    for (int64_t b = 0; b < B; b++) {
        rerun *r = &reruns[stated + b];
        r->seed = an_i_splitmix64(report->options.seed + (uint64_t)b + 1);
        r->rank = ranks + (size_t)b * n;
        unsigned char *kept = keep + (size_t)(stated + b) * (size_t)m;
        for (int64_t e = 0; e < m; e++)
            kept[e] = an_i_random_uniform(&random) >= report->options.dropout;
    }
    /* the reruns analyse copies of the stored ties without attributes, so without a lens: at
     * scale the structure lens keeps every actor and tie or is none (report_lenses.c), and a
     * lens naming a column (say 'type') could not be resolved on a copy that has none */
    an_centrality_options rerun_centrality = *centrality;
    an_community_options rerun_communities = *communities;
    rerun_centrality.policy.lens = NULL;
    rerun_communities.policy.lens = NULL;
    if ((rc = run_reruns(reruns, count, report, sources, targets, directed, &rerun_centrality, &rerun_communities)) !=
        AN_OK)
        goto cleanup;
    report->replicates_run = B;

    an_partition_comparison comparison;
    if (stated) {
        memcpy(rank->stated_score, reruns[0].score, (size_t)n * sizeof(double));
        part->stated = reruns[0].partition;
        reruns[0].partition = NULL;
        if (an_partition_compare(&comparison, report->partition->membership, part->stated->membership, n) == AN_OK)
            part->stated_nmi = comparison.nmi;
    }
    for (int64_t b = 0; b < B; b++) {
        const an_partition *partition = reruns[stated + b].partition;
        nmi[b] = NAN;
        if (an_partition_compare(&comparison, report->partition->membership, partition->membership, n) == AN_OK)
            nmi[b] = comparison.nmi;
        if (an_i_count_stable(stable, report->partition, partition) != AN_OK) {
            rc = AN_I_NOMEM();
            goto cleanup;
        }
    }
    an_i_rank_summary(rank, ranks, n, B, report->options.top_k, level, column);
    for (int64_t v = 0; v < n; v++)
        part->stability[v] = B == 0 ? NAN : (double)stable[v] / (double)B;
    if (B > 0) {
        double sum = 0.0;
        for (int64_t b = 0; b < B; b++)
            sum += nmi[b];
        part->mean_nmi = sum / (double)B;
        an_i_sort_doubles(nmi, B);
        part->nmi_low = an_i_quantile_sorted(nmi, B, (1.0 - level) / 2.0);
        part->nmi_high = an_i_quantile_sorted(nmi, B, (1.0 + level) / 2.0);
    }
cleanup:
    for (int64_t i = 0; reruns && i < count; i++)
        an_partition_free(reruns[i].partition);
    free(reruns);
    free(sources);
    free(targets);
    free(directed);
    free(keep);
    free(scores);
    free(ranks);
    free(column);
    free(nmi);
    free(stable);
    return rc;
}
