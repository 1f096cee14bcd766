/*
 * hostile_run.h — run one piece of work in a child process under a time and
 * memory bound, and measure it (used by the hostile-input table).
 *
 * The parent checks the child's CPU time (user + system, wait4's rusage) against
 * the time bound, so that a loaded machine (CI shares two cores with builds)
 * does not fail a row that did its work in time; the child also gets alarm(2)
 * at four times the bound plus 2 s of wall clock, which catches a hang that
 * burns no CPU (a blocking read). In plain builds RLIMIT_AS is a hard memory
 * bound; the parent measures the peak resident set size (wait4's ru_maxrss).
 * Under AddressSanitizer (which reserves terabytes of address space and keeps
 * a quarantine of freed memory) RLIMIT_AS is not set and the bounds are
 * scaled; under valgrind the bounds are scaled further and the inputs made
 * smaller (hostile_light()).
 */
#ifndef AN_HOSTILE_RUN_H
#define AN_HOSTILE_RUN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/** What a child reports back to the parent. */
typedef struct hostile_result {
    int rc;                     /* the status the load returned */
    int error_code;             /* an_error_last()->code */
    long line, column;
    char reason[600];
    char message[900];
    int64_t nodes, edges;
    int check_failed;           /* the row's own check of a loaded network failed */
    char check[400];            /* what it found */
} hostile_result;

/** How the parent saw the child. */
typedef struct hostile_measure {
    int exited;                 /* 1 if the child exited normally (status in exit_status) */
    int exit_status;
    int signal;                 /* the signal that killed it, or 0 */
    double seconds;             /* CPU time of the child (user + system): what the bound checks */
    double wall_seconds;        /* wall clock, reported only */
    double megabytes;           /* peak RSS */
} hostile_measure;

/** Non-zero when running under valgrind: inputs are made smaller. */
int hostile_light(void);

/** Factor by which time bounds are multiplied in this build (1 plain, more under sanitizers/valgrind). */
double hostile_time_scale(void);

/** Bound on peak RSS for a plain-build bound of `megabytes` in this build. */
double hostile_memory_bound(double megabytes);

/**
 * Run `work(context, result)` in a child with the bounds (plain-build values;
 * scaled for this build). `writer`, if not NULL, runs in a second child that
 * writes the input into the write end of a pipe whose read end is passed to
 * `work` as `input_fd` (-1 when there is no writer): the input is streamed,
 * never held in memory or on disk. Returns 0 when the child ran to the end
 * (check `result`), -1 otherwise; `measure` is filled either way.
 */
int hostile_run(void (*work)(void *context, int input_fd, hostile_result *result), void *context,
                void (*writer)(void *context, FILE *out), double seconds, double megabytes,
                hostile_result *result, hostile_measure *measure);

#endif
