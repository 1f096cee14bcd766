/*
 * test_column_storage.c — values stored densely or sparsely (libnet/core/
 * column_storage.c) read back exactly as set, through every public reader,
 * copies and views, whatever order they were set in; and a column costs about
 * its values, not its rows (issue 14, item 3).
 *
 * A model (plain arrays by row) is driven with the network through seeded
 * random sequences of sets and unsets in several orders (ascending,
 * descending, random, clustered, and the pattern that makes a dense column
 * grow far past its values); after each sequence every row is compared.
 */
#include "harness.h"
#include "network_internal.h"
#include "row_index.h"
#include "actornet.h"

#include <stdint.h>
#include <stdlib.h>

static uint64_t rng_state = 88172645463325252ull;

static uint64_t next_random(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static int64_t below(int64_t n)
{
    return (int64_t)(next_random() % (uint64_t)n);
}

typedef struct model {
    int64_t rows;
    unsigned char *set;
    double *value;              /* the value as a number (strings: its index in `texts`) */
} model;

static const char *texts[] = {"alpha", "beta", "gamma", "delta", "", "ε"};

static an_type types[] = {AN_TYPE_BOOLEAN, AN_TYPE_INT, AN_TYPE_LONG, AN_TYPE_FLOAT, AN_TYPE_DOUBLE,
                          AN_TYPE_STRING};

static void put(an_network *net, int column, an_type type, model *m, int64_t row)
{
    double v = 0;
    switch (type) {
    case AN_TYPE_BOOLEAN:
        v = (double)below(2);
        AN_T_CHECK_OK(an_network_set_boolean(net, AN_DOMAIN_NODE, column, row, (int)v));
        break;
    case AN_TYPE_INT:
    case AN_TYPE_LONG:
        v = (double)(below(2000000) - 1000000);
        AN_T_CHECK_OK(an_network_set_integer(net, AN_DOMAIN_NODE, column, row, (int64_t)v));
        break;
    case AN_TYPE_FLOAT:
    case AN_TYPE_DOUBLE:
        v = (double)below(1000) / 8.0;
        AN_T_CHECK_OK(an_network_set_real(net, AN_DOMAIN_NODE, column, row, v));
        break;
    case AN_TYPE_STRING:
        v = (double)below(6);
        AN_T_CHECK_OK(an_network_set_string(net, AN_DOMAIN_NODE, column, row, texts[(int)v]));
        break;
    }
    m->set[row] = 1;
    m->value[row] = v;
}

static void drop(an_network *net, int column, model *m, int64_t row)
{
    AN_T_CHECK_OK(an_network_unset(net, AN_DOMAIN_NODE, column, row));
    m->set[row] = 0;
}

/* Every row of `column` in `net` agrees with the model; so does the bulk export. */
static void compare(const an_network *net, int column, an_type type, const model *m)
{
    int64_t missing = 0;
    double *bulk = malloc((size_t)m->rows * sizeof *bulk);
    if (type != AN_TYPE_STRING)
        AN_T_CHECK_OK(an_network_column_to_doubles(net, AN_DOMAIN_NODE, column, bulk, -99.0));
    for (int64_t r = 0; r < m->rows; r++) {
        int state = an_network_value_state(net, AN_DOMAIN_NODE, column, r);
        if (!m->set[r]) {
            missing++;
            if (state != AN_VALUE_MISSING) {
                fprintf(stderr, "row %lld: state %d, expected missing\n", (long long)r, state);
                AN_T_CHECK(state == AN_VALUE_MISSING);
                break;
            }
            if (type != AN_TYPE_STRING)
                AN_T_CHECK(bulk[r] == -99.0);
            continue;
        }
        AN_T_CHECK(state == AN_VALUE_SET);
        double got = -1;
        if (type == AN_TYPE_BOOLEAN) {
            int b;
            AN_T_CHECK_OK(an_network_get_boolean(net, AN_DOMAIN_NODE, column, r, &b));
            got = b;
        } else if (type == AN_TYPE_INT || type == AN_TYPE_LONG) {
            int64_t i;
            AN_T_CHECK_OK(an_network_get_integer(net, AN_DOMAIN_NODE, column, r, &i));
            got = (double)i;
        } else if (type == AN_TYPE_STRING) {
            const char *s = NULL;
            AN_T_CHECK_OK(an_network_get_string(net, AN_DOMAIN_NODE, column, r, &s));
            AN_T_CHECK(s && strcmp(s, texts[(int)m->value[r]]) == 0);
            got = m->value[r];
        } else {
            AN_T_CHECK_OK(an_network_get_real(net, AN_DOMAIN_NODE, column, r, &got));
        }
        if (got != m->value[r]) {
            fprintf(stderr, "row %lld: %g, expected %g\n", (long long)r, got, m->value[r]);
            AN_T_CHECK(got == m->value[r]);
            break;
        }
        if (type != AN_TYPE_STRING)
            AN_T_CHECK(bulk[r] == m->value[r]);
    }
    AN_T_CHECK(an_network_column_missing_count(net, AN_DOMAIN_NODE, column) == missing);
    free(bulk);
}

enum order { ASCENDING, DESCENDING, RANDOM, CLUSTERED, FAR_APART, ORDERS };
static const char *order_names[] = {"ascending", "descending", "random", "clustered", "far apart"};

/* The row of the i-th of `count` operations in an order. */
static int64_t row_for(enum order order, int64_t i, int64_t count, int64_t rows)
{
    switch (order) {
    case ASCENDING: return i * rows / count;
    case DESCENDING: return rows - 1 - i * rows / count;
    case RANDOM: return below(rows);
    case CLUSTERED: return (rows / 3 + i % 50 + (i / 50) * 997) % rows;
    case FAR_APART: return i < 3 ? i : rows - 1 - below(rows / 100 + 1); /* dense start, then far rows */
    case ORDERS: break;
    }
    return 0;
}

static void test_random_sequences_match_a_model(void)
{
    const int64_t rows = 6000;
    int64_t counts[] = {1, 5, 40, 300, 1500, 5000, 20000};
    for (size_t t = 0; t < sizeof types / sizeof *types; t++) {
        for (int order = 0; order < ORDERS; order++) {
            for (size_t k = 0; k < sizeof counts / sizeof *counts; k++) {
                an_network *net = NULL;
                AN_T_CHECK_OK(an_network_new(&net, 1));
                for (int64_t v = 0; v < rows; v++) {
                    char id[32];
                    snprintf(id, sizeof id, "v%lld", (long long)v);
                    AN_T_CHECK_OK(an_network_add_node(net, id, NULL));
                }
                int column;
                AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, "c", types[t], &column));
                model m = {rows, calloc((size_t)rows, 1), calloc((size_t)rows, sizeof(double))};
                int failed_before = an_t_case_failed;
                for (int64_t i = 0; i < counts[k]; i++) {
                    int64_t row = row_for((enum order)order, i, counts[k], rows);
                    if (below(5) == 0 && m.set[row])
                        drop(net, column, &m, row);
                    else
                        put(net, column, types[t], &m, row);
                    if (below(7) == 0) /* unset a random earlier row, set or not */
                        drop(net, column, &m, below(rows));
                }
                compare(net, column, types[t], &m);

                /* a copy and a view of every other row keep the values */
                an_network *copy = NULL, *half = NULL;
                AN_T_CHECK_OK(an_network_copy(&copy, net));
                if (copy)
                    compare(copy, column, types[t], &m);
                unsigned char *keep = malloc((size_t)rows);
                model h = {rows / 2, calloc((size_t)rows / 2, 1), calloc((size_t)rows / 2, sizeof(double))};
                for (int64_t r = 0; r < rows; r++) {
                    keep[r] = (r & 1) == 0;
                    if (keep[r]) {
                        h.set[r / 2] = m.set[r];
                        h.value[r / 2] = m.value[r];
                    }
                }
                AN_T_CHECK_OK(an_view_subset(&half, net, keep, NULL));
                if (half)
                    compare(half, column, types[t], &h);
                if (an_t_case_failed && !failed_before)
                    fprintf(stderr, "  (type %s, %s order, %lld operations)\n", an_type_name(types[t]),
                            order_names[order], (long long)counts[k]);
                free(keep);
                free(h.set);
                free(h.value);
                an_network_free(half);
                an_network_free(copy);
                an_network_free(net);
                free(m.set);
                free(m.value);
            }
        }
    }
}

/* Bytes a column's values hold (white-box: the layout in network_internal.h). */
static int64_t column_bytes(const an_i_column *c)
{
    int64_t size = c->type == AN_TYPE_BOOLEAN ? 1 : 8;
    if (c->dense)
        return c->capacity * size + (c->capacity + 63) / 64 * 8;
    return c->capacity * (size + 8) + c->index_capacity * 8;
}

/* Many columns with few values each, at rows far apart: memory follows the values. */
static void test_sparse_columns_cost_their_values(void)
{
    const int64_t rows = 50000;
    const int columns = 3000;
    an_network *net = NULL;
    AN_T_CHECK_OK(an_network_new(&net, 1));
    for (int64_t v = 0; v < rows; v++) {
        char id[32];
        snprintf(id, sizeof id, "v%lld", (long long)v);
        AN_T_CHECK_OK(an_network_add_node(net, id, NULL));
    }
    int64_t values = 0;
    for (int k = 0; k < columns; k++) {
        char name[32];
        snprintf(name, sizeof name, "k%d", k);
        int column;
        an_type type = types[k % 6];
        AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, name, type, &column));
        model m = {rows, calloc((size_t)rows, 1), calloc((size_t)rows, sizeof(double))};
        /* a few values near the start (dense is cheapest), then far rows */
        int64_t count = 1 + below(6);
        for (int64_t i = 0; i < count; i++)
            put(net, column, type, &m, i < 2 ? i : below(rows));
        values += count;
        free(m.set);
        free(m.value);
    }
    int64_t bytes = 0;
    for (int k = 0; k < columns; k++)
        bytes += column_bytes(an_i_network_column(net, AN_DOMAIN_NODE, k));
    /* dense storage of every column would be about rows x 8 x columns = 1.2 GB */
    printf("  %d columns x %lld rows, %lld values: %lld bytes of values (%.1f per value)\n", columns,
           (long long)rows, (long long)values, (long long)bytes, (double)bytes / (double)values);
    AN_T_CHECK(bytes <= 4 * 32 * values + 64 * 8 * columns);

    /* the GraphML writer walks rows + values, and writes every value back */
    char *text = NULL;
    size_t size = 0;
    AN_T_CHECK_OK(an_network_graphml_to_buffer(&text, &size, net, NULL));
    an_network *back = NULL;
    AN_T_CHECK_OK(an_network_load_graphml_buffer(&back, text, size, "back", NULL));
    if (back) {
        for (int k = 0; k < columns; k++) {
            const an_i_column *a = an_i_network_column(net, AN_DOMAIN_NODE, k);
            const an_i_column *b = an_i_network_column(back, AN_DOMAIN_NODE, k);
            AN_T_CHECK(b && a->count == b->count);
            for (int64_t s = 0; b && s < an_i_column_slot_end(a); s++) {
                int64_t row = an_i_column_slot_row(a, s);
                if (row >= 0 && !an_i_column_present(b, row)) {
                    AN_T_CHECK(an_i_column_present(b, row));
                    break;
                }
            }
        }
    }
    an_network_free(back);
    free(text);
    an_network_free(net);
}

/* The row index lists, for each row, exactly the columns with a value there, in order. */
static void test_row_index_lists_each_rows_columns(void)
{
    const int64_t rows = 3000;
    an_network *net = NULL;
    AN_T_CHECK_OK(an_network_new(&net, 1));
    for (int64_t v = 0; v < rows; v++) {
        char id[32];
        snprintf(id, sizeof id, "v%lld", (long long)v);
        AN_T_CHECK_OK(an_network_add_node(net, id, NULL));
    }
    const int columns = 40;
    for (int k = 0; k < columns; k++) {
        char name[32];
        snprintf(name, sizeof name, "k%d", k);
        AN_T_CHECK_OK(an_network_add_column(net, AN_DOMAIN_NODE, name, AN_TYPE_DOUBLE, NULL));
        int64_t count = k % 4 == 0 ? rows : k % 4 == 1 ? rows / 3 : k % 4 == 2 ? 3 : 0;
        for (int64_t i = 0; i < count; i++)
            AN_T_CHECK_OK(an_network_set_real(net, AN_DOMAIN_NODE, k, below(rows), 1.0));
    }
    an_i_row_index index;
    AN_T_CHECK_OK(an_i_row_index_build(&index, net, AN_DOMAIN_NODE));
    for (int64_t r = 0; r < rows; r++) {
        an_i_row_walk walk;
        an_i_row_walk_start(&walk, &index, r);
        int expected = -1;
        for (;;) {
            do
                expected++;
            while (expected < columns && !an_i_column_present(an_i_network_column(net, AN_DOMAIN_NODE, expected), r));
            int got = an_i_row_walk_next(&walk);
            if (got != (expected < columns ? expected : -1)) {
                fprintf(stderr, "row %lld: column %d, expected %d\n", (long long)r, got, expected);
                AN_T_CHECK(0);
                r = rows;
                break;
            }
            if (got < 0)
                break;
        }
    }
    an_i_row_index_free(&index);
    an_network_free(net);
}

int main(void)
{
    AN_T_RUN(test_random_sequences_match_a_model);
    AN_T_RUN(test_sparse_columns_cost_their_values);
    AN_T_RUN(test_row_index_lists_each_rows_columns);
    return an_t_finish();
}
