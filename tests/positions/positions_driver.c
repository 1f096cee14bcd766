/*
 * positions_driver.c — prints the results of positions.h for the oracle
 * script (oracle_positions.py), one command per run:
 *
 *   sedist MEASURE DIAG MATRIX...           the n x n equivalence matrix
 *   hclust LINKAGE MATRIX                   merges, heights, order, cutree for every k
 *   blockmodel DIAG MEMBERSHIP MATRIX...    densities, overall density, R^2
 *   cp MODEL BETWEEN RESTARTS MATRIX        fit, core, coreness
 *   qapcor DIRECTED DIAG REPS PERMS Y X     correlation test
 *   netlm|netlogit DIRECTED DIAG NULL STATISTIC REPS PERMS INTERCEPT Y X...
 *   edges GRAPHML [LENS]                    the nodes and ties (of the lens's view)
 *   census GRAPHML [undirected] [LENS]      dyad and triad census
 *   positions GRAPHML MEASURE LINKAGE K     equivalence clustering of the network
 *   concor GRAPHML DEPTH                    CONCOR positions
 *   kplex GRAPHML K MIN_SIZE MAX            maximal k-plexes
 *   blocks GRAPHML                          cohesive blocks
 *   cug GRAPHML MEASURE CONDITION REPS SEED [undirected]
 *
 * MATRIX files: n, then n rows of n numbers. MEMBERSHIP: n integers. PERMS:
 * a file of permutations, one per line, 1-based (R's sample(1:n)), used in
 * order instead of actornet's generator ("-": the generator, seed 1). Reals
 * are printed with %.17g. Linked against the internal library so that the
 * QAP tests can be fed R's permutations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actornet.h"
#include "error_internal.h"
#include "positions/positions_internal.h"

/* Everything the driver allocates is owned here and freed at exit, on every path. */
typedef void (*release_fn)(void *);
static struct owned {
    void *pointer;
    release_fn release;
} owned[256];
static int owned_count;

static void release_all(void)
{
    while (owned_count > 0) {
        owned_count--;
        owned[owned_count].release(owned[owned_count].pointer);
    }
}

static void *own(void *pointer, release_fn release)
{
    if (!pointer || owned_count == (int)(sizeof owned / sizeof owned[0])) {
        fprintf(stderr, "positions_driver: out of memory\n");
        exit(2);
    }
    if (owned_count == 0)
        atexit(release_all);
    owned[owned_count++] = (struct owned){ pointer, release };
    return pointer;
}

static void *allocate(size_t bytes)
{
    return own(malloc(bytes ? bytes : 1), free);
}

static void free_network(void *network)
{
}

static double *read_matrix(const char *path, int64_t *n)
{
    FILE *f = fopen(path, "r");
    long long size = 0;
    if (!f || fscanf(f, "%lld", &size) != 1) {
        fprintf(stderr, "cannot read %s\n", path);
        exit(2);
    }
    double *m = allocate((size_t)(size * size + 1) * sizeof *m);
    for (long long k = 0; k < size * size; k++)
        if (fscanf(f, "%lf", &m[k]) != 1) {
            fprintf(stderr, "short matrix %s\n", path);
            exit(2);
        }
    fclose(f);
    *n = size;
    return m;
}

static an_network *load(const char *path)
{
    an_network *network = NULL;
    if (an_network_load_graphml(&network, path, NULL) != AN_OK) {
        fprintf(stderr, "%s\n", an_error_last()->message);
        exit(2);
    }
    return own(network, free_network);
}

static int fail(int rc)
{
    printf("error %s %s\n", an_status_name(rc), an_error_last()->message);
    return 0;
}

static void print_row(const char *label, const double *values, int64_t count, int64_t stride)
{
    printf("%s", label);
    for (int64_t i = 0; i < count; i++)
        printf(" %.17g", values[i * stride]);
    printf("\n");
}

/* Permutations from a file (R's, 1-based), one per call. */
typedef struct file_permutations {
    FILE *file;
} file_permutations;

static void fclose_file(void *file)
{
    fclose(file);
}

static int next_from_file(void *state, int64_t *perm, int64_t n)
{
    file_permutations *p = state;
    for (int64_t i = 0; i < n; i++) {
        long long v;
        if (fscanf(p->file, "%lld", &v) != 1)
            return an_i_error(AN_EINVAL, "permutation file ran out");
        perm[i] = v - 1;
    }
    return AN_OK;
}

typedef struct permuter_source {
    an_i_permuter permuter;
    file_permutations file;
    an_i_random random;
} permuter_source;

static void open_permuter(permuter_source *s, const char *path)
{
    if (strcmp(path, "-") == 0) {
        an_i_random_seed(&s->random, 1);
        s->permuter = (an_i_permuter){ an_i_random_permutation, &s->random };
        return;
    }
    s->file.file = fopen(path, "r");
    if (s->file.file)
        own(s->file.file, fclose_file);
    if (!s->file.file) {
        fprintf(stderr, "cannot open %s\n", path);
        exit(2);
    }
    s->permuter = (an_i_permuter){ next_from_file, &s->file };
}

static int cmd_sedist(int argc, char **argv)
{
    int measure = atoi(argv[2]), diag = atoi(argv[3]);
    int64_t count = argc - 4, n = 0;
    const double **matrices = allocate((size_t)count * sizeof *matrices);
    for (int64_t r = 0; r < count; r++)
        matrices[r] = read_matrix(argv[4 + r], &n);
    double *out = allocate((size_t)(n * n) * sizeof *out);
    int rc = an_structural_equivalence_matrices(out, matrices, count, n, measure, diag);
    if (rc != AN_OK)
        return fail(rc);
    for (int64_t i = 0; i < n; i++)
        print_row("row", out + i * n, n, 1);
    return 0;
}

static int cmd_hclust(char **argv)
{
    int linkage;
    if (an_linkage_from_name(&linkage, argv[2]) != AN_OK)
        return fail(AN_EINVAL);
    int64_t n = 0;
    double *d = read_matrix(argv[3], &n);
    an_dendrogram *tree = NULL;
    int rc = an_hierarchical_clustering(&tree, d, n, linkage);
    if (rc != AN_OK)
        return fail(rc);
    for (int64_t s = 0; s < n - 1; s++)
        printf("merge %lld %lld %.17g\n", (long long)tree->merge[2 * s], (long long)tree->merge[2 * s + 1],
               tree->height[s]);
    printf("order");
    for (int64_t v = 0; v < n; v++)
        printf(" %lld", (long long)tree->order[v]);
    printf("\n");
    int64_t *membership = allocate((size_t)n * sizeof *membership);
    for (int64_t k = 1; k <= n; k++) {
        an_dendrogram_cut(membership, tree, k);
        printf("cut %lld", (long long)k);
        for (int64_t v = 0; v < n; v++)
            printf(" %lld", (long long)membership[v]);
        printf("\n");
    }
    an_dendrogram_free(tree);
    return 0;
}

static int cmd_blockmodel(int argc, char **argv)
{
    int diag = atoi(argv[2]);
    int64_t count = argc - 4, n = 0;
    const double **matrices = allocate((size_t)count * sizeof *matrices);
    for (int64_t r = 0; r < count; r++)
        matrices[r] = read_matrix(argv[4 + r], &n);
    int64_t *membership = allocate((size_t)n * sizeof *membership);
    FILE *f = fopen(argv[3], "r");
    for (int64_t v = 0; v < n; v++) {
        long long x;
        if (fscanf(f, "%lld", &x) != 1)
            return 2;
        membership[v] = x;
    }
    fclose(f);
    an_blockmodel *bm = NULL;
    int rc = an_blockmodel_matrices(&bm, matrices, count, n, membership, diag);
    if (rc != AN_OK)
        return fail(rc);
    int64_t k = bm->positions;
    for (int64_t r = 0; r < count; r++) {
        print_row("density", bm->density + r * k * k, k * k, 1);
        printf("overall %.17g\nr2 %.17g\n", bm->overall_density[r], bm->r_squared[r]);
    }
    an_blockmodel_free(bm);
    return 0;
}

static int cmd_cp(char **argv)
{
    an_core_periphery_options options = AN_CORE_PERIPHERY_OPTIONS_INIT;
    options.model = atoi(argv[2]);
    options.between_density = atof(argv[3]);
    options.restarts = atoll(argv[4]);
    int64_t n = 0;
    double *a = read_matrix(argv[5], &n);
    an_core_periphery *cp = NULL;
    int rc = an_core_periphery_matrix(&cp, a, n, &options);
    if (rc != AN_OK)
        return fail(rc);
    printf("fit %.17g\nconverged %d\ncore", cp->fit, cp->converged);
    for (int64_t v = 0; v < n; v++)
        printf(" %d", cp->core[v]);
    printf("\n");
    print_row("coreness", cp->coreness, n, 1);
    print_row("density", cp->density, 4, 1);
    an_core_periphery_free(cp);
    return 0;
}

static int cmd_qapcor(char **argv)
{
    an_qap_options options = AN_QAP_OPTIONS_INIT;
    options.directed = atoi(argv[2]);
    options.diag = atoi(argv[3]);
    options.permutations = atoll(argv[4]);
    permuter_source source;
    open_permuter(&source, argv[5]);
    int64_t n = 0;
    double *y = read_matrix(argv[6], &n), *x = read_matrix(argv[7], &n);
    an_qap_correlation_result *r = NULL;
    int rc = an_i_qap_correlation(&r, y, x, n, &options, &source.permuter);
    if (rc != AN_OK)
        return fail(rc);
    printf("statistic %.17g\nobservations %lld\np %.17g %.17g %.17g\n", r->correlation, (long long)r->observations,
           r->p_less, r->p_greater, r->p_two_sided);
    print_row("distribution", r->distribution, r->permutations, 1);
    an_qap_correlation_free(r);
    return 0;
}

static int cmd_regression(int argc, char **argv, int model)
{
    an_qap_options options = AN_QAP_OPTIONS_INIT;
    options.directed = atoi(argv[2]);
    options.diag = atoi(argv[3]);
    if (an_qap_null_from_name(&options.null_hypothesis, argv[4]) != AN_OK)
        return fail(AN_EINVAL);
    options.statistic = strcmp(argv[5], "beta") == 0 ? AN_QAP_BETA : AN_QAP_T;
    options.permutations = atoll(argv[6]);
    permuter_source source;
    open_permuter(&source, argv[7]);
    options.intercept = atoi(argv[8]);
    int64_t n = 0, predictors = argc - 10;
    double *y = read_matrix(argv[9], &n);
    const double **x = allocate((size_t)predictors * sizeof *x);
    for (int64_t t = 0; t < predictors; t++)
        x[t] = read_matrix(argv[10 + t], &n);
    an_qap_regression *r = NULL;
    int rc = an_i_qap_regression(&r, model, y, x, predictors, n, &options, &source.permuter);
    if (rc != AN_OK)
        return fail(rc);
    print_row("coefficients", r->coefficients, r->terms, 1);
    print_row("se", r->std_errors, r->terms, 1);
    print_row("statistics", r->statistics, r->terms, 1);
    print_row("pless", r->p_less, r->terms, 1);
    print_row("pgreater", r->p_greater, r->terms, 1);
    print_row("ptwo", r->p_two_sided, r->terms, 1);
    printf("null %s\nrank %lld\nobservations %lld\n", an_qap_null_name(r->null_hypothesis), (long long)r->rank,
           (long long)r->observations);
    printf("summary %.17g %.17g %.17g %.17g %.17g %.17g %.17g %.17g\n", r->r_squared, r->adjusted_r_squared,
           r->residual_standard_error, r->f_statistic, r->deviance, r->null_deviance, r->aic, r->bic);
    for (int64_t t = 0; r->distribution && t < r->terms; t++)
        print_row("distribution", r->distribution + t, r->permutations, r->terms);
    an_qap_regression_free(r);
    return 0;
}

static an_lens lens_storage;

/* A lens preset named by an argument, or NULL. */
static const an_lens *lens_argument(int argc, char **argv, int from)
{
    for (int i = from; i < argc; i++)
        if (strcmp(argv[i], "undirected") != 0 && an_lens_preset(&lens_storage, argv[i]) == AN_OK)
            return &lens_storage;
    return NULL;
}

static int cmd_edges(int argc, char **argv)
{
    an_network *network = load(argv[2]), *view = NULL;
    const an_lens *lens = lens_argument(argc, argv, 3);
    if (lens) {
        int rc = an_lens_view(&view, network, lens);
        if (rc != AN_OK)
            return fail(rc);
        network = own(view, free_network);
    }
    int64_t n = an_network_node_count(network), m = an_network_edge_count(network);
    printf("nodes %lld\n", (long long)n);
    for (int64_t v = 0; v < n; v++)
        printf("node %s\n", an_network_node_id(network, v));
    for (int64_t e = 0; e < m; e++) {
        int64_t s = 0, t = 0;
        an_network_edge_endpoints(network, e, &s, &t);
        printf("edge %lld %lld %d\n", (long long)s, (long long)t, an_network_edge_directed(network, e));
    }
    return 0;
}

static int cmd_census(int argc, char **argv)
{
    an_network *network = load(argv[2]);
    an_edge_policy policy = AN_EDGE_POLICY_INIT;
    if (argc > 3 && strcmp(argv[3], "undirected") == 0)
        policy.direction = AN_AS_UNDIRECTED;
    policy.lens = lens_argument(argc, argv, 3);
    int64_t dyads[3], triads[AN_TRIAD_TYPES];
    int rc = an_network_dyad_census(dyads, network, &policy);
    if (rc == AN_OK)
        rc = an_network_triad_census(triads, network, &policy);
    if (rc != AN_OK)
        return fail(rc);
    printf("dyads %lld %lld %lld\ntriads", (long long)dyads[0], (long long)dyads[1], (long long)dyads[2]);
    for (int t = 0; t < AN_TRIAD_TYPES; t++)
        printf(" %lld", (long long)triads[t]);
    printf("\n");
    return 0;
}

/* Print the positions of a finished call (rc), free them and the network. */
static int print_positions(int rc, an_positions *p, an_network *network)
{
    if (rc != AN_OK)
        return fail(rc);
    printf("positions %lld\nmembership", (long long)p->count);
    for (int64_t v = 0; v < p->node_count; v++)
        printf(" %lld", (long long)p->membership[v]);
    printf("\n");
    an_positions_free(p);
    return 0;
}

static int cmd_positions(int argc, char **argv)
{
    an_network *network = load(argv[2]);
    an_positions_options options = AN_POSITIONS_OPTIONS_INIT;
    options.equivalence.measure = atoi(argv[3]);
    if (an_linkage_from_name(&options.linkage, argv[4]) != AN_OK)
        return fail(AN_EINVAL);
    options.positions = atoll(argv[5]);
    options.equivalence.policy.lens = lens_argument(argc, argv, 6);
    an_positions *p = NULL;
    int rc = an_network_positions(&p, network, &options); /* before p is read */
    return print_positions(rc, p, network);
}

static int cmd_concor(char **argv)
{
    an_network *network = load(argv[2]);
    an_concor_options options = AN_CONCOR_OPTIONS_INIT;
    options.depth = atoll(argv[3]);
    an_positions *p = NULL;
    int rc = an_network_concor(&p, network, &options);
    return print_positions(rc, p, network);
}

static int cmd_kplex(char **argv)
{
    an_network *network = load(argv[2]);
    an_kplex_options options = AN_KPLEX_OPTIONS_INIT;
    options.k = atoll(argv[3]);
    options.min_size = atoll(argv[4]);
    options.max_plexes = atoll(argv[5]);
    an_cliques *c = NULL;
    int rc = an_network_kplexes(&c, network, &options);
    if (rc != AN_OK)
        return fail(rc);
    printf("truncated %d\n", c->truncated);
    for (int64_t i = 0; i < c->count; i++) {
        printf("plex");
        for (int64_t k = c->offsets[i]; k < c->offsets[i + 1]; k++)
            printf(" %s", an_network_node_id(network, c->nodes[k]));
        printf("\n");
    }
    an_cliques_free(c);
    return 0;
}

static int cmd_blocks(char **argv)
{
    an_network *network = load(argv[2]);
    an_cohesive_blocks *b = NULL;
    int rc = an_network_cohesive_blocks(&b, network, NULL);
    if (rc != AN_OK)
        return fail(rc);
    for (int64_t i = 0; i < b->count; i++) {
        printf("block %lld %lld", (long long)b->cohesion[i], (long long)b->parent[i]);
        for (int64_t k = b->offsets[i]; k < b->offsets[i + 1]; k++)
            printf(" %s", an_network_node_id(network, b->nodes[k]));
        printf("\n");
    }
    an_cohesive_blocks_free(b);
    return 0;
}

static int cmd_cug(int argc, char **argv)
{
    an_network *network = load(argv[2]);
    an_cug_options options = AN_CUG_OPTIONS_INIT;
    if (strcmp(argv[4], "size") == 0)
        options.condition = AN_CUG_SIZE;
    else if (strcmp(argv[4], "dyad.census") == 0)
        options.condition = AN_CUG_DYAD_CENSUS;
    options.replicates = atoll(argv[5]);
    options.seed = strtoull(argv[6], NULL, 10);
    if (argc > 7 && strcmp(argv[7], "undirected") == 0)
        options.policy.direction = AN_AS_UNDIRECTED;
    an_cug_result *r = NULL;
    int rc = an_cug_test_measure(&r, network, argv[3], &options);
    if (rc != AN_OK)
        return fail(rc);
    printf("observed %.17g\np %.17g %.17g\nmean %.17g %.17g\nundefined %lld\nties %lld\n", r->observed, r->p_less,
           r->p_greater, r->mean, r->sd, (long long)r->undefined, (long long)r->ties);
    an_cug_result_free(r);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: positions_driver COMMAND ARGS... (see the file comment)\n");
        return 2;
    }
    const char *command = argv[1];
    if (strcmp(command, "sedist") == 0 && argc >= 5)
        return cmd_sedist(argc, argv);
    if (strcmp(command, "hclust") == 0 && argc == 4)
        return cmd_hclust(argv);
    if (strcmp(command, "blockmodel") == 0 && argc >= 5)
        return cmd_blockmodel(argc, argv);
    if (strcmp(command, "cp") == 0 && argc == 6)
        return cmd_cp(argv);
    if (strcmp(command, "qapcor") == 0 && argc == 8)
        return cmd_qapcor(argv);
    if ((strcmp(command, "netlm") == 0 || strcmp(command, "netlogit") == 0) && argc >= 11)
        return cmd_regression(argc, argv, strcmp(command, "netlm") == 0 ? AN_QAP_LINEAR : AN_QAP_LOGISTIC);
    if (strcmp(command, "edges") == 0)
        return cmd_edges(argc, argv);
    if (strcmp(command, "census") == 0)
        return cmd_census(argc, argv);
    if (strcmp(command, "positions") == 0 && argc >= 6)
        return cmd_positions(argc, argv);
    if (strcmp(command, "concor") == 0 && argc == 4)
        return cmd_concor(argv);
    if (strcmp(command, "kplex") == 0 && argc == 6)
        return cmd_kplex(argv);
    if (strcmp(command, "blocks") == 0)
        return cmd_blocks(argv);
    if (strcmp(command, "cug") == 0 && argc >= 7)
        return cmd_cug(argc, argv);
    fprintf(stderr, "positions_driver: bad command line\n");
    return 2;
}
