/*
 * cmd_census.c — `actornet census FILE [--json|--csv] [--undirected] [--lens LENS]`:
 * the dyad census and the triad census (the 16 MAN types).
 */
#include "cli.h"

#include <string.h>

static const char description[] =
    "The dyad census counts the pairs of actors joined both ways (mutual), one way (asymmetric)\n"
    "or not at all (null) (Holland & Leinhardt 1970). The triad census counts the triples of\n"
    "actors by the pattern of ties among them (Davis & Leinhardt 1972): each type is named by\n"
    "its numbers of Mutual, Asymmetric and Null dyads, and a letter — D(own), U(p), C(yclic),\n"
    "T(ransitive). Transitive (030T, 120D, 120U, 210, 300) and cyclic (030C, 120C) triads say\n"
    "whether influence runs in hierarchies or in circles; many 021D / 021U triads mark hubs\n"
    "that send or receive without reciprocation.\n"
    "\n"
    "The counts equal R's sna::triad.census / dyad.census, igraph's triad_census and NetworkX's\n"
    "triadic_census. Parallel ties count once, self-loops never; an undirected tie is mutual, so\n"
    "an undirected network has only 003, 102, 201 and 300 triads (--undirected reads every tie\n"
    "so). With a lens, only the actors and ties the lens sees are counted.\n"
    "\n"
    "--json: {\"file\", \"nodes\", \"ties\", \"directed\", \"lens\", \"weight\", \"actors\",\n"
    "\"dyads\": {\"mutual\", \"asymmetric\", \"null\"}, \"triads\": {\"003\": N, ..., \"300\": N}}.\n"
    "--csv: census,type,count — one row per dyad and triad type.";

static const char *const triad_meaning[AN_TRIAD_TYPES] = {
    "no tie",
    "one tie",
    "one mutual tie",
    "two ties from one actor (out-star)",
    "two ties into one actor (in-star)",
    "a chain a -> b -> c",
    "a <-> b <- c",
    "a <-> b -> c",
    "transitive: a -> b -> c, a -> c",
    "cycle: a -> b -> c -> a",
    "two mutual ties",
    "a <- b -> c, a <-> c",
    "a -> b <- c, a <-> c",
    "a -> b -> c, a <-> c",
    "a -> b <-> c, a <-> c",
    "all mutual",
};

static int print_csv(const int64_t *dyads, const int64_t *triads)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "census,type,count\n");
    for (int t = 0; t < 3; t++)
        an_i_strbuf_printf(&b, "dyad,%s,%lld\n", an_dyad_type_name(t), (long long)dyads[t]);
    for (int t = 0; t < AN_TRIAD_TYPES; t++)
        an_i_strbuf_printf(&b, "triad,%s,%lld\n", an_triad_type_name(t), (long long)triads[t]);
    return cli_emit_buffer(&b);
}

static int print_json(const cli_analysis *a, int64_t actors, const int64_t *dyads, const int64_t *triads)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_json_head(&b, a);
    an_i_strbuf_printf(&b, ", \"actors\": %lld,\n \"dyads\": {", (long long)actors);
    for (int t = 0; t < 3; t++)
        an_i_strbuf_printf(&b, "%s\"%s\": %lld", t ? ", " : "", an_dyad_type_name(t), (long long)dyads[t]);
    an_i_strbuf_puts(&b, "},\n \"triads\": {");
    for (int t = 0; t < AN_TRIAD_TYPES; t++)
        an_i_strbuf_printf(&b, "%s\"%s\": %lld", t ? ", " : "", an_triad_type_name(t), (long long)triads[t]);
    an_i_strbuf_puts(&b, "}}\n");
    return cli_emit_buffer(&b);
}

static void share(an_i_strbuf *b, int64_t count, int64_t total)
{
    if (total > 0)
        an_i_strbuf_printf(b, "%8.3f%%", 100.0 * (double)count / (double)total);
    else
        an_i_strbuf_puts(b, "        ");
}

static int print_text(const cli_analysis *a, int64_t actors, const int64_t *dyads, const int64_t *triads)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_text_head(&b, a);
    int64_t pairs = dyads[0] + dyads[1] + dyads[2], triples = 0;
    for (int t = 0; t < AN_TRIAD_TYPES; t++)
        triples += triads[t];
    an_i_strbuf_printf(&b, "\ndyad census (%lld actors, %lld pairs)\n", (long long)actors, (long long)pairs);
    for (int t = 0; t < 3; t++) {
        an_i_strbuf_printf(&b, "  %-11s %12lld", an_dyad_type_name(t), (long long)dyads[t]);
        share(&b, dyads[t], pairs);
        an_i_strbuf_puts(&b, "\n");
    }
    an_i_strbuf_printf(&b, "\ntriad census (%lld triples)\n", (long long)triples);
    for (int t = 0; t < AN_TRIAD_TYPES; t++) {
        an_i_strbuf_printf(&b, "  %-5s %14lld", an_triad_type_name(t), (long long)triads[t]);
        share(&b, triads[t], triples);
        an_i_strbuf_printf(&b, "  %s\n", triad_meaning[t]);
    }
    return cli_emit_buffer(&b);
}

int cli_cmd_census(int argc, char **argv)
{
    const char *file = NULL, *lens_name = NULL, *vocabulary_path = NULL;
    int json = 0, csv = 0, undirected = 0, quiet = 0;
    cli_option options[] = {
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "csv", 0, CLI_FLAG, &csv, NULL, "print CSV: census,type,count" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "read every tie as undirected (mutual)" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = { "actornet census FILE [--json|--csv] [--lens LENS] [--undirected]", description,
                        "  actornet census data/proxy-network.graphml\n"
                        "  actornet census data/proxy-network.graphml --lens conflict --json\n"
                        "  actornet census network.graphml --csv > census.csv" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (json && csv) {
        cli_error("census: choose one of --json and --csv");
        return CLI_EXIT_USAGE;
    }
    cli_analysis a;
    if ((rc = cli_analysis_open(&a, "census", file, lens_name, vocabulary_path, NULL, undirected,
                                quiet || json || csv)) >= 0)
        return rc;
    int64_t dyads[3], triads[AN_TRIAD_TYPES];
    int status;
    if ((rc = an_network_dyad_census(dyads, a.network, &a.policy)) != AN_OK ||
        (rc = an_network_triad_census(triads, a.network, &a.policy)) != AN_OK) {
        status = cli_analysis_failed(rc);
    } else {
        int64_t actors = cli_analysis_actors(&a);
        status = json ? print_json(&a, actors, dyads, triads) : csv ? print_csv(dyads, triads)
                                                                  : print_text(&a, actors, dyads, triads);
    }
    cli_analysis_close(&a);
    return status;
}
