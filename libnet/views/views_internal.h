/*
 * views_internal.h — the view functions with their way back to the original
 * network. Include as "views/views_internal.h". The filter predicates they
 * share with typed path queries are core/filter_predicate.h.
 */
#ifndef AN_VIEWS_INTERNAL_H
#define AN_VIEWS_INTERNAL_H

#include "actornet/views.h"
#include "filter_predicate.h"
#include "network_internal.h"
#include "value_text.h"

/* an_i_view_origin and an_i_network_subset(), the routine every view is built on,
 * live in the core (network_internal.h, libnet/core/subset.c). */


/* The view functions, with the optional way back. */
int an_i_view_filter(an_network **out, const an_network *network, const an_view_options *options,
                     an_i_view_origin *origin);
int an_i_view_ego(an_network **out, const an_network *network, const char *const *ids,
                  const an_ego_options *options, an_i_view_origin *origin);
int an_i_view_project(an_network **out, const an_network *network, const char *keep_class,
                      const an_projection_options *options, an_i_view_origin *origin);

#endif
