/*
 * graphml_dump.c — load one GraphML file and print the model (text or JSON).
 * Used by gen_dialects.py to compare with NetworkX / python-igraph, and by
 * hand to write the golden *.out files:
 *
 *     graphml_dump [--json] [--graph-index N] FILE
 *
 * On a failed load it prints "error CODE line LINE column COL: MESSAGE" and
 * exits with status 2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actornet.h"
#include "dump.h"

int main(int argc, char **argv)
{
    int json = 0;
    const char *path = NULL;
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else if (strcmp(argv[i], "--graph-index") == 0 && i + 1 < argc)
            options.graph_index = atoi(argv[++i]);
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: graphml_dump [--json] [--graph-index N] FILE\n");
        return 64;
    }
    an_network *network = NULL;
    int rc = an_network_load_graphml(&network, path, &options);
    if (rc != AN_OK) {
        const an_error *e = an_error_last();
        printf("error %s line %ld column %ld: %s\n", an_status_name(rc), e->line, e->column, e->reason);
        return 2;
    }
    const char *base = strrchr(path, '/');
    if (json)
        dump_network_json(stdout, network);
    else
        dump_network_text(stdout, network, path, base ? base + 1 : path);
    an_network_free(network);
    return 0;
}
