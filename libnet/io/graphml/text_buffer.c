/*
 * graphml/text_buffer.c — the reader's growing text buffers (bounded by
 * max_value_bytes), XML escaping into them, and short excerpts of values for
 * messages.
 */
#include "reader.h"
#include "number_parse.h"

#include <stdlib.h>
#include <string.h>

/* A malloc'd NUL-terminated copy of exactly `length` bytes. (strndup may look for a NUL
 * past `length`; our text buffers are not NUL-terminated.) NULL on out of memory. */
char *an_i_graphml_copy_bytes(const char *data, size_t length)
{
    char *copy = malloc(length + 1);
    if (copy) {
        memcpy(copy, data, length);
        copy[length] = '\0';
    }
    return copy;
}

/* ---- buffers ------------------------------------------------------------ */

int an_i_graphml_buffer_grow(reader *r, text_buffer *b, size_t extra)
{
    if (b->length + extra > (uint64_t)r->options.max_value_bytes)
        return FAIL(r, AN_ELIMIT, "a value or kept markup fragment is longer than %lld bytes "
                    "(max_value_bytes)", (long long)r->options.max_value_bytes);
    size_t need = b->length + extra + 1;
    size_t capacity = b->capacity ? b->capacity : 256;
    while (capacity < need)
        capacity *= 2;
    char *data = realloc(b->data, capacity);
    if (!data)
        return an_i_graphml_fail_nomem(r);
    b->data = data;
    b->capacity = capacity;
    return 0;
}

void an_i_graphml_buffer_free(text_buffer *b)
{
    free(b->data);
    b->data = NULL;
    b->length = b->capacity = 0;
}

/* Append text escaped for XML character data or (attribute != 0) an attribute value. */
int an_i_graphml_append_escaped(reader *r, text_buffer *b, const char *text, size_t length, int attribute)
{
    size_t run = 0;
    for (size_t i = 0; i < length; i++) {
        const char *replacement = NULL;
        switch (text[i]) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '\r': replacement = "&#13;"; break;
        case '"': replacement = attribute ? "&quot;" : NULL; break;
        case '\t': replacement = attribute ? "&#9;" : NULL; break;
        case '\n': replacement = attribute ? "&#10;" : NULL; break;
        default: break;
        }
        if (replacement) {
            if (buffer_append(r, b, text + run, i - run) || buffer_puts(r, b, replacement))
                return -1;
            run = i + 1;
        }
    }
    /* always append (even nothing): it keeps room for the terminating NUL; an empty text may be NULL */
    return buffer_append(r, b, length ? text + run : NULL, length - run);
}

/* A short, printable an_i_graphml_excerpt of a value for an error message. */
const char *an_i_graphml_excerpt(char *out, size_t size, const char *text, size_t length)
{
    an_i_trim_xml_space(&text, &length);
    size_t n = length < size - 4 ? length : size - 4;
    /* do not cut a UTF-8 sequence */
    while (n < length && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        out[i] = c < 0x20 ? ' ' : (char)c;
    }
    if (n < length) {
        memcpy(out + n, "...", 3);
        n += 3;
    }
    out[n] = '\0';
    return out;
}
