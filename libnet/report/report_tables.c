/*
 * report_tables.c — the report's tables: actors.csv, communities.csv,
 * chains.csv (RFC 4180, UTF-8, numbers in shortest round-trip form, missing
 * values empty), and network.graphml: the input with every computed metric
 * and the community attached as typed node attributes.
 */
#include "report_internal.h"

#include "actornet/analysis.h"
#include "actornet/graphml.h"
#include "error_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void csv_real(an_i_strbuf *out, double value)
{
    if (!isnan(value))
        an_i_strbuf_json_real(out, value);
}

static int write_actors(const an_i_report *report, const char *directory)
{
    int64_t n = report->n;
    const an_rank_robustness *rank = report->rank_robustness;
    const an_partition_robustness *part = report->partition_robustness;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "id,label,class,community");
    for (int k = 0; k < report->measure_count; k++)
        an_i_strbuf_printf(&b, ",%s", an_centrality_measure_name(report->measures[k]));
    for (int k = 0; k < report->measure_count; k++)
        an_i_strbuf_printf(&b, ",rank_%s", an_centrality_measure_name(report->measures[k]));
    if (report->brokerage)
        for (int r = 0; r < AN_BROKERAGE_ROLES; r++)
            an_i_strbuf_printf(&b, ",broker_%s", an_brokerage_role_name(r));
    an_i_strbuf_puts(&b, ",stated_rank,mean_rank,rank_low,rank_high,top_k_share,community_stability,key_player,"
                         "isolate,single_source\r\n");
    int64_t next_single = 0;
    for (int64_t v = 0; v < n; v++) {
        an_i_report_csv_text(&b, an_network_node_id(report->network, v));
        an_i_strbuf_puts(&b, ",");
        an_i_report_csv_text(&b, report->labels[v]);
        an_i_strbuf_puts(&b, ",");
        an_i_report_csv_text(&b, report->classes[v]);
        int64_t community = an_i_report_community(report, v);
        if (community >= 0) /* empty outside the lens */
            an_i_strbuf_printf(&b, ",%lld", (long long)community);
        else
            an_i_strbuf_puts(&b, ",");
        for (int k = 0; k < 2 * report->measure_count; k++) {
            an_i_strbuf_puts(&b, ",");
            const double *base = k < report->measure_count ? report->scores : report->ranks;
            csv_real(&b, base[(size_t)(k % report->measure_count) * n + v]);
        }
        if (report->brokerage)
            for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
                int64_t count = report->brokerage[(size_t)v * AN_BROKERAGE_ROLES + r];
                if (count >= 0)
                    an_i_strbuf_printf(&b, ",%lld", (long long)count);
                else
                    an_i_strbuf_puts(&b, ",");
            }
        double values[5] = { NAN, NAN, NAN, NAN, NAN };
        if (rank) {
            values[0] = rank->has_stated ? rank->stated_rank[v] : NAN;
            if (rank->replicates > 0) {
                values[1] = rank->mean_rank[v];
                values[2] = rank->rank_low[v];
                values[3] = rank->rank_high[v];
                values[4] = rank->top_k_share[v];
            }
        }
        for (int i = 0; i < 5; i++) {
            an_i_strbuf_puts(&b, ",");
            csv_real(&b, values[i]);
        }
        an_i_strbuf_puts(&b, ",");
        if (part && part->replicates > 0)
            csv_real(&b, part->stability[v]);
        int key = 0;
        for (int64_t k = 0; report->kp_done && k < report->kp_k; k++)
            key |= report->kp_fragmentation[k] == v;
        while (next_single < report->single_citation_count && report->single_citation[next_single] < v)
            next_single++; /* the list is in node order */
        int single = next_single < report->single_citation_count && report->single_citation[next_single] == v;
        an_i_strbuf_printf(&b, ",%s,%s,%s\r\n", key ? "true" : "false", report->incident[v] ? "false" : "true",
                           report->node_source_known ? (single ? "true" : "false") : "");
    }
    if (b.failed) {
        an_i_strbuf_free(&b);
        return AN_I_NOMEM();
    }
    int rc = an_i_report_write_file(report, directory, "actors.csv", b.data, b.length);
    an_i_strbuf_free(&b);
    return rc;
}

static int write_communities(const an_i_report *report, const char *directory)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "community,size,dominant_class,classes,internal_ties,dominant_relation,relations,members\r\n");
    const an_partition *partition = report->partition;
    for (int64_t i = 0; i < partition->count; i++) {
        int64_t c = report->community_order[i], internal = 0;
        an_i_tally classes = { 0 }, relations = { 0 };
        an_i_report_community_tallies(report, c, &classes, &relations, &internal);
        an_i_tally_sort(&classes);
        an_i_tally_sort(&relations);
        an_i_strbuf text;
        an_i_strbuf_init(&text);
        an_i_strbuf_printf(&b, "%lld,%lld,", (long long)c, (long long)partition->sizes[c]);
        an_i_report_csv_text(&b, classes.count ? classes.names[0] : NULL);
        for (int64_t j = 0; j < classes.count; j++)
            an_i_strbuf_printf(&text, "%s%s %lld", j ? "; " : "", classes.names[j], (long long)classes.counts[j]);
        an_i_strbuf_puts(&b, ",");
        an_i_report_csv_text(&b, text.data);
        an_i_strbuf_printf(&b, ",%lld,", (long long)internal);
        an_i_report_csv_text(&b, relations.count ? relations.names[0] : NULL);
        an_i_strbuf_free(&text);
        for (int64_t j = 0; j < relations.count; j++)
            an_i_strbuf_printf(&text, "%s%s %lld", j ? "; " : "", relations.names[j], (long long)relations.counts[j]);
        an_i_strbuf_puts(&b, ",");
        an_i_report_csv_text(&b, text.data);
        an_i_strbuf_free(&text);
        for (int64_t j = report->community_offsets[c]; j < report->community_offsets[c + 1]; j++)
            an_i_strbuf_printf(&text, "%s%s", j > report->community_offsets[c] ? "; " : "",
                               an_network_node_id(report->network, report->community_members[j]));
        an_i_strbuf_puts(&b, ",");
        an_i_report_csv_text(&b, text.data);
        an_i_strbuf_puts(&b, "\r\n");
        an_i_strbuf_free(&text);
        an_i_tally_free(&classes);
        an_i_tally_free(&relations);
    }
    if (b.failed) {
        an_i_strbuf_free(&b);
        return AN_I_NOMEM();
    }
    int rc = an_i_report_write_file(report, directory, "communities.csv", b.data, b.length);
    an_i_strbuf_free(&b);
    return rc;
}

static int write_chains(const an_i_report *report, const char *directory)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "chain,hop,from,from_label,to,to_label,relation,reversed,year,end,confidence,source,locator,"
                         "evidence,edge,other_ties,symbolic\r\n");
    for (int64_t i = 0; i < report->chain_count; i++) {
        const an_path *path = report->chains[i].path;
        for (int64_t h = 0; h < path->length; h++) {
            const an_path_hop *hop = &path->hops[h];
            an_i_strbuf_printf(&b, "%lld,%lld,", (long long)i + 1, (long long)h + 1);
            an_i_report_csv_text(&b, hop->from);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, report->labels[hop->from_node]);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, hop->to);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, report->labels[hop->to_node]);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, hop->relation);
            an_i_strbuf_printf(&b, ",%s,", hop->reversed ? "true" : "false");
            csv_real(&b, hop->year);
            an_i_strbuf_puts(&b, ",");
            csv_real(&b, hop->end_year);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, hop->confidence);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, hop->source);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, hop->locator);
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, an_i_report_edge_string(report, report->evidence_column, hop->edge));
            an_i_strbuf_puts(&b, ",");
            an_i_report_csv_text(&b, hop->edge_id);
            an_i_strbuf_printf(&b, ",%lld,%s\r\n", (long long)hop->alternative_count,
                               an_i_report_symbolic_relation(hop->relation) ? "true" : "false");
        }
    }
    if (b.failed) {
        an_i_strbuf_free(&b);
        return AN_I_NOMEM();
    }
    int rc = an_i_report_write_file(report, directory, "chains.csv", b.data, b.length);
    an_i_strbuf_free(&b);
    return rc;
}

int an_i_report_write_csv(const an_i_report *report, const char *directory)
{
    int rc = write_actors(report, directory);
    if (rc == AN_OK)
        rc = write_communities(report, directory);
    if (rc == AN_OK)
        rc = write_chains(report, directory);
    return rc;
}

/* Attach a column, falling back to an "an_" prefix when the input has that name with another type. */
static int attach_reals(an_network *copy, const char *name, const double *values)
{
    int rc = an_network_attach_reals(copy, AN_DOMAIN_NODE, name, values);
    if (rc == AN_ETYPE) {
        char prefixed[128];
        snprintf(prefixed, sizeof prefixed, "an_%s", name);
        rc = an_network_attach_reals(copy, AN_DOMAIN_NODE, prefixed, values);
    }
    return rc;
}

/* Attach non-negative counts or indices; a negative value (-1: the actor is outside the lens)
 * is left missing. */
static int attach_integers(an_network *copy, const char *name, const int64_t *values)
{
    char prefixed[128];
    int rc = an_network_attach_integers(copy, AN_DOMAIN_NODE, name, values);
    if (rc == AN_ETYPE) {
        snprintf(prefixed, sizeof prefixed, "an_%s", name);
        name = prefixed;
        rc = an_network_attach_integers(copy, AN_DOMAIN_NODE, name, values);
    }
    int column;
    if (rc != AN_OK || an_network_find_column(copy, AN_DOMAIN_NODE, name, &column) != AN_OK)
        return rc;
    for (int64_t v = 0, n = an_network_node_count(copy); v < n && rc == AN_OK; v++)
        if (values[v] < 0)
            rc = an_network_unset(copy, AN_DOMAIN_NODE, column, v);
    return rc;
}

int an_i_report_write_graphml(const an_i_report *report, const char *directory)
{
    int64_t n = report->n;
    an_network *copy = NULL;
    int64_t *integers = malloc((size_t)n * sizeof *integers);
    double *reals = malloc((size_t)n * sizeof *reals);
    char *path = an_i_report_path(directory, "network.graphml");
    int rc = integers && reals && path ? an_network_copy(&copy, report->network) : AN_I_NOMEM();
    for (int k = 0; k < report->measure_count && rc == AN_OK; k++)
        rc = attach_reals(copy, an_centrality_measure_name(report->measures[k]), report->scores + (size_t)k * n);
    if (rc == AN_OK)
        rc = attach_integers(copy, "community", report->partition->membership);
    for (int r = 0; report->brokerage && r < AN_BROKERAGE_ROLES && rc == AN_OK; r++) {
        char name[64];
        snprintf(name, sizeof name, "broker_%s", an_brokerage_role_name(r));
        for (int64_t v = 0; v < n; v++)
            integers[v] = report->brokerage[(size_t)v * AN_BROKERAGE_ROLES + r];
        rc = attach_integers(copy, name, integers);
    }
    const an_rank_robustness *rank = report->rank_robustness;
    if (rc == AN_OK && rank && rank->has_stated)
        rc = attach_reals(copy, "stated_rank", rank->stated_rank);
    if (rc == AN_OK && rank && rank->replicates > 0) {
        rc = attach_reals(copy, "rank_low", rank->rank_low);
        if (rc == AN_OK)
            rc = attach_reals(copy, "rank_high", rank->rank_high);
    }
    if (rc == AN_OK && report->partition_robustness && report->partition_robustness->replicates > 0)
        rc = attach_reals(copy, "community_stability", report->partition_robustness->stability);
    if (rc == AN_OK && report->kp_done) {
        for (int64_t v = 0; v < n; v++)
            integers[v] = 0;
        for (int64_t k = 0; k < report->kp_k; k++)
            integers[report->kp_fragmentation[k]] = 1;
        rc = attach_integers(copy, "key_player", integers);
    }
    if (rc == AN_OK)
        rc = an_network_save_graphml(copy, path, NULL);
    if (rc == AN_OK)
        an_i_report_note_file(report, "network.graphml");
    an_network_free(copy);
    free(integers);
    free(reals);
    free(path);
    return rc;
}
