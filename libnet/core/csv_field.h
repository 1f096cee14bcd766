/*
 * csv_field.h — one CSV text field (RFC 4180), shared by every CSV writer
 * (csv_write.c, the report's tables, the CLI's --csv output).
 *
 * Quoting: a field is quoted, quotes doubled, when it contains a comma, a
 * quote, CR or LF, or when it is empty (a set empty string "" stays apart
 * from a missing value).
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell
 * that begins with =, +, -, @, TAB or CR as a formula, so by default such a
 * field is written with a single quote in front (the quote shows the text is
 * text, and spreadsheets hide it) and in double quotes. A field that is a
 * plain decimal number ("-5", "+1.5e3") is left alone: spreadsheets read it
 * as the number it is. `raw` writes every field as it is (for programs that
 * read the CSV back byte for byte).
 */
#ifndef AN_CSV_FIELD_H
#define AN_CSV_FIELD_H

#include <stddef.h>

/** Where the field's bytes go: a sink, a string buffer. */
typedef void (*an_i_csv_put)(void *target, const char *bytes, size_t length);

/** Write `text` as one CSV field (see above). O(length). */
void an_i_csv_field(an_i_csv_put put, void *target, const char *text, int raw);

struct an_i_strbuf;

/** an_i_csv_field() appending to a string buffer. */
void an_i_csv_field_to_strbuf(struct an_i_strbuf *out, const char *text, int raw);

/** 1 when `text` would be read as a formula by a spreadsheet (begins with = + - @ TAB CR and is no number). */
int an_i_csv_formula_like(const char *text);

#endif
