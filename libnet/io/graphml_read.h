/*
 * graphml_read.h — conventions of the GraphML reader that the writer needs
 * to know (private; not installed).
 *
 * Extra XML attributes of <graph>, <node> and <edge> that the model does not
 * interpret (sourceport/targetport, parse.* hints, attributes in other
 * namespaces, namespace declarations) are kept as fragments at place
 * AN_I_PLACE_ATTRIBUTES(domain) with the row of the element. Their markup is
 * an attribute list, each attribute with a leading space and already
 * escaped, e.g. ` sourceport="west" y:flag="1"`, to be written back inside
 * the element's start tag. A writer that does not know these places simply
 * never sees them (it looks fragments up by AN_DOMAIN_* / AN_I_PLACE_*).
 *
 * (These belong in libnet/core/network_internal.h next to
 * AN_I_PLACE_DOCUMENT and AN_I_PLACE_KEYS; they live here until the owner of
 * that header moves them.)
 */
#ifndef AN_GRAPHML_READ_H
#define AN_GRAPHML_READ_H

#include "network_internal.h"

#ifndef AN_I_PLACE_ATTRIBUTES
/** Place of the extra-attribute fragment of a <graph> (5), <node> (6) or <edge> (7). */
#define AN_I_PLACE_ATTRIBUTES(domain) (5 + (int)(domain))
#define AN_I_PLACE_IS_ATTRIBUTES(place) ((place) >= 5 && (place) <= 7)
#endif

#endif
