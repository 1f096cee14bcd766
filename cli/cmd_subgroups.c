/*
 * cmd_subgroups.c — `actornet subgroups FILE [--k K] [--min-size N]`: cohesive
 * subgroups beyond cliques — maximal k-plexes and Moody & White's cohesive blocks.
 */
#include "cli.h"

#include <string.h>

static const char description[] =
    "Cohesive subgroups that tolerate missing data. A k-plex (Seidman & Foster 1978) is a group\n"
    "in which every member is tied to all but at most k - 1 of the others: a clique missing a\n"
    "few reported ties, which is what a covert group usually looks like in the sources. Listed\n"
    "are the maximal k-plexes of at least --min-size actors (default max(k + 2, 2k - 1), from\n"
    "which size a k-plex is connected with diameter <= 2), largest first; the search stops after\n"
    "--max-plexes groups and says 'truncated' (their number can explode, as cliques' can).\n"
    "k = 1 gives the maximal cliques.\n"
    "\n"
    "Cohesive blocks (Moody & White 2003, igraph's cohesive_blocks): the nested groups that stay\n"
    "connected unless at least k of their members are removed (k, the cohesion, is the vertex\n"
    "connectivity). A block of cohesion 3 inside one of cohesion 1 is a core no two arrests\n"
    "can split.\n"
    "\n"
    "Ties are read as undirected; parallel ties once; self-ties never. With a lens, only the\n"
    "actors and ties it sees.\n"
    "\n"
    "--json: {\"file\", \"nodes\", \"ties\", \"directed\", \"lens\", \"weight\", \"k\", \"min_size\",\n"
    "\"kplexes\": {\"count\", \"largest\", \"truncated\", \"groups\": [[ids]]}, \"blocks\": [{\"cohesion\",\n"
    "\"parent\", \"actors\": [ids]}] or null with --no-blocks}.";

static void list_ids(an_i_strbuf *b, const an_network *network, const int64_t *nodes, int64_t count, int json)
{
    for (int64_t i = 0; i < count; i++) {
        an_i_strbuf_puts(b, i ? ", " : "");
        if (json)
            an_i_strbuf_json_string(b, an_network_node_id(network, nodes[i]));
        else
            an_i_strbuf_puts(b, an_network_node_id(network, nodes[i]));
    }
}

/* A block and, indented below it, the blocks inside it (depth first). */
static void text_block(an_i_strbuf *b, const an_network *network, const an_cohesive_blocks *blocks, int64_t i,
                       int depth)
{
    int64_t size = blocks->offsets[i + 1] - blocks->offsets[i];
    an_i_strbuf_printf(b, "%*sblock %lld: cohesion %lld, %lld actors: ", 2 * depth, "", (long long)i,
                       (long long)blocks->cohesion[i], (long long)size);
    if (blocks->parent[i] < 0 && size == an_network_node_count(network))
        an_i_strbuf_puts(b, "(the whole network)");
    else
        list_ids(b, network, blocks->nodes + blocks->offsets[i], size, 0);
    an_i_strbuf_puts(b, "\n");
    for (int64_t child = i + 1; child < blocks->count && depth < 64; child++)
        if (blocks->parent[child] == i)
            text_block(b, network, blocks, child, depth + 1);
}

static int print(const cli_analysis *a, const an_kplex_options *o, int64_t min_size, const an_cliques *plexes,
                 const an_cohesive_blocks *blocks, int json, long long top)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    if (json) {
        cli_analysis_json_head(&b, a);
        an_i_strbuf_printf(&b, ", \"k\": %lld, \"min_size\": %lld,\n \"kplexes\": {\"count\": %lld, \"largest\": %lld, "
                               "\"truncated\": %s, \"groups\": [",
                           (long long)o->k, (long long)min_size, (long long)plexes->count, (long long)plexes->largest,
                           plexes->truncated ? "true" : "false");
        for (int64_t i = 0; i < plexes->count; i++) {
            an_i_strbuf_puts(&b, i ? ",\n   [" : "\n   [");
            list_ids(&b, a->network, plexes->nodes + plexes->offsets[i], plexes->offsets[i + 1] - plexes->offsets[i], 1);
            an_i_strbuf_puts(&b, "]");
        }
        an_i_strbuf_puts(&b, "]},\n \"blocks\": ");
        if (!blocks)
            an_i_strbuf_puts(&b, "null");
        for (int64_t i = 0; blocks && i < blocks->count; i++) {
            an_i_strbuf_printf(&b, "%s{\"cohesion\": %lld, \"parent\": ", i ? ",\n   " : "[\n   ",
                               (long long)blocks->cohesion[i]);
            if (blocks->parent[i] < 0)
                an_i_strbuf_puts(&b, "null");
            else
                an_i_strbuf_printf(&b, "%lld", (long long)blocks->parent[i]);
            an_i_strbuf_puts(&b, ", \"actors\": [");
            list_ids(&b, a->network, blocks->nodes + blocks->offsets[i], blocks->offsets[i + 1] - blocks->offsets[i], 1);
            an_i_strbuf_puts(&b, "]}");
        }
        if (blocks)
            an_i_strbuf_puts(&b, blocks->count ? "]" : "[]");
        an_i_strbuf_puts(&b, "}\n");
        return cli_emit_buffer(&b);
    }
    cli_analysis_text_head(&b, a);
    an_i_strbuf_printf(&b, "\nmaximal %lld-plexes of %lld+ actors: %lld%s", (long long)o->k, (long long)min_size,
                       (long long)plexes->count,
                       plexes->truncated ? " (truncated: the search stopped early; raise --max-plexes or --min-size)" : "");
    if (plexes->count)
        an_i_strbuf_printf(&b, ", largest %lld", (long long)plexes->largest);
    an_i_strbuf_puts(&b, "\n");
    int64_t shown = top > 0 && top < plexes->count ? top : plexes->count;
    for (int64_t i = 0; i < shown; i++) {
        an_i_strbuf_printf(&b, "%4lld. ", (long long)(i + 1));
        list_ids(&b, a->network, plexes->nodes + plexes->offsets[i], plexes->offsets[i + 1] - plexes->offsets[i], 0);
        an_i_strbuf_puts(&b, "\n");
    }
    if (shown < plexes->count)
        an_i_strbuf_printf(&b, "      ... and %lld more (--top 0 or --json lists all)\n",
                           (long long)(plexes->count - shown));
    if (blocks) {
        an_i_strbuf_printf(&b, "\ncohesive blocks (Moody & White): %lld\n", (long long)blocks->count);
        for (int64_t i = 0; i < blocks->count; i++)
            if (blocks->parent[i] < 0)
                text_block(&b, a->network, blocks, i, 1);
    }
    return cli_emit_buffer(&b);
}

int cli_cmd_subgroups(int argc, char **argv)
{
    const char *file = NULL, *lens_name = NULL, *vocabulary_path = NULL;
    int json = 0, quiet = 0, no_blocks = 0;
    long long k = 2, min_size = 0, max_plexes = 10000, top = 20;
    cli_option options[] = {
        { "k", 0, CLI_INT, &k, "K", "members may miss ties to K - 1 others (default 2; 1 = cliques)" },
        { "min-size", 0, CLI_INT, &min_size, "N", "smallest k-plex listed (default max(k + 2, 2k - 1))" },
        { "max-plexes", 0, CLI_INT, &max_plexes, "N", "stop after N k-plexes (default 10000)" },
        { "top", 0, CLI_INT, &top, "N", "text: list the N largest k-plexes (default 20; 0 = all)" },
        { "no-blocks", 0, CLI_FLAG, &no_blocks, NULL, "skip cohesive blocking (costly on big networks)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet subgroups FILE [--k K] [--min-size N] [--max-plexes N] [--top N] [--no-blocks]\n"
        "                        [--lens LENS] [--json]",
        description,
        "  actornet subgroups data/karate.graphml\n"
        "  actornet subgroups data/proxy-network.graphml --k 3 --min-size 6 --json" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (k < 1 || min_size < 0 || max_plexes < 1) {
        cli_error("subgroups: --k and --max-plexes must be >= 1, --min-size >= 0");
        return CLI_EXIT_USAGE;
    }
    cli_analysis a;
    if ((rc = cli_analysis_open(&a, "subgroups", file, lens_name, vocabulary_path, NULL, 1, quiet || json)) >= 0)
        return rc;
    an_kplex_options o = AN_KPLEX_OPTIONS_INIT;
    o.k = k;
    o.min_size = min_size;
    o.max_plexes = max_plexes;
    o.policy = a.policy;
    int64_t effective = min_size ? min_size : (k + 2 > 2 * k - 1 ? k + 2 : 2 * k - 1);
    an_cliques *plexes = NULL;
    an_cohesive_blocks *blocks = NULL;
    int status;
    if ((rc = an_network_kplexes(&plexes, a.network, &o)) != AN_OK ||
        (!no_blocks && (rc = an_network_cohesive_blocks(&blocks, a.network, &a.policy)) != AN_OK))
        status = cli_analysis_failed(rc);
    else
        status = print(&a, &o, effective, plexes, blocks, json, top);
    an_cliques_free(plexes);
    an_cohesive_blocks_free(blocks);
    cli_analysis_close(&a);
    return status;
}
