/*
 * cmd_positions.c — `actornet positions FILE [--method equivalence|concor] ...`:
 * who occupies the same position (structural equivalence or CONCOR), and the
 * blockmodel image of those positions.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char description[] =
    "Positions: actors tied to and from the same others occupy the same position, whether or\n"
    "not they are tied to each other (structural equivalence; Lorrain & White 1971) — the\n"
    "interchangeable couriers of one cell, the financiers of several groups. Then the\n"
    "blockmodel: how densely each position is tied to each other.\n"
    "\n"
    "--method equivalence (default) compares every pair of actors' tie profiles (their row and\n"
    "column of the adjacency matrix, over every relation of --relations jointly) with --measure\n"
    "hamming (default), correlation, euclidean or gamma, exactly as R's sna::sedist, clusters\n"
    "them hierarchically with --linkage (complete, default; single, average, mcquitty, median,\n"
    "centroid, ward.D, ward.D2; stats::hclust) as sna::equiv.clust does, and cuts the tree into\n"
    "--positions K, or at --height H, or by default where successive merge heights jump the\n"
    "most. --method concor splits the actors in two --depth times by CONCOR (Breiger, Boorman\n"
    "& Arabie 1975; as R's concoR); actors without ties form a position of their own.\n"
    "\n"
    "The blockmodel (sna::blockmodel) gives, for each relation, the density of ties from each\n"
    "position to each other (a position's ties to itself leave out self-ties), marks with * the\n"
    "blocks at least as dense as the whole relation (the alpha-density image), and R^2, the\n"
    "share of the ties' variance the image explains.\n"
    "\n"
    "Ties: directed unless --undirected; parallel ties once (or the sum of --weight); self-ties\n"
    "only with --diag. With a lens, actors outside it have no position.\n"
    "\n"
    "--csv: id,position (empty outside the lens). --json: {\"file\", \"nodes\", \"ties\", \"directed\",\n"
    "\"lens\", \"weight\", \"method\", \"measure\", \"linkage\", \"relations\", \"cut_height\", \"count\",\n"
    "\"membership\": {id: position or null}, \"positions\": [[ids]], \"blockmodel\": {\"relations\",\n"
    "\"density\": [relation][from][to], \"image\", \"overall_density\", \"r_squared\"},\n"
    "\"dendrogram\": {\"merge\": [[a, b], ...], \"height\": [...]} or null}; in a merge a leaf is an\n"
    "actor id and an integer is the cluster made by that earlier merge (0-based).";

typedef struct positions_run {
    const cli_analysis *analysis;
    int concor;
    an_positions_options options;
    an_concor_options concor_options;
    char **relations;
    an_positions *positions;
    an_blockmodel *blockmodel;
} positions_run;

static int compute(positions_run *r)
{
    const cli_analysis *a = r->analysis;
    const char *const *relations = (const char *const *)r->relations;
    int rc = r->concor ? an_network_concor(&r->positions, a->network, &r->concor_options)
                       : an_network_positions(&r->positions, a->network, &r->options);
    if (rc == AN_OK)
        rc = an_network_blockmodel(&r->blockmodel, a->network, r->positions->membership, relations, NULL,
                                   r->options.equivalence.diag, &a->policy);
    return rc;
}

static const char *id_of(const positions_run *r, int64_t v)
{
    return an_network_node_id(r->analysis->network, v);
}

static void json_dendrogram(an_i_strbuf *b, const positions_run *r)
{
    const an_dendrogram *tree = r->positions->dendrogram;
    if (!tree) {
        an_i_strbuf_puts(b, "null");
        return;
    }
    /* leaves are the seen actors in network order */
    int64_t *leaf = malloc((size_t)(tree->node_count + 1) * sizeof *leaf), count = 0;
    for (int64_t v = 0; leaf && v < r->positions->node_count; v++)
        if (r->positions->membership[v] >= 0)
            leaf[count++] = v;
    an_i_strbuf_puts(b, "{\"merge\": [");
    for (int64_t s = 0; leaf && s < tree->node_count - 1; s++) {
        an_i_strbuf_puts(b, s ? ", [" : "[");
        for (int side = 0; side < 2; side++) {
            int64_t x = tree->merge[2 * s + side];
            an_i_strbuf_puts(b, side ? ", " : "");
            if (x < tree->node_count)
                an_i_strbuf_json_string(b, id_of(r, leaf[x]));
            else
                an_i_strbuf_printf(b, "%lld", (long long)(x - tree->node_count));
        }
        an_i_strbuf_puts(b, "]");
    }
    an_i_strbuf_puts(b, "], \"height\": [");
    for (int64_t s = 0; s < tree->node_count - 1; s++) {
        an_i_strbuf_puts(b, s ? ", " : "");
        an_i_strbuf_json_real(b, tree->height[s]);
    }
    an_i_strbuf_puts(b, "]}");
    free(leaf);
}

static void json_blockmodel(an_i_strbuf *b, const positions_run *r)
{
    const an_blockmodel *bm = r->blockmodel;
    int64_t k = bm->positions;
    an_i_strbuf_puts(b, "{\"relations\": [");
    for (int64_t m = 0; m < bm->relations; m++) {
        an_i_strbuf_puts(b, m ? ", " : "");
        an_i_strbuf_json_string(b, r->relations ? r->relations[m] : NULL);
    }
    const char *names[2] = { "density", "image" };
    for (int which = 0; which < 2; which++) {
        an_i_strbuf_printf(b, "],\n  \"%s\": [", names[which]);
        for (int64_t m = 0; m < bm->relations; m++) {
            an_i_strbuf_puts(b, m ? ", [" : "[");
            for (int64_t i = 0; i < k; i++) {
                an_i_strbuf_puts(b, i ? ", [" : "[");
                for (int64_t j = 0; j < k; j++) {
                    an_i_strbuf_puts(b, j ? ", " : "");
                    int64_t at = (m * k + i) * k + j;
                    if (which == 0)
                        an_i_strbuf_json_real(b, bm->density[at]);
                    else
                        an_i_strbuf_printf(b, "%d", bm->image[at]);
                }
                an_i_strbuf_puts(b, "]");
            }
            an_i_strbuf_puts(b, "]");
        }
    }
    an_i_strbuf_puts(b, "],\n  \"overall_density\": [");
    for (int64_t m = 0; m < bm->relations; m++) {
        an_i_strbuf_puts(b, m ? ", " : "");
        an_i_strbuf_json_real(b, bm->overall_density[m]);
    }
    an_i_strbuf_puts(b, "], \"r_squared\": [");
    for (int64_t m = 0; m < bm->relations; m++) {
        an_i_strbuf_puts(b, m ? ", " : "");
        an_i_strbuf_json_real(b, bm->r_squared[m]);
    }
    an_i_strbuf_puts(b, "]}");
}

static const char *measure_name(int measure)
{
    static const char *const names[] = { "hamming", "correlation", "euclidean", "gamma" };
    return names[measure];
}

static int print_json(const positions_run *r)
{
    const an_positions *p = r->positions;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_json_head(&b, r->analysis);
    an_i_strbuf_printf(&b, ",\n \"method\": \"%s\", \"measure\": ", r->concor ? "concor" : "equivalence");
    an_i_strbuf_json_string(&b, r->concor ? NULL : measure_name(r->options.equivalence.measure));
    an_i_strbuf_puts(&b, ", \"linkage\": ");
    an_i_strbuf_json_string(&b, r->concor ? NULL : an_linkage_name(r->options.linkage));
    an_i_strbuf_puts(&b, ", \"relations\": ");
    if (r->relations) {
        an_i_strbuf_puts(&b, "[");
        for (int64_t m = 0; r->relations[m]; m++) {
            an_i_strbuf_puts(&b, m ? ", " : "");
            an_i_strbuf_json_string(&b, r->relations[m]);
        }
        an_i_strbuf_puts(&b, "]");
    } else {
        an_i_strbuf_puts(&b, "null");
    }
    an_i_strbuf_puts(&b, ", \"cut_height\": ");
    an_i_strbuf_json_real(&b, p->cut_height);
    an_i_strbuf_printf(&b, ", \"count\": %lld,\n \"membership\": {", (long long)p->count);
    for (int64_t v = 0; v < p->node_count; v++) {
        an_i_strbuf_puts(&b, v ? ", " : "");
        an_i_strbuf_json_string(&b, id_of(r, v));
        if (p->membership[v] < 0)
            an_i_strbuf_puts(&b, ": null");
        else
            an_i_strbuf_printf(&b, ": %lld", (long long)p->membership[v]);
    }
    an_i_strbuf_puts(&b, "},\n \"positions\": [");
    for (int64_t k = 0; k < p->count; k++) {
        an_i_strbuf_puts(&b, k ? ", [" : "[");
        const char *separator = "";
        for (int64_t v = 0; v < p->node_count; v++)
            if (p->membership[v] == k) {
                an_i_strbuf_puts(&b, separator);
                an_i_strbuf_json_string(&b, id_of(r, v));
                separator = ", ";
            }
        an_i_strbuf_puts(&b, "]");
    }
    an_i_strbuf_puts(&b, "],\n \"blockmodel\": ");
    json_blockmodel(&b, r);
    an_i_strbuf_puts(&b, ",\n \"dendrogram\": ");
    json_dendrogram(&b, r);
    an_i_strbuf_puts(&b, "}\n");
    return cli_emit_buffer(&b);
}

static int print_csv(const positions_run *r)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    an_i_strbuf_puts(&b, "id,position\n");
    for (int64_t v = 0; v < r->positions->node_count; v++) {
        cli_csv_text(&b, id_of(r, v));
        if (r->positions->membership[v] < 0)
            an_i_strbuf_puts(&b, ",\n");
        else
            an_i_strbuf_printf(&b, ",%lld\n", (long long)r->positions->membership[v]);
    }
    return cli_emit_buffer(&b);
}

static void text_image(an_i_strbuf *b, const positions_run *r)
{
    const an_blockmodel *bm = r->blockmodel;
    int64_t k = bm->positions;
    for (int64_t m = 0; m < bm->relations; m++) {
        an_i_strbuf_printf(b, "\nblockmodel of %s%s: density from row position to column position; * at least "
                              "the overall %.4f; R^2 %.3f\n      ",
                           r->relations ? "relation " : "", r->relations ? r->relations[m] : "all ties",
                           bm->overall_density[m], bm->r_squared[m]);
        for (int64_t j = 0; j < k; j++)
            an_i_strbuf_printf(b, " %7lld", (long long)j);
        an_i_strbuf_puts(b, "\n");
        for (int64_t i = 0; i < k; i++) {
            an_i_strbuf_printf(b, "  %3lld ", (long long)i);
            for (int64_t j = 0; j < k; j++) {
                double d = bm->density[(m * k + i) * k + j];
                if (isnan(d))
                    an_i_strbuf_puts(b, "       -");
                else
                    an_i_strbuf_printf(b, " %6.3f%s", d, bm->image[(m * k + i) * k + j] ? "*" : " ");
            }
            an_i_strbuf_puts(b, "\n");
        }
    }
}

static int print_text(const positions_run *r)
{
    const an_positions *p = r->positions;
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_text_head(&b, r->analysis);
    if (r->concor)
        an_i_strbuf_printf(&b, "\nCONCOR, %lld splits: %lld positions\n", (long long)r->concor_options.depth,
                           (long long)p->count);
    else {
        an_i_strbuf_printf(&b, "\nstructural equivalence (%s, %s linkage): %lld positions", 
                           measure_name(r->options.equivalence.measure), an_linkage_name(r->options.linkage),
                           (long long)p->count);
        if (r->options.positions > 0)
            an_i_strbuf_puts(&b, " (as asked)\n");
        else
            an_i_strbuf_printf(&b, ", cut at height %g%s\n", p->cut_height,
                               r->options.height >= 0 ? "" : " (the widest gap between merge heights)");
    }
    int64_t outside = 0;
    for (int64_t v = 0; v < p->node_count; v++)
        outside += p->membership[v] < 0;
    if (outside)
        an_i_strbuf_printf(&b, "%lld actors outside the lens have no position\n", (long long)outside);
    for (int64_t k = 0; k < p->count; k++) {
        an_i_strbuf_printf(&b, "position %lld (%lld actor%s):", (long long)k, (long long)p->sizes[k], p->sizes[k] == 1 ? "" : "s");
        const char *separator = " ";
        for (int64_t v = 0; v < p->node_count; v++)
            if (p->membership[v] == k) {
                an_i_strbuf_printf(&b, "%s%s", separator, id_of(r, v));
                separator = ", ";
            }
        an_i_strbuf_puts(&b, "\n");
    }
    text_image(&b, r);
    return cli_emit_buffer(&b);
}

static int parse_measure(int *out, const char *name)
{
    static const char *const names[] = { "hamming", "correlation", "euclidean", "gamma" };
    for (int i = 0; i < 4; i++)
        if (strcmp(name, names[i]) == 0) {
            *out = i;
            return 0;
        }
    cli_error("positions: unknown --measure '%s' (hamming, correlation, euclidean, gamma)", name);
    return -1;
}

int cli_cmd_positions(int argc, char **argv)
{
    const char *file = NULL, *lens_name = NULL, *vocabulary_path = NULL, *weight = NULL, *method = "equivalence";
    const char *measure = "hamming", *linkage = "complete", *relations = NULL;
    int json = 0, csv = 0, undirected = 0, quiet = 0, diag = 0;
    long long positions = 0, depth = 2;
    double height = -1;
    cli_option options[] = {
        { "method", 'm', CLI_STRING, &method, "METHOD", "equivalence (default) or concor" },
        { "measure", 0, CLI_STRING, &measure, "MEASURE", "hamming (default), correlation, euclidean, gamma" },
        { "linkage", 0, CLI_STRING, &linkage, "LINKAGE", "complete (default), single, average, mcquitty, median,\n"
                                                        "                               centroid, ward.D, ward.D2" },
        { "positions", 'k', CLI_INT, &positions, "K", "cut into K positions (default: at the widest gap)" },
        { "height", 0, CLI_REAL, &height, "H", "cut the tree at height H" },
        { "depth", 0, CLI_INT, &depth, "D", "concor: split D times (at most 2^D positions; default 2)" },
        { "relations", 'r', CLI_STRING, &relations, "R1,R2", "one profile over these relations jointly (default: all ties)" },
        { "diag", 0, CLI_FLAG, &diag, NULL, "self-ties are part of the profiles and blocks" },
        { "weight", 'w', CLI_STRING, &weight, "COLUMN", "valued ties: the edge column's values (summed over parallel ties)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore tie directions" },
        { "json", 0, CLI_FLAG, &json, NULL, "print JSON (for scripts)" },
        { "csv", 0, CLI_FLAG, &csv, NULL, "print CSV: id,position" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet positions FILE [--method equivalence|concor] [--measure M] [--linkage L] [--positions K]\n"
        "                        [--height H] [--depth D] [--relations R1,R2] [--diag] [--weight COLUMN]\n"
        "                        [--lens LENS] [--undirected] [--json|--csv]",
        description,
        "  actornet positions data/karate.graphml --positions 4\n"
        "  actornet positions data/proxy-network.graphml --relations commands,funds,trains --json\n"
        "  actornet positions network.graphml --method concor --depth 3 --csv" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    positions_run r;
    memset(&r, 0, sizeof r);
    r.options = (an_positions_options)AN_POSITIONS_OPTIONS_INIT;
    r.concor_options = (an_concor_options)AN_CONCOR_OPTIONS_INIT;
    if (json && csv) {
        cli_error("positions: choose one of --json and --csv");
        return CLI_EXIT_USAGE;
    }
    if (strcmp(method, "concor") == 0)
        r.concor = 1;
    else if (strcmp(method, "equivalence") != 0) {
        cli_error("positions: unknown --method '%s' (equivalence, concor)", method);
        return CLI_EXIT_USAGE;
    }
    if (parse_measure(&r.options.equivalence.measure, measure) != 0)
        return CLI_EXIT_USAGE;
    if (an_linkage_from_name(&r.options.linkage, linkage) != AN_OK) {
        cli_error("positions: %s", an_error_last()->reason);
        return CLI_EXIT_USAGE;
    }
    if (positions < 0 || depth < 1 || depth > 30 || (height < 0 && height != -1)) {
        cli_error("positions: --positions must be >= 0, --depth between 1 and 30, --height >= 0");
        return CLI_EXIT_USAGE;
    }
    if (relations && !(r.relations = cli_split_list(relations))) {
        cli_error("out of memory");
        return CLI_EXIT_FAILED;
    }
    cli_analysis a;
    if ((rc = cli_analysis_open(&a, "positions", file, lens_name, vocabulary_path, weight, undirected,
                                quiet || json || csv)) >= 0) {
        cli_free_list(r.relations);
        return rc;
    }
    r.analysis = &a;
    an_equivalence_options *eq = &r.options.equivalence;
    eq->diag = diag;
    eq->relations = (const char *const *)r.relations;
    eq->policy = a.policy;
    eq->policy.self_loops = diag;
    a.policy.self_loops = diag;
    r.options.positions = positions;
    r.options.height = height;
    r.concor_options.depth = depth;
    r.concor_options.relations = eq->relations;
    r.concor_options.policy = a.policy;
    int status = (rc = compute(&r)) != AN_OK ? cli_analysis_failed(rc)
                 : json                      ? print_json(&r)
                 : csv                       ? print_csv(&r)
                                             : print_text(&r);
    an_positions_free(r.positions);
    an_blockmodel_free(r.blockmodel);
    cli_free_list(r.relations);
    cli_analysis_close(&a);
    return status;
}
