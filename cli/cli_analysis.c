/*
 * cli_analysis.c — what the positions commands (census, positions,
 * coreperiphery, qap, cug, subgroups) share: loading, warnings, the lens,
 * the edge policy of --weight/--undirected, and reporting a failure.
 */
#include "cli.h"

#include <string.h>

int cli_analysis_open(cli_analysis *a, const char *command, const char *file, const char *lens_name,
                      const char *vocabulary_path, const char *weight, int undirected, int quiet)
{
    memset(a, 0, sizeof *a);
    a->file = file;
    a->network = cli_load(file);
    if (!a->network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(a->network, quiet);
    int column;
    if (weight && an_network_find_column(a->network, AN_DOMAIN_EDGE, weight, &column) != AN_OK) {
        cli_error("%s: %s has no edge column '%s' for --weight", command, file, weight);
        an_network_free(a->network);
        a->network = NULL;
        return CLI_EXIT_USAGE;
    }
    int rc = cli_lens_resolve(&a->lens, lens_name, vocabulary_path, a->network, AN_LENS_FOR_STRUCTURE);
    if (rc >= 0) {
        an_network_free(a->network);
        a->network = NULL;
        return rc;
    }
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    policy.weight = weight;
    policy.direction = undirected ? AN_AS_UNDIRECTED : AN_AS_STORED;
    policy.lens = a->lens.active;
    a->policy = policy;
    a->directed = !undirected && an_network_direction(a->network) != AN_UNDIRECTED &&
                  an_network_edge_count(a->network) > 0;
    return -1;
}

void cli_analysis_close(cli_analysis *a)
{
    if (a->network) {
        cli_lens_free(&a->lens);
        an_network_free(a->network);
    }
    memset(a, 0, sizeof *a);
}

int cli_analysis_failed(int rc)
{
    if (rc == AN_ENOMEM && an_error_last()->code != AN_ENOMEM)
        cli_error("out of memory");
    else
        cli_library_error();
    return CLI_EXIT_FAILED;
}

void cli_analysis_json_head(an_i_strbuf *b, const cli_analysis *a)
{
    an_i_strbuf_puts(b, "{\"file\": ");
    an_i_strbuf_json_string(b, a->file);
    an_i_strbuf_printf(b, ", \"nodes\": %lld, \"ties\": %lld, \"directed\": %s, ",
                       (long long)an_network_node_count(a->network), (long long)an_network_edge_count(a->network),
                       a->directed ? "true" : "false");
    cli_lens_json(b, &a->lens);
    an_i_strbuf_puts(b, ", \"weight\": ");
    an_i_strbuf_json_string(b, a->policy.weight);
}

void cli_analysis_text_head(an_i_strbuf *b, const cli_analysis *a)
{
    an_i_strbuf_printf(b, "%s: %lld actors, %lld ties, read as %s%s%s; ", a->file,
                       (long long)an_network_node_count(a->network), (long long)an_network_edge_count(a->network),
                       a->directed ? "directed" : "undirected", a->policy.weight ? ", weighted by " : "",
                       a->policy.weight ? a->policy.weight : "");
    cli_lens_text(b, &a->lens);
    an_i_strbuf_puts(b, "\n");
}

int64_t cli_analysis_actors(const cli_analysis *a)
{
    if (!a->lens.active)
        return an_network_node_count(a->network);
    an_lens_selection *selection = NULL;
    int64_t kept = -1;
    if (an_lens_select(&selection, a->network, a->lens.active) == AN_OK)
        kept = selection->kept_nodes;
    an_lens_selection_free(selection);
    return kept;
}
