/*
 * test_hostile_inputs.c — the hostile-input table: crafted GraphML that must
 * fail fast (or load correctly) with the exact status, within a bound on time
 * and memory, without opening a local file or reaching the network.
 *
 *   test_hostile_inputs DATA_DIR
 *
 * Every row runs in its own child process (hostile_run.h): alarm(2) guards
 * its wall-clock time against hangs, RLIMIT_AS bounds its address space (plain
 * builds), and the parent checks the child's CPU time and peak RSS against the
 * row's bounds (CPU time, so that a busy machine does not fail a row).
 * Big inputs are generated as a stream by a second child writing into a pipe
 * that the reader opens as /dev/fd/N through an_network_load_graphml(): no
 * big file is ever committed, written to disk or held in memory, so the
 * memory measured is the reader's own.
 *
 * Files and the network. Rows naming a local file point at a secret file
 * watched with inotify (IN_OPEN | IN_ACCESS): any event fails the row; the
 * secret's content must not appear in the error either. Rows naming a network
 * address point at a TCP listener on 127.0.0.1 opened by the test: a
 * connection attempt (even one the reader gives up on) would be queued in
 * its backlog, so a readable listener after the row fails it. No external
 * tool (strace, a network namespace) is needed.
 *
 * Sizes. The default run keeps the suite fast: 1 million parallel edges
 * instead of 10 million (ACTORNET_HOSTILE_FULL=1 runs the full 10 million: about 5 s
 * and 220 MB in a plain build, bounded at 30 s and 500 MB). Under valgrind the streamed inputs are smaller still
 * (the same code paths, with reader limits lowered to match).
 *
 * The reader's own bad-input table (tests/graphml_read/test_graphml_read.c)
 * checks the reported line and message of many of the same documents; this
 * table adds the resource bounds, the file and network checks, and the rows
 * of issue 8.
 */
#include "actornet.h"
#include "hostile_run.h"
#include "harness.h"
#include "test_files.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *data_dir;
static char temp_dir[256];
static char secret_path[512];
static int listener = -1;
static int listener_port;
static int inotify_fd = -1;

#define SECRET "TOP-SECRET-CONTENT-7f3a"
#define NS "http://graphml.graphdrawing.org/xmlns"
#define HEAD "<?xml version=\"1.0\"?>\n<graphml xmlns=\"" NS "\">\n"

/* ---- the rows -------------------------------------------------------------- */

typedef struct row row;

/* A row either streams a document (write) that is loaded from the pipe, or runs
 * its own code in the bounded child (run). */
struct row {
    const char *name;
    int code;                   /* the exact status */
    double seconds;             /* CPU-time bound, plain build (hostile_run.h) */
    double megabytes;           /* peak RSS bound, plain build */
    const char *reason;         /* substring of the error reason (NULL: not checked) */
    void (*write)(const row *r, FILE *out);
    void (*check)(const row *r, const an_network *network, hostile_result *result);
    void (*run)(const row *r, hostile_result *result);
    const char *text;           /* for write_text */
    int64_t count;              /* size parameter */
    int touches_outside;        /* 1: check the secret file and the listener */
    int64_t max_value_bytes;    /* reader option (0 = default) */
};

/* max_keys for the million-keys row under valgrind (a lowered limit: the same code path) */
static int64_t light_max_keys;

static int64_t scaled(int64_t full, int64_t light)
{
    return hostile_light() ? light : full;
}

static void write_text(const row *r, FILE *out)
{
    fputs(r->text, out);
}

/* %s in the text is the secret file, %d the listener's port. */
static void write_outside(const row *r, FILE *out)
{
    char text[4096];
    const char *s = r->text;
    size_t n = 0;
    while (*s && n < sizeof text - 600) {
        if (s[0] == '%' && s[1] == 's') {
            n += (size_t)snprintf(text + n, sizeof text - n, "%s", secret_path);
            s += 2;
        } else if (s[0] == '%' && s[1] == 'd') {
            n += (size_t)snprintf(text + n, sizeof text - n, "%d", listener_port);
            s += 2;
        } else {
            text[n++] = *s++;
        }
    }
    text[n] = '\0';
    fputs(text, out);
}

static void write_billion_laughs(const row *r, FILE *out)
{
    fputs("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n <!ENTITY lol \"lol\">\n", out);
    for (int i = 1; i <= 9; i++) {
        fprintf(out, " <!ENTITY lol%d \"", i);
        for (int k = 0; k < 10; k++)
            fprintf(out, i == 1 ? "&lol;" : "&lol%d;", i - 1);
        fputs("\">\n", out);
    }
    fputs("]>\n<graphml xmlns=\"" NS "\"><key id=\"l\" for=\"node\"/>\n", out);
    if (r->count)
        fputs("<graph><node id=\"&lol9;\"/></graph></graphml>\n", out);
    else
        fputs("<graph><node id=\"a\"><data key=\"l\">&lol9;</data></node></graph></graphml>\n", out);
}

static void write_quadratic(const row *r, FILE *out)
{
    (void)r;
    fputs("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY a \"", out);
    for (int i = 0; i < 100000; i++)
        fputc('x', out);
    fputs("\"> ]>\n<graphml xmlns=\"" NS "\"><key id=\"l\" for=\"node\"/>\n<graph><node id=\"n\"><data key=\"l\">", out);
    for (int i = 0; i < 100000; i++) /* 10 GB if expanded */
        fputs("&a;", out);
    fputs("</data></node></graph></graphml>\n", out);
}

static void write_deep(const row *r, FILE *out)
{
    fputs("<graphml xmlns=\"" NS "\"><key id=\"k\"/><graph><node id=\"n\"><data key=\"k\">", out);
    for (int64_t i = 0; i < r->count; i++)
        fputs("<a>", out);
    for (int64_t i = 0; i < r->count; i++)
        fputs("</a>", out);
    fputs("</data></node></graph></graphml>\n", out);
}

static void write_repeated(FILE *out, char c, int64_t count)
{
    char block[65536];
    memset(block, c, sizeof block);
    while (count > 0) {
        size_t n = count < (int64_t)sizeof block ? (size_t)count : sizeof block;
        if (fwrite(block, 1, n, out) != n)
            return; /* the reader stopped */
        count -= (int64_t)n;
    }
}

static void write_big_data_value(const row *r, FILE *out)
{
    fputs(HEAD "<key id=\"k\" for=\"node\" attr.name=\"note\" attr.type=\"string\"/>\n<graph>\n"
          "<node id=\"a\"><data key=\"k\">", out);
    write_repeated(out, 'x', r->count);
    fputs("</data></node>\n</graph>\n</graphml>\n", out);
}

static void write_big_attribute(const row *r, FILE *out)
{
    fputs(HEAD "<graph>\n<node id=\"", out);
    write_repeated(out, 'x', r->count);
    fputs("\"/>\n</graph>\n</graphml>\n", out);
}

static void write_many_keys(const row *r, FILE *out)
{
    fputs(HEAD, out);
    for (int64_t i = 0; i < r->count; i++)
        if (fprintf(out, "<key id=\"k%lld\" for=\"node\" attr.name=\"a%lld\" attr.type=\"int\"/>\n",
                    (long long)i, (long long)i) < 0)
            return;
    fputs("<graph/>\n</graphml>\n", out);
}

/* `count` node keys of every type, each set once on a node drawn from 0.6 x count nodes (a ring of
 * ties), as bench/gen_sparse_keys.py writes: 100,000 keys make 11 MB. */
static const char *const sparse_types[] = {"double", "string", "long", "int", "boolean", "float"};
static const char *const sparse_values[] = {"0.5", "x", "4294967296", "7", "true", "1.5"};

static int64_t sparse_nodes(const row *r)
{
    return r->count * 6 / 10;
}

static void write_sparse_keys(const row *r, FILE *out)
{
    fputs(HEAD, out);
    int64_t nodes = sparse_nodes(r);
    for (int64_t k = 0; k < r->count; k++)
        if (fprintf(out, "<key id=\"k%lld\" for=\"node\" attr.name=\"k%lld\" attr.type=\"%s\"/>\n",
                    (long long)k, (long long)k, sparse_types[k % 6]) < 0)
            return;
    fputs("<graph edgedefault=\"undirected\">\n", out);
    /* key k on node (k * 7919) mod nodes: every node gets one or two keys, spread over the rows */
    for (int64_t v = 0; v < nodes; v++) {
        fprintf(out, "<node id=\"n%lld\">", (long long)v);
        for (int64_t k = v; k < r->count; k += nodes) {
            int64_t key = (k * 7919) % r->count;
            fprintf(out, "<data key=\"k%lld\">%s</data>", (long long)key, sparse_values[key % 6]);
        }
        if (fputs("</node>\n", out) < 0)
            return;
    }
    for (int64_t v = 0; v < nodes; v++)
        fprintf(out, "<edge source=\"n%lld\" target=\"n%lld\"/>\n", (long long)v, (long long)((v + 1) % nodes));
    fputs("</graph>\n</graphml>\n", out);
}

static void write_parallel_edges(const row *r, FILE *out)
{
    fputs(HEAD "<graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<node id=\"b\"/>\n", out);
    for (int64_t i = 0; i < r->count; i++)
        if (fputs("<edge source=\"a\" target=\"b\"/>\n", out) < 0)
            return;
    fputs("</graph>\n</graphml>\n", out);
}

/* ---- checks of rows that load ---------------------------------------------- */

#define ROW_CHECK(cond) do { \
    if (!(cond) && !result->check_failed) { \
        result->check_failed = 1; \
        snprintf(result->check, sizeof result->check, "check failed: %s", #cond); \
    } } while (0)

static void check_parallel(const row *r, const an_network *n, hostile_result *result)
{
    ROW_CHECK(an_network_node_count(n) == 2);
    ROW_CHECK(an_network_edge_count(n) == r->count);
    int64_t s = -1, t = -1;
    ROW_CHECK(an_network_edge_endpoints(n, r->count - 1, &s, &t) == AN_OK && s == 0 && t == 1);
    ROW_CHECK(an_network_direction(n) == AN_DIRECTED);
}

/* Many sparse keys: every value is there, and writing, copying and views cost the values, not
 * keys x nodes (the row's time and memory bounds). */
static void check_sparse_keys(const row *r, const an_network *n, hostile_result *result)
{
    int64_t nodes = sparse_nodes(r);
    ROW_CHECK(an_network_node_count(n) == nodes);
    ROW_CHECK(an_network_column_count(n, AN_DOMAIN_NODE) == r->count);
    int64_t missing = 0;
    for (int k = 0; k < r->count; k++)
        missing += an_network_column_missing_count(n, AN_DOMAIN_NODE, k);
    ROW_CHECK(missing == (int64_t)r->count * nodes - r->count); /* one value per key */
    /* key 7919 mod count is on node 1 */
    double value = 0;
    int key = (int)((7919 % r->count));
    ROW_CHECK(key % 6 == 5 && an_network_get_real(n, AN_DOMAIN_NODE, key, 1, &value) == AN_OK && value == 1.5);
    char *text = NULL;
    size_t size = 0;
    ROW_CHECK(an_network_graphml_to_buffer(&text, &size, n, NULL) == AN_OK);
    an_network *back = NULL;
    ROW_CHECK(text && an_network_load_graphml_buffer(&back, text, size, "written", NULL) == AN_OK);
    free(text);
    if (back) {
        int64_t back_missing = 0;
        for (int k = 0; k < r->count; k++)
            back_missing += an_network_column_missing_count(back, AN_DOMAIN_NODE, k);
        ROW_CHECK(back_missing == missing);
        an_network_free(back);
    }
    an_network *copy = NULL, *ego = NULL;
    ROW_CHECK(an_network_copy(&copy, n) == AN_OK);
    an_network_free(copy);
    const char *centre[] = {"n1", NULL};
    ROW_CHECK(an_view_ego(&ego, n, centre, NULL) == AN_OK && an_network_node_count(ego) == 3);
    an_network_free(ego);
}

static void check_self_loop(const row *r, const an_network *n, hostile_result *result)
{
    (void)r;
    ROW_CHECK(an_network_node_count(n) == 1 && an_network_edge_count(n) == 2);
    int64_t s = -1, t = -1;
    ROW_CHECK(an_network_edge_endpoints(n, 0, &s, &t) == AN_OK && s == 0 && t == 0);
    ROW_CHECK(an_network_edge_directed(n, 0) == 0 && an_network_edge_directed(n, 1) == 1);
    /* analyses take it too: a loop adds nothing to degree centrality by default */
    double degree = -1;
    ROW_CHECK(an_centrality_compute(&degree, n, AN_DEGREE, NULL) == AN_OK && degree == 1.0);
    an_components *components = NULL;
    ROW_CHECK(an_network_components(&components, n, AN_COMPONENTS_STRONG, NULL) == AN_OK &&
              components->count == 1);
    an_components_free(components);
}

/* <!ATTLIST edge directed CDATA "false">: XML 1.0 (5.1) requires every processor, validating
 * or not, to apply attribute defaults declared in the internal subset, and libxml2 (like
 * expat, which NetworkX uses) does: edges without their own `directed` become undirected. */
static void check_dtd_defaults(const row *r, const an_network *n, hostile_result *result)
{
    (void)r;
    ROW_CHECK(an_network_edge_count(n) == 3);
    ROW_CHECK(an_network_default_directed(n) == 1);
    ROW_CHECK(an_network_edge_directed(n, 0) == 0);   /* defaulted to "false" */
    ROW_CHECK(an_network_edge_directed(n, 1) == 1);   /* its own directed="true" */
    ROW_CHECK(an_network_edge_directed(n, 2) == 0);
    ROW_CHECK(an_network_direction(n) == AN_MIXED);
    int column = -1;
    const char *label = NULL;
    ROW_CHECK(an_network_find_column(n, AN_DOMAIN_NODE, "label", &column) == AN_OK &&
              an_network_get_string(n, AN_DOMAIN_NODE, column, 0, &label) == AN_OK && label &&
              strcmp(label, "A & B") == 0);
}

static int column_of(const an_network *n, const char *name)
{
    int column = -1;
    an_network_find_column(n, AN_DOMAIN_NODE, name, &column);
    return column;
}

static void check_edge_numbers(const row *r, const an_network *n, hostile_result *result)
{
    (void)r;
    int64_t value = 0;
    double real = 0;
    ROW_CHECK(an_network_get_integer(n, AN_DOMAIN_NODE, column_of(n, "i"), 0, &value) == AN_OK && value == INT32_MAX);
    ROW_CHECK(an_network_get_integer(n, AN_DOMAIN_NODE, column_of(n, "i"), 1, &value) == AN_OK && value == INT32_MIN);
    ROW_CHECK(an_network_get_integer(n, AN_DOMAIN_NODE, column_of(n, "i"), 2, &value) == AN_OK && value == 0);
    ROW_CHECK(an_network_get_integer(n, AN_DOMAIN_NODE, column_of(n, "l"), 0, &value) == AN_OK && value == INT64_MAX);
    ROW_CHECK(an_network_get_integer(n, AN_DOMAIN_NODE, column_of(n, "l"), 1, &value) == AN_OK && value == INT64_MIN);
    ROW_CHECK(an_network_get_real(n, AN_DOMAIN_NODE, column_of(n, "d"), 0, &real) == AN_OK && isnan(real));
    ROW_CHECK(an_network_get_real(n, AN_DOMAIN_NODE, column_of(n, "d"), 1, &real) == AN_OK && real == 0 &&
              signbit(real));
    ROW_CHECK(an_network_get_real(n, AN_DOMAIN_NODE, column_of(n, "d"), 2, &real) == AN_OK && real == 4.9e-324);
    ROW_CHECK(an_network_get_real(n, AN_DOMAIN_NODE, column_of(n, "f"), 0, &real) == AN_OK && isinf(real) &&
              real < 0);
    ROW_CHECK(an_network_get_real(n, AN_DOMAIN_NODE, column_of(n, "f"), 1, &real) == AN_OK && real == 0 &&
              !signbit(real)); /* 1e-400 underflows to 0 (documented) */
    /* the NaN and -0 survive a write and a reload, bit for bit */
    char *text = NULL;
    size_t size = 0;
    an_network *again = NULL;
    ROW_CHECK(an_network_graphml_to_buffer(&text, &size, n, NULL) == AN_OK);
    ROW_CHECK(text && an_network_load_graphml_buffer(&again, text, size, "again", NULL) == AN_OK);
    if (again) {
        ROW_CHECK(an_network_get_real(again, AN_DOMAIN_NODE, column_of(again, "d"), 0, &real) == AN_OK && isnan(real));
        ROW_CHECK(an_network_get_real(again, AN_DOMAIN_NODE, column_of(again, "d"), 1, &real) == AN_OK &&
                  signbit(real));
    }
    an_network_free(again);
    an_free(text);
}

static void check_plain_load(const row *r, const an_network *n, hostile_result *result)
{
    (void)r;
    ROW_CHECK(an_network_node_count(n) >= 1);
}

/* ---- rows that run their own code ----------------------------------------------- */

/* The bundled proxy network cut after every 97th byte (every 4999th under valgrind): every
 * prefix must FAIL with AN_EPARSE (a truncated document is not well-formed XML), with no
 * network handed out and a position in the message. The status reported is the first
 * deviation, or AN_EPARSE. */
static void run_truncations(const row *r, hostile_result *result)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/proxy-network.graphml", data_dir);
    size_t size = 0;
    char *text = an_t_read_file(path, &size);
    if (!text) {
        result->rc = AN_EIO;
        snprintf(result->reason, sizeof result->reason, "cannot read %.500s", path);
        return;
    }
    size_t end = size;
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' '))
        end--;
    size_t step = (size_t)r->count, cuts = 0;
    result->rc = AN_EPARSE;
    for (size_t cut = 0; cut < end; cut += step) {
        an_network *network = (an_network *)1;
        int rc = an_network_load_graphml_buffer(&network, text, cut, "cut.graphml", NULL);
        cuts++;
        if (rc != AN_EPARSE || network != NULL || (cut > 0 && an_error_last()->line <= 0)) {
            result->rc = rc;
            result->check_failed = 1;
            snprintf(result->check, sizeof result->check, "cut at byte %zu of %zu: %s, network %p, line %ld",
                     cut, size, an_status_name(rc), (void *)network, an_error_last()->line);
            if (rc == AN_OK)
                an_network_free(network);
            break;
        }
    }
    /* ... and the whole file loads */
    an_network *whole = NULL;
    if (!result->check_failed && an_network_load_graphml_buffer(&whole, text, size, "whole", NULL) != AN_OK) {
        result->check_failed = 1;
        snprintf(result->check, sizeof result->check, "the uncut file does not load: %s", an_error_last()->message);
    }
    an_network_free(whole);
    snprintf(result->reason, sizeof result->reason, "%zu truncations of %zu bytes: malformed XML", cuts, size);
    result->error_code = result->rc;
    free(text);
}

/* Documents with NUL bytes and invalid UTF-8 in every position that matters. */
static void run_bad_bytes(const row *r, hostile_result *result)
{
    (void)r;
    static const struct {
        const char *text;
        size_t size;
    } cases[] = {
#define CASE(s) { s, sizeof s - 1 }
        CASE(HEAD "<graph>\n<node id=\"a\xff\"/>\n</graph>\n</graphml>\n"),             /* invalid byte */
        CASE(HEAD "<graph>\n<node id=\"a\xc0\x80\"/>\n</graph>\n</graphml>\n"),         /* overlong NUL */
        CASE(HEAD "<graph>\n<node id=\"a\xed\xa0\x80\"/>\n</graph>\n</graphml>\n"),     /* surrogate */
        CASE(HEAD "<graph>\n<node id=\"a\xf4\x90\x80\x80\"/>\n</graph>\n</graphml>\n"), /* beyond U+10FFFF */
        CASE(HEAD "<graph>\n<node id=\"a\xe2\x82\"/>\n</graph>\n</graphml>\n"),         /* cut sequence */
        CASE(HEAD "<key id=\"k\"/><graph>\n<node id=\"a\"><data key=\"k\">\x80</data></node>\n</graph>\n</graphml>\n"),
        CASE(HEAD "<graph>\n<node \xff=\"a\"/>\n</graph>\n</graphml>\n"),               /* in a name */
        CASE(HEAD "<graph>\n<node id=\"a\0b\"/>\n</graph>\n</graphml>\n"),             /* NUL in a value */
        CASE(HEAD "<key id=\"k\"/><graph>\n<node id=\"a\"><data key=\"k\">x\0y</data></node>\n</graph>\n</graphml>\n"),
        CASE("\0" HEAD "<graph/>\n</graphml>\n"),                                          /* NUL first */
        CASE(HEAD "<graph/>\n</graphml>\n\0"),                                             /* NUL after */
        CASE(HEAD "<graph>\n<node id=\"&#0;\"/>\n</graph>\n</graphml>\n"),               /* NUL reference */
        CASE(HEAD "<graph>\n<node id=\"&#xD800;\"/>\n</graph>\n</graphml>\n"),           /* surrogate reference */
        CASE(HEAD "<graph>\n<node id=\"a\x01\"/>\n</graph>\n</graphml>\n"),              /* C0 control */
        CASE("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<graphml><graph/></graphml>\n"), /* lies about UTF-16 */
#undef CASE
    };
    result->rc = AN_EPARSE;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        an_network *network = (an_network *)1;
        int rc = an_network_load_graphml_buffer(&network, cases[i].text, cases[i].size, "bytes.graphml", NULL);
        if (rc != AN_EPARSE || network != NULL || !an_error_last()->reason[0]) {
            result->rc = rc;
            result->check_failed = 1;
            snprintf(result->check, sizeof result->check, "case %zu: %s: %s", i, an_status_name(rc),
                     an_error_last()->message);
            if (rc == AN_OK)
                an_network_free(network);
            break;
        }
    }
    snprintf(result->reason, sizeof result->reason, "malformed XML");
    result->error_code = result->rc;
}

/* ---- the table ------------------------------------------------------------------------ */

#define KEYS_NUM "<key id=\"i\" for=\"node\" attr.name=\"i\" attr.type=\"int\"/>\n" \
                 "<key id=\"l\" for=\"node\" attr.name=\"l\" attr.type=\"long\"/>\n" \
                 "<key id=\"d\" for=\"node\" attr.name=\"d\" attr.type=\"double\"/>\n" \
                 "<key id=\"f\" for=\"node\" attr.name=\"f\" attr.type=\"float\"/>\n"
#define ONE_VALUE(key, value) HEAD KEYS_NUM "<graph>\n<node id=\"a\"><data key=\"" key "\">" value \
                              "</data></node>\n</graph>\n</graphml>\n"

static row rows[] = {
    /* entity expansion */
    { "billion laughs", AN_ELIMIT, 2, 64, "entity", write_billion_laughs, NULL, NULL, NULL, 0, 0, 0 },
    { "billion laughs in an attribute", AN_ELIMIT, 2, 64, NULL, write_billion_laughs, NULL, NULL, NULL, 1, 0, 0 },
    { "quadratic blowup (100 kB entity x 100000)", AN_ELIMIT, 2, 64, "entity expansion exceeds its budget",
      write_quadratic, NULL, NULL, NULL, 0, 0, 0 },
    { "entity bomb in an attribute default", AN_ELIMIT, 2, 64, NULL, write_text, NULL, NULL,
      "<?xml version=\"1.0\"?><!DOCTYPE graphml [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
      "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
      "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
      "<!ATTLIST node label CDATA \"&e;&e;&e;&e;\">]><graphml><graph><node id=\"a\"/><node id=\"b\"/></graph></graphml>",
      0, 0, 0 },

    /* nothing outside the input is read or contacted */
    { "external entity naming a local file", AN_EUNSUPPORTED, 2, 64, "external entities are never read",
      write_outside, NULL, NULL,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY ext SYSTEM \"file://%s\"> ]>\n"
      "<graphml xmlns=\"" NS "\">\n<key id=\"k\"/>\n<graph>\n<node id=\"a\"><data key=\"k\">&ext;</data></node>\n"
      "</graph>\n</graphml>\n", 0, 1, 0 },
    { "external entity naming a network address", AN_EUNSUPPORTED, 2, 64, "external entities are never read",
      write_outside, NULL, NULL,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY ext SYSTEM \"http://127.0.0.1:%d/graph.xml\"> ]>\n"
      "<graphml xmlns=\"" NS "\">\n<graph>\n<node id=\"&ext;\"/>\n</graph>\n</graphml>\n", 0, 1, 0 },
    { "external parameter entity naming a local file", AN_EUNSUPPORTED, 2, 64, "parameter entity",
      write_outside, NULL, NULL,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY % p SYSTEM \"file://%s\"> %p; ]>\n"
      "<graphml xmlns=\"" NS "\">\n<graph/>\n</graphml>\n", 0, 1, 0 },
    { "external parameter entity naming a network address", AN_EUNSUPPORTED, 2, 64, "parameter entity",
      write_outside, NULL, NULL,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [ <!ENTITY % p PUBLIC \"-//x//y\" \"http://127.0.0.1:%d/p.dtd\"> %p; ]>\n"
      "<graphml xmlns=\"" NS "\">\n<graph/>\n</graphml>\n", 0, 1, 0 },
    { "external DTD subset naming a local file (loads; never read)", AN_OK, 2, 64, NULL, write_outside,
      check_plain_load, NULL,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml SYSTEM \"file://%s\">\n"
      "<graphml xmlns=\"" NS "\">\n<graph>\n<node id=\"a\"/>\n</graph>\n</graphml>\n", 0, 1, 0 },
    { "external DTD subset, schema location and XInclude naming the network (loads; never fetched)", AN_OK, 2, 64,
      NULL, write_outside, check_plain_load, NULL,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml PUBLIC \"-//x//y\" \"http://127.0.0.1:%d/graphml.dtd\">\n"
      "<graphml xmlns=\"" NS "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
      "xsi:schemaLocation=\"" NS " http://127.0.0.1:%d/graphml.xsd\">\n<key id=\"k\"/>\n<graph>\n"
      "<node id=\"a\"><data key=\"k\"><xi:include href=\"http://127.0.0.1:%d/x.xml\"/>"
      "<xi:include href=\"file://%s\" parse=\"text\"/></data></node>\n</graph>\n</graphml>\n", 0, 1, 0 },

    /* a DTD with default attributes: applied, as XML requires */
    { "DTD with default attributes (applied, as XML 1.0 section 5.1 requires)", AN_OK, 2, 64, NULL, write_text,
      check_dtd_defaults, NULL,
      "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n <!ATTLIST edge directed CDATA \"false\">\n"
      " <!ENTITY both \"A &#38;#38; B\">\n]>\n<graphml xmlns=\"" NS "\">\n"
      "<key id=\"k\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "<graph edgedefault=\"directed\">\n<node id=\"a\"><data key=\"k\">&both;</data></node>\n<node id=\"b\"/>\n"
      "<edge source=\"a\" target=\"b\"/>\n<edge source=\"b\" target=\"a\" directed=\"true\"/>\n"
      "<edge source=\"a\" target=\"a\"/>\n</graph>\n</graphml>\n", 0, 0, 0 },

    /* sizes */
    { "nesting 100,000 deep", AN_ELIMIT, 2, 64, "nested deeper than 256 (max_depth)", write_deep, NULL, NULL, NULL,
      100000, 0, 0 },
    { "a 100 MB <data> value (max_value_bytes 64 MiB)", AN_ELIMIT, 8, 300, "max_value_bytes", write_big_data_value,
      NULL, NULL, NULL, 100LL * 1000 * 1000, 0, 0 },
    { "a 100 MB XML attribute value (libxml2's 10 MB limit)", AN_ELIMIT, 4, 120, "input exceeds a parser limit",
      write_big_attribute, NULL, NULL, NULL, 100LL * 1000 * 1000, 0, 0 },
    { "a million keys (max_keys 100000)", AN_ELIMIT, 3, 96, "max_keys", write_many_keys, NULL, NULL, NULL, 1000000, 0, 0 },

    /* bytes */
    { "invalid UTF-8 and NUL bytes (15 documents)", AN_EPARSE, 2, 64, "malformed XML", NULL, NULL, run_bad_bytes, NULL,
      0, 0, 0 },
    { "the proxy network truncated after every 97th byte", AN_EPARSE, 20, 96, "malformed XML", NULL, NULL,
      run_truncations, NULL, 97, 0, 0 },

    /* numbers at the edges of their types */
    { "int 2147483648", AN_EFORMAT, 1, 64, "does not fit in 32 bits", write_text, NULL, NULL,
      ONE_VALUE("i", "2147483648"), 0, 0, 0 },
    { "int -2147483649", AN_EFORMAT, 1, 64, "does not fit in 32 bits", write_text, NULL, NULL,
      ONE_VALUE("i", "-2147483649"), 0, 0, 0 },
    { "long 9223372036854775808", AN_EFORMAT, 1, 64, "does not fit in 64 bits", write_text, NULL, NULL,
      ONE_VALUE("l", "9223372036854775808"), 0, 0, 0 },
    { "long -9223372036854775809", AN_EFORMAT, 1, 64, "does not fit in 64 bits", write_text, NULL, NULL,
      ONE_VALUE("l", "-9223372036854775809"), 0, 0, 0 },
    { "double 1e999", AN_EFORMAT, 1, 64, "out of range for double", write_text, NULL, NULL,
      ONE_VALUE("d", "1e999"), 0, 0, 0 },
    { "double -1e999", AN_EFORMAT, 1, 64, "out of range for double", write_text, NULL, NULL,
      ONE_VALUE("d", "-1e999"), 0, 0, 0 },
    { "float 1e39", AN_EFORMAT, 1, 64, "out of range for float", write_text, NULL, NULL,
      ONE_VALUE("f", "1e39"), 0, 0, 0 },
    { "int NaN", AN_EFORMAT, 1, 64, "is not an integer", write_text, NULL, NULL, ONE_VALUE("i", "NaN"), 0, 0, 0 },
    { "int 1e3", AN_EFORMAT, 1, 64, "is not an integer", write_text, NULL, NULL, ONE_VALUE("i", "1e3"), 0, 0, 0 },
    { "the largest, smallest and odd values that fit (NaN, -0, \"-0\" for int, 4.9e-324, -INF, 1e-400)", AN_OK, 1,
      64, NULL, write_text, check_edge_numbers, NULL,
      HEAD KEYS_NUM "<graph>\n"
      "<node id=\"a\"><data key=\"i\">2147483647</data><data key=\"l\">9223372036854775807</data>"
      "<data key=\"d\">NaN</data><data key=\"f\">-INF</data></node>\n"
      "<node id=\"b\"><data key=\"i\">-2147483648</data><data key=\"l\">-9223372036854775808</data>"
      "<data key=\"d\">-0</data><data key=\"f\">1e-400</data></node>\n"
      "<node id=\"c\"><data key=\"i\">-0</data><data key=\"d\">4.9e-324</data></node>\n"
      "</graph>\n</graphml>\n", 0, 0, 0 },

    /* structure */
    { "an edge whose endpoints are the same node", AN_OK, 1, 64, NULL, write_text, check_self_loop, NULL,
      HEAD "<graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"/>\n"
      "<edge source=\"a\" target=\"a\" directed=\"true\"/>\n</graph>\n</graphml>\n", 0, 0, 0 },
    { "parallel edges on two nodes", AN_OK, 6, 96, NULL, write_parallel_edges, check_parallel, NULL, NULL,
      1000000, 0, 0 },
    { "100,000 keys x 60,000 nodes, one value each (load, write, reload, copy, ego view)", AN_OK, 20, 400, NULL,
      write_sparse_keys, check_sparse_keys, NULL, NULL, 100000, 0, 0 },
};

/* ---- running a row ---------------------------------------------------------- */

static void load_streamed(void *context, int input_fd, hostile_result *result)
{
    const row *r = context;
    if (r->run) {
        r->run(r, result);
        return;
    }
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", input_fd);
    an_graphml_read_options options = AN_GRAPHML_READ_OPTIONS_INIT;
    if (r->max_value_bytes)
        options.max_value_bytes = r->max_value_bytes;
    if (r->write == write_many_keys && light_max_keys)
        options.max_keys = light_max_keys;
    an_network *network = (an_network *)1;
    result->rc = an_network_load_graphml(&network, path, &options);
    const an_error *e = an_error_last();
    result->error_code = e->code;
    result->line = e->line;
    result->column = e->column;
    snprintf(result->reason, sizeof result->reason, "%s", e->reason ? e->reason : "");
    snprintf(result->message, sizeof result->message, "%s", e->message ? e->message : "");
    if (result->rc != AN_OK) {
        if (network != NULL) {
            result->check_failed = 1;
            snprintf(result->check, sizeof result->check, "a failed load handed out a network");
        }
        return;
    }
    result->nodes = an_network_node_count(network);
    result->edges = an_network_edge_count(network);
    if (r->check)
        r->check(r, network, result);
    an_network_free(network);
}

static void write_streamed(void *context, FILE *out)
{
    const row *r = context;
    r->write(r, out);
}

/* Did anything touch the secret file or the listener since the last call? */
static int outside_touched(char *what, size_t size)
{
    int touched = 0;
    char events[4096];
    ssize_t n;
    while ((n = read(inotify_fd, events, sizeof events)) > 0) {
        for (char *p = events; p < events + n;) {
            const struct inotify_event *event = (const struct inotify_event *)p;
            if (event->mask & (IN_OPEN | IN_ACCESS)) {
                snprintf(what, size, "the secret file was %s", event->mask & IN_OPEN ? "opened" : "read");
                touched = 1;
            }
            p += sizeof *event + event->len;
        }
    }
    struct pollfd poll_listener = { listener, POLLIN, 0 };
    if (poll(&poll_listener, 1, 0) > 0) {
        int connection = accept(listener, NULL, NULL);
        if (connection >= 0)
            close(connection);
        snprintf(what, size, "a connection was made to 127.0.0.1:%d", listener_port);
        touched = 1;
    }
    return touched;
}

static void run_row(row *r)
{
    hostile_result result;
    hostile_measure measure;
    char what[200] = "";
    outside_touched(what, sizeof what); /* drain */
    int ran = hostile_run(load_streamed, r, r->run ? NULL : write_streamed, r->seconds, r->megabytes, &result,
                          &measure);
    double time_bound = r->seconds * hostile_time_scale();
    double memory_bound = hostile_memory_bound(r->megabytes);
    int ok = 1;
    if (ran != 0) {
        fprintf(stderr, "  %s: the child %s %d\n", r->name, measure.signal ? "was killed by signal" : "exited with",
                measure.signal ? measure.signal : measure.exit_status);
        if (measure.signal == SIGALRM)
            fprintf(stderr, "  %s: over its wall-clock guard (4 x %.0f s + 2 s)\n", r->name, time_bound);
        ok = 0;
    } else {
        if (result.rc != r->code) {
            fprintf(stderr, "  %s: returned %s, expected %s: %s\n", r->name, an_status_name(result.rc),
                    an_status_name(r->code), result.message);
            ok = 0;
        }
        if (r->code != AN_OK && (result.error_code != r->code || !result.reason[0])) {
            fprintf(stderr, "  %s: the last error is %s '%s'\n", r->name, an_status_name(result.error_code),
                    result.reason);
            ok = 0;
        }
        if (r->reason && !strstr(result.reason, r->reason)) {
            fprintf(stderr, "  %s: reason '%s' does not mention '%s'\n", r->name, result.reason, r->reason);
            ok = 0;
        }
        if (strstr(result.message, SECRET)) {
            fprintf(stderr, "  %s: the secret's content is in the message\n", r->name);
            ok = 0;
        }
        if (result.check_failed) {
            fprintf(stderr, "  %s: %s\n", r->name, result.check);
            ok = 0;
        }
        if (measure.seconds > time_bound) {
            fprintf(stderr, "  %s: took %.2f s of CPU, bound %.0f s\n", r->name, measure.seconds, time_bound);
            ok = 0;
        }
        if (measure.megabytes > memory_bound) {
            fprintf(stderr, "  %s: peak RSS %.0f MB, bound %.0f MB\n", r->name, measure.megabytes, memory_bound);
            ok = 0;
        }
    }
    if (r->touches_outside && outside_touched(what, sizeof what)) {
        fprintf(stderr, "  %s: %s\n", r->name, what);
        ok = 0;
    }
    printf("%s %-70.70s %-15s %6.2f s CPU (bound %4.0f) %5.0f MB (bound %4.0f)\n", ok ? "ok  " : "FAIL", r->name,
           an_status_name(result.rc), measure.seconds, time_bound, measure.megabytes, memory_bound);
    if (ok)
        an_t_passed++;
    else
        an_t_failed++;
}

/* ---- set-up ------------------------------------------------------------------ */

static int set_up(void)
{
    snprintf(temp_dir, sizeof temp_dir, "%s/an_hostile_XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(temp_dir)) {
        perror("mkdtemp");
        return -1;
    }
    snprintf(secret_path, sizeof secret_path, "%s/secret.txt", temp_dir);
    FILE *f = fopen(secret_path, "w");
    if (!f || fputs(SECRET "\n", f) < 0 || fclose(f) != 0) {
        perror(secret_path);
        return -1;
    }
    inotify_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (inotify_fd < 0 || inotify_add_watch(inotify_fd, secret_path, IN_OPEN | IN_ACCESS) < 0) {
        perror("inotify");
        return -1;
    }
    listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || bind(listener, (struct sockaddr *)&address, sizeof address) != 0 || listen(listener, 16) != 0 ||
        getsockname(listener, (struct sockaddr *)&address, &length) != 0) {
        perror("listener");
        return -1;
    }
    listener_port = ntohs(address.sin_port);
    return 0;
}

/* The watch and the listener really see what they are meant to see. */
static void test_the_detectors(void)
{
    char what[200] = "";
    outside_touched(what, sizeof what);
    int fd = open(secret_path, O_RDONLY);
    close(fd);
    AN_T_CHECK(outside_touched(what, sizeof what) == 1);
    int client = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons((uint16_t)listener_port);
    AN_T_CHECK(connect(client, (struct sockaddr *)&address, sizeof address) == 0);
    close(client);
    AN_T_CHECK(outside_touched(what, sizeof what) == 1);
    AN_T_CHECK(outside_touched(what, sizeof what) == 0);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_hostile_inputs DATA_DIR\n");
        return 2;
    }
    data_dir = argv[1];
    if (set_up() != 0)
        return 2;
    int full = getenv("ACTORNET_HOSTILE_FULL") && strcmp(getenv("ACTORNET_HOSTILE_FULL"), "1") == 0;
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        row *r = &rows[i];
        if (r->write == write_parallel_edges) {
            /* 10 million behind ACTORNET_HOSTILE_FULL=1 (bounds scale with the count) */
            r->count = full ? 10000000 : scaled(1000000, 20000);
            r->seconds = full ? 30 : r->seconds;
            r->megabytes = full ? 500 : r->megabytes;
            static char name[80];
            snprintf(name, sizeof name, "%lld parallel edges on two nodes", (long long)r->count);
            r->name = name;
        }
        if (r->write == write_big_data_value && hostile_light()) {
            r->count = 3 * 1000 * 1000; /* over a lowered limit: the same code path */
            r->max_value_bytes = 1000 * 1000;
        }
        if (r->write == write_sparse_keys && hostile_light()) {
            r->count = 10000;
            r->name = "10,000 keys x 6,000 nodes, one value each (valgrind: the 100,000-keys row, smaller)";
        }
        if (r->write == write_many_keys && hostile_light()) {
            r->count = 20000; /* over a lowered limit: the same code path */
            light_max_keys = 2000;
            r->name = "20,000 keys over max_keys 2000 (valgrind: the million-keys row, smaller)";
        }
        if (r->run == run_truncations) {
            r->count = scaled(97, 4999);
            static char name[80];
            snprintf(name, sizeof name, "the proxy network truncated after every %lld%s byte", (long long)r->count,
                     r->count == 97 ? "th" : "th (valgrind: fewer cuts)");
            r->name = name;
        }
    }
    AN_T_RUN(test_the_detectors);
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
        run_row(&rows[i]);
    unlink(secret_path);
    rmdir(temp_dir);
    return an_t_finish();
}
