/*
 * explorer_data.c — the JSON that explorer.html reads (format "actornet-explorer", version 1).
 *
 * Columns of equal length rather than one object per item, and repeated strings (classes,
 * relations, confidence levels, citations) as indexes into tables, so 10,000 actors and 50,000
 * ties cost a few megabytes:
 *
 *   format, version, title, generator, seed, layout   what and how
 *   note            null, or why the page holds fewer actors or ties than the network
 *   total_nodes, total_ties                           the network's size
 *   measures[k], ascending[k], size_by                the report's side-by-side measures
 *   vocabulary      where the semantics come from ("network" or "built-in")
 *   classes[c]      { name, mode }                    in order of first appearance
 *   relations[r]    { name, family, sign, symmetric, flow, defined }   (vocabulary.h)
 *   families[f]     family names: the vocabulary's order, "unclassified" last
 *   confidence[i], sources[i]                         confidence levels and citations
 *   lenses[l]       { name, title, description, nodes, ties }: an_lens_select() of each preset;
 *                   nodes a string of '0'/'1' per actor, ties a string of '0'..'3' per tie
 *                   (0 unseen, 1 as stored, 2 reversed, 3 undirected: an_lens_selection.edges)
 *   communities     { count, colours }: the report's community colours by rank (largest first)
 *   nodes           { id, label, aliases, class, community, x, y, scores[k], ranks[k] }
 *   edges           { id, source, target, directed, relation, year, end, confidence, citation,
 *                     locator, evidence }  (indexes -1 and values null when absent)
 *   chains[i]       { nodes, edges, reversed }: the report's chains, in its order
 */
#include "explorer_internal.h"

#include "actornet/lens.h"
#include "actornet/vocabulary.h"
#include "error_internal.h"
#include "string_table.h"

#include <igraph_version.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PUTS(text) an_i_strbuf_puts(out, text)
#define P(...) an_i_strbuf_printf(out, __VA_ARGS__)

/* ---- a table of distinct strings, in first-seen order --------------------------------------- */

typedef struct interned {
    an_i_string_table table;
    const char **names;
    int64_t *counts;
    int64_t count, capacity;
} interned;

/* Index of `text` in the table (added when new), -1 for NULL, -2 when out of memory. */
static int64_t intern(interned *set, const char *text)
{
    if (!text)
        return -1;
    size_t length = strlen(text);
    uint64_t hash = an_i_string_hash(text, length);
    an_i_string_slot *slot = an_i_string_table_find(&set->table, text, length, hash);
    if (slot) {
        set->counts[slot->value]++;
        return slot->value;
    }
    if (set->count == set->capacity) {
        int64_t capacity = set->capacity ? 2 * set->capacity : 16;
        const char **names = realloc(set->names, (size_t)capacity * sizeof *names);
        if (!names)
            return -2;
        set->names = names;
        int64_t *counts = realloc(set->counts, (size_t)capacity * sizeof *counts);
        if (!counts)
            return -2;
        set->counts = counts;
        set->capacity = capacity;
    }
    int inserted = 0;
    if (!an_i_string_table_upsert(&set->table, text, length, hash, set->count, &inserted))
        return -2;
    set->names[set->count] = text;
    set->counts[set->count] = 1;
    return set->count++;
}

static void interned_free(interned *set)
{
    an_i_string_table_free(&set->table);
    free(set->names);
    free(set->counts);
}

static void string_list(an_i_strbuf *out, const interned *set)
{
    PUTS("[");
    for (int64_t i = 0; i < set->count; i++) {
        if (i)
            PUTS(",");
        an_i_strbuf_json_string(out, set->names[i]);
    }
    PUTS("]");
}

/* A number for the page: 6 significant digits are plenty to draw and to read; null for NaN. */
static void number(an_i_strbuf *out, double value)
{
    if (!isfinite(value))
        PUTS("null");
    else
        P("%.6g", value);
}

static void key(an_i_strbuf *out, const char *name)
{
    an_i_strbuf_json_string(out, name);
    PUTS(":");
}

/* ---- the vocabulary: the network's own, else the built-in one (as lens.h finds it) ----------- */

static int find_vocabulary(an_vocabulary **out, const char **origin, const an_network *network)
{
    int rc = an_vocabulary_from_network(out, network);
    *origin = "network";
    if (rc == AN_ENOTFOUND) {
        rc = an_vocabulary_builtin(out);
        *origin = "built-in";
    }
    return rc;
}

/* ---- the sections ------------------------------------------------------------------------- */

static void write_relations(an_i_strbuf *out, const interned *relations, const an_vocabulary *vocabulary,
                            interned *families)
{
    /* families in the vocabulary's order, those of the network's relations only */
    an_i_tally used = { 0 };
    for (int64_t r = 0; r < relations->count; r++) {
        an_relation_semantics semantics;
        an_vocabulary_relation(&semantics, vocabulary, relations->names[r]);
        an_i_tally_add(&used, semantics.family ? semantics.family : "unclassified");
    }
    for (int64_t t = 0; t < an_vocabulary_count(vocabulary); t++) {
        const char *kind = NULL, *name = NULL;
        an_vocabulary_term(vocabulary, t, &kind, &name, NULL);
        an_relation_semantics semantics;
        if (strcmp(kind, "relation") != 0 || an_vocabulary_relation(&semantics, vocabulary, name) != AN_OK ||
            !semantics.family)
            continue;
        for (int64_t u = 0; u < used.count; u++)
            if (strcmp(used.names[u], semantics.family) == 0)
                intern(families, semantics.family);
    }
    for (int64_t u = 0; u < used.count; u++)
        intern(families, used.names[u]); /* "unclassified" and any family only a user's relation has */
    an_i_tally_free(&used);

    PUTS(",\"relations\":[");
    for (int64_t r = 0; r < relations->count; r++) {
        an_relation_semantics semantics;
        int defined = an_vocabulary_relation(&semantics, vocabulary, relations->names[r]) == AN_OK;
        PUTS(r ? ",{" : "{");
        key(out, "name");
        an_i_strbuf_json_string(out, relations->names[r]);
        PUTS(",");
        key(out, "family");
        an_i_strbuf_json_string(out, semantics.family ? semantics.family : "unclassified");
        PUTS(",");
        key(out, "sign");
        an_i_strbuf_json_string(out, an_sign_name(semantics.sign));
        P(",\"symmetric\":%s,", semantics.symmetric == 1 ? "true" : "false");
        key(out, "flow");
        an_i_strbuf_json_string(out, an_flow_name(semantics.flow));
        P(",\"defined\":%s}", defined ? "true" : "false");
    }
    PUTS("],\"families\":");
    string_list(out, families);
}

static int write_lenses(an_i_strbuf *out, const an_i_report *report, const an_i_explorer_subset *subset,
                        const an_vocabulary *vocabulary)
{
    PUTS(",\"lenses\":[");
    const char *const *names = an_lens_preset_names();
    for (int i = 0; names[i]; i++) {
        an_lens lens;
        int rc = an_lens_preset(&lens, names[i]);
        if (rc != AN_OK)
            return rc;
        lens.vocabulary = vocabulary;
        an_lens_selection *selection = NULL;
        if ((rc = an_lens_select(&selection, report->network, &lens)) != AN_OK)
            return rc;
        PUTS(i ? ",{" : "{");
        key(out, "name");
        an_i_strbuf_json_string(out, names[i]);
        PUTS(",");
        key(out, "title");
        an_i_strbuf_json_string(out, names[i]);
        PUTS(",");
        key(out, "description");
        an_i_strbuf_json_string(out, an_lens_preset_description(names[i]));
        PUTS(",\"nodes\":\"");
        for (int64_t k = 0; k < subset->node_count; k++)
            an_i_strbuf_append(out, selection->nodes[subset->nodes[k]] ? "1" : "0", 1);
        PUTS("\",\"ties\":\"");
        for (int64_t k = 0; k < subset->edge_count; k++) {
            int seen = selection->edges[subset->edges[k]];
            char digit = (char)('0' + (seen >= 0 && seen <= 3 ? seen : 0));
            an_i_strbuf_append(out, &digit, 1);
        }
        PUTS("\"}");
        an_lens_selection_free(selection);
    }
    PUTS("]");
    return AN_OK;
}

static void write_communities(an_i_strbuf *out, const an_i_report *report)
{
    int64_t count = report->partition ? report->partition->count : 0;
    const char *past_palette = an_i_diagram_community_colour(INT64_MAX / 2);
    P(",\"communities\":{\"count\":%lld,\"colours\":[", (long long)count);
    for (int64_t k = 0; k < count; k++) {
        const char *colour = an_i_diagram_community_colour(k);
        if (strcmp(colour, past_palette) == 0)
            break;
        if (k)
            PUTS(",");
        an_i_strbuf_json_string(out, colour);
    }
    PUTS("]}");
}

static int write_nodes(an_i_strbuf *out, const an_i_report *report, const an_i_explorer_subset *subset,
                       const double *xy, interned *classes)
{
    int64_t n = report->n, count = subset->node_count;
    int64_t *rank_of = malloc((size_t)(report->partition ? report->partition->count + 1 : 1) * sizeof *rank_of);
    if (!rank_of)
        return AN_I_NOMEM();
    for (int64_t i = 0; report->partition && i < report->partition->count; i++)
        rank_of[report->community_order[i]] = i;
    int alias_column = -1;
    if (an_network_find_column(report->network, AN_DOMAIN_NODE, "aliases", &alias_column) != AN_OK)
        alias_column = -1;

    PUTS(",\"nodes\":{\"id\":[");
    for (int64_t k = 0; k < count; k++) {
        if (k)
            PUTS(",");
        an_i_strbuf_json_string(out, an_network_node_id(report->network, subset->nodes[k]));
    }
    PUTS("],\"label\":[");
    for (int64_t k = 0; k < count; k++) {
        if (k)
            PUTS(",");
        an_i_strbuf_json_string(out, report->labels[subset->nodes[k]]);
    }
    PUTS("],\"aliases\":[");
    for (int64_t k = 0; k < count; k++) {
        if (k)
            PUTS(",");
        an_i_strbuf_json_string(out, an_i_report_node_string(report, alias_column, subset->nodes[k]));
    }
    PUTS("],\"class\":[");
    for (int64_t k = 0; k < count; k++) {
        int64_t index = report->class_column >= 0 ? intern(classes, report->classes[subset->nodes[k]]) : -1;
        if (index == -2) {
            free(rank_of);
            return AN_I_NOMEM();
        }
        P(k ? ",%lld" : "%lld", (long long)index);
    }
    PUTS("],\"community\":[");
    for (int64_t k = 0; k < count; k++) {
        int64_t c = report->partition ? report->partition->membership[subset->nodes[k]] : -1;
        P(k ? ",%lld" : "%lld", (long long)(c >= 0 ? rank_of[c] : -1));
    }
    PUTS("],\"x\":[");
    for (int64_t k = 0; k < count; k++) {
        if (k)
            PUTS(",");
        number(out, xy[2 * k]);
    }
    PUTS("],\"y\":[");
    for (int64_t k = 0; k < count; k++) {
        if (k)
            PUTS(",");
        number(out, xy[2 * k + 1]);
    }
    for (int pass = 0; pass < 2; pass++) {
        const double *values = pass == 0 ? report->scores : report->ranks;
        PUTS(pass == 0 ? "],\"scores\":[" : "]],\"ranks\":[");
        for (int m = 0; m < report->measure_count; m++) {
            PUTS(m ? "],[" : "[");
            for (int64_t k = 0; k < count; k++) {
                if (k)
                    PUTS(",");
                number(out, values[(int64_t)m * n + subset->nodes[k]]);
            }
        }
    }
    PUTS("]]}");
    free(rank_of);
    return AN_OK;
}

static int write_edges(an_i_strbuf *out, const an_i_report *report, const an_i_explorer_subset *subset,
                       interned *relations, interned *confidence, interned *sources)
{
    int64_t count = subset->edge_count;
    const int64_t *edge = subset->edges;
    PUTS(",\"edges\":{\"id\":[");
    for (int64_t k = 0; k < count; k++) {
        if (k)
            PUTS(",");
        an_i_strbuf_json_string(out, an_network_edge_id(report->network, edge[k]));
    }
    for (int end = 0; end < 2; end++) {
        PUTS(end == 0 ? "],\"source\":[" : "],\"target\":[");
        for (int64_t k = 0; k < count; k++) {
            int64_t s, t;
            an_network_edge_endpoints(report->network, edge[k], &s, &t);
            P(k ? ",%lld" : "%lld", (long long)subset->node_index[end == 0 ? s : t]);
        }
    }
    PUTS("],\"directed\":[");
    for (int64_t k = 0; k < count; k++)
        P(k ? ",%d" : "%d", an_network_edge_directed(report->network, edge[k]) == 1);
    const struct {
        const char *name;
        int column;
        interned *table;
    } indexed[] = { { "relation", report->relation_column, relations },
                    { "confidence", report->confidence_column, confidence },
                    { "citation", report->source_column, sources } };
    for (size_t c = 0; c < sizeof indexed / sizeof *indexed; c++) {
        P("],\"%s\":[", indexed[c].name);
        for (int64_t k = 0; k < count; k++) {
            int64_t index = intern(indexed[c].table, an_i_report_edge_string(report, indexed[c].column, edge[k]));
            if (index == -2)
                return AN_I_NOMEM();
            P(k ? ",%lld" : "%lld", (long long)index);
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        PUTS(pass == 0 ? "],\"year\":[" : "],\"end\":[");
        for (int64_t k = 0; k < count; k++) {
            if (k)
                PUTS(",");
            number(out, pass == 0 ? an_i_report_edge_year(report, edge[k]) : an_i_report_edge_end(report, edge[k]));
        }
    }
    const int text_columns[2] = { report->locator_column, report->evidence_column };
    for (int c = 0; c < 2; c++) {
        PUTS(c == 0 ? "],\"locator\":[" : "],\"evidence\":[");
        for (int64_t k = 0; k < count; k++) {
            if (k)
                PUTS(",");
            an_i_strbuf_json_string(out, an_i_report_edge_string(report, text_columns[c], edge[k]));
        }
    }
    PUTS("]}");
    return AN_OK;
}

static void write_chains(an_i_strbuf *out, const an_i_report *report, const an_i_explorer_subset *subset)
{
    PUTS(",\"chains\":[");
    int first = 1;
    for (int64_t i = 0; i < report->chain_count; i++) {
        const an_path *path = report->chains[i].path;
        int complete = 1;
        for (int64_t h = 0; h < path->length; h++)
            complete &= subset->edge_index[path->hops[h].edge] >= 0;
        for (int64_t h = 0; h <= path->length; h++)
            complete &= subset->node_index[path->nodes[h]] >= 0;
        if (!complete || path->length == 0)
            continue; /* not in a page that holds part of the network */
        PUTS(first ? "{\"nodes\":[" : ",{\"nodes\":[");
        first = 0;
        for (int64_t h = 0; h <= path->length; h++)
            P(h ? ",%lld" : "%lld", (long long)subset->node_index[path->nodes[h]]);
        PUTS("],\"edges\":[");
        for (int64_t h = 0; h < path->length; h++)
            P(h ? ",%lld" : "%lld", (long long)subset->edge_index[path->hops[h].edge]);
        PUTS("],\"reversed\":[");
        for (int64_t h = 0; h < path->length; h++)
            P(h ? ",%d" : "%d", path->hops[h].reversed ? 1 : 0);
        PUTS("]}");
    }
    PUTS("]");
}

int an_i_explorer_data(an_i_strbuf *out, const an_i_report *report, const an_i_explorer_subset *subset,
                       const double *xy)
{
    interned classes = { 0 }, relations = { 0 }, confidence = { 0 }, sources = { 0 }, families = { 0 };
    an_i_strbuf body;
    an_i_strbuf_init(&body);
    an_vocabulary *vocabulary = NULL;
    const char *origin = NULL;
    int rc = find_vocabulary(&vocabulary, &origin, report->network);
    if (rc != AN_OK)
        goto cleanup;

    /* nodes and edges first (into `body`): they fill the tables written before them */
    if ((rc = write_nodes(&body, report, subset, xy, &classes)) != AN_OK)
        goto cleanup;
    if ((rc = write_edges(&body, report, subset, &relations, &confidence, &sources)) != AN_OK)
        goto cleanup;
    write_chains(&body, report, subset);

    PUTS("{\"format\":\"actornet-explorer\",\"version\":1,");
    key(out, "title");
    an_i_strbuf_json_string(out, an_i_report_input_base(report));
    PUTS(",");
    key(out, "generator");
    P("\"actornet %s\"", an_version_string());
    P(",\"seed\":%llu,", (unsigned long long)report->options.seed);
    key(out, "layout");
    P("\"Fruchterman-Reingold (igraph %s), each component alone, packed in rows; seed %llu\"", IGRAPH_VERSION,
      (unsigned long long)report->options.seed);
    PUTS(",");
    key(out, "note");
    if (subset->truncated)
        P("\"The network has %lld actors and %lld ties: the explorer holds the %lld actors ranked highest by %s and "
          "%lld of the ties among them (the first in file order). report.json, actors.csv and network.graphml hold "
          "everything.\"",
          (long long)report->n, (long long)report->m, (long long)subset->node_count,
          an_centrality_measure_name(report->size_measure), (long long)subset->edge_count);
    else
        PUTS("null");
    P(",\"total_nodes\":%lld,\"total_ties\":%lld,\"measures\":[", (long long)report->n, (long long)report->m);
    for (int k = 0; k < report->measure_count; k++) {
        if (k)
            PUTS(",");
        an_i_strbuf_json_string(out, an_centrality_measure_name(report->measures[k]));
    }
    PUTS("],\"ascending\":[");
    for (int k = 0; k < report->measure_count; k++)
        P(k ? ",%s" : "%s", an_i_report_measure_ascending(report->measures[k]) ? "true" : "false");
    P("],\"size_by\":%d,", report->size_index);
    key(out, "vocabulary");
    an_i_strbuf_json_string(out, origin);
    PUTS(",\"classes\":[");
    for (int64_t c = 0; c < classes.count; c++) {
        PUTS(c ? ",{" : "{");
        key(out, "name");
        an_i_strbuf_json_string(out, classes.names[c]);
        PUTS(",");
        key(out, "mode");
        an_i_strbuf_json_string(out, an_mode_name(an_vocabulary_class_mode(vocabulary, classes.names[c])));
        PUTS("}");
    }
    PUTS("]");
    write_relations(out, &relations, vocabulary, &families);
    PUTS(",\"confidence\":");
    string_list(out, &confidence);
    PUTS(",\"sources\":");
    string_list(out, &sources);
    if ((rc = write_lenses(out, report, subset, vocabulary)) != AN_OK)
        goto cleanup;
    write_communities(out, report);
    if (body.failed) {
        rc = AN_I_NOMEM();
        goto cleanup;
    }
    an_i_strbuf_append(out, body.data, body.length);
    PUTS("}");
    if (out->failed)
        rc = AN_I_NOMEM();
cleanup:
    an_vocabulary_free(vocabulary);
    an_i_strbuf_free(&body);
    interned_free(&classes);
    interned_free(&relations);
    interned_free(&confidence);
    interned_free(&sources);
    interned_free(&families);
    return rc;
}
