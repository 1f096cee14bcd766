/*
 * report_json.c — report.json: every finding, for scripts. Keys in a fixed
 * order, numbers in shortest round-trip form, one top-level key per line.
 */
#include "report_internal.h"

#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PUTS(text) an_i_strbuf_puts(out, text)

static void key(an_i_strbuf *out, const char *name)
{
    an_i_strbuf_json_string(out, name);
    an_i_strbuf_puts(out, ":");
}

static void id_of(an_i_strbuf *out, const an_i_report *report, int64_t v)
{
    an_i_strbuf_json_string(out, an_network_node_id(report->network, v));
}

static void id_list(an_i_strbuf *out, const an_i_report *report, const int64_t *nodes, int64_t count)
{
    PUTS("[");
    for (int64_t i = 0; i < count; i++) {
        if (i)
            PUTS(",");
        id_of(out, report, nodes[i]);
    }
    PUTS("]");
}

static void string_list(an_i_strbuf *out, char *const *list)
{
    if (!list) {
        PUTS("null");
        return;
    }
    PUTS("[");
    for (int64_t i = 0; list[i]; i++) {
        if (i)
            PUTS(",");
        an_i_strbuf_json_string(out, list[i]);
    }
    PUTS("]");
}

static void whatif_state(an_i_strbuf *out, const an_whatif_state *state)
{
    PUTS("{");
    key(out, "nodes"); an_i_strbuf_json_integer(out, state->nodes);
    PUTS(","); key(out, "edges"); an_i_strbuf_json_integer(out, state->edges);
    PUTS(","); key(out, "components"); an_i_strbuf_json_integer(out, state->components);
    PUTS(","); key(out, "largest_component"); an_i_strbuf_json_integer(out, state->largest_component);
    PUTS(","); key(out, "fragmentation"); an_i_strbuf_json_real(out, state->fragmentation);
    PUTS(","); key(out, "efficiency"); an_i_strbuf_json_real(out, state->efficiency);
    PUTS(","); key(out, "mean_reach"); an_i_strbuf_json_real(out, state->mean_reach);
    PUTS("}");
}

static void year_value(an_i_strbuf *out, double year)
{
    if (isnan(year))
        PUTS("null");
    else
        an_i_strbuf_json_real(out, year);
}

static void section_report(an_i_strbuf *out, const an_i_report *report)
{
    const an_report_options *o = &report->options;
    PUTS("{");
    key(out, "actornet"); an_i_strbuf_json_string(out, an_version_string());
    PUTS(","); key(out, "input"); an_i_strbuf_json_string(out, an_i_report_input_base(report));
    PUTS(","); key(out, "seed"); an_i_strbuf_json_integer(out, (int64_t)o->seed);
    PUTS(","); key(out, "ties_read_as"); an_i_strbuf_json_string(out, o->directed ? "stored directions" : "undirected");
    PUTS(","); key(out, "top_k"); an_i_strbuf_json_integer(out, o->top_k);
    PUTS(","); key(out, "key_players"); an_i_strbuf_json_integer(out, o->key_players);
    PUTS(","); key(out, "chain_k"); an_i_strbuf_json_integer(out, o->chain_k);
    PUTS(","); key(out, "chain_max_length"); an_i_strbuf_json_integer(out, o->chain_max_length);
    PUTS(","); key(out, "max_chains"); an_i_strbuf_json_integer(out, o->max_chains);
    PUTS(","); key(out, "replicates"); an_i_strbuf_json_integer(out, o->replicates);
    PUTS(","); key(out, "dropout"); an_i_strbuf_json_real(out, o->dropout);
    PUTS(","); key(out, "size_by"); an_i_strbuf_json_string(out, o->size_by);
    PUTS(","); key(out, "draw_limit"); an_i_strbuf_json_integer(out, o->draw_limit);
    PUTS("}");
}

/* A node's community, null outside the structure lens. */
static void community_value(an_i_strbuf *out, const an_i_report *report, int64_t v)
{
    int64_t c = an_i_report_community(report, v);
    if (c < 0)
        PUTS("null");
    else
        an_i_strbuf_json_integer(out, c);
}

static void section_actors(an_i_strbuf *out, const an_i_report *report)
{
    int64_t n = report->n, top = an_i_report_top(report);
    PUTS("{");
    key(out, "lens"); an_i_strbuf_json_string(out, report->structure.lens.name);
    PUTS(","); key(out, "ranked"); an_i_strbuf_json_integer(out, report->ranked);
    PUTS(","); key(out, "ranked_by"); an_i_strbuf_json_string(out, an_centrality_measure_name(report->size_measure));
    PUTS(","); key(out, "measures"); PUTS("[");
    for (int k = 0; k < report->measure_count; k++) {
        if (k)
            PUTS(",");
        an_i_strbuf_json_string(out, an_centrality_measure_name(report->measures[k]));
    }
    PUTS("],"); key(out, "top"); PUTS("[");
    for (int64_t i = 0; i < top; i++) {
        int64_t v = report->order[i];
        if (i)
            PUTS(",");
        PUTS("\n  {");
        key(out, "rank"); an_i_strbuf_json_integer(out, i + 1);
        PUTS(","); key(out, "id"); id_of(out, report, v);
        PUTS(","); key(out, "label"); an_i_strbuf_json_string(out, report->labels[v]);
        PUTS(","); key(out, "class"); an_i_strbuf_json_string(out, report->classes[v]);
        PUTS(","); key(out, "community"); community_value(out, report, v);
        PUTS(","); key(out, "scores"); PUTS("{");
        for (int k = 0; k < report->measure_count; k++) {
            if (k)
                PUTS(",");
            key(out, an_centrality_measure_name(report->measures[k]));
            an_i_strbuf_json_real(out, report->scores[(size_t)k * n + v]);
        }
        PUTS("},"); key(out, "ranks"); PUTS("{");
        for (int k = 0; k < report->measure_count; k++) {
            if (k)
                PUTS(",");
            key(out, an_centrality_measure_name(report->measures[k]));
            an_i_strbuf_json_real(out, report->ranks[(size_t)k * n + v]);
        }
        PUTS("}}");
    }
    PUTS("]}");
}

static void section_brokers(an_i_strbuf *out, const an_i_report *report)
{
    if (!report->brokerage) {
        PUTS("null");
        return;
    }
    int64_t limit = report->options.top_k, list[1024];
    if (limit > 1024)
        limit = 1024;
    int64_t count = an_i_report_brokers(report, list, limit);
    PUTS("{");
    key(out, "groups_by"); an_i_strbuf_json_string(out, report->options.class_column);
    PUTS(","); key(out, "ties_read_as"); an_i_strbuf_json_string(out, "stored directions");
    PUTS(","); key(out, "lens"); an_i_strbuf_json_string(out, report->structure.lens.name);
    PUTS(","); key(out, "top"); PUTS("[");
    for (int64_t i = 0; i < count; i++) {
        int64_t v = list[i];
        const int64_t *roles = report->brokerage + (size_t)v * AN_BROKERAGE_ROLES;
        if (i)
            PUTS(",");
        PUTS("\n  {");
        key(out, "id"); id_of(out, report, v);
        PUTS(","); key(out, "label"); an_i_strbuf_json_string(out, report->labels[v]);
        PUTS(","); key(out, "class"); an_i_strbuf_json_string(out, report->classes[v]);
        int main_role = 0;
        for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
            PUTS(",");
            key(out, an_brokerage_role_name(r));
            an_i_strbuf_json_integer(out, roles[r]);
            if (r < AN_ROLE_TOTAL && roles[r] > roles[main_role])
                main_role = r;
        }
        PUTS(","); key(out, "main_role"); an_i_strbuf_json_string(out, an_brokerage_role_name(main_role));
        PUTS("}");
    }
    PUTS("]}");
}

static void section_communities(an_i_strbuf *out, const an_i_report *report)
{
    const an_partition *partition = report->partition;
    /* each community's stability summed in node order (one pass; the same sums to the bit as one
     * scan per community) */
    double *stability_sums = NULL;
    if (report->partition_robustness && report->partition_robustness->replicates > 0) {
        stability_sums = calloc((size_t)partition->count + 1, sizeof *stability_sums);
        if (!stability_sums) {
            out->failed = 1;
            return;
        }
        for (int64_t v = 0; v < report->n; v++)
            if (partition->membership[v] >= 0) /* -1: outside the lens */
                stability_sums[partition->membership[v]] += report->partition_robustness->stability[v];
    }
    PUTS("{");
    key(out, "method"); an_i_strbuf_json_string(out, "leiden");
    PUTS(","); key(out, "lens"); an_i_strbuf_json_string(out, report->structure.lens.name);
    PUTS(","); key(out, "seed"); an_i_strbuf_json_integer(out, (int64_t)report->options.seed);
    PUTS(","); key(out, "count"); an_i_strbuf_json_integer(out, partition->count);
    PUTS(","); key(out, "modularity"); an_i_strbuf_json_real(out, partition->modularity);
    PUTS(","); key(out, "list"); PUTS("[");
    for (int64_t i = 0; i < partition->count; i++) {
        int64_t c = report->community_order[i];
        if (i)
            PUTS(",");
        PUTS("\n  {");
        key(out, "community"); an_i_strbuf_json_integer(out, c);
        PUTS(","); key(out, "size"); an_i_strbuf_json_integer(out, partition->sizes[c]);
        PUTS(","); key(out, "members"); PUTS("[");
        for (int64_t j = report->community_offsets[c]; j < report->community_offsets[c + 1]; j++) {
            if (j > report->community_offsets[c]) /* members by the size measure, best first */
                PUTS(",");
            id_of(out, report, report->community_members[j]);
        }
        PUTS("]");
        an_i_tally classes = { 0 }, relations = { 0 };
        int64_t internal = 0;
        an_i_report_community_tallies(report, c, &classes, &relations, &internal);
        PUTS(","); key(out, "classes"); an_i_tally_json(out, &classes);
        PUTS(","); key(out, "internal_ties"); an_i_strbuf_json_integer(out, internal);
        PUTS(","); key(out, "relations"); an_i_tally_json(out, &relations);
        if (stability_sums) {
            PUTS(","); key(out, "mean_stability");
            an_i_strbuf_json_real(out, stability_sums[c] / (double)partition->sizes[c]);
        }
        an_i_tally_free(&classes);
        an_i_tally_free(&relations);
        PUTS("}");
    }
    PUTS("]}");
    free(stability_sums);
}

static void section_key_players(an_i_strbuf *out, const an_i_report *report)
{
    if (!report->kp_done) {
        PUTS("null");
        return;
    }
    PUTS("{");
    key(out, "lens"); an_i_strbuf_json_string(out, report->structure.lens.name);
    PUTS(","); key(out, "k"); an_i_strbuf_json_integer(out, report->kp_k);
    PUTS(","); key(out, "fragmentation"); PUTS("{");
    key(out, "set"); id_list(out, report, report->kp_fragmentation, report->kp_k);
    PUTS(","); key(out, "score"); an_i_strbuf_json_real(out, report->kp_fragmentation_result.score);
    PUTS(","); key(out, "before"); whatif_state(out, &report->kp_whatif.before);
    PUTS(","); key(out, "after"); whatif_state(out, &report->kp_whatif.after);
    PUTS(","); key(out, "each_alone"); PUTS("[");
    for (int64_t i = 0; i < report->kp_k; i++) {
        if (i)
            PUTS(",");
        PUTS("\n  {");
        key(out, "id"); id_of(out, report, report->kp_fragmentation[i]);
        PUTS(","); key(out, "after"); whatif_state(out, &report->kp_single[i].after);
        PUTS("}");
    }
    PUTS("]},"); key(out, "reach"); PUTS("{");
    key(out, "steps"); an_i_strbuf_json_integer(out, 2);
    PUTS(","); key(out, "set"); id_list(out, report, report->kp_reach, report->kp_k);
    PUTS(","); key(out, "score"); an_i_strbuf_json_real(out, report->kp_reach_result.score);
    PUTS("}}");
}

static void hop_json(an_i_strbuf *out, const an_i_report *report, const an_path_hop *hop)
{
    PUTS("{");
    key(out, "from"); an_i_strbuf_json_string(out, hop->from);
    PUTS(","); key(out, "to"); an_i_strbuf_json_string(out, hop->to);
    PUTS(","); key(out, "relation"); an_i_strbuf_json_string(out, hop->relation);
    PUTS(","); key(out, "year"); year_value(out, hop->year);
    PUTS(","); key(out, "end"); year_value(out, hop->end_year);
    PUTS(","); key(out, "confidence"); an_i_strbuf_json_string(out, hop->confidence);
    PUTS(","); key(out, "source"); an_i_strbuf_json_string(out, hop->source);
    PUTS(","); key(out, "locator"); an_i_strbuf_json_string(out, hop->locator);
    PUTS(","); key(out, "evidence");
    an_i_strbuf_json_string(out, an_i_report_edge_string(report, report->evidence_column, hop->edge));
    PUTS(","); key(out, "edge"); an_i_strbuf_json_string(out, hop->edge_id);
    PUTS(","); key(out, "reversed"); PUTS(hop->reversed ? "true" : "false");
    PUTS(","); key(out, "along_flow"); PUTS(hop->along_flow > 0 ? "true" : hop->along_flow == 0 ? "false" : "null");
    PUTS(","); key(out, "symbolic"); PUTS(an_i_report_symbolic_relation(hop->relation) ? "true" : "false");
    PUTS(","); key(out, "alternatives"); PUTS("[");
    for (int64_t a = 0; a < hop->alternative_count; a++) {
        const an_path_tie *tie = &hop->alternatives[a];
        if (a)
            PUTS(",");
        PUTS("{");
        key(out, "relation"); an_i_strbuf_json_string(out, tie->relation);
        PUTS(","); key(out, "year"); year_value(out, tie->year);
        PUTS(","); key(out, "confidence"); an_i_strbuf_json_string(out, tie->confidence);
        PUTS(","); key(out, "source"); an_i_strbuf_json_string(out, tie->source);
        PUTS(","); key(out, "locator"); an_i_strbuf_json_string(out, tie->locator);
        PUTS(","); key(out, "edge"); an_i_strbuf_json_string(out, tie->edge_id);
        PUTS("}");
    }
    PUTS("]}");
}

static void section_chains(an_i_strbuf *out, const an_i_report *report)
{
    PUTS("{");
    key(out, "lens"); an_i_strbuf_json_string(out, report->chain.lens.name);
    PUTS(","); key(out, "time_respecting"); PUTS(report->time_respecting ? "true" : "false");
    PUTS(","); key(out, "from"); id_list(out, report, report->from, report->from_count);
    PUTS(","); key(out, "from_rule"); an_i_strbuf_json_string(out, report->from_rule);
    PUTS(","); key(out, "to"); id_list(out, report, report->to, report->to_count);
    PUTS(","); key(out, "to_rule"); an_i_strbuf_json_string(out, report->to_rule);
    PUTS(","); key(out, "relations"); string_list(out, report->chain_relations);
    PUTS(","); key(out, "relations_rule"); an_i_strbuf_json_string(out, report->relations_rule);
    PUTS(","); key(out, "intermediate_classes"); string_list(out, report->chain_classes);
    PUTS(","); key(out, "directions");
    an_i_strbuf_json_string(out, report->chain.active
                                     ? "along the flow of influence the vocabulary gives each relation; hops against "
                                       "the stored direction (e.g. from an organisation to its member) are marked reversed"
                                     : "ties walked either way; hops against the stored direction are marked reversed");
    PUTS(","); key(out, "found"); an_i_strbuf_json_integer(out, report->chains_found);
    PUTS(","); key(out, "pairs"); PUTS("[");
    int first = 1;
    for (int64_t pair = 0; pair < report->pair_count; pair++) {
        const an_path_result *result = report->pair_results[pair];
        if (!result)
            continue;
        int64_t shortest = -1;
        for (int64_t p = 0; p < result->count; p++)
            if (result->paths[p].length <= report->options.chain_max_length) {
                shortest = result->paths[p].length;
                break;
            }
        if (shortest < 0 && report->pair_stated_length[pair] < 0)
            continue;
        if (!first)
            PUTS(",");
        first = 0;
        PUTS("\n  {");
        key(out, "from"); an_i_strbuf_json_string(out, result->from);
        PUTS(","); key(out, "to"); an_i_strbuf_json_string(out, result->to);
        PUTS(","); key(out, "shortest");
        if (shortest < 0) PUTS("null"); else an_i_strbuf_json_integer(out, shortest);
        PUTS(","); key(out, "shortest_on_stated");
        if (report->pair_stated_length[pair] < 0) PUTS("null");
        else an_i_strbuf_json_integer(out, report->pair_stated_length[pair]);
        PUTS("}");
    }
    PUTS("],"); key(out, "list"); PUTS("[");
    for (int64_t i = 0; i < report->chain_count; i++) {
        const an_i_chain *chain = &report->chains[i];
        const an_path *path = chain->path;
        if (i)
            PUTS(",");
        PUTS("\n  {");
        key(out, "number"); an_i_strbuf_json_integer(out, i + 1);
        PUTS(","); key(out, "from"); an_i_strbuf_json_string(out, path->node_ids[0]);
        PUTS(","); key(out, "to"); an_i_strbuf_json_string(out, path->node_ids[path->length]);
        PUTS(","); key(out, "length"); an_i_strbuf_json_integer(out, path->length);
        PUTS(","); key(out, "reported_hops"); an_i_strbuf_json_integer(out, chain->reported_hops);
        PUTS(","); key(out, "symbolic_hops"); an_i_strbuf_json_integer(out, chain->symbolic_hops);
        PUTS(","); key(out, "holds_on_stated"); PUTS(chain->holds_on_stated ? "true" : "false");
        PUTS(","); key(out, "nodes"); PUTS("[");
        for (int64_t h = 0; h <= path->length; h++) {
            if (h)
                PUTS(",");
            an_i_strbuf_json_string(out, path->node_ids[h]);
        }
        PUTS("],"); key(out, "hops"); PUTS("[");
        for (int64_t h = 0; h < path->length; h++) {
            if (h)
                PUTS(",");
            PUTS("\n    ");
            hop_json(out, report, &path->hops[h]);
        }
        PUTS("]}");
    }
    PUTS("]}");
}

static void section_stated(an_i_strbuf *out, const an_i_report *report)
{
    const an_rank_robustness *rank = report->rank_robustness;
    const an_partition_robustness *part = report->partition_robustness;
    if (!rank || !rank->has_stated) {
        PUTS("null");
        return;
    }
    int64_t top = an_i_report_top(report), kept = 0;
    for (int64_t i = 0; i < top; i++)
        if (rank->stated_rank[report->order[i]] <= (double)top)
            kept++;
    int64_t holding = 0;
    for (int64_t i = 0; i < report->chain_count; i++)
        holding += report->chains[i].holds_on_stated;
    PUTS("{");
    key(out, "stated_ties"); an_i_strbuf_json_integer(out, rank->stated_edges);
    PUTS(","); key(out, "of"); an_i_strbuf_json_integer(out, report->structure_ties); /* the ties the lens sees */
    PUTS(","); key(out, "top_still_top"); an_i_strbuf_json_integer(out, kept);
    PUTS(","); key(out, "top"); an_i_strbuf_json_integer(out, top);
    PUTS(","); key(out, "actors"); PUTS("[");
    for (int64_t i = 0; i < top; i++) {
        int64_t v = report->order[i];
        if (i)
            PUTS(",");
        PUTS("{");
        key(out, "id"); id_of(out, report, v);
        PUTS(","); key(out, "rank"); an_i_strbuf_json_real(out, rank->rank[v]);
        PUTS(","); key(out, "stated_rank"); an_i_strbuf_json_real(out, rank->stated_rank[v]);
        PUTS(","); key(out, "stated_score"); an_i_strbuf_json_real(out, rank->stated_score[v]);
        PUTS("}");
    }
    PUTS("],"); key(out, "communities"); PUTS("{");
    key(out, "count"); an_i_strbuf_json_integer(out, part && part->stated ? part->stated->count : -1);
    PUTS(","); key(out, "nmi_to_full"); an_i_strbuf_json_real(out, part ? part->stated_nmi : NAN);
    PUTS("},"); key(out, "chains_holding"); an_i_strbuf_json_integer(out, holding);
    PUTS(","); key(out, "chains"); an_i_strbuf_json_integer(out, report->chain_count);
    PUTS("}");
}

static void section_robustness(an_i_strbuf *out, const an_i_report *report)
{
    const an_rank_robustness *rank = report->rank_robustness;
    const an_partition_robustness *part = report->partition_robustness;
    if (!rank || rank->replicates == 0) {
        PUTS("null");
        return;
    }
    int64_t top = an_i_report_top(report);
    PUTS("{");
    key(out, "measure"); an_i_strbuf_json_string(out, an_centrality_measure_name(report->size_measure));
    PUTS(","); key(out, "replicates"); an_i_strbuf_json_integer(out, rank->replicates);
    PUTS(","); key(out, "dropout"); an_i_strbuf_json_real(out, report->robustness_options.dropout);
    PUTS(","); key(out, "level"); an_i_strbuf_json_real(out, report->robustness_options.level);
    PUTS(","); key(out, "actors"); PUTS("[");
    for (int64_t i = 0; i < top; i++) {
        int64_t v = report->order[i];
        if (i)
            PUTS(",");
        PUTS("\n  {");
        key(out, "id"); id_of(out, report, v);
        PUTS(","); key(out, "rank"); an_i_strbuf_json_real(out, rank->rank[v]);
        PUTS(","); key(out, "mean_rank"); an_i_strbuf_json_real(out, rank->mean_rank[v]);
        PUTS(","); key(out, "rank_low"); an_i_strbuf_json_real(out, rank->rank_low[v]);
        PUTS(","); key(out, "rank_high"); an_i_strbuf_json_real(out, rank->rank_high[v]);
        PUTS(","); key(out, "top_k_share"); an_i_strbuf_json_real(out, rank->top_k_share[v]);
        PUTS("}");
    }
    PUTS("],"); key(out, "partition"); PUTS("{");
    key(out, "mean_nmi"); an_i_strbuf_json_real(out, part ? part->mean_nmi : NAN);
    PUTS(","); key(out, "nmi_low"); an_i_strbuf_json_real(out, part ? part->nmi_low : NAN);
    PUTS(","); key(out, "nmi_high"); an_i_strbuf_json_real(out, part ? part->nmi_high : NAN);
    PUTS("}}");
}

static void section_warnings(an_i_strbuf *out, const an_i_report *report)
{
    PUTS("{");
    key(out, "isolates"); id_list(out, report, report->isolates, report->isolate_count);
    PUTS(","); key(out, "single_citation");
    if (report->node_source_known)
        id_list(out, report, report->single_citation, report->single_citation_count);
    else
        PUTS("null");
    PUTS(","); key(out, "ties_from_one_source"); id_list(out, report, report->one_source_ties, report->one_source_ties_count);
    PUTS(","); key(out, "reported_ties_only"); id_list(out, report, report->reported_only, report->reported_only_count);
    int64_t resting = 0;
    for (int64_t i = 0; i < report->chain_count; i++)
        resting += report->chains[i].reported_hops > 0;
    PUTS(","); key(out, "chains_with_reported_hops"); an_i_strbuf_json_integer(out, resting);
    int64_t symbolic = 0;
    for (int64_t i = 0; i < report->chain_count; i++)
        symbolic += report->chains[i].symbolic_hops > 0;
    PUTS(","); key(out, "chains_with_symbolic_hops"); an_i_strbuf_json_integer(out, symbolic);
    PUTS("}");
}

static void section_diagrams(an_i_strbuf *out, const an_i_report *report)
{
    PUTS("{");
    key(out, "whole_network"); PUTS(report->output->draw_whole ? "true" : "false");
    PUTS(","); key(out, "list"); PUTS("[");
    for (int64_t i = 0; i < report->output->diagram_count; i++) {
        const an_i_diagram *d = &report->output->diagrams[i];
        if (i)
            PUTS(",");
        PUTS("\n  {");
        key(out, "name"); an_i_strbuf_json_string(out, d->name);
        PUTS(","); key(out, "title"); an_i_strbuf_json_string(out, d->title);
        PUTS(","); key(out, "engine"); an_i_strbuf_json_string(out, d->engine);
        PUTS(","); key(out, "rendered"); PUTS(d->svg ? "true" : "false");
        PUTS("}");
    }
    PUTS("]}");
}

/* Only in a report above options.exact_limit: what was estimated, how, and with what guarantee. */
static void section_methods(an_i_strbuf *out, const an_i_report *report)
{
    const an_betweenness_approximation *b = &report->betweenness_info;
    PUTS("{");
    key(out, "scaled"); PUTS("true");
    PUTS(","); key(out, "exact_limit"); an_i_strbuf_json_real(out, report->options.exact_limit);
    PUTS(","); key(out, "size"); an_i_strbuf_json_real(out, (double)report->n * (double)report->m);
    PUTS(","); key(out, "reason"); an_i_strbuf_json_string(out, "actors x ties is above exact_limit: the measures whose "
                                                               "exact cost is O(n m) are estimated");
    PUTS(",\n  "); key(out, "approximations"); PUTS("[");
    int listed = 0;
    for (int k = 0; k < report->measure_count; k++) {
        an_centrality_measure measure = report->measures[k];
        if (measure != AN_BETWEENNESS && measure != AN_HARMONIC && measure != AN_CLOSENESS)
            continue;
        int seen = 0; /* a measure listed twice (size_by) is described once */
        for (int j = 0; j < k; j++)
            seen |= report->measures[j] == measure;
        if (seen)
            continue;
        PUTS(listed++ ? ",\n    {" : "\n    {");
        key(out, "measure"); an_i_strbuf_json_string(out, an_centrality_measure_name(measure));
        if (measure == AN_BETWEENNESS) {
            PUTS(","); key(out, "method");
            an_i_strbuf_json_string(out, b->exact ? "exact (the sampler's pilot predicted sampling would cost more)"
                                                  : "shortest-path sampling (Riondato & Kornaropoulos 2016)");
            PUTS(","); key(out, "epsilon"); an_i_strbuf_json_real(out, b->epsilon);
            PUTS(","); key(out, "delta"); an_i_strbuf_json_real(out, b->delta);
            PUTS(","); key(out, "samples"); an_i_strbuf_json_integer(out, b->samples);
            PUTS(","); key(out, "vertex_diameter_bound"); an_i_strbuf_json_integer(out, b->vertex_diameter_bound);
            PUTS(","); key(out, "exact"); PUTS(b->exact ? "true" : "false");
            PUTS(","); key(out, "guarantee");
            an_i_strbuf_json_string(out, "with probability >= 1 - delta every actor's normalised betweenness is "
                                         "within epsilon of its exact value");
            PUTS(","); key(out, "largest_value");
            an_i_strbuf_json_real(out, an_i_report_largest(report, AN_BETWEENNESS));
        } else {
            PUTS(","); key(out, "method");
            an_i_strbuf_json_string(out, report->distance_exact ? "exact (a breadth-first search from every actor)"
                                                                : "breadth-first searches from sampled sources "
                                                                  "(uniform, with replacement)");
            PUTS(","); key(out, "epsilon"); an_i_strbuf_json_real(out, AN_I_SCALE_DISTANCE_EPSILON);
            PUTS(","); key(out, "delta"); an_i_strbuf_json_real(out, AN_I_SCALE_DISTANCE_DELTA);
            PUTS(","); key(out, "samples"); an_i_strbuf_json_integer(out, report->distance_sources);
            PUTS(","); key(out, "exact"); PUTS(report->distance_exact ? "true" : "false");
            PUTS(","); key(out, "guarantee");
            an_i_strbuf_json_string(out, measure == AN_HARMONIC
                                             ? "Hoeffding and a union bound: with probability >= 1 - delta every "
                                               "actor's harmonic centrality is within epsilon (n - 1) of its exact "
                                               "value"
                                             : "none (a ratio of two sampled sums; the same sources as harmonic)");
        }
        PUTS("}");
    }
    PUTS("],\n  "); key(out, "exact"); PUTS("[");
    int first = 1;
    for (int k = 0; k < report->measure_count; k++) {
        an_centrality_measure measure = report->measures[k];
        if (measure == AN_BETWEENNESS || measure == AN_HARMONIC || measure == AN_CLOSENESS)
            continue;
        if (!first)
            PUTS(",");
        first = 0;
        an_i_strbuf_json_string(out, an_centrality_measure_name(measure));
    }
    PUTS("],\n  "); key(out, "key_players"); PUTS("{");
    key(out, "method"); an_i_strbuf_json_string(out, "greedy + swap (Borgatti 2006) over a candidate pool");
    PUTS(","); key(out, "pool_rule");
    an_i_strbuf_printf(out, "\"the top %d actors by approximate betweenness and the top %d by degree\"",
                       AN_I_SCALE_POOL, AN_I_SCALE_POOL);
    PUTS(","); key(out, "pool_size"); an_i_strbuf_json_integer(out, report->kp_pool_count);
    PUTS(","); key(out, "pool"); id_list(out, report, report->kp_pool, report->kp_pool_count);
    PUTS(","); key(out, "efficiency");
    an_i_strbuf_json_string(out, "not computed (a breadth-first search from every actor); null in before/after");
    PUTS("},\n  "); key(out, "robustness"); PUTS("{");
    key(out, "measure"); an_i_strbuf_json_string(out, an_centrality_measure_name(report->size_measure));
    PUTS(","); key(out, "method"); an_i_strbuf_json_string(out, "the estimates above, rerun on each view");
    PUTS(","); key(out, "replicates"); an_i_strbuf_json_integer(out, report->replicates_run);
    PUTS(","); key(out, "replicates_asked"); an_i_strbuf_json_integer(out, report->options.replicates);
    PUTS(","); key(out, "max_replicates"); an_i_strbuf_json_integer(out, AN_I_SCALE_REPLICATES);
    PUTS("},\n  "); key(out, "communities"); PUTS("{");
    key(out, "method"); an_i_strbuf_json_string(out, "leiden");
    PUTS(","); key(out, "implementation"); an_i_strbuf_json_string(out, "actornet");
    PUTS(","); key(out, "iterations"); an_i_strbuf_json_integer(out, AN_I_SCALE_LEIDEN_ITERATIONS);
    PUTS(","); key(out, "rule");
    an_i_strbuf_json_string(out, "every partition in the report (the network's, the stated view's and each dropout "
                                 "replicate's) is found by actornet's own Leiden (no igraph, so the replicates run "
                                 "at once), ties read as undirected, parallel ties once, in this many iterations "
                                 "(the default of leidenalg and python-igraph) instead of iterating until stable");
    PUTS("},\n  "); key(out, "chains"); PUTS("{");
    key(out, "max_default_sources"); an_i_strbuf_json_integer(out, report->max_ends);
    PUTS(","); key(out, "max_default_targets"); an_i_strbuf_json_integer(out, report->max_ends);
    PUTS("},\n  "); key(out, "html"); PUTS("{");
    key(out, "ties_listed"); an_i_strbuf_json_integer(out, report->m < AN_I_SCALE_HTML_TIES ? report->m
                                                                                            : AN_I_SCALE_HTML_TIES);
    PUTS(","); key(out, "names_per_warning"); an_i_strbuf_json_integer(out, AN_I_SCALE_HTML_NAMES);
    PUTS(","); key(out, "communities_listed");
    an_i_strbuf_json_integer(out, report->partition->count < AN_I_SCALE_HTML_COMMUNITIES ? report->partition->count
                                                                                         : AN_I_SCALE_HTML_COMMUNITIES);
    PUTS(","); key(out, "everything_in");
    an_i_strbuf_json_string(out, "report.json, actors.csv, communities.csv, network.graphml");
    PUTS("}}");
}

int an_i_report_to_json(const an_i_report *report, an_i_strbuf *out)
{
    PUTS("{\n"); key(out, "report"); section_report(out, report);
    if (report->scaled) {
        PUTS(",\n"); key(out, "methods"); section_methods(out, report);
    }
    PUTS(",\n"); an_i_report_lenses_json(report, out);
    PUTS(",\n"); key(out, "summary"); PUTS(report->summary_json);
    PUTS(",\n"); key(out, "actors"); section_actors(out, report);
    PUTS(",\n"); key(out, "brokers"); section_brokers(out, report);
    PUTS(",\n"); key(out, "communities"); section_communities(out, report);
    PUTS(",\n"); key(out, "key_players"); section_key_players(out, report);
    PUTS(",\n"); key(out, "chains"); section_chains(out, report);
    PUTS(",\n"); key(out, "stated_only"); section_stated(out, report);
    PUTS(",\n"); key(out, "robustness"); section_robustness(out, report);
    an_i_report_positions_json(report, out);
    an_i_report_context_json(report, out);
    an_i_report_conflict_json(report, out);
    an_i_report_timeline_json(report, out);
    PUTS(",\n"); key(out, "warnings"); section_warnings(out, report);
    PUTS(",\n"); key(out, "diagrams"); section_diagrams(out, report);
    PUTS(",\n"); key(out, "files"); PUTS("[");
    for (int i = 0; i < report->output->file_count; i++) {
        if (i)
            PUTS(",");
        an_i_strbuf_json_string(out, report->output->files[i]);
    }
    PUTS("]\n}\n");
    return out->failed ? AN_I_NOMEM() : AN_OK;
}
