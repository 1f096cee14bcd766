/*
 * cmd_convert.c — `actornet convert IN OUT`: GraphML to GraphML, DOT or CSV,
 * chosen by OUT's extension.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static int has_extension(const char *path, const char *extension)
{
    size_t length = strlen(path), ext = strlen(extension);
    return length > ext && strcasecmp(path + length - ext, extension) == 0;
}

/* For OUT = NAME.csv: NAME.nodes.csv and NAME.edges.csv. */
static int write_csv_pair(const an_network *network, const char *out)
{
    size_t stem = strlen(out) - strlen(".csv");
    char *nodes = malloc(stem + 16), *edges = malloc(stem + 16);
    int rc = AN_ENOMEM;
    if (nodes && edges) {
        snprintf(nodes, stem + 16, "%.*s.nodes.csv", (int)stem, out);
        snprintf(edges, stem + 16, "%.*s.edges.csv", (int)stem, out);
        rc = an_network_save_nodes_csv(network, nodes);
        if (rc == AN_OK)
            rc = an_network_save_edges_csv(network, edges);
    }
    free(nodes);
    free(edges);
    return rc;
}

int cli_cmd_convert(int argc, char **argv)
{
    const char *in = NULL, *out = NULL;
    int quiet = 0;
    cli_option options[] = {
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "IN", &in, 1 }, { "OUT", &out, 1 }, { 0 } };
    cli_usage usage = {
        "actornet convert IN.graphml OUT.{graphml,dot,csv}",
        "Read a GraphML network and write it in the format named by OUT's extension:\n"
        "  .graphml  GraphML with every key, value, default, id and foreign element kept\n"
        "  .dot/.gv  Graphviz DOT (always valid: render with dot -Tsvg OUT.dot)\n"
        "  .csv      two tables: NAME.nodes.csv (id + node columns) and NAME.edges.csv\n"
        "Output files are written atomically: a failure leaves any existing file intact.",
        "  actornet convert data/proxy-network.graphml proxy.dot && dot -Tsvg proxy.dot -o proxy.svg\n"
        "  actornet convert data/karate.graphml karate.csv   # karate.nodes.csv, karate.edges.csv" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (!has_extension(out, ".graphml") && !has_extension(out, ".xml") && !has_extension(out, ".dot") &&
        !has_extension(out, ".gv") && !has_extension(out, ".csv")) {
        cli_error("convert: cannot tell the format of '%s' (use .graphml, .dot, .gv or .csv)", out);
        return CLI_EXIT_USAGE;
    }
    an_network *network = cli_load(in);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, quiet);
    int status;
    if (has_extension(out, ".dot") || has_extension(out, ".gv"))
        status = an_network_save_dot(network, out, NULL);
    else if (has_extension(out, ".csv"))
        status = write_csv_pair(network, out);
    else
        status = an_network_save_graphml(network, out, NULL);
    an_network_free(network);
    if (status != AN_OK) {
        cli_library_error();
        return CLI_EXIT_FAILED;
    }
    return CLI_EXIT_OK;
}
