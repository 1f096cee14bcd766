/*
 * cmd_brokerage.c — `actornet brokerage FILE [--by ATTR] [--csv|--json]`:
 * Gould & Fernandez brokerage roles per actor.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The group value of node v as text (NULL when missing), in `buffer` for numbers. */
static const char *group_text(const an_network *network, int column, int64_t v, char *buffer, size_t size)
{
    int type = an_network_column_type(network, AN_DOMAIN_NODE, column);
    if (type == AN_TYPE_STRING) {
        const char *text = NULL;
        return an_network_get_string(network, AN_DOMAIN_NODE, column, v, &text) == AN_OK ? text : NULL;
    }
    if (type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE) {
        double value;
        if (an_network_get_real(network, AN_DOMAIN_NODE, column, v, &value) != AN_OK || value != value)
            return NULL;
        snprintf(buffer, size, "%.17g", value);
        return buffer;
    }
    int64_t value;
    if (an_network_get_integer(network, AN_DOMAIN_NODE, column, v, &value) != AN_OK)
        return NULL;
    if (type == AN_TYPE_BOOLEAN)
        snprintf(buffer, size, "%s", value ? "true" : "false");
    else
        snprintf(buffer, size, "%lld", (long long)value);
    return buffer;
}

typedef struct output {
    const an_network *network;
    int column;
    const int64_t *counts;
    const double *z;            /* NULL unless --z */
    int64_t n;
    const cli_lens *lens;
} output;

/* 1 when the lens sees actor v (outside it, every count is -1). */
static int seen(const output *o, int64_t v)
{
    return o->counts[AN_BROKERAGE_ROLES * v + AN_ROLE_TOTAL] >= 0;
}

static int print_csv(const output *o)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "id,coordinator,itinerant,gatekeeper,representative,liaison,total");
    if (o->z)
        for (int r = 0; r < AN_BROKERAGE_ROLES; r++)
            an_i_strbuf_printf(&b, ",z_%s", an_brokerage_role_name(r));
    an_i_strbuf_puts(&b, "\n");
    for (int64_t v = 0; v < o->n; v++) {
        cli_csv_text(&b, an_network_node_id(o->network, v));
        for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
            if (seen(o, v))
                an_i_strbuf_printf(&b, ",%lld", (long long)o->counts[AN_BROKERAGE_ROLES * v + r]);
            else
                an_i_strbuf_puts(&b, ",");
        }
        if (o->z) {
            for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
                an_i_strbuf_puts(&b, ",");
                cli_csv_real(&b, o->z[AN_BROKERAGE_ROLES * v + r]);
            }
        }
        an_i_strbuf_puts(&b, "\n");
    }
    return cli_emit_buffer(&b);
}

static int print_json(const output *o, const an_brokerage_options *options)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "{\"by\": ");
    an_i_strbuf_json_string(&b, options->attribute);
    an_i_strbuf_printf(&b, ", \"missing\": \"%s\", \"direction\": \"%s\", ",
                       options->missing == AN_BROKERAGE_MISSING_EXCLUDE ? "exclude" : "group",
                       options->direction ? "undirected" : "as_stored");
    cli_lens_json(&b, o->lens);
    an_i_strbuf_puts(&b, ", \"nodes\": [");
    for (int64_t v = 0; v < o->n; v++) {
        char buffer[64];
        an_i_strbuf_puts(&b, v ? ",\n  {\"id\": " : "\n  {\"id\": ");
        an_i_strbuf_json_string(&b, an_network_node_id(o->network, v));
        an_i_strbuf_puts(&b, ", \"group\": ");
        an_i_strbuf_json_string(&b, group_text(o->network, o->column, v, buffer, sizeof buffer));
        for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
            an_i_strbuf_printf(&b, ", \"%s\": ", an_brokerage_role_name(r));
            if (seen(o, v))
                an_i_strbuf_printf(&b, "%lld", (long long)o->counts[AN_BROKERAGE_ROLES * v + r]);
            else
                an_i_strbuf_puts(&b, "null");
        }
        if (o->z) {
            an_i_strbuf_puts(&b, ", \"z\": {");
            for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
                an_i_strbuf_printf(&b, "%s\"%s\": ", r ? ", " : "", an_brokerage_role_name(r));
                an_i_strbuf_json_real(&b, o->z[AN_BROKERAGE_ROLES * v + r]);
            }
            an_i_strbuf_puts(&b, "}");
        }
        an_i_strbuf_puts(&b, "}");
    }
    an_i_strbuf_puts(&b, "\n]}\n");
    return cli_emit_buffer(&b);
}

static const int64_t *sort_counts; /* for by_total (qsort has no context argument) */

static int by_total(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    int64_t tx = sort_counts[AN_BROKERAGE_ROLES * x + AN_ROLE_TOTAL];
    int64_t ty = sort_counts[AN_BROKERAGE_ROLES * y + AN_ROLE_TOTAL];
    if (tx != ty)
        return tx > ty ? -1 : 1;
    return (x > y) - (x < y);
}

static int print_text(const output *o, const an_brokerage_options *options, long long top)
{
    int64_t *order = malloc((size_t)(o->n ? o->n : 1) * sizeof *order);
    if (!order) {
        cli_error("out of memory");
        return CLI_EXIT_FAILED;
    }
    for (int64_t v = 0; v < o->n; v++)
        order[v] = v;
    sort_counts = o->counts;
    qsort(order, (size_t)o->n, sizeof *order, by_total);
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_printf(&b, "brokerage roles by '%s' (Gould & Fernandez): ordered pairs a -> b -> c, a -/-> c,\n"
                           "brokered by b; top %lld by total%s\n",
                       options->attribute, top, o->z ? " (z-scores against sna's random-graph expectation)" : "");
    cli_lens_text(&b, o->lens);
    an_i_strbuf_puts(&b, "\n\n");
    an_i_strbuf_printf(&b, "%-28s %-16s %11s %9s %10s %14s %7s %7s\n", "actor", "group", "coordinator", "itinerant",
                       "gatekeeper", "representative", "liaison", "total");
    int64_t inside = 0;
    for (int64_t v = 0; v < o->n; v++)
        inside += seen(o, v);
    int64_t shown = inside < top ? inside : (int64_t)top;
    for (int64_t i = 0; i < shown; i++) {
        int64_t v = order[i];
        const int64_t *c = o->counts + AN_BROKERAGE_ROLES * v;
        char buffer[64];
        const char *group = group_text(o->network, o->column, v, buffer, sizeof buffer);
        an_i_strbuf_printf(&b, "%-28.28s %-16.16s %11lld %9lld %10lld %14lld %7lld %7lld\n",
                           an_network_node_id(o->network, v), group ? group : "(none)", (long long)c[0],
                           (long long)c[1], (long long)c[2], (long long)c[3], (long long)c[4], (long long)c[5]);
        if (o->z) {
            const double *z = o->z + AN_BROKERAGE_ROLES * v;
            an_i_strbuf_printf(&b, "%-28s %-16s %11.2f %9.2f %10.2f %14.2f %7.2f %7.2f\n", "", "  z", z[0], z[1],
                               z[2], z[3], z[4], z[5]);
        }
    }
    free(order);
    return cli_emit_buffer(&b);
}

int cli_cmd_brokerage(int argc, char **argv)
{
    const char *file = NULL, *by = "type", *missing = "group", *lens_name = NULL, *vocabulary_path = NULL;
    int csv = 0, json = 0, undirected = 0, with_z = 0, quiet = 0;
    long long top = 20;
    cli_option options[] = {
        { "by", 0, CLI_STRING, &by, "ATTR", "node attribute giving each actor's group (default type)" },
        { "missing", 0, CLI_STRING, &missing, "MODE",
          "actors without a group: 'group' (one group of their own, default, as sna) or 'exclude'" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore directions: every tie counts both ways" },
        { "z", 0, CLI_FLAG, &with_z, NULL, "add z-scores against sna's expected values (not with exclude)" },
        { "top", 'k', CLI_INT, &top, "N", "rows in the text table (default 20)" },
        { "csv", 0, CLI_FLAG, &csv, NULL, "one row per actor in file order: id,coordinator,...,total" },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet brokerage FILE [--by ATTR] [--missing group|exclude] [--lens LENS] [--undirected] [--z]\n"
        "                        [--csv|--json]",
        "Gould & Fernandez (1989) brokerage roles, counted as R's sna::brokerage: actor b brokers the\n"
        "ordered pair (a, c) when a -> b -> c and there is no tie a -> c. By the groups of a, b, c:\n"
        "  coordinator     A -> A -> A   within b's own group\n"
        "  itinerant       A -> B -> A   between two members of another group (consultant)\n"
        "  gatekeeper      A -> B -> B   b controls access into its own group (b with receiver c)\n"
        "  representative  A -> A -> B   b speaks for its own group to outsiders (b with sender a)\n"
        "  liaison         A -> B -> C   between two other, different groups\n"
        "  total           all of the above\n"
        "Undirected ties count both ways (a - b - c is a -> b -> c and c -> b -> a); parallel ties once;\n"
        "self-loops ignored. Groups are the values of --by (any type); actors without a value form one\n"
        "group of their own unless --missing exclude. --z adds (count - expected) / sd with sna's\n"
        "expected values for a random digraph of the same size and density.",
        "  actornet brokerage data/proxy-network.graphml --by type\n"
        "  actornet brokerage data/proxy-network.graphml --csv > brokers.csv\n"
        "  actornet brokerage network.graphml --by faction --z --json" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    if (csv && json) {
        cli_error("brokerage: choose one of --csv and --json");
        return CLI_EXIT_USAGE;
    }
    an_brokerage_options bo = AN_BROKERAGE_OPTIONS_INIT;
    bo.attribute = by;
    bo.direction = undirected ? 1 : 0;
    if (strcmp(missing, "group") == 0) {
        bo.missing = AN_BROKERAGE_MISSING_AS_GROUP;
    } else if (strcmp(missing, "exclude") == 0) {
        bo.missing = AN_BROKERAGE_MISSING_EXCLUDE;
    } else {
        cli_error("brokerage: --missing must be 'group' or 'exclude', not '%s'", missing);
        return CLI_EXIT_USAGE;
    }
    if (with_z && bo.missing == AN_BROKERAGE_MISSING_EXCLUDE) {
        cli_error("brokerage: --z needs --missing group");
        return CLI_EXIT_USAGE;
    }
    an_network *network = cli_load(file);
    if (!network)
        return CLI_EXIT_INPUT;
    cli_print_warnings(network, quiet || json || csv);
    int column;
    if (an_network_find_column(network, AN_DOMAIN_NODE, by, &column) != AN_OK) {
        cli_error("%s: no node attribute '%s' to group by (see 'actornet info %s')", file, by, file);
        an_network_free(network);
        return CLI_EXIT_USAGE;
    }
    cli_lens lens;
    if ((rc = cli_lens_resolve(&lens, lens_name, vocabulary_path, network, AN_LENS_FOR_STRUCTURE)) >= 0) {
        an_network_free(network);
        return rc;
    }
    bo.lens = lens.active;
    int64_t n = an_network_node_count(network);
    int64_t *counts = malloc((size_t)(n ? n : 1) * AN_BROKERAGE_ROLES * sizeof *counts);
    double *z = with_z ? malloc((size_t)(n ? n : 1) * AN_BROKERAGE_ROLES * sizeof *z) : NULL;
    if (!counts || (with_z && !z)) {
        cli_error("out of memory");
        rc = CLI_EXIT_FAILED;
        goto done;
    }
    int status = an_brokerage_counts(counts, network, &bo);
    if (status == AN_OK && with_z)
        status = an_brokerage_expected(NULL, NULL, z, network, &bo);
    if (status != AN_OK) {
        cli_library_error();
        rc = CLI_EXIT_FAILED;
        goto done;
    }
    output o = { network, column, counts, z, n, &lens };
    rc = csv ? print_csv(&o) : json ? print_json(&o, &bo) : print_text(&o, &bo, top);
done:
    free(counts);
    free(z);
    cli_lens_free(&lens);
    an_network_free(network);
    return rc;
}
