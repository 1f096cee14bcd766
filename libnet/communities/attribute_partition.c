/*
 * attribute_partition.c — a node attribute read as a partition (one
 * category per distinct value), for comparing found communities with known
 * groups.
 */
#include "communities_internal.h"
#include "error_internal.h"
#include "network_internal.h"
#include "string_table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int strings_to_labels(int64_t *labels, const an_network *network, int column)
{
    an_i_string_table seen;
    an_i_string_table_init(&seen);
    for (int64_t v = 0; v < network->node_count; v++) {
        const char *value = NULL;
        int got = an_network_get_string(network, AN_DOMAIN_NODE, column, v, &value);
        if (got == AN_VALUE_MISSING) {
            labels[v] = -1;
            continue;
        }
        if (got != AN_OK) {
            an_i_string_table_free(&seen);
            return got;
        }
        size_t length = strlen(value);
        an_i_string_slot *slot = an_i_string_table_upsert(&seen, value, length, an_i_string_hash(value, length), v, NULL);
        if (!slot) {
            an_i_string_table_free(&seen);
            return AN_I_NOMEM();
        }
        labels[v] = slot->value; /* the first node with this value */
    }
    an_i_string_table_free(&seen);
    return AN_OK;
}

typedef struct keyed_node {
    double real;
    int64_t integer;
    int64_t node;
} keyed_node;

static int compare_integer_keys(const void *a, const void *b)
{
    const keyed_node *x = a, *y = b;
    if (x->integer != y->integer)
        return x->integer < y->integer ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

static int compare_real_keys(const void *a, const void *b)
{
    const keyed_node *x = a, *y = b;
    if (x->real != y->real)
        return x->real < y->real ? -1 : 1;
    return (x->node > y->node) - (x->node < y->node);
}

static int numbers_to_labels(int64_t *labels, const an_network *network, int column, int is_real)
{
    int64_t n = network->node_count, count = 0;
    keyed_node *keys = malloc((size_t)(n ? n : 1) * sizeof *keys);
    if (!keys)
        return AN_I_NOMEM();
    for (int64_t v = 0; v < n; v++) {
        keyed_node key = { 0, 0, v };
        int got = is_real ? an_network_get_real(network, AN_DOMAIN_NODE, column, v, &key.real)
                          : an_network_get_integer(network, AN_DOMAIN_NODE, column, v, &key.integer);
        labels[v] = -1;
        if (got == AN_VALUE_MISSING || (is_real && got == AN_OK && isnan(key.real)))
            continue;
        if (got != AN_OK) {
            free(keys);
            return got;
        }
        if (is_real && key.real == 0)
            key.real = 0; /* -0.0 and 0.0 are one category */
        keys[count++] = key;
    }
    qsort(keys, (size_t)count, sizeof *keys, is_real ? compare_real_keys : compare_integer_keys);
    for (int64_t i = 0; i < count; i++) {
        int same = i > 0 && (is_real ? keys[i].real == keys[i - 1].real : keys[i].integer == keys[i - 1].integer);
        labels[keys[i].node] = same ? labels[keys[i - 1].node] : keys[i].node;
    }
    free(keys);
    return AN_OK;
}

int an_network_attribute_partition(int64_t *out_membership, int64_t *out_count, const an_network *network,
                                   const char *column)
{
    if (!out_membership || !network || !column)
        return AN_I_MISUSE("NULL argument");
    int index;
    if (an_network_find_column(network, AN_DOMAIN_NODE, column, &index) != AN_OK)
        return an_i_error(AN_ENOTFOUND, "node attribute '%s' does not exist", column);
    int type = an_network_column_type(network, AN_DOMAIN_NODE, index);
    int rc;
    if (type == AN_TYPE_STRING)
        rc = strings_to_labels(out_membership, network, index);
    else
        rc = numbers_to_labels(out_membership, network, index, type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE);
    if (rc != AN_OK)
        return rc;
    return an_i_relabel_first_appearance(out_membership, network->node_count, out_count);
}
