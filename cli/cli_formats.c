/*
 * cli_formats.c — choosing an output format by extension, writing a network
 * in it, and parsing year windows: shared by convert, view and paths.
 */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int has_extension(const char *path, const char *extension)
{
    size_t length = strlen(path), ext = strlen(extension);
    return length > ext && strcasecmp(path + length - ext, extension) == 0;
}

cli_format cli_format_of(const char *path)
{
    if (has_extension(path, ".graphml") || has_extension(path, ".xml"))
        return CLI_FORMAT_GRAPHML;
    if (has_extension(path, ".dot") || has_extension(path, ".gv"))
        return CLI_FORMAT_DOT;
    if (has_extension(path, ".csv"))
        return CLI_FORMAT_CSV;
    if (has_extension(path, ".gexf"))
        return CLI_FORMAT_GEXF;
    /* "-" (standard output), a device or pipe names no format (/dev/stdout, /dev/full, a FIFO): GraphML. */
    if (strcmp(path, "-") == 0)
        return CLI_FORMAT_GRAPHML;
    struct stat info;
    if (stat(path, &info) == 0 && (S_ISCHR(info.st_mode) || S_ISFIFO(info.st_mode)))
        return CLI_FORMAT_GRAPHML;
    return CLI_FORMAT_UNKNOWN;
}

/* For PATH = NAME.csv: NAME.nodes.csv, NAME.edges.csv and NAME.columns.csv (the declarations and
 * defaults, long ones written there once: csv.h). */
static int save_csv_tables(const an_network *network, const char *path, const an_csv_write_options *options)
{
    size_t stem = strlen(path) - strlen(".csv");
    char *nodes = malloc(stem + 16), *edges = malloc(stem + 16), *columns = malloc(stem + 16);
    int rc = AN_ENOMEM;
    if (nodes && edges && columns) {
        snprintf(nodes, stem + 16, "%.*s.nodes.csv", (int)stem, path);
        snprintf(edges, stem + 16, "%.*s.edges.csv", (int)stem, path);
        snprintf(columns, stem + 16, "%.*s.columns.csv", (int)stem, path);
        rc = an_network_save_csv(network, nodes, AN_DOMAIN_NODE, options);
        if (rc == AN_OK)
            rc = an_network_save_csv(network, edges, AN_DOMAIN_EDGE, options);
        if (rc == AN_OK)
            rc = an_network_save_csv_columns(network, columns, options);
    }
    free(nodes);
    free(edges);
    free(columns);
    return rc;
}

int cli_save_network(const an_network *network, const char *path, const an_csv_write_options *csv)
{
    cli_format format = cli_format_of(path);
    if (strcmp(path, "-") == 0)
        path = "/dev/stdout"; /* the sink writes a descriptor alias as a stream */
    switch (format) {
    case CLI_FORMAT_DOT: return an_network_save_dot(network, path, NULL);
    case CLI_FORMAT_CSV: return save_csv_tables(network, path, csv);
    case CLI_FORMAT_GRAPHML: return an_network_save_graphml(network, path, NULL);
    case CLI_FORMAT_GEXF: return an_network_save_gexf(network, path, NULL);
    default: return AN_EINVAL;
    }
}

int cli_is_gexf(const char *path)
{
    if (has_extension(path, ".gexf"))
        return 1;
    if (has_extension(path, ".graphml"))
        return 0;
    /* another name: a regular file whose root element is <gexf> (after the XML declaration,
     * comments and blanks at its start) */
    struct stat info;
    if (stat(path, &info) != 0 || !S_ISREG(info.st_mode))
        return 0;
    FILE *file = fopen(path, "rb");
    if (!file)
        return 0;
    char head[1024];
    size_t length = fread(head, 1, sizeof head - 1, file);
    fclose(file);
    head[length] = '\0';
    for (const char *p = head; (p = strchr(p, '<')) != NULL; p++) {
        if (p[1] == '?' || p[1] == '!')
            continue;
        return strncmp(p + 1, "gexf", 4) == 0 && (p[5] == ' ' || p[5] == '>' || p[5] == '\n' ||
                                                  p[5] == '\t' || p[5] == '\r');
    }
    return 0;
}

int cli_parse_years(const char *text, an_filter *filter)
{
    const char *colon = strchr(text, ':');
    char *end;
    if (!colon) {
        errno = 0;
        double year = strtod(text, &end);
        if (end == text || *end || errno || !isfinite(year))
            return -1;
        filter->has_year_from = filter->has_year_to = 1;
        filter->year_from = filter->year_to = year;
        return 0;
    }
    if (colon != text) {
        errno = 0;
        filter->year_from = strtod(text, &end);
        if (end != colon || errno || !isfinite(filter->year_from))
            return -1;
        filter->has_year_from = 1;
    }
    if (colon[1]) {
        errno = 0;
        filter->year_to = strtod(colon + 1, &end);
        if (*end || errno || !isfinite(filter->year_to))
            return -1;
        filter->has_year_to = 1;
    }
    return filter->has_year_from || filter->has_year_to ? 0 : -1;
}
