/*
 * graphml_read.h — conventions of the GraphML reader that the writer needs
 * to know (private; not installed).
 *
 * Extra XML attributes of <graph>, <node> and <edge> that the model does not
 * interpret (sourceport/targetport, parse.* hints, attributes in other
 * namespaces, namespace declarations) are kept as fragments at place
 * AN_I_PLACE_ATTRIBUTES(domain) (network_internal.h) with the row of the
 * element: an attribute list, each attribute with a leading space and
 * already escaped, e.g. ` sourceport="west" y:flag="1"`, to be written back
 * inside the element's start tag. A writer that does not know these places
 * simply never sees them (it looks fragments up by AN_DOMAIN_* / AN_I_PLACE_*).
 */
#ifndef AN_GRAPHML_READ_H
#define AN_GRAPHML_READ_H

#include "network_internal.h"

#include <stdatomic.h>

/*
 * How many loads so far stored their <data> values on a second thread (the
 * reader's value thread, started for big inputs when ACTORNET_THREADS allows
 * two threads). For tests: they check the pipeline really ran.
 */
extern atomic_long an_i_graphml_value_threads_started;

#endif
