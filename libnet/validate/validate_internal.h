/* validate_internal.h — the vocabulary's layout. */
#ifndef AN_VALIDATE_INTERNAL_H
#define AN_VALIDATE_INTERNAL_H

#include <stdint.h>

#define AN_I_VOCABULARY_KINDS 3

typedef struct an_i_term {
    int kind;       /* index into "type", "relation", "confidence" */
    char *name;
} an_i_term;

struct an_vocabulary {
    an_i_term *terms;
    int64_t count, capacity;
};

/** Index of a kind name, or -1. */
int an_i_vocabulary_kind(const char *kind);

#endif
