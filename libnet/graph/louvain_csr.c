/*
 * louvain_csr.c — Louvain on the CSR (louvain_csr.h): one multilevel pass of
 * the shared core (local_moving_csr.c) without refinement.
 */
#include "louvain_csr.h"
#include "error_internal.h"

#include <math.h>
#include <string.h>

int an_i_louvain_csr(int64_t *membership, double *quality, const an_i_csr *csr, double resolution, uint64_t seed,
                     an_i_community_csr_stats *stats)
{
    if (stats)
        memset(stats, 0, sizeof *stats);
    if (!membership || !csr)
        return AN_I_MISUSE("NULL argument");
    if (!(resolution >= 0) || !isfinite(resolution))
        return an_i_error(AN_EINVAL, "Louvain: resolution must be finite and >= 0 (got %g)", resolution);
    an_i_multilevel ws;
    int rc = an_i_multilevel_init(&ws, csr, 0, resolution, seed);
    if (rc != AN_OK)
        return rc;
    int moved = 0;
    int64_t levels = 0;
    if (ws.total_weight > 0)
        rc = an_i_multilevel_pass(&ws, NULL, &moved, &levels);
    if (rc == AN_OK) {
        an_i_multilevel_finish(&ws, membership, quality, stats);
        if (stats) {
            stats->iterations = ws.total_weight > 0;
            stats->levels = levels;
        }
    }
    an_i_multilevel_free(&ws);
    return rc;
}
