/*
 * error.c — the per-thread last error.
 */
#include "error_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define AN_I_MESSAGE_BYTES 1024
#define AN_I_FILE_BYTES 512

typedef struct an_i_error_state {
    an_error public_view;
    char message[AN_I_MESSAGE_BYTES + AN_I_FILE_BYTES + 64];
    char reason[AN_I_MESSAGE_BYTES];
    char file[AN_I_FILE_BYTES];
} an_i_error_state;

static _Thread_local an_i_error_state last_error = {
    { AN_OK, "", "", NULL, 0, 0 }, "", "", ""
};

static void error_publish(int code, const char *file, long line, long column)
{
    an_error *view = &last_error.public_view;
    view->code = code;
    view->reason = last_error.reason;
    view->line = line;
    view->column = column;
    if (file) {
        snprintf(last_error.file, sizeof last_error.file, "%s", file);
        view->file = last_error.file;
        if (line > 0 && column > 0)
            snprintf(last_error.message, sizeof last_error.message, "%s:%ld:%ld: %s",
                     last_error.file, line, column, last_error.reason);
        else if (line > 0)
            snprintf(last_error.message, sizeof last_error.message, "%s:%ld: %s",
                     last_error.file, line, last_error.reason);
        else
            snprintf(last_error.message, sizeof last_error.message, "%s: %s",
                     last_error.file, last_error.reason);
    } else {
        view->file = NULL;
        snprintf(last_error.message, sizeof last_error.message, "%s", last_error.reason);
    }
    view->message = last_error.message;
}

int an_i_error(int code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(last_error.reason, sizeof last_error.reason, format, args);
    va_end(args);
    error_publish(code, NULL, 0, 0);
    return code;
}

int an_i_error_at(int code, const char *file, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(last_error.reason, sizeof last_error.reason, format, args);
    va_end(args);
    error_publish(code, file, line, column);
    return code;
}

void an_i_error_save(an_i_error_copy *copy)
{
    const an_error *last = an_error_last();
    copy->code = last->code;
    copy->line = last->line;
    copy->column = last->column;
    copy->has_file = last->file != NULL;
    snprintf(copy->file, sizeof copy->file, "%s", last->file ? last->file : "");
    snprintf(copy->reason, sizeof copy->reason, "%s", last->reason ? last->reason : "");
}

int an_i_error_restore(const an_i_error_copy *copy)
{
    if (copy->has_file)
        return an_i_error_at(copy->code, copy->file, copy->line, copy->column, "%s", copy->reason);
    return an_i_error(copy->code, "%s", copy->reason);
}

const an_error *an_error_last(void)
{
    if (!last_error.public_view.message)
        error_publish(AN_OK, NULL, 0, 0);
    return &last_error.public_view;
}

void an_error_clear(void)
{
    last_error.reason[0] = '\0';
    error_publish(AN_OK, NULL, 0, 0);
}

const char *an_status_name(int code)
{
    static const char *const names[] = {
        "AN_OK", "AN_ERROR", "AN_ENOMEM", "AN_EINVAL", "AN_EMISUSE", "AN_EIO", "AN_EPARSE",
        "AN_EFORMAT", "AN_EUNSUPPORTED", "AN_ELIMIT", "AN_ENOTFOUND", "AN_EEXISTS", "AN_ETYPE",
        "AN_ERANGE", "AN_EALGORITHM", "AN_EVERSION", "AN_EEMPTY", "AN_ECANCELED",
    };
    if (code > 0 || -code >= (int)(sizeof names / sizeof names[0]))
        return "AN_UNKNOWN";
    return names[-code];
}
