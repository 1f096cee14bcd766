/*
 * leiden_csr_driver.c — for the CSR Leiden / Louvain oracle
 * (oracle_leiden_csr.py):
 *
 *   leiden_csr_driver leiden|louvain FILE [objective=modularity|cpm]
 *       [resolution=R] [beta=B] [iterations=K] [seed=S]
 *
 * FILE holds "N M" and then M lines "U V W" (node indices, weight; a line
 * with U = V is a self-loop). Prints four lines: "quality Q" (%.17g),
 * "communities K", "iterations I" and "membership L0 L1 ...".
 */
#include "graph/leiden_csr.h"
#include "graph/louvain_csr.h"
#include "csr_edges.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc < 3 || (strcmp(argv[1], "leiden") != 0 && strcmp(argv[1], "louvain") != 0)) {
        fprintf(stderr, "usage: %s leiden|louvain FILE [key=value ...]\n", argv[0]);
        return 2;
    }
    an_i_leiden_csr_options options = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    for (int i = 3; i < argc; i++) {
        const char *value = strchr(argv[i], '=');
        if (!value) {
            fprintf(stderr, "bad argument %s\n", argv[i]);
            return 2;
        }
        value++;
        if (strncmp(argv[i], "objective=", 10) == 0)
            options.objective = strcmp(value, "cpm") == 0 ? AN_LEIDEN_CPM : AN_LEIDEN_MODULARITY;
        else if (strncmp(argv[i], "resolution=", 11) == 0)
            options.resolution = strtod(value, NULL);
        else if (strncmp(argv[i], "beta=", 5) == 0)
            options.beta = strtod(value, NULL);
        else if (strncmp(argv[i], "iterations=", 11) == 0)
            options.iterations = strtoll(value, NULL, 10);
        else if (strncmp(argv[i], "seed=", 5) == 0)
            options.seed = strtoull(value, NULL, 10);
        else {
            fprintf(stderr, "unknown key %s\n", argv[i]);
            return 2;
        }
    }
    FILE *file = fopen(argv[2], "r");
    long long n = 0, m = 0;
    if (!file || fscanf(file, "%lld %lld", &n, &m) != 2 || n < 0 || m < 0) {
        fprintf(stderr, "cannot read %s\n", argv[2]);
        return 2;
    }
    int32_t *ends = malloc((size_t)(2 * m + 1) * sizeof *ends);
    double *weights = malloc((size_t)(m + 1) * sizeof *weights);
    int64_t *membership = malloc((size_t)(n + 1) * sizeof *membership);
    for (long long e = 0; e < m; e++)
        if (fscanf(file, "%" SCNd32 " %" SCNd32 " %lf", &ends[2 * e], &ends[2 * e + 1], &weights[e]) != 3) {
            fprintf(stderr, "bad edge line %lld\n", e + 1);
            return 2;
        }
    fclose(file);
    an_i_csr csr;
    if (csr_from_edges(&csr, (int32_t)n, m, ends, weights) != 0)
        return 2;
    double quality = 0;
    an_i_community_csr_stats stats;
    int rc = strcmp(argv[1], "leiden") == 0
                 ? an_i_leiden_csr(membership, &quality, &csr, &options, &stats)
                 : an_i_louvain_csr(membership, &quality, &csr, options.resolution, options.seed, &stats);
    if (rc != AN_OK) {
        fprintf(stderr, "error %d: %s\n", rc, an_error_last()->message);
        return 1;
    }
    printf("quality %.17g\ncommunities %" PRId64 "\niterations %" PRId64 "\nmembership", quality, stats.communities,
           stats.iterations);
    for (long long v = 0; v < n; v++)
        printf(" %" PRId64, membership[v]);
    printf("\n");
    an_i_csr_free(&csr);
    free(ends);
    free(weights);
    free(membership);
    return 0;
}
