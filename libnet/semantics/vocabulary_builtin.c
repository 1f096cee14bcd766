/*
 * vocabulary_builtin.c — the vocabulary compiled into the library
 * (data/vocabulary.tsv, embedded at build time by libnet/core/embed_text.py).
 */
#include "actornet/vocabulary.h"
#include "error_internal.h"

extern const char an_i_builtin_vocabulary[];
extern const size_t an_i_builtin_vocabulary_length;

int an_vocabulary_builtin(an_vocabulary **out)
{
    if (out)
        *out = NULL;
    if (!out)
        return AN_I_MISUSE("out is NULL");
    return an_vocabulary_parse(out, an_i_builtin_vocabulary, an_i_builtin_vocabulary_length,
                               "built-in vocabulary");
}
