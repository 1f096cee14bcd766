/*
 * output_sink.c — buffered, atomic output (see output_sink.h for the contract).
 */
#include "output_sink.h"

#include "error_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define BUFFER_INITIAL (64 * 1024)

/* Longest base name copied into a temporary name: ".BASE.XXXXXX" must fit NAME_MAX (255). */
#define TEMP_BASE_MAX 200

static const char *reason(int error_number, char *scratch, size_t size)
{
    /* GNU strerror_r (we build with _GNU_SOURCE): thread-safe, returns the text. */
    return strerror_r(error_number, scratch, size);
}

/* Record an I/O failure once; later failures keep the first message. */
static int fail_io(an_i_sink *sink, const char *what, int error_number)
{
    if (sink->status == 0) {
        char scratch[128];
        sink->status = an_i_error(AN_EIO, "cannot %s '%s': %s", what, sink->path ? sink->path : "",
                                  reason(error_number, scratch, sizeof scratch));
    }
    return sink->status;
}

static int fail_nomem(an_i_sink *sink)
{
    if (sink->status == 0)
        sink->status = an_i_error(AN_ENOMEM, "out of memory while writing%s%s",
                                  sink->path ? " " : "", sink->path ? sink->path : "");
    return sink->status;
}

static void release(an_i_sink *sink)
{
    if (sink->fd >= 0)
        close(sink->fd);
    if (sink->temp_name && sink->directory_fd >= 0)
        unlinkat(sink->directory_fd, sink->temp_name, 0);
    if (sink->directory_fd >= 0)
        close(sink->directory_fd);
    free(sink->data);
    free(sink->path);
    free(sink->name);
    free(sink->temp_name);
    memset(sink, 0, sizeof *sink);
    sink->fd = -1;
    sink->directory_fd = -1;
    sink->mode = AN_I_SINK_CLOSED;
}

/* ---- opening ----------------------------------------------------------- */

/* A random suffix of 6 characters from [A-Za-z0-9]. */
void an_i_sink_random_suffix(char out[7])
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    uint64_t bits = 0;
    if (getrandom(&bits, sizeof bits, GRND_NONBLOCK) != (ssize_t)sizeof bits) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        bits = ((uint64_t)now.tv_nsec * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)getpid() << 32) ^
               (uint64_t)(uintptr_t)out;
    }
    for (int i = 0; i < 6; i++) {
        out[i] = alphabet[bits % 62];
        bits /= 62;
    }
    out[6] = '\0';
}

/* Create the temporary file ".NAME.XXXXXX" in sink->directory_fd; sets temp_name and fd. */
static int create_temp(an_i_sink *sink, const char *directory_shown)
{
    size_t base_length = strlen(sink->name);
    if (base_length > TEMP_BASE_MAX)
        base_length = TEMP_BASE_MAX;
    char *temp = malloc(1 + base_length + 1 + 6 + 1);
    if (!temp)
        return fail_nomem(sink);
    for (int attempt = 0; attempt < 100; attempt++) {
        char suffix[7];
        an_i_sink_random_suffix(suffix);
        temp[0] = '.';
        memcpy(temp + 1, sink->name, base_length);
        temp[1 + base_length] = '.';
        memcpy(temp + 2 + base_length, suffix, 7);
        int fd = openat(sink->directory_fd, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0) {
            sink->fd = fd;
            sink->temp_name = temp;
            return AN_OK;
        }
        if (errno != EEXIST) {
            int saved = errno;
            free(temp);
            char scratch[128];
            /* Name the directory: that is where the problem usually is. */
            sink->status = an_i_error(AN_EIO, "cannot create a temporary file in '%s' for '%s': %s", directory_shown,
                                      sink->path, reason(saved, scratch, sizeof scratch));
            return sink->status;
        }
    }
    free(temp);
    sink->status = an_i_error(AN_EIO, "cannot create a temporary file beside '%s': too many name collisions",
                              sink->path);
    return sink->status;
}

int an_i_sink_open_buffer(an_i_sink *sink)
{
    memset(sink, 0, sizeof *sink);
    sink->fd = -1;
    sink->directory_fd = -1;
    sink->data = malloc(BUFFER_INITIAL);
    if (!sink->data) {
        sink->mode = AN_I_SINK_CLOSED;
        return an_i_error(AN_ENOMEM, "out of memory for an output buffer");
    }
    sink->capacity = BUFFER_INITIAL;
    sink->mode = AN_I_SINK_BUFFER;
    return AN_OK;
}

/* The descriptor a path names explicitly (/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N), or -1. */
static int descriptor_alias(const char *path)
{
    if (strcmp(path, "/dev/stdout") == 0)
        return 1;
    if (strcmp(path, "/dev/stderr") == 0)
        return 2;
    const char *digits = NULL;
    if (strncmp(path, "/dev/fd/", 8) == 0)
        digits = path + 8;
    else if (strncmp(path, "/proc/self/fd/", 14) == 0)
        digits = path + 14;
    if (!digits || !*digits)
        return -1;
    long fd = 0;
    for (const char *p = digits; *p; p++) {
        if (*p < '0' || *p > '9' || fd > 1000000)
            return -1;
        fd = fd * 10 + (*p - '0');
    }
    return (int)fd;
}

/* Open a stream sink on a descriptor alias or a character device. */
static int open_stream(an_i_sink *sink, const char *path, int alias)
{
    char scratch[128];
    sink->mode = AN_I_SINK_STREAM;
    if (alias >= 0) {
        sink->fd = fcntl(alias, F_DUPFD_CLOEXEC, 3);
        if (sink->fd < 0)
            return an_i_error(AN_EIO, "cannot write '%s': %s", path, reason(errno, scratch, sizeof scratch));
        return AN_OK;
    }
    /* O_NOFOLLOW: the device node itself, never a link planted in its place; O_NONBLOCK: opening a
     * device never waits (it is cleared again for writing). */
    sink->fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY | O_NOFOLLOW | O_NONBLOCK);
    struct stat info;
    if (sink->fd < 0 || fstat(sink->fd, &info) != 0 || !S_ISCHR(info.st_mode)) {
        int saved = sink->fd < 0 ? errno : EINVAL;
        return an_i_error(AN_EIO, "cannot open '%s' for writing: %s", path, reason(saved, scratch, sizeof scratch));
    }
    int flags = fcntl(sink->fd, F_GETFL);
    if (flags >= 0)
        fcntl(sink->fd, F_SETFL, flags & ~O_NONBLOCK);
    return AN_OK;
}

int an_i_sink_open_file(an_i_sink *sink, const char *path)
{
    memset(sink, 0, sizeof *sink);
    sink->fd = -1;
    sink->directory_fd = -1;
    if (!path)
        return AN_I_MISUSE("path is NULL");
    if (!*path)
        return an_i_error(AN_EIO, "cannot write '': empty file name");
    int rc = AN_OK;
    char *directory = NULL;
    sink->path = strdup(path);
    sink->data = malloc(AN_I_SINK_FILE_BUFFER);
    if (!sink->path || !sink->data) {
        rc = an_i_error(AN_ENOMEM, "out of memory opening '%s'", path);
        goto cleanup;
    }
    sink->capacity = AN_I_SINK_FILE_BUFFER;

    struct stat info;
    int alias = descriptor_alias(path);
    int exists = lstat(path, &info) == 0; /* the entry itself: a link is not followed */
    if (alias >= 0 || (exists && S_ISCHR(info.st_mode))) {
        rc = open_stream(sink, path, alias);
        if (rc != AN_OK)
            goto cleanup;
        return AN_OK;
    }
    if (exists && S_ISDIR(info.st_mode)) {
        rc = an_i_error(AN_EIO, "cannot write '%s': it is a directory", path);
        goto cleanup;
    }

    /* A directory entry (new, a regular file, or anything planted there): write beside it, rename over it. */
    sink->mode = AN_I_SINK_FILE;
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
        rc = an_i_error(AN_EIO, "cannot write '%s': not a file name", path);
        goto cleanup;
    }
    size_t directory_length = slash ? (size_t)(slash - path) : 0;
    directory = directory_length ? strndup(path, directory_length) : strdup(slash ? "/" : ".");
    sink->name = strdup(base);
    if (!directory || !sink->name) {
        rc = an_i_error(AN_ENOMEM, "out of memory opening '%s'", path);
        goto cleanup;
    }
    sink->directory_fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (sink->directory_fd < 0) {
        char scratch[128];
        rc = an_i_error(AN_EIO, "cannot create a temporary file in '%s' for '%s': %s", directory, path,
                        reason(errno, scratch, sizeof scratch));
        goto cleanup;
    }
    rc = create_temp(sink, directory);
    if (rc != AN_OK)
        goto cleanup;
    /* keep an old regular file's permissions (looked up again through the directory just opened) */
    if (fstatat(sink->directory_fd, sink->name, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(info.st_mode))
        (void)fchmod(sink->fd, info.st_mode & 07777);
    free(directory);
    return AN_OK;

cleanup:
    free(directory);
    release(sink);
    return rc;
}

/* ---- writing ----------------------------------------------------------- */

static void write_all(an_i_sink *sink, const char *bytes, size_t length)
{
    while (length > 0 && sink->status == 0) {
        ssize_t n = write(sink->fd, bytes, length);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail_io(sink, "write", errno);
            return;
        }
        if (n == 0) {
            fail_io(sink, "write", EIO);
            return;
        }
        bytes += n;
        length -= (size_t)n;
    }
}

/* Empty the buffer: to the file, or (after a failure) into the void. */
static void flush(an_i_sink *sink)
{
    if (sink->mode != AN_I_SINK_BUFFER && sink->status == 0 && sink->length > 0)
        write_all(sink, sink->data, sink->length);
    sink->length = 0;
}

/* Memory sinks: make room for `more` bytes; on failure record ENOMEM and discard. */
static int grow(an_i_sink *sink, size_t more)
{
    if (sink->status != 0) {
        sink->length = 0;
        return more <= sink->capacity;
    }
    size_t needed = sink->length + more + 1; /* + the final NUL */
    if (needed < sink->length) {
        fail_nomem(sink);
        sink->length = 0;
        return more <= sink->capacity;
    }
    size_t fresh = sink->capacity;
    while (fresh < needed)
        fresh = fresh > SIZE_MAX / 2 ? needed : fresh * 2;
    char *data = realloc(sink->data, fresh);
    if (!data) {
        fail_nomem(sink);
        sink->length = 0;
        return more <= sink->capacity;
    }
    sink->data = data;
    sink->capacity = fresh;
    return 1;
}

void an_i_sink_write_slow(an_i_sink *sink, const void *bytes, size_t length)
{
    if (sink->mode == AN_I_SINK_CLOSED)
        return;
    if (sink->mode == AN_I_SINK_BUFFER) {
        if (!grow(sink, length))
            return; /* failed and too large for scratch: dropped */
        if (sink->status != 0)
            return;
        memcpy(sink->data + sink->length, bytes, length);
        sink->length += length;
        return;
    }
    flush(sink);
    if (length >= sink->capacity) {
        if (sink->status == 0)
            write_all(sink, bytes, length);
        return;
    }
    memcpy(sink->data, bytes, length);
    sink->length = length;
}

char *an_i_sink_reserve_slow(an_i_sink *sink, size_t length)
{
    if (sink->mode == AN_I_SINK_BUFFER) {
        if (!grow(sink, length) && sink->capacity < length)
            length = sink->capacity; /* cannot happen: capacity >= BUFFER_INITIAL */
    } else {
        flush(sink);
    }
    return sink->data + sink->length;
}

void an_i_sink_printf(an_i_sink *sink, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    char *room = an_i_sink_reserve(sink, AN_I_SINK_MAX_RESERVE);
    int n = vsnprintf(room, AN_I_SINK_MAX_RESERVE, format, args);
    va_end(args);
    if (n < 0)
        return;
    if (n < AN_I_SINK_MAX_RESERVE) {
        an_i_sink_advance(sink, (size_t)n);
        return;
    }
    char *text = NULL;
    va_start(args, format);
    n = vasprintf(&text, format, args);
    va_end(args);
    if (n < 0) {
        fail_nomem(sink);
        return;
    }
    an_i_sink_write(sink, text, (size_t)n);
    free(text);
}

/* ---- finishing --------------------------------------------------------- */

int an_i_sink_commit(an_i_sink *sink, char **out, size_t *out_size)
{
    int rc;
    if (sink->mode == AN_I_SINK_CLOSED) {
        rc = sink->status ? sink->status : AN_I_MISUSE("the sink is not open");
        release(sink);
        return rc;
    }
    if (sink->mode == AN_I_SINK_BUFFER) {
        if (!out) {
            rc = AN_I_MISUSE("no output pointer for a memory buffer");
            release(sink);
            return rc;
        }
        if (sink->status == 0 && sink->length + 1 > sink->capacity)
            grow(sink, 1);
        if (sink->status != 0) {
            rc = sink->status;
            release(sink);
            return rc;
        }
        sink->data[sink->length] = '\0';
        char *data = sink->data;
        if (sink->capacity - sink->length > 4096) {
            char *smaller = realloc(data, sink->length + 1);
            if (smaller)
                data = smaller;
        }
        *out = data;
        if (out_size)
            *out_size = sink->length;
        sink->data = NULL;
        release(sink);
        return AN_OK;
    }

    flush(sink);
    int fd = sink->fd;
    sink->fd = -1;
    if (close(fd) != 0 && sink->status == 0)
        fail_io(sink, "write", errno);
    if (sink->status == 0 && sink->mode == AN_I_SINK_FILE) {
        if (renameat(sink->directory_fd, sink->temp_name, sink->directory_fd, sink->name) != 0) {
            fail_io(sink, "replace", errno);
        } else {
            free(sink->temp_name);
            sink->temp_name = NULL; /* renamed: nothing to unlink */
        }
    }
    rc = sink->status;
    release(sink);
    return rc;
}

void an_i_sink_abort(an_i_sink *sink)
{
    if (sink->mode == AN_I_SINK_CLOSED)
        return;
    release(sink);
}

/* ---- the writers' frame ------------------------------------------------ */

int an_i_sink_run(const an_i_writer *writer, int mode, const void *network, const void *options, const char *path,
                  char **out, size_t *out_size)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    if (mode == AN_I_SINK_BUFFER ? !out || !network : !network || !path)
        return AN_I_MISUSE(mode == AN_I_SINK_BUFFER ? "out or network is NULL" : "network or path is NULL");
    int rc = writer->check ? writer->check(options) : AN_OK;
    if (rc != AN_OK)
        return rc;
    an_i_sink sink;
    rc = mode == AN_I_SINK_BUFFER ? an_i_sink_open_buffer(&sink) : an_i_sink_open_file(&sink, path);
    if (rc != AN_OK)
        return rc;
    rc = writer->body(&sink, network, options);
    if (rc == AN_OK && an_i_sink_failed(&sink))
        rc = sink.status;
    if (rc != AN_OK) {
        an_i_sink_abort(&sink);
        return rc;
    }
    return an_i_sink_commit(&sink, mode == AN_I_SINK_BUFFER ? out : NULL, mode == AN_I_SINK_BUFFER ? out_size : NULL);
}
