/*
 * csv_table.h — one CSV table of the importer: its text, its header, what
 * each column is (an endpoint, an id, the direction, or an attribute column
 * of a type inferred or chosen), read in a first pass over the rows.
 */
#ifndef AN_CSV_TABLE_H
#define AN_CSV_TABLE_H

#include "actornet/csv_import.h"
#include "csv_scan.h"

/** What a column of a table is. */
typedef enum an_i_csv_role {
    AN_I_CSV_DATA = 0,          /* an attribute column */
    AN_I_CSV_SOURCE,
    AN_I_CSV_TARGET,
    AN_I_CSV_EDGE_ID,
    AN_I_CSV_DIRECTED,
    AN_I_CSV_NODE_ID
} an_i_csv_role;

/* What every non-empty cell of a column could be read as (bits cleared by the first pass). */
enum {
    AN_I_CSV_FITS_BOOLEAN = 1,
    AN_I_CSV_FITS_INT = 2,
    AN_I_CSV_FITS_LONG = 4,
    AN_I_CSV_FITS_REAL = 8,
    AN_I_CSV_FITS_DIRECTION = 16, /* directed / undirected (Gephi's Type column) */
    AN_I_CSV_FITS_ALL = 31
};

typedef struct an_i_csv_table_column {
    char *name;                 /* as written (guard undone) */
    an_i_csv_cell header;       /* the header cell, for messages */
    an_i_csv_role role;
    unsigned fits;              /* AN_I_CSV_FITS_* over the non-empty cells */
    int64_t values;             /* non-empty cells */
    an_type type;               /* chosen type (DATA columns) */
    int chosen;                 /* 1 when the type was given (column_types, type_model) */
    int network_column;         /* index in the network, -1 before it is added */
} an_i_csv_table_column;

typedef struct an_i_csv_table {
    an_domain domain;           /* AN_DOMAIN_NODE or AN_DOMAIN_EDGE */
    char *data;                 /* the text (owned, NUL-terminated) */
    an_i_csv_scanner scanner;
    an_i_csv_table_column *columns;
    int column_count;
    int role_column[AN_I_CSV_NODE_ID + 1]; /* column of each role, -1 when none */
    int64_t rows;               /* data rows (blank lines not counted) */
    int raw;
} an_i_csv_table;

/** Take ownership of `data` (size bytes, data[size] == NUL) as a table of `domain`. */
void an_i_csv_table_init(an_i_csv_table *table, an_domain domain, const char *name, char *data, size_t size);

/** Free a table (its text too). */
void an_i_csv_table_free(an_i_csv_table *table);

/** Read a whole file into a new NUL-terminated buffer. AN_OK, AN_EIO, AN_ENOMEM. */
int an_i_csv_read_file(char **out, size_t *out_size, const char *path);

/**
 * First pass: check the text, find the delimiter, read the header, give each
 * column its role (options), check every row's field count, and infer each
 * attribute column's type (or take it from options). Errors as csv_import.h.
 */
int an_i_csv_table_prepare(an_i_csv_table *table, const an_csv_import_options *options);

/**
 * A cell's value as text, NUL-terminated in `scratch`, with csv.h's formula
 * guard undone (a quoted '=... read as =...) unless the table is raw. NULL on
 * out of memory.
 */
const char *an_i_csv_table_text(const an_i_csv_table *table, const an_i_csv_cell *cell, an_i_strbuf *scratch);

/** 1 when the cell is empty and unquoted (a missing value). */
static inline int an_i_csv_cell_missing(const an_i_csv_cell *cell)
{
    return cell->length == 0 && !cell->quoted;
}

/** The type named `name` (boolean, int, long, float, double, string), or -1. */
int an_i_csv_type_named(const char *name, size_t length);

/**
 * Parse a cell's text as `type`: a boolean (0/1) or integer in *integer (INT
 * within 32 bits), a float or double in *real; a string is always fine.
 * Returns AN_I_NUMBER_OK or the parser's status (number_parse.h); `text` may be
 * modified in place by the real-number parser.
 */
int an_i_csv_parse_typed(an_type type, char *text, int64_t *integer, double *real);

#endif
