/*
 * error_internal.h — recording the per-thread last error, and the export macro.
 */
#ifndef AN_ERROR_INTERNAL_H
#define AN_ERROR_INTERNAL_H

#include "actornet/common.h"

/** Record an error without a location; returns `code` so callers can `return an_i_error(...)`. */
int an_i_error(int code, const char *format, ...) __attribute__((format(printf, 2, 3)));

/** Record an error at FILE:LINE:COL (file may be NULL, line/column 0 = unknown); returns `code`. */
int an_i_error_at(int code, const char *file, long line, long column, const char *format, ...)
    __attribute__((format(printf, 5, 6)));

/**
 * A recorded error, copied out of the thread that recorded it (errors are
 * per thread), so the thread that waits for a worker can record it again.
 */
typedef struct an_i_error_copy {
    int code;
    long line, column;
    int has_file;
    char file[512];
    char reason[1024];
} an_i_error_copy;

/** Copy the calling thread's last error into `copy`. O(length of the message). */
void an_i_error_save(an_i_error_copy *copy);

/** Record `copy` as the calling thread's last error; returns its code. O(length of the message). */
int an_i_error_restore(const an_i_error_copy *copy);

/** Shorthand for the common misuse and out-of-memory errors. */
#define AN_I_MISUSE(what) an_i_error(AN_EMISUSE, "%s: %s", __func__, (what))
#define AN_I_NOMEM() an_i_error(AN_ENOMEM, "%s: out of memory", __func__)

#endif
