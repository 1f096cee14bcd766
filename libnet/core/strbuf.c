/*
 * strbuf.c — growable buffer and JSON emitting helpers.
 */
#include "strbuf.h"
#include "number_format.h"
#include "error_internal.h"

#include <errno.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void an_i_strbuf_init(an_i_strbuf *buffer)
{
    buffer->data = NULL;
    buffer->length = buffer->capacity = 0;
    buffer->failed = 0;
}

void an_i_strbuf_free(an_i_strbuf *buffer)
{
    free(buffer->data);
    an_i_strbuf_init(buffer);
}

char *an_i_strbuf_take(an_i_strbuf *buffer, size_t *out_length)
{
    if (!buffer->failed && !buffer->data)
        an_i_strbuf_append(buffer, "", 0);
    if (buffer->failed) {
        an_i_strbuf_free(buffer);
        return NULL;
    }
    char *data = buffer->data;
    if (out_length)
        *out_length = buffer->length;
    an_i_strbuf_init(buffer);
    return data;
}

static int strbuf_reserve(an_i_strbuf *buffer, size_t extra)
{
    if (buffer->failed)
        return 0;
    size_t need = buffer->length + extra + 1;
    if (need <= buffer->capacity)
        return 1;
    size_t fresh = buffer->capacity ? buffer->capacity : 256;
    while (fresh < need)
        fresh *= 2;
    char *bigger = realloc(buffer->data, fresh);
    if (!bigger) {
        buffer->failed = 1;
        return 0;
    }
    buffer->data = bigger;
    buffer->capacity = fresh;
    return 1;
}

void an_i_strbuf_append(an_i_strbuf *buffer, const char *bytes, size_t length)
{
    if (!strbuf_reserve(buffer, length))
        return;
    if (length)
        memcpy(buffer->data + buffer->length, bytes, length);
    buffer->length += length;
    buffer->data[buffer->length] = '\0';
}

void an_i_strbuf_puts(an_i_strbuf *buffer, const char *text)
{
    an_i_strbuf_append(buffer, text, strlen(text));
}

void an_i_strbuf_printf(an_i_strbuf *buffer, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    int n = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    if (n >= 0 && strbuf_reserve(buffer, (size_t)n)) {
        vsnprintf(buffer->data + buffer->length, (size_t)n + 1, format, args);
        buffer->length += (size_t)n;
    } else if (n < 0) {
        buffer->failed = 1;
    }
    va_end(args);
}

void an_i_strbuf_json_string(an_i_strbuf *buffer, const char *text)
{
    if (!text) {
        an_i_strbuf_puts(buffer, "null");
        return;
    }
    an_i_strbuf_append(buffer, "\"", 1);
    const unsigned char *p = (const unsigned char *)text;
    const unsigned char *run = p;
    for (; *p; p++) {
        const char *escape = NULL;
        char unicode[8];
        switch (*p) {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
            if (*p < 0x20) {
                snprintf(unicode, sizeof unicode, "\\u%04x", *p);
                escape = unicode;
            }
        }
        if (escape) {
            an_i_strbuf_append(buffer, (const char *)run, (size_t)(p - run));
            an_i_strbuf_puts(buffer, escape);
            run = p + 1;
        }
    }
    an_i_strbuf_append(buffer, (const char *)run, (size_t)(p - run));
    an_i_strbuf_append(buffer, "\"", 1);
}

void an_i_strbuf_json_real(an_i_strbuf *buffer, double value)
{
    if (value != value || value > 1.7976931348623157e308 || value < -1.7976931348623157e308) {
        an_i_strbuf_puts(buffer, "null");
        return;
    }
    char text[AN_I_NUMBER_BUFFER];
    an_i_strbuf_append(buffer, text, an_i_format_double(text, value));
}

void an_i_strbuf_json_integer(an_i_strbuf *buffer, int64_t value)
{
    an_i_strbuf_printf(buffer, "%" PRId64, value);
}

int an_i_strbuf_read_file(an_i_strbuf *buffer, const char *path, const char *what)
{
    const char *space = what ? " " : "", *name = what ? what : "";
    FILE *file = fopen(path, "rb");
    if (!file)
        return an_i_error_at(AN_EIO, path, 0, 0, "cannot open%s%s: %s", space, name, strerror(errno));
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, file)) > 0)
        an_i_strbuf_append(buffer, chunk, got);
    int read_error = ferror(file) ? errno : 0;
    fclose(file);
    if (read_error)
        return an_i_error_at(AN_EIO, path, 0, 0, "cannot read%s%s: %s", space, name, strerror(read_error));
    return buffer->failed ? an_i_error(AN_ENOMEM, "out of memory") : AN_OK;
}
