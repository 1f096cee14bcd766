/*
 * graphml/attribute_values.c — attribute values as the document means them:
 * the character references, predefined entities and internal entities that
 * libxml2 leaves in attribute values (the reader does not have it
 * substitute entities) resolved.
 */
#include "reader.h"

#include <libxml/parserInternals.h>

#include <string.h>

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
int an_i_graphml_decode_attribute(reader *r, const char *value, size_t length, text_buffer *out,
                                  const char **decoded, size_t *decoded_length)
{
    out->length = 0;
    if (out->capacity <= length && an_i_graphml_buffer_grow(r, out, length))
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
int an_i_graphml_attribute_value(reader *r, const xmlChar **attributes, int i, int slot,
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
    return an_i_graphml_decode_attribute(r, v, n, &r->scratch[slot], value, length);
}
