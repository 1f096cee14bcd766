/*
 * actornet/csv_import.h — build a network from spreadsheets: an edge table
 * (one row per tie) and an optional node table (one row per actor), as CSV.
 *
 * The tables actornet writes (csv.h, `actornet convert X NAME.csv`) read back
 * as the network they came from, and so do the tables analysts make by hand:
 *
 * Edge table. The first row names the columns (matched case-insensitively).
 * The tie's endpoints are the `source` and `target` columns; when the table
 * has not both, the first pair present of from/to, src/dst, sender/receiver,
 * ego/alter, source_id/target_id, from_id/to_id. When a name occurs twice the
 * left-most column takes the role and the later one is an ordinary column:
 * actornet's own table `source,target,directed,id,relation,...,source,...`
 * has the citation `source` after the endpoints. The edge id is the column
 * `id` (or `edge_id`, `tie_id`; an empty cell: no id). The direction is the
 * column `directed` (true/false, yes/no, 1/0, directed/undirected; an empty
 * cell or no such column: options->directed), or Gephi's `Type` column when
 * every value in it is Directed or Undirected. Options name any of these
 * columns explicitly. Every other column becomes an edge attribute column
 * with the header's name as written.
 *
 * Node table (optional). The node id is the column `id` (else `node_id`,
 * `node`, `actor_id`, `actor`, `name`, or options->node_id_column); every
 * other column becomes a node attribute column (`label`, `type` — the actor
 * class the validator and lenses read —, `aliases`, ...). Nodes keep the
 * table's order; an endpoint that is not in the node table is added after
 * them, in order of first appearance, with a warning naming FILE:LINE:COL
 * (options->strict: an error instead). Without a node table every endpoint
 * makes a node, without warnings.
 *
 * Syntax: RFC 4180 — fields in double quotes may hold the delimiter, CR and
 * LF, a quote inside is written twice; records end with CR LF, LF or CR (a
 * file may mix them); blank lines are skipped; UTF-8 with or without a byte
 * order mark (invalid UTF-8, UTF-16 and NUL bytes are refused); the
 * delimiter is comma, semicolon or TAB, the one most frequent on the header
 * line unless options->delimiter names it. Every row must have as many
 * fields as the header.
 *
 * Values and types. An empty cell is a missing value; `""` (a quoted empty
 * field) in a string column is a set empty string (csv.h writes missing and
 * "" that way). A column's type is inferred from its non-empty cells:
 * boolean when every one is true or false (any letter case); int when every
 * one is a decimal integer without a leading zero or sign `+` that fits 32
 * bits, long when one does not fit 32 but all fit 64 bits; double when every
 * one is a decimal number (or NaN, INF, -INF); else string. A cell with
 * space around it, or a leading zero (`007`), keeps the column a string.
 * options->column_types overrides the inference per column ("year=int,
 * weight=double"; "edge:source=string" or "node:start=long" for one table);
 * options->type_model takes the type of every column of the same name and
 * table from a network (e.g. the GraphML file the tables were exported
 * from). A cell that does not fit a chosen type is an error at its
 * FILE:LINE:COL. The network's edge default direction is options->directed.
 *
 * Formula guard: csv.h writes a text that a spreadsheet would run as a
 * formula (=, +, -, @, TAB, CR first, not a number) quoted with a ' in front.
 * A quoted cell of a string column that is ' followed by such a text is read
 * without the ' (options->raw keeps every cell as written). Known ambiguity:
 * a text that itself begins with ' followed by a formula character and holds
 * a comma, quote or line end is read without its '.
 *
 * Validation: with options->vocabulary set, the built network is checked by
 * an_network_validate() (validate.h: classes, relations, confidence,
 * citations, duplicate and symmetric ties) and each finding is added as a
 * warning (an_network_warning()), "FILE:LINE: node 'id': ..." with the row's
 * table and line; options->strict turns findings into an error.
 *
 * Errors (no network is returned on any error): AN_EIO (a table cannot be
 * read), AN_EPARSE (malformed CSV or text: unterminated quote, text after a
 * closing quote, invalid UTF-8, NUL), AN_EFORMAT (no header, wrong field
 * count, empty or duplicate column name, no source/target column, empty
 * source/target/node id, duplicate node id, an unknown column named in the
 * options, with options->strict an endpoint not in the node table or a
 * validation finding), AN_ETYPE (a cell that does not fit its column's
 * chosen type), AN_ELIMIT (more than 100,000 columns), AN_EMISUSE,
 * AN_ENOMEM. Messages are "FILE:LINE:COL: what".
 */
#ifndef ACTORNET_CSV_IMPORT_H
#define ACTORNET_CSV_IMPORT_H

#include "network.h"
#include "vocabulary.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_CSV_IMPORT_OPTIONS_VERSION 2

/** Options of an_csv_import(). Initialise with AN_CSV_IMPORT_OPTIONS_INIT. */
typedef struct an_csv_import_options {
    unsigned int version;           /**< AN_CSV_IMPORT_OPTIONS_VERSION */
    char delimiter;                 /**< ',', ';', '\t' or '|'; 0 (default): detect (comma, semicolon, TAB) */
    int directed;                   /**< direction of ties without a directed value: 1 (default) directed, 0 undirected */
    int strict;                     /**< 1: an endpoint absent from the node table, or a validation finding, is an error */
    int raw;                        /**< 1: keep the ' of guarded formulas (default 0: undo csv.h's guard) */
    const char *source_column;      /**< edge table: the source column's name, or NULL (default: see above) */
    const char *target_column;      /**< edge table: the target column, or NULL */
    const char *edge_id_column;     /**< edge table: the edge id column, or NULL; "" for none */
    const char *directed_column;    /**< edge table: the direction column, or NULL; "" for none */
    const char *node_id_column;     /**< node table: the node id column, or NULL */
    const char *column_types;       /**< "name=type,..." with types boolean, int, long, float, double,
                                         string; a name may start with "node:" or "edge:"; or NULL */
    const an_network *type_model;   /**< a network whose column types (by table and name) win over
                                         inference, or NULL; only read during the call */
    const an_vocabulary *vocabulary;/**< validate the result against it (warnings), or NULL: no validation */
    /* version 2 */
    const char *columns_path;       /**< a columns table (table,column,type,default: what
                                         an_network_save_csv_columns() and `convert X NAME.csv` write
                                         as NAME.columns.csv), or NULL. Each listed column gets the
                                         listed type (column_types still wins), a listed column no
                                         table has is added, and each default is declared, so the
                                         cells convert left empty for a long default read as it and
                                         the round trip gives back the same columns, types and
                                         defaults. Read by both import functions. Errors as for the
                                         tables, at the columns table's FILE:LINE:COL. */
} an_csv_import_options;

#define AN_CSV_IMPORT_OPTIONS_INIT \
    { AN_CSV_IMPORT_OPTIONS_VERSION, 0, 1, 0, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/**
 * Build a network from an edge table and an optional node table (CSV files).
 * @param out         receives the new network (free with an_network_free());
 *                    NULL on any failure.
 * @param edges_path  the edge table (required).
 * @param nodes_path  the node table, or NULL.
 * @param options     NULL for the defaults.
 * @return AN_OK, or an error listed above (last error "FILE:LINE:COL: what").
 * Warnings (endpoints added, validation findings) are the network's
 * (an_network_warning_count()). The network's source name is the edge
 * table's path; each node and edge remembers its table line
 * (an_network_node_line(), an_network_edge_line()).
 * Memory: the two files' bytes plus the network. O(bytes + rows * columns).
 */
AN_API int an_csv_import(an_network **out, const char *edges_path, const char *nodes_path,
                         const an_csv_import_options *options);

/**
 * The same from memory: `edges` (edges_size bytes) and optionally `nodes`
 * (nodes_size bytes, or NULL); the names are used in messages (NULL: "<edges>",
 * "<nodes>"). The buffers are only read. Errors and complexity as above.
 */
AN_API int an_csv_import_buffers(an_network **out, const char *edges, size_t edges_size, const char *edges_name,
                                 const char *nodes, size_t nodes_size, const char *nodes_name,
                                 const an_csv_import_options *options);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_CSV_IMPORT_H */
