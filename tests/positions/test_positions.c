/*
 * test_positions.c — hand-worked cases of positions.h and its errors: a
 * triad census counted by hand, structural equivalence of a star, a perfect
 * core–periphery structure, a QAP test of a matrix with itself, seeded
 * reproducibility, caps and argument checks.
 */
#include <math.h>
#include <stdlib.h>

#include "actornet.h"
#include "harness.h"
#include "keyplayers/test_network_text.h"

/* a -> b -> c -> a (directed), a -- d (undirected). */
static an_network *mixed_network(void)
{
    an_network *network = NULL;
    an_network_new(&network, 1);
    const char *ids[] = { "a", "b", "c", "d" };
    for (int i = 0; i < 4; i++)
        an_network_add_node(network, ids[i], NULL);
    an_network_add_edge(network, 0, 1, 1, NULL, NULL);
    an_network_add_edge(network, 1, 2, 1, NULL, NULL);
    an_network_add_edge(network, 2, 0, 1, NULL, NULL);
    an_network_add_edge(network, 2, 0, 1, NULL, NULL); /* reported twice: one tie */
    an_network_add_edge(network, 0, 3, 0, NULL, NULL);
    an_network_add_edge(network, 3, 3, 1, NULL, NULL); /* a self-loop: never read */
    return network;
}

static void census_by_hand(void)
{
    an_network *network = mixed_network();
    int64_t dyads[3], triads[AN_TRIAD_TYPES];
    AN_T_CHECK_OK(an_network_dyad_census(dyads, network, NULL));
    AN_T_CHECK(dyads[AN_DYAD_MUTUAL] == 1 && dyads[AN_DYAD_ASYMMETRIC] == 3 && dyads[AN_DYAD_NULL] == 2);
    AN_T_CHECK_OK(an_network_triad_census(triads, network, NULL));
    /* {a,b,c} cycle; {a,b,d}: a<->d, a->b (111U); {a,c,d}: a<->d, c->a (111D); {b,c,d}: b->c */
    int64_t want[AN_TRIAD_TYPES] = { 0 };
    want[AN_TRIAD_030C] = want[AN_TRIAD_111U] = want[AN_TRIAD_111D] = want[AN_TRIAD_012] = 1;
    for (int t = 0; t < AN_TRIAD_TYPES; t++)
        AN_T_CHECK(triads[t] == want[t]);
    an_edge_policy undirected = AN_EDGE_POLICY_INIT;
    undirected.direction = AN_AS_UNDIRECTED;
    AN_T_CHECK_OK(an_network_triad_census(triads, network, &undirected));
    AN_T_CHECK(triads[AN_TRIAD_300] == 1 && triads[AN_TRIAD_201] == 2 && triads[AN_TRIAD_102] == 1);
    AN_T_CHECK_STR(an_triad_type_name(AN_TRIAD_120C), "120C");
    AN_T_CHECK(an_triad_type_name(16) == NULL && an_dyad_type_name(-1) == NULL);
    an_network_free(network);
}

/* A star: centre 0, leaves 1..3. */
static an_network *star(void)
{
    int64_t edges[] = { 0, 1, 0, 2, 0, 3 };
    return an_t_network(4, edges, 3, 0);
}

static void star_equivalence(void)
{
    an_network *network = star();
    double d[16];
    AN_T_CHECK_OK(an_network_structural_equivalence(d, network, NULL));
    /* leaves: identical profiles once their own cells are left out; centre vs leaf: it is tied to
     * the two other leaves (row and column), the leaf is not */
    AN_T_CHECK(d[1 * 4 + 2] == 0 && d[2 * 4 + 3] == 0 && d[0 * 4 + 1] == 4 && d[1 * 4 + 0] == 4 && d[0] == 0);
    an_positions *p = NULL;
    AN_T_CHECK_OK(an_network_positions(&p, network, NULL)); /* automatic cut: the widest gap */
    AN_T_CHECK(p && p->count == 2 && p->membership[0] == 0 && p->membership[1] == 1 && p->membership[3] == 1);
    AN_T_CHECK(p && p->sizes[0] == 1 && p->sizes[1] == 3 && p->cut_height == 2.0);
    an_blockmodel *bm = NULL;
    AN_T_CHECK_OK(an_network_blockmodel(&bm, network, p->membership, NULL, NULL, 0, NULL));
    /* centre -> leaves 1, leaves among themselves 0, the centre's own block is empty */
    AN_T_CHECK(bm && isnan(bm->density[0]) && bm->density[1] == 1 && bm->density[2] == 1 && bm->density[3] == 0);
    AN_T_CHECK(bm && bm->image[1] == 1 && bm->image[3] == 0 && bm->overall_density[0] == 0.5 &&
               bm->r_squared[0] == 1.0);
    an_blockmodel_free(bm);
    an_positions_free(p);
    an_positions_options options = AN_POSITIONS_OPTIONS_INIT;
    options.positions = 5;
    AN_T_CHECK_CODE(an_network_positions(&p, network, &options), AN_EINVAL);
    AN_T_CHECK(p == NULL);
    options.positions = 0;
    options.height = 0; /* strict structural equivalence */
    AN_T_CHECK_OK(an_network_positions(&p, network, &options));
    AN_T_CHECK(p && p->count == 2);
    an_positions_free(p);
    an_network_free(network);
}

static void perfect_core_periphery(void)
{
    /* core {1, 3, 5} complete; each periphery actor tied to one core actor; nothing else */
    int64_t edges[] = { 1, 3, 3, 5, 1, 5, 0, 1, 2, 3, 4, 5 };
    an_network *network = an_t_network(6, edges, 6, 0);
    an_core_periphery *cp = NULL;
    AN_T_CHECK_OK(an_network_core_periphery(&cp, network, NULL));
    AN_T_CHECK(cp && cp->core_size == 3 && cp->core[1] && cp->core[3] && cp->core[5] && !cp->core[0]);
    AN_T_CHECK(cp && fabs(cp->fit - 1.0) < 1e-12 && cp->density[0] == 1.0 && cp->density[3] == 0.0);
    AN_T_CHECK(cp && fabs(cp->density[1] - 1.0 / 3) < 1e-12);
    an_core_periphery_free(cp);
    an_core_periphery_options options = AN_CORE_PERIPHERY_OPTIONS_INIT;
    options.model = AN_CP_CONTINUOUS;
    AN_T_CHECK_OK(an_network_core_periphery(&cp, network, &options));
    AN_T_CHECK(cp && cp->converged && cp->core[1] && cp->core[3] && cp->core[5] && cp->fit > 0.6);
    AN_T_CHECK(cp && cp->coreness[1] > cp->coreness[0] && cp->coreness[0] > 0);
    an_core_periphery_free(cp);
    options.between_density = 2;
    AN_T_CHECK_CODE(an_network_core_periphery(&cp, network, &options), AN_EINVAL);
    an_network_free(network);
    int64_t three[] = { 0, 1, 1, 2 };
    network = an_t_network(3, three, 2, 0);
    AN_T_CHECK_CODE(an_network_core_periphery(&cp, network, NULL), AN_EINVAL); /* needs 4 actors */
    an_network_free(network);
}

static void qap_with_itself(void)
{
    double y[36];
    for (int k = 0; k < 36; k++)
        y[k] = (k * 7 % 5 == 0 || k % 6 == k / 6) ? 0.0 : (double)(k % 3);
    an_qap_correlation_result *r = NULL;
    AN_T_CHECK_OK(an_qap_correlation(&r, y, y, 6, NULL));
    AN_T_CHECK(r && fabs(r->correlation - 1) < 1e-12 && r->p_less == 1.0 && r->observations == 30 &&
               r->permutations == 1000);
    an_qap_correlation_result *again = NULL;
    AN_T_CHECK_OK(an_qap_correlation(&again, y, y, 6, NULL));
    int same = 1;
    for (int p = 0; r && again && p < 1000; p++)
        same &= r->distribution[p] == again->distribution[p];
    AN_T_CHECK(same); /* seeded: the same permutations */
    an_qap_correlation_free(again);
    an_qap_correlation_free(r);
    /* a whole row and column of NaN leaves the actor out; a stray NaN is an error */
    double z[36];
    for (int k = 0; k < 36; k++)
        z[k] = (k / 6 == 5 || k % 6 == 5) ? NAN : y[k];
    AN_T_CHECK_OK(an_qap_correlation(&r, z, y, 6, NULL));
    AN_T_CHECK(r && r->observations == 20);
    an_qap_correlation_free(r);
    z[8] = NAN;
    AN_T_CHECK_CODE(an_qap_correlation(&r, z, y, 6, NULL), AN_EINVAL);
    const double *x[1] = { y };
    an_qap_regression *reg = NULL;
    an_qap_options options = AN_QAP_OPTIONS_INIT;
    options.null_hypothesis = AN_QAP_CLASSICAL;
    AN_T_CHECK_OK(an_qap_linear(&reg, y, x, 1, 6, &options));
    AN_T_CHECK(reg && reg->permutations == 0 && !reg->distribution && fabs(reg->coefficients[1] - 1) < 1e-12 &&
               fabs(reg->r_squared - 1) < 1e-12);
    an_qap_regression_free(reg);
    AN_T_CHECK_CODE(an_qap_linear(&reg, y, x, 0, 6, NULL), AN_EINVAL);
    options.version = 99;
    AN_T_CHECK_CODE(an_qap_linear(&reg, y, x, 1, 6, &options), AN_EMISUSE);
    int null = -1;
    AN_T_CHECK_OK(an_qap_null_from_name(&null, "qapspp"));
    AN_T_CHECK(null == AN_QAP_SEMIPARTIAL);
    AN_T_CHECK_CODE(an_qap_null_from_name(&null, "qapz"), AN_EINVAL);
}

static int failing_statistic(double *out, const an_network *graph, void *data)
{
    int *calls = data;
    *out = (double)an_network_edge_count(graph);
    return ++*calls == 3 ? AN_ENOTFOUND : AN_OK;
}

static void cug_reproducible(void)
{
    an_network *network = mixed_network();
    an_cug_result *a = NULL, *b = NULL, *c = NULL;
    AN_T_CHECK_OK(an_cug_test_measure(&a, network, "triad_030C", NULL));
    AN_T_CHECK_OK(an_cug_test_measure(&b, network, "triad_030C", NULL));
    an_cug_options options = AN_CUG_OPTIONS_INIT;
    options.seed = 2;
    options.condition = AN_CUG_SIZE;
    AN_T_CHECK_OK(an_cug_test_measure(&c, network, "triad_030C", &options));
    int same = 1, differ = 0;
    for (int64_t k = 0; a && b && c && k < a->replicates; k++) {
        same &= a->values[k] == b->values[k];
        differ |= a->values[k] != c->values[k];
    }
    AN_T_CHECK(same && differ && a->observed == 1 && a->ties == 5 && a->directed);
    an_cug_result_free(a);
    an_cug_result_free(b);
    an_cug_result_free(c);
    int calls = 0;
    AN_T_CHECK_CODE(an_cug_test(&a, network, failing_statistic, &calls, NULL), AN_ENOTFOUND);
    AN_T_CHECK(a == NULL && calls == 3);
    AN_T_CHECK_CODE(an_cug_test_measure(&a, network, "no_such_measure", NULL), AN_EINVAL);
    AN_T_CHECK_CODE(an_cug_test(&a, network, NULL, NULL, NULL), AN_EMISUSE);
    double value;
    AN_T_CHECK_OK(an_cug_measure(&value, network, "mutual"));
    AN_T_CHECK(value == 1);
    const char *const *names = an_cug_measure_names();
    int count = 0;
    while (names[count])
        count++;
    AN_T_CHECK(count == 31);
    an_network_free(network);
}

static void kplex_cap_and_checks(void)
{
    int64_t edges[] = { 0, 1, 1, 2, 2, 3, 3, 0, 0, 2 }; /* a 4-cycle with one chord */
    an_network *network = an_t_network(5, edges, 5, 0);
    an_cliques *plexes = NULL;
    AN_T_CHECK_OK(an_network_kplexes(&plexes, network, NULL)); /* k = 2, 4+ actors */
    AN_T_CHECK(plexes && plexes->count == 1 && plexes->largest == 4 && !plexes->truncated);
    an_cliques_free(plexes);
    an_kplex_options options = AN_KPLEX_OPTIONS_INIT;
    options.k = 0;
    AN_T_CHECK_CODE(an_network_kplexes(&plexes, network, &options), AN_EINVAL);
    options.k = 1;
    options.min_size = 1;
    options.max_plexes = 1;
    AN_T_CHECK_OK(an_network_kplexes(&plexes, network, &options));
    AN_T_CHECK(plexes && plexes->count == 1 && plexes->truncated);
    an_cliques_free(plexes);
    an_cohesive_blocks *blocks = NULL;
    AN_T_CHECK_OK(an_network_cohesive_blocks(&blocks, network, NULL));
    AN_T_CHECK(blocks && blocks->count == 2 && blocks->cohesion[1] == 2 && blocks->max_cohesion[4] == 0);
    an_cohesive_blocks_free(blocks);
    an_network_free(network);
}

static void limits_and_misuse(void)
{
    an_network *big = NULL;
    an_network_new(&big, 0);
    for (int v = 0; v <= AN_DENSE_MAX_NODES; v++) {
        char id[16];
        snprintf(id, sizeof id, "v%d", v);
        an_network_add_node(big, id, NULL);
    }
    double small[4];
    an_matrix_spec spec = AN_MATRIX_SPEC_INIT;
    AN_T_CHECK_CODE(an_network_matrix(small, big, NULL, &spec), AN_ELIMIT);
    an_positions *p = NULL;
    AN_T_CHECK_CODE(an_network_positions(&p, big, NULL), AN_ELIMIT);
    an_network_free(big);
    an_dendrogram *tree = NULL;
    double one = 0;
    AN_T_CHECK_CODE(an_hierarchical_clustering(&tree, &one, 1, AN_LINKAGE_COMPLETE), AN_EINVAL);
    double d[4] = { 0, NAN, NAN, 0 };
    AN_T_CHECK_CODE(an_hierarchical_clustering(&tree, d, 2, AN_LINKAGE_COMPLETE), AN_EINVAL);
    d[1] = d[2] = 1;
    AN_T_CHECK_CODE(an_hierarchical_clustering(&tree, d, 2, 42), AN_EINVAL);
    AN_T_CHECK_OK(an_hierarchical_clustering(&tree, d, 2, AN_LINKAGE_WARD_D2));
    int64_t membership[2];
    AN_T_CHECK_CODE(an_dendrogram_cut(membership, tree, 3), AN_EINVAL);
    AN_T_CHECK_CODE(an_dendrogram_cut_height(membership, NULL, tree, NAN), AN_EINVAL);
    an_dendrogram_free(tree);
    int linkage = -1;
    AN_T_CHECK_OK(an_linkage_from_name(&linkage, "ward.D2"));
    AN_T_CHECK(linkage == AN_LINKAGE_WARD_D2);
    AN_T_CHECK_STR(an_linkage_name(AN_LINKAGE_MCQUITTY), "mcquitty");
    an_network *network = star();
    spec.kind = AN_MATRIX_SAME;
    AN_T_CHECK_CODE(an_network_matrix(small, network, NULL, &spec), AN_EINVAL); /* no attribute named */
    spec.attribute = "nope";
    double m16[16];
    AN_T_CHECK_CODE(an_network_matrix(m16, network, NULL, &spec), AN_ENOTFOUND);
    an_equivalence_options eq = AN_EQUIVALENCE_OPTIONS_INIT;
    eq.measure = 7;
    AN_T_CHECK_CODE(an_network_structural_equivalence(m16, network, &eq), AN_EINVAL);
    const char *none[] = { NULL };
    eq.measure = AN_SE_HAMMING;
    eq.relations = none;
    AN_T_CHECK_CODE(an_network_structural_equivalence(m16, network, &eq), AN_EINVAL);
    AN_T_CHECK_CODE(an_network_dyad_census(NULL, network, NULL), AN_EMISUSE);
    an_network_free(network);
    network = an_t_network(5, NULL, 0, 0); /* no ties: every actor alike, nothing to position */
    AN_T_CHECK_CODE(an_network_positions(&p, network, NULL), AN_EINVAL);
    an_core_periphery *cp = NULL;
    AN_T_CHECK_CODE(an_network_core_periphery(&cp, network, NULL), AN_EINVAL);
    AN_T_CHECK(p == NULL && cp == NULL);
    an_network_free(network);
}

int main(void)
{
    AN_T_RUN(census_by_hand);
    AN_T_RUN(star_equivalence);
    AN_T_RUN(perfect_core_periphery);
    AN_T_RUN(qap_with_itself);
    AN_T_RUN(cug_reproducible);
    AN_T_RUN(kplex_cap_and_checks);
    AN_T_RUN(limits_and_misuse);
    return an_t_finish();
}
