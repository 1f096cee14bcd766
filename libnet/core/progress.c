/*
 * progress.c — the calling thread's progress handler and its task stack.
 */
#include "progress_internal.h"
#include "error_internal.h"

#include <math.h>
#include <time.h>

/* Per thread: the handler, and the innermost running task (its parents form the stack). */
typedef struct progress_thread {
    an_progress_fn handler;
    void *data;
    an_i_progress *current;
    double started;            /* monotonic seconds at the outermost begin */
    double last_call;          /* when the handler last ran */
    int last_permille;         /* the fraction it was last told, in 1/1000 (-1: unknown) */
} progress_thread;

static _Thread_local progress_thread state;

#define AN_I_POLL_SECONDS 0.2

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void an_progress_set_handler(an_progress_fn handler, void *data)
{
    state.handler = handler;
    state.data = handler ? data : NULL;
}

an_progress_fn an_progress_handler(void **out_data)
{
    if (out_data)
        *out_data = state.data;
    return state.handler;
}

/* The overall fraction of the stack from the outermost task down to `leaf`; -1 if unknown. */
static double overall_fraction(const an_i_progress *leaf)
{
    double below = leaf->inner;
    for (const an_i_progress *t = leaf; t; t = t->parent) {
        if (t->total <= 0)
            return -1.0;
        double done = (double)atomic_load_explicit(&t->done, memory_order_relaxed);
        double fraction = (done + below) / (double)t->total;
        below = fraction < 0.0 ? 0.0 : fraction > 1.0 ? 1.0 : fraction;
    }
    return below;
}

/* Run the handler if it is due (force: always). Calling thread only. */
static void report(an_i_progress *leaf, int force)
{
    if (!state.handler || atomic_load_explicit(leaf->cancelled, memory_order_relaxed))
        return;
    double fraction = overall_fraction(leaf);
    int permille = fraction < 0.0 ? -1 : (int)(fraction * 1000.0);
    double now = now_seconds();
    if (!force && permille == state.last_permille && now - state.last_call < AN_I_POLL_SECONDS)
        return;
    state.last_permille = permille;
    state.last_call = now;
    const an_i_progress *root = leaf->root;
    an_progress progress = {
        root->name, leaf->name, (int64_t)atomic_load_explicit(&root->done, memory_order_relaxed),
        root->total, fraction, now - state.started,
    };
    if (state.handler(state.data, &progress) != 0)
        atomic_store(leaf->cancelled, 1);
}

void an_i_progress_begin(an_i_progress *task, const char *name, int64_t total)
{
    task->name = name;
    task->total = total > 0 ? total : 0;
    atomic_init(&task->done, 0);
    task->inner = 0.0;
    atomic_init(&task->cancelled_flag, 0);
    task->parent = state.current;
    if (task->parent) {
        task->root = task->parent->root;
        task->cancelled = task->parent->cancelled;
        task->parent->inner = 0.0;
    } else {
        task->root = task;
        task->cancelled = &task->cancelled_flag;
        state.started = now_seconds();
        state.last_permille = -2;
    }
    state.current = task;
    report(task, task->parent == NULL);
}

int an_i_progress_cancelled(const an_i_progress *task)
{
    return atomic_load_explicit(task->cancelled, memory_order_relaxed) != 0;
}

int an_i_progress_advance(an_i_progress *task, int64_t units)
{
    if (units)
        atomic_fetch_add_explicit(&task->done, units, memory_order_relaxed);
    if (state.current && state.current->root == task->root) {
        if (units)
            state.current->inner = 0.0;
        report(state.current, 0);
    }
    return an_i_progress_cancelled(task) ? AN_ECANCELED : AN_OK;
}

int an_i_progress_check(an_i_progress *task)
{
    return an_i_progress_advance(task, 0);
}

int an_i_progress_poll(an_i_progress *task)
{
    if (state.current && state.current->root == task->root)
        report(state.current, 1);
    return an_i_progress_cancelled(task) ? AN_ECANCELED : AN_OK;
}

int an_i_progress_end(an_i_progress *task, int rc)
{
    int cancelled = an_i_progress_cancelled(task);
    if (!cancelled && task->parent == NULL && state.handler) {
        if (task->total == 0)   /* now it is known: what was done */
            task->total = atomic_load(&task->done) > 0 ? atomic_load(&task->done) : 1;
        atomic_store(&task->done, task->total);
        task->inner = 0.0;
        report(task, 1);   /* the work is done: a cancel now changes nothing */
    }
    state.current = task->parent;
    if (cancelled && (rc == AN_OK || (rc == AN_ECANCELED && an_error_last()->code != AN_ECANCELED)))
        return an_i_error(AN_ECANCELED, "%s: cancelled by the progress handler", task->name);
    return rc;
}

an_i_progress *an_i_progress_current(void)
{
    return state.current;
}

void an_i_progress_set_total(an_i_progress *task, int64_t total)
{
    task->total = total > 0 ? total : 0;
}

int an_i_progress_external(double percent)
{
    an_i_progress *leaf = state.current;
    if (!leaf)
        return 0;
    if (percent >= 0.0 && !isnan(percent))
        leaf->inner = percent >= 100.0 ? 1.0 : percent / 100.0;
    report(leaf, 0);
    return an_i_progress_cancelled(leaf);
}
