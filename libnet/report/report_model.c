/*
 * report_model.c — read-only accessors of the report's model (report_model.h):
 * column values, years, the lens's view, top lists, communities' tallies. They
 * read the model and the network; they never compute a finding.
 */
#include "report_model.h"

#include "error_internal.h"
#include "replicate_statistics.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int an_i_report_measure_ascending(an_centrality_measure measure)
{
    return measure == AN_CONSTRAINT;
}

/* A string value as the report shows it: cut when long (shorter when the row takes it from the default). */
static const char *report_string(const an_i_report *report, an_domain domain, int column, int64_t row)
{
    const char *value = NULL;
    if (column < 0 || an_network_get_string(report->network, domain, column, row, &value) != AN_OK)
        return NULL;
    if (!value || !*value)
        return NULL;
    if (an_network_value_state(report->network, domain, column, row) == AN_VALUE_DEFAULT)
        return an_i_report_short_default(report, value);
    return an_i_report_short_text(report, value);
}

const char *an_i_report_edge_string(const an_i_report *report, int column, int64_t edge)
{
    return report_string(report, AN_DOMAIN_EDGE, column, edge);
}

const char *an_i_report_node_string(const an_i_report *report, int column, int64_t node)
{
    return report_string(report, AN_DOMAIN_NODE, column, node);
}

static double edge_number(const an_i_report *report, int column, int64_t edge)
{
    double value = NAN;
    if (column < 0)
        return NAN;
    int type = an_network_column_type(report->network, AN_DOMAIN_EDGE, column);
    if (type == AN_TYPE_STRING) {
        const char *text = an_i_report_edge_string(report, column, edge);
        if (!text)
            return NAN;
        char *end = NULL;
        double parsed = strtod(text, &end);
        return end != text ? parsed : NAN;
    }
    if (an_network_get_real(report->network, AN_DOMAIN_EDGE, column, edge, &value) != AN_OK)
        return NAN;
    return value;
}

double an_i_report_edge_year(const an_i_report *report, int64_t edge)
{
    double year = edge_number(report, report->year_column, edge);
    return isnan(year) ? edge_number(report, report->start_column, edge) : year;
}

double an_i_report_edge_end(const an_i_report *report, int64_t edge)
{
    return edge_number(report, report->end_column, edge);
}

int64_t an_i_report_citation_count(const char *text)
{
    if (!text)
        return 0;
    int64_t count = 0;
    const char *p = text;
    while (*p) {
        const char *end = strchr(p, ';');
        size_t length = end ? (size_t)(end - p) : strlen(p);
        for (size_t i = 0; i < length; i++)
            if (p[i] != ' ' && p[i] != '\t') {
                count++;
                break;
            }
        if (!end)
            break;
        p = end + 1;
    }
    return count;
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

int an_i_report_symbolic_relation(const char *relation)
{
    /* a hop over these carries ideas or symbols only (report.h, "Chains") */
    static const char *const symbolic[] = { "emulates", "draws_on" };
    for (size_t i = 0; relation && i < sizeof symbolic / sizeof *symbolic; i++)
        if (strcmp(relation, symbolic[i]) == 0)
            return 1;
    return 0;
}

const an_lens *an_i_report_structure_lens(const an_i_report *report)
{
    return report->structure.active ? &report->structure.lens : NULL;
}

int an_i_report_structure_tie(const an_i_report *report, int64_t e)
{
    return !report->structure_edges || report->structure_edges[e] != 0;
}

int64_t an_i_report_top(const an_i_report *report)
{
    return report->options.top_k < report->ranked ? report->options.top_k : report->ranked;
}

int64_t an_i_report_community(const an_i_report *report, int64_t v)
{
    return report->partition ? report->partition->membership[v] : -1;
}

double an_i_report_largest(const an_i_report *report, an_centrality_measure measure)
{
    for (int k = 0; k < report->measure_count; k++) {
        if (report->measures[k] != measure)
            continue;
        double largest = NAN;
        for (int64_t v = 0; v < report->n; v++) {
            double value = report->scores[(size_t)k * report->n + v];
            if (!isnan(value) && (isnan(largest) || value > largest))
                largest = value;
        }
        return largest;
    }
    return NAN;
}

/* Brokers: the top_k actors by total brokerage (ties: node order), with their main role. */
int64_t an_i_report_brokers(const an_i_report *report, int64_t *out, int64_t limit)
{
    int64_t count = 0;
    if (!report->brokerage)
        return 0;
    for (int64_t v = 0; v < report->n; v++) {
        int64_t total = report->brokerage[(size_t)v * AN_BROKERAGE_ROLES + AN_ROLE_TOTAL];
        if (total <= 0)
            continue;
        int64_t j = count < limit ? count++ : limit;
        if (j == limit) {
            int64_t last = report->brokerage[(size_t)out[limit - 1] * AN_BROKERAGE_ROLES + AN_ROLE_TOTAL];
            if (total <= last)
                continue;
            j = limit - 1;
        }
        while (j > 0 && report->brokerage[(size_t)out[j - 1] * AN_BROKERAGE_ROLES + AN_ROLE_TOTAL] < total) {
            out[j] = out[j - 1];
            j--;
        }
        out[j] = v;
    }
    return count;
}

/* Classes of a community's members and relations of the ties inside it. */
static int compare_nodes(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

void an_i_report_community_tallies(const an_i_report *report, int64_t community, an_i_tally *classes,
                                   an_i_tally *relations, int64_t *internal_ties)
{
    /* members in node order (as the tallies were always built: first seen first) */
    int64_t first = report->community_offsets[community], last = report->community_offsets[community + 1];
    int64_t *nodes = malloc((size_t)(last - first + 1) * sizeof *nodes);
    if (nodes) {
        memcpy(nodes, report->community_members + first, (size_t)(last - first) * sizeof *nodes);
        qsort(nodes, (size_t)(last - first), sizeof *nodes, compare_nodes);
        for (int64_t i = 0; i < last - first; i++)
            an_i_tally_add(classes, report->classes[nodes[i]]);
        free(nodes);
    } else {
        for (int64_t i = first; i < last; i++) /* out of memory: the same counts, another first-seen order */
            an_i_tally_add(classes, report->classes[report->community_members[i]]);
    }
    first = report->community_internal_offsets[community];
    last = report->community_internal_offsets[community + 1];
    *internal_ties = last - first;
    for (int64_t i = first; i < last; i++)
        an_i_tally_add(relations, an_i_report_edge_string(report, report->relation_column, report->community_internal[i]));
}

int64_t an_i_report_community_rank(const an_i_report *report, int64_t community)
{
    for (int64_t i = 0; i < report->partition->count; i++)
        if (report->community_order[i] == community)
            return i;
    return -1;
}

double an_i_report_edge_onset(const an_i_report *report, int64_t edge)
{
    double year = an_i_report_edge_year(report, edge);
    return year == year ? year : an_i_report_edge_end(report, edge);
}

const char *an_i_report_timeline_family(const an_i_report_timeline *timeline, int f)
{
    return f < timeline->family_count ? timeline->families[f] : "other";
}

const char *const an_i_positions_triad_statistic[2] = { "triad_030T", "triad_030C" };

int an_i_report_positions_shown(const an_i_report_positions *p)
{
    return p && (p->core_periphery || p->sets.count || p->triads[0] || p->triads[1]);
}

/* ---- ranks ------------------------------------------------------------------- */

int an_i_report_fractional_ranks(double *out, const double *scores, int64_t n, int ascending)
{
    if (!ascending)
        return an_i_fractional_ranks(out, scores, n);
    double *negated = malloc((size_t)(n ? n : 1) * sizeof *negated);
    if (!negated)
        return AN_I_NOMEM();
    for (int64_t v = 0; v < n; v++)
        negated[v] = isnan(scores[v]) ? scores[v] : -scores[v];
    int rc = an_i_fractional_ranks(out, negated, n);
    free(negated);
    return rc;
}
