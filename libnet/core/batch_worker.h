/*
 * batch_worker.h — one background thread that consumes byte batches in the
 * order they were handed over (a producer/consumer pipeline of two stages).
 *
 * The producer takes an empty batch (an_i_batch_worker_take), fills it,
 * hands it over (an_i_batch_worker_submit) and takes the next; the worker
 * calls `consume` on each submitted batch, one at a time, in submission
 * order, on its own thread. A fixed ring of batches bounds the memory: the
 * producer waits when every batch is in flight. an_i_batch_worker_drain
 * waits until everything submitted has been consumed; after it returns, the
 * producer may touch whatever `consume` touches, until it submits again
 * (the mutex hand-off orders the two threads' memory accesses).
 *
 * `consume` must not call back into the worker. Not for use by two producers.
 */
#ifndef AN_BATCH_WORKER_H
#define AN_BATCH_WORKER_H

#include <stddef.h>

/** A growable byte buffer owned by the producer between take and submit. */
typedef struct an_i_batch {
    char *data;
    size_t length, capacity;
} an_i_batch;

typedef void (*an_i_batch_consumer)(void *context, const char *data, size_t length);

typedef struct an_i_batch_worker an_i_batch_worker;

/**
 * Start the worker thread with a ring of `slots` (>= 2) batches.
 * NULL when memory or the thread cannot be had: the caller then consumes
 * inline. O(slots).
 */
an_i_batch_worker *an_i_batch_worker_start(an_i_batch_consumer consume, void *context, int slots);

/** An empty batch for the producer to fill; waits while every batch is in flight. */
an_i_batch *an_i_batch_worker_take(an_i_batch_worker *worker);

/** Hand a batch from take() to the worker (an empty one is given straight back). */
void an_i_batch_worker_submit(an_i_batch_worker *worker, an_i_batch *batch);

/** Wait until every submitted batch has been consumed. */
void an_i_batch_worker_drain(an_i_batch_worker *worker);

/** Drain, stop and join the thread, free everything. NULL is a no-op. */
void an_i_batch_worker_stop(an_i_batch_worker *worker);

/**
 * Append `length` bytes to a batch, growing it; -1 on out of memory (the
 * batch is unchanged). Amortised O(length).
 */
int an_i_batch_append(an_i_batch *batch, const void *bytes, size_t length);

/** Make room for `length` more bytes; -1 on out of memory. */
int an_i_batch_reserve(an_i_batch *batch, size_t length);

#endif
