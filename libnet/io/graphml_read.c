/*
 * graphml_read.c — the GraphML reader: libxml2's SAX2 push parser feeding a
 * small explicit state machine that builds an an_network directly (the
 * contract is in include/actornet/graphml.h).
 *
 * Shape. Input goes to xmlParseChunk in 256 KiB pieces (files through
 * read(2); buffers are fed in place). For a big input, a stretch of edges in
 * the middle is parsed ahead on a second thread and replayed here (see
 * "segment" below and graphml_segment.h). The start/end callbacks switch on a
 * state (top, graphml, key, graph, node, edge, data, default, capture,
 * skip); element names are compared by pointer with names interned once in
 * the parser's dictionary. Node and edge ids are copied into the network's
 * string arena (they are unique; the node index holds node ids); string
 * values are interned, behind a small cache for repeated values; edge
 * endpoints are looked up in the node index with one hash each (both slots
 * prefetched; an edge with the previous edge's source skips that lookup).
 * The text of a <data> or <default> goes into one reusable buffer and
 * numbers are parsed from it in place (number_parse.h): no allocation per
 * value beyond the interned strings themselves.
 *
 * Hostile input (the policy):
 *  - libxml2 runs with XML_PARSE_NONET and without NOENT, DTDLOAD, DTDVALID
 *    or HUGE: no entity substitution mode, no external DTD subset, no
 *    network. The SAX handler has no externalSubset or resolveEntity.
 *  - Entities. Internal general entities declared in the internal subset
 *    are expanded (libxml2 delivers their replacement text to the SAX
 *    callbacks) under a budget: every reference costs the length of its
 *    replacement text plus 32 bytes, and all references together may cost at
 *    most 1 MiB + 4 x the bytes of input read so far. Beyond that the load
 *    fails with AN_ELIMIT (billion laughs, quadratic blowup). libxml2's own
 *    checks (entity loops, amplification, depth of nested expansion) are
 *    mapped to AN_ELIMIT as well. A reference to an external entity,
 *    general or parameter (SYSTEM / PUBLIC, file or URL), fails with
 *    AN_EUNSUPPORTED; it is never opened. An undefined entity is AN_EPARSE.
 *  - Limits from an_graphml_read_options: element depth (max_depth), bytes of
 *    one attribute value, text value or kept markup fragment
 *    (max_value_bytes), number of <key> declarations (max_keys): AN_ELIMIT.
 *    libxml2's built-in limits (names, attribute values over 10 MB without
 *    HUGE) are AN_ELIMIT too.
 *  - libxml2 never prints: a structured handler on the SAX handler (serror)
 *    plus thread-local generic/structured handlers set around the load
 *    collect everything. Parse errors become AN_EPARSE with libxml2's line
 *    and column; warnings and namespace errors (an undeclared prefix) become
 *    load warnings.
 *
 * Values:
 *  - string: kept exactly (not trimmed); `<data key="s"></data>` or
 *    `<data key="s"/>` sets the empty string (not missing, not the default).
 *  - int (32-bit) / long (64-bit): decimal only, exact; float / double: see
 *    number_parse.h (NaN, INF, -INF, Infinity, nan, inf; C99 hex floats with
 *    a binary exponent as graph-tool writes them; never "0x1A", "1,5", "1e400").
 *  - boolean: true / false / yes / no in any case, 1, 0.
 *  - an empty or whitespace-only value of a numeric or boolean key is read as
 *    absent (the default applies, or the value is missing), with a warning;
 *    an empty numeric <default> is ignored, with a warning.
 *  - a value that does not fit its declared type is AN_EFORMAT naming the
 *    value, the key's attr.name and type, at the line of the <data>.
 *  - several <data> for the same key on one element: the last one is kept,
 *    with a warning.
 *
 * Keys:
 *  - attr.type matched exactly (boolean, int, long, float, double, string);
 *    absent means string; anything else is read as string with a warning.
 *    No attr.name: the key id is the column name.
 *  - for="node|edge|graph" makes one column; for="all" (or no `for`) makes a
 *    column in each of the three domains (key_for = AN_I_FOR_ALL, same key
 *    id), so the key survives write-back even if unused.
 *  - for="graphml|port|endpoint|hyperedge" (or an unknown value, with a
 *    warning): the whole <key> is kept raw (AN_I_PLACE_KEYS); <data> for it
 *    directly under <graphml> is kept raw (AN_I_PLACE_DOCUMENT), inside a
 *    graph/node/edge raw as that element's fragment, with a warning.
 *  - the same id declared again for another domain (Cytoscape writes
 *    id="name" for nodes and edges) extends the key; again for a domain that
 *    already has it is AN_EFORMAT. Two keys with one attr.name in one domain
 *    are both kept, with a warning.
 *  - data used on an element the key was not declared for (for="node" data
 *    inside an <edge>) gets a column in that domain, with a warning, and the
 *    key's columns become key_for = AN_I_FOR_ALL.
 *  - a <key> declared after the data that uses it (after the <graph>): the
 *    values wait and are applied at the end of the document, with a warning.
 *    Data whose key is never declared is AN_EFORMAT at the <data>.
 *  - extra attributes of <key> (yfiles.type, attr.list, ...) go to
 *    column->key_attributes, <desc> and other children to key_markup.
 *
 * Structure:
 *  - node/edge order is the order of the <node>/<edge> elements. Duplicate
 *    node id, missing or empty node id, edge without source or target:
 *    AN_EFORMAT. Edges may name nodes declared later; an endpoint never
 *    declared is AN_EFORMAT at the edge ("edge 'e7' refers to unknown node
 *    'x'"). Parallel edges and self-loops are kept, and so are edge ids.
 *  - edgedefault absent means directed; per-edge directed="true|false|1|0"
 *    overrides it.
 *  - several top-level <graph>s: options.graph_index is read, the others are
 *    skipped with a warning; an index beyond the last graph is AN_ERANGE.
 *    No <graph> at all: AN_EFORMAT. <hyperedge>, or a <graph> nested in a
 *    node, edge or graph of the graph being read: AN_EUNSUPPORTED.
 *  - <port> inside a node is kept raw as a node fragment; sourceport and
 *    targetport stay as extra attributes of the edge.
 *  - foreign markup: a <data> with child elements gives a string column with
 *    is_markup = 1 whose values are the serialized inner markup (plain text
 *    values of such a column are stored escaped); other elements and <desc>
 *    directly in graphml/graph/node/edge are kept as fragments; namespace
 *    declarations and attributes of <graphml> other than the default GraphML
 *    namespace go to root_attributes; extra attributes of graph/node/edge go
 *    to AN_I_PLACE_ATTRIBUTES(domain) fragments (graphml_read.h). Fragments
 *    carry the namespace declarations they inherit from elements below the
 *    root. Comments and processing instructions are kept inside kept markup
 *    and dropped elsewhere.
 *  - elements match on local name in the GraphML namespace or in none, so
 *    prefixed (g:graphml) and namespace-less files load.
 *  - error and warning locations are libxml2's position when the start tag
 *    has been read (the end of the start tag). An unfinished start tag (a
 *    truncated file) is left to libxml2, which reports it as AN_EPARSE.
 *  - at most 1000 warnings are recorded, then one more saying how many were
 *    left out. Invalid option values are AN_EINVAL, a wrong options version
 *    AN_EMISUSE.
 */
#include "graphml_read.h"
#include "graphml_segment.h"
#include "number_parse.h"
#include "network_internal.h"
#include "error_internal.h"
#include "batch_worker.h"
#include "parallel_for.h"
#include "progress_internal.h"
#include "actornet/graphml.h"

#include <libxml/SAX2.h>
#include <libxml/dict.h>
#include <libxml/entities.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK_BYTES (256 * 1024)
#define ENTITY_BUDGET_BASE (1024u * 1024u)
#define ENTITY_BUDGET_FACTOR 4u
#define ENTITY_REFERENCE_COST 32u
#define MAX_WARNINGS 1000
#define SCRATCH_SLOTS 6
#define INTERN_CACHE_SLOTS 16384    /* power of two; 1 MiB, allocated on first use */
#define INTERN_CACHE_INLINE 44
#define LAST_SOURCE_MAX 32          /* longest source id remembered for grouped edges */
#define SEQUENTIAL_PREFIX_MAX 16    /* longest id prefix of the sequential-id fast path */
#define GRAPHML_NAMESPACE "http://graphml.graphdrawing.org/xmlns"
#define KEY_MEMO_SLOTS 64            /* power of two */
#define VALUE_BATCH_BYTES (1024 * 1024) /* values handed to the value thread at a time */
#define VALUE_BATCH_SLOTS 4            /* batches in flight between the two threads */

/* ---- types -------------------------------------------------------------- */

typedef struct text_buffer {
    char *data;         /* always room for a NUL after length */
    size_t length;
    size_t capacity;
} text_buffer;

typedef enum element_kind {
    KIND_FOREIGN,       /* another namespace, or an undeclared prefix */
    KIND_UNKNOWN,       /* GraphML namespace (or none), a name we do not know */
    KIND_GRAPHML, KIND_KEY, KIND_DEFAULT, KIND_DESC, KIND_GRAPH, KIND_NODE, KIND_EDGE,
    KIND_DATA, KIND_PORT, KIND_HYPEREDGE, KIND_ENDPOINT, KIND_LOCATOR
} element_kind;

typedef enum reader_state {
    STATE_TOP,          /* before the root */
    STATE_GRAPHML,      /* inside <graphml> */
    STATE_KEY,          /* inside a <key> that makes columns */
    STATE_GRAPH,        /* inside the <graph> being read */
    STATE_NODE,
    STATE_EDGE,
    STATE_DATA,         /* collecting a <data> value (text or inner markup) */
    STATE_DEFAULT,      /* collecting a <default> */
    STATE_CAPTURE,      /* serializing an element kept raw */
    STATE_SKIP,         /* inside a <graph> not selected by graph_index */
    STATE_END           /* after </graphml> */
} reader_state;

typedef enum capture_target {
    CAPTURE_FRAGMENT,   /* an_i_network_add_fragment(capture_place, capture_row) */
    CAPTURE_KEY_MARKUP  /* appended to the current key's key_markup */
} capture_target;

typedef struct key_record {
    char *id;                   /* malloc()ed, NUL-terminated */
    size_t id_length;
    int column[3];              /* column index per domain, -1 when none */
    int template_domain;        /* a domain with a column, to copy on demand; -1 when none */
    unsigned char raw;          /* declared for graphml/port/endpoint/hyperedge/unknown */
    unsigned char warned_late;
    unsigned char warned_domain[3];
    unsigned char warned_raw;
} key_record;

typedef struct pending_edge {
    int64_t edge;
    const char *source;         /* interned, or NULL when already resolved */
    const char *target;
    size_t source_length, target_length;
    long line, column;
} pending_edge;

typedef struct pending_value {
    int domain;
    int64_t row;
    char *key;                  /* in pending_arena */
    size_t key_length;
    char *value;                /* in pending_arena */
    size_t value_length;
    int markup;
    long line, column;
} pending_value;

/* A direct-mapped cache in front of the network's intern table: repeated
 * values (relation types, classes) are found without touching the big table. */
typedef struct intern_cache_slot {
    uint64_t hash;
    const char *text;           /* interned; NULL = empty */
    uint32_t length;
    char bytes[INTERN_CACHE_INLINE]; /* the first bytes of text: a value that fits is
                                        checked in this cache line, not in the arena */
} intern_cache_slot;            /* 64 bytes */

/* One queued <data> value: this header, then `length` bytes, a NUL and
 * padding to a multiple of 8. */
typedef struct value_record {
    int64_t row;
    int64_t line, column;
    uint64_t length;
    int32_t index;              /* column index in `domain` */
    uint8_t domain;
    uint8_t markup;
} value_record;

/* A failure met on the value thread, raised on the parsing thread. */
typedef struct value_failure {
    int code;
    long line, column;
    char reason[768];
} value_failure;

typedef struct dict_names {
    const xmlChar *graphml, *key, *default_value, *desc, *graph, *node, *edge, *data, *port,
        *hyperedge, *endpoint, *locator;
    const xmlChar *id, *source, *target, *directed, *key_for, *attr_name, *attr_type,
        *edgedefault, *key_ref;
} dict_names;

typedef struct reader {
    xmlParserCtxtPtr ctxt;
    an_network *network;
    const char *file;
    an_graphml_read_options options;
    int status;                 /* first failure; 0 while all is well */

    dict_names names;
    const xmlChar *graphml_uri; /* last URI pointer recognised as GraphML's */
    const xmlChar *foreign_uri; /* last URI pointer recognised as foreign */
    int root_ns_entries;        /* ctxt->nsNr after the root's declarations */

    long depth;
    reader_state state;
    reader_state parent_state;  /* state to return to after data/default/capture/skip */
    long special_depth;         /* depth of the element that entered that state */
    int64_t row;                /* current node/edge index (0 for the graph) */

    /* <data> / <default> */
    text_buffer text;
    int text_markup;            /* text holds serialized markup (escaped) */
    int data_key;               /* key index, -1 when the key is not declared (yet) */
    int data_domain;
    int64_t data_row;
    long data_line, data_column;
    text_buffer pending_key;    /* key id of a data whose key is not declared yet */

    /* kept markup */
    text_buffer capture;
    capture_target capture_target;
    int capture_place;
    int64_t capture_row;
    const text_buffer *last_open_buffer; /* buffer whose last byte is an unclosed '>' */
    size_t last_open;

    /* keys */
    key_record *keys;
    int key_count, key_capacity;
    int64_t key_declarations;
    an_i_string_table key_index;        /* key id -> index in keys */
    struct {
        uint64_t text;                  /* a key id of up to 8 bytes, zero-padded */
        uint32_t length;                /* 0 = empty */
        int index;
    } key_memo[KEY_MEMO_SLOTS];         /* short key ids found before: <data key="d3"> */
    an_i_string_table names_used[3];    /* column name -> column index, per domain */
    int current_key;
    unsigned char current_key_domains[3]; /* domains whose columns this <key> made */
    text_buffer key_markup;
    long default_line, default_column;

    /* Sequential node ids. While node k's id is PREFIX + k in decimal (k = 0,
     * 1, ...; igraph writes "n0", "n1", ..., NetworkX "0", "1", ... for
     * integer-labelled graphs), an edge endpoint of that form names node k
     * directly, without hashing or touching the node index. */
    int ids_sequential;                 /* 1 while every node so far fits */
    char id_prefix[SEQUENTIAL_PREFIX_MAX];
    size_t id_prefix_length;
    char next_id_digits[24];            /* decimal of the next node index */
    size_t next_id_digits_length;

    /* the source node of the previous edge */
    char last_source_text[LAST_SOURCE_MAX]; /* a copy: the arena's is likely cold */
    size_t last_source_length;              /* 0 = none remembered */
    int64_t last_source;

    /* graphs */
    int graph_count;
    long end_line, end_column;

    /* pending work */
    pending_edge *pending_edges;
    int64_t pending_edge_count, pending_edge_capacity;
    pending_value *pending_values;
    int64_t pending_value_count, pending_value_capacity;
    an_i_arena pending_arena;

    /* scratch */
    text_buffer scratch[SCRATCH_SLOTS];
    text_buffer attrs;
    text_buffer swap;

    /* entities */
    uint64_t bytes_fed;
    uint64_t entity_cost;

    intern_cache_slot *intern_cache; /* INTERN_CACHE_SLOTS, or NULL until needed */

    /* Values (see "values" below): queued in batches, stored by the value
     * thread for big inputs, inline otherwise. */
    an_i_batch inline_batch;
    an_i_batch *batch;              /* being filled: inline_batch or one of the worker's */
    an_i_batch_worker *worker;      /* NULL: values are stored on the parsing thread */
    int worker_tried;
    int storing_inline;             /* store_values is running on the parsing thread */
    atomic_int worker_failed;       /* the value thread met a failure (worker_failure) */
    value_failure worker_failure;
    text_buffer value_swap;         /* store_value's scratch */
    long value_line, value_column;  /* position of the value being stored */
    an_i_arena ids;                 /* node and edge ids, apart from the values' strings */
    int warnings_full;              /* the parsing thread saw MAX_WARNINGS recorded */
    int64_t warnings_suppressed_parsing; /* suppressed by the parsing thread after that */

    int64_t warnings_recorded;
    int64_t warnings_suppressed;
    int warned_data_attributes;
    int warned_default_attributes;

    /* The input, for a segment (see "segment" below). */
    int source_fd;                  /* a regular file, or -1 */
    const char *source_data;        /* or a buffer, or NULL */
    uint64_t source_size;
    an_i_progress *progress;       /* "loading": bytes read (progress.h) */
    an_i_segment *segment;          /* parsed ahead on a second thread, or NULL */
    const xmlChar *segment_uri;     /* the default namespace in the <graph> when it started */
    int replaying;                  /* the handlers run on the segment's events */
    long replay_line, replay_column;/* the position of the event being replayed */
} reader;

/* The five pointers of one SAX2 attribute. */
#define ATTR_LOCAL(a, i) ((a)[5 * (i)])
#define ATTR_PREFIX(a, i) ((a)[5 * (i) + 1])
#define ATTR_VALUE(a, i) ((a)[5 * (i) + 3])
#define ATTR_END(a, i) ((a)[5 * (i) + 4])

/* An element as SAX2 reports it. */
typedef struct element {
    const xmlChar *localname;
    const xmlChar *prefix;
    int nb_namespaces;
    const xmlChar **namespaces;
    int nb_attributes;
    const xmlChar **attributes;
} element;

static const char *const domain_names[3] = { "graph", "node", "edge" };

/* A malloc'd NUL-terminated copy of exactly `length` bytes. (strndup may look for a NUL
 * past `length`; our text buffers are not NUL-terminated.) NULL on out of memory. */
static char *copy_bytes(const char *data, size_t length)
{
    char *copy = malloc(length + 1);
    if (copy) {
        memcpy(copy, data, length);
        copy[length] = '\0';
    }
    return copy;
}

/* ---- positions, failures, warnings -------------------------------------- */

/* On the value thread: the reader it stores for (NULL on other threads).
 * (Not tls_model("initial-exec"): that makes all of the library's TLS static,
 * and dlopen, as the Python binding uses, then fails for want of room.) */
static _Thread_local const reader *value_thread_reader;

static inline int on_value_thread(const reader *r)
{
    return value_thread_reader == r;
}

static long current_line(const reader *r)
{
    if (on_value_thread(r))
        return r->value_line; /* the parser's position belongs to the other thread */
    if (r->replaying)
        return r->replay_line;
    return r->ctxt && r->ctxt->input ? r->ctxt->input->line : 0;
}

static long current_column(const reader *r)
{
    if (on_value_thread(r))
        return r->value_column;
    if (r->replaying)
        return r->replay_column;
    return r->ctxt && r->ctxt->input ? r->ctxt->input->col : 0;
}

static void values_quiesce(reader *r);

/* Record the first failure (later ones are consequences); with `stop`, halt
 * the parser too (allowed from SAX callbacks, not from libxml2's error path).
 * Halting is xmlStopParser() without its freeing of the input buffer: in
 * libxml2 2.9 that frees the bytes the current callback's text and attribute
 * values point into, and a callback that goes on after a failed append would
 * read freed memory (found by fuzz_graphml_read in on_cdata). No SAX event is
 * delivered after this, and feed() gives the parser no more input. */
static int vfail_at(reader *r, int stop, int code, long line, long column, const char *format,
                    va_list args)
{
    if (on_value_thread(r)) {
        /* kept for the parsing thread, which raises it (values_quiesce) */
        if (!atomic_load_explicit(&r->worker_failed, memory_order_relaxed)) {
            value_failure *f = &r->worker_failure;
            vsnprintf(f->reason, sizeof f->reason, format, args);
            f->code = code;
            f->line = line;
            f->column = column;
            atomic_store_explicit(&r->worker_failed, 1, memory_order_release);
        }
        return code;
    }
    if (r->status)
        return r->status;
    /* values queued before this point come first in the document: a failure
     * among them is the one to report */
    values_quiesce(r);
    if (r->status)
        return r->status;
    char reason[768];
    vsnprintf(reason, sizeof reason, format, args);
    an_i_error_at(code, r->file, line, column, "%s", reason);
    r->status = code;
    if (stop && r->ctxt)
        an_i_xml_halt(r->ctxt);
    return code;
}

__attribute__((format(printf, 5, 6)))
static int fail_at(reader *r, int code, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 1, code, line, column, format, args);
    va_end(args);
    return rc;
}

/* From libxml2's error handler: record only. libxml2 stops delivering SAX
 * events after a fatal error, our callbacks ignore everything once a failure
 * is recorded, and no more input is fed. */
__attribute__((format(printf, 5, 6)))
static int record_failure_at(reader *r, int code, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 0, code, line, column, format, args);
    va_end(args);
    return rc;
}

#define FAIL(r, code, ...) fail_at((r), (code), current_line(r), current_column(r), __VA_ARGS__)

static int fail_nomem(reader *r)
{
    return FAIL(r, AN_ENOMEM, "out of memory while reading GraphML");
}

__attribute__((format(printf, 4, 5)))
static void warn_at(reader *r, long line, long column, const char *format, ...)
{
    if (on_value_thread(r)) {
        if (atomic_load_explicit(&r->worker_failed, memory_order_relaxed))
            return;
    } else {
        if (r->status)
            return;
        if (r->warnings_full) {
            r->warnings_suppressed_parsing++;
            return;
        }
        values_quiesce(r); /* the queued values' warnings come first */
        if (r->status)
            return;
    }
    if (r->warnings_recorded >= MAX_WARNINGS) {
        if (!on_value_thread(r))
            r->warnings_full = 1;
        r->warnings_suppressed++;
        return;
    }
    char text[768];
    va_list args;
    va_start(args, format);
    vsnprintf(text, sizeof text, format, args);
    va_end(args);
    if (an_i_network_warn(r->network, "%s:%ld:%ld: %s", r->file, line, column, text) != AN_OK) {
        /* record only: warnings also come from libxml2's error handler */
        record_failure_at(r, AN_ENOMEM, line, column, "out of memory while reading GraphML");
        return;
    }
    r->warnings_recorded++;
}

#define WARN(r, ...) warn_at((r), current_line(r), current_column(r), __VA_ARGS__)

/* ---- buffers ------------------------------------------------------------ */

static int buffer_grow(reader *r, text_buffer *b, size_t extra)
{
    if (b->length + extra > (uint64_t)r->options.max_value_bytes)
        return FAIL(r, AN_ELIMIT, "a value or kept markup fragment is longer than %lld bytes "
                    "(max_value_bytes)", (long long)r->options.max_value_bytes);
    size_t need = b->length + extra + 1;
    size_t capacity = b->capacity ? b->capacity : 256;
    while (capacity < need)
        capacity *= 2;
    char *data = realloc(b->data, capacity);
    if (!data)
        return fail_nomem(r);
    b->data = data;
    b->capacity = capacity;
    return 0;
}

static inline int buffer_append(reader *r, text_buffer *b, const void *bytes, size_t length)
{
    if (b->capacity - b->length <= length && buffer_grow(r, b, length))
        return -1;
    if (length)
        memcpy(b->data + b->length, bytes, length);
    b->length += length;
    return 0;
}

static inline int buffer_puts(reader *r, text_buffer *b, const char *text)
{
    return buffer_append(r, b, text, strlen(text));
}

static void buffer_free(text_buffer *b)
{
    free(b->data);
    b->data = NULL;
    b->length = b->capacity = 0;
}

/* Append text escaped for XML character data or (attribute != 0) an attribute value. */
static int append_escaped(reader *r, text_buffer *b, const char *text, size_t length, int attribute)
{
    size_t run = 0;
    for (size_t i = 0; i < length; i++) {
        const char *replacement = NULL;
        switch (text[i]) {
        case '&': replacement = "&amp;"; break;
        case '<': replacement = "&lt;"; break;
        case '>': replacement = "&gt;"; break;
        case '\r': replacement = "&#13;"; break;
        case '"': replacement = attribute ? "&quot;" : NULL; break;
        case '\t': replacement = attribute ? "&#9;" : NULL; break;
        case '\n': replacement = attribute ? "&#10;" : NULL; break;
        default: break;
        }
        if (replacement) {
            if (buffer_append(r, b, text + run, i - run) || buffer_puts(r, b, replacement))
                return -1;
            run = i + 1;
        }
    }
    /* always append (even nothing): it keeps room for the terminating NUL; an empty text may be NULL */
    return buffer_append(r, b, length ? text + run : NULL, length - run);
}

/* A short, printable excerpt of a value for an error message. */
static const char *excerpt(char *out, size_t size, const char *text, size_t length)
{
    an_i_trim_xml_space(&text, &length);
    size_t n = length < size - 4 ? length : size - 4;
    /* do not cut a UTF-8 sequence */
    while (n < length && n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
        n--;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        out[i] = c < 0x20 ? ' ' : (char)c;
    }
    if (n < length) {
        memcpy(out + n, "...", 3);
        n += 3;
    }
    out[n] = '\0';
    return out;
}

/* ---- strings kept in the network ---------------------------------------- */

/* Intern a value (string column values, defaults): equal strings share storage. */
static const char *intern_value(reader *r, const char *text, size_t length)
{
    if (!length)
        text = "";
    uint64_t hash = an_i_string_hash(text, length);
    if (!r->intern_cache && !(r->intern_cache = calloc(INTERN_CACHE_SLOTS, sizeof *r->intern_cache))) {
        fail_nomem(r);
        return NULL;
    }
    intern_cache_slot *cached = &r->intern_cache[hash & (INTERN_CACHE_SLOTS - 1)];
    if (cached->text && cached->hash == hash && cached->length == length &&
        memcmp(length <= INTERN_CACHE_INLINE ? cached->bytes : cached->text, text, length) == 0)
        return cached->text;
    /* One probe finds or claims the slot; a claimed slot borrows `text` until
     * the copy replaces it (if the copy fails the load fails, and the table is
     * freed without its keys being read). */
    an_network *n = r->network;
    int inserted = 0;
    an_i_string_slot *slot = an_i_string_table_upsert(&n->interned, text, length, hash, 0, &inserted);
    if (!slot) {
        fail_nomem(r);
        return NULL;
    }
    if (inserted) {
        char *copy = an_i_arena_strndup(&n->strings, text, length);
        if (!copy) {
            /* never left pointing at the parser's buffer: the slot becomes a
             * valid (duplicate) entry for the empty string */
            slot->key = "";
            slot->length = 0;
            slot->prefix = 0;
            slot->hash = (uint32_t)an_i_string_hash("", 0);
            fail_nomem(r);
            return NULL;
        }
        slot->key = copy;
    }
    const char *kept = slot->key;
    if (length > UINT32_MAX)
        return kept;    /* not cached */
    cached->hash = hash;
    cached->text = kept;
    cached->length = (uint32_t)length;
    if (length <= INTERN_CACHE_INLINE)
        memcpy(cached->bytes, kept, length);
    return kept;
}

/* Copy an id (node or edge id, unresolved endpoint) into the ids' arena,
 * which joins the network's string arena at the end (values_finish). Ids are
 * mostly unique, so they skip the intern table. */
static const char *keep_id(reader *r, const char *text, size_t length)
{
    const char *copy = an_i_arena_strndup(&r->ids, text, length);
    if (!copy)
        fail_nomem(r);
    return copy;
}

/* ---- names -------------------------------------------------------------- */

static int is_graphml_namespace(const xmlChar *uri)
{
    size_t n = sizeof GRAPHML_NAMESPACE - 1;
    return strncmp((const char *)uri, GRAPHML_NAMESPACE, n) == 0 && (uri[n] == '\0' || uri[n] == '/');
}

static element_kind classify_text(const xmlChar *name)
{
    static const struct { const char *name; element_kind kind; } known[] = {
        { "graphml", KIND_GRAPHML }, { "key", KIND_KEY }, { "default", KIND_DEFAULT },
        { "desc", KIND_DESC }, { "graph", KIND_GRAPH }, { "node", KIND_NODE },
        { "edge", KIND_EDGE }, { "data", KIND_DATA }, { "port", KIND_PORT },
        { "hyperedge", KIND_HYPEREDGE }, { "endpoint", KIND_ENDPOINT }, { "locator", KIND_LOCATOR },
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp((const char *)name, known[i].name) == 0)
            return known[i].kind;
    return KIND_UNKNOWN;
}

static element_kind classify(reader *r, const xmlChar *localname, const xmlChar *prefix,
                             const xmlChar *uri)
{
    if (uri) {
        if (uri != r->graphml_uri) {
            if (uri == r->foreign_uri)
                return KIND_FOREIGN;
            if (!is_graphml_namespace(uri)) {
                r->foreign_uri = uri;
                return KIND_FOREIGN;
            }
            r->graphml_uri = uri;
        }
    } else if (prefix) {
        return KIND_FOREIGN; /* undeclared prefix (libxml2 warned) */
    }
    const dict_names *n = &r->names;
    if (localname == n->node) return KIND_NODE;
    if (localname == n->edge) return KIND_EDGE;
    if (localname == n->data) return KIND_DATA;
    if (localname == n->key) return KIND_KEY;
    if (localname == n->graph) return KIND_GRAPH;
    if (localname == n->default_value) return KIND_DEFAULT;
    if (localname == n->desc) return KIND_DESC;
    if (localname == n->port) return KIND_PORT;
    if (localname == n->hyperedge) return KIND_HYPEREDGE;
    if (localname == n->graphml) return KIND_GRAPHML;
    return classify_text(localname); /* names not from the dictionary */
}

/* 1 if attribute i is the unprefixed attribute `name` (a dictionary pointer). */
static inline int attribute_is(const xmlChar **attributes, int i, const xmlChar *name)
{
    const xmlChar *local = ATTR_LOCAL(attributes, i);
    if (ATTR_PREFIX(attributes, i))
        return 0;
    return local == name || (local[0] == name[0] && strcmp((const char *)local, (const char *)name) == 0);
}

static void setup_names(reader *r)
{
    xmlDictPtr d = r->ctxt->dict;
#define NAME(field, text) r->names.field = xmlDictLookup(d, BAD_CAST text, -1)
    NAME(graphml, "graphml"); NAME(key, "key"); NAME(default_value, "default");
    NAME(desc, "desc"); NAME(graph, "graph"); NAME(node, "node"); NAME(edge, "edge");
    NAME(data, "data"); NAME(port, "port"); NAME(hyperedge, "hyperedge");
    NAME(endpoint, "endpoint"); NAME(locator, "locator");
    NAME(id, "id"); NAME(source, "source"); NAME(target, "target"); NAME(directed, "directed");
    NAME(key_for, "for"); NAME(attr_name, "attr.name"); NAME(attr_type, "attr.type");
    NAME(edgedefault, "edgedefault"); NAME(key_ref, "key");
#undef NAME
}

/* ---- attribute values --------------------------------------------------- */

static void append_utf8(char *out, size_t *n, unsigned long c)
{
    if (c < 0x80) {
        out[(*n)++] = (char)c;
    } else if (c < 0x800) {
        out[(*n)++] = (char)(0xC0 | (c >> 6));
        out[(*n)++] = (char)(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out[(*n)++] = (char)(0xE0 | (c >> 12));
        out[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (c & 0x3F));
    } else {
        out[(*n)++] = (char)(0xF0 | (c >> 18));
        out[(*n)++] = (char)(0x80 | ((c >> 12) & 0x3F));
        out[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[(*n)++] = (char)(0x80 | (c & 0x3F));
    }
}

/*
 * Resolve the references libxml2 leaves in attribute values when it does not
 * substitute entities: "&#38;" (how it passes an escaped '&'), other
 * character references, the predefined entities, and references to internal
 * entities (resolved by libxml2 itself, under the entity budget).
 */
static int decode_attribute(reader *r, const char *value, size_t length, text_buffer *out,
                            const char **decoded, size_t *decoded_length)
{
    out->length = 0;
    if (out->capacity <= length && buffer_grow(r, out, length))
        return -1;
    size_t n = 0;
    for (size_t i = 0; i < length; i++) {
        if (value[i] != '&') {
            out->data[n++] = value[i];
            continue;
        }
        const char *semicolon = memchr(value + i, ';', length - i);
        if (!semicolon)
            goto entities;
        const char *name = value + i + 1;
        size_t name_length = (size_t)(semicolon - name);
        if (name_length >= 2 && name[0] == '#') {
            unsigned long c = 0;
            int hex = name[1] == 'x';
            size_t k = hex ? 2 : 1;
            if (k == name_length)
                goto entities;
            for (; k < name_length; k++) {
                char d = name[k];
                int digit = d >= '0' && d <= '9' ? d - '0'
                          : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                          : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
                if (digit < 0 || c > 0x10FFFF)
                    goto entities;
                c = c * (hex ? 16 : 10) + (unsigned long)digit;
            }
            if (c == 0 || c > 0x10FFFF)
                goto entities;
            /* a reference is at least 4 bytes and its UTF-8 at most 4: fits */
            append_utf8(out->data, &n, c);
        } else if (name_length == 3 && memcmp(name, "amp", 3) == 0) {
            out->data[n++] = '&';
        } else if (name_length == 2 && memcmp(name, "lt", 2) == 0) {
            out->data[n++] = '<';
        } else if (name_length == 2 && memcmp(name, "gt", 2) == 0) {
            out->data[n++] = '>';
        } else if (name_length == 4 && memcmp(name, "quot", 4) == 0) {
            out->data[n++] = '"';
        } else if (name_length == 4 && memcmp(name, "apos", 4) == 0) {
            out->data[n++] = '\'';
        } else {
            goto entities;
        }
        i = (size_t)(semicolon - value);
    }
    out->length = n;
    *decoded = out->data;
    *decoded_length = n;
    return 0;

entities:
    /* A reference to a declared entity: let libxml2 expand it (it calls our
     * getEntity, which enforces the policy). */
    if (!r->ctxt->myDoc)
        return FAIL(r, AN_EPARSE, "malformed XML: undefined entity in an attribute value");
    xmlChar *expanded = xmlStringLenDecodeEntities(r->ctxt, (const xmlChar *)value, (int)length,
                                                   XML_SUBSTITUTE_REF, 0, 0, 0);
    if (!expanded || r->status) {
        xmlFree(expanded);
        return r->status ? r->status
                         : FAIL(r, AN_EPARSE, "malformed XML: cannot resolve the references in an "
                                "attribute value");
    }
    out->length = 0;
    int rc = buffer_puts(r, out, (const char *)expanded);
    xmlFree(expanded);
    if (rc)
        return -1;
    *decoded = out->data;
    *decoded_length = out->length;
    return 0;
}

/* The value of attribute i with references resolved; `slot` picks the scratch
 * buffer used when it needs decoding (values in different slots coexist). */
static int attribute_value(reader *r, const xmlChar **attributes, int i, int slot,
                           const char **value, size_t *length)
{
    const char *v = (const char *)ATTR_VALUE(attributes, i);
    size_t n = (size_t)(ATTR_END(attributes, i) - ATTR_VALUE(attributes, i));
    if (n > (uint64_t)r->options.max_value_bytes)
        return FAIL(r, AN_ELIMIT, "an attribute value is longer than %lld bytes (max_value_bytes)",
                    (long long)r->options.max_value_bytes);
    if (!memchr(v, '&', n)) {
        *value = v;
        *length = n;
        return 0;
    }
    return decode_attribute(r, v, n, &r->scratch[slot], value, length);
}

/* ---- serializing kept markup -------------------------------------------- */

static int append_qname(reader *r, text_buffer *b, const xmlChar *prefix, const xmlChar *localname)
{
    if (prefix && (buffer_puts(r, b, (const char *)prefix) || buffer_append(r, b, ":", 1)))
        return -1;
    return buffer_puts(r, b, (const char *)localname);
}

static int append_namespace(reader *r, text_buffer *b, const xmlChar *prefix, const xmlChar *uri)
{
    /* libxml2 passes a namespace URI with its references unresolved ("&#38;" for an
     * escaped '&'), as it does attribute values: resolve them before escaping, or
     * every write would escape the reference once more */
    const char *value = uri ? (const char *)uri : "";
    size_t length = strlen(value);
    if (memchr(value, '&', length) &&
        decode_attribute(r, value, length, &r->scratch[SCRATCH_SLOTS - 1], &value, &length))
        return -1;
    if (buffer_puts(r, b, " xmlns") ||
        (prefix && (buffer_append(r, b, ":", 1) || buffer_puts(r, b, (const char *)prefix))) ||
        buffer_append(r, b, "=\"", 2) || append_escaped(r, b, value, length, 1) ||
        buffer_append(r, b, "\"", 1))
        return -1;
    return 0;
}

static int append_attribute(reader *r, text_buffer *b, const xmlChar **attributes, int i)
{
    const char *value;
    size_t length;
    if (attribute_value(r, attributes, i, SCRATCH_SLOTS - 1, &value, &length) ||
        buffer_append(r, b, " ", 1) ||
        append_qname(r, b, ATTR_PREFIX(attributes, i), ATTR_LOCAL(attributes, i)) ||
        buffer_append(r, b, "=\"", 2) || append_escaped(r, b, value, length, 1) ||
        buffer_append(r, b, "\"", 1))
        return -1;
    return 0;
}

static int same_prefix(const xmlChar *a, const xmlChar *b)
{
    return a == b || (a && b && strcmp((const char *)a, (const char *)b) == 0);
}

/*
 * Declarations of namespaces in scope from elements between the root and
 * this one (the root's own go to root_attributes), so that a kept fragment
 * stays well-formed on its own.
 */
static int append_inherited_namespaces(reader *r, text_buffer *b, const element *e)
{
    xmlParserCtxtPtr c = r->ctxt;
    int top = c->nsNr - 2 * e->nb_namespaces;
    for (int i = top - 2; i >= r->root_ns_entries && i >= 0; i -= 2) {
        const xmlChar *prefix = c->nsTab[i], *uri = c->nsTab[i + 1];
        int shadowed = 0;
        for (int j = i + 2; j < top && !shadowed; j += 2)
            shadowed = same_prefix(c->nsTab[j], prefix);
        for (int j = 0; j < e->nb_namespaces && !shadowed; j++)
            shadowed = same_prefix(e->namespaces[2 * j], prefix);
        if (!shadowed && append_namespace(r, b, prefix, uri))
            return -1;
    }
    return 0;
}

static int serialize_start(reader *r, text_buffer *b, const element *e, int inherit)
{
    if (buffer_append(r, b, "<", 1) || append_qname(r, b, e->prefix, e->localname))
        return -1;
    if (inherit && append_inherited_namespaces(r, b, e))
        return -1;
    for (int i = 0; i < e->nb_namespaces; i++)
        if (append_namespace(r, b, e->namespaces[2 * i], e->namespaces[2 * i + 1]))
            return -1;
    for (int i = 0; i < e->nb_attributes; i++)
        if (append_attribute(r, b, e->attributes, i))
            return -1;
    if (buffer_append(r, b, ">", 1))
        return -1;
    r->last_open_buffer = b;
    r->last_open = b->length;
    return 0;
}

static int serialize_end(reader *r, text_buffer *b, const xmlChar *localname, const xmlChar *prefix)
{
    int rc;
    if (r->last_open_buffer == b && r->last_open == b->length) {
        b->length--; /* <x ...></x> -> <x .../> */
        rc = buffer_append(r, b, "/>", 2);
    } else {
        rc = buffer_append(r, b, "</", 2) || append_qname(r, b, prefix, localname) ||
             buffer_append(r, b, ">", 1);
    }
    r->last_open_buffer = NULL;
    return rc ? -1 : 0;
}

/* Start keeping the current element (and everything inside it) raw. */
static void begin_capture(reader *r, capture_target target, int place, int64_t row, const element *e)
{
    r->capture.length = 0;
    r->capture_target = target;
    r->capture_place = place;
    r->capture_row = row;
    r->parent_state = r->state;
    r->state = STATE_CAPTURE;
    r->special_depth = r->depth;
    serialize_start(r, &r->capture, e, 1);
}

static void finish_capture(reader *r)
{
    r->state = r->parent_state;
    if (r->capture_target == CAPTURE_KEY_MARKUP) {
        buffer_append(r, &r->key_markup, r->capture.data, r->capture.length);
        return;
    }
    if (an_i_network_add_fragment(r->network, r->capture_place, r->capture_row, r->capture.data,
                                  r->capture.length) != AN_OK)
        fail_nomem(r);
}

/* Keep the attributes (and namespace declarations) of an element that the
 * model does not interpret, as an AN_I_PLACE_ATTRIBUTES fragment. `known`
 * lists dictionary names to leave out (NULL-terminated). */
static void keep_extra_attributes(reader *r, int domain, int64_t row, const element *e,
                                  const xmlChar *const *known)
{
    text_buffer *b = &r->attrs;
    b->length = 0;
    for (int i = 0; i < e->nb_namespaces; i++)
        if (append_namespace(r, b, e->namespaces[2 * i], e->namespaces[2 * i + 1]))
            return;
    for (int i = 0; i < e->nb_attributes; i++) {
        int is_known = 0;
        for (int k = 0; known[k] && !is_known; k++)
            is_known = attribute_is(e->attributes, i, known[k]);
        if (!is_known && append_attribute(r, b, e->attributes, i))
            return;
    }
    if (b->length && an_i_network_add_fragment(r->network, AN_I_PLACE_ATTRIBUTES(domain), row,
                                               b->data, b->length) != AN_OK)
        fail_nomem(r);
}

/* ---- columns and values ------------------------------------------------- */

/* Add a column for key k in `domain`, warning when its name is taken. */
static int create_column(reader *r, key_record *k, int domain, const char *name, an_type type,
                         long line, long column)
{
    values_quiesce(r); /* the value thread reads the column list */
    if (r->status)
        return -1;
    int index;
    if (an_i_network_add_column(r->network, (an_domain)domain, name, type, k->id, &index) != AN_OK)
        return fail_nomem(r), -1;
    an_i_column *c = an_i_network_column(r->network, (an_domain)domain, index);
    size_t length = strlen(c->name);
    uint64_t hash = an_i_string_hash(c->name, length);
    int inserted = 0;
    an_i_string_slot *slot = an_i_string_table_upsert(&r->names_used[domain], c->name, length, hash,
                                                      index, &inserted);
    if (!slot)
        return fail_nomem(r), -1;
    if (!inserted) {
        const an_i_column *first = an_i_network_column(r->network, (an_domain)domain, (int)slot->value);
        warn_at(r, line, column, "two keys named '%.200s' for %ss ('%.200s' and '%.200s'); both are kept",
                name, domain_names[domain], first && first->key_id ? first->key_id : "?", k->id);
    }
    k->column[domain] = index;
    if (k->template_domain < 0)
        k->template_domain = domain;
    return index;
}

/* The column of key k in `domain`, made on demand (with a warning) when the
 * key was declared for other domains. -1 on failure, or when k has none to copy. */
static int ensure_column(reader *r, key_record *k, int domain, long line, long column)
{
    if (k->column[domain] >= 0)
        return k->column[domain];
    if (k->template_domain < 0)
        return -1;
    values_quiesce(r); /* the value thread may be changing the template column */
    if (r->status)
        return -1;
    const an_i_column *t = an_i_network_column(r->network, (an_domain)k->template_domain,
                                               k->column[k->template_domain]);
    char *name = strdup(t->name);
    if (!name)
        return fail_nomem(r), -1;
    an_type type = t->type;
    if (!k->warned_domain[domain]) {
        static const char *const on_element[3] = { "the graph", "a node", "an edge" };
        warn_at(r, line, column, "key '%.200s' is declared for %ss but used on %s; a column for "
                "%ss was added", k->id, domain_names[k->template_domain], on_element[domain],
                domain_names[domain]);
        k->warned_domain[domain] = 1;
    }
    int index = create_column(r, k, domain, name, type, line, column);
    free(name);
    if (index < 0)
        return -1;
    /* copy the declaration's details (fetch again: the domains differ, but be safe) */
    t = an_i_network_column(r->network, (an_domain)k->template_domain, k->column[k->template_domain]);
    an_i_column *c = an_i_network_column(r->network, (an_domain)domain, index);
    c->is_markup = t->is_markup;
    c->has_default = t->has_default;
    c->default_value = t->default_value;
    if ((t->key_attributes && !(c->key_attributes = strdup(t->key_attributes))) ||
        (t->key_markup && !(c->key_markup = strdup(t->key_markup))))
        return fail_nomem(r), -1;
    for (int d = 0; d < 3; d++) {
        an_i_column *any = k->column[d] >= 0 ? an_i_network_column(r->network, (an_domain)d, k->column[d]) : NULL;
        if (any)
            any->key_for = AN_I_FOR_ALL;
    }
    return index;
}

/* Turn a string column into a markup column: values so far were plain text,
 * so store them escaped from now on. */
static int column_to_markup(reader *r, an_i_column *c)
{
    for (int64_t slot = 0; slot < an_i_column_slot_end(c); slot++) {
        if (an_i_column_slot_row(c, slot) < 0 || !c->data.strings[slot])
            continue;
        const char *s = c->data.strings[slot];
        r->value_swap.length = 0;
        if (append_escaped(r, &r->value_swap, s, strlen(s), 0))
            return -1;
        const char *escaped = intern_value(r, r->value_swap.data, r->value_swap.length);
        if (!escaped)
            return -1;
        c->data.strings[slot] = escaped;
    }
    if (c->has_default && c->default_value.string) {
        const char *s = c->default_value.string;
        r->value_swap.length = 0;
        if (append_escaped(r, &r->value_swap, s, strlen(s), 0))
            return -1;
        const char *escaped = intern_value(r, r->value_swap.data, r->value_swap.length);
        if (!escaped)
            return -1;
        c->default_value.string = escaped;
    }
    c->is_markup = 1;
    return 0;
}

typedef union typed_value {
    int64_t integer;
    double real;
} typed_value;

/* Parse `text` as `type` (not STRING). Returns an an_i_number_status. */
static int parse_typed(an_type type, char *text, size_t length, typed_value *out)
{
    switch (type) {
    case AN_TYPE_BOOLEAN: {
        int b = 0;
        int status = an_i_parse_boolean(text, length, &b);
        out->integer = b;
        return status;
    }
    case AN_TYPE_INT: return an_i_parse_integer(text, length, INT32_MIN, INT32_MAX, &out->integer);
    case AN_TYPE_LONG: return an_i_parse_integer(text, length, INT64_MIN, INT64_MAX, &out->integer);
    case AN_TYPE_FLOAT: return an_i_parse_real(text, length, 1, &out->real);
    case AN_TYPE_DOUBLE: return an_i_parse_real(text, length, 0, &out->real);
    case AN_TYPE_STRING: break;
    }
    return AN_I_NUMBER_SYNTAX;
}

static void fail_value(reader *r, int status, const char *what, const char *text, size_t length,
                       const char *key_name, an_type type, long line, long column)
{
    const char *problem = "is not valid";
    if (status == AN_I_NUMBER_RANGE) {
        problem = type == AN_TYPE_INT ? "does not fit in 32 bits"
                : type == AN_TYPE_LONG ? "does not fit in 64 bits"
                : type == AN_TYPE_FLOAT ? "is out of range for float" : "is out of range for double";
    } else {
        problem = type == AN_TYPE_BOOLEAN ? "is not a boolean (true, false, 1, 0, yes, no)"
                : (type == AN_TYPE_INT || type == AN_TYPE_LONG) ? "is not an integer"
                : "is not a number";
    }
    char shown[64];
    fail_at(r, AN_EFORMAT, line, column, "%s '%s' for key '%.200s' (%s) %s", what,
            excerpt(shown, sizeof shown, text, length), key_name, an_type_name(type), problem);
}

/* Store one <data> value into column `index` of `domain` at `row`. */
static void store_value(reader *r, int domain, int index, int64_t row, char *text, size_t length,
                        int markup, long line, long column)
{
    an_i_column *c = an_i_network_column(r->network, (an_domain)domain, index);
    int64_t slot;
    if (an_i_column_present(c, row))
        warn_at(r, line, column, "several values for key '%.200s' on one %s; the last one is kept",
                c->name, domain_names[domain]);
    if (c->type == AN_TYPE_STRING) {
        if (markup && !c->is_markup && column_to_markup(r, c))
            return;
        if (!markup && c->is_markup) {
            r->value_swap.length = 0;
            if (append_escaped(r, &r->value_swap, text, length, 0))
                return;
            text = r->value_swap.data;
            length = r->value_swap.length;
        }
        const char *s = intern_value(r, text, length);
        if (!s)
            return;
        if ((slot = an_i_column_claim(c, row, NULL)) < 0) {
            fail_nomem(r);
            return;
        }
        c->data.strings[slot] = s;
        return;
    }
    if (markup) {
        fail_at(r, AN_EFORMAT, line, column, "the value for key '%.200s' (%s) contains markup",
                c->name, an_type_name(c->type));
        return;
    }
    typed_value v;
    int status = parse_typed(c->type, text, length, &v);
    if (status == AN_I_NUMBER_EMPTY) {
        warn_at(r, line, column, "empty value for key '%.200s' (%s) read as absent", c->name,
                an_type_name(c->type));
        return;
    }
    if (status != AN_I_NUMBER_OK) {
        fail_value(r, status, "value", text, length, c->name, c->type, line, column);
        return;
    }
    if ((slot = an_i_column_claim(c, row, NULL)) < 0) {
        fail_nomem(r);
        return;
    }
    switch (c->type) {
    case AN_TYPE_BOOLEAN: c->data.booleans[slot] = (unsigned char)v.integer; break;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: c->data.integers[slot] = v.integer; break;
    default: c->data.reals[slot] = v.real; break;
    }
}

/* ---- values --------------------------------------------------------------
 * A <data> value is not stored when it is read: finish_data queues it (column,
 * row, position, text) in a batch. For big inputs (from the first full batch
 * on, when ACTORNET_THREADS allows two threads) a second thread stores the
 * batches (number parsing, interning, columns) while libxml2 parses on.
 * Otherwise batches are stored inline when full. Either way the result is
 * the same:
 *  - while parsing, the value thread alone touches the columns' values, the
 *    intern table and the network's string arena; ids go to their own arena
 *    (r->ids), joined to the network's at the end;
 *  - before the parsing thread touches any of that (keys, defaults, new
 *    columns), warns or fails, it stores every queued value first
 *    (values_quiesce), so warnings keep document order, and the failure
 *    reported is still the first in the document;
 *  - a failure on the value thread is kept (vfail_at) and raised by the
 *    parsing thread with the value's line and column.
 */

atomic_long an_i_graphml_value_threads_started;

static void store_values(reader *r, char *data, size_t length)
{
    size_t at = 0;
    while (at < length) {
        value_record h;
        memcpy(&h, data + at, sizeof h);
        char *text = data + at + sizeof h;
        at += sizeof h + ((h.length + 8) & ~(uint64_t)7);
        if (on_value_thread(r) ? atomic_load_explicit(&r->worker_failed, memory_order_relaxed) != 0
                               : r->status != 0)
            return;
        r->value_line = h.line;
        r->value_column = h.column;
        store_value(r, h.domain, h.index, h.row, text, h.length, h.markup, h.line, h.column);
    }
}

static void store_values_on_thread(void *context, const char *data, size_t length)
{
    reader *r = context;
    value_thread_reader = r;
    store_values(r, (char *)data, length); /* the batch is the value thread's until consumed */
    value_thread_reader = NULL;
}

static void store_inline(reader *r)
{
    r->storing_inline = 1;
    store_values(r, r->batch->data, r->batch->length);
    r->storing_inline = 0;
    r->batch->length = 0;
}

/* Raise the value thread's failure on this (the parsing) thread. Call only
 * when the value thread is idle. */
static void raise_worker_failure(reader *r)
{
    if (!atomic_load_explicit(&r->worker_failed, memory_order_acquire) || r->status)
        return;
    atomic_store_explicit(&r->worker_failed, 0, memory_order_relaxed);
    value_failure *f = &r->worker_failure;
    /* record only: this may run inside libxml2's error handler; our callbacks
     * ignore everything once a failure is recorded, and feed() stops */
    record_failure_at(r, f->code, f->line, f->column, "%s", f->reason);
}

/* Hand the current batch on: to the value thread (started on the first full
 * batch of a big input), or store it inline. */
static void values_flush(reader *r)
{
    if (!r->batch->length || r->status)
        return;
    if (!r->worker && !r->worker_tried && r->batch->length >= VALUE_BATCH_BYTES) {
        r->worker_tried = 1;
        if (an_i_parallel_threads_env(0) >= 2)
            r->worker = an_i_batch_worker_start(store_values_on_thread, r, VALUE_BATCH_SLOTS);
        if (r->worker) {
            atomic_fetch_add(&an_i_graphml_value_threads_started, 1);
            store_inline(r); /* the first batch is ours */
            r->batch = an_i_batch_worker_take(r->worker);
            return;
        }
    }
    if (!r->worker) {
        store_inline(r);
        return;
    }
    an_i_batch_worker_submit(r->worker, r->batch);
    r->batch = an_i_batch_worker_take(r->worker);
    if (atomic_load_explicit(&r->worker_failed, memory_order_relaxed)) {
        an_i_batch_worker_drain(r->worker);
        raise_worker_failure(r);
    }
}

/* Store every queued value before going on (parsing thread only). */
static void values_quiesce(reader *r)
{
    if (r->storing_inline || on_value_thread(r))
        return;
    values_flush(r);
    if (r->worker) {
        an_i_batch_worker_drain(r->worker);
        raise_worker_failure(r);
    }
}

/* End of input (or failure): store the rest, stop the value thread, join the
 * ids' arena to the network's. Always called once before the reader is freed. */
static void values_finish(reader *r)
{
    values_quiesce(r);
    if (r->worker) {
        if (r->batch != &r->inline_batch) {
            r->batch->length = 0;
            an_i_batch_worker_submit(r->worker, r->batch); /* given back */
            r->batch = &r->inline_batch;
        }
        an_i_batch_worker_stop(r->worker);
        r->worker = NULL;
    }
    an_i_arena_adopt(&r->network->strings, &r->ids);
}

/* Queue one <data> value (see above). */
static void queue_value(reader *r, int domain, int index, int64_t row, const char *text, size_t length,
                        int markup, long line, long column)
{
    value_record h = { row, line, column, length, index, (uint8_t)domain, (uint8_t)markup };
    size_t padded = (length + 8) & ~(size_t)7; /* the NUL, and alignment for the next header */
    an_i_batch *b = r->batch;
    if (an_i_batch_reserve(b, sizeof h + padded)) {
        fail_nomem(r);
        return;
    }
    char *at = b->data + b->length;
    memcpy(at, &h, sizeof h);
    if (length)
        memcpy(at + sizeof h, text, length);
    memset(at + sizeof h + length, 0, padded - length);
    b->length += sizeof h + padded;
    if (b->length >= VALUE_BATCH_BYTES)
        values_flush(r);
}

/* ---- text collection (<data>, <default>) -------------------------------- */

static void begin_text(reader *r, reader_state state)
{
    r->text.length = 0;
    r->text_markup = 0;
    r->last_open_buffer = NULL;
    r->parent_state = r->state;
    r->state = state;
    r->special_depth = r->depth;
}

/* A child element inside <data>/<default>: the value becomes markup; the
 * text collected so far is escaped. */
static int text_becomes_markup(reader *r)
{
    text_buffer plain = r->text;
    r->text = r->swap;
    r->swap = plain;
    r->text.length = 0;
    r->text_markup = 1;
    return append_escaped(r, &r->text, r->swap.data, r->swap.length, 0);
}

/* ---- keys --------------------------------------------------------------- */

static int find_key(const reader *r, const char *id, size_t length)
{
    an_i_string_slot *slot = an_i_string_table_find(&r->key_index, id, length, an_i_string_hash(id, length));
    return slot ? (int)slot->value : -1;
}

/* find_key for a <data>: short ids found before are remembered in key_memo
 * (cleared whenever a key is added). */
static int find_data_key(reader *r, const char *id, size_t length)
{
    if (length == 0 || length > 8)
        return find_key(r, id, length);
    uint64_t text = 0;
    for (size_t i = 0; i < length; i++)
        text |= (uint64_t)(unsigned char)id[i] << (8 * i);
    unsigned slot = (unsigned)((text * 0x9E3779B97F4A7C15ull) >> 58) & (KEY_MEMO_SLOTS - 1);
    if (r->key_memo[slot].length == length && r->key_memo[slot].text == text)
        return r->key_memo[slot].index;
    int index = find_key(r, id, length);
    if (index >= 0) {
        r->key_memo[slot].text = text;
        r->key_memo[slot].length = (uint32_t)length;
        r->key_memo[slot].index = index;
    }
    return index;
}

static key_record *add_key(reader *r, const char *id, size_t length)
{
    if (r->key_count == r->key_capacity) {
        int fresh = r->key_capacity ? r->key_capacity * 2 : 16;
        key_record *keys = realloc(r->keys, (size_t)fresh * sizeof *keys);
        if (!keys)
            return fail_nomem(r), NULL;
        r->keys = keys;
        r->key_capacity = fresh;
    }
    memset(r->key_memo, 0, sizeof r->key_memo);
    key_record *k = &r->keys[r->key_count];
    memset(k, 0, sizeof *k);
    k->column[0] = k->column[1] = k->column[2] = -1;
    k->template_domain = -1;
    k->id = copy_bytes(id, length);
    k->id_length = length;
    if (!k->id)
        return fail_nomem(r), NULL;
    if (!an_i_string_table_upsert(&r->key_index, k->id, length, an_i_string_hash(k->id, length),
                                  r->key_count, NULL)) {
        free(k->id);
        return fail_nomem(r), NULL;
    }
    r->key_count++;
    return k;
}

static int type_from_name(const char *text, size_t length, an_type *out)
{
    static const char *const names[] = { "boolean", "int", "long", "float", "double", "string" };
    for (int t = 0; t < 6; t++) {
        if (strlen(names[t]) == length && memcmp(names[t], text, length) == 0) {
            *out = (an_type)t;
            return 1;
        }
    }
    return 0;
}

static int text_is(const char *text, size_t length, const char *word)
{
    return strlen(word) == length && memcmp(text, word, length) == 0;
}

static void start_key(reader *r, const element *e)
{
    long line = current_line(r), column = current_column(r);
    values_quiesce(r); /* keys change columns the value thread reads */
    if (r->status)
        return;
    if (++r->key_declarations > r->options.max_keys) {
        FAIL(r, AN_ELIMIT, "more than %lld <key> declarations (max_keys)", (long long)r->options.max_keys);
        return;
    }
    const char *id = NULL, *key_for = NULL, *name = NULL, *type_name = NULL;
    size_t id_length = 0, for_length = 0, name_length = 0, type_length = 0;
    text_buffer *extra = &r->attrs;
    extra->length = 0;
    for (int i = 0; i < e->nb_namespaces; i++)
        if (append_namespace(r, extra, e->namespaces[2 * i], e->namespaces[2 * i + 1]))
            return;
    for (int i = 0; i < e->nb_attributes; i++) {
        int rc;
        if (attribute_is(e->attributes, i, r->names.id))
            rc = attribute_value(r, e->attributes, i, 0, &id, &id_length);
        else if (attribute_is(e->attributes, i, r->names.key_for))
            rc = attribute_value(r, e->attributes, i, 1, &key_for, &for_length);
        else if (attribute_is(e->attributes, i, r->names.attr_name))
            rc = attribute_value(r, e->attributes, i, 2, &name, &name_length);
        else if (attribute_is(e->attributes, i, r->names.attr_type))
            rc = attribute_value(r, e->attributes, i, 3, &type_name, &type_length);
        else
            rc = append_attribute(r, extra, e->attributes, i);
        if (rc)
            return;
    }
    if (!id) {
        FAIL(r, AN_EFORMAT, "<key> without an id attribute");
        return;
    }
    if (id_length == 0) {
        FAIL(r, AN_EFORMAT, "<key> with an empty id");
        return;
    }

    /* Which domains, or raw. */
    unsigned char domains[3] = { 0, 0, 0 };
    int raw = 0, all = 0;
    if (!key_for || text_is(key_for, for_length, "all")) {
        domains[0] = domains[1] = domains[2] = 1;
        all = 1;
    } else if (text_is(key_for, for_length, "graph")) {
        domains[AN_DOMAIN_GRAPH] = 1;
    } else if (text_is(key_for, for_length, "node")) {
        domains[AN_DOMAIN_NODE] = 1;
    } else if (text_is(key_for, for_length, "edge")) {
        domains[AN_DOMAIN_EDGE] = 1;
    } else {
        raw = 1;
        if (!text_is(key_for, for_length, "graphml") && !text_is(key_for, for_length, "port") &&
            !text_is(key_for, for_length, "endpoint") && !text_is(key_for, for_length, "hyperedge")) {
            char shown_id[64], shown_for[64];
            warn_at(r, line, column, "<key id='%s'> has an unknown for='%s'; kept as raw markup",
                    excerpt(shown_id, sizeof shown_id, id, id_length),
                    excerpt(shown_for, sizeof shown_for, key_for, for_length));
        }
    }

    /* The key record: new, or an earlier declaration of the same id. */
    int index = find_key(r, id, id_length);
    key_record *k;
    if (index >= 0) {
        k = &r->keys[index];
        int clash = raw && k->raw;
        for (int d = 0; d < 3; d++)
            clash |= domains[d] && k->column[d] >= 0;
        if (clash) {
            fail_at(r, AN_EFORMAT, line, column, "duplicate key id '%.200s'", k->id);
            return;
        }
    } else {
        k = add_key(r, id, id_length);
        if (!k)
            return;
        index = r->key_count - 1;
    }
    if (raw) {
        k->raw = 1;
        begin_capture(r, CAPTURE_FRAGMENT, AN_I_PLACE_KEYS, 0, e);
        return;
    }

    an_type type = AN_TYPE_STRING;
    if (type_name && !type_from_name(type_name, type_length, &type)) {
        char shown[64];
        warn_at(r, line, column, "unknown attr.type '%s' for key '%.200s', read as string",
                excerpt(shown, sizeof shown, type_name, type_length), k->id);
    }
    char *column_name = name && name_length ? copy_bytes(name, name_length) : strdup(k->id);
    if (!column_name) {
        fail_nomem(r);
        return;
    }
    char *key_attributes = NULL;
    if (extra->length && !(key_attributes = copy_bytes(extra->data, extra->length))) {
        free(column_name);
        fail_nomem(r);
        return;
    }
    for (int d = 0; d < 3 && !r->status; d++) {
        if (!domains[d])
            continue;
        int c = create_column(r, k, d, column_name, type, line, column);
        if (c < 0)
            break;
        an_i_column *col = an_i_network_column(r->network, (an_domain)d, c);
        col->key_for = all ? AN_I_FOR_ALL : AN_I_FOR_DOMAIN;
        if (key_attributes && !(col->key_attributes = strdup(key_attributes)))
            fail_nomem(r);
    }
    free(column_name);
    free(key_attributes);
    if (r->status)
        return;
    r->current_key = index;
    memcpy(r->current_key_domains, domains, sizeof domains);
    r->key_markup.length = 0;
    r->state = STATE_KEY;
}

static void finish_default(reader *r)
{
    r->state = r->parent_state;
    values_quiesce(r); /* interning and columns belong to the value thread */
    if (r->status)
        return;
    key_record *k = &r->keys[r->current_key];
    int first = -1;
    for (int d = 0; d < 3 && first < 0; d++)
        if (r->current_key_domains[d])
            first = d;
    if (first < 0)
        return;
    an_i_column *c = an_i_network_column(r->network, (an_domain)first, k->column[first]);
    an_type type = c->type;
    typed_value v = { 0 };
    const char *string = NULL;
    if (type == AN_TYPE_STRING) {
        string = intern_value(r, r->text.data, r->text.length);
        if (!string)
            return;
    } else if (r->text_markup) {
        fail_at(r, AN_EFORMAT, r->default_line, r->default_column,
                "the <default> of key '%.200s' (%s) contains markup", c->name, an_type_name(type));
        return;
    } else {
        int status = parse_typed(type, r->text.data, r->text.length, &v);
        if (status == AN_I_NUMBER_EMPTY) {
            warn_at(r, r->default_line, r->default_column,
                    "empty <default> for key '%.200s' (%s) ignored", c->name, an_type_name(type));
            return;
        }
        if (status != AN_I_NUMBER_OK) {
            fail_value(r, status, "default", r->text.data, r->text.length, c->name, type,
                       r->default_line, r->default_column);
            return;
        }
    }
    for (int d = 0; d < 3; d++) {
        if (!r->current_key_domains[d])
            continue;
        c = an_i_network_column(r->network, (an_domain)d, k->column[d]);
        c->has_default = 1;
        if (type == AN_TYPE_STRING) {
            c->default_value.string = string;
            c->is_markup = (unsigned char)(c->is_markup || r->text_markup);
        } else if (type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE) {
            c->default_value.real = v.real;
        } else {
            c->default_value.integer = v.integer;
        }
    }
}

static void finish_key(reader *r)
{
    r->state = STATE_GRAPHML;
    if (!r->key_markup.length)
        return;
    values_quiesce(r);
    if (r->status)
        return;
    key_record *k = &r->keys[r->current_key];
    for (int d = 0; d < 3; d++) {
        if (!r->current_key_domains[d])
            continue;
        an_i_column *c = an_i_network_column(r->network, (an_domain)d, k->column[d]);
        free(c->key_markup);
        if (!(c->key_markup = copy_bytes(r->key_markup.data, r->key_markup.length))) {
            fail_nomem(r);
            return;
        }
    }
}

/* ---- data --------------------------------------------------------------- */

static void start_data(reader *r, int domain, int64_t row, const element *e)
{
    const char *key = NULL;
    size_t key_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        if (attribute_is(e->attributes, i, r->names.key_ref)) {
            if (attribute_value(r, e->attributes, i, 0, &key, &key_length))
                return;
        } else {
            extra = 1;
        }
    }
    if (!key) {
        FAIL(r, AN_EFORMAT, "<data> without a key attribute");
        return;
    }
    int index = find_data_key(r, key, key_length);
    if (index >= 0) {
        key_record *k = &r->keys[index];
        if (k->column[domain] < 0 && k->template_domain < 0) {
            /* a key for graphml/port/...: keep the whole <data> raw (its attributes and
             * namespace declarations included, so no warning about them) */
            if (!k->warned_raw) {
                WARN(r, "<data> for key '%.200s', which is not declared for %ss; kept as raw markup",
                     k->id, domain_names[domain]);
                k->warned_raw = 1;
            }
            begin_capture(r, CAPTURE_FRAGMENT, domain, row, e);
            return;
        }
    }
    if (extra && !r->warned_data_attributes) {
        WARN(r, "attributes of <data> other than 'key' are not kept");
        r->warned_data_attributes = 1;
    }
    if (index < 0) {
        r->pending_key.length = 0;
        if (buffer_append(r, &r->pending_key, key, key_length))
            return;
    }
    r->data_key = index;
    r->data_domain = domain;
    r->data_row = row;
    r->data_line = current_line(r);
    r->data_column = current_column(r);
    begin_text(r, STATE_DATA);
}

static int push_pending_value(reader *r)
{
    if (r->pending_value_count == r->pending_value_capacity) {
        int64_t fresh = r->pending_value_capacity ? r->pending_value_capacity * 2 : 16;
        pending_value *items = realloc(r->pending_values, (size_t)fresh * sizeof *items);
        if (!items)
            return fail_nomem(r);
        r->pending_values = items;
        r->pending_value_capacity = fresh;
    }
    pending_value *p = &r->pending_values[r->pending_value_count];
    p->domain = r->data_domain;
    p->row = r->data_row;
    p->key = an_i_arena_strndup(&r->pending_arena, r->pending_key.data, r->pending_key.length);
    p->key_length = r->pending_key.length;
    p->value = an_i_arena_strndup(&r->pending_arena, r->text.length ? r->text.data : "", r->text.length);
    p->value_length = r->text.length;
    p->markup = r->text_markup;
    p->line = r->data_line;
    p->column = r->data_column;
    if (!p->key || !p->value)
        return fail_nomem(r);
    r->pending_value_count++;
    return 0;
}

static void finish_data(reader *r)
{
    r->state = r->parent_state;
    if (r->data_key < 0) {
        push_pending_value(r);
        return;
    }
    key_record *k = &r->keys[r->data_key];
    int index = ensure_column(r, k, r->data_domain, r->data_line, r->data_column);
    if (index < 0)
        return;
    queue_value(r, r->data_domain, index, r->data_row, r->text.data, r->text.length, r->text_markup,
                r->data_line, r->data_column);
}

/* Values whose key was declared after them, or never. */
static void resolve_pending_values(reader *r)
{
    for (int64_t i = 0; i < r->pending_value_count && !r->status; i++) {
        pending_value *p = &r->pending_values[i];
        int index = find_key(r, p->key, p->key_length);
        if (index < 0) {
            fail_at(r, AN_EFORMAT, p->line, p->column, "<data> refers to undeclared key '%.200s'", p->key);
            return;
        }
        key_record *k = &r->keys[index];
        if (k->column[p->domain] < 0 && k->template_domain < 0) {
            /* the same warning as for a raw key declared in time (start_data) */
            if (!k->warned_raw) {
                warn_at(r, p->line, p->column, "<data> for key '%.200s', which is not declared for %ss; kept as "
                        "raw markup", k->id, domain_names[p->domain]);
                k->warned_raw = 1;
            }
            text_buffer *b = &r->attrs;
            b->length = 0;
            if (buffer_puts(r, b, "<data key=\"") || append_escaped(r, b, p->key, p->key_length, 1) ||
                buffer_puts(r, b, "\">") ||
                (p->markup ? buffer_append(r, b, p->value, p->value_length)
                           : append_escaped(r, b, p->value, p->value_length, 0)) ||
                buffer_puts(r, b, "</data>"))
                return;
            if (an_i_network_add_fragment(r->network, p->domain, p->row, b->data, b->length) != AN_OK)
                fail_nomem(r);
            continue;
        }
        if (!k->warned_late) {
            warn_at(r, p->line, p->column, "key '%.200s' is declared after data that uses it", k->id);
            k->warned_late = 1;
        }
        int c = ensure_column(r, k, p->domain, p->line, p->column);
        if (c >= 0)
            store_value(r, p->domain, c, p->row, p->value, p->value_length, p->markup, p->line, p->column);
    }
}

/* ---- nodes, edges, graphs ----------------------------------------------- */

static void start_segment(reader *r);

/* Follow node `node` (just added with `id`) in the sequential-id state. */
static void track_sequential_id(reader *r, int64_t node, const char *id, size_t length)
{
    if (node == 0) {
        /* the first node decides the prefix: its id must end in exactly "0" */
        r->ids_sequential = length >= 1 && id[length - 1] == '0' && length - 1 <= SEQUENTIAL_PREFIX_MAX &&
                            (length == 1 || !(id[length - 2] >= '0' && id[length - 2] <= '9'));
        if (!r->ids_sequential)
            return;
        r->id_prefix_length = length - 1;
        memcpy(r->id_prefix, id, length - 1);
        r->next_id_digits[0] = '0';
        r->next_id_digits_length = 1;
    } else if (!r->ids_sequential) {
        return;
    } else if (length != r->id_prefix_length + r->next_id_digits_length ||
               memcmp(id, r->id_prefix, r->id_prefix_length) != 0 ||
               memcmp(id + r->id_prefix_length, r->next_id_digits, r->next_id_digits_length) != 0) {
        r->ids_sequential = 0;
        return;
    }
    /* the digits of node + 1: increment the decimal string */
    size_t i = r->next_id_digits_length;
    while (i > 0 && r->next_id_digits[i - 1] == '9')
        r->next_id_digits[--i] = '0';
    if (i > 0) {
        r->next_id_digits[i - 1]++;
    } else if (r->next_id_digits_length + 1 < sizeof r->next_id_digits) {
        memmove(r->next_id_digits + 1, r->next_id_digits, r->next_id_digits_length);
        r->next_id_digits[0] = '1';
        r->next_id_digits_length++;
    } else {
        r->ids_sequential = 0;
    }
}

/* Node k for an id PREFIX + k (canonical decimal, k below the node count)
 * while ids are sequential; -1 when the id is of another form or names no
 * node yet (the caller then asks the index). Exact: such an id can only be
 * node k's, since ids are unique. */
static inline int64_t sequential_node(const reader *r, const char *id, size_t length)
{
    if (!r->ids_sequential || length <= r->id_prefix_length ||
        length - r->id_prefix_length > 18 || memcmp(id, r->id_prefix, r->id_prefix_length) != 0)
        return -1;
    const char *digits = id + r->id_prefix_length;
    size_t count = length - r->id_prefix_length;
    if (count > 1 && digits[0] == '0')
        return -1;
    int64_t k = 0;
    for (size_t i = 0; i < count; i++) {
        unsigned d = (unsigned)(unsigned char)digits[i] - '0';
        if (d > 9)
            return -1;
        k = k * 10 + (int64_t)d;
    }
    return k < r->network->node_count ? k : -1;
}

static void start_node(reader *r, const element *e)
{
    const char *id = NULL;
    size_t id_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        if (attribute_is(e->attributes, i, r->names.id)) {
            if (attribute_value(r, e->attributes, i, 0, &id, &id_length))
                return;
        } else {
            extra = 1;
        }
    }
    if (!id) {
        FAIL(r, AN_EFORMAT, "<node> without an id attribute");
        return;
    }
    if (id_length == 0) {
        FAIL(r, AN_EFORMAT, "<node> with an empty id");
        return;
    }
    const char *interned = keep_id(r, id, id_length);
    if (!interned)
        return;
    int64_t node;
    int rc = an_i_network_add_node_interned(r->network, interned, id_length, &node);
    if (rc == AN_EEXISTS) {
        FAIL(r, AN_EFORMAT, "duplicate node id '%.200s'", interned);
        return;
    }
    if (rc != AN_OK) {
        fail_nomem(r);
        return;
    }
    if (an_i_network_set_line(r->network, AN_DOMAIN_NODE, node, current_line(r)) != AN_OK) {
        fail_nomem(r);
        return;
    }
    track_sequential_id(r, node, interned, id_length);
    r->row = node;
    r->state = STATE_NODE;
    if (extra) {
        const xmlChar *known[] = { r->names.id, NULL };
        keep_extra_attributes(r, AN_DOMAIN_NODE, node, e, known);
    }
}

static int64_t find_node_hashed(const reader *r, const char *id, size_t length, uint64_t hash)
{
    an_i_string_slot *slot = an_i_string_table_find(&r->network->node_index, id, length, hash);
    return slot ? slot->value : -1;
}

static int64_t find_node(const reader *r, const char *id, size_t length)
{
    return find_node_hashed(r, id, length, an_i_string_hash(id, length));
}

/* Start loading the index slot an id hashes to (edges look up two ids; the
 * two cache misses then overlap). */
static inline void prefetch_node(const reader *r, uint64_t hash)
{
    const an_i_string_table *t = &r->network->node_index;
    if (t->capacity)
        __builtin_prefetch(&t->slots[hash & (t->capacity - 1)]);
}

static int push_pending_edge(reader *r, int64_t edge, const char *source, size_t source_length,
                             const char *target, size_t target_length)
{
    if (r->pending_edge_count == r->pending_edge_capacity) {
        int64_t fresh = r->pending_edge_capacity ? r->pending_edge_capacity * 2 : 64;
        pending_edge *items = realloc(r->pending_edges, (size_t)fresh * sizeof *items);
        if (!items)
            return fail_nomem(r);
        r->pending_edges = items;
        r->pending_edge_capacity = fresh;
    }
    pending_edge *p = &r->pending_edges[r->pending_edge_count++];
    p->edge = edge;
    p->source = source;
    p->source_length = source_length;
    p->target = target;
    p->target_length = target_length;
    p->line = current_line(r);
    p->column = current_column(r);
    return 0;
}

static void start_edge(reader *r, const element *e)
{
    const char *id = NULL, *source = NULL, *target = NULL, *directed = NULL;
    size_t id_length = 0, source_length = 0, target_length = 0, directed_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        int rc = 0;
        if (attribute_is(e->attributes, i, r->names.source))
            rc = attribute_value(r, e->attributes, i, 0, &source, &source_length);
        else if (attribute_is(e->attributes, i, r->names.target))
            rc = attribute_value(r, e->attributes, i, 1, &target, &target_length);
        else if (attribute_is(e->attributes, i, r->names.id))
            rc = attribute_value(r, e->attributes, i, 2, &id, &id_length);
        else if (attribute_is(e->attributes, i, r->names.directed))
            rc = attribute_value(r, e->attributes, i, 3, &directed, &directed_length);
        else
            extra = 1;
        if (rc)
            return;
    }
    if (!source || !target) {
        FAIL(r, AN_EFORMAT, "<edge> without a %s attribute", source ? "target" : "source");
        return;
    }
    int is_directed = r->network->default_directed;
    if (directed) {
        if (text_is(directed, directed_length, "true") || text_is(directed, directed_length, "1")) {
            is_directed = 1;
        } else if (text_is(directed, directed_length, "false") || text_is(directed, directed_length, "0")) {
            is_directed = 0;
        } else {
            char shown[64];
            FAIL(r, AN_EFORMAT, "directed='%s' on <edge> is neither true nor false",
                 excerpt(shown, sizeof shown, directed, directed_length));
            return;
        }
    }
    int64_t s = sequential_node(r, source, source_length), t = sequential_node(r, target, target_length);
    if (s >= 0 && t >= 0) {
        /* both endpoints named by sequential ids */
    } else if (source_length && source_length == r->last_source_length &&
        memcmp(source, r->last_source_text, source_length) == 0) {
        /* edges grouped by source (NetworkX, igraph): no lookup */
        s = r->last_source;
        t = find_node(r, target, target_length);
    } else {
        uint64_t source_hash = an_i_string_hash(source, source_length);
        uint64_t target_hash = an_i_string_hash(target, target_length);
        prefetch_node(r, source_hash);
        prefetch_node(r, target_hash);
        s = find_node_hashed(r, source, source_length, source_hash);
        t = find_node_hashed(r, target, target_length, target_hash);
        if (s >= 0) {
            r->last_source = s;
            r->last_source_length = source_length <= LAST_SOURCE_MAX ? source_length : 0;
            memcpy(r->last_source_text, source, r->last_source_length);
        }
    }
    const char *edge_id = NULL;
    if (id && !(edge_id = keep_id(r, id, id_length)))
        return;
    int64_t edge = r->network->edge_count;
    if (s < 0 || t < 0) {
        /* a node declared later, or never: resolve at the end of the graph */
        const char *ps = NULL, *pt = NULL;
        if ((s < 0 && !(ps = keep_id(r, source, source_length))) ||
            (t < 0 && !(pt = keep_id(r, target, target_length))))
            return;
        if (push_pending_edge(r, edge, ps, source_length, pt, target_length))
            return;
    }
    if (an_i_network_add_edge_unchecked(r->network, s, t, is_directed, edge_id) != AN_OK) {
        fail_nomem(r);
        return;
    }
    if (an_i_network_set_line(r->network, AN_DOMAIN_EDGE, edge, current_line(r)) != AN_OK) {
        fail_nomem(r);
        return;
    }
    r->row = edge;
    r->state = STATE_EDGE;
    if (extra) {
        const xmlChar *known[] = { r->names.id, r->names.source, r->names.target, r->names.directed, NULL };
        keep_extra_attributes(r, AN_DOMAIN_EDGE, edge, e, known);
    }
}

static void fail_unknown_endpoint(reader *r, const pending_edge *p, const char *unknown)
{
    an_network *n = r->network;
    const char *edge_id = n->edge_ids ? n->edge_ids[p->edge] : NULL;
    if (edge_id) {
        fail_at(r, AN_EFORMAT, p->line, p->column, "edge '%.200s' refers to unknown node '%.200s'",
                edge_id, unknown);
    } else {
        const char *source = p->source ? p->source : n->node_ids[n->endpoints[2 * p->edge]];
        const char *target = p->target ? p->target : n->node_ids[n->endpoints[2 * p->edge + 1]];
        fail_at(r, AN_EFORMAT, p->line, p->column,
                "edge from '%.200s' to '%.200s' refers to unknown node '%.200s'", source, target, unknown);
    }
}

static void finish_graph(reader *r)
{
    r->state = STATE_GRAPHML;
    an_network *n = r->network;
    for (int64_t i = 0; i < r->pending_edge_count; i++) {
        pending_edge *p = &r->pending_edges[i];
        if (p->source) {
            int64_t s = find_node(r, p->source, p->source_length);
            if (s < 0) {
                fail_unknown_endpoint(r, p, p->source);
                return;
            }
            n->endpoints[2 * p->edge] = s;
        }
        if (p->target) {
            int64_t t = find_node(r, p->target, p->target_length);
            if (t < 0) {
                p->source = NULL; /* resolved above: name it by its node */
                fail_unknown_endpoint(r, p, p->target);
                return;
            }
            n->endpoints[2 * p->edge + 1] = t;
        }
    }
    r->pending_edge_count = 0;
}

static void start_graph(reader *r, const element *e)
{
    int number = r->graph_count++;
    const char *id = NULL, *edgedefault = NULL;
    size_t id_length = 0, edgedefault_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        int rc = 0;
        if (attribute_is(e->attributes, i, r->names.id))
            rc = attribute_value(r, e->attributes, i, 0, &id, &id_length);
        else if (attribute_is(e->attributes, i, r->names.edgedefault))
            rc = attribute_value(r, e->attributes, i, 1, &edgedefault, &edgedefault_length);
        else
            extra = 1;
        if (rc)
            return;
    }
    if (number != r->options.graph_index) {
        char shown[64];
        WARN(r, "<graph> number %d%s%s%s is not read (graph_index is %d)", number,
             id ? " (id '" : "", id ? excerpt(shown, sizeof shown, id, id_length) : "", id ? "')" : "",
             r->options.graph_index);
        r->parent_state = r->state;
        r->state = STATE_SKIP;
        r->special_depth = r->depth;
        return;
    }
    int directed = 1; /* GraphML: edgedefault absent means directed */
    if (edgedefault) {
        if (text_is(edgedefault, edgedefault_length, "directed")) {
            directed = 1;
        } else if (text_is(edgedefault, edgedefault_length, "undirected")) {
            directed = 0;
        } else {
            char shown[64];
            FAIL(r, AN_EFORMAT, "edgedefault='%s' is neither directed nor undirected",
                 excerpt(shown, sizeof shown, edgedefault, edgedefault_length));
            return;
        }
    }
    r->network->default_directed = directed;
    if (id) {
        free(r->network->graph_id);
        if (!(r->network->graph_id = copy_bytes(id, id_length))) {
            fail_nomem(r);
            return;
        }
    }
    r->row = 0;
    r->state = STATE_GRAPH;
    if (extra) {
        const xmlChar *known[] = { r->names.id, r->names.edgedefault, NULL };
        keep_extra_attributes(r, AN_DOMAIN_GRAPH, 0, e, known);
    }
    start_segment(r);
}

#define XSI_NAMESPACE "http://www.w3.org/2001/XMLSchema-instance"
#define STANDARD_SCHEMA "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

static void start_root(reader *r, element_kind kind, const element *e, const xmlChar *uri)
{
    if (kind != KIND_GRAPHML) {
        if (uri)
            FAIL(r, AN_EFORMAT, "the root element is <%s%s%s> in namespace '%.200s', expected <graphml>",
                 e->prefix ? (const char *)e->prefix : "", e->prefix ? ":" : "",
                 (const char *)e->localname, (const char *)uri);
        else
            FAIL(r, AN_EFORMAT, "the root element is <%s%s%s>, expected <graphml>",
                 e->prefix ? (const char *)e->prefix : "", e->prefix ? ":" : "",
                 (const char *)e->localname);
        return;
    }
    text_buffer *b = &r->attrs;
    b->length = 0;
    /* The standard xsi declaration and schema location are what the writer adds itself:
     * keeping them would make the first load -> write -> load differ in this one field. */
    int standard_schema = -1;
    for (int i = 0; i < e->nb_attributes; i++) {
        const char *value = (const char *)ATTR_VALUE(e->attributes, i);
        size_t length = (size_t)(ATTR_END(e->attributes, i) - ATTR_VALUE(e->attributes, i));
        if (xmlStrEqual(ATTR_LOCAL(e->attributes, i), BAD_CAST "schemaLocation") &&
            xmlStrEqual(ATTR_PREFIX(e->attributes, i), BAD_CAST "xsi") && length == strlen(STANDARD_SCHEMA) &&
            memcmp(value, STANDARD_SCHEMA, length) == 0)
            standard_schema = i;
    }
    for (int i = 0; i < e->nb_namespaces; i++) {
        const xmlChar *prefix = e->namespaces[2 * i], *ns = e->namespaces[2 * i + 1];
        if (!prefix && ns && is_graphml_namespace(ns))
            continue; /* the writer declares the default namespace itself */
        if (standard_schema >= 0 && xmlStrEqual(prefix, BAD_CAST "xsi") && xmlStrEqual(ns, BAD_CAST XSI_NAMESPACE))
            continue;
        if (append_namespace(r, b, prefix, ns))
            return;
    }
    for (int i = 0; i < e->nb_attributes; i++)
        if (i != standard_schema && append_attribute(r, b, e->attributes, i))
            return;
    if (b->length) {
        free(r->network->root_attributes);
        if (!(r->network->root_attributes = copy_bytes(b->data, b->length))) {
            fail_nomem(r);
            return;
        }
    }
    r->root_ns_entries = r->ctxt->nsNr;
    r->state = STATE_GRAPHML;
}

/* ---- SAX callbacks ------------------------------------------------------ */

static void XMLCALL on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                             const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                             int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    reader *r = ctx;
    (void)nb_defaulted; /* defaulted attributes follow the others in the array */
    if (r->status)
        return;
    const element e = { localname, prefix, nb_namespaces, namespaces, nb_attributes, attributes };
    const xmlParserInput *input = r->ctxt->input;
    if (!r->replaying && r->ctxt->depth == 0 && input && input->cur && input->cur[0] != '>' &&
        !(input->cur[0] == '/' && input->cur[1] == '>'))
        return; /* an unfinished start tag (a truncated file): libxml2 reports it next */
    if (++r->depth > r->options.max_depth) {
        FAIL(r, AN_ELIMIT, "elements are nested deeper than %lld (max_depth)",
             (long long)r->options.max_depth);
        return;
    }
    switch (r->state) {
    case STATE_CAPTURE:
        serialize_start(r, &r->capture, &e, 0);
        return;
    case STATE_SKIP:
        return;
    case STATE_DATA:
    case STATE_DEFAULT:
        if (!r->text_markup && text_becomes_markup(r))
            return;
        serialize_start(r, &r->text, &e, r->depth == r->special_depth + 1);
        return;
    default:
        break;
    }

    element_kind kind = classify(r, localname, prefix, uri);
    switch (r->state) {
    case STATE_TOP:
        start_root(r, kind, &e, uri);
        return;
    case STATE_GRAPHML:
        if (kind == KIND_KEY)
            start_key(r, &e);
        else if (kind == KIND_GRAPH)
            start_graph(r, &e);
        else
            begin_capture(r, CAPTURE_FRAGMENT, AN_I_PLACE_DOCUMENT, 0, &e);
        return;
    case STATE_KEY:
        if (kind == KIND_DEFAULT) {
            if (nb_attributes + nb_namespaces > 0 && !r->warned_default_attributes) {
                WARN(r, "attributes of <default> are not kept");
                r->warned_default_attributes = 1;
            }
            r->default_line = current_line(r);
            r->default_column = current_column(r);
            begin_text(r, STATE_DEFAULT);
        } else {
            begin_capture(r, CAPTURE_KEY_MARKUP, 0, 0, &e);
        }
        return;
    case STATE_GRAPH:
    case STATE_NODE:
    case STATE_EDGE: {
        int domain = r->state == STATE_GRAPH ? AN_DOMAIN_GRAPH
                   : r->state == STATE_NODE ? AN_DOMAIN_NODE : AN_DOMAIN_EDGE;
        int64_t row = domain == AN_DOMAIN_GRAPH ? 0 : r->row;
        switch (kind) {
        case KIND_DATA:
            start_data(r, domain, row, &e);
            return;
        case KIND_NODE:
        case KIND_EDGE:
            if (r->state == STATE_GRAPH) {
                if (kind == KIND_NODE)
                    start_node(r, &e);
                else
                    start_edge(r, &e);
            } else {
                FAIL(r, AN_EFORMAT, "<%s> inside <%s> is not GraphML",
                     kind == KIND_NODE ? "node" : "edge", domain_names[domain]);
            }
            return;
        case KIND_GRAPH:
            FAIL(r, AN_EUNSUPPORTED, "nested graphs are not supported (a <graph> inside a <%s>)",
                 domain_names[domain]);
            return;
        case KIND_HYPEREDGE:
            FAIL(r, AN_EUNSUPPORTED, "hyperedges are not supported (<hyperedge>)");
            return;
        default:
            /* <desc>, <port>, <locator>, foreign and unknown elements: kept raw */
            begin_capture(r, CAPTURE_FRAGMENT, domain, row, &e);
            return;
        }
    }
    default:
        return;
    }
}

static void XMLCALL on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    reader *r = ctx;
    (void)uri;
    if (r->status)
        return;
    switch (r->state) {
    case STATE_CAPTURE:
        serialize_end(r, &r->capture, localname, prefix);
        if (r->depth == r->special_depth)
            finish_capture(r);
        break;
    case STATE_SKIP:
        if (r->depth == r->special_depth)
            r->state = r->parent_state;
        break;
    case STATE_DATA:
        if (r->depth == r->special_depth)
            finish_data(r);
        else
            serialize_end(r, &r->text, localname, prefix);
        break;
    case STATE_DEFAULT:
        if (r->depth == r->special_depth)
            finish_default(r);
        else
            serialize_end(r, &r->text, localname, prefix);
        break;
    case STATE_KEY:
        finish_key(r);
        break;
    case STATE_NODE:
    case STATE_EDGE:
        r->state = STATE_GRAPH;
        r->row = 0;
        break;
    case STATE_GRAPH:
        finish_graph(r);
        break;
    case STATE_GRAPHML:
        r->end_line = current_line(r);
        r->end_column = current_column(r);
        r->state = STATE_END;
        break;
    default:
        break;
    }
    r->depth--;
}

static void XMLCALL on_characters(void *ctx, const xmlChar *text, int length)
{
    reader *r = ctx;
    switch (r->state) {
    case STATE_DATA:
    case STATE_DEFAULT:
        if (r->status)
            return;
        if (r->text_markup) {
            append_escaped(r, &r->text, (const char *)text, (size_t)length, 0);
            r->last_open_buffer = NULL;
        } else {
            buffer_append(r, &r->text, text, (size_t)length);
        }
        return;
    case STATE_CAPTURE:
        if (r->status)
            return;
        append_escaped(r, &r->capture, (const char *)text, (size_t)length, 0);
        r->last_open_buffer = NULL;
        return;
    default:
        return;
    }
}

/* The buffer that kept markup goes to in the current state, or NULL. */
static text_buffer *markup_buffer(reader *r)
{
    if (r->status)
        return NULL;
    if (r->state == STATE_CAPTURE)
        return &r->capture;
    if ((r->state == STATE_DATA || r->state == STATE_DEFAULT) && r->text_markup)
        return &r->text;
    return NULL;
}

static void XMLCALL on_cdata(void *ctx, const xmlChar *text, int length)
{
    reader *r = ctx;
    text_buffer *b = markup_buffer(r);
    if (!b) {
        if (r->state == STATE_DATA || r->state == STATE_DEFAULT)
            on_characters(ctx, text, length); /* plain text value */
        return;
    }
    if (buffer_puts(r, b, "<![CDATA[") || buffer_append(r, b, text, (size_t)length))
        return;
    buffer_puts(r, b, "]]>");
    r->last_open_buffer = NULL;
}

static void XMLCALL on_comment(void *ctx, const xmlChar *text)
{
    reader *r = ctx;
    text_buffer *b = markup_buffer(r);
    if (!b)
        return;
    buffer_puts(r, b, "<!--");
    buffer_puts(r, b, (const char *)text);
    buffer_puts(r, b, "-->");
    r->last_open_buffer = NULL;
}

static void XMLCALL on_processing_instruction(void *ctx, const xmlChar *target, const xmlChar *data)
{
    reader *r = ctx;
    text_buffer *b = markup_buffer(r);
    if (!b)
        return;
    buffer_puts(r, b, "<?");
    buffer_puts(r, b, (const char *)target);
    if (data && *data) {
        buffer_puts(r, b, " ");
        buffer_puts(r, b, (const char *)data);
    }
    buffer_puts(r, b, "?>");
    r->last_open_buffer = NULL;
}

/* ---- entities (see the policy at the top) ------------------------------- */

static void XMLCALL on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
                                       const xmlChar *system_id)
{
    reader *r = ctx;
    xmlParserCtxtPtr c = r->ctxt;
    if (r->status)
        return;
    if (!c->myDoc) {
        /* entity declarations need a document to live in */
        c->myDoc = xmlNewDoc(BAD_CAST "1.0");
        if (!c->myDoc) {
            fail_nomem(r);
            return;
        }
        c->myDoc->properties = XML_DOC_INTERNAL;
        if (c->dict) {
            c->myDoc->dict = c->dict;
            xmlDictReference(c->dict);
        }
    }
    xmlSAX2InternalSubset(c, name, external_id, system_id);
}

static void XMLCALL on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                                   const xmlChar *system_id, xmlChar *content)
{
    reader *r = ctx;
    if (r->status || !r->ctxt->myDoc)
        return;
    xmlSAX2EntityDecl(r->ctxt, name, type, public_id, system_id, content);
}

/* Charge one reference to the expansion budget; non-zero when exhausted. */
static int charge_entity(reader *r, xmlEntityPtr entity)
{
    r->entity_cost += (uint64_t)(entity->length > 0 ? entity->length : 0) + ENTITY_REFERENCE_COST;
    uint64_t budget = ENTITY_BUDGET_BASE + ENTITY_BUDGET_FACTOR * r->bytes_fed;
    if (r->entity_cost > budget)
        return record_failure_at(r, AN_ELIMIT, current_line(r), current_column(r),
                                 "entity expansion exceeds its budget (%llu bytes for %llu bytes of "
                                 "input) at '&%.100s;': refusing a possible entity bomb",
                                 (unsigned long long)r->entity_cost, (unsigned long long)r->bytes_fed,
                                 (const char *)entity->name);
    return 0;
}

static void fail_external_entity(reader *r, xmlEntityPtr entity, const char *kind)
{
    const xmlChar *where = entity->SystemID ? entity->SystemID : entity->ExternalID;
    /* record only: libxml2 is in the middle of resolving a reference; it
     * reports the reference as undefined next, and we ignore the rest */
    record_failure_at(r, AN_EUNSUPPORTED, current_line(r), current_column(r),
                      "%s '%s%.100s;' refers to an external resource ('%.200s'); external entities "
                      "are never read", kind, kind[0] == 'p' ? "%" : "&", (const char *)entity->name,
                      where ? (const char *)where : "");
}

static xmlEntityPtr XMLCALL on_get_entity(void *ctx, const xmlChar *name)
{
    reader *r = ctx;
    xmlEntityPtr entity = xmlGetPredefinedEntity(name);
    if (entity)
        return entity;
    if (r->status || !r->ctxt->myDoc)
        return NULL;
    entity = xmlGetDocEntity(r->ctxt->myDoc, name);
    if (!entity)
        return NULL; /* libxml2 reports the undefined entity */
    if (entity->etype != XML_INTERNAL_GENERAL_ENTITY) {
        fail_external_entity(r, entity, "entity");
        return NULL;
    }
    return charge_entity(r, entity) ? NULL : entity;
}

static xmlEntityPtr XMLCALL on_get_parameter_entity(void *ctx, const xmlChar *name)
{
    reader *r = ctx;
    if (r->status || !r->ctxt->myDoc)
        return NULL;
    xmlEntityPtr entity = xmlGetParameterEntity(r->ctxt->myDoc, name);
    if (!entity)
        return NULL;
    if (entity->etype != XML_INTERNAL_PARAMETER_ENTITY) {
        fail_external_entity(r, entity, "parameter entity");
        return NULL;
    }
    return charge_entity(r, entity) ? NULL : entity;
}

/* libxml2 calls this after delivering an internal entity's text, and for a
 * reference it could not resolve (when the document has an external subset). */
static void XMLCALL on_reference(void *ctx, const xmlChar *name)
{
    reader *r = ctx;
    if (r->status)
        return;
    xmlEntityPtr entity = r->ctxt->myDoc ? xmlGetDocEntity(r->ctxt->myDoc, name) : NULL;
    if (entity && entity->etype == XML_INTERNAL_GENERAL_ENTITY)
        return;
    FAIL(r, AN_EPARSE, "malformed XML: undefined entity '&%.200s;'", (const char *)name);
}

/* ---- libxml2 errors ----------------------------------------------------- */

static void XMLCALL on_structured_error(void *ctx, xmlErrorPtr error)
{
    reader *r = ctx;
    if (!r || !error || r->status || error->code == XML_ERR_USER_STOP)
        return;
    long line = error->line, column = error->int2;
    if (error->ctxt != (void *)r->ctxt || line <= 0) {
        /* inside an entity's text, or no position: use the document's */
        line = current_line(r);
        column = current_column(r);
    }
    char message[512];
    size_t n = 0;
    for (const char *m = error->message ? error->message : "error"; *m && n < sizeof message - 1; m++)
        message[n++] = (*m == '\n' || *m == '\r') ? ' ' : *m;
    while (n > 0 && message[n - 1] == ' ')
        n--;
    message[n] = '\0';

    if (error->level == XML_ERR_WARNING ||
        (error->domain == XML_FROM_NAMESPACE && error->level != XML_ERR_FATAL)) {
        warn_at(r, line, column, "XML: %s", message);
        return;
    }
    int code = AN_EPARSE;
    if (error->code == XML_ERR_NO_MEMORY)
        code = AN_ENOMEM;
    else if (error->code == XML_ERR_ENTITY_LOOP || error->code == XML_ERR_NAME_TOO_LONG ||
             strcasestr(message, "too long") || strcasestr(message, "excessive") ||
             strcasestr(message, "huge") || strcasestr(message, "amplification"))
        code = AN_ELIMIT; /* libxml2's own limits ("Huge input lookup", "Excessive depth", ...) */
    record_failure_at(r, code, line, column, "%s: %s",
                      code == AN_ELIMIT ? "input exceeds a parser limit" : "malformed XML", message);
}

static void XMLCALL on_generic_error(void *ctx, const char *message, ...)
{
    (void)ctx;
    (void)message; /* everything that matters also arrives as a structured error */
}

/* ---- segment (graphml_segment.h) ----------------------------------------
 *
 * For a big input, when the <graph> being read starts, a second thread
 * starts parsing a stretch of edges in the middle of the input ahead of us
 * (start_segment). Reads stop at the segment's first byte; there
 * take_segment checks that the parser stands where the segment's made-up
 * context said, replays the segment's events through the SAX callbacks above
 * (with their recorded positions) and has the caller go on at the segment's
 * end. Anything else, and we parse the segment's bytes ourselves.
 */

/* The default namespace in scope (a dictionary string), or NULL for none. */
static const xmlChar *default_namespace(const reader *r)
{
    const xmlParserCtxtPtr c = r->ctxt;
    for (int i = c->nsNr - 2; i >= 0; i -= 2)
        if (!c->nsTab[i])
            return c->nsTab[i + 1] && c->nsTab[i + 1][0] ? c->nsTab[i + 1] : NULL;
    return NULL;
}

/* libxml2 reads the bytes as they are (UTF-8, no conversion), as XML 1.0,
 * with no DTD (no entities, default or normalised attributes). */
static int plain_document(const reader *r)
{
    const xmlParserCtxtPtr c = r->ctxt;
    return !c->myDoc && !c->attsDefault && !c->attsSpecial && c->inputNr == 1 && c->input &&
           c->input->buf && !c->input->buf->encoder && c->version &&
           strcmp((const char *)c->version, "1.0") == 0;
}

/* Called when the <graph> being read starts. */
static void start_segment(reader *r)
{
    if (r->segment || r->status || (r->source_fd < 0 && !r->source_data) || !plain_document(r) ||
        an_i_parallel_threads_env(0) < 2)
        return;
    const xmlChar *uri = default_namespace(r);
    r->segment = an_i_segment_start(r->source_fd, r->source_data, r->source_size, r->bytes_fed,
                                    (const char *)uri, r->options.max_value_bytes);
    r->segment_uri = uri;
}

/* Run the segment's events through the SAX callbacks; `first_line` is the
 * line the segment starts on. */
static void replay_segment(reader *r, an_i_segment *s, long first_line)
{
    const xmlChar *const names[] = { r->names.source, r->names.target, r->names.id, r->names.directed,
                                     r->names.key_ref };
    const xmlChar *uri = r->segment_uri;
    const xmlChar *attributes[5 * 4];
    an_i_segment_event event;
    r->replaying = 1;
    while (!r->status && an_i_segment_next(s, &event)) {
        r->replay_line = first_line + event.line;
        r->replay_column = event.column;
        for (int i = 0; i < event.attribute_count; i++) {
            const xmlChar **a = attributes + 5 * i;
            a[0] = names[event.names[i]];
            a[1] = a[2] = NULL;
            a[3] = (const xmlChar *)event.values[i];
            a[4] = a[3] + event.lengths[i];
        }
        switch (event.kind) {
        case AN_I_SEGMENT_EDGE:
            on_start(r, r->names.edge, NULL, uri, 0, NULL, event.attribute_count, 0, attributes);
            break;
        case AN_I_SEGMENT_DATA:
            on_start(r, r->names.data, NULL, uri, 0, NULL, event.attribute_count, 0, attributes);
            break;
        case AN_I_SEGMENT_END_DATA:
            if (event.text_length)
                on_characters(r, (const xmlChar *)event.text, (int)event.text_length);
            on_end(r, r->names.data, NULL, uri);
            break;
        case AN_I_SEGMENT_END_EDGE:
            on_end(r, r->names.edge, NULL, uri);
            break;
        }
    }
    r->replaying = 0;
}

/* At the segment's first byte (all before it fed). Returns where to go on
 * reading: the segment's end when its events were taken, else its start. */
static uint64_t take_segment(reader *r)
{
    an_i_segment *s = r->segment;
    r->segment = NULL;
    uint64_t begin = an_i_segment_begin(s), end = an_i_segment_end(s);
    const xmlParserCtxtPtr c = r->ctxt;
    /* between two children of the <graph>, as the made-up context; only blanks
     * not yet parsed (whose newlines libxml2 has yet to count) */
    long pending_lines = -1;
    if (!r->status && r->state == STATE_GRAPH && r->depth == 2 && r->bytes_fed == begin &&
        c->instate == XML_PARSER_CONTENT && c->nameNr == 2 && c->wellFormed && plain_document(r) &&
        default_namespace(r) == r->segment_uri)
        pending_lines = an_i_xml_pending_newlines(c);
    int holds = pending_lines >= 0;
    if (an_i_segment_join(s, !holds) != 0 || !holds) {
        an_i_segment_free(s);
        return begin;
    }
    long first_line = c->input->line + pending_lines;
    long lines = an_i_segment_lines(s);
    if (first_line + lines >= INT_MAX) { /* libxml2 counts lines in an int */
        an_i_segment_free(s);
        return begin;
    }
    replay_segment(r, s, first_line);
    an_i_segment_free(s);
    c->input->line += (int)lines;
    r->bytes_fed += end - begin;
    atomic_fetch_add(&an_i_graphml_segments_taken, 1);
    return end;
}

/* ---- driving the parser ------------------------------------------------- */

static void reader_init(reader *r, const char *file, const an_graphml_read_options *options)
{
    memset(r, 0, sizeof *r);
    r->file = file;
    r->options = *options;
    r->state = STATE_TOP;
    r->data_key = -1;
    r->batch = &r->inline_batch;
    r->source_fd = -1;
    atomic_init(&r->worker_failed, 0);
    an_i_arena_init(&r->ids);
    an_i_string_table_init(&r->key_index);
    for (int d = 0; d < 3; d++)
        an_i_string_table_init(&r->names_used[d]);
    an_i_arena_init(&r->pending_arena);
}

static void reader_free(reader *r)
{
    an_i_segment_free(r->segment); /* normally taken at its first byte */
    an_i_batch_worker_stop(r->worker); /* normally stopped by values_finish */
    free(r->inline_batch.data);
    buffer_free(&r->value_swap);
    an_i_arena_free(&r->ids);
    if (r->ctxt) {
        if (r->ctxt->myDoc) {
            xmlFreeDoc(r->ctxt->myDoc);
            r->ctxt->myDoc = NULL;
        }
        xmlFreeParserCtxt(r->ctxt);
        r->ctxt = NULL;
    }
    for (int i = 0; i < r->key_count; i++)
        free(r->keys[i].id);
    free(r->keys);
    an_i_string_table_free(&r->key_index);
    for (int d = 0; d < 3; d++)
        an_i_string_table_free(&r->names_used[d]);
    free(r->pending_edges);
    free(r->pending_values);
    free(r->intern_cache);
    an_i_arena_free(&r->pending_arena);
    buffer_free(&r->text);
    buffer_free(&r->pending_key);
    buffer_free(&r->capture);
    buffer_free(&r->key_markup);
    buffer_free(&r->attrs);
    buffer_free(&r->swap);
    for (int i = 0; i < SCRATCH_SLOTS; i++)
        buffer_free(&r->scratch[i]);
}

static int create_parser(reader *r, const char *head, size_t length)
{
    xmlSAXHandler sax; /* copied by libxml2 into the context */
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.ignorableWhitespace = on_characters;
    sax.cdataBlock = on_cdata;
    sax.comment = on_comment;
    sax.processingInstruction = on_processing_instruction;
    sax.internalSubset = on_internal_subset;
    sax.entityDecl = on_entity_decl;
    sax.getEntity = on_get_entity;
    sax.getParameterEntity = on_get_parameter_entity;
    sax.reference = on_reference;
    sax.serror = on_structured_error;
    /* externalSubset and resolveEntity stay NULL: nothing is ever loaded */
    r->ctxt = xmlCreatePushParserCtxt(&sax, r, head, (int)length, r->file);
    if (!r->ctxt)
        return fail_nomem(r);
    an_i_xml_reader_settings(r->ctxt);
    setup_names(r);
    r->bytes_fed += length;
    return 0;
}

/* Feed bytes to the parser (creating it on the first call); `terminate` on the last. */
static int feed(reader *r, const char *data, size_t length, int terminate)
{
    if (!r->ctxt) {
        size_t head = length < 4 ? length : 4; /* enough to detect the encoding */
        if (create_parser(r, data, head))
            return r->status;
        data += head;
        length -= head;
    }
    for (;;) {
        size_t piece = length < CHUNK_BYTES ? length : CHUNK_BYTES;
        int last = terminate && piece == length;
        if (piece == 0 && !last)
            break;
        r->bytes_fed += piece;
        int rc = xmlParseChunk(r->ctxt, data, (int)piece, last);
        data += piece;
        length -= piece;
        if (r->status)
            return r->status;
        if (rc != 0 || (last && !r->ctxt->wellFormed))
            return FAIL(r, AN_EPARSE, "malformed XML (libxml2 error %d)", rc);
        if (last)
            break;
    }
    return 0;
}

/* Feed the whole input: the file `fd` (fd >= 0) through read(2), or the
 * buffer. Reads stop at a segment's first byte and go on at its end when its
 * events were taken. */
static void read_input(reader *r, int fd, const char *data, size_t size)
{
    char *chunk = NULL;
    if (fd >= 0 && !(chunk = malloc(CHUNK_BYTES))) {
        fail_nomem(r);
        return;
    }
    uint64_t at = 0;
    for (;;) {
        size_t want = CHUNK_BYTES;
        if (r->segment && an_i_segment_begin(r->segment) - at < want)
            want = (size_t)(an_i_segment_begin(r->segment) - at);
        const char *bytes;
        size_t n;
        int last;
        if (fd >= 0) {
            ssize_t got = read(fd, chunk, want);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0) {
                fail_at(r, AN_EIO, 0, 0, "cannot read: %s", strerror(errno));
                break;
            }
            bytes = chunk;
            n = (size_t)got;
            last = n == 0;
        } else {
            n = size - at < want ? (size_t)(size - at) : want;
            bytes = data + at;
            last = at + n == size;
        }
        if (feed(r, bytes, n, last) || last)
            break;
        at += n;
        if (an_i_progress_advance(r->progress, (int64_t)n) != AN_OK) {
            fail_at(r, AN_ECANCELED, 0, 0, "loading cancelled by the progress handler");
            break;
        }
        if (r->segment && at == an_i_segment_begin(r->segment)) {
            uint64_t resume = take_segment(r);
            if (r->status)
                break;
            if (resume != at && fd >= 0 && lseek(fd, (off_t)resume, SEEK_SET) < 0) {
                fail_at(r, AN_EIO, 0, 0, "cannot seek: %s", strerror(errno));
                break;
            }
            at = resume;
        }
    }
    free(chunk);
}

static int finish(reader *r)
{
    if (r->status)
        return r->status;
    if (r->state != STATE_END)
        return FAIL(r, AN_EPARSE, "malformed XML: the document ends before </graphml>");
    if (r->graph_count == 0)
        return fail_at(r, AN_EFORMAT, r->end_line, r->end_column, "no <graph> element in the document");
    if (r->options.graph_index >= r->graph_count)
        return fail_at(r, AN_ERANGE, r->end_line, r->end_column,
                       "graph_index is %d, but the document has %d <graph> element%s",
                       r->options.graph_index, r->graph_count, r->graph_count == 1 ? "" : "s");
    resolve_pending_values(r);
    int64_t suppressed = r->warnings_suppressed + r->warnings_suppressed_parsing;
    if (!r->status && suppressed) {
        r->warnings_recorded = 0; /* room for the summary */
        r->warnings_full = 0;
        warn_at(r, r->end_line, r->end_column, "%lld more warnings were not recorded",
                (long long)suppressed);
    }
    return r->status;
}

static int check_options(const an_graphml_read_options *options, an_graphml_read_options *out)
{
    static const an_graphml_read_options defaults = AN_GRAPHML_READ_OPTIONS_INIT;
    if (!options) {
        *out = defaults;
        return AN_OK;
    }
    if (options->version != AN_GRAPHML_READ_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_graphml_read_options has version %u, expected %u "
                          "(initialise it with AN_GRAPHML_READ_OPTIONS_INIT)",
                          options->version, (unsigned)AN_GRAPHML_READ_OPTIONS_VERSION);
    if (options->graph_index < 0 || options->max_depth <= 0 || options->max_value_bytes <= 0 ||
        options->max_keys < 0)
        return an_i_error(AN_EINVAL, "an_graphml_read_options: graph_index and max_keys must not be "
                          "negative, max_depth and max_value_bytes must be positive");
    *out = *options;
    if (out->max_value_bytes > (int64_t)INT32_MAX)
        out->max_value_bytes = INT32_MAX; /* libxml2 counts in int */
    return AN_OK;
}

/* Load from a file descriptor (fd >= 0) or from memory. */
static int load(an_network **out, const char *name, int fd, const char *data, size_t size,
                const an_graphml_read_options *options)
{
    xmlInitParser();
    reader r;
    reader_init(&r, name, options);
    if (an_network_new(&r.network, 1) != AN_OK) {
        reader_free(&r);
        return an_i_error(AN_ENOMEM, "out of memory");
    }

    /* libxml2 must not print: route its thread-local handlers to us. */
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_context = xmlGenericErrorContext;
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_context = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(&r, on_generic_error);
    xmlSetStructuredErrorFunc(&r, on_structured_error);

    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        r.source_fd = fd;
        r.source_size = (uint64_t)st.st_size;
    } else if (fd < 0) {
        r.source_data = data;
        r.source_size = size;
    }
    an_i_progress progress;
    an_i_progress_begin(&progress, "loading", (int64_t)r.source_size);
    r.progress = &progress;
    read_input(&r, fd, data, size);
    values_finish(&r);
    finish(&r);
    an_i_progress_end(&progress, r.status ? AN_ERROR : AN_OK); /* r.status says how it ended */

    xmlSetGenericErrorFunc(saved_generic_context, saved_generic);
    xmlSetStructuredErrorFunc(saved_structured_context, saved_structured);

    int status = r.status;
    an_network *network = r.network;
    r.network = NULL;
    reader_free(&r);
    if (status == AN_OK && !(network->source_name = strdup(name)))
        status = an_i_error(AN_ENOMEM, "out of memory");
    if (status != AN_OK) {
        an_network_free(network);
        return status;
    }
    *out = network;
    return AN_OK;
}

int an_network_load_graphml(an_network **out, const char *path, const an_graphml_read_options *options)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!path)
        return AN_I_MISUSE("path is NULL");
    an_graphml_read_options checked;
    int rc = check_options(options, &checked);
    if (rc != AN_OK)
        return rc;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return an_i_error_at(AN_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    rc = load(out, path, fd, NULL, 0, &checked);
    close(fd);
    return rc;
}

int an_network_load_graphml_buffer(an_network **out, const char *data, size_t size, const char *name,
                                   const an_graphml_read_options *options)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!data && size)
        return AN_I_MISUSE("data is NULL");
    an_graphml_read_options checked;
    int rc = check_options(options, &checked);
    if (rc != AN_OK)
        return rc;
    return load(out, name ? name : "<buffer>", -1, data ? data : "", size, &checked);
}
