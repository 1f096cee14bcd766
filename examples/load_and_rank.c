/*
 * load_and_rank.c — load a GraphML network and list its top brokers by
 * betweenness (NetworkX's normalisation), with each actor's label.
 *
 *   cc load_and_rank.c $(pkg-config --cflags --libs actornet) -o load_and_rank
 *   ./load_and_rank data/proxy-network.graphml 5
 */
#include <actornet.h>

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE.graphml [TOP]\n", argv[0]);
        return 2;
    }
    int64_t top = argc > 2 ? atoll(argv[2]) : 10;
    an_network *network = NULL;
    if (an_network_load_graphml(&network, argv[1], NULL) != AN_OK) {
        fprintf(stderr, "%s\n", an_error_last()->message);   /* FILE:LINE:COL: what */
        return 1;
    }
    int64_t n = an_network_node_count(network);
    double *score = malloc((size_t)(n > 0 ? n : 1) * sizeof *score);
    int64_t *order = malloc((size_t)(n > 0 ? n : 1) * sizeof *order);
    int status = 1;
    if (!score || !order) {
        fprintf(stderr, "out of memory\n");
        goto done;
    }
    if (an_centrality_compute(score, network, AN_BETWEENNESS, NULL) != AN_OK ||
        an_rank_order(order, score, n) != AN_OK) {
        fprintf(stderr, "%s\n", an_error_last()->message);
        goto done;
    }
    int label = -1;
    if (an_network_find_column(network, AN_DOMAIN_NODE, "label", &label) != AN_OK)
        label = -1;
    printf("%lld actors, %lld ties; top brokers by betweenness:\n", (long long)n,
           (long long)an_network_edge_count(network));
    for (int64_t i = 0; i < top && i < n; i++) {
        const char *name = NULL;
        if (label < 0 || an_network_get_string(network, AN_DOMAIN_NODE, label, order[i], &name) != AN_OK)
            name = an_network_node_id(network, order[i]);
        printf("%3lld  %-30s %.6f\n", (long long)(i + 1), name, score[order[i]]);
    }
    status = 0;
done:
    free(order);
    free(score);
    an_network_free(network);
    return status;
}
