/*
 * output_directory.c — files written into a directory together (see output_directory.h).
 */
#include "output_directory.h"

#include "error_internal.h"
#include "output_sink.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define STAGING_PREFIX ".actornet-staging."

static const char *reason(int error_number, char *scratch, size_t size)
{
    return strerror_r(error_number, scratch, size);
}

static void release(an_i_output_directory *out)
{
    if (out->staging_fd >= 0)
        close(out->staging_fd);
    if (out->directory_fd >= 0)
        close(out->directory_fd);
    free(out->path);
    free(out->staging_name);
    free(out->staging_path);
    memset(out, 0, sizeof *out);
    out->directory_fd = out->staging_fd = -1;
}

int an_i_output_directory_open(an_i_output_directory *out, const char *path)
{
    memset(out, 0, sizeof *out);
    out->directory_fd = out->staging_fd = -1;
    if (!path || !*path)
        return AN_I_MISUSE("the output directory is NULL or empty");
    char scratch[128];
    int rc = AN_OK;
    out->path = strdup(path);
    if (!out->path)
        return AN_I_NOMEM();
    if (mkdir(path, 0777) == 0)
        out->created = 1;
    else if (errno != EEXIST) {
        rc = an_i_error(AN_EIO, "%s: cannot create the directory: %s", path, reason(errno, scratch, sizeof scratch));
        goto failed;
    }
    out->directory_fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (out->directory_fd < 0) {
        rc = errno == ENOTDIR ? an_i_error(AN_EIO, "%s: exists and is not a directory", path)
                              : an_i_error(AN_EIO, "%s: cannot open the directory: %s", path,
                                           reason(errno, scratch, sizeof scratch));
        goto failed;
    }
    size_t name_size = sizeof STAGING_PREFIX + 6;
    out->staging_name = malloc(name_size);
    out->staging_path = malloc(strlen(path) + 1 + name_size);
    if (!out->staging_name || !out->staging_path) {
        rc = AN_I_NOMEM();
        goto failed;
    }
    for (int attempt = 0;; attempt++) {
        char suffix[7];
        an_i_sink_random_suffix(suffix);
        snprintf(out->staging_name, name_size, STAGING_PREFIX "%s", suffix);
        if (mkdirat(out->directory_fd, out->staging_name, 0700) == 0)
            break;
        if (errno != EEXIST || attempt == 100) {
            rc = an_i_error(AN_EIO, "%s: cannot create a staging directory in it: %s", path,
                            reason(errno, scratch, sizeof scratch));
            goto failed;
        }
    }
    out->staging_fd = openat(out->directory_fd, out->staging_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (out->staging_fd < 0) {
        rc = an_i_error(AN_EIO, "%s: cannot open its staging directory: %s", path,
                        reason(errno, scratch, sizeof scratch));
        unlinkat(out->directory_fd, out->staging_name, AT_REMOVEDIR);
        goto failed;
    }
    sprintf(out->staging_path, "%s/%s", path, out->staging_name);
    return AN_OK;

failed:
    if (out->created && out->directory_fd >= 0)
        rmdir(path);
    release(out);
    return rc;
}

const char *an_i_output_directory_staging(const an_i_output_directory *out)
{
    return out->staging_path;
}

/* Apply `step` to each staged entry in turn (stopping at the first failure); returns its result. */
static int each_staged(an_i_output_directory *out, int (*step)(an_i_output_directory *, const char *))
{
    int fd = dup(out->staging_fd);
    DIR *staged = fd >= 0 ? fdopendir(fd) : NULL;
    if (!staged) {
        if (fd >= 0)
            close(fd);
        char scratch[128];
        return an_i_error(AN_EIO, "%s: cannot read its staging directory: %s", out->path,
                          reason(errno, scratch, sizeof scratch));
    }
    rewinddir(staged);
    int rc = AN_OK;
    struct dirent *entry;
    while (rc == AN_OK && (entry = readdir(staged)) != NULL)
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0)
            rc = step(out, entry->d_name);
    closedir(staged);
    return rc;
}

static int check_target(an_i_output_directory *out, const char *name)
{
    struct stat info;
    if (fstatat(out->directory_fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(info.st_mode))
        return an_i_error(AN_EIO, "cannot replace '%s/%s': it is a directory", out->path, name);
    return AN_OK;
}

static int move_into_place(an_i_output_directory *out, const char *name)
{
    if (renameat(out->staging_fd, name, out->directory_fd, name) == 0)
        return AN_OK;
    char scratch[128];
    return an_i_error(AN_EIO, "cannot replace '%s/%s': %s", out->path, name, reason(errno, scratch, sizeof scratch));
}

static int remove_staged(an_i_output_directory *out, const char *name)
{
    unlinkat(out->staging_fd, name, 0);
    return AN_OK;
}

int an_i_output_directory_commit(an_i_output_directory *out)
{
    if (out->staging_fd < 0) {
        release(out);
        return AN_I_MISUSE("the output directory is not open");
    }
    int rc = each_staged(out, check_target);
    if (rc == AN_OK) {
        rc = each_staged(out, move_into_place);
        if (rc != AN_OK)
            out->created = 0; /* some files may be in place: keep the directory */
    }
    if (rc != AN_OK) {
        an_i_output_directory_abort(out);
        return rc;
    }
    unlinkat(out->directory_fd, out->staging_name, AT_REMOVEDIR);
    release(out);
    return AN_OK;
}

void an_i_output_directory_abort(an_i_output_directory *out)
{
    if (out->staging_fd >= 0) {
        each_staged(out, remove_staged);
        unlinkat(out->directory_fd, out->staging_name, AT_REMOVEDIR);
        if (out->created)
            unlinkat(AT_FDCWD, out->path, AT_REMOVEDIR); /* only when still empty */
    }
    release(out);
}
