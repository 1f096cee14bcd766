/*
 * actornet/graphml.h — read and write GraphML.
 *
 * The reader streams the document through libxml2's SAX2 push parser: memory
 * beyond the network itself stays constant. It never fetches or reads
 * external entities or DTDs (XML_PARSE_NONET, no entity substitution, no DTD
 * loading) and refuses entity-expansion bombs. A failed load returns no
 * network; the reason is in an_error_last() with file, line and column.
 *
 * What loads: the GraphML 1.0 dialects written by NetworkX, igraph, Gephi,
 * yEd, Cytoscape and graph-tool — <default> values, for="all" keys, keys
 * without attr.type (string), unknown attr.type (string, with a warning),
 * edges naming nodes declared later, per-edge `directed`, parallel edges,
 * graph data, foreign namespaces and <desc> (kept for write-back), any
 * encoding libxml2 knows, a BOM, CRLF.
 * What is refused (AN_EUNSUPPORTED): <hyperedge>, a nested <graph>, and any
 * reference to an external entity (never opened). A document with several
 * top-level <graph>s loads the one options.graph_index selects (default the
 * first); the others are skipped with a warning.
 *
 * Values: int and long are parsed exactly (no double round trip) and must fit
 * 32 / 64 bits; float and double accept decimal, NaN/INF/-INF (also
 * nan/inf/Infinity) and C99 hex floats (graph-tool writes them); booleans are
 * true/false/yes/no in any case, or 1/0. Strings are kept exactly, never
 * trimmed. An empty value for a numeric or boolean key is read as absent (the
 * default applies) with a warning; an empty string value is the empty string.
 * Internal entities are expanded under a budget (each reference costs its
 * length plus 32 bytes; the total may not exceed 1 MiB + 4 x the bytes read).
 */
#ifndef ACTORNET_GRAPHML_H
#define ACTORNET_GRAPHML_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_GRAPHML_READ_OPTIONS_VERSION 2

/**
 * Options for the GraphML reader. Initialise with AN_GRAPHML_READ_OPTIONS_INIT.
 * Version 1 (without `strict`) is still accepted and reads as strict = 0.
 */
typedef struct an_graphml_read_options {
    unsigned int version;       /**< AN_GRAPHML_READ_OPTIONS_VERSION */
    int graph_index;            /**< which top-level <graph> to read (0 = first) */
    int64_t max_depth;          /**< max element nesting depth (default 256) */
    int64_t max_value_bytes;    /**< max bytes of one attribute value or text node (default 64 MiB) */
    int64_t max_keys;           /**< max number of <key> declarations (default 100000) */
    int strict;                 /**< (version 2) non-zero: refuse, with AN_EFORMAT, what the reader
                                     otherwise repairs with a warning: an edge naming a node never
                                     declared (default: the node is added) and <data> for a key never
                                     declared (default: a string column named after the key id).
                                     Default 0. */
} an_graphml_read_options;

#define AN_GRAPHML_READ_OPTIONS_INIT { AN_GRAPHML_READ_OPTIONS_VERSION, 0, 256, 64 * 1024 * 1024, 100000, 0 }

/**
 * Load a GraphML file.
 * @param out      receives the network; NULL on any failure. The network
 *                 remembers `path` (an_network_source_name) and the line of
 *                 every <node> and <edge> (an_network_node_line / _edge_line).
 * @param path     file name ("-" is not special); used in error messages.
 * @param options  NULL for defaults.
 * @return AN_OK; AN_EMISUSE (NULL out or path, options version mismatch);
 *         AN_EINVAL (an option value out of range); AN_EIO (cannot open/read);
 *         AN_EPARSE (malformed or truncated XML, invalid encoding, undefined
 *         entity, an empty file); AN_EFORMAT (no <graph>, duplicate node id,
 *         value not fitting its type, missing id, a key id declared twice
 *         differently; with options.strict also an unknown endpoint or an
 *         undeclared key, which are otherwise added with a warning);
 *         AN_EUNSUPPORTED (hyperedge, a <graph> in an edge or directly in a
 *         graph, external entity). A <graph> in a node (a yEd group) is
 *         flattened: node columns `parent` and `is_group` keep the nesting
 *         and an_network_save_graphml writes it nested again. No edgedefault
 *         reads undirected, with a warning, as NetworkX and igraph read it.
 *         Warnings: an_network_warning().
 *         AN_ERANGE (options.graph_index past the last graph);
 *         AN_ELIMIT (entity expansion budget, depth, value size, key count); AN_ENOMEM.
 * Time O(file size) expected; memory O(network) plus a constant.
 * Threads: for big inputs the load uses two more threads. From about 1 MiB
 * of <data> values on, one stores the values (number parsing, interning)
 * while libxml2 parses on. From 8 MiB of input on (a regular file or a
 * buffer), another parses a stretch of edges in the middle of the input with
 * a second libxml2 parser while the calling thread parses the start, and the
 * calling thread then takes what it recorded instead of parsing that stretch
 * again; it parses the stretch itself when anything there is not plain edges
 * with <data> (comments, CDATA, entities of a DTD, other elements, markup in
 * values, CR LF line ends, ...). Either way the network, warnings and errors
 * (with their lines and columns) are exactly those of one thread. The
 * environment variable ACTORNET_THREADS=1 keeps the load on the calling thread.
 */
AN_API int an_network_load_graphml(an_network **out, const char *path,
                                   const an_graphml_read_options *options);

/**
 * Load GraphML from a memory buffer. Same as an_network_load_graphml();
 * `name` (may be NULL, then "<buffer>") is used in error messages.
 */
AN_API int an_network_load_graphml_buffer(an_network **out, const char *data, size_t size,
                                          const char *name,
                                          const an_graphml_read_options *options);

#define AN_GRAPHML_WRITE_OPTIONS_VERSION 1

/** Options for the GraphML writer. Initialise with AN_GRAPHML_WRITE_OPTIONS_INIT. */
typedef struct an_graphml_write_options {
    unsigned int version;       /**< AN_GRAPHML_WRITE_OPTIONS_VERSION */
    int indent;                 /**< non-zero: one element per line, indented (default 1) */
} an_graphml_write_options;

#define AN_GRAPHML_WRITE_OPTIONS_INIT { AN_GRAPHML_WRITE_OPTIONS_VERSION, 1 }

/**
 * Write a network as GraphML, atomically (temporary file in the same
 * directory, then rename): on failure any existing file at `path` is intact.
 * Every column becomes a typed <key> (its declared type; ids kept), with its
 * default; absent values are left out; numbers are written so they read back
 * exactly; node and edge ids, per-edge direction (where it differs from
 * edgedefault), graph data and foreign data are written back.
 * @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(n + m + data).
 */
AN_API int an_network_save_graphml(const an_network *network, const char *path,
                                   const an_graphml_write_options *options);

/**
 * Write GraphML to a new memory buffer.
 * @param out       receives a NUL-terminated buffer; free with an_free().
 * @param out_size  receives its length without the NUL (may be NULL).
 * @return as an_network_save_graphml().
 */
AN_API int an_network_graphml_to_buffer(char **out, size_t *out_size, const an_network *network,
                                        const an_graphml_write_options *options);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_GRAPHML_H */
