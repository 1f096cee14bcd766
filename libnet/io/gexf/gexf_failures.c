/*
 * gexf_failures.c — where the GEXF reader is (line and column), and what it reports: the
 * first failure (it halts the parser; later ones are dropped), load warnings, and libxml2's
 * own errors, which come to a structured handler so that libxml2 never prints.
 */
#include "gexf_internal.h"
#include "error_internal.h"
#include "reader_frame.h"

#include <libxml/parserInternals.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

long an_i_gexf_line(const an_i_gexf_reader *r)
{
    return r->ctxt ? xmlSAX2GetLineNumber(r->ctxt) : 0;
}

long an_i_gexf_column(const an_i_gexf_reader *r)
{
    return r->ctxt && r->ctxt->input ? r->ctxt->input->col : 0;
}

static int vfail_at(an_i_gexf_reader *r, int halt, int code, long line, long column, const char *format,
                    va_list args)
{
    return an_i_reader_vfail(&r->status, r->ctxt, r->file, halt, code, line, column, format, args);
}

int an_i_gexf_fail(an_i_gexf_reader *r, int code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 1, code, an_i_gexf_line(r), an_i_gexf_column(r), format, args);
    va_end(args);
    return rc;
}

int an_i_gexf_fail_at(an_i_gexf_reader *r, int code, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 0, code, line, column, format, args);
    va_end(args);
    return rc;
}

static void vwarn_at(an_i_gexf_reader *r, long line, long column, const char *format, va_list args)
{
    if (r->status)
        return;
    char reason[768];
    vsnprintf(reason, sizeof reason, format, args);
    if (an_i_network_warn(r->network, "%s:%ld:%ld: %s", r->file, line, column, reason) != AN_OK)
        an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
}

void an_i_gexf_warn(an_i_gexf_reader *r, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vwarn_at(r, an_i_gexf_line(r), an_i_gexf_column(r), format, args);
    va_end(args);
}

void an_i_gexf_warn_at(an_i_gexf_reader *r, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vwarn_at(r, line, column, format, args);
    va_end(args);
}

int an_i_gexf_fail_nomem(an_i_gexf_reader *r)
{
    return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
}

/* libxml2's own errors: parse errors fail (no halting: libxml2 stops by itself), warnings warn. */
void an_i_gexf_on_structured_error(void *context, xmlErrorPtr error)
{
    an_i_gexf_reader *r = context;
    if (!r || !error)
        return;
    char message[512];
    snprintf(message, sizeof message, "%s", error->message ? error->message : "XML error");
    size_t n = strlen(message);
    while (n && (message[n - 1] == '\n' || message[n - 1] == ' '))
        message[--n] = '\0';
    if (error->level == XML_ERR_WARNING || error->domain == XML_FROM_NAMESPACE) {
        an_i_gexf_warn_at(r, error->line, error->int2, "%s", message);
        return;
    }
    int code = AN_EPARSE;
    if (error->code == XML_ERR_ENTITY_LOOP ||
        strstr(message, "huge") || strstr(message, "too long") || strstr(message, "Excessive"))
        code = AN_ELIMIT;
    an_i_gexf_fail_at(r, code, error->line, error->int2, "malformed XML: %s", message);
}

void an_i_gexf_on_generic_error(void *context, const char *format, ...)
{
    (void)context;
    (void)format; /* everything of interest also comes through the structured handler */
}
