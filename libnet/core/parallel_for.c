/*
 * parallel_for.c — the thread pool: pthread workers pulling chunks from an atomic counter.
 */
#include "parallel_for.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <unistd.h>

#define AN_I_MAX_THREADS 64

typedef struct shared_work {
    an_i_parallel_fn fn;
    void *context;
    int64_t count, chunk;
    atomic_llong next;
} shared_work;

typedef struct worker_arg {
    shared_work *work;
    int worker;
} worker_arg;

static void run_worker(shared_work *work, int worker)
{
    for (;;) {
        int64_t begin = (int64_t)atomic_fetch_add(&work->next, (long long)work->chunk);
        if (begin >= work->count)
            return;
        int64_t end = begin + work->chunk < work->count ? begin + work->chunk : work->count;
        work->fn(work->context, worker, begin, end);
    }
}

static void *thread_main(void *argument)
{
    worker_arg *arg = argument;
    run_worker(arg->work, arg->worker);
    return NULL;
}

void an_i_parallel_for(int threads, int64_t count, int64_t chunk, an_i_parallel_fn fn, void *context)
{
    if (count <= 0)
        return;
    if (chunk < 1)
        chunk = 1;
    if (threads > AN_I_MAX_THREADS)
        threads = AN_I_MAX_THREADS;
    if (threads <= 1 || count <= chunk) {
        fn(context, 0, 0, count);
        return;
    }
    int64_t chunks = (count + chunk - 1) / chunk;
    if (threads > chunks)
        threads = (int)chunks;
    shared_work work;
    work.fn = fn;
    work.context = context;
    work.count = count;
    work.chunk = chunk;
    atomic_init(&work.next, 0);
    pthread_t ids[AN_I_MAX_THREADS];
    worker_arg args[AN_I_MAX_THREADS];
    int started[AN_I_MAX_THREADS] = { 0 };
    for (int t = 1; t < threads; t++) {
        args[t] = (worker_arg){ &work, t };
        started[t] = pthread_create(&ids[t], NULL, thread_main, &args[t]) == 0;
    }
    run_worker(&work, 0);
    for (int t = 1; t < threads; t++)
        if (started[t])
            pthread_join(ids[t], NULL);
}

int an_i_parallel_threads(int requested)
{
    if (requested <= 0) {
        long online = sysconf(_SC_NPROCESSORS_ONLN);
        requested = online > 0 ? (int)online : 1;
    }
    return requested > AN_I_MAX_THREADS ? AN_I_MAX_THREADS : requested;
}

int an_i_parallel_threads_env(int requested)
{
    if (requested <= 0) {
        const char *text = getenv("ACTORNET_THREADS");
        if (text && *text) {
            char *end;
            long value = strtol(text, &end, 10);
            if (*end == '\0' && value > 0)
                requested = value > AN_I_MAX_THREADS ? AN_I_MAX_THREADS : (int)value;
        }
    }
    return an_i_parallel_threads(requested);
}
