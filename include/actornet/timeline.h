/*
 * actornet/timeline.h — time in actor networks: the network in periods,
 * who rose and fell, which factions continued, split or merged, and who
 * could reach whom with ties that go forward in time.
 *
 * DATES. A tie is dated as everywhere else in actornet (views.h): its
 * interval starts at its `year` value (else `start`) and ends at its `end`
 * value (else where it starts). One difference: a tie with only an `end` is
 * placed in its end year, the one year it is known to hold (views and paths
 * keep it open towards the past, which a window may safely do but a timeline
 * may not: it would put the tie in every period before). Years are the unit:
 * a tie dated 1994 lies in the year 1994.
 * An actor's dates are its node columns `start` and `end` (founded, born,
 * begun; ended), each optional.
 *
 * UNDATED TIES (an_timeline_options.undated). Most ties of a dark network
 * are undated (three in four ties of the bundled proxy network), so what a
 * timeline does with them changes every number in it:
 *   AN_TIMELINE_UNDATED_DROP (default): left out of every period, and
 *       counted (an_timeline.undated_ties) so the reader knows what the
 *       timeline does not show. The default because a timeline is about
 *       change: kept in every period, the undated ties would form the same
 *       core in every snapshot, flatten every trajectory and hide the
 *       phases the dated evidence shows; placing them needs actor dates that
 *       few actors have (13 of 155 in the proxy network).
 *   AN_TIMELINE_UNDATED_EVERY_PERIOD: in every period (tsna's view of a
 *       spell without onset or terminus: always active). The chains of
 *       paths.h treat undated ties this way (allowed, not moving the clock).
 *   AN_TIMELINE_UNDATED_BY_ACTORS: placed in the years both its actors
 *       exist: [max(start_u, start_v), min(end_u, end_v)], a missing bound
 *       open. A tie neither of whose actors has a date cannot be placed and
 *       is left out (counted in unplaced_ties), as is a tie whose actors'
 *       lives do not overlap.
 *
 * PERIODS (an_timeline_options.windows). Every period is a half-open range
 * of years [begin, end): it holds the years begin .. end - 1. A tie is in a
 * period when its interval overlaps it (tie begin < end and tie end >=
 * begin). The range covered is [from, to] (options; by default the first
 * and last year of the ties that can be placed, to + 1 being the last
 * period's end).
 *   AN_WINDOWS_FIXED    consecutive windows of `width` years, aligned on
 *                       multiples of width (width 5: 1990-1994, 1995-1999).
 *   AN_WINDOWS_SLIDING  windows of `width` years starting at from, from +
 *                       step, ... while the start is <= to (they overlap
 *                       when step < width).
 *   AN_WINDOWS_BREAKS   the user's breakpoints, strictly increasing, cut the
 *                       range: breaks {1995, 2010} on 1992-2022 give
 *                       [1992,1995), [1995,2010), [2010,2023). Breakpoints
 *                       outside the range are ignored.
 *   AN_WINDOWS_PHASES   the phases of the dated evidence: maximal runs of
 *                       years in which at least one dated tie begins (its
 *                       end year, for a tie with only an end), runs
 *                       separated by at most `gap` empty years joined
 *                       (default 1). A long spell marks only its first
 *                       year (it would otherwise fuse every phase it
 *                       overlaps), but lies in every phase it overlaps.
 *                       Ties placed by actors' dates do not make phases.
 *                       On the proxy network (lens all): 1966, 1982, 1988,
 *                       1992-1996, 2008, 2012-2018, 2021-2022.
 *
 * SNAPSHOTS. Period p's snapshot is the lens's network (lens.h, through
 * options.policy.lens; NULL = the network as stored) restricted to the ties
 * in p and to the ACTIVE actors of p: those with at least one such tie. So
 * size, density and components describe who was there, not the 155 actors
 * of the whole file. an_timeline_snapshot() returns it as a network.
 *
 * PER PERIOD (an_timeline_period): active actors, ties, the undated ones
 * among them, density (an_network_density on the snapshot, with the
 * policy), weak components and the largest, communities, actors entering
 * (active in p, not in p - 1; every active actor of the first period) and
 * leaving (active in p - 1, not in p).
 *
 * TRAJECTORIES. For each measure asked for (options.measures: any
 * an_centrality_measure; default degree and betweenness) and each period,
 * every actor's score on the period's snapshot (an_centrality_compute with
 * the policy, lens cleared): raw (igraph's unnormalised form) by default,
 * NetworkX's default scaling within the snapshot with options.normalized.
 * An actor not active in a period, or outside the lens, has NaN there: absent
 * is not the same as present with 0.
 *
 * COMMUNITIES. Per period: an_network_communities() on the snapshot
 * (options.community; Leiden, modularity, seeded, by default). Matching
 * across consecutive periods follows Greene, Doyle & Cunningham (2010,
 * "Tracking the evolution of communities in dynamic social networks",
 * ASONAM): community A of p - 1 and B of p match when the Jaccard overlap
 * |A n B| / |A u B| of their actors is >= match_threshold (default 0.3, the
 * middle of the range 0.1-0.5 they studied). Each match is one event:
 *   SPLIT     A matches two or more communities of p;
 *   MERGED    otherwise, B matches two or more communities of p - 1;
 *   CONTINUED A and B match only each other;
 * and a community of p matching none is BORN, one of p - 1 matching none
 * DIED (in p). Palla, Barabási & Vicsek (2007) classify the same events.
 * Each community also gets a LINEAGE (a dynamic community): a continued
 * community keeps its predecessor's lineage, every other one starts a new
 * lineage, numbered in order of first appearance.
 *
 * REACHABILITY (an_timeline_reach). tsna's forward reachable set (Bender-
 * deMoll & Morris, tsna: tReach/tPath; Holme & Saramäki 2012): the actors a
 * source can reach by a chain whose dated ties never go back in time, with
 * the earliest date each is reached and the tie that reached it, cited. The
 * chain walks the path graph of paths.h — the same lens orientation,
 * direction rules and dating as the time-respecting chains of
 * an_paths_shortest() — so a chain of an_timeline_reach() is one that
 * paths.h finds too.
 */
#ifndef ACTORNET_TIMELINE_H
#define ACTORNET_TIMELINE_H

#include "analysis.h"
#include "centrality.h"
#include "communities.h"
#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How the periods are cut (an_timeline_options.windows). */
typedef enum an_timeline_windows {
    AN_WINDOWS_FIXED = 0,
    AN_WINDOWS_SLIDING = 1,
    AN_WINDOWS_BREAKS = 2,
    AN_WINDOWS_PHASES = 3
} an_timeline_windows;

/** What happens to a tie without a date (an_timeline_options.undated). */
typedef enum an_timeline_undated {
    AN_TIMELINE_UNDATED_DROP = 0,
    AN_TIMELINE_UNDATED_EVERY_PERIOD = 1,
    AN_TIMELINE_UNDATED_BY_ACTORS = 2
} an_timeline_undated;

/** Community events between consecutive periods. */
typedef enum an_timeline_event_kind {
    AN_EVENT_CONTINUED = 0,
    AN_EVENT_SPLIT = 1,
    AN_EVENT_MERGED = 2,
    AN_EVENT_BORN = 3,
    AN_EVENT_DIED = 4
} an_timeline_event_kind;

#define AN_TIMELINE_OPTIONS_VERSION 1

typedef struct an_timeline_options {
    int version;                /**< AN_TIMELINE_OPTIONS_VERSION */
    int windows;                /**< an_timeline_windows (default AN_WINDOWS_FIXED) */
    double width;               /**< FIXED, SLIDING: years per window (default 5; > 0) */
    double step;                /**< SLIDING: years between window starts (default 1; > 0) */
    const double *breaks;       /**< BREAKS: break_count strictly increasing years */
    int64_t break_count;
    int64_t gap;                /**< PHASES: empty years that may separate two runs of one phase
                                     (default 1; >= 0) */
    int has_from, has_to;       /**< non-zero: the range starts at `from` / ends with `to` */
    double from, to;            /**< inclusive years (default: the placed ties' first and last) */
    int undated;                /**< an_timeline_undated (default AN_TIMELINE_UNDATED_DROP) */
    an_edge_policy policy;      /**< direction, parallel ties, weight and lens (analysis.h) */
    const an_centrality_measure *measures; /**< measures of the trajectories; NULL = degree and
                                                betweenness */
    int64_t measure_count;      /**< entries in measures (0 with NULL) */
    int normalized;             /**< 0 (default): raw scores; 1: NetworkX's default scaling */
    int communities;            /**< non-zero (default): detect and match communities */
    an_community_options community; /**< method, seed ... (its policy is replaced by `policy`,
                                          lens cleared) */
    double match_threshold;     /**< Jaccard overlap for a match, in (0, 1] (default 0.3) */
    const char *year_column;    /**< edge column; NULL = "year" */
    const char *start_column;   /**< edge column; NULL = "start" */
    const char *end_column;     /**< edge column; NULL = "end" */
    const char *node_start_column; /**< node column (BY_ACTORS); NULL = "start" */
    const char *node_end_column;   /**< node column (BY_ACTORS); NULL = "end" */
} an_timeline_options;

#define AN_TIMELINE_OPTIONS_INIT                                                                             \
    { AN_TIMELINE_OPTIONS_VERSION, AN_WINDOWS_FIXED, 5.0, 1.0, NULL, 0, 1, 0, 0, 0.0, 0.0,                    \
      AN_TIMELINE_UNDATED_DROP, AN_EDGE_POLICY_INIT, NULL, 0, 0, 1, AN_COMMUNITY_OPTIONS_INIT, 0.3, NULL,   \
      NULL, NULL, NULL, NULL }

/** One period and its measures. */
typedef struct an_timeline_period {
    double begin, end;          /**< the years [begin, end) */
    int64_t actors;             /**< active actors (with a tie in the period, seen by the lens) */
    int64_t ties;               /**< ties in the period (seen by the lens; each stored tie once) */
    int64_t undated_ties;       /**< of which undated (EVERY_PERIOD) or placed by actors (BY_ACTORS) */
    double density;             /**< density of the snapshot (policy); NaN with < 2 actors */
    int64_t components;         /**< weak components of the snapshot */
    int64_t largest_component;  /**< actors in the largest (0 when empty) */
    int64_t communities;        /**< communities of the snapshot (0 without detection) */
    int64_t entering;           /**< active now, not in the previous period */
    int64_t leaving;            /**< active in the previous period, not now */
} an_timeline_period;

/** A community event between period - 1 and period. */
typedef struct an_timeline_event {
    int64_t period;             /**< the later period (>= 1) */
    int kind;                   /**< an_timeline_event_kind */
    int64_t before;             /**< community in period - 1, or -1 (BORN) */
    int64_t after;              /**< community in period, or -1 (DIED) */
    double jaccard;             /**< overlap of the two (0 for BORN and DIED) */
} an_timeline_event;

/**
 * A timeline. Everything in it is owned by it (free with
 * an_timeline_free()); node indices are the network's, in file order.
 * Arrays by period and node are period-major: x[p * node_count + v].
 */
typedef struct an_timeline {
    int64_t period_count;
    const an_timeline_period *periods;
    int64_t node_count;
    const char *const *node_ids;        /**< node_count ids (copies) */
    const unsigned char *active;        /**< period_count * node_count: 1 active */
    int64_t measure_count;
    const an_centrality_measure *measures; /**< measure_count */
    const double *scores;               /**< measure_count * period_count * node_count:
                                             scores[(k * period_count + p) * node_count + v]; NaN
                                             when absent */
    const int64_t *community;           /**< period_count * node_count: community of v in p, -1 absent */
    const int64_t *community_offsets;   /**< period_count + 1: period p's communities are
                                             [offsets[p], offsets[p + 1]) in community_lineage */
    const int64_t *community_lineage;   /**< lineage of each (period, community) */
    int64_t lineage_count;
    int64_t event_count;
    const an_timeline_event *events;    /**< by period: matches (by community after, then before),
                                             births, deaths */
    int64_t dated_ties;                 /**< ties seen by the lens with a date */
    int64_t undated_ties;               /**< ties seen by the lens without one */
    int64_t unplaced_ties;              /**< ties in no period (dropped, unplaceable, out of range) */
    int undated;                        /**< the policy used */
    double match_threshold;
    const char *lens;                   /**< the lens's name, or NULL */
} an_timeline;

/**
 * Compute a timeline: periods, snapshots, per-period measures, trajectories,
 * communities and their events (see the file comment).
 * @param out      receives the timeline (free with an_timeline_free()); NULL on failure.
 * @param network  the network (not modified).
 * @param options  NULL for AN_TIMELINE_OPTIONS_INIT.
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong version); AN_EINVAL (width,
 *         step, gap or threshold out of range, breaks not increasing, from >
 *         to, an unknown measure or policy); AN_EEMPTY (no tie can be placed
 *         and no range is given: nothing to cut into periods; or the lens
 *         keeps nothing); AN_ELIMIT (more than 10000 periods); AN_ENOTFOUND /
 *         AN_ETYPE (a weight column); errors of the measures and community
 *         methods; AN_ENOMEM.
 * Complexity: O(P (n + m)) to cut the periods plus, per period, the cost of
 * each measure and of the community method on its snapshot, plus
 * O(sum over consecutive periods of c_(p-1) c_p + n) for the matching.
 */
AN_API int an_timeline_compute(an_timeline **out, const an_network *network, const an_timeline_options *options);

/** Free a timeline; NULL is accepted. */
AN_API void an_timeline_free(an_timeline *timeline);

/**
 * The snapshot of period `period` as a network (views.h conventions: ids,
 * columns and order kept): the lens's view restricted to the period's ties
 * and active actors, each tie as the lens orients it.
 * @param out  receives the network (free with an_network_free()); NULL on failure.
 * @return as an_timeline_compute(); AN_ERANGE for a period outside the
 *         timeline the options give. O(P (n + m)) plus the copy.
 */
AN_API int an_timeline_snapshot(an_network **out, const an_network *network, const an_timeline_options *options,
                                int64_t period);

/**
 * The ties of period `period`: their network edge indices, in file order —
 * the evidence a statement about the period cites.
 * @param out_edges  receives a new array (free with an_free()); NULL on
 *                   failure or when the period has no tie.
 * @param out_count  receives the number of ties.
 * @return as an_timeline_snapshot(). O(P (n + m)).
 */
AN_API int an_timeline_period_ties(int64_t **out_edges, int64_t *out_count, const an_network *network,
                                   const an_timeline_options *options, int64_t period);

/**
 * The timeline as JSON (one object; newline at the end):
 *   {"lens", "undated": "drop"|"every_period"|"by_actors", "dated_ties",
 *    "undated_ties", "unplaced_ties", "match_threshold", "measures": [names],
 *    "periods": [{"begin", "end", "actors", "ties", "undated_ties", "density",
 *      "components", "largest_component", "communities", "entering", "leaving",
 *      "entered": [ids], "left": [ids]}],
 *    "trajectories": {measure: {id: [score or null per period]}} (actors active
 *      at least once),
 *    "communities": [[{"lineage", "members": [ids]} per community] per period],
 *    "events": [{"period", "kind", "before", "after", "jaccard"}]}
 * @param out         receives the text (free with an_free()); NULL on failure.
 * @param out_length  its length (may be NULL).
 * @return AN_OK, AN_EMISUSE, AN_ENOMEM. O(size of the output).
 */
AN_API int an_timeline_json(char **out, size_t *out_length, const an_timeline *timeline);

/**
 * The trajectories as CSV (RFC 4180; a header line), one row per active
 * (actor, period): id,period,begin,end,<one column per measure>,community,lineage.
 * Same parameters and return codes as an_timeline_json().
 */
AN_API int an_timeline_csv(char **out, size_t *out_length, const an_timeline *timeline);

/** Static names: "continued", "split", "merged", "born", "died"; "drop", "every_period",
 *  "by_actors"; "fixed", "sliding", "breaks", "phases"; NULL for other values. O(1). */
AN_API const char *an_timeline_event_name(int kind);
AN_API const char *an_timeline_undated_name(int undated);
AN_API const char *an_timeline_windows_name(int windows);

/* ---- time-respecting reachability ------------------------------------- */

/** One actor reached, and the tie that reached it first. */
typedef struct an_reach_step {
    int64_t node;               /**< network node index */
    const char *id;             /**< its id */
    double arrival;             /**< the date it is reached: the latest tie date along the chain
                                     (-inf when the chain has only undated ties; the source: -inf) */
    int64_t hops;               /**< ties in the chain (0 for the source) */
    int64_t previous;           /**< the node it is reached from (-1 for the source) */
    const char *from;           /**< that node's id (NULL for the source) */
    int64_t edge;               /**< network edge index of the tie (-1 for the source) */
    const char *edge_id;        /**< GraphML edge id, or NULL */
    const char *relation;       /**< NULL when absent */
    const char *source;         /**< the tie's citation, NULL when absent */
    const char *locator;        /**< NULL when absent */
    double year, end_year;      /**< the tie's dates (NaN when absent) */
    int undated;                /**< 1: the tie has no date of its own */
} an_reach_step;

typedef struct an_reach {
    const char *source;         /**< the source's id */
    int64_t node_count;         /**< nodes of the network */
    int64_t reached_count;      /**< steps, the source included */
    const an_reach_step *steps; /**< in order of arrival, then hops, then node index */
    int undated;                /**< the undated policy used */
} an_reach;

/**
 * The forward reachable set of `source` (see REACHABILITY above): every
 * actor reached by a time-respecting chain, with its earliest arrival. A tie
 * dated [b, e] may follow a chain that reached time T when e >= T; T
 * becomes max(T, b). Undated ties follow options.undated: dropped; usable
 * without moving T (EVERY_PERIOD, as paths.h); or dated by their actors.
 * The options' range (from/to) limits the ties; windows, measures and
 * communities are not used. Direction, lens and dating are those of the path
 * graph (paths.h; policy.direction AN_AS_UNDIRECTED walks every tie both
 * ways).
 * Among chains reaching an actor, the earliest arrival wins, then the fewest
 * hops, then the lowest predecessor index; the tie cited is the preferred
 * one of paths.h (stated before reported, then file order) among those
 * giving that arrival. Following `previous` back to the source gives a
 * time-respecting chain.
 * @param out  receives the result (free with an_reach_free()); NULL on failure.
 * @return AN_OK; AN_EMISUSE; AN_ENOTFOUND (source not a node); AN_EINVAL
 *         (the source is outside the lens, bad options). Complexity O(n^2 + m t)
 *         with t the most ties joining one pair.
 */
AN_API int an_timeline_reach(an_reach **out, const an_network *network, const char *source,
                             const an_timeline_options *options);

/** Free a reach result; NULL is accepted. */
AN_API void an_reach_free(an_reach *reach);

/**
 * The reach as JSON: {"source", "undated", "reached": [{"id", "arrival",
 * "hops", "from", "edge", "relation", "year", "end", "source", "locator",
 * "undated"}]}; -inf arrival is null. Parameters as an_timeline_json().
 */
AN_API int an_reach_json(char **out, size_t *out_length, const an_reach *reach);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_TIMELINE_H */
