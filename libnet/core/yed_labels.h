/*
 * yed_labels.h — the visible labels that yEd and yFiles keep inside their
 * drawing markup.
 *
 * yEd writes a node's label as the text of <y:NodeLabel> inside
 * <y:ShapeNode>, <y:GenericNode>, <y:ProxyAutoBoundsNode> (groups) ..., in a
 * <data> whose <key> says yfiles.type="nodegraphics" (edges: <y:EdgeLabel>,
 * yfiles.type="edgegraphics"); it writes no ordinary label attribute. The
 * GraphML reader keeps that markup whole in a markup column (to write it back
 * unchanged); these helpers find the column and read the label out of it, so
 * that the DOT writer and the report can show yEd's labels where a network
 * has no label column (issue 17). Nothing is added to the network.
 */
#ifndef AN_CORE_YED_LABELS_H
#define AN_CORE_YED_LABELS_H

#include "network_internal.h"

/**
 * The markup column holding yEd's drawing for `domain` (AN_DOMAIN_NODE or
 * AN_DOMAIN_EDGE): the first column kept as raw markup whose <key> declared
 * yfiles.type="nodegraphics" (or "edgegraphics"), or NULL when there is none.
 * O(columns).
 */
const an_i_column *an_i_yed_graphics_column(const an_network *network, an_domain domain);

/**
 * The label yEd shows for `row`: the text of the first <…:NodeLabel> (nodes)
 * or <…:EdgeLabel> (edges) in the row's drawing markup whose own text is not
 * blank, with surrounding white space trimmed and XML references decoded.
 * Parsed with libxml2 (no network, no DTD, no entity loading; undeclared
 * prefixes tolerated). Returns a malloc'ed string the caller frees, or NULL
 * when the row has no markup or no such label (or on out of memory).
 * O(length of the markup).
 */
char *an_i_yed_label(const an_network *network, const an_i_column *graphics, an_domain domain, int64_t row);

#endif
