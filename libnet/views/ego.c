/*
 * ego.c — ego networks of radius r around one or more actors.
 */
#include "views/views_internal.h"
#include "error_internal.h"
#include "igraph_bridge.h"

#include <stdlib.h>
#include <string.h>

/* Mark every node within `radius` steps of a centre (igraph_neighborhood). */
static int mark_neighbourhood(const an_network *network, const igraph_integer_t *centres, int64_t count, int64_t radius,
                              int mode, unsigned char *keep)
{
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    igraph_t graph;
    igraph_vector_int_list_t reached;
    igraph_vector_int_t ids;
    int rc = an_i_network_to_igraph(network, AN_I_AS_STORED, &graph, NULL);
    if (rc != AN_OK)
        goto end;
    igraph_neimode_t direction = mode == AN_EGO_OUT ? IGRAPH_OUT : mode == AN_EGO_IN ? IGRAPH_IN : IGRAPH_ALL;
    rc = an_i_igraph_check(igraph_vector_int_list_init(&reached, 0), "ego network");
    if (rc != AN_OK)
        goto destroy_graph;
    igraph_vector_int_view(&ids, centres, count);
    rc = an_i_igraph_check(igraph_neighborhood(&graph, &reached, igraph_vss_vector(&ids), radius, direction, 0),
                           "ego network");
    if (rc == AN_OK) {
        for (igraph_integer_t i = 0; i < igraph_vector_int_list_size(&reached); i++) {
            igraph_vector_int_t *set = igraph_vector_int_list_get_ptr(&reached, i);
            for (igraph_integer_t j = 0; j < igraph_vector_int_size(set); j++)
                keep[VECTOR(*set)[j]] = 1;
        }
    }
    igraph_vector_int_list_destroy(&reached);
destroy_graph:
    igraph_destroy(&graph);
end:
    an_i_igraph_end(&guard);
    return rc;
}

int an_i_view_ego(an_network **out, const an_network *network, const char *const *ids,
                  const an_ego_options *options, an_i_view_origin *origin)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!network || !ids)
        return AN_I_MISUSE("network or ids is NULL");
    an_ego_options defaults = AN_EGO_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    if (options->version != AN_EGO_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_ego_options: version %d, expected %d", options->version,
                          AN_EGO_OPTIONS_VERSION);
    if (options->radius < 0)
        return an_i_error(AN_EINVAL, "ego network: negative radius %lld", (long long)options->radius);
    if (options->mode != AN_EGO_BOTH && options->mode != AN_EGO_OUT && options->mode != AN_EGO_IN)
        return an_i_error(AN_EINVAL, "ego network: unknown mode %d", options->mode);
    int64_t count = 0;
    while (ids[count])
        count++;
    if (count == 0)
        return an_i_error(AN_EINVAL, "ego network: no centre given");
    igraph_integer_t *centres = malloc((size_t)count * sizeof *centres);
    unsigned char *keep = calloc((size_t)network->node_count + 1, 1);
    int rc = AN_OK;
    if (!centres || !keep) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t i = 0; i < count; i++) {
        int64_t node;
        if ((rc = an_network_find_node(network, ids[i], &node)) != AN_OK)
            goto done;
        centres[i] = node;
    }
    rc = mark_neighbourhood(network, centres, count, options->radius, options->mode, keep);
    if (rc == AN_OK)
        rc = an_i_network_subset(out, network, keep, NULL, 0, origin);
done:
    free(centres);
    free(keep);
    return rc;
}

int an_view_ego(an_network **out, const an_network *network, const char *const *ids,
                const an_ego_options *options)
{
    return an_i_view_ego(out, network, ids, options, NULL);
}
