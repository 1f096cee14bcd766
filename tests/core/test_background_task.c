/*
 * test_background_task.c — one piece of work on a thread of its own
 * (libnet/core/background_task.h), hand-worked:
 *
 *  - the work's status and error come back to the joining thread;
 *  - after the caller's own failure, join_after returns the caller's status
 *    and keeps the caller's error, whatever the work did; this holds for a
 *    status returned before any error was recorded (a cancel: AN_ECANCELED
 *    with an older, unrelated error still recorded), which came back as the
 *    older error's code before the fix;
 *  - a zeroed or already joined task joins as a no-op.
 *
 * White-box (links the internal static library).
 */
#include "actornet.h"
#include "background_task.h"

#include "../harness.h"

#include <string.h>

static int fails_not_found(void *context)
{
    (void)context;
    return an_i_error(AN_ENOTFOUND, "the work's own failure");
}

static int succeeds(void *context)
{
    *(int *)context = 42;
    return AN_OK;
}

static void work_status_and_error_come_back(void)
{
    an_i_background task = { 0 };
    an_error_clear();
    an_i_background_start(&task, fails_not_found, NULL);
    AN_T_CHECK_CODE(an_i_background_join(&task), AN_ENOTFOUND);
    AN_T_CHECK_STR(an_error_last()->reason, "the work's own failure");
    int value = 0;
    an_i_background_start(&task, succeeds, &value);
    AN_T_CHECK_OK(an_i_background_join(&task));
    AN_T_CHECK(value == 42);
}

static void join_after_keeps_the_callers_status(void)
{
    an_i_background task = { 0 };
    /* an unrelated error recorded earlier, then the caller's cancel (no error recorded for it yet) */
    an_i_error(AN_ENOTFOUND, "an older lookup that the caller tolerated");
    an_i_background_start(&task, fails_not_found, NULL);
    AN_T_CHECK_CODE(an_i_background_join_after(&task, AN_ECANCELED), AN_ECANCELED);
    AN_T_CHECK_STR(an_error_last()->reason, "an older lookup that the caller tolerated");
    /* the caller's recorded failure stays the one recorded */
    an_i_error(AN_EIO, "the caller's failure");
    an_i_background_start(&task, fails_not_found, NULL);
    AN_T_CHECK_CODE(an_i_background_join_after(&task, AN_EIO), AN_EIO);
    AN_T_CHECK_STR(an_error_last()->reason, "the caller's failure");
    /* the caller succeeded: the work's failure is the result */
    an_i_background_start(&task, fails_not_found, NULL);
    AN_T_CHECK_CODE(an_i_background_join_after(&task, AN_OK), AN_ENOTFOUND);
}

static void zeroed_and_joined_tasks_are_no_ops(void)
{
    an_i_background task;
    memset(&task, 0, sizeof task);
    AN_T_CHECK_OK(an_i_background_join(&task));
    AN_T_CHECK_CODE(an_i_background_join_after(&task, AN_ECANCELED), AN_ECANCELED);
    int value = 0;
    an_i_background_start(&task, succeeds, &value);
    AN_T_CHECK_OK(an_i_background_join(&task));
    AN_T_CHECK_OK(an_i_background_join(&task));
    AN_T_CHECK_CODE(an_i_background_join_after(&task, AN_EIO), AN_EIO);
}

int main(void)
{
    AN_T_RUN(work_status_and_error_come_back);
    AN_T_RUN(join_after_keeps_the_callers_status);
    AN_T_RUN(zeroed_and_joined_tasks_are_no_ops);
    return an_t_finish();
}
