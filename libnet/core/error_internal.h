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

/** Shorthand for the common misuse and out-of-memory errors. */
#define AN_I_MISUSE(what) an_i_error(AN_EMISUSE, "%s: %s", __func__, (what))
#define AN_I_NOMEM() an_i_error(AN_ENOMEM, "%s: out of memory", __func__)

#endif
