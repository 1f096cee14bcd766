/* vocabulary_internal.h — the vocabulary's layout (semantics/vocabulary.c). */
#ifndef AN_VOCABULARY_INTERNAL_H
#define AN_VOCABULARY_INTERNAL_H

#include "actornet/vocabulary.h"

#include <stdint.h>

#define AN_I_VOCABULARY_KINDS 3
enum { AN_I_KIND_TYPE = 0, AN_I_KIND_RELATION = 1, AN_I_KIND_CONFIDENCE = 2 };

typedef struct an_i_term {
    int kind;               /* AN_I_KIND_* */
    char *name;
    char *definition;       /* "" when empty */
    char *family;           /* NULL when not given */
    int mode;               /* an_mode */
    int sign;               /* an_sign */
    int symmetric;          /* 1, 0, -1 not given */
    int flow;               /* an_flow */
} an_i_term;

struct an_vocabulary {
    an_i_term *terms;       /* file order */
    int64_t count, capacity;
    int64_t *sorted;        /* term indices by (kind, name), for lookups */
};

/** Index of a kind name, or -1. */
int an_i_vocabulary_kind(const char *kind);

/** The term of `kind` named `name`, or NULL. O(log terms). */
const an_i_term *an_i_vocabulary_find(const an_vocabulary *vocabulary, int kind, const char *name);

#endif
