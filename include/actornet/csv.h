/*
 * actornet/csv.h — write node and edge tables as CSV (RFC 4180).
 *
 * Fields containing a comma, quote, CR or LF are quoted with quotes doubled;
 * missing values are empty fields; numbers at full precision; UTF-8, no BOM.
 * Node table: `id` then every node column in order. Edge table: `source`,
 * `target`, `directed` (true/false), `id`, then every edge column.
 *
 * Formula injection (OWASP "CSV Injection"): by default a text field that a
 * spreadsheet would run as a formula (it begins with =, +, -, @, TAB or CR
 * and is not a plain number such as -5) is written quoted with a single
 * quote in front: '=HYPERLINK(...) shows as text. Set
 * an_csv_write_options.raw to write every text byte for byte (for programs
 * that read the table back, not spreadsheets).
 *
 * Defaults (what a reader of these tables, such as `actornet import`, must
 * know). A value that is absent but has a declared default is written as the
 * default, so the tables show what an_network_get_*() reads; a missing value
 * (absent, no default) is an empty field. One exception bounds the output
 * (issue 14 item 3: a 316 KB GraphML file whose 100 KB defaults applied to
 * every row made 90 MB of CSV): a row repeats at most AN_CSV_ROW_DEFAULTS
 * bytes of defaults. The table's defaults are taken shortest first (by the
 * length of their text as written, then in column order) while their
 * lengths sum to at most AN_CSV_ROW_DEFAULTS; every other default (any
 * default longer than that, and those past the budget) is not repeated: in
 * its column, a row that takes the default has an empty field, and the
 * default is written once, in the columns table (an_network_save_csv_columns();
 * `actornet convert NAME.csv` writes it as NAME.columns.csv). A column with
 * a declared default has no missing values, so a reader can rely on one
 * rule for every column: in a column with a declared default (columns
 * table), an empty field is the default; elsewhere it is a missing value.
 * an_csv_write_options.full_defaults repeats every default whole in every
 * row (the output then grows with rows times the length of the defaults).
 *
 * Mostly empty tables: a table of R rows and C columns holding V set values
 * is refused (AN_ELIMIT, nothing written) when R x C exceeds
 * AN_CSV_EMPTY_CELLS_PER_ITEM x (R + C + V) + AN_CSV_CELLS_FLOOR: such a
 * table is almost all empty fields (100,000 keys with one value each on
 * 60,000 nodes: 9.6 MB of GraphML, 6 GB of commas). GraphML stores absent
 * values sparsely.
 *
 * Columns table: header `table,column,type,default`, then one row per node
 * column and per edge column, in their order: table is `node` or `edge`,
 * column the column name, type its GraphML attr.type (boolean, int, long,
 * float, double, string), default the declared default written as a cell of
 * that column would be (whole, whatever its length; formula guard as above
 * unless raw), or an empty field when the column has no default. A quoted
 * empty field ("") is a declared empty-string default.
 */
#ifndef ACTORNET_CSV_H
#define ACTORNET_CSV_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_CSV_WRITE_OPTIONS_VERSION 2

/** Bytes of defaults a row repeats at most; other defaults are written once, in the columns table. */
#define AN_CSV_ROW_DEFAULTS 400
/** A table with more than this many cells per row, column and set value (beyond the floor) is refused. */
#define AN_CSV_EMPTY_CELLS_PER_ITEM 64
/** Cells any table may have, however empty. */
#define AN_CSV_CELLS_FLOOR 1000000

/**
 * Options for the CSV writer. Initialise with AN_CSV_WRITE_OPTIONS_INIT.
 * Version 1 (without full_defaults) is still accepted.
 */
typedef struct an_csv_write_options {
    unsigned int version;   /**< AN_CSV_WRITE_OPTIONS_VERSION */
    int raw;                /**< 1: no formula guard, every text as it is (default 0: guarded) */
    int full_defaults;      /**< 1: write every default in every row that takes it (default 0: at most
                                 AN_CSV_ROW_DEFAULTS bytes of them a row, see above); version 2 */
} an_csv_write_options;

#define AN_CSV_WRITE_OPTIONS_INIT { AN_CSV_WRITE_OPTIONS_VERSION, 0, 0 }

/**
 * Write the node table (domain AN_DOMAIN_NODE) or the edge table
 * (AN_DOMAIN_EDGE) atomically; options may be NULL (the defaults).
 * @return AN_OK, AN_EMISUSE (NULL argument, other domain, bad version), AN_ELIMIT (a mostly
 *         empty table, see above), AN_EIO, AN_ENOMEM.
 * O(rows * columns).
 */
AN_API int an_network_save_csv(const an_network *network, const char *path, an_domain domain,
                               const an_csv_write_options *options);

/** The same table in a new NUL-terminated buffer (free with an_free()). Errors as above. */
AN_API int an_network_csv_to_buffer(char **out, size_t *out_size, const an_network *network, an_domain domain,
                                    const an_csv_write_options *options);

/**
 * Write the columns table (see above: every node and edge column's name,
 * type and declared default, the default whole) atomically; options may be
 * NULL (only `raw` applies). Together with the node and edge tables it
 * holds every column declaration and value of the nodes and edges.
 * @return AN_OK, AN_EMISUSE (NULL argument, bad version), AN_EIO, AN_ENOMEM.
 * O(columns + the length of the defaults).
 */
AN_API int an_network_save_csv_columns(const an_network *network, const char *path,
                                       const an_csv_write_options *options);

/** The columns table in a new NUL-terminated buffer (free with an_free()). Errors as above. */
AN_API int an_network_csv_columns_to_buffer(char **out, size_t *out_size, const an_network *network,
                                            const an_csv_write_options *options);

/** Write the node table atomically, with the default options. @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(n * columns). */
AN_API int an_network_save_nodes_csv(const an_network *network, const char *path);

/** Write the edge table atomically. @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(m * columns). */
AN_API int an_network_save_edges_csv(const an_network *network, const char *path);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_CSV_H */
