/*
 * report_steps.c — where `actornet report`'s time goes: runs an_report_write()
 * (no Graphviz rendering) with a progress callback that prints the seconds
 * and peak RSS at the start of each step.
 *
 *     report_steps FILE OUTDIR [REPLICATES [EXACT_LIMIT]]
 *
 * EXACT_LIMIT (default the report's, 1e8; "inf" for the exact report on any size) is
 * an_report_options.exact_limit: above nodes x ties = EXACT_LIMIT the report uses its
 * scalable methods.
 */
#include <actornet.h>

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "bench_clock.h"

static double start;

static void progress(void *data, const char *step, int number, int total)
{
    (void)data;
    printf("%8.2f s %7.1f MiB  [%d/%d] %s\n", bench_now() - start, bench_peak_mib(), number, total, step);
    fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: report_steps FILE OUTDIR [REPLICATES [EXACT_LIMIT]]\n");
        return 2;
    }
    an_network *net = NULL;
    start = bench_now();
    if (an_network_load_graphml(&net, argv[1], NULL) != AN_OK) {
        fprintf(stderr, "load: %s\n", an_error_last()->message);
        return 1;
    }
    printf("%8.2f s %7.1f MiB  loaded\n", bench_now() - start, bench_peak_mib());
    an_report_options options = AN_REPORT_OPTIONS_INIT;
    options.render = 0;
    options.progress = progress;
    if (argc > 3)
        options.replicates = atoll(argv[3]);
    if (argc > 4)
        options.exact_limit = strtod(argv[4], NULL);
    int rc = an_report_write(net, argv[2], &options, NULL);
    printf("%8.2f s %7.1f MiB  done: %s\n", bench_now() - start, bench_peak_mib(),
           rc == AN_OK ? "ok" : an_error_last()->message);
    an_network_free(net);
    return rc == AN_OK ? 0 : 1;
}
