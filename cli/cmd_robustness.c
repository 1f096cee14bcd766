/*
 * cmd_robustness.c — `actornet robustness FILE`: which rankings and
 * communities survive stated-only evidence and random tie dropout.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct settings {
    const char *file, *measure, *method;
    long long replicates, top, seed;
    double dropout, level;
    int communities, csv, json, quiet;
    const cli_lens *lens;
} settings;

/* A community id, or nothing for an actor outside the lens. */
static void community_csv(an_i_strbuf *b, int64_t community)
{
    if (community >= 0)
        an_i_strbuf_printf(b, "%lld", (long long)community);
}

static void community_json(an_i_strbuf *b, int64_t community)
{
    if (community >= 0)
        an_i_strbuf_printf(b, "%lld", (long long)community);
    else
        an_i_strbuf_puts(b, "null");
}

static void json_number(an_i_strbuf *b, double value)
{
    an_i_strbuf_json_real(b, value); /* NaN -> null */
}

static int print_ranking(const an_network *network, const an_rank_robustness *r, const settings *s)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    int64_t n = r->node_count;
    if (s->csv) {
        an_i_strbuf_puts(&b, "id,score,rank,stated_score,stated_rank,mean_rank,rank_low,rank_high,top_k_share\n");
        for (int64_t v = 0; v < n; v++) {
            const double row[] = { r->score[v], r->rank[v], r->stated_score[v], r->stated_rank[v], r->mean_rank[v],
                                   r->rank_low[v], r->rank_high[v], r->top_k_share[v] };
            cli_csv_text(&b, an_network_node_id(network, v));
            for (size_t k = 0; k < sizeof row / sizeof row[0]; k++) {
                an_i_strbuf_puts(&b, ",");
                cli_csv_real(&b, row[k]);
            }
            an_i_strbuf_puts(&b, "\n");
        }
        return cli_emit_buffer(&b);
    }
    if (s->json) {
        an_i_strbuf_printf(&b, "{\"measure\": \"%s\", \"replicates\": %lld, \"dropout\": ", s->measure,
                           (long long)r->replicates);
        json_number(&b, s->dropout);
        an_i_strbuf_puts(&b, ", \"level\": ");
        json_number(&b, s->level);
        an_i_strbuf_printf(&b, ", \"top_k\": %lld, \"seed\": %lld, \"has_stated\": %s, \"stated_edges\": %lld, ",
                           s->top, s->seed, r->has_stated ? "true" : "false", (long long)r->stated_edges);
        cli_lens_json(&b, s->lens);
        an_i_strbuf_puts(&b, ", \"nodes\": [");
        for (int64_t v = 0; v < n; v++) {
            an_i_strbuf_puts(&b, v ? ",\n  {\"id\": " : "\n  {\"id\": ");
            an_i_strbuf_json_string(&b, an_network_node_id(network, v));
            const char *names[] = { "score", "rank", "stated_score", "stated_rank", "mean_rank", "rank_low",
                                    "rank_high", "top_k_share" };
            const double row[] = { r->score[v], r->rank[v], r->stated_score[v], r->stated_rank[v], r->mean_rank[v],
                                   r->rank_low[v], r->rank_high[v], r->top_k_share[v] };
            for (size_t k = 0; k < sizeof row / sizeof row[0]; k++) {
                an_i_strbuf_printf(&b, ", \"%s\": ", names[k]);
                json_number(&b, row[k]);
            }
            an_i_strbuf_puts(&b, "}");
        }
        an_i_strbuf_puts(&b, "\n]}\n");
        return cli_emit_buffer(&b);
    }
    int64_t *order = malloc((size_t)(n ? n : 1) * sizeof *order);
    if (!order || an_rank_order(order, r->score, n) != AN_OK) {
        free(order);
        an_i_strbuf_free(&b);
        cli_error("out of memory");
        return CLI_EXIT_FAILED;
    }
    an_i_strbuf_printf(&b, "%s: full data vs stated ties only vs %lld replicates dropping each tie with p = %g\n"
                           "(rank 1 = top; interval = %g%% of replicate ranks; share = replicates in the top %lld)\n",
                       s->measure, (long long)r->replicates, s->dropout, 100.0 * s->level, s->top);
    cli_lens_text(&b, s->lens);
    an_i_strbuf_puts(&b, "\n\n");
    an_i_strbuf_printf(&b, "%-32s %10s %6s %8s %9s %15s %6s\n", "actor", "score", "rank", "stated", "mean", "interval",
                       "share");
    int64_t seen = 0;
    for (int64_t v = 0; v < n; v++)
        seen += r->score[v] == r->score[v];
    int64_t shown = seen < s->top ? seen : s->top;
    for (int64_t i = 0; i < shown; i++) {
        int64_t v = order[i];
        char interval[40] = "-", stated[16] = "-";
        if (r->replicates > 0)
            snprintf(interval, sizeof interval, "%.0f-%.0f", r->rank_low[v], r->rank_high[v]);
        if (r->has_stated)
            snprintf(stated, sizeof stated, "%g", r->stated_rank[v]);
        an_i_strbuf_printf(&b, "%-32.32s %10.4g %6g %8s %9.1f %15s %5.0f%%\n", an_network_node_id(network, v),
                           r->score[v], r->rank[v], stated, r->mean_rank[v], interval, 100.0 * r->top_k_share[v]);
    }
    if (!r->has_stated)
        an_i_strbuf_puts(&b, "\n(no confidence column: the stated-only check was skipped)\n");
    free(order);
    return cli_emit_buffer(&b);
}

static int print_partition(const an_network *network, const an_partition_robustness *r, const settings *s)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    int64_t n = r->node_count;
    if (s->csv) {
        an_i_strbuf_puts(&b, "id,community,stated_community,stability\n");
        for (int64_t v = 0; v < n; v++) {
            cli_csv_text(&b, an_network_node_id(network, v));
            an_i_strbuf_puts(&b, ",");
            community_csv(&b, r->full->membership[v]);
            an_i_strbuf_puts(&b, ",");
            if (r->stated)
                community_csv(&b, r->stated->membership[v]);
            an_i_strbuf_puts(&b, ",");
            cli_csv_real(&b, r->stability[v]);
            an_i_strbuf_puts(&b, "\n");
        }
        return cli_emit_buffer(&b);
    }
    if (s->json) {
        an_i_strbuf_printf(&b, "{\"method\": \"%s\", \"replicates\": %lld, \"communities\": %lld, \"modularity\": ",
                           s->method, (long long)r->replicates, (long long)r->full->count);
        json_number(&b, r->full->modularity);
        an_i_strbuf_puts(&b, ", \"stated_nmi\": ");
        json_number(&b, r->stated_nmi);
        an_i_strbuf_puts(&b, ", \"mean_nmi\": ");
        json_number(&b, r->mean_nmi);
        an_i_strbuf_puts(&b, ", \"nmi_low\": ");
        json_number(&b, r->nmi_low);
        an_i_strbuf_puts(&b, ", \"nmi_high\": ");
        json_number(&b, r->nmi_high);
        an_i_strbuf_puts(&b, ", ");
        cli_lens_json(&b, s->lens);
        an_i_strbuf_puts(&b, ", \"nodes\": [");
        for (int64_t v = 0; v < n; v++) {
            an_i_strbuf_puts(&b, v ? ",\n  {\"id\": " : "\n  {\"id\": ");
            an_i_strbuf_json_string(&b, an_network_node_id(network, v));
            an_i_strbuf_puts(&b, ", \"community\": ");
            community_json(&b, r->full->membership[v]);
            an_i_strbuf_puts(&b, ", \"stated_community\": ");
            community_json(&b, r->stated ? r->stated->membership[v] : -1);
            an_i_strbuf_puts(&b, ", \"stability\": ");
            json_number(&b, r->stability[v]);
            an_i_strbuf_puts(&b, "}");
        }
        an_i_strbuf_puts(&b, "\n]}\n");
        return cli_emit_buffer(&b);
    }
    an_i_strbuf_printf(&b, "%s: %lld communities (modularity %.3f)\n", s->method, (long long)r->full->count,
                       r->full->modularity);
    cli_lens_text(&b, s->lens);
    an_i_strbuf_puts(&b, "\n");
    if (r->stated)
        an_i_strbuf_printf(&b, "stated ties only: %lld communities, NMI to the full-data partition %.3f\n",
                           (long long)r->stated->count, r->stated_nmi);
    else
        an_i_strbuf_puts(&b, "stated ties only: skipped (no confidence column)\n");
    if (r->replicates > 0)
        an_i_strbuf_printf(&b, "tie dropout p = %g, %lld replicates: mean NMI %.3f (%g%% interval %.3f-%.3f)\n",
                           s->dropout, (long long)r->replicates, r->mean_nmi, 100.0 * s->level, r->nmi_low,
                           r->nmi_high);
    int64_t unstable = 0;
    for (int64_t v = 0; v < n; v++)
        unstable += r->stability[v] < 0.5;
    if (r->replicates > 0)
        an_i_strbuf_printf(&b, "actors whose community is unstable (kept in < 50%% of replicates): %lld of %lld\n",
                           (long long)unstable, (long long)n);
    return cli_emit_buffer(&b);
}

int cli_cmd_robustness(int argc, char **argv)
{
    settings s = { NULL, "betweenness", "leiden", 200, 10, 1, 0.2, 0.9, 0, 0, 0, 0, NULL };
    const char *weight = NULL, *lens_name = NULL, *vocabulary_path = NULL;
    cli_option options[] = {
        { "measure", 'm', CLI_STRING, &s.measure, "M", "centrality measure to rank by (default betweenness)" },
        { "communities", 'c', CLI_FLAG, &s.communities, NULL, "check the community partition instead of a ranking" },
        { "method", 0, CLI_STRING, &s.method, "M", "community method with --communities (default leiden)" },
        { "replicates", 'B', CLI_INT, &s.replicates, "B", "dropout replicates (default 200; 0 = stated-only check only)" },
        { "dropout", 'p', CLI_REAL, &s.dropout, "P", "probability of dropping each tie (default 0.2)" },
        { "level", 0, CLI_REAL, &s.level, "L", "interval level (default 0.9: 5th-95th percentile)" },
        { "top", 'k', CLI_INT, &s.top, "K", "top-k for the share column and the table (default 10)" },
        { "seed", 0, CLI_INT, &s.seed, "N", "random seed (default 1)" },
        { "weight", 0, CLI_STRING, &weight, "COLUMN", "edge weight column (default: unweighted)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "csv", 0, CLI_FLAG, &s.csv, NULL, "one row per actor in file order" },
        { "json", 0, CLI_FLAG, &s.json, NULL, "print JSON" },
        { "quiet", 'q', CLI_FLAG, &s.quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &s.file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet robustness FILE [--measure M | --communities] [--replicates B] [--dropout P] [--lens LENS]\n"
        "                         [--csv|--json]",
        "Which conclusions survive doubtful or missing evidence? Reruns a centrality ranking (or the\n"
        "community partition) (a) on `stated` ties only (edge column confidence) and (b) over B\n"
        "replicates in which every tie is dropped independently with probability P. For a ranking it\n"
        "reports each actor's full-data rank, stated-only rank, mean replicate rank, the interval of\n"
        "its replicate ranks and how often it stays in the top k; for communities, the NMI of the\n"
        "stated-only and replicate partitions to the full-data one, and each actor's stability (the\n"
        "share of replicates whose community has Jaccard >= 1/2 with its full-data community).\n"
        "Ranks are fractional: tied scores share the mean of their positions. Seeded: the same seed\n"
        "gives the same numbers.",
        "  actornet robustness data/proxy-network.graphml --measure betweenness\n"
        "  actornet robustness data/proxy-network.graphml --communities --replicates 500 --json\n"
        "  actornet robustness data/karate.graphml --measure pagerank --csv > ranks.csv" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (s.csv && s.json) {
        cli_error("robustness: choose one of --csv and --json");
        return CLI_EXIT_USAGE;
    }
    an_robustness_options ro = AN_ROBUSTNESS_OPTIONS_INIT;
    ro.replicates = s.replicates;
    ro.dropout = s.dropout;
    ro.level = s.level;
    ro.top_k = s.top;
    ro.seed = (uint64_t)s.seed;
    ro.centrality.policy.weight = weight;
    ro.communities.policy.weight = weight;
    an_centrality_measure measure = AN_BETWEENNESS;
    if (!s.communities && an_centrality_measure_from_name(&measure, s.measure) != AN_OK) {
        cli_error("robustness: unknown measure '%s' (see 'actornet centrality --help')", s.measure);
        return CLI_EXIT_USAGE;
    }
    if (s.communities) {
        int method = an_community_method_from_name(s.method);
        if (method < 0) {
            cli_error("robustness: unknown community method '%s'", s.method);
            return CLI_EXIT_USAGE;
        }
        ro.communities.method = method;
    }
    an_network *network = cli_load(s.file);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, s.quiet || s.json || s.csv);
    cli_lens lens;
    if ((rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE)) >= 0) {
        an_network_free(network);
        return rc;
    }
    s.lens = &lens;
    ro.centrality.policy.lens = lens.active;
    ro.communities.policy.lens = lens.active;
    if (s.communities) {
        an_partition_robustness *result = NULL;
        if (an_robustness_partition(&result, network, &ro) != AN_OK) {
            cli_library_error();
            rc = CLI_EXIT_FAILED;
        } else {
            rc = print_partition(network, result, &s);
        }
        an_partition_robustness_free(result);
    } else {
        an_rank_robustness *result = NULL;
        if (an_robustness_ranking(&result, network, measure, &ro) != AN_OK) {
            cli_library_error();
            rc = CLI_EXIT_FAILED;
        } else {
            rc = print_ranking(network, result, &s);
        }
        an_rank_robustness_free(result);
    }
    cli_lens_free(&lens);
    an_network_free(network);
    return rc;
}
