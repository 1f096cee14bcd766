/*
 * bench_clock.h — what the bench programs measure: wall time and peak RSS,
 * and the one output line per phase that bench/run.sh reads. With
 * BENCH_CLOCK=cpu in the environment, the seconds are the process's CPU time
 * (user + sys of every thread) instead: on a shared, loaded machine that is
 * what two programs can be compared by (bench/peers.py reads the same knob).
 */
#ifndef AN_BENCH_CLOCK_H
#define AN_BENCH_CLOCK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

/* Seconds on the monotonic clock, or of CPU time under BENCH_CLOCK=cpu. */
static inline double bench_now(void)
{
    static int clock_id = -1;
    if (clock_id < 0) {
        const char *choice = getenv("BENCH_CLOCK");
        clock_id = choice && strcmp(choice, "cpu") == 0 ? CLOCK_PROCESS_CPUTIME_ID : CLOCK_MONOTONIC;
    }
    struct timespec ts;
    clock_gettime((clockid_t)clock_id, &ts);
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
