/*
 * filter_predicate.c — an an_filter resolved against one network (columns
 * found, value lists hashed) and tested node by node and edge by edge: what
 * filter views (views/filter.c) and typed path queries (paths/) share.
 */
#include "filter_predicate.h"
#include "error_internal.h"
#include "string_table.h"
#include "value_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- value sets -------------------------------------------------------- */

void *an_i_value_set_new(const char *const *values)
{
    an_i_string_table *set = malloc(sizeof *set);
    if (!set)
        return NULL;
    an_i_string_table_init(set);
    for (size_t i = 0; values && values[i]; i++) {
        size_t length = strlen(values[i]);
        if (!an_i_string_table_upsert(set, values[i], length, an_i_string_hash(values[i], length), 0, NULL)) {
            an_i_value_set_free(set);
            return NULL;
        }
    }
    return set;
}

int an_i_value_set_contains(const void *set, const char *value)
{
    if (!value)
        return 0;
    size_t length = strlen(value);
    return an_i_string_table_find(set, value, length, an_i_string_hash(value, length)) != NULL;
}

void an_i_value_set_free(void *set)
{
    if (!set)
        return;
    an_i_string_table_free(set);
    free(set);
}

const char *an_i_filter_column_name(const an_filter *filter, int which)
{
    switch (which) {
    case AN_I_COL_CLASS: return filter && filter->class_column ? filter->class_column : "type";
    case AN_I_COL_RELATION: return filter && filter->relation_column ? filter->relation_column : "relation";
    case AN_I_COL_CONFIDENCE: return filter && filter->confidence_column ? filter->confidence_column : "confidence";
    case AN_I_COL_YEAR: return filter && filter->year_column ? filter->year_column : "year";
    case AN_I_COL_START: return filter && filter->start_column ? filter->start_column : "start";
    default: return filter && filter->end_column ? filter->end_column : "end";
    }
}

void an_i_edge_years(const an_network *network, const an_filter *filter, int64_t edge, double *out_begin,
                     double *out_end)
{
    int year = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_YEAR));
    int start = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_START));
    int end = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_END));
    *out_begin = NAN;
    *out_end = NAN;
    if (!an_i_value_year(network, year, edge, out_begin))
        an_i_value_year(network, start, edge, out_begin);
    an_i_value_year(network, end, edge, out_end);
}

/* ---- prepared filters ---------------------------------------------------- */

static int find_required(const an_network *network, an_domain domain, const char *name, const char *what,
                         int *out)
{
    *out = an_i_find_column_quiet(network, domain, name);
    if (*out < 0)
        return an_i_error(AN_ENOTFOUND, "filter by %s: the network has no %s column '%s'", what,
                          domain == AN_DOMAIN_NODE ? "node" : "edge", name);
    return AN_OK;
}

int an_i_filter_prepare(an_i_filter *p, const an_network *network, const an_filter *filter)
{
    memset(p, 0, sizeof *p);
    p->class_column = p->relation_column = p->confidence_column = -1;
    p->year_from = -INFINITY;
    p->year_to = INFINITY;
    p->year_column = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_YEAR));
    p->start_column = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_START));
    p->end_column = an_i_find_column_quiet(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_END));
    if (!filter)
        return AN_OK;
    int rc;
    if (filter->classes) {
        if ((rc = find_required(network, AN_DOMAIN_NODE, an_i_filter_column_name(filter, AN_I_COL_CLASS),
                                "class", &p->class_column)) != AN_OK)
            return rc;
        if (!(p->classes = an_i_value_set_new(filter->classes)))
            return AN_I_NOMEM();
    }
    if (filter->relations) {
        if ((rc = find_required(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_RELATION),
                                "relation", &p->relation_column)) != AN_OK)
            return rc;
        if (!(p->relations = an_i_value_set_new(filter->relations)))
            return AN_I_NOMEM();
    }
    if (filter->confidence) {
        if ((rc = find_required(network, AN_DOMAIN_EDGE, an_i_filter_column_name(filter, AN_I_COL_CONFIDENCE),
                                "confidence", &p->confidence_column)) != AN_OK)
            return rc;
        if (!(p->confidence = an_i_value_set_new(filter->confidence)))
            return AN_I_NOMEM();
    }
    if (filter->has_year_from || filter->has_year_to) {
        if ((filter->has_year_from && filter->year_from != filter->year_from) ||
            (filter->has_year_to && filter->year_to != filter->year_to))
            return an_i_error(AN_EINVAL, "year window: a bound is not a number");
        if (filter->has_year_from && filter->has_year_to && filter->year_from > filter->year_to)
            return an_i_error(AN_EINVAL, "year window: from (%g) is after to (%g)", filter->year_from,
                              filter->year_to);
        if (filter->undated != AN_UNDATED_KEEP && filter->undated != AN_UNDATED_DROP)
            return an_i_error(AN_EINVAL, "year window: unknown undated mode %d", filter->undated);
        if (p->year_column < 0 && p->start_column < 0 && p->end_column < 0)
            return an_i_error(AN_ENOTFOUND, "year window: the network has none of the edge columns '%s', '%s', '%s'",
                              an_i_filter_column_name(filter, AN_I_COL_YEAR),
                              an_i_filter_column_name(filter, AN_I_COL_START),
                              an_i_filter_column_name(filter, AN_I_COL_END));
        p->has_window = 1;
        p->undated_drop = filter->undated == AN_UNDATED_DROP;
        if (filter->has_year_from)
            p->year_from = filter->year_from;
        if (filter->has_year_to)
            p->year_to = filter->year_to;
    }
    return AN_OK;
}

void an_i_filter_free(an_i_filter *p)
{
    if (!p)
        return;
    an_i_value_set_free(p->classes);
    an_i_value_set_free(p->relations);
    an_i_value_set_free(p->confidence);
    p->classes = p->relations = p->confidence = NULL;
}

int an_i_filter_node(const an_i_filter *p, const an_network *network, int64_t node)
{
    if (!p->classes)
        return 1;
    char buffer[40];
    return an_i_value_set_contains(p->classes,
                                   an_i_value_text(network, AN_DOMAIN_NODE, p->class_column, node, buffer,
                                                   sizeof buffer));
}

int an_i_filter_edge(const an_i_filter *p, const an_network *network, int64_t edge)
{
    char buffer[40];
    if (p->relations &&
        !an_i_value_set_contains(p->relations, an_i_value_text(network, AN_DOMAIN_EDGE, p->relation_column, edge,
                                                               buffer, sizeof buffer)))
        return 0;
    if (p->confidence &&
        !an_i_value_set_contains(p->confidence, an_i_value_text(network, AN_DOMAIN_EDGE, p->confidence_column,
                                                                edge, buffer, sizeof buffer)))
        return 0;
    if (p->has_window) {
        double begin = NAN, end = NAN;
        int has_begin = an_i_value_year(network, p->year_column, edge, &begin) ||
                        an_i_value_year(network, p->start_column, edge, &begin);
        int has_end = an_i_value_year(network, p->end_column, edge, &end);
        if (!has_begin && !has_end)
            return !p->undated_drop;
        if (!has_begin)
            begin = -INFINITY;
        if (!has_end)
            end = begin;
        if (begin > p->year_to || end < p->year_from)
            return 0;
    }
    return 1;
}
