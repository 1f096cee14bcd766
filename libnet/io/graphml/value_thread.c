/*
 * graphml/value_thread.c — <data> values queued in batches and stored later:
 * inline, or for big inputs on a second thread while libxml2 parses on.
 *
 * A <data> value is not stored when it is read: an_i_graphml_finish_data
 * queues it (column, row, position, text) in a batch. For big inputs (from
 * the first full batch on, when ACTORNET_THREADS allows two threads) a
 * second thread stores the batches (number parsing, interning, columns)
 * while libxml2 parses on. Otherwise batches are stored inline when full.
 * Either way the result is the same:
 *  - while parsing, the value thread alone touches the columns' values, the
 *    intern table and the network's string arena; ids go to their own arena
 *    (r->ids), joined to the network's at the end;
 *  - before the parsing thread touches any of that (keys, defaults, new
 *    columns), warns or fails, it stores every queued value first
 *    (an_i_graphml_values_quiesce), so warnings keep document order, and the
 *    failure reported is still the first in the document;
 *  - a failure on the value thread is kept (failures.c) and raised by the
 *    parsing thread with the value's line and column.
 */
#include "reader.h"
#include "parallel_for.h"

#include <string.h>

#define VALUE_BATCH_BYTES (1024 * 1024) /* values handed to the value thread at a time */
#define VALUE_BATCH_SLOTS 4            /* batches in flight between the two threads */

_Thread_local const reader *an_i_graphml_value_thread_reader;

atomic_long an_i_graphml_value_threads_started;

static void store_values(reader *r, char *data, size_t length)
{
    size_t at = 0;
    while (at < length) {
        value_record h;
        memcpy(&h, data + at, sizeof h);
        char *text = data + at + sizeof h;
        at += sizeof h + ((h.length + 8) & ~(uint64_t)7);
        if (on_value_thread(r) ? atomic_load_explicit(&r->worker_failed, memory_order_relaxed) != 0
                               : r->status != 0)
            return;
        r->value_line = h.line;
        r->value_column = h.column;
        an_i_graphml_store_value(r, h.domain, h.index, h.row, text, h.length, h.markup, h.line, h.column);
    }
}

static void store_values_on_thread(void *context, const char *data, size_t length)
{
    reader *r = context;
    an_i_graphml_value_thread_reader = r;
    store_values(r, (char *)data, length); /* the batch is the value thread's until consumed */
    an_i_graphml_value_thread_reader = NULL;
}

static void store_inline(reader *r)
{
    r->storing_inline = 1;
    store_values(r, r->batch->data, r->batch->length);
    r->storing_inline = 0;
    r->batch->length = 0;
}

/* Raise the value thread's failure on this (the parsing) thread. Call only
 * when the value thread is idle. */
static void raise_worker_failure(reader *r)
{
    if (!atomic_load_explicit(&r->worker_failed, memory_order_acquire) || r->status)
        return;
    atomic_store_explicit(&r->worker_failed, 0, memory_order_relaxed);
    value_failure *f = &r->worker_failure;
    /* record only: this may run inside libxml2's error handler; our callbacks
     * ignore everything once a failure is recorded, and feed() stops */
    an_i_graphml_record_failure_at(r, f->code, f->line, f->column, "%s", f->reason);
}

/* Hand the current batch on: to the value thread (started on the first full
 * batch of a big input), or store it inline. */
static void values_flush(reader *r)
{
    if (!r->batch->length || r->status)
        return;
    if (!r->worker && !r->worker_tried && r->batch->length >= VALUE_BATCH_BYTES) {
        r->worker_tried = 1;
        if (an_i_parallel_threads_env(0) >= 2)
            r->worker = an_i_batch_worker_start(store_values_on_thread, r, VALUE_BATCH_SLOTS);
        if (r->worker) {
            atomic_fetch_add(&an_i_graphml_value_threads_started, 1);
            store_inline(r); /* the first batch is ours */
            r->batch = an_i_batch_worker_take(r->worker);
            return;
        }
    }
    if (!r->worker) {
        store_inline(r);
        return;
    }
    an_i_batch_worker_submit(r->worker, r->batch);
    r->batch = an_i_batch_worker_take(r->worker);
    if (atomic_load_explicit(&r->worker_failed, memory_order_relaxed)) {
        an_i_batch_worker_drain(r->worker);
        raise_worker_failure(r);
    }
}

/* Store every queued value before going on (parsing thread only). */
void an_i_graphml_values_quiesce(reader *r)
{
    if (r->storing_inline || on_value_thread(r))
        return;
    values_flush(r);
    if (r->worker) {
        an_i_batch_worker_drain(r->worker);
        raise_worker_failure(r);
    }
}

/* End of input (or failure): store the rest, stop the value thread, join the
 * ids' arena to the network's. Always called once before the reader is freed. */
void an_i_graphml_values_finish(reader *r)
{
    an_i_graphml_values_quiesce(r);
    if (r->worker) {
        if (r->batch != &r->inline_batch) {
            r->batch->length = 0;
            an_i_batch_worker_submit(r->worker, r->batch); /* given back */
            r->batch = &r->inline_batch;
        }
        an_i_batch_worker_stop(r->worker);
        r->worker = NULL;
    }
    an_i_arena_adopt(&r->network->strings, &r->ids);
}

/* Queue one <data> value (see above). */
void an_i_graphml_queue_value(reader *r, int domain, int index, int64_t row, const char *text, size_t length,
                              int markup, long line, long column)
{
    value_record h = { row, line, column, length, index, (uint8_t)domain, (uint8_t)markup };
    size_t padded = (length + 8) & ~(size_t)7; /* the NUL, and alignment for the next header */
    an_i_batch *b = r->batch;
    if (an_i_batch_reserve(b, sizeof h + padded)) {
        an_i_graphml_fail_nomem(r);
        return;
    }
    char *at = b->data + b->length;
    memcpy(at, &h, sizeof h);
    if (length)
        memcpy(at + sizeof h, text, length);
    memset(at + sizeof h + length, 0, padded - length);
    b->length += sizeof h + padded;
    if (b->length >= VALUE_BATCH_BYTES)
        values_flush(r);
}
