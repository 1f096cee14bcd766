/*
 * oracle_driver.c — runs view and path queries for the Python oracle tests.
 *
 *   oracle_driver NETWORK.tsv < QUERIES
 *
 * NETWORK.tsv (tab-separated, "-" = absent):
 *   graph  DEFAULT_DIRECTED  CLASS_TYPE(string|int)
 *   node   ID  CLASS
 *   edge   SOURCE  TARGET  DIRECTED  WEIGHT  RELATION  YEAR  CONFIDENCE  EDGE_ID
 * Columns: node `type` (string or int), edge `weight` (double), `relation`
 * (string), `year` (int), `confidence` (string).
 *
 * QUERIES, one per line, space-separated; options after the positional ones:
 *   shortest FROM TO [opts]        k FROM TO K [opts]        all FROM TO L [opts]
 *   ego MODE(both|out|in) RADIUS ID,ID...
 *   project CLASS [via=C,C] [shared]
 *   view [opts] [isolates]
 * opts: weighted undirected ends drop_undated relations=R,.. classes=C,..
 *       confidence=C,.. years=FROM:TO (either side may be empty) max_paths=N
 *
 * Output: one JSON line per query — the library's path JSON, or
 * {"nodes": [...], "edges": [[source, target(, weight, shared)], ...]} for
 * views, or {"error": "AN_..."}.
 */
#include "actornet.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 16

static int split(char *line, const char *separators, char **fields, int max)
{
    int count = 0;
    for (char *save = NULL, *token = strtok_r(line, separators, &save); token && count < max;
         token = strtok_r(NULL, separators, &save))
        fields[count++] = token;
    return count;
}

static an_network *load(const char *path)
{
    FILE *file = fopen(path, "r");
    if (!file)
        return NULL;
    an_network *n = NULL;
    int type = -1, weight = -1, relation = -1, year = -1, confidence = -1, int_classes = 0;
    char line[4096];
    while (fgets(line, sizeof line, file)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *f[MAX_FIELDS];
        int count = split(line, "\t", f, MAX_FIELDS);
        if (count == 0)
            continue;
        if (strcmp(f[0], "graph") == 0 && count >= 3) {
            an_network_new(&n, atoi(f[1]));
            int_classes = strcmp(f[2], "int") == 0;
            an_network_add_column(n, AN_DOMAIN_NODE, "type", int_classes ? AN_TYPE_INT : AN_TYPE_STRING, &type);
            an_network_add_column(n, AN_DOMAIN_EDGE, "weight", AN_TYPE_DOUBLE, &weight);
            an_network_add_column(n, AN_DOMAIN_EDGE, "relation", AN_TYPE_STRING, &relation);
            an_network_add_column(n, AN_DOMAIN_EDGE, "year", AN_TYPE_INT, &year);
            an_network_add_column(n, AN_DOMAIN_EDGE, "confidence", AN_TYPE_STRING, &confidence);
        } else if (strcmp(f[0], "node") == 0 && count >= 3 && n) {
            int64_t v;
            if (an_network_add_node(n, f[1], &v) != AN_OK)
                goto fail;
            if (strcmp(f[2], "-") != 0) {
                if (int_classes)
                    an_network_set_integer(n, AN_DOMAIN_NODE, type, v, atoll(f[2]));
                else
                    an_network_set_string(n, AN_DOMAIN_NODE, type, v, f[2]);
            }
        } else if (strcmp(f[0], "edge") == 0 && count >= 9 && n) {
            int64_t s, t, e;
            if (an_network_find_node(n, f[1], &s) != AN_OK || an_network_find_node(n, f[2], &t) != AN_OK ||
                an_network_add_edge(n, s, t, atoi(f[3]), strcmp(f[8], "-") ? f[8] : NULL, &e) != AN_OK)
                goto fail;
            if (strcmp(f[4], "-"))
                an_network_set_real(n, AN_DOMAIN_EDGE, weight, e, strtod(f[4], NULL));
            if (strcmp(f[5], "-"))
                an_network_set_string(n, AN_DOMAIN_EDGE, relation, e, f[5]);
            if (strcmp(f[6], "-"))
                an_network_set_integer(n, AN_DOMAIN_EDGE, year, e, atoll(f[6]));
            if (strcmp(f[7], "-"))
                an_network_set_string(n, AN_DOMAIN_EDGE, confidence, e, f[7]);
        }
    }
    fclose(file);
    return n;
fail:
    fclose(file);
    an_network_free(n);
    return NULL;
}

/* A comma list as a NULL-terminated array pointing into `text` (modified). */
static const char **comma_list(char *text)
{
    size_t count = 1;
    for (const char *p = text; *p; p++)
        count += *p == ',';
    const char **list = calloc(count + 1, sizeof *list);
    size_t n = 0;
    for (char *save = NULL, *token = strtok_r(text, ",", &save); token; token = strtok_r(NULL, ",", &save))
        list[n++] = token;
    return list;
}

typedef struct query_options {
    an_filter filter;
    int weighted, undirected, ends, isolates, shared;
    int64_t max_paths;
    const char **lists[4];
    const char *via;
} query_options;

static void parse_options(query_options *q, char **f, int count)
{
    an_filter defaults = AN_FILTER_INIT;
    memset(q, 0, sizeof *q);
    q->filter = defaults;
    q->max_paths = 1000;
    for (int i = 0; i < count; i++) {
        char *value = strchr(f[i], '=');
        if (value)
            *value++ = '\0';
        if (strcmp(f[i], "weighted") == 0)
            q->weighted = 1;
        else if (strcmp(f[i], "undirected") == 0)
            q->undirected = 1;
        else if (strcmp(f[i], "ends") == 0)
            q->ends = 1;
        else if (strcmp(f[i], "isolates") == 0)
            q->isolates = 1;
        else if (strcmp(f[i], "shared") == 0)
            q->shared = 1;
        else if (strcmp(f[i], "drop_undated") == 0)
            q->filter.undated = AN_UNDATED_DROP;
        else if (strcmp(f[i], "max_paths") == 0 && value)
            q->max_paths = atoll(value);
        else if (strcmp(f[i], "via") == 0 && value)
            q->via = value;
        else if (strcmp(f[i], "relations") == 0 && value)
            q->filter.relations = q->lists[0] = comma_list(value);
        else if (strcmp(f[i], "classes") == 0 && value)
            q->filter.classes = q->lists[1] = comma_list(value);
        else if (strcmp(f[i], "confidence") == 0 && value)
            q->filter.confidence = q->lists[2] = comma_list(value);
        else if (strcmp(f[i], "years") == 0 && value) {
            char *colon = strchr(value, ':');
            if (colon) {
                *colon = '\0';
                if (*value) {
                    q->filter.has_year_from = 1;
                    q->filter.year_from = strtod(value, NULL);
                }
                if (colon[1]) {
                    q->filter.has_year_to = 1;
                    q->filter.year_to = strtod(colon + 1, NULL);
                }
            }
        }
    }
}

static void free_options(query_options *q)
{
    for (int i = 0; i < 4; i++)
        free(q->lists[i]);
}

static void print_string(const char *text)
{
    putchar('"');
    for (const char *p = text; *p; p++) {
        if (*p == '"' || *p == '\\')
            putchar('\\');
        putchar(*p);
    }
    putchar('"');
}

static void print_network(const an_network *view)
{
    printf("{\"nodes\": [");
    for (int64_t v = 0; v < an_network_node_count(view); v++) {
        printf(v ? ", " : "");
        print_string(an_network_node_id(view, v));
    }
    printf("], \"edges\": [");
    int weight = -1, shared = -1;
    if (an_network_find_column(view, AN_DOMAIN_EDGE, "weight", &weight) != AN_OK ||
        an_network_column_type(view, AN_DOMAIN_EDGE, weight) != AN_TYPE_INT)
        weight = -1;
    if (an_network_find_column(view, AN_DOMAIN_EDGE, "shared", &shared) != AN_OK)
        shared = -1;
    an_error_clear();
    for (int64_t e = 0; e < an_network_edge_count(view); e++) {
        int64_t s, t;
        an_network_edge_endpoints(view, e, &s, &t);
        printf(e ? ", [" : "[");
        print_string(an_network_node_id(view, s));
        printf(", ");
        print_string(an_network_node_id(view, t));
        if (weight >= 0) {
            int64_t w = 0;
            an_network_get_integer(view, AN_DOMAIN_EDGE, weight, e, &w);
            printf(", %lld", (long long)w);
        }
        if (shared >= 0) {
            const char *text = "";
            an_network_get_string(view, AN_DOMAIN_EDGE, shared, e, &text);
            printf(", ");
            print_string(text);
        }
        printf("]");
    }
    printf("]}\n");
}

static void print_error(int rc)
{
    printf("{\"error\": \"%s\"}\n", an_status_name(rc));
}

static void run(const an_network *n, char *line)
{
    char *f[64];
    int count = split(line, " ", f, 64);
    if (count == 0)
        return;
    query_options q;
    int rc;
    if (strcmp(f[0], "shortest") == 0 || strcmp(f[0], "k") == 0 || strcmp(f[0], "all") == 0) {
        int positional = strcmp(f[0], "shortest") == 0 ? 3 : 4;
        parse_options(&q, f + positional, count - positional);
        an_path_options o = AN_PATH_OPTIONS_INIT;
        o.filter = q.filter;
        o.weight = q.weighted ? "weight" : NULL;
        o.ignore_direction = q.undirected;
        o.classes_at_ends = q.ends;
        o.max_paths = q.max_paths;
        an_path_result *r = NULL;
        if (strcmp(f[0], "shortest") == 0)
            rc = an_paths_shortest(&r, n, f[1], f[2], &o);
        else if (strcmp(f[0], "k") == 0)
            rc = an_paths_k_shortest(&r, n, f[1], f[2], atoll(f[3]), &o);
        else
            rc = an_paths_all_simple(&r, n, f[1], f[2], atoll(f[3]), &o);
        char *json = NULL;
        if (rc == AN_OK)
            rc = an_path_result_json(&json, NULL, r);
        if (rc == AN_OK)
            fputs(json, stdout);
        else
            print_error(rc);
        an_free(json);
        an_path_result_free(r);
    } else if (strcmp(f[0], "ego") == 0 && count >= 4) {
        parse_options(&q, NULL, 0);
        an_ego_options o = AN_EGO_OPTIONS_INIT;
        o.mode = strcmp(f[1], "out") == 0 ? AN_EGO_OUT : strcmp(f[1], "in") == 0 ? AN_EGO_IN : AN_EGO_BOTH;
        o.radius = atoll(f[2]);
        const char **ids = comma_list(f[3]);
        an_network *view = NULL;
        rc = an_view_ego(&view, n, ids, &o);
        if (rc == AN_OK)
            print_network(view);
        else
            print_error(rc);
        an_network_free(view);
        free(ids);
    } else if (strcmp(f[0], "project") == 0 && count >= 2) {
        parse_options(&q, f + 2, count - 2);
        an_projection_options o = AN_PROJECTION_OPTIONS_INIT;
        const char **via = q.via ? comma_list((char *)q.via) : NULL;
        o.via = via;
        o.shared_column = q.shared ? "shared" : NULL;
        an_network *view = NULL;
        rc = an_view_project(&view, n, f[1], &o);
        if (rc == AN_OK)
            print_network(view);
        else
            print_error(rc);
        an_network_free(view);
        free(via);
    } else if (strcmp(f[0], "view") == 0) {
        parse_options(&q, f + 1, count - 1);
        an_view_options o = AN_VIEW_OPTIONS_INIT;
        o.filter = q.filter;
        o.drop_isolates = q.isolates;
        an_network *view = NULL;
        rc = an_view_filter(&view, n, &o);
        if (rc == AN_OK)
            print_network(view);
        else
            print_error(rc);
        an_network_free(view);
    } else {
        printf("{\"error\": \"bad query\"}\n");
        return;
    }
    free_options(&q);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: oracle_driver NETWORK.tsv < QUERIES\n");
        return 2;
    }
    an_network *n = load(argv[1]);
    if (!n) {
        fprintf(stderr, "oracle_driver: cannot load %s\n", argv[1]);
        return 1;
    }
    static char line[1 << 16];
    while (fgets(line, sizeof line, stdin)) {
        line[strcspn(line, "\r\n")] = '\0';
        run(n, line);
    }
    an_network_free(n);
    return 0;
}
