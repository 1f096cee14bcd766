/*
 * cmd_info.c — `actornet info FILE [--json]`.
 */
#include "cli.h"

int cli_cmd_info(int argc, char **argv)
{
    const char *file = NULL, *class_column = "type", *relation_column = "relation";
    int json = 0, quiet = 0;
    cli_option options[] = {
        { "json", 0, CLI_FLAG, &json, NULL, "print the summary as JSON (for scripts)" },
        { "class", 0, CLI_STRING, &class_column, "COLUMN", "node column naming the actor class (default type)" },
        { "relation", 0, CLI_STRING, &relation_column, "COLUMN", "edge column naming the relation (default relation)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet info FILE [--json] [--class COLUMN] [--relation COLUMN]",
        "Summarise a GraphML network: node and edge counts; directed, undirected or mixed;\n"
        "self-loops and parallel ties; actor classes and relation types with counts; confidence\n"
        "levels; the year span; every attribute with its type, default and number of missing\n"
        "values; weak (and, when directed, strong) components.",
        "  actornet info data/proxy-network.graphml\n  actornet info network.graphml --json | jq .classes" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    an_network *network = cli_load(file);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, quiet || json);
    an_summary_options summary_options = AN_SUMMARY_OPTIONS_INIT;
    summary_options.class_column = class_column;
    summary_options.relation_column = relation_column;
    char *text = NULL;
    size_t length = 0;
    int status = json ? an_network_summary_json(&text, &length, network, &summary_options)
                      : an_network_summary_text(&text, &length, network, &summary_options);
    if (status != AN_OK) {
        cli_library_error();
        an_network_free(network);
        return CLI_EXIT_FAILED;
    }
    if (!json)
        printf("%-12s %s\n", "file", file);
    rc = cli_emit(text, length);
    an_free(text);
    an_network_free(network);
    return rc;
}
