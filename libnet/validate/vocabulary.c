/*
 * vocabulary.c — the allowed classes, relations and confidence levels.
 */
#include "actornet/validate.h"
#include "error_internal.h"
#include "validate_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kinds[AN_I_VOCABULARY_KINDS] = { "type", "relation", "confidence" };

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
    for (int64_t i = 0; i < vocabulary->count; i++)
        free(vocabulary->terms[i].name);
    free(vocabulary->terms);
    free(vocabulary);
}

static int add_term(an_vocabulary *vocabulary, int kind, const char *name, size_t length)
{
    if (vocabulary->count == vocabulary->capacity) {
        int64_t fresh = vocabulary->capacity ? vocabulary->capacity * 2 : 64;
        an_i_term *terms = realloc(vocabulary->terms, (size_t)fresh * sizeof *terms);
        if (!terms)
            return AN_ENOMEM;
        vocabulary->terms = terms;
        vocabulary->capacity = fresh;
    }
    char *copy = strndup(name, length);
    if (!copy)
        return AN_ENOMEM;
    vocabulary->terms[vocabulary->count++] = (an_i_term){ kind, copy };
    return AN_OK;
}

int an_vocabulary_load(an_vocabulary **out, const char *path)
{
    if (out)
        *out = NULL; /* also when path is NULL: no failed call leaves *out set */
    if (!out || !path)
        return AN_I_MISUSE("out or path is NULL");
    FILE *file = fopen(path, "r");
    if (!file)
        return an_i_error_at(AN_EIO, path, 0, 0, "cannot open vocabulary: %s", strerror(errno));
    an_vocabulary *vocabulary = calloc(1, sizeof *vocabulary);
    char *line = NULL;
    size_t size = 0;
    long number = 0;
    int rc = vocabulary ? AN_OK : AN_I_NOMEM();
    while (rc == AN_OK && getline(&line, &size, file) >= 0) {
        number++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '\0' || line[0] == '#' || (number == 1 && strncmp(line, "kind\t", 5) == 0))
            continue;
        char *tab1 = strchr(line, '\t');
        char *tab2 = tab1 ? strchr(tab1 + 1, '\t') : NULL;
        if (!tab1 || !tab2 || tab2 == tab1 + 1) {
            rc = an_i_error_at(AN_EPARSE, path, number, 0, "expected kind<TAB>name<TAB>definition");
            break;
        }
        *tab1 = '\0';
        int kind = an_i_vocabulary_kind(line);
        if (kind < 0) {
            rc = an_i_error_at(AN_EPARSE, path, number, 1, "unknown kind '%s' (type, relation or confidence)", line);
            break;
        }
        if (add_term(vocabulary, kind, tab1 + 1, (size_t)(tab2 - tab1 - 1)) != AN_OK)
            rc = AN_I_NOMEM();
    }
    if (rc == AN_OK && ferror(file))
        rc = an_i_error_at(AN_EIO, path, 0, 0, "cannot read vocabulary");
    free(line);
    fclose(file);
    if (rc != AN_OK) {
        an_vocabulary_free(vocabulary);
        return rc;
    }
    *out = vocabulary;
    return AN_OK;
}

int an_vocabulary_has(const an_vocabulary *vocabulary, const char *kind, const char *name)
{
    if (!vocabulary || !kind || !name)
        return 0;
    int k = an_i_vocabulary_kind(kind);
    for (int64_t i = 0; i < vocabulary->count; i++)
        if (vocabulary->terms[i].kind == k && strcmp(vocabulary->terms[i].name, name) == 0)
            return 1;
    return 0;
}
