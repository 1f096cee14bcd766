/*
 * cli_output.c — error messages, loading, and writing to stdout.
 */
#include "cli.h"
#include "csv_field.h"
#include "number_format.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_error(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    cli_progress_clear();
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

/* A reader limit from the environment, if set; -1 after printing an error. */
static int limit_from_environment(const char *name, int64_t *value)
{
    const char *text = getenv(name);
    if (!text || !*text)
        return 0;
    char *end = NULL;
    errno = 0;
    long long parsed = strtoll(text, &end, 10);
    if (errno || end == text || *end) {
        cli_error("%s must be an integer, got '%s'", name, text);
        return -1;
    }
    *value = parsed;
    return 0;
}

int cli_strict_loading;

an_network *cli_load(const char *path)
{
    an_network *network = NULL;
    /* The reader's safety limits (include/actornet/graphml.h), raised or lowered through
     * ACTORNET_MAX_DEPTH, ACTORNET_MAX_VALUE_BYTES and ACTORNET_MAX_KEYS. */
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    if (limit_from_environment("ACTORNET_MAX_DEPTH", &options.max_depth) != 0 ||
        limit_from_environment("ACTORNET_MAX_VALUE_BYTES", &options.max_value_bytes) != 0 ||
        limit_from_environment("ACTORNET_MAX_KEYS", &options.max_keys) != 0)
        return NULL;
    const char *strict = getenv("ACTORNET_STRICT");
    options.strict = cli_strict_loading || (strict && *strict && strcmp(strict, "0") != 0);
    if (an_network_load_graphml(&network, path, &options) != AN_OK) {
        cli_library_error();
        return NULL;
    }
    return network;
}

void cli_print_warnings(const an_network *network, int quiet)
{
    if (quiet)
        return;
    cli_progress_clear();
    int64_t count = an_network_warning_count(network);
    for (int64_t i = 0; i < count; i++)
        fprintf(stderr, "actornet: warning: %s\n", an_network_warning(network, i));
}

int cli_emit(const char *text, size_t length)
{
    cli_progress_clear();
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

void cli_csv_real(an_i_strbuf *out, double value)
{
    char text[AN_I_NUMBER_BUFFER];
    if (value == value)
        an_i_strbuf_append(out, text, an_i_format_double(text, value));
}

void cli_csv_text(an_i_strbuf *out, const char *text)
{
    if (text && *text)
        an_i_csv_field_to_strbuf(out, text, 0); /* formulas guarded (csv_field.h) */
}

int cli_emit_buffer(an_i_strbuf *buffer)
{
    size_t length = 0;
    char *text = an_i_strbuf_take(buffer, &length);
    if (!text) {
        cli_error("out of memory");
        return CLI_EXIT_FAILED;
    }
    int rc = cli_emit(text, length);
    free(text);
    return rc;
}
