/*
 * report_gather.h — the gather stage: the files that call the analyses and fill
 * the report's model (report_model.h), once. They never write text or files; the
 * renderers (report_internal.h) do, from the finished model. README.md has the flow.
 *
 *   findings.c          columns, summary, centrality side by side, brokerage,
 *                       communities, key players, robustness, warnings; the order
 *   report_lenses.c     the structure and chain lenses (before any finding)
 *   report_scale.c      the scalable methods above options.exact_limit
 *   chains.c            the chains between sources and targets
 *   report_positions.c, report_context.c, report_conflict.c, report_timeline.c
 *                       the sections shown only where they mean something
 *   report_options.c    the options, resolved (defaults filled in, ranges checked)
 */
#ifndef AN_REPORT_GATHER_H
#define AN_REPORT_GATHER_H

#include "report_output.h"

/* ---- report_options.c ------------------------------------------------------ */
/* Copy options (NULL = defaults), check ranges. AN_OK, AN_EMISUSE, AN_EINVAL. */
int an_i_report_resolve_options(an_report_options *out, const an_report_options *options);

/* ---- findings.c ------------------------------------------------------------ */
/* Fill the model from the network (report->output must be set: progress goes there).
 * Fails only for an empty network or lack of memory; the model is then freed by an_i_report_free. */
int an_i_report_gather(an_i_report *report, const an_network *network, const an_report_options *options);
void an_i_report_free(an_i_report *report);

/* ---- report_lenses.c: resolve the lenses (before any finding) ---------------- */
int an_i_report_lenses(an_i_report *report);
void an_i_report_lenses_free(an_i_report *report);

/* ---- chains.c -------------------------------------------------------------- */
int an_i_report_chains(an_i_report *report);

/* ---- the sections (each NULL in the model when it has nothing to show) -------- */
int an_i_report_timeline_gather(an_i_report *report);   /* fails only for lack of memory */
void an_i_report_timeline_free(an_i_report_timeline *timeline);
int an_i_report_context_gather(an_i_report *report);
void an_i_report_context_free(an_i_report_context *context);
int an_i_report_conflict_gather(an_i_report *report);
void an_i_report_conflict_free(an_i_report_conflict *conflict);
int an_i_report_positions_gather(an_i_report *report);   /* fails only for lack of memory */
void an_i_report_positions_free(an_i_report_positions *positions);

/* ---- report_scale.c: the scalable methods above options.exact_limit ------------ */
/* Sources sampled for the distance measures on n nodes (Hoeffding + union bound). */
int64_t an_i_scale_distance_sources(int64_t n);
/* The side-by-side measures with the scalable methods: fills report->scores. */
int an_i_scale_centrality(an_i_report *report, const an_centrality_options *options);
/* Leiden at scale: an_network_communities() on actornet's engine, on the network's ties read as
 * undirected, parallel ties once, no loops (the default policy: no igraph view), with options'
 * objective, resolution, beta, iterations and seed; no igraph, so reruns partition at once on
 * several threads. options' policy (weight, lens) is not used (at scale the lens keeps everything). */
int an_i_scale_partition(an_partition **out, const an_network *network, const an_community_options *options);
/* The key-player candidate pool (report->kp_pool) from the betweenness and degree columns. */
int an_i_scale_key_player_pool(an_i_report *report);
/* Stated-only recomputation and dropout replicates with the scalable methods. */
int an_i_scale_robustness(an_i_report *report, const an_centrality_options *centrality,
                          const an_community_options *communities);

#endif
