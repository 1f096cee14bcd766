/*
 * network_internal.h — the layout of an_network, shared by the core, the
 * readers and the writers. Nothing here is public API.
 *
 * Layout:
 *  - nodes: ids copied into the `strings` arena (unique, so not in the intern
 *    table), indexed by `node_index` (id -> index);
 *  - edges: `endpoints` interleaved (source, target, source, target, ...) as
 *    igraph_integer_t-compatible int64_t, so an igraph_t can be built in one
 *    call; `directed_bits` one bit per edge; `edge_ids` optional (NULL until
 *    the first edge id is set);
 *  - columns per domain, each stored densely (a typed array by row plus a
 *    `present` bitmap) or sparsely (values by slot, the row of each slot and a
 *    hash row -> slot), whichever is smaller (column_storage.c): memory follows
 *    the values set, not rows x columns. Rows without a value are absent.
 *  - foreign data (XML the model does not interpret) as raw markup fragments,
 *    written back verbatim.
 *  - a mutation counter, `revision`, and a cache of analysis views
 *    (`view_cache`, see igraph_bridge.h). Every function that changes nodes,
 *    edges, ids, directions, columns (declarations, defaults) or values calls
 *    an_i_network_changed(); the cache compares the revision a view was built
 *    at with the current one, so a changed network never serves a stale view.
 *    Foreign fragments, warnings and source lines are not read by analyses
 *    and do not bump it. Code that writes the fields below directly (rather
 *    than through network.c / columns.c) must call an_i_network_changed()
 *    itself, unless the network is still being built and has not been
 *    analysed (the GraphML reader, subsets, projections: a new network starts
 *    with an empty cache).
 */
#ifndef AN_NETWORK_INTERNAL_H
#define AN_NETWORK_INTERNAL_H

#include "actornet/network.h"
#include "arena.h"
#include "string_table.h"

/** What a column means beyond its values (written back as structure, not as data). */
typedef enum an_i_column_role {
    AN_I_ROLE_DATA = 0,     /* an ordinary attribute */
    AN_I_ROLE_PARENT = 1,   /* node column (string): the id of the group node whose nested
                               <graph> holds the node; absent for nodes at the top level */
    AN_I_ROLE_GROUP = 2     /* node column (boolean): true on group nodes (nodes that hold a
                               nested <graph>) */
} an_i_column_role;

/** Where a key was declared for (GraphML `for`). */
typedef enum an_i_key_for {
    AN_I_FOR_DOMAIN = 0,    /* for="graph" / "node" / "edge" matching the column's domain */
    AN_I_FOR_ALL = 1        /* for="all": the same key id appears in several domains */
} an_i_key_for;

/** One value of a column, or its default (booleans as 0/1 in `integer`). */
typedef union an_i_value {
    int64_t integer;            /* BOOLEAN (0/1), INT, LONG */
    double real;                /* FLOAT, DOUBLE */
    const char *string;         /* STRING (interned) */
} an_i_value;

typedef struct an_i_column {
    char *name;                 /* attr.name (or the key id when attr.name is absent) */
    char *key_id;               /* GraphML key id, or NULL (writer invents one) */
    an_type type;
    unsigned char key_for;      /* an_i_key_for */
    unsigned char is_markup;    /* values are raw XML markup (e.g. yEd <y:ShapeNode>), STRING type */
    unsigned char has_default;
    unsigned char role;         /* an_i_column_role */
    unsigned char dense;        /* storage form, see below (0 for a new, empty column) */
    char *key_attributes;       /* extra raw attributes of <key>, e.g. ` yfiles.type="nodegraphics"`
                                   (leading space, already escaped), or NULL */
    char *key_markup;           /* raw inner markup of <key> other than <default> (e.g. <desc>), or NULL */
    an_i_value default_value;
    /*
     * Stored values (column_storage.c; read them through an_i_column_slot()):
     *  - dense: `data` indexed by row, `present` a bitmap, `capacity` rows;
     *  - sparse: `data` indexed by slot (0..count-1, no order), `rows[slot]` its
     *    row, `index` an open-addressing hash row -> slot + 1 (0 = empty) with
     *    `index_capacity` entries (a power of two), `capacity` slots.
     * A column is dense only while that costs no more than a small multiple of
     * the sparse form, so a column with few values costs about its values.
     */
    int64_t count;              /* values set */
    int64_t capacity;
    int64_t span;               /* 1 + the highest row ever stored (0 when none) */
    union {
        unsigned char *booleans;
        int64_t *integers;
        double *reals;
        const char **strings;   /* interned; NULL where absent */
        void *any;
    } data;
    uint64_t *present;          /* dense: capacity bits rounded up to 64; NULL when sparse */
    int64_t *rows;              /* sparse */
    int64_t *index;             /* sparse */
    int64_t index_capacity;
} an_i_column;

typedef struct an_i_column_set {
    an_i_column *items;
    int count;
    int capacity;
} an_i_column_set;

/** Pseudo-domains for foreign fragments beyond graph/node/edge. */
#define AN_I_PLACE_DOCUMENT 3   /* child of <graphml> (after the graph), e.g. yEd <data> for graphml */
#define AN_I_PLACE_KEYS 4       /* extra <key> declarations kept raw (for="graphml", "port", ...) */
/* Extra XML attributes of a <graph> (5), <node> (6) or <edge> (7) start tag that the model
 * does not interpret (sourceport, parse.* hints, other namespaces): an attribute list, each
 * with a leading space and already escaped, written back inside the start tag. */
#define AN_I_PLACE_ATTRIBUTES(domain) (5 + (int)(domain))
#define AN_I_PLACE_IS_ATTRIBUTES(place) ((place) >= 5 && (place) <= 7)
/* The nested <graph> of group node `row` (GraphML nesting, flattened on load; the nesting
 * itself is the AN_I_ROLE_PARENT / AN_I_ROLE_GROUP columns): the attributes of its start tag
 * (8, an attribute list as above, id and edgedefault included) and its children other than
 * nodes and edges (9: <desc>, graph <data>, foreign markup), kept raw. */
#define AN_I_PLACE_SUBGRAPH_ATTRIBUTES 8
#define AN_I_PLACE_SUBGRAPH_CONTENT 9
/* An edge read inside a nested graph: the id of the group node whose graph held it. */
#define AN_I_PLACE_EDGE_GRAPH 10
#define AN_I_PLACE_IS_NODE_ROW(place) ((place) == AN_DOMAIN_NODE || (place) == AN_I_PLACE_ATTRIBUTES(AN_DOMAIN_NODE) || \
                                       (place) == AN_I_PLACE_SUBGRAPH_ATTRIBUTES || (place) == AN_I_PLACE_SUBGRAPH_CONTENT)

typedef struct an_i_fragment {
    int place;                  /* AN_DOMAIN_GRAPH/NODE/EDGE or AN_I_PLACE_* */
    int64_t row;                /* node/edge index; 0 otherwise */
    char *markup;               /* raw XML, written back verbatim */
} an_i_fragment;

struct an_network {
    int default_directed;       /* edgedefault */
    an_i_arena strings;         /* interned strings (ids, string values) */
    an_i_string_table interned; /* string -> (unused) for interning */

    int64_t node_count, node_capacity;
    const char **node_ids;      /* in the `strings` arena */
    an_i_string_table node_index; /* id -> node index */

    int64_t edge_count, edge_capacity;
    int64_t *endpoints;         /* 2 * edge_capacity: source, target interleaved */
    uint64_t *directed_bits;    /* bit e set = edge e directed */
    int64_t directed_edges;     /* how many edges are directed */
    const char **edge_ids;      /* in the arena; NULL entries = no id; NULL array = none yet */

    char *graph_id;
    an_i_column_set columns[3]; /* indexed by an_domain */

    an_i_fragment *fragments;   /* foreign markup */
    int64_t fragment_count, fragment_capacity;
    char *root_attributes;      /* extra raw attributes/namespace declarations of <graphml>
                                   other than the default GraphML namespace (leading space) */

    char **warnings;
    int64_t warning_count, warning_capacity;

    char *source_name;          /* file or buffer name the network was read from, or NULL */
    int32_t *node_lines;        /* line of each <node> in the source (NULL = unknown); grown by
                                   an_i_network_set_line */
    int32_t *edge_lines;
    int64_t node_lines_capacity, edge_lines_capacity;

    uint64_t revision;          /* mutation counter: bumped by an_i_network_changed() */
    struct an_i_view_cache *view_cache; /* analysis views, or NULL (igraph_bridge.c). Logically
                                   mutable state of a const network: created, used and freed
                                   only under the igraph lock (an_i_igraph_begin), freed by
                                   an_network_free() */
};

/** Record that the network's content changed (see `revision`). */
static inline void an_i_network_changed(an_network *network)
{
    network->revision++;
}

/* ---- strings ---------------------------------------------------------- */

/** Intern a byte string (need not be NUL-terminated); NULL on out of memory. */
const char *an_i_network_intern(an_network *network, const char *text, size_t length);

/* ---- structure fast paths (no argument checks beyond what is noted) ---- */

/** Row count of a domain: 1 for the graph, node or edge count otherwise. */
int64_t an_i_domain_rows(const an_network *network, an_domain domain);

/** Grow node storage to hold `count` nodes. AN_OK / AN_ENOMEM. */
int an_i_network_reserve_nodes(an_network *network, int64_t count);

/** Grow edge storage to hold `count` edges. AN_OK / AN_ENOMEM. */
int an_i_network_reserve_edges(an_network *network, int64_t count);

/**
 * Add a node whose id is already interned (pointer from an_i_network_intern).
 * Returns AN_OK, AN_EEXISTS (then *out_node = the existing index), AN_ENOMEM.
 */
int an_i_network_add_node_interned(an_network *network, const char *id, size_t length,
                                   int64_t *out_node);

/** Append an edge; endpoints must be valid; `id` interned or NULL. AN_OK / AN_ENOMEM. */
int an_i_network_add_edge_unchecked(an_network *network, int64_t source, int64_t target,
                                    int directed, const char *id);

/** 1 if edge e is directed. */
static inline int an_i_edge_directed(const an_network *network, int64_t edge)
{
    return (int)((network->directed_bits[edge >> 6] >> (edge & 63)) & 1u);
}

/* ---- columns ---------------------------------------------------------- */

/**
 * Add a column without the name-uniqueness check (the reader keeps two keys
 * with the same attr.name). `key_id` may be NULL. Returns AN_OK / AN_ENOMEM /
 * AN_EINVAL; *out_column receives the index.
 */
int an_i_network_add_column(an_network *network, an_domain domain, const char *name,
                            an_type type, const char *key_id, int *out_column);

/** The column struct, or NULL when out of range. */
an_i_column *an_i_network_column(const an_network *network, an_domain domain, int column);

/* Value storage (column_storage.c). */

/** Slot of a sparse column's value at `row`, or -1 (use an_i_column_slot). */
int64_t an_i_column_sparse_slot(const an_i_column *column, int64_t row);

/**
 * Where the value of `row` is stored: an index into `column->data` (the row
 * itself when dense), or -1 when the row has no value of its own. O(1)
 * (expected, when sparse).
 */
static inline int64_t an_i_column_slot(const an_i_column *column, int64_t row)
{
    if (column->dense)
        return row >= 0 && row < column->capacity && ((column->present[row >> 6] >> (row & 63)) & 1u) ? row : -1;
    return column->count ? an_i_column_sparse_slot(column, row) : -1;
}

/** 1 if row is explicitly set. */
static inline int an_i_column_present(const an_i_column *column, int64_t row)
{
    return an_i_column_slot(column, row) >= 0;
}

/**
 * Make room for a value at `row` (>= 0) and mark it set; returns the slot the
 * caller stores the value in (`column->data.<type>[slot]`), or -1 when out of
 * memory (nothing changed). *was_set (may be NULL) tells whether the row had
 * a value already. Switches the column between dense and sparse storage as
 * its values and rows grow. Amortised O(1).
 */
int64_t an_i_column_claim(an_i_column *column, int64_t row, int *was_set);

/** Forget the value of `row`, if any. O(1). */
void an_i_column_remove(an_i_column *column, int64_t row);

/** Store `column` densely with room for `rows` rows (results attached to every row). AN_OK / AN_ENOMEM. */
int an_i_column_make_dense(an_i_column *column, int64_t rows);

/** Free a column's stored values (not its declaration). */
void an_i_column_free_values(an_i_column *column);

/**
 * Visit every stored value in O(values) (sparse) or O(capacity) (dense):
 * `for (int64_t s = 0; s < an_i_column_slot_end(c); s++) { int64_t row =
 * an_i_column_slot_row(c, s); if (row < 0) continue; ... c->data.reals[s] ... }`.
 * The order of rows is unspecified.
 */
static inline int64_t an_i_column_slot_end(const an_i_column *column)
{
    return column->dense ? column->capacity : column->count;
}

static inline int64_t an_i_column_slot_row(const an_i_column *column, int64_t slot)
{
    if (column->dense)
        return ((column->present[slot >> 6] >> (slot & 63)) & 1u) ? slot : -1;
    return column->rows[slot];
}

/** What an_i_column_read() found. */
enum { AN_I_CELL_MISSING = 0, AN_I_CELL_SET = 1, AN_I_CELL_DEFAULT = 2 };

/**
 * The value `row` reads as: its own value (AN_I_CELL_SET), else the declared
 * default (AN_I_CELL_DEFAULT), else AN_I_CELL_MISSING (*out untouched). A
 * negative row reads the default. Booleans come as 0/1 in `integer`.
 */
static inline int an_i_column_read(const an_i_column *column, int64_t row, an_i_value *out)
{
    int64_t slot = row >= 0 ? an_i_column_slot(column, row) : -1;
    if (slot < 0) {
        if (!column->has_default)
            return AN_I_CELL_MISSING;
        *out = column->default_value;
        return AN_I_CELL_DEFAULT;
    }
    switch (column->type) {
    case AN_TYPE_BOOLEAN: out->integer = column->data.booleans[slot]; break;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: out->integer = column->data.integers[slot]; break;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: out->real = column->data.reals[slot]; break;
    default: out->string = column->data.strings[slot]; break; /* AN_TYPE_STRING */
    }
    return AN_I_CELL_SET;
}

/* ---- subsets (views and copies) ---------------------------------------- */

/**
 * Where the rows of a view came from: nodes[i] is the original index of
 * view node i, edges[j] of view edge j (-1 for an edge the view created,
 * e.g. a projection tie). Filled by the an_i_view_* functions when the
 * caller passes a non-NULL origin; release with an_i_view_origin_free().
 */
typedef struct an_i_view_origin {
    int64_t *nodes;
    int64_t node_count;
    int64_t *edges;
    int64_t edge_count;
} an_i_view_origin;

void an_i_view_origin_free(an_i_view_origin *origin);

/** Flags of an_i_network_subset(). */
enum {
    AN_I_SUBSET_NO_EDGE_COLUMNS = 1     /* do not declare the source's edge columns (projection) */
};

/**
 * Copy the kept nodes and edges of `source`, with ids, order, per-edge
 * direction, every column (declaration, default, key id, values and present
 * marks), graph data, foreign fragments of kept rows (re-indexed) and
 * warnings, the source name and the source line of every kept node and edge,
 * into a new network. an_network_copy() is the case that keeps everything. keep_nodes / keep_edges: one flag per row,
 * NULL = all; an edge needs both endpoints kept. `origin` may be NULL.
 * Returns AN_OK or AN_ENOMEM (error recorded); *out NULL on failure.
 */
int an_i_network_subset(an_network **out, const an_network *source, const unsigned char *keep_nodes,
                        const unsigned char *keep_edges, unsigned flags, an_i_view_origin *origin);

/* ---- foreign data and warnings ---------------------------------------- */

/** Keep a raw markup fragment (copied). AN_OK / AN_ENOMEM. */
int an_i_network_add_fragment(an_network *network, int place, int64_t row,
                              const char *markup, size_t length);

/** Remember the source line of node/edge `row` (domain NODE or EDGE). AN_OK / AN_ENOMEM. */
int an_i_network_set_line(an_network *network, an_domain domain, int64_t row, long line);

/** Record a load warning (formatted, copied). AN_OK / AN_ENOMEM. */
int an_i_network_warn(an_network *network, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

#endif
