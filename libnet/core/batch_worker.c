/*
 * batch_worker.c — a ring of batches between one producer and one pthread
 * consumer, guarded by one mutex and two condition variables.
 */
#include "batch_worker.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct an_i_batch_worker {
    an_i_batch_consumer consume;
    void *context;
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t submitted;   /* the worker waits here for work (or stop) */
    pthread_cond_t consumed;    /* the producer waits here for a free batch or a drain */
    int slots;
    an_i_batch *batches;        /* the ring's storage */
    an_i_batch **free_list;     /* batches the producer may take */
    int free_count;
    an_i_batch **queue;         /* submitted, not yet consumed: queue[head .. head+queued) mod slots */
    int head, queued;
    int busy;                   /* the worker is consuming one it took off the queue */
    int stopping;
};

static void *worker_main(void *argument)
{
    an_i_batch_worker *w = argument;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->queued && !w->stopping)
            pthread_cond_wait(&w->submitted, &w->lock);
        if (!w->queued)
            break; /* stopping, and everything is consumed */
        an_i_batch *batch = w->queue[w->head];
        w->head = (w->head + 1) % w->slots;
        w->queued--;
        w->busy = 1;
        pthread_mutex_unlock(&w->lock);
        w->consume(w->context, batch->data, batch->length);
        batch->length = 0;
        pthread_mutex_lock(&w->lock);
        w->busy = 0;
        w->free_list[w->free_count++] = batch;
        pthread_cond_signal(&w->consumed);
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

static void release(an_i_batch_worker *w)
{
    if (w->batches)
        for (int i = 0; i < w->slots; i++)
            free(w->batches[i].data);
    free(w->batches);
    free(w->free_list);
    free(w->queue);
    free(w);
}

an_i_batch_worker *an_i_batch_worker_start(an_i_batch_consumer consume, void *context, int slots)
{
    if (slots < 2)
        slots = 2;
    an_i_batch_worker *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->consume = consume;
    w->context = context;
    w->slots = slots;
    w->batches = calloc((size_t)slots, sizeof *w->batches);
    w->free_list = calloc((size_t)slots, sizeof *w->free_list);
    w->queue = calloc((size_t)slots, sizeof *w->queue);
    if (!w->batches || !w->free_list || !w->queue) {
        release(w);
        return NULL;
    }
    for (int i = 0; i < slots; i++)
        w->free_list[w->free_count++] = &w->batches[i];
    if (pthread_mutex_init(&w->lock, NULL) != 0) {
        release(w);
        return NULL;
    }
    if (pthread_cond_init(&w->submitted, NULL) != 0) {
        pthread_mutex_destroy(&w->lock);
        release(w);
        return NULL;
    }
    if (pthread_cond_init(&w->consumed, NULL) != 0) {
        pthread_cond_destroy(&w->submitted);
        pthread_mutex_destroy(&w->lock);
        release(w);
        return NULL;
    }
    if (pthread_create(&w->thread, NULL, worker_main, w) != 0) {
        pthread_cond_destroy(&w->consumed);
        pthread_cond_destroy(&w->submitted);
        pthread_mutex_destroy(&w->lock);
        release(w);
        return NULL;
    }
    return w;
}

an_i_batch *an_i_batch_worker_take(an_i_batch_worker *w)
{
    pthread_mutex_lock(&w->lock);
    while (!w->free_count)
        pthread_cond_wait(&w->consumed, &w->lock);
    an_i_batch *batch = w->free_list[--w->free_count];
    pthread_mutex_unlock(&w->lock);
    return batch;
}

void an_i_batch_worker_submit(an_i_batch_worker *w, an_i_batch *batch)
{
    pthread_mutex_lock(&w->lock);
    if (!batch->length) {
        w->free_list[w->free_count++] = batch;
    } else {
        w->queue[(w->head + w->queued) % w->slots] = batch;
        w->queued++;
        pthread_cond_signal(&w->submitted);
    }
    pthread_mutex_unlock(&w->lock);
}

void an_i_batch_worker_drain(an_i_batch_worker *w)
{
    pthread_mutex_lock(&w->lock);
    while (w->queued || w->busy)
        pthread_cond_wait(&w->consumed, &w->lock);
    pthread_mutex_unlock(&w->lock);
}

void an_i_batch_worker_stop(an_i_batch_worker *w)
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->stopping = 1;
    pthread_cond_signal(&w->submitted);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    pthread_cond_destroy(&w->consumed);
    pthread_cond_destroy(&w->submitted);
    pthread_mutex_destroy(&w->lock);
    release(w);
}

int an_i_batch_reserve(an_i_batch *batch, size_t length)
{
    if (batch->capacity - batch->length >= length)
        return 0;
    if (length > SIZE_MAX / 2 - batch->length)
        return -1;
    size_t capacity = batch->capacity ? batch->capacity : 4096;
    while (capacity - batch->length < length)
        capacity *= 2;
    char *data = realloc(batch->data, capacity);
    if (!data)
        return -1;
    batch->data = data;
    batch->capacity = capacity;
    return 0;
}

int an_i_batch_append(an_i_batch *batch, const void *bytes, size_t length)
{
    if (an_i_batch_reserve(batch, length))
        return -1;
    if (length)
        memcpy(batch->data + batch->length, bytes, length);
    batch->length += length;
    return 0;
}
