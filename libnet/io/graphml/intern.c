/*
 * graphml/intern.c — strings the reader keeps in the network: values
 * interned (equal strings share storage, behind a small cache for repeated
 * values), node and edge ids copied into an arena of their own.
 */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

#define INTERN_CACHE_SLOTS 16384    /* power of two; 1 MiB, allocated on first use */

/* Intern a value (string column values, defaults): equal strings share storage. */
const char *an_i_graphml_intern_value(reader *r, const char *text, size_t length)
{
    if (!length)
        text = "";
    uint64_t hash = an_i_string_hash(text, length);
    if (!r->intern_cache && !(r->intern_cache = calloc(INTERN_CACHE_SLOTS, sizeof *r->intern_cache))) {
        an_i_graphml_fail_nomem(r);
        return NULL;
    }
    intern_cache_slot *cached = &r->intern_cache[hash & (INTERN_CACHE_SLOTS - 1)];
    if (cached->text && cached->hash == hash && cached->length == length &&
        memcmp(length <= INTERN_CACHE_INLINE ? cached->bytes : cached->text, text, length) == 0)
        return cached->text;
    /* One probe finds or claims the slot; a claimed slot borrows `text` until
     * the copy replaces it (if the copy fails the load fails, and the table is
     * freed without its keys being read). */
    an_network *n = r->network;
    int inserted = 0;
    an_i_string_slot *slot = an_i_string_table_upsert(&n->interned, text, length, hash, 0, &inserted);
    if (!slot) {
        an_i_graphml_fail_nomem(r);
        return NULL;
    }
    if (inserted) {
        char *copy = an_i_arena_strndup(&n->strings, text, length);
        if (!copy) {
            /* never left pointing at the parser's buffer: the slot becomes a
             * valid (duplicate) entry for the empty string */
            slot->key = "";
            slot->length = 0;
            slot->prefix = 0;
            slot->hash = (uint32_t)an_i_string_hash("", 0);
            an_i_graphml_fail_nomem(r);
            return NULL;
        }
        slot->key = copy;
    }
    const char *kept = slot->key;
    if (length > UINT32_MAX)
        return kept;    /* not cached */
    cached->hash = hash;
    cached->text = kept;
    cached->length = (uint32_t)length;
    if (length <= INTERN_CACHE_INLINE)
        memcpy(cached->bytes, kept, length);
    return kept;
}

/* Copy an id (node or edge id, unresolved endpoint) into the ids' arena,
 * which joins the network's string arena at the end (an_i_graphml_values_finish). Ids are
 * mostly unique, so they skip the intern table. */
const char *an_i_graphml_keep_id(reader *r, const char *text, size_t length)
{
    const char *copy = an_i_arena_strndup(&r->ids, text, length);
    if (!copy)
        an_i_graphml_fail_nomem(r);
    return copy;
}
