/*
 * gexf_internal.h — the GEXF reader's state, shared by its files (private):
 *   gexf_read.c        libxml2 set-up, the SAX callbacks and the element state machine
 *   gexf_attributes.c  <attribute> declarations, <attvalue>s, typed values, the reserved
 *                      columns (label, weight, viz, parent, start/end ...)
 *   gexf_spells.c      time: start/end/spells of nodes and edges, dynamic values as
 *                      Gephi's interval-map text (shared with the writer)
 *   gexf_write.c       the writer
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

enum { AN_I_GEXF_ELEMENT_OTHER = 0, AN_I_GEXF_SCRATCH = 5 };

typedef struct an_i_gexf_reader {
    const char *file;
    an_gexf_read_options options;
    xmlParserCtxtPtr ctxt;
    an_network *network;
    int status;

    int64_t depth;
    int64_t skip_depth;             /* > 0: inside an element being skipped, at this depth */
    unsigned char *kinds;           /* element kind per depth */
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

/* ---- failures and warnings (gexf_read.c) ------------------------------- */

long an_i_gexf_line(const an_i_gexf_reader *r);
long an_i_gexf_column(const an_i_gexf_reader *r);
/** Record the first failure at the current position and halt the parser; returns code. */
int an_i_gexf_fail(an_i_gexf_reader *r, int code, const char *format, ...) __attribute__((format(printf, 3, 4)));
/** Record a load warning at the current position. */
void an_i_gexf_warn(an_i_gexf_reader *r, const char *format, ...) __attribute__((format(printf, 2, 3)));

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
