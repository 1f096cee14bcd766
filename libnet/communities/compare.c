/*
 * compare.c — similarity of two partitions: NMI, (adjusted) Rand, variation
 * of information, split-join distance.
 */
#include "communities_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

int an_partition_compare(an_partition_comparison *out, const int64_t *a, const int64_t *b, int64_t n)
{
    if (!out || !a || !b)
        return AN_I_MISUSE("NULL argument");
    if (n < 0)
        return an_i_error(AN_EINVAL, "compare partitions: negative node count %lld", (long long)n);
    /* Keep the nodes labelled in both partitions, relabelled 0..k-1 (igraph sizes tables by the largest id). */
    int64_t *labels = malloc((size_t)(2 * n + 1) * sizeof *labels);
    if (!labels)
        return AN_I_NOMEM();
    int64_t *left = labels, *right = labels + n, kept = 0;
    for (int64_t v = 0; v < n; v++) {
        if (a[v] >= 0 && b[v] >= 0) {
            left[kept] = a[v];
            right[kept] = b[v];
            kept++;
        }
    }
    if (kept == 0) {
        free(labels);
        return an_i_error(AN_EEMPTY, "compare partitions: no node is labelled in both partitions");
    }
    int rc = an_i_relabel_first_appearance(left, kept, NULL);
    if (rc == AN_OK)
        rc = an_i_relabel_first_appearance(right, kept, NULL);
    if (rc != AN_OK) {
        free(labels);
        return rc;
    }
    an_partition_comparison result = { 0 };
    result.nodes = kept;
    result.rand = result.adjusted_rand = NAN;
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    igraph_vector_int_t first, second;
    igraph_vector_int_view(&first, left, kept);
    igraph_vector_int_view(&second, right, kept);
    rc = an_i_igraph_check(igraph_compare_communities(&first, &second, &result.nmi, IGRAPH_COMMCMP_NMI), "NMI");
    if (rc == AN_OK)
        rc = an_i_igraph_check(
            igraph_compare_communities(&first, &second, &result.variation_of_information, IGRAPH_COMMCMP_VI),
            "variation of information");
    if (rc == AN_OK && kept > 1)
        rc = an_i_igraph_check(igraph_compare_communities(&first, &second, &result.rand, IGRAPH_COMMCMP_RAND),
                               "Rand index");
    if (rc == AN_OK && kept > 1)
        rc = an_i_igraph_check(
            igraph_compare_communities(&first, &second, &result.adjusted_rand, IGRAPH_COMMCMP_ADJUSTED_RAND),
            "adjusted Rand index");
    igraph_integer_t split_a = 0, split_b = 0;
    if (rc == AN_OK)
        rc = an_i_igraph_check(igraph_split_join_distance(&first, &second, &split_a, &split_b), "split-join distance");
    an_i_igraph_end(&guard);
    free(labels);
    if (rc != AN_OK)
        return rc;
    result.split_join_a = split_a;
    result.split_join_b = split_b;
    *out = result;
    return AN_OK;
}
