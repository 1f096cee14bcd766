/*
 * graphml_write_internal.h — what the GraphML writer's files share
 * (graphml_write.c: values, fragments, nodes, edges, the document;
 * graphml_write_keys.c: the <key> declarations).
 */
#ifndef ACTORNET_GRAPHML_WRITE_INTERNAL_H
#define ACTORNET_GRAPHML_WRITE_INTERNAL_H

#include "graphml_nesting_plan.h"
#include "network_internal.h"
#include "output_sink.h"
#include "row_index.h"
#include "string_table.h"

#include <stddef.h>
#include <stdint.h>

#define PUT(sink, literal) an_i_sink_write((sink), (literal), sizeof(literal) - 1)

/* How a column is declared. */
typedef struct key_plan {
    const char *id;             /* the key id written (borrowed or `generated`) */
    size_t id_length;
    char generated[24];         /* storage for d<N> ids */
    int owner_domain;           /* the plan that writes the <key> (itself unless merged) */
    int owner_column;
    int for_all;                /* write for="all" */
    int written;                /* put_keys(): this shared key is out */
    int domains;                /* owner of a for="all" group: bit per domain in it */
    char *data_open;            /* `<data key="ID">` */
    size_t data_open_length;
} key_plan;

/* Fragments of one place, ordered by row then input order. */
typedef struct fragment_list {
    int64_t *order;             /* indices into network->fragments */
    int64_t count;
    int64_t cursor;
} fragment_list;

#define PLACES 11 /* graph, node, edge, document, keys, attributes of graph/node/edge, nested graphs'
                     attributes and content, the group of an edge (network_internal.h) */

typedef struct writer {
    const an_network *network;
    an_i_sink *sink;
    int indent;
    key_plan *plans[3];
    fragment_list fragments[PLACES];
    an_i_nesting_plan nesting;  /* groups nested again (graphml_nesting_plan.h) */
    an_i_row_index columns[3];  /* which columns have a value in each row */
} writer;

extern const char *const an_i_gw_domain_names[3]; /* "graph", "node", "edge" */


/* Start a line at nesting `level` (nothing when not indenting; deep levels share the widest indent). */
static inline void an_i_gw_line(writer *w, int level)
{
    static const char spaces[] = "\n                                                                ";
    size_t length = 1 + 2 * (size_t)(level < 0 ? 0 : level);
    if (w->indent)
        an_i_sink_write(w->sink, spaces, length < sizeof spaces - 1 ? length : sizeof spaces - 1);
}

/* A printable, bounded copy of a name that may itself hold the bad character. */
const char *an_i_gw_printable(const char *text, char *scratch, size_t size);
/* Escaped attribute text; on refusal record an error about `what`. */
int an_i_gw_put_attribute_text(writer *w, const char *text, const char *what);
/* Refuse text XML cannot carry: AN_EINVAL naming `what` and the bad byte at `bad`. */
int an_i_gw_refuse(const char *what, const char *text, size_t bad);
/* A value of column `c` (a row's or its default, see an_i_column_read) as element text; *bad on refusal. */
int an_i_gw_put_value(writer *w, const an_i_column *c, const an_i_value *value, size_t *bad);
/* The GraphML attr.type of a column type. */
const char *an_i_gw_type_name(an_type type);
/* Kept raw attributes (` name="value"` ...), minus those named in `skip`. */
void an_i_gw_put_raw_attributes(writer *w, const char *raw, const char *const *skip);
/* Choose every column's key id (graphml_write_keys.c). AN_OK or AN_ENOMEM. */
int an_i_gw_plan_keys(writer *w);
/* Write the <key>s in an order that reads back as each domain's column order. */
int an_i_gw_put_keys(writer *w);

/* The <graph>'s parse.* hints, true of what is written, when the input had any
 * (graphml_parse_hints.c). */
void an_i_gw_put_parse_hints(writer *w);

#endif
