/*
 * graphml/data.c — the text of a <data> or <default> (plain, or markup when
 * it holds elements), and a <data> value handed to its column, or kept until
 * the end of the document when its key is not declared yet.
 */
#include "reader.h"

#include <stdlib.h>
#include <string.h>

void an_i_graphml_begin_text(reader *r, reader_state state)
{
    r->text.length = 0;
    r->text_markup = 0;
    r->last_open_buffer = NULL;
    r->parent_state = r->state;
    r->state = state;
    r->special_depth = r->depth;
}

/* A child element inside <data>/<default>: the value becomes markup; the
 * text collected so far is escaped. */
int an_i_graphml_text_becomes_markup(reader *r)
{
    text_buffer plain = r->text;
    r->text = r->swap;
    r->swap = plain;
    r->text.length = 0;
    r->text_markup = 1;
    return an_i_graphml_append_escaped(r, &r->text, r->swap.data, r->swap.length, 0);
}

/* ---- data --------------------------------------------------------------- */

void an_i_graphml_start_data(reader *r, int domain, int64_t row, const element *e)
{
    const char *key = NULL;
    size_t key_length = 0;
    int extra = e->nb_namespaces > 0;
    for (int i = 0; i < e->nb_attributes; i++) {
        if (attribute_is(e->attributes, i, r->names.key_ref)) {
            if (an_i_graphml_attribute_value(r, e->attributes, i, 0, &key, &key_length))
                return;
        } else {
            extra = 1;
        }
    }
    if (!key) {
        FAIL(r, AN_EFORMAT, "<data> without a key attribute");
        return;
    }
    int index = an_i_graphml_find_data_key(r, key, key_length);
    if (index >= 0) {
        key_record *k = &r->keys[index];
        if (k->column[domain] < 0 && k->template_domain < 0) {
            /* a key for graphml/port/...: keep the whole <data> raw (its attributes and
             * namespace declarations included, so no warning about them) */
            if (!k->warned_raw) {
                WARN(r, "<data> for key '%.200s', which is not declared for %ss; kept as raw markup",
                     k->id, an_i_graphml_domain_names[domain]);
                k->warned_raw = 1;
            }
            an_i_graphml_begin_capture(r, CAPTURE_FRAGMENT, domain, row, e);
            return;
        }
    }
    if (extra && !r->warned_data_attributes) {
        WARN(r, "attributes of <data> other than 'key' are not kept");
        r->warned_data_attributes = 1;
    }
    if (index < 0) {
        r->pending_key.length = 0;
        if (buffer_append(r, &r->pending_key, key, key_length))
            return;
    }
    r->data_key = index;
    r->data_domain = domain;
    r->data_row = row;
    r->data_line = current_line(r);
    r->data_column = current_column(r);
    an_i_graphml_begin_text(r, STATE_DATA);
}

static int push_pending_value(reader *r)
{
    if (r->pending_value_count == r->pending_value_capacity) {
        int64_t fresh = r->pending_value_capacity ? r->pending_value_capacity * 2 : 16;
        pending_value *items = realloc(r->pending_values, (size_t)fresh * sizeof *items);
        if (!items)
            return an_i_graphml_fail_nomem(r);
        r->pending_values = items;
        r->pending_value_capacity = fresh;
    }
    pending_value *p = &r->pending_values[r->pending_value_count];
    p->domain = r->data_domain;
    p->row = r->data_row;
    p->key = an_i_arena_strndup(&r->pending_arena, r->pending_key.data, r->pending_key.length);
    p->key_length = r->pending_key.length;
    p->value = an_i_arena_strndup(&r->pending_arena, r->text.length ? r->text.data : "", r->text.length);
    p->value_length = r->text.length;
    p->markup = r->text_markup;
    p->line = r->data_line;
    p->column = r->data_column;
    if (!p->key || !p->value)
        return an_i_graphml_fail_nomem(r);
    r->pending_value_count++;
    return 0;
}

void an_i_graphml_finish_data(reader *r)
{
    r->state = r->parent_state;
    if (r->data_key < 0) {
        push_pending_value(r);
        return;
    }
    key_record *k = &r->keys[r->data_key];
    int index = an_i_graphml_ensure_column(r, k, r->data_domain, r->data_line, r->data_column);
    if (index < 0)
        return;
    an_i_graphml_queue_value(r, r->data_domain, index, r->data_row, r->text.data, r->text.length,
                             r->text_markup, r->data_line, r->data_column);
}

/*
 * A key never declared, for data that uses it: with options.strict
 * AN_EFORMAT; otherwise a key whose columns (made where it is used) are
 * strings named after its id, with a warning at its first <data>, as NetworkX
 * and igraph read such files. It counts against max_keys. 0, or -1 (failure
 * recorded).
 */
static int implicit_key(reader *r, const pending_value *p)
{
    if (r->options.strict)
        return an_i_graphml_fail_at(r, AN_EFORMAT, p->line, p->column,
                                    "<data> refers to undeclared key '%.200s'", p->key), -1;
    if (++r->key_declarations > r->options.max_keys)
        return an_i_graphml_fail_at(r, AN_ELIMIT, p->line, p->column, "more than %lld keys, declared or "
                                    "used (max_keys)", (long long)r->options.max_keys), -1;
    key_record *k = an_i_graphml_add_key(r, p->key, p->key_length);
    if (!k)
        return -1;
    k->implicit = 1;
    an_i_graphml_warn_at(r, p->line, p->column, "<data> refers to undeclared key '%.200s'; its values are read "
                         "as text into a string column '%.200s'", k->id, k->id);
    return 0;
}

/* Values whose key was declared after them, or never. */
void an_i_graphml_resolve_pending_values(reader *r)
{
    for (int64_t i = 0; i < r->pending_value_count && !r->status; i++) {
        pending_value *p = &r->pending_values[i];
        int index = an_i_graphml_find_key(r, p->key, p->key_length);
        if (index < 0 && implicit_key(r, p) < 0)
            return;
        if (index < 0)
            index = r->key_count - 1;
        key_record *k = &r->keys[index];
        if (k->implicit) {
            int c = k->column[p->domain];
            if (c < 0 && (c = an_i_graphml_create_column(r, k, p->domain, k->id, AN_TYPE_STRING, p->line,
                                                         p->column)) < 0)
                return;
            an_i_graphml_store_value(r, p->domain, c, p->row, p->value, p->value_length, p->markup, p->line,
                                     p->column);
            continue;
        }
        if (k->column[p->domain] < 0 && k->template_domain < 0) {
            /* the same warning as for a raw key declared in time (an_i_graphml_start_data) */
            if (!k->warned_raw) {
                an_i_graphml_warn_at(r, p->line, p->column, "<data> for key '%.200s', which is not "
                                     "declared for %ss; kept as raw markup", k->id,
                                     an_i_graphml_domain_names[p->domain]);
                k->warned_raw = 1;
            }
            text_buffer *b = &r->attrs;
            b->length = 0;
            if (buffer_puts(r, b, "<data key=\"") ||
                an_i_graphml_append_escaped(r, b, p->key, p->key_length, 1) ||
                buffer_puts(r, b, "\">") ||
                (p->markup ? buffer_append(r, b, p->value, p->value_length)
                           : an_i_graphml_append_escaped(r, b, p->value, p->value_length, 0)) ||
                buffer_puts(r, b, "</data>"))
                return;
            if (an_i_network_add_fragment(r->network, p->domain, p->row, b->data, b->length) != AN_OK)
                an_i_graphml_fail_nomem(r);
            continue;
        }
        if (!k->warned_late) {
            an_i_graphml_warn_at(r, p->line, p->column, "key '%.200s' is declared after data that uses it",
                                 k->id);
            k->warned_late = 1;
        }
        int c = an_i_graphml_ensure_column(r, k, p->domain, p->line, p->column);
        if (c >= 0)
            an_i_graphml_store_value(r, p->domain, c, p->row, p->value, p->value_length, p->markup, p->line,
                                     p->column);
    }
}
