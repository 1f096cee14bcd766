/*
 * gexf_owners.c — the node and edge elements open (innermost last: nested <nodes> make
 * several) and what they hold: their time, <attvalue>s, <spell>s and viz:* elements.
 */
#include "gexf_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

an_i_gexf_owner *an_i_gexf_owner_top(an_i_gexf_reader *r)
{
    return r->owner_count ? &r->owners[r->owner_count - 1] : NULL;
}

static an_i_gexf_owner *push_owner(an_i_gexf_reader *r, an_domain domain, int64_t row)
{
    if (r->owner_count == r->owner_capacity) {
        int64_t fresh = r->owner_capacity ? r->owner_capacity * 2 : 16;
        an_i_gexf_owner *owners = realloc(r->owners, (size_t)fresh * sizeof *owners);
        int64_t *parents = realloc(r->parents, (size_t)fresh * sizeof *parents);
        if (owners)
            r->owners = owners;
        if (parents)
            r->parents = parents;
        if (!owners || !parents) {
            an_i_gexf_fail_nomem(r);
            return NULL;
        }
        r->owner_capacity = fresh;
    }
    an_i_gexf_owner *o = &r->owners[r->owner_count];
    memset(o, 0, sizeof *o);
    an_i_strbuf_init(&o->spells);
    o->domain = domain;
    o->row = row;
    r->parents[r->owner_count] = domain == AN_DOMAIN_NODE ? row : -1;
    r->owner_count++;
    return o;
}

/* A node or edge element opens: it owns the <attvalues>/<spells> inside it, and its own
 * start/end (or timestamp) attributes are its first spell. */
void an_i_gexf_open_owner(an_i_gexf_reader *r, an_domain domain, int64_t row, int nb_attributes,
                          const xmlChar **attributes)
{
    an_i_gexf_owner *o = push_owner(r, domain, row);
    if (!o)
        return;
    const char *start, *end;
    an_i_gexf_time_bounds(r, nb_attributes, attributes, &start, &end);
    if (!r->status && (start || end))
        an_i_gexf_owner_times(r, o, start, end);
}

void an_i_gexf_end_owner(an_i_gexf_reader *r)
{
    an_i_gexf_owner *o = an_i_gexf_owner_top(r);
    if (!o)
        return;
    if (!r->status)
        an_i_gexf_flush_dynamic(r, o->domain, o->row); /* values not inside <attvalues> */
    if (!r->status)
        an_i_gexf_owner_finish(r, o);
    an_i_gexf_owner_free(o);
    r->owner_count--;
}

void an_i_gexf_start_attvalue(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *id = AN_I_GEXF_ATTR("for", 0);
    if (!id && !r->status)
        id = AN_I_GEXF_ATTR("id", 0); /* GEXF 1.0 */
    const char *value = AN_I_GEXF_ATTR("value", 1);
    if (r->status)
        return;
    if (!id || !value) {
        an_i_gexf_fail(r, AN_EFORMAT, "<attvalue> without %s", id ? "a value" : "'for'");
        return;
    }
    const char *start, *end;
    an_i_gexf_time_bounds(r, nb_attributes, attributes, &start, &end);
    if (!r->status)
        an_i_gexf_attvalue(r, id, value, start, end);
}

void an_i_gexf_start_spell(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *start, *end;
    an_i_gexf_time_bounds(r, nb_attributes, attributes, &start, &end);
    an_i_gexf_owner *o = an_i_gexf_owner_top(r);
    if (!r->status && o)
        an_i_gexf_owner_spell(r, o, start, end);
}

void an_i_gexf_start_viz(an_i_gexf_reader *r, const char *name, int nb_attributes,
                         const xmlChar **attributes)
{
    static const struct { const char *element, *attribute; int reserved; } map[] = {
        { "color", "r", AN_I_GEXF_R }, { "color", "g", AN_I_GEXF_G }, { "color", "b", AN_I_GEXF_B },
        { "color", "a", AN_I_GEXF_ALPHA }, { "position", "x", AN_I_GEXF_X },
        { "position", "y", AN_I_GEXF_Y }, { "position", "z", AN_I_GEXF_Z },
        { "size", "value", AN_I_GEXF_SIZE }, { "thickness", "value", AN_I_GEXF_THICKNESS },
        { "shape", "value", AN_I_GEXF_SHAPE } };
    an_i_gexf_owner *o = an_i_gexf_owner_top(r);
    int known = 0;
    for (size_t i = 0; i < sizeof map / sizeof map[0] && !r->status; i++) {
        if (strcmp(map[i].element, name) != 0)
            continue;
        known = 1;
        const char *value = AN_I_GEXF_ATTR(map[i].attribute, 0);
        if (value && o) {
            char what[32];
            snprintf(what, sizeof what, "viz:%s %s", name, map[i].attribute);
            an_i_gexf_set_reserved_text(r, o->domain, o->row, map[i].reserved, value, what);
        }
    }
    if (!known)
        an_i_gexf_skip_element(r, name, "is not a viz element actornet reads");
}
