/*
 * report_shorten.c — long texts cut short in the report (issue 14 item 3).
 *
 * A report repeats a node's label in every row that names the node, and a
 * tie's texts (source, locator, evidence) in every row about the tie; a
 * key's default repeats one long value over every row. Left whole, a 200 KB
 * input made a 200 MB report.html. So every label and text the report takes
 * from the network longer than AN_I_REPORT_TEXT_MAX bytes is shown cut at a
 * UTF-8 boundary, with a note saying so and where the full text is
 * (network.graphml, written beside the report, keeps every value whole).
 * The cut copy is made once per distinct stored string (keyed by its
 * address, so a default shared by every row is one copy), so the report's
 * output and memory grow with the number of rows times a constant, never
 * with rows times the length of a value.
 *
 * A text a row takes from its column's default costs the input nothing per
 * row (the default is declared once), yet the report repeats it in every
 * tie table row, tooltip and explorer entry: cut at AN_I_REPORT_TEXT_MAX,
 * 10,000 ties taking three 401-byte defaults made 32 MB of report from a
 * 334 KB file. So such a text is cut already above AN_I_REPORT_DEFAULT_MAX
 * bytes (AN_I_REPORT_DEFAULT_KEEP kept, and a short note), which keeps what
 * a default adds to a row to about 100 bytes.
 *
 * Likewise a node's label is declared once but named by every tie row of
 * that node (the table of every tie, tie tooltips in the diagram, tie lists
 * in the timeline): there a name is cut above AN_I_REPORT_NAME_MAX bytes
 * (AN_I_REPORT_NAME_KEEP kept, then an ellipsis and no note, which would be
 * as long as what it saves; the table says once that names were cut).
 */
#include "report_model.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct an_i_short_texts {
    pthread_mutex_t lock;
    size_t count, capacity;     /* open addressing; capacity a power of two or 0 */
    const char **keys;          /* with kinds[]: the stored address and how it is cut */
    unsigned char *kinds;       /* 0 a text, 1 a default (shorter cut), 2 a name in a tie row */
    char **values;
};

an_i_short_texts *an_i_short_texts_new(void)
{
    an_i_short_texts *texts = calloc(1, sizeof *texts);
    if (texts)
        pthread_mutex_init(&texts->lock, NULL);
    return texts;
}

void an_i_short_texts_free(an_i_short_texts *texts)
{
    if (!texts)
        return;
    for (size_t i = 0; i < texts->capacity; i++)
        free(texts->values[i]);
    free(texts->keys);
    free(texts->kinds);
    free(texts->values);
    pthread_mutex_destroy(&texts->lock);
    free(texts);
}

static size_t slot_of(const an_i_short_texts *texts, const char *key, unsigned char kind)
{
    size_t mask = texts->capacity - 1, i = (size_t)(((uintptr_t)key >> 3) * 0x9E3779B97F4A7C15ull) & mask;
    while (texts->keys[i] && (texts->keys[i] != key || texts->kinds[i] != kind))
        i = (i + 1) & mask;
    return i;
}

static int grow(an_i_short_texts *texts)
{
    size_t capacity = texts->capacity ? texts->capacity * 2 : 64;
    an_i_short_texts bigger = { .capacity = capacity };
    bigger.keys = calloc(capacity, sizeof *bigger.keys);
    bigger.kinds = calloc(capacity, sizeof *bigger.kinds);
    bigger.values = calloc(capacity, sizeof *bigger.values);
    if (!bigger.keys || !bigger.kinds || !bigger.values) {
        free(bigger.keys);
        free(bigger.kinds);
        free(bigger.values);
        return 0;
    }
    for (size_t i = 0; i < texts->capacity; i++)
        if (texts->keys[i]) {
            size_t j = slot_of(&bigger, texts->keys[i], texts->kinds[i]);
            bigger.keys[j] = texts->keys[i];
            bigger.kinds[j] = texts->kinds[i];
            bigger.values[j] = texts->values[i];
        }
    free(texts->keys);
    free(texts->kinds);
    free(texts->values);
    texts->keys = bigger.keys;
    texts->kinds = bigger.kinds;
    texts->values = bigger.values;
    texts->capacity = capacity;
    return 1;
}

/* The cut copy: the first `keep` bytes up to a UTF-8 boundary, then the note. NULL when out of memory. */
static char *cut(const char *text, size_t length, size_t keep, unsigned char kind)
{
    while (keep > 0 && ((unsigned char)text[keep] & 0xC0) == 0x80)
        keep--; /* not inside a UTF-8 sequence */
    char note[128];
    int note_length = kind == 2   ? snprintf(note, sizeof note, "…")
                      : kind == 1 ? snprintf(note, sizeof note, " … [the default, %zu bytes, is in network.graphml]", length)
                                  : snprintf(note, sizeof note,
                                             " … [%zu of %zu bytes shown; the full text is in network.graphml]", keep,
                                             length);
    char *copy = malloc(keep + (size_t)note_length + 1);
    if (copy) {
        memcpy(copy, text, keep);
        memcpy(copy + keep, note, (size_t)note_length + 1);
    }
    return copy;
}

/* `text` cut when longer than `max` bytes (`keep` kept), one copy per address and kind. */
static const char *shorten(const an_i_report *report, const char *text, size_t max, size_t keep, unsigned char kind)
{
    if (!text || !report->short_texts)
        return text;
    size_t length = strnlen(text, max + 1);
    if (length <= max)
        return text;
    an_i_short_texts *texts = report->short_texts;
    const char *result = text;
    pthread_mutex_lock(&texts->lock);
    if ((texts->count + 1) * 2 <= texts->capacity || grow(texts)) {
        size_t i = slot_of(texts, text, kind);
        if (!texts->keys[i]) {
            char *copy = cut(text, strlen(text), keep, kind);
            if (copy) {
                texts->keys[i] = text;
                texts->kinds[i] = kind;
                texts->values[i] = copy;
                texts->count++;
            }
        }
        if (texts->values[i])
            result = texts->values[i];
    }
    pthread_mutex_unlock(&texts->lock);
    return result; /* out of memory: the whole text, as before */
}

const char *an_i_report_short_text(const an_i_report *report, const char *text)
{
    return shorten(report, text, AN_I_REPORT_TEXT_MAX, AN_I_REPORT_TEXT_KEEP, 0);
}

const char *an_i_report_short_default(const an_i_report *report, const char *text)
{
    return shorten(report, text, AN_I_REPORT_DEFAULT_MAX, AN_I_REPORT_DEFAULT_KEEP, 1);
}

const char *an_i_report_short_name(const an_i_report *report, const char *text)
{
    return shorten(report, text, AN_I_REPORT_NAME_MAX, AN_I_REPORT_NAME_KEEP, 2);
}
