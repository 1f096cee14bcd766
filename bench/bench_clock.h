/*
 * bench_clock.h — what the bench programs measure: wall time and peak RSS,
 * and the one output line per phase that bench/run.sh reads.
 */
#ifndef AN_BENCH_CLOCK_H
#define AN_BENCH_CLOCK_H

#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

/* Seconds on the monotonic clock. */
static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Peak resident set size of this process so far, in MiB. */
static inline double bench_peak_mib(void)
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/* One line: phase <TAB> seconds <TAB> peak RSS MiB <TAB> note. */
static inline void bench_report(const char *phase, double seconds, const char *note)
{
    printf("%s\t%.4f\t%.1f\t%s\n", phase, seconds, bench_peak_mib(), note ? note : "");
    fflush(stdout);
}

#endif
