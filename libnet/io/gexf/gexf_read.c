/*
 * gexf_read.c — the GEXF reader's entry points (an_gexf_read, an_gexf_read_buffer): the
 * options checked, one reader set up, the input fed to libxml2's SAX2 push parser in
 * 256 KiB pieces (gexf_callbacks.c builds the an_network as it goes), the end of the
 * document checked, and the network handed out only when nothing failed. README.md beside
 * this file follows a byte through the other files; the mapping is documented in
 * include/actornet/gexf.h.
 *
 * Hostile input: XML_PARSE_NONET, no entity substitution, no DTD loading, no
 * HUGE; a <!DOCTYPE> is refused before its internal subset is read (no
 * entity can be declared, so none can be expanded: every reference other
 * than the five predefined ones and character references is an undefined
 * entity, AN_EPARSE). Element depth and value size are bounded by the
 * options (AN_ELIMIT). libxml2 never prints: its errors come to a
 * structured handler and become AN_EPARSE with its line and column.
 */
#include "gexf_internal.h"
#include "error_internal.h"
#include "reader_frame.h"

#include <errno.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK_BYTES (256 * 1024)

static int feed(an_i_gexf_reader *r, const char *data, size_t length, int terminate)
{
    if (!r->ctxt) {
        xmlSAXHandler sax;
        an_i_gexf_sax_handler(&sax);
        size_t head = length < 4 ? length : 4;
        r->ctxt = xmlCreatePushParserCtxt(&sax, r, data, (int)head, r->file);
        if (!r->ctxt)
            return an_i_gexf_fail_nomem(r);
        xmlCtxtUseOptions(r->ctxt, XML_PARSE_NONET);
        r->ctxt->replaceEntities = 0;
        r->ctxt->loadsubset = 0;
        r->ctxt->validate = 0;
        data += head;
        length -= head;
    }
    for (;;) {
        size_t piece = length < CHUNK_BYTES ? length : CHUNK_BYTES;
        int last = terminate && piece == length;
        if (piece == 0 && !last)
            return 0;
        int rc = xmlParseChunk(r->ctxt, data, (int)piece, last);
        data += piece;
        length -= piece;
        if (r->status)
            return r->status;
        if (rc != 0 || (last && !r->ctxt->wellFormed))
            return an_i_gexf_fail(r, AN_EPARSE, "malformed XML (libxml2 error %d)", rc);
        if (last)
            return 0;
    }
}

static void read_input(an_i_gexf_reader *r, int fd, const char *data, size_t size)
{
    if (fd < 0) {
        feed(r, data, size, 1);
        return;
    }
    char *chunk = malloc(CHUNK_BYTES);
    if (!chunk) {
        an_i_gexf_fail_nomem(r);
        return;
    }
    for (;;) {
        ssize_t got = read(fd, chunk, CHUNK_BYTES);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            an_i_gexf_fail_at(r, AN_EIO, 0, 0, "cannot read: %s", strerror(errno));
            break;
        }
        if (feed(r, chunk, (size_t)got, got == 0) || got == 0)
            break;
    }
    free(chunk);
}

static void finish(an_i_gexf_reader *r)
{
    if (r->status)
        return;
    long line = an_i_gexf_line(r), column = an_i_gexf_column(r);
    if (!r->seen_root)
        an_i_gexf_fail_at(r, AN_EPARSE, line, column, "not a GEXF document: no <gexf> element");
    else if (!r->seen_graph)
        an_i_gexf_fail_at(r, AN_EFORMAT, line, column, "no <graph> element in the document");
    an_i_gexf_report_undeclared_nodes(r);
    if (r->warned_open && !r->status)
        an_i_gexf_warn_at(r, line, column, "%d open interval bound%s (startopen/endopen) read as closed",
                          r->warned_open, r->warned_open == 1 ? "" : "s");
}

static void reader_free(an_i_gexf_reader *r)
{
    if (r->ctxt) {
        if (r->ctxt->myDoc)
            xmlFreeDoc(r->ctxt->myDoc);
        xmlFreeParserCtxt(r->ctxt);
    }
    while (r->owner_count)
        an_i_gexf_owner_free(&r->owners[--r->owner_count]);
    free(r->owners);
    free(r->parents);
    free(r->kinds);
    free(r->implicit_mark);
    free(r->implicit);
    an_i_strbuf_free(&r->text);
    free(r->root_uri);
    for (int i = 0; i < AN_I_GEXF_SCRATCH; i++)
        an_i_strbuf_free(&r->scratch[i]);
    an_i_gexf_attributes_free(r);
}

static int check_options(const an_gexf_read_options *options, an_gexf_read_options *out)
{
    static const an_gexf_read_options defaults = AN_GEXF_READ_OPTIONS_INIT;
    if (!options) {
        *out = defaults;
        return AN_OK;
    }
    if (options->version != AN_GEXF_READ_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_gexf_read_options has version %u, expected %u (initialise it "
                          "with AN_GEXF_READ_OPTIONS_INIT)", options->version,
                          (unsigned)AN_GEXF_READ_OPTIONS_VERSION);
    if (options->max_depth <= 0 || options->max_value_bytes <= 0)
        return an_i_error(AN_EINVAL, "an_gexf_read_options: max_depth and max_value_bytes must be positive");
    *out = *options;
    return AN_OK;
}

static int load(an_network **out, const char *name, int fd, const char *data, size_t size,
                const an_gexf_read_options *options)
{
    xmlInitParser();
    an_i_gexf_reader r;
    memset(&r, 0, sizeof r);
    r.file = name;
    r.options = *options;
    r.attributes_domain = -1;
    r.current_attribute = -1;
    for (int d = 0; d < 3; d++)
        for (int k = 0; k < AN_I_GEXF_RESERVED_COUNT; k++)
            r.reserved[d][k] = -1;
    if (an_network_new(&r.network, 0) != AN_OK)
        return an_i_error(AN_ENOMEM, "out of memory");

    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_context = xmlGenericErrorContext;
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_context = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(&r, an_i_gexf_on_generic_error);
    xmlSetStructuredErrorFunc(&r, an_i_gexf_on_structured_error);
    read_input(&r, fd, data, size);
    finish(&r);
    xmlSetGenericErrorFunc(saved_generic_context, saved_generic);
    xmlSetStructuredErrorFunc(saved_structured_context, saved_structured);

    int status = r.status;
    an_network *network = r.network;
    reader_free(&r);
    return an_i_reader_hand_over(out, network, status, name);
}

int an_gexf_read(an_network **out, const char *path, const an_gexf_read_options *options)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!path)
        return AN_I_MISUSE("path is NULL");
    an_gexf_read_options checked;
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

int an_gexf_read_buffer(an_network **out, const char *data, size_t size, const char *name,
                        const an_gexf_read_options *options)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!data && size)
        return AN_I_MISUSE("data is NULL");
    an_gexf_read_options checked;
    int rc = check_options(options, &checked);
    if (rc != AN_OK)
        return rc;
    return load(out, name ? name : "<buffer>", -1, data ? data : "", size, &checked);
}
