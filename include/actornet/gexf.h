/*
 * actornet/gexf.h — read and write GEXF, Gephi's own format (1.1draft,
 * 1.2draft and 1.3), static and dynamic.
 *
 * The reader streams the document through libxml2's SAX2 push parser with
 * XML_PARSE_NONET and no entity substitution. A document with a DTD
 * (<!DOCTYPE ...>) is refused (AN_EUNSUPPORTED): GEXF has no DTD, Gephi and
 * NetworkX never write one, and refusing it closes every entity-expansion
 * and external-entity attack at once. A failed load returns no network; the
 * reason is in an_error_last() as "FILE:LINE:COL: what".
 *
 * How GEXF maps onto the model (network.h), and back (the writer inverts
 * every rule, so GEXF -> actornet -> GEXF keeps what was read):
 *  - <graph defaultedgetype="directed|undirected|mixed">: the network's
 *    default direction (absent: undirected, as in the GEXF schema, NetworkX
 *    and Gephi; mixed: undirected); edge `type` directed / undirected gives
 *    each edge its own direction. type="mutual" (both ways) is read as an
 *    undirected edge with the boolean edge column `mutual` set to true.
 *  - node and edge `id`, node `label` (string column `label`), edge `label`
 *    (edge column `label`), `weight` (double edge column `weight`), `kind`
 *    (string edge column `kind`). A node without id, or an edge without
 *    source or target, is AN_EFORMAT. Edge ids are kept (an edge without one
 *    gets none).
 *  - <attributes class="node|edge"> declare columns (class="graph" declares
 *    graph columns; GEXF has no place for their values, so they stay empty): the column is
 *    named by the attribute's title (its id when it has none; a title that
 *    clashes with a column above or an earlier attribute is made unique with
 *    "_" and the id, with a warning), and remembers the id as its key id.
 *    Types: boolean -> BOOLEAN; integer, short, byte -> INT; long -> LONG;
 *    float -> FLOAT; double -> DOUBLE; string -> STRING; every other type
 *    (liststring, date, anyURI, biginteger, bigdecimal, char, list types,
 *    and unknown ones, the last with a warning) -> STRING keeping the text
 *    exactly. <default> becomes the column's default.
 *  - <attvalue for value> (also directly inside <node>/<edge>, as some Gephi
 *    files have it): the value, parsed strictly as the declared type
 *    (AN_EFORMAT naming value, attribute and line when it does not fit); an
 *    empty numeric value is absent, with a warning. An <attvalue> for an
 *    undeclared attribute declares a string column, with a warning
 *    (AN_EFORMAT with options.strict).
 *  - the viz namespace, as Gephi's own GraphML export names them:
 *    viz:color r g b -> int columns `r`, `g`, `b` (a -> float `alpha`),
 *    viz:position x y z -> float `x`, `y`, `z`, viz:size -> float `size`,
 *    viz:thickness (edges) -> float `thickness`, viz:shape -> string
 *    `shape` (the names and types of Gephi's GraphML export, so Gephi's
 *    GraphML and GEXF of one graph load alike). Edge colours use the same
 *    names in the edge domain. An edge `weight` column has the default 1.0
 *    (GEXF's), so an edge without weight reads as 1.0.
 *  - hierarchy: nested <nodes> inside a <node>, and `pid`, are flattened:
 *    every node is in the network, and the string node column `parent`
 *    holds the id of its parent (as the GraphML reader does for groups).
 *    Nested <edges> inside a <node> are read as ordinary edges.
 *  - time: a node's or edge's own `start` / `end` (also `startopen` /
 *    `endopen`, read as closed bounds with a warning, and a single `<spell>`)
 *    become the node or edge columns
 *    `start` and `end` (the names actornet's timeline and filters read):
 *    string columns for timeformat date / dateTime (text kept as written),
 *    double for double, long for integer. A `timestamp` t reads as
 *    start = end = t. Several <spell>s: the string column `spells` holds all
 *    of them in Gephi's interval-set text, "<[s1, e1]; [s2, e2]>" (an open
 *    bound written as -Infinity / Infinity), and `start` / `end` hold the
 *    earliest start and the latest end.
 *  - dynamic attributes (an <attvalue> with start / end / timestamp, in an
 *    <attributes mode="dynamic"> block or not): the column is a STRING
 *    column whose value is Gephi's interval-map text, the form Gephi's own
 *    GraphML and CSV exports use: "<[s1, e1, v1]; [s2, e2, v2]>", each value
 *    written as in GEXF, quoted with '"' (and \" \\ inside) when it holds
 *    any of ,;[]<>"\ or a leading or trailing space. The declared GEXF type
 *    and mode are kept with the column (its GraphML key attributes
 *    ` gexf.type="integer" gexf.mode="dynamic"`, as yEd's `yfiles.type` is
 *    kept), so the writer declares them again.
 *  - a GEXF type actornet stores as text (date, liststring, anyURI, ...) is
 *    kept the same way (` gexf.type="liststring"`).
 *  - <meta> (creator, title, description, keywords, lastmodifieddate) become
 *    graph string columns `gexf_creator`, `gexf_title`, `gexf_description`,
 *    `gexf_keywords`, `gexf_lastmodifieddate`; the graph's `timeformat` is the
 *    graph string column `gexf_timeformat` (the writer derives `mode` itself;
 *    timerepresentation="timestamp" needs nothing: a timestamp t is [t, t]).
 *  - GEXF 1.1's <parents><parent for=.../></parents> sets `parent` too.
 *    <slices> and <options> are skipped silently.
 *  - other elements and namespaces are skipped (never fatal); the first one
 *    skipped is named in a warning.
 *
 * Like the GraphML reader (issue 17 item 3): an edge naming a node that is
 * not declared anywhere in the document creates that node, with a warning
 * naming the line; with options.strict it is AN_EFORMAT. A duplicate node id
 * is AN_EFORMAT (NetworkX merges them silently).
 */
#ifndef ACTORNET_GEXF_H
#define ACTORNET_GEXF_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_GEXF_READ_OPTIONS_VERSION 1

/** Options for the GEXF reader. Initialise with AN_GEXF_READ_OPTIONS_INIT. */
typedef struct an_gexf_read_options {
    unsigned int version;       /**< AN_GEXF_READ_OPTIONS_VERSION */
    int strict;                 /**< non-zero: an edge to an undeclared node is AN_EFORMAT
                                     (default 0: the node is created, with a warning) */
    int64_t max_depth;          /**< max element nesting depth (default 256) */
    int64_t max_value_bytes;    /**< max bytes of one attribute value (default 64 MiB) */
} an_gexf_read_options;

#define AN_GEXF_READ_OPTIONS_INIT { AN_GEXF_READ_OPTIONS_VERSION, 0, 256, 64 * 1024 * 1024 }

/**
 * Load a GEXF file.
 * @param out      receives the network; NULL on any failure. The network
 *                 remembers `path` (an_network_source_name) and the line of
 *                 every <node> and <edge>.
 * @param path     the file; used in messages.
 * @param options  NULL for the defaults.
 * @return AN_OK; AN_EMISUSE (NULL out or path, options of a wrong version);
 *         AN_EINVAL (an option out of range); AN_EIO (cannot open or read);
 *         AN_EPARSE (malformed XML, invalid encoding, undefined entity, not
 *         a <gexf> document); AN_EFORMAT (no <graph>, missing or duplicate
 *         id, unknown attribute in <attvalue>, a value not fitting its type,
 *         a malformed interval, with options.strict an unknown endpoint);
 *         AN_EUNSUPPORTED (a DTD); AN_ELIMIT (depth, value size, libxml2's
 *         own limits); AN_ENOMEM.
 * Time O(file size) expected; memory O(network) plus a constant.
 */
AN_API int an_gexf_read(an_network **out, const char *path, const an_gexf_read_options *options);

/**
 * Load GEXF from memory. As an_gexf_read(); `name` (may be NULL, then
 * "<buffer>") is used in messages.
 */
AN_API int an_gexf_read_buffer(an_network **out, const char *data, size_t size, const char *name,
                               const an_gexf_read_options *options);

#define AN_GEXF_WRITE_OPTIONS_VERSION 1

/** Options for the GEXF writer. Initialise with AN_GEXF_WRITE_OPTIONS_INIT. */
typedef struct an_gexf_write_options {
    unsigned int version;       /**< AN_GEXF_WRITE_OPTIONS_VERSION */
    int indent;                 /**< non-zero: one element per line, indented (default 1) */
} an_gexf_write_options;

#define AN_GEXF_WRITE_OPTIONS_INIT { AN_GEXF_WRITE_OPTIONS_VERSION, 1 }

/**
 * Write a network as GEXF 1.2draft (namespace http://www.gexf.net/1.2draft,
 * the version Gephi 0.9 and 0.10, NetworkX and graphology all read; 1.3 adds
 * nothing this writer needs), atomically as every actornet writer does
 * (a temporary file renamed over `path`; "/dev/stdout", "/dev/fd/N" and
 * character devices are written in place). Inverse of the reader's mapping
 * above: defaultedgetype is the network's default direction and an edge
 * whose direction differs carries its own `type` (GEXF 1.2 has no "mixed"
 * default; NetworkX refuses such mixed files, Gephi and graphology read
 * them); columns `label`, `weight`, `kind`, `mutual`, the viz
 * columns (numeric `r` `g` `b` [`alpha`], `x` `y` [`z`], `size`,
 * `thickness`, string `shape`), `parent` (as `pid`), `start` / `end` /
 * `spells` (as the element's start / end or <spells>; the graph becomes
 * mode="dynamic" with a timeformat from the column types: string columns
 * -> date, integer -> integer, real -> double) become GEXF's own
 * attributes; every other column becomes a declared <attribute> with its
 * type (or the kept GEXF type), default and values; columns holding Gephi
 * interval maps (read from dynamic attributes) are written back as dynamic
 * <attvalue>s with start and end. Numbers read back exactly (the
 * infinities as Infinity / -Infinity, which Java, Python and actornet read).
 * Graph columns other than the gexf_* ones above are not written: GEXF 1.2
 * has no graph attribute values.
 * @return AN_OK, AN_EMISUSE (NULL network or path, wrong options version),
 *         AN_EINVAL (text XML 1.0 cannot hold: a control character, invalid
 *         UTF-8; the message names the node or edge and column), AN_EIO,
 *         AN_ENOMEM. O(n + m + values).
 */
AN_API int an_network_save_gexf(const an_network *network, const char *path,
                                const an_gexf_write_options *options);

/**
 * Write GEXF into a new NUL-terminated buffer (*out, free with an_free();
 * *out_size its length without the NUL, may be NULL). Errors as
 * an_network_save_gexf().
 */
AN_API int an_network_gexf_to_buffer(char **out, size_t *out_size, const an_network *network,
                                     const an_gexf_write_options *options);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_GEXF_H */
