/*
 * actornet/vocabulary.h — what the classes and relations of a network mean.
 *
 * A vocabulary lists the allowed actor classes (kind `type`), relations
 * (`relation`) and confidence levels (`confidence`), each with a one-line
 * definition, and says what they MEAN for analysis:
 *
 *  - each class its MODE: `agent` (something that acts: state, unit,
 *    organisation, group, person ...) or `context` (something acted in, on
 *    or through: place, event, media, facility, resource ...). Context nodes
 *    are not actors: lenses (lens.h) leave them out of agent rankings and
 *    the report treats them with two-mode measures.
 *  - each relation its FAMILY (a short free word that groups relations for
 *    display and filtering: command, resources, legal ...), its SIGN
 *    (`cooperative`: a bond of the network; `hostile`: conflict or a legal
 *    action against — evidence about the network, not a bond of it;
 *    `neutral`: descriptive, e.g. located_in), whether it is SYMMETRIC (no
 *    direction at all: kinship, rivalry), and its FLOW: whether influence,
 *    control, resources or ideas flow along the tie and which way relative
 *    to the stored source -> target: `forward` (funds, trains, commands),
 *    `backward` (member_of, part_of: control flows from the organisation or
 *    whole to its member or part; emulates: ideas flow from the emulated),
 *    `both` (symmetric bonds such as kinship) or `none` (descriptive or
 *    hostile ties, which no chain of influence may use).
 *
 * The file. UTF-8, tab-separated, one header line naming the columns, then
 * one row per term. `kind`, `name` and `definition` are required and come
 * first; the semantics columns `mode`, `family`, `sign`, `symmetric`
 * (yes/no) and `flow` are optional, in any order, and a cell may be empty
 * (unknown). A file without a header line is read as the three required
 * columns (actornet 0.1's format). Blank lines and lines starting with '#'
 * are skipped; a line ending in CR LF is accepted. data/vocabulary.tsv is the
 * bundled vocabulary; it is also compiled into the library
 * (an_vocabulary_builtin()).
 *
 * Where an analysis finds its vocabulary (lens.h): the one the caller gives;
 * else the network's own — a graph-level string attribute named `vocabulary`
 * holding the file's text, so a GraphML file can carry its semantics; else
 * the built-in one. A user's vocabulary replaces the built-in one wholly: the
 * rules come from the vocabulary, never from names hard-wired in code.
 *
 * Rules checked on load: a symmetric relation's flow is `both` or `none`;
 * sign, mode, symmetric and flow take only the values above; a term is not
 * listed twice for one kind. Violations are AN_EPARSE naming FILE:LINE:COL.
 */
#ifndef ACTORNET_VOCABULARY_H
#define ACTORNET_VOCABULARY_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct an_vocabulary an_vocabulary;

/** What a class is (column `mode`). */
typedef enum an_mode {
    AN_MODE_UNKNOWN = 0,    /**< not in the vocabulary, or no mode given */
    AN_MODE_AGENT = 1,      /**< acts: person, group, organisation, unit, state ... */
    AN_MODE_CONTEXT = 2     /**< is acted in, on or through: place, event, media ... */
} an_mode;

/** The sign of a relation (column `sign`). */
typedef enum an_sign {
    AN_SIGN_UNKNOWN = 0,    /**< not in the vocabulary, or no sign given */
    AN_SIGN_COOPERATIVE = 1,/**< a bond: command, funding, membership, kinship ... */
    AN_SIGN_HOSTILE = 2,    /**< conflict or action against: opposes, arrested, targets ... */
    AN_SIGN_NEUTRAL = 3     /**< descriptive: located_in, visited ... */
} an_sign;

/** Whether and which way influence flows along a relation (column `flow`). */
typedef enum an_flow {
    AN_FLOW_UNKNOWN = 0,    /**< not in the vocabulary, or no flow given */
    AN_FLOW_NONE = 1,       /**< carries no influence */
    AN_FLOW_FORWARD = 2,    /**< from the stored source to the stored target */
    AN_FLOW_BACKWARD = 3,   /**< from the stored target to the stored source */
    AN_FLOW_BOTH = 4        /**< both ways (symmetric bonds) */
} an_flow;

/** The semantics of one relation. Strings belong to the vocabulary. */
typedef struct an_relation_semantics {
    const char *family;     /**< family, or NULL when not given */
    int sign;               /**< an_sign */
    int symmetric;          /**< 1 yes, 0 no, -1 not given */
    int flow;               /**< an_flow */
} an_relation_semantics;

/**
 * Load a vocabulary file (format above).
 * @param out   receives the vocabulary (free with an_vocabulary_free()); NULL on failure.
 * @param path  the file.
 * @return AN_OK; AN_EMISUSE (NULL argument); AN_EIO (cannot open or read);
 *         AN_EPARSE (a malformed row, an unknown kind, column or value, a
 *         duplicate term; the message names FILE:LINE:COL); AN_ENOMEM.
 * Complexity O(file size + terms log terms).
 */
AN_API int an_vocabulary_load(an_vocabulary **out, const char *path);

/**
 * Parse a vocabulary from text in memory (same format and errors as
 * an_vocabulary_load(); `name` is used in messages and may be NULL).
 * The text need not be NUL-terminated. O(length + terms log terms).
 */
AN_API int an_vocabulary_parse(an_vocabulary **out, const char *text, size_t length, const char *name);

/**
 * The vocabulary compiled into the library (data/vocabulary.tsv of the
 * source tree it was built from). A new copy each call; free it with
 * an_vocabulary_free(). AN_OK / AN_EMISUSE / AN_ENOMEM. O(its size).
 */
AN_API int an_vocabulary_builtin(an_vocabulary **out);

/**
 * The vocabulary a network carries: the text of its graph-level string
 * column named `vocabulary`, parsed as a vocabulary file (messages name the
 * network's source and say "graph attribute 'vocabulary'").
 * @return AN_OK; AN_ENOTFOUND when the network has no such column or value
 *         (*out NULL); AN_EPARSE when the text is not a valid vocabulary;
 *         AN_EMISUSE; AN_ENOMEM. O(its size).
 */
AN_API int an_vocabulary_from_network(an_vocabulary **out, const an_network *network);

/**
 * The vocabulary as text in the file format above, with every semantics
 * column (so an_vocabulary_parse() of it gives the same vocabulary), e.g. to
 * store in a network's `vocabulary` graph attribute.
 * @param out         receives the text (free with an_free()); NULL on failure.
 * @param out_length  receives its length in bytes (may be NULL).
 * @return AN_OK, AN_EMISUSE, AN_ENOMEM. O(size).
 */
AN_API int an_vocabulary_text(char **out, size_t *out_length, const an_vocabulary *vocabulary);

/** Free a vocabulary; NULL is accepted. */
AN_API void an_vocabulary_free(an_vocabulary *vocabulary);

/** 1 if `name` is a term of `kind` ("type", "relation" or "confidence"), else 0. O(log terms). */
AN_API int an_vocabulary_has(const an_vocabulary *vocabulary, const char *kind, const char *name);

/** Number of terms (all kinds), 0 for NULL. O(1). */
AN_API int64_t an_vocabulary_count(const an_vocabulary *vocabulary);

/**
 * Term `index` (0 <= index < count, in file order): its kind ("type",
 * "relation" or "confidence", static), name and definition (owned by the
 * vocabulary). Any output pointer may be NULL.
 * @return AN_OK; AN_EMISUSE; AN_ERANGE for a bad index. O(1).
 */
AN_API int an_vocabulary_term(const an_vocabulary *vocabulary, int64_t index, const char **out_kind,
                              const char **out_name, const char **out_definition);

/**
 * The semantics of a relation.
 * @param out  receives them; for a relation not in the vocabulary every
 *             field is unknown (family NULL, sign and flow 0, symmetric -1).
 * @return AN_OK when the relation is a term; AN_ENOTFOUND when it is not
 *         (out filled as unknown; no last error is recorded); AN_EMISUSE.
 * O(log terms).
 */
AN_API int an_vocabulary_relation(an_relation_semantics *out, const an_vocabulary *vocabulary,
                                  const char *relation);

/**
 * The mode of a class: an an_mode value; AN_MODE_UNKNOWN when the class is
 * not a term, has no mode, or an argument is NULL. O(log terms).
 */
AN_API int an_vocabulary_class_mode(const an_vocabulary *vocabulary, const char *class_name);

/** Static names: "agent"/"context"/"unknown"; "cooperative"/"hostile"/"neutral"/"unknown";
 *  "forward"/"backward"/"both"/"none"/"unknown". Unknown values give "unknown". O(1). */
AN_API const char *an_mode_name(int mode);
AN_API const char *an_sign_name(int sign);
AN_API const char *an_flow_name(int flow);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_VOCABULARY_H */
