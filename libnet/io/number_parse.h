/*
 * number_parse.h — strict, allocation-free parsing of GraphML values
 * (XML Schema lexical forms) straight from a character buffer.
 *
 * All parsers trim XML whitespace (space, tab, CR, LF) around the value and
 * accept nothing else around it. They never allocate and never depend on
 * the process locale.
 *
 *  - integers: [+-]?[0-9]+, decimal only ("0x1A", "1.0", "1e3", "1,5" are
 *    syntax errors); range-checked exactly in 64-bit arithmetic (no double
 *    round trip, so 9007199254740993 stays exact);
 *  - reals: [+-]?(digits[.digits]|.digits)([eE][+-]?digits)?, the special
 *    values NaN / INF / Infinity in any letter case with an optional sign
 *    (XML Schema writes NaN, INF, -INF; Java Infinity; Python nan, inf;
 *    igraph NaN, Inf), and C99 hexadecimal floating point *with* a binary
 *    exponent ("0x1.8p+0", which graph-tool writes to keep doubles exact).
 *    A bare hexadecimal integer ("0x1A") is a syntax error. Overflow
 *    ("1e400") is a range error; underflow rounds to zero or a subnormal;
 *  - booleans: true / false / yes / no in any letter case, 1, 0.
 */
#ifndef AN_NUMBER_PARSE_H
#define AN_NUMBER_PARSE_H

#include <stddef.h>
#include <stdint.h>

typedef enum an_i_number_status {
    AN_I_NUMBER_OK = 0,
    AN_I_NUMBER_EMPTY = 1,      /* nothing but whitespace */
    AN_I_NUMBER_SYNTAX = 2,     /* not in the accepted lexical form */
    AN_I_NUMBER_RANGE = 3       /* well-formed but does not fit */
} an_i_number_status;

/** Narrow [*text, *text + *length) to its part without leading and trailing XML whitespace. */
void an_i_trim_xml_space(const char **text, size_t *length);

/**
 * Parse a decimal integer in [minimum, maximum]. O(length).
 * @return an an_i_number_status; *out is set only on AN_I_NUMBER_OK.
 */
int an_i_parse_integer(const char *text, size_t length, int64_t minimum, int64_t maximum,
                       int64_t *out);

/**
 * Parse a real number. `text[length]` must be writable: it is set to NUL
 * for strtod and restored before returning. With `single` non-zero the value
 * must also fit a 32-bit float (finite values beyond FLT_MAX are a range
 * error). O(length).
 */
int an_i_parse_real(char *text, size_t length, int single, double *out);

/** Parse a boolean (see above); *out is 0 or 1. O(length). */
int an_i_parse_boolean(const char *text, size_t length, int *out);

#endif
