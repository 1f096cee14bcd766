/*
 * actornet/network.h — the network model: nodes with GraphML ids, edges with
 * their own direction, typed attribute columns with defaults and missing marks.
 *
 * A network keeps nodes and edges in insertion (file) order. Node ids are
 * unique strings kept exactly as given, indexed by a hash table. Parallel edges
 * and self-loops are allowed. Each edge carries its own direction, so a
 * network can be directed, undirected or mixed (GraphML allows per-edge
 * `directed`). Attribute values live in typed columns per domain (graph, node,
 * edge); a value is either set, or absent — in which case the column's
 * declared default applies if it has one, and otherwise the value is missing.
 * Missing is never confused with "", 0 or false.
 *
 * Ownership: an_network is an opaque handle owned by the caller, freed with
 * an_network_free(). Strings returned by accessors are owned by the network and
 * stay valid until it is freed. Strings passed in are copied.
 *
 * Thread safety: a network may be read from several threads at once; any
 * mutation needs exclusive access. Separate networks are independent.
 */
#ifndef ACTORNET_NETWORK_H
#define ACTORNET_NETWORK_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct an_network an_network;

/** How the edges of a network are directed, taken over all its edges. */
typedef enum an_direction {
    AN_UNDIRECTED = 0,      /**< every edge undirected */
    AN_DIRECTED = 1,        /**< every edge directed */
    AN_MIXED = 2            /**< both kinds present */
} an_direction;

/** Whether an attribute value is set, comes from the column's default, or is missing. */
typedef enum an_value_state {
    AN_VALUE_SET = 0,       /**< explicitly set */
    AN_VALUE_DEFAULT = 1,   /**< not set; the column's default applies */
    AN_VALUE_MISSING = 2    /**< not set and the column has no default */
} an_value_state;

/* ---- life cycle ------------------------------------------------------- */

/**
 * Create an empty network.
 * @param out       receives the new network; set to NULL on failure.
 * @param directed  default direction of edges added with directed = -1
 *                  (GraphML's edgedefault): non-zero for directed.
 * @return AN_OK, AN_EMISUSE (out NULL), AN_ENOMEM. O(1).
 */
AN_API int an_network_new(an_network **out, int directed);

/** Free a network and everything it owns. NULL is accepted. O(n + m). */
AN_API void an_network_free(an_network *network);

/**
 * Make a deep copy of a network (structure, ids, columns, foreign data).
 * @return AN_OK, AN_EMISUSE, AN_ENOMEM; *out is NULL on failure. O(n + m + data).
 */
AN_API int an_network_copy(an_network **out, const an_network *network);

/* ---- structure -------------------------------------------------------- */

/** Number of nodes, or -1 for a NULL handle. O(1). */
AN_API int64_t an_network_node_count(const an_network *network);

/** Number of edges, or -1 for a NULL handle. O(1). */
AN_API int64_t an_network_edge_count(const an_network *network);

/** The default edge direction (edgedefault): 1 directed, 0 undirected, negative on misuse. O(1). */
AN_API int an_network_default_directed(const an_network *network);

/** Change the default edge direction used for later edges added with directed = -1. O(1). */
AN_API int an_network_set_default_directed(an_network *network, int directed);

/** Direction over all edges: AN_DIRECTED, AN_UNDIRECTED or AN_MIXED; negative on misuse.
 *  An edgeless network reports its default direction. O(1). */
AN_API int an_network_direction(const an_network *network);

/**
 * Add a node.
 * @param id        unique, non-empty UTF-8 id (copied).
 * @param out_node  receives the new node's index (may be NULL).
 * @return AN_OK, AN_EMISUSE, AN_EINVAL (empty id), AN_EEXISTS (id taken), AN_ENOMEM.
 * Amortised O(1).
 */
AN_API int an_network_add_node(an_network *network, const char *id, int64_t *out_node);

/**
 * Add an edge between two existing nodes.
 * @param directed  1 directed, 0 undirected, -1 the network's default.
 * @param id        optional GraphML edge id (copied); NULL for none. Edge ids
 *                  need not be unique (GraphML does not require it of readers).
 * @param out_edge  receives the new edge's index (may be NULL).
 * @return AN_OK, AN_EMISUSE, AN_ERANGE (no such node), AN_ENOMEM. Amortised O(1).
 */
AN_API int an_network_add_edge(an_network *network, int64_t source, int64_t target,
                               int directed, const char *id, int64_t *out_edge);

/**
 * Find a node by id.
 * @return AN_OK with *out_node set, AN_ENOTFOUND, AN_EMISUSE. Expected O(length of id).
 */
AN_API int an_network_find_node(const an_network *network, const char *id, int64_t *out_node);

/** The id of node `node`, or NULL if out of range. O(1). */
AN_API const char *an_network_node_id(const an_network *network, int64_t node);

/** Source and target of an edge. @return AN_OK, AN_EMISUSE, AN_ERANGE. O(1). */
AN_API int an_network_edge_endpoints(const an_network *network, int64_t edge,
                                     int64_t *out_source, int64_t *out_target);

/** 1 if the edge is directed, 0 if undirected, negative on error. O(1). */
AN_API int an_network_edge_directed(const an_network *network, int64_t edge);

/** The GraphML id of an edge, or NULL if it has none or is out of range. O(1). */
AN_API const char *an_network_edge_id(const an_network *network, int64_t edge);

/** The graph's GraphML id (the <graph id=...>), or NULL. O(1). */
AN_API const char *an_network_graph_id(const an_network *network);

/** Set the graph's GraphML id (copied; NULL clears it). @return AN_OK, AN_EMISUSE, AN_ENOMEM. */
AN_API int an_network_set_graph_id(an_network *network, const char *id);

/* ---- attribute columns ------------------------------------------------ */

/**
 * Add an attribute column.
 * @param domain      AN_DOMAIN_GRAPH, AN_DOMAIN_NODE or AN_DOMAIN_EDGE.
 * @param name        the attribute name (GraphML attr.name), non-empty, copied.
 * @param type        value type.
 * @param out_column  receives the column index within its domain (may be NULL).
 * All existing rows start absent (missing, or the default once one is set).
 * @return AN_OK, AN_EMISUSE, AN_EINVAL (bad domain/type/empty name),
 *         AN_EEXISTS (name already used in that domain), AN_ENOMEM. O(rows).
 */
AN_API int an_network_add_column(an_network *network, an_domain domain, const char *name,
                                 an_type type, int *out_column);

/** Find a column by name. @return AN_OK, AN_ENOTFOUND, AN_EMISUSE, AN_EINVAL. O(columns). */
AN_API int an_network_find_column(const an_network *network, an_domain domain,
                                  const char *name, int *out_column);

/** Number of columns in a domain, or negative on error. O(1). */
AN_API int an_network_column_count(const an_network *network, an_domain domain);

/** Name of a column, or NULL when out of range. O(1). */
AN_API const char *an_network_column_name(const an_network *network, an_domain domain, int column);

/** Type of a column (an an_type), or negative on error. O(1). */
AN_API int an_network_column_type(const an_network *network, an_domain domain, int column);

/** The GraphML key id the column was read from or will be written with, or NULL. O(1). */
AN_API const char *an_network_column_key_id(const an_network *network, an_domain domain, int column);

/** Number of rows whose value is AN_VALUE_MISSING (absent, no default); negative on error. O(rows/64). */
AN_API int64_t an_network_column_missing_count(const an_network *network, an_domain domain, int column);

/** 1 if the column has a declared default, 0 if not, negative on error. O(1). */
AN_API int an_network_column_has_default(const an_network *network, an_domain domain, int column);

/* Set a column's declared default. The setter must match the column's type
 * (boolean for BOOLEAN, integer for INT/LONG, real for FLOAT/DOUBLE, string for
 * STRING); INT columns reject integers outside the 32-bit range with AN_ETYPE.
 * @return AN_OK, AN_EMISUSE, AN_ERANGE, AN_ETYPE, AN_ENOMEM. O(1). */
AN_API int an_network_set_default_boolean(an_network *network, an_domain domain, int column, int value);
AN_API int an_network_set_default_integer(an_network *network, an_domain domain, int column, int64_t value);
AN_API int an_network_set_default_real(an_network *network, an_domain domain, int column, double value);
AN_API int an_network_set_default_string(an_network *network, an_domain domain, int column, const char *value);

/** Remove a column's default (absent values become missing). O(1). */
AN_API int an_network_clear_default(an_network *network, an_domain domain, int column);

/* ---- attribute values ------------------------------------------------- */

/* Set one value. `row` is the node or edge index (0 for the graph). Types as
 * for the defaults above. Strings are copied (interned: equal strings share
 * storage). @return AN_OK, AN_EMISUSE, AN_ERANGE (bad column or row),
 * AN_ETYPE (setter does not match the column type, or int out of range),
 * AN_ENOMEM. O(1) amortised (string: expected O(length)). */
AN_API int an_network_set_boolean(an_network *network, an_domain domain, int column, int64_t row, int value);
AN_API int an_network_set_integer(an_network *network, an_domain domain, int column, int64_t row, int64_t value);
AN_API int an_network_set_real(an_network *network, an_domain domain, int column, int64_t row, double value);
AN_API int an_network_set_string(an_network *network, an_domain domain, int column, int64_t row, const char *value);

/** Make a value absent (it then reads as the default, or as missing). O(1). */
AN_API int an_network_unset(an_network *network, an_domain domain, int column, int64_t row);

/** The state of one value (an an_value_state), or negative on error. O(1). */
AN_API int an_network_value_state(const an_network *network, an_domain domain, int column, int64_t row);

/* Read one value. The getter must match the column's type as for the setters
 * (get_real also reads INT/LONG columns, converting; get_integer also reads
 * BOOLEAN columns).
 * @return AN_OK with *out set (the explicit value, or the default when absent),
 *         AN_VALUE_MISSING (a positive 2) when the value is missing — *out is
 *         left untouched — or a negative error: AN_EMISUSE, AN_ERANGE, AN_ETYPE.
 * Strings returned are owned by the network. O(1). */
AN_API int an_network_get_boolean(const an_network *network, an_domain domain, int column, int64_t row, int *out);
AN_API int an_network_get_integer(const an_network *network, an_domain domain, int column, int64_t row, int64_t *out);
AN_API int an_network_get_real(const an_network *network, an_domain domain, int column, int64_t row, double *out);
AN_API int an_network_get_string(const an_network *network, an_domain domain, int column, int64_t row, const char **out);

/**
 * Copy a whole numeric column into a caller buffer in one call (the bulk path
 * for bindings). BOOLEAN, INT, LONG, FLOAT and DOUBLE columns are converted to
 * double; missing values become `missing_value` (e.g. NAN).
 * @param out  caller-owned array of at least `rows` doubles (rows = node count,
 *             edge count, or 1 for the graph).
 * @return AN_OK, AN_EMISUSE, AN_ERANGE, AN_ETYPE (string column). O(rows).
 */
AN_API int an_network_column_to_doubles(const an_network *network, an_domain domain, int column,
                                        double *out, double missing_value);

/* ---- bulk access (one call per network, for bindings and large networks) ---- */

/**
 * All node ids, in node order, as one buffer of NUL-terminated strings laid
 * end to end (id 0, NUL, id 1, NUL, ...). Free with an_free().
 * @param out_size  receives the buffer's length including every NUL (may be NULL).
 * @return AN_OK, AN_EMISUSE, AN_ENOMEM. O(total id length).
 */
AN_API int an_network_node_ids_joined(char **out, size_t *out_size, const an_network *network);

/**
 * Copy every edge's endpoints and direction into caller arrays of
 * an_network_edge_count() elements; any of the three may be NULL.
 * @param out_directed  1 directed, 0 undirected per edge.
 * @return AN_OK, AN_EMISUSE. O(m).
 */
AN_API int an_network_edge_arrays(int64_t *out_sources, int64_t *out_targets, unsigned char *out_directed,
                                  const an_network *network);

/* Read a column's declared default. The getter must match the column type as
 * for the value getters. @return AN_OK with *out set, AN_VALUE_MISSING (2)
 * when the column has no default (*out untouched), or AN_EMISUSE, AN_ERANGE,
 * AN_ETYPE. O(1). */
AN_API int an_network_get_default_boolean(const an_network *network, an_domain domain, int column, int *out);
AN_API int an_network_get_default_integer(const an_network *network, an_domain domain, int column, int64_t *out);
AN_API int an_network_get_default_real(const an_network *network, an_domain domain, int column, double *out);
AN_API int an_network_get_default_string(const an_network *network, an_domain domain, int column, const char **out);

/* ---- diagnostics ------------------------------------------------------- */

/** Number of warnings recorded while loading (unknown attr.type, duplicate attr.name, ...). O(1). */
AN_API int64_t an_network_warning_count(const an_network *network);

/** Warning number `index` as "FILE:LINE:COL: text", or NULL when out of range. O(1). */
AN_API const char *an_network_warning(const an_network *network, int64_t index);

/* ---- provenance of the model itself ---------------------------------- */

/** The file (or buffer name) the network was loaded from, or NULL if built in memory. O(1). */
AN_API const char *an_network_source_name(const an_network *network);

/** The source line of a node's <node> element, or 0 when unknown (built in memory). O(1). */
AN_API long an_network_node_line(const an_network *network, int64_t node);

/** The source line of an edge's <edge> element, or 0 when unknown. O(1). */
AN_API long an_network_edge_line(const an_network *network, int64_t edge);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_NETWORK_H */
