/*
 * report_format.h — the report's shared formatting helpers: tallies of names,
 * HTML/XML escaping, CSV text cells. The bottom of the report's pipeline
 * (README.md): it includes nothing of the report and knows no finding; the
 * model, the gather stage and every renderer may use it.
 */
#ifndef AN_REPORT_FORMAT_H
#define AN_REPORT_FORMAT_H

#include "strbuf.h"

#include <stddef.h>
#include <stdint.h>

/* Count of each distinct string over a set; returns the most frequent (ties: first seen). */
typedef struct an_i_tally {
    const char **names;
    int64_t *counts;
    int64_t count, capacity;
} an_i_tally;
void an_i_tally_add(an_i_tally *tally, const char *name);   /* NULL counts as "(none)" */
void an_i_tally_sort(an_i_tally *tally);     /* by count desc, then name */
void an_i_tally_free(an_i_tally *tally);
/* The tally as a JSON object {"name":count,...}, most frequent first (sorts it). */
void an_i_tally_json(an_i_strbuf *out, an_i_tally *tally);

/* HTML/XML escaping into a strbuf (& < > " '); NULL appends nothing. */
void an_i_strbuf_html(an_i_strbuf *out, const char *text);

/* A CSV text cell (csv_field.h): absent or empty text is an empty cell; formulas are guarded. */
void an_i_report_csv_text(an_i_strbuf *out, const char *text);

/* A terminal column: `text` cut to `width` characters (code points, not bytes, so "Hüseynov"
 * aligns with "Huseynov"; an ellipsis where cut), then padded with spaces to `width`. */
void an_i_report_text_cell(an_i_strbuf *out, const char *text, size_t width);

/* ---- SVG text (svg_clean.c) ------------------------------------------------- */
/* Graphviz's SVG parsed and rebuilt from an allow-list of elements and attributes, every value
 * re-escaped; NULL when it does not parse or memory runs out. malloc'd. */
char *an_i_svg_clean(const char *svg, size_t length);
/* SVG text ready to inline in HTML: prolog, doctype and comments removed. malloc'd. */
char *an_i_svg_for_html(const char *svg);
/* Skip the XML prolog, doctype and comments: a pointer to "<svg" (or svg itself). */
const char *an_i_svg_start(const char *svg);

#endif
