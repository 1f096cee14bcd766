/*
 * gexf_internal.h — the GEXF reader's state, shared by its files (private).
 * README.md beside this file follows a byte from read() to a column; in short:
 *   gexf_read.c            entry points, options, libxml2's set-up and feeding, the end of the document
 *   gexf_failures.c        positions, failures, warnings, libxml2's own errors
 *   gexf_callbacks.c       the SAX2 callbacks: the element state machine (one kind per depth)
 *   gexf_element_kinds.c   what an element is: GEXF's namespaces, the kind of a child element
 *   gexf_xml_attributes.c  an element's XML attribute values, decoded; its time attributes
 *   gexf_graph.c           <graph>, <meta> text, <attributes> and <attribute> opened
 *   gexf_nodes_edges.c     <node> and <edge>: ids, endpoints, nodes an edge names before (or without) their <node>
 *   gexf_owners.c          the node/edge elements open and what they hold: <attvalue>, <spell>, viz:*
 *   gexf_attributes.c      <attribute> declarations, <attvalue>s, typed values, the reserved
 *                          columns (label, weight, viz, parent, start/end ...)
 *   gexf_spells.c          time: start/end/spells of nodes and edges, dynamic values as
 *                          Gephi's interval-map text (shared with the writer)
 *   gexf_write.c           the writer
 * The mapping between GEXF and the model is documented in include/actornet/gexf.h.
 */
#ifndef AN_GEXF_INTERNAL_H
#define AN_GEXF_INTERNAL_H

#include "actornet/gexf.h"
#include "network_internal.h"
#include "strbuf.h"

#include <libxml/parser.h>

/* The GraphML key attributes that keep a column's GEXF declaration. */
#define AN_I_GEXF_TYPE_ATTRIBUTE "gexf.type"
#define AN_I_GEXF_MODE_ATTRIBUTE "gexf.mode"

/* Columns the reader makes from GEXF's own XML attributes and elements. */
typedef enum an_i_gexf_reserved {
    AN_I_GEXF_LABEL, AN_I_GEXF_WEIGHT, AN_I_GEXF_KIND, AN_I_GEXF_MUTUAL,
    AN_I_GEXF_R, AN_I_GEXF_G, AN_I_GEXF_B, AN_I_GEXF_ALPHA,
    AN_I_GEXF_X, AN_I_GEXF_Y, AN_I_GEXF_Z, AN_I_GEXF_SIZE, AN_I_GEXF_THICKNESS, AN_I_GEXF_SHAPE,
    AN_I_GEXF_PARENT, AN_I_GEXF_START, AN_I_GEXF_END, AN_I_GEXF_SPELLS,
    AN_I_GEXF_RESERVED_COUNT
} an_i_gexf_reserved;

/** Name and type of a reserved column (start/end: the type follows timeformat). */
const char *an_i_gexf_reserved_name(int reserved);
an_type an_i_gexf_reserved_type(int reserved);

/** How times are written: the graph's timeformat. */
typedef enum an_i_gexf_time { AN_I_GEXF_TIME_DOUBLE, AN_I_GEXF_TIME_INTEGER, AN_I_GEXF_TIME_TEXT } an_i_gexf_time;

/** One declared <attribute>. */
typedef struct an_i_gexf_attribute {
    char *id;
    int column;
    an_type type;           /* how values are parsed (the column's type, or the type inside a dynamic map) */
    int dynamic;            /* values are interval maps in a STRING column */
    an_i_strbuf pending;    /* dynamic: entries of the current element, "[s, e, v]; ..." */
    int64_t pending_row;
    int pending_count;
} an_i_gexf_attribute;

typedef struct an_i_gexf_attribute_set {
    an_i_gexf_attribute *items;
    int count, capacity;
} an_i_gexf_attribute_set;

/** A node or edge element being read. */
typedef struct an_i_gexf_owner {
    an_domain domain;       /* AN_DOMAIN_NODE or AN_DOMAIN_EDGE */
    int64_t row;
    int spell_count;
    char *first_start, *last_end;   /* spells: earliest start and latest end so far (malloc) */
    int open_start, open_end;       /* a spell without start / end was seen */
    an_i_strbuf spells;             /* "[s, e]; [s, e]" */
} an_i_gexf_owner;

/** An edge endpoint that named no declared node (yet). */
typedef struct an_i_gexf_implicit {
    int64_t node;
    long line, column;
} an_i_gexf_implicit;

/** What an element is (the reader keeps one per depth); OTHER: not read, or not yet known. */
typedef enum an_i_gexf_element {
    AN_I_GEXF_ELEMENT_OTHER = 0, AN_I_GEXF_ELEMENT_ROOT, AN_I_GEXF_ELEMENT_META, AN_I_GEXF_ELEMENT_META_FIELD,
    AN_I_GEXF_ELEMENT_GRAPH, AN_I_GEXF_ELEMENT_ATTRIBUTES, AN_I_GEXF_ELEMENT_ATTRIBUTE,
    AN_I_GEXF_ELEMENT_DEFAULT, AN_I_GEXF_ELEMENT_NODES, AN_I_GEXF_ELEMENT_NODE, AN_I_GEXF_ELEMENT_EDGES,
    AN_I_GEXF_ELEMENT_EDGE, AN_I_GEXF_ELEMENT_ATTVALUES, AN_I_GEXF_ELEMENT_ATTVALUE,
    AN_I_GEXF_ELEMENT_SPELLS, AN_I_GEXF_ELEMENT_SPELL, AN_I_GEXF_ELEMENT_PARENTS, AN_I_GEXF_ELEMENT_PARENT,
    AN_I_GEXF_ELEMENT_VIZ
} an_i_gexf_element;

/** How many scratch buffers hold decoded attribute values (slots 0 to 4). */
enum { AN_I_GEXF_SCRATCH = 5 };

typedef struct an_i_gexf_reader {
    const char *file;
    an_gexf_read_options options;
    xmlParserCtxtPtr ctxt;
    an_network *network;
    int status;

    int64_t depth;
    int64_t skip_depth;             /* > 0: inside an element being skipped, at this depth */
    unsigned char *kinds;           /* an_i_gexf_element per depth */
    int64_t kinds_capacity;

    int seen_root, seen_graph, graph_done;
    an_i_gexf_time time;
    int attributes_domain;          /* inside <attributes>: its class, else -1 */
    int attributes_dynamic;
    int current_attribute;          /* inside <attribute>: its index in attributes[domain], else -1 */
    an_i_gexf_attribute_set attributes[3];
    int reserved[3][AN_I_GEXF_RESERVED_COUNT];  /* column per reserved role, -1 until used */

    an_i_gexf_owner *owners;        /* node/edge elements open, innermost last */
    int64_t owner_count, owner_capacity;
    int64_t *parents;               /* open <node>s that hold nested <nodes> */

    an_i_strbuf text;               /* text of <default>, <creator>, ... */
    int capturing;                  /* text goes into `text` */
    an_i_strbuf scratch[AN_I_GEXF_SCRATCH]; /* decoded attribute values */
    char *root_uri;                 /* the root's namespace when it is not a known GEXF one */

    unsigned char *implicit_mark;   /* per node: created by an edge, not declared (yet) */
    int64_t implicit_capacity;
    an_i_gexf_implicit *implicit;
    int64_t implicit_count, implicit_capacity_list;
    int warned_foreign, warned_open, warned_static_time;
} an_i_gexf_reader;

/* ---- failures and warnings (gexf_failures.c) -------------------------- */

/** The parser's current line and column (0 before the parser exists). O(1). */
long an_i_gexf_line(const an_i_gexf_reader *r);
long an_i_gexf_column(const an_i_gexf_reader *r);
/**
 * Record the first failure at the current position and halt the parser; returns code (or
 * the failure already recorded: only the first one counts). The message goes to the
 * per-thread last error with r->file, line and column.
 */
int an_i_gexf_fail(an_i_gexf_reader *r, int code, const char *format, ...) __attribute__((format(printf, 3, 4)));
/** As an_i_gexf_fail at a given position, without halting the parser (libxml2 has stopped or is done). */
int an_i_gexf_fail_at(an_i_gexf_reader *r, int code, long line, long column, const char *format, ...)
    __attribute__((format(printf, 5, 6)));
/** an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF"). */
int an_i_gexf_fail_nomem(an_i_gexf_reader *r);
/** Record a load warning at the current position (none after a failure; AN_ENOMEM fails). */
void an_i_gexf_warn(an_i_gexf_reader *r, const char *format, ...) __attribute__((format(printf, 2, 3)));
/** As an_i_gexf_warn at a given position. */
void an_i_gexf_warn_at(an_i_gexf_reader *r, long line, long column, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
/**
 * libxml2's structured error handler (context: the reader): warnings and namespace errors
 * become load warnings; other errors fail with AN_EPARSE (AN_ELIMIT for entity loops and
 * size limits) at libxml2's line and column, without halting (libxml2 stops by itself).
 */
void an_i_gexf_on_structured_error(void *context, xmlErrorPtr error);
/** libxml2's generic error handler: silent (everything of interest is also structured). */
void an_i_gexf_on_generic_error(void *context, const char *format, ...);

/* ---- the SAX2 callbacks (gexf_callbacks.c, gexf_element_kinds.c) ------- */

/** Fill `out` with the reader's SAX2 callbacks (context: the reader). */
void an_i_gexf_sax_handler(xmlSAXHandler *out);
/**
 * Skip the element just opened and everything inside it; `why` (may be NULL: silently)
 * is warned for the first element skipped so.
 */
void an_i_gexf_skip_element(an_i_gexf_reader *r, const char *name, const char *why);
/** 1 when `uri` is NULL (no namespace) or one of GEXF's namespaces (1.1draft to 1.3). */
int an_i_gexf_is_gexf_namespace(const xmlChar *uri);
/** 1 when `uri` is a GEXF viz namespace (on gexf.net, ending in "/viz"). */
int an_i_gexf_is_viz_namespace(const xmlChar *uri);
/** The kind of a GEXF element `name` inside an element of kind `parent` (OTHER: not read). */
an_i_gexf_element an_i_gexf_child_kind(an_i_gexf_element parent, const char *name);

/* ---- XML attributes of the element being started (gexf_xml_attributes.c) */

/**
 * The value of XML attribute `name` (local name, any namespace) of a SAX2 attribute array
 * of `count` entries, NUL-terminated with "&#38;" decoded, in r->scratch[slot] (valid until
 * that slot is used again); NULL when absent, or on failure (recorded: AN_ELIMIT above
 * max_value_bytes, AN_EPARSE for another reference, AN_ENOMEM). O(count + value length).
 */
const char *an_i_gexf_xml_attribute(an_i_gexf_reader *r, int count, const xmlChar **attributes,
                                    const char *name, int slot);
/** an_i_gexf_xml_attribute for the element being started: `r`, `nb_attributes` and `attributes` in scope. */
#define AN_I_GEXF_ATTR(name, slot) an_i_gexf_xml_attribute(r, nb_attributes, attributes, (name), (slot))
/**
 * An element's time: start/end (startopen/endopen read as closed, counted in
 * r->warned_open for one warning at the end), or a timestamp t as [t, t]; each NULL when
 * absent. Decoded into scratch slots 2 to 4.
 */
void an_i_gexf_time_bounds(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes,
                           const char **start, const char **end);

/* ---- elements (gexf_graph.c, gexf_nodes_edges.c, gexf_owners.c) -------- */
/* Each start function reads one element's XML attributes (nb_attributes, attributes: as
 * libxml2 hands them to the start callback) and records any failure in r->status. */

/** Set the graph's STRING column `name` (added when new) to `value`; 0 or AN_ENOMEM (recorded). */
int an_i_gexf_set_graph_text(an_i_gexf_reader *r, const char *name, const char *value);
/** <graph>: defaultedgetype (AN_EFORMAT when unknown) and timeformat. */
void an_i_gexf_start_graph(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes);
/** <attributes>: the class (AN_EFORMAT unless node, edge or graph) and mode of the declarations inside. */
void an_i_gexf_start_attributes(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes);
/** <attribute>: declared through an_i_gexf_declare; it becomes r->current_attribute. */
void an_i_gexf_start_attribute(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes);

/**
 * <node>: added (or, when an edge named it first, declared now; a duplicate id is
 * AN_EFORMAT), with its line, parent (the <node> whose <nodes> holds it, or pid) and label;
 * it becomes the innermost owner. O(1) expected (hashed ids).
 */
void an_i_gexf_start_node(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes);
/**
 * <edge>: its endpoints found, or added as nodes to be declared later (reported at the end),
 * its type (AN_EFORMAT unless directed, undirected or mutual), id, line, weight, label and
 * kind; it becomes the innermost owner. O(1) expected.
 */
void an_i_gexf_start_edge(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes);
/** Set node `node`'s parent column to `parent_id`; 0 or the failure recorded. */
int an_i_gexf_set_parent(an_i_gexf_reader *r, int64_t node, const char *parent_id);
/**
 * At the end of the document: each node an edge named and no <node> declared fails
 * (AN_EFORMAT, options.strict) or is warned, at that edge's position. O(named nodes).
 */
void an_i_gexf_report_undeclared_nodes(an_i_gexf_reader *r);

/** The innermost node/edge element open, or NULL. */
an_i_gexf_owner *an_i_gexf_owner_top(an_i_gexf_reader *r);
/**
 * A node or edge element opens: it owns the <attvalues>/<spells> inside it, and its own
 * start/end (or timestamp) attributes are its first spell.
 */
void an_i_gexf_open_owner(an_i_gexf_reader *r, an_domain domain, int64_t row, int nb_attributes,
                          const xmlChar **attributes);
/** The innermost node or edge element ends: its dynamic values and spells stored, then freed. */
void an_i_gexf_end_owner(an_i_gexf_reader *r);
/** <attvalue> of the innermost owner (`for`, or GEXF 1.0's `id`; `value`; its time). */
void an_i_gexf_start_attvalue(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes);
/** <spell> of the innermost owner. */
void an_i_gexf_start_spell(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes);
/**
 * viz:`name` of the innermost owner: color r/g/b/a, position x/y/z, size, thickness and
 * shape go to their reserved columns; any other viz element is skipped.
 */
void an_i_gexf_start_viz(an_i_gexf_reader *r, const char *name, int nb_attributes,
                         const xmlChar **attributes);

/* ---- attributes and values (gexf_attributes.c) ------------------------- */

/** Map a GEXF type name to the column type (*known = 0 for an unknown name). */
an_type an_i_gexf_column_type(const char *name, int *known);
/** Declare an <attribute> of class `domain`. */
int an_i_gexf_declare(an_i_gexf_reader *r, int domain, const char *id, const char *title,
                      const char *type, int dynamic);
/** The <default> text of the attribute being declared. */
int an_i_gexf_set_default(an_i_gexf_reader *r, const char *text, size_t length);
/** Store `value` (NUL-terminated) of type `type` into column `column` of the owner row. */
int an_i_gexf_store(an_i_gexf_reader *r, an_domain domain, int column, int64_t row, an_type type,
                    const char *value, const char *what);
/** The column of a reserved role in `domain`, created on first use; -1 on failure (recorded). */
int an_i_gexf_reserved_column(an_i_gexf_reader *r, an_domain domain, int reserved);
/** Store `value` (NULL: nothing) in the reserved column of `reserved` for `row`; 0 or the failure recorded. */
int an_i_gexf_set_reserved_text(an_i_gexf_reader *r, an_domain domain, int64_t row, int reserved,
                                const char *value, const char *what);
/** An <attvalue>: `start`/`end` may be NULL (static). */
int an_i_gexf_attvalue(an_i_gexf_reader *r, const char *for_id, const char *value,
                       const char *start, const char *end);
/** At the end of a node/edge element: store its dynamic values. */
int an_i_gexf_flush_dynamic(an_i_gexf_reader *r, an_domain domain, int64_t row);
void an_i_gexf_attributes_free(an_i_gexf_reader *r);

/* ---- time (gexf_spells.c) ---------------------------------------------- */

/** Set the owner's start/end columns (either may be NULL). */
int an_i_gexf_owner_times(an_i_gexf_reader *r, an_i_gexf_owner *owner, const char *start, const char *end);
/** Add a <spell> to the owner. */
int an_i_gexf_owner_spell(an_i_gexf_reader *r, an_i_gexf_owner *owner, const char *start, const char *end);
/** At the end of the owner: store spells (one -> start/end; several -> spells + start/end). */
int an_i_gexf_owner_finish(an_i_gexf_reader *r, an_i_gexf_owner *owner);
void an_i_gexf_owner_free(an_i_gexf_owner *owner);

/** Append `value` as an entry of interval-map text, quoted when needed. */
void an_i_gexf_map_value(an_i_strbuf *out, const char *value);

/** One entry of interval-map or interval-set text. */
typedef struct an_i_gexf_interval {
    char start[64], end[64];    /* "" when unbounded */
    char *value;                /* malloc'ed (maps), NULL for sets */
} an_i_gexf_interval;

/**
 * Parse "<[s, e, v]; ...>" (with_value) or "<[s, e]; ...>" into a malloc'ed
 * array (*out, *count); -Infinity / Infinity bounds become "". Returns 0, or
 * -1 when the text is not in that form (nothing handed out).
 */
int an_i_gexf_parse_intervals(const char *text, int with_value, an_i_gexf_interval **out, int *count);
void an_i_gexf_intervals_free(an_i_gexf_interval *items, int count);

#endif
