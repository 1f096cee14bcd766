/*
 * value_text.h — reading a value the way filters, lenses and citations need it:
 * as text (whatever the column's type), or as a year. Shared by views, paths,
 * the vocabulary's lenses and the report.
 */
#ifndef AN_VALUE_TEXT_H
#define AN_VALUE_TEXT_H

#include "network_internal.h"

#include <stddef.h>

/** Find a column by name without recording an error; -1 when absent. O(columns). */
int an_i_find_column_quiet(const an_network *network, an_domain domain, const char *name);

/**
 * The text form of a value, for matching and citing: the string itself for
 * string columns; decimal for integers, "true"/"false" for booleans, the
 * shortest round-trip form for reals, written into `buffer` (>= 32 bytes).
 * NULL when the value is missing (or column < 0).
 */
const char *an_i_value_text(const an_network *network, an_domain domain, int column, int64_t row,
                            char *buffer, size_t size);

/** A year read from a numeric edge column or the leading number of a string; 0 = absent. */
int an_i_value_year(const an_network *network, int column, int64_t edge, double *out);

/** The same for a node or edge column (node `start`/`end`: an actor's dates). */
int an_i_value_year_in(const an_network *network, an_domain domain, int column, int64_t row, double *out);

#endif
