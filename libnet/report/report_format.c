/*
 * report_format.c — tallies, HTML escaping and CSV text cells for every stage
 * of the report (report_format.h).
 */
#include "report_format.h"

#include "csv_field.h"

#include <stdlib.h>
#include <string.h>

/* ---- tallies ----------------------------------------------------------------- */

void an_i_tally_add(an_i_tally *tally, const char *name)
{
    if (!name)
        name = "(none)";
    for (int64_t i = 0; i < tally->count; i++)
        if (strcmp(tally->names[i], name) == 0) {
            tally->counts[i]++;
            return;
        }
    if (tally->count == tally->capacity) {
        int64_t capacity = tally->capacity ? 2 * tally->capacity : 8;
        const char **names = realloc(tally->names, (size_t)capacity * sizeof *names);
        if (names)
            tally->names = names;
        int64_t *counts = realloc(tally->counts, (size_t)capacity * sizeof *counts);
        if (counts)
            tally->counts = counts;
        if (!names || !counts)
            return; /* out of memory: the tally is short by one name, nothing worse */
        tally->capacity = capacity;
    }
    tally->names[tally->count] = name;
    tally->counts[tally->count++] = 1;
}

void an_i_tally_sort(an_i_tally *tally)
{
    for (int64_t i = 1; i < tally->count; i++) { /* insertion sort: tallies are short */
        const char *name = tally->names[i];
        int64_t count = tally->counts[i], j = i;
        while (j > 0 && (tally->counts[j - 1] < count ||
                         (tally->counts[j - 1] == count && strcmp(tally->names[j - 1], name) > 0))) {
            tally->names[j] = tally->names[j - 1];
            tally->counts[j] = tally->counts[j - 1];
            j--;
        }
        tally->names[j] = name;
        tally->counts[j] = count;
    }
}

void an_i_tally_free(an_i_tally *tally)
{
    free(tally->names);
    free(tally->counts);
    memset(tally, 0, sizeof *tally);
}

void an_i_tally_json(an_i_strbuf *out, an_i_tally *tally)
{
    an_i_tally_sort(tally);
    an_i_strbuf_puts(out, "{");
    for (int64_t i = 0; i < tally->count; i++) {
        if (i)
            an_i_strbuf_puts(out, ",");
        an_i_strbuf_json_string(out, tally->names[i]);
        an_i_strbuf_puts(out, ":");
        an_i_strbuf_json_integer(out, tally->counts[i]);
    }
    an_i_strbuf_puts(out, "}");
}

/* ---- escaping ---------------------------------------------------------------- */

void an_i_strbuf_html(an_i_strbuf *out, const char *text)
{
    if (!text)
        return;
    const char *run = text;
    for (const char *p = text; *p; p++) {
        const char *entity = NULL;
        switch (*p) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        default: break;
        }
        if (entity) {
            an_i_strbuf_append(out, run, (size_t)(p - run));
            an_i_strbuf_puts(out, entity);
            run = p + 1;
        }
    }
    an_i_strbuf_puts(out, run);
}

void an_i_report_csv_text(an_i_strbuf *out, const char *text)
{
    if (text && *text)
        an_i_csv_field_to_strbuf(out, text, 0);
}

/* Print a label cut to `width` characters (UTF-8 aware), padded. */
void an_i_report_text_cell(an_i_strbuf *out, const char *text, size_t width)
{
    size_t chars = 0, i = 0, length = strlen(text);
    for (; i < length; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80 && ++chars > width - 1 && chars > 1 && length - i > 1)
            break;
    if (i < length) {
        an_i_strbuf_append(out, text, i);
        an_i_strbuf_puts(out, "\xE2\x80\xA6");
        chars = width;
    } else {
        an_i_strbuf_puts(out, text);
        chars = 0;
        for (size_t j = 0; j < length; j++)
            chars += ((unsigned char)text[j] & 0xC0) != 0x80;
    }
    for (; chars < width; chars++)
        an_i_strbuf_puts(out, " ");
}
