/*
 * relabel.c — renumber a partition's labels in order of first appearance.
 */
#include "communities_internal.h"
#include "error_internal.h"

#include <stdlib.h>

typedef struct labelled_node {
    int64_t label;
    int64_t node;
} labelled_node;

static int compare_labelled(const void *a, const void *b)
{
    const labelled_node *x = a, *y = b;
    if (x->label != y->label)
        return x->label < y->label ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

int an_i_relabel_first_appearance(int64_t *labels, int64_t n, int64_t *out_count)
{
    labelled_node *sorted = malloc((size_t)(n ? n : 1) * sizeof *sorted);
    int64_t *first = malloc((size_t)(n ? n : 1) * sizeof *first);
    if (!sorted || !first) {
        free(sorted);
        free(first);
        return AN_I_NOMEM();
    }
    /* Sort by (label, node); each node learns the first node carrying its label. */
    int64_t labelled = 0;
    for (int64_t v = 0; v < n; v++) {
        first[v] = -1;
        if (labels[v] >= 0)
            sorted[labelled++] = (labelled_node){ labels[v], v };
    }
    qsort(sorted, (size_t)labelled, sizeof *sorted, compare_labelled);
    for (int64_t i = 0; i < labelled; i++) {
        int64_t leader = (i > 0 && sorted[i - 1].label == sorted[i].label) ? first[sorted[i - 1].node]
                                                                               : sorted[i].node;
        first[sorted[i].node] = leader;
    }
    /* Walking nodes in order, a node that leads its group opens the next community. */
    int64_t count = 0;
    for (int64_t v = 0; v < n; v++) {
        if (first[v] < 0)
            labels[v] = -1;
        else if (first[v] == v)
            labels[v] = count++;
        else
            labels[v] = labels[first[v]];
    }
    free(sorted);
    free(first);
    if (out_count)
        *out_count = count;
    return AN_OK;
}
