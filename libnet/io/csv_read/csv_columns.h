/*
 * csv_columns.h — the columns table of the CSV importer: what `convert X
 * NAME.csv` writes as NAME.columns.csv (csv.h: `table,column,type,default`,
 * one row per node column, then per edge column).
 *
 * Read with it, the node and edge tables come back exactly: every listed
 * column gets the listed type (before inference; options->column_types still
 * wins), a column no table has is added empty, and each default is declared,
 * so a cell the writer left empty because the row takes a long default reads
 * as that default again.
 */
#ifndef AN_CSV_COLUMNS_H
#define AN_CSV_COLUMNS_H

#include "csv_table.h"
#include "string_table.h"

typedef struct an_i_csv_column_spec {
    an_domain domain;           /* AN_DOMAIN_NODE or AN_DOMAIN_EDGE */
    char *name;
    an_type type;
    char *default_text;         /* NULL: no default (an empty unquoted cell) */
    an_i_csv_cell cell;         /* the type cell, for messages */
    an_i_csv_cell default_cell; /* the default cell, for messages */
} an_i_csv_column_spec;

typedef struct an_i_csv_columns {
    an_i_csv_table table;       /* the text and its scanner (no roles: only the cells are read) */
    an_i_csv_column_spec *items;
    int count;
    an_i_string_table names[2]; /* [0] node, [1] edge: column name -> index in items */
} an_i_csv_columns;

/**
 * Take ownership of `data` (size bytes, NUL-terminated) named `name` and read
 * it as a columns table; `raw` keeps csv.h's formula guard on defaults.
 * Errors ("FILE:LINE:COL: what"): AN_EPARSE (malformed CSV or text),
 * AN_EFORMAT (not the header table,column,type,default; a row without four
 * fields; a table other than node/edge; an empty or repeated column name),
 * AN_ETYPE (an unknown type), AN_ENOMEM. Free with an_i_csv_columns_free()
 * in every case. O(bytes).
 */
int an_i_csv_columns_read(an_i_csv_columns *columns, const char *name, char *data, size_t size, int raw);

void an_i_csv_columns_free(an_i_csv_columns *columns);

/** Give each listed column of the node table (NULL when none) and the edge table its type. O(columns), expected. */
void an_i_csv_columns_apply_types(const an_i_csv_columns *columns, an_i_csv_table *nodes, an_i_csv_table *edges);

/**
 * After the network is built: add the listed columns it lacks, and declare
 * each default (parsed as the network column's type: AN_ETYPE at the cell
 * when it does not fit). AN_OK or an error. O(columns + the defaults' bytes), expected.
 */
int an_i_csv_columns_apply_defaults(const an_i_csv_columns *columns, an_network *network);

#endif
