/*
 * report_text.c — the terminal summary: the findings in a screenful, with
 * pointers to the files for the rest.
 */
#include "report_internal.h"

#include "error_internal.h"

#include <math.h>
#include <string.h>

#define P(...) an_i_strbuf_printf(out, __VA_ARGS__)

static const char *name_of(const an_i_report *report, int64_t v)
{
    return report->labels[v];
}

static void list_names(an_i_strbuf *out, const an_i_report *report, const int64_t *nodes, int64_t count, int64_t limit)
{
    for (int64_t i = 0; i < count && i < limit; i++)
        P("%s%s", i ? ", " : "", name_of(report, nodes[i]));
    if (count > limit)
        P(" and %lld more", (long long)(count - limit));
}

static double score(const an_i_report *report, an_centrality_measure measure, int64_t v)
{
    for (int k = 0; k < report->measure_count; k++)
        if (report->measures[k] == measure)
            return report->scores[(size_t)k * report->n + v];
    return NAN;
}

int an_i_report_to_text(const an_i_report *report, an_i_strbuf *out, const char *directory)
{
    int64_t n = report->n, top = an_i_report_top(report);
    P("actornet report: %s\n", an_i_report_input_name(report));
    P("  %lld actors, %lld ties; %lld weak component%s (largest %lld); %lld isolate%s\n", (long long)n,
      (long long)report->m, (long long)report->weak_components, report->weak_components == 1 ? "" : "s",
      (long long)report->largest_component, (long long)report->isolate_count, report->isolate_count == 1 ? "" : "s");
    P("  actors, brokers, communities, key players: ");
    an_i_report_lens_line(&report->structure, out);
    P(": %lld actors, %lld ties\n  chains: ", (long long)report->structure_nodes, (long long)report->structure_ties);
    an_i_report_lens_line(&report->chain, out);
    P(": %lld ties%s\n", (long long)report->chain_ties,
      report->time_respecting ? "; each hop not dated before the one it follows" : "");
    if (report->scaled) {
        const an_betweenness_approximation *b = &report->betweenness_info;
        P("  at this size (%.3g actors x ties > exact limit %.3g) some values are estimated:\n",
          (double)n * (double)report->m, report->options.exact_limit);
        if (b->exact)
            P("    betweenness exact (sampling would have cost more)\n");
        else
            P("    betweenness from %lld sampled paths: within %g of exact for every actor with probability %g%s\n",
              (long long)b->samples, b->epsilon, 1.0 - b->delta,
              an_i_report_largest(report, AN_BETWEENNESS) < 2.0 * b->epsilon
                  ? " (more than the top values: close ranks are ties)" : "");
        if (report->distance_sources && !report->distance_exact)
            P("    harmonic%s from %lld sampled sources: within %g x (n - 1) with probability %g\n",
              report->size_measure == AN_CLOSENESS ? " and closeness" : "", (long long)report->distance_sources,
              AN_I_SCALE_DISTANCE_EPSILON, 1.0 - AN_I_SCALE_DISTANCE_DELTA);
        P("    key players chosen among %lld candidates; no efficiency; %lld dropout replicate%s (%lld asked)\n",
          (long long)report->kp_pool_count, (long long)report->replicates_run, report->replicates_run == 1 ? "" : "s",
          (long long)report->options.replicates);
        P("    communities: Leiden (actornet's own), %d iterations (not until stable), on the network and every "
          "replicate alike\n",
          AN_I_SCALE_LEIDEN_ITERATIONS);
        P("    report.html lists the leading rows; report.json \"methods\" says exactly what was estimated\n");
    }
    if (report->class_column >= 0) {
        an_i_tally classes = { 0 };
        for (int64_t v = 0; v < n; v++)
            an_i_tally_add(&classes, report->classes[v]);
        an_i_tally_sort(&classes);
        P("  classes: ");
        for (int64_t i = 0; i < classes.count && i < 8; i++)
            P("%s%s %lld", i ? ", " : "", classes.names[i], (long long)classes.counts[i]);
        if (classes.count > 8)
            P(", ...");
        P("\n");
        an_i_tally_free(&classes);
    }

    P("\nTop actors by %s (lens %s; ties read as %s; ranks under other measures)\n", report->options.size_by,
      report->structure.lens.name, report->options.directed ? "directed" : "undirected");
    P("   #  %-34s %-13s %11s %9s %9s %9s\n", "actor", "class", report->options.size_by, "degree", "pagerank",
      "constraint");
    for (int64_t i = 0; i < top; i++) {
        int64_t v = report->order[i];
        P("  %2lld  ", (long long)i + 1);
        an_i_report_text_cell(out, name_of(report, v), 34);
        P(" ");
        an_i_report_text_cell(out, report->classes[v] ? report->classes[v] : "-", 13);
        P(" ");
        double values[4] = { report->scores[(size_t)report->size_index * n + v], score(report, AN_DEGREE, v),
                             score(report, AN_PAGERANK, v), score(report, AN_CONSTRAINT, v) };
        for (int m = 0; m < 4; m++) /* undefined (constraint of an isolated actor): a dash, never "nan" */
            if (isnan(values[m]))
                P(m ? " %9s" : "%11s", "-");
            else
                P(m ? " %9.4f" : "%11.4f", values[m]);
        P("\n");
    }

    if (report->brokerage) {
        int64_t list[5];
        int64_t count = an_i_report_brokers(report, list, 5);
        if (count) {
            P("\nBrokers (Gould-Fernandez roles between classes, stored directions, lens %s)\n",
              report->structure.lens.name);
            for (int64_t i = 0; i < count; i++) {
                const int64_t *roles = report->brokerage + (size_t)list[i] * AN_BROKERAGE_ROLES;
                P("  ");
                an_i_report_text_cell(out, name_of(report, list[i]), 34);
                P(" ");
                P("total %4lld: coordinator %lld, itinerant %lld, gatekeeper %lld, representative %lld, liaison %lld\n",
                  (long long)roles[AN_ROLE_TOTAL], (long long)roles[0], (long long)roles[1], (long long)roles[2],
                  (long long)roles[3], (long long)roles[4]);
            }
        }
    }

    const an_partition *partition = report->partition;
    P("\nCommunities (Leiden, seed %llu, lens %s): %lld, modularity ", (unsigned long long)report->options.seed,
      report->structure.lens.name, (long long)partition->count);
    if (isnan(partition->modularity))
        P("undefined (no ties)\n");
    else
        P("%.3f\n", partition->modularity);
    for (int64_t i = 0; i < partition->count && i < 6; i++) {
        int64_t c = report->community_order[i];
        if (partition->sizes[c] < 2)
            break;
        an_i_tally classes = { 0 }, relations = { 0 };
        int64_t internal = 0;
        an_i_report_community_tallies(report, c, &classes, &relations, &internal);
        an_i_tally_sort(&classes);
        an_i_tally_sort(&relations);
        P("  %lld. %lld actors, mostly %s; %s:", (long long)i + 1, (long long)partition->sizes[c],
          classes.count ? classes.names[0] : "?", relations.count ? relations.names[0] : "no internal ties");
        int shown = 0;
        for (int64_t j = 0; j < n && shown < 4; j++)
            if (an_i_report_community(report, report->order[j]) == c)
                P("%s %s", shown++ ? "," : "", name_of(report, report->order[j]));
        P("%s\n", partition->sizes[c] > 4 ? ", ..." : "");
        an_i_tally_free(&classes);
        an_i_tally_free(&relations);
    }

    if (report->kp_done) {
        const an_whatif_result *w = &report->kp_whatif;
        P("\nKey players (Borgatti, lens %s): removing ", report->structure.lens.name);
        list_names(out, report, report->kp_fragmentation, report->kp_k, report->kp_k);
        P("\n  components %lld -> %lld; largest component %lld -> %lld actors; ", (long long)w->before.components,
          (long long)w->after.components, (long long)w->before.largest_component,
          (long long)w->after.largest_component);
        if (isnan(w->before.efficiency))
            P("efficiency not computed (large network)\n");
        else
            P("efficiency %.3f -> %.3f\n", w->before.efficiency, w->after.efficiency);
        P("  best placed to reach others within 2 steps: ");
        list_names(out, report, report->kp_reach, report->kp_k, report->kp_k);
        P(" (%.0f%% of the rest)\n", 100.0 * report->kp_reach_result.score);
    }

    P("\nChains from %s to %s (lens %s%s)\n", report->options.from ? "the given sources" : "the state actors",
      report->options.to ? "the given targets" : "the attack events", report->chain.lens.name,
      report->time_respecting ? ", in time order" : "");
    if (report->chain_count == 0)
        P("  none found (%lld source%s, %lld target%s, at most %lld hops)\n", (long long)report->from_count,
          report->from_count == 1 ? "" : "s", (long long)report->to_count, report->to_count == 1 ? "" : "s",
          (long long)report->options.chain_max_length);
    for (int64_t i = 0; i < report->chain_count && i < 5; i++) {
        const an_i_chain *chain = &report->chains[i];
        const an_path *path = chain->path;
        P("  %lld. %s", (long long)i + 1, name_of(report, path->nodes[0]));
        for (int64_t h = 0; h < path->length; h++) {
            const an_path_hop *hop = &path->hops[h];
            if (report->chain.active && hop->reversed) /* along the flow, against the stored arrow */
                P(" <-%s- %s", hop->relation ? hop->relation : "tie", name_of(report, path->nodes[h + 1]));
            else
                P(" -%s%s%s-> %s", hop->reversed ? "(" : "", hop->relation ? hop->relation : "tie",
                  hop->reversed ? ", reversed)" : "", name_of(report, path->nodes[h + 1]));
        }
        if (chain->reported_hops == 0)
            P("\n     %lld hop%s, every hop stated", (long long)path->length, path->length == 1 ? "" : "s");
        else
            P("\n     %lld hop%s, %lld reported", (long long)path->length, path->length == 1 ? "" : "s",
              (long long)chain->reported_hops);
        if (chain->symbolic_hops) {
            P("; %lld symbolic (", (long long)chain->symbolic_hops);
            for (int64_t h = 0, shown = 0; h < path->length; h++)
                if (an_i_report_symbolic_relation(path->hops[h].relation))
                    P("%s%s", shown++ ? ", " : "", path->hops[h].relation);
            P(": ideas or symbols, not an operational link)");
        }
        P("\n");
    }
    if (report->chain_count > 5)
        P("  ... %lld chains in all (chains.csv, report.html)\n", (long long)report->chain_count);

    const an_rank_robustness *rank = report->rank_robustness;
    if (rank && rank->has_stated) {
        int64_t kept = 0, holding = 0;
        for (int64_t i = 0; i < top; i++)
            kept += rank->stated_rank[report->order[i]] <= (double)top;
        for (int64_t i = 0; i < report->chain_count; i++)
            holding += report->chains[i].holds_on_stated;
        P("\nOn stated evidence alone (%lld of the %lld ties the lens sees)\n", (long long)rank->stated_edges,
          (long long)report->structure_ties);
        P("  %lld of the top %lld by %s stay in the top %lld", (long long)kept, (long long)top,
          report->options.size_by, (long long)top);
        if (report->partition_robustness && report->partition_robustness->stated)
            P("; communities: NMI %.2f to the full partition", report->partition_robustness->stated_nmi);
        P("\n  %lld of %lld chains hold hop by hop\n", (long long)holding, (long long)report->chain_count);
    }
    if (rank && rank->replicates > 0) {
        P("\nRank intervals under tie dropout (%lld replicates, p = %.2f, 90%% intervals)\n",
          (long long)rank->replicates, report->options.dropout);
        for (int64_t i = 0; i < top && i < 5; i++) {
            int64_t v = report->order[i];
            P("  ");
            an_i_report_text_cell(out, name_of(report, v), 34);
            if (rank->rank_low[v] == rank->rank_high[v] && rank->rank_low[v] == rank->rank[v])
                /* 5th and 95th percentiles equal: at least 90% of replicates give that rank */
                P(" rank %g in at least 90%% of replicates, in top %lld in %.0f%% of replicates\n", rank->rank[v],
                  (long long)top, 100.0 * rank->top_k_share[v]);
            else if (rank->rank_low[v] == rank->rank_high[v])
                P(" rank %g, rank %g in at least 90%% of replicates, in top %lld in %.0f%% of replicates\n",
                  rank->rank[v], rank->rank_low[v], (long long)top, 100.0 * rank->top_k_share[v]);
            else
                P(" rank %g, interval %g-%g, in top %lld in %.0f%% of replicates\n", rank->rank[v],
                  rank->rank_low[v], rank->rank_high[v], (long long)top, 100.0 * rank->top_k_share[v]);
        }
        if (report->partition_robustness)
            P("  communities: mean NMI %.2f (%.2f-%.2f) to the full partition\n", report->partition_robustness->mean_nmi,
              report->partition_robustness->nmi_low, report->partition_robustness->nmi_high);
    }

    an_i_report_positions_text(report, out);
    an_i_report_context_text(report, out);
    an_i_report_conflict_text(report, out);
    an_i_report_timeline_text(report, out);
    P("\nWhere the data are thin\n");
    int any = 0;
    if (report->isolate_count) {
        P("  %lld isolate%s (no ties): ", (long long)report->isolate_count, report->isolate_count == 1 ? "" : "s");
        list_names(out, report, report->isolates, report->isolate_count, 5);
        P("\n");
        any = 1;
    }
    if (report->single_citation_count) {
        P("  %lld actor%s known from one source only\n", (long long)report->single_citation_count,
          report->single_citation_count == 1 ? "" : "s");
        any = 1;
    }
    if (report->one_source_ties_count) {
        P("  %lld actor%s with every tie from one source\n", (long long)report->one_source_ties_count,
          report->one_source_ties_count == 1 ? "" : "s");
        any = 1;
    }
    if (report->reported_only_count) {
        P("  %lld actor%s known only from reported (not stated) ties\n", (long long)report->reported_only_count,
          report->reported_only_count == 1 ? "" : "s");
        any = 1;
    }
    if (!any)
        P("  nothing to flag\n");

    const an_i_report_output *output = report->output;
    int rendered = 0;
    for (int64_t i = 0; i < output->diagram_count; i++)
        rendered += output->diagrams[i].svg != NULL;
    P("\nFiles in %s/: report.html (open this), report.json, network.graphml, actors.csv, communities.csv, "
      "chains.csv, %lld .dot diagram%s",
      directory, (long long)output->diagram_count, output->diagram_count == 1 ? "" : "s");
    if (rendered)
        P(" and %d .svg picture%s\n", rendered, rendered == 1 ? "" : "s");
    else
        P("\n  no pictures: %s\n", output->diagram_count && output->diagrams[0].problem ? output->diagrams[0].problem
                                                                    : "nothing to draw");
    if (!output->draw_whole)
        P("  the network has more than %lld actors: drawn as top actors, community quotient graph and ego networks\n",
          (long long)report->options.draw_limit);
    return out->failed ? AN_I_NOMEM() : AN_OK;
}
