/*
 * graphml_write.c — the network as GraphML: every column as a typed <key>,
 * ids, per-edge direction, defaults, graph data and foreign markup kept.
 *
 * Document layout (deterministic: same network, same bytes):
 *
 *   <?xml version="1.0" encoding="UTF-8"?>
 *   <graphml xmlns=GraphML xmlns:xsi=... xsi:schemaLocation=... ROOT_ATTRIBUTES>
 *     <desc> fragments of the document, if any
 *     <key> per column, in an order that reads back as each domain's column
 *     order (put_keys()); then the kept raw <key>s (AN_I_PLACE_KEYS)
 *     <graph [id] edgedefault EXTRA>        (EXTRA: kept attributes, AN_I_PLACE_ATTRIBUTES)
 *       graph <desc> fragments, graph <data>, other graph fragments
 *       <node id EXTRA> <desc> fragments, <data> of set values, other fragments </node>
 *       <edge [id] source target [directed] EXTRA> likewise </edge>
 *     </graph>
 *     other document fragments (e.g. yEd's <data> for graphml)
 *   </graphml>
 *
 * Decisions:
 * - Key ids: a column's key_id is kept when it is a usable, unique id;
 *   columns read from one for="all" key (same id, name, type, default and
 *   extra markup in all three domains) share one <key for="all">; a group
 *   that no longer spans all three domains keeps the id in its first domain
 *   only (for="all" would make the reader add empty columns). Everything
 *   else gets d0, d1, ... skipping every id in use, including the ids of kept
 *   raw <key> fragments. The model's ids are never changed.
 * - attr.type is the column's type exactly (int stays int, long stays long).
 *   Markup columns (is_markup: yEd's <y:ShapeNode> and the like) carry no
 *   attr.type, as yEd writes them (attr.type="string" would tell NetworkX to
 *   read structured XML as text), and attr.name only when it differs from the
 *   key id (the reader names such a column after its key id).
 * - Extra attributes kept from the input (root_attributes, key_attributes)
 *   are written verbatim, minus any attribute this writer writes itself, so
 *   no attribute is ever duplicated.
 * - Only set values get a <data>; values that are absent read back as the
 *   <default> (when declared) or as missing.
 * - `directed` is written on an edge only where it differs from edgedefault.
 * - Text that XML 1.0 cannot represent (U+0001..U+001F other than TAB, LF,
 *   CR; U+FFFE; U+FFFF; invalid UTF-8) is refused with AN_EINVAL naming the
 *   node or edge and the column — never written as a broken document.
 * - Markup values and fragments are written verbatim (they are XML already).
 */
#include "actornet/graphml.h"

#include "error_internal.h"
#include "graphml_read.h"
#include "network_internal.h"
#include "number_format.h"
#include "output_sink.h"
#include "xml_escape.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GRAPHML_NAMESPACE "http://graphml.graphdrawing.org/xmlns"
#define XSI_NAMESPACE "http://www.w3.org/2001/XMLSchema-instance"
#define GRAPHML_SCHEMA GRAPHML_NAMESPACE " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

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

#define PLACES 8 /* graph, node, edge, document, keys, attributes of graph/node/edge */

typedef struct writer {
    const an_network *network;
    an_i_sink *sink;
    int indent;
    key_plan *plans[3];
    fragment_list fragments[PLACES];
} writer;

static const char *const domain_names[3] = {"graph", "node", "edge"};

/* ---- small output helpers ---------------------------------------------- */

static const char spaces[] = "\n                                ";

/* Start a line at nesting `level` (nothing when not indenting). */
static inline void line(writer *w, int level)
{
    if (w->indent)
        an_i_sink_write(w->sink, spaces, 1 + 2 * (size_t)level);
}

/* A printable, bounded copy of a name that may itself hold the bad character. */
static const char *printable(const char *text, char *scratch, size_t size)
{
    size_t i = 0;
    for (; text[i] && i + 4 < size; i++)
        scratch[i] = (unsigned char)text[i] < 0x20 ? '?' : text[i];
    if (text[i]) {
        while (i > 0 && ((unsigned char)text[i] & 0xC0) == 0x80)
            i--; /* do not cut a UTF-8 sequence */
        memcpy(scratch + i, "...", 3);
        i += 3;
    }
    scratch[i] = '\0';
    return scratch;
}

/* Record the refusal of `text` (bad at byte `bad`), described as `what`. */
static int refuse(const char *what, const char *text, size_t bad)
{
    char description[64];
    an_i_xml_describe_bad(description, sizeof description, text, strlen(text), bad);
    return an_i_error(AN_EINVAL, "cannot write GraphML: %s contains %s at byte %zu, which XML 1.0 "
                      "cannot represent", what, description, bad);
}

/* Describe row `row` of `domain` for an error message. */
static void describe_row(const writer *w, int domain, int64_t row, char *out, size_t size)
{
    char a[64], b[64];
    const an_network *network = w->network;
    if (domain == AN_DOMAIN_GRAPH)
        snprintf(out, size, "the graph");
    else if (domain == AN_DOMAIN_NODE)
        snprintf(out, size, "node '%s'", printable(network->node_ids[row], a, sizeof a));
    else
        snprintf(out, size, "edge %" PRId64 " ('%s' -> '%s')", row,
                 printable(network->node_ids[network->endpoints[2 * row]], a, sizeof a),
                 printable(network->node_ids[network->endpoints[2 * row + 1]], b, sizeof b));
}

/* Escaped attribute text; on refusal record an error about `what`. */
static int put_attribute_text(writer *w, const char *text, const char *what)
{
    size_t bad;
    if (an_i_xml_write_escaped(w->sink, text, strlen(text), 1, &bad) == AN_OK)
        return AN_OK;
    return refuse(what, text, bad);
}

static const char *type_name(an_type type)
{
    const char *name = an_type_name(type);
    return name ? name : "string";
}

/* ---- values -------------------------------------------------------------- */

/*
 * Write one value of a column: row >= 0 for a stored value, -1 for the
 * default. AN_OK, or AN_EINVAL with *bad set (a string XML cannot hold).
 */
static int put_value(writer *w, const an_i_column *c, int64_t row, size_t *bad)
{
    char *room;
    switch (c->type) {
    case AN_TYPE_BOOLEAN: {
        int value = row < 0 ? (int)c->default_value.integer : c->values.booleans[row];
        if (value)
            PUT(w->sink, "true");
        else
            PUT(w->sink, "false");
        return AN_OK;
    }
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        room = an_i_sink_reserve(w->sink, AN_I_NUMBER_BUFFER);
        an_i_sink_advance(w->sink, an_i_format_integer(room, row < 0 ? c->default_value.integer
                                                                     : c->values.integers[row]));
        return AN_OK;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        room = an_i_sink_reserve(w->sink, AN_I_NUMBER_BUFFER);
        an_i_sink_advance(w->sink, an_i_format_double(room, row < 0 ? c->default_value.real
                                                                    : c->values.reals[row]));
        return AN_OK;
    case AN_TYPE_STRING: {
        const char *text = row < 0 ? c->default_value.string : c->values.strings[row];
        if (!text)
            text = "";
        if (c->is_markup) {
            an_i_sink_puts(w->sink, text);
            return AN_OK;
        }
        return an_i_xml_write_escaped_string(w->sink, text, 0, bad);
    }
    }
    return AN_OK;
}

/* <data> of every set value of `domain` row `row`. */
static int put_data(writer *w, an_domain domain, int64_t row, int level)
{
    const an_i_column_set *set = &w->network->columns[domain];
    for (int k = 0; k < set->count; k++) {
        const an_i_column *c = &set->items[k];
        if (!an_i_column_present(c, row))
            continue;
        const key_plan *plan = &w->plans[domain][k];
        line(w, level);
        an_i_sink_write(w->sink, plan->data_open, plan->data_open_length);
        size_t bad;
        if (put_value(w, c, row, &bad) != AN_OK) {
            char owner[200], what[400], name[80];
            describe_row(w, domain, row, owner, sizeof owner);
            snprintf(what, sizeof what, "the value of %s in column '%s'", owner,
                     printable(c->name, name, sizeof name));
            return refuse(what, row < 0 ? c->default_value.string : c->values.strings[row], bad);
        }
        PUT(w->sink, "</data>");
    }
    return AN_OK;
}

/* ---- fragments ----------------------------------------------------------- */

/* Stable ordering by row, keeping input order within a row (merge sort). */
static void sort_by_row(const an_network *network, int64_t *order, int64_t *scratch, int64_t count)
{
    if (count < 2)
        return;
    int64_t half = count / 2;
    sort_by_row(network, order, scratch, half);
    sort_by_row(network, order + half, scratch, count - half);
    int64_t i = 0, j = half, k = 0;
    while (i < half && j < count) {
        if (network->fragments[order[j]].row < network->fragments[order[i]].row)
            scratch[k++] = order[j++];
        else
            scratch[k++] = order[i++];
    }
    while (i < half)
        scratch[k++] = order[i++];
    while (j < count)
        scratch[k++] = order[j++];
    memcpy(order, scratch, (size_t)count * sizeof *order);
}

static int index_fragments(writer *w)
{
    const an_network *network = w->network;
    if (network->fragment_count == 0)
        return AN_OK;
    int64_t counts[PLACES] = {0};
    for (int64_t f = 0; f < network->fragment_count; f++) {
        int place = network->fragments[f].place;
        if (place >= 0 && place < PLACES)
            counts[place]++;
    }
    int64_t *scratch = malloc((size_t)network->fragment_count * sizeof *scratch);
    if (!scratch)
        return AN_I_NOMEM();
    for (int p = 0; p < PLACES; p++) {
        if (!counts[p])
            continue;
        w->fragments[p].order = malloc((size_t)counts[p] * sizeof(int64_t));
        if (!w->fragments[p].order) {
            free(scratch);
            return AN_I_NOMEM();
        }
    }
    for (int64_t f = 0; f < network->fragment_count; f++) {
        int place = network->fragments[f].place;
        if (place >= 0 && place < PLACES)
            w->fragments[place].order[w->fragments[place].count++] = f;
    }
    for (int p = 0; p < PLACES; p++)
        sort_by_row(network, w->fragments[p].order, scratch, w->fragments[p].count);
    free(scratch);
    return AN_OK;
}

/*
 * Write the fragments of `place` for `row`: the <desc> ones when `descs` is
 * set, the others otherwise (GraphML wants <desc> first in every element).
 * Returns whether any exist for the row (whatever `descs`).
 */
static int put_fragments(writer *w, int place, int64_t row, int level, int descs)
{
    fragment_list *list = &w->fragments[place];
    const an_network *network = w->network;
    /* Skip rows before this one (rows that no longer exist, or were passed). */
    while (list->cursor < list->count && network->fragments[list->order[list->cursor]].row < row)
        list->cursor++;
    int64_t i = list->cursor;
    int any = 0;
    for (; i < list->count && network->fragments[list->order[i]].row == row; i++) {
        const char *markup = network->fragments[list->order[i]].markup;
        any = 1;
        if (an_i_xml_starts_with_element(markup, "desc") != descs)
            continue;
        line(w, level);
        an_i_sink_puts(w->sink, markup);
    }
    if (!descs)
        list->cursor = i; /* the second pass consumes the row */
    return any;
}

static int has_fragments(writer *w, int place, int64_t row)
{
    fragment_list *list = &w->fragments[place];
    const an_network *network = w->network;
    while (list->cursor < list->count && network->fragments[list->order[list->cursor]].row < row)
        list->cursor++;
    return list->cursor < list->count && network->fragments[list->order[list->cursor]].row == row;
}

static void put_raw_attributes(writer *w, const char *raw, const char *const *skip);

/* Extra attributes of the graph/node/edge start tag (AN_I_PLACE_ATTRIBUTES), minus ours. */
static void put_attribute_fragments(writer *w, an_domain domain, int64_t row, const char *const *skip)
{
    int place = AN_I_PLACE_ATTRIBUTES(domain);
    fragment_list *list = &w->fragments[place];
    if (list->count == 0)
        return;
    const an_network *network = w->network;
    while (list->cursor < list->count && network->fragments[list->order[list->cursor]].row < row)
        list->cursor++;
    for (; list->cursor < list->count && network->fragments[list->order[list->cursor]].row == row;
         list->cursor++)
        put_raw_attributes(w, network->fragments[list->order[list->cursor]].markup, skip);
}

/* ---- keys ---------------------------------------------------------------- */

static int same_text(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

/* Two columns can be one <key for="all">: identical declarations. */
static int same_declaration(const an_i_column *a, const an_i_column *b)
{
    if (a->type != b->type || a->is_markup != b->is_markup || a->has_default != b->has_default ||
        strcmp(a->name, b->name) != 0 || !same_text(a->key_attributes, b->key_attributes) ||
        !same_text(a->key_markup, b->key_markup))
        return 0;
    if (!a->has_default)
        return 1;
    switch (a->type) {
    case AN_TYPE_BOOLEAN:
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        return a->default_value.integer == b->default_value.integer;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        return memcmp(&a->default_value.real, &b->default_value.real, sizeof(double)) == 0;
    case AN_TYPE_STRING:
        return same_text(a->default_value.string, b->default_value.string);
    }
    return 0;
}

/* A key id we can keep: non-empty text XML can hold. */
static int usable_id(const char *id)
{
    return id && *id && an_i_xml_check(id, strlen(id), NULL) == AN_OK;
}

static int claim(an_i_string_table *used, const char *id, size_t length)
{
    uint64_t hash = an_i_string_hash(id, length);
    int inserted = 0;
    if (!an_i_string_table_upsert(used, id, length, hash, 0, &inserted))
        return -1;
    return inserted;
}

static int plan_keys(writer *w)
{
    const an_network *network = w->network;
    an_i_string_table used;     /* every key id taken */
    an_i_string_table shared;   /* for="all" key id -> owner (domain * 2^32 + column) */
    an_i_string_table_init(&used);
    an_i_string_table_init(&shared);
    int rc = AN_OK;

    for (int d = 0; d < 3; d++) {
        int count = network->columns[d].count;
        w->plans[d] = calloc(count ? (size_t)count : 1, sizeof(key_plan));
        if (!w->plans[d]) {
            rc = AN_I_NOMEM();
            goto cleanup;
        }
    }
    /* Ids of kept raw keys are taken first: they cannot be renamed. */
    const fragment_list *raw = &w->fragments[AN_I_PLACE_KEYS];
    for (int64_t i = 0; i < raw->count; i++) {
        const char *id;
        size_t length;
        if (an_i_xml_element_id(network->fragments[raw->order[i]].markup, &id, &length) &&
            claim(&used, id, length) < 0) {
            rc = AN_I_NOMEM();
            goto cleanup;
        }
    }
    /* Pass 1: keep the model's key ids where unique (or shared by a for="all" key). */
    for (int d = 0; d < 3; d++) {
        for (int k = 0; k < network->columns[d].count; k++) {
            const an_i_column *c = &network->columns[d].items[k];
            key_plan *plan = &w->plans[d][k];
            plan->owner_domain = d;
            plan->owner_column = k;
            if (!usable_id(c->key_id))
                continue;
            size_t length = strlen(c->key_id);
            uint64_t hash = an_i_string_hash(c->key_id, length);
            if (c->key_for == AN_I_FOR_ALL) {
                an_i_string_slot *slot = an_i_string_table_find(&shared, c->key_id, length, hash);
                if (slot) {
                    int od = (int)(slot->value >> 32), ok = (int)(slot->value & 0xffffffff);
                    key_plan *owner = &w->plans[od][ok];
                    if (!(owner->domains & (1 << d)) && same_declaration(&network->columns[od].items[ok], c)) {
                        owner->domains |= 1 << d;
                        plan->owner_domain = od;
                        plan->owner_column = ok;
                        plan->id = c->key_id;
                        plan->id_length = length;
                        plan->for_all = 1;
                        continue;
                    }
                }
            }
            int inserted = claim(&used, c->key_id, length);
            if (inserted < 0) {
                rc = AN_I_NOMEM();
                goto cleanup;
            }
            if (!inserted)
                continue; /* taken: pass 2 invents one */
            plan->id = c->key_id;
            plan->id_length = length;
            if (c->key_for == AN_I_FOR_ALL) {
                plan->for_all = 1;
                plan->domains = 1 << d;
                if (!an_i_string_table_upsert(&shared, c->key_id, length, hash,
                                              ((int64_t)d << 32) | k, NULL)) {
                    rc = AN_I_NOMEM();
                    goto cleanup;
                }
            }
        }
    }
    /*
     * A for="all" key declares the attribute for graph, nodes and edges alike
     * (the reader makes a column in each domain). Only a group that spans all
     * three domains is written that way; otherwise the first column keeps the
     * id for its own domain and the others get fresh ids, so that reading
     * back adds no empty columns.
     */
    for (int d = 0; d < 3; d++) {
        for (int k = 0; k < network->columns[d].count; k++) {
            key_plan *plan = &w->plans[d][k];
            if (!plan->for_all)
                continue;
            int owner_domain = plan->owner_domain, owner_column = plan->owner_column;
            if (w->plans[owner_domain][owner_column].domains == 7)
                continue;
            /* split: the owner keeps the id for its own domain, members get fresh ids */
            if (owner_domain == d && owner_column == k) {
                plan->for_all = 0;
            } else {
                plan->owner_domain = d;
                plan->owner_column = k;
                plan->id = NULL;
                plan->for_all = 0;
            }
        }
    }
    /* Pass 2: invent d0, d1, ... for the rest. */
    int64_t next = 0;
    for (int d = 0; d < 3; d++) {
        for (int k = 0; k < network->columns[d].count; k++) {
            key_plan *plan = &w->plans[d][k];
            if (plan->id)
                continue;
            for (;;) {
                int n = snprintf(plan->generated, sizeof plan->generated, "d%" PRId64, next++);
                int inserted = claim(&used, plan->generated, (size_t)n);
                if (inserted < 0) {
                    rc = AN_I_NOMEM();
                    goto cleanup;
                }
                if (inserted)
                    break;
            }
            plan->id = plan->generated;
            plan->id_length = strlen(plan->generated);
            plan->for_all = 0;
        }
    }
    /* The <data key="..."> openings, escaped once. */
    for (int d = 0; d < 3; d++) {
        for (int k = 0; k < network->columns[d].count; k++) {
            key_plan *plan = &w->plans[d][k];
            an_i_sink text;
            if ((rc = an_i_sink_open_buffer(&text)) != AN_OK)
                goto cleanup;
            PUT(&text, "<data key=\"");
            an_i_xml_write_escaped(&text, plan->id, plan->id_length, 1, NULL); /* usable: cannot fail */
            PUT(&text, "\">");
            size_t length = 0;
            if ((rc = an_i_sink_commit(&text, &plan->data_open, &length)) != AN_OK)
                goto cleanup;
            plan->data_open_length = length;
        }
    }

cleanup:
    an_i_string_table_free(&used);
    an_i_string_table_free(&shared);
    return rc;
}

/* Raw attributes minus the ones in `skip` (NULL-terminated). */
static void put_raw_attributes(writer *w, const char *raw, const char *const *skip)
{
    if (!raw)
        return;
    const char *cursor = raw, *end = raw + strlen(raw);
    an_i_xml_attribute a;
    const char *last = raw;
    int parsed_all = 1;
    while (an_i_xml_next_attribute(&cursor, end, &a)) {
        int skipped = 0;
        for (const char *const *s = skip; *s && !skipped; s++)
            skipped = strlen(*s) == a.name_length && memcmp(*s, a.name, a.name_length) == 0;
        if (!skipped) {
            PUT(w->sink, " ");
            an_i_sink_write(w->sink, a.span, a.span_length);
        }
        last = cursor;
    }
    for (const char *p = last; *p; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
            parsed_all = 0;
    if (!parsed_all) {
        /* Not an attribute list we understand: keep the rest as it came. */
        an_i_sink_puts(w->sink, last);
    }
}

static int put_key(writer *w, an_domain d, int k)
{
    const an_i_column *c = &w->network->columns[d].items[k];
    const key_plan *plan = &w->plans[d][k];
    char scratch[80];
    static const char *const skip[] = {"id", "for", "attr.name", "attr.type", NULL};
    static const char *const skip_but_type[] = {"id", "for", "attr.name", NULL};

    line(w, 1);
    PUT(w->sink, "<key id=\"");
    an_i_xml_write_escaped(w->sink, plan->id, plan->id_length, 1, NULL);
    PUT(w->sink, "\" for=\"");
    an_i_sink_puts(w->sink, plan->for_all ? "all" : domain_names[d]);
    PUT(w->sink, "\"");
    if (!c->is_markup || strcmp(c->name, plan->id) != 0) {
        PUT(w->sink, " attr.name=\"");
        char what[120];
        snprintf(what, sizeof what, "the name of %s column '%s'", domain_names[d],
                 printable(c->name, scratch, sizeof scratch));
        int rc = put_attribute_text(w, c->name, what);
        if (rc != AN_OK)
            return rc;
        PUT(w->sink, "\"");
    }
    /* a type GraphML does not name (graph-tool's vector_float ...), read as text, is declared again */
    int kept_type = c->type == AN_TYPE_STRING && an_i_xml_has_attribute(c->key_attributes, "attr.type");
    if (!c->is_markup && !kept_type) {
        PUT(w->sink, " attr.type=\"");
        an_i_sink_puts(w->sink, type_name(c->type));
        PUT(w->sink, "\"");
    }
    put_raw_attributes(w, c->key_attributes, kept_type ? skip_but_type : skip);
    if (!c->has_default && !c->key_markup) {
        PUT(w->sink, "/>");
        return AN_OK;
    }
    PUT(w->sink, ">");
    if (c->key_markup) {
        /* Kept inner markup (<desc>, ...) first: the schema puts <desc> before <default>. */
        line(w, 2);
        an_i_sink_puts(w->sink, c->key_markup);
    }
    if (c->has_default) {
        line(w, 2);
        PUT(w->sink, "<default>");
        size_t bad;
        if (put_value(w, c, -1, &bad) != AN_OK) {
            char what[120];
            snprintf(what, sizeof what, "the default of %s column '%s'", domain_names[d],
                     printable(c->name, scratch, sizeof scratch));
            return refuse(what, c->default_value.string, bad);
        }
        PUT(w->sink, "</default>");
    }
    line(w, 1);
    PUT(w->sink, "</key>");
    return AN_OK;
}

/*
 * All <key>s, in an order that gives back each domain's column order when
 * read (the reader makes columns in declaration order, a for="all" key one
 * in every domain at once): a merge of the three column lists in which a
 * shared for="all" key goes out when it is next in all three. Keys of one
 * domain go out in runs: graph, node, edge. If shared keys cross (A before
 * B for nodes, B before A for edges) no order can keep both; the shared key
 * next in the first domain goes out and the rest follows.
 */
static int put_keys(writer *w)
{
    const an_network *network = w->network;
    int next[3] = {0, 0, 0};
    for (;;) {
        int rc;
        /* Each domain's run of own keys; shared keys already written are passed over. */
        for (int d = 0; d < 3; d++) {
            while (next[d] < network->columns[d].count) {
                const key_plan *plan = &w->plans[d][next[d]];
                if (plan->for_all && w->plans[plan->owner_domain][plan->owner_column].written) {
                    next[d]++;
                    continue;
                }
                if (plan->for_all)
                    break;
                if ((rc = put_key(w, (an_domain)d, next[d])) != AN_OK)
                    return rc;
                next[d]++;
            }
        }
        /* Every domain is now at a shared key not yet written, or done: write the
         * first domain's (where they agree, that is the one key next everywhere). */
        int d = 0;
        while (d < 3 && next[d] >= network->columns[d].count)
            d++;
        if (d == 3)
            return AN_OK;
        const key_plan *plan = &w->plans[d][next[d]];
        key_plan *owner = &w->plans[plan->owner_domain][plan->owner_column];
        if ((rc = put_key(w, (an_domain)plan->owner_domain, plan->owner_column)) != AN_OK)
            return rc;
        owner->written = 1;
    }
}

/* ---- the document ---------------------------------------------------------- */

static int put_document(writer *w)
{
    const an_network *network = w->network;
    an_i_sink *sink = w->sink;
    char scratch[80];
    int rc;

    PUT(sink, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml");
    const char *root = network->root_attributes;
    if (!an_i_xml_has_attribute(root, "xmlns"))
        PUT(sink, " xmlns=\"" GRAPHML_NAMESPACE "\"");
    if (!an_i_xml_has_local_attribute(root, "schemaLocation")) {
        if (!an_i_xml_has_attribute(root, "xmlns:xsi"))
            PUT(sink, " xmlns:xsi=\"" XSI_NAMESPACE "\"");
        PUT(sink, " xsi:schemaLocation=\"" GRAPHML_SCHEMA "\"");
    }
    static const char *const no_skip[] = {NULL};
    put_raw_attributes(w, root, no_skip);
    PUT(sink, ">");

    put_fragments(w, AN_I_PLACE_DOCUMENT, 0, 1, 1);
    put_fragments(w, AN_I_PLACE_KEYS, 0, 1, 1);
    if ((rc = put_keys(w)) != AN_OK)
        return rc;
    w->fragments[AN_I_PLACE_KEYS].cursor = 0;
    put_fragments(w, AN_I_PLACE_KEYS, 0, 1, 0);

    line(w, 1);
    PUT(sink, "<graph");
    if (network->graph_id) {
        PUT(sink, " id=\"");
        if ((rc = put_attribute_text(w, network->graph_id, "the graph id")) != AN_OK)
            return rc;
        PUT(sink, "\"");
    }
    if (network->default_directed)
        PUT(sink, " edgedefault=\"directed\"");
    else
        PUT(sink, " edgedefault=\"undirected\"");
    static const char *const graph_skip[] = {"id", "edgedefault", NULL};
    put_attribute_fragments(w, AN_DOMAIN_GRAPH, 0, graph_skip);
    PUT(sink, ">");

    put_fragments(w, AN_DOMAIN_GRAPH, 0, 2, 1);
    if ((rc = put_data(w, AN_DOMAIN_GRAPH, 0, 2)) != AN_OK)
        return rc;
    w->fragments[AN_DOMAIN_GRAPH].cursor = 0;
    put_fragments(w, AN_DOMAIN_GRAPH, 0, 2, 0);

    for (int64_t v = 0; v < network->node_count; v++) {
        if ((v & 4095) == 0 && an_i_sink_failed(sink))
            return sink->status;
        const char *id = network->node_ids[v];
        line(w, 2);
        PUT(sink, "<node id=\"");
        size_t bad;
        if (an_i_xml_write_escaped_string(sink, id, 1, &bad) != AN_OK) {
            char what[120];
            snprintf(what, sizeof what, "the id of node %" PRId64 " ('%s')", v,
                     printable(id, scratch, sizeof scratch));
            return refuse(what, id, bad);
        }
        PUT(sink, "\"");
        static const char *const node_skip[] = {"id", NULL};
        put_attribute_fragments(w, AN_DOMAIN_NODE, v, node_skip);
        int fragments = has_fragments(w, AN_DOMAIN_NODE, v);
        int any_data = 0;
        const an_i_column_set *set = &network->columns[AN_DOMAIN_NODE];
        for (int k = 0; k < set->count && !any_data; k++)
            any_data = an_i_column_present(&set->items[k], v);
        if (!fragments && !any_data) {
            PUT(sink, "/>");
            continue;
        }
        PUT(sink, ">");
        if (fragments) {
            int64_t start = w->fragments[AN_DOMAIN_NODE].cursor;
            put_fragments(w, AN_DOMAIN_NODE, v, 3, 1);
            w->fragments[AN_DOMAIN_NODE].cursor = start;
        }
        if ((rc = put_data(w, AN_DOMAIN_NODE, v, 3)) != AN_OK)
            return rc;
        if (fragments)
            put_fragments(w, AN_DOMAIN_NODE, v, 3, 0);
        line(w, 2);
        PUT(sink, "</node>");
    }

    for (int64_t e = 0; e < network->edge_count; e++) {
        if ((e & 4095) == 0 && an_i_sink_failed(sink))
            return sink->status;
        line(w, 2);
        PUT(sink, "<edge");
        const char *edge_id = network->edge_ids ? network->edge_ids[e] : NULL;
        if (edge_id) {
            PUT(sink, " id=\"");
            size_t bad;
            if (an_i_xml_write_escaped_string(sink, edge_id, 1, &bad) != AN_OK) {
                char owner[200], what[240];
                describe_row(w, AN_DOMAIN_EDGE, e, owner, sizeof owner);
                snprintf(what, sizeof what, "the id of %s", owner);
                return refuse(what, edge_id, bad);
            }
            PUT(sink, "\"");
        }
        PUT(sink, " source=\"");
        /* Node ids were checked above. */
        const char *source = network->node_ids[network->endpoints[2 * e]];
        const char *target = network->node_ids[network->endpoints[2 * e + 1]];
        an_i_xml_write_escaped_string(sink, source, 1, NULL);
        PUT(sink, "\" target=\"");
        an_i_xml_write_escaped_string(sink, target, 1, NULL);
        int directed = an_i_edge_directed(network, e);
        if (directed != (network->default_directed != 0)) {
            if (directed)
                PUT(sink, "\" directed=\"true");
            else
                PUT(sink, "\" directed=\"false");
        }
        PUT(sink, "\"");
        static const char *const edge_skip[] = {"id", "source", "target", "directed", NULL};
        put_attribute_fragments(w, AN_DOMAIN_EDGE, e, edge_skip);
        int fragments = has_fragments(w, AN_DOMAIN_EDGE, e);
        int any_data = 0;
        const an_i_column_set *set = &network->columns[AN_DOMAIN_EDGE];
        for (int k = 0; k < set->count && !any_data; k++)
            any_data = an_i_column_present(&set->items[k], e);
        if (!fragments && !any_data) {
            PUT(sink, "/>");
            continue;
        }
        PUT(sink, ">");
        if (fragments) {
            int64_t start = w->fragments[AN_DOMAIN_EDGE].cursor;
            put_fragments(w, AN_DOMAIN_EDGE, e, 3, 1);
            w->fragments[AN_DOMAIN_EDGE].cursor = start;
        }
        if ((rc = put_data(w, AN_DOMAIN_EDGE, e, 3)) != AN_OK)
            return rc;
        if (fragments)
            put_fragments(w, AN_DOMAIN_EDGE, e, 3, 0);
        line(w, 2);
        PUT(sink, "</edge>");
    }
    line(w, 1);
    PUT(sink, "</graph>");
    w->fragments[AN_I_PLACE_DOCUMENT].cursor = 0;
    put_fragments(w, AN_I_PLACE_DOCUMENT, 0, 1, 0);
    PUT(sink, "\n</graphml>\n");
    return sink->status;
}

static void writer_free(writer *w)
{
    for (int d = 0; d < 3; d++) {
        if (!w->plans[d])
            continue;
        for (int k = 0; k < w->network->columns[d].count; k++)
            free(w->plans[d][k].data_open);
        free(w->plans[d]);
    }
    for (int p = 0; p < PLACES; p++)
        free(w->fragments[p].order);
}

/* Write the network into an open sink; commits on success, aborts on failure. */
static int write_graphml(const an_network *network, an_i_sink *sink,
                         const an_graphml_write_options *options, char **out, size_t *out_size)
{
    writer w;
    memset(&w, 0, sizeof w);
    w.network = network;
    w.sink = sink;
    w.indent = options ? options->indent != 0 : 1;
    int rc = index_fragments(&w);
    if (rc == AN_OK)
        rc = plan_keys(&w);
    if (rc == AN_OK)
        rc = put_document(&w);
    writer_free(&w);
    if (rc != AN_OK) {
        an_i_sink_abort(sink);
        return rc;
    }
    return an_i_sink_commit(sink, out, out_size);
}

static int check_options(const an_graphml_write_options *options)
{
    if (options && options->version != AN_GRAPHML_WRITE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_graphml_write_options has version %u, expected %d",
                          options->version, AN_GRAPHML_WRITE_OPTIONS_VERSION);
    return AN_OK;
}

int an_network_save_graphml(const an_network *network, const char *path,
                            const an_graphml_write_options *options)
{
    if (!network || !path)
        return AN_I_MISUSE("network or path is NULL");
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    an_i_sink sink;
    if ((rc = an_i_sink_open_file(&sink, path)) != AN_OK)
        return rc;
    return write_graphml(network, &sink, options, NULL, NULL);
}

int an_network_graphml_to_buffer(char **out, size_t *out_size, const an_network *network,
                                 const an_graphml_write_options *options)
{
    if (out)
        *out = NULL;
    if (out_size)
        *out_size = 0;
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    int rc = check_options(options);
    if (rc != AN_OK)
        return rc;
    an_i_sink sink;
    if ((rc = an_i_sink_open_buffer(&sink)) != AN_OK)
        return rc;
    return write_graphml(network, &sink, options, out, out_size);
}
