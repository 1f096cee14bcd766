/*
 * cited_chain.c — the shortest chain of ties from one actor to another, each
 * hop with the citation it rests on (source and locator), through chosen
 * relations only.
 *
 *   ./cited_chain data/proxy-network.graphml iran ganja_assassination_attempt_2018
 */
#include <actornet.h>

#include <math.h>
#include <stdio.h>

static const char *or_dash(const char *text)
{
    return text ? text : "-";
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: %s FILE.graphml FROM TO\n", argv[0]);
        return 2;
    }
    an_network *network = NULL;
    if (an_network_load_graphml(&network, argv[1], NULL) != AN_OK) {
        fprintf(stderr, "%s\n", an_error_last()->message);
        return 1;
    }
    an_path_result *result = NULL;
    an_path_options options = AN_PATH_OPTIONS_INIT;
    int status = 1;
    if (an_paths_shortest(&result, network, argv[2], argv[3], &options) != AN_OK) {
        fprintf(stderr, "%s\n", an_error_last()->message);
        goto done;
    }
    if (result->count == 0) {
        printf("no chain from %s to %s\n", argv[2], argv[3]);
        status = 0;
        goto done;
    }
    const an_path *path = &result->paths[0];
    printf("%s -> %s: %lld hops\n", result->from, result->to, (long long)path->length);
    for (int64_t i = 0; i < path->length; i++) {
        const an_path_hop *hop = &path->hops[i];
        printf("%lld. %s -[%s]-> %s", (long long)(i + 1), hop->from, or_dash(hop->relation), hop->to);
        if (!isnan(hop->year))
            printf(" (%.0f)", hop->year);
        printf(" [%s]\n   cited: %s; %s\n", or_dash(hop->confidence), or_dash(hop->source),
               or_dash(hop->locator));
    }
    status = 0;
done:
    an_path_result_free(result);
    an_network_free(network);
    return status;
}
