/*
 * centrality_driver.c — a small program the oracle test runs: reads a network
 * from a plain edge list, computes centrality measures (or centralisations)
 * with the public API, and prints CSV at full precision.
 *
 *   centrality_driver FILE [--weight COLUMN] [--undirected] [--keep-parallel]
 *                          [--self-loops] [--raw] [--damping D]
 *                          [--measures m1,m2,...] [--centralization]
 *
 * FILE, one item a line, tab-separated:
 *   directed <0|1>                       the default direction (first line)
 *   node <id>
 *   edge <source id> <target id> <0|1 directed> <weight or - for missing>
 * Every weight goes to a DOUBLE edge column named "weight".
 *
 * Output: "id,<measure>,..." then one row per node in file order; or, with
 * --centralization, "measure,value" rows (an error prints "error:<STATUS>").
 * Numbers use %.17g; NaN prints as "nan". Exit status 0, or 1 on an error.
 */
#include <actornet.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *what)
{
    fprintf(stderr, "centrality_driver: %s: %s\n", what, an_error_last()->message);
    return 1;
}

static an_network *read_network(const char *path)
{
    FILE *file = fopen(path, "r");
    if (!file) {
        perror(path);
        return NULL;
    }
    an_network *network = NULL;
    char line[4096];
    int weight_column = -1, ok = 1;
    while (ok && fgets(line, sizeof line, file)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *fields[5] = { 0 };
        int count = 0;
        for (char *save = NULL, *field = strtok_r(line, "\t", &save); field && count < 5;
             field = strtok_r(NULL, "\t", &save))
            fields[count++] = field;
        if (count == 0)
            continue;
        if (strcmp(fields[0], "directed") == 0 && count == 2 && !network) {
            ok = an_network_new(&network, atoi(fields[1])) == AN_OK &&
                 an_network_add_column(network, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE, &weight_column) == AN_OK;
        } else if (strcmp(fields[0], "node") == 0 && count == 2 && network) {
            ok = an_network_add_node(network, fields[1], NULL) == AN_OK;
        } else if (strcmp(fields[0], "edge") == 0 && count == 5 && network) {
            int64_t source, target, edge;
            ok = an_network_find_node(network, fields[1], &source) == AN_OK &&
                 an_network_find_node(network, fields[2], &target) == AN_OK &&
                 an_network_add_edge(network, source, target, atoi(fields[3]), NULL, &edge) == AN_OK &&
                 (strcmp(fields[4], "-") == 0 ||
                  an_network_set_real(network, AN_DOMAIN_EDGE, weight_column, edge, strtod(fields[4], NULL)) == AN_OK);
        } else {
            fprintf(stderr, "centrality_driver: %s: bad line '%s'\n", path, fields[0]);
            ok = 0;
        }
    }
    fclose(file);
    if (!ok || !network) {
        if (ok)
            fprintf(stderr, "centrality_driver: %s: no 'directed' line\n", path);
        else
            fail("reading");
        an_network_free(network);
        return NULL;
    }
    return network;
}

static void print_number(double value)
{
    if (value != value)
        fputs("nan", stdout);
    else
        printf("%.17g", value);
}

int main(int argc, char **argv)
{
    const char *path = NULL, *measure_list = NULL;
    int centralization = 0;
    an_centrality_options options = AN_CENTRALITY_OPTIONS_INIT;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--weight") == 0 && i + 1 < argc)
            options.policy.weight = argv[++i];
        else if (strcmp(argv[i], "--undirected") == 0)
            options.policy.direction = AN_AS_UNDIRECTED;
        else if (strcmp(argv[i], "--keep-parallel") == 0)
            options.policy.parallel = AN_PARALLEL_KEEP;
        else if (strcmp(argv[i], "--self-loops") == 0)
            options.policy.self_loops = 1;
        else if (strcmp(argv[i], "--raw") == 0)
            options.raw = 1;
        else if (strcmp(argv[i], "--damping") == 0 && i + 1 < argc)
            options.damping = strtod(argv[++i], NULL);
        else if (strcmp(argv[i], "--measures") == 0 && i + 1 < argc)
            measure_list = argv[++i];
        else if (strcmp(argv[i], "--centralization") == 0)
            centralization = 1;
        else if (!path && argv[i][0] != '-')
            path = argv[i];
        else {
            fprintf(stderr, "centrality_driver: bad argument '%s'\n", argv[i]);
            return 2;
        }
    }
    if (!path) {
        fprintf(stderr, "usage: centrality_driver FILE [options]\n");
        return 2;
    }
    an_network *network = read_network(path);
    if (!network)
        return 1;
    int status = 0;
    if (centralization) {
        const an_centrality_measure measures[] = { AN_DEGREE, AN_IN_DEGREE, AN_OUT_DEGREE, AN_BETWEENNESS, AN_CLOSENESS };
        printf("measure,value\n");
        for (size_t k = 0; k < sizeof measures / sizeof measures[0]; k++) {
            double value;
            int rc = an_centralization(&value, network, measures[k], &options);
            printf("%s,", an_centrality_measure_name(measures[k]));
            if (rc == AN_OK)
                print_number(value);
            else
                printf("error:%s", an_status_name(rc));
            putchar('\n');
        }
        an_network_free(network);
        return 0;
    }

    an_centrality_measure measures[AN_CENTRALITY_MEASURE_COUNT * 2];
    size_t count = 0;
    if (!measure_list) {
        for (int k = 0; k < AN_CENTRALITY_MEASURE_COUNT; k++)
            measures[count++] = (an_centrality_measure)k;
    } else {
        char *copy = strdup(measure_list);
        for (char *save = NULL, *name = strtok_r(copy, ",", &save); name && count < sizeof measures / sizeof measures[0];
             name = strtok_r(NULL, ",", &save)) {
            if (an_centrality_measure_from_name(&measures[count], name) != AN_OK) {
                free(copy);
                an_network_free(network);
                return fail("measure");
            }
            count++;
        }
        free(copy);
    }
    int64_t n = an_network_node_count(network);
    double *values = malloc((size_t)(n * (int64_t)count + 1) * sizeof *values);
    if (!values || an_centrality_compute_many(values, network, measures, count, &options) != AN_OK) {
        status = fail("computing");
    } else {
        fputs("id", stdout);
        for (size_t k = 0; k < count; k++)
            printf(",%s", an_centrality_measure_name(measures[k]));
        putchar('\n');
        for (int64_t v = 0; v < n; v++) {
            fputs(an_network_node_id(network, v), stdout);
            for (size_t k = 0; k < count; k++) {
                putchar(',');
                print_number(values[k * (size_t)n + (size_t)v]);
            }
            putchar('\n');
        }
    }
    free(values);
    an_network_free(network);
    return status;
}
