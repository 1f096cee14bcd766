/*
 * keyplayers_lens.c — key players and what-if removal through a lens: the search and the
 * measures run on the lens's network; sets, candidates and removed actors are translated
 * between the caller's node indices and the lens's.
 */
#include "error_internal.h"
#include "keyplayers_internal.h"
#include "lens_scope.h"

#include <stdlib.h>
#include <string.h>

/* A copy of `nodes` in the lens's indices (AN_EINVAL naming `what` for one outside it). */
static int to_view(int64_t **out, const an_i_lens_scope *scope, const int64_t *nodes, int64_t count,
                   const char *what)
{
    *out = malloc(((size_t)count + 1) * sizeof **out);
    if (!*out)
        return AN_I_NOMEM();
    for (int64_t i = 0; i < count; i++) {
        if (nodes[i] < 0 || nodes[i] >= scope->original_nodes)
            return an_i_error(AN_ERANGE, "%s: node index %lld is out of range (%lld nodes)", what,
                              (long long)nodes[i], (long long)scope->original_nodes);
        (*out)[i] = nodes[i];
    }
    return an_i_lens_nodes_to_view(scope, *out, count, what);
}

int an_i_keyplayers_find_lens(int64_t *out_set, an_keyplayer_result *out_result, const an_network *network,
                              int64_t k, const int64_t *candidates, int64_t candidate_count,
                              const an_keyplayer_options *options)
{
    an_i_lens_scope scope;
    an_keyplayer_options inner = *options;
    inner.lens = NULL;
    int64_t *seen = NULL;
    int rc = an_i_lens_scope_open(&scope, network, options->lens);
    if (rc == AN_OK && candidates)
        rc = to_view(&seen, &scope, candidates, candidate_count, "key players");
    if (rc == AN_OK)
        rc = candidates ? an_keyplayers_find_among(out_set, out_result, scope.network, k, seen, candidate_count,
                                                   &inner)
                        : an_keyplayers_find(out_set, out_result, scope.network, k, &inner);
    if (rc == AN_OK)
        an_i_lens_nodes_to_original(&scope, out_set, k);
    free(seen);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_keyplayers_score_lens(double *out_score, const an_network *network, const int64_t *set, int64_t count,
                               const an_keyplayer_options *options)
{
    an_i_lens_scope scope;
    an_keyplayer_options inner = *options;
    inner.lens = NULL;
    int64_t *seen = NULL;
    int rc = an_i_lens_scope_open(&scope, network, options->lens);
    if (rc == AN_OK)
        rc = to_view(&seen, &scope, set, count, "key players");
    if (rc == AN_OK)
        rc = an_keyplayers_score(out_score, scope.network, seen, count, &inner);
    free(seen);
    an_i_lens_scope_close(&scope);
    return rc;
}

int an_i_whatif_remove_lens(an_whatif_result *out, const an_network *network, const char *const *ids,
                            const int64_t *nodes, size_t count, const an_whatif_options *options)
{
    an_i_lens_scope scope;
    an_whatif_options inner = *options;
    inner.lens = NULL;
    int64_t *seen = malloc((count + 1) * sizeof *seen);
    int rc = seen ? an_i_lens_scope_open(&scope, network, options->lens) : AN_I_NOMEM();
    if (!seen)
        return rc;
    for (size_t i = 0; rc == AN_OK && i < count; i++) {
        if (ids) {
            if (!ids[i])
                rc = AN_I_MISUSE("an id is NULL");
            else if (an_network_find_node(network, ids[i], &seen[i]) != AN_OK)
                rc = an_i_error(AN_ENOTFOUND, "what-if: no node with id '%s'", ids[i]);
        } else {
            seen[i] = nodes[i];
        }
    }
    if (rc == AN_OK) {
        int64_t *mapped = NULL;
        rc = to_view(&mapped, &scope, seen, (int64_t)count, "what-if");
        if (rc == AN_OK)
            rc = an_whatif_remove_nodes(out, scope.network, mapped, count, &inner);
        free(mapped);
    }
    free(seen);
    an_i_lens_scope_close(&scope);
    return rc;
}
