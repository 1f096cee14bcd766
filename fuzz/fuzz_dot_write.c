/*
 * fuzz_dot_write.c — libFuzzer target: load -> write DOT, and check the DOT.
 *
 * The check is a small recursive-descent parser of the DOT language
 * (https://graphviz.org/doc/info/lang.html): [strict] graph|digraph [ID]
 * '{' stmt_list '}', statements (node, edge, attribute, ID=ID, subgraph),
 * attribute lists, ports, and the four kinds of ID (names, numerals, quoted
 * strings, HTML strings), with comments. On top of "it parses":
 *  - nothing but white space after the closing brace; braces balanced;
 *  - the edge operator matches the graph kind (-> in a digraph, -- in a graph);
 *  - quoted strings hold no raw line break (the writer escapes them as \n)
 *    and no control character other than tab;
 *  - the whole text is valid UTF-8 (Graphviz's default charset);
 *  - exactly one top-level node statement per node and one edge statement
 *    per edge of the network.
 * Three option sets are tried: the defaults, an edge label column with a
 * graph name and graph attributes, and a label column that does not exist.
 */
#include "fuzz_support.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char target[] = "fuzz_dot_write";

typedef enum token_kind {
    T_END, T_ID, T_LBRACE, T_RBRACE, T_LBRACKET, T_RBRACKET, T_SEMI, T_COMMA, T_EQUALS, T_COLON, T_ARROW,
    T_DASHES, T_ERROR
} token_kind;

typedef struct dot_parser {
    const char *text;
    size_t size, at;
    token_kind kind;
    const char *token;          /* start of the current token */
    size_t token_length;
    int keyword;                /* the current T_ID is an unquoted keyword */
    int directed;
    int depth;                  /* subgraph nesting */
    long nodes, edges;          /* top-level statements */
    char error[200];
} dot_parser;

static int fail(dot_parser *p, const char *what)
{
    if (!p->error[0])
        snprintf(p->error, sizeof p->error, "%s at byte %zu", what, p->token ? (size_t)(p->token - p->text) : p->at);
    p->kind = T_ERROR;
    return -1;
}

static int is_name_start(unsigned char c)
{
    return isalpha(c) || c == '_' || c >= 0x80;
}

static void skip_space_and_comments(dot_parser *p)
{
    for (;;) {
        while (p->at < p->size && isspace((unsigned char)p->text[p->at]))
            p->at++;
        if (p->at + 1 < p->size && p->text[p->at] == '/' && p->text[p->at + 1] == '/') {
            while (p->at < p->size && p->text[p->at] != '\n')
                p->at++;
        } else if (p->at + 1 < p->size && p->text[p->at] == '/' && p->text[p->at + 1] == '*') {
            const char *close = NULL;
            for (size_t i = p->at + 2; i + 1 < p->size; i++)
                if (p->text[i] == '*' && p->text[i + 1] == '/') {
                    close = p->text + i;
                    break;
                }
            p->at = close ? (size_t)(close - p->text) + 2 : p->size;
        } else if (p->at < p->size && p->text[p->at] == '#' && (p->at == 0 || p->text[p->at - 1] == '\n')) {
            while (p->at < p->size && p->text[p->at] != '\n')
                p->at++;
        } else {
            return;
        }
    }
}

static void next(dot_parser *p)
{
    if (p->kind == T_ERROR)
        return;
    skip_space_and_comments(p);
    p->token = p->text + p->at;
    p->keyword = 0;
    if (p->at >= p->size) {
        p->kind = T_END;
        p->token_length = 0;
        return;
    }
    unsigned char c = (unsigned char)p->text[p->at];
    size_t start = p->at;
    switch (c) {
    case '{': p->kind = T_LBRACE; p->at++; break;
    case '}': p->kind = T_RBRACE; p->at++; break;
    case '[': p->kind = T_LBRACKET; p->at++; break;
    case ']': p->kind = T_RBRACKET; p->at++; break;
    case ';': p->kind = T_SEMI; p->at++; break;
    case ',': p->kind = T_COMMA; p->at++; break;
    case '=': p->kind = T_EQUALS; p->at++; break;
    case ':': p->kind = T_COLON; p->at++; break;
    case '"': {
        p->at++;
        for (;;) {
            if (p->at >= p->size) {
                fail(p, "unterminated quoted string");
                return;
            }
            unsigned char q = (unsigned char)p->text[p->at];
            if (q == '"')
                break;
            if (q == '\n' || q == '\r') {
                fail(p, "raw line break inside a quoted string");
                return;
            }
            if (q < 0x20 && q != '\t') {
                fail(p, "control character inside a quoted string");
                return;
            }
            if (q == '\\' && p->at + 1 < p->size) {
                if (p->text[p->at + 1] == '\n' || p->text[p->at + 1] == '\r') {
                    fail(p, "line continuation inside a quoted string");
                    return;
                }
                p->at++;
            }
            p->at++;
        }
        p->at++;
        p->kind = T_ID;
        break;
    }
    case '<': {
        int level = 0;
        do {
            if (p->at >= p->size) {
                fail(p, "unterminated HTML string");
                return;
            }
            if (p->text[p->at] == '<')
                level++;
            else if (p->text[p->at] == '>')
                level--;
            p->at++;
        } while (level > 0);
        p->kind = T_ID;
        break;
    }
    default:
        if (c == '-' && p->at + 1 < p->size && p->text[p->at + 1] == '>') {
            p->kind = T_ARROW;
            p->at += 2;
        } else if (c == '-' && p->at + 1 < p->size && p->text[p->at + 1] == '-') {
            p->kind = T_DASHES;
            p->at += 2;
        } else if (c == '-' || c == '.' || isdigit(c)) {
            if (c == '-')
                p->at++;
            int digits = 0, dots = 0;
            while (p->at < p->size && (isdigit((unsigned char)p->text[p->at]) || p->text[p->at] == '.')) {
                digits += isdigit((unsigned char)p->text[p->at]) != 0;
                dots += p->text[p->at] == '.';
                p->at++;
            }
            if (!digits || dots > 1) {
                fail(p, "malformed numeral");
                return;
            }
            if (p->at < p->size && is_name_start((unsigned char)p->text[p->at])) {
                fail(p, "a numeral runs into a name (Graphviz splits it with a warning)");
                return;
            }
            p->kind = T_ID;
        } else if (is_name_start(c)) {
            while (p->at < p->size &&
                   (is_name_start((unsigned char)p->text[p->at]) || isdigit((unsigned char)p->text[p->at])))
                p->at++;
            p->kind = T_ID;
            size_t length = p->at - start;
            static const char *const keywords[] = { "node", "edge", "graph", "digraph", "subgraph", "strict" };
            for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
                if (length == strlen(keywords[k]) && strncasecmp(p->token, keywords[k], length) == 0)
                    p->keyword = 1;
        } else {
            fail(p, "unexpected character");
            return;
        }
    }
    p->token_length = p->at - start;
}

static int is_keyword(const dot_parser *p, const char *word)
{
    return p->kind == T_ID && p->keyword && p->token_length == strlen(word) &&
           strncasecmp(p->token, word, p->token_length) == 0;
}

/* A plain ID: any ID token that is not a keyword. */
static int expect_id(dot_parser *p, const char *what)
{
    if (p->kind != T_ID || p->keyword)
        return fail(p, what);
    next(p);
    return 0;
}

static int attribute_lists(dot_parser *p)
{
    while (p->kind == T_LBRACKET) {
        next(p);
        while (p->kind != T_RBRACKET) {
            if (expect_id(p, "expected an attribute name") || p->kind != T_EQUALS)
                return fail(p, "expected '=' in an attribute list");
            next(p);
            if (expect_id(p, "expected an attribute value"))
                return -1;
            if (p->kind == T_SEMI || p->kind == T_COMMA)
                next(p);
        }
        next(p);
    }
    return p->kind == T_ERROR ? -1 : 0;
}

static int statement_list(dot_parser *p);

static int subgraph(dot_parser *p)
{
    if (is_keyword(p, "subgraph")) {
        next(p);
        if (p->kind == T_ID && !p->keyword)
            next(p);
    }
    if (p->kind != T_LBRACE)
        return fail(p, "expected '{' to open a subgraph");
    next(p);
    if (++p->depth > 100)
        return fail(p, "subgraphs nested too deep");
    if (statement_list(p))
        return -1;
    p->depth--;
    if (p->kind != T_RBRACE)
        return fail(p, "expected '}' to close a subgraph");
    next(p);
    return 0;
}

/* node_id: ID [':' ID [':' ID]] */
static int node_id(dot_parser *p)
{
    if (expect_id(p, "expected a node id"))
        return -1;
    for (int ports = 0; ports < 2 && p->kind == T_COLON; ports++) {
        next(p);
        if (expect_id(p, "expected a port"))
            return -1;
    }
    return 0;
}

static int endpoint(dot_parser *p)
{
    if (p->kind == T_LBRACE || is_keyword(p, "subgraph"))
        return subgraph(p);
    return node_id(p);
}

static int statement(dot_parser *p)
{
    if (is_keyword(p, "graph") || is_keyword(p, "node") || is_keyword(p, "edge")) {
        next(p);
        if (p->kind != T_LBRACKET)
            return fail(p, "expected an attribute list after graph/node/edge");
        return attribute_lists(p);
    }
    int is_subgraph = p->kind == T_LBRACE || is_keyword(p, "subgraph");
    if (!is_subgraph && p->kind == T_ID && !p->keyword) {
        /* ID '=' ID, or a node/edge statement: look one token ahead, then re-read the ID */
        const char *id_start = p->token;
        next(p);
        if (p->kind == T_ERROR)
            return -1;
        if (p->kind == T_EQUALS) {
            next(p);
            return expect_id(p, "expected a value after '='");
        }
        p->at = (size_t)(id_start - p->text);
        next(p);
    }
    if (endpoint(p))
        return -1;
    int edges = 0;
    while (p->kind == T_ARROW || p->kind == T_DASHES) {
        if ((p->kind == T_ARROW) != p->directed)
            return fail(p, p->directed ? "'--' in a digraph" : "'->' in an undirected graph");
        next(p);
        if (endpoint(p))
            return -1;
        edges++;
    }
    if (p->depth == 0) {
        if (edges)
            p->edges += edges;
        else if (!is_subgraph)
            p->nodes++;
    }
    return attribute_lists(p);
}

static int statement_list(dot_parser *p)
{
    while (p->kind != T_RBRACE && p->kind != T_END && p->kind != T_ERROR) {
        if (statement(p))
            return -1;
        if (p->kind == T_SEMI)
            next(p);
    }
    return p->kind == T_ERROR ? -1 : 0;
}

static int valid_utf8(const unsigned char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        size_t extra;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            *bad = i;
            return 0;
        }
        if (i + extra >= n) {
            *bad = i;
            return 0;
        }
        for (size_t k = 1; k <= extra; k++) {
            if ((s[i + k] & 0xC0) != 0x80) {
                *bad = i;
                return 0;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
            *bad = i;
            return 0;
        }
        i += extra + 1;
    }
    return 1;
}

/* Parse a whole DOT document; returns 0 or -1 with p->error set. */
static int parse_dot(dot_parser *p, const char *text, size_t size)
{
    memset(p, 0, sizeof *p);
    p->text = text;
    p->size = size;
    next(p);
    if (is_keyword(p, "strict"))
        next(p);
    if (is_keyword(p, "digraph"))
        p->directed = 1;
    else if (!is_keyword(p, "graph"))
        return fail(p, "expected 'graph' or 'digraph'");
    next(p);
    if (p->kind == T_ID && !p->keyword)
        next(p);
    if (p->kind != T_LBRACE)
        return fail(p, "expected '{'");
    next(p);
    if (statement_list(p))
        return -1;
    if (p->kind != T_RBRACE)
        return fail(p, "expected the closing '}'");
    next(p);
    if (p->kind != T_END)
        return fail(p, "text after the closing '}'");
    return 0;
}

static void check(const an_network *network, const an_dot_write_options *options, const char *what)
{
    char *text = NULL;
    size_t size = 0;
    int rc = an_network_dot_to_buffer(&text, &size, network, options);
    if (rc != AN_OK || !text)
        an_fuzz_fail(target, "%s: writing DOT failed: %s: %s", what, an_status_name(rc), an_error_last()->message);
    if (strlen(text) != size)
        an_fuzz_fail(target, "%s: NUL byte in the DOT text", what);
    size_t bad = 0;
    if (!valid_utf8((const unsigned char *)text, size, &bad))
        an_fuzz_fail(target, "%s: invalid UTF-8 at byte %zu", what, bad);
    dot_parser p;
    if (parse_dot(&p, text, size) != 0) {
        size_t at = p.token ? (size_t)(p.token - text) : 0;
        size_t from = at > 120 ? at - 120 : 0;
        fprintf(stderr, "----- DOT near byte %zu -----\n%.240s\n-----\n", at, text + from);
        an_fuzz_fail(target, "%s: malformed DOT: %s", what, p.error);
    }
    int mixed_or_directed = an_network_direction(network) != AN_UNDIRECTED;
    if (p.directed != mixed_or_directed)
        an_fuzz_fail(target, "%s: wrote a %s for a network of direction %d", what, p.directed ? "digraph" : "graph",
                     an_network_direction(network));
    if (p.nodes != an_network_node_count(network) || p.edges != an_network_edge_count(network))
        an_fuzz_fail(target, "%s: %ld node and %ld edge statements for %lld nodes and %lld edges", what, p.nodes,
                     p.edges, (long long)an_network_node_count(network), (long long)an_network_edge_count(network));
    an_free(text);
}

int an_fuzz_dot_write(const uint8_t *data, size_t size)
{
    an_network *network = NULL;
    if (an_fuzz_load(&network, data, size, target) != AN_OK)
        return 0;
    check(network, NULL, "default options");

    static const char *const graph_attributes[] = { "overlap", "prism", "label", "a \"quoted\"\ntitle\\", NULL };
    an_dot_write_options options = AN_DOT_WRITE_OPTIONS_INIT;
    options.edge_label_column = "relation";
    options.graph_name = "g \"x\"\n";
    options.graph_attributes = graph_attributes;
    check(network, &options, "edge labels, graph name and attributes");

    /* Labels from the first node column, whatever its type. */
    options = (an_dot_write_options)AN_DOT_WRITE_OPTIONS_INIT;
    options.label_column = an_network_column_count(network, AN_DOMAIN_NODE) > 0
                               ? an_network_column_name(network, AN_DOMAIN_NODE, 0) : "no such column";
    options.edge_label_column = an_network_column_count(network, AN_DOMAIN_EDGE) > 0
                                    ? an_network_column_name(network, AN_DOMAIN_EDGE, 0) : NULL;
    check(network, &options, "first columns as labels");
    an_network_free(network);
    return 0;
}

AN_FUZZ_ENTRY(an_fuzz_dot_write)
