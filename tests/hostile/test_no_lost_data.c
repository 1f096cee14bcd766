/*
 * test_no_lost_data.c — a failing write never damages a good file.
 *
 *   test_no_lost_data DATA_DIR ACTORNET_CLI
 *
 * Every writer (GraphML, DOT, node CSV, edge CSV, the report's files) and the
 * CLI (convert, report, and commands printing to a full standard output) is
 * made to fail in the ways a real disk fails, and must report AN_EIO (exit
 * status 3 for the CLI, with an "actornet: ..." message naming the place)
 * while every file that existed before is byte for byte what it was, and no
 * temporary file is left behind:
 *  - /dev/full: every write fails with ENOSPC;
 *  - RLIMIT_FSIZE: the disk "fills up" part-way through (EFBIG; SIGXFSZ ignored);
 *  - a read-only directory: a read-only bind mount in a private mount
 *    namespace, because chmod does not stop root (the tests run as root);
 *    skipped, and said so, where mount namespaces are not allowed;
 *  - a directory where the file should be, a missing parent directory, and a
 *    place where no file can be created (/proc).
 * Each case runs in a child process (limits and mounts stay there).
 * tests/writers/test_output_sink.c tests the sink these writers share; this
 * file checks the writers themselves, the report, and the CLI end to end.
 */
#include "actornet.h"
#include "harness.h"
#include "test_files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *data_dir, *cli;
static char temp_dir[256];
static char input[1024];
static an_network *network;
static int namespaces_ok = -1;
static int cli_child; /* set in the child that runs the CLI */

#define OLD "old content that must survive\n"

/* ---- files ---------------------------------------------------------------------- */

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static int has_content(const char *path, const char *expected)
{
    char *text = an_t_read_file(path, NULL);
    int same = text && strcmp(text, expected) == 0;
    free(text);
    return same;
}

/* Files whose name starts with '.' in a directory: the sink's temporaries. */
static int temporaries_in(const char *directory)
{
    DIR *d = opendir(directory);
    if (!d)
        return 0;
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(d)) != NULL)
        if (entry->d_name[0] == '.' && strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0)
            count++;
    closedir(d);
    return count;
}

static void make_dir(const char *name, char *out, size_t size)
{
    snprintf(out, size, "%s/%s", temp_dir, name);
    mkdir(out, 0777);
}

static void remove_tree(const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        unlink(path);
        return;
    }
    struct dirent *entry;
    while ((entry = readdir(d)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        char child[1024];
        snprintf(child, sizeof child, "%s/%s", path, entry->d_name);
        remove_tree(child);
    }
    closedir(d);
    rmdir(path);
}

/* ---- failure modes, applied in a child ------------------------------------------------ */

typedef enum failure { FAIL_NONE, FAIL_FSIZE, FAIL_READ_ONLY } failure;

/* Make `directory` read-only for this process (a private mount namespace). 0 on success. */
static int read_only(const char *directory)
{
    if (unshare(CLONE_NEWNS) != 0)
        return -1;
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
        return -1;
    if (mount(directory, directory, NULL, MS_BIND, NULL) != 0)
        return -1;
    if (mount(NULL, directory, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY, NULL) != 0)
        return -1;
    return 0;
}

static int apply(failure how, const char *directory)
{
    signal(SIGXFSZ, SIG_IGN); /* a write past the limit fails with EFBIG instead of killing us */
    if (how == FAIL_FSIZE && cli_child)
        signal(SIGXFSZ, SIG_DFL); /* the CLI must ignore SIGXFSZ itself (ulimit -f in a shell) */
    if (how == FAIL_FSIZE) {
        struct rlimit limit = { 64, 64 };
        return setrlimit(RLIMIT_FSIZE, &limit);
    }
    if (how == FAIL_READ_ONLY)
        return read_only(directory);
    return 0;
}

/* Can this machine make a read-only bind mount? (containers may forbid it) */
static int can_mount(void)
{
    if (namespaces_ok >= 0)
        return namespaces_ok;
    char directory[512];
    make_dir("probe", directory, sizeof directory);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        char file[600];
        snprintf(file, sizeof file, "%s/x", directory);
        if (read_only(directory) != 0)
            _exit(1);
        int fd = open(file, O_WRONLY | O_CREAT, 0666);
        _exit(fd < 0 && errno == EROFS ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    rmdir(directory);
    namespaces_ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!namespaces_ok)
        printf("     (no mount namespaces here: the read-only directory cases are skipped)\n");
    return namespaces_ok;
}

/* ---- the library's writers -------------------------------------------------------------- */

typedef int (*writer_fn)(const char *path);

static int write_graphml(const char *path) { return an_network_save_graphml(network, path, NULL); }
static int write_dot(const char *path) { return an_network_save_dot(network, path, NULL); }
static int write_nodes(const char *path) { return an_network_save_nodes_csv(network, path); }
static int write_edges(const char *path) { return an_network_save_edges_csv(network, path); }

static const struct {
    const char *name;
    writer_fn write;
    const char *file;
} writers[] = {
    { "GraphML", write_graphml, "out.graphml" },
    { "DOT", write_dot, "out.dot" },
    { "node CSV", write_nodes, "out.nodes.csv" },
    { "edge CSV", write_edges, "out.edges.csv" },
};

/* In a child: apply the failure, write, and check AN_EIO + message + old file + no temporaries. */
static int writer_fails_cleanly(size_t w, failure how, const char *directory, const char *path,
                                const char *mention)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        if (apply(how, directory) != 0)
            _exit(3);
        int rc = writers[w].write(path);
        int ok = 1;
        if (rc != AN_EIO || an_error_last()->code != AN_EIO) {
            fprintf(stderr, "  %s to %s: %s (%s), expected AN_EIO\n", writers[w].name, path, an_status_name(rc),
                    an_error_last()->message);
            ok = 0;
        } else if (mention && !strstr(an_error_last()->message, mention)) {
            fprintf(stderr, "  %s to %s: message '%s' does not name '%s'\n", writers[w].name, path,
                    an_error_last()->message, mention);
            ok = 0;
        }
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) == 3) {
        fprintf(stderr, "  %s: the child could not set up the failure (status %d)\n", writers[w].name, status);
        return 0;
    }
    return WEXITSTATUS(status) == 0;
}

static void test_writers_dev_full(void)
{
    for (size_t w = 0; w < sizeof writers / sizeof writers[0]; w++)
        AN_T_CHECK(writer_fails_cleanly(w, FAIL_NONE, NULL, "/dev/full", "/dev/full"));
}

static void test_writers_disk_full_midway(void)
{
    char directory[512], path[600];
    make_dir("fsize", directory, sizeof directory);
    for (size_t w = 0; w < sizeof writers / sizeof writers[0]; w++) {
        snprintf(path, sizeof path, "%s/%s", directory, writers[w].file);
        put(path, OLD);
        AN_T_CHECK(writer_fails_cleanly(w, FAIL_FSIZE, directory, path, writers[w].file));
        AN_T_CHECK(has_content(path, OLD));
        /* and with no limit the same call replaces the file */
        AN_T_CHECK(writers[w].write(path) == AN_OK && !has_content(path, OLD));
    }
    AN_T_CHECK(temporaries_in(directory) == 0);
    remove_tree(directory);
}

static void test_writers_read_only_directory(void)
{
    if (!can_mount())
        return;
    char directory[512], path[600];
    make_dir("readonly", directory, sizeof directory);
    for (size_t w = 0; w < sizeof writers / sizeof writers[0]; w++) {
        snprintf(path, sizeof path, "%s/%s", directory, writers[w].file);
        put(path, OLD);
        AN_T_CHECK(writer_fails_cleanly(w, FAIL_READ_ONLY, directory, path, "readonly"));
        AN_T_CHECK(has_content(path, OLD));
    }
    AN_T_CHECK(temporaries_in(directory) == 0);
    remove_tree(directory);
}

static void test_writers_impossible_places(void)
{
    char directory[512], path[600];
    make_dir("places", directory, sizeof directory);
    for (size_t w = 0; w < sizeof writers / sizeof writers[0]; w++) {
        /* a directory where the file should be: refused, the directory untouched */
        snprintf(path, sizeof path, "%s/%s", directory, writers[w].file);
        mkdir(path, 0777);
        AN_T_CHECK(writer_fails_cleanly(w, FAIL_NONE, NULL, path, "directory"));
        struct stat info;
        AN_T_CHECK(stat(path, &info) == 0 && S_ISDIR(info.st_mode));
        rmdir(path);
        /* a missing parent directory */
        snprintf(path, sizeof path, "%s/missing/%s", directory, writers[w].file);
        AN_T_CHECK(writer_fails_cleanly(w, FAIL_NONE, NULL, path, "missing"));
        /* /proc takes no new files */
        snprintf(path, sizeof path, "/proc/actornet-test-%s", writers[w].file);
        AN_T_CHECK(writer_fails_cleanly(w, FAIL_NONE, NULL, path, "/proc"));
    }
    AN_T_CHECK(temporaries_in(directory) == 0);
    remove_tree(directory);
}

/* ---- the report ------------------------------------------------------------------------ */

static an_report_options report_options(void)
{
    an_report_options options = AN_REPORT_OPTIONS_INIT;
    options.render = 0;
    options.replicates = 2;
    return options;
}

static const char *const report_files[] = { "report.json", "report.html", "actors.csv", "network.graphml" };

static int report_fails_cleanly(failure how, const char *directory, const char *mention)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        if (apply(how, directory) != 0)
            _exit(3);
        an_report_options options = report_options();
        char *summary = (char *)1;
        int rc = an_report_write(network, directory, &options, &summary);
        int ok = rc == AN_EIO && an_error_last()->code == AN_EIO && summary == NULL;
        if (!ok)
            fprintf(stderr, "  report to %s: %s (%s), expected AN_EIO\n", directory, an_status_name(rc),
                    an_error_last()->message);
        else if (mention && !strstr(an_error_last()->message, mention)) {
            fprintf(stderr, "  report: message '%s' does not name '%s'\n", an_error_last()->message, mention);
            ok = 0;
        }
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Every file of a failed report is either what it was before or complete (as a good run writes it). */
static void check_report_files(const char *directory, const char *reference)
{
    DIR *d = opendir(directory);
    AN_T_CHECK(d != NULL);
    if (!d)
        return;
    struct dirent *entry;
    while ((entry = readdir(d)) != NULL) {
        if (entry->d_name[0] == '.')
            continue;
        char path[1024], good[1024];
        snprintf(path, sizeof path, "%s/%s", directory, entry->d_name);
        snprintf(good, sizeof good, "%s/%s", reference, entry->d_name);
        size_t a = 0, b = 0;
        char *text = an_t_read_file(path, &a), *complete = an_t_read_file(good, &b);
        int intact = text && (strcmp(text, OLD) == 0 || (complete && a == b && memcmp(text, complete, a) == 0));
        if (!intact)
            fprintf(stderr, "  report file %s is damaged (%zu bytes)\n", entry->d_name, a);
        AN_T_CHECK(intact);
        free(text);
        free(complete);
    }
    closedir(d);
    AN_T_CHECK(temporaries_in(directory) == 0);
}

static void test_report(void)
{
    char reference[512], directory[512], path[600];
    make_dir("report-good", reference, sizeof reference);
    an_report_options options = report_options();
    AN_T_CHECK_OK(an_report_write(network, reference, &options, NULL));

    make_dir("report-fsize", directory, sizeof directory);
    for (size_t i = 0; i < sizeof report_files / sizeof report_files[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", directory, report_files[i]);
        put(path, OLD);
    }
    AN_T_CHECK(report_fails_cleanly(FAIL_FSIZE, directory, "report-fsize"));
    check_report_files(directory, reference);
    snprintf(path, sizeof path, "%s/report.json", directory);
    AN_T_CHECK(has_content(path, OLD)); /* written late: certainly not replaced */
    remove_tree(directory);

    if (can_mount()) {
        make_dir("report-readonly", directory, sizeof directory);
        for (size_t i = 0; i < sizeof report_files / sizeof report_files[0]; i++) {
            snprintf(path, sizeof path, "%s/%s", directory, report_files[i]);
            put(path, OLD);
        }
        AN_T_CHECK(report_fails_cleanly(FAIL_READ_ONLY, directory, "report-readonly"));
        for (size_t i = 0; i < sizeof report_files / sizeof report_files[0]; i++) {
            snprintf(path, sizeof path, "%s/%s", directory, report_files[i]);
            AN_T_CHECK(has_content(path, OLD));
        }
        AN_T_CHECK(temporaries_in(directory) == 0);
        remove_tree(directory);
    }
    AN_T_CHECK(report_fails_cleanly(FAIL_NONE, "/dev/full", "/dev/full"));
    AN_T_CHECK(report_fails_cleanly(FAIL_NONE, "/proc/actornet-report", "/proc/actornet-report"));
    /* a file where one report file should be: AN_EIO naming it; the others written are complete */
    make_dir("report-blocked", directory, sizeof directory);
    snprintf(path, sizeof path, "%s/report.html", directory);
    mkdir(path, 0777);
    AN_T_CHECK(report_fails_cleanly(FAIL_NONE, directory, "report.html"));
    rmdir(path);
    check_report_files(directory, reference);
    remove_tree(directory);
    remove_tree(reference);
}

/* ---- the CLI ------------------------------------------------------------------------------ */

/* Run the CLI with `argv` (NULL-terminated, argv[0] = "actornet"), stdout to `out` (NULL:
 * /dev/null), stderr captured; returns the exit status, or -1. */
static int run_cli(char *const argv[], failure how, const char *directory, const char *out, char *errors,
                   size_t size)
{
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        close(pipe_fds[0]);
        int fd = open(out ? out : "/dev/null", O_WRONLY);
        if (fd < 0 || dup2(fd, 1) < 0 || dup2(pipe_fds[1], 2) < 0)
            _exit(126);
        cli_child = 1;
        if (apply(how, directory) != 0)
            _exit(125);
        execv(cli, argv);
        _exit(127);
    }
    close(pipe_fds[1]);
    size_t got = 0;
    ssize_t n;
    while (got + 1 < size && (n = read(pipe_fds[0], errors + got, size - 1 - got)) > 0)
        got += (size_t)n;
    errors[got] = '\0';
    char sink[4096];
    while (read(pipe_fds[0], sink, sizeof sink) > 0) {
    }
    close(pipe_fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

#define CLI_EXPECT(status, expected, errors, mention) do { \
    if ((status) != (expected) || !strstr((errors), "actornet: ") || !strstr((errors), (mention))) { \
        fprintf(stderr, "%s:%d: exit %d (expected %d), stderr: %s\n", __FILE__, __LINE__, (status), (expected), \
                (errors)); \
        an_t_case_failed = 1; \
    } } while (0)

static void test_cli(void)
{
    char errors[4096], directory[512], path[600];
    int status;

    char *dev_full[] = { "actornet", "convert", input, "/dev/full", NULL };
    status = run_cli(dev_full, FAIL_NONE, NULL, NULL, errors, sizeof errors);
    CLI_EXPECT(status, 3, errors, "/dev/full");

    make_dir("cli", directory, sizeof directory);
    static const char *const outputs[] = { "out.graphml", "out.dot", "out.csv" };
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", directory, outputs[i]);
        char written[600];
        snprintf(written, sizeof written, "%s/%s", directory, i == 2 ? "out.nodes.csv" : outputs[i]);
        put(written, OLD);
        char *convert[] = { "actornet", "convert", "-q", input, path, NULL };
        status = run_cli(convert, FAIL_FSIZE, directory, NULL, errors, sizeof errors);
        CLI_EXPECT(status, 3, errors, "cannot write");
        AN_T_CHECK(has_content(written, OLD));
        if (can_mount()) {
            status = run_cli(convert, FAIL_READ_ONLY, directory, NULL, errors, sizeof errors);
            CLI_EXPECT(status, 3, errors, directory);
            AN_T_CHECK(has_content(written, OLD));
        }
    }
    AN_T_CHECK(temporaries_in(directory) == 0);

    char *to_proc[] = { "actornet", "convert", input, "/proc/actornet-cli.dot", NULL };
    status = run_cli(to_proc, FAIL_NONE, NULL, NULL, errors, sizeof errors);
    CLI_EXPECT(status, 3, errors, "/proc");

    /* the report command: files intact after a failure part-way through */
    char report_dir[700];
    snprintf(report_dir, sizeof report_dir, "%s/report", directory);
    mkdir(report_dir, 0777);
    char report_json[800];
    snprintf(report_json, sizeof report_json, "%s/report.json", report_dir);
    put(report_json, OLD);
    char *report[] = { "actornet", "report", input, "-o", report_dir, "--no-render", "--replicates", "2", "-q", NULL };
    status = run_cli(report, FAIL_FSIZE, report_dir, NULL, errors, sizeof errors);
    CLI_EXPECT(status, 3, errors, "report");
    AN_T_CHECK(has_content(report_json, OLD));
    AN_T_CHECK(temporaries_in(report_dir) == 0);
    char *report_full[] = { "actornet", "report", input, "-o", "/dev/full", "--no-render", "-q", NULL };
    status = run_cli(report_full, FAIL_NONE, NULL, NULL, errors, sizeof errors);
    CLI_EXPECT(status, 3, errors, "/dev/full");

    /* results printed to a full standard output are a failure, not a silent loss */
    char *info[] = { "actornet", "info", input, NULL };
    status = run_cli(info, FAIL_NONE, NULL, "/dev/full", errors, sizeof errors);
    CLI_EXPECT(status, 3, errors, "standard output");
    char *centrality[] = { "actornet", "centrality", input, "--csv", NULL };
    status = run_cli(centrality, FAIL_NONE, NULL, "/dev/full", errors, sizeof errors);
    CLI_EXPECT(status, 3, errors, "standard output");
    remove_tree(directory);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: test_no_lost_data DATA_DIR ACTORNET_CLI\n");
        return 2;
    }
    data_dir = argv[1];
    cli = argv[2];
    snprintf(input, sizeof input, "%s/karate.graphml", data_dir);
    snprintf(temp_dir, sizeof temp_dir, "%s/an_lost_XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(temp_dir)) {
        perror("mkdtemp");
        return 2;
    }
    setenv("ACTORNET_THREADS", "1", 1);
    if (an_network_load_graphml(&network, input, NULL) != AN_OK) {
        fprintf(stderr, "cannot load %s: %s\n", input, an_error_last()->message);
        return 2;
    }
    AN_T_RUN(test_writers_dev_full);
    AN_T_RUN(test_writers_disk_full_midway);
    AN_T_RUN(test_writers_read_only_directory);
    AN_T_RUN(test_writers_impossible_places);
    AN_T_RUN(test_report);
    AN_T_RUN(test_cli);
    an_network_free(network);
    remove_tree(temp_dir);
    return an_t_finish();
}
