/*
 * timeline_build.h — matching the communities of consecutive periods while
 * a timeline is built (community_matching.c).
 */
#ifndef AN_TIMELINE_BUILD_H
#define AN_TIMELINE_BUILD_H

#include "actornet/timeline.h"

typedef struct an_i_timeline_matcher {
    an_timeline *timeline;      /* receives lineages and events at finish */
    int64_t *previous;          /* node_count: community in the previous period, -1 absent */
    int64_t previous_count;
    int64_t *previous_lineage;  /* lineage of each community of the previous period */
    int64_t *lineage;           /* lineage of every (period, community), growing */
    int64_t lineage_size, lineage_capacity, lineage_count;
    an_timeline_event *events;
    int64_t event_count, event_capacity;
} an_i_timeline_matcher;

void an_i_timeline_matcher_init(an_i_timeline_matcher *matcher, an_timeline *timeline);

/**
 * Add period p's communities: membership (node_count entries, -1 absent;
 * NULL when the period has no actor) with `count` communities. Matches them
 * to the previous period's (Jaccard >= threshold). AN_OK / AN_ENOMEM.
 */
int an_i_timeline_matcher_add(an_i_timeline_matcher *matcher, int64_t p, const int64_t *membership, int64_t count);

/** Hand lineages and events to the timeline. AN_OK / AN_ENOMEM. */
int an_i_timeline_matcher_finish(an_i_timeline_matcher *matcher);
void an_i_timeline_matcher_free(an_i_timeline_matcher *matcher);

#endif
