/*
 * string_table.c — open addressing with linear probing; capacity a power of
 * two, kept at most 70% full. Keys are borrowed (interned elsewhere).
 */
#include "string_table.h"
#include "actornet/common.h"

#include <stdlib.h>
#include <string.h>

static inline uint64_t read64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t mix(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t an_i_string_hash(const char *text, size_t length)
{
    const unsigned char *p = (const unsigned char *)text;
    const uint64_t s0 = 0xa0761d6478bd642fULL, s1 = 0xe7037ed1a0b428dbULL, s2 = 0x8ebc6af09c88c6e3ULL;
    uint64_t h = s0 ^ (uint64_t)length;
    size_t i = length;
    while (i >= 16) {
        h = mix(read64(p) ^ s1, read64(p + 8) ^ h);
        p += 16;
        i -= 16;
    }
    uint64_t a = 0, b = 0;
    if (i >= 8) {
        a = read64(p);
        p += 8;
        i -= 8;
    }
    for (size_t k = 0; k < i; k++)
        b |= (uint64_t)p[k] << (8 * k);
    h = mix(a ^ s1 ^ h, b ^ s2);
    return mix(h ^ s2, (uint64_t)length ^ s1);
}

/* The first 8 bytes of a key, zero-padded (the same on every platform:
 * only compared with other prefixes made here). */
static inline uint64_t key_prefix(const char *text, size_t length)
{
    uint64_t prefix = 0;
    memcpy(&prefix, text, length < 8 ? length : 8);
    return prefix;
}

static inline int slot_matches(const an_i_string_slot *slot, const char *text, size_t length, uint64_t hash,
                               uint64_t prefix)
{
    return slot->hash == (uint32_t)hash && slot->length == (uint32_t)length && slot->prefix == prefix &&
           (length <= 8 || memcmp(slot->key + 8, text + 8, length - 8) == 0);
}

void an_i_string_table_init(an_i_string_table *table)
{
    table->slots = NULL;
    table->capacity = 0;
    table->count = 0;
}

void an_i_string_table_free(an_i_string_table *table)
{
    free(table->slots);
    an_i_string_table_init(table);
}

static int table_rehash(an_i_string_table *table, size_t capacity)
{
    an_i_string_slot *slots = calloc(capacity, sizeof *slots);
    if (!slots)
        return AN_ENOMEM;
    size_t mask = capacity - 1;
    for (size_t i = 0; i < table->capacity; i++) {
        an_i_string_slot *old = &table->slots[i];
        if (!old->key)
            continue;
        size_t at = (size_t)old->hash & mask; /* tables stay below 2^32 slots */
        while (slots[at].key)
            at = (at + 1) & mask;
        slots[at] = *old;
    }
    free(table->slots);
    table->slots = slots;
    table->capacity = capacity;
    return AN_OK;
}

int an_i_string_table_reserve(an_i_string_table *table, size_t count)
{
    size_t capacity = table->capacity ? table->capacity : 16;
    while (count * 10 > capacity * 7)
        capacity *= 2;
    if (capacity == table->capacity)
        return AN_OK;
    return table_rehash(table, capacity);
}

an_i_string_slot *an_i_string_table_find(const an_i_string_table *table, const char *text,
                                         size_t length, uint64_t hash)
{
    if (!table->capacity)
        return NULL;
    size_t mask = table->capacity - 1;
    size_t at = (size_t)hash & mask;
    uint64_t prefix = key_prefix(text, length);
    for (;;) {
        an_i_string_slot *slot = &table->slots[at];
        if (!slot->key)
            return NULL;
        if (slot_matches(slot, text, length, hash, prefix))
            return slot;
        at = (at + 1) & mask;
    }
}

an_i_string_slot *an_i_string_table_upsert(an_i_string_table *table, const char *key,
                                           size_t length, uint64_t hash, int64_t value,
                                           int *inserted)
{
    if ((table->count + 1) * 10 > table->capacity * 7) {
        if (table_rehash(table, table->capacity ? table->capacity * 2 : 16) != AN_OK)
            return NULL;
    }
    size_t mask = table->capacity - 1;
    size_t at = (size_t)hash & mask;
    uint64_t prefix = key_prefix(key, length);
    for (;;) {
        an_i_string_slot *slot = &table->slots[at];
        if (!slot->key) {
            slot->key = key;
            slot->length = (uint32_t)length;
            slot->hash = (uint32_t)hash;
            slot->prefix = prefix;
            slot->value = value;
            table->count++;
            if (inserted)
                *inserted = 1;
            return slot;
        }
        if (slot_matches(slot, key, length, hash, prefix)) {
            if (inserted)
                *inserted = 0;
            return slot;
        }
        at = (at + 1) & mask;
    }
}
