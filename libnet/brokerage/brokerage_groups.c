/*
 * brokerage_groups.c — which group each actor belongs to: the distinct values
 * of a node attribute of any type (strings by content, integers and booleans
 * by value, reals by value with -0 == 0), numbered in order of first
 * appearance.
 */
#include "brokerage_internal.h"
#include "error_internal.h"
#include "string_table.h"

#include <stdlib.h>
#include <string.h>

int an_i_brokerage_groups_from_column(int64_t **out_groups, int64_t *out_group_count, const an_network *network,
                                      const char *attribute)
{
    *out_groups = NULL;
    *out_group_count = 0;
    int column;
    if (!attribute || an_network_find_column(network, AN_DOMAIN_NODE, attribute, &column) != AN_OK)
        return an_i_error(AN_ENOTFOUND, "brokerage: no node attribute '%s' to group by",
                          attribute ? attribute : "(null)");
    int type = an_network_column_type(network, AN_DOMAIN_NODE, column);
    int64_t n = network->node_count;
    int64_t *groups = malloc(((size_t)n + 1) * sizeof *groups);
    /* Numeric values are hashed by their bytes, which must outlive the table. */
    int64_t *keys = malloc(((size_t)n + 1) * sizeof *keys);
    an_i_string_table table;
    an_i_string_table_init(&table);
    if (!groups || !keys)
        goto nomem;
    int64_t count = 0;
    for (int64_t v = 0; v < n; v++) {
        const char *key = NULL;
        size_t length = 0;
        int got;
        if (type == AN_TYPE_STRING) {
            got = an_network_get_string(network, AN_DOMAIN_NODE, column, v, &key);
            if (got == AN_OK)
                length = strlen(key);
        } else if (type == AN_TYPE_FLOAT || type == AN_TYPE_DOUBLE) {
            double value = 0;
            got = an_network_get_real(network, AN_DOMAIN_NODE, column, v, &value);
            if (got == AN_OK && value != value)
                got = AN_VALUE_MISSING;
            if (value == 0)
                value = 0; /* -0 -> +0 */
            memcpy(&keys[v], &value, sizeof value);
            key = (const char *)&keys[v];
            length = sizeof keys[v];
        } else {
            got = an_network_get_integer(network, AN_DOMAIN_NODE, column, v, &keys[v]);
            key = (const char *)&keys[v];
            length = sizeof keys[v];
        }
        if (got == AN_VALUE_MISSING) {
            groups[v] = -1;
            continue;
        }
        if (got != AN_OK) {
            free(groups);
            free(keys);
            an_i_string_table_free(&table);
            return got;
        }
        int inserted;
        an_i_string_slot *slot =
            an_i_string_table_upsert(&table, key, length, an_i_string_hash(key, length), count, &inserted);
        if (!slot)
            goto nomem;
        if (inserted)
            count++;
        groups[v] = slot->value;
    }
    an_i_string_table_free(&table);
    free(keys);
    *out_groups = groups;
    *out_group_count = count;
    return AN_OK;
nomem:
    an_i_string_table_free(&table);
    free(groups);
    free(keys);
    return an_i_error(AN_ENOMEM, "brokerage: out of memory");
}
