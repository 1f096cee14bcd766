/*
 * background_task.h — one piece of work run on a thread of its own while the
 * caller goes on with another, then joined: the report overlaps the
 * igraph-bound centralities with its own parallel ones, and builds the
 * explorer page while it writes the other files.
 *
 * The function must touch only what it was given (and the network, read
 * only); igraph calls take the library's igraph lock as anywhere else. Errors
 * are per thread: the function's error is copied when it fails and recorded
 * again on the thread that joins. The thread has no progress task of its own,
 * so a cancelled report stops at its next step after the join.
 *
 *     an_i_background task;
 *     an_i_background_start(&task, build_page, &page_context);
 *     rc = write_other_files(...);
 *     rc = an_i_background_join_after(&task, rc);   // always join, even after a failure
 *
 * A zeroed task (never started) and a task already joined join as no-ops, so
 * a cleanup path may join every task it declared without tracking which ran.
 */
#ifndef AN_BACKGROUND_TASK_H
#define AN_BACKGROUND_TASK_H

#include "error_internal.h"

#include <pthread.h>

/** The work: returns an AN_ status, recording its error on the thread it runs on. */
typedef int (*an_i_background_fn)(void *context);

typedef struct an_i_background {
    an_i_background_fn fn;
    void *context;
    int rc;
    int started;                /* 1 while a thread runs (or ran) fn and is not yet joined */
    int pending;                /* 1 when no thread could be started: fn runs in join */
    an_i_error_copy error;      /* fn's error when rc != AN_OK */
    pthread_t thread;
} an_i_background;

/**
 * Start fn(context) on a new thread. When no thread can be started, fn runs
 * later, on the caller's thread, inside an_i_background_join(): the result is
 * the same, only not overlapped. Never fails. O(1) plus the thread start.
 */
void an_i_background_start(an_i_background *task, an_i_background_fn fn, void *context);

/**
 * Wait for fn to finish (or run it now, see start) and return its status,
 * its error recorded on the calling thread. AN_OK for a zeroed or already
 * joined task.
 */
int an_i_background_join(an_i_background *task);

/**
 * Join after the caller's own work returned `rc`: when rc is not AN_OK, the
 * caller's error stays the one recorded and rc is returned (the task's result
 * is dropped); otherwise as an_i_background_join().
 */
int an_i_background_join_after(an_i_background *task, int rc);

#endif
