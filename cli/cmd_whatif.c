/*
 * cmd_whatif.c — `actornet whatif FILE --remove ID[,ID...]`: what removing
 * actors does to components, fragmentation, efficiency and reach.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const measure_names[] = { "nodes", "edges", "components", "largest_component", "fragmentation",
                                             "distance_fragmentation", "efficiency", "mean_reach" };
#define MEASURES 8

static void values_of(const an_whatif_state *s, double *out)
{
    out[0] = (double)s->nodes;
    out[1] = (double)s->edges;
    out[2] = (double)s->components;
    out[3] = (double)s->largest_component;
    out[4] = s->fragmentation;
    out[5] = s->distance_fragmentation;
    out[6] = s->efficiency;
    out[7] = s->mean_reach;
}

static void json_state(an_i_strbuf *b, const char *name, const double *values)
{
    an_i_strbuf_printf(b, ",\n  \"%s\": {", name);
    for (int i = 0; i < MEASURES; i++) {
        an_i_strbuf_printf(b, "%s\"%s\": ", i ? ", " : "", measure_names[i]);
        if (i < 4 && values[i] == values[i])
            an_i_strbuf_json_integer(b, (int64_t)values[i]);
        else
            an_i_strbuf_json_real(b, values[i]);
    }
    an_i_strbuf_puts(b, "}");
}

int cli_cmd_whatif(int argc, char **argv)
{
    const char *file = NULL, *remove = NULL, *direction = "auto", *lens_name = NULL, *vocabulary_path = NULL;
    long long threads = 0;
    int json = 0, quiet = 0, no_distances = 0;
    cli_option options[] = {
        { "remove", 'r', CLI_STRING, &remove, "ID[,ID...]", "actors to remove, by node id (required)" },
        { "direction", 0, CLI_STRING, &direction, "MODE",
          "auto (default: undirected, but reach follows out-ties), undirected, out, in" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "no-distances", 0, CLI_FLAG, &no_distances, NULL,
          "skip the measures that need a search from every actor (for very large networks)" },
        { "threads", 0, CLI_INT, &threads, "N", "worker threads (default: one per CPU)" },
        { "json", 0, CLI_FLAG, &json, NULL, "print {\"removed\": [...], \"before\": {...}, \"after\": {...}, "
                                             "\"change\": {...}}" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet whatif FILE --remove ID[,ID...] [--lens LENS] [--direction MODE] [--no-distances] [--json]",
        "Remove actors (and their ties) and compare the network before and after:\n"
        "  components              weak components (isolates count)\n"
        "  largest_component       actors in the largest one\n"
        "  fragmentation           F = 1 - (pairs still connected) / (n(n-1))          (Borgatti 2006)\n"
        "  distance_fragmentation  DF = 1 - sum over pairs of 1/distance / (n(n-1))\n"
        "  efficiency              mean over pairs of 1/distance = 1 - DF  (Latora & Marchiori 2001;\n"
        "                          networkx.global_efficiency on undirected networks)\n"
        "  mean_reach              how many others an actor can reach, on average\n"
        "n counts the actors present. Parallel ties and loops change nothing. By default distances\n"
        "ignore direction and reach follows ties outwards (directed ties one way).",
        "  actornet whatif data/proxy-network.graphml --remove irgc_quds_force\n"
        "  actornet whatif data/florentine.graphml --remove Medici,Guadagni --json" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (!remove) {
        cli_error("whatif: --remove ID[,ID...] is required");
        return CLI_EXIT_USAGE;
    }
    static const char *const direction_names[] = { "auto", "undirected", "out", "in" };
    an_whatif_options wo = AN_WHATIF_OPTIONS_INIT;
    wo.direction = -1;
    for (int i = 0; i < 4; i++)
        if (strcmp(direction, direction_names[i]) == 0)
            wo.direction = i;
    if (wo.direction < 0) {
        cli_error("whatif: --direction must be auto, undirected, out or in, not '%s'", direction);
        return CLI_EXIT_USAGE;
    }
    wo.distances = !no_distances;
    wo.threads = (int)threads;
    char **ids = cli_split_list(remove);
    if (!ids) {
        cli_error("out of memory");
        return CLI_EXIT_FAILED;
    }
    size_t count = 0;
    while (ids[count])
        count++;
    an_network *network = cli_load(file);
    if (!network) {
        cli_free_list(ids);
        return CLI_EXIT_INPUT;
    }
    cli_print_warnings(network, quiet || json);
    cli_lens lens;
    if ((rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE)) >= 0) {
        cli_free_list(ids);
        an_network_free(network);
        return rc;
    }
    wo.lens = lens.active;
    an_whatif_result result;
    int status = an_whatif_remove(&result, network, (const char *const *)ids, count, &wo);
    if (status != AN_OK) {
        cli_library_error();
        cli_free_list(ids);
        cli_lens_free(&lens);
        an_network_free(network);
        return status == AN_ENOTFOUND || status == AN_EINVAL ? CLI_EXIT_USAGE : CLI_EXIT_FAILED;
    }
    double before[MEASURES], after[MEASURES], change[MEASURES];
    values_of(&result.before, before);
    values_of(&result.after, after);
    for (int i = 0; i < MEASURES; i++)
        change[i] = after[i] - before[i];
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    if (json) {
        an_i_strbuf_puts(&b, "{\"removed\": [");
        for (size_t i = 0; i < count; i++) {
            an_i_strbuf_puts(&b, i ? ", " : "");
            an_i_strbuf_json_string(&b, ids[i]);
        }
        an_i_strbuf_printf(&b, "], \"direction\": \"%s\", ", direction);
        cli_lens_json(&b, &lens);
        json_state(&b, "before", before);
        json_state(&b, "after", after);
        json_state(&b, "change", change);
        an_i_strbuf_puts(&b, "\n}\n");
    } else {
        an_i_strbuf_puts(&b, "removing");
        for (size_t i = 0; i < count; i++)
            an_i_strbuf_printf(&b, "%s %s", i ? "," : "", ids[i]);
        an_i_strbuf_puts(&b, "\n");
        cli_lens_text(&b, &lens);
        an_i_strbuf_printf(&b, "\n\n%-24s %14s %14s %14s\n", "measure", "before", "after", "change");
        for (int i = 0; i < MEASURES; i++) {
            if (i < 4)
                an_i_strbuf_printf(&b, "%-24s %14.0f %14.0f %+14.0f\n", measure_names[i], before[i], after[i],
                                   change[i]);
            else if (before[i] != before[i])
                an_i_strbuf_printf(&b, "%-24s %14s %14s %14s\n", measure_names[i], "-", "-", "-");
            else
                an_i_strbuf_printf(&b, "%-24s %14.6f %14.6f %+14.6f\n", measure_names[i], before[i], after[i],
                                   change[i]);
        }
    }
    cli_free_list(ids);
    cli_lens_free(&lens);
    an_network_free(network);
    return cli_emit_buffer(&b);
}
