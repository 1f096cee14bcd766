/*
 * reach.c — the forward reachable set of an actor along time-respecting
 * chains (tsna's tReach / tPath; Holme & Saramäki 2012), on the path graph
 * of paths.h, so its chains are the chains the path queries find.
 *
 * Earliest arrival by label setting: the clock a tie leaves
 * (an_i_path_tie_after) never decreases and a smaller clock can use every
 * tie a larger one can, so the actor with the smallest (arrival, hops) among
 * those not yet settled cannot be reached earlier later on (Dijkstra's
 * argument with the clock as the distance).
 */
#include "time/time_internal.h"
#include "graph/path_graph.h"
#include "error_internal.h"
#include "value_text.h"
#include "filter_predicate.h"
#include "value_text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void an_reach_free(an_reach *reach)
{
    if (!reach)
        return;
    for (int64_t i = 0; reach->steps && i < reach->reached_count; i++) {
        const an_reach_step *s = &reach->steps[i];
        free((char *)s->id);
        free((char *)s->from);
        free((char *)s->edge_id);
        free((char *)s->relation);
        free((char *)s->source);
        free((char *)s->locator);
    }
    free((void *)reach->steps);
    free((char *)reach->source);
    free(reach);
}

static char *copy_text(const char *text, int *failed)
{
    if (!text)
        return NULL;
    size_t length = strlen(text) + 1;
    char *copy = malloc(length);
    if (!copy) {
        *failed = 1;
        return NULL;
    }
    memcpy(copy, text, length);
    return copy;
}

static char *cite(const an_network *network, const char *column_name, int64_t edge, int *failed)
{
    char buffer[40];
    int column = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, column_name);
    return copy_text(an_i_value_text(network, AN_DOMAIN_EDGE, column, edge, buffer, sizeof buffer), failed);
}

/* Apply the undated policy and the range to the path graph's tie dates; usable[t] says which ties remain. */
static void date_path_ties(an_i_path_graph *graph, const an_network *network, const an_timeline_options *o,
                           unsigned char *usable)
{
    int node_start = an_i_find_column_quiet(network, AN_DOMAIN_NODE, o->node_start_column);
    int node_end = an_i_find_column_quiet(network, AN_DOMAIN_NODE, o->node_end_column);
    int64_t ties = graph->arc_count ? graph->tie_offsets[graph->arc_count] : 0;
    for (int64_t t = 0; t < ties; t++) {
        usable[t] = 1;
        if (an_i_path_tie_undated(graph, t)) {
            if (o->undated == AN_TIMELINE_UNDATED_DROP)
                usable[t] = 0;
            else if (o->undated == AN_TIMELINE_UNDATED_BY_ACTORS) {
                an_i_timeline_place_by_actors(network, node_start, node_end, graph->tie_edge[t], &graph->tie_begin[t],
                                              &graph->tie_end[t]);
                usable[t] = graph->tie_begin[t] == graph->tie_begin[t];
            }
            if (an_i_path_tie_undated(graph, t))
                continue;   /* still undated (every period): the range does not apply */
        }
        if ((o->has_from && graph->tie_end[t] < o->from) || (o->has_to && graph->tie_begin[t] > o->to))
            usable[t] = 0;
    }
}

/* (a, ha, ua) < (b, hb, ub) lexicographically. */
static int earlier(double a, int64_t ha, int64_t ua, double b, int64_t hb, int64_t ub)
{
    if (a != b)
        return a < b;
    if (ha != hb)
        return ha < hb;
    return ua < ub;
}

typedef struct label {
    double arrival;
    int64_t hops, previous, tie;
    int reached, settled;
} label;

static void settle_all(const an_i_path_graph *graph, const unsigned char *usable, label *labels, int64_t *order,
                       int64_t *order_count)
{
    int64_t n = graph->node_count;
    for (;;) {
        int64_t u = -1;
        for (int64_t v = 0; v < n; v++)
            if (labels[v].reached && !labels[v].settled &&
                (u < 0 || earlier(labels[v].arrival, labels[v].hops, v, labels[u].arrival, labels[u].hops, u)))
                u = v;
        if (u < 0)
            return;
        labels[u].settled = 1;
        order[(*order_count)++] = u;
        for (int64_t a = graph->out_offsets[u]; a < graph->out_offsets[u + 1]; a++) {
            int64_t w = graph->arc_to[a], best = -1;
            double best_clock = INFINITY;
            for (int64_t t = graph->tie_offsets[a]; t < graph->tie_offsets[a + 1]; t++) {
                double next = usable[t] ? an_i_path_tie_after(graph, t, labels[u].arrival) : NAN;
                if (next == next && (best < 0 || next < best_clock)) {
                    best = t;
                    best_clock = next;
                }
            }
            if (best < 0 || labels[w].settled)
                continue;
            if (!labels[w].reached ||
                earlier(best_clock, labels[u].hops + 1, u, labels[w].arrival, labels[w].hops, labels[w].previous))
                labels[w] = (label){ best_clock, labels[u].hops + 1, u, best, 1, 0 };
        }
    }
}

static int fill_steps(an_reach *reach, const an_i_path_graph *graph, const an_network *network, const label *labels,
                      const int64_t *order, int64_t count, const an_path_options *resolved)
{
    an_reach_step *steps = calloc((size_t)count + 1, sizeof *steps);
    if (!steps)
        return AN_I_NOMEM();
    reach->steps = steps;
    reach->reached_count = count;
    int failed = 0;
    const char *relation_column = an_i_filter_column_name(&resolved->filter, AN_I_COL_RELATION);
    for (int64_t i = 0; i < count; i++) {
        int64_t v = order[i];
        const label *l = &labels[v];
        an_reach_step *s = &steps[i];
        s->node = v;
        s->id = copy_text(network->node_ids[v], &failed);
        s->arrival = l->arrival;
        s->hops = l->hops;
        s->previous = l->previous;
        s->edge = l->tie >= 0 ? graph->tie_edge[l->tie] : -1;
        s->year = s->end_year = NAN;
        if (s->edge < 0)
            continue;
        s->from = copy_text(network->node_ids[l->previous], &failed);
        an_i_edge_years(network, &resolved->filter, s->edge, &s->year, &s->end_year);
        s->undated = s->year != s->year && s->end_year != s->end_year;
        s->edge_id = copy_text(an_network_edge_id(network, s->edge), &failed);
        s->relation = cite(network, relation_column, s->edge, &failed);
        s->source = cite(network, resolved->source_column, s->edge, &failed);
        s->locator = cite(network, resolved->locator_column, s->edge, &failed);
    }
    return failed ? AN_I_NOMEM() : AN_OK;
}

int an_timeline_reach(an_reach **out, const an_network *network, const char *source,
                      const an_timeline_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network || !source)
        return AN_I_MISUSE("out, network or source is NULL");
    an_timeline_options o;
    int rc = an_i_timeline_resolve(&o, options);
    if (rc != AN_OK)
        return rc;
    an_path_options path_options = AN_PATH_OPTIONS_INIT;
    path_options.filter.year_column = o.year_column;
    path_options.filter.start_column = o.start_column;
    path_options.filter.end_column = o.end_column;
    path_options.lens = o.policy.lens;
    path_options.time_respecting = 1;
    path_options.ignore_direction = o.policy.direction == AN_AS_UNDIRECTED;
    path_options.alternatives = 0;
    an_i_path_graph graph;
    an_path_options resolved;
    rc = an_i_path_graph_build(&graph, &resolved, network, source, source, &path_options);
    int64_t n = graph.node_count, ties = graph.arc_count ? graph.tie_offsets[graph.arc_count] : 0;
    label *labels = NULL;
    int64_t *order = NULL, count = 0;
    unsigned char *usable = NULL;
    an_reach *reach = NULL;
    if (rc != AN_OK)
        goto done;
    labels = calloc((size_t)n + 1, sizeof *labels);
    order = malloc((size_t)(n + 1) * sizeof *order);
    usable = malloc((size_t)ties + 1);
    reach = calloc(1, sizeof *reach);
    if (!labels || !order || !usable || !reach) {
        rc = AN_I_NOMEM();
        goto done;
    }
    date_path_ties(&graph, network, &o, usable);
    labels[graph.from] = (label){ -INFINITY, 0, -1, -1, 1, 0 };
    settle_all(&graph, usable, labels, order, &count);
    reach->node_count = n;
    reach->undated = o.undated;
    int failed = 0;
    reach->source = copy_text(source, &failed);
    rc = failed ? AN_I_NOMEM() : fill_steps(reach, &graph, network, labels, order, count, &resolved);
done:
    an_i_path_graph_free(&graph);
    free(labels);
    free(order);
    free(usable);
    if (rc != AN_OK) {
        an_reach_free(reach);
        return rc;
    }
    *out = reach;
    return AN_OK;
}
