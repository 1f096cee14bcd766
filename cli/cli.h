/*
 * cli.h — shared pieces of the `actornet` command-line tool: the argument
 * parser, error reporting, loading, and writing results to stdout or files.
 *
 * Exit codes (documented in `actornet --help`):
 *   0 success; 1 the input could not be loaded or was invalid; 2 usage error
 *   (unknown option, missing argument); 3 an analysis or write failed.
 */
#ifndef ACTORNET_CLI_H
#define ACTORNET_CLI_H

#include <stdio.h>

#include "actornet.h"
#include "strbuf.h"

enum { CLI_EXIT_OK = 0, CLI_EXIT_INPUT = 1, CLI_EXIT_USAGE = 2, CLI_EXIT_FAILED = 3 };

#define AN_CLI_COMMAND(name, summary) int cli_cmd_##name(int argc, char **argv);
#include "command_list.h"
#undef AN_CLI_COMMAND

/* ---- argument parsing ---------------------------------------------------- *
 * A command declares its options in a table, then calls cli_parse():
 *
 *   const char *measure = "betweenness"; int json = 0; const char *file = NULL;
 *   cli_option options[] = {
 *       { "measure", 'm', CLI_STRING, &measure, "M", "measure to compute" },
 *       { "json", 0, CLI_FLAG, &json, NULL, "print JSON" },
 *       { 0 } };
 *   cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
 *   int rc = cli_parse(argc, argv, options, positionals, &usage);
 *   if (rc >= 0) return rc;   // --help printed (0) or usage error (2)
 *
 * Accepted forms: --name value, --name=value, -m value, flags without value.
 * Integer and real options are checked (the whole text must be a number).
 */
typedef enum cli_option_kind { CLI_FLAG, CLI_STRING, CLI_INT, CLI_REAL } cli_option_kind;

typedef struct cli_option {
    const char *name;       /* long name without "--" */
    char short_name;        /* or 0 */
    cli_option_kind kind;
    void *target;           /* int* for FLAG, const char** for STRING, long long* for INT, double* for REAL */
    const char *value_name; /* e.g. "FILE", for help */
    const char *help;
} cli_option;

typedef struct cli_positional {
    const char *name;       /* e.g. "FILE" */
    const char **target;
    int required;
} cli_positional;

typedef struct cli_usage {
    const char *synopsis;   /* e.g. "actornet info FILE [--json]" */
    const char *description;/* a paragraph */
    const char *examples;   /* lines of examples */
} cli_usage;

/**
 * Parse argv[1..] (argv[0] is the subcommand). Returns -1 when the command
 * should go on, CLI_EXIT_OK after printing --help, CLI_EXIT_USAGE after
 * printing a usage error to stderr.
 */
int cli_parse(int argc, char **argv, const cli_option *options, const cli_positional *positionals,
              const cli_usage *usage);

/* ---- errors and loading ---------------------------------------------------- */

/** Print "actornet: <message>" to stderr (printf-style). */
void cli_error(const char *format, ...) __attribute__((format(printf, 1, 2)));

/** Print the library's last error as "actornet: FILE:LINE:COL: message". */
void cli_library_error(void);

/* ---- the terminal --------------------------------------------------------- */

/** When stdout or stderr is a terminal, replace it by a stream that shows control
 *  characters (C0 but newline and tab, DEL, C1 U+0080-U+009F) as visible escapes instead of
 *  sending them raw (cli_terminal.c). Pipes and files are left as they are. Call once, first. */
void cli_terminal_guard(void);

/** stderr as it was before cli_terminal_guard (the progress line's own control sequences);
 *  defined in cli_progress.c, set by cli_terminal_guard. */
extern FILE *cli_terminal_raw;
FILE *cli_terminal_raw_stderr(void);

/* ---- progress ----------------------------------------------------------- */

/** Install the progress line (cli_progress.c) unless argv has -q/--quiet or stderr is not a
 *  terminal. */
void cli_progress_start(int argc, char **argv);

/** Erase the progress line if one is drawn (before printing anything). */
void cli_progress_clear(void);

/** Load a network from a GraphML file; on failure prints the error and returns NULL. */
/* Set by 'actornet --strict': cli_load refuses what the reader otherwise repairs with a warning. */
extern int cli_strict_loading;
an_network *cli_load(const char *path);

/** Print load warnings (if any) to stderr unless quiet. */
void cli_print_warnings(const an_network *network, int quiet);

/** Write `text` to stdout; returns CLI_EXIT_OK or CLI_EXIT_FAILED (write error reported). */
int cli_emit(const char *text, size_t length);

/** Split a comma-separated list into a NULL-terminated array (free with cli_free_list). */
char **cli_split_list(const char *text);
void cli_free_list(char **list);

/* ---- tables ------------------------------------------------------------- *
 * Build output in an an_i_strbuf (libnet/core/strbuf.h: an_i_strbuf_puts,
 * an_i_strbuf_json_string, an_i_strbuf_json_real ...) and print it with
 * cli_emit_buffer(). */

/** Append a CSV number: shortest form that reads back exactly; NaN -> empty field. */
void cli_csv_real(an_i_strbuf *out, double value);

/** Append a CSV text field, quoted (RFC 4180) when it holds , " CR or LF. NULL -> empty. */
void cli_csv_text(an_i_strbuf *out, const char *text);

/** Print a buffer to stdout and free it; CLI_EXIT_FAILED on out of memory or a write error. */
int cli_emit_buffer(an_i_strbuf *buffer);

/* ---- output formats and filters ------------------------------------------ */

/** The format an output path names by its extension. */
typedef enum cli_format {
    CLI_FORMAT_UNKNOWN = 0, CLI_FORMAT_GRAPHML, CLI_FORMAT_DOT, CLI_FORMAT_CSV, CLI_FORMAT_GEXF
} cli_format;

/** .graphml/.xml, .dot/.gv, .csv, .gexf (case-insensitive); GraphML for an existing character device
 *  or FIFO without one of these (/dev/stdout, /dev/full); else CLI_FORMAT_UNKNOWN. */
cli_format cli_format_of(const char *path);

/** 1 if the network file `path` is GEXF: named .gexf, or a regular file whose root element is <gexf>. */
int cli_is_gexf(const char *path);

/**
 * Write a network atomically in the format its path names: GraphML, DOT, or for
 * NAME.csv the tables NAME.nodes.csv, NAME.edges.csv and NAME.columns.csv (csv.h),
 * with the CSV options `csv` (NULL: the defaults). Returns an an_status (AN_EINVAL
 * for an unknown extension; the library error is recorded otherwise).
 */
int cli_save_network(const an_network *network, const char *path, const an_csv_write_options *csv);

/** Parse "FROM:TO", "FROM:", ":TO" or "YEAR" into the filter's year window. 0 or -1. */
int cli_parse_years(const char *text, an_filter *filter);

/**
 * Find a bundled data file (e.g. "proxy-network.graphml", "vocabulary.tsv"):
 * $ACTORNET_DATA_DIR first, then the source tree's data/ (when run from a
 * build tree), then the installed PREFIX/share/actornet. Returns a malloc'd
 * path (caller frees) or NULL after printing where it looked.
 */
char *cli_data_path(const char *name);

/* ---- lenses (cli_lens.c) -------------------------------------------------- *
 * Every analysis command takes --lens and --vocabulary:
 *
 *   const char *lens_name = NULL, *vocabulary_path = NULL;
 *   cli_option options[] = { ..., CLI_LENS_OPTIONS(lens_name, vocabulary_path), ..., { 0 } };
 *   cli_lens lens;
 *   int rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE);
 *   if (rc >= 0) ...exit with rc...;
 *   options.policy.lens = lens.active;  ...  cli_lens_free(&lens);
 *
 * No --lens (or --lens auto) chooses as an_lens_choose() does and says why; --lens none
 * analyses the network exactly as stored, without the vocabulary's semantics (as other tools
 * read the file). */
#define CLI_LENS_HELP \
    "which actors and ties to analyse: all, cooperation, conflict,\n" \
    "                               influence, none, or auto (default; see `actornet lenses`)"
#define CLI_VOCABULARY_HELP \
    "vocabulary giving classes and relations their meaning (default:\n" \
    "                               the file's own 'vocabulary' attribute, else the built-in one)"
#define CLI_LENS_OPTIONS(lens_name, vocabulary_path) \
    { "lens", 0, CLI_STRING, &(lens_name), "LENS", CLI_LENS_HELP }, \
    { "vocabulary", 0, CLI_STRING, &(vocabulary_path), "FILE", CLI_VOCABULARY_HELP }

typedef struct cli_lens {
    an_lens lens;               /* the resolved lens (its vocabulary borrowed from below or NULL) */
    const an_lens *active;      /* &lens, or NULL for --lens none (the network exactly as stored) */
    an_vocabulary *vocabulary;  /* loaded from --vocabulary, or NULL */
    int automatic;              /* 1: chosen by an_lens_choose */
    char reason[256];           /* why: the automatic choice's reason, or what the lens shows */
} cli_lens;

/** Resolve --lens/--vocabulary for `network`. Returns -1 to go on, else an exit code (error printed). */
int cli_lens_resolve(cli_lens *out, const char *name, const char *vocabulary_path, const an_network *network,
                     int purpose);
void cli_lens_free(cli_lens *lens);

/** "lens: cooperation (chosen: ...)" / "lens: conflict" — one line for text outputs (no newline). */
void cli_lens_text(an_i_strbuf *out, const cli_lens *lens);

/** `"lens": {"name": ..., "automatic": ..., "reason": ...}` (no leading comma) for JSON outputs. */
void cli_lens_json(an_i_strbuf *out, const cli_lens *lens);

/* ---- the positions commands (cli_analysis.c) ------------------------------ *
 * census, positions, coreperiphery, qap, cug and subgroups load the network, resolve the
 * lens and build the edge policy of --weight/--undirected the same way. */
typedef struct cli_analysis {
    const char *file;
    an_network *network;
    cli_lens lens;
    an_edge_policy policy;      /* weight, direction, lens */
    int directed;               /* 1 when the analysis reads directions */
} cli_analysis;

/** Load FILE, print warnings, check --weight, resolve the lens. Returns -1 to go on, else an
 *  exit code (error printed; nothing to close). */
int cli_analysis_open(cli_analysis *analysis, const char *command, const char *file, const char *lens_name,
                      const char *vocabulary_path, const char *weight, int undirected, int quiet);
void cli_analysis_close(cli_analysis *analysis);

/** The actors the analysis sees: all, or those the lens keeps (-1 on error). */
int64_t cli_analysis_actors(const cli_analysis *analysis);

/** Print the library's error for a failed analysis; returns CLI_EXIT_FAILED. */
int cli_analysis_failed(int rc);

/** `{"file": ..., "nodes": ..., "ties": ..., "directed": ..., "lens": {...}, "weight": ...` (no
 *  closing brace, no trailing comma). */
void cli_analysis_json_head(an_i_strbuf *out, const cli_analysis *analysis);

/** "FILE: N actors, M ties, read as directed; lens: ...\n". */
void cli_analysis_text_head(an_i_strbuf *out, const cli_analysis *analysis);

#endif
