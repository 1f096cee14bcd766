/*
 * path_result.c — path results: building them with their citations,
 * freeing them, and writing them as JSON or text.
 */
#include "paths/paths_internal.h"
#include "filter_predicate.h"
#include "value_text.h"
#include "error_internal.h"
#include "arena.h"
#include "strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct an_i_path_result {
    an_path_result public;      /* first: the caller holds a pointer to it */
    an_i_arena strings;         /* every string of the result */
    an_path *paths;
    int64_t capacity;
};

an_path_result *an_i_path_result_public(an_i_path_result *result)
{
    return &result->public;
}

static const char *keep_string(an_i_path_result *result, const char *text, int *failed)
{
    if (!text)
        return NULL;
    const char *copy = an_i_arena_strndup(&result->strings, text, strlen(text));
    if (!copy)
        *failed = 1;
    return copy;
}

an_i_path_result *an_i_path_result_new(const an_network *network, const an_i_path_graph *graph)
{
    an_i_path_result *result = calloc(1, sizeof *result);
    if (!result)
        return NULL;
    an_i_arena_init(&result->strings);
    int failed = 0;
    result->public.from = keep_string(result, network->node_ids[graph->from], &failed);
    result->public.to = keep_string(result, network->node_ids[graph->to], &failed);
    if (failed) {
        an_path_result_free(&result->public);
        return NULL;
    }
    return result;
}

void an_i_path_result_set_truncated(an_i_path_result *result, int truncated)
{
    result->public.truncated = truncated ? 1 : 0;
}

void an_path_result_free(an_path_result *public_result)
{
    if (!public_result)
        return;
    an_i_path_result *result = (an_i_path_result *)public_result;
    for (int64_t p = 0; p < result->public.count; p++) {
        an_path *path = &result->paths[p];
        for (int64_t h = 0; h < path->length; h++)
            free((void *)path->hops[h].alternatives);
        free((void *)path->hops);
        free((void *)path->nodes);
        free((void *)path->node_ids);
    }
    free(result->paths);
    an_i_arena_free(&result->strings);
    free(result);
}

/* The citation fields of one edge. */
typedef struct citation_columns {
    int relation, confidence, source, locator;
} citation_columns;

static void find_citation_columns(const an_network *network, const an_path_options *options, citation_columns *c)
{
    c->relation = an_i_find_column_quiet(network, AN_DOMAIN_EDGE,
                                         an_i_filter_column_name(&options->filter, AN_I_COL_RELATION));
    c->confidence = an_i_find_column_quiet(network, AN_DOMAIN_EDGE,
                                           an_i_filter_column_name(&options->filter, AN_I_COL_CONFIDENCE));
    c->source = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, options->source_column);
    c->locator = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, options->locator_column);
}

static const char *cite(an_i_path_result *result, const an_network *network, int column, int64_t edge,
                        int *failed)
{
    char buffer[40];
    return keep_string(result, an_i_value_text(network, AN_DOMAIN_EDGE, column, edge, buffer, sizeof buffer),
                       failed);
}

/* The distance of a tie that is not its arc's representative (time-respecting choice). */
static void edge_weight_of(const an_network *network, const an_path_options *options, int64_t edge, double *out)
{
    int column = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, options->weight);
    double value;
    if (column >= 0 && an_network_get_real(network, AN_DOMAIN_EDGE, column, edge, &value) == AN_OK && value == value)
        *out = value;
}

static void fill_tie(an_i_path_result *result, const an_network *network, const an_path_options *options,
                     const citation_columns *columns, int64_t edge, an_path_tie *tie, int *failed)
{
    tie->edge = edge;
    tie->edge_id = keep_string(result, an_network_edge_id(network, edge), failed);
    tie->relation = cite(result, network, columns->relation, edge, failed);
    tie->confidence = cite(result, network, columns->confidence, edge, failed);
    tie->source = cite(result, network, columns->source, edge, failed);
    tie->locator = cite(result, network, columns->locator, edge, failed);
    an_i_edge_years(network, &options->filter, edge, &tie->year, &tie->end_year);
}

int an_i_path_result_add(an_i_path_result *result, const an_network *network, const an_i_path_graph *graph,
                         const an_path_options *options, const int64_t *arcs, const int64_t *ties,
                         int64_t hop_count)
{
    if (result->public.count == result->capacity) {
        int64_t fresh = result->capacity ? 2 * result->capacity : 8;
        an_path *bigger = realloc(result->paths, (size_t)fresh * sizeof *bigger);
        if (!bigger)
            return AN_I_NOMEM();
        result->paths = bigger;
        result->capacity = fresh;
        result->public.paths = bigger;
    }
    int64_t *nodes = malloc((size_t)(hop_count + 1) * sizeof *nodes);
    const char **ids = malloc((size_t)(hop_count + 1) * sizeof *ids);
    an_path_hop *hops = calloc((size_t)hop_count + 1, sizeof *hops);
    int failed = !nodes || !ids || !hops;
    double distance = 0;
    int64_t undated = 0;
    citation_columns columns;
    find_citation_columns(network, options, &columns);
    if (!failed) {
        nodes[0] = hop_count ? graph->arc_from[arcs[0]] : graph->from;
        for (int64_t h = 0; h < hop_count; h++)
            nodes[h + 1] = graph->arc_to[arcs[h]];
        for (int64_t i = 0; i <= hop_count && !failed; i++)
            ids[i] = keep_string(result, network->node_ids[nodes[i]], &failed);
    }
    for (int64_t h = 0; h < hop_count && !failed; h++) {
        int64_t a = arcs[h], first = graph->tie_offsets[a], last = graph->tie_offsets[a + 1];
        int64_t t = ties ? ties[h] : first, edge = graph->tie_edge[t];
        an_path_hop *hop = &hops[h];
        an_path_tie tie;
        fill_tie(result, network, options, &columns, edge, &tie, &failed);
        hop->edge = edge;
        hop->edge_id = tie.edge_id;
        hop->from_node = nodes[h];
        hop->to_node = nodes[h + 1];
        hop->from = ids[h];
        hop->to = ids[h + 1];
        hop->directed = graph->tie_directed[t];
        hop->reversed = graph->tie_reversed[t];
        hop->along_flow = graph->tie_along[t];
        hop->undated = an_i_path_tie_undated(graph, t);
        undated += hop->undated;
        hop->relation = tie.relation;
        hop->confidence = tie.confidence;
        hop->source = tie.source;
        hop->locator = tie.locator;
        hop->year = tie.year;
        hop->end_year = tie.end_year;
        hop->weight = t == first ? graph->arc_weight[a] : 1.0;
        if (t != first && graph->weighted)
            edge_weight_of(network, options, edge, &hop->weight);
        distance += hop->weight;
        int64_t count = options->alternatives ? last - first - 1 : 0;
        if (count > 0) {
            an_path_tie *alternatives = calloc((size_t)count, sizeof *alternatives);
            if (!alternatives) {
                failed = 1;
                break;
            }
            for (int64_t i = first, k = 0; i < last; i++)
                if (i != t)
                    fill_tie(result, network, options, &columns, graph->tie_edge[i], &alternatives[k++], &failed);
            hop->alternatives = alternatives;
            hop->alternative_count = count;
        }
    }
    if (failed) {
        for (int64_t h = 0; hops && h < hop_count; h++)
            free((void *)hops[h].alternatives);
        free(nodes);
        free(ids);
        free(hops);
        return AN_I_NOMEM();
    }
    result->paths[result->public.count++] = (an_path){ hop_count, nodes, ids, hops, distance, undated };
    return AN_OK;
}

/* ---- JSON ----------------------------------------------------------------- */

static void json_year(an_i_strbuf *out, double year)
{
    if (year != year)
        an_i_strbuf_puts(out, "null");
    else
        an_i_strbuf_json_real(out, year);
}

static void json_tie_fields(an_i_strbuf *out, const char *relation, double year, const char *confidence,
                            const char *source, const char *locator, const char *edge_id, int64_t edge,
                            double end_year)
{
    an_i_strbuf_puts(out, "\"relation\": ");
    an_i_strbuf_json_string(out, relation);
    an_i_strbuf_puts(out, ", \"year\": ");
    json_year(out, year);
    an_i_strbuf_puts(out, ", \"confidence\": ");
    an_i_strbuf_json_string(out, confidence);
    an_i_strbuf_puts(out, ", \"source\": ");
    an_i_strbuf_json_string(out, source);
    an_i_strbuf_puts(out, ", \"locator\": ");
    an_i_strbuf_json_string(out, locator);
    an_i_strbuf_puts(out, ", \"edge\": ");
    an_i_strbuf_json_string(out, edge_id);
    an_i_strbuf_puts(out, ", \"index\": ");
    an_i_strbuf_json_integer(out, edge);
    an_i_strbuf_puts(out, ", \"end\": ");
    json_year(out, end_year);
}

static int finish(an_i_strbuf *buffer, char **out, size_t *out_length)
{
    char *text = an_i_strbuf_take(buffer, out_length);
    if (!text)
        return AN_I_NOMEM();
    *out = text;
    return AN_OK;
}

int an_path_result_json(char **out, size_t *out_length, const an_path_result *result)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!result)
        return AN_I_MISUSE("result is NULL");
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "{\"paths\": [");
    for (int64_t p = 0; p < result->count; p++) {
        const an_path *path = &result->paths[p];
        an_i_strbuf_puts(&b, p ? ", {\"nodes\": [" : "{\"nodes\": [");
        for (int64_t i = 0; i <= path->length; i++) {
            if (i)
                an_i_strbuf_puts(&b, ", ");
            an_i_strbuf_json_string(&b, path->node_ids[i]);
        }
        an_i_strbuf_puts(&b, "], \"hops\": [");
        for (int64_t h = 0; h < path->length; h++) {
            const an_path_hop *hop = &path->hops[h];
            an_i_strbuf_puts(&b, h ? ", {" : "{");
            json_tie_fields(&b, hop->relation, hop->year, hop->confidence, hop->source, hop->locator, hop->edge_id,
                            hop->edge, hop->end_year);
            an_i_strbuf_puts(&b, ", \"from\": ");
            an_i_strbuf_json_string(&b, hop->from);
            an_i_strbuf_puts(&b, ", \"to\": ");
            an_i_strbuf_json_string(&b, hop->to);
            an_i_strbuf_printf(&b, ", \"directed\": %s, \"reversed\": %s, \"along_flow\": %s, \"undated\": %s, "
                                   "\"weight\": ",
                               hop->directed ? "true" : "false", hop->reversed ? "true" : "false",
                               hop->along_flow < 0 ? "null" : hop->along_flow ? "true" : "false",
                               hop->undated ? "true" : "false");
            an_i_strbuf_json_real(&b, hop->weight);
            an_i_strbuf_puts(&b, ", \"alternatives\": [");
            for (int64_t i = 0; i < hop->alternative_count; i++) {
                const an_path_tie *tie = &hop->alternatives[i];
                an_i_strbuf_puts(&b, i ? ", {" : "{");
                json_tie_fields(&b, tie->relation, tie->year, tie->confidence, tie->source, tie->locator,
                                tie->edge_id, tie->edge, tie->end_year);
                an_i_strbuf_puts(&b, "}");
            }
            an_i_strbuf_puts(&b, "]}");
        }
        an_i_strbuf_puts(&b, "], \"length\": ");
        an_i_strbuf_json_integer(&b, path->length);
        an_i_strbuf_puts(&b, ", \"distance\": ");
        an_i_strbuf_json_real(&b, path->distance);
        an_i_strbuf_printf(&b, ", \"undated_hops\": %lld}", (long long)path->undated_hops);
    }
    an_i_strbuf_printf(&b, "], \"truncated\": %s, \"from\": ", result->truncated ? "true" : "false");
    an_i_strbuf_json_string(&b, result->from);
    an_i_strbuf_puts(&b, ", \"to\": ");
    an_i_strbuf_json_string(&b, result->to);
    an_i_strbuf_puts(&b, ", \"lens\": ");
    an_i_strbuf_json_string(&b, result->lens);
    an_i_strbuf_printf(&b, ", \"time_respecting\": %s}\n", result->time_respecting ? "true" : "false");
    return finish(&b, out, out_length);
}

/* ---- text ------------------------------------------------------------------- */

static void text_year(an_i_strbuf *out, double year, double end_year)
{
    if (year == year)
        an_i_strbuf_printf(out, "%.17g", year);
    if (end_year == end_year && end_year != year)
        an_i_strbuf_printf(out, "%s%.17g", year == year ? "-" : "until ", end_year);
}

static void text_tie_details(an_i_strbuf *out, const an_path_tie *tie)
{
    int any = 0;
    an_i_strbuf_puts(out, "[");
    if (tie->year == tie->year || tie->end_year == tie->end_year) {
        text_year(out, tie->year, tie->end_year);
        any = 1;
    }
    if (tie->confidence) {
        an_i_strbuf_printf(out, "%s%s", any ? ", " : "", tie->confidence);
        any = 1;
    }
    an_i_strbuf_printf(out, "%sedge %s", any ? ", " : "", tie->edge_id ? tie->edge_id : "");
    if (!tie->edge_id)
        an_i_strbuf_printf(out, "#%lld", (long long)tie->edge);
    an_i_strbuf_puts(out, "]");
}

int an_path_result_text(char **out, size_t *out_length, const an_path_result *result)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!result)
        return AN_I_MISUSE("result is NULL");
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    if (result->count == 0)
        an_i_strbuf_printf(&b, "no path from %s to %s\n", result->from ? result->from : "?",
                           result->to ? result->to : "?");
    for (int64_t p = 0; p < result->count; p++) {
        const an_path *path = &result->paths[p];
        an_i_strbuf_printf(&b, "%spath %lld of %lld: ", p ? "\n" : "", (long long)p + 1, (long long)result->count);
        for (int64_t i = 0; i <= path->length; i++)
            an_i_strbuf_printf(&b, "%s%s", i ? " -> " : "", path->node_ids[i]);
        an_i_strbuf_printf(&b, "  (%lld hop%s", (long long)path->length, path->length == 1 ? "" : "s");
        if (path->distance != (double)path->length)
            an_i_strbuf_printf(&b, ", distance %.17g", path->distance);
        if (result->time_respecting && path->undated_hops)
            an_i_strbuf_printf(&b, ", %lld undated", (long long)path->undated_hops);
        an_i_strbuf_puts(&b, ")\n");
        for (int64_t h = 0; h < path->length; h++) {
            const an_path_hop *hop = &path->hops[h];
            const char *relation = hop->relation ? hop->relation : "tie";
            if (!hop->directed)
                an_i_strbuf_printf(&b, "  %lld. %s -[%s]- %s  ", (long long)h + 1, hop->from, relation, hop->to);
            else if (hop->reversed)
                an_i_strbuf_printf(&b, "  %lld. %s <-[%s]- %s  ", (long long)h + 1, hop->from, relation, hop->to);
            else
                an_i_strbuf_printf(&b, "  %lld. %s -[%s]-> %s  ", (long long)h + 1, hop->from, relation, hop->to);
            an_path_tie tie = { hop->edge, hop->edge_id, hop->relation, hop->confidence, hop->source,
                                hop->locator, hop->year, hop->end_year };
            text_tie_details(&b, &tie);
            if (hop->along_flow == 0)
                an_i_strbuf_puts(&b, " (against the way influence flows)");
            if (result->time_respecting && hop->undated)
                an_i_strbuf_puts(&b, " (undated: chronology not checked)");
            an_i_strbuf_puts(&b, "\n");
            if (hop->source || hop->locator) {
                an_i_strbuf_printf(&b, "       source: %s", hop->source ? hop->source : "(none)");
                if (hop->locator)
                    an_i_strbuf_printf(&b, "; %s", hop->locator);
                an_i_strbuf_puts(&b, "\n");
            }
            for (int64_t i = 0; i < hop->alternative_count; i++) {
                const an_path_tie *alt = &hop->alternatives[i];
                an_i_strbuf_printf(&b, "       also: %s ", alt->relation ? alt->relation : "tie");
                text_tie_details(&b, alt);
                if (alt->source || alt->locator)
                    an_i_strbuf_printf(&b, " %s%s%s", alt->source ? alt->source : "", alt->source && alt->locator ? "; " : "",
                                       alt->locator ? alt->locator : "");
                an_i_strbuf_puts(&b, "\n");
            }
        }
    }
    if (result->truncated)
        an_i_strbuf_puts(&b, "(stopped at the limit: more paths may exist)\n");
    if (result->lens || result->time_respecting)
        an_i_strbuf_printf(&b, "(%s%s%s%s)\n", result->lens ? "lens " : "", result->lens ? result->lens : "",
                           result->lens && result->time_respecting ? "; " : "",
                           result->time_respecting ? "time-respecting: dated hops never go back in time" : "");
    return finish(&b, out, out_length);
}

/* ---- the frame of every query ------------------------------------------------ */

int an_i_paths_start(an_path_result **out, an_i_path_result **result, an_i_path_graph *graph,
                     an_path_options *resolved, const an_network *network, const char *from, const char *to,
                     const an_path_options *options, int *answered)
{
    *result = NULL;
    *answered = 0;
    memset(graph, 0, sizeof *graph);
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    int rc = an_i_path_graph_build(graph, resolved, network, from, to, options);
    if (rc == AN_OK && !(*result = an_i_path_result_new(network, graph)))
        rc = AN_I_NOMEM();
    if (rc == AN_OK) {
        int failed = 0;
        (*result)->public.time_respecting = graph->time_respecting;
        if (resolved->lens)
            (*result)->public.lens = keep_string(*result, resolved->lens->name ? resolved->lens->name : "custom",
                                                 &failed);
        if (failed) {
            an_path_result_free(&(*result)->public);
            *result = NULL;
            rc = AN_I_NOMEM();
        }
    }
    if (rc != AN_OK) {
        an_i_path_graph_free(graph);
        return rc;
    }
    if (!graph->ends_allowed) {
        *answered = 1;
    } else if (graph->from == graph->to) {
        *answered = 1;
        rc = an_i_path_result_add(*result, network, graph, resolved, NULL, NULL, 0);
        if (rc != AN_OK) {
            an_path_result_free(&(*result)->public);
            *result = NULL;
            an_i_path_graph_free(graph);
        }
    }
    return rc;
}

int an_i_paths_finish(an_path_result **out, an_i_path_result *result, an_i_path_graph *graph, int rc)
{
    an_i_path_graph_free(graph);
    if (rc != AN_OK) {
        if (result)
            an_path_result_free(&result->public);
        return rc;
    }
    *out = &result->public;
    return AN_OK;
}
