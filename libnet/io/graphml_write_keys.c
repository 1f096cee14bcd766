/*
 * graphml_write_keys.c — the GraphML writer's <key> declarations: which id
 * each column gets, for="all" groups, and the order that reads back as each
 * domain's column order (the decisions are in graphml_write.c's header).
 */
#include "graphml_write_internal.h"

#include "error_internal.h"
#include "xml_escape.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int an_i_gw_plan_keys(writer *w)
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
void an_i_gw_put_raw_attributes(writer *w, const char *raw, const char *const *skip)
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

    an_i_gw_line(w, 1);
    PUT(w->sink, "<key id=\"");
    an_i_xml_write_escaped(w->sink, plan->id, plan->id_length, 1, NULL);
    PUT(w->sink, "\" for=\"");
    an_i_sink_puts(w->sink, plan->for_all ? "all" : an_i_gw_domain_names[d]);
    PUT(w->sink, "\"");
    if (!c->is_markup || strcmp(c->name, plan->id) != 0) {
        PUT(w->sink, " attr.name=\"");
        char what[120];
        snprintf(what, sizeof what, "the name of %s column '%s'", an_i_gw_domain_names[d],
                 an_i_gw_printable(c->name, scratch, sizeof scratch));
        int rc = an_i_gw_put_attribute_text(w, c->name, what);
        if (rc != AN_OK)
            return rc;
        PUT(w->sink, "\"");
    }
    /* a type GraphML does not name (graph-tool's vector_float ...), read as text, is declared again */
    int kept_type = c->type == AN_TYPE_STRING && an_i_xml_has_attribute(c->key_attributes, "attr.type");
    if (!c->is_markup && !kept_type) {
        PUT(w->sink, " attr.type=\"");
        an_i_sink_puts(w->sink, an_i_gw_type_name(c->type));
        PUT(w->sink, "\"");
    }
    an_i_gw_put_raw_attributes(w, c->key_attributes, kept_type ? skip_but_type : skip);
    if (!c->has_default && !c->key_markup) {
        PUT(w->sink, "/>");
        return AN_OK;
    }
    PUT(w->sink, ">");
    if (c->key_markup) {
        /* Kept inner markup (<desc>, ...) first: the schema puts <desc> before <default>. */
        an_i_gw_line(w, 2);
        an_i_sink_puts(w->sink, c->key_markup);
    }
    if (c->has_default) {
        an_i_gw_line(w, 2);
        PUT(w->sink, "<default>");
        size_t bad;
        if (an_i_gw_put_value(w, c, &c->default_value, &bad) != AN_OK) {
            char what[120];
            snprintf(what, sizeof what, "the default of %s column '%s'", an_i_gw_domain_names[d],
                     an_i_gw_printable(c->name, scratch, sizeof scratch));
            return an_i_gw_refuse(what, c->default_value.string, bad);
        }
        PUT(w->sink, "</default>");
    }
    an_i_gw_line(w, 1);
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
int an_i_gw_put_keys(writer *w)
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
                if (network->columns[d].items[next[d]].role != AN_I_ROLE_DATA) {
                    next[d]++; /* nesting: written as nested graphs */
                    continue;
                }
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
