/*
 * membership.c — numbering groups by their first node, and their sizes.
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <stdlib.h>

int an_i_renumber_by_first(int64_t *labels, int64_t n, int64_t *out_count)
{
    int64_t largest = -1;
    for (int64_t v = 0; v < n; v++)
        if (labels[v] > largest)
            largest = labels[v];
    int64_t *relabel = malloc((size_t)(largest + 2) * sizeof *relabel);
    if (!relabel)
        return AN_I_NOMEM();
    for (int64_t g = 0; g <= largest; g++)
        relabel[g] = -1;
    int64_t next = 0;
    for (int64_t v = 0; v < n; v++) {
        if (labels[v] < 0)
            continue;
        if (relabel[labels[v]] < 0)
            relabel[labels[v]] = next++;
        labels[v] = relabel[labels[v]];
    }
    free(relabel);
    *out_count = next;
    return AN_OK;
}

void an_i_group_sizes(int64_t *sizes, const int64_t *membership, int64_t n, int64_t count)
{
    for (int64_t g = 0; g < count; g++)
        sizes[g] = 0;
    for (int64_t v = 0; v < n; v++)
        if (membership[v] >= 0)
            sizes[membership[v]]++;
}
