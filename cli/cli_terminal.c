/*
 * cli_terminal.c — what reaches a terminal is shown, never obeyed (issue 14, item 9).
 *
 * Actor ids, labels and messages come from files someone else wrote. On a
 * terminal, control characters in them would move the cursor, recolour or
 * retitle the window, or hide text: C0 controls (except newline and tab), DEL,
 * and the C1 controls U+0080-U+009F (UTF-8 C2 80-C2 9F; U+009B is an 8-bit CSI
 * that many terminals obey). When stdout or stderr is a terminal, the stream is
 * replaced by one that writes them as visible escapes (\x1b, \u009b). Pipes
 * and files get the bytes unchanged: they are data, and --json/--csv escape
 * by their own rules. The progress line keeps the raw stream for its own \r
 * and erase-line sequence (cli_terminal_raw_stderr).
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct guard {
    int fd;
    int pending_c2;   /* a C2 byte ended the previous write: the next byte decides */
} guard;

static guard guards[2];

static int put_all(int fd, const char *data, size_t size)
{
    while (size > 0) {
        ssize_t n = write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

static ssize_t guarded_write(void *cookie, const char *data, size_t size)
{
    guard *g = cookie;
    char out[4096 + 16];
    size_t used = 0;
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        if (used > 4096) {
            if (put_all(g->fd, out, used) != 0)
                return -1;
            used = 0;
        }
        if (g->pending_c2) {
            g->pending_c2 = 0;
            if (c >= 0x80 && c <= 0x9f) {
                used += (size_t)snprintf(out + used, 16, "\\u%04x", c);
                continue;
            }
            out[used++] = (char)0xc2;
        }
        if (c == 0xc2) {
            g->pending_c2 = 1;
        } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
            used += (size_t)snprintf(out + used, 16, "\\x%02x", c);
        } else {
            out[used++] = (char)c;
        }
    }
    if (used && put_all(g->fd, out, used) != 0)
        return -1;
    return (ssize_t)size;
}

static int guarded_close(void *cookie)
{
    guard *g = cookie;
    if (g->pending_c2) {
        g->pending_c2 = 0;
        return put_all(g->fd, "\xc2", 1);
    }
    return 0;
}

static FILE *guarded(FILE *stream, guard *g, int line_buffered)
{
    int fd = fileno(stream);
    if (fd < 0 || !isatty(fd))
        return NULL;
    g->fd = fd;
    cookie_io_functions_t functions = { .write = guarded_write, .close = guarded_close };
    FILE *replacement = fopencookie(g, "w", functions);
    if (replacement)
        setvbuf(replacement, NULL, line_buffered ? _IOLBF : _IONBF, 0);
    return replacement;
}

void cli_terminal_guard(void)
{
    fflush(stdout);
    fflush(stderr);
    FILE *out = guarded(stdout, &guards[0], 1);
    if (out)
        stdout = out;
    FILE *err = guarded(stderr, &guards[1], 0);
    if (err) {
        cli_terminal_raw = stderr; /* the progress line's (cli_progress.c) */
        stderr = err;
    }
}
