/*
 * xml_escape.h — writing text into XML, and reading the raw attribute lists
 * the model keeps for write-back.
 *
 * Escaping: & < > always; in attribute values also " and the whitespace
 * characters TAB, LF, CR as character references (attribute-value
 * normalisation would otherwise turn them into spaces); in character data CR
 * as &#13; (end-of-line handling would otherwise drop it). Everything else,
 * including all non-ASCII UTF-8, passes through.
 *
 * XML 1.0 cannot represent U+0001-U+0008, U+000B, U+000C, U+000E-U+001F,
 * U+FFFE and U+FFFF at all (not even as character references), and the
 * document is UTF-8, so invalid UTF-8 cannot be written either. The escaper
 * refuses such text with AN_EINVAL and leaves the message to the caller, who
 * knows which node and column it belongs to (an_i_xml_describe_bad()).
 */
#ifndef AN_XML_ESCAPE_H
#define AN_XML_ESCAPE_H

#include "output_sink.h"

#include <stddef.h>

/**
 * Append `text` (`length` bytes) escaped as character data (attribute == 0)
 * or as an attribute value (attribute != 0). Returns AN_OK, or AN_EINVAL with
 * *bad_offset (may be NULL) set to the byte offset of the first character
 * XML 1.0 cannot hold; then nothing useful was written (the caller aborts).
 * O(length).
 */
int an_i_xml_write_escaped(an_i_sink *sink, const char *text, size_t length, int attribute,
                           size_t *bad_offset);

/**
 * Length of the valid UTF-8 sequence (any Unicode scalar value) starting at
 * `p`, or 0 when the bytes there are not valid UTF-8. ASCII gives 1.
 */
size_t an_i_utf8_sequence_length(const unsigned char *p, const unsigned char *end);

/** As an_i_xml_write_escaped() for a NUL-terminated string, in one pass. */
int an_i_xml_write_escaped_string(an_i_sink *sink, const char *text, int attribute, size_t *bad_offset);

/** Check `text` as an_i_xml_write_escaped() would, without writing. AN_OK or AN_EINVAL. */
int an_i_xml_check(const char *text, size_t length, size_t *bad_offset);

/** Describe the character at `offset` of `text` ("U+0001", "byte 0xFF (not UTF-8)") into `out`. */
void an_i_xml_describe_bad(char *out, size_t size, const char *text, size_t length, size_t offset);

/**
 * One attribute of a raw attribute list such as ` xmlns:y="..." a='b'`:
 * the name, and the whole `name="value"` span (for copying verbatim).
 */
typedef struct an_i_xml_attribute {
    const char *name;
    size_t name_length;
    const char *span;
    size_t span_length;
    const char *value;      /* between the quotes, still escaped */
    size_t value_length;
} an_i_xml_attribute;

/**
 * Iterate a raw attribute list: call with *cursor at the start (or just after
 * an element name); returns 1 and fills *out for each attribute, 0 at the end
 * ('>', '/', NUL or the end of the text) or on malformed input.
 */
int an_i_xml_next_attribute(const char **cursor, const char *end, an_i_xml_attribute *out);

/** 1 if the raw attribute list `raw` (may be NULL) has an attribute named exactly `name`. */
int an_i_xml_has_attribute(const char *raw, const char *name);

/** 1 if `raw` has an attribute with local name `local` under any prefix (or none). */
int an_i_xml_has_local_attribute(const char *raw, const char *local);

/**
 * If `markup` starts (after whitespace) with an element start tag that has an
 * `id` attribute, set *id and *length to its raw value and return 1; else 0.
 */
int an_i_xml_element_id(const char *markup, const char **id, size_t *length);

/** 1 if `markup` starts (after whitespace) with the element `name` (e.g. "desc"). */
int an_i_xml_starts_with_element(const char *markup, const char *name);

#endif
