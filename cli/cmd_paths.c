/*
 * cmd_paths.c — `actornet paths FILE --from ID --to ID ...`: typed path
 * queries (shortest, k shortest, all simple paths up to a length), each hop
 * printed with its relation, year, confidence and citation.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* 1 when some tie has a value in one of the date columns (year, start, end). */
static int has_dated_ties(const an_network *network)
{
    static const char *const names[] = { "year", "start", "end" };
    for (int i = 0; i < 3; i++) {
        int column;
        if (an_network_find_column(network, AN_DOMAIN_EDGE, names[i], &column) != AN_OK)
            continue;
        for (int64_t e = 0; e < an_network_edge_count(network); e++) {
            const char *text;
            double value;
            int type = an_network_column_type(network, AN_DOMAIN_EDGE, column);
            if (type == AN_TYPE_STRING ? an_network_get_string(network, AN_DOMAIN_EDGE, column, e, &text) == AN_OK
                                       : an_network_get_real(network, AN_DOMAIN_EDGE, column, e, &value) == AN_OK) {
                an_error_clear();
                return 1;
            }
        }
    }
    an_error_clear();
    return 0;
}

int cli_cmd_paths(int argc, char **argv)
{
    const char *file = NULL, *from = NULL, *to = NULL, *relations = NULL, *classes = NULL, *confidence = NULL;
    const char *years = NULL, *weight = NULL, *class_column = NULL, *relation_column = NULL;
    const char *confidence_column = NULL, *prefer = NULL, *lens_name = NULL, *vocabulary_path = NULL;
    int time_respecting = 0, any_time = 0;
    long long k = LLONG_MIN, max_length = 4, limit = 1000;   /* LLONG_MIN: not given */
    int all = 0, undirected = 0, drop_undated = 0, ends = 0, json = 0, quiet = 0, no_alternatives = 0;
    cli_option options[] = {
        { "from", 'f', CLI_STRING, &from, "ID", "the actor the chains start from (required)" },
        { "to", 't', CLI_STRING, &to, "ID", "the actor the chains end at (required)" },
        { "k", 'k', CLI_INT, &k, "N", "the N shortest paths (Yen) instead of one shortest path" },
        { "all", 'a', CLI_FLAG, &all, NULL, "every simple path up to --max-length hops" },
        { "max-length", 'L', CLI_INT, &max_length, "L", "--all: the longest chain in hops (default 4)" },
        { "limit", 0, CLI_INT, &limit, "N", "--all: at most N paths, shortest first (default 1000)" },
        { "relations", 'r', CLI_STRING, &relations, "R,...", "walk only ties with these relations" },
        { "classes", 'c', CLI_STRING, &classes, "C,...", "pass only through actors of these classes" },
        { "classes-at-ends", 0, CLI_FLAG, &ends, NULL, "the two ends must be of the --classes too" },
        { "confidence", 0, CLI_STRING, &confidence, "C,...", "walk only ties of these confidence levels (e.g. stated)" },
        { "years", 'y', CLI_STRING, &years, "FROM:TO", "walk only ties dated within the window (either end open)" },
        { "drop-undated", 0, CLI_FLAG, &drop_undated, NULL, "with --years: also drop ties without a year" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "time-respecting", 0, CLI_FLAG, &time_respecting, NULL,
          "dated hops never go back in time (default when ties are dated and a lens applies)" },
        { "any-time", 0, CLI_FLAG, &any_time, NULL, "let chains go back in time" },
        { "undirected", 'u', CLI_FLAG, &undirected, NULL, "walk every tie both ways (ignore direction)" },
        { "weight", 'w', CLI_STRING, &weight, "COLUMN", "edge column read as distance (default: count hops)" },
        { "prefer", 0, CLI_STRING, &prefer, "C,...", "confidence order among parallel ties (default stated,reported)" },
        { "no-alternatives", 0, CLI_FLAG, &no_alternatives, NULL, "do not list the parallel ties not chosen" },
        { "class-column", 0, CLI_STRING, &class_column, "COLUMN", "node column holding the class (default type)" },
        { "relation-column", 0, CLI_STRING, &relation_column, "COLUMN", "edge column holding the relation (default relation)" },
        { "confidence-column", 0, CLI_STRING, &confidence_column, "COLUMN", "edge column holding the confidence (default confidence)" },
        { "json", 0, CLI_FLAG, &json, NULL, "print {\"paths\": [{\"nodes\": [...], \"hops\": [...]}], ...}" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet paths FILE --from ID --to ID [--k N | --all [--max-length L] [--limit N]]\n"
        "                    [--relations R,...] [--classes C,...] [--confidence C,...] [--years FROM:TO]\n"
        "                    [--lens LENS] [--time-respecting | --any-time] [--undirected] [--weight COLUMN]\n"
        "                    [--json]",
        "Cited chains between two actors. By default the shortest path (fewest ties, or the smallest\n"
        "total distance with --weight); --k N gives the N shortest paths (Yen's algorithm); --all gives\n"
        "every simple path of at most --max-length ties, shortest first, stopping at --limit (the output\n"
        "says when it stopped). Each hop prints its relation, year, confidence, source and locator.\n"
        "\n"
        "Meaning (see `actornet lenses`): by default (--lens auto) a chain follows only ties that carry\n"
        "influence (the vocabulary's `flow`), each the way it flows: funds, trains, commands forward;\n"
        "member_of and part_of from the organisation to its member; kinship either way; never a hostile\n"
        "or descriptive tie (opposes, arrested, located_in, affiliated_with ...). And when ties are dated\n"
        "a chain is time-respecting: no dated hop is earlier than the one before it (undated hops are\n"
        "allowed and flagged). --lens none --any-time walks the file as stored, as other tools do.\n"
        "\n"
        "Filters: --relations and --confidence select ties; --years FROM:TO keeps ties whose year (or\n"
        "start..end) overlaps the window, and ties without a year unless --drop-undated; --classes\n"
        "restricts the actors a chain passes THROUGH (the two ends are exempt unless --classes-at-ends).\n"
        "Directed ties are walked forward only, undirected ties both ways (--undirected: every tie both\n"
        "ways). When several ties join the same two actors a hop uses one: the lightest with --weight,\n"
        "then stated before reported (--prefer), then the earliest in the file; the others are listed\n"
        "as alternatives. No path is not an error: the output is empty (exit 0).",
        "  actornet paths data/proxy-network.graphml --from iran --to husayniyyun\n"
        "  actornet paths data/proxy-network.graphml --from iran --to husayniyyun --k 3 --confidence stated\n"
        "  actornet paths data/proxy-network.graphml --from iran --to azerbaijan --all --max-length 3 --json" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (!from || !to) {
        cli_error("paths: --from ID and --to ID are required");
        return CLI_EXIT_USAGE;
    }
    int k_given = k != LLONG_MIN;
    for (int i = 1; i < argc && !k_given; i++) /* the sentinel is also a value one can type */
        k_given = strcmp(argv[i], "-k") == 0 || strcmp(argv[i], "--k") == 0 || strncmp(argv[i], "--k=", 4) == 0;
    if (all && k_given) {
        cli_error("paths: choose either --k N or --all, not both");
        return CLI_EXIT_USAGE;
    }
    if (k_given && k < 1) {
        cli_error("paths: --k must be at least 1, got %lld", k);
        return CLI_EXIT_USAGE;
    }
    if (!k_given)
        k = -1;
    if (max_length < 1 || limit < 1) {
        cli_error("paths: --max-length and --limit must be at least 1");
        return CLI_EXIT_USAGE;
    }
    an_path_options o = AN_PATH_OPTIONS_INIT;
    if (years && cli_parse_years(years, &o.filter) != 0) {
        cli_error("paths: --years takes FROM:TO, FROM:, :TO or YEAR, not '%s'", years);
        return CLI_EXIT_USAGE;
    }
    char **relation_list = relations ? cli_split_list(relations) : NULL;
    char **class_list = classes ? cli_split_list(classes) : NULL;
    char **confidence_list = confidence ? cli_split_list(confidence) : NULL;
    char **prefer_list = prefer ? cli_split_list(prefer) : NULL;
    an_network *network = NULL;
    an_path_result *result = NULL;
    char *text = NULL;
    size_t length = 0;
    int status = CLI_EXIT_FAILED;
    if ((relations && !relation_list) || (classes && !class_list) || (confidence && !confidence_list) ||
        (prefer && !prefer_list)) {
        cli_error("out of memory");
        goto done;
    }
    o.filter.relations = (const char *const *)relation_list;
    o.filter.classes = (const char *const *)class_list;
    o.filter.confidence = (const char *const *)confidence_list;
    o.filter.undated = drop_undated ? AN_UNDATED_DROP : AN_UNDATED_KEEP;
    o.filter.class_column = class_column;
    o.filter.relation_column = relation_column;
    o.filter.confidence_column = confidence_column;
    o.classes_at_ends = ends;
    o.ignore_direction = undirected;
    o.weight = weight;
    o.confidence_order = (const char *const *)prefer_list;
    o.max_paths = limit;
    o.alternatives = !no_alternatives;

    network = cli_load(file);
    if (!network) {
        status = CLI_EXIT_INPUT;
        goto done;
    }
    cli_print_warnings(network, quiet || json);
    cli_lens lens;
    if ((status = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_CHAINS)) >= 0)
        goto done;
    status = CLI_EXIT_FAILED;
    o.lens = lens.active;
    o.time_respecting = time_respecting || (!any_time && lens.active && has_dated_ties(network));
    if (time_respecting && any_time) {
        cli_error("paths: choose either --time-respecting or --any-time");
        status = CLI_EXIT_USAGE;
        cli_lens_free(&lens);
        goto done;
    }
    if (!json) {
        an_i_strbuf header;
        an_i_strbuf_init(&header);
        cli_lens_text(&header, &lens);
        an_i_strbuf_printf(&header, "\n%s\n\n", o.time_respecting ? "time-respecting: dated hops never go back in time"
                                                                  : "any time: dates are not checked");
        if (!header.failed)
            fputs(header.data, stdout);
        an_i_strbuf_free(&header);
    }
    int query;
    if (all)
        query = an_paths_all_simple(&result, network, from, to, max_length, &o);
    else if (k >= 1)
        query = an_paths_k_shortest(&result, network, from, to, k, &o);
    else
        query = an_paths_shortest(&result, network, from, to, &o);
    if (query == AN_OK)
        query = json ? an_path_result_json(&text, &length, result) : an_path_result_text(&text, &length, result);
    cli_lens_free(&lens);
    if (query != AN_OK) {
        cli_library_error();
        status = query == AN_ENOTFOUND || query == AN_EINVAL || query == AN_ETYPE ? CLI_EXIT_USAGE : CLI_EXIT_FAILED;
        goto done;
    }
    status = cli_emit(text, length);
done:
    an_free(text);
    an_path_result_free(result);
    an_network_free(network);
    cli_free_list(relation_list);
    cli_free_list(class_list);
    cli_free_list(confidence_list);
    cli_free_list(prefer_list);
    return status;
}
