/*
 * community_matching.c — communities of consecutive periods matched by the
 * Jaccard overlap of their actors (Greene, Doyle & Cunningham 2010), with
 * the events of Palla, Barabási & Vicsek (2007): continued, split, merged,
 * born, died; and lineages (dynamic communities).
 */
#include "time/timeline_build.h"
#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

void an_i_timeline_matcher_init(an_i_timeline_matcher *matcher, an_timeline *timeline)
{
    memset(matcher, 0, sizeof *matcher);
    matcher->timeline = timeline;
}

void an_i_timeline_matcher_free(an_i_timeline_matcher *matcher)
{
    free(matcher->previous);
    free(matcher->previous_lineage);
    free(matcher->lineage);
    free(matcher->events);
    memset(matcher, 0, sizeof *matcher);
}

static int push_event(an_i_timeline_matcher *m, an_timeline_event event)
{
    if (m->event_count == m->event_capacity) {
        int64_t grown = m->event_capacity ? 2 * m->event_capacity : 32;
        an_timeline_event *events = realloc(m->events, (size_t)grown * sizeof *events);
        if (!events)
            return AN_I_NOMEM();
        m->events = events;
        m->event_capacity = grown;
    }
    m->events[m->event_count++] = event;
    return AN_OK;
}

static int push_lineage(an_i_timeline_matcher *m, int64_t lineage)
{
    if (m->lineage_size == m->lineage_capacity) {
        int64_t grown = m->lineage_capacity ? 2 * m->lineage_capacity : 32;
        int64_t *lineages = realloc(m->lineage, (size_t)grown * sizeof *lineages);
        if (!lineages)
            return AN_I_NOMEM();
        m->lineage = lineages;
        m->lineage_capacity = grown;
    }
    m->lineage[m->lineage_size++] = lineage;
    return AN_OK;
}

typedef struct pair {
    int64_t before, after, shared;
} pair;

static int compare_pairs(const void *a, const void *b)
{
    const pair *x = a, *y = b;
    if (x->after != y->after)
        return x->after < y->after ? -1 : 1;
    if (x->before != y->before)
        return x->before < y->before ? -1 : 1;
    return 0;
}

/*
 * The pairs (community before, community after) sharing at least one actor, with how many, sorted by
 * (after, before); *out_count pairs. Sizes of both sides are counted into size_before / size_after.
 */
static pair *overlaps(const int64_t *before, const int64_t *after, int64_t n, int64_t *size_before,
                      int64_t *size_after, int64_t *out_count)
{
    pair *pairs = malloc((size_t)n * sizeof *pairs + 1);
    int64_t count = 0;
    if (!pairs)
        return NULL;
    for (int64_t v = 0; v < n; v++) {
        if (before && before[v] >= 0)
            size_before[before[v]]++;
        if (after && after[v] >= 0)
            size_after[after[v]]++;
        if (before && after && before[v] >= 0 && after[v] >= 0)
            pairs[count++] = (pair){ before[v], after[v], 1 };
    }
    qsort(pairs, (size_t)count, sizeof *pairs, compare_pairs);
    int64_t runs = 0;
    for (int64_t i = 0; i < count; i++) {
        if (runs && pairs[runs - 1].before == pairs[i].before && pairs[runs - 1].after == pairs[i].after)
            pairs[runs - 1].shared++;
        else
            pairs[runs++] = pairs[i];
    }
    *out_count = runs;
    return pairs;
}

int an_i_timeline_matcher_add(an_i_timeline_matcher *m, int64_t p, const int64_t *membership, int64_t count)
{
    an_timeline *t = m->timeline;
    int64_t n = t->node_count, before_count = m->previous_count;
    double threshold = t->match_threshold;
    int64_t *size_before = calloc((size_t)before_count + 1, sizeof *size_before);
    int64_t *size_after = calloc((size_t)count + 1, sizeof *size_after);
    int64_t *successors = calloc((size_t)before_count + 1, sizeof *successors);
    int64_t *predecessors = calloc((size_t)count + 1, sizeof *predecessors);
    int64_t *lineage = malloc((size_t)count * sizeof *lineage + 1);
    int64_t pair_count = 0;
    pair *pairs = NULL;
    int rc = AN_OK;
    if (!size_before || !size_after || !successors || !predecessors || !lineage ||
        !(pairs = overlaps(p ? m->previous : NULL, membership, n, size_before, size_after, &pair_count))) {
        rc = AN_I_NOMEM();
        goto done;
    }
    /* Keep the matches: Jaccard >= threshold. */
    int64_t matches = 0;
    for (int64_t i = 0; i < pair_count; i++) {
        pair q = pairs[i];
        double jaccard = (double)q.shared / (double)(size_before[q.before] + size_after[q.after] - q.shared);
        if (jaccard >= threshold) {
            pairs[matches++] = q;
            successors[q.before]++;
            predecessors[q.after]++;
        }
    }
    ((int64_t *)t->community_offsets)[p] = m->lineage_size;
    for (int64_t b = 0; b < count; b++)
        lineage[b] = -1;
    for (int64_t i = 0; i < matches && p > 0; i++) {
        pair q = pairs[i];
        int kind = successors[q.before] > 1   ? AN_EVENT_SPLIT
                   : predecessors[q.after] > 1 ? AN_EVENT_MERGED
                                               : AN_EVENT_CONTINUED;
        double jaccard = (double)q.shared / (double)(size_before[q.before] + size_after[q.after] - q.shared);
        if ((rc = push_event(m, (an_timeline_event){ p, kind, q.before, q.after, jaccard })) != AN_OK)
            goto done;
        if (kind == AN_EVENT_CONTINUED)
            lineage[q.after] = m->previous_lineage[q.before];
    }
    for (int64_t b = 0; b < count && p > 0; b++)
        if (!predecessors[b] && (rc = push_event(m, (an_timeline_event){ p, AN_EVENT_BORN, -1, b, 0.0 })) != AN_OK)
            goto done;
    for (int64_t a = 0; a < before_count && p > 0; a++)
        if (!successors[a] && (rc = push_event(m, (an_timeline_event){ p, AN_EVENT_DIED, a, -1, 0.0 })) != AN_OK)
            goto done;
    for (int64_t b = 0; b < count; b++) {
        if (lineage[b] < 0)
            lineage[b] = m->lineage_count++;
        if ((rc = push_lineage(m, lineage[b])) != AN_OK)
            goto done;
    }
    /* This period becomes the previous one. */
    if (!m->previous && !(m->previous = malloc((size_t)n * sizeof *m->previous + 1))) {
        rc = AN_I_NOMEM();
        goto done;
    }
    for (int64_t v = 0; v < n; v++)
        m->previous[v] = membership ? membership[v] : -1;
    free(m->previous_lineage);
    m->previous_lineage = lineage;
    lineage = NULL;
    m->previous_count = count;
done:
    free(size_before);
    free(size_after);
    free(successors);
    free(predecessors);
    free(lineage);
    free(pairs);
    return rc;
}

int an_i_timeline_matcher_finish(an_i_timeline_matcher *m)
{
    an_timeline *t = m->timeline;
    ((int64_t *)t->community_offsets)[t->period_count] = m->lineage_size;
    t->community_lineage = m->lineage ? m->lineage : calloc(1, sizeof *t->community_lineage);
    m->lineage = NULL;
    t->events = m->events ? m->events : calloc(1, sizeof *t->events);
    m->events = NULL;
    if (!t->community_lineage || !t->events)
        return AN_I_NOMEM();
    t->lineage_count = m->lineage_count;
    t->event_count = m->event_count;
    return AN_OK;
}
