/*
 * components.c — weak and strong connected components, numbered by first node.
 */
#include "actornet/cohesion.h"
#include "cohesion_internal.h"
#include "error_internal.h"

#include <stdlib.h>

void an_components_free(an_components *components)
{
    if (!components)
        return;
    free(components->membership);
    free(components->sizes);
    free(components);
}

/* Renumber igraph's component ids in order of each component's first node. */
static int renumber(an_components *result, const igraph_vector_int_t *membership, int64_t count)
{
    int64_t n = result->node_count;
    int64_t *relabel = malloc((size_t)(count ? count : 1) * sizeof *relabel);
    result->sizes = calloc((size_t)(count ? count : 1), sizeof *result->sizes);
    if (!relabel || !result->sizes) {
        free(relabel);
        return AN_ENOMEM;
    }
    for (int64_t c = 0; c < count; c++)
        relabel[c] = -1;
    int64_t next = 0;
    for (int64_t v = 0; v < n; v++) {
        int64_t c = VECTOR(*membership)[v];
        if (relabel[c] < 0)
            relabel[c] = next++;
        result->membership[v] = relabel[c];
        result->sizes[relabel[c]]++;
    }
    free(relabel);
    result->count = next;
    result->largest = 0;
    for (int64_t c = 0; c < next; c++)
        if (result->sizes[c] > result->largest)
            result->largest = result->sizes[c];
    return AN_OK;
}

int an_network_components(an_components **out, const an_network *network, an_component_mode mode,
                          const an_edge_policy *policy)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    if (mode != AN_COMPONENTS_WEAK && mode != AN_COMPONENTS_STRONG)
        return an_i_error(AN_EINVAL, "components: unknown mode %d", (int)mode);
    if (policy && policy->lens)
        return an_i_cohesion_components_lens(out, network, mode, policy);
    an_components *result = calloc(1, sizeof *result);
    if (!result)
        return AN_I_NOMEM();
    int64_t n = network->node_count;
    result->node_count = n;
    result->membership = malloc((size_t)(n ? n : 1) * sizeof *result->membership);
    if (!result->membership) {
        an_components_free(result);
        return AN_I_NOMEM();
    }

    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_cohesion_view(&view, network, policy, AN_I_POLICY_AS_GIVEN, AN_PARALLEL_COLLAPSE, 0);
    if (rc == AN_OK) {
        igraph_vector_int_t membership;
        igraph_integer_t count = 0;
        rc = an_i_igraph_check(igraph_vector_int_init(&membership, 0), "components");
        if (rc == AN_OK) {
            rc = an_i_igraph_check(igraph_connected_components(&view.graph, &membership, NULL, &count,
                                                               mode == AN_COMPONENTS_STRONG ? IGRAPH_STRONG
                                                                                            : IGRAPH_WEAK),
                                   "components");
            if (rc == AN_OK && renumber(result, &membership, count) != AN_OK)
                rc = AN_I_NOMEM();
            igraph_vector_int_destroy(&membership);
        }
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    if (rc != AN_OK) {
        an_components_free(result);
        return rc;
    }
    *out = result;
    return AN_OK;
}
