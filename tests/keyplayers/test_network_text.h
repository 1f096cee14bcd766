/*
 * test_network_text.h — build test networks through the public API, from
 * code or from a tiny line format the oracle scripts write:
 *
 *   directed 0|1              default edge direction (first line)
 *   groups none|string|int    type of the node column "group" (optional)
 *   node ID [VALUE|-]         '-' leaves the group missing
 *   edge SOURCE TARGET [0|1]  per-edge direction; omitted: the default
 *
 * Used by the key-player and brokerage tests and their oracle drivers.
 */
#ifndef AN_TEST_NETWORK_TEXT_H
#define AN_TEST_NETWORK_TEXT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actornet.h"

/* A network with nodes "0".."n-1" and the given edges (pairs), all `directed`. */
static inline an_network *an_t_network(int64_t n, const int64_t *edges, int64_t m, int directed)
{
    an_network *network = NULL;
    if (an_network_new(&network, directed) != AN_OK)
        return NULL;
    for (int64_t v = 0; v < n; v++) {
        char id[32];
        snprintf(id, sizeof id, "%lld", (long long)v);
        if (an_network_add_node(network, id, NULL) != AN_OK)
            goto fail;
    }
    for (int64_t e = 0; e < m; e++)
        if (an_network_add_edge(network, edges[2 * e], edges[2 * e + 1], -1, NULL, NULL) != AN_OK)
            goto fail;
    return network;
fail:
    an_network_free(network);
    return NULL;
}

/* Load the line format above; NULL (with a message on stderr) on failure. */
static inline an_network *an_t_network_read(const char *path)
{
    FILE *file = fopen(path, "r");
    if (!file) {
        fprintf(stderr, "cannot open %s\n", path);
        return NULL;
    }
    an_network *network = NULL;
    int column = -1, group_type = -1;
    char line[4096];
    while (fgets(line, sizeof line, file)) {
        char word[64], a[1024], b[1024];
        int fields = sscanf(line, "%63s %1023s %1023s", word, a, b);
        if (fields < 1 || word[0] == '#')
            continue;
        if (strcmp(word, "directed") == 0) {
            if (an_network_new(&network, atoi(a)) != AN_OK)
                break;
        } else if (!network) {
            fprintf(stderr, "%s: first line must be 'directed'\n", path);
            break;
        } else if (strcmp(word, "groups") == 0) {
            if (strcmp(a, "none") == 0)
                continue;
            group_type = strcmp(a, "int") == 0 ? AN_TYPE_LONG : AN_TYPE_STRING;
            if (an_network_add_column(network, AN_DOMAIN_NODE, "group", (an_type)group_type, &column) != AN_OK)
                goto fail;
        } else if (strcmp(word, "node") == 0) {
            int64_t node;
            if (an_network_add_node(network, a, &node) != AN_OK)
                goto fail;
            if (fields >= 3 && column >= 0 && strcmp(b, "-") != 0) {
                int rc = group_type == AN_TYPE_LONG
                             ? an_network_set_integer(network, AN_DOMAIN_NODE, column, node, atoll(b))
                             : an_network_set_string(network, AN_DOMAIN_NODE, column, node, b);
                if (rc != AN_OK)
                    goto fail;
            }
        } else if (strcmp(word, "edge") == 0) {
            char c[16] = "-1";
            int64_t source, target;
            sscanf(line, "%*s %*s %*s %15s", c);
            if (an_network_find_node(network, a, &source) != AN_OK ||
                an_network_find_node(network, b, &target) != AN_OK ||
                an_network_add_edge(network, source, target, atoi(c), NULL, NULL) != AN_OK)
                goto fail;
        }
    }
    fclose(file);
    return network;
fail:
    fprintf(stderr, "%s: %s\n", path, an_error_last()->message);
    fclose(file);
    an_network_free(network);
    return NULL;
}

#endif
