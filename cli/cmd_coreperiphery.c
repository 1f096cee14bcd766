/*
 * cmd_coreperiphery.c — `actornet coreperiphery FILE [--model discrete|continuous]`:
 * Borgatti & Everett's core–periphery models and their fit.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char description[] =
    "Core and periphery (Borgatti & Everett 1999, as UCINET's Network > Core/Periphery): is the\n"
    "network a dense core of actors tied to each other, with a periphery tied to the core but\n"
    "hardly to itself?\n"
    "\n"
    "--model discrete (default) finds the core that makes the ties correlate best with the ideal\n"
    "pattern: 1 inside the core, 0 inside the periphery; ties between core and periphery are\n"
    "left out (UCINET's default) or, with --between D, expected at density D. The fit is that\n"
    "correlation (1: a perfect core-periphery structure). The search starts from the best\n"
    "\"top actors by degree\" core and from --restarts random ones (seeded), moving one actor at a\n"
    "time while the fit improves; it is checked against exhaustive search on small networks.\n"
    "\n"
    "--model continuous gives each actor a coreness c_i such that c_i c_j comes as close as\n"
    "possible (least squares) to the ties; the fit is the correlation of the ties with c_i c_j,\n"
    "and the core is the top actors for the size that correlates best with the scores.\n"
    "\n"
    "Ties: directed unless --undirected (directed data fit the symmetric pattern); parallel ties\n"
    "once, or --weight's values summed; self-ties never. A fit above about 0.5 with a core of a\n"
    "few actors is a clear core-periphery structure; a fit near 0 says the network has none.\n"
    "\n"
    "--csv: id,core,coreness (empty outside the lens). --json: {\"file\", \"nodes\", \"ties\",\n"
    "\"directed\", \"lens\", \"weight\", \"model\", \"between_density\", \"fit\", \"core_size\",\n"
    "\"core\": [ids], \"density\": {\"core_core\", \"core_periphery\", \"periphery_core\",\n"
    "\"periphery_periphery\"}, \"coreness\": {id: value or null}, \"iterations\", \"converged\"}.";

static const char *id_of(const cli_analysis *a, int64_t v)
{
    return an_network_node_id(a->network, v);
}

static int print_json(const cli_analysis *a, const an_core_periphery *cp, const an_core_periphery_options *o)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_json_head(&b, a);
    an_i_strbuf_printf(&b, ",\n \"model\": \"%s\", \"between_density\": ",
                       cp->model == AN_CP_DISCRETE ? "discrete" : "continuous");
    if (cp->model == AN_CP_DISCRETE && o->between_density >= 0)
        an_i_strbuf_json_real(&b, o->between_density);
    else
        an_i_strbuf_puts(&b, "null");
    an_i_strbuf_puts(&b, ", \"fit\": ");
    an_i_strbuf_json_real(&b, cp->fit);
    an_i_strbuf_printf(&b, ", \"core_size\": %lld,\n \"core\": [", (long long)cp->core_size);
    const char *separator = "";
    for (int64_t v = 0; v < cp->node_count; v++)
        if (cp->core[v] == 1) {
            an_i_strbuf_puts(&b, separator);
            an_i_strbuf_json_string(&b, id_of(a, v));
            separator = ", ";
        }
    const char *blocks[4] = { "core_core", "core_periphery", "periphery_core", "periphery_periphery" };
    an_i_strbuf_puts(&b, "],\n \"density\": {");
    for (int k = 0; k < 4; k++) {
        an_i_strbuf_printf(&b, "%s\"%s\": ", k ? ", " : "", blocks[k]);
        an_i_strbuf_json_real(&b, cp->density[k]);
    }
    an_i_strbuf_puts(&b, "},\n \"coreness\": {");
    for (int64_t v = 0; v < cp->node_count; v++) {
        an_i_strbuf_puts(&b, v ? ", " : "");
        an_i_strbuf_json_string(&b, id_of(a, v));
        an_i_strbuf_puts(&b, ": ");
        an_i_strbuf_json_real(&b, cp->coreness[v]);
    }
    an_i_strbuf_printf(&b, "},\n \"iterations\": %lld, \"converged\": %s}\n", (long long)cp->iterations,
                       cp->converged ? "true" : "false");
    return cli_emit_buffer(&b);
}

static int print_csv(const cli_analysis *a, const an_core_periphery *cp)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "id,core,coreness\n");
    for (int64_t v = 0; v < cp->node_count; v++) {
        cli_csv_text(&b, id_of(a, v));
        if (cp->core[v] < 0) {
            an_i_strbuf_puts(&b, ",,\n");
            continue;
        }
        an_i_strbuf_printf(&b, ",%d,", cp->core[v]);
        cli_csv_real(&b, cp->coreness[v]);
        an_i_strbuf_puts(&b, "\n");
    }
    return cli_emit_buffer(&b);
}

static const an_core_periphery *sort_by; /* for by_coreness (qsort has no context) */

static int by_coreness(const void *x, const void *y)
{
    int64_t u = *(const int64_t *)x, v = *(const int64_t *)y;
    double a = sort_by->coreness[u], b = sort_by->coreness[v];
    if (a != b)
        return a > b ? -1 : 1;
    return (u > v) - (u < v);
}

static int print_text(const cli_analysis *a, const an_core_periphery *cp, long long top)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_text_head(&b, a);
    char fit[32] = "undefined";
    if (cp->fit == cp->fit)
        snprintf(fit, sizeof fit, "%.4f", cp->fit);
    an_i_strbuf_printf(&b, "\n%s core-periphery model (Borgatti & Everett): fit %s (correlation with the "
                           "ideal pattern)%s\n",
                       cp->model == AN_CP_DISCRETE ? "discrete" : "continuous", fit,
                       cp->converged ? "" : "; NOT converged: raise the iterations");
    an_i_strbuf_printf(&b, "core (%lld actors):", (long long)cp->core_size);
    const char *separator = " ";
    for (int64_t v = 0; v < cp->node_count; v++)
        if (cp->core[v] == 1) {
            an_i_strbuf_printf(&b, "%s%s", separator, id_of(a, v));
            separator = ", ";
        }
    an_i_strbuf_printf(&b, "\n\ndensity      to core  to periphery\n  core      %8.3f  %12.3f\n"
                           "  periphery %8.3f  %12.3f\n",
                       cp->density[0], cp->density[1], cp->density[2], cp->density[3]);
    if (cp->model == AN_CP_CONTINUOUS) {
        int64_t *order = malloc((size_t)(cp->node_count + 1) * sizeof *order), count = 0;
        for (int64_t v = 0; order && v < cp->node_count; v++)
            if (cp->core[v] >= 0)
                order[count++] = v;
        sort_by = cp;
        if (order)
            qsort(order, (size_t)count, sizeof *order, by_coreness);
        int64_t shown = top > 0 && top < count ? top : count;
        an_i_strbuf_printf(&b, "\ncoreness (top %lld)\n", (long long)shown);
        for (int64_t i = 0; order && i < shown; i++)
            an_i_strbuf_printf(&b, "  %-32.32s %8.4f%s\n", id_of(a, order[i]), cp->coreness[order[i]],
                               cp->core[order[i]] ? "  core" : "");
        free(order);
    }
    return cli_emit_buffer(&b);
}

int cli_cmd_coreperiphery(int argc, char **argv)
{
    const char *file = NULL, *lens_name = NULL, *vocabulary_path = NULL, *weight = NULL, *model = "discrete";
    int json = 0, csv = 0, undirected = 0, quiet = 0;
    double between = -1;
    long long restarts = 20, top = 20, seed = AN_POSITIONS_DEFAULT_SEED;
    cli_option options[] = {
        { "model", 'm', CLI_STRING, &model, "MODEL", "discrete (default) or continuous" },
        { "between", 0, CLI_REAL, &between, "D", "discrete: expected density of core-periphery ties (default: left out)" },
        { "restarts", 0, CLI_INT, &restarts, "N", "discrete: random starting partitions (default 20)" },
        { "seed", 0, CLI_INT, &seed, "S", "seed of the random starts" },
        { "top", 'k', CLI_INT, &top, "K", "continuous text: list the K actors with the highest coreness (default 20; 0 = all)" },
        { "weight", 'w', CLI_STRING, &weight, "COLUMN", "valued ties: the edge column's values (summed over parallel ties)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore tie directions" },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "csv", 0, CLI_FLAG, &csv, NULL, "print CSV: id,core,coreness" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet coreperiphery FILE [--model discrete|continuous] [--between D] [--restarts N] [--seed S]\n"
        "                            [--weight COLUMN] [--lens LENS] [--undirected] [--json|--csv]",
        description,
        "  actornet coreperiphery data/proxy-network.graphml\n"
        "  actornet coreperiphery data/karate.graphml --model continuous --top 10\n"
        "  actornet coreperiphery network.graphml --between 0.5 --json" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    an_core_periphery_options o = AN_CORE_PERIPHERY_OPTIONS_INIT;
    if (strcmp(model, "continuous") == 0)
        o.model = AN_CP_CONTINUOUS;
    else if (strcmp(model, "discrete") != 0) {
        cli_error("coreperiphery: unknown --model '%s' (discrete, continuous)", model);
        return CLI_EXIT_USAGE;
    }
    if (json && csv) {
        cli_error("coreperiphery: choose one of --json and --csv");
        return CLI_EXIT_USAGE;
    }
    if ((between != -1 && !(between >= 0 && between <= 1)) || restarts < 0 || seed < 0) {
        cli_error("coreperiphery: --between must be in [0, 1], --restarts and --seed >= 0");
        return CLI_EXIT_USAGE;
    }
    cli_analysis a;
    if ((rc = cli_analysis_open(&a, "coreperiphery", file, lens_name, vocabulary_path, weight, undirected,
                                quiet || json || csv)) >= 0)
        return rc;
    o.between_density = between;
    o.restarts = restarts;
    o.seed = (uint64_t)seed;
    o.policy = a.policy;
    an_core_periphery *cp = NULL;
    int status = (rc = an_network_core_periphery(&cp, a.network, &o)) != AN_OK ? cli_analysis_failed(rc)
                 : json ? print_json(&a, cp, &o)
                 : csv  ? print_csv(&a, cp)
                        : print_text(&a, cp, top);
    an_core_periphery_free(cp);
    cli_analysis_close(&a);
    return status;
}
