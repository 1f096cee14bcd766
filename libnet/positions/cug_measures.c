/*
 * cug_measures.c — the statistics a CUG test can name (an_cug_test_measure):
 * each computed by its own library function on the plain graph.
 */
#include "positions_internal.h"
#include "actornet/centrality.h"
#include "error_internal.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

typedef int (*scalar_fn)(double *out, const an_network *network, const an_edge_policy *policy);

typedef struct named_measure {
    const char *name;
    scalar_fn scalar;       /* a cohesion.h measure, or NULL */
    int kind;               /* see measure_value */
    int index;              /* dyad / triad type, or centrality measure */
} named_measure;

enum { SCALAR, COMPONENTS, LARGEST_COMPONENT, DYAD, TRIAD, CENTRALIZATION };

static int mean_distance(double *out, const an_network *network, const an_edge_policy *policy)
{
    return an_network_mean_distance(out, NULL, network, policy);
}

/* name, cohesion.h function (or NULL), kind, dyad/triad type or centrality measure */
#define MEASURES(X) \
    X("density", an_network_density, SCALAR, 0) \
    X("reciprocity", an_network_reciprocity, SCALAR, 0) \
    X("transitivity", an_network_transitivity, SCALAR, 0) \
    X("average_clustering", an_network_average_clustering, SCALAR, 0) \
    X("mean_distance", mean_distance, SCALAR, 0) \
    X("diameter", an_network_diameter, SCALAR, 0) \
    X("components", NULL, COMPONENTS, 0) \
    X("largest_component", NULL, LARGEST_COMPONENT, 0) \
    X("mutual", NULL, DYAD, AN_DYAD_MUTUAL) \
    X("asymmetric", NULL, DYAD, AN_DYAD_ASYMMETRIC) \
    X("triad_003", NULL, TRIAD, AN_TRIAD_003) \
    X("triad_012", NULL, TRIAD, AN_TRIAD_012) \
    X("triad_102", NULL, TRIAD, AN_TRIAD_102) \
    X("triad_021D", NULL, TRIAD, AN_TRIAD_021D) \
    X("triad_021U", NULL, TRIAD, AN_TRIAD_021U) \
    X("triad_021C", NULL, TRIAD, AN_TRIAD_021C) \
    X("triad_111D", NULL, TRIAD, AN_TRIAD_111D) \
    X("triad_111U", NULL, TRIAD, AN_TRIAD_111U) \
    X("triad_030T", NULL, TRIAD, AN_TRIAD_030T) \
    X("triad_030C", NULL, TRIAD, AN_TRIAD_030C) \
    X("triad_201", NULL, TRIAD, AN_TRIAD_201) \
    X("triad_120D", NULL, TRIAD, AN_TRIAD_120D) \
    X("triad_120U", NULL, TRIAD, AN_TRIAD_120U) \
    X("triad_120C", NULL, TRIAD, AN_TRIAD_120C) \
    X("triad_210", NULL, TRIAD, AN_TRIAD_210) \
    X("triad_300", NULL, TRIAD, AN_TRIAD_300) \
    X("centralization_degree", NULL, CENTRALIZATION, AN_DEGREE) \
    X("centralization_in_degree", NULL, CENTRALIZATION, AN_IN_DEGREE) \
    X("centralization_out_degree", NULL, CENTRALIZATION, AN_OUT_DEGREE) \
    X("centralization_betweenness", NULL, CENTRALIZATION, AN_BETWEENNESS) \
    X("centralization_closeness", NULL, CENTRALIZATION, AN_CLOSENESS)

#define AS_ENTRY(name, scalar, kind, index) { name, scalar, kind, index },
#define AS_NAME(name, scalar, kind, index) name,
static const named_measure measures[] = { MEASURES(AS_ENTRY) };
static const char *const names[] = { MEASURES(AS_NAME) NULL };

#define MEASURE_COUNT (sizeof measures / sizeof measures[0])

const char *const *an_cug_measure_names(void)
{
    return names;
}

static int measure_value(double *out, const an_network *graph, void *data)
{
    const named_measure *m = data;
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    switch (m->kind) {
    case SCALAR: return m->scalar(out, graph, &policy);
    case COMPONENTS:
    case LARGEST_COMPONENT: {
        an_components *c = NULL;
        int rc = an_network_components(&c, graph, AN_COMPONENTS_WEAK, &policy);
        if (rc == AN_OK)
            *out = m->kind == COMPONENTS ? (double)c->count : (double)c->largest / (double)c->node_count;
        an_components_free(c);
        return rc;
    }
    case DYAD: {
        int64_t census[3];
        int rc = an_network_dyad_census(census, graph, &policy);
        *out = (double)census[m->index];
        return rc;
    }
    case TRIAD: {
        int64_t census[AN_TRIAD_TYPES];
        int rc = an_network_triad_census(census, graph, &policy);
        *out = (double)census[m->index];
        return rc;
    }
    default:
        return an_centralization(out, graph, (an_centrality_measure)m->index, NULL);
    }
}

static const named_measure *find(const char *name)
{
    for (size_t i = 0; name && i < MEASURE_COUNT; i++)
        if (strcmp(name, measures[i].name) == 0)
            return &measures[i];
    an_i_strbuf list;
    an_i_strbuf_init(&list);
    for (size_t i = 0; i < MEASURE_COUNT; i++)
        an_i_strbuf_printf(&list, "%s%s", i ? ", " : "", measures[i].name);
    size_t length = 0;
    char *text = an_i_strbuf_take(&list, &length);
    an_i_error(AN_EINVAL, "cug: unknown measure '%s' (one of: %s)", name ? name : "(null)", text ? text : "");
    free(text);
    return NULL;
}

int an_cug_test_measure(an_cug_result **out, const an_network *network, const char *measure,
                        const an_cug_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network || !measure)
        return AN_I_MISUSE("NULL argument");
    const named_measure *m = find(measure);
    if (!m)
        return AN_EINVAL;
    return an_cug_test(out, network, measure_value, (void *)m, options);
}

int an_cug_measure(double *out, const an_network *network, const char *measure)
{
    if (!out || !network || !measure)
        return AN_I_MISUSE("NULL argument");
    const named_measure *m = find(measure);
    if (!m)
        return AN_EINVAL;
    return measure_value(out, network, (void *)m);
}
