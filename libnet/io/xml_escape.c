/*
 * xml_escape.c — table-driven XML escaping with XML 1.0 character checks,
 * and a small reader for raw attribute lists.
 */
#include "xml_escape.h"

#include "actornet/common.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Byte classes. */
enum {
    C_PLAIN = 0,    /* copied as is */
    C_AMP,          /* & */
    C_LT,           /* < */
    C_GT,           /* > */
    C_QUOT,         /* " : escaped in attributes */
    C_TAB,          /* escaped in attributes */
    C_LF,           /* escaped in attributes */
    C_CR,           /* always escaped */
    C_BAD,          /* control character XML 1.0 cannot hold, or a byte never valid in UTF-8 */
    C_LEAD2,        /* C2..DF */
    C_LEAD3,        /* E0..EF */
    C_LEAD4         /* F0..F4 */
};

#define PL C_PLAIN
#define AM C_AMP
#define LT C_LT
#define GT C_GT
#define QU C_QUOT
#define TB C_TAB
#define LF C_LF
#define CR C_CR
#define XX C_BAD
#define U2 C_LEAD2
#define U3 C_LEAD3
#define U4 C_LEAD4
static const unsigned char byte_class[256] = {
    XX, XX, XX, XX, XX, XX, XX, XX, XX, TB, LF, XX, XX, CR, XX, XX, /* 00 */
    XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, /* 10 */
    PL, PL, QU, PL, PL, PL, AM, PL, PL, PL, PL, PL, PL, PL, PL, PL, /* 20 */
    PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, LT, PL, GT, PL, /* 30 */
    PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, /* 40 */
    PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, /* 50 */
    PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, /* 60 */
    PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, PL, /* 70 */
    XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, /* 80 */
    XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, /* 90 */
    XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, /* A0 */
    XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, /* B0 */
    XX, XX, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, /* C0 */
    U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, U2, /* D0 */
    U3, U3, U3, U3, U3, U3, U3, U3, U3, U3, U3, U3, U3, U3, U3, U3, /* E0 */
    U4, U4, U4, U4, U4, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, XX, /* F0 */
};
#undef PL
#undef AM
#undef LT
#undef GT
#undef QU
#undef TB
#undef LF
#undef CR
#undef XX
#undef U2
#undef U3
#undef U4

/* Length of a valid UTF-8 sequence XML may hold starting at p (class given), or 0. */
static size_t valid_sequence(const unsigned char *p, const unsigned char *end, unsigned char cls)
{
    size_t need = cls == C_LEAD2 ? 2 : cls == C_LEAD3 ? 3 : 4;
    if ((size_t)(end - p) < need)
        return 0;
    for (size_t i = 1; i < need; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (need == 3) {
        if (p[0] == 0xE0 && p[1] < 0xA0)
            return 0; /* overlong */
        if (p[0] == 0xED && p[1] >= 0xA0)
            return 0; /* surrogate */
        if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
            return 0; /* U+FFFE, U+FFFF: not XML characters */
    } else if (need == 4) {
        if (p[0] == 0xF0 && p[1] < 0x90)
            return 0; /* overlong */
        if (p[0] == 0xF4 && p[1] >= 0x90)
            return 0; /* beyond U+10FFFF */
    }
    return need;
}

/*
 * The escaper. `terminated`: `text` ends at its NUL and `length` is ignored
 * (saves a strlen pass); a NUL is class C_BAD, and valid_sequence() stops
 * at it because it is not a continuation byte, so nothing past it is read.
 */
static inline int escape(an_i_sink *sink, const char *text, size_t length, int attribute,
                         size_t *bad_offset, int terminated)
{
    const unsigned char *p = (const unsigned char *)text, *end = terminated ? NULL : p + length;
    const unsigned char *run = p; /* start of bytes not yet written */
    while (terminated || p < end) {
        unsigned char cls = byte_class[*p];
        if (cls == C_PLAIN) {
            p++;
            continue;
        }
        if (terminated && *p == 0)
            break;
        if (cls >= C_LEAD2) {
            size_t n = valid_sequence(p, terminated ? p + 4 : end, cls);
            if (n == 0)
                goto bad;
            p += n;
            continue;
        }
        const char *replacement;
        size_t replacement_length;
        switch (cls) {
        case C_AMP: replacement = "&amp;"; replacement_length = 5; break;
        case C_LT: replacement = "&lt;"; replacement_length = 4; break;
        case C_GT: replacement = "&gt;"; replacement_length = 4; break;
        case C_CR: replacement = "&#13;"; replacement_length = 5; break;
        case C_QUOT:
            if (!attribute) {
                p++;
                continue;
            }
            replacement = "&quot;";
            replacement_length = 6;
            break;
        case C_TAB:
            if (!attribute) {
                p++;
                continue;
            }
            replacement = "&#9;";
            replacement_length = 4;
            break;
        case C_LF:
            if (!attribute) {
                p++;
                continue;
            }
            replacement = "&#10;";
            replacement_length = 5;
            break;
        default:
            goto bad;
        }
        if (p > run)
            an_i_sink_write(sink, run, (size_t)(p - run));
        an_i_sink_write(sink, replacement, replacement_length);
        p++;
        run = p;
    }
    if (p > run)
        an_i_sink_write(sink, run, (size_t)(p - run));
    return AN_OK;

bad:
    if (bad_offset)
        *bad_offset = (size_t)(p - (const unsigned char *)text);
    return AN_EINVAL;
}

int an_i_xml_write_escaped(an_i_sink *sink, const char *text, size_t length, int attribute,
                           size_t *bad_offset)
{
    return escape(sink, text, length, attribute, bad_offset, 0);
}

int an_i_xml_write_escaped_string(an_i_sink *sink, const char *text, int attribute, size_t *bad_offset)
{
    return escape(sink, text, 0, attribute, bad_offset, 1);
}

size_t an_i_utf8_sequence_length(const unsigned char *p, const unsigned char *end)
{
    if (p >= end)
        return 0;
    if (*p < 0x80)
        return 1;
    unsigned char cls = byte_class[*p];
    if (cls < C_LEAD2)
        return 0;
    /* valid_sequence() also refuses U+FFFE/U+FFFF, which are valid UTF-8. */
    if (cls == C_LEAD3 && end - p >= 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return 3;
    return valid_sequence(p, end, cls);
}

int an_i_xml_check(const char *text, size_t length, size_t *bad_offset)
{
    const unsigned char *p = (const unsigned char *)text, *end = p + length;
    while (p < end) {
        unsigned char cls = byte_class[*p];
        if (cls == C_BAD || (cls >= C_LEAD2 && valid_sequence(p, end, cls) == 0)) {
            if (bad_offset)
                *bad_offset = (size_t)(p - (const unsigned char *)text);
            return AN_EINVAL;
        }
        p += cls >= C_LEAD2 ? valid_sequence(p, end, cls) : 1;
    }
    return AN_OK;
}

void an_i_xml_describe_bad(char *out, size_t size, const char *text, size_t length, size_t offset)
{
    const unsigned char *p = (const unsigned char *)text + offset;
    size_t left = length - offset;
    if (offset >= length) {
        snprintf(out, size, "(end of text)");
        return;
    }
    if (*p < 0x20) {
        snprintf(out, size, "the control character U+%04X", *p);
        return;
    }
    if (left >= 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
        snprintf(out, size, "the non-character U+%s", p[2] == 0xBE ? "FFFE" : "FFFF");
        return;
    }
    snprintf(out, size, "the byte 0x%02X, which is not valid UTF-8", *p);
}

/* ---- raw attribute lists ----------------------------------------------- */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int an_i_xml_next_attribute(const char **cursor, const char *end, an_i_xml_attribute *out)
{
    const char *p = *cursor;
    while (p < end && *p && is_space(*p))
        p++;
    if (p >= end || !*p || *p == '>' || *p == '/' || *p == '?')
        return 0;
    const char *name = p;
    while (p < end && *p && !is_space(*p) && *p != '=' && *p != '>' && *p != '/')
        p++;
    size_t name_length = (size_t)(p - name);
    while (p < end && *p && is_space(*p))
        p++;
    if (name_length == 0 || p >= end || *p != '=')
        return 0;
    p++;
    while (p < end && *p && is_space(*p))
        p++;
    if (p >= end || (*p != '"' && *p != '\''))
        return 0;
    char quote = *p++;
    const char *value = p;
    while (p < end && *p && *p != quote)
        p++;
    if (p >= end || *p != quote)
        return 0;
    out->name = name;
    out->name_length = name_length;
    out->value = value;
    out->value_length = (size_t)(p - value);
    p++;
    out->span = name;
    out->span_length = (size_t)(p - name);
    *cursor = p;
    return 1;
}

int an_i_xml_has_attribute(const char *raw, const char *name)
{
    if (!raw)
        return 0;
    size_t length = strlen(name);
    const char *cursor = raw, *end = raw + strlen(raw);
    an_i_xml_attribute a;
    while (an_i_xml_next_attribute(&cursor, end, &a))
        if (a.name_length == length && memcmp(a.name, name, length) == 0)
            return 1;
    return 0;
}

int an_i_xml_has_local_attribute(const char *raw, const char *local)
{
    if (!raw)
        return 0;
    size_t length = strlen(local);
    const char *cursor = raw, *end = raw + strlen(raw);
    an_i_xml_attribute a;
    while (an_i_xml_next_attribute(&cursor, end, &a)) {
        const char *colon = memchr(a.name, ':', a.name_length);
        const char *l = colon ? colon + 1 : a.name;
        size_t l_length = a.name_length - (size_t)(l - a.name);
        if (l_length == length && memcmp(l, local, length) == 0)
            return 1;
    }
    return 0;
}

/* Skip whitespace, then '<' and an element name; returns the position after the name or NULL. */
static const char *after_element_name(const char *markup, const char **name, size_t *name_length)
{
    const char *p = markup;
    while (*p && is_space(*p))
        p++;
    if (*p != '<')
        return NULL;
    p++;
    const char *start = p;
    while (*p && !is_space(*p) && *p != '>' && *p != '/')
        p++;
    if (p == start)
        return NULL;
    *name = start;
    *name_length = (size_t)(p - start);
    return p;
}

int an_i_xml_element_id(const char *markup, const char **id, size_t *length)
{
    const char *name;
    size_t name_length;
    const char *p = markup ? after_element_name(markup, &name, &name_length) : NULL;
    if (!p)
        return 0;
    const char *end = p + strlen(p);
    an_i_xml_attribute a;
    while (an_i_xml_next_attribute(&p, end, &a)) {
        if (a.name_length == 2 && memcmp(a.name, "id", 2) == 0) {
            *id = a.value;
            *length = a.value_length;
            return 1;
        }
    }
    return 0;
}

int an_i_xml_starts_with_element(const char *markup, const char *name)
{
    const char *found;
    size_t found_length;
    if (!markup || !after_element_name(markup, &found, &found_length))
        return 0;
    /* unprefixed only: GraphML elements are in the default namespace */
    return found_length == strlen(name) && memcmp(found, name, found_length) == 0;
}
