/*
 * cmd_cohesion.c — `actornet cohesion FILE [--json] [--min-clique K]
 * [--max-cliques N] [--weight COLUMN] [--undirected] [--keep-parallel]
 * [--self-loops]`: how the network holds together.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char description[] =
    "How the network holds together: graph-level measures, components, cut-points, bridges\n"
    "and maximal cliques. On a simple graph each number equals NetworkX's with default\n"
    "arguments (named below); where NetworkX raises (disconnected networks), the definition\n"
    "used is given.\n"
    "\n"
    "How ties are read: the analysis is directed if any tie is directed, an undirected tie in\n"
    "a directed network counting as two opposite arcs (--undirected ignores directions);\n"
    "parallel ties between the same pair count once (--keep-parallel: every tie counts);\n"
    "self-loops are dropped (--self-loops keeps them). Cut-points, bridges, cliques,\n"
    "transitivity and clustering always read ties as undirected.\n"
    "\n"
    "  density             ties / possible ties: m/(n(n-1)) directed, 2m/(n(n-1)) undirected;\n"
    "                      nx.density.\n"
    "  reciprocity         share of arcs u->v whose reverse v->u exists; nx.reciprocity.\n"
    "                      Undirected: 1 (every tie is mutual). No ties: undefined.\n"
    "  transitivity        3 x triangles / connected triples, undirected; nx.transitivity.\n"
    "  average_clustering  mean local clustering, nodes of degree < 2 counting 0, undirected;\n"
    "                      nx.average_clustering (for a directed file: of G.to_undirected()).\n"
    "  diameter            longest shortest path over the pairs that are connected (hops, or\n"
    "                      lengths from --weight, > 0, the shortest parallel tie counting);\n"
    "                      nx.diameter on a connected network.\n"
    "  mean_distance       mean shortest-path length over ordered pairs that are connected;\n"
    "                      nx.average_shortest_path_length on a connected network. The pairs\n"
    "                      left out are counted as unreachable_pairs.\n"
    "  components          weak (ignoring directions) and, when directed, strong.\n"
    "  articulation points actors whose removal splits their component; nx.articulation_points.\n"
    "  bridges             ties whose removal splits their component; nx.bridges. A tie\n"
    "                      reported twice is still one tie (a bridge) unless --keep-parallel.\n"
    "  cliques             maximal cliques of at least --min-clique actors (default 3), largest\n"
    "                      first; nx.find_cliques. The search stops after --max-cliques cliques,\n"
    "                      or after examining 100 x --max-cliques cliques of any size, and says\n"
    "                      'truncated' (the number of maximal cliques can explode).\n"
    "\n"
    "--json: {\"file\", \"nodes\", \"ties\", \"directed\", \"options\", \"density\", \"reciprocity\",\n"
    "\"transitivity\", \"average_clustering\", \"diameter\", \"mean_distance\", \"unreachable_pairs\",\n"
    "\"components\": {\"weak\": {\"count\", \"largest\", \"sizes\"}, \"strong\": {...} or null},\n"
    "\"articulation_points\": [ids], \"bridges\": [{\"source\", \"target\", \"edge\", \"id\"}],\n"
    "\"cliques\": {\"min_size\", \"max_cliques\", \"count\", \"largest\", \"truncated\", \"cliques\": [[ids]]}};\n"
    "undefined numbers are null; \"edge\" is the index of the first tie of the pair in file order.";

typedef struct cohesion_report {
    const char *file;
    const an_network *network;
    an_edge_policy policy;
    int directed;
    double density, reciprocity, transitivity, clustering, diameter, mean_distance;
    int64_t unreachable;
    an_components *weak, *strong;
    int64_t *points, point_count;
    int64_t *bridges, bridge_count;
    an_cliques *cliques;
    an_clique_options clique_options;
    const cli_lens *lens;
} cohesion_report;

static int compute(cohesion_report *r)
{
    const an_network *net = r->network;
    const an_edge_policy *p = &r->policy;
    int64_t n = an_network_node_count(net), m = an_network_edge_count(net);
    r->directed = p->direction != AN_AS_UNDIRECTED && an_network_direction(net) != AN_UNDIRECTED && m > 0;
    r->points = malloc((size_t)(n ? n : 1) * sizeof *r->points);
    r->bridges = malloc((size_t)(m ? m : 1) * sizeof *r->bridges);
    if (!r->points || !r->bridges)
        return AN_ENOMEM;
    int rc;
    if ((rc = an_network_density(&r->density, net, p)) != AN_OK ||
        (rc = an_network_reciprocity(&r->reciprocity, net, p)) != AN_OK ||
        (rc = an_network_transitivity(&r->transitivity, net, p)) != AN_OK ||
        (rc = an_network_average_clustering(&r->clustering, net, p)) != AN_OK ||
        (rc = an_network_diameter(&r->diameter, net, p)) != AN_OK ||
        (rc = an_network_mean_distance(&r->mean_distance, &r->unreachable, net, p)) != AN_OK ||
        (rc = an_network_components(&r->weak, net, AN_COMPONENTS_WEAK, p)) != AN_OK ||
        (r->directed && (rc = an_network_components(&r->strong, net, AN_COMPONENTS_STRONG, p)) != AN_OK) ||
        (rc = an_network_articulation_points(r->points, &r->point_count, net, p)) != AN_OK ||
        (rc = an_network_bridges(r->bridges, &r->bridge_count, net, p)) != AN_OK ||
        (rc = an_network_maximal_cliques(&r->cliques, net, &r->clique_options)) != AN_OK)
        return rc;
    return AN_OK;
}

static void release(cohesion_report *r)
{
    an_components_free(r->weak);
    an_components_free(r->strong);
    an_cliques_free(r->cliques);
    free(r->points);
    free(r->bridges);
}

static const char *node_id(const cohesion_report *r, int64_t v)
{
    return an_network_node_id(r->network, v);
}

static void json_components(an_i_strbuf *b, const an_components *c)
{
    if (!c) {
        an_i_strbuf_puts(b, "null");
        return;
    }
    an_i_strbuf_printf(b, "{\"count\": %lld, \"largest\": %lld, \"sizes\": [", (long long)c->count,
                       (long long)c->largest);
    for (int64_t i = 0; i < c->count; i++)
        an_i_strbuf_printf(b, "%s%lld", i ? ", " : "", (long long)c->sizes[i]);
    an_i_strbuf_puts(b, "]}");
}

static int print_json(const cohesion_report *r)
{
    const an_edge_policy *p = &r->policy;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "{\"file\": ");
    an_i_strbuf_json_string(&b, r->file);
    an_i_strbuf_printf(&b, ", \"nodes\": %lld, \"ties\": %lld, \"directed\": %s,\n \"options\": {\"weight\": ",
                       (long long)an_network_node_count(r->network), (long long)an_network_edge_count(r->network),
                       r->directed ? "true" : "false");
    an_i_strbuf_json_string(&b, p->weight);
    an_i_strbuf_printf(&b, ", \"direction\": \"%s\", \"parallel\": \"%s\", \"self_loops\": %s},\n",
                       p->direction == AN_AS_UNDIRECTED ? "undirected" : "as_stored",
                       p->parallel == AN_PARALLEL_KEEP ? "keep" : "collapse", p->self_loops ? "true" : "false");
    an_i_strbuf_puts(&b, " ");
    cli_lens_json(&b, r->lens);
    an_i_strbuf_puts(&b, ",\n");
    const struct {
        const char *name;
        double value;
    } measures[] = { { "density", r->density },           { "reciprocity", r->reciprocity },
                     { "transitivity", r->transitivity }, { "average_clustering", r->clustering },
                     { "diameter", r->diameter },         { "mean_distance", r->mean_distance } };
    for (size_t i = 0; i < sizeof measures / sizeof measures[0]; i++) {
        an_i_strbuf_printf(&b, " \"%s\": ", measures[i].name);
        an_i_strbuf_json_real(&b, measures[i].value);
        an_i_strbuf_puts(&b, ",\n");
    }
    an_i_strbuf_printf(&b, " \"unreachable_pairs\": %lld,\n \"components\": {\"weak\": ", (long long)r->unreachable);
    json_components(&b, r->weak);
    an_i_strbuf_puts(&b, ", \"strong\": ");
    json_components(&b, r->strong);
    an_i_strbuf_puts(&b, "},\n \"articulation_points\": [");
    for (int64_t i = 0; i < r->point_count; i++) {
        an_i_strbuf_puts(&b, i ? ", " : "");
        an_i_strbuf_json_string(&b, node_id(r, r->points[i]));
    }
    an_i_strbuf_puts(&b, "],\n \"bridges\": [");
    for (int64_t i = 0; i < r->bridge_count; i++) {
        int64_t s = 0, t = 0, e = r->bridges[i];
        an_network_edge_endpoints(r->network, e, &s, &t);
        an_i_strbuf_puts(&b, i ? ",\n   {\"source\": " : "\n   {\"source\": ");
        an_i_strbuf_json_string(&b, node_id(r, s));
        an_i_strbuf_puts(&b, ", \"target\": ");
        an_i_strbuf_json_string(&b, node_id(r, t));
        an_i_strbuf_printf(&b, ", \"edge\": %lld, \"id\": ", (long long)e);
        an_i_strbuf_json_string(&b, an_network_edge_id(r->network, e));
        an_i_strbuf_puts(&b, "}");
    }
    const an_cliques *c = r->cliques;
    an_i_strbuf_printf(&b, "],\n \"cliques\": {\"min_size\": %lld, \"max_cliques\": %lld, \"count\": %lld, "
                           "\"largest\": %lld, \"truncated\": %s, \"cliques\": [",
                       (long long)r->clique_options.min_size, (long long)r->clique_options.max_cliques,
                       (long long)c->count, (long long)c->largest, c->truncated ? "true" : "false");
    for (int64_t i = 0; i < c->count; i++) {
        an_i_strbuf_puts(&b, i ? ",\n   [" : "\n   [");
        for (int64_t k = c->offsets[i]; k < c->offsets[i + 1]; k++) {
            an_i_strbuf_puts(&b, k > c->offsets[i] ? ", " : "");
            an_i_strbuf_json_string(&b, node_id(r, c->nodes[k]));
        }
        an_i_strbuf_puts(&b, "]");
    }
    an_i_strbuf_puts(&b, "]}}\n");
    return cli_emit_buffer(&b);
}

static void text_real(an_i_strbuf *b, const char *name, double value, const char *note)
{
    an_i_strbuf_printf(b, "%-20s", name);
    if (value != value)
        an_i_strbuf_puts(b, "undefined");
    else
        an_i_strbuf_printf(b, "%.4f", value);
    an_i_strbuf_printf(b, "%s\n", note ? note : "");
}

static int print_text(const cohesion_report *r, long long shown_cliques)
{
    const an_edge_policy *p = &r->policy;
    int64_t n = an_network_node_count(r->network);
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "%s: %lld actors, %lld ties, read as %s; parallel ties %s; self-loops %s\n", r->file,
                       (long long)n, (long long)an_network_edge_count(r->network),
                       r->directed ? "directed" : "undirected",
                       p->parallel == AN_PARALLEL_KEEP ? "kept" : "counted once", p->self_loops ? "kept" : "dropped");
    cli_lens_text(&b, r->lens);
    an_i_strbuf_puts(&b, "\n\n");
    text_real(&b, "density", r->density, NULL);
    text_real(&b, "reciprocity", r->reciprocity, r->directed ? NULL : "  (undirected: every tie is mutual)");
    text_real(&b, "transitivity", r->transitivity, NULL);
    text_real(&b, "average clustering", r->clustering, NULL);
    char note[96];
    snprintf(note, sizeof note, "  (%s, over connected pairs)", p->weight ? "weighted lengths" : "hops");
    if (p->weight)
        text_real(&b, "diameter", r->diameter, note);
    else
        an_i_strbuf_printf(&b, "%-20s%.0f%s\n", "diameter", r->diameter, note);
    snprintf(note, sizeof note, "  (%lld ordered pairs unreachable, left out)", (long long)r->unreachable);
    text_real(&b, "mean distance", r->mean_distance, r->unreachable ? note : NULL);
    an_i_strbuf_printf(&b, "%-20s%lld (largest %lld actors)\n", "weak components", (long long)r->weak->count,
                       (long long)r->weak->largest);
    if (r->strong)
        an_i_strbuf_printf(&b, "%-20s%lld (largest %lld actors)\n", "strong components", (long long)r->strong->count,
                           (long long)r->strong->largest);
    an_i_strbuf_printf(&b, "\narticulation points (%lld):", (long long)r->point_count);
    for (int64_t i = 0; i < r->point_count; i++)
        an_i_strbuf_printf(&b, "%s %s", i ? "," : "", node_id(r, r->points[i]));
    an_i_strbuf_printf(&b, "\nbridges (%lld):", (long long)r->bridge_count);
    for (int64_t i = 0; i < r->bridge_count; i++) {
        int64_t s = 0, t = 0;
        an_network_edge_endpoints(r->network, r->bridges[i], &s, &t);
        an_i_strbuf_printf(&b, "%s %s -- %s", i ? "," : "", node_id(r, s), node_id(r, t));
    }
    const an_cliques *c = r->cliques;
    an_i_strbuf_printf(&b, "\n\nmaximal cliques of %lld+ actors: %lld%s", (long long)r->clique_options.min_size,
                       (long long)c->count, c->truncated ? " (truncated: the search stopped early; raise --max-cliques)" : "");
    if (c->count)
        an_i_strbuf_printf(&b, ", largest %lld", (long long)c->largest);
    an_i_strbuf_puts(&b, "\n");
    int64_t shown = shown_cliques > 0 && shown_cliques < c->count ? (int64_t)shown_cliques : c->count;
    for (int64_t i = 0; i < shown; i++) {
        an_i_strbuf_printf(&b, "%4lld. ", (long long)(i + 1));
        for (int64_t k = c->offsets[i]; k < c->offsets[i + 1]; k++)
            an_i_strbuf_printf(&b, "%s%s", k > c->offsets[i] ? ", " : "", node_id(r, c->nodes[k]));
        an_i_strbuf_puts(&b, "\n");
    }
    if (shown < c->count)
        an_i_strbuf_printf(&b, "      ... and %lld more (--top 0 or --json lists all)\n", (long long)(c->count - shown));
    return cli_emit_buffer(&b);
}

int cli_cmd_cohesion(int argc, char **argv)
{
    const char *file = NULL, *weight = NULL, *lens_name = NULL, *vocabulary_path = NULL;
    int json = 0, undirected = 0, keep_parallel = 0, self_loops = 0, quiet = 0;
    long long min_clique = 3, max_cliques = 10000, top = 20;
    cli_option options[] = {
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "min-clique", 0, CLI_INT, &min_clique, "K", "smallest clique reported (default 3)" },
        { "max-cliques", 0, CLI_INT, &max_cliques, "N", "stop the clique search after N cliques (default 10000)" },
        { "top", 'k', CLI_INT, &top, "K", "text: list the K largest cliques (default 20; 0 = all)" },
        { "weight", 'w', CLI_STRING, &weight, "COLUMN",
          "numeric edge column read as LENGTHS for diameter and mean distance (default: hops)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore tie directions" },
        { "keep-parallel", 0, CLI_FLAG, &keep_parallel, NULL, "count every parallel tie (a multigraph)" },
        { "self-loops", 0, CLI_FLAG, &self_loops, NULL, "keep self-loops (dropped by default)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet cohesion FILE [--json] [--min-clique K] [--max-cliques N] [--top K] [--weight COLUMN]\n"
        "                       [--lens LENS] [--undirected] [--keep-parallel] [--self-loops]",
        description,
        "  actornet cohesion data/proxy-network.graphml\n"
        "  actornet cohesion data/karate.graphml --json | jq .articulation_points\n"
        "  actornet cohesion network.graphml --min-clique 4 --max-cliques 500" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (min_clique < 1 || max_cliques < 1) {
        cli_error("cohesion: --min-clique and --max-cliques must be at least 1");
        return CLI_EXIT_USAGE;
    }
    an_network *network = cli_load(file);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, quiet || json);
    cli_lens lens;
    if ((rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE)) >= 0) {
        an_network_free(network);
        return rc;
    }
    cohesion_report r;
    memset(&r, 0, sizeof r);
    r.lens = &lens;
    r.file = file;
    r.network = network;
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    policy.weight = weight;
    policy.direction = undirected ? AN_AS_UNDIRECTED : AN_AS_STORED;
    policy.parallel = keep_parallel ? AN_PARALLEL_KEEP : AN_PARALLEL_COLLAPSE;
    policy.self_loops = self_loops;
    policy.lens = lens.active;
    r.policy = policy;
    an_clique_options clique_options = AN_CLIQUE_OPTIONS_INIT;
    clique_options.min_size = min_clique;
    clique_options.max_cliques = max_cliques;
    clique_options.policy = policy;
    r.clique_options = clique_options;
    int column, status;
    if (weight && an_network_find_column(network, AN_DOMAIN_EDGE, weight, &column) != AN_OK) {
        cli_error("cohesion: %s has no edge column '%s' for --weight", file, weight);
        status = CLI_EXIT_USAGE;
    } else if ((rc = compute(&r)) != AN_OK) {
        if (rc == AN_ENOMEM && an_error_last()->code != AN_ENOMEM)
            cli_error("out of memory");
        else
            cli_library_error();
        status = CLI_EXIT_FAILED;
    } else {
        status = json ? print_json(&r) : print_text(&r, top);
    }
    release(&r);
    cli_lens_free(&lens);
    an_network_free(network);
    return status;
}
