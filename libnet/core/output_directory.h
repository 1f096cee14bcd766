/*
 * output_directory.h — a set of files written into a directory together:
 * every file goes to a private staging directory inside the target, and only
 * when all of them are complete are they moved into place.
 *
 *     an_i_output_directory out;
 *     int rc = an_i_output_directory_open(&out, "report");   // creates "report" when missing
 *     ... write files under an_i_output_directory_staging(&out) (through an_i_sink) ...
 *     rc = failed ? (an_i_output_directory_abort(&out), rc) : an_i_output_directory_commit(&out);
 *
 * The staging directory ".actornet-staging.XXXXXX" is created inside the
 * target (same file system, so every move is a rename) with mode 0700: no
 * other user can plant a link, FIFO or file in it. Commit first checks that
 * no staged name is a directory in the target (then nothing is moved and the
 * result is AN_EIO naming it), then renames each staged file over its entry
 * in the target (renameat(): a link, FIFO or file planted there is replaced,
 * never followed or opened), then removes the staging directory. Each file
 * is replaced atomically and the set is moved in one burst of renames; a
 * failure before commit leaves the target exactly as it was, without staged
 * files: abort deletes the staging directory, and the target itself when this
 * call created it and it is still empty.
 *
 * The target directory's own path is followed as given (a link the user
 * names as the output directory is theirs to name); only entries inside it
 * are created, replaced or removed.
 */
#ifndef AN_OUTPUT_DIRECTORY_H
#define AN_OUTPUT_DIRECTORY_H

typedef struct an_i_output_directory {
    char *path;             /* the target as given, for messages */
    int directory_fd;       /* the target, or -1 */
    char *staging_name;     /* the staging directory's name in the target */
    char *staging_path;     /* path/staging_name, for writers */
    int staging_fd;         /* the staging directory, or -1 */
    int created;            /* 1 when open created the target */
} an_i_output_directory;

/** Create `path` when missing (mode 0777 less umask; its parent must exist), open it and a staging
 *  directory in it. AN_OK, AN_EIO (naming the path and the reason), AN_ENOMEM, AN_EMISUSE. */
int an_i_output_directory_open(an_i_output_directory *out, const char *path);

/** The staging directory's path: write the files there. */
const char *an_i_output_directory_staging(const an_i_output_directory *out);

/** Move every staged file into the target (see above) and release. AN_OK or AN_EIO; on failure the
 *  files not yet moved are deleted. Always releases `out`. */
int an_i_output_directory_commit(an_i_output_directory *out);

/** Delete the staged files and the staging directory (and the target when open created it and it is
 *  empty); release. Safe on a zeroed or released struct. */
void an_i_output_directory_abort(an_i_output_directory *out);

#endif
