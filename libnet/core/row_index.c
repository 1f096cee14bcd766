/*
 * row_index.c — the columns with a value in each row (see row_index.h).
 */
#include "row_index.h"

#include <stdlib.h>
#include <string.h>

/* A column stored densely over every row is tested row by row. */
static int is_full(const an_i_column *c, int64_t rows)
{
    return c->dense && c->capacity >= rows;
}

int an_i_row_index_build(an_i_row_index *out, const an_network *network, an_domain domain)
{
    memset(out, 0, sizeof *out);
    const an_i_column_set *set = &network->columns[domain];
    int64_t rows = an_i_domain_rows(network, domain), bucketed = 0;
    out->set = set;
    out->full = malloc((size_t)(set->count ? set->count : 1) * sizeof *out->full);
    if (!out->full)
        return AN_ENOMEM;
    for (int k = 0; k < set->count; k++) {
        if (is_full(&set->items[k], rows))
            out->full[out->full_count++] = k;
        else
            bucketed += set->items[k].count;
    }
    if (!bucketed)
        return AN_OK;
    out->start = calloc((size_t)rows + 1, sizeof *out->start);
    out->columns = malloc((size_t)bucketed * sizeof *out->columns);
    if (!out->start || !out->columns) {
        an_i_row_index_free(out);
        return AN_ENOMEM;
    }
    /* counting sort by row; columns in ascending order keep each bucket sorted */
    for (int k = 0; k < set->count; k++) {
        const an_i_column *c = &set->items[k];
        if (is_full(c, rows))
            continue;
        for (int64_t slot = 0, end = an_i_column_slot_end(c); slot < end; slot++) {
            int64_t row = an_i_column_slot_row(c, slot);
            if (row >= 0 && row < rows)
                out->start[row + 1]++;
        }
    }
    for (int64_t r = 0; r < rows; r++)
        out->start[r + 1] += out->start[r];
    int64_t *fill = malloc((size_t)(rows ? rows : 1) * sizeof *fill);
    if (!fill) {
        an_i_row_index_free(out);
        return AN_ENOMEM;
    }
    memcpy(fill, out->start, (size_t)rows * sizeof *fill);
    for (int k = 0; k < set->count; k++) {
        const an_i_column *c = &set->items[k];
        if (is_full(c, rows))
            continue;
        for (int64_t slot = 0, end = an_i_column_slot_end(c); slot < end; slot++) {
            int64_t row = an_i_column_slot_row(c, slot);
            if (row >= 0 && row < rows)
                out->columns[fill[row]++] = k;
        }
    }
    free(fill);
    return AN_OK;
}

void an_i_row_index_free(an_i_row_index *index)
{
    free(index->full);
    free(index->start);
    free(index->columns);
    memset(index, 0, sizeof *index);
}

void an_i_row_walk_start(an_i_row_walk *walk, const an_i_row_index *index, int64_t row)
{
    walk->index = index;
    walk->row = row;
    walk->full_at = 0;
    walk->sparse_at = index->start ? index->start[row] : 0;
    walk->sparse_end = index->start ? index->start[row + 1] : 0;
}

int an_i_row_walk_next(an_i_row_walk *walk)
{
    const an_i_row_index *index = walk->index;
    /* skip full columns without a value in this row */
    while (walk->full_at < index->full_count &&
           !an_i_column_present(&index->set->items[index->full[walk->full_at]], walk->row))
        walk->full_at++;
    int full = walk->full_at < index->full_count ? index->full[walk->full_at] : -1;
    int sparse = walk->sparse_at < walk->sparse_end ? index->columns[walk->sparse_at] : -1;
    if (full < 0 && sparse < 0)
        return -1;
    if (sparse < 0 || (full >= 0 && full < sparse)) {
        walk->full_at++;
        return full;
    }
    walk->sparse_at++;
    return sparse;
}
