/*
 * graphml/reader.h — the GraphML reader's state and the functions its files
 * share (private; not installed). README.md in this folder says which file
 * holds what and how a byte travels from read() to a column; the contract is
 * include/actornet/graphml.h.
 *
 * Every function here takes the reader and reports a failure by recording it
 * (an_i_graphml_fail_at: the first failure wins, the parser halts) and
 * returning non-zero or NULL; after a failure the SAX callbacks ignore
 * everything. Functions that only record return void.
 */
#ifndef AN_GRAPHML_READER_H
#define AN_GRAPHML_READER_H

#include "graphml_read.h"
#include "segment.h"
#include "network_internal.h"
#include "batch_worker.h"
#include "progress_internal.h"
#include "actornet/graphml.h"

#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

#define SCRATCH_SLOTS 6
#define INTERN_CACHE_INLINE 44
#define LAST_SOURCE_MAX 32          /* longest source id remembered for grouped edges */
#define SEQUENTIAL_PREFIX_MAX 16    /* longest id prefix of the sequential-id fast path */
#define KEY_MEMO_SLOTS 64            /* power of two */

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
    unsigned char implicit;     /* never declared: made for data that uses it (not strict) */
    unsigned char repeated[3];  /* the <key> being read repeats the declaration for this domain */
    unsigned char repeat_default; /* ... and has a <default> */
} key_record;

/* A <graph> nested in a node (nesting.c). */
typedef struct nested_graph {
    int64_t parent;             /* the group node */
    int outer_directed;         /* edgedefault of the graph around it */
} nested_graph;

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
    int current_directed;       /* edgedefault of the innermost graph being read */

    /* nesting (nesting.c): graphs in nodes, flattened */
    nested_graph *nest;         /* open nested graphs, innermost last */
    int64_t nest_depth, nest_capacity;
    int64_t *parent_of;         /* node -> its group node (-1: top level); NULL until needed */
    int64_t parent_of_length;   /* nodes from here on are at the top level */
    int64_t *groups;            /* group nodes, in document order */
    int64_t group_count, group_capacity;
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

    /* Values (value_thread.c): queued in batches, stored by the value
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

    /* The input, for a segment (segment_replay.c). */
    int source_fd;                  /* a regular file, or -1 */
    const char *source_data;        /* or a buffer, or NULL */
    uint64_t source_size;
    int saw_content;                /* a byte other than white space was read */
    an_i_progress *progress;        /* "loading": bytes read (progress.h) */
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

typedef union typed_value {
    int64_t integer;
    double real;
} typed_value;

extern const char *const an_i_graphml_domain_names[3]; /* "graph", "node", "edge" (names.c) */

/* ---- failures.c: positions, failures, warnings, libxml2's errors ------- */

/* On the value thread: the reader it stores for (NULL on other threads;
 * value_thread.c). (Not tls_model("initial-exec"): that makes all of the
 * library's TLS static, and dlopen, as the Python binding uses, then fails
 * for want of room.) */
extern _Thread_local const reader *an_i_graphml_value_thread_reader;

static inline int on_value_thread(const reader *r)
{
    return an_i_graphml_value_thread_reader == r;
}

/* Where the reader is: libxml2's position, the replayed event's, or (on the
 * value thread) the value's. */
static inline long current_line(const reader *r)
{
    if (on_value_thread(r))
        return r->value_line; /* the parser's position belongs to the other thread */
    if (r->replaying)
        return r->replay_line;
    return r->ctxt && r->ctxt->input ? r->ctxt->input->line : 0;
}

static inline long current_column(const reader *r)
{
    if (on_value_thread(r))
        return r->value_column;
    if (r->replaying)
        return r->replay_column;
    return r->ctxt && r->ctxt->input ? r->ctxt->input->col : 0;
}

__attribute__((format(printf, 5, 6)))
int an_i_graphml_fail_at(reader *r, int code, long line, long column, const char *format, ...);
__attribute__((format(printf, 5, 6)))
int an_i_graphml_record_failure_at(reader *r, int code, long line, long column, const char *format, ...);
int an_i_graphml_fail_nomem(reader *r);
__attribute__((format(printf, 4, 5)))
void an_i_graphml_warn_at(reader *r, long line, long column, const char *format, ...);
void XMLCALL an_i_graphml_on_structured_error(void *ctx, xmlErrorPtr error);
void XMLCALL an_i_graphml_on_generic_error(void *ctx, const char *message, ...);

#define FAIL(r, code, ...) an_i_graphml_fail_at((r), (code), current_line(r), current_column(r), __VA_ARGS__)
#define WARN(r, ...) an_i_graphml_warn_at((r), current_line(r), current_column(r), __VA_ARGS__)

/* ---- text_buffer.c: growing buffers, escaping, excerpts ---------------- */

char *an_i_graphml_copy_bytes(const char *data, size_t length);
int an_i_graphml_buffer_grow(reader *r, text_buffer *b, size_t extra);
void an_i_graphml_buffer_free(text_buffer *b);
int an_i_graphml_append_escaped(reader *r, text_buffer *b, const char *text, size_t length, int attribute);
const char *an_i_graphml_excerpt(char *out, size_t size, const char *text, size_t length);

static inline int buffer_append(reader *r, text_buffer *b, const void *bytes, size_t length)
{
    if (b->capacity - b->length <= length && an_i_graphml_buffer_grow(r, b, length))
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

/* ---- intern.c: strings kept in the network ------------------------------ */

const char *an_i_graphml_intern_value(reader *r, const char *text, size_t length);
const char *an_i_graphml_keep_id(reader *r, const char *text, size_t length);

/* ---- names.c: namespaces and element names ------------------------------ */

int an_i_graphml_is_graphml_namespace(const xmlChar *uri);
element_kind an_i_graphml_classify(reader *r, const xmlChar *localname, const xmlChar *prefix,
                                   const xmlChar *uri);
void an_i_graphml_setup_names(reader *r);

/* 1 if attribute i is the unprefixed attribute `name` (a dictionary pointer). */
static inline int attribute_is(const xmlChar **attributes, int i, const xmlChar *name)
{
    const xmlChar *local = ATTR_LOCAL(attributes, i);
    if (ATTR_PREFIX(attributes, i))
        return 0;
    return local == name || (local[0] == name[0] && strcmp((const char *)local, (const char *)name) == 0);
}

/* ---- attribute_values.c: references in attribute values ----------------- */

int an_i_graphml_decode_attribute(reader *r, const char *value, size_t length, text_buffer *out,
                                  const char **decoded, size_t *decoded_length);
int an_i_graphml_attribute_value(reader *r, const xmlChar **attributes, int i, int slot,
                                 const char **value, size_t *length);

/* ---- kept_markup.c: foreign markup and extra attributes, kept raw -------- */

int an_i_graphml_append_namespace(reader *r, text_buffer *b, const xmlChar *prefix, const xmlChar *uri);
int an_i_graphml_append_attribute(reader *r, text_buffer *b, const xmlChar **attributes, int i);
int an_i_graphml_serialize_start(reader *r, text_buffer *b, const element *e, int inherit);
int an_i_graphml_serialize_end(reader *r, text_buffer *b, const xmlChar *localname, const xmlChar *prefix);
void an_i_graphml_begin_capture(reader *r, capture_target target, int place, int64_t row, const element *e);
void an_i_graphml_finish_capture(reader *r);
void an_i_graphml_keep_attributes_at(reader *r, int place, int64_t row, const element *e,
                                     const xmlChar *const *known);
void an_i_graphml_keep_extra_attributes(reader *r, int domain, int64_t row, const element *e,
                                        const xmlChar *const *known);

/* ---- columns.c: columns and typed values -------------------------------- */

int an_i_graphml_create_column(reader *r, key_record *k, int domain, const char *name, an_type type,
                               long line, long column);
int an_i_graphml_ensure_column(reader *r, key_record *k, int domain, long line, long column);
int an_i_graphml_parse_typed(an_type type, char *text, size_t length, typed_value *out);
void an_i_graphml_fail_value(reader *r, int status, const char *what, const char *text, size_t length,
                             const char *key_name, an_type type, long line, long column);
void an_i_graphml_store_value(reader *r, int domain, int index, int64_t row, char *text, size_t length,
                              int markup, long line, long column);

/* ---- value_thread.c: values queued, stored inline or on a second thread -- */

void an_i_graphml_values_quiesce(reader *r);
void an_i_graphml_values_finish(reader *r);
void an_i_graphml_queue_value(reader *r, int domain, int index, int64_t row, const char *text, size_t length,
                              int markup, long line, long column);

/* ---- keys.c: <key> declarations and <default> ----------------------------- */

int an_i_graphml_find_key(const reader *r, const char *id, size_t length);
int an_i_graphml_find_data_key(reader *r, const char *id, size_t length);
key_record *an_i_graphml_add_key(reader *r, const char *id, size_t length);
void an_i_graphml_start_key(reader *r, const element *e);
void an_i_graphml_finish_default(reader *r);
void an_i_graphml_finish_key(reader *r);

static inline int text_is(const char *text, size_t length, const char *word)
{
    return strlen(word) == length && memcmp(text, word, length) == 0;
}

/* ---- data.c: <data> values ----------------------------------------------- */

void an_i_graphml_begin_text(reader *r, reader_state state);
int an_i_graphml_text_becomes_markup(reader *r);
void an_i_graphml_start_data(reader *r, int domain, int64_t row, const element *e);
void an_i_graphml_finish_data(reader *r);
void an_i_graphml_resolve_pending_values(reader *r);

/* ---- nodes_edges.c: <node>, <edge>, endpoints -------------------------- */

void an_i_graphml_start_node(reader *r, const element *e);
void an_i_graphml_start_edge(reader *r, const element *e);
void an_i_graphml_finish_graph(reader *r);

/* ---- graph.c: the <graphml> root and the <graph> ------------------------ */

void an_i_graphml_start_graph(reader *r, const element *e);
/* An edgedefault value: *directed set, 0; anything but directed / undirected: -1 (failure recorded). */
int an_i_graphml_read_edgedefault(reader *r, const char *value, size_t length, int *directed);
void an_i_graphml_start_root(reader *r, element_kind kind, const element *e, const xmlChar *uri);

/* ---- nesting.c: graphs nested in nodes (groups), flattened --------------- */

void an_i_graphml_start_nested_graph(reader *r, const element *e);
void an_i_graphml_finish_nested_graph(reader *r);
/* Set the parent of a node read inside a nested graph. 0, or -1 (failure recorded). */
int an_i_graphml_note_parent(reader *r, int64_t node);
/* At the end of the document: the parent and group columns. */
void an_i_graphml_finish_nesting(reader *r);

/* ---- callbacks.c: the SAX2 callbacks of elements and text ----------------- */

void XMLCALL an_i_graphml_on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                   const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                                   int nb_attributes, int nb_defaulted, const xmlChar **attributes);
void XMLCALL an_i_graphml_on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                 const xmlChar *uri);
void XMLCALL an_i_graphml_on_characters(void *ctx, const xmlChar *text, int length);
void XMLCALL an_i_graphml_on_cdata(void *ctx, const xmlChar *text, int length);
void XMLCALL an_i_graphml_on_comment(void *ctx, const xmlChar *text);
void XMLCALL an_i_graphml_on_processing_instruction(void *ctx, const xmlChar *target, const xmlChar *data);

/* ---- entities.c: DTD entities under their budget ------------------------- */

void XMLCALL an_i_graphml_on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
                                             const xmlChar *system_id);
void XMLCALL an_i_graphml_on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                                         const xmlChar *system_id, xmlChar *content);
xmlEntityPtr XMLCALL an_i_graphml_on_get_entity(void *ctx, const xmlChar *name);
xmlEntityPtr XMLCALL an_i_graphml_on_get_parameter_entity(void *ctx, const xmlChar *name);
void XMLCALL an_i_graphml_on_reference(void *ctx, const xmlChar *name);

/* ---- segment_replay.c: taking the segment parsed ahead (segment.h) ------- */

void an_i_graphml_start_segment(reader *r);
uint64_t an_i_graphml_take_segment(reader *r);

#endif
