/*
 * dot_values.c — the DOT writer's allow-list of Graphviz attributes and the
 * check of each value (see dot_values.h for the rules and why).
 */
#include "dot_values.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SHORT_VALUE 64      /* bytes: the longest value of every kind but link and text */
#define LONGEST_LINK 2048

static const char *const directions[] = { "forward", "back", "both", "none", NULL };
static const char *const label_places[] = { "t", "c", "b", NULL };
static const char *const booleans[] = { "true", "false", "yes", "no", "1", "0", NULL };
static const char *const fixed_sizes[] = { "true", "false", "yes", "no", "1", "0", "shape", NULL };

/* Sorted by strcmp (upper case first): looked up with bsearch. */
static const an_i_dot_attribute node_attributes[] = {
    {"URL", AN_I_DOT_LINK, 0, 0, NULL},
    {"color", AN_I_DOT_COLOUR, 0, 0, NULL},
    {"colorscheme", AN_I_DOT_SCHEME, 0, 0, NULL},
    {"fillcolor", AN_I_DOT_COLOUR, 0, 0, NULL},
    {"fixedsize", AN_I_DOT_WORD, 0, 0, fixed_sizes},
    {"fontcolor", AN_I_DOT_COLOUR, 0, 0, NULL},
    {"fontname", AN_I_DOT_FONT, 0, 0, NULL},
    {"fontsize", AN_I_DOT_NUMBER, 1, 1000, NULL},
    {"group", AN_I_DOT_NAME, 0, 0, NULL},
    {"height", AN_I_DOT_NUMBER, 0, 1000, NULL},
    {"href", AN_I_DOT_LINK, 0, 0, NULL},
    {"labelloc", AN_I_DOT_WORD, 0, 0, label_places},
    {"penwidth", AN_I_DOT_NUMBER, 0, 100, NULL},
    {"peripheries", AN_I_DOT_INTEGER, 0, 100, NULL},
    {"pos", AN_I_DOT_POINT, 0, 0, NULL},
    {"shape", AN_I_DOT_SHAPE, 0, 0, NULL},
    {"style", AN_I_DOT_STYLE, 0, 0, NULL},
    {"target", AN_I_DOT_TARGET, 0, 0, NULL},
    {"tooltip", AN_I_DOT_TEXT, 0, 0, NULL},
    {"width", AN_I_DOT_NUMBER, 0, 1000, NULL},
    {"xlabel", AN_I_DOT_TEXT, 0, 0, NULL},
};

static const an_i_dot_attribute edge_attributes[] = {
    {"URL", AN_I_DOT_LINK, 0, 0, NULL},
    {"arrowhead", AN_I_DOT_ARROW, 0, 0, NULL},
    {"arrowsize", AN_I_DOT_NUMBER, 0, 100, NULL},
    {"arrowtail", AN_I_DOT_ARROW, 0, 0, NULL},
    {"color", AN_I_DOT_COLOUR, 0, 0, NULL},
    {"colorscheme", AN_I_DOT_SCHEME, 0, 0, NULL},
    {"constraint", AN_I_DOT_WORD, 0, 0, booleans},
    {"decorate", AN_I_DOT_WORD, 0, 0, booleans},
    {"dir", AN_I_DOT_WORD, 0, 0, directions},
    {"edgetooltip", AN_I_DOT_TEXT, 0, 0, NULL},
    {"fontcolor", AN_I_DOT_COLOUR, 0, 0, NULL},
    {"fontname", AN_I_DOT_FONT, 0, 0, NULL},
    {"fontsize", AN_I_DOT_NUMBER, 1, 1000, NULL},
    {"headlabel", AN_I_DOT_TEXT, 0, 0, NULL},
    {"href", AN_I_DOT_LINK, 0, 0, NULL},
    {"labelfontcolor", AN_I_DOT_COLOUR, 0, 0, NULL},
    {"labelfontname", AN_I_DOT_FONT, 0, 0, NULL},
    {"labelfontsize", AN_I_DOT_NUMBER, 1, 1000, NULL},
    {"labeltooltip", AN_I_DOT_TEXT, 0, 0, NULL},
    {"minlen", AN_I_DOT_INTEGER, 0, 100, NULL},
    {"penwidth", AN_I_DOT_NUMBER, 0, 100, NULL},
    {"style", AN_I_DOT_STYLE, 0, 0, NULL},
    {"taillabel", AN_I_DOT_TEXT, 0, 0, NULL},
    {"target", AN_I_DOT_TARGET, 0, 0, NULL},
    {"tooltip", AN_I_DOT_TEXT, 0, 0, NULL},
    {"weight", AN_I_DOT_NUMBER, 0, 1000, NULL},
    {"xlabel", AN_I_DOT_TEXT, 0, 0, NULL},
};

/* Graphviz's polygon shapes (shapes.html), without record, Mrecord, epsf and custom. Sorted. */
static const char *const shapes[] = {
    "Mcircle", "Mdiamond", "Msquare", "assembly", "box", "box3d", "cds", "circle", "component", "cylinder",
    "diamond", "doublecircle", "doubleoctagon", "egg", "ellipse", "fivepoverhang", "folder", "hexagon", "house",
    "insulator", "invhouse", "invtrapezium", "invtriangle", "larrow", "lpromoter", "none", "note", "noverhang",
    "octagon", "oval", "parallelogram", "pentagon", "plain", "plaintext", "point", "polygon", "primersite",
    "promoter", "proteasesite", "proteinstab", "rarrow", "rect", "rectangle", "restrictionsite", "ribosite",
    "rnastab", "rpromoter", "septagon", "signature", "square", "star", "tab", "terminator", "threepoverhang",
    "trapezium", "triangle", "tripleoctagon", "underline", "utr",
};

static const char *const styles[] = {
    "bold", "dashed", "diagonals", "dotted", "filled", "invis", "radial", "rounded", "solid", "striped", "tapered",
    "wedged",
};

static int compare_attribute(const void *key, const void *item)
{
    return strcmp((const char *)key, ((const an_i_dot_attribute *)item)->name);
}

static int compare_word(const void *key, const void *item)
{
    return strcmp((const char *)key, *(const char *const *)item);
}

const an_i_dot_attribute *an_i_dot_find_attribute(an_domain domain, const char *name)
{
    if (!name)
        return NULL;
    if (domain == AN_DOMAIN_NODE)
        return bsearch(name, node_attributes, sizeof node_attributes / sizeof *node_attributes,
                       sizeof *node_attributes, compare_attribute);
    if (domain == AN_DOMAIN_EDGE)
        return bsearch(name, edge_attributes, sizeof edge_attributes / sizeof *edge_attributes,
                       sizeof *edge_attributes, compare_attribute);
    return NULL;
}

/* Every byte of text is in `allowed` (ASCII only), and the text is 1..limit bytes long. */
static int only(const char *text, const char *allowed, size_t limit)
{
    size_t length = strlen(text);
    return length > 0 && length <= limit && strspn(text, allowed) == length;
}

#define LETTERS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define DIGITS "0123456789"

static int is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* setlinewidth(N), the one style item with an argument (deprecated for penwidth, still common). */
static int line_width_item(const char *item)
{
    static const char prefix[] = "setlinewidth(";
    size_t length = strlen(item);
    if (length < sizeof prefix + 1 || strncmp(item, prefix, sizeof prefix - 1) != 0 || item[length - 1] != ')')
        return 0;
    size_t digits = strspn(item + sizeof prefix - 1, DIGITS ".");
    return digits > 0 && digits <= 6 && sizeof prefix - 1 + digits == length - 1;
}

/* Style items: known names, or setlinewidth(N), separated by commas and spaces. */
static int valid_style(const char *text)
{
    if (!only(text, LETTERS DIGITS ".(), ", SHORT_VALUE))
        return 0;
    char item[SHORT_VALUE + 1];
    const char *p = text;
    int items = 0;
    while (*p) {
        p += strspn(p, ", ");
        size_t length = strcspn(p, ", ");
        if (!length)
            break;
        memcpy(item, p, length);
        item[length] = '\0';
        if (!bsearch(item, styles, sizeof styles / sizeof *styles, sizeof *styles, compare_word) &&
            !line_width_item(item))
            return 0;
        items++;
        p += length;
    }
    return items > 0;
}

/* http:// or https:// then RFC 3986 characters (unreserved, reserved, %) other than the quote. */
static int valid_link(const char *text)
{
    if (strncmp(text, "http://", 7) != 0 && strncmp(text, "https://", 8) != 0)
        return 0;
    const char *host = strstr(text, "//") + 2;
    if (!is_letter(*host) && !(*host >= '0' && *host <= '9') && *host != '[')
        return 0;
    return only(text, LETTERS DIGITS "-._~:/?#[]@!$&()*+,;=%", LONGEST_LINK);
}

static int valid_number(const an_i_dot_attribute *attribute, const char *text, double number, int is_number)
{
    if (!is_number) {
        if (!only(text, DIGITS ".+-eE ", SHORT_VALUE))
            return 0;
        char *end;
        number = strtod(text, &end);
        while (*end == ' ')
            end++;
        if (end == text || *end)
            return 0;
    }
    if (!(number >= attribute->low && number <= attribute->high))
        return 0; /* also refuses NaN */
    return attribute->kind == AN_I_DOT_NUMBER || number == floor(number);
}

int an_i_dot_acceptable(const an_i_dot_attribute *attribute, const char *text, double number, int is_number)
{
    switch (attribute->kind) {
    case AN_I_DOT_TEXT:
        return 1;
    case AN_I_DOT_NUMBER:
    case AN_I_DOT_INTEGER:
        return valid_number(attribute, text, number, is_number);
    case AN_I_DOT_COLOUR:
        return only(text, LETTERS DIGITS "#.,:;/ ", SHORT_VALUE);
    case AN_I_DOT_SCHEME:
        return only(text, LETTERS DIGITS, SHORT_VALUE);
    case AN_I_DOT_FONT:
        return is_letter(text[0]) && only(text, LETTERS DIGITS " -_", SHORT_VALUE);
    case AN_I_DOT_SHAPE:
        return bsearch(text, shapes, sizeof shapes / sizeof *shapes, sizeof *shapes, compare_word) != NULL;
    case AN_I_DOT_STYLE:
        return valid_style(text);
    case AN_I_DOT_ARROW:
        return only(text, "abcdefghijklmnopqrstuvwxyz", SHORT_VALUE);
    case AN_I_DOT_WORD:
        for (const char *const *word = attribute->words; word && *word; word++)
            if (strcmp(text, *word) == 0)
                return 1;
        return 0;
    case AN_I_DOT_NAME:
        return only(text, LETTERS DIGITS ".-_", SHORT_VALUE);
    case AN_I_DOT_POINT:
        return only(text, DIGITS ".,+-eE!", SHORT_VALUE);
    case AN_I_DOT_LINK:
        return valid_link(text);
    case AN_I_DOT_TARGET:
        return only(text, LETTERS DIGITS "-_", SHORT_VALUE);
    }
    return 0;
}
