/*
 * actornet/brokerage.h — Gould & Fernandez brokerage roles by group.
 *
 * Gould, R.V. and Fernandez, R.M. (1989). "Structures of Mediation: A Formal
 * Approach to Brokerage in Transaction Networks." Sociological Methodology
 * 19: 89-126. The counts are those of R's sna::brokerage (Butts), the
 * reference implementation: actor b brokers the ordered pair (a, c) when
 * a -> b -> c, a != c, and the tie a -> c is absent (a tie c -> a does not
 * matter). Each such open two-path is one role occurrence for b, classified
 * by the groups of a (sender), b (broker) and c (receiver):
 *
 *   role            groups        sna code   meaning
 *   coordinator     A -> A -> A   w_I        mediates within its own group
 *   itinerant       A -> B -> A   w_O        mediates between two members of
 *                                            another group ("consultant")
 *   gatekeeper      A -> B -> B   b_OI       controls access INTO its own group
 *                                            (same group as the receiver c)
 *   representative  A -> A -> B   b_IO       speaks FOR its own group to outsiders
 *                                            (same group as the sender a)
 *   liaison         A -> B -> C   b_O        mediates between two other,
 *                                            different groups
 *   total           any of the above
 *
 * A vertex's score for a role is the number of ordered pairs (a, c) it
 * brokers in that role.
 *
 * How ties are read (issue 4, item 9):
 *  - directed edges are arcs; an undirected edge is two opposite arcs, so in
 *    an undirected network each open two-path a - b - c counts twice (a->b->c
 *    and c->b->a), exactly as sna::brokerage on the symmetric adjacency
 *    matrix. A mixed network keeps its directed arcs and doubles its
 *    undirected edges. options.direction = AN_AS_UNDIRECTED makes every edge
 *    two arcs.
 *  - parallel ties count once (a role counts pairs of actors, not reports);
 *    self-loops are ignored; weights are not used.
 *
 * Groups are the distinct values of a node attribute (default `type`), of any
 * type: strings compare by content, integers and booleans by value, reals by
 * value. A node whose value is missing (absent, no default) either forms a
 * group of its own with all other missing nodes (the default — what sna does
 * with NA) or, with AN_BROKERAGE_MISSING_EXCLUDE, is left out: no two-path
 * with such a node as sender, broker or receiver is counted in any role (its
 * ties stay in the network; they only ever close two-paths that start or end
 * at it, and those are not counted).
 */
#ifndef ACTORNET_BROKERAGE_H
#define ACTORNET_BROKERAGE_H

#include "lens.h"
#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The six columns of a brokerage result, in this order. */
typedef enum an_brokerage_role {
    AN_ROLE_COORDINATOR = 0,
    AN_ROLE_ITINERANT = 1,
    AN_ROLE_GATEKEEPER = 2,
    AN_ROLE_REPRESENTATIVE = 3,
    AN_ROLE_LIAISON = 4,
    AN_ROLE_TOTAL = 5
} an_brokerage_role;

/** Number of columns per node in a brokerage result. */
#define AN_BROKERAGE_ROLES 6

/** What a missing group value means. */
typedef enum an_brokerage_missing {
    AN_BROKERAGE_MISSING_AS_GROUP = 0,  /**< all missing values form one group (default; as sna) */
    AN_BROKERAGE_MISSING_EXCLUDE = 1    /**< two-paths touching a node without a group are not counted */
} an_brokerage_missing;

#define AN_BROKERAGE_OPTIONS_VERSION 2

typedef struct an_brokerage_options {
    unsigned int version;       /**< AN_BROKERAGE_OPTIONS_VERSION (1 is still accepted: no lens) */
    const char *attribute;      /**< node column giving the group (default "type") */
    int missing;                /**< an_brokerage_missing (default AS_GROUP) */
    int direction;              /**< an_direction_mode from analysis.h: AN_AS_STORED (0, default)
                                     or AN_AS_UNDIRECTED (1) */
    const an_lens *lens;        /**< (version 2) which actors and ties are seen (lens.h); NULL =
                                     all, as stored. Nodes outside the lens get -1 in every count
                                     column and NaN in expected values; groups are the lens's. */
} an_brokerage_options;

#define AN_BROKERAGE_OPTIONS_INIT { AN_BROKERAGE_OPTIONS_VERSION, "type", AN_BROKERAGE_MISSING_AS_GROUP, 0, NULL }

/**
 * Count the brokerage roles of every node, with groups from the node
 * attribute options->attribute.
 * @param out_counts  caller-allocated, AN_BROKERAGE_ROLES * node_count
 *                    elements, node-major: out_counts[6 * v + role] with role
 *                    an an_brokerage_role; nodes in file order.
 * @param network     the network.
 * @param options     NULL for defaults.
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong options version);
 *         AN_EEMPTY (no nodes); AN_ENOTFOUND (no such node attribute);
 *         AN_EINVAL (unknown missing or direction mode); AN_ELIMIT (more than
 *         2^31 - 1 nodes); AN_ENOMEM.
 * Time O(n + m + sum over b of indeg(b) * outdeg(b)) after collapsing
 * parallel ties; memory O(n + m).
 */
AN_API int an_brokerage_counts(int64_t *out_counts, const an_network *network,
                               const an_brokerage_options *options);

/**
 * As an_brokerage_counts(), with the groups given directly: groups[v] >= 0 is
 * node v's group, a negative value means missing. options->attribute is not
 * used. Same errors (no AN_ENOTFOUND). Same complexity.
 */
AN_API int an_brokerage_counts_by_groups(int64_t *out_counts, const an_network *network,
                                         const int64_t *groups, const an_brokerage_options *options);

/**
 * Expected role counts, their standard deviations and z-scores per node,
 * exactly as sna::brokerage's exp.nli, sd.nli and z.nli (Gould & Fernandez's
 * approximation conditional on size and density): with N nodes, density
 * d = (number of arcs) / (N (N - 1)) (arcs counted as above, parallel ties
 * once, no loops), and n_i the size of the broker's group,
 *   E[coordinator]    = d^2 (1-d) (n_i-1)(n_i-2)
 *   E[itinerant]      = d^2 (1-d) sum_{j != i} n_j (n_j-1)
 *   E[gatekeeper]     = E[representative] = d^2 (1-d) (N-n_i)(n_i-1)
 *   E[liaison]        = d^2 (1-d) sum_{j != k, both != i} n_j n_k
 *   E[total]          = d^2 (1-d) (N-1)(N-2)
 * with the variances of sna (see brokerage_expected.c), and
 * z = (count - expected) / sd (NaN where sd = 0, i.e. where no such
 * two-path is possible).
 * Each output is caller-allocated with AN_BROKERAGE_ROLES * node_count
 * doubles in the layout of an_brokerage_counts(), and may be NULL to skip it.
 * Only defined with AN_BROKERAGE_MISSING_AS_GROUP (missing values are a
 * group, as sna treats NA): with EXCLUDE this returns AN_EINVAL. N < 3 gives
 * NaN everywhere.
 * @return as an_brokerage_counts(), plus AN_EINVAL as just said.
 * Time as an_brokerage_counts() plus O(n + g^2) for g groups.
 */
AN_API int an_brokerage_expected(double *out_expected, double *out_sd, double *out_z,
                                 const an_network *network, const an_brokerage_options *options);

/** As an_brokerage_expected() with explicit groups (negative = missing). */
AN_API int an_brokerage_expected_by_groups(double *out_expected, double *out_sd, double *out_z,
                                           const an_network *network, const int64_t *groups,
                                           const an_brokerage_options *options);

/**
 * The snake_case name of a role column ("coordinator", "itinerant",
 * "gatekeeper", "representative", "liaison", "total"), or NULL when out of
 * range. Static storage. O(1).
 */
AN_API const char *an_brokerage_role_name(int role);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_BROKERAGE_H */
