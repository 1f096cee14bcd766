/*
 * cmd_validate.c — `actornet validate FILE... [--vocabulary TSV]`.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* --json: {"file", "nodes", "edges", "problems", "valid", "issues": [{"line", "element", "message"}]}.
 * Each report line is "FILE:LINE: element: message" (validate.h). */
static int emit_json(const char *file, const an_network *network, const char *report, int64_t problems)
{
    an_i_strbuf out;
    an_i_strbuf_init(&out);
    an_i_strbuf_puts(&out, "{\"file\": ");
    an_i_strbuf_json_string(&out, file);
    an_i_strbuf_printf(&out, ", \"nodes\": %lld, \"edges\": %lld, \"problems\": %lld, \"valid\": %s,\n \"issues\": [",
                       (long long)an_network_node_count(network), (long long)an_network_edge_count(network),
                       (long long)problems, problems ? "false" : "true");
    size_t prefix = strlen(file);
    int first = 1;
    for (const char *line = report; *line;) {
        const char *end = strchr(line, '\n');
        size_t length = end ? (size_t)(end - line) : strlen(line);
        char *text = strndup(line, length);
        if (!text) {
            an_i_strbuf_free(&out);
            return CLI_EXIT_FAILED;
        }
        const char *rest = text;
        long long number = 0;
        if (strncmp(rest, file, prefix) == 0 && rest[prefix] == ':') {
            char *after = NULL;
            number = strtoll(rest + prefix + 1, &after, 10);
            rest = after && *after == ':' ? after + 1 : rest + prefix + 1;
            while (*rest == ' ')
                rest++;
        }
        const char *colon = strstr(rest, ": ");
        an_i_strbuf_puts(&out, first ? "\n  {\"line\": " : ",\n  {\"line\": ");
        first = 0;
        if (number > 0)
            an_i_strbuf_printf(&out, "%lld", number);
        else
            an_i_strbuf_puts(&out, "null");
        an_i_strbuf_puts(&out, ", \"element\": ");
        if (colon) {
            char *element = strndup(rest, (size_t)(colon - rest));
            an_i_strbuf_json_string(&out, element ? element : "");
            free(element);
            rest = colon + 2;
        } else {
            an_i_strbuf_puts(&out, "null");
        }
        an_i_strbuf_puts(&out, ", \"message\": ");
        an_i_strbuf_json_string(&out, rest);
        an_i_strbuf_puts(&out, "}");
        free(text);
        line += length + (end ? 1 : 0);
    }
    an_i_strbuf_puts(&out, first ? "]}\n" : "\n ]}\n");
    return cli_emit_buffer(&out);
}

static int validate_one(const char *file, const an_vocabulary *vocabulary, int quiet, int json)
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
    int rc = CLI_EXIT_OK;
    if (json) {
        rc = emit_json(file, network, report, problems);
    } else {
        fputs(report, stderr);
        if (!quiet)
            printf("%s: %lld nodes, %lld edges, %lld problem%s\n", file, (long long)an_network_node_count(network),
                   (long long)an_network_edge_count(network), (long long)problems, problems == 1 ? "" : "s");
    }
    an_free(report);
    an_network_free(network);
    return rc != CLI_EXIT_OK ? rc : problems ? CLI_EXIT_INPUT : CLI_EXIT_OK;
}

int cli_cmd_validate(int argc, char **argv)
{
    const char *file = NULL, *vocabulary_path = NULL;
    int quiet = 0, json = 0;
    cli_option options[] = {
        { "vocabulary", 0, CLI_STRING, &vocabulary_path, "TSV", "vocabulary file (default: the bundled data/vocabulary.tsv)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "print problems only" },
        { "json", 0, CLI_FLAG, &json, NULL, "print the result as JSON on stdout (issues with line, element, message)" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet validate FILE [--vocabulary TSV] [--json]",
        "Check a network against the schema of the bundled data: every node has a class (type) from\n"
        "the vocabulary; every edge a relation and a confidence from the vocabulary, a source and a\n"
        "locator; no two ties share endpoints, relation and source; and the file loads (no dangling\n"
        "ids, no duplicate ids). Problems are printed one per line as FILE:LINE: element: problem.\n"
        "--json prints {file, nodes, edges, problems, valid, issues: [{line, element, message}]} on\n"
        "stdout instead. Exit status 0 when valid, 1 when there are problems or the file does not load.",
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
    rc = validate_one(file, vocabulary, quiet, json);
    an_vocabulary_free(vocabulary);
    free(found);
    return rc;
}
