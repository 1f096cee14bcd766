/*
 * csv_scan.c — the RFC 4180 scanner of the CSV importer (see csv_scan.h).
 */
#include "csv_scan.h"

#include "error_internal.h"
#include "xml_escape.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void an_i_csv_scanner_init(an_i_csv_scanner *scanner, const char *file, char *data, size_t size)
{
    memset(scanner, 0, sizeof *scanner);
    scanner->file = file;
    scanner->data = data;
    scanner->size = size;
    scanner->delimiter = ',';
    an_i_csv_scanner_rewind(scanner);
}

void an_i_csv_scanner_rewind(an_i_csv_scanner *scanner)
{
    scanner->position = scanner->start;
    scanner->line = 1;
    scanner->line_start = scanner->start;
    scanner->count = 0;
}

void an_i_csv_scanner_free(an_i_csv_scanner *scanner)
{
    free(scanner->cells);
    scanner->cells = NULL;
    scanner->count = scanner->capacity = 0;
}

long an_i_csv_column(const an_i_csv_scanner *scanner, size_t line_start, size_t offset)
{
    long column = 1;
    for (size_t p = line_start; p < offset && p < scanner->size; p++)
        if (((unsigned char)scanner->data[p] & 0xC0) != 0x80)
            column++;
    return column;
}

static int error_at(const an_i_csv_scanner *scanner, long line, size_t line_start, size_t offset, int code,
                    const char *format, va_list args)
{
    char reason[512];
    vsnprintf(reason, sizeof reason, format, args);
    return an_i_error_at(code, scanner->file, line, an_i_csv_column(scanner, line_start, offset), "%s", reason);
}

int an_i_csv_cell_error(const an_i_csv_scanner *scanner, const an_i_csv_cell *cell, int code, const char *format,
                        ...)
{
    va_list args;
    va_start(args, format);
    int rc = error_at(scanner, cell->line, cell->line_start, cell->offset, code, format, args);
    va_end(args);
    return rc;
}

static int scanner_error(const an_i_csv_scanner *scanner, long line, size_t line_start, size_t offset, int code,
                         const char *format, ...) __attribute__((format(printf, 6, 7)));

static int scanner_error(const an_i_csv_scanner *scanner, long line, size_t line_start, size_t offset, int code,
                         const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = error_at(scanner, line, line_start, offset, code, format, args);
    va_end(args);
    return rc;
}

int an_i_csv_check_text(an_i_csv_scanner *scanner)
{
    const unsigned char *text = (const unsigned char *)scanner->data;
    size_t size = scanner->size;
    scanner->start = 0;
    if (size >= 2 && ((text[0] == 0xFF && text[1] == 0xFE) || (text[0] == 0xFE && text[1] == 0xFF)))
        return an_i_error_at(AN_EPARSE, scanner->file, 1, 1,
                             "the file is UTF-16 (byte order mark %02X %02X); save it as CSV UTF-8", text[0], text[1]);
    if (size >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF)
        scanner->start = 3;
    long line = 1;
    size_t line_start = scanner->start;
    for (size_t p = scanner->start; p < size;) {
        unsigned char c = text[p];
        if (c == '\n' || (c == '\r' && (p + 1 >= size || text[p + 1] != '\n'))) {
            line++;
            line_start = p + 1;
            p++;
            continue;
        }
        if (c == 0)
            return scanner_error(scanner, line, line_start, p, AN_EPARSE, "NUL byte (a CSV text has none; is this a binary or UTF-16 file?)");
        size_t length = an_i_utf8_sequence_length(text + p, text + size);
        if (length == 0)
            return scanner_error(scanner, line, line_start, p, AN_EPARSE,
                                 "invalid UTF-8 (byte 0x%02X); save the file as CSV UTF-8", c);
        p += length;
    }
    an_i_csv_scanner_rewind(scanner);
    return AN_OK;
}

char an_i_csv_detect_delimiter(const an_i_csv_scanner *scanner)
{
    static const char candidates[3] = { ',', ';', '\t' };
    long counts[3] = { 0, 0, 0 };
    int quoted = 0;
    for (size_t p = scanner->start; p < scanner->size; p++) {
        char c = scanner->data[p];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (int k = 0; k < 3; k++)
                counts[k] += c == candidates[k];
    }
    int best = 0;
    for (int k = 1; k < 3; k++)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}

static an_i_csv_cell *new_cell(an_i_csv_scanner *scanner)
{
    if (scanner->count == scanner->capacity) {
        int fresh = scanner->capacity ? scanner->capacity * 2 : 16;
        an_i_csv_cell *bigger = realloc(scanner->cells, (size_t)fresh * sizeof *bigger);
        if (!bigger)
            return NULL;
        scanner->cells = bigger;
        scanner->capacity = fresh;
    }
    return &scanner->cells[scanner->count++];
}

/* Move past a line end at the position (CR LF, LF or CR); returns 1 if there was one. */
static int take_line_end(an_i_csv_scanner *scanner)
{
    size_t p = scanner->position;
    if (p >= scanner->size)
        return 0;
    if (scanner->data[p] == '\r')
        p += (p + 1 < scanner->size && scanner->data[p + 1] == '\n') ? 2 : 1;
    else if (scanner->data[p] == '\n')
        p++;
    else
        return 0;
    scanner->position = p;
    scanner->line++;
    scanner->line_start = p;
    return 1;
}

/* A quoted field from the opening quote at the position. */
static int scan_quoted(an_i_csv_scanner *scanner, an_i_csv_cell *cell)
{
    const char *data = scanner->data;
    size_t p = scanner->position + 1;
    cell->text = data + p;
    for (;;) {
        const char *quote = memchr(data + p, '"', scanner->size - p);
        size_t stop = quote ? (size_t)(quote - data) : scanner->size;
        for (size_t q = p; q < stop; q++) { /* line ends inside the field */
            if (data[q] == '\n' || (data[q] == '\r' && (q + 1 >= stop || data[q + 1] != '\n'))) {
                scanner->line++;
                scanner->line_start = q + 1;
            }
        }
        if (!quote)
            return an_i_csv_cell_error(scanner, cell, AN_EPARSE,
                                       "unterminated quoted field (the closing \" is missing)");
        if (stop + 1 < scanner->size && data[stop + 1] == '"') {
            cell->escaped = 1;
            p = stop + 2;
            continue;
        }
        cell->length = (size_t)(quote - cell->text);
        scanner->position = stop + 1;
        return AN_OK;
    }
}

int an_i_csv_next_record(an_i_csv_scanner *scanner)
{
    scanner->count = 0;
    if (scanner->position >= scanner->size)
        return 0;
    scanner->record_line = scanner->line;
    const char delimiter = scanner->delimiter;
    for (;;) {
        if (scanner->count >= AN_I_CSV_MAX_FIELDS)
            return scanner_error(scanner, scanner->line, scanner->line_start, scanner->position, AN_ELIMIT,
                                 "more than %d fields in one record", AN_I_CSV_MAX_FIELDS);
        an_i_csv_cell *cell = new_cell(scanner);
        if (!cell)
            return AN_I_NOMEM();
        memset(cell, 0, sizeof *cell);
        cell->line = scanner->line;
        cell->line_start = scanner->line_start;
        cell->offset = scanner->position;
        size_t p = scanner->position;
        if (p < scanner->size && scanner->data[p] == '"') {
            cell->quoted = 1;
            int rc = scan_quoted(scanner, cell);
            if (rc != AN_OK)
                return rc;
            p = scanner->position;
            if (p < scanner->size && scanner->data[p] != delimiter && scanner->data[p] != '\r' &&
                scanner->data[p] != '\n')
                return scanner_error(scanner, scanner->line, scanner->line_start, p, AN_EPARSE,
                                     "text after the closing quote of a field (a quote inside a quoted field "
                                     "is written twice: \"\")");
        } else {
            cell->text = scanner->data + p;
            while (p < scanner->size && scanner->data[p] != delimiter && scanner->data[p] != '\r' &&
                   scanner->data[p] != '\n')
                p++;
            cell->length = (size_t)(scanner->data + p - cell->text);
            scanner->position = p;
        }
        if (p < scanner->size && scanner->data[p] == delimiter) {
            scanner->position = p + 1;
            continue;
        }
        take_line_end(scanner);
        return 1;
    }
}

const char *an_i_csv_cell_text(const an_i_csv_cell *cell, an_i_strbuf *scratch)
{
    scratch->length = 0;
    if (!cell->escaped) {
        an_i_strbuf_append(scratch, cell->text, cell->length);
    } else {
        const char *run = cell->text, *end = cell->text + cell->length;
        for (const char *p = cell->text; p < end; p++) {
            if (*p == '"') { /* the first of a doubled pair: keep it, skip the second */
                an_i_strbuf_append(scratch, run, (size_t)(p - run) + 1);
                p++;
                run = p + 1;
            }
        }
        an_i_strbuf_append(scratch, run, (size_t)(end - run));
    }
    if (!scratch->data && !scratch->failed)
        an_i_strbuf_append(scratch, "", 0);
    return scratch->failed ? NULL : scratch->data;
}
