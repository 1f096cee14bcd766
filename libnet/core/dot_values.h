/*
 * dot_values.h — which node and edge columns the DOT writer passes to
 * Graphviz as attributes, and what their values must look like.
 *
 * A network read from an untrusted file decides these values, and Graphviz
 * copies some of them into its SVG without escaping (2.43 writes URL, href
 * and fontname into attributes verbatim) or resolves them as files (fontname
 * as a font path, image, shapefile, fontpath, imagepath, stylesheet). So a
 * column passes only when its name is on the allow-list below and its value
 * passes the check of its kind; otherwise the attribute is left out and
 * Graphviz uses its default. The kinds:
 *
 *   number, integer  decimal, within the attribute's range (no NaN, no INF)
 *   colour           colour names, #RRGGBB[AA], HSV triples, "/scheme/name",
 *                    and Graphviz's colour lists ("red:blue", "red;0.3:blue"):
 *                    only letters, digits and # . , : ; / and space
 *   scheme           a colour scheme name: letters and digits
 *   font             a font family name: letters, digits, space, - and _,
 *                    starting with a letter (no path, no quote)
 *   shape            one of Graphviz's polygon shapes (not record/Mrecord,
 *                    which parse the label, nor epsf/custom, which read a file)
 *   style            items from Graphviz's style list (solid, dashed, dotted,
 *                    bold, invis, filled, striped, wedged, diagonals, rounded,
 *                    radial, tapered) or setlinewidth(N), separated by
 *                    commas or spaces
 *   arrow            an arrow type: lower-case letters only
 *   word             one of the attribute's values (dir, labelloc, booleans)
 *   name             letters, digits, . - _ (group)
 *   point            digits, . , + - e E ! (pos)
 *   link             an absolute http:// or https:// URL of RFC 3986
 *                    characters other than ' (no javascript:, data:, file:,
 *                    no relative or protocol-relative address)
 *   target           _blank, _self, _parent, _top, or letters, digits, - _
 *   text             any text (labels, tooltips): written as a quoted, escaped
 *                    DOT string; Graphviz escapes it in its SVG
 * Values longer than 64 bytes fail every kind but link (2048) and text.
 */
#ifndef AN_DOT_VALUES_H
#define AN_DOT_VALUES_H

#include "actornet/network.h"

typedef enum an_i_dot_kind {
    AN_I_DOT_TEXT = 0,
    AN_I_DOT_NUMBER,
    AN_I_DOT_INTEGER,
    AN_I_DOT_COLOUR,
    AN_I_DOT_SCHEME,
    AN_I_DOT_FONT,
    AN_I_DOT_SHAPE,
    AN_I_DOT_STYLE,
    AN_I_DOT_ARROW,
    AN_I_DOT_WORD,
    AN_I_DOT_NAME,
    AN_I_DOT_POINT,
    AN_I_DOT_LINK,
    AN_I_DOT_TARGET
} an_i_dot_kind;

typedef struct an_i_dot_attribute {
    const char *name;
    an_i_dot_kind kind;
    double low, high;               /* number, integer */
    const char *const *words;       /* word: NULL-terminated */
} an_i_dot_attribute;

/** The attribute a node or edge column named `name` becomes, or NULL (not passed). O(log k). */
const an_i_dot_attribute *an_i_dot_find_attribute(an_domain domain, const char *name);

/**
 * 1 when `text` may be written as `attribute`'s value. `number` is the value
 * when the column is numeric (is_number != 0); text is parsed otherwise.
 */
int an_i_dot_acceptable(const an_i_dot_attribute *attribute, const char *text, double number, int is_number);

#endif
