/*
 * cmd_cug.c — `actornet cug FILE --measure M [--given edges|size|dyads]`: is a
 * measure unusual for a network of this size (and density, or dyad census)?
 */
#include "cli.h"

#include <string.h>

static const char description[] =
    "A conditional uniform graph test (Anderson, Butts & Carley 1999; R's sna::cug.test): is the\n"
    "network's measure — its centralisation, transitivity, reciprocity, a triad count — unusual\n"
    "among random networks of the same size? --given edges (default) draws networks with as\n"
    "many ties as the observed one (same density); size, with every tie present with\n"
    "probability 1/2; dyads, with the same numbers of mutual, asymmetric and null pairs\n"
    "(U|MAN). Pr(X >= obs) small: the network has more of the measure than chance gives a\n"
    "network of that size and density; Pr(X <= obs) small: less.\n"
    "\n"
    "The network is read as a plain graph first: ties directed unless --undirected, parallel ties\n"
    "once, self-ties dropped, through the lens when there is one; each random network is a plain\n"
    "graph on the same actors. Random networks whose measure is undefined (e.g. reciprocity\n"
    "without ties) are counted and left out of the p-values.\n"
    "\n"
    "Measures: density, reciprocity, transitivity, average_clustering, mean_distance, diameter,\n"
    "components, largest_component, mutual, asymmetric, triad_003 ... triad_300 (e.g.\n"
    "triad_030T), centralization_degree, centralization_in_degree, centralization_out_degree,\n"
    "centralization_betweenness, centralization_closeness — each as its own command computes it.\n"
    "\n"
    "--json: {\"file\", \"nodes\", \"ties\", \"directed\", \"lens\", \"weight\", \"measure\", \"given\",\n"
    "\"replicates\", \"seed\", \"observed\", \"p_greater\", \"p_less\", \"mean\", \"sd\", \"undefined\",\n"
    "\"graph_ties\"}; --values adds \"values\": the measure of every random network.";

int cli_cmd_cug(int argc, char **argv)
{
    const char *file = NULL, *lens_name = NULL, *vocabulary_path = NULL, *measure = NULL, *given = "edges";
    int json = 0, undirected = 0, quiet = 0, values = 0;
    long long replicates = 1000, seed = AN_POSITIONS_DEFAULT_SEED;
    cli_option options[] = {
        { "measure", 'm', CLI_STRING, &measure, "MEASURE", "the statistic to test (see above)" },
        { "given", 0, CLI_STRING, &given, "WHAT", "edges (default), size or dyads" },
        { "replicates", 'n', CLI_INT, &replicates, "N", "random networks (default 1000)" },
        { "seed", 0, CLI_INT, &seed, "S", "seed of the random networks" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore tie directions" },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "values", 0, CLI_FLAG, &values, NULL, "JSON: also every random network's value" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet cug FILE --measure MEASURE [--given edges|size|dyads] [--replicates N] [--seed S]\n"
        "                  [--lens LENS] [--undirected] [--json [--values]]",
        description,
        "  actornet cug data/proxy-network.graphml --measure centralization_betweenness\n"
        "  actornet cug data/proxy-network.graphml --measure triad_030T --given dyads --json\n"
        "  actornet cug data/karate.graphml --measure transitivity --replicates 5000" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    an_cug_options o = AN_CUG_OPTIONS_INIT;
    if (!measure) {
        cli_error("cug: give the statistic with --measure (see actornet cug --help)");
        return CLI_EXIT_USAGE;
    }
    if (strcmp(given, "size") == 0)
        o.condition = AN_CUG_SIZE;
    else if (strcmp(given, "dyads") == 0 || strcmp(given, "dyad.census") == 0)
        o.condition = AN_CUG_DYAD_CENSUS;
    else if (strcmp(given, "edges") != 0) {
        cli_error("cug: unknown --given '%s' (edges, size, dyads)", given);
        return CLI_EXIT_USAGE;
    }
    if (replicates < 1 || seed < 0) {
        cli_error("cug: --replicates must be >= 1 and --seed >= 0");
        return CLI_EXIT_USAGE;
    }
    int known = 0;
    for (const char *const *name = an_cug_measure_names(); *name && !known; name++)
        known = strcmp(*name, measure) == 0;
    if (!known) {
        cli_error("cug: unknown --measure '%s' (see actornet cug --help)", measure);
        return CLI_EXIT_USAGE;
    }
    cli_analysis a;
    if ((rc = cli_analysis_open(&a, "cug", file, lens_name, vocabulary_path, NULL, undirected, quiet || json)) >= 0)
        return rc;
    o.replicates = replicates;
    o.seed = (uint64_t)seed;
    o.policy = a.policy;
    an_cug_result *r = NULL;
    int status;
    if ((rc = an_cug_test_measure(&r, a.network, measure, &o)) != AN_OK) {
        status = cli_analysis_failed(rc);
    } else {
        an_i_strbuf b;
        an_i_strbuf_init(&b);
        if (json) {
            cli_analysis_json_head(&b, &a);
            an_i_strbuf_puts(&b, ", \"measure\": ");
            an_i_strbuf_json_string(&b, measure);
            an_i_strbuf_printf(&b, ", \"given\": \"%s\", \"replicates\": %lld, \"seed\": %llu, \"observed\": ",
                               an_cug_condition_name(r->condition), (long long)r->replicates,
                               (unsigned long long)o.seed);
            const struct {
                const char *name;
                double value;
            } reals[] = { { "p_greater", r->p_greater }, { "p_less", r->p_less }, { "mean", r->mean }, { "sd", r->sd } };
            an_i_strbuf_json_real(&b, r->observed);
            for (size_t k = 0; k < sizeof reals / sizeof reals[0]; k++) {
                an_i_strbuf_printf(&b, ", \"%s\": ", reals[k].name);
                an_i_strbuf_json_real(&b, reals[k].value);
            }
            an_i_strbuf_printf(&b, ", \"undefined\": %lld, \"graph_ties\": %lld", (long long)r->undefined,
                               (long long)r->ties);
            if (values) {
                an_i_strbuf_puts(&b, ",\n \"values\": [");
                for (int64_t k = 0; k < r->replicates; k++) {
                    an_i_strbuf_puts(&b, k ? ", " : "");
                    an_i_strbuf_json_real(&b, r->values[k]);
                }
                an_i_strbuf_puts(&b, "]");
            }
            an_i_strbuf_puts(&b, "}\n");
        } else {
            cli_analysis_text_head(&b, &a);
            an_i_strbuf_printf(&b, "\nCUG test of %s given %s (%lld actors, %lld %s), %lld random networks (seed %llu)\n",
                               measure, given, (long long)r->nodes, (long long)r->ties, r->directed ? "arcs" : "ties",
                               (long long)r->replicates, (unsigned long long)o.seed);
            const struct {
                const char *label, *format;
                double value;
            } rows[] = { { "observed", "%.6g", r->observed },       { "random mean", "%.6g", r->mean },
                         { "random sd", "%.4g", r->sd },            { "Pr(X >= observed)", "%.4f", r->p_greater },
                         { "Pr(X <= observed)", "%.4f", r->p_less } };
            for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
                an_i_strbuf_printf(&b, "  %-20s", rows[k].label);
                if (rows[k].value != rows[k].value)
                    an_i_strbuf_puts(&b, "undefined");
                else
                    an_i_strbuf_printf(&b, rows[k].format, rows[k].value);
                an_i_strbuf_puts(&b, "\n");
            }
            if (r->undefined)
                an_i_strbuf_printf(&b, "  %lld random networks had no value and are left out\n",
                                   (long long)r->undefined);
        }
        status = cli_emit_buffer(&b);
    }
    an_cug_result_free(r);
    cli_analysis_close(&a);
    return status;
}
