/*
 * search.c — Borgatti's heuristic for key-player sets, made robust to
 * plateaus: several starts, each followed by swap improvement with best
 * improvement, comparing sets lexicographically by (key, secondary key).
 *
 * Starts, in order (the best final set wins; ties: the earlier start):
 *  1. greedy: add the best node one at a time;
 *  2. options.restarts seeded random sets of candidates;
 *  3. fragmentation on an undirected view only, when no start disconnected
 *     anything: a smallest disconnecting set of candidates (separator.c),
 *     completed greedily. When there is none, fragmentation 0 is optimal.
 * Swaps: every (member u, non-member v) exchange is scored and the best is
 * made while it strictly improves (key first, then the secondary key), at most
 * MAX_PASSES(k) passes per start.
 *
 * Why the secondary key: the integer objectives are flat where single moves
 * change nothing (removing any one or two actors of a 2-connected network
 * disconnects nobody, so every candidate scores 0 and greedy picked the first
 * by priority, and no swap "improved"). The distance-weighted refinement of
 * the same objective (keyplayers_internal.h) still tells the choices apart:
 * removing actors that lengthen many paths leads towards a cut.
 *
 * Cost control: the secondary key is computed only for choices tied on the
 * key, for at most TIE_LIMIT of them per decision (the highest-degree ones,
 * then by priority), and fragmentation's secondary key follows at most as
 * many sources as SECONDARY_BUDGET arc visits per decision allow (every node
 * on small networks; a seeded sample on large ones, the same sample for every
 * set, so comparisons stay consistent).
 *
 * Fragmentation on an undirected view has a fast path: one depth-first search
 * scores the removal of every further node at once (an_i_kp_removal_pairs),
 * so a greedy step costs O(n + m) and a swap pass O(k (n + m)). Other
 * objectives score each candidate set separately, in parallel over
 * candidates. Ties are finally broken by a per-node priority drawn from the
 * seed, so results are reproducible and do not depend on the thread count.
 */
#include "error_internal.h"
#include "keyplayers_internal.h"
#include "parallel_for.h"
#include "progress_internal.h"
#include "random.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define TIE_LIMIT 32
#define SECONDARY_BUDGET 1.5e8       /* arc visits of secondary keys per decision */
#define SEPARATOR_BUDGET 4e9         /* arc visits of the separator search */
#define MAX_PASSES(k) (50 + 10 * (k))

/* A set's standing: key, then secondary key (NAN = not computed yet). */
typedef struct standing {
    double key, secondary;
} standing;

/* One choice: add v (u = -1) or swap u out for v. */
typedef struct choice {
    int32_t v, u;
    int64_t index;              /* member position of u (swaps) */
    double key, secondary;
} choice;

typedef struct searcher {
    an_i_kp_search *search;
    const an_i_kp_context *context;
    int fast, threads, integer_key, secondary;
    uint8_t *mask;
    int32_t *members;
    int64_t count;              /* members so far */
    an_i_kp_scratch *scratches; /* one per thread (the first with depth-first arrays on the fast path) */
    int64_t *pairs;             /* fast path: per node */
    an_i_progress *progress;    /* one unit per greedy step and per swap; total unknown */
    int status;                 /* AN_OK, or AN_ECANCELED once the progress handler cancelled */
    double *keys;               /* other objectives: per item */
    /* the choices tied on the best key so far, best-ranked first */
    choice best;
    int found;
    choice tied[TIE_LIMIT];
    int tied_count;
} searcher;

/* ---- scoring sets ------------------------------------------------------------ */

typedef struct score_job {
    searcher *s;
    const int32_t *swapped_out;         /* item i swaps out swapped_out[i / c]; NULL: add only */
} score_job;

static void score_worker(void *argument, int worker, int64_t begin, int64_t end)
{
    score_job *job = argument;
    searcher *s = job->s;
    int64_t c = s->search->candidate_count;
    for (int64_t item = begin; item < end; item++) {
        int32_t v = s->search->candidates[item % c];
        int32_t u = job->swapped_out ? job->swapped_out[item / c] : -1;
        if (s->mask[v]) {
            s->keys[item] = NAN;
            continue;
        }
        an_i_kp_set set = { s->mask, s->members, s->count, v, u };
        s->keys[item] = an_i_kp_key(s->context, &s->scratches[worker], &set);
    }
}

/* Score `items` candidate sets on the workers (keys[item]). */
static void score_all(searcher *s, const int32_t *swapped_out, int64_t items)
{
    const an_i_kp_context *context = s->context;
    int threads = s->threads;
    double per_item = (double)context->n + (double)an_i_csr_arcs(context->adjacency);
    if (context->objective == AN_KP_DISTANCE_FRAGMENTATION ||
        (context->objective == AN_KP_FRAGMENTATION && !context->symmetric))
        per_item *= (double)context->n;
    if (per_item * (double)items < 2e5)
        threads = 1;
    int64_t chunk = items / ((int64_t)threads * 8);
    score_job job = { s, swapped_out };
    an_i_parallel_for(threads, items, chunk < 1 ? 1 : chunk, score_worker, &job);
    s->search->evaluations += items;
}

typedef struct secondary_job {
    searcher *s;
    choice *choices;
} secondary_job;

static void secondary_worker(void *argument, int worker, int64_t begin, int64_t end)
{
    secondary_job *job = argument;
    searcher *s = job->s;
    for (int64_t i = begin; i < end; i++) {
        choice *c = &job->choices[i];
        an_i_kp_set set = { s->mask, s->members, s->count, c->v, c->u };
        c->secondary = an_i_kp_secondary(s->context, &s->scratches[worker], &set);
    }
}

static void secondaries(searcher *s, choice *choices, int count)
{
    secondary_job job = { s, choices };
    an_i_parallel_for(count < s->threads ? count : s->threads, count, 1, secondary_worker, &job);
    s->search->evaluations += count;
}

/* The current set's standing (key known; secondary computed on demand). */
static double current_secondary(searcher *s, standing *current)
{
    if (isnan(current->secondary)) {
        choice self = { -1, -1, -1, current->key, 0 };
        secondaries(s, &self, 1);
        current->secondary = self.secondary;
    }
    return current->secondary;
}

/* ---- choosing among tied choices ------------------------------------------------ */

static int64_t degree(const searcher *s, int32_t v)
{
    const int64_t *offsets = s->context->adjacency->offsets;
    return offsets[v + 1] - offsets[v];
}

/* Rank among choices with equal keys, before secondary keys: higher degree, then priority. */
static int ranks_before(const searcher *s, const choice *a, const choice *b)
{
    int64_t da = degree(s, a->v), db = degree(s, b->v);
    if (da != db)
        return da > db;
    const uint64_t *priority = s->search->priority;
    if (priority[a->v] != priority[b->v])
        return priority[a->v] < priority[b->v];
    if (a->u >= 0 && b->u >= 0 && priority[a->u] != priority[b->u])
        return priority[a->u] < priority[b->u];
    return a->v < b->v || (a->v == b->v && a->u < b->u);
}

static void consider(searcher *s, int32_t v, int32_t u, int64_t index, double key)
{
    choice c = { v, u, index, key, NAN };
    if (!s->found || an_i_kp_better(key, s->best.key, s->integer_key)) {
        s->found = 1;
        s->best = c;
        s->tied[0] = c;
        s->tied_count = 1;
        return;
    }
    if (an_i_kp_better(s->best.key, key, s->integer_key))
        return;
    /* tied: keep the TIE_LIMIT best-ranked, in rank order */
    int at = s->tied_count;
    while (at > 0 && ranks_before(s, &c, &s->tied[at - 1]))
        at--;
    if (at >= TIE_LIMIT)
        return;
    int last = s->tied_count < TIE_LIMIT ? s->tied_count : TIE_LIMIT - 1;
    memmove(&s->tied[at + 1], &s->tied[at], (size_t)(last - at) * sizeof *s->tied);
    s->tied[at] = c;
    if (s->tied_count < TIE_LIMIT)
        s->tied_count++;
}

/* Settle the best choice: among ties, the best secondary key (then rank). */
static choice settle(searcher *s)
{
    choice best = s->tied[0];
    if (!s->secondary || s->tied_count < 2)
        return best;
    secondaries(s, s->tied, s->tied_count);
    best = s->tied[0];
    for (int i = 1; i < s->tied_count; i++)
        if (an_i_kp_better(s->tied[i].secondary, best.secondary, 0))
            best = s->tied[i];
    return best;
}

/* Consider every choice: adds (swap = 0) or swaps of every member. */
static void survey(searcher *s, int swap)
{
    const an_i_kp_context *context = s->context;
    const int32_t *candidates = s->search->candidates;
    int64_t c = s->search->candidate_count;
    s->found = 0;
    s->tied_count = 0;
    if (!swap) {
        if (s->fast)
            an_i_kp_removal_pairs(context->adjacency, &s->scratches[0], s->mask, s->pairs);
        else
            score_all(s, NULL, c);
        for (int64_t i = 0; i < c; i++) {
            int32_t v = candidates[i];
            if (!s->mask[v])
                consider(s, v, -1, -1, s->fast ? -(double)s->pairs[v] : s->keys[i]);
        }
        if (s->fast)
            s->search->evaluations += c;
        return;
    }
    int64_t k = s->count;
    if (!s->fast)
        score_all(s, s->members, k * c);
    for (int64_t index = 0; index < k; index++) {
        int32_t u = s->members[index];
        if (s->fast) {
            s->mask[u] = 0;
            an_i_kp_removal_pairs(context->adjacency, &s->scratches[0], s->mask, s->pairs);
            s->mask[u] = 1;
            s->search->evaluations += c;
        }
        for (int64_t i = 0; i < c; i++) {
            int32_t v = candidates[i];
            if (!s->mask[v])
                consider(s, v, u, index, s->fast ? -(double)s->pairs[v] : s->keys[index * c + i]);
        }
    }
}

/* ---- the phases ----------------------------------------------------------------- */

static void clear_set(searcher *s)
{
    for (int64_t i = 0; i < s->count; i++)
        s->mask[s->members[i]] = 0;
    s->count = 0;
}

/* Add members greedily until there are k; returns the set's key. */
static double complete_greedily(searcher *s)
{
    double key = 0;
    if (s->count == s->search->k) {
        an_i_kp_set set = { s->mask, s->members, s->count, -1, -1 };
        s->search->evaluations++;
        return an_i_kp_key(s->context, &s->scratches[0], &set);
    }
    while (s->count < s->search->k) {
        survey(s, 0);
        choice best = settle(s);
        s->mask[best.v] = 1;
        s->members[s->count++] = best.v;
        key = best.key;
        if ((s->status = an_i_progress_advance(s->progress, 1)) != AN_OK)
            break;
    }
    return key;
}

/* Best-improvement swaps from the current set; returns its final standing. */
static standing descend(searcher *s, double key)
{
    standing current = { key, NAN };
    int64_t k = s->count, c = s->search->candidate_count;
    if (k == 0 || k == c)
        return current;
    for (int64_t pass = 0; pass < MAX_PASSES(k); pass++) {
        survey(s, 1);
        if (!s->found || an_i_kp_better(current.key, s->best.key, s->integer_key))
            break;
        int improves_key = an_i_kp_better(s->best.key, current.key, s->integer_key);
        if (!improves_key && !s->secondary)
            break;
        choice best = settle(s);
        if (!improves_key) {
            /* a plateau: move only if the secondary key strictly improves */
            if (s->tied_count < 2)
                secondaries(s, &best, 1);
            if (!an_i_kp_better(best.secondary, current_secondary(s, &current), 0))
                break;
        }
        s->mask[best.u] = 0;
        s->mask[best.v] = 1;
        s->members[best.index] = best.v;
        current.key = best.key;
        current.secondary = best.secondary; /* NAN when not computed */
        s->search->swaps++;
        if ((s->status = an_i_progress_advance(s->progress, 1)) != AN_OK)
            break;
    }
    return current;
}

/* Is standing a better than b (key, then secondary key when both keys tie)? */
static int standing_better(searcher *s, standing *a, standing *b)
{
    if (an_i_kp_better(a->key, b->key, s->integer_key))
        return 1;
    if (an_i_kp_better(b->key, a->key, s->integer_key) || !s->secondary)
        return 0;
    return an_i_kp_better(current_secondary(s, a), current_secondary(s, b), 0);
}

/* Keep the current set as the best so far when it is better. */
static void keep_if_better(searcher *s, standing *current, standing *best, int *have_best)
{
    if (*have_best) {
        /* current_secondary() needs the set in the mask: the best set's standing was settled when kept */
        if (!standing_better(s, current, best))
            return;
    }
    if (s->secondary)
        current_secondary(s, current); /* settle it now, while this set is the current one */
    *best = *current;
    *have_best = 1;
    memcpy(s->search->set, s->members, (size_t)s->count * sizeof *s->members);
}

/* Fragmentation's secondary key follows every node when affordable, else a seeded sample. */
static int choose_sources(an_i_kp_context *context, const uint64_t *priority, int32_t **out)
{
    *out = NULL;
    if (context->objective != AN_KP_FRAGMENTATION)
        return AN_OK;
    double per_source = (double)context->n + (double)an_i_csr_arcs(context->adjacency);
    double affordable = SECONDARY_BUDGET / (per_source * TIE_LIMIT);
    if (affordable >= context->n)
        return AN_OK;
    int32_t count = affordable < 1 ? 1 : (int32_t)affordable;
    int32_t *sources = malloc((size_t)count * sizeof *sources);
    if (!sources)
        return AN_ENOMEM;
    /* the `count` nodes of lowest priority (a seeded random sample), by selection into a sorted list */
    int32_t held = 0;
    for (int32_t v = 0; v < context->n; v++) {
        if (held == count && priority[v] >= priority[sources[held - 1]])
            continue;
        int32_t at = held < count ? held++ : count - 1;
        while (at > 0 && priority[sources[at - 1]] > priority[v]) {
            sources[at] = sources[at - 1];
            at--;
        }
        sources[at] = v;
    }
    context->sources = sources;
    context->source_count = count;
    *out = sources;
    return AN_OK;
}

int an_i_kp_search_greedy_swap(an_i_kp_search *search)
{
    an_i_kp_context context = *search->context; /* with the secondary key's sources */
    int32_t n = context.n;
    int64_t k = search->k, c = search->candidate_count;
    searcher s = { 0 };
    s.search = search;
    s.context = &context;
    s.fast = context.objective == AN_KP_FRAGMENTATION && context.symmetric;
    s.threads = search->threads;
    s.integer_key = an_i_kp_integer_key(context.objective);
    s.secondary = an_i_kp_has_secondary(context.objective);
    int32_t *sources = NULL, *separator = NULL;
    uint8_t *allowed = NULL;
    int rc = AN_OK;
    an_i_progress progress;
    an_i_progress_begin(&progress, "key players", 0);
    s.progress = &progress;
    s.mask = calloc((size_t)n + 1, 1);
    s.members = malloc(((size_t)k + 1) * sizeof *s.members);
    s.scratches = calloc((size_t)s.threads, sizeof *s.scratches);
    if (!s.mask || !s.members || !s.scratches || choose_sources(&context, search->priority, &sources) != AN_OK)
        goto nomem;
    for (int t = 0; t < s.threads; t++)
        if (an_i_kp_scratch_init(&s.scratches[t], n, s.fast && t == 0) != AN_OK)
            goto nomem;
    if (s.fast)
        s.pairs = malloc(((size_t)n + 1) * sizeof *s.pairs);
    else
        s.keys = malloc((size_t)(k > 0 ? k * c : 1) * sizeof *s.keys + (size_t)c * sizeof *s.keys);
    if (s.fast ? !s.pairs : !s.keys)
        goto nomem;

    search->swaps = 0;
    search->evaluations = 0;
    search->separator_start = 0;
    standing best = { 0, NAN };
    int have_best = 0;

    /* 1. greedy */
    double key = complete_greedily(&s);
    search->greedy_key = key;
    standing current = descend(&s, key);
    keep_if_better(&s, &current, &best, &have_best);

    /* 2. seeded random starts */
    an_i_random random;
    an_i_random_seed(&random, search->seed ^ 0x5EA5C4B3A7u);
    for (int64_t start = 0; s.status == AN_OK && start < search->restarts && k > 0 && k < c; start++) {
        clear_set(&s);
        while (s.count < k) {
            int32_t v = search->candidates[an_i_random_below(&random, (uint64_t)c)];
            if (!s.mask[v]) {
                s.mask[v] = 1;
                s.members[s.count++] = v;
            }
        }
        key = complete_greedily(&s);
        current = descend(&s, key);
        keep_if_better(&s, &current, &best, &have_best);
    }

    /* 3. nothing disconnected yet: start from a disconnecting set, if there is one */
    int64_t remaining = (int64_t)n - k;
    if (s.status == AN_OK && s.fast && k > 0 && remaining >= 2 && best.key <= -(double)remaining * (double)(remaining - 1)) {
        allowed = calloc((size_t)n + 1, 1);
        separator = malloc(((size_t)k + 1) * sizeof *separator);
        if (!allowed || !separator)
            goto nomem;
        for (int64_t i = 0; i < c; i++)
            allowed[search->candidates[i]] = 1;
        int64_t found = -1;
        int64_t size = an_i_kp_find_separator(context.adjacency, allowed, k, SEPARATOR_BUDGET, separator, &found);
        if (size == -3)
            goto nomem;
        if (found >= 0) {
            clear_set(&s);
            for (int64_t i = 0; i < found; i++) {
                s.mask[separator[i]] = 1;
                s.members[s.count++] = separator[i];
            }
            key = complete_greedily(&s);
            current = descend(&s, key);
            keep_if_better(&s, &current, &best, &have_best);
            search->separator_start = 1;
        }
    }
    search->key = best.key;
    goto done;
nomem:
    rc = an_i_error(AN_ENOMEM, "key-player search: out of memory");
done:
    if (rc == AN_OK)
        rc = s.status;
    rc = an_i_progress_end(&progress, rc);
    for (int t = 0; s.scratches && t < s.threads; t++)
        an_i_kp_scratch_free(&s.scratches[t]);
    free(s.scratches);
    free(s.mask);
    free(s.members);
    free(s.pairs);
    free(s.keys);
    free(sources);
    free(allowed);
    free(separator);
    return rc;
}
