/*
 * actornet/dot.h — write Graphviz DOT.
 *
 * Output is always valid DOT: every id and value is a quoted string with
 * `"` and `\` escaped and line breaks written as `\n`; UTF-8 passes through;
 * numbers are written at full precision. Nodes are named by their GraphML id.
 * The node label comes from the `label` column (falling back to the id).
 * Columns whose names are on an allow-list of Graphviz attributes that only
 * change appearance (color, shape, fillcolor, style, penwidth, ...) pass
 * through as those attributes, so styling is a matter of setting columns
 * (see the report module); other columns are not written. Because the file
 * may come from someone else, each value must also pass a check of its kind
 * (numbers in range, colour and font names of plain characters, known shape
 * and style names, links only as absolute http(s) URLs without quotes):
 * a value that fails is left out, so no data makes Graphviz open a file
 * (image, shapefile, fontname as a path are never written) or write markup
 * into its SVG (README, Security). A mixed network is written as a digraph
 * with undirected edges given `dir=none`.
 *
 * Above 300 actors or 300 ties, unless graph_attributes sets `layout` or
 * `splines`, the DOT selects `layout=sfdp; splines=line;` with a comment
 * saying why: Graphviz's default engine takes minutes there
 * (bench/dot_layout.py).
 */
#ifndef ACTORNET_DOT_H
#define ACTORNET_DOT_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_DOT_WRITE_OPTIONS_VERSION 1

/** Options for the DOT writer. Initialise with AN_DOT_WRITE_OPTIONS_INIT. */
typedef struct an_dot_write_options {
    unsigned int version;           /**< AN_DOT_WRITE_OPTIONS_VERSION */
    const char *label_column;       /**< node column used for labels (default "label") */
    const char *edge_label_column;  /**< edge column shown as edge label, or NULL for none */
    const char *graph_name;         /**< name after `digraph`, or NULL for none */
    const char *const *graph_attributes; /**< NULL-terminated list of "name", "value" pairs
                                              written as graph attributes (e.g. "overlap",
                                              "prism"), or NULL */
} an_dot_write_options;

#define AN_DOT_WRITE_OPTIONS_INIT { AN_DOT_WRITE_OPTIONS_VERSION, "label", NULL, NULL, NULL }

/**
 * Write a network as DOT, atomically (temporary file + rename).
 * @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(n + m).
 */
AN_API int an_network_save_dot(const an_network *network, const char *path,
                               const an_dot_write_options *options);

/** Write DOT to a new NUL-terminated buffer (free with an_free()). Errors as above. */
AN_API int an_network_dot_to_buffer(char **out, size_t *out_size, const an_network *network,
                                    const an_dot_write_options *options);

/**
 * Return 1 if `name` is a Graphviz attribute the DOT writer passes through for
 * the given domain (node or edge), else 0. O(1).
 */
AN_API int an_dot_is_graphviz_attribute(an_domain domain, const char *name);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_DOT_H */
