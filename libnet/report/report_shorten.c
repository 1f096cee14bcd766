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
 */
#include "report_internal.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct an_i_short_texts {
    pthread_mutex_t lock;
    size_t count, capacity;     /* open addressing; capacity a power of two or 0 */
    const char **keys;
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
    free(texts->values);
    pthread_mutex_destroy(&texts->lock);
    free(texts);
}

static size_t slot_of(const an_i_short_texts *texts, const char *key)
{
    size_t mask = texts->capacity - 1, i = (size_t)(((uintptr_t)key >> 3) * 0x9E3779B97F4A7C15ull) & mask;
    while (texts->keys[i] && texts->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

static int grow(an_i_short_texts *texts)
{
    size_t capacity = texts->capacity ? texts->capacity * 2 : 64;
    an_i_short_texts bigger = { .capacity = capacity };
    bigger.keys = calloc(capacity, sizeof *bigger.keys);
    bigger.values = calloc(capacity, sizeof *bigger.values);
    if (!bigger.keys || !bigger.values) {
        free(bigger.keys);
        free(bigger.values);
        return 0;
    }
    for (size_t i = 0; i < texts->capacity; i++)
        if (texts->keys[i]) {
            size_t j = slot_of(&bigger, texts->keys[i]);
            bigger.keys[j] = texts->keys[i];
            bigger.values[j] = texts->values[i];
        }
    free(texts->keys);
    free(texts->values);
    texts->keys = bigger.keys;
    texts->values = bigger.values;
    texts->capacity = capacity;
    return 1;
}

/* The cut copy: the first bytes up to a UTF-8 boundary, then the note. NULL when out of memory. */
static char *cut(const char *text, size_t length)
{
    size_t keep = AN_I_REPORT_TEXT_KEEP;
    while (keep > 0 && ((unsigned char)text[keep] & 0xC0) == 0x80)
        keep--; /* not inside a UTF-8 sequence */
    char note[128];
    int note_length = snprintf(note, sizeof note, " … [%zu of %zu bytes shown; the full text is in network.graphml]",
                               keep, length);
    char *copy = malloc(keep + (size_t)note_length + 1);
    if (copy) {
        memcpy(copy, text, keep);
        memcpy(copy + keep, note, (size_t)note_length + 1);
    }
    return copy;
}

const char *an_i_report_short_text(const an_i_report *report, const char *text)
{
    if (!text || !report->short_texts)
        return text;
    size_t length = strnlen(text, AN_I_REPORT_TEXT_MAX + 1);
    if (length <= AN_I_REPORT_TEXT_MAX)
        return text;
    an_i_short_texts *texts = report->short_texts;
    const char *result = text;
    pthread_mutex_lock(&texts->lock);
    if ((texts->count + 1) * 2 <= texts->capacity || grow(texts)) {
        size_t i = slot_of(texts, text);
        if (!texts->keys[i]) {
            char *copy = cut(text, strlen(text));
            if (copy) {
                texts->keys[i] = text;
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
