/*
 * columns.c — typed attribute columns: declaration, defaults, values, bulk
 * export (the storage of values is column_storage.c).
 */
#include "network_internal.h"
#include "error_internal.h"
#include "actornet/analysis.h"

#include <stdlib.h>
#include <string.h>

static int valid_domain(int domain)
{
    return domain == AN_DOMAIN_GRAPH || domain == AN_DOMAIN_NODE || domain == AN_DOMAIN_EDGE;
}

static int valid_type(int type)
{
    return type >= AN_TYPE_BOOLEAN && type <= AN_TYPE_STRING;
}

an_i_column *an_i_network_column(const an_network *network, an_domain domain, int column)
{
    if (!network || !valid_domain(domain))
        return NULL;
    const an_i_column_set *set = &network->columns[domain];
    if (column < 0 || column >= set->count)
        return NULL;
    return &set->items[column];
}

int an_i_network_add_column(an_network *network, an_domain domain, const char *name, an_type type,
                            const char *key_id, int *out_column)
{
    if (!valid_domain(domain) || !valid_type(type) || !name || !*name)
        return AN_EINVAL;
    an_i_column_set *set = &network->columns[domain];
    if (set->count == set->capacity) {
        int fresh = set->capacity ? set->capacity * 2 : 8;
        an_i_column *items = realloc(set->items, (size_t)fresh * sizeof *items);
        if (!items)
            return AN_ENOMEM;
        set->items = items;
        set->capacity = fresh;
    }
    an_i_column *column = &set->items[set->count];
    memset(column, 0, sizeof *column);
    column->type = type;
    column->name = strdup(name);
    column->key_id = key_id ? strdup(key_id) : NULL;
    if (!column->name || (key_id && !column->key_id)) {
        free(column->name);
        free(column->key_id);
        return AN_ENOMEM;
    }
    if (out_column)
        *out_column = set->count;
    set->count++;
    an_i_network_changed(network);
    return AN_OK;
}

int an_network_add_column(an_network *network, an_domain domain, const char *name, an_type type,
                          int *out_column)
{
    if (!network || !name)
        return AN_I_MISUSE("network or name is NULL");
    if (!valid_domain(domain))
        return an_i_error(AN_EINVAL, "invalid domain %d", (int)domain);
    if (!valid_type(type))
        return an_i_error(AN_EINVAL, "invalid type %d", (int)type);
    if (!*name)
        return an_i_error(AN_EINVAL, "a column name must not be empty");
    int existing;
    if (an_network_find_column(network, domain, name, &existing) == AN_OK)
        return an_i_error(AN_EEXISTS, "a column named '%s' already exists", name);
    an_error_clear();
    if (an_i_network_add_column(network, domain, name, type, NULL, out_column) != AN_OK)
        return AN_I_NOMEM();
    return AN_OK;
}

int an_network_find_column(const an_network *network, an_domain domain, const char *name,
                           int *out_column)
{
    if (!network || !name || !out_column)
        return AN_I_MISUSE("network, name or out_column is NULL");
    if (!valid_domain(domain))
        return an_i_error(AN_EINVAL, "invalid domain %d", (int)domain);
    const an_i_column_set *set = &network->columns[domain];
    for (int c = 0; c < set->count; c++) {
        if (strcmp(set->items[c].name, name) == 0) {
            *out_column = c;
            return AN_OK;
        }
    }
    return an_i_error(AN_ENOTFOUND, "no column named '%s'", name);
}

int an_network_column_count(const an_network *network, an_domain domain)
{
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!valid_domain(domain))
        return an_i_error(AN_EINVAL, "invalid domain %d", (int)domain);
    return network->columns[domain].count;
}

const char *an_network_column_name(const an_network *network, an_domain domain, int column)
{
    an_i_column *c = an_i_network_column(network, domain, column);
    return c ? c->name : NULL;
}

/* Look up a column for a public call, recording the error when it fails. */
static int lookup(const an_network *network, an_domain domain, int column, an_i_column **out)
{
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!valid_domain(domain))
        return an_i_error(AN_EINVAL, "invalid domain %d", (int)domain);
    *out = an_i_network_column(network, domain, column);
    if (!*out)
        return an_i_error(AN_ERANGE, "column %d out of range", column);
    return AN_OK;
}

static int lookup_row(const an_network *network, an_domain domain, int column, int64_t row,
                      an_i_column **out)
{
    int rc = lookup(network, domain, column, out);
    if (rc != AN_OK)
        return rc;
    if (row < 0 || row >= an_i_domain_rows(network, domain))
        return an_i_error(AN_ERANGE, "row %lld out of range", (long long)row);
    return AN_OK;
}

int an_network_column_type(const an_network *network, an_domain domain, int column)
{
    an_i_column *c;
    int rc = lookup(network, domain, column, &c);
    return rc != AN_OK ? rc : (int)c->type;
}

const char *an_network_column_key_id(const an_network *network, an_domain domain, int column)
{
    an_i_column *c = an_i_network_column(network, domain, column);
    return c ? c->key_id : NULL;
}

int64_t an_network_column_missing_count(const an_network *network, an_domain domain, int column)
{
    an_i_column *c;
    int rc = lookup(network, domain, column, &c);
    if (rc != AN_OK)
        return rc;
    if (c->has_default)
        return 0;
    return an_i_domain_rows(network, domain) - c->count;
}

int an_network_column_has_default(const an_network *network, an_domain domain, int column)
{
    an_i_column *c;
    int rc = lookup(network, domain, column, &c);
    return rc != AN_OK ? rc : c->has_default;
}

/* ---- type checks shared by setters and defaults ------------------------ */

enum value_kind { KIND_BOOLEAN, KIND_INTEGER, KIND_REAL, KIND_STRING };

static int check_kind(const an_i_column *c, enum value_kind kind, int64_t integer)
{
    int ok;
    switch (kind) {
    case KIND_BOOLEAN: ok = c->type == AN_TYPE_BOOLEAN; break;
    case KIND_INTEGER: ok = c->type == AN_TYPE_INT || c->type == AN_TYPE_LONG; break;
    case KIND_REAL: ok = c->type == AN_TYPE_FLOAT || c->type == AN_TYPE_DOUBLE; break;
    default: ok = c->type == AN_TYPE_STRING; break;
    }
    if (!ok)
        return an_i_error(AN_ETYPE, "column '%s' has type %s", c->name, an_type_name(c->type));
    if (kind == KIND_INTEGER && c->type == AN_TYPE_INT && (integer < INT32_MIN || integer > INT32_MAX))
        return an_i_error(AN_ETYPE, "value %lld does not fit column '%s' of type int", (long long)integer,
                          c->name);
    return AN_OK;
}

int an_network_set_default_boolean(an_network *network, an_domain domain, int column, int value)
{
    an_i_column *c;
    int rc = lookup(network, domain, column, &c);
    if (rc == AN_OK && (rc = check_kind(c, KIND_BOOLEAN, 0)) == AN_OK) {
        c->default_value.integer = value ? 1 : 0;
        c->has_default = 1;
        an_i_network_changed(network);
    }
    return rc;
}

int an_network_set_default_integer(an_network *network, an_domain domain, int column, int64_t value)
{
    an_i_column *c;
    int rc = lookup(network, domain, column, &c);
    if (rc == AN_OK && (rc = check_kind(c, KIND_INTEGER, value)) == AN_OK) {
        c->default_value.integer = value;
        c->has_default = 1;
        an_i_network_changed(network);
    }
    return rc;
}

int an_network_set_default_real(an_network *network, an_domain domain, int column, double value)
{
    an_i_column *c;
    int rc = lookup(network, domain, column, &c);
    if (rc == AN_OK && (rc = check_kind(c, KIND_REAL, 0)) == AN_OK) {
        c->default_value.real = value;
        c->has_default = 1;
        an_i_network_changed(network);
    }
    return rc;
}

int an_network_set_default_string(an_network *network, an_domain domain, int column, const char *value)
{
    an_i_column *c;
    if (!value)
        return AN_I_MISUSE("value is NULL");
    int rc = lookup(network, domain, column, &c);
    if (rc == AN_OK && (rc = check_kind(c, KIND_STRING, 0)) == AN_OK) {
        const char *interned = an_i_network_intern(network, value, strlen(value));
        if (!interned)
            return AN_I_NOMEM();
        c->default_value.string = interned;
        c->has_default = 1;
        an_i_network_changed(network);
    }
    return rc;
}

int an_network_clear_default(an_network *network, an_domain domain, int column)
{
    an_i_column *c;
    int rc = lookup(network, domain, column, &c);
    if (rc == AN_OK) {
        c->has_default = 0;
        memset(&c->default_value, 0, sizeof c->default_value);
        an_i_network_changed(network);
    }
    return rc;
}

/* ---- declared defaults -------------------------------------------------- */

static int prepare_default(const an_network *network, an_domain domain, int column, const void *out,
                           enum value_kind kind, an_i_column **c)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    int rc = lookup(network, domain, column, c);
    if (rc != AN_OK)
        return rc;
    int ok = kind == KIND_BOOLEAN ? (*c)->type == AN_TYPE_BOOLEAN
           : kind == KIND_INTEGER ? ((*c)->type == AN_TYPE_INT || (*c)->type == AN_TYPE_LONG)
           : kind == KIND_REAL    ? ((*c)->type == AN_TYPE_FLOAT || (*c)->type == AN_TYPE_DOUBLE)
                                  : (*c)->type == AN_TYPE_STRING;
    if (!ok)
        return an_i_error(AN_ETYPE, "column '%s' has type %s", (*c)->name, an_type_name((*c)->type));
    return (*c)->has_default ? AN_OK : AN_VALUE_MISSING;
}

int an_network_get_default_boolean(const an_network *network, an_domain domain, int column, int *out)
{
    an_i_column *c;
    int rc = prepare_default(network, domain, column, out, KIND_BOOLEAN, &c);
    if (rc == AN_OK)
        *out = (int)c->default_value.integer;
    return rc;
}

int an_network_get_default_integer(const an_network *network, an_domain domain, int column, int64_t *out)
{
    an_i_column *c;
    int rc = prepare_default(network, domain, column, out, KIND_INTEGER, &c);
    if (rc == AN_OK)
        *out = c->default_value.integer;
    return rc;
}

int an_network_get_default_real(const an_network *network, an_domain domain, int column, double *out)
{
    an_i_column *c;
    int rc = prepare_default(network, domain, column, out, KIND_REAL, &c);
    if (rc == AN_OK)
        *out = c->default_value.real;
    return rc;
}

int an_network_get_default_string(const an_network *network, an_domain domain, int column, const char **out)
{
    an_i_column *c;
    int rc = prepare_default(network, domain, column, out, KIND_STRING, &c);
    if (rc == AN_OK)
        *out = c->default_value.string;
    return rc;
}

/* ---- setters ------------------------------------------------------------ */

/* Check a setter's arguments and claim the row's slot (*slot). */
static int prepare_set(an_network *network, an_domain domain, int column, int64_t row,
                       enum value_kind kind, int64_t integer, an_i_column **out, int64_t *slot)
{
    int rc = lookup_row(network, domain, column, row, out);
    if (rc == AN_OK)
        rc = check_kind(*out, kind, integer);
    if (rc == AN_OK && (*slot = an_i_column_claim(*out, row, NULL)) < 0)
        rc = AN_I_NOMEM();
    if (rc == AN_OK)
        an_i_network_changed(network); /* every setter that gets here stores a value */
    return rc;
}

int an_network_set_boolean(an_network *network, an_domain domain, int column, int64_t row, int value)
{
    an_i_column *c;
    int64_t slot;
    int rc = prepare_set(network, domain, column, row, KIND_BOOLEAN, 0, &c, &slot);
    if (rc == AN_OK)
        c->data.booleans[slot] = value ? 1 : 0;
    return rc;
}

int an_network_set_integer(an_network *network, an_domain domain, int column, int64_t row, int64_t value)
{
    an_i_column *c;
    int64_t slot;
    int rc = prepare_set(network, domain, column, row, KIND_INTEGER, value, &c, &slot);
    if (rc == AN_OK)
        c->data.integers[slot] = value;
    return rc;
}

int an_network_set_real(an_network *network, an_domain domain, int column, int64_t row, double value)
{
    an_i_column *c;
    int64_t slot;
    int rc = prepare_set(network, domain, column, row, KIND_REAL, 0, &c, &slot);
    if (rc == AN_OK)
        c->data.reals[slot] = value;
    return rc;
}

int an_network_set_string(an_network *network, an_domain domain, int column, int64_t row, const char *value)
{
    if (!value)
        return AN_I_MISUSE("value is NULL");
    an_i_column *c;
    int rc = lookup_row(network, domain, column, row, &c);
    if (rc == AN_OK)
        rc = check_kind(c, KIND_STRING, 0);
    if (rc != AN_OK)
        return rc;
    const char *interned = an_i_network_intern(network, value, strlen(value));
    if (!interned)
        return AN_I_NOMEM();
    int64_t slot;
    if ((rc = prepare_set(network, domain, column, row, KIND_STRING, 0, &c, &slot)) == AN_OK)
        c->data.strings[slot] = interned;
    return rc;
}

int an_network_unset(an_network *network, an_domain domain, int column, int64_t row)
{
    an_i_column *c;
    int rc = lookup_row(network, domain, column, row, &c);
    if (rc == AN_OK && an_i_column_present(c, row)) {
        an_i_column_remove(c, row);
        an_i_network_changed(network);
    }
    return rc;
}

int an_network_value_state(const an_network *network, an_domain domain, int column, int64_t row)
{
    an_i_column *c;
    int rc = lookup_row(network, domain, column, row, &c);
    if (rc != AN_OK)
        return rc;
    if (an_i_column_present(c, row))
        return AN_VALUE_SET;
    return c->has_default ? AN_VALUE_DEFAULT : AN_VALUE_MISSING;
}

/* ---- getters ------------------------------------------------------------ */

/* The value a getter reads (own value or default) into *value: AN_OK,
 * AN_VALUE_MISSING or an error. */
static int prepare_get(const an_network *network, an_domain domain, int column, int64_t row,
                       void *out, an_i_column **c, an_i_value *value)
{
    if (!out)
        return AN_I_MISUSE("out is NULL");
    int rc = lookup_row(network, domain, column, row, c);
    if (rc != AN_OK)
        return rc;
    return an_i_column_read(*c, row, value) == AN_I_CELL_MISSING ? AN_VALUE_MISSING : AN_OK;
}

int an_network_get_boolean(const an_network *network, an_domain domain, int column, int64_t row, int *out)
{
    an_i_column *c;
    an_i_value value;
    int rc = prepare_get(network, domain, column, row, out, &c, &value);
    if (rc != AN_OK)
        return rc;
    if (c->type != AN_TYPE_BOOLEAN)
        return an_i_error(AN_ETYPE, "column '%s' has type %s, not boolean", c->name, an_type_name(c->type));
    *out = (int)value.integer;
    return AN_OK;
}

int an_network_get_integer(const an_network *network, an_domain domain, int column, int64_t row, int64_t *out)
{
    an_i_column *c;
    an_i_value value;
    int rc = prepare_get(network, domain, column, row, out, &c, &value);
    if (rc != AN_OK)
        return rc;
    if (c->type != AN_TYPE_BOOLEAN && c->type != AN_TYPE_INT && c->type != AN_TYPE_LONG)
        return an_i_error(AN_ETYPE, "column '%s' has type %s, not an integer type", c->name,
                          an_type_name(c->type));
    *out = value.integer;
    return AN_OK;
}

int an_network_get_real(const an_network *network, an_domain domain, int column, int64_t row, double *out)
{
    an_i_column *c;
    an_i_value value;
    int rc = prepare_get(network, domain, column, row, out, &c, &value);
    if (rc != AN_OK)
        return rc;
    switch (c->type) {
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        *out = value.real;
        return AN_OK;
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        *out = (double)value.integer;
        return AN_OK;
    default:
        return an_i_error(AN_ETYPE, "column '%s' has type %s, not a number", c->name, an_type_name(c->type));
    }
}

int an_network_get_string(const an_network *network, an_domain domain, int column, int64_t row,
                          const char **out)
{
    an_i_column *c;
    an_i_value value;
    int rc = prepare_get(network, domain, column, row, out, &c, &value);
    if (rc != AN_OK)
        return rc;
    if (c->type != AN_TYPE_STRING)
        return an_i_error(AN_ETYPE, "column '%s' has type %s, not string", c->name, an_type_name(c->type));
    *out = value.string;
    return AN_OK;
}

int an_network_column_to_doubles(const an_network *network, an_domain domain, int column, double *out,
                                 double missing_value)
{
    an_i_column *c;
    if (!out)
        return AN_I_MISUSE("out is NULL");
    int rc = lookup(network, domain, column, &c);
    if (rc != AN_OK)
        return rc;
    if (c->type == AN_TYPE_STRING)
        return an_i_error(AN_ETYPE, "column '%s' has type string", c->name);
    double fallback = missing_value;
    if (c->has_default)
        fallback = (c->type == AN_TYPE_FLOAT || c->type == AN_TYPE_DOUBLE) ? c->default_value.real
                                                                          : (double)c->default_value.integer;
    int64_t rows = an_i_domain_rows(network, domain);
    for (int64_t r = 0; r < rows; r++)
        out[r] = fallback;
    for (int64_t slot = 0, end = an_i_column_slot_end(c); slot < end; slot++) {
        int64_t r = an_i_column_slot_row(c, slot);
        if (r < 0 || r >= rows)
            continue;
        switch (c->type) {
        case AN_TYPE_BOOLEAN: out[r] = c->data.booleans[slot]; break;
        case AN_TYPE_INT:
        case AN_TYPE_LONG: out[r] = (double)c->data.integers[slot]; break;
        default: out[r] = c->data.reals[slot]; break;
        }
    }
    return AN_OK;
}

/* ---- attaching analysis results ------------------------------------------ */

/* Find or create the column `name` for attached results; `accept` lists the
 * types an existing column may have. */
static int attach_column(an_network *network, an_domain domain, const char *name, an_type create,
                         an_type accept_a, an_type accept_b, an_i_column **out)
{
    if (!network || !name)
        return AN_I_MISUSE("network or name is NULL");
    if (domain != AN_DOMAIN_NODE && domain != AN_DOMAIN_EDGE)
        return an_i_error(AN_EINVAL, "results attach to nodes or edges");
    if (!*name)
        return an_i_error(AN_EINVAL, "a column name must not be empty");
    int index;
    if (an_network_find_column(network, domain, name, &index) == AN_OK) {
        an_i_column *c = an_i_network_column(network, domain, index);
        if (c->type != accept_a && c->type != accept_b)
            return an_i_error(AN_ETYPE, "column '%s' exists with type %s", name, an_type_name(c->type));
        *out = c;
    } else {
        if (an_i_network_add_column(network, domain, name, create, NULL, &index) != AN_OK)
            return AN_I_NOMEM();
        *out = an_i_network_column(network, domain, index);
    }
    an_error_clear();
    if (an_i_column_make_dense(*out, an_i_domain_rows(network, domain)) != AN_OK)
        return AN_I_NOMEM();
    an_i_network_changed(network); /* the caller stores the values next */
    return AN_OK;
}

int an_network_attach_reals(an_network *network, an_domain domain, const char *name, const double *values)
{
    an_i_column *c;
    if (!values)
        return AN_I_MISUSE("values is NULL");
    int rc = attach_column(network, domain, name, AN_TYPE_DOUBLE, AN_TYPE_DOUBLE, AN_TYPE_FLOAT, &c);
    if (rc != AN_OK)
        return rc;
    int64_t rows = an_i_domain_rows(network, domain);
    for (int64_t r = 0; r < rows; r++) {
        if (values[r] != values[r])
            an_i_column_remove(c, r);
        else
            c->data.reals[an_i_column_claim(c, r, NULL)] = values[r]; /* dense over every row: no allocation */
    }
    return AN_OK;
}

int an_network_attach_integers(an_network *network, an_domain domain, const char *name, const int64_t *values)
{
    an_i_column *c;
    if (!values)
        return AN_I_MISUSE("values is NULL");
    int rc = attach_column(network, domain, name, AN_TYPE_LONG, AN_TYPE_LONG, AN_TYPE_INT, &c);
    if (rc != AN_OK)
        return rc;
    int64_t rows = an_i_domain_rows(network, domain);
    for (int64_t r = 0; r < rows; r++) {
        if (c->type == AN_TYPE_INT && (values[r] < INT32_MIN || values[r] > INT32_MAX))
            return an_i_error(AN_ETYPE, "value %lld does not fit int column '%s'", (long long)values[r], name);
        c->data.integers[an_i_column_claim(c, r, NULL)] = values[r]; /* dense over every row: no allocation */
    }
    return AN_OK;
}
