/*
 * gexf_xml_attributes.c — the XML attribute values of the element being started, as libxml2's
 * SAX2 start callback hands them: found by local name, bounded by max_value_bytes, the one
 * reference libxml2 leaves in them decoded ("&#38;"), and the element's time (start/end,
 * startopen/endopen, timestamp).
 */
#include "gexf_internal.h"

#include <string.h>

/* Find attribute `name` (local name, no namespace or any) of a SAX2 attribute array;
 * return its value NUL-terminated and decoded in scratch slot `slot`, or NULL. */
const char *an_i_gexf_xml_attribute(an_i_gexf_reader *r, int count, const xmlChar **attributes,
                                    const char *name, int slot)
{
    for (int i = 0; i < count; i++) {
        const xmlChar **a = attributes + 5 * i;
        if (strcmp((const char *)a[0], name) != 0)
            continue;
        const char *value = (const char *)a[3];
        size_t length = (size_t)(a[4] - a[3]);
        if ((int64_t)length > r->options.max_value_bytes) {
            an_i_gexf_fail(r, AN_ELIMIT, "the value of '%s' is %zu bytes, above max_value_bytes (%lld)",
                           name, length, (long long)r->options.max_value_bytes);
            return NULL;
        }
        an_i_strbuf *out = &r->scratch[slot];
        out->length = 0;
        if (out->data)
            out->data[0] = '\0';
        /* libxml2 without entity substitution passes an escaped '&' as "&#38;";
         * no other reference can remain (no entity is ever declared) */
        for (size_t k = 0; k < length;) {
            const char *amp = memchr(value + k, '&', length - k);
            size_t run = amp ? (size_t)(amp - (value + k)) : length - k;
            an_i_strbuf_append(out, value + k, run);
            k += run;
            if (!amp)
                break;
            if (length - k >= 5 && memcmp(value + k, "&#38;", 5) == 0) {
                an_i_strbuf_append(out, "&", 1);
                k += 5;
            } else {
                an_i_gexf_fail(r, AN_EPARSE, "malformed XML: undefined entity in the value of '%s'", name);
                return NULL;
            }
        }
        if (!out->data)
            an_i_strbuf_append(out, "", 0);
        if (out->failed) {
            an_i_gexf_fail_nomem(r);
            return NULL;
        }
        return out->data;
    }
    return NULL;
}

/* An element's time: start/end (startopen/endopen read as closed, counted for one
 * warning), or a timestamp t as [t, t]; decoded into scratch slots 2 to 4. */
void an_i_gexf_time_bounds(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes,
                           const char **start, const char **end)
{
    const char *timestamp = AN_I_GEXF_ATTR("timestamp", 4);
    *start = AN_I_GEXF_ATTR("start", 2);
    *end = AN_I_GEXF_ATTR("end", 3);
    if (!*start && (*start = AN_I_GEXF_ATTR("startopen", 2)))
        r->warned_open++;
    if (!*end && (*end = AN_I_GEXF_ATTR("endopen", 3)))
        r->warned_open++;
    if (timestamp)
        *start = *end = timestamp;
}
