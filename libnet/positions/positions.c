/*
 * positions.c — positions by structural equivalence: sna::equiv.clust
 * (sedist, hclust) and a cut of its dendrogram (positions.h).
 */
#include "positions_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

void an_positions_free(an_positions *positions)
{
    if (!positions)
        return;
    free(positions->membership);
    free(positions->sizes);
    free(positions->distance);
    an_dendrogram_free(positions->dendrogram);
    free(positions);
}

int an_i_positions_new(an_positions **out, int64_t node_count)
{
    an_positions *p = calloc(1, sizeof *p);
    if (p) {
        p->node_count = node_count;
        p->cut_height = NAN;
        p->membership = malloc((size_t)(node_count ? node_count : 1) * sizeof *p->membership);
    }
    if (!p || !p->membership) {
        an_positions_free(p);
        return AN_I_NOMEM();
    }
    *out = p;
    return AN_OK;
}

int an_i_positions_finish(an_positions *p, const an_i_dense_input *input, const int64_t *seen_membership)
{
    an_i_scope_scatter_integers(&input->scope, p->membership, seen_membership, -1);
    int rc = an_i_renumber_by_first(p->membership, p->node_count, &p->count);
    if (rc != AN_OK)
        return rc;
    p->sizes = malloc((size_t)(p->count ? p->count : 1) * sizeof *p->sizes);
    if (!p->sizes)
        return AN_I_NOMEM();
    an_i_group_sizes(p->sizes, p->membership, p->node_count, p->count);
    return AN_OK;
}

/* The step after which to cut: the widest gap between successive heights (fewest positions on
 * ties), leaving between 2 and n - 1 positions. */
static int64_t widest_gap(const an_dendrogram *tree)
{
    int64_t n = tree->node_count, best = 1;
    double widest = -INFINITY;
    for (int64_t s = 1; s <= n - 2; s++) {
        double gap = tree->height[s] - tree->height[s - 1];
        if (gap >= widest) {
            widest = gap;
            best = s;
        }
    }
    return best;
}

static int check_options(const an_positions_options *options)
{
    if (options->version != AN_POSITIONS_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_positions_options: version %u, expected %u", options->version,
                          (unsigned)AN_POSITIONS_OPTIONS_VERSION);
    if (options->linkage < 0 || options->linkage >= AN_LINKAGE_COUNT)
        return an_i_error(AN_EINVAL, "positions: unknown linkage %d", options->linkage);
    if (options->positions < 0)
        return an_i_error(AN_EINVAL, "positions: the number of positions must be >= 0 (got %lld)",
                          (long long)options->positions);
    if (isnan(options->height))
        return an_i_error(AN_EINVAL, "positions: the cut height is NaN (use -1 for none)");
    return an_i_equivalence_check(&options->equivalence);
}

/* Cluster the seen nodes and cut; seen_membership receives n labels. */
static int cluster_and_cut(an_positions *p, int64_t *seen_membership, const double *similarity, int64_t n,
                           const an_positions_options *options)
{
    int measure = options->equivalence.measure;
    int negate = measure == AN_SE_CORRELATION || measure == AN_SE_GAMMA;
    double *dissimilarity = malloc((size_t)(n * n) * sizeof *dissimilarity);
    if (!dissimilarity)
        return AN_I_NOMEM();
    for (int64_t k = 0; k < n * n; k++)
        dissimilarity[k] = negate ? -similarity[k] : similarity[k];
    int rc = an_hierarchical_clustering(&p->dendrogram, dissimilarity, n, options->linkage);
    free(dissimilarity);
    if (rc != AN_OK)
        return rc;
    if (options->positions > 0) {
        if (options->positions > n)
            return an_i_error(AN_EINVAL, "positions: %lld positions asked of %lld actors",
                              (long long)options->positions, (long long)n);
        return an_dendrogram_cut(seen_membership, p->dendrogram, options->positions);
    }
    if (options->height >= 0) {
        p->cut_height = options->height;
        return an_dendrogram_cut_height(seen_membership, NULL, p->dendrogram, options->height);
    }
    if (n < 3)
        return an_i_error(AN_EINVAL, "positions: the automatic cut needs at least 3 actors (got %lld); "
                                     "give the number of positions", (long long)n);
    int64_t step = widest_gap(p->dendrogram);
    p->cut_height = (p->dendrogram->height[step - 1] + p->dendrogram->height[step]) / 2;
    return an_dendrogram_cut(seen_membership, p->dendrogram, n - step);
}

int an_network_positions(an_positions **out, const an_network *network, const an_positions_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_positions_options defaults = AN_POSITIONS_OPTIONS_INIT;
    if (!options)
        options = &defaults;
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    const an_equivalence_options *eq = &options->equivalence;
    an_i_dense_input input;
    if ((rc = an_i_dense_input_open(&input, network, &eq->policy, eq->relations, eq->relation_column,
                                    "positions")) != AN_OK)
        return rc;
    int64_t n = input.n, total = input.scope.original_nodes;
    an_positions *p = NULL;
    double *similarity = malloc((size_t)(n * n) * sizeof *similarity);
    int64_t *seen = malloc((size_t)n * sizeof *seen);
    rc = similarity && seen ? an_i_positions_new(&p, total) : AN_I_NOMEM();
    if (rc == AN_OK && n < 2)
        rc = an_i_error(AN_EINVAL, "positions: needs at least 2 actors (got %lld)", (long long)n);
    if (rc == AN_OK && !(p->distance = malloc((size_t)(total * total) * sizeof *p->distance)))
        rc = AN_I_NOMEM();
    if (rc == AN_OK)
        rc = an_i_structural_equivalence_input(similarity, &input, eq);
    if (rc == AN_OK) {
        an_i_dense_scatter_matrix(&input, p->distance, similarity);
        rc = cluster_and_cut(p, seen, similarity, n, options);
    }
    if (rc == AN_OK)
        rc = an_i_positions_finish(p, &input, seen);
    if (rc == AN_OK) {
        *out = p;
        p = NULL;
    }
    an_positions_free(p);
    free(similarity);
    free(seen);
    an_i_dense_input_close(&input);
    return rc;
}
