/*
 * report_output.c — the pipeline's record (report_output.h): progress, the
 * files written, the diagrams rendered.
 */
#include "report_output.h"

#include "error_internal.h"
#include "output_sink.h"
#include "progress_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int an_i_report_progress(const an_i_report *report, const char *step)
{
    an_i_report_output *output = report->output;
    output->step++;
    an_i_progress *task = an_i_progress_current();   /* the "report" task (progress.h) */
    int rc = AN_OK;
    if (task && task->root == task) {
        an_i_progress_set_total(task, output->steps > output->step ? output->steps : output->step);
        rc = an_i_progress_advance(task, 1);
    } else if (task) {
        rc = an_i_progress_check(task);
    }
    if (report->options.progress)
        report->options.progress(report->options.progress_data, step, output->step,
                                 output->steps > output->step ? output->steps : output->step);
    return rc;
}

char *an_i_report_path(const char *directory, const char *name)
{
    size_t length = strlen(directory) + strlen(name) + 2;
    char *path = malloc(length);
    if (path)
        snprintf(path, length, "%s/%s", directory, name);
    return path;
}

void an_i_report_note_file(const an_i_report *report, const char *name)
{
    an_i_report_output *output = report->output;
    for (int i = 0; i < output->file_count; i++)
        if (strcmp(output->files[i], name) == 0)
            return;
    if (output->file_count == output->file_capacity) {
        int capacity = output->file_capacity ? 2 * output->file_capacity : 16;
        char **grown = realloc(output->files, (size_t)capacity * sizeof *grown);
        if (!grown)
            return; /* the list of files is informative only */
        output->files = grown;
        output->file_capacity = capacity;
    }
    char *copy = strdup(name);
    if (copy)
        output->files[output->file_count++] = copy;
}

int an_i_report_write_file(const an_i_report *report, const char *directory, const char *name, const char *data,
                           size_t length)
{
    char *path = an_i_report_path(directory, name);
    if (!path)
        return AN_I_NOMEM();
    an_i_sink sink;
    int rc = an_i_sink_open_file(&sink, path);
    free(path);
    if (rc != AN_OK)
        return rc;
    an_i_sink_write(&sink, data, length);
    rc = an_i_sink_commit(&sink, NULL, NULL);
    if (rc == AN_OK)
        an_i_report_note_file(report, name);
    return rc;
}

void an_i_report_output_free(an_i_report_output *output)
{
    if (!output)
        return;
    for (int64_t i = 0; i < output->diagram_count; i++) {
        free(output->diagrams[i].name);
        free(output->diagrams[i].title);
        free(output->diagrams[i].engine);
        free(output->diagrams[i].svg);
        free(output->diagrams[i].problem);
        free(output->diagrams[i].pending_dot);
        free(output->diagrams[i].pending_legend);
    }
    free(output->diagrams);
    for (int i = 0; i < output->file_count; i++)
        free(output->files[i]);
    free(output->files);
    memset(output, 0, sizeof *output);
}
