/*
 * brokerage_driver.c — prints the brokerage census of a network for the
 * oracle script:
 *
 *   brokerage_driver NETWORK_FILE [exclude] [undirected]
 *
 * NETWORK_FILE is in the format of keyplayers/test_network_text.h; groups
 * come from its node column "group". One line per node:
 *   ID  6 counts  6 expected  6 sd  6 z     (expected/sd/z only without
 *                                            `exclude`; reals as %.17g)
 * Role order: coordinator itinerant gatekeeper representative liaison total.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keyplayers/test_network_text.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: brokerage_driver NETWORK_FILE [exclude] [undirected]\n");
        return 2;
    }
    an_brokerage_options options = AN_BROKERAGE_OPTIONS_INIT;
    options.attribute = "group";
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "exclude") == 0)
            options.missing = AN_BROKERAGE_MISSING_EXCLUDE;
        else if (strcmp(argv[i], "undirected") == 0)
            options.direction = 1;
    }
    an_network *network = an_t_network_read(argv[1]);
    if (!network)
        return 1;
    int64_t n = an_network_node_count(network);
    int64_t *counts = malloc((size_t)(6 * n + 1) * sizeof *counts);
    double *expected = malloc((size_t)(6 * n + 1) * sizeof *expected);
    double *sd = malloc((size_t)(6 * n + 1) * sizeof *sd);
    double *z = malloc((size_t)(6 * n + 1) * sizeof *z);
    int with_expected = options.missing == AN_BROKERAGE_MISSING_AS_GROUP;
    int rc = an_brokerage_counts(counts, network, &options);
    if (rc == AN_OK && with_expected)
        rc = an_brokerage_expected(expected, sd, z, network, &options);
    if (rc != AN_OK) {
        printf("error %s %s\n", an_status_name(rc), an_error_last()->message);
    } else {
        for (int64_t v = 0; v < n; v++) {
            printf("%s", an_network_node_id(network, v));
            for (int r = 0; r < 6; r++)
                printf(" %lld", (long long)counts[6 * v + r]);
            if (with_expected) {
                const double *arrays[3] = { expected, sd, z };
                for (int a = 0; a < 3; a++)
                    for (int r = 0; r < 6; r++)
                        printf(" %.17g", arrays[a][6 * v + r]);
            }
            printf("\n");
        }
    }
    free(counts);
    free(expected);
    free(sd);
    free(z);
    an_network_free(network);
    return rc == AN_OK ? 0 : 1;
}
