/*
 * fragments.c — foreign markup kept for write-back, and load warnings.
 */
#include "network_internal.h"
#include "error_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int an_i_network_add_fragment(an_network *network, int place, int64_t row, const char *markup,
                              size_t length)
{
    if (network->fragment_count == network->fragment_capacity) {
        int64_t fresh = network->fragment_capacity ? network->fragment_capacity * 2 : 16;
        an_i_fragment *items = realloc(network->fragments, (size_t)fresh * sizeof *items);
        if (!items)
            return AN_ENOMEM;
        network->fragments = items;
        network->fragment_capacity = fresh;
    }
    /* an exact-length copy: `markup` need not be NUL-terminated (strndup may read past it) */
    char *copy = malloc(length + 1);
    if (!copy)
        return AN_ENOMEM;
    memcpy(copy, markup, length);
    copy[length] = '\0';
    an_i_fragment *f = &network->fragments[network->fragment_count++];
    f->place = place;
    f->row = row;
    f->markup = copy;
    return AN_OK;
}

int an_i_network_warn(an_network *network, const char *format, ...)
{
    if (network->warning_count == network->warning_capacity) {
        int64_t fresh = network->warning_capacity ? network->warning_capacity * 2 : 8;
        char **items = realloc(network->warnings, (size_t)fresh * sizeof *items);
        if (!items)
            return AN_ENOMEM;
        network->warnings = items;
        network->warning_capacity = fresh;
    }
    va_list args;
    va_start(args, format);
    char *text = NULL;
    int n = vasprintf(&text, format, args);
    va_end(args);
    if (n < 0)
        return AN_ENOMEM;
    network->warnings[network->warning_count++] = text;
    return AN_OK;
}

int64_t an_network_warning_count(const an_network *network)
{
    return network ? network->warning_count : -1;
}

const char *an_network_warning(const an_network *network, int64_t index)
{
    if (!network || index < 0 || index >= network->warning_count)
        return NULL;
    return network->warnings[index];
}

int an_i_network_set_line(an_network *network, an_domain domain, int64_t row, long line)
{
    int32_t **lines = domain == AN_DOMAIN_NODE ? &network->node_lines : &network->edge_lines;
    int64_t *capacity = domain == AN_DOMAIN_NODE ? &network->node_lines_capacity : &network->edge_lines_capacity;
    if (row >= *capacity) {
        int64_t fresh = *capacity ? *capacity : 64;
        while (fresh <= row)
            fresh *= 2;
        int32_t *bigger = realloc(*lines, (size_t)fresh * sizeof *bigger);
        if (!bigger)
            return AN_ENOMEM;
        memset(bigger + *capacity, 0, (size_t)(fresh - *capacity) * sizeof *bigger);
        *lines = bigger;
        *capacity = fresh;
    }
    (*lines)[row] = line > INT32_MAX ? INT32_MAX : (int32_t)line;
    return AN_OK;
}

const char *an_network_source_name(const an_network *network)
{
    return network ? network->source_name : NULL;
}

long an_network_node_line(const an_network *network, int64_t node)
{
    if (!network || node < 0 || node >= network->node_lines_capacity || node >= network->node_count)
        return 0;
    return network->node_lines[node];
}

long an_network_edge_line(const an_network *network, int64_t edge)
{
    if (!network || edge < 0 || edge >= network->edge_lines_capacity || edge >= network->edge_count)
        return 0;
    return network->edge_lines[edge];
}
