/*
 * cmd_lenses.c — `actornet lenses [FILE] [--vocabulary FILE] [--json]`: the lenses
 * (lens.h), what each keeps of a network, and which one every command picks by default.
 */
#include "cli.h"

#include "lens_resolve.h"

#include <stdio.h>
#include <string.h>

/* One preset on a network: what it keeps. Returns an an_status. */
static int describe(an_i_strbuf *out, const an_network *network, const char *name, const an_vocabulary *vocabulary,
                    int json, int first)
{
    an_lens lens;
    an_lens_preset(&lens, name);
    lens.vocabulary = vocabulary;
    an_lens_selection *selection = NULL;
    int rc = an_lens_select(&selection, network, &lens);
    if (rc != AN_OK)
        return rc;
    if (json) {
        an_i_strbuf_puts(out, first ? "\n    {\"name\": " : ",\n    {\"name\": ");
        an_i_strbuf_json_string(out, name);
        an_i_strbuf_puts(out, ", \"description\": ");
        an_i_strbuf_json_string(out, an_lens_preset_description(name));
        an_i_strbuf_printf(out, ", \"actors\": %lld, \"ties\": %lld, \"ties_reoriented\": %lld, "
                                "\"actors_without_mode\": %lld, \"ties_without_sign\": %lld, \"vocabulary\": ",
                           (long long)selection->kept_nodes, (long long)selection->kept_edges,
                           (long long)selection->reoriented_edges, (long long)selection->nodes_without_mode,
                           (long long)selection->edges_without_sign);
        an_i_strbuf_json_string(out, selection->vocabulary_origin);
        an_i_strbuf_puts(out, "}");
    } else {
        an_i_strbuf_printf(out, "  %-12s %6lld of %lld actors, %6lld of %lld ties", name,
                           (long long)selection->kept_nodes, (long long)selection->node_count,
                           (long long)selection->kept_edges, (long long)selection->edge_count);
        if (selection->reoriented_edges)
            an_i_strbuf_printf(out, " (%lld reversed or made undirected)", (long long)selection->reoriented_edges);
        an_i_strbuf_puts(out, "\n");
    }
    an_lens_selection_free(selection);
    return AN_OK;
}

/* The default choice for one purpose. */
static int choice(an_i_strbuf *out, const an_network *network, const an_vocabulary *vocabulary, int purpose,
                  const char *what, int json)
{
    an_i_lens_choice chosen;
    int rc = an_i_lens_resolve(&chosen, "auto", vocabulary, network, purpose);
    if (rc != AN_OK)
        return rc;
    if (json) {
        an_i_strbuf_printf(out, ", \"%s\": {\"name\": ", what);
        an_i_strbuf_json_string(out, chosen.lens.name);
        an_i_strbuf_puts(out, ", \"reason\": ");
        an_i_strbuf_json_string(out, chosen.reason);
        an_i_strbuf_puts(out, "}");
    } else {
        an_i_strbuf_printf(out, "  %-48s %s (%s)\n", what, chosen.lens.name, chosen.reason);
    }
    return AN_OK;
}

int cli_cmd_lenses(int argc, char **argv)
{
    const char *file = NULL, *vocabulary_path = NULL;
    int json = 0, quiet = 0;
    cli_option options[] = {
        { "vocabulary", 0, CLI_STRING, &vocabulary_path, "FILE", CLI_VOCABULARY_HELP },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 0 }, { 0 } };
    cli_usage usage = {
        "actornet lenses [FILE] [--vocabulary FILE] [--json]",
        "The lenses every analysis command takes with --lens: which actors and ties an analysis sees\n"
        "and how, read from the vocabulary's semantics (each class's mode: agent or context; each\n"
        "relation's sign: cooperative, hostile or neutral; whether it is symmetric; which way influence\n"
        "flows along it). With FILE: what each lens keeps of that network, and which lens the commands\n"
        "choose by default (--lens auto) for structure (centrality, cohesion, communities, brokerage,\n"
        "key players, robustness, the report's rankings) and for chains (paths, the report's chains).\n"
        "--lens none reads the file exactly as stored.",
        "  actornet lenses\n"
        "  actornet lenses data/proxy-network.graphml\n"
        "  actornet centrality data/proxy-network.graphml --lens conflict" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    an_vocabulary *vocabulary = NULL;
    if (vocabulary_path && an_vocabulary_load(&vocabulary, vocabulary_path) != AN_OK) {
        cli_library_error();
        return CLI_EXIT_INPUT;
    }
    an_network *network = NULL;
    if (file) {
        network = cli_load(file);
        if (!network) {
            an_vocabulary_free(vocabulary);
            return CLI_EXIT_INPUT;
        }
        cli_print_warnings(network, quiet || json);
    }
    an_i_strbuf out;
    an_i_strbuf_init(&out);
    const char *const *names = an_lens_preset_names();
    int status = AN_OK;
    if (json) {
        an_i_strbuf_puts(&out, "{\"lenses\": [");
        for (int i = 0; names[i] && status == AN_OK; i++) {
            if (network) {
                status = describe(&out, network, names[i], vocabulary, 1, i == 0);
            } else {
                an_i_strbuf_puts(&out, i ? ",\n    {\"name\": " : "\n    {\"name\": ");
                an_i_strbuf_json_string(&out, names[i]);
                an_i_strbuf_puts(&out, ", \"description\": ");
                an_i_strbuf_json_string(&out, an_lens_preset_description(names[i]));
                an_i_strbuf_puts(&out, "}");
            }
        }
        an_i_strbuf_puts(&out, "]");
        if (network && status == AN_OK) {
            an_i_strbuf_puts(&out, ", \"default\": {\"file\": ");
            an_i_strbuf_json_string(&out, file);
            status = choice(&out, network, vocabulary, AN_LENS_FOR_STRUCTURE, "structure", 1);
            if (status == AN_OK)
                status = choice(&out, network, vocabulary, AN_LENS_FOR_CHAINS, "chains", 1);
            an_i_strbuf_puts(&out, "}");
        }
        an_i_strbuf_puts(&out, "}\n");
    } else {
        an_i_strbuf_puts(&out, "Lenses (--lens NAME; none: the file as stored; auto: the default below)\n");
        for (int i = 0; names[i]; i++)
            an_i_strbuf_printf(&out, "  %-12s %s\n", names[i], an_lens_preset_description(names[i]));
        if (network) {
            an_i_strbuf_printf(&out, "\n%s: what each lens keeps\n", file);
            for (int i = 0; names[i] && status == AN_OK; i++)
                status = describe(&out, network, names[i], vocabulary, 0, i == 0);
            if (status == AN_OK) {
                an_i_strbuf_puts(&out, "\nDefault (--lens auto)\n");
                status = choice(&out, network, vocabulary, AN_LENS_FOR_STRUCTURE,
                                "centrality, communities, brokerage, key players:", 0);
            }
            if (status == AN_OK)
                status = choice(&out, network, vocabulary, AN_LENS_FOR_CHAINS, "paths and the report's chains:", 0);
        }
    }
    if (status != AN_OK) {
        cli_library_error();
        rc = CLI_EXIT_FAILED;
    } else if (out.failed) {
        cli_error("out of memory");
        rc = CLI_EXIT_FAILED;
    } else {
        rc = cli_emit(out.data, out.length);
    }
    an_i_strbuf_free(&out);
    an_network_free(network);
    an_vocabulary_free(vocabulary);
    return rc;
}
