/*
 * gexf_attributes.c — GEXF <attribute> declarations, <attvalue>s and typed
 * values, and the reserved columns the reader makes from GEXF's own XML
 * attributes (label, weight, kind, viz, parent, start/end/spells). The
 * mapping is documented in include/actornet/gexf.h.
 */
#include "gexf_internal.h"
#include "error_internal.h"
#include "number_parse.h"
#include "value_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct { const char *name; an_type type; } reserved_columns[AN_I_GEXF_RESERVED_COUNT] = {
    [AN_I_GEXF_LABEL] = { "label", AN_TYPE_STRING },      [AN_I_GEXF_WEIGHT] = { "weight", AN_TYPE_DOUBLE },
    [AN_I_GEXF_KIND] = { "kind", AN_TYPE_STRING },        [AN_I_GEXF_MUTUAL] = { "mutual", AN_TYPE_BOOLEAN },
    [AN_I_GEXF_R] = { "r", AN_TYPE_INT },                 [AN_I_GEXF_G] = { "g", AN_TYPE_INT },
    [AN_I_GEXF_B] = { "b", AN_TYPE_INT },                 [AN_I_GEXF_ALPHA] = { "alpha", AN_TYPE_FLOAT },
    [AN_I_GEXF_X] = { "x", AN_TYPE_FLOAT },              [AN_I_GEXF_Y] = { "y", AN_TYPE_FLOAT },
    [AN_I_GEXF_Z] = { "z", AN_TYPE_FLOAT },              [AN_I_GEXF_SIZE] = { "size", AN_TYPE_FLOAT },
    [AN_I_GEXF_THICKNESS] = { "thickness", AN_TYPE_FLOAT }, [AN_I_GEXF_SHAPE] = { "shape", AN_TYPE_STRING },
    [AN_I_GEXF_PARENT] = { "parent", AN_TYPE_STRING },    [AN_I_GEXF_START] = { "start", AN_TYPE_DOUBLE },
    [AN_I_GEXF_END] = { "end", AN_TYPE_DOUBLE },          [AN_I_GEXF_SPELLS] = { "spells", AN_TYPE_STRING },
};

const char *an_i_gexf_reserved_name(int reserved)
{
    return reserved_columns[reserved].name;
}

an_type an_i_gexf_reserved_type(int reserved)
{
    return reserved_columns[reserved].type;
}

an_type an_i_gexf_column_type(const char *name, int *known)
{
    static const struct { const char *name; an_type type; } types[] = {
        { "boolean", AN_TYPE_BOOLEAN }, { "integer", AN_TYPE_INT }, { "int", AN_TYPE_INT },
        { "short", AN_TYPE_INT }, { "byte", AN_TYPE_INT }, { "long", AN_TYPE_LONG },
        { "float", AN_TYPE_FLOAT }, { "double", AN_TYPE_DOUBLE }, { "string", AN_TYPE_STRING },
        { "liststring", AN_TYPE_STRING }, { "date", AN_TYPE_STRING }, { "dateTime", AN_TYPE_STRING },
        { "datetime", AN_TYPE_STRING }, { "anyURI", AN_TYPE_STRING }, { "biginteger", AN_TYPE_STRING },
        { "bigdecimal", AN_TYPE_STRING }, { "char", AN_TYPE_STRING } };
    *known = 1;
    if (!name)
        return AN_TYPE_STRING;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (strcmp(types[i].name, name) == 0)
            return types[i].type;
    *known = strncmp(name, "list", 4) == 0; /* listboolean, listinteger ...: kept as text */
    return AN_TYPE_STRING;
}

/* The type name kept with the column: as declared when it is a plain name, else "string". */
static int set_key_attributes(an_i_gexf_reader *r, an_domain domain, int column, const char *type, int dynamic)
{
    const char *kept = type ? type : "string";
    for (const char *p = kept; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_' ||
              *p == '-'))
            kept = "string";
    if (strlen(kept) > 64)
        kept = "string";
    char text[160];
    snprintf(text, sizeof text, " " AN_I_GEXF_TYPE_ATTRIBUTE "=\"%s\"%s", kept,
             dynamic ? " " AN_I_GEXF_MODE_ATTRIBUTE "=\"dynamic\"" : "");
    an_i_column *c = an_i_network_column(r->network, domain, column);
    if (!(c->key_attributes = strdup(text)))
        return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    return 0;
}

static an_i_gexf_attribute *find_attribute(an_i_gexf_reader *r, int domain, const char *id)
{
    an_i_gexf_attribute_set *set = &r->attributes[domain];
    for (int i = 0; i < set->count; i++)
        if (strcmp(set->items[i].id, id) == 0)
            return &set->items[i];
    return NULL;
}

int an_i_gexf_declare(an_i_gexf_reader *r, int domain, const char *id, const char *title, const char *type,
                      int dynamic)
{
    if (domain < 0)
        return an_i_gexf_fail(r, AN_EFORMAT, "<attribute> outside <attributes>");
    if (find_attribute(r, domain, id))
        return an_i_gexf_fail(r, AN_EFORMAT, "duplicate attribute id '%s' in class %s", id,
                              domain == AN_DOMAIN_NODE ? "node" : domain == AN_DOMAIN_EDGE ? "edge" : "graph");
    int known = 1;
    an_type value_type = an_i_gexf_column_type(type, &known);
    if (!known)
        an_i_gexf_warn(r, "attribute '%s' has the unknown type '%s': read as string", id, type);
    const char *name = title && *title ? title : id;
    char *unique = NULL;
    if (an_i_find_column_quiet(r->network, domain, name) >= 0) {
        size_t size = strlen(name) + strlen(id) + 2;
        if (!(unique = malloc(size)))
            return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
        snprintf(unique, size, "%s_%s", name, id);
        if (an_i_find_column_quiet(r->network, domain, unique) >= 0) {
            free(unique);
            return an_i_gexf_fail(r, AN_EFORMAT, "attribute title '%s' is used twice and '%s_%s' is taken too",
                                  name, name, id);
        }
        an_i_gexf_warn(r, "attribute title '%s' is already a column: attribute '%s' is read as '%s'", name, id,
                       unique);
        name = unique;
    }
    int column = -1;
    int rc = an_i_network_add_column(r->network, domain, name, dynamic ? AN_TYPE_STRING : value_type, id, &column);
    free(unique);
    if (rc != AN_OK)
        return an_i_gexf_fail(r, rc == AN_ENOMEM ? AN_ENOMEM : AN_EFORMAT, "cannot declare attribute '%s'", id);
    if (set_key_attributes(r, domain, column, type, dynamic))
        return r->status;
    an_i_gexf_attribute_set *set = &r->attributes[domain];
    if (set->count == set->capacity) {
        int fresh = set->capacity ? set->capacity * 2 : 8;
        an_i_gexf_attribute *items = realloc(set->items, (size_t)fresh * sizeof *items);
        if (!items)
            return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
        set->items = items;
        set->capacity = fresh;
    }
    an_i_gexf_attribute *a = &set->items[set->count];
    memset(a, 0, sizeof *a);
    if (!(a->id = strdup(id)))
        return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    a->column = column;
    a->type = value_type;
    a->dynamic = dynamic;
    a->pending_row = -1;
    an_i_strbuf_init(&a->pending);
    set->count++;
    return 0;
}

/* ---- typed values ------------------------------------------------------ */

typedef struct parsed {
    int empty;
    int64_t integer;
    double real;
} parsed;

static const char *type_name(an_type type)
{
    static const char *names[] = { "boolean", "integer", "long", "float", "double", "string" };
    return names[type];
}

/* Parse `text` as `type` (not STRING). 0, or a failure recorded. */
static int parse_value(an_i_gexf_reader *r, an_type type, const char *text, const char *what, parsed *out)
{
    size_t length = strlen(text);
    out->empty = 0;
    int status;
    if (type == AN_TYPE_BOOLEAN) {
        int b = 0;
        status = an_i_parse_boolean(text, length, &b);
        out->integer = b;
    } else if (type == AN_TYPE_INT || type == AN_TYPE_LONG) {
        status = an_i_parse_integer(text, length, type == AN_TYPE_INT ? INT32_MIN : INT64_MIN,
                                    type == AN_TYPE_INT ? INT32_MAX : INT64_MAX, &out->integer);
    } else {
        char *copy = strdup(text);
        if (!copy)
            return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
        status = an_i_parse_real(copy, length, type == AN_TYPE_FLOAT, &out->real);
        free(copy);
    }
    if (status == AN_I_NUMBER_EMPTY) {
        out->empty = 1;
        an_i_gexf_warn(r, "empty value of %s (%s): read as absent", what, type_name(type));
        return 0;
    }
    if (status != AN_I_NUMBER_OK)
        return an_i_gexf_fail(r, AN_EFORMAT, "value '%.80s' of %s does not fit its type %s%s", text, what,
                              type_name(type), status == AN_I_NUMBER_RANGE ? " (out of range)" : "");
    return 0;
}

int an_i_gexf_store(an_i_gexf_reader *r, an_domain domain, int column, int64_t row, an_type type,
                    const char *value, const char *what)
{
    an_network *n = r->network;
    int rc;
    if (type == AN_TYPE_STRING) {
        rc = an_network_set_string(n, domain, column, row, value);
    } else {
        parsed p;
        if (parse_value(r, type, value, what, &p))
            return r->status;
        if (p.empty)
            return 0;
        rc = type == AN_TYPE_BOOLEAN ? an_network_set_boolean(n, domain, column, row, (int)p.integer)
           : type == AN_TYPE_INT || type == AN_TYPE_LONG ? an_network_set_integer(n, domain, column, row, p.integer)
           : an_network_set_real(n, domain, column, row, p.real);
    }
    if (rc != AN_OK)
        return an_i_gexf_fail(r, rc == AN_ENOMEM ? AN_ENOMEM : AN_EFORMAT, "cannot store the value of %s", what);
    return 0;
}

int an_i_gexf_set_default(an_i_gexf_reader *r, const char *text, size_t length)
{
    (void)length;
    int domain = r->attributes_domain;
    if (domain < 0)
        return 0;
    an_i_gexf_attribute *a = &r->attributes[domain].items[r->current_attribute];
    an_network *n = r->network;
    char what[160];
    snprintf(what, sizeof what, "the default of attribute '%.100s'", a->id);
    int rc;
    if (a->dynamic || a->type == AN_TYPE_STRING) {
        rc = an_network_set_default_string(n, domain, a->column, text);
    } else {
        parsed p;
        if (parse_value(r, a->type, text, what, &p))
            return r->status;
        if (p.empty)
            return 0;
        rc = a->type == AN_TYPE_BOOLEAN ? an_network_set_default_boolean(n, domain, a->column, (int)p.integer)
           : a->type == AN_TYPE_INT || a->type == AN_TYPE_LONG
               ? an_network_set_default_integer(n, domain, a->column, p.integer)
               : an_network_set_default_real(n, domain, a->column, p.real);
    }
    if (rc != AN_OK)
        return an_i_gexf_fail(r, rc == AN_ENOMEM ? AN_ENOMEM : AN_EFORMAT, "cannot store %s", what);
    return 0;
}

int an_i_gexf_reserved_column(an_i_gexf_reader *r, an_domain domain, int reserved)
{
    int *slot = &r->reserved[domain][reserved];
    if (*slot >= 0)
        return *slot;
    const char *name = reserved_columns[reserved].name;
    an_type type = reserved_columns[reserved].type;
    if (reserved == AN_I_GEXF_START || reserved == AN_I_GEXF_END)
        type = r->time == AN_I_GEXF_TIME_INTEGER ? AN_TYPE_LONG
             : r->time == AN_I_GEXF_TIME_TEXT ? AN_TYPE_STRING : AN_TYPE_DOUBLE;
    char renamed[64];
    if (an_i_find_column_quiet(r->network, domain, name) >= 0) {
        snprintf(renamed, sizeof renamed, "gexf_%s", name);
        an_i_gexf_warn(r, "an attribute is titled '%s': GEXF's own %s is read as '%s'", name, name, renamed);
        name = renamed;
        if (an_i_find_column_quiet(r->network, domain, name) >= 0) {
            an_i_gexf_fail(r, AN_EFORMAT, "attributes are titled both '%s' and 'gexf_%s'", name + 5, name + 5);
            return -1;
        }
    }
    if (an_i_network_add_column(r->network, domain, name, type, NULL, slot) != AN_OK ||
        (reserved == AN_I_GEXF_WEIGHT && /* GEXF's default weight (schema, Gephi) */
         an_network_set_default_real(r->network, domain, *slot, 1.0) != AN_OK)) {
        an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
        *slot = -1;
        return -1;
    }
    return *slot;
}

int an_i_gexf_set_reserved_text(an_i_gexf_reader *r, an_domain domain, int64_t row, int reserved,
                                const char *value, const char *what)
{
    if (!value)
        return 0;
    int column = an_i_gexf_reserved_column(r, domain, reserved);
    if (column < 0)
        return r->status;
    return an_i_gexf_store(r, domain, column, row, an_i_gexf_reserved_type(reserved), value, what);
}

/* ---- attvalues ---------------------------------------------------------- */

static int check_bound(an_i_gexf_reader *r, const char *bound)
{
    if (bound && (strpbrk(bound, ",;[]<>\"") || strlen(bound) >= 64))
        return an_i_gexf_fail(r, AN_EFORMAT, "time '%.80s' is not a date or number", bound);
    return 0;
}

int an_i_gexf_attvalue(an_i_gexf_reader *r, const char *for_id, const char *value, const char *start,
                       const char *end)
{
    an_i_gexf_owner *o = &r->owners[r->owner_count - 1];
    an_i_gexf_attribute *a = find_attribute(r, o->domain, for_id);
    if (!a) {
        if (r->options.strict)
            return an_i_gexf_fail(r, AN_EFORMAT, "<attvalue> for the undeclared attribute '%s'", for_id);
        an_i_gexf_warn(r, "<attvalue> for the undeclared attribute '%s': declared as a string", for_id);
        if (an_i_gexf_declare(r, o->domain, for_id, NULL, "string", start || end))
            return r->status;
        a = &r->attributes[o->domain].items[r->attributes[o->domain].count - 1];
    }
    char what[160];
    snprintf(what, sizeof what, "attribute '%.100s'", for_id);
    if (!a->dynamic) {
        if ((start || end) && !r->warned_static_time++)
            an_i_gexf_warn(r, "attribute '%s' is static but its value has a time: the time is ignored", for_id);
        return an_i_gexf_store(r, o->domain, a->column, o->row, a->type, value, what);
    }
    if (check_bound(r, start) || check_bound(r, end))
        return r->status;
    if (a->type != AN_TYPE_STRING) {
        parsed p;
        if (parse_value(r, a->type, value, what, &p))
            return r->status;
    }
    if (a->pending_row != o->row) {
        a->pending.length = 0;
        a->pending_count = 0;
        a->pending_row = o->row;
    }
    if (a->pending_count++)
        an_i_strbuf_puts(&a->pending, "; ");
    an_i_strbuf_printf(&a->pending, "[%s, %s, ", start ? start : "-Infinity", end ? end : "Infinity");
    an_i_gexf_map_value(&a->pending, value);
    an_i_strbuf_puts(&a->pending, "]");
    if ((int64_t)a->pending.length > r->options.max_value_bytes)
        return an_i_gexf_fail(r, AN_ELIMIT, "the values of attribute '%s' are longer than max_value_bytes", for_id);
    if (a->pending.failed)
        return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    return 0;
}

int an_i_gexf_flush_dynamic(an_i_gexf_reader *r, an_domain domain, int64_t row)
{
    an_i_gexf_attribute_set *set = &r->attributes[domain];
    for (int i = 0; i < set->count; i++) {
        an_i_gexf_attribute *a = &set->items[i];
        if (!a->dynamic || a->pending_row != row || !a->pending_count)
            continue;
        an_i_strbuf text;
        an_i_strbuf_init(&text);
        an_i_strbuf_puts(&text, "<");
        an_i_strbuf_append(&text, a->pending.data, a->pending.length);
        an_i_strbuf_puts(&text, ">");
        int rc = text.failed ? AN_ENOMEM : an_network_set_string(r->network, domain, a->column, row, text.data);
        an_i_strbuf_free(&text);
        a->pending_row = -1;
        a->pending_count = 0;
        if (rc != AN_OK)
            return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    }
    return 0;
}

void an_i_gexf_attributes_free(an_i_gexf_reader *r)
{
    for (int d = 0; d < 3; d++) {
        an_i_gexf_attribute_set *set = &r->attributes[d];
        for (int i = 0; i < set->count; i++) {
            free(set->items[i].id);
            an_i_strbuf_free(&set->items[i].pending);
        }
        free(set->items);
    }
}
