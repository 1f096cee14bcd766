/*
 * cmd_report.c — `actornet report [FILE] [-o DIR] ...`: the analyst's report.
 * A thin shell over an_report_write() (actornet/report.h).
 */
#include "cli.h"

#include "actornet/report.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int print_file(const char *directory, const char *name)
{
    size_t length = strlen(directory) + strlen(name) + 2;
    char *path = malloc(length);
    if (!path)
        return CLI_EXIT_FAILED;
    snprintf(path, length, "%s/%s", directory, name);
    FILE *file = fopen(path, "rb");
    free(path);
    if (!file) {
        cli_error("cannot read %s/%s", directory, name);
        return CLI_EXIT_FAILED;
    }
    char chunk[65536];
    size_t got;
    int rc = CLI_EXIT_OK;
    while (rc == CLI_EXIT_OK && (got = fread(chunk, 1, sizeof chunk, file)) > 0)
        rc = cli_emit(chunk, got);
    fclose(file);
    return rc;
}

int cli_cmd_report(int argc, char **argv)
{
    const char *file = NULL, *directory = "actornet-report", *from = NULL, *to = NULL, *relations = NULL;
    const char *size_by = "betweenness", *lens_name = NULL, *chain_lens = NULL, *vocabulary_path = NULL;
    int time_respecting = 0, any_time = 0;
    long long top = 10, key_players = 3, chains = 12, chain_k = 3, max_hops = 5, seed = AN_REPORT_DEFAULT_SEED;
    long long replicates = 100, draw_limit = 300;
    double dropout = 0.2, timeout = 60, exact_limit = AN_REPORT_DEFAULT_EXACT_LIMIT;
    int quiet = 0, json = 0, no_render = 0, directed = 0;
    cli_option options[] = {
        { "output", 'o', CLI_STRING, &directory, "DIR", "write the report files here (default ./actornet-report/)" },
        { "from", 0, CLI_STRING, &from, "IDS", "comma-separated source actors of chains (default: every 'state')" },
        { "to", 0, CLI_STRING, &to, "IDS", "comma-separated target actors (default: attack events, see below)" },
        { "relations", 0, CLI_STRING, &relations, "LIST", "relations chains may use (default: ties of agency)" },
        { "top", 'k', CLI_INT, &top, "K", "actors listed per ranking (default 10)" },
        { "key-players", 0, CLI_INT, &key_players, "K", "size of the key-player sets (default 3)" },
        { "chains", 0, CLI_INT, &chains, "N", "chains kept in all (default 12)" },
        { "chains-per-pair", 0, CLI_INT, &chain_k, "K", "shortest chains per source-target pair (default 3)" },
        { "max-hops", 0, CLI_INT, &max_hops, "L", "longest chain in hops (default 5)" },
        { "seed", 0, CLI_INT, &seed, "N", "seed of communities, key players and dropout (default 42)" },
        { "replicates", 0, CLI_INT, &replicates, "B", "tie-dropout replicates (default 100; 0 skips)" },
        { "dropout", 0, CLI_REAL, &dropout, "P", "probability of dropping each tie (default 0.2)" },
        { "size-by", 0, CLI_STRING, &size_by, "MEASURE", "measure that ranks actors and sizes nodes (default betweenness)" },
        { "directed", 0, CLI_FLAG, &directed, NULL, "centrality follows stored directions (default: undirected)" },
        { "draw-limit", 0, CLI_INT, &draw_limit, "N", "draw the whole network up to N actors (default 300)" },
        { "no-render", 0, CLI_FLAG, &no_render, NULL, "write .dot files only; do not run Graphviz" },
        { "timeout", 0, CLI_REAL, &timeout, "SECONDS", "stop a Graphviz run after this long (default 60)" },
        { "exact-limit", 0, CLI_REAL, &exact_limit, "N",
          "above actors x ties = N, estimate betweenness and harmonic, search key players among a pool, run at most "
          "10 replicates (default 1e8; 0: always; inf: never)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "chain-lens", 0, CLI_STRING, &chain_lens, "LENS",
          "lens of chains: influence, cooperation, conflict, all, none, or auto (default: influence when the\n"
          "                               vocabulary gives the ties meaning; none: today's typed query)" },
        { "time-respecting", 0, CLI_FLAG, &time_respecting, NULL,
          "chains in time order: no hop's tie dated before the tie it follows (default with a chain lens)" },
        { "any-time", 0, CLI_FLAG, &any_time, NULL, "chains ignore the ties' dates" },
        { "json", 0, CLI_FLAG, &json, NULL, "print report.json to standard output instead of the summary" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "print nothing on success (files are still written)" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 0 }, { 0 } };
    cli_usage usage = {
        "actornet report [FILE] [-o DIR] [--from IDS] [--to IDS] [--json] [--quiet] [--no-render] [--seed N] ...",
        "Analyse a network and write a report an analyst can show a colleague. With no FILE it analyses\n"
        "the bundled proxy network (data/proxy-network.graphml). It prints a summary and writes to DIR:\n"
        "report.html (one offline page: findings, diagrams, every tie's citation), report.json (everything,\n"
        "for scripts), network.graphml (the input plus every metric and the community), actors.csv,\n"
        "communities.csv, chains.csv, network.dot and one chain-N.dot per chain; with Graphviz installed\n"
        "also their .svg pictures. Networks over --draw-limit actors are drawn as top actors, a community\n"
        "quotient graph and ego networks.\n\n"
        "Findings: size, classes, relations, years, components; top actors by degree, betweenness,\n"
        "PageRank, harmonic, eigenvector, constraint, effective size (ties read as undirected unless\n"
        "--directed); Gould-Fernandez brokers by class; Leiden communities; key players and what their\n"
        "removal does; chains from --from to --to with each hop cited; what holds on stated ties alone;\n"
        "rank intervals under tie dropout; warnings where the data are thin.\n\n"
        "Large networks (actors x ties above --exact-limit, default 1e8) get scalable methods, stated in the\n"
        "summary, in report.html and under \"methods\" in report.json: betweenness sampled with a guarantee\n"
        "(Riondato-Kornaropoulos, epsilon 0.01, delta 0.1), harmonic from sampled sources, key players\n"
        "chosen among the top actors by betweenness and degree, at most 10 dropout replicates, and the\n"
        "page's long tables cut to their leading rows (everything stays in the JSON and CSV files).\n\n"
        "Lenses (see `actornet lenses`): actors, brokers, communities, key players and robustness read the\n"
        "cooperation lens (agents and the cooperative ties among them) and chains the influence lens\n"
        "(ties that carry influence, along it, in time order) whenever the vocabulary gives the network's\n"
        "classes and relations meaning; the page adds the places, events and media and the agents they tie,\n"
        "and the hostile ties with their structural balance. --lens none / --chain-lens none read the file\n"
        "as stored.\n\n"
        "Chains default to every actor of class 'state' as sources and the attack events as targets\n"
        "(events with an intended victim: an outgoing 'targets'/'attacked' tie or an incoming 'attacked'\n"
        "tie). They pass through no other state and no place; under --chain-lens none, over ties of\n"
        "agency (not hostility, prosecution, place, travel, kinship or property), walking ties either way.\n\n"
        "Progress is shown on standard error when it is a terminal. Exit status: 0 success, 1 the input\n"
        "could not be loaded, 2 usage error (unknown option, unknown actor id or measure), 3 the\n"
        "analysis or writing failed. A missing Graphviz is not an error: the .dot files are written.",
        "  actornet report                                   # the bundled proxy network\n"
        "  actornet report network.graphml -o out/\n"
        "  actornet report --from iran --to ganja_assassination_attempt_2018 --max-hops 4\n"
        "  actornet report --json --quiet | jq '.chains.list[0].hops'\n"
        "  actornet report big.graphml --replicates 20 --no-render" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (time_respecting && any_time) {
        cli_error("report: --time-respecting and --any-time exclude each other");
        return CLI_EXIT_USAGE;
    }
    an_vocabulary *vocabulary = NULL;
    if (vocabulary_path && an_vocabulary_load(&vocabulary, vocabulary_path) != AN_OK) {
        cli_library_error();
        return CLI_EXIT_INPUT;
    }
    char *bundled = NULL;
    if (!file) {
        bundled = cli_data_path("proxy-network.graphml");
        if (!bundled)
            return CLI_EXIT_INPUT;
        file = bundled;
    }
    an_network *network = cli_load(file);
    if (!network) {
        free(bundled);
        an_vocabulary_free(vocabulary);
        return CLI_EXIT_INPUT;
    }
    cli_print_warnings(network, quiet || json);
    char **from_list = from ? cli_split_list(from) : NULL;
    char **to_list = to ? cli_split_list(to) : NULL;
    char **relation_list = relations ? cli_split_list(relations) : NULL;
    an_report_options report_options = AN_REPORT_OPTIONS_INIT;
    report_options.from = (const char *const *)from_list;
    report_options.to = (const char *const *)to_list;
    report_options.chain_relations = (const char *const *)relation_list;
    report_options.top_k = top;
    report_options.key_players = key_players;
    report_options.max_chains = chains;
    report_options.chain_k = chain_k;
    report_options.chain_max_length = max_hops;
    report_options.seed = (uint64_t)seed;
    report_options.replicates = replicates;
    report_options.dropout = dropout;
    report_options.size_by = size_by;
    report_options.directed = directed;
    report_options.draw_limit = draw_limit;
    report_options.render = !no_render;
    report_options.render_timeout = timeout;
    report_options.input_name = file;
    report_options.exact_limit = exact_limit;
    report_options.lens = lens_name;
    report_options.chain_lens = chain_lens;
    report_options.vocabulary = vocabulary;
    report_options.time_respecting = time_respecting ? 1 : any_time ? 0 : -1;
    /* progress: the line every command shows (cli_progress.c), from the library's handler */
    char *summary = NULL;
    int status = an_report_write(network, directory, &report_options, quiet || json ? NULL : &summary);
    if (status != AN_OK) {
        cli_library_error();
        rc = status == AN_EINVAL || status == AN_ENOTFOUND || status == AN_EUNSUPPORTED ? CLI_EXIT_USAGE
                                                                                       : CLI_EXIT_FAILED;
    } else if (json) {
        rc = print_file(directory, "report.json");
    } else if (summary) {
        rc = cli_emit(summary, strlen(summary));
    } else {
        rc = CLI_EXIT_OK;
    }
    an_free(summary);
    an_vocabulary_free(vocabulary);
    cli_free_list(from_list);
    cli_free_list(to_list);
    cli_free_list(relation_list);
    an_network_free(network);
    free(bundled);
    return rc;
}
