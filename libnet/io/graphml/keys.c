/*
 * graphml/keys.c — <key> declarations (the columns they make) and their
 * <default>.
 *
 * Keys:
 *  - attr.type matched exactly (boolean, int, long, float, double, string);
 *    absent means string; graph-tool's own types (vector_float, short,
 *    python::object ...) are read as string with a warning and kept in the
 *    key's attributes, so the writer declares the same type again; anything
 *    else is read as string with a warning.
 *    No attr.name: the key id is the column name.
 *  - for="node|edge|graph" makes one column; for="all" (or no `for`) makes a
 *    column in each of the three domains (key_for = AN_I_FOR_ALL, same key
 *    id), so the key survives write-back even if unused.
 *  - for="graphml|port|endpoint|hyperedge" (or an unknown value, with a
 *    warning): the whole <key> is kept raw (AN_I_PLACE_KEYS); <data> for it
 *    directly under <graphml> is kept raw (AN_I_PLACE_DOCUMENT), inside a
 *    graph/node/edge raw as that element's fragment, with a warning.
 *  - the same id declared again for another domain (Cytoscape writes
 *    id="name" for nodes and edges) extends the key; again for a domain that
 *    already has it (Cytoscape and Neo4j write such repeats) is ignored with a
 *    warning when the declarations agree (attr.name, attr.type, other
 *    attributes, and the defaults where both have one), and AN_EFORMAT
 *    otherwise. Two keys with one attr.name in one domain are both kept, with
 *    a warning.
 *  - data used on an element the key was not declared for (for="node" data
 *    inside an <edge>) gets a column in that domain, with a warning, and the
 *    key's columns become key_for = AN_I_FOR_ALL.
 *  - a <key> declared after the data that uses it (after the <graph>): the
 *    values wait and are applied at the end of the document, with a warning.
 *    Data whose key is never declared gets a string column named after the
 *    key id, with a warning (data.c); with options.strict it is AN_EFORMAT at
 *    the <data>.
 *  - extra attributes of <key> (yfiles.type, attr.list, ...) go to
 *    column->key_attributes, <desc> and other children to key_markup.
 */
#include "reader.h"
#include "number_parse.h"

#include <stdlib.h>
#include <string.h>

int an_i_graphml_find_key(const reader *r, const char *id, size_t length)
{
    an_i_string_slot *slot = an_i_string_table_find(&r->key_index, id, length, an_i_string_hash(id, length));
    return slot ? (int)slot->value : -1;
}

/* an_i_graphml_find_key for a <data>: short ids found before are remembered in key_memo
 * (cleared whenever a key is added). */
int an_i_graphml_find_data_key(reader *r, const char *id, size_t length)
{
    if (length == 0 || length > 8)
        return an_i_graphml_find_key(r, id, length);
    uint64_t text = 0;
    for (size_t i = 0; i < length; i++)
        text |= (uint64_t)(unsigned char)id[i] << (8 * i);
    unsigned slot = (unsigned)((text * 0x9E3779B97F4A7C15ull) >> 58) & (KEY_MEMO_SLOTS - 1);
    if (r->key_memo[slot].length == length && r->key_memo[slot].text == text)
        return r->key_memo[slot].index;
    int index = an_i_graphml_find_key(r, id, length);
    if (index >= 0) {
        r->key_memo[slot].text = text;
        r->key_memo[slot].length = (uint32_t)length;
        r->key_memo[slot].index = index;
    }
    return index;
}

key_record *an_i_graphml_add_key(reader *r, const char *id, size_t length)
{
    if (r->key_count == r->key_capacity) {
        int fresh = r->key_capacity ? r->key_capacity * 2 : 16;
        key_record *keys = realloc(r->keys, (size_t)fresh * sizeof *keys);
        if (!keys)
            return an_i_graphml_fail_nomem(r), NULL;
        r->keys = keys;
        r->key_capacity = fresh;
    }
    memset(r->key_memo, 0, sizeof r->key_memo);
    key_record *k = &r->keys[r->key_count];
    memset(k, 0, sizeof *k);
    k->column[0] = k->column[1] = k->column[2] = -1;
    k->template_domain = -1;
    k->id = an_i_graphml_copy_bytes(id, length);
    k->id_length = length;
    if (!k->id)
        return an_i_graphml_fail_nomem(r), NULL;
    if (!an_i_string_table_upsert(&r->key_index, k->id, length, an_i_string_hash(k->id, length),
                                  r->key_count, NULL)) {
        free(k->id);
        return an_i_graphml_fail_nomem(r), NULL;
    }
    r->key_count++;
    return k;
}

static int type_from_name(const char *text, size_t length, an_type *out)
{
    static const char *const names[] = { "boolean", "int", "long", "float", "double", "string" };
    for (int t = 0; t < 6; t++) {
        if (strlen(names[t]) == length && memcmp(names[t], text, length) == 0) {
            *out = (an_type)t;
            return 1;
        }
    }
    return 0;
}

/*
 * A <key> whose id was declared before for some of the same domains (Cytoscape
 * and Neo4j write such repeats). Where the declarations agree (attr.name,
 * attr.type, other attributes) the repeat is ignored for those domains, with a
 * warning, and its <default> is compared when both have one (finish_default);
 * domains new to the id get their columns as usual. Disagreeing declarations
 * are AN_EFORMAT. Returns non-zero when the load failed.
 */
static int repeat_key(reader *r, key_record *k, const unsigned char *domains, int all, const char *name,
                      size_t name_length, an_type type, const text_buffer *extra, long line, long column)
{
    int repeats = 0;
    for (int d = 0; d < 3; d++) {
        if (!domains[d] || k->column[d] < 0)
            continue;
        const an_i_column *c = an_i_network_column(r->network, (an_domain)d, k->column[d]);
        const char *new_name = name && name_length ? name : k->id;
        size_t new_name_length = name && name_length ? name_length : k->id_length;
        int same_name = strlen(c->name) == new_name_length && memcmp(c->name, new_name, new_name_length) == 0;
        int same_attributes = extra->length ? c->key_attributes && strlen(c->key_attributes) == extra->length &&
                                                  memcmp(c->key_attributes, extra->data, extra->length) == 0
                                            : c->key_attributes == NULL;
        if (!same_name || c->type != type || !same_attributes) {
            char shown[64];
            return an_i_graphml_fail_at(r, AN_EFORMAT, line, column, "key id '%.200s' is declared twice for %ss "
                                        "with different declarations (attr.name '%.200s' attr.type %s, then "
                                        "attr.name '%s' attr.type %s%s)", k->id,
                                        an_i_graphml_domain_names[d], c->name, an_type_name(c->type),
                                        an_i_graphml_excerpt(shown, sizeof shown, new_name, new_name_length),
                                        an_type_name(type), same_attributes ? "" : ", other attributes differ");
        }
        k->repeated[d] = 1;
        repeats = 1;
    }
    if (repeats) {
        an_i_graphml_warn_at(r, line, column, "key id '%.200s' is declared again with the same declaration; "
                             "the repeat is ignored", k->id);
        for (int d = 0; d < 3 && all; d++)
            if (k->column[d] >= 0)
                an_i_network_column(r->network, (an_domain)d, k->column[d])->key_for = AN_I_FOR_ALL;
    }
    return 0;
}

/* graph-tool's own value types (vector_float, short, python::object ...):
 * read as text, declared again on writing. */
static int is_graph_tool_type(const char *name, size_t length)
{
    return (length > 7 && memcmp(name, "vector_", 7) == 0) || text_is(name, length, "short") ||
           text_is(name, length, "python::object");
}

void an_i_graphml_start_key(reader *r, const element *e)
{
    long line = current_line(r), column = current_column(r);
    an_i_graphml_values_quiesce(r); /* keys change columns the value thread reads */
    if (r->status)
        return;
    if (++r->key_declarations > r->options.max_keys) {
        FAIL(r, AN_ELIMIT, "more than %lld <key> declarations (max_keys)", (long long)r->options.max_keys);
        return;
    }
    const char *id = NULL, *key_for = NULL, *name = NULL, *type_name = NULL;
    size_t id_length = 0, for_length = 0, name_length = 0, type_length = 0;
    text_buffer *extra = &r->attrs;
    extra->length = 0;
    for (int i = 0; i < e->nb_namespaces; i++)
        if (an_i_graphml_append_namespace(r, extra, e->namespaces[2 * i], e->namespaces[2 * i + 1]))
            return;
    for (int i = 0; i < e->nb_attributes; i++) {
        int rc;
        if (attribute_is(e->attributes, i, r->names.id))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 0, &id, &id_length);
        else if (attribute_is(e->attributes, i, r->names.key_for))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 1, &key_for, &for_length);
        else if (attribute_is(e->attributes, i, r->names.attr_name))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 2, &name, &name_length);
        else if (attribute_is(e->attributes, i, r->names.attr_type))
            rc = an_i_graphml_attribute_value(r, e->attributes, i, 3, &type_name, &type_length);
        else
            rc = an_i_graphml_append_attribute(r, extra, e->attributes, i);
        if (rc)
            return;
    }
    if (!id) {
        FAIL(r, AN_EFORMAT, "<key> without an id attribute");
        return;
    }
    if (id_length == 0) {
        FAIL(r, AN_EFORMAT, "<key> with an empty id");
        return;
    }

    /* Which domains, or raw. */
    unsigned char domains[3] = { 0, 0, 0 };
    int raw = 0, all = 0;
    if (!key_for || text_is(key_for, for_length, "all")) {
        domains[0] = domains[1] = domains[2] = 1;
        all = 1;
    } else if (text_is(key_for, for_length, "graph")) {
        domains[AN_DOMAIN_GRAPH] = 1;
    } else if (text_is(key_for, for_length, "node")) {
        domains[AN_DOMAIN_NODE] = 1;
    } else if (text_is(key_for, for_length, "edge")) {
        domains[AN_DOMAIN_EDGE] = 1;
    } else {
        raw = 1;
        if (!text_is(key_for, for_length, "graphml") && !text_is(key_for, for_length, "port") &&
            !text_is(key_for, for_length, "endpoint") && !text_is(key_for, for_length, "hyperedge")) {
            char shown_id[64], shown_for[64];
            an_i_graphml_warn_at(r, line, column, "<key id='%s'> has an unknown for='%s'; kept as raw markup",
                                 an_i_graphml_excerpt(shown_id, sizeof shown_id, id, id_length),
                                 an_i_graphml_excerpt(shown_for, sizeof shown_for, key_for, for_length));
        }
    }

    an_type type = AN_TYPE_STRING;
    if (type_name && !type_from_name(type_name, type_length, &type) && !is_graph_tool_type(type_name, type_length)) {
        char shown[64], shown_id[64];
        an_i_graphml_warn_at(r, line, column, "unknown attr.type '%s' for key '%s', read as string",
                             an_i_graphml_excerpt(shown, sizeof shown, type_name, type_length),
                             an_i_graphml_excerpt(shown_id, sizeof shown_id, id, id_length));
    } else if (type_name && type == AN_TYPE_STRING && !text_is(type_name, type_length, "string")) {
        /* graph-tool's: kept with the key's other attributes, so the writer declares it again */
        char shown[64], shown_id[64];
        an_i_graphml_warn_at(r, line, column, "attr.type '%s' of key '%s' is not one of GraphML's; its values "
                             "are read as text and written back with that type",
                             an_i_graphml_excerpt(shown, sizeof shown, type_name, type_length),
                             an_i_graphml_excerpt(shown_id, sizeof shown_id, id, id_length));
        if (buffer_puts(r, extra, " attr.type=\"") ||
            an_i_graphml_append_escaped(r, extra, type_name, type_length, 1) || buffer_append(r, extra, "\"", 1))
            return;
    }

    /* The key record: new, or an earlier declaration of the same id. */
    int index = an_i_graphml_find_key(r, id, id_length);
    key_record *k;
    if (index >= 0) {
        k = &r->keys[index];
        if (raw && k->raw) {
            /* not interpreted: both are written back as they came */
            an_i_graphml_warn_at(r, line, column, "key id '%.200s' is declared twice; both are kept", k->id);
            an_i_graphml_begin_capture(r, CAPTURE_FRAGMENT, AN_I_PLACE_KEYS, 0, e);
            return;
        }
        if (!raw && repeat_key(r, k, domains, all, name, name_length, type, extra, line, column))
            return;
    } else {
        k = an_i_graphml_add_key(r, id, id_length);
        if (!k)
            return;
        index = r->key_count - 1;
    }
    if (raw) {
        k->raw = 1;
        an_i_graphml_begin_capture(r, CAPTURE_FRAGMENT, AN_I_PLACE_KEYS, 0, e);
        return;
    }

    char *column_name = name && name_length ? an_i_graphml_copy_bytes(name, name_length) : strdup(k->id);
    if (!column_name) {
        an_i_graphml_fail_nomem(r);
        return;
    }
    char *key_attributes = NULL;
    if (extra->length && !(key_attributes = an_i_graphml_copy_bytes(extra->data, extra->length))) {
        free(column_name);
        an_i_graphml_fail_nomem(r);
        return;
    }
    for (int d = 0; d < 3 && !r->status; d++) {
        if (!domains[d] || k->repeated[d])
            continue;
        int c = an_i_graphml_create_column(r, k, d, column_name, type, line, column);
        if (c < 0)
            break;
        an_i_column *col = an_i_network_column(r->network, (an_domain)d, c);
        col->key_for = all ? AN_I_FOR_ALL : AN_I_FOR_DOMAIN;
        if (key_attributes && !(col->key_attributes = strdup(key_attributes)))
            an_i_graphml_fail_nomem(r);
    }
    free(column_name);
    free(key_attributes);
    if (r->status)
        return;
    r->current_key = index;
    memcpy(r->current_key_domains, domains, sizeof domains);
    r->key_markup.length = 0;
    r->state = STATE_KEY;
}

void an_i_graphml_finish_default(reader *r)
{
    r->state = r->parent_state;
    an_i_graphml_values_quiesce(r); /* interning and columns belong to the value thread */
    if (r->status)
        return;
    key_record *k = &r->keys[r->current_key];
    int first = -1;
    for (int d = 0; d < 3 && first < 0; d++)
        if (r->current_key_domains[d])
            first = d;
    if (first < 0)
        return;
    an_i_column *c = an_i_network_column(r->network, (an_domain)first, k->column[first]);
    an_type type = c->type;
    typed_value v = { 0 };
    const char *string = NULL;
    if (type == AN_TYPE_STRING) {
        string = an_i_graphml_intern_value(r, r->text.data, r->text.length);
        if (!string)
            return;
    } else if (r->text_markup) {
        an_i_graphml_fail_at(r, AN_EFORMAT, r->default_line, r->default_column,
                             "the <default> of key '%.200s' (%s) contains markup", c->name,
                             an_type_name(type));
        return;
    } else {
        int status = an_i_graphml_parse_typed(type, r->text.data, r->text.length, &v);
        if (status == AN_I_NUMBER_EMPTY) {
            an_i_graphml_warn_at(r, r->default_line, r->default_column,
                                 "empty <default> for key '%.200s' (%s) ignored", c->name,
                                 an_type_name(type));
            return;
        }
        if (status != AN_I_NUMBER_OK) {
            an_i_graphml_fail_value(r, status, "default", r->text.data, r->text.length, c->name, type,
                                    r->default_line, r->default_column);
            return;
        }
    }
    for (int d = 0; d < 3; d++) {
        if (!r->current_key_domains[d])
            continue;
        c = an_i_network_column(r->network, (an_domain)d, k->column[d]);
        if (k->repeated[d] && c->has_default) {
            /* a repeated declaration: its default must be the first's (strings are interned) */
            int same = type == AN_TYPE_STRING ? c->default_value.string == string
                     : type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE
                         ? memcmp(&c->default_value.real, &v.real, sizeof v.real) == 0
                         : c->default_value.integer == v.integer;
            if (!same) {
                an_i_graphml_fail_at(r, AN_EFORMAT, r->default_line, r->default_column, "key id '%.200s' is "
                                     "declared twice for %ss with different defaults", k->id,
                                     an_i_graphml_domain_names[d]);
                return;
            }
            continue;
        }
        c->has_default = 1;
        if (type == AN_TYPE_STRING) {
            c->default_value.string = string;
            c->is_markup = (unsigned char)(c->is_markup || r->text_markup);
        } else if (type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE) {
            c->default_value.real = v.real;
        } else {
            c->default_value.integer = v.integer;
        }
    }
}

void an_i_graphml_finish_key(reader *r)
{
    r->state = STATE_GRAPHML;
    key_record *k = &r->keys[r->current_key];
    unsigned char repeated[3];
    memcpy(repeated, k->repeated, sizeof repeated);
    memset(k->repeated, 0, sizeof k->repeated);
    if (!r->key_markup.length)
        return;
    an_i_graphml_values_quiesce(r);
    if (r->status)
        return;
    for (int d = 0; d < 3; d++) {
        if (!r->current_key_domains[d])
            continue;
        an_i_column *c = an_i_network_column(r->network, (an_domain)d, k->column[d]);
        if (repeated[d] && c->key_markup)
            continue; /* a repeat: the first declaration's <desc> stays */
        free(c->key_markup);
        if (!(c->key_markup = an_i_graphml_copy_bytes(r->key_markup.data, r->key_markup.length))) {
            an_i_graphml_fail_nomem(r);
            return;
        }
    }
}
