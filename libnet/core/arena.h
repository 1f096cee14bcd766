/*
 * arena.h — a bump allocator for many small immutable strings. Everything is
 * freed at once with the arena. Not thread-safe.
 */
#ifndef AN_ARENA_H
#define AN_ARENA_H

#include <stddef.h>

typedef struct an_i_arena_chunk an_i_arena_chunk;

typedef struct an_i_arena {
    an_i_arena_chunk *head;     /* current chunk (list through ->next) */
    size_t bytes;               /* total bytes reserved, for accounting */
} an_i_arena;

void an_i_arena_init(an_i_arena *arena);
void an_i_arena_free(an_i_arena *arena);

/** Copy `length` bytes and a NUL into the arena; NULL on out of memory. O(length). */
char *an_i_arena_strndup(an_i_arena *arena, const char *text, size_t length);

/**
 * Move every chunk of `from` into `into` (strings keep their addresses);
 * `from` is left empty. `into` keeps filling its current chunk. O(chunks of from).
 */
void an_i_arena_adopt(an_i_arena *into, an_i_arena *from);

#endif
