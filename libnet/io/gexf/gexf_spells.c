/*
 * gexf_spells.c — time in GEXF: a node's or edge's start/end and <spells>,
 * and the interval-map and interval-set text (Gephi's "<[s, e, v]; ...>")
 * that holds dynamic values and several spells in one string column. The
 * reader writes this text, the writer parses it back.
 */
#include "gexf_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int store_time(an_i_gexf_reader *r, an_i_gexf_owner *o, int reserved, const char *value)
{
    if (!value)
        return 0;
    int column = an_i_gexf_reserved_column(r, o->domain, reserved);
    if (column < 0)
        return r->status;
    an_type type = an_network_column_type(r->network, o->domain, column);
    return an_i_gexf_store(r, o->domain, column, o->row, (an_type)type, value,
                           reserved == AN_I_GEXF_START ? "start" : "end");
}

int an_i_gexf_owner_times(an_i_gexf_reader *r, an_i_gexf_owner *o, const char *start, const char *end)
{
    if (store_time(r, o, AN_I_GEXF_START, start))
        return r->status;
    return store_time(r, o, AN_I_GEXF_END, end);
}

/* -1, 0, 1 as a is before, at, after b (numbers by value, text as text). */
static int compare_times(const an_i_gexf_reader *r, const char *a, const char *b)
{
    if (r->time == AN_I_GEXF_TIME_TEXT)
        return strcmp(a, b) < 0 ? -1 : strcmp(a, b) > 0;
    double x = strtod(a, NULL), y = strtod(b, NULL);
    return x < y ? -1 : x > y;
}

static int keep(char **slot, const char *value)
{
    char *copy = strdup(value);
    if (!copy)
        return -1;
    free(*slot);
    *slot = copy;
    return 0;
}

int an_i_gexf_owner_spell(an_i_gexf_reader *r, an_i_gexf_owner *o, const char *start, const char *end)
{
    for (int i = 0; i < 2; i++) {
        const char *bound = i ? end : start;
        if (bound && (strpbrk(bound, ",;[]<>\"") || strlen(bound) >= 64))
            return an_i_gexf_fail(r, AN_EFORMAT, "spell time '%.80s' is not a date or number", bound);
    }
    if (o->spell_count++)
        an_i_strbuf_puts(&o->spells, "; ");
    an_i_strbuf_printf(&o->spells, "[%s, %s]", start ? start : "-Infinity", end ? end : "Infinity");
    if (o->spells.failed)
        return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    if (!start)
        o->open_start = 1;
    else if ((!o->first_start || compare_times(r, start, o->first_start) < 0) && keep(&o->first_start, start))
        return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    if (!end)
        o->open_end = 1;
    else if ((!o->last_end || compare_times(r, end, o->last_end) > 0) && keep(&o->last_end, end))
        return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    return 0;
}

int an_i_gexf_owner_finish(an_i_gexf_reader *r, an_i_gexf_owner *o)
{
    if (!o->spell_count)
        return 0;
    if (an_i_gexf_owner_times(r, o, o->open_start ? NULL : o->first_start, o->open_end ? NULL : o->last_end))
        return r->status;
    if (o->spell_count == 1)
        return 0;
    int column = an_i_gexf_reserved_column(r, o->domain, AN_I_GEXF_SPELLS);
    if (column < 0)
        return r->status;
    an_i_strbuf text;
    an_i_strbuf_init(&text);
    an_i_strbuf_puts(&text, "<");
    an_i_strbuf_append(&text, o->spells.data, o->spells.length);
    an_i_strbuf_puts(&text, ">");
    int rc = text.failed ? AN_ENOMEM : an_network_set_string(r->network, o->domain, column, o->row, text.data);
    an_i_strbuf_free(&text);
    if (rc != AN_OK)
        return an_i_gexf_fail(r, AN_ENOMEM, "out of memory while reading GEXF");
    return 0;
}

void an_i_gexf_owner_free(an_i_gexf_owner *o)
{
    free(o->first_start);
    free(o->last_end);
    an_i_strbuf_free(&o->spells);
    o->first_start = o->last_end = NULL;
}

/* ---- interval text ------------------------------------------------------ */

void an_i_gexf_map_value(an_i_strbuf *out, const char *value)
{
    size_t length = strlen(value);
    int quote = length == 0 || value[0] == ' ' || value[length - 1] == ' ' || strpbrk(value, ",;[]<>\"\\");
    if (!quote) {
        an_i_strbuf_append(out, value, length);
        return;
    }
    an_i_strbuf_puts(out, "\"");
    for (const char *p = value; *p; p++) {
        if (*p == '"' || *p == '\\')
            an_i_strbuf_append(out, "\\", 1);
        an_i_strbuf_append(out, p, 1);
    }
    an_i_strbuf_puts(out, "\"");
}

static const char *skip_space(const char *p)
{
    while (*p == ' ')
        p++;
    return p;
}

/* A bound up to ',' or ']': "" for -Infinity / Infinity. */
static const char *parse_bound(const char *p, char out[64])
{
    p = skip_space(p);
    size_t n = 0;
    while (*p && *p != ',' && *p != ']' && *p != ';') {
        if (n >= 63)
            return NULL;
        out[n++] = *p++;
    }
    while (n && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
    if (n == 0)
        return NULL;
    if (strcmp(out, "-Infinity") == 0 || strcmp(out, "Infinity") == 0 || strcmp(out, "-inf") == 0 ||
        strcmp(out, "inf") == 0)
        out[0] = '\0';
    return p;
}

/* A value up to ']': quoted ("...", with \" and \\) or bare. */
static const char *parse_map_value(const char *p, char **out)
{
    p = skip_space(p);
    an_i_strbuf value;
    an_i_strbuf_init(&value);
    if (*p == '"') {
        for (p++; *p && *p != '"'; p++) {
            if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
                p++;
            an_i_strbuf_append(&value, p, 1);
        }
        if (*p != '"') {
            an_i_strbuf_free(&value);
            return NULL;
        }
        p = skip_space(p + 1);
    } else {
        const char *end = strchr(p, ']');
        if (!end) {
            an_i_strbuf_free(&value);
            return NULL;
        }
        size_t n = (size_t)(end - p);
        while (n && p[n - 1] == ' ')
            n--;
        an_i_strbuf_append(&value, p, n);
        p = end;
    }
    an_i_strbuf_append(&value, "", 0);
    *out = an_i_strbuf_take(&value, NULL);
    return *out ? p : NULL;
}

int an_i_gexf_parse_intervals(const char *text, int with_value, an_i_gexf_interval **out, int *count)
{
    *out = NULL;
    *count = 0;
    an_i_gexf_interval *items = NULL;
    int n = 0, capacity = 0;
    const char *p = skip_space(text);
    if (*p++ != '<')
        return -1;
    for (;;) {
        p = skip_space(p);
        if (*p == '>' && n == 0)
            break;
        if (*p++ != '[')
            goto bad;
        if (n == capacity) {
            capacity = capacity ? capacity * 2 : 4;
            an_i_gexf_interval *grown = realloc(items, (size_t)capacity * sizeof *grown);
            if (!grown)
                goto bad;
            items = grown;
        }
        an_i_gexf_interval *item = &items[n];
        item->value = NULL;
        if (!(p = parse_bound(p, item->start)) || *p++ != ',' || !(p = parse_bound(p, item->end)))
            goto bad;
        n++;
        if (with_value) {
            if (*p++ != ',' || !(p = parse_map_value(p, &item->value)))
                goto bad;
        }
        if (*p++ != ']')
            goto bad;
        p = skip_space(p);
        if (*p == ';') {
            p++;
            continue;
        }
        if (*p != '>')
            goto bad;
        break;
    }
    if (*skip_space(p + 1))
        goto bad;
    *out = items;
    *count = n;
    return 0;
bad:
    an_i_gexf_intervals_free(items, n);
    return -1;
}

void an_i_gexf_intervals_free(an_i_gexf_interval *items, int count)
{
    for (int i = 0; i < count; i++)
        free(items[i].value);
    free(items);
}
