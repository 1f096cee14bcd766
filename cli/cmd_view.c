/*
 * cmd_view.c — `actornet view FILE OUT ...`: write a view of a network (a
 * filtered subnetwork, an ego network, a two-mode projection, or these in
 * turn) as GraphML, DOT or CSV.
 */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Replace *current by the view `next` built from it. */
static void advance(an_network **current, an_network *next)
{
    an_network_free(*current);
    *current = next;
}

int cli_cmd_view(int argc, char **argv)
{
    const char *file = NULL, *out = NULL, *relations = NULL, *classes = NULL, *confidence = NULL, *years = NULL;
    const char *class_column = NULL, *relation_column = NULL, *confidence_column = NULL;
    const char *ego = NULL, *direction = "both", *project = NULL, *by = "type", *via = NULL, *shared = NULL;
    const char *lens_name = NULL, *vocabulary_path = NULL;
    long long radius = 1;
    int drop_undated = 0, drop_isolates = 0, json = 0, quiet = 0;
    cli_option options[] = {
        { "lens", 0, CLI_STRING, &lens_name, "LENS",
          "first the network a lens sees: all, cooperation, conflict, influence,\n"
          "                               auto (as the analyses choose) or none (default: as stored)" },
        { "vocabulary", 0, CLI_STRING, &vocabulary_path, "FILE", CLI_VOCABULARY_HELP },
        { "classes", 'c', CLI_STRING, &classes, "C,...", "keep actors of these classes" },
        { "relations", 'r', CLI_STRING, &relations, "R,...", "keep ties with these relations" },
        { "confidence", 0, CLI_STRING, &confidence, "C,...", "keep ties of these confidence levels (e.g. stated)" },
        { "years", 'y', CLI_STRING, &years, "FROM:TO", "keep ties dated within the window (either end open)" },
        { "drop-undated", 0, CLI_FLAG, &drop_undated, NULL, "with --years: also drop ties without a year" },
        { "drop-isolates", 0, CLI_FLAG, &drop_isolates, NULL, "drop actors left without ties by the filters" },
        { "ego", 'e', CLI_STRING, &ego, "ID,...", "then keep the ego network around these actors" },
        { "radius", 0, CLI_INT, &radius, "R", "--ego: steps from the centres (default 1)" },
        { "direction", 0, CLI_STRING, &direction, "MODE", "--ego: both (default), out or in" },
        { "project", 'p', CLI_STRING, &project, "CLASS", "then project the two-mode network onto this class" },
        { "by", 0, CLI_STRING, &by, "COLUMN", "--project: node column holding the class (default type)" },
        { "via", 0, CLI_STRING, &via, "C,...", "--project: classes that tie the actors (default: all others)" },
        { "shared", 0, CLI_STRING, &shared, "COLUMN", "--project: also list the shared neighbours in this edge column" },
        { "class-column", 0, CLI_STRING, &class_column, "COLUMN", "node column holding the class (default type)" },
        { "relation-column", 0, CLI_STRING, &relation_column, "COLUMN", "edge column holding the relation (default relation)" },
        { "confidence-column", 0, CLI_STRING, &confidence_column, "COLUMN", "edge column holding the confidence (default confidence)" },
        { "json", 0, CLI_FLAG, &json, NULL, "print {\"out\": OUT, \"nodes\": N, \"edges\": M, \"direction\": ...}" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { "OUT", &out, 1 }, { 0 } };
    cli_usage usage = {
        "actornet view FILE OUT.{graphml,dot,csv} [--lens LENS] [--classes C,...] [--relations R,...] [--confidence C,...]\n"
        "              [--years FROM:TO] [--drop-isolates] [--ego ID,... [--radius R] [--direction both|out|in]]\n"
        "              [--project CLASS [--by COLUMN] [--via C,...] [--shared COLUMN]]",
        "Write a view of a network. A view is a network: ids, attributes with their types and defaults,\n"
        "each tie's direction, edge ids and graph data are kept, so OUT loads and analyses like any file.\n"
        "Steps, applied in this order:\n"
        "  0. --lens: the network a lens sees (see `actornet lenses`): its actors and ties only, each tie\n"
        "     oriented as the lens reads it (symmetric relations undirected; influence along its flow);\n"
        "     without --lens (or --lens none) the network as stored;\n"        "  1. filters: --classes keeps actors; --relations, --confidence and --years keep ties (a tie\n"
        "     overlapping the window by its year, or start..end; undated ties stay unless --drop-undated);\n"
        "     --drop-isolates then drops actors left without ties;\n"
        "  2. --ego: everything within --radius steps of the named actors, with all ties among them;\n"
        "  3. --project: two actors of CLASS are tied when they share a neighbour of another class\n"
        "     (--via to choose which); the tie's int `weight` is the number of shared neighbours\n"
        "     (NetworkX weighted_projected_graph).\n"
        "OUT's extension picks the format: .graphml, .dot/.gv (Graphviz), .csv (NAME.nodes.csv,\n"
        "NAME.edges.csv, NAME.columns.csv).",
        "  actornet view data/proxy-network.graphml stated.graphml --confidence stated\n"
        "  actornet view data/proxy-network.graphml cooperation.graphml --lens cooperation\n"
        "  actornet view data/proxy-network.graphml husayniyyun.dot --ego husayniyyun --radius 2\n"
        "  actornet view data/southern-women.graphml women.graphml --project person --shared events" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (cli_format_of(out) == CLI_FORMAT_UNKNOWN) {
        cli_error("view: cannot tell the format of '%s' (use .graphml, .dot, .gv or .csv)", out);
        return CLI_EXIT_USAGE;
    }
    int mode = strcmp(direction, "both") == 0 ? AN_EGO_BOTH
             : strcmp(direction, "out") == 0  ? AN_EGO_OUT
             : strcmp(direction, "in") == 0   ? AN_EGO_IN
                                              : -1;
    if (mode < 0) {
        cli_error("view: --direction must be both, out or in, not '%s'", direction);
        return CLI_EXIT_USAGE;
    }
    if (radius < 0) {
        cli_error("view: --radius must not be negative");
        return CLI_EXIT_USAGE;
    }
    an_view_options vo = AN_VIEW_OPTIONS_INIT;
    if (years && cli_parse_years(years, &vo.filter) != 0) {
        cli_error("view: --years takes FROM:TO, FROM:, :TO or YEAR, not '%s'", years);
        return CLI_EXIT_USAGE;
    }
    char **relation_list = relations ? cli_split_list(relations) : NULL;
    char **class_list = classes ? cli_split_list(classes) : NULL;
    char **confidence_list = confidence ? cli_split_list(confidence) : NULL;
    char **ego_list = ego ? cli_split_list(ego) : NULL;
    char **via_list = via ? cli_split_list(via) : NULL;
    an_network *network = NULL, *next = NULL;
    int status = CLI_EXIT_FAILED, step = AN_OK;
    if ((relations && !relation_list) || (classes && !class_list) || (confidence && !confidence_list) ||
        (ego && !ego_list) || (via && !via_list)) {
        cli_error("out of memory");
        goto done;
    }
    vo.filter.relations = (const char *const *)relation_list;
    vo.filter.classes = (const char *const *)class_list;
    vo.filter.confidence = (const char *const *)confidence_list;
    vo.filter.undated = drop_undated ? AN_UNDATED_DROP : AN_UNDATED_KEEP;
    vo.filter.class_column = class_column;
    vo.filter.relation_column = relation_column;
    vo.filter.confidence_column = confidence_column;
    vo.drop_isolates = drop_isolates;

    network = cli_load(file);
    if (!network) {
        status = CLI_EXIT_INPUT;
        goto done;
    }
    cli_print_warnings(network, quiet || json);
    if (lens_name && strcmp(lens_name, "none") != 0) {
        cli_lens lens;
        rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE);
        if (rc >= 0) {
            status = rc;
            goto done;
        }
        step = lens.active ? an_lens_view(&next, network, lens.active) : AN_OK;
        cli_lens_free(&lens);
        if (step != AN_OK)
            goto failed;
        if (next)
            advance(&network, next);
    }
    if (relations || classes || confidence || years || drop_isolates) {
        if ((step = an_view_filter(&next, network, &vo)) != AN_OK)
            goto failed;
        advance(&network, next);
    }
    if (ego) {
        an_ego_options eo = AN_EGO_OPTIONS_INIT;
        eo.radius = radius;
        eo.mode = mode;
        if ((step = an_view_ego(&next, network, (const char *const *)ego_list, &eo)) != AN_OK)
            goto failed;
        advance(&network, next);
    }
    if (project) {
        an_projection_options po = AN_PROJECTION_OPTIONS_INIT;
        po.class_column = by;
        po.via = (const char *const *)via_list;
        po.shared_column = shared;
        if ((step = an_view_project(&next, network, project, &po)) != AN_OK)
            goto failed;
        advance(&network, next);
    }
    step = cli_save_network(network, out, NULL);
    if (step != AN_OK)
        goto failed;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    static const char *const directions[] = { "undirected", "directed", "mixed" };
    int direction_now = an_network_direction(network);
    const char *direction_name = direction_now >= 0 && direction_now <= 2 ? directions[direction_now] : "?";
    if (json) {
        an_i_strbuf_puts(&b, "{\"out\": ");
        an_i_strbuf_json_string(&b, out);
        an_i_strbuf_printf(&b, ", \"nodes\": %lld, \"edges\": %lld, \"direction\": \"%s\"}\n",
                           (long long)an_network_node_count(network), (long long)an_network_edge_count(network),
                           direction_name);
    } else {
        an_i_strbuf_printf(&b, "view: %lld nodes, %lld edges (%s) written to %s\n",
                           (long long)an_network_node_count(network), (long long)an_network_edge_count(network),
                           direction_name, out);
    }
    status = cli_emit_buffer(&b);
    goto done;
failed:
    cli_library_error();
    status = step == AN_ENOTFOUND || step == AN_EINVAL ? CLI_EXIT_USAGE : CLI_EXIT_FAILED;
done:
    an_network_free(network);
    cli_free_list(relation_list);
    cli_free_list(class_list);
    cli_free_list(confidence_list);
    cli_free_list(ego_list);
    cli_free_list(via_list);
    return status;
}
