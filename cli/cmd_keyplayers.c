/*
 * cmd_keyplayers.c — `actornet keyplayers FILE --k K --objective ...`:
 * Borgatti's key-player sets (KPP-Neg fragmentation, KPP-Pos reach).
 */
#include "cli.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* --direction names, in an_kp_direction order. */
static int direction_from_name(const char *name, int *out)
{
    static const char *const names[] = { "auto", "undirected", "out", "in" };
    for (int i = 0; i < 4; i++) {
        if (strcmp(name, names[i]) == 0) {
            *out = i;
            return 0;
        }
    }
    return -1;
}

static const char *direction_name(int direction)
{
    static const char *const names[] = { "auto", "undirected", "out", "in" };
    return direction >= 0 && direction < 4 ? names[direction] : "?";
}

/* Was --k given at all (its sentinel LLONG_MIN is also a value one can type)? */
static int given_k(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "-k") == 0 || strcmp(argv[i], "--k") == 0 || strncmp(argv[i], "--k=", 4) == 0)
            return 1;
    return 0;
}

int cli_cmd_keyplayers(int argc, char **argv)
{
    const char *file = NULL, *objective_name = "fragmentation", *direction = "auto", *lens_name = NULL,
               *vocabulary_path = NULL;
    long long k = LLONG_MIN, m = 1, seed = 1, candidates = 0, max_sets = 2000000, threads = 0;
    int exact = 0, json = 0, quiet = 0;
    cli_option options[] = {
        { "k", 'k', CLI_INT, &k, "K", "how many actors (required)" },
        { "objective", 'o', CLI_STRING, &objective_name, "NAME",
          "fragmentation (default), distance_fragmentation, reach or distance_reach" },
        { "m", 'm', CLI_INT, &m, "STEPS", "reach: count actors within this many steps (default 1)" },
        { "direction", 0, CLI_STRING, &direction, "MODE",
          "auto (default: undirected for fragmentation, out-ties for reach), undirected, out, in" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "exact", 0, CLI_FLAG, &exact, NULL, "try every set (brute force) instead of greedy + swap" },
        { "max-sets", 0, CLI_INT, &max_sets, "N", "--exact refuses beyond this many sets (default 2000000)" },
        { "candidates", 'c', CLI_INT, &candidates, "C", "search only the C best-connected actors (default all)" },
        { "seed", 0, CLI_INT, &seed, "N", "tie-breaking seed (default 1)" },
        { "threads", 0, CLI_INT, &threads, "N", "worker threads (default: one per CPU)" },
        { "json", 0, CLI_FLAG, &json, NULL, "print {\"set\": [ids], \"score\": value, ...}" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet keyplayers FILE --k K [--objective fragmentation|distance_fragmentation|reach|distance_reach]\n"
        "                            [--m STEPS] [--lens LENS] [--exact] [--seed N] [--candidates C] [--json]",
        "Key players (Borgatti 2006). KPP-Neg: the K actors whose removal most disrupts the network,\n"
        "measured on what remains (n' nodes):\n"
        "  fragmentation           F  = 1 - (pairs still connected) / (n'(n'-1))\n"
        "  distance_fragmentation  DF = 1 - sum over pairs of 1/distance / (n'(n'-1))\n"
        "KPP-Pos: the K actors best placed to reach everyone else:\n"
        "  reach                   share of the other actors within --m steps of the set\n"
        "  distance_reach          mean over the other actors of 1/(distance to the set)\n"
        "All four lie in [0, 1]; higher is better. The search starts greedy (add the best actor one at a\n"
        "time) and then swaps members for outsiders while that improves the score (Borgatti's swap,\n"
        "best improvement); ties are broken by --seed. --exact tries every set. Parallel ties and loops\n"
        "change nothing; weights are not used. Fragmentation follows ties in both directions by default\n"
        "(weak components), reach follows them outwards (directed ties one way, undirected both ways).",
        "  actornet keyplayers data/proxy-network.graphml --k 3\n"
        "  actornet keyplayers data/proxy-network.graphml --k 5 --objective reach --m 2 --json\n"
        "  actornet keyplayers data/florentine.graphml --k 2 --objective distance_fragmentation --exact" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    an_keyplayer_options ko = AN_KEYPLAYER_OPTIONS_INIT;
    if (k == LLONG_MIN && !given_k(argc, argv)) {
        cli_error("keyplayers: --k K is required (how many actors to choose)");
        return CLI_EXIT_USAGE;
    }
    if (k < 0) {
        cli_error("keyplayers: --k must be 0 or more (how many actors to choose), got %lld", k);
        return CLI_EXIT_USAGE;
    }
    if (an_keyplayer_objective_from_name(&ko.objective, objective_name) != AN_OK) {
        cli_library_error();
        return CLI_EXIT_USAGE;
    }
    if (direction_from_name(direction, &ko.direction) != 0) {
        cli_error("keyplayers: --direction must be auto, undirected, out or in, not '%s'", direction);
        return CLI_EXIT_USAGE;
    }
    ko.m = m;
    ko.exact = exact;
    ko.max_sets = max_sets;
    ko.candidates = candidates;
    ko.seed = (uint64_t)seed;
    ko.threads = (int)threads;
    an_network *network = cli_load(file);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, quiet || json);
    cli_lens lens;
    if ((rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE)) >= 0) {
        an_network_free(network);
        return rc;
    }
    ko.lens = lens.active;
    int64_t *set = malloc((size_t)(k + 1) * sizeof *set);
    an_keyplayer_result result;
    int status = set ? an_keyplayers_find(set, &result, network, k, &ko) : AN_ENOMEM;
    if (status != AN_OK) {
        if (status == AN_ENOMEM && !set)
            cli_error("out of memory");
        else
            cli_library_error();
        free(set);
        cli_lens_free(&lens);
        an_network_free(network);
        return status == AN_EINVAL ? CLI_EXIT_USAGE : CLI_EXIT_FAILED;
    }
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    int reach = ko.objective == AN_KP_REACH || ko.objective == AN_KP_DISTANCE_REACH;
    if (json) {
        an_i_strbuf_puts(&b, "{\"set\": [");
        for (long long i = 0; i < k; i++) {
            an_i_strbuf_puts(&b, i ? ", " : "");
            an_i_strbuf_json_string(&b, an_network_node_id(network, set[i]));
        }
        an_i_strbuf_puts(&b, "], \"score\": ");
        an_i_strbuf_json_real(&b, result.score);
        an_i_strbuf_printf(&b, ", \"objective\": \"%s\", \"k\": %lld, ", objective_name, k);
        if (ko.objective == AN_KP_REACH)
            an_i_strbuf_printf(&b, "\"m\": %lld, ", m);
        an_i_strbuf_printf(&b, "\"direction\": \"%s\", \"method\": \"%s\", \"greedy_score\": ", direction_name(ko.direction),
                           exact ? "exact" : "greedy+swap");
        an_i_strbuf_json_real(&b, result.greedy_score);
        an_i_strbuf_printf(&b, ", \"swaps\": %lld, \"evaluations\": %lld, \"seed\": %lld, ",
                           (long long)result.swaps, (long long)result.evaluations, seed);
        cli_lens_json(&b, &lens);
        an_i_strbuf_puts(&b, "}\n");
    } else {
        an_i_strbuf_printf(&b, "%s key players, k = %lld (%s): %s = %.6f\n", reach ? "KPP-Pos" : "KPP-Neg", k,
                           exact ? "exact" : "greedy + swap", objective_name, result.score);
        cli_lens_text(&b, &lens);
        an_i_strbuf_puts(&b, "\n");
        if (ko.objective == AN_KP_REACH)
            an_i_strbuf_printf(&b, "(share of the other actors within %lld step%s of the set)\n", m, m == 1 ? "" : "s");
        else if (!reach)
            an_i_strbuf_puts(&b, "(score of the network left after removing the set; 1 = fully fragmented)\n");
        for (long long i = 0; i < k; i++)
            an_i_strbuf_printf(&b, "  %s\n", an_network_node_id(network, set[i]));
        if (!exact)
            an_i_strbuf_printf(&b, "greedy start %.6f, %lld improving swap%s, %lld sets scored\n",
                               result.greedy_score, (long long)result.swaps, result.swaps == 1 ? "" : "s",
                               (long long)result.evaluations);
        else
            an_i_strbuf_printf(&b, "%lld sets scored\n", (long long)result.evaluations);
    }
    free(set);
    cli_lens_free(&lens);
    an_network_free(network);
    return cli_emit_buffer(&b);
}
