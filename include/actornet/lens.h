/*
 * actornet/lens.h — lenses: which actors and ties an analysis sees, and how.
 *
 * An actor network is typed, signed, multi-mode and dated. Read as one flat
 * graph it misleads: the police arresting members make a state look like
 * the network's broker, a war and a city rank among the "actors", and a
 * chain walks backwards along "described as pro-Russian". A LENS is a named,
 * documented choice of what an analysis sees, read from the vocabulary's
 * semantics (vocabulary.h), never from names wired into code:
 *
 *  - modes: which nodes, by the mode of their class (agents, context nodes,
 *    nodes whose class has no known mode);
 *  - signs: which ties, by the sign of their relation (cooperative, hostile,
 *    neutral, unknown: a relation missing from the vocabulary, or a tie
 *    without a relation);
 *  - orientation: AN_LENS_STORED keeps each tie's stored direction, except
 *    that a SYMMETRIC relation is undirected whatever the file says;
 *    AN_LENS_FLOW keeps only ties along which influence flows (flow forward,
 *    backward or both) and orients each along its flow: forward as stored,
 *    backward reversed (member_of: from the organisation to the member),
 *    both undirected. A tie stored undirected stays undirected.
 * A tie is seen only when both its ends are.
 *
 * The presets (an_lens_preset):
 *   "all"          every node and tie (today's flat graph), symmetric
 *                  relations undirected.
 *   "cooperation"  agents and cooperative ties among them: who is central,
 *                  who brokers, which factions, which key players — of the
 *                  network itself, not of its adversaries or of places.
 *   "conflict"     hostile ties (opposes, rivals, arrested, prosecutes,
 *                  proscribes, targets ...) among all nodes: who acts
 *                  against whom.
 *   "influence"    cooperative ties that carry influence, oriented along
 *                  it, among all nodes (so a chain can end at an event):
 *                  the lens of chains from a sponsor to an act.
 * On the bundled proxy network the cooperation lens drops Azerbaijan's
 * police and courts' actions against the network from Azerbaijan's
 * centrality, and leaves the First Karabakh War and Ganja out of the agent
 * rankings; the influence lens never walks "Russia <- affiliated_with -
 * Huseynov" backwards.
 *
 * The vocabulary a lens reads: lens.vocabulary when set; else the network's
 * own (graph attribute `vocabulary`, an_vocabulary_from_network); else the
 * built-in one (an_vocabulary_builtin).
 *
 * Using a lens: set an_edge_policy.lens (analysis.h) in any analysis's
 * options. The analysis then runs on the lens's network (an_lens_view) and
 * returns its results in the ORIGINAL node order: nodes outside the lens get
 * NaN (scores) or -1 (memberships, indices); normalisations use the lens's
 * node count. Paths (paths.h) and brokerage/key players take a lens in their
 * own options. A lens that keeps no node gives AN_EEMPTY with a message that
 * says why (e.g. "no relation of the network has a sign in the vocabulary").
 */
#ifndef ACTORNET_LENS_H
#define ACTORNET_LENS_H

#include "network.h"
#include "vocabulary.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Node selection by mode (bits of an_lens.modes). */
enum {
    AN_LENS_AGENTS = 1,
    AN_LENS_CONTEXT = 2,
    AN_LENS_UNKNOWN_MODE = 4,
    AN_LENS_ALL_MODES = 7
};

/** Tie selection by sign (bits of an_lens.signs). */
enum {
    AN_LENS_COOPERATIVE = 1,
    AN_LENS_HOSTILE = 2,
    AN_LENS_NEUTRAL = 4,
    AN_LENS_UNKNOWN_SIGN = 8,
    AN_LENS_ALL_SIGNS = 15
};

/** How a lens orients the ties it keeps (an_lens.orientation). */
typedef enum an_lens_orientation {
    AN_LENS_STORED = 0,     /**< stored directions; symmetric relations undirected */
    AN_LENS_FLOW = 1        /**< only ties that carry influence, oriented along it */
} an_lens_orientation;

#define AN_LENS_VERSION 1

/** A lens. Initialise with AN_LENS_INIT (the "all" lens) or an_lens_preset(). */
typedef struct an_lens {
    unsigned int version;           /**< AN_LENS_VERSION */
    const char *name;               /**< shown with every finding it produces; NULL = "custom" */
    unsigned int modes;             /**< AN_LENS_AGENTS | AN_LENS_CONTEXT | AN_LENS_UNKNOWN_MODE */
    unsigned int signs;             /**< AN_LENS_COOPERATIVE | ... | AN_LENS_UNKNOWN_SIGN */
    int orientation;                /**< an_lens_orientation */
    const an_vocabulary *vocabulary;/**< borrowed; NULL = the network's own, else the built-in one */
    const char *class_column;       /**< node column; NULL = "type" */
    const char *relation_column;    /**< edge column; NULL = "relation" */
} an_lens;

#define AN_LENS_INIT \
    { AN_LENS_VERSION, "all", AN_LENS_ALL_MODES, AN_LENS_ALL_SIGNS, AN_LENS_STORED, NULL, NULL, NULL }

/**
 * Fill `out` with a preset: "all", "cooperation", "conflict" or "influence"
 * (see the file comment). Its vocabulary and columns are NULL (defaults).
 * @return AN_OK; AN_ENOTFOUND for another name (the message lists the
 *         presets); AN_EMISUSE. O(1).
 */
AN_API int an_lens_preset(an_lens *out, const char *name);

/** The preset names, NULL-terminated, in the order above (static). O(1). */
AN_API const char *const *an_lens_preset_names(void);

/** A one-line description of a preset (static), or NULL for another name. O(1). */
AN_API const char *an_lens_preset_description(const char *name);

/** What a default lens is for (an_lens_choose). */
typedef enum an_lens_purpose {
    AN_LENS_FOR_STRUCTURE = 0,  /**< centrality, brokerage, communities, key players, cohesion */
    AN_LENS_FOR_CHAINS = 1      /**< chains of influence between actors (paths) */
} an_lens_purpose;

/**
 * The lens an analyst would want by default on this network, and why — what
 * `actornet` and the report use when no lens is asked for:
 *   - for structure, "cooperation"; for chains, "influence" — when the
 *     vocabulary gives a sign to at least one tie's relation and a mode to at
 *     least one node's class, and that lens keeps at least one tie;
 *   - otherwise "all" (no semantics to read, or e.g. a two-mode network of
 *     people and events, whose cooperative ties all touch context nodes).
 * @param out          receives the lens (its vocabulary is `vocabulary`, borrowed).
 * @param reason       receives a one-line reason (NUL-terminated, truncated
 *                     to reason_size) that does not repeat the lens's name,
 *                     e.g. "the built-in vocabulary gives a sign to 323 of 323
 *                     ties and a mode to 159 of 159 actors"; may be NULL.
 * @param vocabulary   NULL: as an_lens_select() finds one.
 * @param purpose      an an_lens_purpose.
 * @return AN_OK; AN_EMISUSE; AN_EPARSE (the network's own vocabulary is
 *         malformed); AN_ENOMEM. O(n + m).
 */
AN_API int an_lens_choose(an_lens *out, char *reason, size_t reason_size, const an_network *network,
                          const an_vocabulary *vocabulary, int purpose);

/** What a lens keeps of one network (an_lens_select). */
typedef struct an_lens_selection {
    const char *name;               /**< the lens's name ("custom" when it had none) */
    int64_t node_count;             /**< nodes of the network */
    int64_t edge_count;             /**< ties of the network */
    const unsigned char *nodes;     /**< node_count flags: 1 seen */
    const signed char *edges;       /**< edge_count: 0 not seen; 1 seen as stored; 2 seen reversed;
                                         3 seen undirected (stored directed) */
    int64_t kept_nodes;             /**< nodes seen */
    int64_t kept_edges;             /**< ties seen */
    int64_t nodes_without_mode;     /**< nodes whose class has no known mode */
    int64_t edges_without_sign;     /**< ties whose relation has no known sign */
    int64_t edges_without_flow;     /**< ties dropped by AN_LENS_FLOW for carrying no
                                         (or no known) flow */
    int64_t reoriented_edges;       /**< ties seen reversed or made undirected */
    const char *vocabulary_origin;  /**< "given", "network" or "built-in" */
} an_lens_selection;

/**
 * Resolve a lens on a network: which nodes and ties it sees, and how.
 * @param out      receives the selection (free with an_lens_selection_free()).
 * @param network  the network (not modified).
 * @param lens     the lens (NULL = AN_LENS_INIT).
 * @return AN_OK; AN_EMISUSE (NULL argument, wrong version, no mode or sign
 *         bit); AN_ENOTFOUND (a column named by the lens does not exist — the
 *         default columns may be absent: then every node has an unknown mode,
 *         or every tie an unknown sign); AN_EPARSE (the network's own
 *         vocabulary is malformed); AN_ENOMEM. O(n + m) plus the vocabulary.
 */
AN_API int an_lens_select(an_lens_selection **out, const an_network *network, const an_lens *lens);

/** Free a selection; NULL is accepted. */
AN_API void an_lens_selection_free(an_lens_selection *selection);

/**
 * The lens's network: a view (views.h: ids, order, columns, graph data and
 * warnings kept) of the nodes and ties the lens sees, each tie with the
 * lens's orientation (a tie seen reversed has its endpoints swapped; a tie
 * seen undirected is undirected). View node i is the i-th seen node in
 * network order, view edge j the j-th seen tie.
 * @param out  receives the view (free with an_network_free()); NULL on failure.
 * @return as an_lens_select(). O(n + m + values copied).
 */
AN_API int an_lens_view(an_network **out, const an_network *network, const an_lens *lens);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_LENS_H */
