/*
 * report_output.h — the pipeline's record beside the model: progress, the files
 * written and the diagrams rendered (report_output.c). The caller of the pipeline
 * (report.c) owns it and points the model at it (an_i_report.output); the gather
 * stage reports progress through it, the renderers add the files and diagrams they
 * write, and report.json, report.html and the summary list them. It takes the model
 * const: writing a file records its name here, never in the findings.
 */
#ifndef AN_REPORT_OUTPUT_H
#define AN_REPORT_OUTPUT_H

#include "report_model.h"

#include <stddef.h>

/* A diagram written (or attempted). */
typedef struct an_i_diagram {
    char *name;                 /* file stem, e.g. "network", "chain-1" */
    char *title;                /* caption */
    char *engine;               /* "sfdp", "dot" */
    char *svg;                  /* rendered SVG (NULL when not rendered) */
    char *problem;              /* why there is no SVG, or NULL */
    char *pending_dot;          /* queued for rendering (diagram_render.c): the DOT text ... */
    char *pending_legend;       /* ... and its legend's, or NULL */
} an_i_diagram;

typedef struct an_i_report_output {
    int step, steps;                /* progress: steps taken and expected */
    int graphviz_found;             /* rendering asked for and `dot` on PATH (diagram_render.c) */
    int draw_whole;                 /* 1: the whole network is drawn (diagram_render.c) */
    an_i_diagram *diagrams;         /* in the order written */
    int64_t diagram_count;
    char **files;                   /* names of the files written, each once */
    int file_count, file_capacity;
} an_i_report_output;

void an_i_report_output_free(an_i_report_output *output);

/* One step done: the progress task and options.progress hear of it. Returns AN_ECANCELED once the
 * report's task has been cancelled (the caller stops; the error is recorded when the task ends),
 * else AN_OK. */
int an_i_report_progress(const an_i_report *report, const char *step);
/* Write `length` bytes atomically to directory/name and remember the name. */
int an_i_report_write_file(const an_i_report *report, const char *directory, const char *name, const char *data,
                           size_t length);
/* directory/name, malloc'd */
char *an_i_report_path(const char *directory, const char *name);
/* Remember a file's name (once). */
void an_i_report_note_file(const an_i_report *report, const char *name);

#endif
