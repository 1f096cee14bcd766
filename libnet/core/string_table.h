/*
 * string_table.h — an open-addressing hash table from strings to int64
 * values. The table does not own key memory: keys must outlive it (they are
 * interned in an arena). Used for string interning and the node-id index.
 * A slot is 32 bytes and holds the key's first 8 bytes, so a lookup of a key
 * of up to 8 bytes reads one cache line of the table and nothing else.
 */
#ifndef AN_STRING_TABLE_H
#define AN_STRING_TABLE_H

#include <stddef.h>
#include <stdint.h>

typedef struct an_i_string_slot {
    const char *key;        /* NULL = empty slot */
    int64_t value;
    uint32_t hash;          /* low 32 bits of the key's hash */
    uint32_t length;        /* key length (keys are shorter than 4 GiB) */
    uint64_t prefix;        /* the key's first 8 bytes, zero-padded: short keys
                               (most node ids) compare without touching the key */
} an_i_string_slot;

typedef struct an_i_string_table {
    an_i_string_slot *slots;
    size_t capacity;        /* power of two, or 0 */
    size_t count;
} an_i_string_table;

/** 64-bit hash of a byte string (wyhash-like mixing; not cryptographic). */
uint64_t an_i_string_hash(const char *text, size_t length);

void an_i_string_table_init(an_i_string_table *table);
void an_i_string_table_free(an_i_string_table *table);

/** Pre-size for `count` entries. Returns 0 or AN_ENOMEM. */
int an_i_string_table_reserve(an_i_string_table *table, size_t count);

/** Find `text`; returns the slot or NULL. Expected O(length). */
an_i_string_slot *an_i_string_table_find(const an_i_string_table *table, const char *text,
                                         size_t length, uint64_t hash);

/**
 * Find or insert. On insert the slot's key is NULL-free: `key` (which must
 * equal text and stay alive) is stored with `value`; *inserted says which.
 * Returns the slot, or NULL on out of memory.
 */
an_i_string_slot *an_i_string_table_upsert(an_i_string_table *table, const char *key,
                                           size_t length, uint64_t hash, int64_t value,
                                           int *inserted);

#endif
