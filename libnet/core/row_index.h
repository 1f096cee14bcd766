/*
 * row_index.h — which columns of a domain have a value in each row, for code
 * that walks rows x columns (the GraphML writer): the walk costs rows plus
 * values, not rows times columns, when a file declares many sparse keys.
 *
 * Columns stored densely over every row ("full" columns) are tested row by
 * row; the values of all other columns are bucketed by row once (a counting
 * sort). A full column holds at least a fixed fraction of its rows
 * (column_storage.c), so testing it on every row costs a constant per value.
 */
#ifndef AN_ROW_INDEX_H
#define AN_ROW_INDEX_H

#include "network_internal.h"

typedef struct an_i_row_index {
    const an_i_column_set *set;
    int *full;                  /* full columns, ascending */
    int full_count;
    int64_t *start;             /* rows + 1 offsets into `columns`, or NULL when every column is full */
    int *columns;               /* the other columns with a value in row r: columns[start[r]..start[r+1]),
                                   ascending */
} an_i_row_index;

/** Build the index of `domain`. AN_OK or AN_ENOMEM (nothing recorded). O(rows + columns + values). */
int an_i_row_index_build(an_i_row_index *out, const an_network *network, an_domain domain);

void an_i_row_index_free(an_i_row_index *index);

/** A walk over the columns with a value in one row, in column order. */
typedef struct an_i_row_walk {
    const an_i_row_index *index;
    int64_t row;
    int full_at;
    int64_t sparse_at, sparse_end;
} an_i_row_walk;

/** Start a walk over `row`'s columns. */
void an_i_row_walk_start(an_i_row_walk *walk, const an_i_row_index *index, int64_t row);

/** The next column with a value in the row, or -1 at the end. */
int an_i_row_walk_next(an_i_row_walk *walk);

#endif
