/*
 * strbuf.h — a growable, always NUL-terminated byte buffer, with JSON
 * helpers. Used to build JSON, text summaries and small outputs in memory.
 * A failed allocation sets `failed`; later appends do nothing, and the caller
 * checks `failed` once at the end.
 */
#ifndef AN_STRBUF_H
#define AN_STRBUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct an_i_strbuf {
    char *data;
    size_t length;
    size_t capacity;
    int failed;
} an_i_strbuf;

void an_i_strbuf_init(an_i_strbuf *buffer);
void an_i_strbuf_free(an_i_strbuf *buffer);
/** Hand over the data (NUL-terminated; free with free()); the buffer is reset. NULL if failed. */
char *an_i_strbuf_take(an_i_strbuf *buffer, size_t *out_length);

void an_i_strbuf_append(an_i_strbuf *buffer, const char *bytes, size_t length);
/**
 * Append the whole file at `path` (read in chunks; pipes and <(...) work).
 * `what` names the file in the error ("vocabulary": "cannot open vocabulary:
 * ..."), or NULL. AN_OK, AN_EIO (naming the path), AN_ENOMEM. O(size).
 */
int an_i_strbuf_read_file(an_i_strbuf *buffer, const char *path, const char *what);
void an_i_strbuf_puts(an_i_strbuf *buffer, const char *text);
void an_i_strbuf_printf(an_i_strbuf *buffer, const char *format, ...) __attribute__((format(printf, 2, 3)));

/** Append `text` as a JSON string literal (quoted, escaped; NULL -> null). */
void an_i_strbuf_json_string(an_i_strbuf *buffer, const char *text);
/** Append a JSON number: shortest round-trip form; NaN/inf -> null. */
void an_i_strbuf_json_real(an_i_strbuf *buffer, double value);
void an_i_strbuf_json_integer(an_i_strbuf *buffer, int64_t value);

#endif
