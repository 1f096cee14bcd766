/*
 * csv_scan.h — an RFC 4180 scanner over a CSV text held in memory, for the
 * CSV importer (csv_import.c).
 *
 * The text is checked once (an_i_csv_check_text: UTF-8, no NUL, a UTF-8
 * byte order mark skipped, UTF-16 refused), then read record by record.
 * Fields may be quoted ("a, ""b""" is `a, "b"`; quoted fields hold the
 * delimiter, CR and LF); records end with CR LF, LF or a lone CR, mixed in
 * one file as they come. A cell points into the text (no copy): a quoted
 * cell's span is inside its quotes, with its doubled quotes still doubled
 * (`escaped` tells; an_i_csv_cell_text() gives the value). Every cell knows
 * its physical line and the offset of that line's start, so an error names
 * FILE:LINE:COLUMN (column in characters, 1-based).
 */
#ifndef AN_CSV_SCAN_H
#define AN_CSV_SCAN_H

#include "strbuf.h"

#include <stddef.h>

/** Most fields one record may have (the GraphML reader's max_keys default). */
#define AN_I_CSV_MAX_FIELDS 100000

typedef struct an_i_csv_cell {
    const char *text;           /* raw span (inside the quotes when quoted) */
    size_t length;
    unsigned char quoted;       /* the field was in double quotes */
    unsigned char escaped;      /* the span holds doubled quotes */
    long line;                  /* physical line of the field's first character */
    size_t line_start;          /* offset of that line's first byte */
    size_t offset;              /* offset of the field's first byte (its opening quote if quoted) */
} an_i_csv_cell;

typedef struct an_i_csv_scanner {
    const char *file;           /* name used in errors */
    char *data;                 /* the whole text (owned by the caller); data[size] is NUL */
    size_t size;
    size_t start;               /* first byte after a byte order mark */
    char delimiter;
    size_t position;
    long line;
    size_t line_start;
    an_i_csv_cell *cells;       /* the current record */
    int count;
    int capacity;
    long record_line;           /* line the current record starts on */
} an_i_csv_scanner;

/**
 * Check the whole text: valid UTF-8 (no overlong forms, surrogates or code
 * points above U+10FFFF), no NUL byte, not UTF-16. Sets scanner->start past
 * a UTF-8 byte order mark. AN_OK or AN_EPARSE (FILE:LINE:COL recorded).
 */
int an_i_csv_check_text(an_i_csv_scanner *scanner);

/** Start scanning `data` (size bytes, data[size] == NUL) from the beginning. */
void an_i_csv_scanner_init(an_i_csv_scanner *scanner, const char *file, char *data, size_t size);

/** Rewind to the first record (for a second pass). */
void an_i_csv_scanner_rewind(an_i_csv_scanner *scanner);

/** Free the record buffer. */
void an_i_csv_scanner_free(an_i_csv_scanner *scanner);

/**
 * The delimiter of the text: the one of comma, semicolon and TAB that occurs
 * most often outside quotes on the first record (comma on a tie or none).
 */
char an_i_csv_detect_delimiter(const an_i_csv_scanner *scanner);

/**
 * Read the next record into scanner->cells / count.
 * @return 1 a record, 0 the end of the text, or AN_EPARSE (unterminated
 * quote, text after a closing quote) / AN_ELIMIT (more than
 * AN_I_CSV_MAX_FIELDS fields) / AN_ENOMEM with the error recorded.
 * A blank line is a record of one empty unquoted field.
 */
int an_i_csv_next_record(an_i_csv_scanner *scanner);

/** 1 when the current record is a blank line (one empty unquoted field): skipped. */
static inline int an_i_csv_record_blank(const an_i_csv_scanner *scanner)
{
    return scanner->count == 1 && scanner->cells[0].length == 0 && !scanner->cells[0].quoted;
}

/** The 1-based character column of `offset` on a line starting at `line_start`. */
long an_i_csv_column(const an_i_csv_scanner *scanner, size_t line_start, size_t offset);

/** Record an error at a cell's position; returns `code`. */
int an_i_csv_cell_error(const an_i_csv_scanner *scanner, const an_i_csv_cell *cell, int code,
                        const char *format, ...) __attribute__((format(printf, 4, 5)));

/**
 * The cell's value, NUL-terminated: the span itself when it has no doubled
 * quotes (`scratch` untouched; note the span is not NUL-terminated in the
 * text: the value is copied into `scratch` then too), else the span with
 * quotes undoubled. Returns scratch->data, or NULL on out of memory.
 */
const char *an_i_csv_cell_text(const an_i_csv_cell *cell, an_i_strbuf *scratch);

#endif
