/*
 * graphml/failures.c — where the reader is, and what went wrong there:
 * failures (the first one wins), warnings, and libxml2's own errors.
 *
 *  - libxml2 never prints: a structured handler on the SAX handler (serror)
 *    plus thread-local generic/structured handlers set around the load
 *    collect everything. Parse errors become AN_EPARSE with libxml2's line
 *    and column; warnings and namespace errors (an undeclared prefix) become
 *    load warnings.
 *  - error and warning locations are libxml2's position when the start tag
 *    has been read (the end of the start tag). An unfinished start tag (a
 *    truncated file) is left to libxml2, which reports it as AN_EPARSE.
 *  - at most 1000 warnings are recorded, then one more saying how many were
 *    left out.
 */
#include "reader.h"
#include "error_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MAX_WARNINGS 1000

/* Record the first failure (later ones are consequences); with `stop`, halt
 * the parser too (allowed from SAX callbacks, not from libxml2's error path).
 * Halting is xmlStopParser() without its freeing of the input buffer: in
 * libxml2 2.9 that frees the bytes the current callback's text and attribute
 * values point into, and a callback that goes on after a failed append would
 * read freed memory (found by fuzz_graphml_read in an_i_graphml_on_cdata). No SAX event is
 * delivered after this, and feed() gives the parser no more input. */
static int vfail_at(reader *r, int stop, int code, long line, long column, const char *format,
                    va_list args)
{
    if (on_value_thread(r)) {
        /* kept for the parsing thread, which raises it (an_i_graphml_values_quiesce) */
        if (!atomic_load_explicit(&r->worker_failed, memory_order_relaxed)) {
            value_failure *f = &r->worker_failure;
            vsnprintf(f->reason, sizeof f->reason, format, args);
            f->code = code;
            f->line = line;
            f->column = column;
            atomic_store_explicit(&r->worker_failed, 1, memory_order_release);
        }
        return code;
    }
    if (r->status)
        return r->status;
    /* values queued before this point come first in the document: a failure
     * among them is the one to report */
    an_i_graphml_values_quiesce(r);
    if (r->status)
        return r->status;
    return an_i_reader_vfail(&r->status, r->ctxt, r->file, stop, code, line, column, format, args);
}

__attribute__((format(printf, 5, 6)))
int an_i_graphml_fail_at(reader *r, int code, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 1, code, line, column, format, args);
    va_end(args);
    return rc;
}

/* From libxml2's error handler: record only. libxml2 stops delivering SAX
 * events after a fatal error, our callbacks ignore everything once a failure
 * is recorded, and no more input is fed. */
__attribute__((format(printf, 5, 6)))
int an_i_graphml_record_failure_at(reader *r, int code, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 0, code, line, column, format, args);
    va_end(args);
    return rc;
}

#define FAIL(r, code, ...) an_i_graphml_fail_at((r), (code), current_line(r), current_column(r), __VA_ARGS__)

int an_i_graphml_fail_nomem(reader *r)
{
    return FAIL(r, AN_ENOMEM, "out of memory while reading GraphML");
}

__attribute__((format(printf, 4, 5)))
void an_i_graphml_warn_at(reader *r, long line, long column, const char *format, ...)
{
    if (on_value_thread(r)) {
        if (atomic_load_explicit(&r->worker_failed, memory_order_relaxed))
            return;
    } else {
        if (r->status)
            return;
        if (r->warnings_full) {
            r->warnings_suppressed_parsing++;
            return;
        }
        an_i_graphml_values_quiesce(r); /* the queued values' warnings come first */
        if (r->status)
            return;
    }
    if (r->warnings_recorded >= MAX_WARNINGS) {
        if (!on_value_thread(r))
            r->warnings_full = 1;
        r->warnings_suppressed++;
        return;
    }
    char text[768];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    if (an_i_network_warn(r->network, "%s:%ld:%ld: %s", r->file, line, column, text) != AN_OK) {
        /* record only: warnings also come from libxml2's error handler */
        an_i_graphml_record_failure_at(r, AN_ENOMEM, line, column, "out of memory while reading GraphML");
        return;
    }
    r->warnings_recorded++;
}

#define WARN(r, ...) an_i_graphml_warn_at((r), current_line(r), current_column(r), __VA_ARGS__)

/* ---- libxml2 errors ----------------------------------------------------- */

void XMLCALL an_i_graphml_on_structured_error(void *ctx, xmlErrorPtr error)
{
    reader *r = ctx;
    if (!r || !error || r->status || error->code == XML_ERR_USER_STOP)
        return;
    long line = error->line, column = error->int2;
    if (error->ctxt != (void *)r->ctxt || line <= 0) {
        /* inside an entity's text, or no position: use the document's */
        line = current_line(r);
        column = current_column(r);
    }
    char message[512];
    size_t n = 0;
    for (const char *m = error->message ? error->message : "error"; *m && n < sizeof message - 1; m++)
        message[n++] = (*m == '\n' || *m == '\r') ? ' ' : *m;
    while (n > 0 && message[n - 1] == ' ')
        n--;
    message[n] = '\0';

    if (error->level == XML_ERR_WARNING ||
        (error->domain == XML_FROM_NAMESPACE && error->level != XML_ERR_FATAL)) {
        an_i_graphml_warn_at(r, line, column, "XML: %s", message);
        return;
    }
    int code = AN_EPARSE;
    if (error->code == XML_ERR_NO_MEMORY)
        code = AN_ENOMEM;
    else if (error->code == XML_ERR_ENTITY_LOOP || error->code == XML_ERR_NAME_TOO_LONG ||
             strcasestr(message, "too long") || strcasestr(message, "excessive") ||
             strcasestr(message, "huge") || strcasestr(message, "amplification"))
        code = AN_ELIMIT; /* libxml2's own limits ("Huge input lookup", "Excessive depth", ...) */
    an_i_graphml_record_failure_at(r, code, line, column, "%s: %s",
                                   code == AN_ELIMIT ? "input exceeds a parser limit" : "malformed XML",
                                   message);
}

void XMLCALL an_i_graphml_on_generic_error(void *ctx, const char *message, ...)
{
    (void)ctx;
    (void)message; /* everything that matters also arrives as a structured error */
}
