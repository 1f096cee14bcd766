/*
 * structural_holes.c — Burt's constraint (igraph_constraint) and effective
 * size (our own: igraph has none), with NetworkX's definitions.
 *
 * Both read a node's contacts N(i) — in- and out-neighbours — through the
 * mutual weight z_ij = a_ij + a_ji. Effective size (Burt 1992, p. 52):
 *     e(i) = sum_{j in N(i)} (1 - sum_{q in N(i)} p_iq m_jq),
 *     p_iq = z_iq / sum_k z_ik,   m_jq = z_jq / max_k z_jk.
 */
#include "centrality_internal.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>

int an_i_centrality_constraint(double *out, an_i_centrality_context *context)
{
    const an_i_igraph_view *view;
    const igraph_vector_t *weights;
    int rc = an_i_centrality_loopless_view(context, &view);
    if (rc == AN_OK)
        rc = an_i_centrality_strength_weights(context, view, "constraint", &weights);
    if (rc != AN_OK)
        return rc;
    igraph_vector_t scores;
    rc = an_i_igraph_check(igraph_vector_init(&scores, 0), "constraint");
    if (rc != AN_OK)
        return rc;
    rc = an_i_igraph_check(igraph_constraint(&view->graph, &scores, igraph_vss_all(), weights), "constraint");
    if (rc == AN_OK) {
        /* igraph leaves 0/0 = NaN for a node without ties, as NetworkX; make sure. */
        igraph_vector_int_t degree;
        rc = an_i_igraph_check(igraph_vector_int_init(&degree, 0), "constraint");
        if (rc == AN_OK)
            rc = an_i_igraph_check(igraph_degree(&view->graph, &degree, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS),
                                   "constraint");
        if (rc == AN_OK)
            for (int64_t v = 0; v < context->node_count; v++)
                out[v] = VECTOR(degree)[v] == 0 ? NAN : VECTOR(scores)[v];
        igraph_vector_int_destroy(&degree);
    }
    igraph_vector_destroy(&scores);
    return rc;
}

/* Contacts of every node in compressed rows: contacts[offsets[i] .. offsets[i+1]) sorted by node. */
typedef struct contact {
    int64_t node;
    double weight;          /* mutual weight z_ij (up to a common factor) */
} contact;

typedef struct contact_table {
    int64_t *offsets;
    contact *contacts;
} contact_table;

static int compare_contacts(const void *a, const void *b)
{
    const contact *x = a, *y = b;
    return x->node < y->node ? -1 : x->node > y->node;
}

/* Build the table from the view's ties: a tie i -> j of weight w adds w to z_ij and to z_ji. */
static int build_contacts(contact_table *table, const an_i_igraph_view *view, const igraph_vector_t *weights,
                          int64_t n)
{
    igraph_integer_t m = igraph_ecount(&view->graph);
    table->offsets = calloc((size_t)n + 1, sizeof *table->offsets);
    table->contacts = malloc((size_t)(2 * m + 1) * sizeof *table->contacts);
    int64_t *fill_at = malloc((size_t)n * sizeof *fill_at);
    if (!table->offsets || !table->contacts || !fill_at) {
        free(fill_at);
        return AN_I_NOMEM();
    }
    for (igraph_integer_t e = 0; e < m; e++) {
        table->offsets[IGRAPH_FROM(&view->graph, e) + 1]++;
        table->offsets[IGRAPH_TO(&view->graph, e) + 1]++;
    }
    for (int64_t v = 0; v < n; v++)
        table->offsets[v + 1] += table->offsets[v];
    for (int64_t v = 0; v < n; v++)
        fill_at[v] = table->offsets[v];
    for (igraph_integer_t e = 0; e < m; e++) {
        int64_t from = IGRAPH_FROM(&view->graph, e), to = IGRAPH_TO(&view->graph, e);
        double w = weights ? VECTOR(*weights)[e] : 1.0;
        table->contacts[fill_at[from]++] = (contact){ to, w };
        table->contacts[fill_at[to]++] = (contact){ from, w };
    }
    /* Sort each row and merge repeats (a reciprocated pair, parallel ties kept by the policy). */
    int64_t write = 0;
    for (int64_t v = 0; v < n; v++) {
        int64_t begin = table->offsets[v], end = table->offsets[v + 1];
        qsort(table->contacts + begin, (size_t)(end - begin), sizeof *table->contacts, compare_contacts);
        table->offsets[v] = write;
        for (int64_t k = begin; k < end; k++) {
            if (write > table->offsets[v] && table->contacts[write - 1].node == table->contacts[k].node)
                table->contacts[write - 1].weight += table->contacts[k].weight;
            else
                table->contacts[write++] = table->contacts[k];
        }
    }
    table->offsets[n] = write;
    free(fill_at);
    return AN_OK;
}

int an_i_centrality_effective_size(double *out, an_i_centrality_context *context)
{
    const an_i_igraph_view *view;
    const igraph_vector_t *weights;
    int64_t n = context->node_count;
    int rc = an_i_centrality_loopless_view(context, &view);
    if (rc == AN_OK)
        rc = an_i_centrality_strength_weights(context, view, "effective_size", &weights);
    if (rc != AN_OK)
        return rc;
    contact_table table = { NULL, NULL };
    double *largest = malloc((size_t)n * sizeof *largest);
    double *share = calloc((size_t)n, sizeof *share); /* p_iq for the current i, 0 elsewhere */
    if (!largest || !share) {
        rc = AN_I_NOMEM();
        goto done;
    }
    rc = build_contacts(&table, view, weights, n);
    if (rc != AN_OK)
        goto done;
    for (int64_t v = 0; v < n; v++) {
        largest[v] = 0;
        for (int64_t k = table.offsets[v]; k < table.offsets[v + 1]; k++)
            if (table.contacts[k].weight > largest[v])
                largest[v] = table.contacts[k].weight;
    }
    for (int64_t i = 0; i < n; i++) {
        int64_t begin = table.offsets[i], end = table.offsets[i + 1];
        if (begin == end) {
            out[i] = NAN; /* no contacts: undefined, as NetworkX */
            continue;
        }
        double total = 0;
        for (int64_t k = begin; k < end; k++)
            total += table.contacts[k].weight;
        for (int64_t k = begin; k < end; k++)
            share[table.contacts[k].node] = total > 0 ? table.contacts[k].weight / total : 0.0;
        double size = 0;
        for (int64_t k = begin; k < end; k++) {
            int64_t j = table.contacts[k].node;
            double redundancy = 0;
            if (largest[j] > 0)
                for (int64_t l = table.offsets[j]; l < table.offsets[j + 1]; l++)
                    redundancy += share[table.contacts[l].node] * (table.contacts[l].weight / largest[j]);
            size += 1.0 - redundancy;
        }
        out[i] = size;
        for (int64_t k = begin; k < end; k++)
            share[table.contacts[k].node] = 0;
    }
done:
    free(table.offsets);
    free(table.contacts);
    free(largest);
    free(share);
    return rc;
}
