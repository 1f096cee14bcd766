/*
 * fuzz_cli_args.c — libFuzzer target: the CLI's own argument handling.
 *
 * The input is split at NUL bytes into up to 64 arguments; the first byte
 * picks one of the option tables below (shaped like those of the real
 * subcommands: flags, strings, integers, reals, short names, required and
 * optional positionals). cli_parse() (cli/cli_args.c) must return -1, 0 or 2;
 * when it returns -1 every required positional is set and every value points
 * into argv. Each string it produced then goes through the CLI's other
 * parsers: cli_split_list() (no empty items, no commas, items in order),
 * cli_parse_years() and cli_format_of() (cli/cli_formats.c).
 *
 * Built with cli/cli_args.c, cli/cli_output.c and cli/cli_formats.c compiled
 * in (the CLI has no library of its own; main.c is left out).
 */
#include "fuzz_support.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static const char target[] = "fuzz_cli_args";

#define MAX_ARGS 64

typedef struct values {
    int flag_a, flag_b, flag_c;
    const char *string_a, *string_b, *string_c;
    long long int_a, int_b;
    double real_a, real_b;
    const char *first, *second, *third;
} values;

static int points_into(const char *value, char **argv, int argc)
{
    for (int i = 0; i < argc; i++) {
        size_t length = strlen(argv[i]);
        if (value >= argv[i] && value <= argv[i] + length)
            return 1;
    }
    return 0;
}

static void check_list(const char *text)
{
    char **list = cli_split_list(text);
    if (!list)
        return; /* out of memory */
    const char *rest = text;
    for (char **item = list; *item; item++) {
        if (!**item || strchr(*item, ','))
            an_fuzz_fail(target, "cli_split_list('%.80s') gave an empty item or one with a comma", text);
        const char *found = strstr(rest, *item);
        if (!found)
            an_fuzz_fail(target, "cli_split_list('%.80s'): item '%.80s' not in order", text, *item);
        rest = found + strlen(*item);
    }
    cli_free_list(list);
}

static void check_string(const char *text)
{
    if (!text)
        return;
    check_list(text);
    an_filter filter = AN_FILTER_INIT;
    if (cli_parse_years(text, &filter) == 0) {
        if (!filter.has_year_from && !filter.has_year_to)
            an_fuzz_fail(target, "cli_parse_years('%.80s') accepted a window without bounds", text);
        if ((filter.has_year_from && filter.year_from != filter.year_from) ||
            (filter.has_year_to && filter.year_to != filter.year_to))
            an_fuzz_fail(target, "cli_parse_years('%.80s') accepted NaN", text);
    }
    int format = cli_format_of(text);
    if (format < CLI_FORMAT_UNKNOWN || format > CLI_FORMAT_CSV)
        an_fuzz_fail(target, "cli_format_of('%.80s') = %d", text, format);
}

int an_fuzz_cli_args(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    int table = data[0] % 3;
    data++;
    size--;

    /* argv: a private NUL-terminated copy of the input, split at NUL bytes */
    char *copy = malloc(size + 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    char *argv[MAX_ARGS + 2];
    int argc = 0;
    argv[argc++] = (char *)(table == 0 ? "centrality" : table == 1 ? "paths" : "convert");
    for (size_t at = 0; at < size && argc < MAX_ARGS;) {
        argv[argc++] = copy + at;
        at += strlen(copy + at) + 1;
    }
    argv[argc] = NULL;

    values v;
    memset(&v, 0, sizeof v);
    v.real_a = v.real_b = -1.5;
    cli_option options0[] = {
        { "measure", 'm', CLI_STRING, &v.string_a, "M", "measures" },
        { "weight", 'w', CLI_STRING, &v.string_b, "COLUMN", "weight column" },
        { "top", 'k', CLI_INT, &v.int_a, "K", "top k" },
        { "damping", 0, CLI_REAL, &v.real_a, "D", "damping" },
        { "json", 0, CLI_FLAG, &v.flag_a, NULL, "JSON" },
        { "csv", 0, CLI_FLAG, &v.flag_b, NULL, "CSV" },
        { "undirected", 'u', CLI_FLAG, &v.flag_c, NULL, "ignore direction" },
        { 0 } };
    cli_option options1[] = {
        { "from", 0, CLI_STRING, &v.string_a, "ID", "from" },
        { "to", 0, CLI_STRING, &v.string_b, "ID", "to" },
        { "years", 'y', CLI_STRING, &v.string_c, "FROM:TO", "year window" },
        { "k", 'k', CLI_INT, &v.int_a, "K", "k shortest" },
        { "max-length", 0, CLI_INT, &v.int_b, "L", "longest" },
        { "epsilon", 'e', CLI_REAL, &v.real_a, "E", "epsilon" },
        { "delta", 0, CLI_REAL, &v.real_b, "D", "delta" },
        { "json", 'j', CLI_FLAG, &v.flag_a, NULL, "JSON" },
        { 0 } };
    cli_option options2[] = {
        { "quiet", 'q', CLI_FLAG, &v.flag_a, NULL, "quiet" },
        { 0 } };
    cli_positional positionals0[] = { { "FILE", &v.first, 1 }, { 0 } };
    cli_positional positionals1[] = { { "FILE", &v.first, 1 }, { "FROM", &v.second, 0 }, { "TO", &v.third, 0 },
                                      { 0 } };
    cli_positional positionals2[] = { { "IN", &v.first, 1 }, { "OUT", &v.second, 1 }, { 0 } };
    cli_usage usage = { "actornet fuzz [OPTIONS] FILE", "A description.", "  an example" };
    const cli_option *options = table == 0 ? options0 : table == 1 ? options1 : options2;
    const cli_positional *positionals = table == 0 ? positionals0 : table == 1 ? positionals1 : positionals2;

    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc != -1 && rc != CLI_EXIT_OK && rc != CLI_EXIT_USAGE)
        an_fuzz_fail(target, "cli_parse returned %d", rc);
    if (rc == -1) {
        for (const cli_positional *p = positionals; p->name; p++) {
            if (p->required && !*p->target)
                an_fuzz_fail(target, "required %s not set", p->name);
            if (*p->target && !points_into(*p->target, argv, argc))
                an_fuzz_fail(target, "%s does not point into argv", p->name);
        }
        const char *strings[] = { v.string_a, v.string_b, v.string_c, v.first, v.second, v.third };
        for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
            if (strings[i] && !points_into(strings[i], argv, argc))
                an_fuzz_fail(target, "an option value does not point into argv");
            check_string(strings[i]);
        }
        if (v.flag_a > 1 || v.flag_b > 1 || v.flag_c > 1)
            an_fuzz_fail(target, "a flag is not 0 or 1");
    }
    free(copy);
    return 0;
}

AN_FUZZ_ENTRY(an_fuzz_cli_args)
