/*
 * timeline_json.c — a timeline as JSON and CSV, a reach as JSON.
 */
#include "time/time_internal.h"
#include "csv_field.h"
#include "error_internal.h"
#include "strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int finish(an_i_strbuf *b, char **out, size_t *out_length)
{
    if (b->failed) {
        an_i_strbuf_free(b);
        return AN_I_NOMEM();
    }
    *out = an_i_strbuf_take(b, out_length);
    return *out ? AN_OK : AN_I_NOMEM();
}

static int start(char **out, size_t *out_length, const void *what, an_i_strbuf *b)
{
    if (out)
        *out = NULL;
    if (out_length)
        *out_length = 0;
    if (!out || !what)
        return AN_I_MISUSE("out or the result is NULL");
    an_i_strbuf_init(b);
    return AN_OK;
}

/* Ids of the actors active in p and not in q (q < 0: none), as a JSON list. */
static void json_turnover(an_i_strbuf *b, const an_timeline *t, int64_t p, int64_t q)
{
    int64_t n = t->node_count, written = 0;
    an_i_strbuf_puts(b, "[");
    for (int64_t v = 0; p >= 0 && v < n; v++)
        if (t->active[p * n + v] && !(q >= 0 && t->active[q * n + v])) {
            an_i_strbuf_puts(b, written++ ? ", " : "");
            an_i_strbuf_json_string(b, t->node_ids[v]);
        }
    an_i_strbuf_puts(b, "]");
}

static int ever_active(const an_timeline *t, int64_t v)
{
    for (int64_t p = 0; p < t->period_count; p++)
        if (t->active[p * t->node_count + v])
            return 1;
    return 0;
}

static void json_periods(an_i_strbuf *b, const an_timeline *t)
{
    an_i_strbuf_puts(b, " \"periods\": [");
    for (int64_t p = 0; p < t->period_count; p++) {
        const an_timeline_period *q = &t->periods[p];
        an_i_strbuf_puts(b, p ? ",\n  {\"begin\": " : "\n  {\"begin\": ");
        an_i_strbuf_json_real(b, q->begin);
        an_i_strbuf_puts(b, ", \"end\": ");
        an_i_strbuf_json_real(b, q->end);
        an_i_strbuf_printf(b, ", \"actors\": %lld, \"ties\": %lld, \"undated_ties\": %lld, \"density\": ",
                           (long long)q->actors, (long long)q->ties, (long long)q->undated_ties);
        an_i_strbuf_json_real(b, q->density);
        an_i_strbuf_printf(b, ", \"components\": %lld, \"largest_component\": %lld, \"communities\": %lld, "
                              "\"entering\": %lld, \"leaving\": %lld, \"entered\": ",
                           (long long)q->components, (long long)q->largest_component, (long long)q->communities,
                           (long long)q->entering, (long long)q->leaving);
        json_turnover(b, t, p, p - 1);
        an_i_strbuf_puts(b, ", \"left\": ");
        json_turnover(b, t, p - 1, p < 1 ? -1 : p);
        an_i_strbuf_puts(b, "}");
    }
    an_i_strbuf_puts(b, "],\n");
}

static void json_trajectories(an_i_strbuf *b, const an_timeline *t)
{
    int64_t n = t->node_count, P = t->period_count;
    an_i_strbuf_puts(b, " \"trajectories\": {");
    for (int64_t k = 0; k < t->measure_count; k++) {
        an_i_strbuf_puts(b, k ? ",\n  " : "\n  ");
        an_i_strbuf_json_string(b, an_centrality_measure_name(t->measures[k]));
        an_i_strbuf_puts(b, ": {");
        int64_t written = 0;
        for (int64_t v = 0; v < n; v++) {
            if (!ever_active(t, v))
                continue;
            an_i_strbuf_puts(b, written++ ? ",\n    " : "\n    ");
            an_i_strbuf_json_string(b, t->node_ids[v]);
            an_i_strbuf_puts(b, ": [");
            for (int64_t p = 0; p < P; p++) {
                an_i_strbuf_puts(b, p ? ", " : "");
                an_i_strbuf_json_real(b, t->scores[(k * P + p) * n + v]);
            }
            an_i_strbuf_puts(b, "]");
        }
        an_i_strbuf_puts(b, "}");
    }
    an_i_strbuf_puts(b, "},\n");
}

static void json_communities(an_i_strbuf *b, const an_timeline *t)
{
    int64_t n = t->node_count;
    an_i_strbuf_puts(b, " \"communities\": [");
    for (int64_t p = 0; p < t->period_count; p++) {
        int64_t first = t->community_offsets[p], count = t->community_offsets[p + 1] - first;
        an_i_strbuf_puts(b, p ? ",\n  [" : "\n  [");
        for (int64_t c = 0; c < count; c++) {
            an_i_strbuf_printf(b, "%s{\"lineage\": %lld, \"members\": [", c ? ", " : "",
                               (long long)t->community_lineage[first + c]);
            int64_t written = 0;
            for (int64_t v = 0; v < n; v++)
                if (t->community[p * n + v] == c) {
                    an_i_strbuf_puts(b, written++ ? ", " : "");
                    an_i_strbuf_json_string(b, t->node_ids[v]);
                }
            an_i_strbuf_puts(b, "]}");
        }
        an_i_strbuf_puts(b, "]");
    }
    an_i_strbuf_puts(b, "],\n \"events\": [");
    for (int64_t i = 0; i < t->event_count; i++) {
        const an_timeline_event *e = &t->events[i];
        an_i_strbuf_printf(b, "%s{\"period\": %lld, \"kind\": \"%s\", \"before\": ", i ? ",\n  " : "\n  ",
                           (long long)e->period, an_timeline_event_name(e->kind));
        if (e->before < 0)
            an_i_strbuf_puts(b, "null");
        else
            an_i_strbuf_json_integer(b, e->before);
        an_i_strbuf_puts(b, ", \"after\": ");
        if (e->after < 0)
            an_i_strbuf_puts(b, "null");
        else
            an_i_strbuf_json_integer(b, e->after);
        an_i_strbuf_puts(b, ", \"jaccard\": ");
        an_i_strbuf_json_real(b, e->jaccard);
        an_i_strbuf_puts(b, "}");
    }
    an_i_strbuf_puts(b, "]");
}

int an_timeline_json(char **out, size_t *out_length, const an_timeline *t)
{
    an_i_strbuf b;
    int rc = start(out, out_length, t, &b);
    if (rc != AN_OK)
        return rc;
    an_i_strbuf_puts(&b, "{\"lens\": ");
    an_i_strbuf_json_string(&b, t->lens);
    an_i_strbuf_printf(&b, ", \"undated\": \"%s\", \"dated_ties\": %lld, \"undated_ties\": %lld, "
                           "\"unplaced_ties\": %lld, \"match_threshold\": ",
                       an_timeline_undated_name(t->undated), (long long)t->dated_ties, (long long)t->undated_ties,
                       (long long)t->unplaced_ties);
    an_i_strbuf_json_real(&b, t->match_threshold);
    an_i_strbuf_puts(&b, ", \"measures\": [");
    for (int64_t k = 0; k < t->measure_count; k++)
        an_i_strbuf_printf(&b, "%s\"%s\"", k ? ", " : "", an_centrality_measure_name(t->measures[k]));
    an_i_strbuf_puts(&b, "],\n");
    json_periods(&b, t);
    json_trajectories(&b, t);
    json_communities(&b, t);
    an_i_strbuf_puts(&b, "}\n");
    return finish(&b, out, out_length);
}

/* A CSV text field: quoted when needed; a leading = + - @ TAB or CR is
 * prefixed with ' so that a spreadsheet does not read it as a formula. */
void an_i_timeline_csv_text(an_i_strbuf *b, const char *text)
{
    if (text && *text)
        an_i_csv_field_to_strbuf(b, text, 0); /* quoted, formulas guarded (libnet/io/csv_field.h) */
}

static void csv_real(an_i_strbuf *b, double value)
{
    if (value == value && !isinf(value))
        an_i_strbuf_json_real(b, value);
}

int an_timeline_csv(char **out, size_t *out_length, const an_timeline *t)
{
    an_i_strbuf b;
    int rc = start(out, out_length, t, &b);
    if (rc != AN_OK)
        return rc;
    int64_t n = t->node_count, P = t->period_count;
    an_i_strbuf_puts(&b, "id,period,begin,end");
    for (int64_t k = 0; k < t->measure_count; k++)
        an_i_strbuf_printf(&b, ",%s", an_centrality_measure_name(t->measures[k]));
    an_i_strbuf_puts(&b, ",community,lineage\r\n");
    for (int64_t v = 0; v < n; v++)
        for (int64_t p = 0; p < P; p++) {
            if (!t->active[p * n + v])
                continue;
            an_i_timeline_csv_text(&b, t->node_ids[v]);
            an_i_strbuf_printf(&b, ",%lld,", (long long)p);
            csv_real(&b, t->periods[p].begin);
            an_i_strbuf_puts(&b, ",");
            csv_real(&b, t->periods[p].end);
            for (int64_t k = 0; k < t->measure_count; k++) {
                an_i_strbuf_puts(&b, ",");
                csv_real(&b, t->scores[(k * P + p) * n + v]);
            }
            int64_t c = t->community[p * n + v];
            an_i_strbuf_puts(&b, ",");
            if (c >= 0)
                an_i_strbuf_printf(&b, "%lld,%lld", (long long)c,
                                   (long long)t->community_lineage[t->community_offsets[p] + c]);
            else
                an_i_strbuf_puts(&b, ",");
            an_i_strbuf_puts(&b, "\r\n");
        }
    return finish(&b, out, out_length);
}

int an_reach_json(char **out, size_t *out_length, const an_reach *reach)
{
    an_i_strbuf b;
    int rc = start(out, out_length, reach, &b);
    if (rc != AN_OK)
        return rc;
    an_i_strbuf_puts(&b, "{\"source\": ");
    an_i_strbuf_json_string(&b, reach->source);
    an_i_strbuf_printf(&b, ", \"undated\": \"%s\", \"reached\": [", an_timeline_undated_name(reach->undated));
    for (int64_t i = 0; i < reach->reached_count; i++) {
        const an_reach_step *s = &reach->steps[i];
        an_i_strbuf_puts(&b, i ? ",\n  {\"id\": " : "\n  {\"id\": ");
        an_i_strbuf_json_string(&b, s->id);
        an_i_strbuf_puts(&b, ", \"arrival\": ");
        an_i_strbuf_json_real(&b, s->arrival);
        an_i_strbuf_printf(&b, ", \"hops\": %lld, \"from\": ", (long long)s->hops);
        an_i_strbuf_json_string(&b, s->from);
        an_i_strbuf_puts(&b, ", \"edge\": ");
        an_i_strbuf_json_string(&b, s->edge_id);
        an_i_strbuf_puts(&b, ", \"index\": ");
        if (s->edge < 0)
            an_i_strbuf_puts(&b, "null");
        else
            an_i_strbuf_json_integer(&b, s->edge);
        an_i_strbuf_puts(&b, ", \"relation\": ");
        an_i_strbuf_json_string(&b, s->relation);
        an_i_strbuf_puts(&b, ", \"year\": ");
        an_i_strbuf_json_real(&b, s->year);
        an_i_strbuf_puts(&b, ", \"end\": ");
        an_i_strbuf_json_real(&b, s->end_year);
        an_i_strbuf_puts(&b, ", \"source\": ");
        an_i_strbuf_json_string(&b, s->source);
        an_i_strbuf_puts(&b, ", \"locator\": ");
        an_i_strbuf_json_string(&b, s->locator);
        an_i_strbuf_printf(&b, ", \"undated\": %s}", s->undated ? "true" : "false");
    }
    an_i_strbuf_puts(&b, "]}\n");
    return finish(&b, out, out_length);
}
