/*
 * detect.c — an_network_communities(): validate the options, build the graph
 * the chosen method analyses, run it with a fixed seed, and return the
 * partition relabelled in order of first appearance.
 */
#include "communities_internal.h"
#include "error_internal.h"
#include "progress_internal.h"
#include "lens_scope.h"

#include <limits.h>
#include <stddef.h>
#include <string.h>
#include <math.h>
#include <stdlib.h>
#include <strings.h>

typedef struct method_entry {
    const char *name;
    an_i_community_method_fn *run;
    int undirected_only;    /* analyse every tie as undirected */
    int positive_weights;   /* weights must be > 0 (not only >= 0) */
} method_entry;

static const method_entry methods[] = {
    [AN_COMMUNITY_LEIDEN] = { "leiden", an_i_community_leiden, 1, 0 },
    [AN_COMMUNITY_LOUVAIN] = { "louvain", an_i_community_louvain, 1, 0 },
    [AN_COMMUNITY_INFOMAP] = { "infomap", an_i_community_infomap, 0, 1 },
    [AN_COMMUNITY_WALKTRAP] = { "walktrap", an_i_community_walktrap, 1, 1 },
    [AN_COMMUNITY_LABEL_PROPAGATION] = { "label_propagation", an_i_community_label_propagation, 1, 0 },
    [AN_COMMUNITY_EDGE_BETWEENNESS] = { "edge_betweenness", an_i_community_edge_betweenness, 0, 1 },
};

#define METHOD_COUNT ((int)(sizeof methods / sizeof methods[0]))

const char *an_community_method_name(int method)
{
    return method >= 0 && method < METHOD_COUNT ? methods[method].name : NULL;
}

int an_community_method_from_name(const char *name)
{
    if (!name)
        return AN_EINVAL;
    for (int m = 0; m < METHOD_COUNT; m++)
        if (strcasecmp(name, methods[m].name) == 0)
            return m;
    if (strcasecmp(name, "multilevel") == 0)
        return AN_COMMUNITY_LOUVAIN;
    return AN_EINVAL;
}

void an_partition_free(an_partition *partition)
{
    if (!partition)
        return;
    free(partition->membership);
    free(partition->sizes);
    free(partition);
}

/* `engine` (version 3) sits where version 2 had padding: every other field keeps its offset, so
 * the structs that embed these options (timeline, robustness) keep their layout too. */
_Static_assert(offsetof(an_community_options, engine) == offsetof(an_community_options, objective) + sizeof(int) &&
                   offsetof(an_community_options, beta) == offsetof(an_community_options, objective) + 8,
               "an_community_options.engine must fill version 2's padding");

/* The caller's options at the current version: a version-2 caller's `engine` is padding (any
 * bytes), read as AN_COMMUNITY_ENGINE_AUTO. */
static int normalize_options(an_community_options *o, const an_community_options *given)
{
    if (given->version != 2 && given->version != AN_COMMUNITY_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "communities: options version %u, expected %u (use AN_COMMUNITY_OPTIONS_INIT)",
                          given->version, (unsigned)AN_COMMUNITY_OPTIONS_VERSION);
    *o = *given;
    if (given->version < 3)
        o->engine = AN_COMMUNITY_ENGINE_AUTO;
    o->version = AN_COMMUNITY_OPTIONS_VERSION;
    return AN_OK;
}

static int check_engine(const an_community_options *o)
{
    if (o->engine != AN_COMMUNITY_ENGINE_AUTO && o->engine != AN_COMMUNITY_ENGINE_IGRAPH &&
        o->engine != AN_COMMUNITY_ENGINE_ACTORNET)
        return an_i_error(AN_EINVAL, "communities: unknown engine %d", o->engine);
    return AN_OK;
}

static int check_options(const an_community_options *o)
{
    if (check_engine(o) != AN_OK)
        return AN_EINVAL;
    if (o->method < 0 || o->method >= METHOD_COUNT)
        return an_i_error(AN_EINVAL, "communities: unknown method %d", o->method);
    if (!(o->resolution >= 0) || !isfinite(o->resolution))
        return an_i_error(AN_EINVAL, "communities: resolution must be finite and >= 0 (got %g)", o->resolution);
    if (o->method == AN_COMMUNITY_LEIDEN) {
        if (o->objective != AN_LEIDEN_MODULARITY && o->objective != AN_LEIDEN_CPM)
            return an_i_error(AN_EINVAL, "Leiden: unknown objective %d", o->objective);
        if (!(o->beta > 0) || !isfinite(o->beta))
            return an_i_error(AN_EINVAL, "Leiden: beta must be finite and > 0 (got %g)", o->beta);
    }
    if (o->method == AN_COMMUNITY_INFOMAP && (o->trials < 1 || o->trials > AN_INFOMAP_MAX_TRIALS))
        return an_i_error(AN_EINVAL, "Infomap: trials must be between 1 and %d (got %lld)", AN_INFOMAP_MAX_TRIALS,
                          (long long)o->trials);
    if (o->method == AN_COMMUNITY_WALKTRAP && (o->steps < 1 || o->steps > AN_WALKTRAP_MAX_STEPS))
        return an_i_error(AN_EINVAL,
                          "walktrap: steps must be between 1 and %d (got %lld; Pons & Latapy use 3 to 8, and "
                          "long walks forget where they started)",
                          AN_WALKTRAP_MAX_STEPS, (long long)o->steps);
    return AN_OK;
}

/* Weights must be >= 0, or > 0 where the method needs it. Sets *total to their sum (ties count 1 unweighted). */
static int check_weights(const an_i_igraph_view *view, const an_network *network, const method_entry *method,
                         const char *column, double *total)
{
    *total = (double)igraph_ecount(&view->graph);
    if (!view->has_weights)
        return AN_OK;
    double sum = 0;
    for (int64_t e = 0; e < igraph_vector_size(&view->weights); e++) {
        double w = VECTOR(view->weights)[e];
        if (w < 0 || (method->positive_weights && w == 0)) {
            int64_t edge = VECTOR(view->edge_map)[e];
            return an_i_error(AN_EINVAL, "%s: weight '%s' of the tie %s -- %s is %g; weights must be %s", method->name,
                              column, network->node_ids[network->endpoints[2 * edge]],
                              network->node_ids[network->endpoints[2 * edge + 1]], w * view->weight_scale,
                              method->positive_weights ? "> 0" : ">= 0");
        }
        sum += w;
    }
    *total = sum;
    return AN_OK;
}

/* A partition of n nodes from `labels` (NULL: every node alone), relabelled in order of first
 * appearance unless `in_order` says they already are. */
static int make_partition(an_partition **out, const int64_t *labels, int64_t n, int in_order)
{
    an_partition *p = calloc(1, sizeof *p);
    if (!p)
        return AN_I_NOMEM();
    p->node_count = n;
    p->membership = malloc((size_t)(n ? n : 1) * sizeof *p->membership);
    if (!p->membership) {
        an_partition_free(p);
        return AN_I_NOMEM();
    }
    int rc = AN_OK;
    for (int64_t v = 0; v < n; v++)
        p->membership[v] = labels ? labels[v] : v;
    if (labels && !in_order) {
        rc = an_i_relabel_first_appearance(p->membership, n, &p->count);
    } else {
        for (int64_t v = 0; v < n; v++)
            if (p->membership[v] >= p->count)
                p->count = p->membership[v] + 1;
    }
    if (rc == AN_OK) {
        p->sizes = calloc((size_t)(p->count ? p->count : 1), sizeof *p->sizes);
        if (!p->sizes)
            rc = AN_I_NOMEM();
    }
    if (rc != AN_OK) {
        an_partition_free(p);
        return rc;
    }
    for (int64_t v = 0; v < n; v++)
        p->sizes[p->membership[v]]++;
    *out = p;
    return AN_OK;
}

_Static_assert(sizeof(igraph_integer_t) == sizeof(int64_t), "igraph memberships are read as int64_t");

/* Leiden or Louvain on actornet's engine over `csr` (weights divided by `weight_scale`). */
static int partition_on_csr(an_partition **out, double *quality, const an_i_csr *csr,
                            const an_community_options *options, double weight_scale)
{
    int64_t *membership = malloc((size_t)(csr->n ? csr->n : 1) * sizeof *membership);
    if (!membership)
        return AN_I_NOMEM();
    an_i_progress progress;
    an_i_progress_begin(&progress, "communities", 1);
    int rc = an_i_community_run_csr(membership, quality, csr, options, weight_scale);
    rc = an_i_progress_end(&progress, rc);
    if (rc == AN_OK)
        rc = make_partition(out, membership, csr->n, 1);
    free(membership);
    return rc;
}

/* Newman's modularity (resolution 1) of `partition` on the graph the method analysed. */
static int modularity_of(double *out, const an_network *network, const an_edge_policy *policy,
                         const an_partition *partition)
{
    an_modularity_options options = AN_MODULARITY_OPTIONS_INIT;
    options.policy = *policy;
    return an_network_modularity(out, network, partition->membership, &options);
}

/* The partition of the lens's network, its membership spread back to the caller's nodes (-1 outside). */
static int communities_through_lens(an_partition **out, const an_network *network,
                                    const an_community_options *options)
{
    an_i_lens_scope scope;
    int rc = an_i_lens_scope_open(&scope, network, options->policy.lens);
    if (rc != AN_OK)
        return rc;
    an_community_options inner = *options;
    inner.policy.lens = NULL;
    an_partition *partition = NULL;
    rc = an_network_communities(&partition, scope.network, &inner);
    int64_t *membership = NULL;
    if (rc == AN_OK && !(membership = malloc(((size_t)scope.original_nodes + 1) * sizeof *membership)))
        rc = AN_I_NOMEM();
    if (rc == AN_OK) {
        an_i_lens_scatter_integers(&scope, membership, partition->membership, 1, -1);
        free(partition->membership);
        partition->membership = membership;
        partition->node_count = scope.original_nodes;
        *out = partition;
        partition = NULL;
    }
    an_partition_free(partition);
    an_i_lens_scope_close(&scope);
    return rc;
}

/* The view-free path: actornet's engine on the CSR built from the edge arrays. */
static int communities_direct(an_partition **out, double *quality, int *ran, const an_network *network,
                              const an_community_options *options)
{
    an_i_csr csr;
    int rc = an_i_csr_build(&csr, network, AN_I_CSR_UNDIRECTED);
    if (rc != AN_OK)
        return rc;
    if (an_i_csr_arcs(&csr) == 0) /* nothing ties the nodes together: every node alone */
        rc = make_partition(out, NULL, network->node_count, 1);
    else if ((rc = partition_on_csr(out, quality, &csr, options, 1.0)) == AN_OK)
        *ran = 1;
    an_i_csr_free(&csr);
    return rc;
}

/* Through the igraph view of `policy`: igraph's method (and the partition's modularity), or
 * actornet's engine on a CSR copy of the view (made under igraph's lock, run after it is
 * released; *ran set). */
static int communities_on_view(an_partition **out, double *quality, double *modularity, int *directed, int *ran,
                               const an_network *network, const an_edge_policy *policy,
                               const an_community_options *options, int engine)
{
    const method_entry *method = &methods[options->method];
    int64_t n = network->node_count;
    an_i_csr csr = { 0 };
    int have_csr = 0;
    double weight_scale = 1.0;
    an_i_igraph_guard guard;
    an_i_igraph_begin(&guard);
    an_i_igraph_view view;
    int rc = an_i_igraph_view_borrow(&view, network, policy);
    if (rc != AN_OK)
        goto done;
    *directed = view.directed;
    double total_weight = 0;
    rc = check_weights(&view, network, method, policy->weight, &total_weight);
    if (rc == AN_OK && !(total_weight > 0)) {
        /* Nothing ties the nodes together: every node is its own community. */
        rc = make_partition(out, NULL, n, 1);
    } else if (rc == AN_OK && engine == AN_COMMUNITY_ENGINE_ACTORNET) {
        rc = an_i_csr_from_igraph(&csr, &view.graph, an_i_view_weights(&view), 0);
        have_csr = rc == AN_OK;
        weight_scale = view.has_weights ? view.weight_scale : 1.0;
    } else if (rc == AN_OK) {
        igraph_vector_int_t membership;
        rc = an_i_igraph_check(igraph_vector_int_init(&membership, n), "communities");
        if (rc == AN_OK) {
            an_i_igraph_seed(options->seed);
            /* igraph's interruption checks inside the method poll this task */
            an_i_progress progress;
            an_i_progress_begin(&progress, "communities", 1);
            rc = method->run(&membership, quality, &view, options);
            rc = an_i_progress_end(&progress, rc);
            if (rc == AN_OK && igraph_vector_int_size(&membership) != n)
                rc = an_i_error(AN_EALGORITHM, "%s: igraph returned %lld memberships for %lld nodes", method->name,
                                (long long)igraph_vector_int_size(&membership), (long long)n);
            if (rc == AN_OK)
                rc = an_i_igraph_check(igraph_modularity(&view.graph, &membership, an_i_view_weights(&view), 1.0,
                                                         view.directed, modularity),
                                       "modularity");
            if (rc == AN_OK)
                rc = make_partition(out, VECTOR(membership), n, 0);
            igraph_vector_int_destroy(&membership);
        }
    }
    an_i_igraph_view_destroy(&view);
done:
    an_i_igraph_end(&guard);
    if (have_csr) {
        if ((rc = partition_on_csr(out, quality, &csr, options, weight_scale)) == AN_OK)
            *ran = 1;
        an_i_csr_free(&csr);
    }
    return rc;
}

int an_community_engine_of(const an_network *network, const an_community_options *given)
{
    if (!network)
        return AN_I_MISUSE("NULL network");
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    int rc = given ? normalize_options(&options, given) : AN_OK;
    if (rc == AN_OK)
        rc = check_engine(&options);
    return rc != AN_OK ? rc : an_i_community_engine(network, &options);
}

int an_network_communities(an_partition **out, const an_network *network, const an_community_options *given)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("NULL argument");
    an_community_options options = AN_COMMUNITY_OPTIONS_INIT;
    int rc = given ? normalize_options(&options, given) : AN_OK;
    if (rc == AN_OK)
        rc = check_options(&options);
    if (rc != AN_OK)
        return rc;
    if (network->node_count == 0)
        return an_i_error(AN_EEMPTY, "communities: the network has no nodes");
    if (options.policy.lens)
        return communities_through_lens(out, network, &options);
    an_edge_policy policy = options.policy;
    rc = an_i_edge_policy_check(network, &policy);
    if (rc != AN_OK)
        return rc;
    if (methods[options.method].undirected_only)
        policy.direction = AN_AS_UNDIRECTED;

    an_partition *partition = NULL;
    double quality = NAN, modularity = NAN;
    int directed = 0, ran_csr = 0;
    int engine = an_i_community_engine(network, &options);
    if (engine == AN_COMMUNITY_ENGINE_ACTORNET && an_i_community_csr_direct(&policy))
        rc = communities_direct(&partition, &quality, &ran_csr, network, &options);
    else
        rc = communities_on_view(&partition, &quality, &modularity, &directed, &ran_csr, network, &policy, &options,
                                 engine);
    if (rc == AN_OK && ran_csr) {
        /* the quality is modularity at resolution 1 when Leiden or Louvain optimised just that */
        if (options.resolution == 1.0 &&
            (options.method == AN_COMMUNITY_LOUVAIN || options.objective == AN_LEIDEN_MODULARITY))
            modularity = quality;
        else
            rc = modularity_of(&modularity, network, &policy, partition);
    }
    if (rc != AN_OK) {
        an_partition_free(partition);
        return rc;
    }
    partition->modularity = modularity;
    partition->quality = quality;
    partition->directed = directed;
    partition->method = options.method;
    partition->engine = engine;
    *out = partition;
    return AN_OK;
}
