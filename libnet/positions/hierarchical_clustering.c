/*
 * hierarchical_clustering.c — stats::hclust (Murtagh's nearest-neighbour
 * list with the Lance–Williams updates, as R's hclust.f: the same pair order,
 * ties and heights), its merge/order bookkeeping (R's hcass2) and cutree.
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const linkage_names[AN_LINKAGE_COUNT] = { "complete", "single", "average", "mcquitty",
                                                             "median", "centroid", "ward.D", "ward.D2" };

const char *an_linkage_name(int linkage)
{
    return linkage >= 0 && linkage < AN_LINKAGE_COUNT ? linkage_names[linkage] : NULL;
}

int an_linkage_from_name(int *out, const char *name)
{
    if (!out || !name)
        return AN_I_MISUSE("NULL argument");
    for (int i = 0; i < AN_LINKAGE_COUNT; i++)
        if (strcmp(name, linkage_names[i]) == 0) {
            *out = i;
            return AN_OK;
        }
    return an_i_error(AN_EINVAL, "unknown linkage '%s' (complete, single, average, mcquitty, median, centroid, "
                                 "ward.D, ward.D2)", name);
}

void an_dendrogram_free(an_dendrogram *dendrogram)
{
    if (!dendrogram)
        return;
    free(dendrogram->merge);
    free(dendrogram->height);
    free(dendrogram->order);
    free(dendrogram);
}

/* Index of the pair i < j in the condensed upper triangle. */
static inline size_t pair(int64_t n, int64_t i, int64_t j)
{
    return (size_t)i * (size_t)n - (size_t)i * (size_t)(i + 1) / 2 + (size_t)(j - i - 1);
}

static inline double *at(double *d, int64_t n, int64_t i, int64_t j)
{
    return i < j ? &d[pair(n, i, j)] : &d[pair(n, j, i)];
}

/* The Lance–Williams update of d(i2 + j2, k) from d(i2, k), d(j2, k) and d(i2, j2). */
static double lance_williams(int linkage, double dik, double djk, double dij, double ni, double nj, double nk)
{
    switch (linkage) {
    case AN_LINKAGE_SINGLE: return dik < djk ? dik : djk;
    case AN_LINKAGE_COMPLETE: return dik > djk ? dik : djk;
    case AN_LINKAGE_AVERAGE: return (ni * dik + nj * djk) / (ni + nj);
    case AN_LINKAGE_MCQUITTY: return (dik + djk) / 2;
    case AN_LINKAGE_MEDIAN: return ((dik + djk) - dij / 2) / 2;
    case AN_LINKAGE_CENTROID: return (ni * dik + nj * djk - ni * nj * dij / (ni + nj)) / (ni + nj);
    default: /* Ward, on distances (D) or squared distances (D2) */
        return ((ni + nk) * dik + (nj + nk) * djk - nk * dij) / (ni + nj + nk);
    }
}

/* The nearest active neighbour of i to its right, as hclust.f scans (first minimum wins). */
static void nearest_to_the_right(double *d, int64_t n, const unsigned char *active, int64_t i, int64_t *nn,
                                 double *dnn)
{
    double best = INFINITY;
    for (int64_t j = i + 1; j < n; j++)
        if (active[j] && d[pair(n, i, j)] < best) {
            best = d[pair(n, i, j)];
            nn[i] = j;
        }
    dnn[i] = best;
}

/* The agglomeration: low[s] < high[s] are the lowest nodes of the two clusters merged at step s. */
static void agglomerate(double *d, int64_t n, int linkage, int64_t *low, int64_t *high, double *height,
                        double *members, int64_t *nn, double *dnn, unsigned char *active)
{
    for (int64_t i = 0; i < n; i++) {
        members[i] = 1.0;
        active[i] = 1;
        nn[i] = 0;
    }
    for (int64_t i = 0; i < n - 1; i++)
        nearest_to_the_right(d, n, active, i, nn, dnn);
    for (int64_t step = 0; step < n - 1; step++) {
        double best = INFINITY;
        int64_t im = 0, jm = 0;
        for (int64_t i = 0; i < n - 1; i++)
            if (active[i] && dnn[i] < best) {
                best = dnn[i];
                im = i;
                jm = nn[i];
            }
        int64_t i2 = im < jm ? im : jm, j2 = im < jm ? jm : im;
        low[step] = i2;
        high[step] = j2;
        height[step] = linkage == AN_LINKAGE_WARD_D2 ? sqrt(best) : best;
        active[j2] = 0;
        double dij = d[pair(n, i2, j2)], nearest = INFINITY;
        int64_t nearest_index = nn[i2];
        for (int64_t k = 0; k < n; k++) {
            if (!active[k] || k == i2)
                continue;
            double *dik = at(d, n, i2, k);
            *dik = lance_williams(linkage, *dik, *at(d, n, j2, k), dij, members[i2], members[j2], members[k]);
            if (i2 < k) {
                if (*dik < nearest) {
                    nearest = *dik;
                    nearest_index = k;
                }
            } else if (*dik < dnn[k]) { /* non-monotone linkages can bring k nearer to i2 */
                dnn[k] = *dik;
                nn[k] = i2;
            }
        }
        members[i2] += members[j2];
        dnn[i2] = nearest;
        nn[i2] = nearest_index;
        for (int64_t i = 0; i < n - 1; i++)
            if (active[i] && (nn[i] == i2 || nn[i] == j2))
                nearest_to_the_right(d, n, active, i, nn, dnn);
    }
}

/* R's hcass2: merge pairs (node or earlier step) and the leaf order. */
static void merges_and_order(an_dendrogram *tree, const int64_t *low, const int64_t *high)
{
    int64_t n = tree->node_count, steps = n - 1;
    int64_t *cluster = malloc((size_t)n * sizeof *cluster); /* lowest node -> its latest step, or -1 */
    for (int64_t v = 0; v < n; v++)
        cluster[v] = -1;
    for (int64_t s = 0; s < steps; s++) {
        int64_t a = cluster[low[s]] >= 0 ? n + cluster[low[s]] : low[s];
        int64_t b = cluster[high[s]] >= 0 ? n + cluster[high[s]] : high[s];
        /* R's order: a node before a cluster; two of a kind ascending (nodes by index, R's -i,-j
         * order keeps the lower node first as well). */
        if ((a >= n && b < n) || (a >= n && b >= n && a > b)) {
            int64_t t = a;
            a = b;
            b = t;
        }
        tree->merge[2 * s] = a;
        tree->merge[2 * s + 1] = b;
        cluster[low[s]] = s;
    }
    free(cluster);
    /* Leaf order: expand the last merge, replacing each step by its two parts in place. */
    int64_t *items = tree->order, length = 2;
    items[0] = tree->merge[2 * (steps - 1)];
    items[1] = tree->merge[2 * (steps - 1) + 1];
    for (int64_t s = steps - 2; s >= 0; s--) {
        for (int64_t j = 0; j < length; j++) {
            if (items[j] != n + s)
                continue;
            memmove(items + j + 2, items + j + 1, (size_t)(length - j - 1) * sizeof *items);
            items[j] = tree->merge[2 * s];
            items[j + 1] = tree->merge[2 * s + 1];
            length++;
            break;
        }
    }
}

int an_hierarchical_clustering(an_dendrogram **out, const double *dissimilarity, int64_t n, int linkage)
{
    if (out)
        *out = NULL;
    if (!out || !dissimilarity)
        return AN_I_MISUSE("NULL argument");
    if (linkage < 0 || linkage >= AN_LINKAGE_COUNT)
        return an_i_error(AN_EINVAL, "hierarchical clustering: unknown linkage %d", linkage);
    if (n < 2)
        return an_i_error(AN_EINVAL, "hierarchical clustering: needs at least 2 objects (got %lld)", (long long)n);
    if (n > 65536)
        return an_i_error(AN_ELIMIT, "hierarchical clustering: %lld objects, more than 65536", (long long)n);
    size_t pairs = (size_t)n * (size_t)(n - 1) / 2;
    double *d = malloc(pairs * sizeof *d);
    double *height = malloc((size_t)n * sizeof *height), *members = malloc((size_t)n * sizeof *members);
    double *dnn = malloc((size_t)n * sizeof *dnn);
    int64_t *low = malloc((size_t)n * sizeof *low), *high = malloc((size_t)n * sizeof *high);
    int64_t *nn = malloc((size_t)n * sizeof *nn);
    unsigned char *active = malloc((size_t)n);
    an_dendrogram *tree = calloc(1, sizeof *tree);
    int rc = d && height && members && dnn && low && high && nn && active && tree ? AN_OK : AN_I_NOMEM();
    if (rc == AN_OK) {
        tree->merge = malloc((size_t)(2 * n) * sizeof *tree->merge);
        tree->order = malloc((size_t)n * sizeof *tree->order);
        tree->height = height;
        height = NULL;
        if (!tree->merge || !tree->order)
            rc = AN_I_NOMEM();
    }
    for (int64_t i = 0; rc == AN_OK && i < n; i++)
        for (int64_t j = i + 1; j < n; j++) {
            double value = dissimilarity[i * n + j];
            if (!isfinite(value)) {
                rc = an_i_error(AN_EINVAL, "hierarchical clustering: dissimilarity (%lld, %lld) is not finite",
                                (long long)i, (long long)j);
                break;
            }
            d[pair(n, i, j)] = linkage == AN_LINKAGE_WARD_D2 ? value * value : value;
        }
    if (rc == AN_OK) {
        tree->node_count = n;
        tree->linkage = linkage;
        agglomerate(d, n, linkage, low, high, tree->height, members, nn, dnn, active);
        merges_and_order(tree, low, high);
        *out = tree;
        tree = NULL;
    }
    an_dendrogram_free(tree);
    free(d);
    free(height);
    free(members);
    free(dnn);
    free(low);
    free(high);
    free(nn);
    free(active);
    return rc;
}

/* Union-find root with path halving. */
static int64_t root(int64_t *parent, int64_t v)
{
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

/* The clusters after the first `merges` merges, numbered by first node. */
static int cut_after(int64_t *membership, const an_dendrogram *tree, int64_t merges)
{
    int64_t n = tree->node_count;
    int64_t *parent = malloc((size_t)(2 * n) * sizeof *parent);
    if (!parent)
        return AN_I_NOMEM();
    for (int64_t v = 0; v < 2 * n; v++)
        parent[v] = v;
    for (int64_t s = 0; s < merges; s++) {
        parent[root(parent, tree->merge[2 * s])] = n + s;
        parent[root(parent, tree->merge[2 * s + 1])] = n + s;
    }
    for (int64_t v = 0; v < n; v++)
        membership[v] = root(parent, v);
    free(parent);
    int64_t count;
    return an_i_renumber_by_first(membership, n, &count);
}

int an_dendrogram_cut(int64_t *out_membership, const an_dendrogram *dendrogram, int64_t k)
{
    if (!out_membership || !dendrogram)
        return AN_I_MISUSE("NULL argument");
    if (k < 1 || k > dendrogram->node_count)
        return an_i_error(AN_EINVAL, "cut: k must be between 1 and %lld (got %lld)",
                          (long long)dendrogram->node_count, (long long)k);
    return cut_after(out_membership, dendrogram, dendrogram->node_count - k);
}

int an_dendrogram_cut_height(int64_t *out_membership, int64_t *out_k, const an_dendrogram *dendrogram, double h)
{
    if (!out_membership || !dendrogram)
        return AN_I_MISUSE("NULL argument");
    if (isnan(h))
        return an_i_error(AN_EINVAL, "cut: the height is NaN");
    int64_t steps = dendrogram->node_count - 1, merges = 0;
    for (int64_t s = 1; s < steps; s++)
        if (dendrogram->height[s] < dendrogram->height[s - 1])
            return an_i_error(AN_EINVAL, "cut: the merge heights do not increase (%s linkage); cut by a "
                                         "number of clusters instead", an_linkage_name(dendrogram->linkage));
    while (merges < steps && dendrogram->height[merges] <= h)
        merges++;
    if (out_k)
        *out_k = dendrogram->node_count - merges;
    return cut_after(out_membership, dendrogram, merges);
}
