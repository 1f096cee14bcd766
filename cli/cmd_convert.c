/*
 * cmd_convert.c — `actornet convert IN OUT`: GraphML or GEXF to GraphML, GEXF, DOT or CSV,
 * chosen by OUT's extension.
 */
#include "cli.h"


int cli_cmd_convert(int argc, char **argv)
{
    const char *in = NULL, *out = NULL;
    int quiet = 0, raw_csv = 0, full_defaults = 0;
    cli_option options[] = {
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { "raw-csv", 0, CLI_FLAG, &raw_csv, NULL,
          "CSV: write text starting with = + - @ as it is (default: a ' in front, see README Security)" },
        { "full-defaults", 0, CLI_FLAG, &full_defaults, NULL,
          "CSV: repeat every default in every row (default: at most 400 bytes of them a row)" },
        { 0 } };
    cli_positional positionals[] = { { "IN", &in, 1 }, { "OUT", &out, 1 }, { 0 } };
    cli_usage usage = {
        "actornet convert IN.{graphml,gexf} OUT.{graphml,gexf,dot,csv}",
        "Read a GraphML or GEXF network and write it in the format named by OUT's extension:\n"
        "  .graphml  GraphML with every key, value, default, id and foreign element kept\n"
        "  .gexf     GEXF 1.2 for Gephi: labels, weights, colours, positions, sizes as Gephi's own\n"
        "            attributes, every other column declared with its type; start/end as spells,\n"
        "            dynamic values back as dynamic attributes (README: GEXF)\n"
        "  .dot/.gv  Graphviz DOT (always valid: render with dot -Tsvg OUT.dot)\n"
        "  .csv      NAME.nodes.csv (id + node columns), NAME.edges.csv and NAME.columns.csv (each\n"
        "            column's type and default); a text a spreadsheet would run as a formula gets\n"
        "            a ' in front unless --raw-csv; a row repeats at most 400 bytes of defaults (the\n"
        "            shortest): others are written once, in NAME.columns.csv, and rows that take one\n"
        "            have an empty field there; a table that would be almost all empty cells is refused\n"
        "  -         GraphML on standard output (so is /dev/stdout, /dev/fd/N)\n"
        "Output files are written atomically: a failure leaves any existing file intact, and a\n"
        "link, FIFO or other entry already at OUT is replaced, never followed or opened.",
        "  actornet convert data/proxy-network.graphml proxy.dot && dot -Tsvg proxy.dot -o proxy.svg\n"
        "  actornet convert data/karate.graphml karate.csv   # karate.nodes.csv, .edges.csv, .columns.csv\n"
        "  actornet convert data/proxy-network.graphml proxy.gexf   # open in Gephi" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (cli_format_of(out) == CLI_FORMAT_UNKNOWN) {
        cli_error("convert: cannot tell the format of '%s' (use .graphml, .gexf, .dot, .gv or .csv)", out);
        return CLI_EXIT_USAGE;
    }
    an_network *network = cli_load(in);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, quiet);
    an_csv_write_options csv = AN_CSV_WRITE_OPTIONS_INIT;
    csv.raw = raw_csv;
    csv.full_defaults = full_defaults;
    int status = cli_save_network(network, out, &csv);
    an_network_free(network);
    if (status != AN_OK) {
        cli_library_error();
        return CLI_EXIT_FAILED;
    }
    return CLI_EXIT_OK;
}
