/*
 * arena.c — bump allocation of immutable strings in large chunks.
 */
#include "arena.h"

#include <stdlib.h>
#include <string.h>

#define AN_I_ARENA_CHUNK_BYTES (256u * 1024u)

struct an_i_arena_chunk {
    an_i_arena_chunk *next;
    size_t used;
    size_t size;
    char data[];
};

void an_i_arena_init(an_i_arena *arena)
{
    arena->head = NULL;
    arena->bytes = 0;
}

void an_i_arena_free(an_i_arena *arena)
{
    an_i_arena_chunk *chunk = arena->head;
    while (chunk) {
        an_i_arena_chunk *next = chunk->next;
        free(chunk);
        chunk = next;
    }
    arena->head = NULL;
    arena->bytes = 0;
}

static an_i_arena_chunk *arena_new_chunk(an_i_arena *arena, size_t size)
{
    an_i_arena_chunk *chunk = malloc(sizeof *chunk + size);
    if (!chunk)
        return NULL;
    chunk->used = 0;
    chunk->size = size;
    arena->bytes += size;
    return chunk;
}

char *an_i_arena_strndup(an_i_arena *arena, const char *text, size_t length)
{
    size_t need = length + 1;
    an_i_arena_chunk *chunk = arena->head;
    char *copy;

    if (need > AN_I_ARENA_CHUNK_BYTES / 4) {
        /* A big string gets a chunk of its own, linked behind the current one
         * so the current chunk keeps filling. */
        an_i_arena_chunk *own = arena_new_chunk(arena, need);
        if (!own)
            return NULL;
        if (chunk) {
            own->next = chunk->next;
            chunk->next = own;
        } else {
            own->next = NULL;
            arena->head = own;
        }
        own->used = need;
        copy = own->data;
    } else {
        if (!chunk || chunk->size - chunk->used < need) {
            an_i_arena_chunk *fresh = arena_new_chunk(arena, AN_I_ARENA_CHUNK_BYTES);
            if (!fresh)
                return NULL;
            fresh->next = chunk;
            arena->head = fresh;
            chunk = fresh;
        }
        copy = chunk->data + chunk->used;
        chunk->used += need;
    }
    if (length)
        memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

void an_i_arena_adopt(an_i_arena *into, an_i_arena *from)
{
    if (!from->head)
        return;
    if (!into->head) {
        *into = *from;
    } else {
        an_i_arena_chunk *tail = from->head;
        while (tail->next)
            tail = tail->next;
        tail->next = into->head->next;
        into->head->next = from->head;
        into->bytes += from->bytes;
    }
    from->head = NULL;
    from->bytes = 0;
}
