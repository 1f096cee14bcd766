/*
 * findings.c — gather the analyses a report shows: summary, centrality side
 * by side, brokerage, communities, key players, robustness, warnings. Chains
 * are in chains.c. Every step calls the public API of its domain; nothing
 * here re-implements an analysis.
 */
#include "report_gather.h"

#include "actornet/cohesion.h"
#include "actornet/summary.h"
#include "error_internal.h"
#include "yed_labels.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const an_centrality_measure side_by_side[AN_I_REPORT_MEASURES] = {
    AN_DEGREE, AN_BETWEENNESS, AN_PAGERANK, AN_HARMONIC, AN_EIGENVECTOR, AN_CONSTRAINT, AN_EFFECTIVE_SIZE,
};

/* ---- column access ---------------------------------------------------------- */

static int find_column(const an_network *network, an_domain domain, const char *name, int want_string)
{
    int column = -1;
    if (!name || an_network_find_column(network, domain, name, &column) != AN_OK)
        return -1;
    if (want_string && an_network_column_type(network, domain, column) != AN_TYPE_STRING)
        return -1;
    return column;
}

/* ---- steps ------------------------------------------------------------------- */

static int gather_columns(an_i_report *report)
{
    const an_network *network = report->network;
    const an_report_options *o = &report->options;
    report->class_column = find_column(network, AN_DOMAIN_NODE, o->class_column, 1);
    report->label_column = find_column(network, AN_DOMAIN_NODE, o->label_column, 1);
    report->node_source_column = find_column(network, AN_DOMAIN_NODE, "source", 1);
    report->relation_column = find_column(network, AN_DOMAIN_EDGE, o->relation_column, 1);
    report->confidence_column = find_column(network, AN_DOMAIN_EDGE, o->confidence_column, 1);
    report->source_column = find_column(network, AN_DOMAIN_EDGE, "source", 1);
    report->locator_column = find_column(network, AN_DOMAIN_EDGE, "locator", 1);
    report->evidence_column = find_column(network, AN_DOMAIN_EDGE, "evidence", 1);
    report->year_column = find_column(network, AN_DOMAIN_EDGE, "year", 0);
    report->start_column = find_column(network, AN_DOMAIN_EDGE, "start", 0);
    report->end_column = find_column(network, AN_DOMAIN_EDGE, "end", 0);
    report->has_confidence = report->confidence_column >= 0;
    int64_t n = report->n;
    report->short_texts = an_i_short_texts_new();
    report->labels = calloc((size_t)n, sizeof *report->labels);
    report->tie_names = calloc((size_t)n, sizeof *report->tie_names);
    report->classes = calloc((size_t)n, sizeof *report->classes);
    report->incident = calloc((size_t)n, sizeof *report->incident);
    if (!report->short_texts || !report->labels || !report->tie_names || !report->classes || !report->incident)
        return AN_I_NOMEM();
    /* a file from yEd or yFiles has no label column: its labels are in the drawing markup */
    const an_i_column *yed = report->label_column < 0 ? an_i_yed_graphics_column(network, AN_DOMAIN_NODE) : NULL;
    if (yed && !(report->yed_labels = calloc((size_t)n, sizeof *report->yed_labels)))
        return AN_I_NOMEM();
    for (int64_t v = 0; v < n; v++) {
        const char *label = an_i_report_node_string(report, report->label_column, v);
        if (!label && yed)
            label = an_i_report_short_text(report, report->yed_labels[v] = an_i_yed_label(network, yed, AN_DOMAIN_NODE, v));
        report->labels[v] = label ? label : an_i_report_short_text(report, an_network_node_id(network, v));
        report->tie_names[v] = an_i_report_short_name(report, report->labels[v]);
        report->names_cut += report->tie_names[v] != report->labels[v];
        report->classes[v] = an_i_report_node_string(report, report->class_column, v);
    }
    for (int64_t e = 0; e < report->m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(network, e, &s, &t);
        if (s == t)
            continue;
        report->incident[s]++;
        report->incident[t]++;
    }
    return AN_OK;
}

static int gather_summary(an_i_report *report)
{
    an_summary_options options = AN_SUMMARY_OPTIONS_INIT;
    options.class_column = report->options.class_column;
    options.relation_column = report->options.relation_column;
    options.confidence_column = report->options.confidence_column;
    size_t size = 0;
    int rc = an_network_summary_json(&report->summary_json, &size, report->network, &options);
    if (rc != AN_OK)
        return rc;
    /* the summary ends with a newline; the report embeds it as a value */
    while (size && (report->summary_json[size - 1] == '\n' || report->summary_json[size - 1] == ' '))
        report->summary_json[--size] = '\0';
    an_components *components = NULL;
    rc = an_network_components(&components, report->network, AN_COMPONENTS_WEAK, NULL);
    if (rc != AN_OK)
        return rc;
    report->weak_components = components->count;
    report->largest_component = components->largest;
    an_components_free(components);
    return AN_OK;
}

static an_centrality_options centrality_options(const an_i_report *report)
{
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    options.policy.direction = report->options.directed ? AN_AS_STORED : AN_AS_UNDIRECTED;
    options.policy.lens = an_i_report_structure_lens(report);
    return options;
}

static an_community_options community_options(const an_i_report *report)
{
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    options.method = AN_COMMUNITY_LEIDEN;
    options.seed = report->options.seed;
    options.policy.lens = an_i_report_structure_lens(report);
    /* at scale every partition of the report (the network's, the stated view's, each replicate's)
     * runs the same fixed number of iterations, so the replicates compare like with like */
    if (report->scaled)
        options.iterations = AN_I_SCALE_LEIDEN_ITERATIONS;
    /* exact reports: igraph's Leiden for the network and every view alike, whatever their size
     * (at scale every partition is actornet's own: report_scale.c) */
    options.engine = AN_COMMUNITY_ENGINE_IGRAPH;
    return options;
}

static int gather_centrality(an_i_report *report)
{
    int64_t n = report->n;
    an_centrality_measure size_measure;
    an_centrality_measure_from_name(&size_measure, report->options.size_by);
    report->size_measure = size_measure;
    report->measure_count = 0;
    report->size_index = -1;
    for (int k = 0; k < AN_I_REPORT_MEASURES; k++) {
        report->measures[report->measure_count++] = side_by_side[k];
        if (side_by_side[k] == size_measure)
            report->size_index = k;
    }
    if (report->size_index < 0) {
        report->size_index = report->measure_count;
        report->measures[report->measure_count++] = size_measure;
    }
    size_t cells = (size_t)report->measure_count * (size_t)n;
    report->scores = malloc(cells * sizeof *report->scores);
    report->ranks = malloc(cells * sizeof *report->ranks);
    report->order = malloc((size_t)n * sizeof *report->order);
    if (!report->scores || !report->ranks || !report->order)
        return AN_I_NOMEM();
    an_centrality_options options = centrality_options(report);
    int rc = report->scaled ? an_i_scale_centrality(report, &options)
                            : an_centrality_compute_many(report->scores, report->network, report->measures,
                                                         (size_t)report->measure_count, &options);
    if (rc != AN_OK)
        return rc;
    for (int k = 0; k < report->measure_count; k++) {
        rc = an_i_report_fractional_ranks(report->ranks + (size_t)k * n, report->scores + (size_t)k * n, n,
                              an_i_report_measure_ascending(report->measures[k]));
        if (rc != AN_OK)
            return rc;
    }
    const double *size_scores = report->scores + (size_t)report->size_index * n;
    report->ranked = 0;
    for (int64_t v = 0; v < n; v++)
        report->ranked += !isnan(size_scores[v]);
    if (an_i_report_measure_ascending(size_measure)) {
        double *negated = malloc((size_t)n * sizeof *negated);
        if (!negated)
            return AN_I_NOMEM();
        for (int64_t v = 0; v < n; v++)
            negated[v] = -size_scores[v];
        rc = an_rank_order(report->order, negated, n);
        free(negated);
    } else {
        rc = an_rank_order(report->order, size_scores, n);
    }
    return rc;
}

static int gather_brokerage(an_i_report *report)
{
    if (report->class_column < 0)
        return AN_OK;
    report->brokerage = malloc((size_t)report->n * AN_BROKERAGE_ROLES * sizeof *report->brokerage);
    if (!report->brokerage)
        return AN_I_NOMEM();
    an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT;
    options.attribute = report->options.class_column;
    options.lens = an_i_report_structure_lens(report);
    return an_brokerage_counts(report->brokerage, report->network, &options);
}

static int gather_communities(an_i_report *report)
{
    an_community_options options = community_options(report);
    int rc = report->scaled ? an_i_scale_partition(&report->partition, report->network, &options)
                            : an_network_communities(&report->partition, report->network, &options);
    if (rc != AN_OK)
        return rc;
    int64_t count = report->partition->count;
    report->community_order = malloc((size_t)(count ? count : 1) * sizeof *report->community_order);
    if (!report->community_order)
        return AN_I_NOMEM();
    for (int64_t c = 0; c < count; c++)
        report->community_order[c] = c;
    const int64_t *sizes = report->partition->sizes;
    for (int64_t i = 1; i < count; i++) {
        int64_t c = report->community_order[i], j = i;
        while (j > 0 && sizes[report->community_order[j - 1]] < sizes[c]) {
            report->community_order[j] = report->community_order[j - 1];
            j--;
        }
        report->community_order[j] = c;
    }
    /* members (by the size measure) and internal ties of every community, in one pass each */
    int64_t n = report->n;
    report->community_offsets = calloc((size_t)count + 1, sizeof *report->community_offsets);
    report->community_members = malloc((size_t)(n ? n : 1) * sizeof *report->community_members);
    report->community_internal_offsets = calloc((size_t)count + 1, sizeof *report->community_internal_offsets);
    int64_t *fill = malloc((size_t)(count ? count : 1) * sizeof *fill);
    if (!report->community_offsets || !report->community_members || !report->community_internal_offsets || !fill) {
        free(fill);
        return AN_I_NOMEM();
    }
    const int64_t *membership = report->partition->membership;
    for (int64_t c = 0; c < count; c++)
        report->community_offsets[c + 1] = report->community_offsets[c] + sizes[c];
    memcpy(fill, report->community_offsets, (size_t)count * sizeof *fill);
    for (int64_t j = 0; j < n; j++) {
        int64_t v = report->order[j];
        if (membership[v] >= 0) /* -1: outside the lens */
            report->community_members[fill[membership[v]]++] = v;
    }
    for (int64_t e = 0; e < report->m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        if (membership[s] >= 0 && membership[s] == membership[t] && an_i_report_structure_tie(report, e))
            report->community_internal_offsets[membership[s] + 1]++;
    }
    for (int64_t c = 0; c < count; c++)
        report->community_internal_offsets[c + 1] += report->community_internal_offsets[c];
    int64_t internal = report->community_internal_offsets[count];
    report->community_internal = malloc((size_t)(internal ? internal : 1) * sizeof *report->community_internal);
    if (!report->community_internal) {
        free(fill);
        return AN_I_NOMEM();
    }
    memcpy(fill, report->community_internal_offsets, (size_t)count * sizeof *fill);
    for (int64_t e = 0; e < report->m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        if (membership[s] >= 0 && membership[s] == membership[t] && an_i_report_structure_tie(report, e))
            report->community_internal[fill[membership[s]]++] = e;
    }
    free(fill);
    return AN_OK;
}

static int gather_key_players(an_i_report *report)
{
    int64_t n = report->n;
    int64_t k = report->options.key_players;
    if (report->structure_nodes < 3 || report->structure_ties == 0)
        return AN_OK; /* nothing to fragment */
    if (k > report->structure_nodes - 2)
        k = report->structure_nodes - 2;
    report->kp_k = k;
    report->kp_fragmentation = malloc((size_t)k * sizeof *report->kp_fragmentation);
    report->kp_reach = malloc((size_t)k * sizeof *report->kp_reach);
    report->kp_single = calloc((size_t)k, sizeof *report->kp_single);
    if (!report->kp_fragmentation || !report->kp_reach || !report->kp_single)
        return AN_I_NOMEM();
    an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
    options.seed = report->options.seed;
    options.objective = AN_KP_FRAGMENTATION;
    options.lens = an_i_report_structure_lens(report);
    if (n > 5000)
        options.candidates = 500; /* keep the search short on large networks */
    int rc = AN_OK;
    if (report->scaled && (rc = an_i_scale_key_player_pool(report)) != AN_OK)
        return rc;
    if (report->scaled && report->kp_pool_count < k)
        return AN_OK; /* too few candidates (cannot happen while n > k + 1: the pool has >= min(100, n)) */
    rc = report->scaled ? an_keyplayers_find_among(report->kp_fragmentation, &report->kp_fragmentation_result,
                                                   report->network, k, report->kp_pool, report->kp_pool_count,
                                                   &options)
                        : an_keyplayers_find(report->kp_fragmentation, &report->kp_fragmentation_result,
                                             report->network, k, &options);
    if (rc != AN_OK)
        return rc;
    options.objective = AN_KP_REACH;
    options.m = 2;
    options.direction = report->options.directed ? AN_KP_DIRECTION_AUTO : AN_KP_UNDIRECTED;
    rc = report->scaled ? an_keyplayers_find_among(report->kp_reach, &report->kp_reach_result, report->network, k,
                                                   report->kp_pool, report->kp_pool_count, &options)
                        : an_keyplayers_find(report->kp_reach, &report->kp_reach_result, report->network, k,
                                             &options);
    if (rc != AN_OK)
        return rc;
    an_whatif_options whatif = AN_WHATIF_OPTIONS_INIT;
    whatif.lens = an_i_report_structure_lens(report);
    /* efficiency needs a breadth-first search from every actor: O(n m), left out at scale */
    whatif.distances = n <= 20000 && !report->scaled;
    rc = an_whatif_remove_nodes(&report->kp_whatif, report->network, report->kp_fragmentation, (size_t)k, &whatif);
    if (rc != AN_OK)
        return rc;
    for (int64_t i = 0; i < k; i++) {
        rc = an_whatif_remove_nodes(&report->kp_single[i], report->network, &report->kp_fragmentation[i], 1, &whatif);
        if (rc != AN_OK)
            return rc;
    }
    report->kp_done = 1;
    return AN_OK;
}

static int gather_robustness(an_i_report *report)
{
    an_robustness_options options = AN_ROBUSTNESS_OPTIONS_INIT;
    options.replicates = report->options.replicates;
    options.dropout = report->options.dropout;
    options.top_k = report->options.top_k;
    options.seed = report->options.seed;
    options.confidence_column = report->options.confidence_column;
    options.centrality = centrality_options(report);
    options.communities = community_options(report);
    report->robustness_options = options;
    if (report->scaled)
        return an_i_scale_robustness(report, &options.centrality, &options.communities);
    report->replicates_run = options.replicates;
    int rc = an_robustness_ranking(&report->rank_robustness, report->network, report->size_measure, &options);
    if (rc != AN_OK)
        return rc;
    return an_robustness_partition(&report->partition_robustness, report->network, &options);
}

/* Append node v to a growing list. */
static int push(int64_t **list, int64_t *count, int64_t v)
{
    int64_t *grown = realloc(*list, (size_t)(*count + 1) * sizeof **list);
    if (!grown)
        return AN_I_NOMEM();
    *list = grown;
    grown[(*count)++] = v;
    return AN_OK;
}

static int gather_warnings(an_i_report *report)
{
    int64_t n = report->n;
    const an_network *network = report->network;
    /* per node: first edge source seen, whether several sources, whether any stated tie */
    const char **first_source = calloc((size_t)n, sizeof *first_source);
    unsigned char *several = calloc((size_t)n, 1), *any_stated = calloc((size_t)n, 1);
    unsigned char *any_confidence = calloc((size_t)n, 1);
    int rc = AN_OK;
    if (!first_source || !several || !any_stated || !any_confidence) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    for (int64_t e = 0; e < report->m; e++) {
        int64_t ends[2];
        an_network_edge_endpoints(network, e, &ends[0], &ends[1]);
        const char *source = an_i_report_edge_string(report, report->source_column, e);
        const char *confidence = an_i_report_edge_string(report, report->confidence_column, e);
        for (int i = 0; i < 2; i++) {
            int64_t v = ends[i];
            if (i == 1 && ends[1] == ends[0])
                break;
            if (source) {
                if (!first_source[v])
                    first_source[v] = source;
                else if (strcmp(first_source[v], source) != 0)
                    several[v] = 1;
            }
            if (confidence) {
                any_confidence[v] = 1;
                if (strcmp(confidence, "stated") == 0)
                    any_stated[v] = 1;
            }
        }
    }
    report->node_source_known = report->node_source_column >= 0;
    for (int64_t v = 0; v < n && rc == AN_OK; v++) {
        if (report->incident[v] == 0)
            rc = push(&report->isolates, &report->isolate_count, v);
        if (rc == AN_OK && report->node_source_known) {
            const char *citation = an_i_report_node_string(report, report->node_source_column, v);
            if (an_i_report_citation_count(citation) == 1)
                rc = push(&report->single_citation, &report->single_citation_count, v);
        }
        if (rc == AN_OK && first_source[v] && !several[v] && report->incident[v] > 0)
            rc = push(&report->one_source_ties, &report->one_source_ties_count, v);
        if (rc == AN_OK && any_confidence[v] && !any_stated[v])
            rc = push(&report->reported_only, &report->reported_only_count, v);
    }
cleanup:
    free(first_source);
    free(several);
    free(any_stated);
    free(any_confidence);
    return rc;
}

int an_i_report_gather(an_i_report *report, const an_network *network, const an_report_options *options)
{
    int rc;
    report->network = network;
    report->n = an_network_node_count(network);
    report->m = an_network_edge_count(network);
    if (report->n <= 0)
        return an_i_error(AN_EEMPTY, "report: the network has no nodes");
    report->output->steps = 8 + (options->render ? 1 : 0);
    /* at scale: one exact O(n m) measure costs about n m / 5e8 seconds on one core, and the
     * report would run several B + 2 times (see "At scale" in report.h) */
    report->scaled = (double)report->n * (double)report->m > options->exact_limit;
    report->max_ends = report->scaled ? AN_I_SCALE_MAX_ENDS : 50;
    if ((rc = gather_columns(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_lenses(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_progress(report, "summary")) != AN_OK)
        return rc;
    if ((rc = gather_summary(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_progress(report, "centrality")) != AN_OK)
        return rc;
    if ((rc = gather_centrality(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_progress(report, "brokerage")) != AN_OK)
        return rc;
    if ((rc = gather_brokerage(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_progress(report, "communities")) != AN_OK)
        return rc;
    if ((rc = gather_communities(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_progress(report, "key players")) != AN_OK)
        return rc;
    if ((rc = gather_key_players(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_progress(report, "chains")) != AN_OK)
        return rc;
    if ((rc = an_i_report_chains(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_progress(report, "stated evidence and tie dropout")) != AN_OK)
        return rc;
    if ((rc = gather_robustness(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_positions_gather(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_context_gather(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_conflict_gather(report)) != AN_OK)
        return rc;
    if ((rc = an_i_report_timeline_gather(report)) != AN_OK)
        return rc;
    return gather_warnings(report);
}

void an_i_report_free(an_i_report *report)
{
    an_i_report_positions_free(report->positions);
    an_i_report_context_free(report->context);
    an_i_report_conflict_free(report->conflict);
    an_i_report_timeline_free(report->timeline);
    an_i_report_lenses_free(report);
    an_i_short_texts_free(report->short_texts);
    free(report->labels);
    free(report->tie_names);
    if (report->yed_labels)
        for (int64_t v = 0; v < report->n; v++)
            free(report->yed_labels[v]);
    free(report->yed_labels);
    free(report->classes);
    free(report->incident);
    an_free(report->summary_json);
    free(report->scores);
    free(report->ranks);
    free(report->order);
    free(report->brokerage);
    an_partition_free(report->partition);
    free(report->community_order);
    free(report->community_offsets);
    free(report->community_members);
    free(report->community_internal_offsets);
    free(report->community_internal);
    free(report->kp_pool);
    free(report->kp_fragmentation);
    free(report->kp_single);
    free(report->kp_reach);
    free(report->from);
    free(report->to);
    if (report->chain_relations)
        for (char **p = report->chain_relations; *p; p++)
            free(*p);
    free(report->chain_relations);
    if (report->chain_classes)
        for (char **p = report->chain_classes; *p; p++)
            free(*p);
    free(report->chain_classes);
    for (int64_t i = 0; i < report->pair_count; i++) {
        if (report->pair_results)
            an_path_result_free(report->pair_results[i]);
        if (report->pair_stated)
            an_path_result_free(report->pair_stated[i]);
    }
    free(report->pair_results);
    free(report->pair_stated);
    free(report->pair_stated_length);
    free(report->chains);
    an_rank_robustness_free(report->rank_robustness);
    an_partition_robustness_free(report->partition_robustness);
    free(report->isolates);
    free(report->single_citation);
    free(report->one_source_ties);
    free(report->reported_only);
    memset(report, 0, sizeof *report);
}
