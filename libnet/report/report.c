/*
 * report.c — an_report_write() and an_report_json(): the report's pipeline.
 * Gather the findings into the model once (report_gather.h), then run each
 * renderer on it (report_internal.h), every file written atomically through a
 * staging directory. README.md has the flow.
 */
#include "report_gather.h"
#include "report_internal.h"
#include "explorer_internal.h"

#include "background_task.h"
#include "error_internal.h"
#include "output_directory.h"
#include "progress_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int write_buffer(const an_i_report *report, const char *directory, const char *name, an_i_strbuf *buffer)
{
    if (buffer->failed)
        return AN_I_NOMEM();
    return an_i_report_write_file(report, directory, name, buffer->data ? buffer->data : "", buffer->length);
}

/* explorer.html is built on a thread of its own while the diagrams and the other files are written
 * (it reads the model only; its layout takes igraph's lock like any analysis), then written in
 * its turn, so the files are listed in the same order as when it was built in place. */
typedef struct explorer_job {
    const an_i_report *report;
    an_i_strbuf page;
} explorer_job;

static int build_explorer(void *context)
{
    explorer_job *job = context;
    return an_i_explorer_page(&job->page, job->report);
}

/* The diagrams' Graphviz renders run on a thread of their own while the tables are written. */
static int render_diagrams(void *context)
{
    return an_i_report_render_diagrams(context);
}

/* Move the names noted last, files[from .. file_count), to position `at`, keeping their order and
 * the order of files[at .. from): the SVG pictures are listed where they were before the tables
 * were written beside their renders. */
static void list_files_at(an_i_report_output *record, int at, int from)
{
    for (int i = from; i < record->file_count; i++) {
        char *name = record->files[i];
        memmove(&record->files[at + 1], &record->files[at], (size_t)(i - at) * sizeof *record->files);
        record->files[at++] = name;
    }
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
    an_i_report_output record;
    memset(&record, 0, sizeof record);
    report.output = &record;
    an_i_strbuf buffer;
    an_i_strbuf_init(&buffer);
    explorer_job explorer = { &report, { 0 } };
    an_i_strbuf_init(&explorer.page);
    an_i_background explorer_task = { 0 }, render_task = { 0 }; /* joined at cleanup when still running */
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
    an_i_background_start(&explorer_task, build_explorer, &explorer);
    if ((rc = an_i_report_progress(&report, "diagrams")) != AN_OK)
        goto cleanup;
    if ((rc = an_i_report_diagrams(&report, staging)) != AN_OK)
        goto cleanup;
    an_i_background_start(&render_task, render_diagrams, &report);
    if ((rc = an_i_report_progress(&report, "writing files")) != AN_OK)
        goto cleanup;
    int tables_at = record.file_count;
    if ((rc = an_i_report_write_graphml(&report, staging)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_report_write_csv(&report, staging)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_report_timeline_write(&report, staging)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_background_join(&render_task)) != AN_OK)
        goto cleanup;
    int pictures_at = record.file_count;
    if ((rc = an_i_report_write_svgs(&report, staging)) != AN_OK)
        goto cleanup;
    list_files_at(&record, tables_at, pictures_at);
    if ((rc = an_i_background_join(&explorer_task)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_explorer_write_page(&report, staging, &explorer.page)) != AN_OK)
        goto cleanup;
    an_i_strbuf_free(&explorer.page);
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
    /* the last moment a cancel can stop the report, with the handler asked now whatever its rate
     * limit: after the commit the files are in place and the report has succeeded (no handler
     * runs between this poll and the task's end) */
    if ((rc = an_i_progress_poll(&task)) != AN_OK)
        goto cleanup;
    rc = an_i_output_directory_commit(&output);
    if (rc == AN_OK && out_summary)
        *out_summary = an_i_strbuf_take(&buffer, NULL);
cleanup:
    /* after a failure while the pictures or the page were still being made: wait for them, and
     * the failure's error stays the one recorded (no-ops when they were joined or never started) */
    rc = an_i_background_join_after(&render_task, rc);
    rc = an_i_background_join_after(&explorer_task, rc);
    an_i_strbuf_free(&explorer.page);
    an_i_output_directory_abort(&output); /* after a commit: nothing left to do */
    rc = an_i_progress_end(&task, rc);
    an_i_strbuf_free(&buffer);
    an_i_report_free(&report);
    an_i_report_output_free(&record);
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
    an_i_report_output record;
    memset(&record, 0, sizeof record);
    report.output = &record;
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
    an_i_report_output_free(&record);
    return rc;
}
