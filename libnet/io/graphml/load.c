/*
 * graphml/load.c — the GraphML reader's entry points: options checked, the
 * input fed to libxml2's SAX2 push parser, the result handed out whole or
 * not at all (the contract is in include/actornet/graphml.h; README.md in
 * this folder is the map).
 *
 * Shape. Input goes to xmlParseChunk in 256 KiB pieces (files through
 * read(2); buffers are fed in place). For a big input, a stretch of edges in
 * the middle is parsed ahead on a second thread and replayed here
 * (segment_replay.c, segment.h). The start/end callbacks (callbacks.c)
 * switch on a state (top, graphml, key, graph, node, edge, data, default,
 * capture, skip); element names are compared by pointer with names interned
 * once in the parser's dictionary. Node and edge ids are copied into the
 * network's string arena (they are unique; the node index holds node ids);
 * string values are interned, behind a small cache for repeated values; edge
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
 *    Entities: entities.c.
 *  - Limits from an_graphml_read_options: element depth (max_depth), bytes of
 *    one attribute value, text value or kept markup fragment
 *    (max_value_bytes), number of <key> declarations (max_keys): AN_ELIMIT.
 *    libxml2's built-in limits (names, attribute values over 10 MB without
 *    HUGE) are AN_ELIMIT too.
 *  - Invalid option values are AN_EINVAL, a version other than 1 or 2 of
 *    the options AN_EMISUSE.
 */
#include "reader.h"
#include "error_internal.h"
#include "reader_frame.h"

#include <libxml/globals.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK_BYTES (256 * 1024)

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
    an_i_batch_worker_stop(r->worker); /* normally stopped by an_i_graphml_values_finish */
    free(r->inline_batch.data);
    an_i_graphml_buffer_free(&r->value_swap);
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
    free(r->nest);
    free(r->parent_of);
    free(r->groups);
    free(r->pending_edges);
    free(r->pending_values);
    free(r->intern_cache);
    an_i_arena_free(&r->pending_arena);
    an_i_graphml_buffer_free(&r->text);
    an_i_graphml_buffer_free(&r->pending_key);
    an_i_graphml_buffer_free(&r->capture);
    an_i_graphml_buffer_free(&r->key_markup);
    an_i_graphml_buffer_free(&r->attrs);
    an_i_graphml_buffer_free(&r->swap);
    for (int i = 0; i < SCRATCH_SLOTS; i++)
        an_i_graphml_buffer_free(&r->scratch[i]);
}

static int create_parser(reader *r, const char *head, size_t length)
{
    xmlSAXHandler sax; /* copied by libxml2 into the context */
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = an_i_graphml_on_start;
    sax.endElementNs = an_i_graphml_on_end;
    sax.characters = an_i_graphml_on_characters;
    sax.ignorableWhitespace = an_i_graphml_on_characters;
    sax.cdataBlock = an_i_graphml_on_cdata;
    sax.comment = an_i_graphml_on_comment;
    sax.processingInstruction = an_i_graphml_on_processing_instruction;
    sax.internalSubset = an_i_graphml_on_internal_subset;
    sax.entityDecl = an_i_graphml_on_entity_decl;
    sax.getEntity = an_i_graphml_on_get_entity;
    sax.getParameterEntity = an_i_graphml_on_get_parameter_entity;
    sax.reference = an_i_graphml_on_reference;
    sax.serror = an_i_graphml_on_structured_error;
    /* externalSubset and resolveEntity stay NULL: nothing is ever loaded */
    r->ctxt = xmlCreatePushParserCtxt(&sax, r, head, (int)length, r->file);
    if (!r->ctxt)
        return an_i_graphml_fail_nomem(r);
    an_i_xml_reader_settings(r->ctxt);
    an_i_graphml_setup_names(r);
    r->bytes_fed += length;
    return 0;
}

/* Whether the input so far holds anything but XML white space (an empty or
 * blank file is named as such, not as libxml2's "Extra content at the end"). */
static void note_content(reader *r, const char *data, size_t length)
{
    for (size_t i = 0; i < length && !r->saw_content; i++)
        r->saw_content = !(data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r');
}

/* Feed bytes to the parser (creating it on the first call); `terminate` on the last. */
static int feed(reader *r, const char *data, size_t length, int terminate)
{
    if (!r->saw_content)
        note_content(r, data, length);
    if (terminate && !r->saw_content)
        return an_i_graphml_fail_at(r, AN_EPARSE, 0, 0, r->bytes_fed || length ? "the file holds only white space, "
                                    "no GraphML" : "the file is empty");
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
        an_i_graphml_fail_nomem(r);
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
                an_i_graphml_fail_at(r, AN_EIO, 0, 0, "cannot read: %s", strerror(errno));
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
            an_i_graphml_fail_at(r, AN_ECANCELED, 0, 0, "loading cancelled by the progress handler");
            break;
        }
        if (r->segment && at == an_i_segment_begin(r->segment)) {
            uint64_t resume = an_i_graphml_take_segment(r);
            if (r->status)
                break;
            if (resume != at && fd >= 0 && lseek(fd, (off_t)resume, SEEK_SET) < 0) {
                an_i_graphml_fail_at(r, AN_EIO, 0, 0, "cannot seek: %s", strerror(errno));
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
        return an_i_graphml_fail_at(r, AN_EFORMAT, r->end_line, r->end_column,
                                    "no <graph> element in the document");
    if (r->options.graph_index >= r->graph_count)
        return an_i_graphml_fail_at(r, AN_ERANGE, r->end_line, r->end_column,
                                    "graph_index is %d, but the document has %d <graph> element%s",
                                    r->options.graph_index, r->graph_count, r->graph_count == 1 ? "" : "s");
    an_i_graphml_resolve_pending_values(r);
    an_i_graphml_finish_nesting(r);
    int64_t suppressed = r->warnings_suppressed + r->warnings_suppressed_parsing;
    if (!r->status && suppressed) {
        r->warnings_recorded = 0; /* room for the summary */
        r->warnings_full = 0;
        an_i_graphml_warn_at(r, r->end_line, r->end_column, "%lld more warnings were not recorded",
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
    if (options->version != AN_GRAPHML_READ_OPTIONS_VERSION && options->version != 1)
        return an_i_error(AN_EMISUSE, "an_graphml_read_options has version %u, expected %u "
                          "(initialise it with AN_GRAPHML_READ_OPTIONS_INIT)",
                          options->version, (unsigned)AN_GRAPHML_READ_OPTIONS_VERSION);
    if (options->graph_index < 0 || options->max_depth <= 0 || options->max_value_bytes <= 0 ||
        options->max_keys < 0)
        return an_i_error(AN_EINVAL, "an_graphml_read_options: graph_index and max_keys must not be "
                          "negative, max_depth and max_value_bytes must be positive");
    /* version 1 ends before `strict`: read only its fields */
    *out = defaults;
    out->graph_index = options->graph_index;
    out->max_depth = options->max_depth;
    out->max_value_bytes = options->max_value_bytes;
    out->max_keys = options->max_keys;
    if (options->version >= 2)
        out->strict = options->strict;
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
    xmlSetGenericErrorFunc(&r, an_i_graphml_on_generic_error);
    xmlSetStructuredErrorFunc(&r, an_i_graphml_on_structured_error);

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
    an_i_graphml_values_finish(&r);
    finish(&r);
    an_i_progress_end(&progress, r.status ? AN_ERROR : AN_OK); /* r.status says how it ended */

    xmlSetGenericErrorFunc(saved_generic_context, saved_generic);
    xmlSetStructuredErrorFunc(saved_structured_context, saved_structured);

    int status = r.status;
    an_network *network = r.network;
    r.network = NULL;
    reader_free(&r);
    return an_i_reader_hand_over(out, network, status, name);
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
    int fd = -1;
    if ((rc = an_i_reader_open(path, &fd)) != AN_OK)
        return rc;
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
