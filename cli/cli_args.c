/*
 * cli_args.c — the small option parser shared by all subcommands.
 */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void print_help(const char *command, const cli_option *options, const cli_positional *positionals,
                       const cli_usage *usage)
{
    printf("usage: %s\n", usage && usage->synopsis ? usage->synopsis : command);
    if (usage && usage->description)
        printf("\n%s\n", usage->description);
    if (positionals && positionals[0].name) {
        printf("\narguments:\n");
        for (const cli_positional *p = positionals; p->name; p++)
            printf("  %-24s %s\n", p->name, p->required ? "(required)" : "(optional)");
    }
    printf("\noptions:\n");
    for (const cli_option *o = options; o && o->name; o++) {
        char left[64];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->value_name ? " " : "",
                     o->value_name ? o->value_name : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->value_name ? " " : "",
                     o->value_name ? o->value_name : "");
        printf("  %-28s %s\n", left, o->help ? o->help : "");
    }
    printf("  %-28s %s\n", "-h, --help", "show this help");
    if (usage && usage->examples)
        printf("\nexamples:\n%s\n", usage->examples);
}

static int set_value(const char *command, const cli_option *o, const char *value)
{
    char *end = NULL;
    switch (o->kind) {
    case CLI_FLAG:
        *(int *)o->target = 1;
        return 0;
    case CLI_STRING:
        *(const char **)o->target = value;
        return 0;
    case CLI_INT: {
        errno = 0;
        long long parsed = strtoll(value, &end, 10);
        if (errno || end == value || *end) {
            cli_error("%s: --%s expects an integer, got '%s'", command, o->name, value);
            return -1;
        }
        *(long long *)o->target = parsed;
        return 0;
    }
    case CLI_REAL: {
        errno = 0;
        double parsed = strtod(value, &end);
        if (errno || end == value || *end) {
            cli_error("%s: --%s expects a number, got '%s'", command, o->name, value);
            return -1;
        }
        *(double *)o->target = parsed;
        return 0;
    }
    }
    return -1;
}

int cli_parse(int argc, char **argv, const cli_option *options, const cli_positional *positionals,
              const cli_usage *usage)
{
    const char *command = argc > 0 ? argv[0] : "actornet";
    int next_positional = 0;
    int options_done = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (!options_done && (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0)) {
            print_help(command, options, positionals, usage);
            return CLI_EXIT_OK;
        }
        if (!options_done && strcmp(arg, "--") == 0) {
            options_done = 1;
            continue;
        }
        if (!options_done && arg[0] == '-' && arg[1] != '\0') {
            const cli_option *match = NULL;
            const char *inline_value = NULL;
            if (arg[1] == '-') {
                const char *name = arg + 2;
                const char *equals = strchr(name, '=');
                size_t length = equals ? (size_t)(equals - name) : strlen(name);
                for (const cli_option *o = options; o && o->name; o++)
                    if (strlen(o->name) == length && strncmp(o->name, name, length) == 0)
                        match = o;
                if (equals)
                    inline_value = equals + 1;
            } else if (arg[2] == '\0') {
                for (const cli_option *o = options; o && o->name; o++)
                    if (o->short_name == arg[1])
                        match = o;
            }
            if (!match) {
                cli_error("%s: unknown option '%s' (see 'actornet %s --help')", command, arg, command);
                return CLI_EXIT_USAGE;
            }
            if (match->kind == CLI_FLAG) {
                if (inline_value) {
                    cli_error("%s: --%s takes no value", command, match->name);
                    return CLI_EXIT_USAGE;
                }
                *(int *)match->target = 1;
                continue;
            }
            const char *value = inline_value;
            if (!value) {
                if (i + 1 >= argc) {
                    cli_error("%s: --%s needs a value", command, match->name);
                    return CLI_EXIT_USAGE;
                }
                value = argv[++i];
            }
            if (set_value(command, match, value) != 0)
                return CLI_EXIT_USAGE;
            continue;
        }
        if (!positionals || !positionals[next_positional].name) {
            cli_error("%s: unexpected argument '%s' (see 'actornet %s --help')", command, arg, command);
            return CLI_EXIT_USAGE;
        }
        *positionals[next_positional++].target = arg;
    }
    for (int p = next_positional; positionals && positionals[p].name; p++) {
        if (positionals[p].required) {
            cli_error("%s: missing %s (see 'actornet %s --help')", command, positionals[p].name, command);
            return CLI_EXIT_USAGE;
        }
    }
    return -1;
}

char **cli_split_list(const char *text)
{
    size_t count = 1;
    for (const char *p = text; *p; p++)
        count += *p == ',';
    char **list = calloc(count + 1, sizeof *list);
    if (!list)
        return NULL;
    size_t n = 0;
    const char *start = text;
    for (;;) {
        const char *comma = strchr(start, ',');
        size_t length = comma ? (size_t)(comma - start) : strlen(start);
        if (length > 0) {
            list[n] = strndup(start, length);
            if (!list[n]) {
                cli_free_list(list);
                return NULL;
            }
            n++;
        }
        if (!comma)
            break;
        start = comma + 1;
    }
    return list;
}

void cli_free_list(char **list)
{
    if (!list)
        return;
    for (char **p = list; *p; p++)
        free(*p);
    free(list);
}
