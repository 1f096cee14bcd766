/*
 * parallel_for.h — the thread pool: a minimal parallel-for over our own arrays.
 *
 * Work items [0, count) are handed out in chunks from an atomic counter to
 * `threads` workers (the calling thread is worker 0). Each item must write
 * only to its own output slot or to per-worker scratch, so results never
 * depend on the thread count or the schedule. Workers should not fail:
 * allocate everything they need beforehand. Where an item can fail (it runs
 * a whole analysis), it keeps its status and a copy of its error in its own
 * slot (an_i_error_save, error_internal.h) and the caller records it again
 * (an_i_error_restore): errors are per thread. Workers call igraph only
 * through the public analyses, which hold the library's igraph lock
 * (igraph_bridge.h), never directly.
 */
#ifndef AN_PARALLEL_FOR_H
#define AN_PARALLEL_FOR_H

#include <stdint.h>

/** Process items [begin, end) on worker `worker` (0 <= worker < threads). */
typedef void (*an_i_parallel_fn)(void *context, int worker, int64_t begin, int64_t end);

/**
 * Run fn over [0, count). threads <= 1 (or a single chunk) runs inline. If a
 * thread cannot be started, the others take over its share: this never fails.
 */
void an_i_parallel_for(int threads, int64_t count, int64_t chunk, an_i_parallel_fn fn, void *context);

/** Resolve a requested thread count: 0 = online CPUs; capped at 64; at least 1. */
int an_i_parallel_threads(int requested);

/**
 * As an_i_parallel_threads, but a request <= 0 first takes the environment
 * variable ACTORNET_THREADS when it holds a positive integer (the library's
 * one knob for its background threads).
 */
int an_i_parallel_threads_env(int requested);

#endif
