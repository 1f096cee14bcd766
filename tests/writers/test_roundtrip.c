/*
 * test_roundtrip.c — load → write → load gives the identical model, and
 * writing is a fixpoint (write(load(write(m))) == write(m), byte for byte).
 *
 * Compared: node ids and order, edges (endpoints, direction, ids, order),
 * graph id and edgedefault, every column (name, type, key id when the first
 * model has one, for="all", markup flag, default, extra key attributes and
 * markup) and every value with its state, root attributes and every kept
 * fragment (place, row, markup, order within the row).
 *
 * Inputs: the sample networks of the writer tests, and every .graphml file
 * in the directories given on the command line (the writer's own dialect
 * corpus in tests/writers/roundtrip/, plus any reader corpus meson passes).
 */
#include "sample_foreign.h"

#include <dirent.h>

static int differences;

#define DIFF(...) do { \
    if (differences < 20) { fprintf(stderr, "  %s: ", what); fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } \
    differences++; } while (0)

static int same_string(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

static const char *show(const char *text)
{
    return text ? text : "(null)";
}

static int same_value(const an_i_column *a, const an_i_column *b, int64_t ra, int64_t rb)
{
    /* ra/rb < 0: the defaults */
    an_i_value x, y;
    if (an_i_column_read(a, ra, &x) == AN_I_CELL_MISSING || an_i_column_read(b, rb, &y) == AN_I_CELL_MISSING)
        return 0;
    switch (a->type) {
    case AN_TYPE_BOOLEAN:
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        return x.integer == y.integer;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        if (isnan(x.real) || isnan(y.real))
            return isnan(x.real) && isnan(y.real);
        return memcmp(&x.real, &y.real, sizeof x.real) == 0; /* bits: -0 stays -0 */
    case AN_TYPE_STRING:
        return same_string(x.string, y.string);
    }
    return 0;
}

/* A string column's value at `row`, for messages. */
static const char *string_at(const an_i_column *c, int64_t row)
{
    an_i_value value;
    return an_i_column_read(c, row, &value) == AN_I_CELL_SET ? show(value.string) : "(none)";
}

/*
 * Root attributes without the two the writer adds when a model has none:
 * the reader keeps them, so after the first trip the model has them too.
 * (Model identity on the first trip would need the reader to drop exactly
 * these standard values, as it drops the default GraphML namespace.)
 */
static void strip_standard_root(char *text)
{
    static const char *const standard[] = {
        " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\""};
    for (size_t i = 0; i < 2; i++) {
        char *at = strstr(text, standard[i]);
        if (at)
            memmove(at, at + strlen(standard[i]), strlen(at + strlen(standard[i])) + 1);
    }
}

static int same_root(const char *a, const char *b)
{
    char x[4096], y[4096];
    snprintf(x, sizeof x, "%s", a ? a : "");
    snprintf(y, sizeof y, "%s", b ? b : "");
    strip_standard_root(x);
    strip_standard_root(y);
    return strcmp(x, y) == 0;
}

/*
 * Whether a column's key id is one the writer must change: a valid document
 * has unique key ids, so when several columns of a model share an id
 * without being one for="all" key (Cytoscape declares id="name" for nodes
 * and again for edges), only the first (graph, node, edge order) keeps it.
 */
static int key_id_must_change(const an_network *n, int domain, int column)
{
    const an_i_column *c = &n->columns[domain].items[column];
    for (int d = 0; d <= domain; d++)
        for (int k = 0; k < (d == domain ? column : n->columns[d].count); k++) {
            const an_i_column *other = &n->columns[d].items[k];
            if (other->key_id && strcmp(other->key_id, c->key_id) == 0 &&
                !(other->key_for == AN_I_FOR_ALL && c->key_for == AN_I_FOR_ALL))
                return 1;
        }
    return 0;
}

/*
 * Whether a for="all" column belongs to a group that does not span all
 * three domains (the reader makes such groups when a key's data appears on
 * an element it was not declared for). The writer declares such a group per
 * domain (for="all" would add empty columns on reading back), so the key
 * ids after the first and the for="all" mark change; from then on the model
 * is stable.
 */
static int partial_for_all(const an_network *n, int domain, int column)
{
    const an_i_column *c = &n->columns[domain].items[column];
    if (c->key_for != AN_I_FOR_ALL || !c->key_id)
        return 0;
    int domains = 0;
    for (int d = 0; d < 3; d++)
        for (int k = 0; k < n->columns[d].count; k++) {
            const an_i_column *other = &n->columns[d].items[k];
            if (other->key_for == AN_I_FOR_ALL && other->key_id && strcmp(other->key_id, c->key_id) == 0) {
                domains++;
                break;
            }
        }
    return domains < 3;
}

/* <desc> fragments first within their element, as the writer writes them (the schema's order). */
static int desc_rank(const an_i_fragment *f)
{
    const char *p = f->markup;
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return strncmp(p, "<desc", 5) == 0 && (p[5] == '>' || p[5] == ' ' || p[5] == '/') ? 0 : 1;
}

static int compare_fragment_positions(const void *x, const void *y)
{
    const an_i_fragment *a = *(const an_i_fragment *const *)x, *b = *(const an_i_fragment *const *)y;
    if (a->place != b->place)
        return a->place < b->place ? -1 : 1;
    if (a->row != b->row)
        return a->row < b->row ? -1 : 1;
    if (desc_rank(a) != desc_rank(b))
        return desc_rank(a) - desc_rank(b);
    return a < b ? -1 : a > b; /* stable: input order within a row */
}

static an_i_fragment **sorted_fragments(const an_network *n)
{
    an_i_fragment **list = malloc((size_t)(n->fragment_count + 1) * sizeof *list);
    for (int64_t i = 0; i < n->fragment_count; i++)
        list[i] = &n->fragments[i];
    qsort(list, (size_t)n->fragment_count, sizeof *list, compare_fragment_positions);
    return list;
}

/* Every difference between two models, printed; returns how many. */
static int compare_models(const char *what, const an_network *a, const an_network *b)
{
    differences = 0;
    if (a->default_directed != b->default_directed)
        DIFF("edgedefault %d vs %d", a->default_directed, b->default_directed);
    if (!same_string(a->graph_id, b->graph_id))
        DIFF("graph id %s vs %s", show(a->graph_id), show(b->graph_id));
    if (!same_root(a->root_attributes, b->root_attributes))
        DIFF("root attributes [%s] vs [%s]", show(a->root_attributes), show(b->root_attributes));
    if (a->node_count != b->node_count)
        DIFF("%lld vs %lld nodes", (long long)a->node_count, (long long)b->node_count);
    for (int64_t v = 0; v < a->node_count && v < b->node_count; v++)
        if (strcmp(a->node_ids[v], b->node_ids[v]) != 0)
            DIFF("node %lld id '%s' vs '%s'", (long long)v, a->node_ids[v], b->node_ids[v]);
    if (a->edge_count != b->edge_count)
        DIFF("%lld vs %lld edges", (long long)a->edge_count, (long long)b->edge_count);
    for (int64_t e = 0; e < a->edge_count && e < b->edge_count; e++) {
        if (a->endpoints[2 * e] != b->endpoints[2 * e] || a->endpoints[2 * e + 1] != b->endpoints[2 * e + 1])
            DIFF("edge %lld endpoints differ", (long long)e);
        if (an_i_edge_directed(a, e) != an_i_edge_directed(b, e))
            DIFF("edge %lld direction %d vs %d", (long long)e, an_i_edge_directed(a, e), an_i_edge_directed(b, e));
        const char *ia = a->edge_ids ? a->edge_ids[e] : NULL, *ib = b->edge_ids ? b->edge_ids[e] : NULL;
        if (!same_string(ia, ib))
            DIFF("edge %lld id %s vs %s", (long long)e, show(ia), show(ib));
    }
    for (int d = 0; d < 3; d++) {
        const an_i_column_set *sa = &a->columns[d], *sb = &b->columns[d];
        if (sa->count != sb->count) {
            DIFF("domain %d: %d vs %d columns", d, sa->count, sb->count);
            continue;
        }
        int64_t rows = an_i_domain_rows(a, (an_domain)d);
        for (int k = 0; k < sa->count; k++) {
            const an_i_column *ca = &sa->items[k], *cb = &sb->items[k];
            if (strcmp(ca->name, cb->name) != 0 || ca->type != cb->type) {
                DIFF("domain %d column %d: %s/%d vs %s/%d", d, k, ca->name, ca->type, cb->name, cb->type);
                continue;
            }
            int partial = partial_for_all(a, d, k);
            if (ca->key_id && !same_string(ca->key_id, cb->key_id) && !key_id_must_change(a, d, k) && !partial)
                DIFF("column %s: key id %s vs %s", ca->name, ca->key_id, show(cb->key_id));
            if ((ca->key_for != cb->key_for && !partial) || ca->is_markup != cb->is_markup)
                DIFF("column %s: for/markup %d/%d vs %d/%d", ca->name, ca->key_for, ca->is_markup, cb->key_for,
                     cb->is_markup);
            if (!same_string(ca->key_attributes, cb->key_attributes))
                DIFF("column %s: key attributes [%s] vs [%s]", ca->name, show(ca->key_attributes),
                     show(cb->key_attributes));
            if (!same_string(ca->key_markup, cb->key_markup))
                DIFF("column %s: key markup [%s] vs [%s]", ca->name, show(ca->key_markup), show(cb->key_markup));
            if (ca->has_default != cb->has_default || (ca->has_default && !same_value(ca, cb, -1, -1)))
                DIFF("column %s: default differs", ca->name);
            for (int64_t r = 0; r < rows; r++) {
                int pa = an_i_column_present(ca, r), pb = an_i_column_present(cb, r);
                if (pa != pb)
                    DIFF("column %s row %lld: set %d vs %d", ca->name, (long long)r, pa, pb);
                else if (pa && !same_value(ca, cb, r, r))
                    DIFF("column %s row %lld: values differ%s%s%s%s", ca->name, (long long)r,
                         ca->type == AN_TYPE_STRING ? " [" : "", ca->type == AN_TYPE_STRING ? string_at(ca, r) : "",
                         ca->type == AN_TYPE_STRING ? "] vs [" : "",
                         ca->type == AN_TYPE_STRING ? string_at(cb, r) : "");
            }
        }
    }
    if (a->fragment_count != b->fragment_count)
        DIFF("%lld vs %lld fragments", (long long)a->fragment_count, (long long)b->fragment_count);
    an_i_fragment **fa = sorted_fragments(a), **fb = sorted_fragments(b);
    for (int64_t i = 0; i < a->fragment_count && i < b->fragment_count; i++)
        if (fa[i]->place != fb[i]->place || fa[i]->row != fb[i]->row || strcmp(fa[i]->markup, fb[i]->markup) != 0)
            DIFF("fragment %lld: place %d row %lld [%s] vs place %d row %lld [%s]", (long long)i, fa[i]->place,
                 (long long)fa[i]->row, fa[i]->markup, fb[i]->place, (long long)fb[i]->row, fb[i]->markup);
    free(fa);
    free(fb);
    return differences;
}

/*
 * m → write (w1) → load (m1): m1 must equal m. Then m1 → write (w2) → load
 * (m2) → write (w3): m2 must equal m1 exactly, and w3 must equal w2 byte for
 * byte. (w1 and w2 may differ only in the root start tag: see
 * strip_standard_root.)
 */
static void round_trip(const char *what, const an_network *m)
{
    for (int indent = 1; indent >= 0; indent--) {
        an_graphml_write_options options = AN_GRAPHML_WRITE_OPTIONS_INIT;
        options.indent = indent;
        const an_network *current = m;
        an_network *loaded[2] = {NULL, NULL};
        char *written[3] = {NULL, NULL, NULL};
        size_t sizes[3] = {0, 0, 0};
        for (int trip = 0; trip < 3; trip++) {
            AN_T_CHECK_OK(an_network_graphml_to_buffer(&written[trip], &sizes[trip], current, &options));
            if (!written[trip] || trip == 2)
                break;
            AN_T_CHECK_OK(an_network_load_graphml_buffer(&loaded[trip], written[trip], sizes[trip], what, NULL));
            if (!loaded[trip])
                break;
            if (compare_models(what, current, loaded[trip]) != 0) {
                fprintf(stderr, "%s (indent %d, trip %d): %d differences after write → load\n", what, indent,
                        trip + 1, differences);
                AN_T_CHECK(0);
            }
            current = loaded[trip];
        }
        if (written[1] && written[2] &&
            (sizes[1] != sizes[2] || memcmp(written[1], written[2], sizes[1]) != 0)) {
            fprintf(stderr, "%s (indent %d): writing is not a fixpoint\n", what, indent);
            AN_T_CHECK(0);
        }
        for (int i = 0; i < 3; i++)
            an_free(written[i]);
        an_network_free(loaded[0]);
        an_network_free(loaded[1]);
    }
}

static void test_samples(void)
{
    an_network *n = w_sample_basic(0);
    round_trip("basic", n);
    an_network_free(n);
    n = w_sample_basic(1);
    round_trip("mixed", n);
    an_network_free(n);
    n = w_sample_undirected();
    round_trip("undirected", n);
    an_network_free(n);
    n = w_sample_numbers();
    round_trip("numbers", n);
    an_network_free(n);
    n = w_sample_hostile(1, 1);
    round_trip("hostile", n);
    an_network_free(n);
    W_CALL(an_network_new(&n, 1));
    round_trip("empty", n);
    an_network_free(n);
}

/* The foreign sample is built by hand; after one write → load it is in the reader's canonical form. */
static void test_foreign_sample(void)
{
    an_network *n = sample_foreign();
    char *text = NULL;
    size_t size = 0;
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&text, &size, n, NULL));
    an_network *loaded = NULL;
    if (text)
        AN_T_CHECK_OK(an_network_load_graphml_buffer(&loaded, text, size, "foreign", NULL));
    if (loaded) {
        /* the data survive the first trip */
        AN_T_CHECK(loaded->node_count == 3 && loaded->edge_count == 2);
        AN_T_CHECK(loaded->fragment_count >= 9);
        round_trip("foreign (reloaded)", loaded);
        an_network_free(loaded);
    }
    an_free(text);
    an_network_free(n);
}

static int files_checked;

static void round_trip_directory(const char *directory)
{
    DIR *d = opendir(directory);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", directory);
        AN_T_CHECK(0);
        return;
    }
    struct dirent *entry;
    char **names = NULL;
    size_t count = 0;
    while ((entry = readdir(d)) != NULL) {
        size_t length = strlen(entry->d_name);
        if (length > 8 && strcmp(entry->d_name + length - 8, ".graphml") == 0) {
            names = realloc(names, (count + 1) * sizeof *names);
            names[count++] = strdup(entry->d_name);
        }
    }
    closedir(d);
    for (size_t i = 0; i < count; i++) {
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", directory, names[i]);
        an_network *n = NULL;
        if (an_network_load_graphml(&n, path, NULL) == AN_OK) {
            round_trip(path, n);
            an_network_free(n);
            files_checked++;
        }
        free(names[i]);
    }
    free(names);
}

static char **corpus;
static int corpus_count;

static void test_corpus(void)
{
    for (int i = 0; i < corpus_count; i++)
        round_trip_directory(corpus[i]);
    printf("     %d corpus files loaded and round-tripped\n", files_checked);
    AN_T_CHECK(corpus_count == 0 || files_checked > 0);
}

int main(int argc, char **argv)
{
    corpus = argv + 1;
    corpus_count = argc - 1;
    AN_T_RUN(test_samples);
    AN_T_RUN(test_foreign_sample);
    AN_T_RUN(test_corpus);
    return an_t_finish();
}
