/*
 * cmd_centrality.c — `actornet centrality FILE [--measure M,...] [--csv|--json]
 * [--weight COLUMN] [--undirected] [--keep-parallel] [--raw] [--top K]`.
 *
 * Default: a readable table of the top actors by betweenness (or by the first
 * --measure) with several measures side by side, and Freeman centralisation.
 * --csv: one row per node in file order, `id` then one column per measure
 * named as the measure (default: all of them). --json: the same as an object.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const an_centrality_measure table_default[] = { AN_BETWEENNESS, AN_DEGREE,   AN_CLOSENESS,
                                                       AN_EIGENVECTOR, AN_PAGERANK, AN_CONSTRAINT };

static const char description[] =
    "Centrality of every actor. By default each measure gives the same number as the NetworkX\n"
    "function of the same name with its default arguments, on the network seen as below;\n"
    "--raw gives igraph's unscaled forms. n = number of nodes, d(u,v) = shortest-path length.\n"
    "\n"
    "How ties are read (change with the options): the analysis is directed if any tie is\n"
    "directed, and an undirected tie in a directed network counts as two opposite arcs;\n"
    "parallel ties between the same pair count once; self-loops are dropped; ties are\n"
    "unweighted unless --weight names a numeric edge column (missing values count 1).\n"
    "Weights are DISTANCES (> 0; parallel ties: the shortest) for betweenness, closeness and\n"
    "harmonic, and STRENGTHS (>= 0; parallel ties: summed) for strength, eigenvector,\n"
    "pagerank, hub, authority, constraint and effective_size; degree and coreness ignore them.\n"
    "\n"
    "measures (CSV/JSON column names):\n"
    "  degree          ties / (n-1) (in + out when directed, so up to 2); nx.degree_centrality.\n"
    "                  --raw: the count. A single node: 1.\n"
    "  in_degree       in-ties / (n-1); out_degree: out-ties / (n-1) (undirected: = degree).\n"
    "  strength        sum of tie weights (in + out); without --weight every tie weighs 1,\n"
    "                  so parallel ties reported by several sources all count. Not scaled.\n"
    "  betweenness     sum over pairs s,t of the share of shortest s-t paths through the node\n"
    "                  (Brandes), / ((n-1)(n-2)) directed, * 2 / ((n-1)(n-2)) undirected;\n"
    "                  nx.betweenness_centrality. --raw: igraph's pair counts.\n"
    "  closeness       (r/D) * (r/(n-1)), r = nodes that reach the node, D = sum of their\n"
    "                  distances TO it (Wasserman-Faust; nx.closeness_centrality); 0 if r = 0.\n"
    "                  --raw: 1/D (empty if r = 0).\n"
    "  harmonic        sum over other nodes u of 1/d(u, node); nx.harmonic_centrality.\n"
    "  eigenvector     principal eigenvector of the transposed adjacency matrix (a node is\n"
    "                  central when central nodes point to it), Euclidean norm 1;\n"
    "                  nx.eigenvector_centrality (which stops at tolerance 1e-6). On a\n"
    "                  disconnected network: zero outside the component with the largest\n"
    "                  eigenvalue. Directed without any cycle: undefined (empty). --raw: max 1.\n"
    "  pagerank        PageRank, damping --damping (0.85), dangling nodes jump uniformly;\n"
    "                  nx.pagerank. NetworkX reads a 'weight' attribute by default: add\n"
    "                  --weight weight to get its default value on a weighted file.\n"
    "  hub, authority  HITS (nx.hits), each summing to 1: authority = principal eigenvector of\n"
    "                  A'A, hub = A * authority. Undirected: both = eigenvector / its sum (nx.hits\n"
    "                  is ill-defined on bipartite networks). Weights: as pagerank. --raw: max 1.\n"
    "  coreness        k-core number on in + out degree; nx.core_number.\n"
    "  constraint      Burt's constraint: sum over contacts j of (p_ij + sum_q p_iq p_qj)^2,\n"
    "                  p_ij = share of i's tie volume (both directions) spent on j; nx.constraint.\n"
    "                  Empty (undefined) for an isolate. A node with incoming ties only gets\n"
    "                  Burt's value (NetworkX 2.8 wrongly gives NaN there).\n"
    "  effective_size  Burt's effective size: sum over contacts j of (1 - sum_q p_iq m_jq),\n"
    "                  m_jq = z_jq / max_k z_jk; nx.effective_size (Borgatti's n - 2t/n when\n"
    "                  undirected and unweighted). Empty for an isolate.\n"
    "\n"
    "Centralisation (Freeman 1979), shown for degree, in/out-degree, betweenness and closeness:\n"
    "sum over nodes of (max - score) divided by the value of the most centralised network of\n"
    "the same size (the star), so 1 = a star, 0 = all equal; computed on raw degree, raw\n"
    "betweenness and the closeness above (closeness on unweighted ties only).\n"
    "\n"
    "Output: the table (default) lists the --top actors by the first measure (betweenness by\n"
    "default; constraint lowest first). --csv: header 'id,<measure>,...', one row per node in\n"
    "file order, numbers in the shortest form that reads back exactly, an empty field where a\n"
    "value is undefined (NaN); default measures: all. --json: {\"file\", \"measures\": [...],\n"
    "\"options\": {...}, \"centralization\": {measure: value}, \"nodes\": [{\"id\": ..., <measure>:\n"
    "value or null}, ...]}, nodes in file order.";

typedef struct request {
    const char *file;
    const an_network *network;
    an_centrality_measure *measures;
    size_t count;
    const double *values;               /* count * n, measure-major */
    int64_t n;
    const an_centrality_options *options;
    double centralization[AN_CENTRALITY_MEASURE_COUNT];
    int has_centralization[AN_CENTRALITY_MEASURE_COUNT];
    const cli_lens *lens;
} request;

static double value_of(const request *r, size_t k, int64_t v)
{
    return r->values[k * (size_t)r->n + (size_t)v];
}

static int has_centralization(an_centrality_measure measure)
{
    return measure == AN_DEGREE || measure == AN_IN_DEGREE || measure == AN_OUT_DEGREE ||
           measure == AN_BETWEENNESS || measure == AN_CLOSENESS;
}

/* Centralisation of each requested measure that has one (closeness: NaN when weighted). */
static int compute_centralization(request *r)
{
    for (size_t k = 0; k < r->count; k++) {
        an_centrality_measure m = r->measures[k];
        if (!has_centralization(m) || r->has_centralization[m])
            continue;
        r->has_centralization[m] = 1;
        if (m == AN_CLOSENESS && r->options->policy.weight) {
            r->centralization[m] = NAN;
            continue;
        }
        if (an_centralization(&r->centralization[m], r->network, m, r->options) != AN_OK)
            return -1;
    }
    return 0;
}

static int print_csv(const request *r)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "id");
    for (size_t k = 0; k < r->count; k++) {
        an_i_strbuf_puts(&b, ",");
        an_i_strbuf_puts(&b, an_centrality_measure_name(r->measures[k]));
    }
    an_i_strbuf_puts(&b, "\n");
    for (int64_t v = 0; v < r->n; v++) {
        cli_csv_text(&b, an_network_node_id(r->network, v));
        for (size_t k = 0; k < r->count; k++) {
            an_i_strbuf_puts(&b, ",");
            cli_csv_real(&b, value_of(r, k, v));
        }
        an_i_strbuf_puts(&b, "\n");
    }
    return cli_emit_buffer(&b);
}

static int print_json(const request *r)
{
    const an_edge_policy *p = &r->options->policy;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "{\"file\": ");
    an_i_strbuf_json_string(&b, r->file);
    an_i_strbuf_puts(&b, ", \"measures\": [");
    for (size_t k = 0; k < r->count; k++) {
        an_i_strbuf_puts(&b, k ? ", " : "");
        an_i_strbuf_json_string(&b, an_centrality_measure_name(r->measures[k]));
    }
    an_i_strbuf_puts(&b, "],\n \"options\": {\"weight\": ");
    an_i_strbuf_json_string(&b, p->weight);
    an_i_strbuf_printf(&b, ", \"direction\": \"%s\", \"parallel\": \"%s\", \"self_loops\": %s, \"raw\": %s, "
                           "\"damping\": ",
                       p->direction == AN_AS_UNDIRECTED ? "undirected" : "as_stored",
                       p->parallel == AN_PARALLEL_KEEP ? "keep" : "collapse", p->self_loops ? "true" : "false",
                       r->options->raw ? "true" : "false");
    an_i_strbuf_json_real(&b, r->options->damping);
    an_i_strbuf_puts(&b, "},\n ");
    cli_lens_json(&b, r->lens);
    an_i_strbuf_puts(&b, ",\n \"centralization\": {");
    int first = 1;
    for (int m = 0; m < AN_CENTRALITY_MEASURE_COUNT; m++) {
        if (!r->has_centralization[m])
            continue;
        an_i_strbuf_printf(&b, "%s\"%s\": ", first ? "" : ", ", an_centrality_measure_name((an_centrality_measure)m));
        an_i_strbuf_json_real(&b, r->centralization[m]);
        first = 0;
    }
    an_i_strbuf_puts(&b, "},\n \"nodes\": [");
    for (int64_t v = 0; v < r->n; v++) {
        an_i_strbuf_puts(&b, v ? ",\n  {\"id\": " : "\n  {\"id\": ");
        an_i_strbuf_json_string(&b, an_network_node_id(r->network, v));
        for (size_t k = 0; k < r->count; k++) {
            an_i_strbuf_printf(&b, ", \"%s\": ", an_centrality_measure_name(r->measures[k]));
            an_i_strbuf_json_real(&b, value_of(r, k, v));
        }
        an_i_strbuf_puts(&b, "}");
    }
    an_i_strbuf_puts(&b, "\n]}\n");
    return cli_emit_buffer(&b);
}

/* Append `text` cut or padded to `width` characters (UTF-8 code points, so accented names line up). */
static void padded(an_i_strbuf *b, const char *text, int width)
{
    int shown = 0;
    const char *p = text;
    while (*p && shown < width) {
        const char *start = p++;
        while ((*p & 0xC0) == 0x80)
            p++;
        an_i_strbuf_append(b, start, (size_t)(p - start));
        shown++;
    }
    for (; shown < width; shown++)
        an_i_strbuf_puts(b, " ");
}

/* A table cell: 4 significant digits, "-" for undefined. */
static void cell(an_i_strbuf *b, double value, int width)
{
    if (value != value)
        an_i_strbuf_printf(b, " %*s", width, "-");
    else
        an_i_strbuf_printf(b, " %*.4g", width, value);
}

static int print_table(const request *r, long long top)
{
    /* Rank by the first measure, highest first; constraint lowest first (the least constrained broker). */
    int ascending = r->measures[0] == AN_CONSTRAINT;
    int64_t *order = malloc((size_t)(r->n ? r->n : 1) * sizeof *order);
    double *key = malloc((size_t)(r->n ? r->n : 1) * sizeof *key);
    for (int64_t v = 0; key && v < r->n; v++)
        key[v] = ascending ? -r->values[v] : r->values[v];
    if (!order || !key || an_rank_order(order, key, r->n) != AN_OK) {
        free(order);
        free(key);
        cli_error("out of memory");
        return CLI_EXIT_FAILED;
    }
    free(key);
    int label_column = -1;
    if (an_network_find_column(r->network, AN_DOMAIN_NODE, "label", &label_column) != AN_OK ||
        an_network_column_type(r->network, AN_DOMAIN_NODE, label_column) != AN_TYPE_STRING)
        label_column = -1;
    an_error_clear();
    const an_edge_policy *p = &r->options->policy;
    int direction = an_network_direction(r->network);
    int directed = p->direction != AN_AS_UNDIRECTED && direction != AN_UNDIRECTED;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "%s: %lld actors, %lld ties, read as %s; parallel ties %s; self-loops %s; %s%s%s\n",
                       r->file, (long long)r->n, (long long)an_network_edge_count(r->network),
                       directed ? (direction == AN_MIXED ? "directed (undirected ties as two arcs)" : "directed")
                                : "undirected",
                       p->parallel == AN_PARALLEL_KEEP ? "kept" : "counted once", p->self_loops ? "kept" : "dropped",
                       p->weight ? "weights from '" : "unweighted", p->weight ? p->weight : "",
                       p->weight ? "'" : "");
    cli_lens_text(&b, r->lens);
    int64_t seen = 0;
    for (int64_t v = 0; v < r->n; v++)
        seen += r->values[v] == r->values[v];
    if (seen < r->n)
        an_i_strbuf_printf(&b, "; %lld of %lld actors seen (the others have no value)", (long long)seen,
                           (long long)r->n);
    an_i_strbuf_puts(&b, "\n");
    int any = 0;
    for (int m = 0; m < AN_CENTRALITY_MEASURE_COUNT; m++) {
        if (!r->has_centralization[m])
            continue;
        an_i_strbuf_printf(&b, "%s %s ", any ? "," : "centralisation (Freeman, 0 = all equal, 1 = a star):",
                           an_centrality_measure_name((an_centrality_measure)m));
        if (r->centralization[m] != r->centralization[m])
            an_i_strbuf_puts(&b, m == AN_CLOSENESS && p->weight ? "undefined (weighted)" : "undefined");
        else
            an_i_strbuf_printf(&b, "%.3f", r->centralization[m]);
        any = 1;
    }
    if (any)
        an_i_strbuf_puts(&b, "\n");
    int64_t shown = top > 0 && top < seen ? (int64_t)top : seen;
    an_i_strbuf_printf(&b, "%s %lld by %s%s%s (see 'actornet centrality --help' for definitions):\n\n",
                       ascending ? "lowest" : "top", (long long)shown, an_centrality_measure_name(r->measures[0]),
                       ascending ? " (least constrained first: most brokerage opportunity)" : "",
                       r->options->raw ? ", raw igraph scaling" : "");
    an_i_strbuf_printf(&b, "%4s  %-24s", "rank", "actor");
    if (label_column >= 0)
        an_i_strbuf_printf(&b, "  %-28s", "label");
    for (size_t k = 0; k < r->count; k++) {
        const char *name = an_centrality_measure_name(r->measures[k]);
        int width = (int)strlen(name) > 10 ? (int)strlen(name) : 10;
        an_i_strbuf_printf(&b, " %*s", width, name);
    }
    an_i_strbuf_puts(&b, "\n");
    for (int64_t i = 0; i < shown; i++) {
        int64_t v = order[i];
        an_i_strbuf_printf(&b, "%4lld  ", (long long)(i + 1));
        padded(&b, an_network_node_id(r->network, v), 24);
        if (label_column >= 0) {
            const char *label = NULL;
            if (an_network_get_string(r->network, AN_DOMAIN_NODE, label_column, v, &label) != AN_OK || !label)
                label = "";
            an_i_strbuf_puts(&b, "  ");
            padded(&b, label, 28);
        }
        for (size_t k = 0; k < r->count; k++) {
            int width = (int)strlen(an_centrality_measure_name(r->measures[k]));
            cell(&b, value_of(r, k, v), width > 10 ? width : 10);
        }
        an_i_strbuf_puts(&b, "\n");
    }
    an_error_clear();
    free(order);
    return cli_emit_buffer(&b);
}

/* Parse "a,b,c" into measures; prints a usage error and returns -1 on an unknown name. */
static int parse_measures(const char *list, an_centrality_measure **out, size_t *out_count)
{
    char **names = cli_split_list(list);
    if (!names) {
        cli_error("out of memory");
        return -1;
    }
    size_t count = 0;
    while (names[count])
        count++;
    *out = malloc((count ? count : 1) * sizeof **out);
    if (!*out) {
        cli_free_list(names);
        cli_error("out of memory");
        return -1;
    }
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        if (!*names[i])
            continue;
        if (an_centrality_measure_from_name(&(*out)[kept], names[i]) != AN_OK) {
            cli_error("centrality: unknown measure '%s' (known: degree, in_degree, out_degree, strength, betweenness, "
                      "closeness, harmonic, eigenvector, pagerank, hub, authority, coreness, constraint, "
                      "effective_size)",
                      names[i]);
            cli_free_list(names);
            free(*out);
            *out = NULL;
            return -1;
        }
        kept++;
    }
    cli_free_list(names);
    if (kept == 0) {
        cli_error("centrality: --measure names no measure");
        free(*out);
        *out = NULL;
        return -1;
    }
    *out_count = kept;
    return 0;
}

int cli_cmd_centrality(int argc, char **argv)
{
    const char *file = NULL, *measure_list = NULL, *weight = NULL, *lens_name = NULL, *vocabulary_path = NULL;
    int csv = 0, json = 0, undirected = 0, keep_parallel = 0, self_loops = 0, raw = 0, quiet = 0;
    int approximate = 0;
    long long top = 10, seed = 1, threads = 0;
    double damping = 0.85, epsilon = 0.01, delta = 0.1;
    cli_option options[] = {
        { "measure", 'm', CLI_STRING, &measure_list, "M,...",
          "measures, comma-separated (default: all with --csv/--json; otherwise betweenness,\n"
          "                               degree,closeness,eigenvector,pagerank,constraint)" },
        { "csv", 0, CLI_FLAG, &csv, NULL, "one row per node in file order: id,<measure>,..." },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "weight", 'w', CLI_STRING, &weight, "COLUMN", "numeric edge column with tie weights (default: unweighted)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore tie directions" },
        { "keep-parallel", 0, CLI_FLAG, &keep_parallel, NULL, "count every parallel tie (a multigraph)" },
        { "self-loops", 0, CLI_FLAG, &self_loops, NULL, "keep self-loops (dropped by default)" },
        { "raw", 0, CLI_FLAG, &raw, NULL, "igraph's raw forms instead of NetworkX's scaling" },
        { "damping", 0, CLI_REAL, &damping, "D", "PageRank damping factor (default 0.85)" },
        { "top", 'k', CLI_INT, &top, "K", "table: show the top K actors (default 10; 0 = all)" },
        { "approximate", 0, CLI_FLAG, &approximate, NULL,
          "betweenness by sampling (Riondato-Kornaropoulos): every value within --epsilon\n"
          "                               of the exact one with probability >= 1 - --delta" },
        { "epsilon", 0, CLI_REAL, &epsilon, "E", "--approximate: absolute error bound (default 0.01)" },
        { "delta", 0, CLI_REAL, &delta, "D", "--approximate: failure probability (default 0.1)" },
        { "seed", 0, CLI_INT, &seed, "N", "--approximate: seed of the sampling (default 1)" },
        { "threads", 0, CLI_INT, &threads, "N", "betweenness threads (default: $ACTORNET_THREADS or all CPUs)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet centrality FILE [--measure M,...] [--csv|--json] [--lens LENS] [--vocabulary FILE]\n"
        "                         [--weight COLUMN] [--undirected]\n"
        "                         [--keep-parallel] [--self-loops] [--raw] [--damping D] [--top K]\n"
        "                         [--approximate [--epsilon E] [--delta D] [--seed N]] [--threads N]",
        description,
        "  actornet centrality data/proxy-network.graphml\n"
        "  actornet centrality data/proxy-network.graphml --lens conflict --measure degree\n"
        "  actornet centrality data/karate.graphml --csv > karate-centrality.csv\n"
        "  actornet centrality data/karate.graphml --measure pagerank,strength --weight weight --csv\n"
        "  actornet centrality network.graphml --measure constraint,effective_size --top 20\n"
        "  actornet centrality big.graphml --measure betweenness --approximate --epsilon 0.01 --delta 0.1" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (csv && json) {
        cli_error("centrality: choose one of --csv and --json");
        return CLI_EXIT_USAGE;
    }
    if (approximate && !(epsilon > 0 && epsilon < 1 && delta > 0 && delta < 1)) {
        cli_error("centrality: --epsilon and --delta must be in (0, 1)");
        return CLI_EXIT_USAGE;
    }
    if (threads < 0 || threads > 64) {
        cli_error("centrality: --threads must be in 0..64");
        return CLI_EXIT_USAGE;
    }
    if (threads > 0) {
        char text[16];
        snprintf(text, sizeof text, "%lld", threads);
        setenv("ACTORNET_THREADS", text, 1); /* exact betweenness reads it too */
    }
    an_centrality_measure *measures = NULL;
    size_t count = 0;
    if (measure_list) {
        if (parse_measures(measure_list, &measures, &count) != 0)
            return CLI_EXIT_USAGE;
    } else {
        count = (csv || json) ? AN_CENTRALITY_MEASURE_COUNT : sizeof table_default / sizeof table_default[0];
        measures = malloc(count * sizeof *measures);
        if (!measures) {
            cli_error("out of memory");
            return CLI_EXIT_FAILED;
        }
        for (size_t k = 0; k < count; k++)
            measures[k] = (csv || json) ? (an_centrality_measure)k : table_default[k];
    }
    an_network *network = cli_load(file);
    if (!network) {
        free(measures);
        return CLI_EXIT_INPUT;
    }
    cli_print_warnings(network, quiet || csv || json);
    int status = CLI_EXIT_OK;
    double *values = NULL;
    cli_lens lens;
    int lens_rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE);
    if (lens_rc >= 0) {
        free(measures);
        an_network_free(network);
        return lens_rc;
    }
    an_centrality_options centrality_options = AN_CENTRALITY_OPTIONS_INIT;
    centrality_options.policy.weight = weight;
    centrality_options.policy.direction = undirected ? AN_AS_UNDIRECTED : AN_AS_STORED;
    centrality_options.policy.parallel = keep_parallel ? AN_PARALLEL_KEEP : AN_PARALLEL_COLLAPSE;
    centrality_options.policy.self_loops = self_loops;
    centrality_options.policy.lens = lens.active;
    centrality_options.raw = raw;
    centrality_options.damping = damping;
    int column;
    if (weight && an_network_find_column(network, AN_DOMAIN_EDGE, weight, &column) != AN_OK) {
        cli_error("centrality: %s has no edge column '%s' for --weight", file, weight);
        status = CLI_EXIT_USAGE;
        goto done;
    }
    int64_t n = an_network_node_count(network);
    values = malloc((size_t)(n > 0 ? n : 1) * count * sizeof *values);
    if (!values) {
        cli_error("out of memory");
        status = CLI_EXIT_FAILED;
        goto done;
    }
    request r = { file, network, measures, count, values, n, &centrality_options, { 0 }, { 0 }, &lens };
    int failed = 0;
    an_betweenness_approximation info = { 0, 0, 0, 0, 0 };
    if (!approximate) {
        failed = an_centrality_compute_many(values, network, measures, count, &centrality_options) != AN_OK;
    } else {
        for (size_t k = 0; k < count && !failed; k++) {
            double *out = values + k * (size_t)n;
            if (measures[k] == AN_BETWEENNESS) {
                failed = an_betweenness_approximate_ex(out, &info, network, epsilon, delta, (uint64_t)seed,
                                                       (int)threads, &centrality_options) != AN_OK;
                /* Freeman centralisation would need the exact values */
                r.has_centralization[AN_BETWEENNESS] = 1;
                r.centralization[AN_BETWEENNESS] = NAN;
            } else {
                failed = an_centrality_compute(out, network, measures[k], &centrality_options) != AN_OK;
            }
        }
    }
    if (failed || (!csv && compute_centralization(&r) != 0)) {
        cli_library_error();
        status = CLI_EXIT_FAILED;
        goto done;
    }
    if (approximate && !csv && !json)
        printf("betweenness %s (epsilon %g, delta %g, seed %lld; vertex diameter <= %lld)\n\n",
               info.exact ? "computed exactly: cheaper than sampling here" : "approximated by sampling", epsilon,
               delta, seed, (long long)info.vertex_diameter_bound);
    if (approximate && !csv && !json && !info.exact)
        printf("  %lld shortest paths sampled: every value within %g of the exact one with probability >= %g\n\n",
               (long long)info.samples, epsilon, 1 - delta);
    status = csv ? print_csv(&r) : json ? print_json(&r) : print_table(&r, top);
done:
    free(values);
    free(measures);
    cli_lens_free(&lens);
    an_network_free(network);
    return status;
}
