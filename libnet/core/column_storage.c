/*
 * column_storage.c — where a column keeps its values: densely (an array by
 * row and a bitmap) or sparsely (values by slot, the row of each slot, and an
 * open-addressing hash row -> slot), whichever is smaller.
 *
 * A file may declare many keys and set each on a few rows (100,000 keys x
 * 60,000 nodes with one value each is 9.6 MB of GraphML): dense storage of
 * every column would cost keys x rows cells. The rule, with s the size of one
 * value and SPARSE_COST(s) = s + 24 bytes per sparse value (slot row, value,
 * hash entries at a load of at most one half):
 *  - a column starts sparse and turns dense when the dense array up to the
 *    highest row it holds would cost no more than its sparse form;
 *  - a dense column that must grow past its capacity turns sparse instead when
 *    the grown array would cost more than DENSE_SLACK times the sparse form.
 * So a column costs at most about DENSE_SLACK x SPARSE_COST(s) bytes per value
 * set (plus a 64-row minimum), and ordinary full columns are dense from their
 * first value on: the loader's fast path is a bit test and a store. Each switch
 * costs O(values) and needs the values (or rows) to grow by a constant factor
 * since the last one, so claims stay amortised O(1).
 */
#include "network_internal.h"

#include <stdlib.h>
#include <string.h>

#define SPARSE_COST(size) ((int64_t)(size) + 24)
#define DENSE_SLACK 4
#define DENSE_MINIMUM 64

static size_t value_size(an_type type)
{
    switch (type) {
    case AN_TYPE_BOOLEAN: return 1;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: return sizeof(int64_t);
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: return sizeof(double);
    case AN_TYPE_STRING: return sizeof(char *);
    }
    return 8;
}

/* ---- the sparse hash --------------------------------------------------- */

static inline uint64_t row_hash(int64_t row)
{
    uint64_t h = (uint64_t)row * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

/* Position in `index` holding row's slot, or of the empty entry where it would go. */
static int64_t probe(const an_i_column *c, int64_t row)
{
    uint64_t mask = (uint64_t)c->index_capacity - 1;
    uint64_t at = row_hash(row) & mask;
    while (c->index[at] && c->rows[c->index[at] - 1] != row)
        at = (at + 1) & mask;
    return (int64_t)at;
}

int64_t an_i_column_sparse_slot(const an_i_column *c, int64_t row)
{
    if (!c->index_capacity)
        return -1;
    return c->index[probe(c, row)] - 1;
}

/* Rebuild the hash with `entries` entries (a power of two > 2 x count). */
static int rehash(an_i_column *c, int64_t entries)
{
    int64_t *index = calloc((size_t)entries, sizeof *index);
    if (!index)
        return AN_ENOMEM;
    free(c->index);
    c->index = index;
    c->index_capacity = entries;
    for (int64_t slot = 0; slot < c->count; slot++)
        c->index[probe(c, c->rows[slot])] = slot + 1;
    return AN_OK;
}

/* Room for `slots` sparse values. */
static int reserve_slots(an_i_column *c, int64_t slots)
{
    if (slots <= c->capacity)
        return AN_OK;
    int64_t fresh = c->capacity ? c->capacity : 4;
    while (fresh < slots)
        fresh *= 2;
    size_t size = value_size(c->type);
    void *data = realloc(c->data.any, (size_t)fresh * size);
    if (!data)
        return AN_ENOMEM;
    c->data.any = data;
    int64_t *rows = realloc(c->rows, (size_t)fresh * sizeof *rows);
    if (!rows)
        return AN_ENOMEM;
    c->rows = rows;
    c->capacity = fresh;
    return AN_OK;
}

/* ---- switching forms ------------------------------------------------------ */

/* Dense with room for `rows` rows (rounded up to a power of two, at least DENSE_MINIMUM). */
static int to_dense(an_i_column *c, int64_t rows)
{
    int64_t fresh = DENSE_MINIMUM;
    while (fresh < rows)
        fresh *= 2;
    size_t size = value_size(c->type);
    if (c->dense) {
        if (fresh <= c->capacity)
            return AN_OK;
        void *data = realloc(c->data.any, (size_t)fresh * size);
        if (!data)
            return AN_ENOMEM;
        c->data.any = data;
        memset((char *)data + (size_t)c->capacity * size, 0, (size_t)(fresh - c->capacity) * size);
        size_t old_words = (size_t)(c->capacity + 63) / 64, new_words = (size_t)(fresh + 63) / 64;
        uint64_t *present = realloc(c->present, new_words * sizeof *present);
        if (!present)
            return AN_ENOMEM;
        memset(present + old_words, 0, (new_words - old_words) * sizeof *present);
        c->present = present;
        c->capacity = fresh;
        return AN_OK;
    }
    if (fresh < c->span)
        while (fresh < c->span)
            fresh *= 2;
    char *data = calloc((size_t)fresh, size);
    uint64_t *present = calloc((size_t)(fresh + 63) / 64, sizeof *present);
    if (!data || !present) {
        free(data);
        free(present);
        return AN_ENOMEM;
    }
    for (int64_t slot = 0; slot < c->count; slot++) {
        int64_t row = c->rows[slot];
        memcpy(data + (size_t)row * size, (char *)c->data.any + (size_t)slot * size, size);
        present[row >> 6] |= (uint64_t)1 << (row & 63);
    }
    free(c->data.any);
    free(c->rows);
    free(c->index);
    c->rows = c->index = NULL;
    c->index_capacity = 0;
    c->data.any = data;
    c->present = present;
    c->capacity = fresh;
    c->dense = 1;
    return AN_OK;
}

/* Sparse with room for `slots` values. */
static int to_sparse(an_i_column *c, int64_t slots)
{
    size_t size = value_size(c->type);
    int64_t capacity = 4, entries = 8;
    while (capacity < slots)
        capacity *= 2;
    while (entries < 2 * capacity)
        entries *= 2;
    char *data = malloc((size_t)capacity * size);
    int64_t *rows = malloc((size_t)capacity * sizeof *rows);
    if (!data || !rows) {
        free(data);
        free(rows);
        return AN_ENOMEM;
    }
    int64_t count = 0;
    for (int64_t row = 0; row < c->capacity; row++) {
        if (!((c->present[row >> 6] >> (row & 63)) & 1u))
            continue;
        memcpy(data + (size_t)count * size, (char *)c->data.any + (size_t)row * size, size);
        rows[count++] = row;
    }
    uint64_t *present = c->present;
    void *old = c->data.any;
    int64_t old_capacity = c->capacity, old_count = c->count;
    c->data.any = data;
    c->rows = rows;
    c->present = NULL;
    c->count = count;
    c->capacity = capacity;
    c->dense = 0;
    if (rehash(c, entries) != AN_OK) {
        /* back to dense: nothing lost */
        free(data);
        free(rows);
        c->data.any = old;
        c->rows = NULL;
        c->present = present;
        c->capacity = old_capacity;
        c->count = old_count;
        c->dense = 1;
        return AN_ENOMEM;
    }
    free(present);
    free(old);
    return AN_OK;
}

/* ---- claims ----------------------------------------------------------------- */

static int64_t claim_sparse(an_i_column *c, int64_t row, int *was_set)
{
    if (c->index_capacity) {
        int64_t at = probe(c, row);
        if (c->index[at]) {
            if (was_set)
                *was_set = 1;
            return c->index[at] - 1;
        }
    }
    int64_t count = c->count + 1, span = row + 1 > c->span ? row + 1 : c->span;
    size_t size = value_size(c->type);
    if (span * (int64_t)size <= count * SPARSE_COST(size)) {
        int64_t keep = c->span;
        c->span = span;
        if (to_dense(c, span) != AN_OK) {
            c->span = keep;
            return -1;
        }
        return an_i_column_claim(c, row, was_set);
    }
    if (reserve_slots(c, count) != AN_OK)
        return -1;
    if (2 * count > c->index_capacity && rehash(c, c->index_capacity ? 2 * c->index_capacity : 8) != AN_OK)
        return -1;
    int64_t slot = c->count;
    c->rows[slot] = row;
    if (c->type == AN_TYPE_STRING)
        c->data.strings[slot] = NULL;
    c->index[probe(c, row)] = slot + 1;
    c->count = count;
    c->span = span;
    if (was_set)
        *was_set = 0;
    return slot;
}

int64_t an_i_column_claim(an_i_column *c, int64_t row, int *was_set)
{
    if (!c->dense)
        return claim_sparse(c, row, was_set);
    if (row >= c->capacity) {
        int64_t fresh = c->capacity ? c->capacity : DENSE_MINIMUM;
        while (fresh <= row)
            fresh *= 2;
        size_t size = value_size(c->type);
        int64_t grown = fresh * (int64_t)size, sparse = (c->count + 1) * SPARSE_COST(size);
        if (grown > DENSE_SLACK * sparse) {
            if (to_sparse(c, c->count + 1) != AN_OK)
                return -1;
            return claim_sparse(c, row, was_set);
        }
        if (to_dense(c, row + 1) != AN_OK)
            return -1;
    }
    uint64_t bit = (uint64_t)1 << (row & 63);
    int set = (c->present[row >> 6] & bit) != 0;
    if (!set) {
        c->present[row >> 6] |= bit;
        c->count++;
        if (row >= c->span)
            c->span = row + 1;
    }
    if (was_set)
        *was_set = set;
    return row;
}

void an_i_column_remove(an_i_column *c, int64_t row)
{
    if (c->dense) {
        if (row < 0 || row >= c->capacity || !((c->present[row >> 6] >> (row & 63)) & 1u))
            return;
        c->present[row >> 6] &= ~((uint64_t)1 << (row & 63));
        if (c->type == AN_TYPE_STRING)
            c->data.strings[row] = NULL;
        c->count--;
        return;
    }
    if (!c->index_capacity)
        return;
    int64_t at = probe(c, row);
    if (!c->index[at])
        return;
    int64_t slot = c->index[at] - 1, last = c->count - 1;
    /* backward-shift deletion keeps every probe sequence unbroken */
    uint64_t mask = (uint64_t)c->index_capacity - 1;
    uint64_t hole = (uint64_t)at, next = (hole + 1) & mask;
    while (c->index[next]) {
        uint64_t home = row_hash(c->rows[c->index[next] - 1]) & mask;
        /* move the entry at `next` into the hole unless its home lies in (hole, next] */
        if (((next - home) & mask) >= ((next - hole) & mask)) {
            c->index[hole] = c->index[next];
            hole = next;
        }
        next = (next + 1) & mask;
    }
    c->index[hole] = 0;
    if (slot != last) {
        size_t size = value_size(c->type);
        memcpy((char *)c->data.any + (size_t)slot * size, (char *)c->data.any + (size_t)last * size, size);
        c->rows[slot] = c->rows[last];
        c->index[probe(c, c->rows[slot])] = slot + 1;
    }
    c->count = last;
}

int an_i_column_make_dense(an_i_column *c, int64_t rows)
{
    return to_dense(c, rows);
}

void an_i_column_free_values(an_i_column *c)
{
    free(c->data.any);
    free(c->present);
    free(c->rows);
    free(c->index);
    c->data.any = NULL;
    c->present = NULL;
    c->rows = c->index = NULL;
    c->count = c->capacity = c->span = c->index_capacity = 0;
    c->dense = 0;
}
