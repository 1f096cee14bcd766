/*
 * brokerage.c — the Gould & Fernandez brokerage census, as sna::brokerage
 * counts it: for each sender a, mark a's out-neighbours; for each b in
 * out(a) and each c in out(b) with c != a and c not marked (a -> c absent),
 * b brokers (a, c). Marking once per sender makes the closure test O(1), so
 * the census costs O(n + m + sum_b indeg(b) outdeg(b)).
 */
#include "brokerage_internal.h"
#include "error_internal.h"
#include "graph/csr.h"

#include <stdlib.h>
#include <string.h>

static const char *const role_names[AN_BROKERAGE_ROLES] = { "coordinator", "itinerant", "gatekeeper",
                                                           "representative", "liaison", "total" };

const char *an_brokerage_role_name(int role)
{
    if (role < 0 || role >= AN_BROKERAGE_ROLES)
        return NULL;
    return role_names[role];
}

int an_i_brokerage_check_options(const an_brokerage_options *options)
{
    if (options->version != 1 && options->version != AN_BROKERAGE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_brokerage_options: version %u, expected %u", options->version,
                          AN_BROKERAGE_OPTIONS_VERSION);
    if (options->missing != AN_BROKERAGE_MISSING_AS_GROUP && options->missing != AN_BROKERAGE_MISSING_EXCLUDE)
        return an_i_error(AN_EINVAL, "brokerage: unknown missing-value mode %d", options->missing);
    if (options->direction != 0 && options->direction != 1)
        return an_i_error(AN_EINVAL, "brokerage: unknown direction mode %d", options->direction);
    return AN_OK;
}

int an_i_brokerage_resolve_groups(int64_t **out_groups, int64_t *out_group_count, const int64_t *groups,
                                  int64_t n, int missing)
{
    *out_groups = NULL;
    *out_group_count = 0;
    /* Values are arbitrary int64: renumber them by first appearance through a
       small open-addressing map from value to dense id. */
    int64_t count = 0, missing_group = -1;
    size_t capacity = 16;
    while (capacity < 2 * (size_t)n + 2)
        capacity <<= 1;
    int64_t *dense = malloc(((size_t)n + 1) * sizeof *dense);
    int64_t *slot_value = malloc(capacity * sizeof *slot_value);
    int64_t *slot_id = malloc(capacity * sizeof *slot_id);
    if (!dense || !slot_value || !slot_id) {
        free(dense);
        free(slot_value);
        free(slot_id);
        return an_i_error(AN_ENOMEM, "brokerage: out of memory");
    }
    for (size_t i = 0; i < capacity; i++)
        slot_id[i] = -1;
    for (int64_t v = 0; v < n; v++) {
        int64_t g = groups[v];
        if (g < 0) {
            if (missing == AN_BROKERAGE_MISSING_EXCLUDE) {
                dense[v] = -1;
                continue;
            }
            if (missing_group < 0)
                missing_group = count++;
            dense[v] = missing_group;
            continue;
        }
        uint64_t h = (uint64_t)g * 0x9E3779B97F4A7C15ull;
        size_t i = (size_t)(h >> 17) & (capacity - 1);
        while (slot_id[i] >= 0 && slot_value[i] != g)
            i = (i + 1) & (capacity - 1);
        if (slot_id[i] < 0) {
            slot_value[i] = g;
            slot_id[i] = count++;
        }
        dense[v] = slot_id[i];
    }
    free(slot_value);
    free(slot_id);
    *out_groups = dense;
    *out_group_count = count;
    return AN_OK;
}

int an_i_brokerage_census(int64_t *out_counts, int64_t *out_arcs, const an_network *network,
                          const int64_t *groups, int direction)
{
    int64_t n = network->node_count;
    memset(out_counts, 0, (size_t)n * AN_BROKERAGE_ROLES * sizeof *out_counts);
    an_i_csr out;
    int rc = an_i_csr_build(&out, network, direction == 1 ? AN_I_CSR_UNDIRECTED : AN_I_CSR_OUT);
    if (rc != AN_OK)
        return rc;
    *out_arcs = an_i_csr_arcs(&out);
    int32_t *mark = malloc(((size_t)n + 1) * sizeof *mark);
    if (!mark) {
        an_i_csr_free(&out);
        return an_i_error(AN_ENOMEM, "brokerage: out of memory");
    }
    for (int64_t v = 0; v < n; v++)
        mark[v] = -1;
    const int64_t *offsets = out.offsets;
    const int32_t *targets = out.targets;
    for (int32_t a = 0; a < (int32_t)n; a++) {
        int64_t group_a = groups[a];
        if (group_a < 0)
            continue;
        for (int64_t i = offsets[a]; i < offsets[a + 1]; i++)
            mark[targets[i]] = a;
        for (int64_t i = offsets[a]; i < offsets[a + 1]; i++) {
            int32_t b = targets[i];
            int64_t group_b = groups[b];
            if (group_b < 0)
                continue;
            int64_t *counts = out_counts + (size_t)b * AN_BROKERAGE_ROLES;
            for (int64_t j = offsets[b]; j < offsets[b + 1]; j++) {
                int32_t c = targets[j];
                if (c == a || mark[c] == a)
                    continue; /* not a pair, or a -> c closes the two-path */
                int64_t group_c = groups[c];
                if (group_c < 0)
                    continue;
                int role;
                if (group_b == group_a)
                    role = group_b == group_c ? AN_ROLE_COORDINATOR : AN_ROLE_REPRESENTATIVE;
                else if (group_b == group_c)
                    role = AN_ROLE_GATEKEEPER;
                else if (group_a == group_c)
                    role = AN_ROLE_ITINERANT;
                else
                    role = AN_ROLE_LIAISON;
                counts[role]++;
                counts[AN_ROLE_TOTAL]++;
            }
        }
    }
    free(mark);
    an_i_csr_free(&out);
    return AN_OK;
}

static int census_begin(const void *out, const an_network *network, const an_brokerage_options **options,
                        an_brokerage_options *defaults)
{
    if (!out || !network)
        return AN_I_MISUSE("output or network is NULL");
    if (!*options)
        *options = defaults;
    int rc = an_i_brokerage_check_options(*options);
    if (rc != AN_OK)
        return rc;
    if (network->node_count == 0)
        return an_i_error(AN_EEMPTY, "brokerage: the network has no nodes");
    return AN_OK;
}

int an_brokerage_counts_by_groups(int64_t *out_counts, const an_network *network, const int64_t *groups,
                                  const an_brokerage_options *options)
{
    an_brokerage_options defaults = AN_BROKERAGE_OPTIONS_INIT;
    int rc = census_begin(out_counts, network, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    if (!groups)
        return AN_I_MISUSE("groups is NULL");
    if (an_i_brokerage_lens(options))
        return an_i_brokerage_counts_lens(out_counts, network, groups, options);
    int64_t *dense = NULL, group_count = 0, arcs = 0;
    rc = an_i_brokerage_resolve_groups(&dense, &group_count, groups, network->node_count, options->missing);
    if (rc == AN_OK)
        rc = an_i_brokerage_census(out_counts, &arcs, network, dense, options->direction);
    free(dense);
    return rc;
}

int an_brokerage_counts(int64_t *out_counts, const an_network *network, const an_brokerage_options *options)
{
    an_brokerage_options defaults = AN_BROKERAGE_OPTIONS_INIT;
    int rc = census_begin(out_counts, network, &options, &defaults);
    if (rc != AN_OK)
        return rc;
    int64_t *groups = NULL, group_count = 0;
    rc = an_i_brokerage_groups_from_column(&groups, &group_count, network, options->attribute);
    if (rc == AN_OK)
        rc = an_brokerage_counts_by_groups(out_counts, network, groups, options);
    free(groups);
    return rc;
}
