/*
 * graphml/segment.h — a middle stretch of a big GraphML document's edges,
 * parsed ahead on a second thread (private; not installed).
 *
 * The reader (the other files of this folder) parses a document from its start on its own
 * thread. For a big input it first starts a segment: a second thread and a
 * second libxml2 push parser that parse the bytes [begin, end) behind a
 * made-up context, `<graphml xmlns="..."><graph>` and a newline, and record
 * what they meet as events (start of an <edge> with its raw attribute values,
 * start of a <data> with its key, the text of the <data>, the ends), each
 * with libxml2's line and column. When the reader's own parser reaches
 * `begin`, the reader checks that it stands where the made-up context said
 * (between two children of the <graph> being read, same default namespace,
 * no DTD, UTF-8 read as is), joins the thread, replays the events through its
 * ordinary SAX handlers and goes on at `end`. The result is byte for byte
 * that of one parser (tests/graphml_read/test_segment.c).
 *
 * Where the split is safe. `begin` and `end` are line starts whose line opens
 * with blanks and `<edge`, found near fractions of the input's size. The
 * segment gives up (and the reader parses those bytes itself) on anything but
 * edges with the attributes id, source, target and directed holding <data>
 * with a key attribute and text: a comment, CDATA, a processing instruction,
 * an entity reference other than the five predefined ones and character
 * references, a prefix or namespace declaration, any other element or
 * attribute, markup inside <data>, text longer than an eighth of
 * max_value_bytes, any libxml2 error or warning, a carriage return in the
 * blanks at either end, or a `</graph>`. Giving up is always safe: the
 * reader then reads the segment's bytes as if there had been no segment.
 *
 * Threads. The segment's thread owns everything in the segment until
 * an_i_segment_join returns; after that only the reader's thread touches it.
 */
#ifndef AN_GRAPHML_SEGMENT_H
#define AN_GRAPHML_SEGMENT_H

#include "reader_frame.h"

#include <libxml/parser.h>

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

typedef struct an_i_segment an_i_segment;

/* When and where to split. Tests change these (single-threaded, between loads). */
typedef struct an_i_segment_tuning {
    uint64_t min_bytes;     /* inputs smaller than this are never split */
    double begin, end;      /* fractions of the input's size where the search for
                               `begin` and `end` starts */
} an_i_segment_tuning;

extern an_i_segment_tuning an_i_graphml_segment_tuning;

/* For tests: segments started, and segments whose events a load replayed. */
extern atomic_long an_i_graphml_segments_started;
extern atomic_long an_i_graphml_segments_taken;

/* The attribute an event value belongs to. */
enum {
    AN_I_SEGMENT_SOURCE,
    AN_I_SEGMENT_TARGET,
    AN_I_SEGMENT_ID,
    AN_I_SEGMENT_DIRECTED,
    AN_I_SEGMENT_KEY
};

typedef enum an_i_segment_kind {
    AN_I_SEGMENT_EDGE,      /* <edge ...>: attributes */
    AN_I_SEGMENT_DATA,      /* <data key="...">: one attribute, the key */
    AN_I_SEGMENT_END_DATA,  /* </data>: the text between (text, text_length) */
    AN_I_SEGMENT_END_EDGE   /* </edge> */
} an_i_segment_kind;

/* One recorded SAX event. Pointers stay valid until the segment is freed. */
typedef struct an_i_segment_event {
    an_i_segment_kind kind;
    long line;                  /* lines after the one `begin` starts (0: that line) */
    long column;                /* libxml2's column */
    int attribute_count;        /* EDGE: 0..4; DATA: 1 */
    int names[4];               /* AN_I_SEGMENT_SOURCE .. AN_I_SEGMENT_KEY */
    const char *values[4];      /* raw values as libxml2 gave them (not NUL-terminated) */
    size_t lengths[4];
    const char *text;           /* END_DATA */
    size_t text_length;
} an_i_segment_event;

/*
 * Start a segment of the input: the file `fd` (read with pread, so the
 * caller may go on reading it with read) or the buffer `data`, of `size`
 * bytes. `not_before` is how far the caller has read: `begin` comes after it.
 * `default_namespace` is the default namespace in scope inside the <graph>
 * (NULL for none); `max_value_bytes` the reader's limit.
 * Returns NULL (and no thread runs) when the input is below
 * an_i_graphml_segment_tuning.min_bytes, when no boundaries are found, when
 * the namespace cannot be written as is, or when a thread cannot start.
 * O(1) besides reading up to 2 MiB to find the boundaries.
 */
an_i_segment *an_i_segment_start(int fd, const char *data, uint64_t size, uint64_t not_before,
                                 const char *default_namespace, int64_t max_value_bytes);

/* The segment's first byte (a line start) and the byte after its last (a line start). */
uint64_t an_i_segment_begin(const an_i_segment *segment);
uint64_t an_i_segment_end(const an_i_segment *segment);

/*
 * Wait for the segment's thread. Returns 0 when the whole segment was parsed
 * and recorded, -1 when it gave up. Call once; `ask_to_stop` makes the thread
 * give up at its next chunk (use it when the events will not be wanted).
 */
int an_i_segment_join(an_i_segment *segment, int ask_to_stop);

/* After a successful join: the newlines in [begin, end), as libxml2 counts them. */
long an_i_segment_lines(const an_i_segment *segment);

/* After a successful join: the next event into *event; 0 at the end. O(1). */
int an_i_segment_next(an_i_segment *segment, an_i_segment_event *event);

/* Stop (if still running) and free. NULL is allowed. */
void an_i_segment_free(an_i_segment *segment);

/*
 * The reader's parser settings, for both of its parsers: no network, entities
 * not substituted (the reader expands them under its budget), no external
 * subset, no validation.
 */
void an_i_xml_reader_settings(xmlParserCtxtPtr ctxt);

/*
 * The newlines in what a push parser has been given but not parsed yet, when
 * that is only blanks (space, tab, newline); -1 when anything else is there
 * (a carriage return too: counting it would need libxml2's rules). O(bytes).
 */
long an_i_xml_pending_newlines(const xmlParserCtxt *ctxt);

#endif
