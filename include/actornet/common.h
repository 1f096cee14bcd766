/*
 * actornet/common.h — version, status codes, last-error access, shared enums.
 *
 * Every fallible actornet function returns an int: AN_OK (0) on success or one
 * of the negative codes below. The human-readable reason, with file, line and
 * column where they apply, is kept per thread and read with an_error_last().
 * Codes are frozen: new codes are added last, none is ever removed or renumbered.
 *
 * Threads. Separate networks may be used in separate threads at the same time,
 * and one network may be read (analysed, viewed, written) by several threads at
 * once; changing a network (nodes, edges, columns, values, attached results)
 * needs exclusive access. igraph, which Debian builds without thread safety, is
 * only called under one process-wide lock inside actornet, so the analyses that
 * use igraph run one at a time while the rest (loading, writing, views,
 * brokerage, key players, actornet's own betweenness) runs in parallel. The last
 * error is per thread. Do not call igraph yourself, or change libxml2's global
 * settings, while actornet calls run in other threads: the lock only covers
 * actornet's own calls. (tests/threads checks this under ThreadSanitizer and
 * helgrind; see the SECURITY section of the README.)
 */
#ifndef ACTORNET_COMMON_H
#define ACTORNET_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Marks a function as part of the public ABI (everything else is hidden). */
#if defined(ACTORNET_BUILDING) && defined(__GNUC__)
#define AN_API __attribute__((visibility("default")))
#else
#define AN_API
#endif

#define AN_VERSION_MAJOR 0
#define AN_VERSION_MINOR 2
#define AN_VERSION_PATCH 0
#define AN_VERSION_STRING "0.2.0"

/** Status codes. 0 is success; every error is negative. Frozen: append only. */
typedef enum an_status {
    AN_OK = 0,
    AN_ERROR = -1,          /**< unspecified failure (should not normally be seen) */
    AN_ENOMEM = -2,         /**< an allocation failed */
    AN_EINVAL = -3,         /**< an argument has an invalid value (bad name, negative k, ...) */
    AN_EMISUSE = -4,        /**< API misuse: NULL handle or output, options of a wrong version */
    AN_EIO = -5,            /**< a file could not be opened, read, written or renamed */
    AN_EPARSE = -6,         /**< the input is not well-formed XML (or not in the expected syntax) */
    AN_EFORMAT = -7,        /**< well-formed, but not valid GraphML: unknown node, duplicate id,
                                 undeclared key, missing <graph>, ... */
    AN_EUNSUPPORTED = -8,   /**< valid GraphML using a feature actornet does not support
                                 (hyperedges, nested graphs) */
    AN_ELIMIT = -9,         /**< input exceeds a safety limit (entity expansion, nesting depth,
                                 value size, key count) */
    AN_ENOTFOUND = -10,     /**< a named node, edge or column does not exist */
    AN_EEXISTS = -11,       /**< a node id or column name already exists */
    AN_ETYPE = -12,         /**< a value does not fit the declared type, or a column has the wrong type */
    AN_ERANGE = -13,        /**< an index is out of range */
    AN_EALGORITHM = -14,    /**< an algorithm failed (did not converge, igraph error) */
    AN_EVERSION = -15,      /**< library version mismatch */
    AN_EEMPTY = -16,        /**< the operation needs a non-empty network */
    AN_ECANCELED = -17      /**< the calling thread's progress handler cancelled the call
                                 (progress.h) */
} an_status;

/** The last error recorded on the calling thread. */
typedef struct an_error {
    int code;               /**< an an_status value; AN_OK when no error is recorded */
    const char *message;    /**< full text: "FILE:LINE:COL: what" when a location is known */
    const char *reason;     /**< the text without the location prefix */
    const char *file;       /**< input file or buffer name, or NULL */
    long line;              /**< 1-based line, or 0 when unknown */
    long column;            /**< 1-based column, or 0 when unknown */
} an_error;

/**
 * Return the last error recorded on the calling thread.
 * Never NULL; the strings stay valid until the next failing actornet call on
 * this thread. Thread-local: errors in other threads are not visible.
 * Complexity O(1).
 */
AN_API const an_error *an_error_last(void);

/** Forget the calling thread's last error (an_error_last()->code becomes AN_OK). O(1). */
AN_API void an_error_clear(void);

/**
 * Return a static, stable name for a status code ("AN_EPARSE", ...), or
 * "AN_UNKNOWN" for a value that is not a status. O(1).
 */
AN_API const char *an_status_name(int code);

/** Return the library's version string, e.g. "0.2.0" (static storage). O(1). */
AN_API const char *an_version_string(void);

/** Return the library's version as MAJOR*10000 + MINOR*100 + PATCH. O(1). */
AN_API int an_version_number(void);

/**
 * Free memory that an actornet function handed to the caller (buffers,
 * result arrays documented as "free with an_free"). NULL is accepted.
 */
AN_API void an_free(void *memory);

/** The three places GraphML attaches data to. */
typedef enum an_domain {
    AN_DOMAIN_GRAPH = 0,    /**< the graph itself (one row, index 0) */
    AN_DOMAIN_NODE = 1,
    AN_DOMAIN_EDGE = 2
} an_domain;

/** Attribute types: the six types of GraphML's attr.type. */
typedef enum an_type {
    AN_TYPE_BOOLEAN = 0,    /**< stored as int 0/1 */
    AN_TYPE_INT = 1,        /**< 32-bit signed range, stored as int64_t */
    AN_TYPE_LONG = 2,       /**< 64-bit signed, stored as int64_t */
    AN_TYPE_FLOAT = 3,      /**< stored as double (parsed as written, written back exactly) */
    AN_TYPE_DOUBLE = 4,
    AN_TYPE_STRING = 5      /**< UTF-8, NUL-terminated */
} an_type;

/** Return the GraphML name of a type ("boolean", "int", ...), or NULL if invalid. O(1). */
AN_API const char *an_type_name(an_type type);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_COMMON_H */
