/*
 * number_format.h — numbers as text that reads back exactly. One formatter
 * for every writer (GraphML, DOT, CSV), so a value looks the same everywhere.
 *
 * Integers: exact decimal. Doubles: the shortest of printf's %.15g, %.16g and
 * %.17g that strtod() turns back into the same bits (so 0.1 is "0.1", not
 * "0.10000000000000001"); -0 keeps its sign ("-0"); NaN and the infinities
 * are spelled as XML Schema spells them: "NaN", "INF", "-INF" (strtod(),
 * Python's float() and NetworkX read these back).
 */
#ifndef AN_NUMBER_FORMAT_H
#define AN_NUMBER_FORMAT_H

#include <stddef.h>
#include <stdint.h>

/** Bytes a formatting buffer needs, including the terminating NUL. */
#define AN_I_NUMBER_BUFFER 32

/** Write `value` in decimal to `out` (NUL-terminated); return the length. O(digits). */
size_t an_i_format_integer(char *out, int64_t value);

/**
 * Write `value` as the shortest round-tripping text (see above) to `out`
 * (AN_I_NUMBER_BUFFER bytes, NUL-terminated); return the length.
 * Values with at most 15 significant digits in [1e-4, 1e15) take an exact
 * arithmetic fast path (no printf, no strtod) giving the same text as %.15g.
 */
size_t an_i_format_double(char *out, double value);

/** The definition alone (slow path only), for tests that check the fast path against it. */
size_t an_i_format_double_reference(char *out, double value);

/** Write "true" or "false"; return the length. */
size_t an_i_format_boolean(char *out, int value);

#endif
