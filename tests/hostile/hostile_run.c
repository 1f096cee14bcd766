/*
 * hostile_run.c — bounded child processes for the hostile-input table.
 */
#include "hostile_run.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifdef HAVE_VALGRIND_H
#include <valgrind/valgrind.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

static int under_valgrind(void)
{
#ifdef HAVE_VALGRIND_H
    return RUNNING_ON_VALGRIND != 0;
#else
    const char *preload = getenv("LD_PRELOAD");
    return preload && strstr(preload, "vgpreload") != NULL;
#endif
}

int hostile_light(void)
{
    return under_valgrind();
}

double hostile_time_scale(void)
{
    if (under_valgrind())
        return 60.0;
    return UNDER_ASAN ? 6.0 : 1.0;
}

double hostile_memory_bound(double megabytes)
{
    if (under_valgrind())
        return 4.0 * megabytes + 400.0;     /* valgrind's own heap and shadow memory */
    if (UNDER_ASAN)
        return 3.0 * megabytes + 400.0;     /* shadow memory and the 256 MB quarantine */
    return megabytes;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void write_all(int fd, const void *data, size_t size)
{
    const char *p = data;
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        p += n;
        size -= (size_t)n;
    }
}

static int read_all(int fd, void *data, size_t size)
{
    char *p = data;
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(fd, p + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    return got == size ? 0 : -1;
}

int hostile_run(void (*work)(void *context, int input_fd, hostile_result *result), void *context,
                void (*writer)(void *context, FILE *out), double seconds, double megabytes,
                hostile_result *result, hostile_measure *measure)
{
    memset(result, 0, sizeof *result);
    memset(measure, 0, sizeof *measure);
    fflush(NULL);
    int input[2] = { -1, -1 }, report[2];
    if (pipe(report) != 0 || (writer && pipe(input) != 0)) {
        perror("pipe");
        return -1;
    }
    double start = now();
    pid_t writer_pid = -1;
    if (writer) {
        writer_pid = fork();
        if (writer_pid == 0) {
            close(input[0]);
            close(report[0]);
            close(report[1]);
            signal(SIGPIPE, SIG_IGN); /* the reader may stop early: then writes fail */
            FILE *out = fdopen(input[1], "w");
            if (out) {
                setvbuf(out, NULL, _IOFBF, 1 << 16);
                writer(context, out);
                fclose(out);
            }
            _exit(0);
        }
    }
    pid_t pid = fork();
    if (pid == 0) {
        close(report[0]);
        if (writer)
            close(input[1]);
        if (!UNDER_ASAN && !under_valgrind()) {
            /* address space: the RSS bound plus room for code, libraries and stacks */
            rlim_t bytes = (rlim_t)((2.0 * megabytes + 256.0) * 1024 * 1024);
            struct rlimit limit = { bytes, bytes };
            setrlimit(RLIMIT_AS, &limit);
        }
        alarm((unsigned)(4.0 * seconds * hostile_time_scale()) + 2); /* wall-clock hang guard */
        hostile_result local;
        memset(&local, 0, sizeof local);
        work(context, writer ? input[0] : -1, &local);
        write_all(report[1], &local, sizeof local);
        close(report[1]);
        _exit(0);
    }
    close(report[1]);
    if (writer) {
        close(input[0]);
        close(input[1]);
    }
    int got = read_all(report[0], result, sizeof *result);
    close(report[0]);
    int status = 0;
    struct rusage usage;
    memset(&usage, 0, sizeof usage);
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    measure->wall_seconds = now() - start;
    measure->seconds = (double)usage.ru_utime.tv_sec + (double)usage.ru_utime.tv_usec / 1e6
                       + (double)usage.ru_stime.tv_sec + (double)usage.ru_stime.tv_usec / 1e6;
    if (writer_pid > 0) {
        kill(writer_pid, SIGKILL); /* if still writing into a pipe nobody reads */
        while (waitpid(writer_pid, NULL, 0) < 0 && errno == EINTR) {
        }
    }
    measure->megabytes = (double)usage.ru_maxrss / 1024.0; /* ru_maxrss is in KiB */
    if (WIFEXITED(status)) {
        measure->exited = 1;
        measure->exit_status = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        measure->signal = WTERMSIG(status);
    }
    return got == 0 && measure->exited && measure->exit_status == 0 ? 0 : -1;
}
