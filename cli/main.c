/*
 * main.c — `actornet SUBCOMMAND ...`: dispatch to the subcommands listed in
 * command_list.h.
 */
#include "cli.h"

#include <signal.h>
#include <string.h>

typedef struct cli_command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} cli_command;

static const cli_command commands[] = {
#define AN_CLI_COMMAND(name, summary) { #name, cli_cmd_##name, summary },
#include "command_list.h"
#undef AN_CLI_COMMAND
};

static void print_usage(FILE *to)
{
    fprintf(to, "usage: actornet COMMAND [ARGS...]    (actornet COMMAND --help for details)\n\n"
                "Analyse actor networks: who brokers, which factions exist, which few actors hold the\n"
                "network together, which cited chain links a sponsor to an attack.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(to, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(to, "\nexit status: 0 success; 1 input could not be loaded or is invalid; 2 usage error;\n"
                "3 an analysis or a write failed. Errors print one line: actornet: FILE:LINE:COL: message\n"
                "\nreader limits (hostile input): ACTORNET_MAX_DEPTH (default 256), ACTORNET_MAX_VALUE_BYTES\n"
                "(default 67108864), ACTORNET_MAX_KEYS (default 100000) in the environment raise or lower them.\n"
                "\nstrict reading: 'actornet --strict COMMAND ...' (or ACTORNET_STRICT=1) refuses a GraphML file\n"
                "whose edges name undeclared nodes or whose <data> use undeclared keys, instead of adding them\n"
                "with a warning.\n"
                "\nactornet %s\n", an_version_string());
}

int main(int argc, char **argv)
{
    /* A file-size limit (ulimit -f) must fail a write with EFBIG, reported and cleaned up
     * (exit 3, no temporary file left), not kill the process half-way through. */
    signal(SIGXFSZ, SIG_IGN);
    cli_terminal_guard();
    if (argc < 2) {
        print_usage(stderr);
        return CLI_EXIT_USAGE;
    }
    if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
        print_usage(stdout);
        return CLI_EXIT_OK;
    }
    if (strcmp(argv[1], "--strict") == 0) {
        cli_strict_loading = 1;
        argc--;
        argv++;
        if (argc < 2) {
            print_usage(stderr);
            return CLI_EXIT_USAGE;
        }
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("actornet %s\n", an_version_string());
        return CLI_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0) {
            cli_progress_start(argc - 1, argv + 1);
            int rc = commands[i].run(argc - 1, argv + 1);
            cli_progress_clear();
            return rc;
        }
    cli_error("unknown command '%s' (see 'actornet --help')", argv[1]);
    return CLI_EXIT_USAGE;
}
