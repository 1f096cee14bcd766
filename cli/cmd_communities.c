/*
 * cmd_communities.c — `actornet communities FILE [--method M] [--seed N]
 * [--resolution R] [--objective modularity|cpm] [--weight COLUMN]
 * [--csv|--json] [--compare ATTR] ...`: which factions exist.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char description[] =
    "Find communities (groups of actors more tied to each other than to the rest) and report\n"
    "each actor's community, the number of communities, their sizes and the modularity Q.\n"
    "Communities are numbered 0, 1, ... in order of their first actor in the file, and the\n"
    "same --seed gives the same result every time.\n"
    "\n"
    "methods (--method):\n"
    "  leiden             Leiden (Traag et al. 2019), default: optimises modularity with\n"
    "                     --resolution (gamma, default 1), or with --objective cpm the Constant\n"
    "                     Potts Model (gamma is then a density threshold: try 0.05-0.2);\n"
    "                     --beta (0.01), --iterations (at most N; -1 = until stable, at most 100).\n"
    "  louvain            Louvain / multilevel (Blondel et al. 2008), --resolution.\n"
    "                     Leiden and Louvain run on --engine: igraph, actornet (the library's\n"
    "                     own: no igraph lock, several times faster on large networks) or auto\n"
    "                     (default: igraph below 100,000 ties, actornet from there). Both\n"
    "                     optimise the same objective; one seed may give different partitions.\n"
    "  infomap            Infomap, the map equation (Rosvall & Bergstrom 2008), --trials (10).\n"
    "                     Follows tie directions.\n"
    "  walktrap           Walktrap (Pons & Latapy 2006), --steps (4); cut at maximum Q.\n"
    "  label_propagation  label propagation (Raghavan et al. 2007).\n"
    "  edge_betweenness   Girvan-Newman (2002), cut at maximum Q; follows tie directions.\n"
    "                     O(m^2 n): refused above --max-edges ties (default 1000).\n"
    "\n"
    "How ties are read: Leiden, Louvain, walktrap and label propagation read every tie as\n"
    "undirected (u->v and v->u are one tie); Infomap and edge betweenness are directed when\n"
    "any tie is (an undirected tie as two arcs) unless --undirected. Parallel ties between\n"
    "the same pair count once, their weights summed (--keep-parallel: every tie counts).\n"
    "--weight names a numeric edge column of tie strengths (>= 0; > 0 for infomap, walktrap\n"
    "and edge betweenness; missing values count 1). Self-loops are dropped.\n"
    "\n"
    "Q is Newman's modularity (resolution 1) of the partition on the graph the method\n"
    "analysed (Leicht-Newman's directed form when directed): the same as\n"
    "networkx.algorithms.community.modularity on that graph.\n"
    "\n"
    "--compare ATTR compares the partition with a node attribute (each value a category;\n"
    "actors without a value are left out): normalised mutual information (NMI, Danon et al.\n"
    "2005; 1 = same partition), adjusted Rand index (1 = same, ~0 = chance) and variation of\n"
    "information (VI, natural log; 0 = same).\n"
    "\n"
    "Output: a list of communities (default). --csv: 'id,community', one row per actor in file\n"
    "order (a comparison goes to stderr). --json: {\"file\", \"method\", \"options\", \"directed\",\n"
    "\"engine\" (who ran the method: igraph or actornet), \"count\", \"modularity\", \"quality\",\n"
    "\"sizes\", \"ids\", \"membership\" (community of each id,\n"
    "in file order), \"compare\" (with --compare: {\"attribute\", \"nodes\", \"categories\", \"nmi\",\n"
    "\"adjusted_rand\", \"rand\", \"variation_of_information\", \"split_join\"})}; undefined numbers\n"
    "are null. \"quality\" is the method's own objective (Leiden's quality, Louvain's Q at the\n"
    "resolution, Infomap's codelength in bits), null for the others.";

typedef struct comparison_result {
    const char *attribute;
    int64_t categories;
    an_partition_comparison values;
} comparison_result;

static const char *const engine_names[] = { "auto", "igraph", "actornet" }; /* an_community_engine */

static const char *engine_name(int engine)
{
    return engine >= 0 && engine < 3 ? engine_names[engine] : "?";
}

static void json_options(an_i_strbuf *b, const an_community_options *o)
{
    an_i_strbuf_printf(b, "{\"seed\": %llu, \"resolution\": ", (unsigned long long)o->seed);
    an_i_strbuf_json_real(b, o->resolution);
    an_i_strbuf_printf(b, ", \"objective\": \"%s\", \"beta\": ", o->objective == AN_LEIDEN_CPM ? "cpm" : "modularity");
    an_i_strbuf_json_real(b, o->beta);
    an_i_strbuf_printf(b, ", \"iterations\": %lld, \"trials\": %lld, \"steps\": %lld, \"max_edges\": %lld, \"weight\": ",
                       (long long)o->iterations, (long long)o->trials, (long long)o->steps, (long long)o->max_edges);
    an_i_strbuf_json_string(b, o->policy.weight);
    an_i_strbuf_printf(b, ", \"direction\": \"%s\", \"parallel\": \"%s\", \"engine\": \"%s\"}",
                       o->policy.direction == AN_AS_UNDIRECTED ? "undirected" : "as_stored",
                       o->policy.parallel == AN_PARALLEL_KEEP ? "keep" : "collapse", engine_name(o->engine));
}

static void json_comparison(an_i_strbuf *b, const comparison_result *c)
{
    an_i_strbuf_puts(b, "{\"attribute\": ");
    an_i_strbuf_json_string(b, c->attribute);
    an_i_strbuf_printf(b, ", \"nodes\": %lld, \"categories\": %lld, \"nmi\": ", (long long)c->values.nodes,
                       (long long)c->categories);
    an_i_strbuf_json_real(b, c->values.nmi);
    an_i_strbuf_puts(b, ", \"adjusted_rand\": ");
    an_i_strbuf_json_real(b, c->values.adjusted_rand);
    an_i_strbuf_puts(b, ", \"rand\": ");
    an_i_strbuf_json_real(b, c->values.rand);
    an_i_strbuf_puts(b, ", \"variation_of_information\": ");
    an_i_strbuf_json_real(b, c->values.variation_of_information);
    an_i_strbuf_printf(b, ", \"split_join\": [%lld, %lld]}", (long long)c->values.split_join_a,
                       (long long)c->values.split_join_b);
}

static int print_json(const char *file, const an_network *network, const an_partition *p,
                      const an_community_options *o, const comparison_result *c, const cli_lens *lens)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "{\"file\": ");
    an_i_strbuf_json_string(&b, file);
    an_i_strbuf_printf(&b, ", \"method\": \"%s\",\n \"options\": ", an_community_method_name(p->method));
    json_options(&b, o);
    an_i_strbuf_puts(&b, ",\n ");
    cli_lens_json(&b, lens);
    an_i_strbuf_printf(&b, ",\n \"engine\": \"%s\"", engine_name(p->engine));
    an_i_strbuf_printf(&b, ",\n \"directed\": %s, \"count\": %lld, \"modularity\": ", p->directed ? "true" : "false",
                       (long long)p->count);
    an_i_strbuf_json_real(&b, p->modularity);
    an_i_strbuf_puts(&b, ", \"quality\": ");
    an_i_strbuf_json_real(&b, p->quality);
    an_i_strbuf_puts(&b, ",\n \"sizes\": [");
    for (int64_t i = 0; i < p->count; i++)
        an_i_strbuf_printf(&b, "%s%lld", i ? ", " : "", (long long)p->sizes[i]);
    an_i_strbuf_puts(&b, "],\n \"ids\": [");
    for (int64_t v = 0; v < p->node_count; v++) {
        an_i_strbuf_puts(&b, v ? ", " : "");
        an_i_strbuf_json_string(&b, an_network_node_id(network, v));
    }
    an_i_strbuf_puts(&b, "],\n \"membership\": [");
    for (int64_t v = 0; v < p->node_count; v++) {
        if (p->membership[v] < 0) /* outside the lens */
            an_i_strbuf_printf(&b, "%snull", v ? ", " : "");
        else
            an_i_strbuf_printf(&b, "%s%lld", v ? ", " : "", (long long)p->membership[v]);
    }
    an_i_strbuf_puts(&b, "]");
    if (c) {
        an_i_strbuf_puts(&b, ",\n \"compare\": ");
        json_comparison(&b, c);
    }
    an_i_strbuf_puts(&b, "}\n");
    return cli_emit_buffer(&b);
}

static void text_comparison(an_i_strbuf *b, const comparison_result *c)
{
    an_i_strbuf_printf(b, "compared with '%s' (%lld categories, %lld actors with a value): NMI %.4f, adjusted Rand ",
                       c->attribute, (long long)c->categories, (long long)c->values.nodes, c->values.nmi);
    if (c->values.adjusted_rand != c->values.adjusted_rand)
        an_i_strbuf_puts(b, "undefined");
    else
        an_i_strbuf_printf(b, "%.4f", c->values.adjusted_rand);
    an_i_strbuf_printf(b, ", VI %.4f\n", c->values.variation_of_information);
}

static int print_csv(const an_network *network, const an_partition *p, const comparison_result *c)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "id,community\n");
    for (int64_t v = 0; v < p->node_count; v++) {
        cli_csv_text(&b, an_network_node_id(network, v));
        if (p->membership[v] < 0) /* outside the lens: no community */
            an_i_strbuf_puts(&b, ",\n");
        else
            an_i_strbuf_printf(&b, ",%lld\n", (long long)p->membership[v]);
    }
    if (c) {
        an_i_strbuf note;
        an_i_strbuf_init(&note);
        text_comparison(&note, c);
        if (!note.failed)
            fprintf(stderr, "actornet: %s", note.data);
        an_i_strbuf_free(&note);
    }
    return cli_emit_buffer(&b);
}

static int print_text(const char *file, const an_network *network, const an_partition *p,
                      const an_community_options *o, const comparison_result *c, const cli_lens *lens)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "%s: %s", file, an_community_method_name(p->method));
    if (p->method == AN_COMMUNITY_LEIDEN)
        an_i_strbuf_printf(&b, " (%s, resolution %g)", o->objective == AN_LEIDEN_CPM ? "CPM" : "modularity",
                           o->resolution);
    else if (p->method == AN_COMMUNITY_LOUVAIN)
        an_i_strbuf_printf(&b, " (resolution %g)", o->resolution);
    if (p->engine == AN_COMMUNITY_ENGINE_ACTORNET)
        an_i_strbuf_puts(&b, " on actornet's engine");
    an_i_strbuf_printf(&b, ", seed %llu, ties read as %s%s%s%s: %lld communities, modularity ",
                       (unsigned long long)o->seed, p->directed ? "directed" : "undirected",
                       o->policy.weight ? ", weights from '" : "", o->policy.weight ? o->policy.weight : "",
                       o->policy.weight ? "'" : "", (long long)p->count);
    if (p->modularity != p->modularity)
        an_i_strbuf_puts(&b, "undefined (no ties)\n");
    else
        an_i_strbuf_printf(&b, "%.4f\n", p->modularity);
    cli_lens_text(&b, lens);
    int64_t outside = 0;
    for (int64_t v = 0; v < p->node_count; v++)
        outside += p->membership[v] < 0;
    if (outside)
        an_i_strbuf_printf(&b, "; %lld actors outside it are in no community", (long long)outside);
    an_i_strbuf_puts(&b, "\n\n");
    for (int64_t k = 0; k < p->count; k++) {
        an_i_strbuf_printf(&b, "community %lld (%lld actors):", (long long)k, (long long)p->sizes[k]);
        const char *separator = " ";
        for (int64_t v = 0; v < p->node_count; v++) {
            if (p->membership[v] != k)
                continue;
            an_i_strbuf_printf(&b, "%s%s", separator, an_network_node_id(network, v));
            separator = ", ";
        }
        an_i_strbuf_puts(&b, "\n");
    }
    if (c) {
        an_i_strbuf_puts(&b, "\n");
        text_comparison(&b, c);
    }
    return cli_emit_buffer(&b);
}

int cli_cmd_communities(int argc, char **argv)
{
    const char *file = NULL, *method_name = "leiden", *objective = "modularity", *weight = NULL, *compare = NULL;
    const char *lens_name = NULL, *vocabulary_path = NULL, *engine = "auto";
    int csv = 0, json = 0, undirected = 0, keep_parallel = 0, quiet = 0;
    long long seed = AN_COMMUNITY_DEFAULT_SEED, iterations = -1, trials = 10, steps = 4, max_edges = 1000;
    double resolution = 1.0, beta = 0.01;
    cli_option options[] = {
        { "method", 'm', CLI_STRING, &method_name, "M",
          "leiden (default), louvain, infomap, walktrap, label_propagation, edge_betweenness" },
        { "seed", 's', CLI_INT, &seed, "N", "random seed (default 42): the same seed gives the same result" },
        { "resolution", 'r', CLI_REAL, &resolution, "R", "Leiden/Louvain resolution gamma (default 1)" },
        { "objective", 0, CLI_STRING, &objective, "O", "Leiden objective: modularity (default) or cpm" },
        { "beta", 0, CLI_REAL, &beta, "B", "Leiden refinement randomness (default 0.01)" },
        { "iterations", 0, CLI_INT, &iterations, "N", "Leiden iterations (default -1: until stable)" },
        { "trials", 0, CLI_INT, &trials, "N", "Infomap trials (default 10)" },
        { "steps", 0, CLI_INT, &steps, "N", "walktrap random-walk length (default 4)" },
        { "engine", 0, CLI_STRING, &engine, "E",
          "who runs Leiden/Louvain: auto (default: actornet from 100,000 ties), igraph, actornet" },
        { "max-edges", 0, CLI_INT, &max_edges, "N", "edge betweenness: refuse above N ties (default 1000; 0 = no limit)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "weight", 'w', CLI_STRING, &weight, "COLUMN", "numeric edge column of tie strengths (default: unweighted)" },
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore tie directions (Infomap, edge betweenness)" },
        { "keep-parallel", 0, CLI_FLAG, &keep_parallel, NULL, "count every parallel tie (a multigraph)" },
        { "compare", 'c', CLI_STRING, &compare, "ATTR", "compare with a node attribute: NMI, adjusted Rand, VI" },
        { "csv", 0, CLI_FLAG, &csv, NULL, "one row per actor in file order: id,community" },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet communities FILE [--method M] [--seed N] [--resolution R] [--objective modularity|cpm]\n"
        "                          [--lens LENS] [--vocabulary FILE] [--weight COLUMN] [--csv|--json]\n"
        "                          [--compare ATTR] [--undirected]\n"
        "                          [--keep-parallel] [--beta B] [--iterations N] [--trials N] [--steps N]\n"
        "                          [--max-edges N] [--engine auto|igraph|actornet]",
        description,
        "  actornet communities data/proxy-network.graphml\n"
        "  actornet communities data/karate.graphml --method louvain --compare faction\n"
        "  actornet communities data/karate.graphml --csv > karate-communities.csv\n"
        "  actornet communities network.graphml --objective cpm --resolution 0.1 --json" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (csv && json) {
        cli_error("communities: choose one of --csv and --json");
        return CLI_EXIT_USAGE;
    }
    int method = an_community_method_from_name(method_name);
    if (method < 0) {
        cli_error("communities: unknown method '%s' (leiden, louvain, infomap, walktrap, label_propagation, "
                  "edge_betweenness)",
                  method_name);
        return CLI_EXIT_USAGE;
    }
    if (strcmp(objective, "modularity") != 0 && strcmp(objective, "cpm") != 0) {
        cli_error("communities: unknown objective '%s' (modularity or cpm)", objective);
        return CLI_EXIT_USAGE;
    }
    if (seed < 0) {
        cli_error("communities: --seed must be >= 0");
        return CLI_EXIT_USAGE;
    }
    int engine_code = -1;
    for (int k = 0; k < 3; k++)
        if (strcmp(engine, engine_names[k]) == 0)
            engine_code = k;
    if (engine_code < 0) {
        cli_error("communities: unknown engine '%s' (auto, igraph or actornet)", engine);
        return CLI_EXIT_USAGE;
    }
    an_community_options o = AN_COMMUNITY_OPTIONS_INIT;
    o.method = method;
    o.seed = (uint64_t)seed;
    o.resolution = resolution;
    o.objective = strcmp(objective, "cpm") == 0 ? AN_LEIDEN_CPM : AN_LEIDEN_MODULARITY;
    o.beta = beta;
    o.iterations = iterations;
    o.trials = trials;
    o.steps = steps;
    o.max_edges = max_edges;
    o.engine = engine_code;
    o.policy.weight = weight;
    o.policy.direction = undirected ? AN_AS_UNDIRECTED : AN_AS_STORED;
    o.policy.parallel = keep_parallel ? AN_PARALLEL_KEEP : AN_PARALLEL_COLLAPSE;

    an_network *network = cli_load(file);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, quiet || csv || json);
    int status = CLI_EXIT_OK, column;
    cli_lens lens;
    if ((status = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE)) >= 0) {
        an_network_free(network);
        return status;
    }
    status = CLI_EXIT_OK;
    o.policy.lens = lens.active;
    an_partition *partition = NULL;
    int64_t *categories = NULL;
    comparison_result comparison = { compare, 0, { 0 } };
    if (weight && an_network_find_column(network, AN_DOMAIN_EDGE, weight, &column) != AN_OK) {
        cli_error("communities: %s has no edge column '%s' for --weight", file, weight);
        status = CLI_EXIT_USAGE;
        goto done;
    }
    if (compare && an_network_find_column(network, AN_DOMAIN_NODE, compare, &column) != AN_OK) {
        cli_error("communities: %s has no node attribute '%s' for --compare", file, compare);
        status = CLI_EXIT_USAGE;
        goto done;
    }
    if (an_network_communities(&partition, network, &o) != AN_OK) {
        cli_library_error();
        status = CLI_EXIT_FAILED;
        goto done;
    }
    if (compare) {
        int64_t n = an_network_node_count(network);
        categories = malloc((size_t)(n ? n : 1) * sizeof *categories);
        if (!categories) {
            cli_error("out of memory");
            status = CLI_EXIT_FAILED;
            goto done;
        }
        if (an_network_attribute_partition(categories, &comparison.categories, network, compare) != AN_OK ||
            an_partition_compare(&comparison.values, partition->membership, categories, n) != AN_OK) {
            cli_library_error();
            status = CLI_EXIT_FAILED;
            goto done;
        }
    }
    const comparison_result *c = compare ? &comparison : NULL;
    status = csv ? print_csv(network, partition, c)
                 : json ? print_json(file, network, partition, &o, c, &lens)
                        : print_text(file, network, partition, &o, c, &lens);
done:
    free(categories);
    cli_lens_free(&lens);
    an_partition_free(partition);
    an_network_free(network);
    return status;
}
