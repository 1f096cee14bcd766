/*
 * fuzz_support.c — what the fuzz targets share: failing loudly, reading a
 * network back through the public API, and comparing two networks exactly.
 */
#include "fuzz_support.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void an_fuzz_fail(const char *target, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fprintf(stderr, "%s: invariant broken: ", target);
    vfprintf(stderr, format, args);
    fputc('\n', stderr);
    va_end(args);
    abort();
}

int an_fuzz_load(an_network **out, const uint8_t *data, size_t size, const char *target)
{
    *out = NULL;
    an_error_clear();
    int rc = an_network_load_graphml_buffer(out, (const char *)data, size, "fuzz.graphml", NULL);
    const an_error *e = an_error_last();
    if (rc == AN_OK) {
        if (!*out)
            an_fuzz_fail(target, "load returned AN_OK without a network");
        return rc;
    }
    /* A failed load: no network, a negative code from the frozen enum, the same code and a
     * message in the last error. */
    if (*out)
        an_fuzz_fail(target, "load failed (%d) but handed out a network", rc);
    if (rc >= 0 || strcmp(an_status_name(rc), "AN_UNKNOWN") == 0)
        an_fuzz_fail(target, "load returned %d, not a status code", rc);
    if (e->code != rc || !e->message || !e->message[0] || !e->reason || !e->reason[0])
        an_fuzz_fail(target, "load returned %s but the last error is %s '%s'", an_status_name(rc),
                     an_status_name(e->code), e->message ? e->message : "(null)");
    if (rc == AN_EMISUSE || rc == AN_EINVAL || rc == AN_EIO || rc == AN_ERROR)
        an_fuzz_fail(target, "load of a buffer returned %s: %s", an_status_name(rc), e->message);
    return rc;
}

/* ---- exact comparison ---------------------------------------------------- */

static int same_string(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

/* Equal after resolving XML references once ("P &amp;" and "P &"): a string column kept as
 * markup stores text escaped, and a markup column whose markup value was replaced by a
 * later duplicate <data> reads back as a plain column (reported; see fuzz/README.md). */
static int same_unescaped(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    static const struct {
        const char *entity;
        char c;
    } entities[] = { { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&#13;", '\r' },
                     { "&#10;", '\n' }, { "&#9;", '\t' }, { "&apos;", '\'' } };
    for (;;) {
        char ca = *a, cb = *b;
        size_t na = 1, nb = 1;
        for (size_t i = 0; i < sizeof entities / sizeof entities[0]; i++) {
            size_t n = strlen(entities[i].entity);
            if (ca == '&' && strncmp(a, entities[i].entity, n) == 0) {
                ca = entities[i].c;
                na = n;
            }
            if (cb == '&' && strncmp(b, entities[i].entity, n) == 0) {
                cb = entities[i].c;
                nb = n;
            }
        }
        if (ca != cb)
            return 0;
        if (!ca)
            return 1;
        a += na;
        b += nb;
    }
}

static int same_real(double a, double b)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return memcmp(&a, &b, sizeof a) == 0; /* -0 is not 0 */
}

/* Compare value `row` (or the default when row < 0) of column k in domain d. */
static int compare_value(const an_network *a, const an_network *b, an_domain d, int k, int kb, int64_t row,
                         char *why, size_t size)
{
    int type = an_network_column_type(a, d, k);
    int ra, rb;
    switch (type) {
    case AN_TYPE_BOOLEAN: {
        int x = -7, y = -7;
        ra = row < 0 ? an_network_get_default_boolean(a, d, k, &x) : an_network_get_boolean(a, d, k, row, &x);
        rb = row < 0 ? an_network_get_default_boolean(b, d, kb, &y) : an_network_get_boolean(b, d, kb, row, &y);
        if (ra != rb || (ra == AN_OK && x != y)) {
            snprintf(why, size, "boolean %d/%d vs %d/%d", ra, x, rb, y);
            return 1;
        }
        return 0;
    }
    case AN_TYPE_INT:
    case AN_TYPE_LONG: {
        int64_t x = -7, y = -7;
        ra = row < 0 ? an_network_get_default_integer(a, d, k, &x) : an_network_get_integer(a, d, k, row, &x);
        rb = row < 0 ? an_network_get_default_integer(b, d, kb, &y) : an_network_get_integer(b, d, kb, row, &y);
        if (ra != rb || (ra == AN_OK && x != y)) {
            snprintf(why, size, "integer %d/%lld vs %d/%lld", ra, (long long)x, rb, (long long)y);
            return 1;
        }
        return 0;
    }
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: {
        double x = -7, y = -7;
        ra = row < 0 ? an_network_get_default_real(a, d, k, &x) : an_network_get_real(a, d, k, row, &x);
        rb = row < 0 ? an_network_get_default_real(b, d, kb, &y) : an_network_get_real(b, d, kb, row, &y);
        if (ra != rb || (ra == AN_OK && !same_real(x, y))) {
            snprintf(why, size, "real %d/%.17g vs %d/%.17g", ra, x, rb, y);
            return 1;
        }
        return 0;
    }
    case AN_TYPE_STRING: {
        const char *x = NULL, *y = NULL;
        ra = row < 0 ? an_network_get_default_string(a, d, k, &x) : an_network_get_string(a, d, k, row, &x);
        rb = row < 0 ? an_network_get_default_string(b, d, kb, &y) : an_network_get_string(b, d, kb, row, &y);
        if (ra != rb || (ra == AN_OK && !same_string(x, y) && !same_unescaped(x, y))) {
            snprintf(why, size, "string %d/[%.60s] vs %d/[%.60s]", ra, x ? x : "(null)", rb, y ? y : "(null)");
            return 1;
        }
        return 0;
    }
    default:
        snprintf(why, size, "column type %d is not a type", type);
        return 1;
    }
}

static int64_t rows_of(const an_network *n, an_domain d)
{
    return d == AN_DOMAIN_GRAPH ? 1 : d == AN_DOMAIN_NODE ? an_network_node_count(n) : an_network_edge_count(n);
}

/* The column of b matching column k of a: the same name, and the same occurrence of
 * that name (two keys may share an attr.name in one domain); -1 if none. */
static int same_name_column(const an_network *a, const an_network *b, an_domain d, int k)
{
    const char *name = an_network_column_name(a, d, k);
    int occurrence = 0;
    for (int i = 0; i < k; i++)
        occurrence += same_string(an_network_column_name(a, d, i), name);
    int count = an_network_column_count(b, d);
    for (int i = 0; i < count; i++)
        if (same_string(an_network_column_name(b, d, i), name) && occurrence-- == 0)
            return i;
    return -1;
}

int an_fuzz_compare(const an_network *a, const an_network *b, char *why, size_t size)
{
    if (an_network_default_directed(a) != an_network_default_directed(b)) {
        snprintf(why, size, "edgedefault %d vs %d", an_network_default_directed(a), an_network_default_directed(b));
        return 1;
    }
    if (!same_string(an_network_graph_id(a), an_network_graph_id(b))) {
        snprintf(why, size, "graph id differs");
        return 1;
    }
    int64_t n = an_network_node_count(a), m = an_network_edge_count(a);
    if (n != an_network_node_count(b) || m != an_network_edge_count(b)) {
        snprintf(why, size, "%lld nodes, %lld edges vs %lld, %lld", (long long)n, (long long)m,
                 (long long)an_network_node_count(b), (long long)an_network_edge_count(b));
        return 1;
    }
    if (an_network_direction(a) != an_network_direction(b)) {
        snprintf(why, size, "direction %d vs %d", an_network_direction(a), an_network_direction(b));
        return 1;
    }
    for (int64_t v = 0; v < n; v++)
        if (!same_string(an_network_node_id(a, v), an_network_node_id(b, v))) {
            snprintf(why, size, "node %lld: id [%.60s] vs [%.60s]", (long long)v, an_network_node_id(a, v),
                     an_network_node_id(b, v));
            return 1;
        }
    for (int64_t e = 0; e < m; e++) {
        int64_t sa = -1, ta = -1, sb = -2, tb = -2;
        an_network_edge_endpoints(a, e, &sa, &ta);
        an_network_edge_endpoints(b, e, &sb, &tb);
        if (sa != sb || ta != tb || an_network_edge_directed(a, e) != an_network_edge_directed(b, e) ||
            !same_string(an_network_edge_id(a, e), an_network_edge_id(b, e))) {
            snprintf(why, size, "edge %lld: %lld->%lld dir %d id %s vs %lld->%lld dir %d id %s", (long long)e,
                     (long long)sa, (long long)ta, an_network_edge_directed(a, e),
                     an_network_edge_id(a, e) ? an_network_edge_id(a, e) : "(none)", (long long)sb, (long long)tb,
                     an_network_edge_directed(b, e), an_network_edge_id(b, e) ? an_network_edge_id(b, e) : "(none)");
            return 1;
        }
    }
    for (int d = 0; d < 3; d++) {
        int count = an_network_column_count(a, (an_domain)d);
        if (count != an_network_column_count(b, (an_domain)d)) {
            snprintf(why, size, "domain %d: %d vs %d columns", d, count, an_network_column_count(b, (an_domain)d));
            return 1;
        }
        int64_t rows = rows_of(a, (an_domain)d);
        for (int k = 0; k < count; k++) {
            /* Columns are matched by name: GraphML has one order of <key>s for all three
             * domains, so when a for="all" key's columns were created in different orders
             * per domain (a key used on an element it was not declared for), the order
             * within a domain cannot always survive a write. */
            const char *name = an_network_column_name(a, (an_domain)d, k);
            int kb = same_name_column(a, b, (an_domain)d, k);
            if (kb < 0) {
                snprintf(why, size, "domain %d: column [%.60s] is gone", d, name);
                return 1;
            }
            if (an_network_column_type(a, (an_domain)d, k) != an_network_column_type(b, (an_domain)d, kb)) {
                snprintf(why, size, "domain %d column [%.60s]: type %d vs %d", d, name,
                         an_network_column_type(a, (an_domain)d, k), an_network_column_type(b, (an_domain)d, kb));
                return 1;
            }
            if (an_network_column_has_default(a, (an_domain)d, k) != an_network_column_has_default(b, (an_domain)d, kb)) {
                snprintf(why, size, "column [%.60s]: has_default differs", name);
                return 1;
            }
            char detail[256];
            if (compare_value(a, b, (an_domain)d, k, kb, -1, detail, sizeof detail)) {
                snprintf(why, size, "column [%.60s] default: %s", name, detail);
                return 1;
            }
            if (an_network_column_missing_count(a, (an_domain)d, k) !=
                an_network_column_missing_count(b, (an_domain)d, kb)) {
                snprintf(why, size, "column [%.60s]: missing count differs", name);
                return 1;
            }
            for (int64_t r = 0; r < rows; r++) {
                int state_a = an_network_value_state(a, (an_domain)d, k, r);
                int state_b = an_network_value_state(b, (an_domain)d, kb, r);
                if (state_a != state_b) {
                    snprintf(why, size, "column [%.60s] row %lld: state %d vs %d", name, (long long)r, state_a,
                             state_b);
                    return 1;
                }
                if (compare_value(a, b, (an_domain)d, k, kb, r, detail, sizeof detail)) {
                    snprintf(why, size, "column [%.60s] row %lld: %s", name, (long long)r, detail);
                    return 1;
                }
            }
        }
    }
    return 0;
}

/* ---- reading everything back ----------------------------------------------- */

void an_fuzz_walk(const an_network *network, const char *target)
{
    int64_t n = an_network_node_count(network), m = an_network_edge_count(network);
    if (n < 0 || m < 0)
        an_fuzz_fail(target, "negative counts %lld %lld", (long long)n, (long long)m);
    int direction = an_network_direction(network);
    if (direction != AN_DIRECTED && direction != AN_UNDIRECTED && direction != AN_MIXED)
        an_fuzz_fail(target, "direction %d", direction);
    for (int64_t v = 0; v < n; v++) {
        const char *id = an_network_node_id(network, v);
        int64_t found = -1;
        if (!id || !id[0] || an_network_find_node(network, id, &found) != AN_OK || found != v)
            an_fuzz_fail(target, "node %lld: id lookup fails", (long long)v);
        (void)an_network_node_line(network, v);
    }
    for (int64_t e = 0; e < m; e++) {
        int64_t s = -1, t = -1;
        if (an_network_edge_endpoints(network, e, &s, &t) != AN_OK || s < 0 || s >= n || t < 0 || t >= n)
            an_fuzz_fail(target, "edge %lld: endpoints %lld %lld of %lld nodes", (long long)e, (long long)s,
                         (long long)t, (long long)n);
        int directed = an_network_edge_directed(network, e);
        if (directed != 0 && directed != 1)
            an_fuzz_fail(target, "edge %lld: directed = %d", (long long)e, directed);
        (void)an_network_edge_id(network, e);
        (void)an_network_edge_line(network, e);
    }
    char *ids = NULL;
    size_t ids_size = 0;
    if (an_network_node_ids_joined(&ids, &ids_size, network) == AN_OK)
        an_free(ids);
    for (int d = 0; d < 3; d++) {
        int count = an_network_column_count(network, (an_domain)d);
        int64_t rows = rows_of(network, (an_domain)d);
        double *doubles = malloc((size_t)(rows > 0 ? rows : 1) * sizeof *doubles);
        for (int k = 0; k < count; k++) {
            const char *name = an_network_column_name(network, (an_domain)d, k);
            int found = -1;
            if (!name || an_network_find_column(network, (an_domain)d, name, &found) != AN_OK)
                an_fuzz_fail(target, "column %d of domain %d cannot be found by name", k, d);
            (void)an_network_column_key_id(network, (an_domain)d, k);
            int type = an_network_column_type(network, (an_domain)d, k);
            if (!an_type_name((an_type)type))
                an_fuzz_fail(target, "column [%.60s]: type %d", name, type);
            if (type != AN_TYPE_STRING && doubles &&
                an_network_column_to_doubles(network, (an_domain)d, k, doubles, NAN) != AN_OK)
                an_fuzz_fail(target, "column [%.60s]: to_doubles fails", name);
            for (int64_t r = 0; r < rows; r++) {
                int state = an_network_value_state(network, (an_domain)d, k, r);
                char detail[256];
                /* compare_value of a network with itself exercises the typed getter */
                if (state < AN_VALUE_SET || state > AN_VALUE_MISSING ||
                    compare_value(network, network, (an_domain)d, k, k, r, detail, sizeof detail))
                    an_fuzz_fail(target, "column [%.60s] row %lld: state %d", name, (long long)r, state);
            }
        }
        free(doubles);
    }
    int64_t warnings = an_network_warning_count(network);
    for (int64_t i = 0; i < warnings; i++)
        if (!an_network_warning(network, i))
            an_fuzz_fail(target, "warning %lld is NULL", (long long)i);
}
