/*
 * report_model.h — the report's model: every finding of a report, gathered once
 * (the gather stage, report_gather.h) and then only read by the renderers
 * (report_internal.h). The flow is in README.md:
 *
 *     options -> gather (analyses) -> model -> renderers -> output directory
 *
 * This header holds the model (an_i_report and the sections' records) and its
 * read-only accessors (report_model.c, report_shorten.c). It includes nothing
 * of the report above it: not the gather stage, not a renderer.
 */
#ifndef AN_REPORT_MODEL_H
#define AN_REPORT_MODEL_H

#include "actornet/brokerage.h"
#include "actornet/centrality.h"
#include "actornet/communities.h"
#include "actornet/keyplayers.h"
#include "actornet/lens.h"
#include "actornet/paths.h"
#include "actornet/positions.h"
#include "actornet/report.h"
#include "actornet/robustness.h"
#include "actornet/timeline.h"
#include "graph/node_sets.h"
#include "lens_resolve.h"
#include "report_format.h"
#include "strbuf.h"

/* The measures shown side by side, in this order (plus options.size_by when it is another). */
#define AN_I_REPORT_MEASURES 7
#define AN_I_REPORT_MAX_MEASURES (AN_I_REPORT_MEASURES + 1)

/* 1 when a lower value ranks higher (constraint). */
int an_i_report_measure_ascending(an_centrality_measure measure);
/* Fractional ranks (1 = best; ties share the mean position; NaN last, sharing theirs): how the
 * model's rank columns are filled (report_model.c). AN_OK or AN_ENOMEM. */
int an_i_report_fractional_ranks(double *out, const double *scores, int64_t n, int ascending);

/* One chain: a path of a pair's result. */
typedef struct an_i_chain {
    int64_t pair;               /* index into the pair arrays */
    const an_path *path;        /* owned by pair_results[pair] */
    int64_t rank_in_pair;       /* 0 = shortest of its pair */
    int64_t reported_hops;      /* hops whose tie is not `stated` */
    int64_t symbolic_hops;      /* hops over a symbolic relation (an_i_report_symbolic_relation) */
    int holds_on_stated;        /* every hop has a stated tie */
} an_i_chain;

/* What the report found. Node arrays have n entries, in node order. */
/* Long texts cut short for the report (report_shorten.c). */
#define AN_I_REPORT_TEXT_MAX 400    /* bytes: longer labels and texts are cut */
#define AN_I_REPORT_TEXT_KEEP 300   /* bytes kept before the note */
#define AN_I_REPORT_DEFAULT_MAX 80  /* bytes: a longer text a row takes from its column's default is cut */
#define AN_I_REPORT_DEFAULT_KEEP 60 /* bytes of it kept before the note */
#define AN_I_REPORT_NAME_MAX 80     /* bytes: a longer actor name is cut where a tie row names it */
#define AN_I_REPORT_NAME_KEEP 64    /* bytes of it kept before the ellipsis */
typedef struct an_i_short_texts an_i_short_texts;
an_i_short_texts *an_i_short_texts_new(void);
void an_i_short_texts_free(an_i_short_texts *texts);

typedef struct an_i_report {
    const an_network *network;
    an_i_short_texts *short_texts;  /* cut copies of long texts, by stored address */
    an_report_options options;      /* resolved (defaults filled in) */
    int64_t n, m;

    /* columns (-1 when absent) */
    int class_column, label_column, node_source_column;
    int relation_column, confidence_column, source_column, locator_column, evidence_column,
        year_column, start_column, end_column;
    const char **labels;            /* label or id, never NULL */
    const char **tie_names;         /* labels[v] as a tie row names it: cut above AN_I_REPORT_NAME_MAX */
    char **yed_labels;              /* owned: yEd's label of a node without a label value, or NULL */
    int64_t names_cut;              /* how many tie_names[] are cut */
    const char **classes;           /* class or NULL */

    /* lenses (report_lenses.c): what the structural findings and the chains read */
    an_vocabulary *vocabulary;      /* owned: the network's own or the built-in one (NULL when
                                       options.vocabulary is given) */
    const an_vocabulary *semantics; /* the vocabulary read: options.vocabulary or the above */
    an_i_lens_choice structure;     /* actors, brokers, communities, key players, robustness */
    an_i_lens_choice chain;         /* chains */
    unsigned char *in_structure;    /* n flags: the node is seen by the structure lens */
    signed char *structure_edges;   /* m: how the structure lens sees each tie (an_lens_selection.edges) */
    int64_t structure_nodes, structure_ties; /* what the structure lens keeps */
    int64_t chain_ties;             /* ties the chain lens keeps */
    unsigned char *in_chain;        /* n flags: the node is seen by the chain lens (NULL: no lens) */
    int time_respecting;            /* chains follow chronology (resolved) */
    int64_t ranked;                 /* actors with a score under the size measure (top lists stop there) */

    char *summary_json;             /* an_network_summary_json() */
    int64_t weak_components, largest_component;

    /* actors */
    an_centrality_measure measures[AN_I_REPORT_MAX_MEASURES];
    int measure_count;
    double *scores;                 /* measure_count * n: measure k of node v at [k * n + v] */
    double *ranks;                  /* fractional ranks, same layout */
    int size_index;                 /* which of the measures sizes nodes and orders the top list */
    an_centrality_measure size_measure;
    int64_t *order;                 /* nodes by the size measure, best first */
    int64_t *incident;              /* ties touching each node (self-loops excluded) */
    int64_t *brokerage;             /* AN_BROKERAGE_ROLES * n (NULL when no class column) */

    /* communities */
    an_partition *partition;
    int64_t *community_order;       /* communities by size, largest first (ties: lowest id) */

    /* key players */
    int64_t kp_k;
    int64_t *kp_fragmentation;      /* kp_k nodes */
    an_keyplayer_result kp_fragmentation_result;
    an_whatif_result kp_whatif;     /* the set removed together */
    an_whatif_result *kp_single;    /* each member removed alone */
    int64_t *kp_reach;              /* kp_k nodes */
    an_keyplayer_result kp_reach_result;
    int kp_done;

    /* chains */
    int64_t *from, from_count;
    int64_t *to, to_count;
    const char *from_rule, *to_rule; /* how the defaults were chosen (static text) */
    char **chain_relations;         /* NULL-terminated allowed relations, or NULL = any */
    char **chain_classes;           /* NULL-terminated allowed intermediate classes, or NULL = any */
    const char *relations_rule;
    int64_t pair_count;             /* from_count * to_count */
    an_path_result **pair_results;  /* pair_count (NULL where the pair is one node) */
    int64_t *pair_stated_length;    /* shortest chain on stated ties, -1 when none */
    an_path_result **pair_stated;   /* that chain, or NULL */
    an_i_chain *chains;
    int64_t chain_count, chains_found;
    int64_t pairs_with_chain;

    /* stated evidence and tie dropout */
    int has_confidence;
    an_rank_robustness *rank_robustness;
    an_partition_robustness *partition_robustness;
    an_robustness_options robustness_options;

    /* warnings */
    int64_t *isolates, isolate_count;
    int64_t *single_citation, single_citation_count;      /* node source cites one work */
    int64_t *one_source_ties, one_source_ties_count;      /* every tie from one source */
    int64_t *reported_only, reported_only_count;          /* every tie reported */
    int node_source_known;

    /* the pipeline's record (report_output.h): progress, files written, diagrams rendered; owned
     * by the caller of the pipeline (report.c), not part of the findings */
    struct an_i_report_output *output;

    /* at scale (report_scale.c): n * m above options.exact_limit */
    int scaled;
    an_betweenness_approximation betweenness_info; /* the full-data approximation (scaled only) */
    int64_t distance_sources;       /* sources sampled for harmonic / closeness (scaled only) */
    int distance_exact;             /* 1 when the sample would have covered every node: exact BFS */
    int64_t *kp_pool, kp_pool_count; /* key-player candidate pool (scaled only) */
    int64_t replicates_run;         /* dropout replicates actually run */
    int64_t max_ends;               /* cap on default chain sources and targets */

    /* communities, precomputed in one pass (findings.c) */
    int64_t *community_offsets;     /* count + 1 offsets into community_members */
    int64_t *community_members;     /* members of each community, by the size measure (best first) */
    int64_t *community_internal_offsets; /* count + 1 offsets into community_internal */
    int64_t *community_internal;    /* ties with both ends in the community, in file order */

    /* positions (report_positions.c): NULL when not computed */
    struct an_i_report_positions *positions;
    /* context nodes and conflict (report_context.c, report_conflict.c): NULL when absent */
    struct an_i_report_context *context;
    struct an_i_report_conflict *conflict;
    /* timeline (report_timeline.c): NULL when no tie is dated */
    struct an_i_report_timeline *timeline;
} an_i_report;

/* The scalable methods above options.exact_limit (report_scale.c) and what the page lists then. */
#define AN_I_SCALE_BETWEENNESS_EPSILON 0.01 /* Riondato-Kornaropoulos: every estimate within epsilon */
#define AN_I_SCALE_BETWEENNESS_DELTA 0.1    /* ... with probability at least 1 - delta */
#define AN_I_SCALE_DISTANCE_EPSILON 0.1     /* sampled harmonic: within epsilon (n - 1) ... */
#define AN_I_SCALE_DISTANCE_DELTA 0.1       /* ... for every actor with probability >= 1 - delta */
#define AN_I_SCALE_POOL 100                 /* key-player pool: top actors by betweenness and by degree */
#define AN_I_SCALE_REPLICATES 10            /* at most this many dropout replicates */
#define AN_I_SCALE_LEIDEN_ITERATIONS 2      /* Leiden iterations (leidenalg and python-igraph default) */
#define AN_I_SCALE_RERUN_WORKERS 4          /* stated and dropout reruns at once (each holds a network copy) */
#define AN_I_SCALE_MAX_ENDS 10              /* default chain sources and targets kept */
#define AN_I_SCALE_HTML_TIES 1000           /* ties listed in report.html */
#define AN_I_SCALE_HTML_NAMES 100           /* names per warning in report.html */
#define AN_I_SCALE_HTML_COMMUNITIES 100     /* communities listed in report.html */

/* ---- the sections' records (filled by their gather files, read by section_*.c) ---- */
typedef struct an_i_report_timeline an_i_report_timeline;
typedef struct an_i_report_context an_i_report_context;
typedef struct an_i_report_conflict an_i_report_conflict;
typedef struct an_i_report_positions an_i_report_positions;

/* ---- timeline (report_timeline.c): ties per year by family, phases, ranks, actors spanning phases ---- */
#define AN_I_TIMELINE_FAMILIES 8    /* colours; the rest are "other" */
#define AN_I_TIMELINE_RANKED 8      /* actors in the rank chart */
#define AN_I_TIMELINE_SPANNING 12   /* actors listed as spanning phases */
typedef struct an_i_spanning_actor {
    int64_t node, periods;
    double degree;              /* total over the periods */
} an_i_spanning_actor;

struct an_i_report_timeline {
    an_lens lens;
    an_timeline_options options;
    an_timeline *timeline;
    int64_t dated, undated;
    /* ties per year (bins of bin_years years from first_year) by family */
    int64_t first_year, bin_years, bins;
    const char *families[AN_I_TIMELINE_FAMILIES + 1];  /* borrowed from the vocabulary; [family_count] = "other" */
    int64_t family_totals[AN_I_TIMELINE_FAMILIES + 1];
    int family_count, has_other;
    int64_t *counts;            /* bins * (AN_I_TIMELINE_FAMILIES + 1) */
    /* ranks */
    int64_t ranked[AN_I_TIMELINE_RANKED], ranked_count;
    double *ranks;              /* period_count * node_count: competition rank by degree, NaN absent */
    /* spanning */
    an_i_spanning_actor spanning[AN_I_TIMELINE_SPANNING];
    int64_t spanning_count, spanning_total;
    int64_t period_count;
    int64_t **period_ties, *period_tie_counts; /* ties of each period (original edges) */
};

/* ---- positions (report_positions.c): core and periphery, interchangeable actors, triad tests ---- */
struct an_i_report_positions {
    an_core_periphery *core_periphery;  /* NULL unless shown */
    an_i_node_sets sets;                /* interchangeable sets, each ascending */
    an_cug_result *triads[2];           /* 030T, 030C tests; NULL unless shown */
};
#define AN_I_POSITIONS_FIT_THRESHOLD 0.5    /* core and periphery shown from this fit */
/* The statistics of the triad tests (an_cug_test_measure): "triad_030T", "triad_030C". */
extern const char *const an_i_positions_triad_statistic[2];
/* 1 when the section shows something (p may be NULL). */
int an_i_report_positions_shown(const an_i_report_positions *p);

/* ---- context (report_context.c): places, events and media and the agents tied to them ---- */
typedef struct an_i_context_row {
    int64_t node;
    int64_t agents;             /* distinct agents tied */
    int64_t ties;               /* ties with an agent */
    an_i_tally relations;       /* relations of those ties, most frequent first */
} an_i_context_row;

struct an_i_report_context {
    int64_t agent_count;        /* agents in the network (the other mode's size) */
    int64_t context_count;      /* context nodes */
    an_i_context_row *rows;     /* context nodes tied to an agent, most agents first */
    int64_t row_count;
    /* the meta-network's blocks (ORA's agent x agent, agent x event, agent x location ...):
     * ties by the modes of their ends, agent x context ties by the context node's class */
    int64_t agent_agent, context_context, other;
    an_i_tally agent_context;
};

/* ---- conflict (report_conflict.c): hostile ties and signed triads ---- */
typedef struct an_i_hostile_row {
    int64_t node;
    int64_t initiated, received, mutual;    /* as source, as target, symmetric or undirected */
} an_i_hostile_row;

#define AN_I_CONFLICT_EXAMPLES 64    /* ++- triads kept as examples */

struct an_i_report_conflict {
    int64_t hostile_ties;
    an_i_tally relations;       /* relations of the hostile ties */
    an_i_hostile_row *rows;     /* actors with a hostile tie, most first */
    int64_t row_count;
    int agents_only;            /* triads among agents (1) or among all nodes (no modes known) */
    int64_t positive_pairs, negative_pairs, ambivalent_pairs;
    int64_t triads[4];          /* by number of negative pairs: +++, ++-, +--, --- */
    int64_t examples[AN_I_CONFLICT_EXAMPLES][3]; /* ++- triads: x and y hostile, both tied cooperatively to z */
    int64_t example_count;
};

/* ---- read-only accessors (report_model.c) -------------------------------------- */
/* The input's name for display: options.input_name, the network's source, or "network". */
const char *an_i_report_input_name(const an_i_report *report);
/* Its last path component. */
const char *an_i_report_input_base(const an_i_report *report);
/* Edge string value (NULL when the column is absent or the value missing). */
const char *an_i_report_edge_string(const an_i_report *report, int column, int64_t edge);
const char *an_i_report_node_string(const an_i_report *report, int column, int64_t node);
/* `text`, or when longer than AN_I_REPORT_TEXT_MAX bytes its cut copy with a note (owned by the
 * report; report_shorten.c). */
const char *an_i_report_short_text(const an_i_report *report, const char *text);
/* The same for a text a row takes from its column's default (not paid for by the row in the input):
 * cut when longer than AN_I_REPORT_DEFAULT_MAX bytes. */
const char *an_i_report_short_default(const an_i_report *report, const char *text);
/* An actor's name where a row about a tie names it (tie tables, tie tooltips, tie lists): cut when
 * longer than AN_I_REPORT_NAME_MAX bytes and followed by an ellipsis only; the actor's whole label
 * (up to AN_I_REPORT_TEXT_MAX) is in the actor tables and every value whole in network.graphml.
 * A tie costs the input about 30 bytes whatever its endpoints' labels, so a row that spelt out
 * two 400-byte labels made the report 60 times its input (issue 14 item 3). */
const char *an_i_report_short_name(const an_i_report *report, const char *text);
/* Edge year (year, else start), NaN when absent; end year likewise. */
double an_i_report_edge_year(const an_i_report *report, int64_t edge);
double an_i_report_edge_end(const an_i_report *report, int64_t edge);
/* A tie's onset year (year, else start, else end for a tie with only an end); NaN undated. */
double an_i_report_edge_onset(const an_i_report *report, int64_t edge);
/* Number of works a `;`-separated citation names. */
int64_t an_i_report_citation_count(const char *text);
/* The structure lens, or NULL when it is "none" (the network as stored). */
const an_lens *an_i_report_structure_lens(const an_i_report *report);
/* 1 when a chain hop over `relation` is symbolic: ideas or symbols pass (emulates: a copied flag or
 * logo; draws_on: borrowed content), no order, money, arms or people. Such a hop stays in a chain of
 * influence but is marked, so that a reader does not take it for an operational link. O(1). */
int an_i_report_symbolic_relation(const char *relation);
/* 1 when the structure lens sees tie e. */
int an_i_report_structure_tie(const an_i_report *report, int64_t e);
/* Actors listed in a top list: min(options.top_k, actors ranked). */
int64_t an_i_report_top(const an_i_report *report);
/* The community of v, -1 when v is outside the structure lens (or there is no partition). */
int64_t an_i_report_community(const an_i_report *report, int64_t v);
/* The largest value of a side-by-side measure (NaN when it is not shown). */
double an_i_report_largest(const an_i_report *report, an_centrality_measure measure);
/* A community's position by size (0 = largest), which picks its colour; -1 when it is none. */
int64_t an_i_report_community_rank(const an_i_report *report, int64_t community);
/* Brokers: up to `limit` actors by total brokerage, most first (ties: node order). */
int64_t an_i_report_brokers(const an_i_report *report, int64_t *out, int64_t limit);
/* Classes of a community's members, relations of the ties inside it (tallies are added to). */
void an_i_report_community_tallies(const an_i_report *report, int64_t community, an_i_tally *classes,
                                   an_i_tally *relations, int64_t *internal_ties);
/* The name of timeline family f (its index in timeline->families, or "other"). */
const char *an_i_report_timeline_family(const an_i_report_timeline *timeline, int f);

#endif
