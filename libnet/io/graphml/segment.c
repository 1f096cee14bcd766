/*
 * graphml/segment.c — a middle stretch of a big GraphML document's edges,
 * parsed ahead on a second thread (see segment.h for the contract).
 *
 * Events are recorded into one growing byte array: a kind byte, the line as a
 * varint difference from the previous event's line, the column as a varint,
 * then per kind the attribute names and values (EDGE), the key (DATA) or the
 * text (END_DATA), lengths as varints. About 120 bytes per typical edge
 * with five values, against some 260 of GraphML.
 */
#include "segment.h"
#include "batch_worker.h"

#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SEGMENT_CHUNK (256 * 1024)          /* bytes per xmlParseChunk, as the reader's */
#define BOUNDARY_WINDOW (1024 * 1024)       /* how far past a target to look for an <edge> line */
#define GRAPHML_NAMESPACE "http://graphml.graphdrawing.org/xmlns"

an_i_segment_tuning an_i_graphml_segment_tuning = { 8u * 1024 * 1024, 0.45, 0.97 };
atomic_long an_i_graphml_segments_started;
atomic_long an_i_graphml_segments_taken;

struct an_i_segment {
    /* input, set before the thread starts */
    int fd;
    const char *data;
    uint64_t begin, end;
    int with_namespace;         /* the made-up <graphml> declares GraphML's namespace */
    size_t text_limit;          /* longest <data> text recorded; longer gives up */

    pthread_t thread;
    int running;                /* a thread was started and not joined */
    atomic_int stop;            /* the reader asks the thread to give up */

    /* the thread's (the reader's after the join) */
    xmlParserCtxtPtr ctxt;
    int failed;                 /* gave up */
    int depth;                  /* 1 <graphml>, 2 <graph>, 3 <edge>, 4 <data> */
    const xmlChar *name_edge, *name_data, *name_key;
    const xmlChar *attribute_names[4]; /* source, target, id, directed */
    an_i_batch events;          /* the recorded events */
    long last_line;             /* line of the last recorded event */
    an_i_batch text;            /* the current <data>'s text */
    long lines;

    /* reading back */
    size_t cursor;
    long cursor_line;
};

void an_i_xml_reader_settings(xmlParserCtxtPtr ctxt)
{
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
    ctxt->replaceEntities = 0;
    ctxt->loadsubset = 0;
    ctxt->validate = 0;
}

/* ---- recording (the segment's thread) ----------------------------------- */

static void give_up(an_i_segment *s)
{
    if (!s->failed) {
        s->failed = 1;
        if (s->ctxt)
            an_i_xml_halt(s->ctxt);
    }
}

/* Room for `extra` more bytes of events; gives up on out of memory. */
static int reserve(an_i_segment *s, size_t extra)
{
    if (an_i_batch_reserve(&s->events, extra) == 0)
        return 0;
    give_up(s);
    return -1;
}

static void put_byte(an_i_segment *s, unsigned char byte)
{
    s->events.data[s->events.length++] = (char)byte;
}

/* Room must have been reserved: at most 10 bytes. */
static void put_varint(an_i_segment *s, uint64_t v)
{
    while (v >= 0x80) {
        put_byte(s, (unsigned char)(v | 0x80));
        v >>= 7;
    }
    put_byte(s, (unsigned char)v);
}

/* A length and that many bytes. */
static int put_bytes(an_i_segment *s, const void *bytes, size_t length)
{
    if (reserve(s, 10))
        return -1;
    put_varint(s, length);
    if (an_i_batch_append(&s->events, bytes, length) == 0)
        return 0;
    give_up(s);
    return -1;
}

/* The kind, line and column of an event, at libxml2's current position. */
static int put_head(an_i_segment *s, an_i_segment_kind kind)
{
    const xmlParserInput *in = s->ctxt->input;
    long line = in->line - 2; /* the made-up context is line 1 */
    if (line < s->last_line || in->col < 0 || reserve(s, 21)) {
        give_up(s);
        return -1;
    }
    put_byte(s, (unsigned char)kind);
    put_varint(s, (uint64_t)(line - s->last_line));
    put_varint(s, (uint64_t)in->col);
    s->last_line = line;
    return 0;
}

static void XMLCALL on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                             const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                             int nb_attributes, int nb_defaulted, const xmlChar **attributes)
{
    an_i_segment *s = ctx;
    (void)uri;
    (void)namespaces;
    if (s->failed)
        return;
    const xmlParserInput *in = s->ctxt->input;
    if (!in || !in->cur || !(in->cur[0] == '>' || (in->cur[0] == '/' && in->cur[1] == '>'))) {
        give_up(s); /* not a whole start tag */
        return;
    }
    if (++s->depth <= 2)
        return; /* the made-up context */
    if (prefix || nb_namespaces || nb_defaulted || nb_attributes > 4) {
        give_up(s);
        return;
    }
    int names[4];
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar *name = attributes[5 * i];
        names[i] = -1;
        if (s->depth == 3) {
            for (int k = 0; k < 4; k++)
                if (name == s->attribute_names[k])
                    names[i] = k;
        } else if (name == s->name_key) {
            names[i] = AN_I_SEGMENT_KEY;
        }
        if (names[i] < 0 || attributes[5 * i + 1]) {
            give_up(s); /* another attribute, or a prefixed one */
            return;
        }
    }
    if (s->depth == 3 && localname == s->name_edge) {
        if (put_head(s, AN_I_SEGMENT_EDGE) || reserve(s, 1))
            return;
        put_byte(s, (unsigned char)nb_attributes);
    } else if (s->depth == 4 && localname == s->name_data && nb_attributes == 1) {
        if (put_head(s, AN_I_SEGMENT_DATA))
            return;
        s->text.length = 0;
    } else {
        give_up(s);
        return;
    }
    for (int i = 0; i < nb_attributes; i++) {
        if (s->depth == 3) {
            if (reserve(s, 1))
                return;
            put_byte(s, (unsigned char)names[i]);
        }
        if (put_bytes(s, attributes[5 * i + 3], (size_t)(attributes[5 * i + 4] - attributes[5 * i + 3])))
            return;
    }
}

static void XMLCALL on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    an_i_segment *s = ctx;
    (void)localname;
    (void)prefix;
    (void)uri;
    if (s->failed)
        return;
    if (s->depth == 4) {
        if (put_head(s, AN_I_SEGMENT_END_DATA) || put_bytes(s, s->text.data, s->text.length))
            return;
    } else if (s->depth == 3) {
        if (put_head(s, AN_I_SEGMENT_END_EDGE))
            return;
    } else {
        give_up(s); /* </graph> */
        return;
    }
    s->depth--;
}

static void XMLCALL on_characters(void *ctx, const xmlChar *text, int length)
{
    an_i_segment *s = ctx;
    if (s->failed || s->depth != 4)
        return; /* blanks between elements: the reader ignores them too */
    if (s->text.length + (size_t)length > s->text_limit || /* the reader reports the limit itself, */
        an_i_batch_append(&s->text, text, (size_t)length))  /* where libxml2 splits the text */
        give_up(s);
}

/* Comments, CDATA, processing instructions, entity references, a DOCTYPE:
 * the reader handles them itself. */
static void XMLCALL on_other(void *ctx, const xmlChar *a, const xmlChar *b)
{
    (void)a;
    (void)b;
    give_up(ctx);
}

static void XMLCALL on_cdata(void *ctx, const xmlChar *text, int length)
{
    (void)text;
    (void)length;
    give_up(ctx);
}

static void XMLCALL on_comment(void *ctx, const xmlChar *text)
{
    (void)text;
    give_up(ctx);
}

static void XMLCALL on_reference(void *ctx, const xmlChar *name)
{
    (void)name;
    give_up(ctx);
}

static xmlEntityPtr XMLCALL on_get_entity(void *ctx, const xmlChar *name)
{
    (void)name;
    give_up(ctx);
    return NULL;
}

static void XMLCALL on_internal_subset(void *ctx, const xmlChar *name, const xmlChar *external_id,
                                       const xmlChar *system_id)
{
    (void)name;
    (void)external_id;
    (void)system_id;
    give_up(ctx);
}

/* Any error or warning at all. */
static void XMLCALL on_error(void *ctx, xmlErrorPtr error)
{
    (void)error;
    give_up(ctx);
}

static void XMLCALL on_generic_error(void *ctx, const char *message, ...)
{
    (void)ctx;
    (void)message;
}

/* The made-up context: `begin` lands on line 2, column 1. */
static int create_parser(an_i_segment *s)
{
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.ignorableWhitespace = on_characters;
    sax.cdataBlock = on_cdata;
    sax.comment = on_comment;
    sax.processingInstruction = on_other;
    sax.internalSubset = on_internal_subset;
    sax.getEntity = on_get_entity;
    sax.getParameterEntity = on_get_entity;
    sax.reference = on_reference;
    sax.serror = on_error;
    const char *context = s->with_namespace ? "<graphml xmlns=\"" GRAPHML_NAMESPACE "\"><graph>\n"
                                            : "<graphml><graph>\n";
    s->ctxt = xmlCreatePushParserCtxt(&sax, s, context, 4, "segment");
    if (!s->ctxt)
        return -1;
    an_i_xml_reader_settings(s->ctxt);
    xmlDictPtr d = s->ctxt->dict;
    s->name_edge = xmlDictLookup(d, BAD_CAST "edge", -1);
    s->name_data = xmlDictLookup(d, BAD_CAST "data", -1);
    s->name_key = xmlDictLookup(d, BAD_CAST "key", -1);
    s->attribute_names[AN_I_SEGMENT_SOURCE] = xmlDictLookup(d, BAD_CAST "source", -1);
    s->attribute_names[AN_I_SEGMENT_TARGET] = xmlDictLookup(d, BAD_CAST "target", -1);
    s->attribute_names[AN_I_SEGMENT_ID] = xmlDictLookup(d, BAD_CAST "id", -1);
    s->attribute_names[AN_I_SEGMENT_DIRECTED] = xmlDictLookup(d, BAD_CAST "directed", -1);
    if (!s->name_edge || !s->name_data || !s->name_key || !s->attribute_names[0] ||
        !s->attribute_names[1] || !s->attribute_names[2] || !s->attribute_names[3])
        return -1;
    if (xmlParseChunk(s->ctxt, context + 4, (int)strlen(context + 4), 0) != 0 || s->failed)
        return -1;
    return 0;
}

/* Read [at, at + length) of the input: a pointer into the buffer, or into `chunk`. */
static const char *input_at(const an_i_segment *s, char *chunk, uint64_t at, size_t length)
{
    if (!s->data) {
        size_t done = 0;
        while (done < length) {
            ssize_t n = pread(s->fd, chunk + done, length - done, (off_t)(at + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return NULL; /* the file shrank, or cannot be read: the reader will say */
            done += (size_t)n;
        }
        return chunk;
    }
    return s->data + at;
}

long an_i_xml_pending_newlines(const xmlParserCtxt *ctxt)
{
    long newlines = 0;
    for (const xmlChar *p = ctxt->input->cur; p < ctxt->input->end; p++) {
        if (*p == '\n')
            newlines++;
        else if (*p != ' ' && *p != '\t')
            return -1;
    }
    return newlines;
}

/* After the last byte: libxml2 stands between two edges, with only blanks
 * (no carriage return) not yet parsed, whose newlines count too. */
static void check_end(an_i_segment *s)
{
    xmlParserCtxtPtr c = s->ctxt;
    long pending = -1;
    if (!s->failed && c->wellFormed && c->instate == XML_PARSER_CONTENT && c->inputNr == 1 &&
        c->nameNr == 2 && s->depth == 2 && c->input && c->input->cur)
        pending = an_i_xml_pending_newlines(c);
    if (pending < 0)
        give_up(s);
    else
        s->lines = c->input->line - 2 + pending;
}

static void *segment_main(void *arg)
{
    an_i_segment *s = arg;
    /* libxml2's handlers are per thread: keep this one quiet too */
    xmlSetGenericErrorFunc(NULL, on_generic_error);
    xmlSetStructuredErrorFunc(s, on_error);
    char *chunk = s->data ? NULL : malloc(SEGMENT_CHUNK);
    if ((!s->data && !chunk) || create_parser(s)) {
        give_up(s);
    } else {
        for (uint64_t at = s->begin; at < s->end && !s->failed;) {
            if (atomic_load_explicit(&s->stop, memory_order_relaxed)) {
                give_up(s);
                break;
            }
            size_t piece = s->end - at < SEGMENT_CHUNK ? (size_t)(s->end - at) : SEGMENT_CHUNK;
            const char *bytes = input_at(s, chunk, at, piece);
            if (!bytes || xmlParseChunk(s->ctxt, bytes, (int)piece, 0) != 0)
                give_up(s);
            at += piece;
        }
        check_end(s);
    }
    free(chunk);
    if (s->ctxt) {
        xmlFreeParserCtxt(s->ctxt); /* the events hold no pointer into it */
        s->ctxt = NULL;
    }
    free(s->text.data);
    s->text = (an_i_batch){ 0 };
    return NULL;
}

/* ---- boundaries ---------------------------------------------------------- */

/* The first offset p >= from, p > 0, where a line starts whose first non-blank
 * characters are `<edge` and a blank, '>' or '/'. UINT64_MAX if none within
 * BOUNDARY_WINDOW. */
static uint64_t edge_line_at(const an_i_segment *s, uint64_t size, uint64_t from, char *window)
{
    if (from == 0)
        from = 1;
    if (from >= size)
        return UINT64_MAX;
    uint64_t start = from - 1;
    size_t length = size - start < BOUNDARY_WINDOW ? (size_t)(size - start) : BOUNDARY_WINDOW;
    const char *w = input_at(s, window, start, length);
    if (!w)
        return UINT64_MAX;
    for (size_t i = 0; i + 1 < length; i++) {
        if (w[i] != '\n')
            continue;
        size_t j = i + 1;
        while (j < length && (w[j] == ' ' || w[j] == '\t'))
            j++;
        if (j + 6 <= length && memcmp(w + j, "<edge", 5) == 0 &&
            (w[j + 5] == ' ' || w[j + 5] == '\t' || w[j + 5] == '\n' || w[j + 5] == '>' || w[j + 5] == '/'))
            return start + i + 1;
    }
    return UINT64_MAX;
}

an_i_segment *an_i_segment_start(int fd, const char *data, uint64_t size, uint64_t not_before,
                                 const char *default_namespace, int64_t max_value_bytes)
{
    const an_i_segment_tuning *t = &an_i_graphml_segment_tuning;
    if (size < t->min_bytes || size < 64 || max_value_bytes < 8)
        return NULL;
    int with_namespace = default_namespace != NULL;
    if (with_namespace && strcmp(default_namespace, GRAPHML_NAMESPACE) != 0)
        return NULL;
    an_i_segment *s = calloc(1, sizeof *s);
    char *window = data ? NULL : malloc(BOUNDARY_WINDOW);
    if (!s || (!data && !window)) {
        free(s);
        free(window);
        return NULL;
    }
    s->fd = fd;
    s->data = data;
    s->with_namespace = with_namespace;
    s->text_limit = (size_t)(max_value_bytes / 8);
    atomic_init(&s->stop, 0);
    uint64_t begin_target = (uint64_t)((double)size * t->begin);
    uint64_t end_target = (uint64_t)((double)size * t->end);
    if (begin_target < not_before)
        begin_target = not_before;
    s->begin = edge_line_at(s, size, begin_target, window);
    s->end = s->begin == UINT64_MAX ? UINT64_MAX
           : edge_line_at(s, size, end_target > s->begin ? end_target : s->begin + 1, window);
    free(window);
    if (s->end == UINT64_MAX || pthread_create(&s->thread, NULL, segment_main, s) != 0) {
        free(s);
        return NULL;
    }
    s->running = 1;
    atomic_fetch_add(&an_i_graphml_segments_started, 1);
    return s;
}

uint64_t an_i_segment_begin(const an_i_segment *segment)
{
    return segment->begin;
}

uint64_t an_i_segment_end(const an_i_segment *segment)
{
    return segment->end;
}

int an_i_segment_join(an_i_segment *segment, int ask_to_stop)
{
    if (segment->running) {
        if (ask_to_stop)
            atomic_store_explicit(&segment->stop, 1, memory_order_relaxed);
        pthread_join(segment->thread, NULL);
        segment->running = 0;
    }
    return segment->failed ? -1 : 0;
}

long an_i_segment_lines(const an_i_segment *segment)
{
    return segment->lines;
}

/* ---- reading back (the reader's thread, after the join) ------------------ */

static uint64_t get_varint(an_i_segment *s)
{
    uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
        unsigned char b = (unsigned char)s->events.data[s->cursor++];
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
}

static const char *get_bytes(an_i_segment *s, size_t *length)
{
    *length = (size_t)get_varint(s);
    const char *bytes = s->events.data + s->cursor;
    s->cursor += *length;
    return bytes;
}

int an_i_segment_next(an_i_segment *s, an_i_segment_event *event)
{
    if (s->failed || s->cursor >= s->events.length)
        return 0;
    event->kind = (an_i_segment_kind)(unsigned char)s->events.data[s->cursor++];
    s->cursor_line += (long)get_varint(s);
    event->line = s->cursor_line;
    event->column = (long)get_varint(s);
    event->attribute_count = 0;
    event->text = NULL;
    event->text_length = 0;
    switch (event->kind) {
    case AN_I_SEGMENT_EDGE:
        event->attribute_count = (unsigned char)s->events.data[s->cursor++];
        for (int i = 0; i < event->attribute_count; i++) {
            event->names[i] = (unsigned char)s->events.data[s->cursor++];
            event->values[i] = get_bytes(s, &event->lengths[i]);
        }
        break;
    case AN_I_SEGMENT_DATA:
        event->attribute_count = 1;
        event->names[0] = AN_I_SEGMENT_KEY;
        event->values[0] = get_bytes(s, &event->lengths[0]);
        break;
    case AN_I_SEGMENT_END_DATA:
        event->text = get_bytes(s, &event->text_length);
        break;
    case AN_I_SEGMENT_END_EDGE:
        break;
    }
    return 1;
}

void an_i_segment_free(an_i_segment *segment)
{
    if (!segment)
        return;
    an_i_segment_join(segment, 1);
    free(segment->events.data);
    free(segment);
}
