/*
 * edge_list.h — the small text format the oracle scripts write for the C
 * drivers (header-only, for tests):
 *
 *   directed D
 *   nodes N          then N ids, one a line (no spaces)
 *   edges M          then M lines "SOURCE TARGET DIRECTED WEIGHT"
 *
 * SOURCE and TARGET are node indices, DIRECTED 0 or 1, WEIGHT a number or
 * "-" for missing; the weights form a DOUBLE edge column named "weight".
 */
#ifndef AN_TEST_EDGE_LIST_H
#define AN_TEST_EDGE_LIST_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actornet.h"

/* Returns a new network, or NULL if the file cannot be read. */
static an_network *read_network(const char *path)
{
    FILE *file = fopen(path, "r");
    if (!file)
        return NULL;
    int directed = 0;
    long long n = 0, m = 0;
    an_network *network = NULL;
    char id[256], weight[64];
    if (fscanf(file, " directed %d nodes %lld", &directed, &n) != 2 || an_network_new(&network, directed) != AN_OK)
        goto fail;
    for (long long v = 0; v < n; v++)
        if (fscanf(file, " %255s", id) != 1 || an_network_add_node(network, id, NULL) != AN_OK)
            goto fail;
    int column;
    if (fscanf(file, " edges %lld", &m) != 1 ||
        an_network_add_column(network, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE, &column) != AN_OK)
        goto fail;
    for (long long e = 0; e < m; e++) {
        long long s, t;
        int d;
        int64_t edge;
        if (fscanf(file, " %lld %lld %d %63s", &s, &t, &d, weight) != 4 ||
            an_network_add_edge(network, s, t, d, NULL, &edge) != AN_OK)
            goto fail;
        if (strcmp(weight, "-") != 0 && an_network_set_real(network, AN_DOMAIN_EDGE, column, edge, atof(weight)) != AN_OK)
            goto fail;
    }
    fclose(file);
    return network;
fail:
    fclose(file);
    an_network_free(network);
    return NULL;
}

#endif
