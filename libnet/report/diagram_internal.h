/*
 * diagram_internal.h — the diagrams renderer's own header (diagram_style.c
 * builds the DOT texts, diagram_render.c writes them and runs Graphviz). Like
 * every renderer it reads the model only (report_internal.h).
 */
#ifndef AN_DIAGRAM_INTERNAL_H
#define AN_DIAGRAM_INTERNAL_H

#include "report_internal.h"

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

#endif
