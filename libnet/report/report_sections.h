/*
 * report_sections.h — the sections' writers: each appends one part of the model
 * (report_model.h) in one format to a buffer — terminal text, report.json, or
 * report.html — and nothing else: no file, no analysis, no other writer. The
 * renderers (report_internal.h) put them in place. An empty section appends
 * nothing. README.md has the flow.
 */
#ifndef AN_REPORT_SECTIONS_H
#define AN_REPORT_SECTIONS_H

#include "report_model.h"
#include "report_format.h"

/* ---- section_lenses.c ------------------------------------------------------- */
/* "lens": {"name", "automatic", "reason", "actors", "ties"} objects for report.json (no comma). */
void an_i_report_lenses_json(const an_i_report *report, an_i_strbuf *out);
/* One line per lens for the terminal and the page: "lens: cooperation (chosen: ...)". */
void an_i_report_lens_line(const an_i_lens_choice *choice, an_i_strbuf *out);

/* ---- section_timeline.c ------------------------------------------------------ */
void an_i_report_timeline_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_timeline_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"timeline\":{...}" or nothing */
/* The timeline object itself (also timeline.json). */
void an_i_report_timeline_json_object(const an_i_report *report, an_i_strbuf *out);
void an_i_report_timeline_nav(const an_i_report *report, an_i_strbuf *out);
void an_i_report_timeline_html(const an_i_report *report, an_i_strbuf *out);
/* The chart as an SVG document (with_prolog: an XML declaration for the standalone file).
 * malloc'd, NULL on failure. */
char *an_i_report_timeline_svg(const an_i_report *report, int with_prolog);

/* ---- section_context.c: places, events and media --------------------------------- */
void an_i_report_context_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_context_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"context\":{...}" or nothing */
void an_i_report_context_html(const an_i_report *report, an_i_strbuf *out);

/* ---- section_conflict.c: hostile ties and signed triads ---------------------------- */
void an_i_report_conflict_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_conflict_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"conflict\":{...}" or nothing */
void an_i_report_conflict_html(const an_i_report *report, an_i_strbuf *out);

/* ---- section_positions.c -------------------------------------------------------- */
void an_i_report_positions_text(const an_i_report *report, an_i_strbuf *out);
void an_i_report_positions_json(const an_i_report *report, an_i_strbuf *out); /* ",\n\"positions\":{...}" or nothing */
void an_i_report_positions_nav(const an_i_report *report, an_i_strbuf *out);
void an_i_report_positions_html(const an_i_report *report, an_i_strbuf *out);

#endif
