/*
 * engine_csr.c — Leiden and Louvain on actornet's own engine (graph/leiden_csr.h,
 * graph/louvain_csr.h): which engine a call gets, and running it on a CSR.
 *
 * The CSR holds exactly the graph igraph's path would analyse under the
 * call's edge policy: built from the network's edge arrays when the policy
 * is the default reading (undirected for these methods, parallel ties once,
 * no self-loops, unweighted: what an_i_csr_build makes), otherwise copied
 * from the igraph view (an_i_csr_from_igraph: weights, kept parallel ties
 * and self-loops as igraph sees them).
 */
#include "communities_internal.h"
#include "error_internal.h"
#include "graph/leiden_csr.h"
#include "graph/louvain_csr.h"

int an_i_community_engine(const an_network *network, const an_community_options *options)
{
    if (options->method != AN_COMMUNITY_LEIDEN && options->method != AN_COMMUNITY_LOUVAIN)
        return AN_COMMUNITY_ENGINE_IGRAPH;
    if (options->engine != AN_COMMUNITY_ENGINE_AUTO)
        return options->engine;
    return an_network_edge_count(network) >= AN_COMMUNITY_AUTO_ENGINE_TIES ? AN_COMMUNITY_ENGINE_ACTORNET
                                                                           : AN_COMMUNITY_ENGINE_IGRAPH;
}

int an_i_community_csr_direct(const an_edge_policy *policy)
{
    return policy->direction == AN_AS_UNDIRECTED && policy->parallel == AN_PARALLEL_COLLAPSE &&
           !policy->self_loops && !policy->weight;
}

int an_i_community_run_csr(int64_t *membership, double *quality, const an_i_csr *csr,
                           const an_community_options *options, double weight_scale)
{
    if (options->method == AN_COMMUNITY_LOUVAIN)
        return an_i_louvain_csr(membership, quality, csr, options->resolution, options->seed, NULL);
    an_i_leiden_csr_options leiden = AN_I_LEIDEN_CSR_OPTIONS_INIT;
    leiden.objective = options->objective;
    leiden.resolution = options->resolution;
    leiden.beta = options->beta;
    leiden.iterations = options->iterations;
    leiden.seed = options->seed;
    if (options->objective == AN_LEIDEN_CPM) {
        int rc = an_i_leiden_cpm_resolution(&leiden.resolution, options->resolution, weight_scale);
        if (rc != AN_OK)
            return rc;
    }
    return an_i_leiden_csr(membership, quality, csr, &leiden, NULL);
}
