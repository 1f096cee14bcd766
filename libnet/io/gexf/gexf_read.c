/*
 * gexf_read.c — the GEXF reader: libxml2's SAX2 push parser feeding a small
 * state machine (one element kind per depth) that builds an an_network
 * directly. The mapping is documented in include/actornet/gexf.h; values,
 * declarations and time live in gexf_attributes.c and gexf_spells.c.
 *
 * Hostile input: XML_PARSE_NONET, no entity substitution, no DTD loading, no
 * HUGE; a <!DOCTYPE> is refused before its internal subset is read (no
 * entity can be declared, so none can be expanded: every reference other
 * than the five predefined ones and character references is an undefined
 * entity, AN_EPARSE). Element depth and value size are bounded by the
 * options (AN_ELIMIT). libxml2 never prints: its errors come to a
 * structured handler and become AN_EPARSE with its line and column.
 */
#include "gexf_internal.h"
#include "error_internal.h"
#include "number_parse.h"
#include "reader_frame.h"
#include "value_text.h"

#include <errno.h>
#include <libxml/parserInternals.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CHUNK_BYTES (256 * 1024)

typedef enum element_kind {
    K_OTHER = AN_I_GEXF_ELEMENT_OTHER, K_ROOT, K_META, K_META_FIELD, K_GRAPH, K_ATTRIBUTES,
    K_ATTRIBUTE, K_DEFAULT, K_NODES, K_NODE, K_EDGES, K_EDGE, K_ATTVALUES, K_ATTVALUE,
    K_SPELLS, K_SPELL, K_PARENTS, K_PARENT, K_VIZ
} element_kind;

/* ---- positions, failures, warnings -------------------------------------- */

long an_i_gexf_line(const an_i_gexf_reader *r)
{
    return r->ctxt ? xmlSAX2GetLineNumber(r->ctxt) : 0;
}

long an_i_gexf_column(const an_i_gexf_reader *r)
{
    return r->ctxt && r->ctxt->input ? r->ctxt->input->col : 0;
}

static int vfail_at(an_i_gexf_reader *r, int halt, int code, long line, long column, const char *format,
                    va_list args)
{
    if (r->status)
        return r->status;
    char reason[768];
    vsnprintf(reason, sizeof reason, format, args);
    an_i_error_at(code, r->file, line, column, "%s", reason);
    r->status = code;
    if (halt && r->ctxt)
        an_i_xml_halt(r->ctxt);
    return code;
}

int an_i_gexf_fail(an_i_gexf_reader *r, int code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 1, code, an_i_gexf_line(r), an_i_gexf_column(r), format, args);
    va_end(args);
    return rc;
}

__attribute__((format(printf, 5, 6)))
static int fail_at(an_i_gexf_reader *r, int code, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int rc = vfail_at(r, 0, code, line, column, format, args);
    va_end(args);
    return rc;
}

static void vwarn_at(an_i_gexf_reader *r, long line, long column, const char *format, va_list args)
{
    if (r->status)
        return;
    char reason[768];
    vsnprintf(reason, sizeof reason, format, args);
    if (an_i_network_warn(r->network, "%s:%ld:%ld: %s", r->file, line, column, reason) != AN_OK)
        an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
}

void an_i_gexf_warn(an_i_gexf_reader *r, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vwarn_at(r, an_i_gexf_line(r), an_i_gexf_column(r), format, args);
    va_end(args);
}

__attribute__((format(printf, 4, 5)))
static void warn_at(an_i_gexf_reader *r, long line, long column, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vwarn_at(r, line, column, format, args);
    va_end(args);
}

static int fail_nomem(an_i_gexf_reader *r)
{
    return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
}

/* libxml2's own errors: parse errors fail (no halting: libxml2 stops by itself), warnings warn. */
static void on_structured_error(void *context, xmlErrorPtr error)
{
    an_i_gexf_reader *r = context;
    if (!r || !error)
        return;
    char message[512];
    snprintf(message, sizeof message, "%s", error->message ? error->message : "XML error");
    size_t n = strlen(message);
    while (n && (message[n - 1] == '\n' || message[n - 1] == ' '))
        message[--n] = '\0';
    if (error->level == XML_ERR_WARNING || error->domain == XML_FROM_NAMESPACE) {
        warn_at(r, error->line, error->int2, "%s", message);
        return;
    }
    int code = AN_EPARSE;
    if (error->code == XML_ERR_ENTITY_LOOP ||
        strstr(message, "huge") || strstr(message, "too long") || strstr(message, "Excessive"))
        code = AN_ELIMIT;
    fail_at(r, code, error->line, error->int2, "malformed XML: %s", message);
}

static void on_generic_error(void *context, const char *format, ...)
{
    (void)context;
    (void)format; /* everything of interest also comes through the structured handler */
}

/* ---- attribute values --------------------------------------------------- */

/* Find attribute `name` (local name, no namespace or any) of a SAX2 attribute array;
 * return its value NUL-terminated and decoded in scratch slot `slot`, or NULL. */
static const char *attribute(an_i_gexf_reader *r, int count, const xmlChar **attributes,
                             const char *name, int slot)
{
    for (int i = 0; i < count; i++) {
        const xmlChar **a = attributes + 5 * i;
        if (strcmp((const char *)a[0], name) != 0)
            continue;
        const char *value = (const char *)a[3];
        size_t length = (size_t)(a[4] - a[3]);
        if ((int64_t)length > r->options.max_value_bytes) {
            an_i_gexf_fail(r, AN_ELIMIT, "the value of '%s' is %zu bytes, above max_value_bytes (%lld)",
                           name, length, (long long)r->options.max_value_bytes);
            return NULL;
        }
        an_i_strbuf *out = &r->scratch[slot];
        out->length = 0;
        if (out->data)
            out->data[0] = '\0';
        /* libxml2 without entity substitution passes an escaped '&' as "&#38;";
         * no other reference can remain (no entity is ever declared) */
        for (size_t k = 0; k < length;) {
            const char *amp = memchr(value + k, '&', length - k);
            size_t run = amp ? (size_t)(amp - (value + k)) : length - k;
            an_i_strbuf_append(out, value + k, run);
            k += run;
            if (!amp)
                break;
            if (length - k >= 5 && memcmp(value + k, "&#38;", 5) == 0) {
                an_i_strbuf_append(out, "&", 1);
                k += 5;
            } else {
                an_i_gexf_fail(r, AN_EPARSE, "malformed XML: undefined entity in the value of '%s'", name);
                return NULL;
            }
        }
        if (!out->data)
            an_i_strbuf_append(out, "", 0);
        if (out->failed) {
            fail_nomem(r);
            return NULL;
        }
        return out->data;
    }
    return NULL;
}

#define ATTR(name, slot) attribute(r, nb_attributes, attributes, (name), (slot))

/* ---- element kinds ------------------------------------------------------ */

static int is_gexf_namespace(const xmlChar *uri)
{
    if (!uri)
        return 1;
    const char *u = (const char *)uri;
    return strcmp(u, "http://www.gexf.net/1.2draft") == 0 || strcmp(u, "http://gexf.net/1.3") == 0 ||
           strcmp(u, "http://www.gexf.net/1.3") == 0 || strcmp(u, "http://gexf.net/1.2") == 0 ||
           strcmp(u, "http://www.gexf.net/1.1draft") == 0 || strcmp(u, "http://gexf.net/1.2draft") == 0;
}

static int is_viz_namespace(const xmlChar *uri)
{
    size_t n = uri ? strlen((const char *)uri) : 0;
    return n > 4 && strcmp((const char *)uri + n - 4, "/viz") == 0 && strstr((const char *)uri, "gexf.net");
}

static int push_kind(an_i_gexf_reader *r, element_kind kind)
{
    if (r->depth >= r->kinds_capacity) {
        int64_t fresh = r->kinds_capacity ? r->kinds_capacity * 2 : 64;
        unsigned char *kinds = realloc(r->kinds, (size_t)fresh);
        if (!kinds)
            return fail_nomem(r);
        r->kinds = kinds;
        r->kinds_capacity = fresh;
    }
    r->kinds[r->depth] = (unsigned char)kind;
    return 0;
}

static void skip_element(an_i_gexf_reader *r, const char *name, const char *why)
{
    if (why && !(r->warned_foreign & 1)) {
        r->warned_foreign |= 1;
        an_i_gexf_warn(r, "<%s> %s: skipped (the first of such elements; later ones are skipped "
                       "without a warning)", name, why);
    }
    r->skip_depth = r->depth;
}

static an_i_gexf_owner *owner_top(an_i_gexf_reader *r)
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
            fail_nomem(r);
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

/* An element's time: start/end (startopen/endopen read as closed, counted for one
 * warning), or a timestamp t as [t, t]; decoded into scratch slots 2 to 4. */
static void time_bounds(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes,
                        const char **start, const char **end)
{
    const char *timestamp = ATTR("timestamp", 4);
    *start = ATTR("start", 2);
    *end = ATTR("end", 3);
    if (!*start && (*start = ATTR("startopen", 2)))
        r->warned_open++;
    if (!*end && (*end = ATTR("endopen", 3)))
        r->warned_open++;
    if (timestamp)
        *start = *end = timestamp;
}

/* ---- nodes and edges ---------------------------------------------------- */

static int mark_implicit(an_i_gexf_reader *r, int64_t node, int value)
{
    if (node >= r->implicit_capacity) {
        int64_t fresh = r->implicit_capacity ? r->implicit_capacity : 64;
        while (fresh <= node)
            fresh *= 2;
        unsigned char *marks = realloc(r->implicit_mark, (size_t)fresh);
        if (!marks)
            return fail_nomem(r);
        memset(marks + r->implicit_capacity, 0, (size_t)(fresh - r->implicit_capacity));
        r->implicit_mark = marks;
        r->implicit_capacity = fresh;
    }
    r->implicit_mark[node] = (unsigned char)value;
    return 0;
}

static int64_t lookup_node(const an_i_gexf_reader *r, const char *id)
{
    size_t length = strlen(id);
    an_i_string_slot *slot =
        an_i_string_table_find(&r->network->node_index, id, length, an_i_string_hash(id, length));
    return slot ? slot->value : -1;
}

static int64_t add_node(an_i_gexf_reader *r, const char *id)
{
    size_t length = strlen(id);
    const char *interned = an_i_network_intern(r->network, id, length);
    int64_t node = -1;
    if (!interned || an_i_network_add_node_interned(r->network, interned, length, &node) != AN_OK) {
        fail_nomem(r);
        return -1;
    }
    return node;
}

static int set_parent(an_i_gexf_reader *r, int64_t node, const char *parent_id)
{
    int column = an_i_gexf_reserved_column(r, AN_DOMAIN_NODE, AN_I_GEXF_PARENT);
    if (column < 0)
        return r->status;
    if (an_network_set_string(r->network, AN_DOMAIN_NODE, column, node, parent_id) != AN_OK)
        return fail_nomem(r);
    return 0;
}

static int set_reserved_text(an_i_gexf_reader *r, an_domain domain, int64_t row, int reserved,
                             const char *value, const char *what)
{
    if (!value)
        return 0;
    int column = an_i_gexf_reserved_column(r, domain, reserved);
    if (column < 0)
        return r->status;
    return an_i_gexf_store(r, domain, column, row, an_i_gexf_reserved_type(reserved), value, what);
}

/* A node or edge element opens: it owns the <attvalues>/<spells> inside it, and its own
 * start/end (or timestamp) attributes are its first spell. */
static void open_owner(an_i_gexf_reader *r, an_domain domain, int64_t row, int nb_attributes,
                       const xmlChar **attributes)
{
    an_i_gexf_owner *o = push_owner(r, domain, row);
    if (!o)
        return;
    const char *start, *end;
    time_bounds(r, nb_attributes, attributes, &start, &end);
    if (!r->status && (start || end))
        an_i_gexf_owner_times(r, o, start, end);
}

static void start_node(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *id = ATTR("id", 0);
    if (r->status)
        return;
    if (!id || !*id) {
        an_i_gexf_fail(r, AN_EFORMAT, "<node> without an id");
        return;
    }
    int64_t node = lookup_node(r, id);
    if (node >= 0) {
        if (node < r->implicit_capacity && r->implicit_mark[node]) {
            r->implicit_mark[node] = 0; /* an edge named it first: declared now */
        } else {
            an_i_gexf_fail(r, AN_EFORMAT, "duplicate node id '%s'", id);
            return;
        }
    } else if ((node = add_node(r, id)) < 0) {
        return;
    }
    if (an_i_network_set_line(r->network, AN_DOMAIN_NODE, node, an_i_gexf_line(r)) != AN_OK) {
        fail_nomem(r);
        return;
    }
    /* the parent: the <node> whose <nodes> this is, or pid */
    element_kind up = r->depth >= 2 ? (element_kind)r->kinds[r->depth - 1] : K_OTHER;
    const char *pid = ATTR("pid", 1);
    if (up == K_NODES && r->depth >= 3 && r->kinds[r->depth - 2] == K_NODE && r->owner_count)
        pid = an_network_node_id(r->network, owner_top(r)->row);
    if (pid && *pid && set_parent(r, node, pid))
        return;
    if (set_reserved_text(r, AN_DOMAIN_NODE, node, AN_I_GEXF_LABEL, ATTR("label", 1), "label"))
        return;
    open_owner(r, AN_DOMAIN_NODE, node, nb_attributes, attributes);
}

static int endpoint(an_i_gexf_reader *r, const char *id, const char *which)
{
    if (!id || !*id)
        return an_i_gexf_fail(r, AN_EFORMAT, "<edge> without a %s", which);
    return 0;
}

static int64_t resolve_endpoint(an_i_gexf_reader *r, const char *id)
{
    int64_t node = lookup_node(r, id);
    if (node >= 0)
        return node;
    node = add_node(r, id);
    if (node < 0 || mark_implicit(r, node, 1))
        return -1;
    if (r->implicit_count == r->implicit_capacity_list) {
        int64_t fresh = r->implicit_capacity_list ? r->implicit_capacity_list * 2 : 16;
        an_i_gexf_implicit *list = realloc(r->implicit, (size_t)fresh * sizeof *list);
        if (!list) {
            fail_nomem(r);
            return -1;
        }
        r->implicit = list;
        r->implicit_capacity_list = fresh;
    }
    r->implicit[r->implicit_count++] = (an_i_gexf_implicit){ node, an_i_gexf_line(r), an_i_gexf_column(r) };
    return node;
}

static void start_edge(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *source_id = ATTR("source", 0);
    if (r->status || endpoint(r, source_id, "source"))
        return;
    int64_t source = resolve_endpoint(r, source_id);
    const char *target_id = ATTR("target", 0);
    if (source < 0 || r->status || endpoint(r, target_id, "target"))
        return;
    int64_t target = resolve_endpoint(r, target_id);
    if (target < 0)
        return;
    const char *type = ATTR("type", 1);
    int directed = r->network->default_directed, mutual = 0;
    if (type) {
        if (strcmp(type, "directed") == 0)
            directed = 1;
        else if (strcmp(type, "undirected") == 0)
            directed = 0;
        else if (strcmp(type, "mutual") == 0)
            directed = 0, mutual = 1;
        else {
            an_i_gexf_fail(r, AN_EFORMAT, "edge type '%s' is not directed, undirected or mutual", type);
            return;
        }
    }
    const char *id = ATTR("id", 2);
    const char *interned = id ? an_i_network_intern(r->network, id, strlen(id)) : NULL;
    if ((id && !interned) ||
        an_i_network_add_edge_unchecked(r->network, source, target, directed, interned) != AN_OK) {
        fail_nomem(r);
        return;
    }
    int64_t edge = r->network->edge_count - 1;
    if (an_i_network_set_line(r->network, AN_DOMAIN_EDGE, edge, an_i_gexf_line(r)) != AN_OK) {
        fail_nomem(r);
        return;
    }
    if (mutual && set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_MUTUAL, "true", "type"))
        return;
    if (set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_WEIGHT, ATTR("weight", 1), "weight") ||
        set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_LABEL, ATTR("label", 1), "label") ||
        set_reserved_text(r, AN_DOMAIN_EDGE, edge, AN_I_GEXF_KIND, ATTR("kind", 1), "kind"))
        return;
    open_owner(r, AN_DOMAIN_EDGE, edge, nb_attributes, attributes);
}

static void end_owner(an_i_gexf_reader *r)
{
    an_i_gexf_owner *o = owner_top(r);
    if (!o)
        return;
    if (!r->status)
        an_i_gexf_flush_dynamic(r, o->domain, o->row); /* values not inside <attvalues> */
    if (!r->status)
        an_i_gexf_owner_finish(r, o);
    an_i_gexf_owner_free(o);
    r->owner_count--;
}

/* ---- the graph and its declarations ------------------------------------ */

static int set_graph_text(an_i_gexf_reader *r, const char *name, const char *value)
{
    int column = -1;
    if (an_i_network_add_column(r->network, AN_DOMAIN_GRAPH, name, AN_TYPE_STRING, NULL, &column) != AN_OK ||
        an_network_set_string(r->network, AN_DOMAIN_GRAPH, column, 0, value) != AN_OK)
        return fail_nomem(r);
    return 0;
}

static void start_graph(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *edge_type = ATTR("defaultedgetype", 0);
    int directed = 0;
    if (edge_type && strcmp(edge_type, "directed") == 0)
        directed = 1;
    else if (edge_type && strcmp(edge_type, "undirected") != 0 && strcmp(edge_type, "mixed") != 0 &&
             strcmp(edge_type, "mutual") != 0) {
        an_i_gexf_fail(r, AN_EFORMAT, "defaultedgetype '%s' is not directed, undirected or mixed", edge_type);
        return;
    }
    r->network->default_directed = directed;
    const char *timeformat = ATTR("timeformat", 0);
    if (r->status)
        return;
    r->time = AN_I_GEXF_TIME_DOUBLE;
    if (timeformat) {
        if (strcmp(timeformat, "integer") == 0 || strcmp(timeformat, "long") == 0)
            r->time = AN_I_GEXF_TIME_INTEGER;
        else if (strcmp(timeformat, "double") == 0 || strcmp(timeformat, "float") == 0)
            r->time = AN_I_GEXF_TIME_DOUBLE;
        else
            r->time = AN_I_GEXF_TIME_TEXT; /* date, dateTime, anything else: kept as written */
        set_graph_text(r, "gexf_timeformat", timeformat);
    }
}

static void start_attributes(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *class = ATTR("class", 0);
    if (r->status)
        return;
    if (!class || (strcmp(class, "node") != 0 && strcmp(class, "edge") != 0 && strcmp(class, "graph") != 0)) {
        an_i_gexf_fail(r, AN_EFORMAT, "<attributes> class '%s' is not node, edge or graph", class ? class : "");
        return;
    }
    r->attributes_domain = class[0] == 'n' ? AN_DOMAIN_NODE : class[0] == 'e' ? AN_DOMAIN_EDGE : AN_DOMAIN_GRAPH;
    const char *mode = ATTR("mode", 0);
    r->attributes_dynamic = mode && strcmp(mode, "dynamic") == 0;
}

static void start_attribute(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *id = ATTR("id", 0), *title = ATTR("title", 1), *type = ATTR("type", 2);
    if (r->status)
        return;
    if (!id || !*id) {
        an_i_gexf_fail(r, AN_EFORMAT, "<attribute> without an id");
        return;
    }
    if (an_i_gexf_declare(r, r->attributes_domain, id, title, type, r->attributes_dynamic) == 0)
        r->current_attribute = r->attributes[r->attributes_domain].count - 1;
}

static void start_attvalue(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *id = ATTR("for", 0);
    if (!id && !r->status)
        id = ATTR("id", 0); /* GEXF 1.0 */
    const char *value = ATTR("value", 1);
    if (r->status)
        return;
    if (!id || !value) {
        an_i_gexf_fail(r, AN_EFORMAT, "<attvalue> without %s", id ? "a value" : "'for'");
        return;
    }
    const char *start, *end;
    time_bounds(r, nb_attributes, attributes, &start, &end);
    if (!r->status)
        an_i_gexf_attvalue(r, id, value, start, end);
}

static void start_spell(an_i_gexf_reader *r, int nb_attributes, const xmlChar **attributes)
{
    const char *start, *end;
    time_bounds(r, nb_attributes, attributes, &start, &end);
    an_i_gexf_owner *o = owner_top(r);
    if (!r->status && o)
        an_i_gexf_owner_spell(r, o, start, end);
}

static void start_viz(an_i_gexf_reader *r, const char *name, int nb_attributes, const xmlChar **attributes)
{
    static const struct { const char *element, *attribute; int reserved; } map[] = {
        { "color", "r", AN_I_GEXF_R }, { "color", "g", AN_I_GEXF_G }, { "color", "b", AN_I_GEXF_B },
        { "color", "a", AN_I_GEXF_ALPHA }, { "position", "x", AN_I_GEXF_X },
        { "position", "y", AN_I_GEXF_Y }, { "position", "z", AN_I_GEXF_Z },
        { "size", "value", AN_I_GEXF_SIZE }, { "thickness", "value", AN_I_GEXF_THICKNESS },
        { "shape", "value", AN_I_GEXF_SHAPE } };
    an_i_gexf_owner *o = owner_top(r);
    int known = 0;
    for (size_t i = 0; i < sizeof map / sizeof map[0] && !r->status; i++) {
        if (strcmp(map[i].element, name) != 0)
            continue;
        known = 1;
        const char *value = ATTR(map[i].attribute, 0);
        if (value && o) {
            char what[32];
            snprintf(what, sizeof what, "viz:%s %s", name, map[i].attribute);
            set_reserved_text(r, o->domain, o->row, map[i].reserved, value, what);
        }
    }
    if (!known)
        skip_element(r, name, "is not a viz element actornet reads");
}

/* ---- SAX callbacks ------------------------------------------------------ */

static element_kind child_kind(element_kind parent, const char *name)
{
    switch (parent) {
    case K_ROOT:
        return strcmp(name, "meta") == 0 ? K_META : strcmp(name, "graph") == 0 ? K_GRAPH : K_OTHER;
    case K_META:
        return strcmp(name, "creator") == 0 || strcmp(name, "description") == 0 || strcmp(name, "title") == 0 ||
               strcmp(name, "keywords") == 0 ? K_META_FIELD : K_OTHER;
    case K_GRAPH:
        return strcmp(name, "attributes") == 0 ? K_ATTRIBUTES : strcmp(name, "nodes") == 0 ? K_NODES
             : strcmp(name, "edges") == 0 ? K_EDGES : K_OTHER;
    case K_ATTRIBUTES: return strcmp(name, "attribute") == 0 ? K_ATTRIBUTE : K_OTHER;
    case K_ATTRIBUTE: return strcmp(name, "default") == 0 ? K_DEFAULT : K_OTHER;
    case K_NODES: return strcmp(name, "node") == 0 ? K_NODE : K_OTHER;
    case K_EDGES: return strcmp(name, "edge") == 0 ? K_EDGE : K_OTHER;
    case K_NODE:
        if (strcmp(name, "nodes") == 0)
            return K_NODES;
        if (strcmp(name, "edges") == 0)
            return K_EDGES;
        if (strcmp(name, "parents") == 0)
            return K_PARENTS;
        /* fall through */
    case K_EDGE:
        if (strcmp(name, "attvalue") == 0)
            return K_ATTVALUE; /* without <attvalues>, as some Gephi files have it */
        return strcmp(name, "attvalues") == 0 ? K_ATTVALUES : strcmp(name, "spells") == 0 ? K_SPELLS : K_OTHER;
    case K_ATTVALUES: return strcmp(name, "attvalue") == 0 ? K_ATTVALUE : K_OTHER;
    case K_SPELLS: return strcmp(name, "spell") == 0 ? K_SPELL : K_OTHER;
    case K_PARENTS: return strcmp(name, "parent") == 0 ? K_PARENT : K_OTHER;
    default: return K_OTHER;
    }
}

static void on_start(void *context, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes)
{
    (void)prefix, (void)nb_namespaces, (void)namespaces, (void)nb_defaulted;
    an_i_gexf_reader *r = context;
    if (r->status)
        return;
    r->depth++;
    if (r->depth > r->options.max_depth) {
        an_i_gexf_fail(r, AN_ELIMIT, "elements nested deeper than max_depth (%lld)",
                       (long long)r->options.max_depth);
        return;
    }
    if (push_kind(r, K_OTHER) || r->skip_depth)
        return;
    const char *name = (const char *)localname;
    if (r->depth == 1) {
        if (strcmp(name, "gexf") != 0) {
            an_i_gexf_fail(r, AN_EPARSE, "not a GEXF document: the root element is <%s>, not <gexf>", name);
            return;
        }
        if (!is_gexf_namespace(uri)) {
            an_i_gexf_warn(r, "unknown GEXF namespace '%s': read as GEXF 1.3", (const char *)uri);
            if (!(r->root_uri = strdup((const char *)uri))) {
                fail_nomem(r);
                return;
            }
        }
        r->seen_root = 1;
        r->kinds[r->depth] = K_ROOT;
        return;
    }
    element_kind parent = (element_kind)r->kinds[r->depth - 1];
    if (is_viz_namespace(uri) && (parent == K_NODE || parent == K_EDGE)) {
        r->kinds[r->depth] = K_VIZ;
        start_viz(r, name, nb_attributes, attributes);
        return;
    }
    if (!is_gexf_namespace(uri) && !(uri && r->root_uri && strcmp((const char *)uri, r->root_uri) == 0)) {
        skip_element(r, name, "is in another namespace");
        return;
    }
    element_kind kind = child_kind(parent, name);
    if (kind == K_GRAPH && r->seen_graph) {
        an_i_gexf_warn(r, "a second <graph>: skipped (GEXF has one graph per document)");
        r->skip_depth = r->depth;
        return;
    }
    r->kinds[r->depth] = (unsigned char)kind;
    switch (kind) {
    case K_OTHER:
        if (strcmp(name, "options") != 0 && strcmp(name, "slices") != 0)
            skip_element(r, name, "is not read by actornet");
        else
            r->skip_depth = r->depth;
        break;
    case K_META: {
        const char *date = ATTR("lastmodifieddate", 0);
        if (date)
            set_graph_text(r, "gexf_lastmodifieddate", date);
        break;
    }
    case K_META_FIELD:
    case K_DEFAULT:
        r->text.length = 0;
        an_i_strbuf_append(&r->text, "", 0); /* NUL-terminated even when empty */
        r->capturing = 1;
        break;
    case K_GRAPH: r->seen_graph = 1; start_graph(r, nb_attributes, attributes); break;
    case K_ATTRIBUTES: start_attributes(r, nb_attributes, attributes); break;
    case K_ATTRIBUTE: start_attribute(r, nb_attributes, attributes); break;
    case K_NODE: start_node(r, nb_attributes, attributes); break;
    case K_EDGE: start_edge(r, nb_attributes, attributes); break;
    case K_ATTVALUE:
        if (owner_top(r))
            start_attvalue(r, nb_attributes, attributes);
        break;
    case K_SPELL: start_spell(r, nb_attributes, attributes); break;
    case K_PARENT: {
        const char *parent_id = ATTR("for", 0);
        if (parent_id && owner_top(r) && owner_top(r)->domain == AN_DOMAIN_NODE)
            set_parent(r, owner_top(r)->row, parent_id);
        break;
    }
    default: break;
    }
}

static void on_end(void *context, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri)
{
    (void)prefix, (void)uri;
    an_i_gexf_reader *r = context;
    if (r->status)
        return;
    if (r->skip_depth) {
        if (r->depth == r->skip_depth)
            r->skip_depth = 0;
        r->depth--;
        return;
    }
    element_kind kind = (element_kind)r->kinds[r->depth];
    switch (kind) {
    case K_NODE:
    case K_EDGE: end_owner(r); break;
    case K_ATTRIBUTES: r->attributes_domain = -1; break;
    case K_ATTVALUES:
        if (owner_top(r))
            an_i_gexf_flush_dynamic(r, owner_top(r)->domain, owner_top(r)->row);
        break;
    case K_ATTRIBUTE: r->current_attribute = -1; break;
    case K_DEFAULT:
        r->capturing = 0;
        if (r->current_attribute >= 0)
            an_i_gexf_set_default(r, r->text.data ? r->text.data : "", r->text.length);
        break;
    case K_META_FIELD: {
        r->capturing = 0;
        char name[64];
        snprintf(name, sizeof name, "gexf_%s", (const char *)localname);
        if (an_i_find_column_quiet(r->network, AN_DOMAIN_GRAPH, name) < 0)
            set_graph_text(r, name, r->text.data ? r->text.data : "");
        break;
    }
    case K_GRAPH: r->graph_done = 1; break;
    default: break;
    }
    r->depth--;
}

static void on_characters(void *context, const xmlChar *text, int length)
{
    an_i_gexf_reader *r = context;
    if (r->status || !r->capturing || r->skip_depth)
        return;
    if ((int64_t)(r->text.length + (size_t)length) > r->options.max_value_bytes) {
        an_i_gexf_fail(r, AN_ELIMIT, "a text value is longer than max_value_bytes (%lld)",
                       (long long)r->options.max_value_bytes);
        return;
    }
    an_i_strbuf_append(&r->text, (const char *)text, (size_t)length);
    if (r->text.failed)
        fail_nomem(r);
}

static void on_internal_subset(void *context, const xmlChar *name, const xmlChar *external_id,
                               const xmlChar *system_id)
{
    (void)name, (void)external_id, (void)system_id;
    an_i_gexf_reader *r = context;
    an_i_gexf_fail(r, AN_EUNSUPPORTED, "a document type declaration (<!DOCTYPE>) is refused: GEXF has "
                   "none, and it could declare entities");
}

static xmlEntityPtr on_get_entity(void *context, const xmlChar *name)
{
    (void)context;
    return xmlGetPredefinedEntity(name); /* nothing else is ever declared */
}

/* ---- the load ----------------------------------------------------------- */

static int feed(an_i_gexf_reader *r, const char *data, size_t length, int terminate)
{
    if (!r->ctxt) {
        xmlSAXHandler sax;
        memset(&sax, 0, sizeof sax);
        sax.initialized = XML_SAX2_MAGIC;
        sax.startElementNs = on_start;
        sax.endElementNs = on_end;
        sax.characters = on_characters;
        sax.cdataBlock = on_characters;
        sax.ignorableWhitespace = on_characters;
        sax.internalSubset = on_internal_subset;
        sax.getEntity = on_get_entity;
        sax.serror = on_structured_error;
        size_t head = length < 4 ? length : 4;
        r->ctxt = xmlCreatePushParserCtxt(&sax, r, data, (int)head, r->file);
        if (!r->ctxt)
            return fail_nomem(r);
        xmlCtxtUseOptions(r->ctxt, XML_PARSE_NONET);
        r->ctxt->replaceEntities = 0;
        r->ctxt->loadsubset = 0;
        r->ctxt->validate = 0;
        data += head;
        length -= head;
    }
    for (;;) {
        size_t piece = length < CHUNK_BYTES ? length : CHUNK_BYTES;
        int last = terminate && piece == length;
        if (piece == 0 && !last)
            return 0;
        int rc = xmlParseChunk(r->ctxt, data, (int)piece, last);
        data += piece;
        length -= piece;
        if (r->status)
            return r->status;
        if (rc != 0 || (last && !r->ctxt->wellFormed))
            return an_i_gexf_fail(r, AN_EPARSE, "malformed XML (libxml2 error %d)", rc);
        if (last)
            return 0;
    }
}

static void read_input(an_i_gexf_reader *r, int fd, const char *data, size_t size)
{
    if (fd < 0) {
        feed(r, data, size, 1);
        return;
    }
    char *chunk = malloc(CHUNK_BYTES);
    if (!chunk) {
        fail_nomem(r);
        return;
    }
    for (;;) {
        ssize_t got = read(fd, chunk, CHUNK_BYTES);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            fail_at(r, AN_EIO, 0, 0, "cannot read: %s", strerror(errno));
            break;
        }
        if (feed(r, chunk, (size_t)got, got == 0) || got == 0)
            break;
    }
    free(chunk);
}

static void finish(an_i_gexf_reader *r)
{
    if (r->status)
        return;
    long line = an_i_gexf_line(r), column = an_i_gexf_column(r);
    if (!r->seen_root)
        fail_at(r, AN_EPARSE, line, column, "not a GEXF document: no <gexf> element");
    else if (!r->seen_graph)
        fail_at(r, AN_EFORMAT, line, column, "no <graph> element in the document");
    for (int64_t i = 0; i < r->implicit_count && !r->status; i++) {
        an_i_gexf_implicit *p = &r->implicit[i];
        if (!r->implicit_mark[p->node])
            continue; /* declared later in the document */
        const char *id = an_network_node_id(r->network, p->node);
        if (r->options.strict)
            fail_at(r, AN_EFORMAT, p->line, p->column, "edge names node '%s', which is not declared", id);
        else
            warn_at(r, p->line, p->column, "edge names node '%s', which is not declared: node added", id);
    }
    if (r->warned_open && !r->status)
        warn_at(r, line, column, "%d open interval bound%s (startopen/endopen) read as closed",
                r->warned_open, r->warned_open == 1 ? "" : "s");
}

static void reader_free(an_i_gexf_reader *r)
{
    if (r->ctxt) {
        if (r->ctxt->myDoc)
            xmlFreeDoc(r->ctxt->myDoc);
        xmlFreeParserCtxt(r->ctxt);
    }
    while (r->owner_count)
        an_i_gexf_owner_free(&r->owners[--r->owner_count]);
    free(r->owners);
    free(r->parents);
    free(r->kinds);
    free(r->implicit_mark);
    free(r->implicit);
    an_i_strbuf_free(&r->text);
    free(r->root_uri);
    for (int i = 0; i < AN_I_GEXF_SCRATCH; i++)
        an_i_strbuf_free(&r->scratch[i]);
    an_i_gexf_attributes_free(r);
}

static int check_options(const an_gexf_read_options *options, an_gexf_read_options *out)
{
    static const an_gexf_read_options defaults = AN_GEXF_READ_OPTIONS_INIT;
    if (!options) {
        *out = defaults;
        return AN_OK;
    }
    if (options->version != AN_GEXF_READ_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_gexf_read_options has version %u, expected %u (initialise it "
                          "with AN_GEXF_READ_OPTIONS_INIT)", options->version,
                          (unsigned)AN_GEXF_READ_OPTIONS_VERSION);
    if (options->max_depth <= 0 || options->max_value_bytes <= 0)
        return an_i_error(AN_EINVAL, "an_gexf_read_options: max_depth and max_value_bytes must be positive");
    *out = *options;
    return AN_OK;
}

static int load(an_network **out, const char *name, int fd, const char *data, size_t size,
                const an_gexf_read_options *options)
{
    xmlInitParser();
    an_i_gexf_reader r;
    memset(&r, 0, sizeof r);
    r.file = name;
    r.options = *options;
    r.attributes_domain = -1;
    r.current_attribute = -1;
    for (int d = 0; d < 3; d++)
        for (int k = 0; k < AN_I_GEXF_RESERVED_COUNT; k++)
            r.reserved[d][k] = -1;
    if (an_network_new(&r.network, 0) != AN_OK)
        return an_i_error(AN_ENOMEM, "out of memory");

    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_context = xmlGenericErrorContext;
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_context = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(&r, on_generic_error);
    xmlSetStructuredErrorFunc(&r, on_structured_error);
    read_input(&r, fd, data, size);
    finish(&r);
    xmlSetGenericErrorFunc(saved_generic_context, saved_generic);
    xmlSetStructuredErrorFunc(saved_structured_context, saved_structured);

    int status = r.status;
    an_network *network = r.network;
    reader_free(&r);
    return an_i_reader_hand_over(out, network, status, name);
}

int an_gexf_read(an_network **out, const char *path, const an_gexf_read_options *options)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!path)
        return AN_I_MISUSE("path is NULL");
    an_gexf_read_options checked;
    int rc = check_options(options, &checked);
    if (rc != AN_OK)
        return rc;
    int fd = -1;
    if ((rc = an_i_reader_open(path, &fd)) != AN_OK)
        return rc;
    rc = load(out, path, fd, NULL, 0, &checked);
    close(fd);
    return rc;
}

int an_gexf_read_buffer(an_network **out, const char *data, size_t size, const char *name,
                        const an_gexf_read_options *options)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    *out = NULL;
    if (!data && size)
        return AN_I_MISUSE("data is NULL");
    an_gexf_read_options checked;
    int rc = check_options(options, &checked);
    if (rc != AN_OK)
        return rc;
    return load(out, name ? name : "<buffer>", -1, data ? data : "", size, &checked);
}
