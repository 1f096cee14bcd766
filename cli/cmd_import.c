/*
 * cmd_import.c — `actornet import [NODES.csv] EDGES.csv -o OUT`: a network
 * from spreadsheets (include/actornet/csv_import.h), written as GraphML (or
 * DOT, or CSV, by OUT's extension), validated against the vocabulary.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Warnings printed before the rest is only counted. */
#define PRINTED_WARNINGS 50

static int delimiter_named(const char *name, char *out)
{
    static const struct { const char *name; char delimiter; } names[] = {
        { "comma", ',' }, { ",", ',' }, { "semicolon", ';' }, { ";", ';' }, { "tab", '\t' }, { "\\t", '\t' },
        { "\t", '\t' }, { "pipe", '|' }, { "|", '|' } };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i].name) == 0) {
            *out = names[i].delimiter;
            return 0;
        }
    return -1;
}

/* NAME.csv that does not exist, with NAME.edges.csv beside it (what `convert X NAME.csv` writes):
 * the tables' paths (free all three; nodes and columns NULL when absent); 0, or -1 when `path` is
 * no such pair. */
static int csv_pair(const char *path, char **out_edges, char **out_nodes, char **out_columns)
{
    size_t length = strlen(path);
    *out_edges = *out_nodes = *out_columns = NULL;
    if (length < 5 || strcmp(path + length - 4, ".csv") != 0 || access(path, F_OK) == 0)
        return -1;
    char *edges = malloc(length + 9), *nodes = malloc(length + 9), *columns = malloc(length + 9);
    if (!edges || !nodes || !columns) {
        free(edges);
        free(nodes);
        free(columns);
        return -1;
    }
    snprintf(edges, length + 9, "%.*s.edges.csv", (int)(length - 4), path);
    snprintf(nodes, length + 9, "%.*s.nodes.csv", (int)(length - 4), path);
    snprintf(columns, length + 9, "%.*s.columns.csv", (int)(length - 4), path);
    if (access(edges, F_OK) != 0) {
        free(edges);
        free(nodes);
        free(columns);
        return -1;
    }
    if (access(nodes, F_OK) != 0) {
        free(nodes);
        nodes = NULL;
    }
    if (access(columns, F_OK) != 0) {
        free(columns);
        columns = NULL;
    }
    *out_edges = edges;
    *out_nodes = nodes;
    *out_columns = columns;
    return 0;
}

static void print_warnings(const an_network *network)
{
    int64_t count = an_network_warning_count(network);
    for (int64_t i = 0; i < count && i < PRINTED_WARNINGS; i++)
        fprintf(stderr, "actornet: warning: %s\n", an_network_warning(network, i));
    if (count > PRINTED_WARNINGS)
        fprintf(stderr, "actornet: warning: ... and %lld more (actornet validate OUT lists every validation finding)\n",
                (long long)(count - PRINTED_WARNINGS));
}

typedef struct import_paths {
    const char *first, *second, *nodes, *edges, *columns;
    char *pair_edges, *pair_nodes, *pair_columns;
} import_paths;

/* Which positional is which: NODES EDGES, or EDGES alone, or NAME.csv for NAME.{nodes,edges}.csv. */
static int resolve_paths(import_paths *paths)
{
    if (paths->second) {
        if (paths->nodes || paths->edges) {
            cli_error("import: give the tables either as NODES.csv EDGES.csv or with --nodes/--edges");
            return CLI_EXIT_USAGE;
        }
        paths->nodes = paths->first;
        paths->edges = paths->second;
    } else if (paths->first) {
        if (paths->edges) {
            cli_error("import: two edge tables ('%s' and --edges '%s')", paths->first, paths->edges);
            return CLI_EXIT_USAGE;
        }
        if (!paths->nodes && csv_pair(paths->first, &paths->pair_edges, &paths->pair_nodes, &paths->pair_columns) == 0) {
            paths->edges = paths->pair_edges;
            paths->nodes = paths->pair_nodes;
            if (!paths->columns)
                paths->columns = paths->pair_columns;
        } else {
            paths->edges = paths->first;
        }
    }
    if (!paths->edges) {
        cli_error("import: no edge table (actornet import [NODES.csv] EDGES.csv -o OUT; --help)");
        return CLI_EXIT_USAGE;
    }
    return -1;
}

int cli_cmd_import(int argc, char **argv)
{
    import_paths paths = { 0 };
    const char *out = NULL, *delimiter = NULL, *types = NULL, *types_from = NULL, *vocabulary_path = NULL;
    int quiet = 0, strict = 0, raw = 0, undirected = 0, no_validate = 0, no_columns = 0;
    an_csv_import_options import = AN_CSV_IMPORT_OPTIONS_INIT;
    cli_option options[] = {
        { "output", 'o', CLI_STRING, &out, "OUT", "write the network here: .graphml, .dot/.gv, .csv (two tables) or -" },
        { "edges", 0, CLI_STRING, &paths.edges, "EDGES.csv", "the edge table (instead of the last positional)" },
        { "nodes", 0, CLI_STRING, &paths.nodes, "NODES.csv", "the node table (instead of the first positional)" },
        { "delimiter", 'd', CLI_STRING, &delimiter, "D", "comma, semicolon, tab or pipe (default: detected from the header)" },
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ties without a directed value are undirected (default directed)" },
        { "source", 0, CLI_STRING, &import.source_column, "COL", "the source column (default source, from, src, ...)" },
        { "target", 0, CLI_STRING, &import.target_column, "COL", "the target column (default target, to, dst, ...)" },
        { "edge-id", 0, CLI_STRING, &import.edge_id_column, "COL", "the edge id column (default id, edge_id, tie_id; '' none)" },
        { "directed-column", 0, CLI_STRING, &import.directed_column, "COL", "the direction column (default directed; '' none)" },
        { "node-id", 0, CLI_STRING, &import.node_id_column, "COL", "the node id column (default id, node_id, node, actor, name)" },
        { "type", 't', CLI_STRING, &types, "NAME=TYPE,...",
          "column types instead of inferred ones: boolean int long float double string; node:NAME or edge:NAME for one table" },
        { "types-from", 0, CLI_STRING, &types_from, "FILE.graphml", "take every column's type from this network's columns of the same name" },
        { "columns", 0, CLI_STRING, &paths.columns, "COLUMNS.csv",
          "a columns table (table,column,type,default) as convert writes it: types, and defaults declared (default: NAME.columns.csv with `import NAME.csv`)" },
        { "no-columns", 0, CLI_FLAG, &no_columns, NULL, "do not read NAME.columns.csv" },
        { "vocabulary", 0, CLI_STRING, &vocabulary_path, "TSV", "validate against this vocabulary (default: the bundled data/vocabulary.tsv)" },
        { "no-validate", 0, CLI_FLAG, &no_validate, NULL, "do not validate against a vocabulary" },
        { "strict", 0, CLI_FLAG, &strict, NULL, "refuse ties to ids missing from the node table, and any validation finding (no OUT written)" },
        { "raw", 0, CLI_FLAG, &raw, NULL, "keep the ' that actornet's CSV writer puts before formula-like text" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "print errors only" },
        { 0 } };
    cli_positional positionals[] = { { "NODES.csv|EDGES.csv", &paths.first, 0 }, { "EDGES.csv", &paths.second, 0 }, { 0 } };
    cli_usage usage = {
        "actornet import [NODES.csv] EDGES.csv -o OUT [--strict] [--type NAME=TYPE,...] [--types-from FILE.graphml]",
        "Build a network from spreadsheets saved as CSV: an edge table with one row per tie\n"
        "(source, target, and any columns: relation, year, confidence, source, locator, evidence, ...)\n"
        "and an optional node table with one row per actor (id, and label, type, aliases, ...), and\n"
        "write it to OUT (atomically; nothing is written when the import fails). The tables that\n"
        "`actornet convert X NAME.csv` writes read back as the same network: `import NAME.csv`\n"
        "reads NAME.nodes.csv, NAME.edges.csv and, when present, NAME.columns.csv (every column's\n"
        "type and default: the cells convert leaves empty for a long default read as it again).\n"
        "Columns are matched by name in any letter case: the endpoints are source/target (else\n"
        "from/to, src/dst, sender/receiver, ego/alter; the left-most column of a name takes the role,\n"
        "so a later 'source' column is the citation), the edge id id/edge_id, the direction\n"
        "directed (true/false) or Gephi's Type (Directed/Undirected), the node id id/node_id/node/\n"
        "actor/name; every other column becomes an attribute. Types are inferred per column\n"
        "(boolean true/false, int, long, double, else string; an empty cell is a missing value) and\n"
        "can be set with --type or --types-from. An id in the edge table that the node table lacks\n"
        "is added with a warning (--strict: an error). RFC 4180 quoting, CR LF or LF, UTF-8 with or\n"
        "without BOM, comma, semicolon or TAB. Errors name FILE:LINE:COL.\n"
        "The network is then checked against the vocabulary as `actornet validate` does (classes,\n"
        "relations, confidence, citations, duplicate ties); each finding is printed as a warning\n"
        "naming the table and line; --strict makes a finding an error (exit 1, OUT not written).\n"
        "Exit status 0 written; 1 a table could not be read or is invalid; 2 usage; 3 write failed.",
        "  actornet convert data/proxy-network.graphml proxy.csv        # proxy.nodes.csv, proxy.edges.csv\n"
        "  actornet import proxy.nodes.csv proxy.edges.csv -o proxy.graphml --types-from data/proxy-network.graphml\n"
        "  actornet import ties.csv -o ties.graphml                       # an edge list alone\n"
        "  actornet import --nodes actors.csv --edges ties.csv --type year=int,weight=double -o net.graphml" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (!out) {
        cli_error("import: no output file (-o OUT.graphml)");
        return CLI_EXIT_USAGE;
    }
    if (cli_format_of(out) == CLI_FORMAT_UNKNOWN) {
        cli_error("import: cannot tell the format of '%s' (use .graphml, .dot, .gv or .csv)", out);
        return CLI_EXIT_USAGE;
    }
    if (delimiter && delimiter_named(delimiter, &import.delimiter) != 0) {
        cli_error("import: --delimiter is comma, semicolon, tab or pipe, not '%s'", delimiter);
        return CLI_EXIT_USAGE;
    }
    if ((rc = resolve_paths(&paths)) >= 0)
        goto done;
    import.directed = !undirected;
    import.strict = strict;
    import.raw = raw;
    import.column_types = types;
    import.columns_path = no_columns ? NULL : paths.columns;
    an_network *model = NULL, *network = NULL;
    an_vocabulary *vocabulary = NULL;
    char *found = NULL;
    rc = CLI_EXIT_INPUT;
    if (types_from && !(model = cli_load(types_from)))
        goto cleanup;
    if (!no_validate) {
        if (!vocabulary_path && !(vocabulary_path = found = cli_data_path("vocabulary.tsv")))
            goto cleanup;
        if (an_vocabulary_load(&vocabulary, vocabulary_path) != AN_OK) {
            cli_library_error();
            goto cleanup;
        }
    }
    import.type_model = model;
    import.vocabulary = vocabulary;
    if (an_csv_import(&network, paths.edges, paths.nodes, &import) != AN_OK) {
        cli_library_error();
        goto cleanup;
    }
    if (!quiet)
        print_warnings(network);
    if (cli_save_network(network, out, 0) != AN_OK) {
        cli_library_error();
        rc = CLI_EXIT_FAILED;
        goto cleanup;
    }
    if (!quiet)
        fprintf(stderr, "actornet: import: %lld nodes, %lld edges, %lld warning%s -> %s\n",
                (long long)an_network_node_count(network), (long long)an_network_edge_count(network),
                (long long)an_network_warning_count(network), an_network_warning_count(network) == 1 ? "" : "s", out);
    rc = CLI_EXIT_OK;
cleanup:
    an_network_free(network);
    an_network_free(model);
    an_vocabulary_free(vocabulary);
    free(found);
done:
    free(paths.pair_edges);
    free(paths.pair_nodes);
    free(paths.pair_columns);
    return rc;
}
