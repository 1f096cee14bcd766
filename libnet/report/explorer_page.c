/*
 * explorer_page.c — explorer.html: which actors and ties it holds, and the page itself: a small
 * HTML shell, the data as JSON escaped for a <script type="application/json"> element, and the
 * script built from explorer/ (compiled into the library: no Node at run time).
 *
 * Safety of the data. Every value of the network (ids, labels, citations, evidence ...) reaches
 * the page only inside JSON strings in the data element, where '<', '>', '&', U+2028 and U+2029
 * are written as \u escapes: no value can close the element ("</script>"), open a comment
 * ("<!--") or be read as markup. The script reads the data with JSON.parse and puts every value
 * into the page as text (never as markup). A Content-Security-Policy allows no network access at
 * all (default-src 'none'), so the page works, and only works, offline.
 */
#include "explorer_internal.h"

#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

void an_i_explorer_subset_free(an_i_explorer_subset *subset)
{
    if (!subset)
        return;
    free(subset->nodes);
    free(subset->edges);
    free(subset->node_index);
    free(subset->edge_index);
    memset(subset, 0, sizeof *subset);
}

int an_i_explorer_subset_build(an_i_explorer_subset *out, const an_i_report *report)
{
    memset(out, 0, sizeof *out);
    int64_t n = report->n, m = report->m;
    out->node_index = malloc((size_t)(n ? n : 1) * sizeof *out->node_index);
    out->edge_index = malloc((size_t)(m ? m : 1) * sizeof *out->edge_index);
    out->nodes = malloc((size_t)(n ? n : 1) * sizeof *out->nodes);
    out->edges = malloc((size_t)(m ? m : 1) * sizeof *out->edges);
    if (!out->node_index || !out->edge_index || !out->nodes || !out->edges) {
        an_i_explorer_subset_free(out);
        return AN_I_NOMEM();
    }
    /* the actors: all, or the top ones by the size measure (report->order), kept in network order */
    unsigned char *keep = calloc((size_t)(n ? n : 1), 1);
    if (!keep) {
        an_i_explorer_subset_free(out);
        return AN_I_NOMEM();
    }
    int64_t wanted = n <= AN_I_EXPLORER_MAX_NODES ? n : AN_I_EXPLORER_MAX_NODES;
    for (int64_t i = 0; i < wanted; i++)
        keep[wanted == n ? i : report->order[i]] = 1;
    for (int64_t v = 0; v < n; v++) {
        out->node_index[v] = keep[v] ? out->node_count : -1;
        if (keep[v])
            out->nodes[out->node_count++] = v;
    }
    free(keep);
    for (int64_t e = 0; e < m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        int in = out->node_index[s] >= 0 && out->node_index[t] >= 0 && out->edge_count < AN_I_EXPLORER_MAX_TIES;
        out->edge_index[e] = in ? out->edge_count : -1;
        if (in)
            out->edges[out->edge_count++] = e;
    }
    out->truncated = out->node_count < n || out->edge_count < m;
    return AN_OK;
}

void an_i_json_for_script(an_i_strbuf *out, const char *json, size_t length)
{
    const unsigned char *p = (const unsigned char *)json, *end = p + length, *run = p;
    for (; p < end; p++) {
        const char *escape = NULL;
        size_t skip = 1;
        if (*p == '<')
            escape = "\\u003c";
        else if (*p == '>')
            escape = "\\u003e";
        else if (*p == '&')
            escape = "\\u0026";
        else if (*p == 0xE2 && p + 2 < end && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
            escape = p[2] == 0xA8 ? "\\u2028" : "\\u2029";
            skip = 3;
        }
        if (escape) {
            an_i_strbuf_append(out, (const char *)run, (size_t)(p - run));
            an_i_strbuf_puts(out, escape);
            p += skip - 1;
            run = p + 1;
        }
    }
    an_i_strbuf_append(out, (const char *)run, (size_t)(end - run));
}

static const char *const content_policy =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "base-uri 'none'; form-action 'none'";

int an_i_explorer_page(an_i_strbuf *page, const an_i_report *report)
{
    an_i_explorer_subset subset;
    an_i_strbuf json;
    an_i_strbuf_init(&json);
    double *xy = NULL;
    int rc = an_i_explorer_subset_build(&subset, report);
    if (rc != AN_OK)
        return rc;
    xy = malloc((size_t)(2 * subset.node_count + 1) * sizeof *xy);
    if (!xy) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    if ((rc = an_i_explorer_layout(xy, report, &subset)) != AN_OK)
        goto cleanup;
    if ((rc = an_i_explorer_data(&json, report, &subset, xy)) != AN_OK)
        goto cleanup;

    an_i_strbuf *out = page;
    an_i_strbuf_puts(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"");
    an_i_strbuf_puts(out, content_policy);
    an_i_strbuf_puts(out, "\">\n<title>Explorer: ");
    an_i_strbuf_html(out, an_i_report_input_base(report));
    an_i_strbuf_printf(out, "</title>\n<meta name=\"generator\" content=\"actornet %s\">\n</head>\n<body>\n",
                       an_version_string());
    an_i_strbuf_puts(out, "<noscript><p>The explorer needs JavaScript; it runs offline, from this one file. "
                          "<a href=\"report.html\">The report</a> needs none.</p></noscript>\n"
                          "<p id=\"loading\">Drawing the network&hellip;</p>\n"
                          "<script type=\"application/json\" id=\"actornet-data\">");
    an_i_json_for_script(out, json.data ? json.data : "", json.length);
    an_i_strbuf_puts(out, "</script>\n<script>");
    an_i_strbuf_append(out, an_i_explorer_script, an_i_explorer_script_length);
    an_i_strbuf_puts(out, "</script>\n</body>\n</html>\n");
    if (json.failed || page->failed)
        rc = AN_I_NOMEM();
cleanup:
    free(xy);
    an_i_strbuf_free(&json);
    an_i_explorer_subset_free(&subset);
    return rc;
}

int an_i_explorer_write_page(const an_i_report *report, const char *directory, const an_i_strbuf *page)
{
    int rc = an_i_report_progress(report, "explorer");
    if (rc != AN_OK)
        return rc;
    if (page->failed)
        return AN_I_NOMEM();
    return an_i_report_write_file(report, directory, "explorer.html", page->data ? page->data : "", page->length);
}
