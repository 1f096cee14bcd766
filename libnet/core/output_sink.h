/*
 * output_sink.h — buffered output to an atomically replaced file, to a
 * stream (character device, FIFO), or to a growing memory buffer.
 *
 * Every writer produces its bytes through a sink:
 *
 *     an_i_sink sink;
 *     int rc = an_i_sink_open_file(&sink, path);      // or an_i_sink_open_buffer(&sink)
 *     if (rc != AN_OK) return rc;
 *     ... an_i_sink_write / an_i_sink_puts / an_i_sink_reserve ...
 *     if (failed) { an_i_sink_abort(&sink); return rc; }
 *     return an_i_sink_commit(&sink, &buffer, &size);  // buffer/size only for memory sinks
 *
 * Files: the bytes go to a new temporary file ".NAME.XXXXXX" in the same
 * directory as `path` (created with O_CREAT | O_EXCL | O_NOFOLLOW and mode
 * 0666, so the umask and any default ACL apply as for any new file; when the
 * entry at `path` is a regular file, its permission bits are copied). Commit
 * flushes, closes (checking every write and close) and renames the temporary
 * file over the directory entry `path` names (renameat() on the directory
 * opened once at open time); abort, or any failure, unlinks it. Until the
 * rename succeeds the previous file at `path` is untouched. No fsync: the
 * rename makes the replacement atomic for readers, not durable across a
 * power cut. The entry is replaced, never followed: a symbolic link at
 * `path` is replaced by the new file (the file it pointed to is not
 * touched), and so is a FIFO or socket planted there (never opened, so
 * nothing blocks). As with any replace-by-rename, the new file belongs to
 * the writing user, and other hard links keep the old content. A directory
 * at `path` is refused with AN_EIO.
 *
 * Streams: the sink writes in place, not atomically, only where the caller
 * names a stream explicitly:
 *  - a descriptor alias, "/dev/stdout", "/dev/stderr", "/dev/fd/N" or
 *    "/proc/self/fd/N" (what a shell's >(...) passes): the descriptor is
 *    duplicated and written at its current offset, so a redirection with >>
 *    appends and a pipe works;
 *  - an existing character device node (not a link to one), such as
 *    /dev/null or /dev/full: opened without O_TRUNC semantics mattering.
 * Anything else, even under /dev/ (/dev/shm is an ordinary writable
 * directory), is a directory entry to replace. Write errors are reported all
 * the same: /dev/full fails with AN_EIO.
 *
 * Errors are sticky: the first failure (AN_EIO naming the path and the
 * system's reason, or AN_ENOMEM) is recorded with an_i_error() and kept in
 * `status`; later writes are discarded and commit returns the status.
 * Writers may poll an_i_sink_failed() to stop early.
 *
 * Buffer sink: commit hands out a NUL-terminated malloc()ed buffer (free
 * with an_free()/free()).
 */
#ifndef AN_OUTPUT_SINK_H
#define AN_OUTPUT_SINK_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

/** Size of the write buffer of file and stream sinks. */
#define AN_I_SINK_FILE_BUFFER (256 * 1024)

/** The most an_i_sink_reserve() may ask for at once. */
#define AN_I_SINK_MAX_RESERVE 4096

typedef enum an_i_sink_mode {
    AN_I_SINK_CLOSED = 0,
    AN_I_SINK_FILE,         /* temporary file, renamed over the target on commit */
    AN_I_SINK_STREAM,       /* a descriptor alias or a character device, written in place */
    AN_I_SINK_BUFFER        /* growing memory buffer */
} an_i_sink_mode;

typedef struct an_i_sink {
    char *data;             /* the buffer */
    size_t length;          /* bytes pending in data */
    size_t capacity;        /* size of data */
    int mode;               /* an_i_sink_mode */
    int status;             /* AN_OK or the first error (sticky) */
    int fd;                 /* file and stream sinks; -1 otherwise */
    int directory_fd;       /* file sinks: the directory holding the entry; -1 otherwise */
    char *path;             /* the path as given, for messages */
    char *name;             /* file sinks: the entry's name in directory_fd */
    char *temp_name;        /* file sinks: the temporary file's name in directory_fd, or NULL */
} an_i_sink;

/** Open a sink writing to `path` (see above). AN_OK, AN_EIO, AN_ENOMEM, AN_EMISUSE. */
int an_i_sink_open_file(an_i_sink *sink, const char *path);

/** Six random characters from [A-Za-z0-9] and a NUL, for temporary names. */
void an_i_sink_random_suffix(char out[7]);

/** Open a sink collecting into memory. AN_OK or AN_ENOMEM. */
int an_i_sink_open_buffer(an_i_sink *sink);

/**
 * Finish: flush, close and rename (file), or hand out the buffer (memory:
 * *out receives it NUL-terminated, *out_size its length without the NUL;
 * both may be NULL for file sinks, out_size may be NULL for buffers).
 * Always releases the sink. Returns AN_OK or the (sticky) error; on error
 * nothing is handed out and the temporary file is removed.
 */
int an_i_sink_commit(an_i_sink *sink, char **out, size_t *out_size);

/** Give up: close and unlink the temporary file, free everything. Safe to call twice. */
void an_i_sink_abort(an_i_sink *sink);

/**
 * A writer's public frame, shared by the GraphML, DOT and CSV writers: the
 * options' check (NULL options mean the defaults) and the body that writes
 * the whole document into a sink (returning AN_OK or an error; a sink that
 * failed on the way is noticed by the frame).
 */
typedef struct an_i_writer {
    int (*check)(const void *options);
    int (*body)(an_i_sink *sink, const void *network, const void *options);
} an_i_writer;

/**
 * Run `writer` on `network` and `options`: into the file `path` (mode
 * AN_I_SINK_FILE: atomically, as an_i_sink_open_file) or into a new buffer
 * handed out in *out / *out_size (mode AN_I_SINK_BUFFER; *out is NULL until
 * success, free with an_free()). Checks the arguments (AN_EMISUSE), then the
 * options, opens the sink, runs the body, commits or aborts.
 */
int an_i_sink_run(const an_i_writer *writer, int mode, const void *network, const void *options, const char *path,
                  char **out, size_t *out_size);

/** Slow paths of the inline functions below. */
void an_i_sink_write_slow(an_i_sink *sink, const void *bytes, size_t length);
char *an_i_sink_reserve_slow(an_i_sink *sink, size_t length);

/** Formatted output (printf-style). For rare, small pieces; not for per-value output. */
void an_i_sink_printf(an_i_sink *sink, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/** Non-zero once a write has failed. */
static inline int an_i_sink_failed(const an_i_sink *sink)
{
    return sink->status != 0;
}

/** Append `length` bytes. */
static inline void an_i_sink_write(an_i_sink *sink, const void *bytes, size_t length)
{
    if (length <= sink->capacity - sink->length) {
        memcpy(sink->data + sink->length, bytes, length);
        sink->length += length;
    } else {
        an_i_sink_write_slow(sink, bytes, length);
    }
}

/** Append a NUL-terminated string. */
static inline void an_i_sink_puts(an_i_sink *sink, const char *text)
{
    an_i_sink_write(sink, text, strlen(text));
}

/** Append one byte. */
static inline void an_i_sink_putc(an_i_sink *sink, char c)
{
    if (sink->length < sink->capacity)
        sink->data[sink->length++] = c;
    else
        an_i_sink_write_slow(sink, &c, 1);
}

/**
 * Return room for up to `length` (<= AN_I_SINK_MAX_RESERVE) bytes at the end
 * of the buffer; the caller fills some of it and calls an_i_sink_advance()
 * with the count used. Never NULL: after a failure the room is scratch space
 * whose contents are discarded.
 */
static inline char *an_i_sink_reserve(an_i_sink *sink, size_t length)
{
    if (length <= sink->capacity - sink->length)
        return sink->data + sink->length;
    return an_i_sink_reserve_slow(sink, length);
}

/** Count `used` bytes of a reserved area as written. */
static inline void an_i_sink_advance(an_i_sink *sink, size_t used)
{
    sink->length += used;
}

#endif
