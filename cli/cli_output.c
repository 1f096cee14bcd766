/*
 * cli_output.c — error messages, loading, and writing to stdout.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_error(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fputs("actornet: ", stderr);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
}

void cli_library_error(void)
{
    const an_error *error = an_error_last();
    cli_error("%s", error->message && *error->message ? error->message : an_status_name(error->code));
}

an_network *cli_load(const char *path)
{
    an_network *network = NULL;
    if (an_network_load_graphml(&network, path, NULL) != AN_OK) {
        cli_library_error();
        return NULL;
    }
    return network;
}

void cli_print_warnings(const an_network *network, int quiet)
{
    if (quiet)
        return;
    int64_t count = an_network_warning_count(network);
    for (int64_t i = 0; i < count; i++)
        fprintf(stderr, "actornet: warning: %s\n", an_network_warning(network, i));
}

int cli_emit(const char *text, size_t length)
{
    if (length && fwrite(text, 1, length, stdout) != length) {
        cli_error("cannot write to standard output");
        return CLI_EXIT_FAILED;
    }
    if (fflush(stdout) != 0) {
        cli_error("cannot write to standard output");
        return CLI_EXIT_FAILED;
    }
    return CLI_EXIT_OK;
}
