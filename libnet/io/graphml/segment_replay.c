/*
 * graphml/segment_replay.c — the reader's side of the segment (segment.h).
 *
 * For a big input, when the <graph> being read starts, a second thread
 * starts parsing a stretch of edges in the middle of the input ahead of us
 * (an_i_graphml_start_segment). Reads stop at the segment's first byte;
 * there an_i_graphml_take_segment checks that the parser stands where the
 * segment's made-up context said, replays the segment's events through the
 * SAX callbacks (callbacks.c, with their recorded positions) and has the
 * caller go on at the segment's end. Anything else, and we parse the
 * segment's bytes ourselves.
 */
#include "reader.h"
#include "parallel_for.h"

#include <limits.h>
#include <string.h>

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
void an_i_graphml_start_segment(reader *r)
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
            an_i_graphml_on_start(r, r->names.edge, NULL, uri, 0, NULL, event.attribute_count, 0, attributes);
            break;
        case AN_I_SEGMENT_DATA:
            an_i_graphml_on_start(r, r->names.data, NULL, uri, 0, NULL, event.attribute_count, 0, attributes);
            break;
        case AN_I_SEGMENT_END_DATA:
            if (event.text_length)
                an_i_graphml_on_characters(r, (const xmlChar *)event.text, (int)event.text_length);
            an_i_graphml_on_end(r, r->names.data, NULL, uri);
            break;
        case AN_I_SEGMENT_END_EDGE:
            an_i_graphml_on_end(r, r->names.edge, NULL, uri);
            break;
        }
    }
    r->replaying = 0;
}

/* At the segment's first byte (all before it fed). Returns where to go on
 * reading: the segment's end when its events were taken, else its start. */
uint64_t an_i_graphml_take_segment(reader *r)
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
