/*
 * progress_internal.h — how library code reports progress and honours
 * cancellation (the public side is include/actornet/progress.h).
 *
 *     an_i_progress task;
 *     an_i_progress_begin(&task, "betweenness", n);      // on the calling thread
 *     for (...) {                                         // any thread (workers too)
 *         if (an_i_progress_advance(&task, 1) != AN_OK)   // AN_ECANCELED: stop early
 *             break;
 *     }
 *     rc = an_i_progress_end(&task, rc);                  // calling thread; records the
 *                                                         // cancellation as the error
 *
 * Tasks nest on the calling thread (begin inside another task's stretch) and
 * report one combined fraction. Only the thread that began the outermost task
 * runs the handler; workers only add to an atomic counter and read the
 * cancellation flag. Without a handler every call is a few loads and one
 * atomic add.
 */
#ifndef AN_PROGRESS_INTERNAL_H
#define AN_PROGRESS_INTERNAL_H

#include <stdatomic.h>
#include <stdint.h>

#include "actornet/progress.h"

typedef struct an_i_progress {
    const char *name;
    int64_t total;                 /* 0: unknown */
    atomic_llong done;
    double inner;                  /* fraction of the current unit done by a callee that reports
                                      without a task of its own (igraph), in [0, 1] */
    atomic_int cancelled_flag;     /* used by the outermost task only */
    atomic_int *cancelled;         /* the outermost task's flag */
    struct an_i_progress *parent;
    struct an_i_progress *root;
} an_i_progress;

/** Start a task of `total` units (0: unknown) named `name` (static text) on the calling thread. */
void an_i_progress_begin(an_i_progress *task, const char *name, int64_t total);

/**
 * Count `units` more done (from any thread). Returns AN_OK, or AN_ECANCELED
 * once the handler has cancelled (the caller stops early; no error is
 * recorded yet: an_i_progress_end does that on the calling thread).
 */
int an_i_progress_advance(an_i_progress *task, int64_t units);

/** As advance(task, 0): a checkpoint that lets the handler run (poll) and cancel. */
int an_i_progress_check(an_i_progress *task);

/**
 * As check, but the handler runs now whatever its rate limit (calling thread):
 * the last checkpoint before work becomes visible (a report's commit), so a
 * cancel the handler would give is not missed for being too soon after the
 * previous call. Returns AN_OK or AN_ECANCELED.
 */
int an_i_progress_poll(an_i_progress *task);

/** 1 when the task (or any task it is nested in) has been cancelled. */
int an_i_progress_cancelled(const an_i_progress *task);

/**
 * End the task (calling thread, in reverse order of begin). `rc` is the
 * work's status: if the task was cancelled and `rc` is AN_OK or AN_ECANCELED,
 * records "cancelled" as the error and returns AN_ECANCELED; otherwise
 * returns `rc`.
 */
int an_i_progress_end(an_i_progress *task, int rc);

/** The calling thread's innermost running task, or NULL. */
an_i_progress *an_i_progress_current(void);

/** Set a task's total once it is known (calling thread). */
void an_i_progress_set_total(an_i_progress *task, int64_t total);

/**
 * For callbacks of code without tasks of its own (igraph's progress and
 * interruption handlers): report that the innermost task of the calling
 * thread is `percent` (0..100; negative: unchanged) through its current unit.
 * Returns 1 when cancelled, else 0. Does nothing without a task.
 */
int an_i_progress_external(double percent);

#endif
