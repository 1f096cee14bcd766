/*
 * actornet/validate.h — check a network against the bundled data's schema.
 *
 * A vocabulary is a tab-separated file with the header `kind<TAB>name<TAB>definition`
 * and one row per allowed actor class (kind `type`), relation (`relation`)
 * or confidence level (`confidence`) — data/vocabulary.tsv is the bundled one.
 *
 * The validator checks: every node has a class from the vocabulary; every
 * edge has a relation from the vocabulary, a confidence from the vocabulary,
 * a non-empty source and a non-empty locator; no two ties are identical in
 * endpoints (ordered when directed), relation and source. (Dangling ids are
 * refused by the reader itself, with file, line and column.) Each problem is
 * one line: "FILE:LINE: node 'id': ..." or "FILE:LINE: edge 'id' (a -> b): ...".
 */
#ifndef ACTORNET_VALIDATE_H
#define ACTORNET_VALIDATE_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct an_vocabulary an_vocabulary;

/**
 * Load a vocabulary file.
 * @return AN_OK; AN_EMISUSE; AN_EIO (cannot read); AN_EPARSE (a row without
 *         three tab-separated fields, or an unknown kind; message names the line);
 *         AN_ENOMEM. *out is NULL on failure. O(file size).
 */
AN_API int an_vocabulary_load(an_vocabulary **out, const char *path);

/** Free a vocabulary; NULL is accepted. */
AN_API void an_vocabulary_free(an_vocabulary *vocabulary);

/** 1 if `name` is a term of `kind` ("type", "relation" or "confidence"), else 0. O(terms). */
AN_API int an_vocabulary_has(const an_vocabulary *vocabulary, const char *kind, const char *name);

#define AN_VALIDATE_OPTIONS_VERSION 1

typedef struct an_validate_options {
    unsigned int version;           /**< AN_VALIDATE_OPTIONS_VERSION */
    const char *class_column;       /**< default "type" */
    const char *relation_column;    /**< default "relation" */
    const char *confidence_column;  /**< default "confidence" */
    const char *source_column;      /**< default "source" */
    const char *locator_column;     /**< default "locator" */
} an_validate_options;

#define AN_VALIDATE_OPTIONS_INIT { AN_VALIDATE_OPTIONS_VERSION, "type", "relation", "confidence", "source", "locator" }

/**
 * Validate a network.
 * @param out_report    receives the problems, one per line (NUL-terminated,
 *                      "" when none); free with an_free().
 * @param out_problems  receives the number of problems (may be NULL).
 * @return AN_OK whether or not problems were found (check *out_problems);
 *         AN_EMISUSE; AN_ENOMEM. O(n + m) expected.
 */
AN_API int an_network_validate(char **out_report, int64_t *out_problems, const an_network *network,
                               const an_vocabulary *vocabulary, const an_validate_options *options);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_VALIDATE_H */
