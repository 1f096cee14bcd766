/*
 * cmd_timeline.c — `actornet timeline FILE [windows] [--undated POLICY]
 * [--measure M,...] [--reach ID] [--json | --csv]`: the network in periods,
 * who rose and fell, which factions continued, split or merged, and who an
 * actor could reach with ties that go forward in time.
 */
#include "cli.h"

#include "lens_resolve.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char description[] =
    "The network in periods (snapshots) and how it changed: per period the active actors (those\n"
    "with a tie in it), ties, density, weak components, communities, actors entering and leaving;\n"
    "every actor's centrality in every period (trajectories); communities matched across\n"
    "consecutive periods by the Jaccard overlap of their actors (Greene, Doyle & Cunningham 2010:\n"
    "match when overlap >= --threshold, default 0.3) as continued, split, merged, born or died\n"
    "(Palla, Barabasi & Vicsek 2007); and, with --reach ID, the actors ID can reach by chains whose\n"
    "dated ties never go back in time (tsna's forward reachable set), each with the cited tie that\n"
    "reached it first.\n"
    "\n"
    "Dates: a tie lies in [year (else start), end (else the same year)]; periods are whole years.\n"
    "Windows: --width W fixed windows of W years aligned on multiples of W (default 5);\n"
    "--sliding W,S windows of W years every S years; --breaks Y1,Y2,... periods cut at those years;\n"
    "--phases the runs of years with dated ties (joined across --gap empty years, default 1).\n"
    "--from/--to limit the range (default: the first and last year of the placed ties).\n"
    "\n"
    "Undated ties (--undated): drop (default) leaves them out of every period and says how many:\n"
    "a timeline shows change, and ties without a date would sit unchanged in every snapshot,\n"
    "flattening every trajectory (most ties of the bundled proxy network are undated: the first\n"
    "line of the output counts them);\n"
    "every keeps them in every period (as the time-respecting chains of `paths` allow them);\n"
    "actors places them in the years both actors exist (node start/end), leaving out a tie\n"
    "neither of whose actors is dated.\n"
    "\n"
    "Scores are raw (unnormalised) unless --normalized; an actor not active in a period has no\n"
    "score there (null in JSON, empty in CSV). The lens (default auto: cooperation where the\n"
    "vocabulary allows) applies to the snapshots and to --reach.\n"
    "\n"
    "--json: an_timeline_json's object {\"periods\", \"trajectories\", \"communities\", \"events\", ...}\n"
    "with \"file\" and \"reach\" (or null) added; --csv: one row per (actor, active period).";

typedef struct timeline_args {
    const char *file, *sliding, *breaks, *undated, *measures, *reach;
    double width, threshold, from, to;
    long long gap, top;
    int phases, normalized, no_communities, json, csv;
    int has_from, has_to;
} timeline_args;

/* A comma-separated list of years. */
static double *parse_years(const char *text, int64_t *count)
{
    char **items = cli_split_list(text);
    if (!items)
        return NULL;
    int64_t n = 0;
    while (items[n])
        n++;
    double *years = malloc((size_t)(n + 1) * sizeof *years);
    for (int64_t i = 0; years && i < n; i++) {
        char *end = NULL;
        years[i] = strtod(items[i], &end);
        if (end == items[i] || *end || !isfinite(years[i])) {
            cli_error("timeline: '%s' is not a year", items[i]);
            free(years);
            years = NULL;
        }
    }
    cli_free_list(items);
    *count = n;
    return years;
}

static int parse_measures(an_centrality_measure **out, int64_t *count, const char *text)
{
    *out = NULL;
    *count = 0;
    if (!text)
        return -1;
    char **items = cli_split_list(text);
    if (!items)
        return CLI_EXIT_USAGE;
    int64_t n = 0;
    while (items[n])
        n++;
    an_centrality_measure *measures = malloc((size_t)(n + 1) * sizeof *measures);
    int rc = measures && n > 0 ? -1 : CLI_EXIT_USAGE;
    for (int64_t i = 0; rc < 0 && i < n; i++)
        if (an_centrality_measure_from_name(&measures[i], items[i]) != AN_OK) {
            cli_error("timeline: unknown measure '%s' (degree, betweenness, closeness, pagerank, ...)", items[i]);
            rc = CLI_EXIT_USAGE;
        }
    cli_free_list(items);
    if (rc >= 0) {
        free(measures);
        return rc;
    }
    *out = measures;
    *count = n;
    return -1;
}

/* Windows, range and undated policy from the arguments. Returns -1 to go on, else an exit code. */
static int build_options(an_timeline_options *o, const timeline_args *a, double **breaks)
{
    *breaks = NULL;
    int chosen = (a->sliding != NULL) + (a->breaks != NULL) + (a->phases != 0);
    if (chosen > 1) {
        cli_error("timeline: choose one of --sliding, --breaks and --phases");
        return CLI_EXIT_USAGE;
    }
    o->width = a->width;
    if (a->sliding) {
        int64_t n = 0;
        double *values = parse_years(a->sliding, &n);
        if (!values || n != 2) {
            if (values)
                cli_error("timeline: --sliding takes WIDTH,STEP (e.g. 5,1)");
            free(values);
            return CLI_EXIT_USAGE;
        }
        o->windows = AN_WINDOWS_SLIDING;
        o->width = values[0];
        o->step = values[1];
        free(values);
    } else if (a->breaks) {
        o->windows = AN_WINDOWS_BREAKS;
        if (!(*breaks = parse_years(a->breaks, &o->break_count)))
            return CLI_EXIT_USAGE;
        o->breaks = *breaks;
    } else if (a->phases) {
        o->windows = AN_WINDOWS_PHASES;
        o->gap = a->gap;
    }
    o->has_from = a->has_from;
    o->from = a->from;
    o->has_to = a->has_to;
    o->to = a->to;
    o->normalized = a->normalized;
    o->communities = !a->no_communities;
    o->match_threshold = a->threshold;
    static const struct {
        const char *name;
        int value;
    } policies[] = { { "drop", AN_TIMELINE_UNDATED_DROP },
                     { "every", AN_TIMELINE_UNDATED_EVERY_PERIOD },
                     { "every_period", AN_TIMELINE_UNDATED_EVERY_PERIOD },
                     { "actors", AN_TIMELINE_UNDATED_BY_ACTORS },
                     { "by_actors", AN_TIMELINE_UNDATED_BY_ACTORS } };
    if (a->undated) {
        size_t i = 0;
        while (i < sizeof policies / sizeof policies[0] && strcmp(policies[i].name, a->undated) != 0)
            i++;
        if (i == sizeof policies / sizeof policies[0]) {
            cli_error("timeline: --undated takes drop, every or actors (got '%s')", a->undated);
            return CLI_EXIT_USAGE;
        }
        o->undated = policies[i].value;
    }
    return -1;
}

/* "1992-1994" for whole years, else "[b, e)". */
static void period_label(char *buffer, size_t size, const an_timeline_period *p)
{
    if (p->begin == floor(p->begin) && p->end == floor(p->end) && p->end - p->begin >= 1) {
        if (p->end - p->begin == 1)
            snprintf(buffer, size, "%.0f", p->begin);
        else
            snprintf(buffer, size, "%.0f-%.0f", p->begin, p->end - 1);
    } else {
        snprintf(buffer, size, "[%g, %g)", p->begin, p->end);
    }
}

/* Indices of the actors of period p by score (descending, ties by node order), at most k. */
static int64_t top_actors(const an_timeline *t, int64_t measure, int64_t p, int64_t *out, int64_t k)
{
    int64_t n = t->node_count, count = 0;
    const double *scores = t->scores + (measure * t->period_count + p) * n;
    for (int64_t v = 0; v < n; v++) {
        if (scores[v] != scores[v])
            continue;
        int64_t at = count < k ? count++ : k;
        if (at == k && !(scores[v] > scores[out[k - 1]]))
            continue;
        if (at == k)
            at = k - 1;
        while (at > 0 && scores[v] > scores[out[at - 1]]) {
            out[at] = out[at - 1];
            at--;
        }
        out[at] = v;
    }
    return count;
}

static void text_periods(an_i_strbuf *b, const an_timeline *t)
{
    an_i_strbuf_printf(b, "%-12s %6s %6s %8s %8s %6s %8s %6s %6s %6s\n", "period", "actors", "ties", "undated",
                       "density", "comps", "largest", "comms", "enter", "leave");
    for (int64_t p = 0; p < t->period_count; p++) {
        const an_timeline_period *q = &t->periods[p];
        char label[64], density[32];
        period_label(label, sizeof label, q);
        if (q->density == q->density)
            snprintf(density, sizeof density, "%.4f", q->density);
        else
            snprintf(density, sizeof density, "-");
        an_i_strbuf_printf(b, "%-12s %6lld %6lld %8lld %8s %6lld %8lld %6lld %6lld %6lld\n", label,
                           (long long)q->actors, (long long)q->ties, (long long)q->undated_ties, density,
                           (long long)q->components, (long long)q->largest_component, (long long)q->communities,
                           (long long)q->entering, (long long)q->leaving);
    }
}

static void text_top(an_i_strbuf *b, const an_timeline *t, int64_t k)
{
    int64_t *top = malloc((size_t)(k + 1) * sizeof *top);
    if (!top) {
        b->failed = 1;
        return;
    }
    for (int64_t m = 0; m < t->measure_count; m++) {
        an_i_strbuf_printf(b, "\ntop %lld by %s per period:\n", (long long)k, an_centrality_measure_name(t->measures[m]));
        for (int64_t p = 0; p < t->period_count; p++) {
            char label[64];
            period_label(label, sizeof label, &t->periods[p]);
            int64_t count = top_actors(t, m, p, top, k);
            an_i_strbuf_printf(b, "  %-12s", label);
            for (int64_t i = 0; i < count; i++)
                an_i_strbuf_printf(b, "%s %s (%.4g)", i ? "," : "", t->node_ids[top[i]],
                                   t->scores[(m * t->period_count + p) * t->node_count + top[i]]);
            an_i_strbuf_puts(b, count ? "\n" : " -\n");
        }
    }
    free(top);
}

/* Actors active in more than one period, with the periods. */
static void text_spanning(an_i_strbuf *b, const an_timeline *t)
{
    int64_t n = t->node_count, shown = 0;
    an_i_strbuf_puts(b, "\nactors active in more than one period:\n");
    for (int64_t v = 0; v < n; v++) {
        int64_t periods = 0;
        for (int64_t p = 0; p < t->period_count; p++)
            periods += t->active[p * n + v];
        if (periods < 2)
            continue;
        shown++;
        an_i_strbuf_printf(b, "  %s:", t->node_ids[v]);
        for (int64_t p = 0; p < t->period_count; p++)
            if (t->active[p * n + v]) {
                char label[64];
                period_label(label, sizeof label, &t->periods[p]);
                an_i_strbuf_printf(b, " %s", label);
            }
        an_i_strbuf_puts(b, "\n");
    }
    if (!shown)
        an_i_strbuf_puts(b, "  none\n");
}

static void text_events(an_i_strbuf *b, const an_timeline *t)
{
    an_i_strbuf_printf(b, "\ncommunity events (Jaccard >= %g):\n", t->match_threshold);
    if (!t->event_count)
        an_i_strbuf_puts(b, "  none\n");
    for (int64_t i = 0; i < t->event_count; i++) {
        const an_timeline_event *e = &t->events[i];
        char before[64], after[64];
        period_label(before, sizeof before, &t->periods[e->period - 1]);
        period_label(after, sizeof after, &t->periods[e->period]);
        an_i_strbuf_printf(b, "  %s -> %s  %-9s", before, after, an_timeline_event_name(e->kind));
        if (e->before >= 0)
            an_i_strbuf_printf(b, " community %lld of %s", (long long)e->before, before);
        if (e->before >= 0 && e->after >= 0)
            an_i_strbuf_puts(b, " ->");
        if (e->after >= 0)
            an_i_strbuf_printf(b, " community %lld of %s (lineage %lld)", (long long)e->after, after,
                               (long long)t->community_lineage[t->community_offsets[e->period] + e->after]);
        if (e->before >= 0 && e->after >= 0)
            an_i_strbuf_printf(b, ", overlap %.2f", e->jaccard);
        an_i_strbuf_puts(b, "\n");
    }
}

static void text_reach(an_i_strbuf *b, const an_reach *r)
{
    an_i_strbuf_printf(b, "\nforward reachable set of %s (time-respecting chains): %lld actors\n", r->source,
                       (long long)(r->reached_count - 1));
    for (int64_t i = 1; i < r->reached_count; i++) {
        const an_reach_step *s = &r->steps[i];
        char when[32];
        if (isfinite(s->arrival))
            snprintf(when, sizeof when, "%.0f", s->arrival);
        else
            snprintf(when, sizeof when, "undated");
        an_i_strbuf_printf(b, "  %-30s by %-8s %lld hop%s, from %s -[%s]- (edge %s", s->id, when, (long long)s->hops,
                           s->hops == 1 ? "" : "s", s->from, s->relation ? s->relation : "tie",
                           s->edge_id ? s->edge_id : "?");
        if (s->year == s->year)
            an_i_strbuf_printf(b, ", %.0f", s->year);
        if (s->source)
            an_i_strbuf_printf(b, "; %s", s->source);
        if (s->locator)
            an_i_strbuf_printf(b, ", %s", s->locator);
        an_i_strbuf_puts(b, ")\n");
    }
}

static int print_text(const cli_analysis *a, const an_timeline *t, const an_reach *reach, const timeline_args *args,
                      const an_timeline_options *o)
{
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_text_head(&b, a);
    an_i_strbuf_printf(&b, "windows: %s; undated ties: %s (%lld dated, %lld undated; %lld ties in no period)\n\n",
                       an_timeline_windows_name(o->windows), an_timeline_undated_name(t->undated),
                       (long long)t->dated_ties, (long long)t->undated_ties, (long long)t->unplaced_ties);
    text_periods(&b, t);
    text_top(&b, t, args->top);
    text_spanning(&b, t);
    if (o->communities)
        text_events(&b, t);
    if (reach)
        text_reach(&b, reach);
    return cli_emit_buffer(&b);
}

static int print_json(const cli_analysis *a, const an_timeline *t, const an_reach *reach)
{
    char *timeline = NULL, *reached = NULL;
    size_t length = 0;
    int rc = an_timeline_json(&timeline, &length, t);
    if (rc == AN_OK && reach)
        rc = an_reach_json(&reached, NULL, reach);
    if (rc != AN_OK) {
        an_free(timeline);
        return cli_analysis_failed(rc);
    }
    an_i_strbuf b;
    an_i_strbuf_init(&b);
    cli_analysis_json_head(&b, a);
    an_i_strbuf_puts(&b, ",\n \"reach\": ");
    if (reached) {
        size_t reached_length = strlen(reached);
        an_i_strbuf_append(&b, reached, reached_length - 1); /* without its newline */
    } else {
        an_i_strbuf_puts(&b, "null");
    }
    an_i_strbuf_puts(&b, ",\n \"timeline\": ");
    an_i_strbuf_append(&b, timeline, length);
    an_i_strbuf_puts(&b, "}\n");
    an_free(timeline);
    an_free(reached);
    return cli_emit_buffer(&b);
}

int cli_cmd_timeline(int argc, char **argv)
{
    timeline_args args = { 0 };
    args.width = 5;
    args.threshold = 0.3;
    args.gap = 1;
    args.top = 5;
    const char *lens_name = NULL, *vocabulary_path = NULL, *weight = NULL, *from_text = NULL, *to_text = NULL;
    int undirected = 0, quiet = 0;
    cli_option options[] = {
        { "width", 0, CLI_REAL, &args.width, "W", "fixed windows of W years (default 5)" },
        { "sliding", 0, CLI_STRING, &args.sliding, "W,S", "sliding windows of W years every S years" },
        { "breaks", 0, CLI_STRING, &args.breaks, "Y1,Y2,...", "periods cut at these years" },
        { "phases", 0, CLI_FLAG, &args.phases, NULL, "periods = runs of years with dated ties" },
        { "gap", 0, CLI_INT, &args.gap, "G", "--phases: empty years joined into one phase (default 1)" },
        { "from", 0, CLI_STRING, &from_text, "YEAR", "first year of the range (default: the first tie's)" },
        { "to", 0, CLI_STRING, &to_text, "YEAR", "last year of the range (default: the last tie's)" },
        { "undated", 0, CLI_STRING, &args.undated, "POLICY", "undated ties: drop (default), every, actors" },
        { "measure", 'm', CLI_STRING, &args.measures, "M,...", "trajectory measures (default degree,betweenness)" },
        { "normalized", 0, CLI_FLAG, &args.normalized, NULL, "NetworkX's default scaling within each period" },
        { "no-communities", 0, CLI_FLAG, &args.no_communities, NULL, "skip communities and their matching" },
        { "threshold", 0, CLI_REAL, &args.threshold, "J", "Jaccard overlap for a community match (default 0.3)" },
        { "reach", 0, CLI_STRING, &args.reach, "ID", "forward reachable set of ID along time-respecting chains" },
        { "top", 'k', CLI_INT, &args.top, "K", "text: the K top actors per period (default 5)" },
        { "json", 0, CLI_FLAG, &args.json, NULL, "print JSON" },
        { "csv", 0, CLI_FLAG, &args.csv, NULL, "print the trajectories as CSV" },
        { "weight", 'w', CLI_STRING, &weight, "COLUMN", "numeric edge column (as the measures read it)" },
        CLI_LENS_OPTIONS(lens_name, vocabulary_path),
        { "undirected", 0, CLI_FLAG, &undirected, NULL, "ignore tie directions" },
        { "quiet", 'q', CLI_FLAG, &quiet, NULL, "do not print load warnings" },
        { 0 } };
    cli_positional positionals[] = { { "FILE", &args.file, 1 }, { 0 } };
    cli_usage usage = {
        "actornet timeline FILE [--width W | --sliding W,S | --breaks Y1,Y2,... | --phases [--gap G]]\n"
        "                       [--from YEAR] [--to YEAR] [--undated drop|every|actors] [--measure M,...]\n"
        "                       [--reach ID] [--lens LENS] [--json | --csv]",
        description,
        "  actornet timeline data/proxy-network.graphml --phases\n"
        "  actornet timeline data/proxy-network.graphml --breaks 1995,2010 --reach tohid_ibrahimbeyli\n"
        "  actornet timeline network.graphml --sliding 5,1 --measure pagerank --csv > trajectories.csv" };
    int rc = cli_parse(argc, argv, options, positionals, &usage);
    if (rc >= 0)
        return rc;
    const char *years[2] = { from_text, to_text };
    double *targets[2] = { &args.from, &args.to };
    int *flags[2] = { &args.has_from, &args.has_to };
    for (int i = 0; i < 2; i++) {
        if (!years[i])
            continue;
        char *end = NULL;
        *targets[i] = strtod(years[i], &end);
        if (end == years[i] || *end || !isfinite(*targets[i])) {
            cli_error("timeline: --%s takes a year (got '%s')", i ? "to" : "from", years[i]);
            return CLI_EXIT_USAGE;
        }
        *flags[i] = 1;
    }
    if (args.json && args.csv) {
        cli_error("timeline: choose one of --json and --csv");
        return CLI_EXIT_USAGE;
    }
    if (args.top < 1) {
        cli_error("timeline: --top must be at least 1");
        return CLI_EXIT_USAGE;
    }
    an_timeline_options o = AN_TIMELINE_OPTIONS_INIT;
    double *breaks = NULL;
    an_centrality_measure *measures = NULL;
    if ((rc = build_options(&o, &args, &breaks)) >= 0 ||
        (rc = parse_measures(&measures, &o.measure_count, args.measures)) >= 0) {
        free(breaks);
        return rc;
    }
    o.measures = measures;
    cli_analysis a;
    if ((rc = cli_analysis_open(&a, "timeline", args.file, lens_name, vocabulary_path, weight, undirected,
                                quiet || args.json || args.csv)) >= 0) {
        free(breaks);
        free(measures);
        return rc;
    }
    o.policy = a.policy;
    an_timeline *t = NULL;
    an_reach *reach = NULL;
    int status;
    /* reach follows chains: with --lens auto (or none given) it reads the lens chosen for chains
     * (influence), as `paths` does; a named lens applies as named */
    an_timeline_options reach_options = o;
    an_i_lens_choice chain_lens;
    int chain_rc = AN_OK;
    if (args.reach && a.lens.automatic) {
        chain_rc = an_i_lens_resolve(&chain_lens, "auto", a.lens.vocabulary, a.network, AN_LENS_FOR_CHAINS);
        if (chain_rc == AN_OK)
            reach_options.policy.lens = &chain_lens.lens;
    }
    if ((rc = chain_rc) != AN_OK || (rc = an_timeline_compute(&t, a.network, &o)) != AN_OK ||
        (args.reach && (rc = an_timeline_reach(&reach, a.network, args.reach, &reach_options)) != AN_OK)) {
        status = cli_analysis_failed(rc);
    } else if (args.csv) {
        char *text = NULL;
        size_t length = 0;
        status = (rc = an_timeline_csv(&text, &length, t)) == AN_OK ? cli_emit(text, length) : cli_analysis_failed(rc);
        an_free(text);
    } else {
        status = args.json ? print_json(&a, t, reach) : print_text(&a, t, reach, &args, &o);
    }
    an_timeline_free(t);
    an_reach_free(reach);
    free(breaks);
    free(measures);
    cli_analysis_close(&a);
    return status;
}
