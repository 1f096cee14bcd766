/*
 * actornet/views.h — views: subnetworks by actor class, relation, confidence
 * and year window; ego networks; two-mode projections.
 *
 * A view is a network. Every function here returns a NEW an_network (the
 * caller frees it with an_network_free()) that keeps, for the nodes and edges
 * it retains:
 *  - the node ids and edge ids, exactly;
 *  - node order and edge order (the file order of the kept elements);
 *  - each edge's own direction (a mixed network stays mixed);
 *  - every attribute column of every domain with its type, declared default,
 *    GraphML key id, and each value (set, default or missing, as it was);
 *  - graph-level data, the graph id, and foreign markup (yEd graphics, ...)
 *    of the kept elements;
 *  - the load warnings of the original.
 * So every analysis and every writer works on a view exactly as on a loaded
 * file. The original network is never modified.
 *
 * Filters are combinable in one an_filter (all given conditions must hold):
 *
 *  - classes:    keep nodes whose class column (default `type`) is one of the
 *                listed values. Edges lose an endpoint with the node.
 *  - relations:  keep edges whose relation column (default `relation`) is one
 *                of the listed values.
 *  - confidence: keep edges whose confidence column (default `confidence`)
 *                is one of the listed values (e.g. only "stated").
 *  - years:      keep edges whose dated interval overlaps the window
 *                [year_from, year_to] (either end may be open). An edge's
 *                interval starts at its `year` value (or, when `year` is
 *                absent, its `start` value) and ends at its `end` value (or,
 *                when `end` is absent, where it starts). An edge with only an
 *                `end` is open towards the past. An edge with none of these
 *                values is *undated*: kept by default (AN_UNDATED_KEEP) —
 *                dark-network sources often do not date a tie, and dropping
 *                them silently would hide most of the evidence — or dropped
 *                with AN_UNDATED_DROP. The window applies to edges only;
 *                nodes stay unless drop_isolates asks otherwise.
 *
 * Values are matched as text: string columns by exact (byte-wise,
 * case-sensitive) comparison; integer and boolean columns by their decimal or
 * "true"/"false" form, real columns by their shortest round-trip form, so a
 * class stored as int (e.g. NetworkX's `bipartite` 0/1) can be selected with
 * "0". A missing value never matches: with a class list, a node without a
 * class is dropped; with a confidence list, an edge without a confidence is
 * dropped. Year columns may be numeric or strings starting with a number
 * ("1992", "1992-05-01" read as 1992); other strings count as absent.
 *
 * A filter naming a column that the network does not have is an error
 * (AN_ENOTFOUND), never a silent empty or unchanged view; a year window
 * needs at least one of the year, start and end edge columns.
 */
#ifndef ACTORNET_VIEWS_H
#define ACTORNET_VIEWS_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a year window does with an edge that has no year/start/end value. */
typedef enum an_undated_mode {
    AN_UNDATED_KEEP = 0,    /**< keep undated edges (default) */
    AN_UNDATED_DROP = 1     /**< drop them */
} an_undated_mode;

/**
 * Conditions on nodes and edges, shared by views and typed path queries.
 * Lists are NULL-terminated arrays of strings; a NULL list means "no
 * condition" (an empty list, {NULL}, keeps nothing). Column names default to
 * the conventional ones when NULL. The struct only borrows the strings.
 */
typedef struct an_filter {
    const char *const *classes;     /**< allowed node classes, or NULL for any */
    const char *const *relations;   /**< allowed edge relations, or NULL for any */
    const char *const *confidence;  /**< allowed confidence levels, or NULL for any */
    int has_year_from;              /**< non-zero: the window has a lower bound year_from */
    int has_year_to;                /**< non-zero: the window has an upper bound year_to */
    double year_from;               /**< inclusive lower bound (used when has_year_from) */
    double year_to;                 /**< inclusive upper bound (used when has_year_to) */
    int undated;                    /**< an_undated_mode, used only when a bound is set */
    const char *class_column;       /**< node column; NULL = "type" */
    const char *relation_column;    /**< edge column; NULL = "relation" */
    const char *confidence_column;  /**< edge column; NULL = "confidence" */
    const char *year_column;        /**< edge column; NULL = "year" */
    const char *start_column;       /**< edge column; NULL = "start" */
    const char *end_column;         /**< edge column; NULL = "end" */
} an_filter;

#define AN_FILTER_INIT { NULL, NULL, NULL, 0, 0, 0.0, 0.0, AN_UNDATED_KEEP, NULL, NULL, NULL, NULL, NULL, NULL }

#define AN_VIEW_OPTIONS_VERSION 1

/** Options of an_view_filter(). Initialise with AN_VIEW_OPTIONS_INIT. */
typedef struct an_view_options {
    int version;            /**< AN_VIEW_OPTIONS_VERSION */
    an_filter filter;       /**< the conditions (default: none) */
    int drop_isolates;      /**< non-zero: drop nodes left without any kept edge (default 0: keep) */
} an_view_options;

#define AN_VIEW_OPTIONS_INIT { AN_VIEW_OPTIONS_VERSION, AN_FILTER_INIT, 0 }

/**
 * The subnetwork of the nodes and edges that satisfy a filter.
 *
 * A node is kept when its class is allowed (or no class list is given) and,
 * with drop_isolates, when at least one kept edge touches it (a self-loop
 * counts). An edge is kept when both its endpoints are kept and it satisfies
 * the relation, confidence and year conditions. Parallel ties and each edge's
 * direction are kept as they are: filtering never merges or re-orients ties.
 *
 * @param out      receives the view (caller frees with an_network_free());
 *                 NULL on failure.
 * @param network  the network to filter (not modified).
 * @param options  NULL for AN_VIEW_OPTIONS_INIT (an unfiltered copy).
 * @return AN_OK; AN_EMISUSE (NULL out/network, wrong options version);
 *         AN_ENOTFOUND (a filter names a column that does not exist, or a
 *         year window on a network without year/start/end edge columns);
 *         AN_EINVAL (year_from > year_to, or a NaN bound); AN_ENOMEM.
 * Complexity O(n + m + size of the kept data) (list lookups are hashed).
 */
AN_API int an_view_filter(an_network **out, const an_network *network, const an_view_options *options);

/** Which ties an ego network follows outward from its centres. */
typedef enum an_ego_mode {
    AN_EGO_BOTH = 0,        /**< ties in either direction (default: ego and all its alters) */
    AN_EGO_OUT = 1,         /**< only ties leaving a node (successors, as nx.ego_graph on a DiGraph) */
    AN_EGO_IN = 2           /**< only ties arriving at a node (predecessors) */
} an_ego_mode;

#define AN_EGO_OPTIONS_VERSION 1

/** Options of an_view_ego(). Initialise with AN_EGO_OPTIONS_INIT. */
typedef struct an_ego_options {
    int version;            /**< AN_EGO_OPTIONS_VERSION */
    int64_t radius;         /**< steps from the centres (default 1; 0 = the centres alone) */
    int mode;               /**< an_ego_mode (default AN_EGO_BOTH) */
} an_ego_options;

#define AN_EGO_OPTIONS_INIT { AN_EGO_OPTIONS_VERSION, 1, AN_EGO_BOTH }

/**
 * The ego network of radius r around one or more actors: every node within
 * `radius` steps of a centre (the union over the centres), and every edge
 * among those nodes — the induced subnetwork, as nx.ego_graph() and igraph's
 * neighbourhood graphs give it. Parallel ties and ties pointing back toward a
 * centre are included because the view is induced.
 *
 * Steps follow the mode: an undirected tie can be walked both ways in every
 * mode; a directed tie only forward in AN_EGO_OUT, only backward in
 * AN_EGO_IN, both ways in AN_EGO_BOTH. Distances are counted in ties
 * (weights are not used). Computed with igraph_neighborhood().
 *
 * @param out      receives the view (caller frees); NULL on failure.
 * @param network  the network (not modified).
 * @param ids      NULL-terminated list of centre node ids (at least one).
 * @param options  NULL for AN_EGO_OPTIONS_INIT.
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong options version);
 *         AN_EINVAL (no centre, negative radius, unknown mode);
 *         AN_ENOTFOUND (an id is not a node); AN_ENOMEM; AN_EALGORITHM.
 * Complexity O(c (n + m)) for c centres in the worst case.
 */
AN_API int an_view_ego(an_network **out, const an_network *network, const char *const *ids,
                       const an_ego_options *options);

#define AN_PROJECTION_OPTIONS_VERSION 1

/** Options of an_view_project(). Initialise with AN_PROJECTION_OPTIONS_INIT. */
typedef struct an_projection_options {
    int version;                    /**< AN_PROJECTION_OPTIONS_VERSION */
    const char *class_column;       /**< node column holding the class; NULL = "type" */
    const char *const *via;         /**< classes whose nodes tie the kept actors (e.g. {"event", NULL});
                                         NULL = every node whose class is set and differs from the kept one */
    const char *weight_column;      /**< int edge column for the number of shared neighbours; NULL = "weight" */
    const char *shared_column;      /**< string edge column listing the shared neighbours' ids, or NULL for none */
    const char *separator;          /**< between ids in shared_column; NULL = ";" */
} an_projection_options;

#define AN_PROJECTION_OPTIONS_INIT { AN_PROJECTION_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL }

/**
 * Two-mode projection onto one actor class: two kept actors are tied when
 * they share at least one neighbour of a `via` class, and the tie's weight is
 * the number of distinct shared neighbours — NetworkX's
 * bipartite.weighted_projected_graph(B, nodes) (Newman 2001, "Scientific
 * collaboration networks"; here without the ratio normalisation).
 *
 * The view keeps the nodes of class `keep_class`, in file order, with all
 * their node columns and the graph data. Its edges are new: one undirected
 * tie per pair with shared neighbours, ordered by (first node, second node)
 * in node order, without ids; the original edge columns are not carried
 * over (no original edge survives a projection). The weight is written as an
 * int column (`weight` by default); optionally the shared neighbours' ids,
 * in node order and joined by the separator, as a string column.
 *
 * Direction is ignored (person -> event and event -> person both mean
 * "attended"); parallel ties between an actor and an intermediary count that
 * intermediary once; self-loops are ignored; a direct tie between two kept
 * actors is not part of the two-mode structure and is ignored. Actors with no
 * shared neighbour stay as isolates.
 *
 * @param out         receives the projection (caller frees); NULL on failure.
 * @param network     the two-mode (or multi-class) network (not modified).
 * @param keep_class  the class value of the actors to keep (e.g. "person").
 * @param options     NULL for AN_PROJECTION_OPTIONS_INIT.
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong options version);
 *         AN_ENOTFOUND (no class column); AN_EINVAL (weight and shared
 *         column with the same or an empty name); AN_ENOMEM.
 * Complexity O(n + m + sum over intermediaries x of deg(x)^2).
 */
AN_API int an_view_project(an_network **out, const an_network *network, const char *keep_class,
                           const an_projection_options *options);

/**
 * The subnetwork of chosen nodes and edges: the routine every view is built
 * on, for callers with their own selection (e.g. "remove these actors").
 * An edge is kept when keep_edges marks it (or keep_edges is NULL) and both
 * its endpoints are kept; everything listed at the top of this header is
 * preserved.
 *
 * @param out         receives the subnetwork (caller frees); NULL on failure.
 * @param keep_nodes  node_count flags, non-zero = keep; NULL keeps every node.
 * @param keep_edges  edge_count flags, non-zero = keep; NULL keeps every edge
 *                    whose endpoints are kept.
 * @return AN_OK, AN_EMISUSE (NULL out or network), AN_ENOMEM.
 * Complexity O(n + m + size of the kept data).
 */
AN_API int an_view_subset(an_network **out, const an_network *network, const unsigned char *keep_nodes,
                          const unsigned char *keep_edges);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_VIEWS_H */
