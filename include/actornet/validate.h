/*
 * actornet/validate.h — check a network against the bundled data's schema.
 *
 * A vocabulary (vocabulary.h) lists the allowed actor classes (kind `type`),
 * relations (`relation`) and confidence levels (`confidence`) and what they
 * mean — data/vocabulary.tsv is the bundled one.
 *
 * The validator checks: every node has a class from the vocabulary; every
 * edge has a relation from the vocabulary, a confidence from the vocabulary,
 * a non-empty source and a non-empty locator; no two ties are identical in
 * endpoints (ordered when directed), relation and source; a relation the
 * vocabulary calls symmetric (kin_of, rivals ...) is stored undirected — not
 * as a directed tie, and not twice (a -> b and b -> a with the same source
 * are one tie stored twice, whatever the direction flags say). (Dangling ids are
 * refused by the reader itself, with file, line and column.) Each problem is
 * one line: "FILE:LINE: node 'id': ..." or "FILE:LINE: edge 'id' (a -> b): ...".
 */
#ifndef ACTORNET_VALIDATE_H
#define ACTORNET_VALIDATE_H

#include "network.h"
#include "vocabulary.h"

#ifdef __cplusplus
extern "C" {
#endif

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
