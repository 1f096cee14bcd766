/*
 * cmd_validate.c — `actornet validate FILE... [--vocabulary TSV]`.
 */
#include "cli.h"

#include <stdlib.h>

static int validate_one(const char *file, const an_vocabulary *vocabulary, int quiet)
{
    /* a validator reads strictly: an edge to an undeclared node or <data> with an undeclared key
     * is an error here, not a repair (the other commands add them with a warning) */
    cli_strict_loading = 1;
    an_network *network = cli_load(file);
    if (!network)
        return CLI_EXIT_INPUT;
    char *report = NULL;
    int64_t problems = 0;
    if (an_network_validate(&report, &problems, network, vocabulary, NULL) != AN_OK) {
        cli_library_error();
        an_network_free(network);
        return CLI_EXIT_FAILED;
    }
    fputs(report, stderr);
    if (!quiet)
        printf("%s: %lld nodes, %lld edges, %lld problem%s\n", file, (long long)an_network_node_count(network),
               (long long)an_network_edge_count(network), (long long)problems, problems == 1 ? "" : "s");
    an_free(report);
    an_network_free(network);
    return problems ? CLI_EXIT_INPUT : CLI_EXIT_OK;
}

int cli_cmd_validate(int argc, char **argv)
{
    const char *file = NULL, *vocabulary_path = NULL;
    int quiet = 0;
    cli_option options[] = {
        { "vocabulary", 0, CLI_STRING, &vocabulary_path, "TSV", "vocabulary file (default: the bundled data/vocabulary.tsv)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "print problems only" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet validate FILE [--vocabulary TSV]",
        "Check a network against the schema of the bundled data: every node has a class (type) from\n"
        "the vocabulary; every edge a relation and a confidence from the vocabulary, a source and a\n"
        "locator; no two ties share endpoints, relation and source; and the file loads (no dangling\n"
        "ids, no duplicate ids). Problems are printed one per line as FILE:LINE: element: problem.\n"
        "Exit status 0 when valid, 1 when there are problems or the file does not load.",
        "  actornet validate data/proxy-network.graphml\n"
        "  actornet validate mine.graphml --vocabulary my-vocabulary.tsv" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    char *found = NULL;
    if (!vocabulary_path) {
        found = cli_data_path("vocabulary.tsv");
        if (!found)
            return CLI_EXIT_INPUT;
        vocabulary_path = found;
    }
    an_vocabulary *vocabulary = NULL;
    if (an_vocabulary_load(&vocabulary, vocabulary_path) != AN_OK) {
        cli_library_error();
        free(found);
        return CLI_EXIT_INPUT;
    }
    rc = validate_one(file, vocabulary, quiet);
    an_vocabulary_free(vocabulary);
    free(found);
    return rc;
}
