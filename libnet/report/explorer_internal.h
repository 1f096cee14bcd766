/*
 * explorer_internal.h — explorer.html, the report's interactive page: the network drawn with
 * sigma.js at positions computed here, with search, filters, lenses, citations and chains.
 *
 * Flow (explorer_page.c):  the actors and ties shown (explorer_subset: all of them up to the
 *                          limits below, else the top actors by the size measure and the ties
 *                          among them) -> positions (explorer_layout.c) -> the page's JSON
 *                          (explorer_data.c) -> explorer.html: a small HTML shell, the JSON in a
 *                          <script type="application/json"> escaped for that place, and the
 *                          script built from explorer/ (explorer/dist/explorer.js, compiled in as
 *                          an_i_explorer_script by a build step: no Node at run time).
 */
#ifndef AN_EXPLORER_INTERNAL_H
#define AN_EXPLORER_INTERNAL_H

#include "report_internal.h"

/* Above these sizes the page holds the top actors by the size measure and the ties among them
 * (first in file order), and says so: a browser draws 20,000 actors and 100,000 ties smoothly on
 * ordinary hardware, and the page stays under about 40 MB. */
#define AN_I_EXPLORER_MAX_NODES 20000
#define AN_I_EXPLORER_MAX_TIES 100000

/* The actors and ties the page holds. */
typedef struct an_i_explorer_subset {
    int64_t node_count, edge_count;
    int64_t *nodes;         /* node_count network nodes, in network order */
    int64_t *edges;         /* edge_count network edges, in network order */
    int64_t *node_index;    /* n entries: page index of a network node, or -1 */
    int64_t *edge_index;    /* m entries: page index of a network edge, or -1 */
    int truncated;          /* 1 when some actors or ties were left out */
} an_i_explorer_subset;

int an_i_explorer_subset_build(an_i_explorer_subset *out, const an_i_report *report);
void an_i_explorer_subset_free(an_i_explorer_subset *subset);

/*
 * Positions of the subset's actors: out_xy receives 2 * node_count doubles (x, y of page node i at
 * [2i], [2i + 1]). Each connected component (ties read undirected, self-loops ignored) is laid out
 * by igraph's Fruchterman-Reingold (500 iterations, the grid variant above 1,000 actors), seeded
 * with the report's seed; components are then scaled to an area proportional to their size and
 * packed in rows, largest first, so no component drifts away from the others. Reproducible for a
 * seed and an igraph version. AN_OK, AN_ENOMEM, AN_EALGORITHM. Time O(iterations * (n + m)) with
 * the grid (O(iterations * n^2) per component below 1,000 actors).
 */
int an_i_explorer_layout(double *out_xy, const an_i_report *report, const an_i_explorer_subset *subset);

/* The page's data as JSON (format "actornet-explorer", version 1; layout in explorer_data.c). */
int an_i_explorer_data(an_i_strbuf *out, const an_i_report *report, const an_i_explorer_subset *subset,
                       const double *xy);

/* Append JSON text so that it can sit inside <script type="application/json">: '<', '>' and '&'
 * become \u003c, \u003e and \u0026 (so neither "</script" nor "<!--" can occur), and U+2028 and
 * U+2029 become \u2028 and \u2029. Only valid inside JSON strings, where those characters can
 * only be; JSON.parse gives back the same values. */
void an_i_json_for_script(an_i_strbuf *out, const char *json, size_t length);

/*
 * Build explorer.html into `page` (appended; the caller frees it). Reads the model only and
 * records nothing in the pipeline's record, so it may run on another thread while the caller
 * writes other files (igraph's layout runs under the library's igraph lock). Errors are
 * recorded on the calling thread: AN_OK, AN_ENOMEM, AN_EALGORITHM. Time as
 * an_i_explorer_layout plus O(n + m) of the subset.
 */
int an_i_explorer_page(an_i_strbuf *page, const an_i_report *report);

/* Write a page from an_i_explorer_page() as explorer.html (atomically) and count the step. */
int an_i_explorer_write_page(const an_i_report *report, const char *directory, const an_i_strbuf *page);

/* The built script (explorer/dist/explorer.js), compiled in by libnet/core/embed_text.py. */
extern const char an_i_explorer_script[];
extern const size_t an_i_explorer_script_length;

#endif
