/*
 * census.c — dyad and triad census (igraph_dyad_census, igraph_triad_census)
 * under an edge policy and a lens (positions.h).
 */
#include "positions_internal.h"
#include "error_internal.h"
#include "igraph_bridge.h"

#include <math.h>

static const char *const triad_names[AN_TRIAD_TYPES] = { "003",  "012",  "102",  "021D", "021U", "021C",
                                                         "111D", "111U", "030T", "030C", "201",  "120D",
                                                         "120U", "120C", "210",  "300" };
static const char *const dyad_names[3] = { "mutual", "asymmetric", "null" };

const char *an_triad_type_name(int type)
{
    return type >= 0 && type < AN_TRIAD_TYPES ? triad_names[type] : NULL;
}

const char *an_dyad_type_name(int type)
{
    return type >= 0 && type < 3 ? dyad_names[type] : NULL;
}

typedef int (*census_fn)(int64_t *out, const igraph_t *graph, int64_t n);

static int dyads(int64_t *out, const igraph_t *graph, int64_t n)
{
    (void)n;
    igraph_real_t mutual, asymmetric, null;
    int rc = an_i_igraph_check(igraph_dyad_census(graph, &mutual, &asymmetric, &null), "dyad census");
    out[AN_DYAD_MUTUAL] = (int64_t)mutual;
    out[AN_DYAD_ASYMMETRIC] = (int64_t)asymmetric;
    out[AN_DYAD_NULL] = (int64_t)null;
    return rc;
}

static int triads(int64_t *out, const igraph_t *graph, int64_t n)
{
    if (n > 3810000)
        return an_i_error(AN_ELIMIT, "triad census: %lld actors; the count of empty triads would overflow",
                          (long long)n);
    igraph_vector_t result;
    if (igraph_vector_init(&result, AN_TRIAD_TYPES) != IGRAPH_SUCCESS)
        return AN_I_NOMEM();
    int rc = an_i_igraph_check(igraph_triad_census(graph, &result), "triad census");
    if (rc == AN_OK) {
        /* Every type but 003 counts triads with a tie, which stay far below 2^53; 003 is the rest of
         * C(n, 3), computed exactly in integers. */
        int64_t pairs = n * (n - 1) / 2, all = 0; /* C(n, 3) = C(n, 2) (n - 2) / 3, exactly */
        if (n >= 3)
            all = pairs % 3 == 0 ? pairs / 3 * (n - 2) : pairs * ((n - 2) / 3);
        int64_t others = 0;
        for (int t = 1; t < AN_TRIAD_TYPES; t++) {
            out[t] = (int64_t)llround(VECTOR(result)[t]);
            others += out[t];
        }
        out[AN_TRIAD_003] = all - others;
    }
    igraph_vector_destroy(&result);
    return rc;
}

static int census(census_fn fn, int64_t *out, const an_network *network, const an_edge_policy *policy)
{
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_edge_policy effective;
    an_i_lens_scope scope;
    int rc = an_i_scope_open(&scope, &effective, network, policy);
    if (rc != AN_OK)
        return rc;
    /* A census counts pairs and triples of actors: parallel ties once, no self-loops, no weights. */
    effective.parallel = AN_PARALLEL_COLLAPSE;
    effective.self_loops = 0;
    effective.weight = NULL;
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    rc = an_i_igraph_view_borrow(&view, scope.network, &effective);
    if (rc == AN_OK) {
        rc = fn(out, &view.graph, an_network_node_count(scope.network));
        an_i_igraph_view_destroy(&view);
    }
    an_i_igraph_end(&guard);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_network_dyad_census(int64_t out[3], const an_network *network, const an_edge_policy *policy)
{
    return census(dyads, out, network, policy);
}

int an_network_triad_census(int64_t out[AN_TRIAD_TYPES], const an_network *network, const an_edge_policy *policy)
{
    return census(triads, out, network, policy);
}
