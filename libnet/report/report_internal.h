/*
 * report_internal.h — the renderers: each writes one output of the report from
 * the finished model (report_model.h), which it only reads. A renderer never
 * calls an analysis, the gather stage (report_gather.h) or another renderer; it
 * uses the sections' writers (report_sections.h), the model's accessors, the
 * palette and the formatting helpers, and records what it wrote in the pipeline's
 * record (report_output.h). README.md has the flow:
 *
 *     options -> gather (analyses) -> model -> renderers -> output directory
 *
 *   report_json.c       report.json (and an_report_json)
 *   report_text.c       the summary printed on the terminal
 *   report_html.c       report.html
 *   report_tables.c     actors.csv, communities.csv, chains.csv, network.graphml
 *   report_timeline_files.c  timeline.svg, timeline-ties.csv, timeline-ranks.csv, timeline.json
 *   diagram_style.c, diagram_render.c (diagram_internal.h)  the .dot files and their SVG
 *   explorer_*.c (explorer_internal.h)  explorer.html
 */
#ifndef AN_REPORT_INTERNAL_H
#define AN_REPORT_INTERNAL_H

#include "report_format.h"
#include "report_model.h"
#include "report_output.h"
#include "report_palette.h"
#include "report_sections.h"

int an_i_report_to_json(const an_i_report *report, an_i_strbuf *out);
/* directory: where the files are said to be (the final directory, not the staging one). */
int an_i_report_to_text(const an_i_report *report, an_i_strbuf *out, const char *directory);
int an_i_report_to_html(const an_i_report *report, an_i_strbuf *out);
int an_i_report_write_csv(const an_i_report *report, const char *directory);
int an_i_report_write_graphml(const an_i_report *report, const char *directory);
/* timeline.svg, timeline-ties.csv, timeline-ranks.csv, timeline.json (nothing without the section). */
int an_i_report_timeline_write(const an_i_report *report, const char *directory);
/* Build every diagram's DOT text, write the .dot files and queue the renders (when asked and
 * Graphviz is found). Fills report->output->diagrams. */
int an_i_report_diagrams(const an_i_report *report, const char *directory);
/* Run the queued renders (on the worker threads): each fills its own diagram's svg or problem and
 * touches nothing else, so the caller may write other files meanwhile (from another thread). */
int an_i_report_render_diagrams(const an_i_report *report);
/* Write the rendered pictures as NAME.svg. */
int an_i_report_write_svgs(const an_i_report *report, const char *directory);

#endif
