/*
 * igraph_bridge.c — lock, error handler and bulk conversion for igraph calls.
 */
#include "igraph_bridge.h"
#include "error_internal.h"
#include "progress_internal.h"

#include <float.h>
#include <math.h>
#include <pthread.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t igraph_lock = PTHREAD_MUTEX_INITIALIZER;

/* The first reason igraph reported inside the current guard. Only touched with the lock held. */
static char igraph_reason[512];

/* 1 while this thread holds igraph_lock (so an_i_network_drop_views can be called either way). */
static _Thread_local int igraph_lock_held;

static void record_igraph_error(const char *reason, const char *file, int line, igraph_error_t code)
{
    (void)file;
    (void)line;
    (void)code;
    if (!igraph_reason[0])
        snprintf(igraph_reason, sizeof igraph_reason, "%s", reason ? reason : "igraph error");
    IGRAPH_FINALLY_FREE();
}

static void ignore_igraph_warning(const char *reason, const char *file, int line)
{
    (void)reason;
    (void)file;
    (void)line;
}

/* igraph's progress reports and interruption checks feed the calling thread's innermost
 * progress task; a cancelled task interrupts igraph (IGRAPH_INTERRUPTED). */
static igraph_error_t forward_igraph_progress(const char *message, igraph_real_t percent, void *data)
{
    (void)message;
    (void)data;
    return an_i_progress_external(percent) ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

static igraph_error_t forward_igraph_interruption(void *data)
{
    (void)data;
    return an_i_progress_external(-1.0) ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

void an_i_igraph_begin(an_i_igraph_guard *guard)
{
    pthread_mutex_lock(&igraph_lock);
    igraph_lock_held = 1;
    igraph_reason[0] = '\0';
    guard->previous_error_handler = igraph_set_error_handler(record_igraph_error);
    guard->previous_warning_handler = igraph_set_warning_handler(ignore_igraph_warning);
    guard->previous_progress_handler = igraph_set_progress_handler(forward_igraph_progress);
    guard->previous_interruption_handler = igraph_set_interruption_handler(forward_igraph_interruption);
#ifdef _OPENMP
    guard->previous_omp_threads = omp_get_max_threads();
    omp_set_num_threads(1);
#else
    guard->previous_omp_threads = 0;
#endif
}

void an_i_igraph_end(an_i_igraph_guard *guard)
{
    igraph_set_error_handler(guard->previous_error_handler);
    igraph_set_warning_handler(guard->previous_warning_handler);
    igraph_set_progress_handler(guard->previous_progress_handler);
    igraph_set_interruption_handler(guard->previous_interruption_handler);
#ifdef _OPENMP
    omp_set_num_threads(guard->previous_omp_threads);
#endif
    igraph_lock_held = 0;
    pthread_mutex_unlock(&igraph_lock);
}

int an_i_igraph_check(igraph_error_t result, const char *what)
{
    if (result == IGRAPH_SUCCESS)
        return AN_OK;
    if (result == IGRAPH_INTERRUPTED) {
        igraph_reason[0] = '\0';
        return AN_ECANCELED;   /* the progress task's end records the message */
    }
    /* copy the reason before clearing it for the next call (it once printed as "hub scores: ") */
    char reason[sizeof igraph_reason];
    const char *fallback = igraph_strerror(result);
    snprintf(reason, sizeof reason, "%s", igraph_reason[0] ? igraph_reason
                                           : fallback && fallback[0] ? fallback : "igraph failed");
    igraph_reason[0] = '\0';
    int code = result == IGRAPH_ENOMEM ? AN_ENOMEM : result == IGRAPH_EINVAL ? AN_EINVAL : AN_EALGORITHM;
    return an_i_error(code, "%s: %s", what, reason);
}

int an_i_igraph_mode_directed(const an_network *network, an_i_igraph_mode mode)
{
    return mode == AN_I_AS_STORED && network->directed_edges > 0;
}

int an_i_network_to_igraph(const an_network *network, an_i_igraph_mode mode, igraph_t *out,
                           igraph_vector_int_t *edge_map)
{
    int directed = an_i_igraph_mode_directed(network, mode);
    int64_t m = network->edge_count;
    int doubled = directed && network->directed_edges < m;
    int64_t arcs = doubled ? 2 * m - network->directed_edges : m;
    igraph_vector_int_t edges = { 0 };
    static igraph_integer_t no_edges[2]; /* igraph asserts non-NULL storage, even when empty */
    int rc;

    if (!doubled) {
        /* The network's interleaved endpoint array is igraph's edge-list layout. */
        igraph_vector_int_view(&edges, m ? network->endpoints : no_edges, 2 * m);
    } else {
        rc = an_i_igraph_check(igraph_vector_int_init(&edges, 2 * arcs), "converting to igraph");
        if (rc != AN_OK)
            return rc;
        int64_t k = 0;
        for (int64_t e = 0; e < m; e++) {
            VECTOR(edges)[2 * k] = network->endpoints[2 * e];
            VECTOR(edges)[2 * k + 1] = network->endpoints[2 * e + 1];
            k++;
            if (!an_i_edge_directed(network, e)) {
                VECTOR(edges)[2 * k] = network->endpoints[2 * e + 1];
                VECTOR(edges)[2 * k + 1] = network->endpoints[2 * e];
                k++;
            }
        }
    }
    rc = an_i_igraph_check(igraph_create(out, &edges, network->node_count, directed), "converting to igraph");
    if (doubled)
        igraph_vector_int_destroy(&edges);
    if (rc != AN_OK)
        return rc;
    if (edge_map) {
        rc = an_i_igraph_check(igraph_vector_int_resize(edge_map, arcs), "converting to igraph");
        if (rc != AN_OK) {
            igraph_destroy(out);
            return rc;
        }
        int64_t k = 0;
        for (int64_t e = 0; e < m; e++) {
            VECTOR(*edge_map)[k++] = e;
            if (doubled && !an_i_edge_directed(network, e))
                VECTOR(*edge_map)[k++] = e;
        }
    }
    return AN_OK;
}

void an_i_igraph_seed(uint64_t seed)
{
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
}

/* ---- views under an edge policy ------------------------------------------- */

_Static_assert(sizeof(igraph_integer_t) == sizeof(int64_t), "actornet needs igraph built with 64-bit integers");

int an_i_edge_policy_check(const an_network *network, const an_edge_policy *policy)
{
    if (!policy)
        return AN_OK;
    if (policy->direction != AN_AS_STORED && policy->direction != AN_AS_UNDIRECTED)
        return an_i_error(AN_EINVAL, "edge policy: unknown direction mode %d", policy->direction);
    if (policy->parallel != AN_PARALLEL_COLLAPSE && policy->parallel != AN_PARALLEL_KEEP)
        return an_i_error(AN_EINVAL, "edge policy: unknown parallel-edge mode %d", policy->parallel);
    if (policy->weight) {
        int column;
        int rc = an_network_find_column(network, AN_DOMAIN_EDGE, policy->weight, &column);
        if (rc != AN_OK)
            return an_i_error(AN_ENOTFOUND, "weight column '%s' does not exist on edges", policy->weight);
        if (an_network_column_type(network, AN_DOMAIN_EDGE, column) == AN_TYPE_STRING)
            return an_i_error(AN_ETYPE, "weight column '%s' is not numeric", policy->weight);
    }
    return AN_OK;
}

int an_i_view_edge_weight(double *weight, const an_network *network, int column, int64_t edge)
{
    double value;
    int got = an_network_get_real(network, AN_DOMAIN_EDGE, column, edge, &value);
    if (got == AN_OK) {
        if (value != value || value == 1.0 / 0.0 || value == -1.0 / 0.0)
            return an_i_error(AN_EINVAL, "weight of edge #%lld (%s -> %s) is not finite", (long long)edge,
                              network->node_ids[network->endpoints[2 * edge]],
                              network->node_ids[network->endpoints[2 * edge + 1]]);
        *weight = value;
    } else if (got != AN_VALUE_MISSING) {
        return got;
    }
    return AN_OK;
}

int an_i_edge_policy_check_weights(const an_network *network, const an_edge_policy *policy)
{
    int column;
    if (!policy || !policy->weight || an_network_find_column(network, AN_DOMAIN_EDGE, policy->weight, &column) != AN_OK)
        return AN_OK;
    for (int64_t e = 0; e < network->edge_count; e++) {
        if (network->endpoints[2 * e] == network->endpoints[2 * e + 1] && !policy->self_loops)
            continue;
        double weight;
        int rc = an_i_view_edge_weight(&weight, network, column, e);
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

typedef struct arc {
    int64_t from, to;
    double weight;
    int64_t edge;
} arc;

/* Stable counting sort of arcs by key(arc) in [0, n). */
static int sort_arcs_by(arc **arcs, arc **scratch, int64_t count, int64_t n, int by_from)
{
    int64_t *offsets = calloc((size_t)n + 1, sizeof *offsets);
    if (!offsets)
        return AN_ENOMEM;
    for (int64_t i = 0; i < count; i++)
        offsets[(by_from ? (*arcs)[i].from : (*arcs)[i].to) + 1]++;
    for (int64_t v = 0; v < n; v++)
        offsets[v + 1] += offsets[v];
    for (int64_t i = 0; i < count; i++) {
        int64_t key = by_from ? (*arcs)[i].from : (*arcs)[i].to;
        (*scratch)[offsets[key]++] = (*arcs)[i];
    }
    free(offsets);
    arc *swap = *arcs;
    *arcs = *scratch;
    *scratch = swap;
    return AN_OK;
}

typedef struct view_key {
    int directed;
    int parallel;
    int self_loops;
    int weight_column;  /* -1: unweighted */
} view_key;

/* Check a policy (NULL = the defaults) and resolve what a view built under
 * it depends on; *policy then points at the policy to use (possibly *defaults). */
static int resolve_policy(view_key *key, const an_edge_policy **policy, an_edge_policy *defaults,
                          const an_network *network)
{
    if (!*policy) {
        *defaults = (an_edge_policy)AN_EDGE_POLICY_INIT;
        *policy = defaults;
    }
    int rc = an_i_edge_policy_check(network, *policy);
    if (rc != AN_OK)
        return rc;
    key->directed = an_i_igraph_mode_directed(network, (an_i_igraph_mode)(*policy)->direction);
    key->parallel = (*policy)->parallel;
    key->self_loops = (*policy)->self_loops ? 1 : 0;
    key->weight_column = -1;
    if ((*policy)->weight)
        an_network_find_column(network, AN_DOMAIN_EDGE, (*policy)->weight, &key->weight_column);
    return AN_OK;
}

/*
 * The power of two the view's weights are divided by (see weight_scale in
 * igraph_bridge.h): 1 while the largest |weight| lies in [2^-64, 2^64], else
 * the one that brings it into [0.5, 1). Refuses weights whose magnitudes span
 * more than 2^1000 (about 10^301): scaled together, the smallest would lose
 * its precision or vanish.
 */
static int choose_weight_scale(const arc *arcs, int64_t count, const an_network *network, double *out)
{
    double largest = 0, smallest = INFINITY;
    int64_t large_edge = -1, small_edge = -1;
    for (int64_t i = 0; i < count; i++) {
        double magnitude = fabs(arcs[i].weight);
        if (magnitude > largest) {
            largest = magnitude;
            large_edge = arcs[i].edge;
        }
        if (magnitude > 0 && magnitude < smallest) {
            smallest = magnitude;
            small_edge = arcs[i].edge;
        }
    }
    *out = 1.0;
    if (largest == 0)
        return AN_OK;
    if (largest / smallest > 0x1p1000 || smallest < DBL_MIN)
        return an_i_error(AN_ERANGE,
                          "weights span too wide a range to analyse together: %g (tie %s -- %s) and %g (tie %s -- %s) "
                          "differ by more than a factor 2^1000, or the smaller is subnormal; rescale the column or "
                          "drop the extreme ties",
                          largest, network->node_ids[network->endpoints[2 * large_edge]],
                          network->node_ids[network->endpoints[2 * large_edge + 1]], smallest,
                          network->node_ids[network->endpoints[2 * small_edge]],
                          network->node_ids[network->endpoints[2 * small_edge + 1]]);
    if (largest >= 0x1p-64 && largest <= 0x1p64)
        return AN_OK;
    *out = ldexp(1.0, ilogb(largest) + 1);
    return AN_OK;
}

int an_i_igraph_view_build(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy)
{
    an_edge_policy defaults;
    view_key key;
    int rc = resolve_policy(&key, &policy, &defaults, network);
    if (rc != AN_OK)
        return rc;
    memset(view, 0, sizeof *view);
    int directed = key.directed;
    int64_t m = network->edge_count, n = network->node_count;
    int weight_column = key.weight_column;

    arc *arcs = malloc((size_t)(2 * m + 1) * sizeof *arcs);
    arc *scratch = malloc((size_t)(2 * m + 1) * sizeof *scratch);
    if (!arcs || !scratch) {
        rc = an_i_error(AN_ENOMEM, "building the analysis graph: out of memory");
        goto done;
    }
    int64_t count = 0;
    for (int64_t e = 0; e < m; e++) {
        int64_t from = network->endpoints[2 * e], to = network->endpoints[2 * e + 1];
        if (from == to && !policy->self_loops)
            continue;
        double weight = 1.0;
        if (weight_column >= 0 && (rc = an_i_view_edge_weight(&weight, network, weight_column, e)) != AN_OK)
            goto done;
        int edge_directed = directed && an_i_edge_directed(network, e);
        if (!directed && from > to) {
            int64_t swap = from;
            from = to;
            to = swap;
        }
        arcs[count++] = (arc){ from, to, weight, e };
        if (directed && !edge_directed && from != to)
            arcs[count++] = (arc){ to, from, weight, e };
    }
    double scale = 1.0;
    if (weight_column >= 0 && (rc = choose_weight_scale(arcs, count, network, &scale)) != AN_OK)
        goto done;
    if (scale != 1.0)
        for (int64_t i = 0; i < count; i++)
            arcs[i].weight /= scale; /* a power of two, all results normal: exact */
    view->weight_scale = scale;
    if (policy->parallel == AN_PARALLEL_COLLAPSE && count > 1) {
        /* Radix sort by (from, to), stable, so the first tie of a group is the earliest edge. */
        if (sort_arcs_by(&arcs, &scratch, count, n, 0) != AN_OK ||
            sort_arcs_by(&arcs, &scratch, count, n, 1) != AN_OK) {
            rc = an_i_error(AN_ENOMEM, "building the analysis graph: out of memory");
            goto done;
        }
        int64_t kept = 0;
        for (int64_t i = 0; i < count; i++) {
            if (kept > 0 && arcs[kept - 1].from == arcs[i].from && arcs[kept - 1].to == arcs[i].to) {
                arcs[kept - 1].weight += arcs[i].weight;
                if (arcs[i].edge < arcs[kept - 1].edge)
                    arcs[kept - 1].edge = arcs[i].edge;
            } else {
                arcs[kept++] = arcs[i];
            }
        }
        count = kept;
    }

    igraph_vector_int_t edges;
    rc = an_i_igraph_check(igraph_vector_int_init(&edges, 2 * count), "building the analysis graph");
    if (rc != AN_OK)
        goto done;
    for (int64_t i = 0; i < count; i++) {
        VECTOR(edges)[2 * i] = arcs[i].from;
        VECTOR(edges)[2 * i + 1] = arcs[i].to;
    }
    rc = an_i_igraph_check(igraph_create(&view->graph, &edges, n, directed), "building the analysis graph");
    igraph_vector_int_destroy(&edges);
    if (rc != AN_OK)
        goto done;
    rc = an_i_igraph_check(igraph_vector_int_init(&view->edge_map, count), "building the analysis graph");
    if (rc != AN_OK) {
        igraph_destroy(&view->graph);
        goto done;
    }
    for (int64_t i = 0; i < count; i++)
        VECTOR(view->edge_map)[i] = arcs[i].edge;
    if (policy->weight) {
        rc = an_i_igraph_check(igraph_vector_init(&view->weights, count), "building the analysis graph");
        if (rc != AN_OK) {
            igraph_vector_int_destroy(&view->edge_map);
            igraph_destroy(&view->graph);
            goto done;
        }
        for (int64_t i = 0; i < count; i++)
            VECTOR(view->weights)[i] = arcs[i].weight;
        view->has_weights = 1;
    }
    view->directed = directed;
done:
    free(arcs);
    free(scratch);
    return rc;
}

/* ---- the view cache ------------------------------------------------------ */


/* What a view depends on besides the network's content (see an_i_igraph_view_borrow). */
struct an_i_view_entry {
    an_i_igraph_view view;  /* owned; valid when `used` */
    view_key key;
    uint64_t revision;      /* the network's revision when built */
    uint64_t last_used;     /* cache clock at the last borrow */
    int pins;               /* borrowed and not yet given back */
    int used;
};

typedef struct an_i_view_cache {
    an_i_view_entry entries[AN_I_VIEW_CACHE_SLOTS];
    uint64_t clock;
    int64_t builds, hits;
} an_i_view_cache;

static void destroy_owned_view(an_i_igraph_view *view)
{
    igraph_destroy(&view->graph);
    igraph_vector_int_destroy(&view->edge_map);
    if (view->has_weights)
        igraph_vector_destroy(&view->weights);
    view->has_weights = 0;
}

static void entry_clear(an_i_view_entry *entry)
{
    if (entry->used)
        destroy_owned_view(&entry->view);
    memset(entry, 0, sizeof *entry);
}

static int same_key(const view_key *a, const view_key *b)
{
    return a->directed == b->directed && a->parallel == b->parallel && a->self_loops == b->self_loops &&
           a->weight_column == b->weight_column;
}

/* The cache of a network, created on first use. The network is const for its readers; the
 * cache is the one part they change, only under the igraph lock (network_internal.h). */
static an_i_view_cache *cache_of(const an_network *network, int create)
{
    an_network *mutable_network = (an_network *)network;
    if (!mutable_network->view_cache && create)
        mutable_network->view_cache = calloc(1, sizeof *mutable_network->view_cache);
    return mutable_network->view_cache;
}

static void lend(an_i_igraph_view *view, an_i_view_cache *cache, an_i_view_entry *entry)
{
    entry->pins++;
    entry->last_used = ++cache->clock;
    *view = entry->view;
    view->borrowed_from = entry;
}

int an_i_igraph_view_borrow(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy)
{
    an_edge_policy defaults;
    view_key key;
    int rc = resolve_policy(&key, &policy, &defaults, network);
    if (rc != AN_OK)
        return rc;

    an_i_view_cache *cache = cache_of(network, 1);
    if (!cache) /* no room for the cache: still answer, uncached */
        return an_i_igraph_view_build(view, network, policy);
    an_i_view_entry *slot = NULL;
    for (int i = 0; i < AN_I_VIEW_CACHE_SLOTS; i++) {
        an_i_view_entry *entry = &cache->entries[i];
        if (entry->used && entry->revision != network->revision && entry->pins == 0)
            entry_clear(entry); /* the network changed since: never served again */
        if (entry->used && entry->revision == network->revision && same_key(&entry->key, &key)) {
            cache->hits++;
            lend(view, cache, entry);
            return AN_OK;
        }
        /* where a new view goes: a free slot, else the least recently used entry nobody holds */
        if (!entry->used) {
            if (!slot || slot->used)
                slot = entry;
        } else if (entry->pins == 0 && (!slot || (slot->used && entry->last_used < slot->last_used))) {
            slot = entry;
        }
    }

    an_i_igraph_view built;
    rc = an_i_igraph_view_build(&built, network, policy);
    if (rc != AN_OK)
        return rc;
    if (!slot) { /* every slot is held inside this guard: hand over a private view */
        *view = built;
        return AN_OK;
    }
    entry_clear(slot);
    slot->view = built;
    slot->key = key;
    slot->revision = network->revision;
    slot->used = 1;
    cache->builds++;
    lend(view, cache, slot);
    return AN_OK;
}

int an_i_igraph_view_borrow_cached(an_i_igraph_view *view, const an_network *network, const an_edge_policy *policy)
{
    an_edge_policy defaults;
    view_key key;
    int rc = resolve_policy(&key, &policy, &defaults, network);
    if (rc != AN_OK)
        return rc;
    an_i_view_cache *cache = cache_of(network, 0);
    for (int i = 0; cache && i < AN_I_VIEW_CACHE_SLOTS; i++) {
        an_i_view_entry *entry = &cache->entries[i];
        if (entry->used && entry->revision == network->revision && same_key(&entry->key, &key)) {
            cache->hits++;
            lend(view, cache, entry);
            return AN_OK;
        }
    }
    return AN_ENOTFOUND;
}

int an_i_igraph_view_copy(an_i_igraph_view *out, const an_i_igraph_view *view)
{
    memset(out, 0, sizeof *out);
    int rc = an_i_igraph_check(igraph_copy(&out->graph, &view->graph), "copying the analysis graph");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_vector_int_init_copy(&out->edge_map, &view->edge_map), "copying the analysis graph");
    if (rc != AN_OK) {
        igraph_destroy(&out->graph);
        return rc;
    }
    if (view->has_weights) {
        rc = an_i_igraph_check(igraph_vector_init_copy(&out->weights, &view->weights), "copying the analysis graph");
        if (rc != AN_OK) {
            igraph_vector_int_destroy(&out->edge_map);
            igraph_destroy(&out->graph);
            return rc;
        }
    }
    out->has_weights = view->has_weights;
    out->weight_scale = view->weight_scale;
    out->directed = view->directed;
    return AN_OK;
}

void an_i_igraph_view_destroy(an_i_igraph_view *view)
{
    if (!view)
        return;
    if (view->borrowed_from) {
        view->borrowed_from->pins--;
        memset(view, 0, sizeof *view);
        return;
    }
    destroy_owned_view(view);
}

/* Free the cache of a network nobody else is using (exclusive access or the igraph lock). */
static void free_cache(an_network *network)
{
    an_i_view_cache *cache = network->view_cache;
    if (!cache)
        return;
    for (int i = 0; i < AN_I_VIEW_CACHE_SLOTS; i++)
        entry_clear(&cache->entries[i]);
    free(cache);
    network->view_cache = NULL;
}

void an_i_network_drop_views(const an_network *network)
{
    if (!network)
        return;
    int take_lock = !igraph_lock_held;
    an_i_igraph_guard guard;
    if (take_lock)
        an_i_igraph_begin(&guard);
    free_cache((an_network *)network); /* the cache's own state: see cache_of() */
    if (take_lock)
        an_i_igraph_end(&guard);
}

void an_i_network_free_views(an_network *network)
{
    /* No lock: an_network_free() has the network to itself, so no other thread can reach this
     * cache, and igraph_destroy() only releases memory (actornet installs no igraph attribute
     * handler), touching none of the global state the lock protects. Taking the lock would make
     * freeing an analysed network wait for another thread's analysis of another network. */
    free_cache(network);
}

void an_i_network_view_cache_stats(an_i_view_cache_stats *out, const an_network *network)
{
    an_i_igraph_guard guard;
    memset(out, 0, sizeof *out);
    an_i_igraph_begin(&guard);
    const an_i_view_cache *cache = network->view_cache;
    if (cache) {
        out->builds = cache->builds;
        out->hits = cache->hits;
        for (int i = 0; i < AN_I_VIEW_CACHE_SLOTS; i++)
            out->entries += cache->entries[i].used;
    }
    an_i_igraph_end(&guard);
}
