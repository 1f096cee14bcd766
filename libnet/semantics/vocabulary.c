/*
 * vocabulary.c — the allowed classes, relations and confidence levels, and
 * what they mean (vocabulary.h): parsing, lookups, writing back.
 */
#include "actornet/vocabulary.h"
#include "error_internal.h"
#include "network_internal.h"
#include "strbuf.h"
#include "vocabulary_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kinds[AN_I_VOCABULARY_KINDS] = { "type", "relation", "confidence" };

/* The columns a file may have, in the order an_vocabulary_text() writes them. */
enum { COL_KIND, COL_NAME, COL_DEFINITION, COL_MODE, COL_FAMILY, COL_SIGN, COL_SYMMETRIC, COL_FLOW, COLUMNS };
static const char *const column_names[COLUMNS] = { "kind", "name", "definition", "mode",
                                                   "family", "sign", "symmetric", "flow" };

static const char *const mode_names[] = { "unknown", "agent", "context" };
static const char *const sign_names[] = { "unknown", "cooperative", "hostile", "neutral" };
static const char *const flow_names[] = { "unknown", "none", "forward", "backward", "both" };

#define COUNT(array) ((int)(sizeof(array) / sizeof *(array)))

const char *an_mode_name(int mode)
{
    return mode > 0 && mode < COUNT(mode_names) ? mode_names[mode] : "unknown";
}

const char *an_sign_name(int sign)
{
    return sign > 0 && sign < COUNT(sign_names) ? sign_names[sign] : "unknown";
}

const char *an_flow_name(int flow)
{
    return flow > 0 && flow < COUNT(flow_names) ? flow_names[flow] : "unknown";
}

int an_i_vocabulary_kind(const char *kind)
{
    for (int k = 0; k < AN_I_VOCABULARY_KINDS; k++)
        if (strcmp(kinds[k], kind) == 0)
            return k;
    return -1;
}

void an_vocabulary_free(an_vocabulary *vocabulary)
{
    if (!vocabulary)
        return;
    for (int64_t i = 0; i < vocabulary->count; i++) {
        free(vocabulary->terms[i].name);
        free(vocabulary->terms[i].definition);
        free(vocabulary->terms[i].family);
    }
    free(vocabulary->terms);
    free(vocabulary->sorted);
    free(vocabulary);
}

/* ---- lookups ------------------------------------------------------------ */

static int compare_key(int kind_a, const char *name_a, const an_i_term *b)
{
    if (kind_a != b->kind)
        return kind_a < b->kind ? -1 : 1;
    return strcmp(name_a, b->name);
}

static int compare_indices(const void *a, const void *b, void *context)
{
    const an_vocabulary *vocabulary = context;
    const an_i_term *x = &vocabulary->terms[*(const int64_t *)a];
    return compare_key(x->kind, x->name, &vocabulary->terms[*(const int64_t *)b]);
}

const an_i_term *an_i_vocabulary_find(const an_vocabulary *vocabulary, int kind, const char *name)
{
    if (!vocabulary || !name || kind < 0)
        return NULL;
    int64_t low = 0, high = vocabulary->count;
    while (low < high) {
        int64_t middle = low + (high - low) / 2;
        const an_i_term *term = &vocabulary->terms[vocabulary->sorted[middle]];
        int c = compare_key(kind, name, term);
        if (c == 0)
            return term;
        if (c < 0)
            high = middle;
        else
            low = middle + 1;
    }
    return NULL;
}

int an_vocabulary_has(const an_vocabulary *vocabulary, const char *kind, const char *name)
{
    if (!vocabulary || !kind || !name)
        return 0;
    return an_i_vocabulary_find(vocabulary, an_i_vocabulary_kind(kind), name) != NULL;
}

int64_t an_vocabulary_count(const an_vocabulary *vocabulary)
{
    return vocabulary ? vocabulary->count : 0;
}

int an_vocabulary_term(const an_vocabulary *vocabulary, int64_t index, const char **out_kind,
                       const char **out_name, const char **out_definition)
{
    if (!vocabulary)
        return AN_I_MISUSE("vocabulary is NULL");
    if (index < 0 || index >= vocabulary->count)
        return an_i_error(AN_ERANGE, "vocabulary term %lld out of range (0..%lld)", (long long)index,
                          (long long)vocabulary->count - 1);
    const an_i_term *term = &vocabulary->terms[index];
    if (out_kind)
        *out_kind = kinds[term->kind];
    if (out_name)
        *out_name = term->name;
    if (out_definition)
        *out_definition = term->definition;
    return AN_OK;
}

int an_vocabulary_relation(an_relation_semantics *out, const an_vocabulary *vocabulary, const char *relation)
{
    if (!out || !vocabulary || !relation)
        return AN_I_MISUSE("out, vocabulary or relation is NULL");
    *out = (an_relation_semantics){ NULL, AN_SIGN_UNKNOWN, -1, AN_FLOW_UNKNOWN };
    const an_i_term *term = an_i_vocabulary_find(vocabulary, AN_I_KIND_RELATION, relation);
    if (!term)
        return AN_ENOTFOUND;
    *out = (an_relation_semantics){ term->family, term->sign, term->symmetric, term->flow };
    return AN_OK;
}

int an_vocabulary_class_mode(const an_vocabulary *vocabulary, const char *class_name)
{
    const an_i_term *term = an_i_vocabulary_find(vocabulary, AN_I_KIND_TYPE, class_name);
    return term ? term->mode : AN_MODE_UNKNOWN;
}

/* ---- parsing ------------------------------------------------------------ */

typedef struct parser {
    const char *name;       /* for messages */
    long line;
    int columns[COLUMNS];   /* field position of each known column, -1 when absent */
    int field_count;        /* fields the header declares */
} parser;

typedef struct field {
    const char *text;       /* not NUL-terminated */
    size_t length;
    long column;            /* 1-based byte column */
} field;

#define MAX_FIELDS 16

static int split(field *fields, const char *line, size_t length)
{
    int count = 0;
    size_t start = 0;
    for (size_t i = 0; i <= length; i++) {
        if (i == length || line[i] == '\t') {
            if (count == MAX_FIELDS)
                return -1;
            fields[count++] = (field){ line + start, i - start, (long)start + 1 };
            start = i + 1;
        }
    }
    return count;
}

static int field_is(const field *f, const char *text)
{
    return f->length == strlen(text) && memcmp(f->text, text, f->length) == 0;
}

static int parse_header(parser *p, const field *fields, int count)
{
    for (int c = 0; c < COLUMNS; c++)
        p->columns[c] = -1;
    for (int i = 0; i < count; i++) {
        int known = -1;
        for (int c = 0; c < COLUMNS; c++)
            if (field_is(&fields[i], column_names[c]))
                known = c;
        if (known < 0)
            return an_i_error_at(AN_EPARSE, p->name, p->line, fields[i].column,
                                 "unknown vocabulary column '%.*s' (kind, name, definition, mode, "
                                 "family, sign, symmetric, flow)",
                                 (int)fields[i].length, fields[i].text);
        if (p->columns[known] >= 0)
            return an_i_error_at(AN_EPARSE, p->name, p->line, fields[i].column,
                                 "vocabulary column '%s' appears twice", column_names[known]);
        p->columns[known] = i;
    }
    if (p->columns[COL_KIND] != 0 || p->columns[COL_NAME] != 1 || p->columns[COL_DEFINITION] != 2)
        return an_i_error_at(AN_EPARSE, p->name, p->line, 1,
                             "the vocabulary header must start with kind<TAB>name<TAB>definition");
    p->field_count = count;
    return AN_OK;
}

/* Index of `f` among `names` (entry 0 is "unknown" and only matches an empty cell). */
static int enumerated(const parser *p, const field *f, const char *what, const char *const *names, int count,
                      int *out)
{
    *out = 0;
    if (f->length == 0)
        return AN_OK;
    for (int i = 1; i < count; i++)
        if (field_is(f, names[i])) {
            *out = i;
            return AN_OK;
        }
    an_i_strbuf allowed;
    an_i_strbuf_init(&allowed);
    for (int i = 1; i < count; i++)
        an_i_strbuf_printf(&allowed, "%s%s", i > 1 ? ", " : "", names[i]);
    int rc = an_i_error_at(AN_EPARSE, p->name, p->line, f->column, "%s '%.*s' is not one of %s", what,
                           (int)f->length, f->text, allowed.failed ? "the allowed values" : allowed.data);
    an_i_strbuf_free(&allowed);
    return rc;
}

static int add_term(an_vocabulary *vocabulary, const an_i_term *term)
{
    if (vocabulary->count == vocabulary->capacity) {
        int64_t fresh = vocabulary->capacity ? vocabulary->capacity * 2 : 64;
        an_i_term *terms = realloc(vocabulary->terms, (size_t)fresh * sizeof *terms);
        if (!terms)
            return AN_ENOMEM;
        vocabulary->terms = terms;
        vocabulary->capacity = fresh;
    }
    vocabulary->terms[vocabulary->count++] = *term;
    return AN_OK;
}

/* A cell of the row, or an empty one when the column is absent or the row is short. */
static field cell(const parser *p, const field *fields, int count, int column)
{
    int at = p->columns[column];
    if (at < 0 || at >= count)
        return (field){ "", 0, fields[count - 1].column + (long)fields[count - 1].length };
    return fields[at];
}

static int parse_row(parser *p, an_vocabulary *vocabulary, const field *fields, int count)
{
    if (count > p->field_count)
        return an_i_error_at(AN_EPARSE, p->name, p->line, fields[p->field_count].column,
                             "%d fields, but the header names %d", count, p->field_count);
    field kind_cell = cell(p, fields, count, COL_KIND), name_cell = cell(p, fields, count, COL_NAME);
    if (count < 2 || name_cell.length == 0)
        return an_i_error_at(AN_EPARSE, p->name, p->line, count < 2 ? 1 : name_cell.column,
                             "expected kind<TAB>name<TAB>definition");
    int kind = -1;
    for (int k = 0; k < AN_I_VOCABULARY_KINDS; k++)
        if (field_is(&kind_cell, kinds[k]))
            kind = k;
    if (kind < 0)
        return an_i_error_at(AN_EPARSE, p->name, p->line, 1, "unknown kind '%.*s' (type, relation or confidence)",
                             (int)kind_cell.length, kind_cell.text);
    an_i_term term = { kind, NULL, NULL, NULL, 0, 0, -1, 0 };
    field mode = cell(p, fields, count, COL_MODE), family = cell(p, fields, count, COL_FAMILY),
          sign = cell(p, fields, count, COL_SIGN), symmetric = cell(p, fields, count, COL_SYMMETRIC),
          flow = cell(p, fields, count, COL_FLOW);
    /* semantics belong to one kind each: a value on another kind is a misaligned row */
    const field *relation_only[] = { &family, &sign, &symmetric, &flow };
    for (int i = 0; i < 4; i++)
        if (kind != AN_I_KIND_RELATION && relation_only[i]->length)
            return an_i_error_at(AN_EPARSE, p->name, p->line, relation_only[i]->column,
                                 "a %s has no %s (only relations do)", kinds[kind],
                                 column_names[COL_FAMILY + i]);
    if (kind != AN_I_KIND_TYPE && mode.length)
        return an_i_error_at(AN_EPARSE, p->name, p->line, mode.column, "a %s has no mode (only types do)",
                             kinds[kind]);
    int rc = enumerated(p, &mode, "mode", mode_names, COUNT(mode_names), &term.mode);
    if (rc == AN_OK)
        rc = enumerated(p, &sign, "sign", sign_names, COUNT(sign_names), &term.sign);
    if (rc == AN_OK)
        rc = enumerated(p, &flow, "flow", flow_names, COUNT(flow_names), &term.flow);
    if (rc != AN_OK)
        return rc;
    if (symmetric.length) {
        if (field_is(&symmetric, "yes"))
            term.symmetric = 1;
        else if (field_is(&symmetric, "no"))
            term.symmetric = 0;
        else
            return an_i_error_at(AN_EPARSE, p->name, p->line, symmetric.column,
                                 "symmetric '%.*s' is not yes or no", (int)symmetric.length, symmetric.text);
    }
    if (term.symmetric == 1 && (term.flow == AN_FLOW_FORWARD || term.flow == AN_FLOW_BACKWARD))
        return an_i_error_at(AN_EPARSE, p->name, p->line, flow.column,
                             "a symmetric relation has no direction: its flow is both or none, not %s",
                             flow_names[term.flow]);
    field definition = cell(p, fields, count, COL_DEFINITION);
    term.name = strndup(name_cell.text, name_cell.length);
    term.definition = strndup(definition.text, definition.length);
    term.family = family.length ? strndup(family.text, family.length) : NULL;
    if (!term.name || !term.definition || (family.length && !term.family) || add_term(vocabulary, &term) != AN_OK) {
        free(term.name);
        free(term.definition);
        free(term.family);
        return AN_I_NOMEM();
    }
    return AN_OK;
}

/* Sort the lookup index and refuse duplicates (naming the second occurrence's line). */
static int index_terms(an_vocabulary *vocabulary, const long *lines, const char *name)
{
    vocabulary->sorted = malloc((size_t)(vocabulary->count + 1) * sizeof *vocabulary->sorted);
    if (!vocabulary->sorted)
        return AN_I_NOMEM();
    for (int64_t i = 0; i < vocabulary->count; i++)
        vocabulary->sorted[i] = i;
    qsort_r(vocabulary->sorted, (size_t)vocabulary->count, sizeof *vocabulary->sorted, compare_indices, vocabulary);
    for (int64_t i = 1; i < vocabulary->count; i++) {
        const an_i_term *a = &vocabulary->terms[vocabulary->sorted[i - 1]];
        const an_i_term *b = &vocabulary->terms[vocabulary->sorted[i]];
        if (a->kind == b->kind && strcmp(a->name, b->name) == 0) {
            int64_t later = vocabulary->sorted[i] > vocabulary->sorted[i - 1] ? vocabulary->sorted[i]
                                                                              : vocabulary->sorted[i - 1];
            return an_i_error_at(AN_EPARSE, name, lines[later], 1, "%s '%s' is listed twice", kinds[a->kind],
                                 a->name);
        }
    }
    return AN_OK;
}

int an_vocabulary_parse(an_vocabulary **out, const char *text, size_t length, const char *name)
{
    if (out)
        *out = NULL;
    if (!out || (!text && length))
        return AN_I_MISUSE("out or text is NULL");
    an_vocabulary *vocabulary = calloc(1, sizeof *vocabulary);
    long *lines = NULL;
    int64_t lines_capacity = 0;
    if (!vocabulary)
        return AN_I_NOMEM();
    parser p = { name ? name : "<vocabulary>", 0, { 0, 1, 2, -1, -1, -1, -1, -1 }, 3 };
    int seen_content = 0, rc = AN_OK;
    size_t at = 0;
    while (rc == AN_OK && at < length) {
        size_t end = at;
        while (end < length && text[end] != '\n')
            end++;
        size_t line_length = end - at;
        if (line_length && text[at + line_length - 1] == '\r')
            line_length--;
        const char *line = text + at;
        at = end + 1;
        p.line++;
        if (memchr(line, '\0', line_length)) {
            rc = an_i_error_at(AN_EPARSE, p.name, p.line, 0, "a NUL byte in the vocabulary");
            break;
        }
        if (line_length == 0 || line[0] == '#')
            continue;
        field fields[MAX_FIELDS];
        int count = split(fields, line, line_length);
        if (count < 0) {
            rc = an_i_error_at(AN_EPARSE, p.name, p.line, 0, "more than %d fields", MAX_FIELDS);
            break;
        }
        if (!seen_content++ && field_is(&fields[0], "kind")) {
            rc = parse_header(&p, fields, count);
            continue;
        }
        if (vocabulary->count == lines_capacity) {
            int64_t fresh = lines_capacity ? 2 * lines_capacity : 64;
            long *grown = realloc(lines, (size_t)fresh * sizeof *lines);
            if (!grown) {
                rc = AN_I_NOMEM();
                break;
            }
            lines = grown;
            lines_capacity = fresh;
        }
        lines[vocabulary->count] = p.line;
        rc = parse_row(&p, vocabulary, fields, count);
    }
    if (rc == AN_OK)
        rc = index_terms(vocabulary, lines, p.name);
    free(lines);
    if (rc != AN_OK) {
        an_vocabulary_free(vocabulary);
        return rc;
    }
    *out = vocabulary;
    return AN_OK;
}

int an_vocabulary_load(an_vocabulary **out, const char *path)
{
    if (out)
        *out = NULL; /* also when path is NULL: no failed call leaves *out set */
    if (!out || !path)
        return AN_I_MISUSE("out or path is NULL");
    an_i_strbuf text;
    an_i_strbuf_init(&text);
    int rc = an_i_strbuf_read_file(&text, path, "vocabulary");
    if (rc == AN_OK)
        rc = an_vocabulary_parse(out, text.data ? text.data : "", text.length, path);
    an_i_strbuf_free(&text);
    return rc;
}

int an_vocabulary_from_network(an_vocabulary **out, const an_network *network)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    int column;
    const char *text = NULL;
    if (an_network_find_column(network, AN_DOMAIN_GRAPH, "vocabulary", &column) != AN_OK ||
        an_network_column_type(network, AN_DOMAIN_GRAPH, column) != AN_TYPE_STRING ||
        an_network_get_string(network, AN_DOMAIN_GRAPH, column, 0, &text) != AN_OK || !text) {
        an_error_clear();
        return AN_ENOTFOUND;
    }
    char name[512];
    snprintf(name, sizeof name, "%s: graph attribute 'vocabulary'",
             network->source_name ? network->source_name : "<network>");
    return an_vocabulary_parse(out, text, strlen(text), name);
}

int an_vocabulary_text(char **out, size_t *out_length, const an_vocabulary *vocabulary)
{
    if (out)
        *out = NULL;
    if (!out || !vocabulary)
        return AN_I_MISUSE("out or vocabulary is NULL");
    an_i_strbuf text;
    an_i_strbuf_init(&text);
    for (int c = 0; c < COLUMNS; c++)
        an_i_strbuf_printf(&text, "%s%s", c ? "\t" : "", column_names[c]);
    an_i_strbuf_puts(&text, "\n");
    for (int64_t i = 0; i < vocabulary->count; i++) {
        const an_i_term *t = &vocabulary->terms[i];
        an_i_strbuf_printf(&text, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", kinds[t->kind], t->name, t->definition,
                           t->mode ? mode_names[t->mode] : "", t->family ? t->family : "",
                           t->sign ? sign_names[t->sign] : "",
                           t->symmetric < 0 ? "" : (t->symmetric ? "yes" : "no"), t->flow ? flow_names[t->flow] : "");
    }
    *out = an_i_strbuf_take(&text, out_length);
    return *out ? AN_OK : AN_I_NOMEM();
}
