/*
 * gexf_write.c — the GEXF 1.2draft writer (the contract and the mapping are in
 * include/actornet/gexf.h). Runs in the shared writer frame (output_sink.h):
 * atomic files, streams, buffers.
 *
 * Plan first, then write: each column is either one of GEXF's own XML
 * attributes or viz elements (a "role": label, weight, kind, mutual, r/g/b,
 * alpha, x/y/z, size, thickness, shape, parent, start/end/spells) or a
 * declared <attribute> (static, or dynamic when it holds interval maps read
 * from dynamic attributes). A column the reader made from a declared
 * <attribute> carries its GEXF type in its key attributes and is always
 * written as an <attribute> again, so a round trip keeps every column where
 * it was.
 */
#include "gexf_internal.h"
#include "error_internal.h"
#include "number_format.h"
#include "output_sink.h"
#include "value_text.h"
#include "xml_escape.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct column_plan {
    int role;               /* an an_i_gexf_reserved, or -1: a declared attribute */
    int dynamic;            /* declared attribute holding interval maps */
    char type[72];          /* GEXF type of a declared attribute */
    char id[32];            /* attribute id when the column's key id cannot serve */
} column_plan;

typedef struct writer {
    an_i_sink *sink;
    const an_network *network;
    int indent;
    int status;
    column_plan *plan[3];
    int role_column[3][AN_I_GEXF_RESERVED_COUNT];
    const char *timeformat;
} writer;

static const char *const gexf_type_names[] = { "boolean", "integer", "long", "float", "double", "string" };

/* ---- plain output ------------------------------------------------------- */

static void put(writer *w, const char *text)
{
    an_i_sink_puts(w->sink, text);
}

static void line(writer *w, int level, const char *text)
{
    if (w->indent)
        for (int i = 0; i < level; i++)
            put(w, "  ");
    put(w, text);
}

static void end_line(writer *w)
{
    if (w->indent)
        put(w, "\n");
}

static int refuse(writer *w, const char *what, const char *text, size_t bad)
{
    char description[64];
    an_i_xml_describe_bad(description, sizeof description, text, strlen(text), bad);
    if (!w->status)
        w->status = an_i_error(AN_EINVAL, "cannot write GEXF: %s contains %s at byte %zu, which XML 1.0 "
                               "cannot represent", what, description, bad);
    return w->status;
}

/* ` name="value"`, escaped. */
static void attribute(writer *w, const char *name, const char *value, const char *what)
{
    size_t bad = 0;
    an_i_sink_putc(w->sink, ' ');
    put(w, name);
    put(w, "=\"");
    if (an_i_xml_write_escaped_string(w->sink, value, 1, &bad) != AN_OK)
        refuse(w, what, value, bad);
    an_i_sink_putc(w->sink, '"');
}

static void text_element(writer *w, int level, const char *name, const char *value)
{
    char open[64];
    snprintf(open, sizeof open, "<%s>", name);
    line(w, level, open);
    size_t bad = 0;
    if (an_i_xml_write_escaped_string(w->sink, value, 0, &bad) != AN_OK)
        refuse(w, name, value, bad);
    put(w, "</");
    put(w, name);
    put(w, ">");
    end_line(w);
}

/* The text of a value (GEXF spelling of the infinities); NULL when missing. */
static const char *value_text(const an_i_column *c, int64_t row, char buffer[AN_I_NUMBER_BUFFER], int *is_default)
{
    an_i_value v;
    int state = an_i_column_read(c, row, &v);
    if (is_default)
        *is_default = state == AN_I_CELL_DEFAULT;
    if (state == AN_I_CELL_MISSING)
        return NULL;
    switch (c->type) {
    case AN_TYPE_BOOLEAN: an_i_format_boolean(buffer, (int)v.integer); return buffer;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: an_i_format_integer(buffer, v.integer); return buffer;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        if (isinf(v.real))
            return v.real > 0 ? "Infinity" : "-Infinity"; /* Java's spelling: Gephi reads it, so do Python and we */
        an_i_format_double(buffer, v.real);
        return buffer;
    default: return v.string;
    }
}

/* A column's own value at row (not the default); NULL when absent. */
static const char *own_value(const an_i_column *c, int64_t row, char buffer[AN_I_NUMBER_BUFFER])
{
    int is_default = 0;
    const char *text = value_text(c, row, buffer, &is_default);
    return is_default ? NULL : text;
}

/* ---- the plan ----------------------------------------------------------- */

/* The value of key attribute `name` kept with a column (e.g. gexf.type), into out; 0 if none. */
static int kept_attribute(const an_i_column *c, const char *name, char *out, size_t size)
{
    if (!c->key_attributes)
        return 0;
    const char *cursor = c->key_attributes, *end = cursor + strlen(cursor);
    an_i_xml_attribute a;
    while (an_i_xml_next_attribute(&cursor, end, &a)) {
        if (a.name_length == strlen(name) && memcmp(a.name, name, a.name_length) == 0 && a.value_length < size) {
            memcpy(out, a.value, a.value_length);
            out[a.value_length] = '\0';
            return 1;
        }
    }
    return 0;
}

static int numeric(an_type t)
{
    return t == AN_TYPE_INT || t == AN_TYPE_LONG || t == AN_TYPE_FLOAT || t == AN_TYPE_DOUBLE;
}

/* Can column c (not from a GEXF <attribute>) take role k in domain d? */
static int fits_role(const an_i_column *c, an_domain d, int k)
{
    switch (k) {
    case AN_I_GEXF_LABEL: case AN_I_GEXF_SHAPE: return c->type == AN_TYPE_STRING;
    case AN_I_GEXF_KIND: case AN_I_GEXF_MUTUAL: case AN_I_GEXF_WEIGHT: case AN_I_GEXF_THICKNESS:
        if (d != AN_DOMAIN_EDGE)
            return 0;
        return k == AN_I_GEXF_KIND ? c->type == AN_TYPE_STRING : k == AN_I_GEXF_MUTUAL ? c->type == AN_TYPE_BOOLEAN
                                                                                      : numeric(c->type);
    case AN_I_GEXF_R: case AN_I_GEXF_G: case AN_I_GEXF_B:
        return c->type == AN_TYPE_INT || c->type == AN_TYPE_LONG;
    case AN_I_GEXF_ALPHA: case AN_I_GEXF_X: case AN_I_GEXF_Y: case AN_I_GEXF_Z: return numeric(c->type);
    case AN_I_GEXF_SIZE: return d == AN_DOMAIN_NODE && numeric(c->type);
    case AN_I_GEXF_PARENT: return d == AN_DOMAIN_NODE && c->type == AN_TYPE_STRING;
    case AN_I_GEXF_SPELLS: return c->type == AN_TYPE_STRING;
    default: return 1; /* start, end: checked against the timeformat */
    }
}

static const char *time_kind(an_type t)
{
    return t == AN_TYPE_STRING ? "date" : t == AN_TYPE_INT || t == AN_TYPE_LONG ? "integer"
         : t == AN_TYPE_FLOAT || t == AN_TYPE_DOUBLE ? "double" : NULL;
}

static const char *kind_of_format(const char *timeformat)
{
    if (strcmp(timeformat, "integer") == 0 || strcmp(timeformat, "long") == 0)
        return "integer";
    if (strcmp(timeformat, "double") == 0 || strcmp(timeformat, "float") == 0)
        return "double";
    return "date";
}

static int plan(writer *w)
{
    const an_network *n = w->network;
    /* the timeformat: kept from a GEXF file, else from the start/end columns' types */
    w->timeformat = NULL;
    const char *format_text = NULL;
    int format_column = an_i_find_column_quiet(n, AN_DOMAIN_GRAPH, "gexf_timeformat");
    an_i_value kept;
    if (format_column >= 0 && n->columns[AN_DOMAIN_GRAPH].items[format_column].type == AN_TYPE_STRING &&
        an_i_column_read(&n->columns[AN_DOMAIN_GRAPH].items[format_column], 0, &kept) != AN_I_CELL_MISSING)
        format_text = kept.string;
    for (int d = AN_DOMAIN_NODE; d <= AN_DOMAIN_EDGE; d++) {
        int count = n->columns[d].count;
        w->plan[d] = calloc((size_t)(count ? count : 1), sizeof *w->plan[d]);
        if (!w->plan[d])
            return AN_I_NOMEM();
        for (int k = 0; k < AN_I_GEXF_RESERVED_COUNT; k++)
            w->role_column[d][k] = -1;
        for (int i = 0; i < count; i++) {
            const an_i_column *c = &n->columns[d].items[i];
            column_plan *p = &w->plan[d][i];
            p->role = -1;
            char mode[32];
            if (kept_attribute(c, AN_I_GEXF_TYPE_ATTRIBUTE, p->type, sizeof p->type)) {
                p->dynamic = c->type == AN_TYPE_STRING && kept_attribute(c, AN_I_GEXF_MODE_ATTRIBUTE, mode, sizeof mode) &&
                             strcmp(mode, "dynamic") == 0;
                int known = 0;
                if (!p->dynamic && an_i_gexf_column_type(p->type, &known) != c->type)
                    snprintf(p->type, sizeof p->type, "%s", gexf_type_names[c->type]);
                continue;
            }
            snprintf(p->type, sizeof p->type, "%s", gexf_type_names[c->type]);
            for (int k = 0; k < AN_I_GEXF_RESERVED_COUNT; k++) {
                if (strcmp(c->name, an_i_gexf_reserved_name(k)) == 0 && w->role_column[d][k] < 0 &&
                    fits_role(c, (an_domain)d, k)) {
                    p->role = k;
                    w->role_column[d][k] = i;
                }
            }
        }
        /* viz:color needs r, g and b; viz:position x and y */
        int *roles = w->role_column[d];
        int groups[][3] = { { AN_I_GEXF_R, AN_I_GEXF_G, AN_I_GEXF_B }, { AN_I_GEXF_X, AN_I_GEXF_Y, AN_I_GEXF_Y } };
        for (int g = 0; g < 2; g++) {
            if (roles[groups[g][0]] >= 0 && roles[groups[g][1]] >= 0 && roles[groups[g][2]] >= 0)
                continue;
            int members[] = { groups[g][0], groups[g][1], groups[g][2], g == 0 ? AN_I_GEXF_ALPHA : AN_I_GEXF_Z };
            for (int m = 0; m < 4; m++) {
                if (roles[members[m]] >= 0) {
                    w->plan[d][roles[members[m]]].role = -1;
                    roles[members[m]] = -1;
                }
            }
        }
        /* start and end must agree with one timeformat */
        int s = roles[AN_I_GEXF_START], e = roles[AN_I_GEXF_END];
        const char *ks = s >= 0 ? time_kind(n->columns[d].items[s].type) : NULL;
        const char *ke = e >= 0 ? time_kind(n->columns[d].items[e].type) : NULL;
        const char *want = format_text ? kind_of_format(format_text) : w->timeformat ? kind_of_format(w->timeformat)
                         : ks ? ks : ke;
        for (int m = 0; m < 2; m++) {
            int role = m ? AN_I_GEXF_END : AN_I_GEXF_START;
            const char *kind = m ? ke : ks;
            if (roles[role] >= 0 && (!want || !kind || strcmp(kind, want) != 0)) {
                w->plan[d][roles[role]].role = -1;
                roles[role] = -1;
            }
        }
        if (!w->timeformat && (roles[AN_I_GEXF_START] >= 0 || roles[AN_I_GEXF_END] >= 0))
            w->timeformat = format_text ? format_text : want;
    }
    if (!w->timeformat && format_text)
        w->timeformat = format_text;
    /* attribute ids: the kept key ids when they are distinct, else numbers */
    for (int d = AN_DOMAIN_NODE; d <= AN_DOMAIN_EDGE; d++) {
        int count = n->columns[d].count, distinct = 1;
        for (int i = 0; i < count && distinct; i++) {
            const char *id = n->columns[d].items[i].key_id;
            if (w->plan[d][i].role >= 0)
                continue;
            if (!id || !*id || strlen(id) >= sizeof w->plan[d][i].id)
                distinct = 0;
            for (int j = 0; j < i && distinct; j++)
                if (w->plan[d][j].role < 0 && strcmp(n->columns[d].items[j].key_id, id) == 0)
                    distinct = 0;
        }
        for (int i = 0, next = 0; i < count; i++) {
            if (w->plan[d][i].role >= 0)
                continue;
            if (distinct)
                snprintf(w->plan[d][i].id, sizeof w->plan[d][i].id, "%s", n->columns[d].items[i].key_id);
            else
                snprintf(w->plan[d][i].id, sizeof w->plan[d][i].id, "%d", next++);
        }
    }
    return AN_OK;
}

static int is_dynamic(const writer *w)
{
    for (int d = AN_DOMAIN_NODE; d <= AN_DOMAIN_EDGE; d++) {
        for (int k = AN_I_GEXF_START; k <= AN_I_GEXF_SPELLS; k++)
            if (w->role_column[d][k] >= 0)
                return 1;
        for (int i = 0; i < w->network->columns[d].count; i++)
            if (w->plan[d][i].dynamic)
                return 1;
    }
    return 0;
}

/* ---- declarations ------------------------------------------------------- */

static void declarations(writer *w, an_domain d, int dynamic)
{
    const an_network *n = w->network;
    int any = 0;
    for (int i = 0; i < n->columns[d].count; i++) {
        const column_plan *p = &w->plan[d][i];
        const an_i_column *c = &n->columns[d].items[i];
        if (p->role >= 0 || p->dynamic != dynamic)
            continue;
        if (!any++) {
            line(w, 2, d == AN_DOMAIN_NODE ? "<attributes class=\"node\" mode=\"" : "<attributes class=\"edge\" mode=\"");
            put(w, dynamic ? "dynamic\">" : "static\">");
            end_line(w);
        }
        line(w, 3, "<attribute");
        attribute(w, "id", p->id, "an attribute id");
        attribute(w, "title", c->name, "a column name");
        attribute(w, "type", p->type, "a type");
        if (!c->has_default) {
            put(w, "/>");
            end_line(w);
            continue;
        }
        put(w, ">");
        end_line(w);
        char buffer[AN_I_NUMBER_BUFFER];
        text_element(w, 4, "default", value_text(c, -1, buffer, NULL));
        line(w, 3, "</attribute>");
        end_line(w);
    }
    if (any) {
        line(w, 2, "</attributes>");
        end_line(w);
    }
}

/* ---- rows ---------------------------------------------------------------- */

static void describe(const writer *w, an_domain d, int64_t row, int column, char *out, size_t size)
{
    const char *name = w->network->columns[d].items[column].name;
    if (d == AN_DOMAIN_NODE)
        snprintf(out, size, "column '%s' of node '%s'", name, w->network->node_ids[row]);
    else
        snprintf(out, size, "column '%s' of edge %lld", name, (long long)row);
}

static const char *role_value(const writer *w, an_domain d, int role, int64_t row, char buffer[AN_I_NUMBER_BUFFER])
{
    int column = w->role_column[d][role];
    if (column < 0)
        return NULL;
    return value_text(&w->network->columns[d].items[column], row, buffer, NULL);
}

static void role_attribute(writer *w, an_domain d, int role, int64_t row, const char *xml_name)
{
    char buffer[AN_I_NUMBER_BUFFER], what[160];
    const char *value = role_value(w, d, role, row, buffer);
    if (!value)
        return;
    int is_default = 0;
    if (role == AN_I_GEXF_WEIGHT &&
        value_text(&w->network->columns[d].items[w->role_column[d][role]], row, buffer, &is_default) &&
        is_default && strcmp(buffer, "1") == 0)
        return; /* GEXF's own default weight */
    describe(w, d, row, w->role_column[d][role], what, sizeof what);
    attribute(w, xml_name, value, what);
}

/* The spells of a row: from `spells` when it holds an interval set, else NULL. */
static int row_spells(const writer *w, an_domain d, int64_t row, an_i_gexf_interval **items, int *count)
{
    char buffer[AN_I_NUMBER_BUFFER];
    const char *text = role_value(w, d, AN_I_GEXF_SPELLS, row, buffer);
    return text && an_i_gexf_parse_intervals(text, 0, items, count) == 0 && *count > 0;
}

static void interval_attributes(writer *w, const an_i_gexf_interval *item)
{
    if (item->start[0])
        attribute(w, "start", item->start, "a time");
    if (item->end[0])
        attribute(w, "end", item->end, "a time");
}

static void attvalues(writer *w, an_domain d, int64_t row, int level)
{
    const an_network *n = w->network;
    int open = 0;
    for (int i = 0; i < n->columns[d].count && !w->status; i++) {
        const column_plan *p = &w->plan[d][i];
        if (p->role >= 0)
            continue;
        char buffer[AN_I_NUMBER_BUFFER], what[160];
        const char *value = own_value(&n->columns[d].items[i], row, buffer);
        if (!value)
            continue;
        if (!open++) {
            line(w, level, "<attvalues>");
            end_line(w);
        }
        describe(w, d, row, i, what, sizeof what);
        an_i_gexf_interval *items = NULL;
        int count = 0;
        if (p->dynamic && an_i_gexf_parse_intervals(value, 1, &items, &count) == 0) {
            for (int k = 0; k < count; k++) {
                line(w, level + 1, "<attvalue");
                attribute(w, "for", p->id, what);
                attribute(w, "value", items[k].value, what);
                interval_attributes(w, &items[k]);
                put(w, "/>");
                end_line(w);
            }
            an_i_gexf_intervals_free(items, count);
            continue;
        }
        line(w, level + 1, "<attvalue");
        attribute(w, "for", p->id, what);
        attribute(w, "value", value, what);
        put(w, "/>");
        end_line(w);
    }
    if (open) {
        line(w, level, "</attvalues>");
        end_line(w);
    }
}

static void viz(writer *w, an_domain d, int64_t row, int level)
{
    static const struct { const char *element; int roles[4]; const char *names[4]; } elements[] = {
        { "viz:color", { AN_I_GEXF_R, AN_I_GEXF_G, AN_I_GEXF_B, AN_I_GEXF_ALPHA }, { "r", "g", "b", "a" } },
        { "viz:position", { AN_I_GEXF_X, AN_I_GEXF_Y, AN_I_GEXF_Z, -1 }, { "x", "y", "z", NULL } },
        { "viz:size", { AN_I_GEXF_SIZE, -1, -1, -1 }, { "value", NULL, NULL, NULL } },
        { "viz:thickness", { AN_I_GEXF_THICKNESS, -1, -1, -1 }, { "value", NULL, NULL, NULL } },
        { "viz:shape", { AN_I_GEXF_SHAPE, -1, -1, -1 }, { "value", NULL, NULL, NULL } } };
    for (size_t e = 0; e < sizeof elements / sizeof elements[0]; e++) {
        char buffer[4][AN_I_NUMBER_BUFFER];
        const char *values[4] = { NULL, NULL, NULL, NULL };
        int any = 0;
        for (int m = 0; m < 4; m++)
            if (elements[e].roles[m] >= 0 && (values[m] = role_value(w, d, elements[e].roles[m], row, buffer[m])))
                any = 1;
        if (!any)
            continue;
        line(w, level, "<");
        put(w, elements[e].element);
        for (int m = 0; m < 4; m++) {
            const char *v = values[m];
            if (!v && m < 2 && elements[e].roles[1] >= 0)
                v = "0"; /* a colour or position needs its first components */
            if (!v && m == 2 && e == 0)
                v = "0";
            if (v)
                attribute(w, elements[e].names[m], v, elements[e].element);
        }
        put(w, "/>");
        end_line(w);
    }
}

/* 1 if a node or edge has attvalues or viz to write. */
static int has_body(const writer *w, an_domain d, int64_t row)
{
    const an_network *n = w->network;
    for (int i = 0; i < n->columns[d].count; i++) {
        const column_plan *p = &w->plan[d][i];
        int viz_role = p->role >= AN_I_GEXF_R && p->role <= AN_I_GEXF_SHAPE;
        char buffer[AN_I_NUMBER_BUFFER];
        if ((p->role < 0 && own_value(&n->columns[d].items[i], row, buffer)) ||
            (viz_role && value_text(&n->columns[d].items[i], row, buffer, NULL)))
            return 1;
    }
    return 0;
}

/* The body of a node or edge: attvalues, spells, viz. */
static void row_body(writer *w, an_domain d, int64_t row, int level, an_i_gexf_interval *spells, int spell_count)
{
    attvalues(w, d, row, level);
    if (spell_count) {
        line(w, level, "<spells>");
        end_line(w);
        for (int k = 0; k < spell_count; k++) {
            line(w, level + 1, "<spell");
            interval_attributes(w, &spells[k]);
            put(w, "/>");
            end_line(w);
        }
        line(w, level, "</spells>");
        end_line(w);
    }
    viz(w, d, row, level);
}

static void times(writer *w, an_domain d, int64_t row, int has_spells)
{
    if (has_spells)
        return;
    role_attribute(w, d, AN_I_GEXF_START, row, "start");
    role_attribute(w, d, AN_I_GEXF_END, row, "end");
}

static void node(writer *w, int64_t row)
{
    an_i_gexf_interval *spells = NULL;
    int spell_count = 0;
    int has_spells = row_spells(w, AN_DOMAIN_NODE, row, &spells, &spell_count);
    line(w, 3, "<node");
    char what[160];
    snprintf(what, sizeof what, "the id of node %lld", (long long)row);
    attribute(w, "id", w->network->node_ids[row], what);
    role_attribute(w, AN_DOMAIN_NODE, AN_I_GEXF_LABEL, row, "label");
    role_attribute(w, AN_DOMAIN_NODE, AN_I_GEXF_PARENT, row, "pid");
    times(w, AN_DOMAIN_NODE, row, has_spells);
    if (!has_spells && !has_body(w, AN_DOMAIN_NODE, row)) {
        put(w, "/>");
        end_line(w);
        return;
    }
    put(w, ">");
    end_line(w);
    row_body(w, AN_DOMAIN_NODE, row, 4, spells, has_spells ? spell_count : 0);
    line(w, 3, "</node>");
    end_line(w);
    an_i_gexf_intervals_free(spells, spell_count);
}

static void edge(writer *w, int64_t row)
{
    const an_network *n = w->network;
    an_i_gexf_interval *spells = NULL;
    int spell_count = 0;
    int has_spells = row_spells(w, AN_DOMAIN_EDGE, row, &spells, &spell_count);
    line(w, 3, "<edge");
    char what[160];
    snprintf(what, sizeof what, "the id of edge %lld", (long long)row);
    if (n->edge_ids && n->edge_ids[row])
        attribute(w, "id", n->edge_ids[row], what);
    attribute(w, "source", n->node_ids[n->endpoints[2 * row]], what);
    attribute(w, "target", n->node_ids[n->endpoints[2 * row + 1]], what);
    int directed = an_i_edge_directed(n, row);
    char buffer[AN_I_NUMBER_BUFFER];
    const char *mutual = role_value(w, AN_DOMAIN_EDGE, AN_I_GEXF_MUTUAL, row, buffer);
    if (!directed && mutual && strcmp(mutual, "true") == 0)
        put(w, " type=\"mutual\"");
    else if (directed != (n->default_directed != 0))
        put(w, directed ? " type=\"directed\"" : " type=\"undirected\"");
    role_attribute(w, AN_DOMAIN_EDGE, AN_I_GEXF_WEIGHT, row, "weight");
    role_attribute(w, AN_DOMAIN_EDGE, AN_I_GEXF_LABEL, row, "label");
    role_attribute(w, AN_DOMAIN_EDGE, AN_I_GEXF_KIND, row, "kind");
    times(w, AN_DOMAIN_EDGE, row, has_spells);
    put(w, ">");
    end_line(w);
    row_body(w, AN_DOMAIN_EDGE, row, 4, spells, has_spells ? spell_count : 0);
    line(w, 3, "</edge>");
    end_line(w);
    an_i_gexf_intervals_free(spells, spell_count);
}

static void meta(writer *w)
{
    static const char *fields[] = { "creator", "title", "description", "keywords" };
    line(w, 1, "<meta");
    int date_column = an_i_find_column_quiet(w->network, AN_DOMAIN_GRAPH, "gexf_lastmodifieddate");
    char date_buffer[AN_I_NUMBER_BUFFER];
    const char *date = date_column >= 0 ? value_text(an_i_network_column(w->network, AN_DOMAIN_GRAPH, date_column),
                                                     0, date_buffer, NULL) : NULL;
    if (date)
        attribute(w, "lastmodifieddate", date, "gexf_lastmodifieddate");
    put(w, ">");
    end_line(w);
    int creator = 0;
    for (int f = 0; f < 4; f++) {
        char name[32], buffer[AN_I_NUMBER_BUFFER];
        snprintf(name, sizeof name, "gexf_%s", fields[f]);
        int column = an_i_find_column_quiet(w->network, AN_DOMAIN_GRAPH, name);
        const char *value = column >= 0 ? value_text(an_i_network_column(w->network, AN_DOMAIN_GRAPH, column), 0,
                                                     buffer, NULL) : NULL;
        if (!value && f == 0)
            value = "actornet";
        if (value) {
            text_element(w, 2, fields[f], value);
            creator = 1;
        }
    }
    (void)creator;
    line(w, 1, "</meta>");
    end_line(w);
}

static int write_gexf(an_i_sink *sink, const void *network_pointer, const void *options_pointer)
{
    const an_gexf_write_options *options = options_pointer;
    writer w;
    memset(&w, 0, sizeof w);
    w.sink = sink;
    w.network = network_pointer;
    w.indent = options ? options->indent : 1;
    int rc = plan(&w);
    if (rc == AN_OK) {
        put(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        put(&w, "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
                "version=\"1.2\">");
        end_line(&w);
        meta(&w);
        line(&w, 1, "<graph defaultedgetype=\"");
        put(&w, w.network->default_directed ? "directed\"" : "undirected\"");
        int dynamic = is_dynamic(&w);
        put(&w, dynamic ? " mode=\"dynamic\"" : " mode=\"static\"");
        if (dynamic)
            attribute(&w, "timeformat", w.timeformat ? w.timeformat : "double", "the timeformat");
        put(&w, ">");
        end_line(&w);
        for (int d = AN_DOMAIN_NODE; d <= AN_DOMAIN_EDGE; d++)
            for (int dyn = 0; dyn < 2; dyn++)
                declarations(&w, (an_domain)d, dyn);
        line(&w, 2, "<nodes>");
        end_line(&w);
        for (int64_t i = 0; i < w.network->node_count && !w.status && !an_i_sink_failed(sink); i++)
            node(&w, i);
        line(&w, 2, "</nodes>");
        end_line(&w);
        line(&w, 2, "<edges>");
        end_line(&w);
        for (int64_t i = 0; i < w.network->edge_count && !w.status && !an_i_sink_failed(sink); i++)
            edge(&w, i);
        line(&w, 2, "</edges>");
        end_line(&w);
        line(&w, 1, "</graph>");
        end_line(&w);
        put(&w, "</gexf>\n");
        rc = w.status;
    }
    for (int d = 0; d < 3; d++)
        free(w.plan[d]);
    return rc;
}

static int check_options(const void *options_pointer)
{
    const an_gexf_write_options *options = options_pointer;
    if (options && options->version != AN_GEXF_WRITE_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_gexf_write_options has version %u, expected %u (initialise it with "
                          "AN_GEXF_WRITE_OPTIONS_INIT)", options->version, (unsigned)AN_GEXF_WRITE_OPTIONS_VERSION);
    return AN_OK;
}

static const an_i_writer gexf_writer_frame = { check_options, write_gexf };

int an_network_save_gexf(const an_network *network, const char *path, const an_gexf_write_options *options)
{
    return an_i_sink_run(&gexf_writer_frame, AN_I_SINK_FILE, network, options, path, NULL, NULL);
}

int an_network_gexf_to_buffer(char **out, size_t *out_size, const an_network *network,
                              const an_gexf_write_options *options)
{
    return an_i_sink_run(&gexf_writer_frame, AN_I_SINK_BUFFER, network, options, NULL, out, out_size);
}
