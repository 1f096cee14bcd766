/*
 * yed_labels.c — yEd's visible labels read out of its kept drawing markup
 * (yed_labels.h).
 *
 * The kept markup of one <data> is a fragment (one or more elements, prefixes
 * declared on the document element of the original file, not in the
 * fragment), so it is parsed inside a wrapper element that declares yEd's
 * usual prefix `y`; libxml2 reports other undeclared prefixes as namespace
 * errors, which are not fatal, and the element keeps its qualified name. The
 * label is matched on the local name (after the last ':'), so a file that
 * binds yEd's namespace to another prefix is read the same.
 */
#include "yed_labels.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char WRAP_OPEN[] = "<an-yed xmlns:y=\"http://www.yworks.com/xml/graphml\">";
static const char WRAP_CLOSE[] = "</an-yed>";

const an_i_column *an_i_yed_graphics_column(const an_network *network, an_domain domain)
{
    const char *wanted = domain == AN_DOMAIN_NODE   ? "yfiles.type=\"nodegraphics\""
                         : domain == AN_DOMAIN_EDGE ? "yfiles.type=\"edgegraphics\""
                                                    : NULL;
    if (!network || !wanted)
        return NULL;
    const an_i_column_set *set = &network->columns[domain];
    for (int k = 0; k < set->count; k++) {
        const an_i_column *c = &set->items[k];
        if (c->is_markup && c->type == AN_TYPE_STRING && c->key_attributes && strstr(c->key_attributes, wanted))
            return c;
    }
    return NULL;
}

static int is_blank(const char *text)
{
    for (; *text; text++)
        if (!strchr(" \t\r\n", *text))
            return 0;
    return 1;
}

static const char *local_name(const xmlChar *name)
{
    const char *colon = strrchr((const char *)name, ':');
    return colon ? colon + 1 : (const char *)name;
}

/* The element's own text (its text and CDATA children, not its descendants'), trimmed; or NULL. */
static char *own_text(const xmlNode *element)
{
    size_t length = 0;
    for (const xmlNode *child = element->children; child; child = child->next)
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content)
            length += strlen((const char *)child->content);
    char *text = malloc(length + 1);
    if (!text)
        return NULL;
    size_t at = 0;
    for (const xmlNode *child = element->children; child; child = child->next)
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && child->content) {
            size_t n = strlen((const char *)child->content);
            memcpy(text + at, child->content, n);
            at += n;
        }
    text[at] = '\0';
    size_t start = 0;
    while (text[start] && strchr(" \t\r\n", text[start]))
        start++;
    while (at > start && strchr(" \t\r\n", text[at - 1]))
        at--;
    if (at == start) {
        free(text);
        return NULL;
    }
    memmove(text, text + start, at - start);
    text[at - start] = '\0';
    return text;
}

/* A group's <y:Realizers active="K">: its K-th element child (the state yEd shows, open or
 * closed), or NULL when the attribute is absent or out of range. */
static const xmlNode *active_realizer(const xmlNode *realizers)
{
    xmlChar *active = xmlGetProp(realizers, (const xmlChar *)"active");
    if (!active)
        return NULL;
    char *end = NULL;
    long k = strtol((const char *)active, &end, 10);
    int valid = end != (char *)active && *end == '\0' && k >= 0;
    xmlFree(active);
    if (!valid)
        return NULL;
    for (const xmlNode *child = realizers->children; child; child = child->next)
        if (child->type == XML_ELEMENT_NODE && k-- == 0)
            return child;
    return NULL;
}

/* The first label element below `node` (document order) with text of its own; below a group's
 * <y:Realizers>, only in the realizer yEd shows. */
static char *find_label(const xmlNode *node, const char *wanted)
{
    for (; node; node = node->next) {
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp(local_name(node->name), wanted) == 0) {
            char *text = own_text(node);
            if (text)
                return text;
        }
        const xmlNode *active = strcmp(local_name(node->name), "Realizers") == 0 ? active_realizer(node) : NULL;
        if (active) {
            char *text = strcmp(local_name(active->name), wanted) == 0 ? own_text(active) : NULL;
            if (!text)
                text = find_label(active->children, wanted);
            if (text)
                return text;
            continue;
        }
        char *below = find_label(node->children, wanted);
        if (below)
            return below;
    }
    return NULL;
}

char *an_i_yed_label(const an_network *network, const an_i_column *graphics, an_domain domain, int64_t row)
{
    (void)network;
    if (!graphics || (domain != AN_DOMAIN_NODE && domain != AN_DOMAIN_EDGE))
        return NULL;
    int64_t slot = an_i_column_slot(graphics, row);
    const char *markup = slot >= 0 ? graphics->data.strings[slot] : graphics->has_default ? graphics->default_value.string : NULL;
    if (!markup || is_blank(markup) || !strstr(markup, domain == AN_DOMAIN_NODE ? "NodeLabel" : "EdgeLabel"))
        return NULL;
    size_t length = strlen(markup);
    if (length > (size_t)INT32_MAX - sizeof WRAP_OPEN - sizeof WRAP_CLOSE)
        return NULL;
    char *document = malloc(sizeof WRAP_OPEN - 1 + length + sizeof WRAP_CLOSE);
    if (!document)
        return NULL;
    memcpy(document, WRAP_OPEN, sizeof WRAP_OPEN - 1);
    memcpy(document + sizeof WRAP_OPEN - 1, markup, length);
    memcpy(document + sizeof WRAP_OPEN - 1 + length, WRAP_CLOSE, sizeof WRAP_CLOSE);
    xmlDoc *doc = xmlReadMemory(document, (int)(sizeof WRAP_OPEN - 1 + length + sizeof WRAP_CLOSE - 1), NULL, "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    free(document);
    if (!doc)
        return NULL;
    xmlNode *root = xmlDocGetRootElement(doc);
    char *label = root ? find_label(root->children, domain == AN_DOMAIN_NODE ? "NodeLabel" : "EdgeLabel") : NULL;
    xmlFreeDoc(doc);
    return label;
}
