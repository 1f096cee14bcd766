/*
 * cmd_qap.c — `actornet qap FILE --y SPEC --x SPEC[,SPEC...]`: QAP correlation
 * and linear / logistic regression between relations of one network, node
 * attributes and other networks on the same actors.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char description[] =
    "Is one relation associated with others beyond chance — kinship with co-membership, funding\n"
    "with training? Each matrix is a relation of the network, an attribute of its actors, or\n"
    "another network on the same actors; QAP (Krackhardt 1987, 1988) compares the observed\n"
    "statistic with its distribution when the rows and columns of a matrix are permuted\n"
    "together, which keeps each network's structure (the dependence between ties of one actor)\n"
    "and breaks only the link between the matrices. Numbers equal R's sna: qaptest with gcor,\n"
    "netlm, netlogit.\n"
    "\n"
    "Matrix specifications (SPEC):\n"
    "  RELATION or R1+R2     ties of these relations (edge column 'relation', or --relation-column)\n"
    "  ties                  every tie\n"
    "  same:ATTR             1 when two actors share the value of node attribute ATTR (homophily)\n"
    "  difference:ATTR       |x_i - x_j| of a numeric attribute\n"
    "  sender:ATTR, receiver:ATTR   the sender's / receiver's value\n"
    "  file:PATH[#R1+R2]     ties (of these relations) of another GraphML file, actors matched by id\n"
    "                        (actors it lacks are isolates there)\n"
    "\n"
    "--model correlation (the default with one --x): r between --y and --x over the pairs;\n"
    "--model linear (the default with several): y = b0 + b1 x1 + ... (netlm); --model logistic:\n"
    "the logit of a tie in y (netlogit). --null: qap (default; Dekker, Krackhardt & Snijders 2007\n"
    "semi-partialling, robust to collinear predictors), qapy (permute y), qapx (each x in turn),\n"
    "qapallx (all x together), classical (no permutations: t-test p-values). Pr(<=b), Pr(>=b) and\n"
    "Pr(>=|b|) are the shares of the permutations at or below, at or above, and at least as far\n"
    "from zero as the observed statistic (t- or z-value; --statistic beta: the coefficient).\n"
    "\n"
    "Observations: every ordered pair of distinct actors (--undirected: every unordered pair;\n"
    "--diag: self-pairs too). Ties: parallel ties once, or --weight's values summed. With a\n"
    "lens, actors outside it are left out of every matrix; actors with a missing attribute\n"
    "value are left out too.\n"
    "\n"
    "--json: {\"file\", ..., \"model\", \"null\", \"statistic\", \"permutations\", \"seed\", \"y\", \"x\":\n"
    "[specs], \"actors\", \"observations\", and for correlation \"correlation\", \"p_less\",\n"
    "\"p_greater\", \"p_two_sided\"; for regressions \"terms\": [{\"term\", \"estimate\",\n"
    "\"std_error\", \"statistic\", \"p_less\", \"p_greater\", \"p_two_sided\"}], \"r_squared\",\n"
    "\"adjusted_r_squared\", \"residual_standard_error\", \"f_statistic\", \"df_residual\"\n"
    "(linear), \"deviance\", \"null_deviance\", \"aic\", \"bic\", \"converged\" (logistic)}.\n"
    "--csv: term,estimate,std_error,statistic,p_less,p_greater,p_two_sided.";

/* build() results beyond an_status: already reported, exit with (value - REPORTED) */
#define REPORTED 1000

typedef struct qap_run {
    cli_analysis *analysis;
    const char *y_spec;
    char **x_specs;
    int64_t predictors, n;
    double *y, **x;
    const char *relation_column;
    int model; /* -1 correlation, else an_qap_model */
    an_qap_options options;
    an_qap_correlation_result *correlation;
    an_qap_regression *regression;
} qap_run;

/* Fill `out` (n x n) from one SPEC. Returns AN_OK or a status (error printed for usage errors). */
static int build_matrix(double *out, const qap_run *r, const char *spec)
{
    const cli_analysis *a = r->analysis;
    an_matrix_spec m = AN_MATRIX_SPEC_INIT;
    m.policy = a->policy;
    m.relation_column = r->relation_column;
    static const struct {
        const char *prefix;
        int kind;
    } kinds[] = { { "same:", AN_MATRIX_SAME },
                  { "difference:", AN_MATRIX_DIFFERENCE },
                  { "sender:", AN_MATRIX_SENDER },
                  { "receiver:", AN_MATRIX_RECEIVER } };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strncmp(spec, kinds[k].prefix, strlen(kinds[k].prefix)) == 0) {
            m.kind = kinds[k].kind;
            m.attribute = spec + strlen(kinds[k].prefix);
            return an_network_matrix(out, a->network, NULL, &m);
        }
    char *text = strdup(spec);
    if (!text)
        return AN_ENOMEM;
    char *relations = text;
    an_network *other = NULL;
    int rc = AN_OK;
    if (strncmp(text, "file:", 5) == 0) {
        char *hash = strchr(text + 5, '#');
        if (hash)
            *hash = '\0';
        relations = hash ? hash + 1 : NULL;
        if (!(other = cli_load(text + 5)))
            rc = REPORTED + CLI_EXIT_INPUT;
    } else if (strncmp(text, "relation:", 9) == 0) {
        relations = text + 9;
    }
    char **list = NULL;
    if (rc == AN_OK && relations && strcmp(relations, "ties") != 0) {
        for (char *c = relations; *c; c++)
            if (*c == '+')
                *c = ',';
        if (!(list = cli_split_list(relations)))
            rc = AN_ENOMEM;
    }
    if (rc == AN_OK) {
        m.relations = (const char *const *)list;
        rc = an_network_matrix(out, other ? other : a->network, other ? a->network : NULL, &m);
    }
    cli_free_list(list);
    an_network_free(other);
    free(text);
    return rc;
}

/* 1 when every cell a QAP test reads is 0 (a relation nobody has): almost always a typo. */
static int empty_relation(const double *m, int64_t n)
{
    for (int64_t k = 0; k < n * n; k++)
        if (m[k] != 0 && !isnan(m[k]))
            return 0;
    return 1;
}

static int build(qap_run *r)
{
    int64_t n = r->n, cells = n * n;
    r->y = malloc((size_t)(cells ? cells : 1) * sizeof *r->y);
    r->x = calloc((size_t)r->predictors, sizeof *r->x);
    if (!r->y || !r->x)
        return AN_ENOMEM;
    int rc = build_matrix(r->y, r, r->y_spec);
    for (int64_t t = 0; rc == AN_OK && t < r->predictors; t++) {
        if (!(r->x[t] = malloc((size_t)(cells ? cells : 1) * sizeof *r->x[t])))
            return AN_ENOMEM;
        rc = build_matrix(r->x[t], r, r->x_specs[t]);
    }
    if (rc != AN_OK)
        return rc;
    const char *blank = empty_relation(r->y, n) ? r->y_spec : NULL;
    for (int64_t t = 0; !blank && t < r->predictors; t++)
        if (empty_relation(r->x[t], n))
            blank = r->x_specs[t];
    if (blank) {
        cli_error("qap: '%s' has no tie among the actors analysed (a misspelt relation, or one the lens "
                  "leaves out: try --lens all)", blank);
        return REPORTED + CLI_EXIT_FAILED;
    }
    if (r->model < 0)
        return an_qap_correlation(&r->correlation, r->y, r->x[0], n, &r->options);
    const double *const *x = (const double *const *)r->x;
    return r->model == AN_QAP_LOGISTIC ? an_qap_logistic(&r->regression, r->y, x, r->predictors, n, &r->options)
                                       : an_qap_linear(&r->regression, r->y, x, r->predictors, n, &r->options);
}

static const char *model_name(int model)
{
    return model < 0 ? "correlation" : model == AN_QAP_LOGISTIC ? "logistic" : "linear";
}

static const char *term_name(const qap_run *r, int64_t t)
{
    if (r->regression->intercept)
        return t == 0 ? "(intercept)" : r->x_specs[t - 1];
    return r->x_specs[t];
}

static void json_p(an_i_strbuf *b, double less, double greater, double two_sided)
{
    an_i_strbuf_puts(b, "\"p_less\": ");
    an_i_strbuf_json_real(b, less);
    an_i_strbuf_puts(b, ", \"p_greater\": ");
    an_i_strbuf_json_real(b, greater);
    an_i_strbuf_puts(b, ", \"p_two_sided\": ");
    an_i_strbuf_json_real(b, two_sided);
}

static void json_number(an_i_strbuf *b, const char *name, double value)
{
    an_i_strbuf_printf(b, ", \"%s\": ", name);
    an_i_strbuf_json_real(b, value);
}

static int print_json(const qap_run *r)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_json_head(&b, r->analysis);
    const an_qap_regression *g = r->regression;
    an_i_strbuf_printf(&b, ",\n \"model\": \"%s\", \"null\": ", model_name(r->model));
    an_i_strbuf_json_string(&b, g ? an_qap_null_name(g->null_hypothesis) : "qap");
    an_i_strbuf_printf(&b, ", \"statistic\": \"%s\", \"permutations\": %lld, \"seed\": %llu, \"y\": ",
                       r->model < 0 ? "r" : r->options.statistic == AN_QAP_BETA ? "beta"
                                        : r->model == AN_QAP_LOGISTIC ? "z" : "t",
                       (long long)(g ? g->permutations : r->correlation->permutations),
                       (unsigned long long)r->options.seed);
    an_i_strbuf_json_string(&b, r->y_spec);
    an_i_strbuf_puts(&b, ", \"x\": [");
    for (int64_t t = 0; t < r->predictors; t++) {
        an_i_strbuf_puts(&b, t ? ", " : "");
        an_i_strbuf_json_string(&b, r->x_specs[t]);
    }
    an_i_strbuf_printf(&b, "], \"actors\": %lld", (long long)cli_analysis_actors(r->analysis));
    if (!g) {
        const an_qap_correlation_result *c = r->correlation;
        an_i_strbuf_printf(&b, ", \"observations\": %lld", (long long)c->observations);
        json_number(&b, "correlation", c->correlation);
        an_i_strbuf_puts(&b, ", ");
        json_p(&b, c->p_less, c->p_greater, c->p_two_sided);
        an_i_strbuf_puts(&b, "}\n");
        return cli_emit_buffer(&b);
    }
    an_i_strbuf_printf(&b, ", \"observations\": %lld,\n \"terms\": [", (long long)g->observations);
    for (int64_t t = 0; t < g->terms; t++) {
        an_i_strbuf_puts(&b, t ? ",\n   {\"term\": " : "\n   {\"term\": ");
        an_i_strbuf_json_string(&b, term_name(r, t));
        json_number(&b, "estimate", g->coefficients[t]);
        json_number(&b, "std_error", g->std_errors[t]);
        json_number(&b, "statistic", g->statistics[t]);
        an_i_strbuf_puts(&b, ", ");
        json_p(&b, g->p_less[t], g->p_greater[t], g->p_two_sided[t]);
        an_i_strbuf_puts(&b, "}");
    }
    an_i_strbuf_puts(&b, "]");
    if (g->model == AN_QAP_LINEAR) {
        json_number(&b, "r_squared", g->r_squared);
        json_number(&b, "adjusted_r_squared", g->adjusted_r_squared);
        json_number(&b, "residual_standard_error", g->residual_standard_error);
        json_number(&b, "f_statistic", g->f_statistic);
        an_i_strbuf_printf(&b, ", \"df_residual\": %lld", (long long)g->df_residual);
    } else {
        json_number(&b, "deviance", g->deviance);
        json_number(&b, "null_deviance", g->null_deviance);
        json_number(&b, "aic", g->aic);
        json_number(&b, "bic", g->bic);
        an_i_strbuf_printf(&b, ", \"converged\": %s", g->converged ? "true" : "false");
    }
    an_i_strbuf_puts(&b, "}\n");
    return cli_emit_buffer(&b);
}

static int print_csv(const qap_run *r)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "term,estimate,std_error,statistic,p_less,p_greater,p_two_sided\n");
    if (!r->regression) {
        const an_qap_correlation_result *c = r->correlation;
        const double row[6] = { c->correlation, NAN, c->correlation, c->p_less, c->p_greater, c->p_two_sided };
        cli_csv_text(&b, r->x_specs[0]);
        for (int k = 0; k < 6; k++) {
            an_i_strbuf_puts(&b, ",");
            cli_csv_real(&b, row[k]);
        }
        an_i_strbuf_puts(&b, "\n");
    }
    for (int64_t t = 0; r->regression && t < r->regression->terms; t++) {
        const an_qap_regression *g = r->regression;
        const double row[6] = { g->coefficients[t], g->std_errors[t], g->statistics[t],
                                g->p_less[t], g->p_greater[t], g->p_two_sided[t] };
        cli_csv_text(&b, term_name(r, t));
        for (int k = 0; k < 6; k++) {
            an_i_strbuf_puts(&b, ",");
            cli_csv_real(&b, row[k]);
        }
        an_i_strbuf_puts(&b, "\n");
    }
    return cli_emit_buffer(&b);
}

static int print_text(const qap_run *r)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_text_head(&b, r->analysis);
    const an_qap_regression *g = r->regression;
    if (!g) {
        const an_qap_correlation_result *c = r->correlation;
        an_i_strbuf_printf(&b, "\nQAP correlation of %s with %s (sna::qaptest, gcor): r = %.4f over %lld %s pairs\n"
                               "%lld permutations (seed %llu): Pr(r <= observed) %.4f, Pr(r >= observed) %.4f, "
                               "Pr(|r| >= |observed|) %.4f\n",
                           r->y_spec, r->x_specs[0], c->correlation, (long long)c->observations,
                           r->options.directed ? "ordered" : "unordered", (long long)c->permutations,
                           (unsigned long long)r->options.seed, c->p_less, c->p_greater, c->p_two_sided);
        return cli_emit_buffer(&b);
    }
    const char *stat = r->options.statistic == AN_QAP_BETA ? "beta" : g->model == AN_QAP_LOGISTIC ? "z" : "t";
    an_i_strbuf_printf(&b, "\nQAP %s regression of %s (sna::%s), null hypothesis %s", model_name(r->model),
                       r->y_spec, g->model == AN_QAP_LOGISTIC ? "netlogit" : "netlm",
                       an_qap_null_name(g->null_hypothesis));
    if (g->permutations)
        an_i_strbuf_printf(&b, ", %lld permutations (seed %llu) of the %s", (long long)g->permutations,
                           (unsigned long long)r->options.seed, stat);
    an_i_strbuf_printf(&b, "; %lld observations\n\n%-28s %11s %10s %9s %8s %8s %9s\n", (long long)g->observations,
                       "term", "estimate", "std.err", stat, "Pr(<=)", "Pr(>=)", "Pr(>=||)");
    for (int64_t t = 0; t < g->terms; t++)
        an_i_strbuf_printf(&b, "%-28.28s %11.5g %10.4g %9.4g %8.4f %8.4f %9.4f\n", term_name(r, t),
                           g->coefficients[t], g->std_errors[t], g->statistics[t], g->p_less[t], g->p_greater[t],
                           g->p_two_sided[t]);
    if (g->model == AN_QAP_LINEAR)
        an_i_strbuf_printf(&b, "\nR^2 %.4f (adjusted %.4f); residual standard error %.4g on %lld degrees of "
                               "freedom; F %.4g\n",
                           g->r_squared, g->adjusted_r_squared, g->residual_standard_error,
                           (long long)g->df_residual, g->f_statistic);
    else
        an_i_strbuf_printf(&b, "\ndeviance %.4f (null: every tie with probability 1/2, %.4f); AIC %.4f; BIC %.4f%s\n",
                           g->deviance, g->null_deviance, g->aic, g->bic,
                           g->converged ? "" : "; the fit did NOT converge (separation?)");
    return cli_emit_buffer(&b);
}

int cli_cmd_qap(int argc, char **argv)
{
    const char *file = NULL, *lens_name = NULL, *vocabulary_path = NULL, *weight = NULL, *y = NULL, *x = NULL;
    const char *model = NULL, *null = "qap", *statistic = "t", *relation_column = NULL;
    int json = 0, csv = 0, undirected = 0, quiet = 0, diag = 0, no_intercept = 0;
    long long permutations = 1000, seed = AN_POSITIONS_DEFAULT_SEED;
    cli_option options[] = {
        { "y", 0, CLI_STRING, &y, "SPEC", "the dependent matrix (see above)" },
        { "x", 0, CLI_STRING, &x, "SPEC,...", "the predictor matrices, comma-separated" },
        { "model", 'm', CLI_STRING, &model, "MODEL", "correlation, linear or logistic (default: correlation with\n"
                                                     "                               one --x, linear with several)" },
        { "null", 0, CLI_STRING, &null, "H", "qap (default), qapy, qapx, qapallx or classical" },
        { "statistic", 0, CLI_STRING, &statistic, "S", "t (default: t- or z-value) or beta" },
        { "permutations", 'n', CLI_INT, &permutations, "N", "permutations (default 1000)" },
        { "seed", 0, CLI_INT, &seed, "S", "seed of the permutations" },
        { "diag", 0, CLI_FLAG, &diag, NULL, "self-pairs are observations too" },
        { "no-intercept", 0, CLI_FLAG, &no_intercept, NULL, "regressions without an intercept" },
        { "relation-column", 0, CLI_STRING, &relation_column, "COLUMN", "edge column of the relations (default relation)" },
        { "weight", 'w', CLI_STRING, &weight, "COLUMN", "valued ties: the edge column's values (summed over parallel ties)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ties and pairs are unordered (sna mode \"graph\")" },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "csv", 0, CLI_FLAG, &csv, NULL, "print CSV, one row per term" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet qap FILE --y SPEC --x SPEC[,SPEC...] [--model correlation|linear|logistic] [--null H]\n"
        "                  [--statistic t|beta] [--permutations N] [--seed S] [--diag] [--no-intercept]\n"
        "                  [--weight COLUMN] [--lens LENS] [--undirected] [--json|--csv]",
        description,
        "  actornet qap data/proxy-network.graphml --y funds --x trains\n"
        "  actornet qap data/proxy-network.graphml --y commands --x funds,same:type --model logistic\n"
        "  actornet qap wave2.graphml --y ties --x file:wave1.graphml,same:faction --null qapy --json" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    qap_run r;
    memset(&r, 0, sizeof r);
    r.options = (an_qap_options)AN_QAP_OPTIONS_INIT;
    if (!y || !x) {
        cli_error("qap: give the dependent matrix with --y and the predictors with --x");
        return CLI_EXIT_USAGE;
    }
    if (json && csv) {
        cli_error("qap: choose one of --json and --csv");
        return CLI_EXIT_USAGE;
    }
    if (an_qap_null_from_name(&r.options.null_hypothesis, null) != AN_OK) {
        cli_error("qap: %s", an_error_last()->reason);
        return CLI_EXIT_USAGE;
    }
    if (strcmp(statistic, "beta") == 0)
        r.options.statistic = AN_QAP_BETA;
    else if (strcmp(statistic, "t") != 0) {
        cli_error("qap: unknown --statistic '%s' (t, beta)", statistic);
        return CLI_EXIT_USAGE;
    }
    if (permutations < 1 || seed < 0) {
        cli_error("qap: --permutations must be >= 1 and --seed >= 0");
        return CLI_EXIT_USAGE;
    }
    if (!(r.x_specs = cli_split_list(x))) {
        cli_error("out of memory");
        return CLI_EXIT_FAILED;
    }
    while (r.x_specs[r.predictors])
        r.predictors++;
    r.model = !model ? (r.predictors == 1 ? -1 : AN_QAP_LINEAR)
              : strcmp(model, "correlation") == 0 ? -1
              : strcmp(model, "linear") == 0      ? AN_QAP_LINEAR
              : strcmp(model, "logistic") == 0    ? AN_QAP_LOGISTIC
                                                  : -2;
    int status = -1;
    if (r.model == -2) {
        cli_error("qap: unknown --model '%s' (correlation, linear, logistic)", model);
        status = CLI_EXIT_USAGE;
    } else if (r.predictors == 0 || (r.model == -1 && r.predictors != 1)) {
        cli_error("qap: --model correlation compares --y with exactly one --x");
        status = CLI_EXIT_USAGE;
    }
    cli_analysis a;
    if (status < 0 && (rc = cli_analysis_open(&a, "qap", file, lens_name, vocabulary_path, weight, undirected,
                                              quiet || json || csv)) >= 0)
        status = rc;
    if (status < 0) {
        r.analysis = &a;
        r.y_spec = y;
        r.relation_column = relation_column;
        r.n = an_network_node_count(a.network);
        r.options.permutations = permutations;
        r.options.seed = (uint64_t)seed;
        r.options.directed = !undirected;
        r.options.diag = diag;
        r.options.intercept = !no_intercept;
        a.policy.self_loops = diag;
        if ((rc = build(&r)) >= REPORTED)
            status = rc - REPORTED;
        else if (rc != AN_OK)
            status = cli_analysis_failed(rc);
        else
            status = json ? print_json(&r) : csv ? print_csv(&r) : print_text(&r);
        cli_analysis_close(&a);
    }
    for (int64_t t = 0; r.x && t < r.predictors; t++)
        free(r.x[t]);
    free(r.x);
    free(r.y);
    an_qap_correlation_free(r.correlation);
    an_qap_regression_free(r.regression);
    cli_free_list(r.x_specs);
    return status;
}
