/*
 * filter_predicate.h — an an_filter (actor class, relation, confidence, year
 * window) resolved against one network and tested node by node and edge by
 * edge; shared by filter views (views/) and typed path queries (paths/).
 */
#ifndef AN_FILTER_PREDICATE_H
#define AN_FILTER_PREDICATE_H

#include "actornet/views.h"
#include "network_internal.h"

/** A filter resolved against one network: columns found, lists hashed. */
typedef struct an_i_filter {
    int class_column, relation_column, confidence_column; /* -1 when no condition */
    int year_column, start_column, end_column;            /* -1 when the column does not exist */
    int has_window, undated_drop;
    double year_from, year_to;                             /* -inf / +inf when open */
    void *classes, *relations, *confidence;                /* value sets (private) */
} an_i_filter;

/**
 * Resolve `filter` (NULL = no conditions) against `network`: find the
 * columns, check the window. Records the error and returns AN_ENOTFOUND /
 * AN_EINVAL / AN_ENOMEM on failure; release with an_i_filter_free() either way.
 */
int an_i_filter_prepare(an_i_filter *prepared, const an_network *network, const an_filter *filter);
void an_i_filter_free(an_i_filter *prepared);

/** 1 if node `node` passes the class condition. */
int an_i_filter_node(const an_i_filter *prepared, const an_network *network, int64_t node);

/** 1 if edge `edge` passes the relation, confidence and year conditions (endpoints not checked). */
int an_i_filter_edge(const an_i_filter *prepared, const an_network *network, int64_t edge);

/**
 * An edge's dated interval under the column names of `filter` (NULL =
 * defaults): begin from year (else start), end from end. Each output is NaN
 * when absent. Needs no prepared filter (paths use it for citations).
 */
void an_i_edge_years(const an_network *network, const an_filter *filter, int64_t edge, double *out_begin,
                     double *out_end);

/** Column names after defaults. */
const char *an_i_filter_column_name(const an_filter *filter, int which);
enum { AN_I_COL_CLASS, AN_I_COL_RELATION, AN_I_COL_CONFIDENCE, AN_I_COL_YEAR, AN_I_COL_START, AN_I_COL_END };

/** A set of strings (for class/relation/confidence lists). */
void *an_i_value_set_new(const char *const *values);
int an_i_value_set_contains(const void *set, const char *value);
void an_i_value_set_free(void *set);

#endif
