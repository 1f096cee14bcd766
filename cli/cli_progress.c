/*
 * cli_progress.c — one progress line on stderr for every command, drawn from
 * the library's progress handler (actornet/progress.h).
 *
 * Shown only when stderr is a terminal, without -q/--quiet, and only once a
 * task has run for a second (quick commands print nothing). The line is
 * redrawn at most ten times a second and erased before the command prints
 * its result or an error.
 */
#include "cli.h"

#include <string.h>
#include <time.h>
#include <unistd.h>

#define CLI_PROGRESS_DELAY 1.0      /* seconds before the line appears */
#define CLI_PROGRESS_INTERVAL 0.1   /* seconds between redraws */

FILE *cli_terminal_raw = NULL;

FILE *cli_terminal_raw_stderr(void)
{
    return cli_terminal_raw ? cli_terminal_raw : stderr;
}

static struct {
    int drawn;          /* a line is on the terminal */
    double last_draw;
} line;

static int draw(void *data, const an_progress *progress)
{
    (void)data;
    if (progress->fraction >= 1.0) {   /* the work is done: nothing left to show */
        cli_progress_clear();
        return 0;
    }
    if (progress->elapsed < CLI_PROGRESS_DELAY)
        return 0;
    if (line.drawn && progress->elapsed - line.last_draw < CLI_PROGRESS_INTERVAL)
        return 0;
    line.last_draw = progress->elapsed;
    char text[160];
    int used;
    if (progress->fraction >= 0.0)
        used = snprintf(text, sizeof text, "actornet: %s %3d%%", progress->task,
                        (int)(progress->fraction * 100.0));
    else
        used = snprintf(text, sizeof text, "actornet: %s (%lld)", progress->task,
                        (long long)progress->done);
    if (used > 0 && (size_t)used < sizeof text && progress->step && strcmp(progress->step, progress->task) != 0)
        snprintf(text + used, sizeof text - (size_t)used, " - %s", progress->step);
    /* \r, the text, then erase to the end of the line */
    fprintf(cli_terminal_raw_stderr(), "\r%s %.0fs\033[K", text, progress->elapsed);
    fflush(cli_terminal_raw_stderr());
    line.drawn = 1;
    return 0;
}

void cli_progress_start(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0)
            return;
    }
    if (!isatty(STDERR_FILENO))
        return;
    an_progress_set_handler(draw, NULL);
}

void cli_progress_clear(void)
{
    if (line.drawn) {
        fputs("\r\033[K", cli_terminal_raw_stderr());
        fflush(cli_terminal_raw_stderr());
        line.drawn = 0;
    }
}
