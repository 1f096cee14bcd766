/*
 * background_task.c — one piece of work on a thread of its own (background_task.h).
 */
#include "background_task.h"

static void *run(void *context)
{
    an_i_background *task = context;
    task->rc = task->fn(task->context);
    if (task->rc != AN_OK)
        an_i_error_save(&task->error);
    return NULL;
}

void an_i_background_start(an_i_background *task, an_i_background_fn fn, void *context)
{
    task->fn = fn;
    task->context = context;
    task->rc = AN_OK;
    task->started = pthread_create(&task->thread, NULL, run, task) == 0;
    task->pending = !task->started;
}

int an_i_background_join(an_i_background *task)
{
    if (task->pending) {
        task->pending = 0;
        return task->fn(task->context);
    }
    if (!task->started)
        return AN_OK;
    pthread_join(task->thread, NULL);
    task->started = 0;
    return task->rc == AN_OK ? AN_OK : an_i_error_restore(&task->error);
}

int an_i_background_join_after(an_i_background *task, int rc)
{
    if (rc == AN_OK)
        return an_i_background_join(task);
    an_i_error_copy failure;
    an_i_error_save(&failure);
    an_i_background_join(task);
    an_i_error_restore(&failure);
    return rc; /* not the recorded code: a cancel (AN_ECANCELED) is returned before any error is recorded */
}
