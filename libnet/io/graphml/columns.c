/*
 * graphml/columns.c — columns made for keys, and one <data> value parsed to
 * its column's type and stored.
 *
 * Values:
 *  - string: kept exactly (not trimmed); `<data key="s"></data>` or
 *    `<data key="s"/>` sets the empty string (not missing, not the default).
 *  - int (32-bit) / long (64-bit): decimal only, exact; float / double: see
 *    number_parse.h (NaN, INF, -INF, Infinity, nan, inf; C99 hex floats with
 *    a binary exponent as graph-tool writes them; never "0x1A", "1,5", "1e400").
 *  - boolean: true / false / yes / no in any case, 1, 0.
 *  - an empty or whitespace-only value of a numeric or boolean key is read as
 *    absent (the default applies, or the value is missing), with a warning;
 *    an empty numeric <default> is ignored, with a warning.
 *  - a value that does not fit its declared type is AN_EFORMAT naming the
 *    value, the key's attr.name and type, at the line of the <data>.
 *  - several <data> for the same key on one element: the last one is kept,
 *    with a warning.
 */
#include "reader.h"
#include "number_parse.h"

#include <stdlib.h>
#include <string.h>

/* Add a column for key k in `domain`, warning when its name is taken. */
int an_i_graphml_create_column(reader *r, key_record *k, int domain, const char *name, an_type type,
                               long line, long column)
{
    an_i_graphml_values_quiesce(r); /* the value thread reads the column list */
    if (r->status)
        return -1;
    int index;
    if (an_i_network_add_column(r->network, (an_domain)domain, name, type, k->id, &index) != AN_OK)
        return an_i_graphml_fail_nomem(r), -1;
    an_i_column *c = an_i_network_column(r->network, (an_domain)domain, index);
    size_t length = strlen(c->name);
    uint64_t hash = an_i_string_hash(c->name, length);
    int inserted = 0;
    an_i_string_slot *slot = an_i_string_table_upsert(&r->names_used[domain], c->name, length, hash,
                                                      index, &inserted);
    if (!slot)
        return an_i_graphml_fail_nomem(r), -1;
    if (!inserted) {
        const an_i_column *first = an_i_network_column(r->network, (an_domain)domain, (int)slot->value);
        an_i_graphml_warn_at(r, line, column,
                             "two keys named '%.200s' for %ss ('%.200s' and '%.200s'); both are kept", name,
                             an_i_graphml_domain_names[domain], first && first->key_id ? first->key_id : "?",
                             k->id);
    }
    k->column[domain] = index;
    if (k->template_domain < 0)
        k->template_domain = domain;
    return index;
}

/* The column of key k in `domain`, made on demand (with a warning) when the
 * key was declared for other domains. -1 on failure, or when k has none to copy. */
int an_i_graphml_ensure_column(reader *r, key_record *k, int domain, long line, long column)
{
    if (k->column[domain] >= 0)
        return k->column[domain];
    if (k->template_domain < 0)
        return -1;
    an_i_graphml_values_quiesce(r); /* the value thread may be changing the template column */
    if (r->status)
        return -1;
    const an_i_column *t = an_i_network_column(r->network, (an_domain)k->template_domain,
                                               k->column[k->template_domain]);
    char *name = strdup(t->name);
    if (!name)
        return an_i_graphml_fail_nomem(r), -1;
    an_type type = t->type;
    if (!k->warned_domain[domain]) {
        static const char *const on_element[3] = { "the graph", "a node", "an edge" };
        an_i_graphml_warn_at(r, line, column, "key '%.200s' is declared for %ss but used on %s; a column for "
                             "%ss was added", k->id, an_i_graphml_domain_names[k->template_domain],
                             on_element[domain], an_i_graphml_domain_names[domain]);
        k->warned_domain[domain] = 1;
    }
    int index = an_i_graphml_create_column(r, k, domain, name, type, line, column);
    free(name);
    if (index < 0)
        return -1;
    /* copy the declaration's details (fetch again: the domains differ, but be safe) */
    t = an_i_network_column(r->network, (an_domain)k->template_domain, k->column[k->template_domain]);
    an_i_column *c = an_i_network_column(r->network, (an_domain)domain, index);
    c->is_markup = t->is_markup;
    c->has_default = t->has_default;
    c->default_value = t->default_value;
    if ((t->key_attributes && !(c->key_attributes = strdup(t->key_attributes))) ||
        (t->key_markup && !(c->key_markup = strdup(t->key_markup))))
        return an_i_graphml_fail_nomem(r), -1;
    for (int d = 0; d < 3; d++) {
        an_i_column *any = k->column[d] >= 0 ? an_i_network_column(r->network, (an_domain)d, k->column[d])
                                             : NULL;
        if (any)
            any->key_for = AN_I_FOR_ALL;
    }
    return index;
}

/* `*text` (plain) replaced by its escaped, interned form. 0, or -1 (failure recorded). */
static int escape_in_place(reader *r, const char **text)
{
    r->value_swap.length = 0;
    if (an_i_graphml_append_escaped(r, &r->value_swap, *text, strlen(*text), 0))
        return -1;
    const char *escaped = an_i_graphml_intern_value(r, r->value_swap.data, r->value_swap.length);
    if (!escaped)
        return -1;
    *text = escaped;
    return 0;
}

/* Turn a string column into a markup column: values so far were plain text,
 * so store them escaped from now on. */
static int column_to_markup(reader *r, an_i_column *c)
{
    for (int64_t slot = 0; slot < an_i_column_slot_end(c); slot++)
        if (an_i_column_slot_row(c, slot) >= 0 && c->data.strings[slot] &&
            escape_in_place(r, &c->data.strings[slot]))
            return -1;
    if (c->has_default && c->default_value.string && escape_in_place(r, &c->default_value.string))
        return -1;
    c->is_markup = 1;
    return 0;
}

/* Parse `text` as `type` (not STRING). Returns an an_i_number_status. */
int an_i_graphml_parse_typed(an_type type, char *text, size_t length, typed_value *out)
{
    switch (type) {
    case AN_TYPE_BOOLEAN: {
        int b = 0;
        int status = an_i_parse_boolean(text, length, &b);
        out->integer = b;
        return status;
    }
    case AN_TYPE_INT: return an_i_parse_integer(text, length, INT32_MIN, INT32_MAX, &out->integer);
    case AN_TYPE_LONG: return an_i_parse_integer(text, length, INT64_MIN, INT64_MAX, &out->integer);
    case AN_TYPE_FLOAT: return an_i_parse_real(text, length, 1, &out->real);
    case AN_TYPE_DOUBLE: return an_i_parse_real(text, length, 0, &out->real);
    case AN_TYPE_STRING: break;
    }
    return AN_I_NUMBER_SYNTAX;
}

void an_i_graphml_fail_value(reader *r, int status, const char *what, const char *text, size_t length,
                             const char *key_name, an_type type, long line, long column)
{
    const char *problem = "is not valid";
    if (status == AN_I_NUMBER_RANGE) {
        problem = type == AN_TYPE_INT ? "does not fit in 32 bits"
                : type == AN_TYPE_LONG ? "does not fit in 64 bits"
                : type == AN_TYPE_FLOAT ? "is out of range for float" : "is out of range for double";
    } else {
        problem = type == AN_TYPE_BOOLEAN ? "is not a boolean (true, false, 1, 0, yes, no)"
                : (type == AN_TYPE_INT || type == AN_TYPE_LONG) ? "is not an integer"
                : "is not a number";
    }
    char shown[64];
    an_i_graphml_fail_at(r, AN_EFORMAT, line, column, "%s '%s' for key '%.200s' (%s) %s", what,
                         an_i_graphml_excerpt(shown, sizeof shown, text, length), key_name,
                         an_type_name(type), problem);
}

/* Store one <data> value into column `index` of `domain` at `row`. */
void an_i_graphml_store_value(reader *r, int domain, int index, int64_t row, char *text, size_t length,
                              int markup, long line, long column)
{
    an_i_column *c = an_i_network_column(r->network, (an_domain)domain, index);
    int64_t slot;
    if (an_i_column_present(c, row))
        an_i_graphml_warn_at(r, line, column,
                             "several values for key '%.200s' on one %s; the last one is kept", c->name,
                             an_i_graphml_domain_names[domain]);
    if (c->type == AN_TYPE_STRING) {
        if (markup && !c->is_markup && column_to_markup(r, c))
            return;
        if (!markup && c->is_markup) {
            r->value_swap.length = 0;
            if (an_i_graphml_append_escaped(r, &r->value_swap, text, length, 0))
                return;
            text = r->value_swap.data;
            length = r->value_swap.length;
        }
        const char *s = an_i_graphml_intern_value(r, text, length);
        if (!s)
            return;
        if ((slot = an_i_column_claim(c, row, NULL)) < 0) {
            an_i_graphml_fail_nomem(r);
            return;
        }
        c->data.strings[slot] = s;
        return;
    }
    if (markup) {
        an_i_graphml_fail_at(r, AN_EFORMAT, line, column, "the value for key '%.200s' (%s) contains markup",
                             c->name, an_type_name(c->type));
        return;
    }
    typed_value v;
    int status = an_i_graphml_parse_typed(c->type, text, length, &v);
    if (status == AN_I_NUMBER_EMPTY) {
        an_i_graphml_warn_at(r, line, column, "empty value for key '%.200s' (%s) read as absent", c->name,
                             an_type_name(c->type));
        return;
    }
    if (status != AN_I_NUMBER_OK) {
        an_i_graphml_fail_value(r, status, "value", text, length, c->name, c->type, line, column);
        return;
    }
    if ((slot = an_i_column_claim(c, row, NULL)) < 0) {
        an_i_graphml_fail_nomem(r);
        return;
    }
    switch (c->type) {
    case AN_TYPE_BOOLEAN: c->data.booleans[slot] = (unsigned char)v.integer; break;
    case AN_TYPE_INT:
    case AN_TYPE_LONG: c->data.integers[slot] = v.integer; break;
    default: c->data.reals[slot] = v.real; break;
    }
}
