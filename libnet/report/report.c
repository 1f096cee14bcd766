/*
 * report.c — an_report_write() and an_report_json(): gather the findings,
 * then write every file of the report (atomically, through the output sink).
 */
#include "report_internal.h"
#include "explorer_internal.h"

#include "error_internal.h"
#include "output_directory.h"
#include "output_sink.h"
#include "progress_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void an_i_report_progress(an_i_report *report, const char *step)
{
    report->step++;
    an_i_progress *task = an_i_progress_current();   /* the "report" task (progress.h) */
    if (task && task->root == task) {
        an_i_progress_set_total(task, report->steps > report->step ? report->steps : report->step);
        an_i_progress_advance(task, 1);
    }
    if (report->options.progress)
        report->options.progress(report->options.progress_data, step, report->step,
                                 report->steps > report->step ? report->steps : report->step);
}

const char *an_i_report_input_name(const an_i_report *report)
{
    if (report->options.input_name)
        return report->options.input_name;
    const char *source = an_network_source_name(report->network);
    return source ? source : "network";
}

const char *an_i_report_input_base(const an_i_report *report)
{
    const char *name = an_i_report_input_name(report), *slash = strrchr(name, '/');
    return slash && slash[1] ? slash + 1 : name;
}

char *an_i_report_path(const char *directory, const char *name)
{
    size_t length = strlen(directory) + strlen(name) + 2;
    char *path = malloc(length);
    if (path)
        snprintf(path, length, "%s/%s", directory, name);
    return path;
}

void an_i_report_note_file(an_i_report *report, const char *name)
{
    for (int i = 0; i < report->file_count; i++)
        if (strcmp(report->files[i], name) == 0)
            return;
    if (report->file_count == report->file_capacity) {
        int capacity = report->file_capacity ? 2 * report->file_capacity : 16;
        char **grown = realloc(report->files, (size_t)capacity * sizeof *grown);
        if (!grown)
            return; /* the list of files is informative only */
        report->files = grown;
        report->file_capacity = capacity;
    }
    char *copy = strdup(name);
    if (copy)
        report->files[report->file_count++] = copy;
}

int an_i_report_write_file(an_i_report *report, const char *directory, const char *name, const char *data,
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

void an_i_strbuf_html(an_i_strbuf *out, const char *text)
{
    if (!text)
        return;
    const char *run = text;
    for (const char *p = text; *p; p++) {
        const char *entity = NULL;
        switch (*p) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        default: break;
        }
        if (entity) {
            an_i_strbuf_append(out, run, (size_t)(p - run));
            an_i_strbuf_puts(out, entity);
            run = p + 1;
        }
    }
    an_i_strbuf_puts(out, run);
}

static int write_buffer(an_i_report *report, const char *directory, const char *name, an_i_strbuf *buffer)
{
    if (buffer->failed)
        return AN_I_NOMEM();
    return an_i_report_write_file(report, directory, name, buffer->data ? buffer->data : "", buffer->length);
}

int an_report_write(const an_network *network, const char *directory, const an_report_options *options,
                    char **out_summary)
{
    if (out_summary)
        *out_summary = NULL;
    if (!network || !directory)
        return AN_I_MISUSE("network and directory must not be NULL");
    an_i_report report;
    memset(&report, 0, sizeof report);
    an_i_strbuf buffer;
    an_i_strbuf_init(&buffer);
    an_i_output_directory output;
    memset(&output, 0, sizeof output);
    output.directory_fd = output.staging_fd = -1;
    int rc = an_i_report_resolve_options(&report.options, options);
    if (rc != AN_OK)
        return rc;
    /* every file goes to a staging directory first and moves into place only when all are written:
     * a failed report leaves the directory as it was (output_directory.h) */
    if ((rc = an_i_output_directory_open(&output, directory)) != AN_OK)
        return rc;
    const char *staging = an_i_output_directory_staging(&output);
    an_i_progress task;
    an_i_progress_begin(&task, "report", 0);
    if ((rc = an_i_report_gather(&report, network, &report.options)) != AN_OK)
        goto cleanup;
    an_i_report_progress(&report, "diagrams");
    if ((rc = an_i_report_diagrams(&report, staging)) != AN_OK)
        goto cleanup;
    an_i_report_progress(&report, "writing files");
    if ((rc = an_i_report_write_graphml(&report, staging)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_report_write_csv(&report, staging)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_report_timeline_write(&report, staging)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_explorer_write(&report, staging)) != AN_OK)
        goto cleanup;
    /* report.json and report.html list every file, themselves included */
    an_i_report_note_file(&report, "report.json");
    an_i_report_note_file(&report, "report.html");
    if ((rc = an_i_report_to_json(&report, &buffer)) != AN_OK)
        goto cleanup;
    if ((rc = write_buffer(&report, staging, "report.json", &buffer)) != AN_OK)
        goto cleanup;
    an_i_strbuf_free(&buffer);
    if ((rc = an_i_report_to_html(&report, &buffer)) != AN_OK)
        goto cleanup;
    if ((rc = write_buffer(&report, staging, "report.html", &buffer)) != AN_OK)
        goto cleanup;
    an_i_strbuf_free(&buffer);
    if (out_summary) {
        if ((rc = an_i_report_to_text(&report, &buffer, directory)) != AN_OK)
            goto cleanup;
        if (buffer.failed) {
            rc = AN_I_NOMEM();
            goto cleanup;
        }
    }
    rc = an_i_output_directory_commit(&output);
    if (rc == AN_OK && out_summary)
        *out_summary = an_i_strbuf_take(&buffer, NULL);
cleanup:
    an_i_output_directory_abort(&output); /* after a commit: nothing left to do */
    rc = an_i_progress_end(&task, rc);
    an_i_strbuf_free(&buffer);
    an_i_report_free(&report);
    return rc;
}

int an_report_json(char **out, size_t *out_size, const an_network *network, const an_report_options *options)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("out and network must not be NULL");
    an_i_report report;
    memset(&report, 0, sizeof report);
    an_i_strbuf buffer;
    an_i_strbuf_init(&buffer);
    int rc = an_i_report_resolve_options(&report.options, options);
    if (rc != AN_OK)
        return rc;
    report.options.render = 0;
    an_i_progress task;
    an_i_progress_begin(&task, "report", 0);
    if ((rc = an_i_report_gather(&report, network, &report.options)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_report_to_json(&report, &buffer)) != AN_OK)
        goto cleanup;
    if (buffer.failed) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    *out = an_i_strbuf_take(&buffer, out_size);
cleanup:
    rc = an_i_progress_end(&task, rc);
    an_i_strbuf_free(&buffer);
    an_i_report_free(&report);
    return rc;
}
