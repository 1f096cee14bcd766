/*
 * report_internal.h — the findings of a report, gathered once and then
 * written out by each format (JSON, text, HTML, CSV, diagrams).
 *
 * Flow (report.c):  options -> findings (findings.c, chains.c)
 *                   -> report.json (report_json.c), terminal text (report_text.c),
 *                      CSV tables (report_csv.c), diagrams (diagram_style.c,
 *                      diagram_render.c), report.html (report_html.c).
 */
#ifndef AN_REPORT_INTERNAL_H
#define AN_REPORT_INTERNAL_H

#include "actornet/brokerage.h"
#include "actornet/centrality.h"
#include "actornet/communities.h"
#include "actornet/keyplayers.h"
#include "actornet/lens.h"
#include "actornet/paths.h"
#include "actornet/report.h"
#include "actornet/robustness.h"
#include "lens_resolve.h"
#include "strbuf.h"

/* The measures shown side by side, in this order (plus options.size_by when it is another). */
#define AN_I_REPORT_MEASURES 7
#define AN_I_REPORT_MAX_MEASURES (AN_I_REPORT_MEASURES + 1)

/* 1 when a lower value ranks higher (constraint). */
int an_i_report_measure_ascending(an_centrality_measure measure);
/* Fractional ranks (1 = best; ties share the mean position; NaN last, sharing theirs). */
int an_i_report_fractional_ranks(double *out, const double *scores, int64_t n, int ascending);

/* One chain: a path of a pair's result. */
typedef struct an_i_chain {
    int64_t pair;               /* index into the pair arrays */
    const an_path *path;        /* owned by pair_results[pair] */
    int64_t rank_in_pair;       /* 0 = shortest of its pair */
    int64_t reported_hops;      /* hops whose tie is not `stated` */
    int holds_on_stated;        /* every hop has a stated tie */
} an_i_chain;

/* A diagram written (or attempted). */
typedef struct an_i_diagram {
    char *name;                 /* file stem, e.g. "network", "chain-1" */
    char *title;                /* caption */
    char *engine;               /* "sfdp", "dot" */
    char *svg;                  /* rendered SVG (NULL when not rendered) */
    char *problem;              /* why there is no SVG, or NULL */
} an_i_diagram;

/* What the report found. Node arrays have n entries, in node order. */
/* Long texts cut short for the report (report_shorten.c). */
#define AN_I_REPORT_TEXT_MAX 400    /* bytes: longer labels and texts are cut */
#define AN_I_REPORT_TEXT_KEEP 300   /* bytes kept before the note */
#define AN_I_REPORT_DEFAULT_MAX 80  /* bytes: a longer text a row takes from its column's default is cut */
#define AN_I_REPORT_DEFAULT_KEEP 60 /* bytes of it kept before the note */
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

    /* diagrams */
    int draw_whole;                 /* 1: the whole network is drawn */
    int graphviz_found;
    an_i_diagram *diagrams;
    int64_t diagram_count;

    /* files written (names) */
    char **files;
    int file_count, file_capacity;

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

    /* progress */
    int step, steps;
} an_i_report;

/* ---- report_lenses.c: resolve the lenses (before any finding) ---------------- */
int an_i_report_lenses(an_i_report *report);
void an_i_report_lenses_free(an_i_report *report);
/* The structure lens, or NULL when it is "none" (the network as stored). */
const an_lens *an_i_report_structure_lens(const an_i_report *report);
/* 1 when the structure lens sees tie e. */
int an_i_report_structure_tie(const an_i_report *report, int64_t e);
/* Actors listed in a top list: min(options.top_k, actors ranked). */
int64_t an_i_report_top(const an_i_report *report);
/* The community of v, -1 when v is outside the structure lens (or there is no partition). */
int64_t an_i_report_community(const an_i_report *report, int64_t v);
/* "lens": {"name", "automatic", "reason", "actors", "ties"} objects for report.json (no comma). */
void an_i_report_lenses_json(const an_i_report *report, an_i_strbuf *out);
/* One line per lens for the terminal and the page: "lens: cooperation (chosen: ...)". */
void an_i_report_lens_line(const an_i_lens_choice *choice, an_i_strbuf *out);

/* ---- report_timeline.c: ties per year by family, phases, ranks, actors spanning phases ---- */
typedef struct an_i_report_timeline an_i_report_timeline;
int an_i_report_timeline_gather(an_i_report *report);   /* fails only for lack of memory */
void an_i_report_timeline_free(an_i_report_timeline *timeline);
void an_i_report_timeline_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_timeline_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"timeline\":{...}" or nothing */
void an_i_report_timeline_nav(const an_i_report *report, an_i_strbuf *out);
void an_i_report_timeline_html(const an_i_report *report, an_i_strbuf *out);
/* timeline.svg, timeline-ties.csv, timeline-ranks.csv, timeline.json (nothing without the section). */
int an_i_report_timeline_write(an_i_report *report, const char *directory);

/* ---- report_context.c: context nodes (places, events, media) and the agents tied to them ---- */
typedef struct an_i_report_context an_i_report_context;
int an_i_report_context_gather(an_i_report *report);
void an_i_report_context_free(an_i_report_context *context);
void an_i_report_context_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_context_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"context\":{...}" or nothing */
void an_i_report_context_html(const an_i_report *report, an_i_strbuf *out);

/* ---- report_conflict.c: hostile ties and signed triads (structural balance) ---- */
typedef struct an_i_report_conflict an_i_report_conflict;
int an_i_report_conflict_gather(an_i_report *report);
void an_i_report_conflict_free(an_i_report_conflict *conflict);
void an_i_report_conflict_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_conflict_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"conflict\":{...}" or nothing */
void an_i_report_conflict_html(const an_i_report *report, an_i_strbuf *out);

/* ---- report_positions.c: the "Positions" section, only where it means something ------ */
typedef struct an_i_report_positions an_i_report_positions;
int an_i_report_positions_gather(an_i_report *report);   /* fails only for lack of memory */
void an_i_report_positions_free(an_i_report_positions *positions);
void an_i_report_positions_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_positions_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"positions\":{...}" or nothing */
void an_i_report_positions_nav(const an_i_report *report, an_i_strbuf *out);
void an_i_report_positions_html(const an_i_report *report, an_i_strbuf *out);

/* ---- report_scale.c: the scalable methods above options.exact_limit ------------ */
#define AN_I_SCALE_BETWEENNESS_EPSILON 0.01 /* Riondato-Kornaropoulos: every estimate within epsilon */
#define AN_I_SCALE_BETWEENNESS_DELTA 0.1    /* ... with probability at least 1 - delta */
#define AN_I_SCALE_DISTANCE_EPSILON 0.1     /* sampled harmonic: within epsilon (n - 1) ... */
#define AN_I_SCALE_DISTANCE_DELTA 0.1       /* ... for every actor with probability >= 1 - delta */
#define AN_I_SCALE_POOL 100                 /* key-player pool: top actors by betweenness and by degree */
#define AN_I_SCALE_REPLICATES 10            /* at most this many dropout replicates */
#define AN_I_SCALE_MAX_ENDS 10              /* default chain sources and targets kept */
#define AN_I_SCALE_HTML_TIES 1000           /* ties listed in report.html */
#define AN_I_SCALE_HTML_NAMES 100           /* names per warning in report.html */
#define AN_I_SCALE_HTML_COMMUNITIES 100     /* communities listed in report.html */

/* The largest value of a side-by-side measure (NaN when it is not shown). */
double an_i_report_largest(const an_i_report *report, an_centrality_measure measure);
/* Sources sampled for the distance measures on n nodes (Hoeffding + union bound). */
int64_t an_i_scale_distance_sources(int64_t n);
/* The side-by-side measures with the scalable methods: fills report->scores. */
int an_i_scale_centrality(an_i_report *report, const an_centrality_options *options);
/* The key-player candidate pool (report->kp_pool) from the betweenness and degree columns. */
int an_i_scale_key_player_pool(an_i_report *report);
/* Stated-only recomputation and dropout replicates with the scalable methods. */
int an_i_scale_robustness(an_i_report *report, const an_centrality_options *centrality,
                          const an_community_options *communities);

/* The input's name for display: options.input_name, the network's source, or "network". */
const char *an_i_report_input_name(const an_i_report *report);
/* Its last path component. */
const char *an_i_report_input_base(const an_i_report *report);

/* ---- report.c ------------------------------------------------------------ */
void an_i_report_progress(an_i_report *report, const char *step);

/* ---- report_options.c ------------------------------------------------------ */
/* Copy options (NULL = defaults), check ranges. AN_OK, AN_EMISUSE, AN_EINVAL. */
int an_i_report_resolve_options(an_report_options *out, const an_report_options *options);

/* ---- findings.c ------------------------------------------------------------ */
int an_i_report_gather(an_i_report *report, const an_network *network, const an_report_options *options);
void an_i_report_free(an_i_report *report);
/* Edge string value (NULL when the column is absent or the value missing). */
const char *an_i_report_edge_string(const an_i_report *report, int column, int64_t edge);
const char *an_i_report_node_string(const an_i_report *report, int column, int64_t node);
/* `text`, or when longer than AN_I_REPORT_TEXT_MAX bytes its cut copy with a note (owned by the report). */
const char *an_i_report_short_text(const an_i_report *report, const char *text);
/* The same for a text a row takes from its column's default (not paid for by the row in the input):
 * cut when longer than AN_I_REPORT_DEFAULT_MAX bytes. */
const char *an_i_report_short_default(const an_i_report *report, const char *text);
/* Edge year (year, else start), NaN when absent; end year likewise. */
double an_i_report_edge_year(const an_i_report *report, int64_t edge);
double an_i_report_edge_end(const an_i_report *report, int64_t edge);
/* Number of works a `;`-separated citation names. */
int64_t an_i_report_citation_count(const char *text);
/* Count of each distinct string over a set; returns the most frequent (ties: first seen). */
typedef struct an_i_tally {
    const char **names;
    int64_t *counts;
    int64_t count, capacity;
} an_i_tally;
void an_i_tally_add(an_i_tally *tally, const char *name);
void an_i_tally_sort(an_i_tally *tally);     /* by count desc, then name */
void an_i_tally_free(an_i_tally *tally);
/* The tally as a JSON object {"name":count,...}, most frequent first (sorts it). */
void an_i_tally_json(an_i_strbuf *out, an_i_tally *tally);

/* Brokers: up to `limit` actors by total brokerage, most first (ties: node order). */
int64_t an_i_report_brokers(const an_i_report *report, int64_t *out, int64_t limit);
/* Classes of a community's members, relations of the ties inside it (tallies are added to). */
void an_i_report_community_tallies(const an_i_report *report, int64_t community, an_i_tally *classes,
                                   an_i_tally *relations, int64_t *internal_ties);

/* ---- chains.c -------------------------------------------------------------- */
int an_i_report_chains(an_i_report *report);

/* ---- outputs ----------------------------------------------------------------- */
int an_i_report_to_json(an_i_report *report, an_i_strbuf *out);
int an_i_report_to_text(an_i_report *report, an_i_strbuf *out, const char *directory);
int an_i_report_write_csv(an_i_report *report, const char *directory);
int an_i_report_write_graphml(an_i_report *report, const char *directory);
int an_i_report_to_html(an_i_report *report, an_i_strbuf *out);
/* SVG text ready to inline in HTML: prolog, doctype and comments removed. malloc'd. */
char *an_i_svg_for_html(const char *svg);
/* Graphviz's SVG parsed and rebuilt from an allow-list of elements and attributes, every value
 * re-escaped (svg_clean.c); NULL when it does not parse or memory runs out. malloc'd. */
char *an_i_svg_clean(const char *svg, size_t length);

/* ---- diagrams ----------------------------------------------------------------- */
/* Build every diagram's DOT text, write the .dot files and (when asked and found)
 * render them. Fills report->diagrams. */
int an_i_report_diagrams(an_i_report *report, const char *directory);
/* Colour of a community (fill) and of a relation (edge); static strings. */
const char *an_i_diagram_community_colour(int64_t community);
const char *an_i_diagram_relation_colour(const char *relation);
const char *an_i_diagram_relation_family(const char *relation);
const char *an_i_diagram_class_shape(const char *klass);
/* The legend's relation families, in order: name + colour. */
int an_i_diagram_family_count(void);
const char *an_i_diagram_family_name(int index);
const char *an_i_diagram_family_colour(int index);
const char *an_i_diagram_family_members(int index);

/* DOT texts (malloc'd, NUL-terminated) built by diagram_style.c. keep_nodes: n flags or NULL
 * for every node. The network diagram carries no legend; the legend is its own small graph
 * (laid out by dot) placed beside the picture (and appended to the .dot file as a cluster). */
int an_i_diagram_network_dot(const an_i_report *report, const unsigned char *keep_nodes, const char *title,
                             char **out);
int an_i_diagram_legend_dot(const an_i_report *report, const unsigned char *keep_nodes, int as_cluster,
                            char **out);
int an_i_diagram_chain_dot(const an_i_report *report, int64_t chain, char **out);
int an_i_diagram_quotient_dot(const an_i_report *report, char **out);
/* Label shortened for drawing (alias when the label is long), wrapped; malloc'd. */
char *an_i_diagram_label(const an_i_report *report, int64_t node, int width);
/* Append `text` as a quoted DOT string. */
void an_i_dot_quote(an_i_strbuf *out, const char *text);

/* Run a Graphviz engine on `input`; *out receives stdout (free with free()).
 * Returns AN_OK, or AN_ERROR with *problem set (malloc'd text): not found,
 * exit status and stderr, timeout. */
int an_i_graphviz_run(const char *engine, const char *const *arguments, const char *input, size_t length,
                      double timeout, char **out, size_t *out_length, char **problem);
/* 1 when `program` is an executable on PATH. */
int an_i_program_on_path(const char *program);

/* ---- file helper ---------------------------------------------------------- */
/* Write `length` bytes atomically to directory/name and remember the name. */
int an_i_report_write_file(an_i_report *report, const char *directory, const char *name, const char *data,
                           size_t length);
/* directory/name, malloc'd */
char *an_i_report_path(const char *directory, const char *name);
void an_i_report_note_file(an_i_report *report, const char *name);

/* ---- HTML/XML escaping into a strbuf ---------------------------------------- */
void an_i_strbuf_html(an_i_strbuf *out, const char *text);

#endif
