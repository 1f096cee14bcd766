/*
 * timeline.c — the network in periods: per-period size, density,
 * components, trajectories of centrality, communities (matched in
 * community_matching.c), actors entering and leaving; and one snapshot as a
 * network.
 */
#include "time/time_internal.h"
#include "time/timeline_build.h"
#include "actornet/cohesion.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const an_centrality_measure default_measures[] = { AN_DEGREE, AN_BETWEENNESS };

void an_timeline_free(an_timeline *timeline)
{
    if (!timeline)
        return;
    if (timeline->node_ids)
        for (int64_t v = 0; v < timeline->node_count; v++)
            free((char *)timeline->node_ids[v]);
    free((void *)timeline->node_ids);
    free((void *)timeline->periods);
    free((void *)timeline->active);
    free((void *)timeline->measures);
    free((void *)timeline->scores);
    free((void *)timeline->community);
    free((void *)timeline->community_offsets);
    free((void *)timeline->community_lineage);
    free((void *)timeline->events);
    free((char *)timeline->lens);
    free(timeline);
}

static char *copy_text(const char *text)
{
    if (!text)
        return NULL;
    size_t length = strlen(text) + 1;
    char *copy = malloc(length);
    if (copy)
        memcpy(copy, text, length);
    return copy;
}

/* A new timeline with its arrays allocated for P periods, n nodes and K measures. */
static an_timeline *timeline_new(const an_i_timeline_cut *cut, const an_network *network, int64_t measure_count)
{
    an_timeline *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    int64_t P = cut->period_count, n = network->node_count, K = measure_count;
    t->period_count = P;
    t->node_count = n;
    t->measure_count = K;
    t->periods = calloc((size_t)P + 1, sizeof *t->periods);
    t->node_ids = calloc((size_t)n + 1, sizeof *t->node_ids);
    t->active = calloc((size_t)(P * n) + 1, 1);
    t->measures = malloc((size_t)K * sizeof *t->measures + 1);
    t->scores = malloc((size_t)(K * P * n) * sizeof *t->scores + 1);
    t->community = malloc((size_t)(P * n) * sizeof *t->community + 1);
    t->community_offsets = calloc((size_t)P + 1, sizeof *t->community_offsets);
    int ok = t->periods && t->node_ids && t->active && t->measures && t->scores && t->community &&
             t->community_offsets;
    for (int64_t v = 0; ok && v < n; v++)
        ok = (((const char **)t->node_ids)[v] = copy_text(network->node_ids[v])) != NULL;
    if (ok && cut->options.policy.lens)
        ok = (t->lens = copy_text(cut->options.policy.lens->name ? cut->options.policy.lens->name : "custom")) != NULL;
    if (!ok) {
        an_timeline_free(t);
        return NULL;
    }
    double *scores = (double *)t->scores;
    for (int64_t i = 0; i < K * P * n; i++)
        scores[i] = NAN;
    int64_t *community = (int64_t *)t->community;
    for (int64_t i = 0; i < P * n; i++)
        community[i] = -1;
    return t;
}

/* The analysis options of a snapshot: the timeline's policy without its lens (the cut already applied it). */
static an_edge_policy snapshot_policy(const an_i_timeline_cut *cut)
{
    an_edge_policy policy = cut->options.policy;
    policy.lens = NULL;
    return policy;
}

/* Measures of one snapshot, written to the timeline at period p. `origin` maps snapshot nodes to cut nodes. */
static int measure_period(an_timeline *t, const an_i_timeline_cut *cut, const an_network *snapshot,
                          const an_i_view_origin *origin, int64_t p, int64_t **partition_out, int64_t *count_out)
{
    an_timeline_period *period = (an_timeline_period *)&t->periods[p];
    int64_t n = snapshot->node_count, N = t->node_count, P = t->period_count;
    an_edge_policy policy = snapshot_policy(cut);
    *partition_out = NULL;
    *count_out = 0;
    period->density = NAN;
    if (n == 0)
        return AN_OK;
    int rc = AN_OK;
    if (n >= 2 && (rc = an_network_density(&period->density, snapshot, &policy)) != AN_OK)
        return rc;
    an_components *components = NULL;
    if ((rc = an_network_components(&components, snapshot, AN_COMPONENTS_WEAK, &policy)) != AN_OK)
        return rc;
    period->components = components->count;
    period->largest_component = components->largest;
    an_components_free(components);

    double *values = malloc((size_t)n * sizeof *values);
    if (!values)
        return AN_I_NOMEM();
    an_centrality_options centrality = AN_CENTRALITY_OPTIONS_INIT;
    centrality.policy = policy;
    centrality.raw = !cut->options.normalized;
    for (int64_t k = 0; k < t->measure_count && rc == AN_OK; k++) {
        if ((rc = an_centrality_compute(values, snapshot, t->measures[k], &centrality)) != AN_OK)
            break;
        double *scores = (double *)t->scores + (k * P + p) * N;
        for (int64_t i = 0; i < n; i++)
            scores[an_i_timeline_original_node(cut, origin->nodes[i])] = values[i];
    }
    free(values);
    if (rc != AN_OK || !cut->options.communities)
        return rc;
    an_community_options community = cut->options.community;
    community.policy = policy;
    an_partition *partition = NULL;
    if ((rc = an_network_communities(&partition, snapshot, &community)) != AN_OK)
        return rc;
    int64_t *membership = malloc((size_t)N * sizeof *membership + 1);
    if (!membership) {
        an_partition_free(partition);
        return AN_I_NOMEM();
    }
    for (int64_t v = 0; v < N; v++)
        membership[v] = -1;
    int64_t *row = (int64_t *)t->community + p * N;
    for (int64_t i = 0; i < n; i++) {
        int64_t v = an_i_timeline_original_node(cut, origin->nodes[i]);
        membership[v] = row[v] = partition->membership[i];
    }
    period->communities = partition->count;
    *count_out = partition->count;
    *partition_out = membership;
    an_partition_free(partition);
    return AN_OK;
}

/* Size of period p and its snapshot; the snapshot's nodes are marked active. */
static int build_snapshot(an_network **snapshot, an_i_view_origin *origin, an_timeline *t,
                          const an_i_timeline_cut *cut, int64_t p, unsigned char *keep_nodes,
                          unsigned char *keep_edges)
{
    an_timeline_period *period = t ? (an_timeline_period *)&t->periods[p] : NULL;
    int64_t ties = an_i_timeline_period_members(cut, p, keep_nodes, keep_edges);
    if (period) {
        period->begin = cut->period_begin[p];
        period->end = cut->period_end[p];
        period->ties = ties;
        for (int64_t e = 0; e < cut->edge_count; e++)
            period->undated_ties += keep_edges[e] && cut->tie_undated[e];
        unsigned char *active = (unsigned char *)t->active + p * t->node_count;
        for (int64_t v = 0; v < cut->scope.network->node_count; v++)
            if (keep_nodes[v]) {
                active[an_i_timeline_original_node(cut, v)] = 1;
                period->actors++;
            }
    }
    return an_i_network_subset(snapshot, cut->scope.network, keep_nodes, keep_edges, 0, origin);
}

static void count_turnover(an_timeline *t)
{
    int64_t n = t->node_count;
    for (int64_t p = 0; p < t->period_count; p++) {
        an_timeline_period *period = (an_timeline_period *)&t->periods[p];
        const unsigned char *now = t->active + p * n, *before = p ? t->active + (p - 1) * n : NULL;
        for (int64_t v = 0; v < n; v++) {
            period->entering += now[v] && !(before && before[v]);
            period->leaving += before && before[v] && !now[v];
        }
    }
}

/* Ties in no period at all (dropped, unplaceable or outside every window). */
static int64_t count_unplaced(const an_i_timeline_cut *cut)
{
    int64_t unplaced = 0;
    for (int64_t e = 0; e < cut->edge_count; e++) {
        int placed = 0;
        for (int64_t p = 0; p < cut->period_count && !placed; p++)
            placed = an_i_timeline_tie_in(cut, e, cut->period_begin[p], cut->period_end[p]);
        unplaced += !placed;
    }
    return unplaced;
}

int an_timeline_compute(an_timeline **out, const an_network *network, const an_timeline_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    an_i_timeline_cut cut;
    int rc = an_i_timeline_cut_open(&cut, network, options, 1);
    if (rc != AN_OK)
        return rc;
    const an_centrality_measure *measures = cut.options.measures ? cut.options.measures : default_measures;
    int64_t measure_count = cut.options.measures ? cut.options.measure_count : 2;
    an_timeline *t = timeline_new(&cut, network, measure_count);
    int64_t vn = cut.scope.network->node_count;
    unsigned char *keep_nodes = malloc((size_t)vn + 1), *keep_edges = malloc((size_t)cut.edge_count + 1);
    an_i_timeline_matcher matcher;
    an_i_timeline_matcher_init(&matcher, t);
    if (!t || !keep_nodes || !keep_edges) {
        rc = AN_I_NOMEM();
        goto done;
    }
    memcpy((void *)t->measures, measures, (size_t)measure_count * sizeof *measures);
    t->undated = cut.options.undated;
    t->match_threshold = cut.options.match_threshold;
    t->dated_ties = cut.dated;
    t->undated_ties = cut.undated;
    t->unplaced_ties = count_unplaced(&cut);
    for (int64_t p = 0; p < cut.period_count && rc == AN_OK; p++) {
        an_network *snapshot = NULL;
        an_i_view_origin origin = { 0 };
        int64_t *partition = NULL, communities = 0;
        rc = build_snapshot(&snapshot, &origin, t, &cut, p, keep_nodes, keep_edges);
        if (rc == AN_OK)
            rc = measure_period(t, &cut, snapshot, &origin, p, &partition, &communities);
        if (rc == AN_OK && cut.options.communities)
            rc = an_i_timeline_matcher_add(&matcher, p, partition, communities);
        free(partition);
        an_i_view_origin_free(&origin);
        an_network_free(snapshot);
    }
    if (rc == AN_OK)
        rc = an_i_timeline_matcher_finish(&matcher);
    if (rc == AN_OK)
        count_turnover(t);
done:
    an_i_timeline_matcher_free(&matcher);
    free(keep_nodes);
    free(keep_edges);
    an_i_timeline_cut_close(&cut);
    if (rc != AN_OK) {
        an_timeline_free(t);
        return rc;
    }
    *out = t;
    return AN_OK;
}

/* Cut the network and find the members of one period; the caller closes the cut and frees the flags. */
static int open_period(an_i_timeline_cut *cut, unsigned char **keep_nodes, unsigned char **keep_edges,
                       const an_network *network, const an_timeline_options *options, int64_t period)
{
    *keep_nodes = *keep_edges = NULL;
    int rc = an_i_timeline_cut_open(cut, network, options, 1);
    if (rc != AN_OK)
        return rc;
    if (period < 0 || period >= cut->period_count)
        return an_i_error(AN_ERANGE, "timeline: no period %lld (the timeline has %lld)", (long long)period,
                          (long long)cut->period_count);
    *keep_nodes = malloc((size_t)cut->scope.network->node_count + 1);
    *keep_edges = malloc((size_t)cut->edge_count + 1);
    if (!*keep_nodes || !*keep_edges)
        return AN_I_NOMEM();
    an_i_timeline_period_members(cut, period, *keep_nodes, *keep_edges);
    return AN_OK;
}

int an_timeline_snapshot(an_network **out, const an_network *network, const an_timeline_options *options,
                         int64_t period)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    an_i_timeline_cut cut;
    unsigned char *keep_nodes, *keep_edges;
    int rc = open_period(&cut, &keep_nodes, &keep_edges, network, options, period);
    if (rc == AN_OK)
        rc = an_i_network_subset(out, cut.scope.network, keep_nodes, keep_edges, 0, NULL);
    free(keep_nodes);
    free(keep_edges);
    an_i_timeline_cut_close(&cut);
    return rc;
}

int an_timeline_period_ties(int64_t **out_edges, int64_t *out_count, const an_network *network,
                            const an_timeline_options *options, int64_t period)
{
    if (out_edges)
        *out_edges = NULL;
    if (out_count)
        *out_count = 0;
    if (!out_edges || !out_count || !network)
        return AN_I_MISUSE("out_edges, out_count or network is NULL");
    an_i_timeline_cut cut;
    unsigned char *keep_nodes, *keep_edges;
    int rc = open_period(&cut, &keep_nodes, &keep_edges, network, options, period);
    int64_t count = 0;
    for (int64_t e = 0; rc == AN_OK && e < cut.edge_count; e++)
        count += keep_edges[e];
    if (rc == AN_OK && count > 0) {
        int64_t *edges = malloc((size_t)count * sizeof *edges);
        if (!edges) {
            rc = AN_I_NOMEM();
        } else {
            count = 0;
            for (int64_t e = 0; e < cut.edge_count; e++)
                if (keep_edges[e])
                    edges[count++] = an_i_timeline_original_edge(&cut, e);
            *out_edges = edges;
            *out_count = count;
        }
    }
    free(keep_nodes);
    free(keep_edges);
    an_i_timeline_cut_close(&cut);
    return rc;
}
