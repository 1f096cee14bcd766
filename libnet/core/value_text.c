/*
 * value_text.c — values as text and as years (value_text.h).
 */
#include "value_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int an_i_find_column_quiet(const an_network *network, an_domain domain, const char *name)
{
    const an_i_column_set *set = &network->columns[domain];
    for (int c = 0; c < set->count; c++)
        if (strcmp(set->items[c].name, name) == 0)
            return c;
    return -1;
}

const char *an_i_value_text(const an_network *network, an_domain domain, int column, int64_t row, char *buffer,
                            size_t size)
{
    if (column < 0)
        return NULL;
    const an_i_column *c = an_i_network_column(network, domain, column);
    if (!c)
        return NULL;
    an_i_value cell;
    if (an_i_column_read(c, row, &cell) == AN_I_CELL_MISSING)
        return NULL;
    switch (c->type) {
    case AN_TYPE_STRING:
        return cell.string;
    case AN_TYPE_BOOLEAN:
        return cell.integer ? "true" : "false";
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        snprintf(buffer, size, "%lld", (long long)cell.integer);
        return buffer;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE: {
        double value = cell.real;
        for (int precision = 1; precision <= 17; precision++) {
            snprintf(buffer, size, "%.*g", precision, value);
            if (strtod(buffer, NULL) == value)
                break;
        }
        return buffer;
    }
    }
    return NULL;
}

int an_i_value_year(const an_network *network, int column, int64_t edge, double *out)
{
    return an_i_value_year_in(network, AN_DOMAIN_EDGE, column, edge, out);
}

int an_i_value_year_in(const an_network *network, an_domain domain, int column, int64_t row, double *out)
{
    if (column < 0)
        return 0;
    const an_i_column *c = an_i_network_column(network, domain, column);
    if (!c)
        return 0;
    if (c->type == AN_TYPE_STRING) {
        const char *text = NULL;
        if (an_network_get_string(network, domain, column, row, &text) != AN_OK || !text)
            return 0;
        char *end = NULL;
        double value = strtod(text, &end);
        if (end == text || !isfinite(value))
            return 0;
        *out = value;
        return 1;
    }
    if (c->type == AN_TYPE_BOOLEAN)
        return 0;
    double value;
    if (an_network_get_real(network, domain, column, row, &value) != AN_OK || value != value)
        return 0;
    *out = value;
    return 1;
}

