/*
 * test_output_sink.c — the atomic output sink: memory buffers, files
 * replaced by rename, permissions, and failures that must leave the
 * previous file intact.
 *
 * The tests run as root in CI, where a directory with mode 0555 does not
 * stop writes. Failures are therefore produced in ways root cannot bypass:
 * /dev/full (ENOSPC on write), a directory that does not exist, /proc (no
 * new files), a directory at the target path, and RLIMIT_FSIZE (EFBIG part
 * way through, after the temporary file exists — the case that proves the
 * old file survives a failed write). The chmod 0555 case runs only when not
 * root.
 */
#include "harness.h"
#include "test_files.h"
#include "actornet.h"
#include "core/output_sink.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

static char directory[256];

static void path_in(char *out, size_t size, const char *name)
{
    snprintf(out, size, "%s/%s", directory, name);
}

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

/* Number of entries in the test directory whose name starts with '.' (temporary files), minus . and .. */
static int hidden_entries(void)
{
    DIR *d = opendir(directory);
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(d)) != NULL)
        if (entry->d_name[0] == '.' && strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0)
            count++;
    closedir(d);
    return count;
}

/* Write `count` copies of a 100-byte line through the sink. */
static void fill(an_i_sink *sink, int count)
{
    static const char line[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               "0123456789abcdefghijklmnopqrstuvwxyz!\n";
    for (int i = 0; i < count; i++)
        an_i_sink_write(sink, line, sizeof line - 1);
}

static void test_buffer(void)
{
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_buffer(&sink));
    fill(&sink, 20000); /* 2 MB: many growths */
    an_i_sink_printf(&sink, "%s=%d;", "x", 42);
    char *room = an_i_sink_reserve(&sink, 10);
    memcpy(room, "abc", 3);
    an_i_sink_advance(&sink, 3);
    an_i_sink_putc(&sink, '!');
    char *big = malloc(300000);
    memset(big, 'z', 300000);
    an_i_sink_write(&sink, big, 300000);
    free(big);
    char *out = NULL;
    size_t size = 0;
    AN_T_CHECK_OK(an_i_sink_commit(&sink, &out, &size));
    AN_T_CHECK(size == 2000000 + 5 + 3 + 1 + 300000);
    AN_T_CHECK(out && out[size] == '\0');
    AN_T_CHECK(out && memcmp(out + 2000000, "x=42;abc!z", 10) == 0);
    AN_T_CHECK(out && out[size - 1] == 'z');
    an_free(out);

    /* an empty buffer is an empty string */
    AN_T_CHECK_OK(an_i_sink_open_buffer(&sink));
    AN_T_CHECK_OK(an_i_sink_commit(&sink, &out, &size));
    AN_T_CHECK(out && size == 0 && out[0] == '\0');
    an_free(out);

    /* abort frees everything; a second abort is harmless */
    AN_T_CHECK_OK(an_i_sink_open_buffer(&sink));
    fill(&sink, 10);
    an_i_sink_abort(&sink);
    an_i_sink_abort(&sink);
}

static void test_file_replaced_atomically(void)
{
    char path[512];
    path_in(path, sizeof path, "out.txt");
    put(path, "old content\n");
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, path));
    fill(&sink, 5000); /* 500 kB: the 256 KiB buffer flushes */
    /* until commit the old file is untouched and the new one is a hidden temporary */
    char *before = an_t_read_file(path, NULL);
    AN_T_CHECK_STR(before, "old content\n");
    free(before);
    AN_T_CHECK(hidden_entries() == 1);
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    size_t size = 0;
    char *after = an_t_read_file(path, &size);
    AN_T_CHECK(size == 500000);
    AN_T_CHECK(after && after[99] == '\n');
    free(after);
    AN_T_CHECK(hidden_entries() == 0);
    unlink(path);
}

static void test_permissions(void)
{
    char path[512];
    path_in(path, sizeof path, "mode.txt");
    mode_t old_mask = umask(022);
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, path));
    fill(&sink, 1);
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    struct stat info;
    AN_T_CHECK(stat(path, &info) == 0 && (info.st_mode & 07777) == 0644);

    /* replacing keeps the old file's permissions */
    chmod(path, 0600);
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, path));
    fill(&sink, 1);
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    AN_T_CHECK(stat(path, &info) == 0 && (info.st_mode & 07777) == 0600);
    unlink(path);

    /* a stricter umask applies to new files */
    umask(077);
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, path));
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    AN_T_CHECK(stat(path, &info) == 0 && (info.st_mode & 07777) == 0600);
    umask(old_mask);
    unlink(path);
}

static void test_abort_keeps_old_file(void)
{
    char path[512];
    path_in(path, sizeof path, "keep.txt");
    put(path, "precious\n");
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, path));
    fill(&sink, 5000);
    an_i_sink_abort(&sink);
    char *text = an_t_read_file(path, NULL);
    AN_T_CHECK_STR(text, "precious\n");
    free(text);
    AN_T_CHECK(hidden_entries() == 0);
    unlink(path);
}

static void test_dev_full(void)
{
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, "/dev/full"));
    fill(&sink, 3);
    AN_T_CHECK_CODE(an_i_sink_commit(&sink, NULL, NULL), AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, "/dev/full") != NULL);
    AN_T_CHECK(strstr(an_error_last()->message, "No space left") != NULL);
    /* large output fails on the first flush; later writes are discarded */
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, "/dev/full"));
    fill(&sink, 10000);
    AN_T_CHECK(an_i_sink_failed(&sink));
    AN_T_CHECK_CODE(an_i_sink_commit(&sink, NULL, NULL), AN_EIO);
    /* the device node itself is never replaced */
    struct stat info;
    AN_T_CHECK(stat("/dev/full", &info) == 0 && S_ISCHR(info.st_mode));
}

static void test_dev_null_is_written_in_place(void)
{
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, "/dev/null"));
    fill(&sink, 5000);
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    struct stat info;
    AN_T_CHECK(stat("/dev/null", &info) == 0 && S_ISCHR(info.st_mode));
}

static void test_unwritable_places(void)
{
    an_i_sink sink;
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, "/nonexistent-actornet-dir/out.graphml"), AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, "/nonexistent-actornet-dir") != NULL);
    AN_T_CHECK(strstr(an_error_last()->message, "No such file") != NULL);
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, "/proc/actornet-test.graphml"), AN_EIO);
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, directory), AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, "directory") != NULL);
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, ""), AN_EIO);
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, NULL), AN_EMISUSE);
    char path[512];
    path_in(path, sizeof path, "dir/");
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, path), AN_EIO);
    /* a path through a regular file */
    char file[512];
    path_in(file, sizeof file, "plain");
    put(file, "x");
    path_in(path, sizeof path, "plain/out.txt");
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, path), AN_EIO);
    unlink(file);
    AN_T_CHECK(hidden_entries() == 0);
}

static void test_read_only_directory(void)
{
    if (geteuid() == 0) {
        printf("     (chmod 0555 does not stop root: covered by the RLIMIT_FSIZE, /proc and missing-directory cases)\n");
        return;
    }
    char sub[512], path[600];
    path_in(sub, sizeof sub, "ro");
    mkdir(sub, 0755);
    snprintf(path, sizeof path, "%s/out.txt", sub);
    put(path, "old\n");
    chmod(sub, 0555);
    an_i_sink sink;
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, path), AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, "Permission denied") != NULL);
    chmod(sub, 0755);
    char *text = an_t_read_file(path, NULL);
    AN_T_CHECK_STR(text, "old\n");
    free(text);
    unlink(path);
    rmdir(sub);
}

static void test_write_fails_midway(void)
{
    char path[512];
    path_in(path, sizeof path, "limited.txt");
    put(path, "the previous file\n");
    struct rlimit old_limit, limit;
    getrlimit(RLIMIT_FSIZE, &old_limit);
    void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
    limit = old_limit;
    limit.rlim_cur = 100000; /* bytes: the write fails with EFBIG part way */
    AN_T_CHECK(setrlimit(RLIMIT_FSIZE, &limit) == 0);
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, path));
    fill(&sink, 10000); /* 1 MB */
    int rc = an_i_sink_commit(&sink, NULL, NULL);
    setrlimit(RLIMIT_FSIZE, &old_limit);
    signal(SIGXFSZ, old_handler);
    AN_T_CHECK(rc == AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, path) != NULL);
    AN_T_CHECK(strstr(an_error_last()->message, "too large") != NULL);
    char *text = an_t_read_file(path, NULL);
    AN_T_CHECK_STR(text, "the previous file\n");
    free(text);
    AN_T_CHECK(hidden_entries() == 0);
    unlink(path);
}

/* A link planted at the path is replaced, never followed: the file it points to keeps its content. */
static void test_symlink_entry_replaced(void)
{
    char target[512], link[512], dangling[512];
    path_in(target, sizeof target, "victim.txt");
    path_in(link, sizeof link, "link.txt");
    path_in(dangling, sizeof dangling, "dangling.txt");
    put(target, "precious\n");
    AN_T_CHECK(symlink(target, link) == 0);
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, link));
    an_i_sink_puts(&sink, "new\n");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    struct stat info;
    AN_T_CHECK(lstat(link, &info) == 0 && S_ISREG(info.st_mode));
    char *text = an_t_read_file(link, NULL);
    AN_T_CHECK_STR(text, "new\n");
    free(text);
    text = an_t_read_file(target, NULL);
    AN_T_CHECK_STR(text, "precious\n");
    free(text);
    /* a dangling link must not create the file it names */
    char created[512];
    path_in(created, sizeof created, "created-through-link.txt");
    AN_T_CHECK(symlink(created, dangling) == 0);
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, dangling));
    an_i_sink_puts(&sink, "x");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    AN_T_CHECK(access(created, F_OK) != 0);
    AN_T_CHECK(lstat(dangling, &info) == 0 && S_ISREG(info.st_mode));
    /* a link to a directory is replaced too (not written into) */
    char sub[512], to_directory[512];
    path_in(sub, sizeof sub, "linked-dir");
    path_in(to_directory, sizeof to_directory, "to-dir.txt");
    mkdir(sub, 0755);
    AN_T_CHECK(symlink(sub, to_directory) == 0);
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, to_directory));
    an_i_sink_puts(&sink, "y");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    AN_T_CHECK(lstat(to_directory, &info) == 0 && S_ISREG(info.st_mode));
    AN_T_CHECK(rmdir(sub) == 0); /* still empty */
    /* a failed write leaves the planted link as it was */
    AN_T_CHECK(unlink(link) == 0 && symlink(target, link) == 0);
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, link));
    an_i_sink_puts(&sink, "z");
    an_i_sink_abort(&sink);
    AN_T_CHECK(lstat(link, &info) == 0 && S_ISLNK(info.st_mode));
    AN_T_CHECK(hidden_entries() == 0);
    unlink(link);
    unlink(dangling);
    unlink(to_directory);
    unlink(target);
}

/* A FIFO or socket planted at the path is replaced without being opened: nothing blocks. */
static void test_fifo_entry_replaced(void)
{
    char fifo[512];
    path_in(fifo, sizeof fifo, "planted.fifo");
    AN_T_CHECK(mkfifo(fifo, 0666) == 0);
    alarm(20); /* a sink that opened the FIFO would block here forever */
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, fifo));
    an_i_sink_puts(&sink, "data\n");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    alarm(0);
    struct stat info;
    AN_T_CHECK(lstat(fifo, &info) == 0 && S_ISREG(info.st_mode));
    char *text = an_t_read_file(fifo, NULL);
    AN_T_CHECK_STR(text, "data\n");
    free(text);
    unlink(fifo);
}

/* Streams named explicitly: a descriptor alias is duplicated and written at its offset (>> appends). */
static void test_descriptor_aliases(void)
{
    int pipe_ends[2];
    AN_T_CHECK(pipe(pipe_ends) == 0);
    char alias[64];
    snprintf(alias, sizeof alias, "/dev/fd/%d", pipe_ends[1]);
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, alias));
    an_i_sink_puts(&sink, "through the pipe");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    close(pipe_ends[1]);
    char got[64] = { 0 };
    AN_T_CHECK(read(pipe_ends[0], got, sizeof got - 1) == 16);
    AN_T_CHECK_STR(got, "through the pipe");
    close(pipe_ends[0]);

    /* a regular file opened for appending, named as /proc/self/fd/N: written after what is there */
    char path[512];
    path_in(path, sizeof path, "appended.txt");
    put(path, "first\n");
    int fd = open(path, O_WRONLY | O_APPEND);
    snprintf(alias, sizeof alias, "/proc/self/fd/%d", fd);
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, alias));
    an_i_sink_puts(&sink, "second\n");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    close(fd);
    char *text = an_t_read_file(path, NULL);
    AN_T_CHECK_STR(text, "first\nsecond\n");
    free(text);
    unlink(path);
    /* a closed descriptor is an error naming the path */
    AN_T_CHECK_CODE(an_i_sink_open_file(&sink, "/dev/fd/987654"), AN_EIO);
    AN_T_CHECK(strstr(an_error_last()->message, "/dev/fd/987654") != NULL);
}

static void test_long_name(void)
{
    char name[251], path[800];
    memset(name, 'n', 250);
    name[250] = '\0';
    path_in(path, sizeof path, name);
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, path));
    an_i_sink_puts(&sink, "ok");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    char *text = an_t_read_file(path, NULL);
    AN_T_CHECK_STR(text, "ok");
    free(text);
    unlink(path);
}

static void test_relative_path(void)
{
    char cwd[512];
    AN_T_CHECK(getcwd(cwd, sizeof cwd) != NULL);
    AN_T_CHECK(chdir(directory) == 0);
    an_i_sink sink;
    AN_T_CHECK_OK(an_i_sink_open_file(&sink, "relative.txt"));
    an_i_sink_puts(&sink, "rel");
    AN_T_CHECK_OK(an_i_sink_commit(&sink, NULL, NULL));
    char *text = an_t_read_file("relative.txt", NULL);
    AN_T_CHECK_STR(text, "rel");
    free(text);
    unlink("relative.txt");
    AN_T_CHECK(chdir(cwd) == 0);
}

int main(void)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(directory, sizeof directory, "%s/actornet-sink-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(directory)) {
        perror("mkdtemp");
        return 2;
    }
    AN_T_RUN(test_buffer);
    AN_T_RUN(test_file_replaced_atomically);
    AN_T_RUN(test_permissions);
    AN_T_RUN(test_abort_keeps_old_file);
    AN_T_RUN(test_dev_full);
    AN_T_RUN(test_dev_null_is_written_in_place);
    AN_T_RUN(test_unwritable_places);
    AN_T_RUN(test_read_only_directory);
    AN_T_RUN(test_write_fails_midway);
    AN_T_RUN(test_symlink_entry_replaced);
    AN_T_RUN(test_fifo_entry_replaced);
    AN_T_RUN(test_descriptor_aliases);
    AN_T_RUN(test_long_name);
    AN_T_RUN(test_relative_path);
    rmdir(directory);
    return an_t_finish();
}
