/*
 * kp_driver.c — the oracle script's window into the key-player library.
 *
 *   kp_driver NETWORK_FILE < commands
 *
 * NETWORK_FILE is in the format of test_network_text.h. Each command line
 * gets one output line ("ok ..." or "error CODE message"):
 *   score OBJECTIVE DIRECTION M [ID ...]            -> ok SCORE
 *   find OBJECTIVE DIRECTION M K EXACT SEED CANDIDATES THREADS
 *                                                   -> ok SCORE GREEDY SWAPS EVALUATIONS ID ...
 *   whatif DIRECTION DISTANCES [ID ...]             -> ok (nodes edges components largest
 *                                                      fragmentation distance_fragmentation
 *                                                      efficiency mean_reach) before, then after
 * DIRECTION is auto, undirected, out or in. Reals are printed with %.17g.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_network_text.h"

#define MAX_WORDS 4096

static int direction_from(const char *name)
{
    if (strcmp(name, "undirected") == 0)
        return AN_KP_UNDIRECTED;
    if (strcmp(name, "out") == 0)
        return AN_KP_OUT;
    if (strcmp(name, "in") == 0)
        return AN_KP_IN;
    return AN_KP_DIRECTION_AUTO;
}

static void fail(int rc)
{
    printf("error %s %s\n", an_status_name(rc), an_error_last()->message);
}

static int find_ids(const an_network *network, char **words, int count, int64_t *nodes)
{
    for (int i = 0; i < count; i++) {
        int rc = an_network_find_node(network, words[i], &nodes[i]);
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

static void print_state(const an_whatif_state *s)
{
    printf(" %lld %lld %lld %lld %.17g %.17g %.17g %.17g", (long long)s->nodes, (long long)s->edges,
           (long long)s->components, (long long)s->largest_component, s->fragmentation,
           s->distance_fragmentation, s->efficiency, s->mean_reach);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: kp_driver NETWORK_FILE < commands\n");
        return 2;
    }
    an_network *network = an_t_network_read(argv[1]);
    if (!network)
        return 1;
    static char line[1 << 20];
    static char *words[MAX_WORDS];
    static int64_t nodes[MAX_WORDS];
    while (fgets(line, sizeof line, stdin)) {
        int count = 0;
        for (char *word = strtok(line, " \t\r\n"); word && count < MAX_WORDS; word = strtok(NULL, " \t\r\n"))
            words[count++] = word;
        if (count == 0)
            continue;
        int rc;
        if (strcmp(words[0], "score") == 0 && count >= 4) {
            an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
            if ((rc = an_keyplayer_objective_from_name(&options.objective, words[1])) != AN_OK) {
                fail(rc);
                continue;
            }
            options.direction = direction_from(words[2]);
            options.m = atoll(words[3]);
            double score;
            if ((rc = find_ids(network, words + 4, count - 4, nodes)) != AN_OK ||
                (rc = an_keyplayers_score(&score, network, nodes, count - 4, &options)) != AN_OK) {
                fail(rc);
                continue;
            }
            printf("ok %.17g\n", score);
        } else if (strcmp(words[0], "find") == 0 && count == 10) {
            an_keyplayer_options options = AN_KEYPLAYER_OPTIONS_INIT;
            if ((rc = an_keyplayer_objective_from_name(&options.objective, words[1])) != AN_OK) {
                fail(rc);
                continue;
            }
            options.direction = direction_from(words[2]);
            options.m = atoll(words[3]);
            int64_t k = atoll(words[4]);
            options.exact = atoi(words[5]);
            options.seed = strtoull(words[6], NULL, 10);
            options.candidates = atoll(words[7]);
            options.threads = atoi(words[8]);
            options.max_sets = atoll(words[9]);
            an_keyplayer_result result;
            if (k > MAX_WORDS || (rc = an_keyplayers_find(nodes, &result, network, k, &options)) != AN_OK) {
                fail(k > MAX_WORDS ? AN_EINVAL : rc);
                continue;
            }
            printf("ok %.17g %.17g %lld %lld", result.score, result.greedy_score, (long long)result.swaps,
                   (long long)result.evaluations);
            for (int64_t i = 0; i < k; i++)
                printf(" %s", an_network_node_id(network, nodes[i]));
            printf("\n");
        } else if (strcmp(words[0], "whatif") == 0 && count >= 3) {
            an_whatif_options options = AN_WHATIF_OPTIONS_INIT;
            options.direction = direction_from(words[1]);
            options.distances = atoi(words[2]);
            an_whatif_result result;
            if ((rc = an_whatif_remove(&result, network, (const char *const *)(words + 3), (size_t)(count - 3),
                                       &options)) != AN_OK) {
                fail(rc);
                continue;
            }
            printf("ok");
            print_state(&result.before);
            print_state(&result.after);
            printf("\n");
        } else {
            printf("error usage unknown command\n");
        }
        fflush(stdout);
    }
    an_network_free(network);
    return 0;
}
