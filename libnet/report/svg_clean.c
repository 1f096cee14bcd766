/*
 * svg_clean.c — Graphviz's SVG rebuilt from an allow-list, so that no value
 * from a network file can add an element or attribute to a report's .svg
 * files or to the SVG inlined in report.html, whatever Graphviz emits.
 *
 * Graphviz 2.43 copies some attribute values into its SVG without escaping
 * (URL, href, fontname: a quote ends the attribute and starts another, such
 * as onmouseover). The DOT writer already keeps such values out
 * (libnet/io/dot_values.c); this is the second, independent wall. The SVG is
 * parsed with libxml2 (no network, no DTD, no entity substitution) and
 * written anew: only the elements Graphviz draws with (svg, g, title, a,
 * polygon, polyline, ellipse, path, text, tspan, defs, the gradients and
 * stop) and only presentation attributes survive; every attribute value and
 * every text is re-escaped; a link survives only as an absolute http(s)
 * address (the DOT writer's link rule); a presentation value may hold
 * url(#id) but no other url(...). Anything else (script, foreignObject,
 * image, style elements, on* handlers, entity references) is dropped with
 * its content. SVG that does not parse is refused: the diagram is left out
 * of the page with a note, never inlined as it came.
 */
#include "report_internal.h"

#include "dot_values.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

static const char *const elements[] = {
    "a", "defs", "ellipse", "g", "linearGradient", "path", "polygon", "polyline", "radialGradient", "stop", "svg",
    "text", "title", "tspan",
};

/* Attributes whose value is free text (written escaped). */
static const char *const text_attributes[] = { "class", "font-family", "id" };

/* Presentation and geometry attributes: values limited to plain characters (see plain_value). */
static const char *const plain_attributes[] = {
    "cx", "cy", "d", "fill", "fill-opacity", "font-size", "font-style", "font-weight", "fx", "fy",
    "gradientTransform", "gradientUnits", "height", "offset", "points", "preserveAspectRatio", "r", "rx", "ry",
    "stop-color", "stop-opacity", "stroke", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
    "stroke-opacity", "stroke-width", "style", "text-anchor", "text-decoration", "transform", "viewBox", "width",
    "x", "x1", "x2", "y", "y1", "y2",
};

static int compare_word(const void *key, const void *item)
{
    return strcmp((const char *)key, *(const char *const *)item);
}

static int listed(const char *name, const char *const *list, size_t count)
{
    return bsearch(name, list, count, sizeof *list, compare_word) != NULL;
}

#define LISTED(name, list) listed((name), (list), sizeof(list) / sizeof *(list))

/* Letters, digits and # . , : ; % ( ) _ + - space; "url(" only as "url(#". */
static int plain_value(const char *value)
{
    size_t length = strlen(value);
    if (length > 1u << 20 ||
        strspn(value, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#.,:;%()_+- ") != length)
        return 0;
    for (const char *p = value; (p = strstr(p, "url(")) != NULL; p += 4)
        if (p[4] != '#')
            return 0;
    return 1;
}

static int link_value(const char *value)
{
    const an_i_dot_attribute *url = an_i_dot_find_attribute(AN_DOMAIN_NODE, "URL");
    return url && an_i_dot_acceptable(url, value, 0, 0);
}

static void put_escaped(an_i_strbuf *out, const char *text)
{
    an_i_strbuf_html(out, text);
}

static void put_attribute(an_i_strbuf *out, const char *name, const char *value)
{
    an_i_strbuf_puts(out, " ");
    an_i_strbuf_puts(out, name);
    an_i_strbuf_puts(out, "=\"");
    put_escaped(out, value);
    an_i_strbuf_puts(out, "\"");
}

static void put_attributes(an_i_strbuf *out, xmlNode *node)
{
    for (xmlAttr *a = node->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        xmlChar *value = xmlNodeListGetString(node->doc, a->children, 1);
        const char *text = value ? (const char *)value : "";
        int xlink = a->ns && a->ns->href && strcmp((const char *)a->ns->href, "http://www.w3.org/1999/xlink") == 0;
        if (a->ns && !xlink) {
            /* another namespace: dropped */
        } else if (xlink || strcmp(name, "href") == 0) {
            if (strcmp(name, "href") == 0 && strcmp((const char *)node->name, "a") == 0 && link_value(text))
                put_attribute(out, "xlink:href", text);
            else if (strcmp(name, "title") == 0)
                put_attribute(out, "xlink:title", text);
        } else if (strcmp(name, "target") == 0) {
            const an_i_dot_attribute *target = an_i_dot_find_attribute(AN_DOMAIN_NODE, "target");
            if (target && an_i_dot_acceptable(target, text, 0, 0))
                put_attribute(out, name, text);
        } else if (LISTED(name, text_attributes) || (LISTED(name, plain_attributes) && plain_value(text))) {
            put_attribute(out, name, text);
        }
        xmlFree(value);
    }
}

static void put_node(an_i_strbuf *out, xmlNode *node, int depth)
{
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            put_escaped(out, (const char *)node->content);
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || depth > 256)
            continue;
        const char *name = (const char *)node->name;
        if (!LISTED(name, elements) || (node->ns && node->ns->href &&
                                        strcmp((const char *)node->ns->href, "http://www.w3.org/2000/svg") != 0))
            continue;
        an_i_strbuf_puts(out, "<");
        an_i_strbuf_puts(out, name);
        if (depth == 0)
            an_i_strbuf_puts(out, " xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        put_attributes(out, node);
        an_i_strbuf_puts(out, ">");
        put_node(out, node->children, depth + 1);
        an_i_strbuf_puts(out, "</");
        an_i_strbuf_puts(out, name);
        an_i_strbuf_puts(out, ">");
    }
}

char *an_i_svg_clean(const char *svg, size_t length)
{
    xmlDoc *document = xmlReadMemory(svg, (int)(length > 0x7fffffff ? 0x7fffffff : length), "graphviz.svg", NULL,
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!document)
        return NULL;
    xmlNode *root = xmlDocGetRootElement(document);
    char *text = NULL;
    if (root && strcmp((const char *)root->name, "svg") == 0) {
        an_i_strbuf out;
        an_i_strbuf_init(&out);
        an_i_strbuf_puts(&out, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        xmlNode *next = root->next;
        root->next = NULL; /* the root alone */
        put_node(&out, root, 0);
        root->next = next;
        an_i_strbuf_puts(&out, "\n");
        text = out.failed ? NULL : an_i_strbuf_take(&out, NULL);
        an_i_strbuf_free(&out);
    }
    xmlFreeDoc(document);
    return text;
}
