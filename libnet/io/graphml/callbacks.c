/*
 * graphml/callbacks.c — the SAX2 callbacks of elements, text, CDATA,
 * comments and processing instructions: a small explicit state machine (top,
 * graphml, key, graph, node, edge, data, default, capture, skip) that hands
 * each element to the file of its concern.
 */
#include "reader.h"

#include <string.h>

void XMLCALL an_i_graphml_on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
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
        an_i_graphml_serialize_start(r, &r->capture, &e, 0);
        return;
    case STATE_SKIP:
        return;
    case STATE_DATA:
    case STATE_DEFAULT:
        if (!r->text_markup && an_i_graphml_text_becomes_markup(r))
            return;
        an_i_graphml_serialize_start(r, &r->text, &e, r->depth == r->special_depth + 1);
        return;
    default:
        break;
    }

    element_kind kind = an_i_graphml_classify(r, localname, prefix, uri);
    switch (r->state) {
    case STATE_TOP:
        an_i_graphml_start_root(r, kind, &e, uri);
        return;
    case STATE_GRAPHML:
        if (kind == KIND_KEY)
            an_i_graphml_start_key(r, &e);
        else if (kind == KIND_GRAPH)
            an_i_graphml_start_graph(r, &e);
        else
            an_i_graphml_begin_capture(r, CAPTURE_FRAGMENT, AN_I_PLACE_DOCUMENT, 0, &e);
        return;
    case STATE_KEY:
        if (kind == KIND_DEFAULT) {
            if (nb_attributes + nb_namespaces > 0 && !r->warned_default_attributes) {
                WARN(r, "attributes of <default> are not kept");
                r->warned_default_attributes = 1;
            }
            r->default_line = current_line(r);
            r->default_column = current_column(r);
            an_i_graphml_begin_text(r, STATE_DEFAULT);
        } else {
            an_i_graphml_begin_capture(r, CAPTURE_KEY_MARKUP, 0, 0, &e);
        }
        return;
    case STATE_GRAPH:
    case STATE_NODE:
    case STATE_EDGE: {
        int domain = r->state == STATE_GRAPH ? AN_DOMAIN_GRAPH
                   : r->state == STATE_NODE ? AN_DOMAIN_NODE : AN_DOMAIN_EDGE;
        int64_t row = domain == AN_DOMAIN_GRAPH ? 0 : r->row;
        if (domain == AN_DOMAIN_GRAPH && r->nest_depth > 0 && kind != KIND_NODE && kind != KIND_EDGE &&
            kind != KIND_GRAPH && kind != KIND_HYPEREDGE) {
            /* <desc>, <data> and foreign children of a nested graph: kept raw with its group node */
            an_i_graphml_begin_capture(r, CAPTURE_FRAGMENT, AN_I_PLACE_SUBGRAPH_CONTENT,
                                       r->nest[r->nest_depth - 1].parent, &e);
            return;
        }
        switch (kind) {
        case KIND_DATA:
            an_i_graphml_start_data(r, domain, row, &e);
            return;
        case KIND_NODE:
        case KIND_EDGE:
            if (r->state == STATE_GRAPH) {
                if (kind == KIND_NODE)
                    an_i_graphml_start_node(r, &e);
                else
                    an_i_graphml_start_edge(r, &e);
            } else {
                FAIL(r, AN_EFORMAT, "<%s> inside <%s> is not GraphML",
                     kind == KIND_NODE ? "node" : "edge", an_i_graphml_domain_names[domain]);
            }
            return;
        case KIND_GRAPH:
            if (r->state == STATE_NODE)
                an_i_graphml_start_nested_graph(r, &e); /* a group: flattened (nesting.c) */
            else
                FAIL(r, AN_EUNSUPPORTED, "a <graph> inside a <%s> is not supported (graphs nested in "
                     "nodes are read)", an_i_graphml_domain_names[domain]);
            return;
        case KIND_HYPEREDGE:
            FAIL(r, AN_EUNSUPPORTED, "hyperedges are not supported (<hyperedge>)");
            return;
        default:
            /* <desc>, <port>, <locator>, foreign and unknown elements: kept raw */
            an_i_graphml_begin_capture(r, CAPTURE_FRAGMENT, domain, row, &e);
            return;
        }
    }
    default:
        return;
    }
}

void XMLCALL an_i_graphml_on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                                 const xmlChar *uri)
{
    reader *r = ctx;
    (void)uri;
    if (r->status)
        return;
    switch (r->state) {
    case STATE_CAPTURE:
        an_i_graphml_serialize_end(r, &r->capture, localname, prefix);
        if (r->depth == r->special_depth)
            an_i_graphml_finish_capture(r);
        break;
    case STATE_SKIP:
        if (r->depth == r->special_depth)
            r->state = r->parent_state;
        break;
    case STATE_DATA:
        if (r->depth == r->special_depth)
            an_i_graphml_finish_data(r);
        else
            an_i_graphml_serialize_end(r, &r->text, localname, prefix);
        break;
    case STATE_DEFAULT:
        if (r->depth == r->special_depth)
            an_i_graphml_finish_default(r);
        else
            an_i_graphml_serialize_end(r, &r->text, localname, prefix);
        break;
    case STATE_KEY:
        an_i_graphml_finish_key(r);
        break;
    case STATE_NODE:
    case STATE_EDGE:
        r->state = STATE_GRAPH;
        r->row = 0;
        break;
    case STATE_GRAPH:
        if (r->nest_depth > 0)
            an_i_graphml_finish_nested_graph(r);
        else
            an_i_graphml_finish_graph(r);
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

void XMLCALL an_i_graphml_on_characters(void *ctx, const xmlChar *text, int length)
{
    reader *r = ctx;
    switch (r->state) {
    case STATE_DATA:
    case STATE_DEFAULT:
        if (r->status)
            return;
        if (r->text_markup) {
            an_i_graphml_append_escaped(r, &r->text, (const char *)text, (size_t)length, 0);
            r->last_open_buffer = NULL;
        } else {
            buffer_append(r, &r->text, text, (size_t)length);
        }
        return;
    case STATE_CAPTURE:
        if (r->status)
            return;
        an_i_graphml_append_escaped(r, &r->capture, (const char *)text, (size_t)length, 0);
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

void XMLCALL an_i_graphml_on_cdata(void *ctx, const xmlChar *text, int length)
{
    reader *r = ctx;
    text_buffer *b = markup_buffer(r);
    if (!b) {
        if (r->state == STATE_DATA || r->state == STATE_DEFAULT)
            an_i_graphml_on_characters(ctx, text, length); /* plain text value */
        return;
    }
    if (buffer_puts(r, b, "<![CDATA[") || buffer_append(r, b, text, (size_t)length))
        return;
    buffer_puts(r, b, "]]>");
    r->last_open_buffer = NULL;
}

void XMLCALL an_i_graphml_on_comment(void *ctx, const xmlChar *text)
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

void XMLCALL an_i_graphml_on_processing_instruction(void *ctx, const xmlChar *target, const xmlChar *data)
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
