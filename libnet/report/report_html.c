/*
 * report_html.c — report.html: one self-contained, offline page. Inline CSS,
 * inline SVG diagrams, no scripts, no external resources; every finding as a
 * table and every tie with its citation.
 */
#include "report_internal.h"

#include "error_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PUTS(text) an_i_strbuf_puts(out, text)
#define P(...) an_i_strbuf_printf(out, __VA_ARGS__)
#define H(text) an_i_strbuf_html(out, text)

static const char *const style =
    "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#222;margin:0;background:#fafafa;"
    "line-height:1.45}"
    "main{max-width:1180px;margin:0 auto;padding:1.5em 2em 4em;background:#fff}"
    "h1{font-size:1.7em;margin:.2em 0}h2{font-size:1.3em;margin-top:2.2em;border-bottom:2px solid #77AADD;"
    "padding-bottom:.2em}h3{font-size:1.08em;margin-top:1.6em}"
    ".lede{font-size:1.05em;color:#444}.note{color:#555;font-size:.92em}"
    "nav{margin:1em 0;padding:.6em 1em;background:#f1f4f8;border-radius:6px;font-size:.93em}"
    "nav a{margin-right:1em;color:#0b5394;text-decoration:none}"
    "table{border-collapse:collapse;margin:.6em 0 1em;font-size:.9em;width:100%}"
    "th,td{border-bottom:1px solid #e3e3e3;padding:.3em .5em;text-align:left;vertical-align:top}"
    "th{background:#f3f3f3;font-weight:600}tr:nth-child(even) td{background:#fbfbfb}"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    ".sw{display:inline-block;width:.95em;height:.95em;border:1px solid #666;border-radius:2px;"
    "vertical-align:-.12em;margin-right:.35em}"
    ".tag{display:inline-block;padding:0 .4em;border-radius:3px;font-size:.85em}"
    ".stated{background:#e1f0e6;color:#1d5e34}.reported{background:#fbe9dc;color:#8a3b12}"
    ".warn{background:#fff7e0;border-left:4px solid #E69F00;padding:.5em 1em;margin:.6em 0}"
    "figure{margin:1em 0;padding:0;border:1px solid #e3e3e3;border-radius:6px;background:#fff;overflow:auto}"
    "figure svg{display:block;max-width:100%;height:auto;margin:0 auto}"
    "figcaption{font-size:.9em;color:#444;padding:.5em 1em;background:#f7f7f7;border-top:1px solid #e3e3e3}"
    ".bar{position:relative;height:.8em;background:#eee;border-radius:3px;min-width:160px}"
    ".bar span{position:absolute;top:0;height:100%;background:#77AADD;border-radius:3px}"
    ".bar i{position:absolute;top:-.15em;width:2px;height:1.1em;background:#222}"
    "details summary{cursor:pointer;font-weight:600;margin:.5em 0}"
    "code{background:#f3f3f3;padding:0 .25em;border-radius:3px;font-size:.92em}"
    "footer{margin-top:3em;font-size:.85em;color:#666}";

static void td_text(an_i_strbuf *out, const char *text)
{
    PUTS("<td>");
    H(text ? text : "");
    PUTS("</td>");
}

static void td_number(an_i_strbuf *out, double value, const char *format)
{
    PUTS("<td class=\"n\">");
    if (isnan(value))
        PUTS("&ndash;");
    else
        P(format, value);
    PUTS("</td>");
}

static void swatch(an_i_strbuf *out, const an_i_report *report, int64_t v)
{
    int64_t community = an_i_report_community(report, v);
    if (community < 0) {
        PUTS("<span class=\"sw\" style=\"background:#ffffff\" title=\"outside the lens\"></span>");
        return;
    }
    int64_t rank = an_i_report_community_rank(report, community);
    P("<span class=\"sw\" style=\"background:%s\" title=\"community %lld\"></span>", an_i_diagram_community_colour(rank),
      (long long)rank + 1);
}

/* "Lens: cooperation — why." under a section's heading. */
static void lens_note(an_i_strbuf *out, const an_i_lens_choice *choice)
{
    PUTS("<p class=\"note\">Lens: <b>");
    H(choice->lens.name);
    PUTS("</b> &mdash; ");
    if (choice->automatic)
        PUTS("chosen: ");
    H(choice->reason);
    PUTS("</p>\n");
}

static void actor_cell(an_i_strbuf *out, const an_i_report *report, int64_t v)
{
    PUTS("<td>");
    swatch(out, report, v);
    H(report->labels[v]);
    PUTS(" <code>");
    H(an_network_node_id(report->network, v));
    PUTS("</code></td>");
}

static void confidence_tag(an_i_strbuf *out, const char *confidence)
{
    if (!confidence) {
        PUTS("&ndash;");
        return;
    }
    P("<span class=\"tag %s\">", strcmp(confidence, "stated") == 0 ? "stated" : "reported");
    H(confidence);
    PUTS("</span>");
}

static void figure(an_i_strbuf *out, const an_i_diagram *d, const char *caption)
{
    PUTS("<figure>");
    if (d->svg) {
        char *inline_svg = an_i_svg_for_html(d->svg);
        if (inline_svg)
            PUTS(inline_svg);
        free(inline_svg);
    } else {
        PUTS("<p class=\"warn\">No picture: ");
        H(d->problem ? d->problem : "not rendered");
        P(". The diagram is in <code>%s.dot</code>.</p>", d->name);
    }
    PUTS("<figcaption>");
    H(caption);
    P(" <span class=\"note\">(file <code>%s.dot</code>%s)</span></figcaption></figure>\n", d->name,
      d->svg ? " and .svg; hover a node or tie for its details and citation" : "");
}

static const an_i_diagram *find_diagram(const an_i_report *report, const char *name)
{
    for (int64_t i = 0; i < report->output->diagram_count; i++)
        if (strcmp(report->output->diagrams[i].name, name) == 0)
            return &report->output->diagrams[i];
    return NULL;
}

static void section_overview(an_i_strbuf *out, const an_i_report *report)
{
    an_i_tally classes = { 0 }, relations = { 0 }, confidence = { 0 };
    double low = INFINITY, high = -INFINITY;
    for (int64_t v = 0; v < report->n; v++)
        if (report->class_column >= 0)
            an_i_tally_add(&classes, report->classes[v]);
    for (int64_t e = 0; e < report->m; e++) {
        if (report->relation_column >= 0)
            an_i_tally_add(&relations, an_i_report_edge_string(report, report->relation_column, e));
        if (report->confidence_column >= 0)
            an_i_tally_add(&confidence, an_i_report_edge_string(report, report->confidence_column, e));
        double y = an_i_report_edge_year(report, e), z = an_i_report_edge_end(report, e);
        if (!isnan(y)) {
            low = y < low ? y : low;
            high = y > high ? y : high;
        }
        if (!isnan(z))
            high = z > high ? z : high;
    }
    an_i_tally_sort(&classes);
    an_i_tally_sort(&relations);
    an_i_tally_sort(&confidence);
    PUTS("<h2 id=\"overview\">The network</h2>\n<table><tbody>");
    P("<tr><th>actors</th><td>%lld</td></tr><tr><th>ties</th><td>%lld</td></tr>", (long long)report->n,
      (long long)report->m);
    int direction = an_network_direction(report->network);
    P("<tr><th>direction</th><td>%s (analysed as %s; brokerage on stored directions)</td></tr>",
      direction == AN_DIRECTED ? "directed" : direction == AN_UNDIRECTED ? "undirected" : "mixed",
      report->options.directed ? "stored" : "undirected");
    P("<tr><th>lens of actors, brokers, communities, key players</th><td><b>");
    H(report->structure.lens.name);
    P("</b>: %lld actors, %lld ties (", (long long)report->structure_nodes, (long long)report->structure_ties);
    H(report->structure.reason);
    PUTS(")</td></tr><tr><th>lens of chains</th><td><b>");
    H(report->chain.lens.name);
    P("</b>: %lld ties%s (", (long long)report->chain_ties,
      report->time_respecting ? ", each hop not dated before the one it follows" : "");
    H(report->chain.reason);
    PUTS(")</td></tr>");
    if (!isinf(low))
        P("<tr><th>years</th><td>%.0f&ndash;%.0f</td></tr>", low, high);
    P("<tr><th>weak components</th><td>%lld (largest %lld actors; %lld isolates)</td></tr>",
      (long long)report->weak_components, (long long)report->largest_component, (long long)report->isolate_count);
    an_i_tally *lists[3] = { &classes, &relations, &confidence };
    const char *names[3] = { "actor classes", "relations", "confidence" };
    for (int i = 0; i < 3; i++) {
        if (!lists[i]->count)
            continue;
        P("<tr><th>%s</th><td>", names[i]);
        for (int64_t j = 0; j < lists[i]->count; j++) {
            P("%s", j ? ", " : "");
            H(lists[i]->names[j]);
            P(" %lld", (long long)lists[i]->counts[j]);
        }
        PUTS("</td></tr>");
    }
    PUTS("</tbody></table>\n");
    an_i_tally_free(&classes);
    an_i_tally_free(&relations);
    an_i_tally_free(&confidence);
}

/* Only above options.exact_limit: what is estimated and what is left out. */
static void section_methods(an_i_strbuf *out, const an_i_report *report)
{
    const an_betweenness_approximation *b = &report->betweenness_info;
    P("<h2 id=\"methods\">Methods at this size</h2>\n<div class=\"warn\"><p>%lld actors &times; %lld ties = %.3g, above "
      "the exact limit of %.3g: the measures whose exact cost grows as actors &times; ties are estimated, and the "
      "page lists the leading rows of its long tables. Every value is in <code>report.json</code>, "
      "<code>actors.csv</code>, <code>communities.csv</code> and <code>network.graphml</code>.</p><ul>",
      (long long)report->n, (long long)report->m, (double)report->n * (double)report->m, report->options.exact_limit);
    if (b->exact)
        PUTS("<li><b>Betweenness</b>: exact (the sampler's pilot predicted that sampling would cost more).</li>");
    else
        P("<li><b>Betweenness</b>: estimated from %lld sampled shortest paths (Riondato &amp; Kornaropoulos 2016; "
          "vertex-diameter bound %lld): with probability at least %g, every actor's normalised betweenness is within "
          "&epsilon; = %g of its exact value. Actors whose values differ by less than that may be ranked either "
          "way.</li>",
          (long long)b->samples, (long long)b->vertex_diameter_bound, 1.0 - b->delta, b->epsilon);
    double top = an_i_report_largest(report, AN_BETWEENNESS);
    if (!b->exact && top < 2.0 * b->epsilon)
        P("<li><b>Caution</b>: the largest betweenness here is %.3g, less than twice &epsilon;: the guarantee alone "
          "does not separate the top actors from the rest. Sampling errors of the leading values are in practice "
          "far smaller than &epsilon; (they rest on many sampled paths each), and the rank intervals under tie "
          "dropout below show how stable the order is; treat close ranks as ties.</li>", top);
    for (int k = 0; k < report->measure_count; k++) {
        an_centrality_measure measure = report->measures[k];
        if (measure != AN_HARMONIC && measure != AN_CLOSENESS)
            continue;
        if (report->distance_exact)
            P("<li><b>%s</b>: exact (a breadth-first search from every actor).</li>",
              an_centrality_measure_name(measure));
        else if (measure == AN_HARMONIC)
            P("<li><b>harmonic</b>: estimated from breadth-first searches from %lld actors drawn at random: with "
              "probability at least %g, every actor's value is within %g &times; (n &minus; 1) of its exact value "
              "(Hoeffding).</li>",
              (long long)report->distance_sources, 1.0 - AN_I_SCALE_DISTANCE_DELTA, AN_I_SCALE_DISTANCE_EPSILON);
        else
            P("<li><b>closeness</b>: estimated from the same %lld sampled searches (no guarantee).</li>",
              (long long)report->distance_sources);
    }
    P("<li><b>Key players</b>: the greedy + swap search chose among %lld candidates (the top %d actors by approximate "
      "betweenness and the top %d by degree), not among all actors; efficiency after removal is not computed "
      "(it needs a search from every actor).</li>",
      (long long)report->kp_pool_count, AN_I_SCALE_POOL, AN_I_SCALE_POOL);
    P("<li><b>Communities</b>: Leiden runs %d iterations (the default of leidenalg and python-igraph), not until "
      "the partition is stable, for the network and for every view below alike, in actornet's own implementation "
      "(no igraph, so the views are partitioned at once); ties are read as undirected, parallel ties once.</li>",
      AN_I_SCALE_LEIDEN_ITERATIONS);
    P("<li><b>Stated evidence and tie dropout</b>: rerun with the estimates above; %lld dropout replicate%s "
      "(%lld asked for, at most %d at this size).</li>",
      (long long)report->replicates_run, report->replicates_run == 1 ? "" : "s", (long long)report->options.replicates,
      AN_I_SCALE_REPLICATES);
    if (!report->options.from || !report->options.to)
        P("<li><b>Chains</b>: from at most %lld default sources to at most %lld default targets.</li>",
          (long long)report->max_ends, (long long)report->max_ends);
    P("<li><b>This page</b> lists the first %d ties, %d names per warning and the %d largest communities.</li>"
      "</ul></div>\n", AN_I_SCALE_HTML_TIES, AN_I_SCALE_HTML_NAMES, AN_I_SCALE_HTML_COMMUNITIES);
}

static void section_pictures(an_i_strbuf *out, const an_i_report *report)
{
    PUTS("<h2 id=\"picture\">The picture</h2>\n");
    if (report->output->draw_whole) {
        const an_i_diagram *d = find_diagram(report, "network");
        if (d) {
            an_i_strbuf caption;
            an_i_strbuf_init(&caption);
            an_i_strbuf_printf(&caption, "The whole network (sfdp layout). Shape: actor class; fill: community; "
                                         "size: %s; thick border: key player; edge colour: relation family; "
                                         "dashed: reported.", report->options.size_by);
            figure(out, d, caption.data ? caption.data : "");
            an_i_strbuf_free(&caption);
        }
        return;
    }
    P("<p class=\"warn\">The network has %lld actors, more than the drawing limit of %lld: it is shown as its most "
      "central actors, the community quotient graph and the ego networks of the three most central actors.</p>\n",
      (long long)report->n, (long long)report->options.draw_limit);
    for (int64_t i = 0; i < report->output->diagram_count; i++) {
        const an_i_diagram *d = &report->output->diagrams[i];
        if (strncmp(d->name, "chain-", 6) != 0)
            figure(out, d, d->title);
    }
}

static void section_actors(an_i_strbuf *out, const an_i_report *report)
{
    int64_t n = report->n, top = an_i_report_top(report);
    P("<h2 id=\"actors\">Top actors</h2>\n<p>The %lld most central actors by <b>%s</b>, with their score and rank "
      "(in brackets) under each measure. Ties are read as %s and parallel ties count once. Scores follow "
      "NetworkX's definitions; constraint is better when lower.</p>\n",
      (long long)top, report->options.size_by, report->options.directed ? "directed" : "undirected");
    lens_note(out, &report->structure);
    PUTS("<table><thead><tr><th class=\"n\">#</th><th>actor</th><th>class</th>");
    for (int k = 0; k < report->measure_count; k++)
        P("<th class=\"n\">%s</th>", an_centrality_measure_name(report->measures[k]));
    PUTS("</tr></thead><tbody>\n");
    for (int64_t i = 0; i < top; i++) {
        int64_t v = report->order[i];
        P("<tr><td class=\"n\">%lld</td>", (long long)i + 1);
        actor_cell(out, report, v);
        td_text(out, report->classes[v]);
        for (int k = 0; k < report->measure_count; k++) {
            double value = report->scores[(size_t)k * n + v], rank = report->ranks[(size_t)k * n + v];
            PUTS("<td class=\"n\">");
            if (isnan(value))
                PUTS("&ndash;");
            else
                P("%.3g <span class=\"note\">(%g)</span>", value, rank);
            PUTS("</td>");
        }
        PUTS("</tr>\n");
    }
    PUTS("</tbody></table>\n");
}

static void section_brokers(an_i_strbuf *out, const an_i_report *report)
{
    if (!report->brokerage)
        return;
    int64_t list[64], limit = report->options.top_k < 64 ? report->options.top_k : 64;
    int64_t count = an_i_report_brokers(report, list, limit);
    PUTS("<h2 id=\"brokers\">Brokers</h2>\n<p>Gould &amp; Fernandez (1989) brokerage roles with groups by actor "
         "class: how often each actor sits on an open two-step path a&rarr;b&rarr;c, classified by the classes of the "
         "three (coordinator: all one class; itinerant: the ends share a class, the broker not; gatekeeper: the broker "
         "shares the receiver's class; representative: the sender's; liaison: three classes). Stored directions.</p>\n");
    lens_note(out, &report->structure);
    if (!count) {
        PUTS("<p>No actor brokers between others.</p>\n");
        return;
    }
    PUTS("<table><thead><tr><th>actor</th><th>class</th><th class=\"n\">coordinator</th><th class=\"n\">itinerant</th>"
         "<th class=\"n\">gatekeeper</th><th class=\"n\">representative</th><th class=\"n\">liaison</th>"
         "<th class=\"n\">total</th><th>main role</th></tr></thead><tbody>\n");
    for (int64_t i = 0; i < count; i++) {
        const int64_t *roles = report->brokerage + (size_t)list[i] * AN_BROKERAGE_ROLES;
        int main_role = 0;
        PUTS("<tr>");
        actor_cell(out, report, list[i]);
        td_text(out, report->classes[list[i]]);
        for (int r = 0; r < AN_BROKERAGE_ROLES; r++) {
            P("<td class=\"n\">%lld</td>", (long long)roles[r]);
            if (r < AN_ROLE_TOTAL && roles[r] > roles[main_role])
                main_role = r;
        }
        td_text(out, an_brokerage_role_name(main_role));
        PUTS("</tr>\n");
    }
    PUTS("</tbody></table>\n");
}

static void section_communities(an_i_strbuf *out, const an_i_report *report)
{
    const an_partition *partition = report->partition;
    char modularity[32];
    if (isnan(partition->modularity)) /* no ties (a single actor): undefined, never "nan" */
        snprintf(modularity, sizeof modularity, "undefined (no ties)");
    else
        snprintf(modularity, sizeof modularity, "%.3f", partition->modularity);
    P("<h2 id=\"communities\">Communities</h2>\n<p>Leiden (modularity, seed %llu): %lld communities, modularity "
      "%s. Members are listed by %s, most central first; the dominant relations are those of the ties inside the "
      "community.</p>\n",
      (unsigned long long)report->options.seed, (long long)partition->count, modularity, report->options.size_by);
    lens_note(out, &report->structure);
    PUTS("<table><thead><tr><th class=\"n\">#</th><th class=\"n\">size</th><th>classes</th><th>relations inside</th>"
         "<th>members</th></tr></thead><tbody>\n");
    int64_t listed = partition->count;
    if (report->scaled && listed > AN_I_SCALE_HTML_COMMUNITIES)
        listed = AN_I_SCALE_HTML_COMMUNITIES;
    for (int64_t i = 0; i < listed; i++) {
        int64_t c = report->community_order[i], internal = 0;
        an_i_tally classes = { 0 }, relations = { 0 };
        an_i_report_community_tallies(report, c, &classes, &relations, &internal);
        an_i_tally_sort(&classes);
        an_i_tally_sort(&relations);
        P("<tr><td class=\"n\"><span class=\"sw\" style=\"background:%s\"></span>%lld</td><td class=\"n\">%lld</td><td>",
          an_i_diagram_community_colour(i), (long long)i + 1, (long long)partition->sizes[c]);
        for (int64_t j = 0; j < classes.count && j < 4; j++) {
            P("%s", j ? ", " : "");
            H(classes.names[j]);
            P(" %lld", (long long)classes.counts[j]);
        }
        PUTS("</td><td>");
        for (int64_t j = 0; j < relations.count && j < 4; j++) {
            P("%s", j ? ", " : "");
            H(relations.names[j]);
            P(" %lld", (long long)relations.counts[j]);
        }
        if (!relations.count)
            PUTS("&ndash;");
        PUTS("</td><td>");
        int shown = 0;
        for (int64_t j = report->community_offsets[c]; j < report->community_offsets[c + 1]; j++) {
            int64_t v = report->community_members[j];
            if (shown == 12) {
                P(" and %lld more", (long long)(partition->sizes[c] - 12));
                break;
            }
            P("%s", shown++ ? ", " : "");
            H(report->labels[v]);
        }
        PUTS("</td></tr>\n");
        an_i_tally_free(&classes);
        an_i_tally_free(&relations);
    }
    PUTS("</tbody></table>\n");
    if (listed < partition->count)
        P("<p class=\"note\">The %lld largest of %lld communities; all of them, with every member, are in "
          "<code>communities.csv</code>.</p>\n", (long long)listed, (long long)partition->count);
}

static void state_row(an_i_strbuf *out, const char *name, const an_whatif_state *state)
{
    P("<tr><td>%s</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td><td class=\"n\">%lld</td>"
      "<td class=\"n\">%lld</td><td class=\"n\">%.3f</td>",
      name, (long long)state->nodes, (long long)state->edges, (long long)state->components,
      (long long)state->largest_component, state->fragmentation);
    td_number(out, state->efficiency, "%.3f"); /* NaN (not computed on large networks): a dash */
    PUTS("</tr>\n");
}

static void section_key_players(an_i_strbuf *out, const an_i_report *report)
{
    PUTS("<h2 id=\"key-players\">Key players</h2>\n");
    lens_note(out, &report->structure);
    if (!report->kp_done) {
        PUTS("<p>The network is too small for key players.</p>\n");
        return;
    }
    P("<p>Borgatti's (2006) key-player sets of %lld actors. <b>Fragmentation</b> (KPP-Neg): the actors whose removal "
      "most breaks the network apart: ", (long long)report->kp_k);
    for (int64_t k = 0; k < report->kp_k; k++) {
        P("%s<b>", k ? (k + 1 == report->kp_k ? " and " : ", ") : "");
        H(report->labels[report->kp_fragmentation[k]]);
        PUTS("</b>");
    }
    P(" (fragmentation %.3f after removal). <b>Reach</b> (KPP-Pos): the actors who reach the most others within two "
      "steps: ", report->kp_fragmentation_result.score);
    for (int64_t k = 0; k < report->kp_k; k++) {
        P("%s", k ? (k + 1 == report->kp_k ? " and " : ", ") : "");
        H(report->labels[report->kp_reach[k]]);
    }
    P(" (%.0f%% of the others).</p>\n", 100.0 * report->kp_reach_result.score);
    PUTS("<table><thead><tr><th>what is removed</th><th class=\"n\">actors</th><th class=\"n\">ties</th>"
         "<th class=\"n\">components</th><th class=\"n\">largest</th><th class=\"n\">fragmentation</th>"
         "<th class=\"n\">efficiency</th></tr></thead><tbody>\n");
    state_row(out, "nothing", &report->kp_whatif.before);
    state_row(out, "the key-player set", &report->kp_whatif.after);
    for (int64_t k = 0; k < report->kp_k; k++) {
        an_i_strbuf name;
        an_i_strbuf_init(&name);
        an_i_strbuf_html(&name, report->labels[report->kp_fragmentation[k]]);
        state_row(out, name.data ? name.data : "", &report->kp_single[k].after);
        an_i_strbuf_free(&name);
    }
    PUTS("</tbody></table>\n");
}

static void hop_rows(an_i_strbuf *out, const an_i_report *report, const an_path *path)
{
    PUTS("<table><thead><tr><th class=\"n\">hop</th><th>tie (as the source states it)</th><th class=\"n\">year</th>"
         "<th>confidence</th><th>source</th><th>locator</th><th>evidence (paraphrase)</th></tr></thead><tbody>\n");
    for (int64_t h = 0; h < path->length; h++) {
        const an_path_hop *hop = &path->hops[h];
        int64_t from = hop->reversed ? hop->to_node : hop->from_node, to = hop->reversed ? hop->from_node : hop->to_node;
        P("<tr><td class=\"n\">%lld</td><td><b>", (long long)h + 1);
        H(report->labels[from]);
        PUTS("</b> <i>");
        H(hop->relation ? hop->relation : "tie");
        PUTS("</i> <b>");
        H(report->labels[to]);
        PUTS("</b>");
        if (an_i_report_symbolic_relation(hop->relation))
            PUTS(" <span class=\"warn\">symbolic: ideas or symbols pass, not orders, money, arms or people</span>");
        if (hop->alternative_count) {
            P("<br><span class=\"note\">also: ");
            for (int64_t a = 0; a < hop->alternative_count; a++) {
                const an_path_tie *tie = &hop->alternatives[a];
                P("%s", a ? "; " : "");
                H(tie->relation ? tie->relation : "tie");
                PUTS(" (");
                H(tie->confidence ? tie->confidence : "?");
                PUTS(", ");
                H(tie->locator ? tie->locator : "no locator");
                PUTS(")");
            }
            PUTS("</span>");
        }
        PUTS("</td>");
        td_number(out, hop->year, "%.0f");
        PUTS("<td>");
        confidence_tag(out, hop->confidence);
        PUTS("</td>");
        td_text(out, hop->source);
        td_text(out, hop->locator);
        td_text(out, an_i_report_edge_string(report, report->evidence_column, hop->edge));
        PUTS("</tr>\n");
    }
    PUTS("</tbody></table>\n");
}

static void section_chains(an_i_strbuf *out, const an_i_report *report)
{
    PUTS("<h2 id=\"chains\">Chains</h2>\n<p>Routes through the cited ties from <b>");
    H(report->from_rule);
    PUTS("</b> to <b>");
    H(report->to_rule);
    P("</b>: the %lld shortest per pair, at most %lld hops, through intermediate actors of any class but state and "
      "place, over %s (",
      (long long)report->options.chain_k, (long long)report->options.chain_max_length,
      report->chain.active ? "ties of influence" : "ties of agency");
    H(report->relations_rule);
    P(").%s Each hop is shown as the source states it. %lld chain%s found, %lld shown. "
      "Each hop is one claim, as the cited paper makes it: a chain is a route through the evidence, not a proven "
      "line of command.</p>\n",
      report->chain.active ? (report->time_respecting
                                  ? " Chains follow the flow of influence the vocabulary gives each relation, in time "
                                    "order: no hop's tie is dated before the tie it follows (undated ties may sit "
                                    "anywhere)."
                                  : " Chains follow the flow of influence the vocabulary gives each relation.")
                           : " Ties are walked either way.",
      (long long)report->chains_found, report->chains_found == 1 ? "" : "s", (long long)report->chain_count);
    lens_note(out, &report->chain);
    if (report->from_count == 0 || report->to_count == 0)
        PUTS("<p class=\"warn\">No sources or no targets: name them with <code>--from</code> and <code>--to</code>."
             "</p>\n");
    for (int64_t i = 0; i < report->chain_count; i++) {
        const an_i_chain *chain = &report->chains[i];
        const an_path *path = chain->path;
        P("<h3 id=\"chain-%lld\">Chain %lld: ", (long long)i + 1, (long long)i + 1);
        H(report->labels[path->nodes[0]]);
        PUTS(" &rarr; ");
        H(report->labels[path->nodes[path->length]]);
        P(" <span class=\"note\">(%lld hop%s, %s", (long long)path->length, path->length == 1 ? "" : "s",
          chain->reported_hops ? "rests on reported ties" : "every hop stated");
        if (chain->symbolic_hops)
            P("; %lld symbolic hop%s: ideas or symbols, not an operational link", (long long)chain->symbolic_hops,
              chain->symbolic_hops == 1 ? "" : "s");
        PUTS(")</span></h3>\n");
        char name[32];
        snprintf(name, sizeof name, "chain-%lld", (long long)i + 1);
        const an_i_diagram *d = find_diagram(report, name);
        if (d)
            figure(out, d, "Left to right from source to target; arrows show each tie's stored direction.");
        hop_rows(out, report, path);
    }
}

static void section_stated(an_i_strbuf *out, const an_i_report *report)
{
    const an_rank_robustness *rank = report->rank_robustness;
    PUTS("<h2 id=\"stated\">What holds on stated evidence alone</h2>\n");
    if (!rank || !rank->has_stated) {
        PUTS("<p>The network has no confidence column: nothing to separate.</p>\n");
        return;
    }
    int64_t top = an_i_report_top(report), kept = 0, holding = 0;
    for (int64_t i = 0; i < top; i++)
        kept += rank->stated_rank[report->order[i]] <= (double)top;
    for (int64_t i = 0; i < report->chain_count; i++)
        holding += report->chains[i].holds_on_stated;
    P("<p>Rerun on the %lld of %lld ties (of those the lens %s sees) the authors state in their own voice (every "
      "actor kept): <b>%lld of the top %lld</b> by %s stay in the top %lld; <b>%lld of %lld chains</b> hold hop by hop",
      (long long)rank->stated_edges, (long long)report->structure_ties, report->structure.lens.name, (long long)kept, (long long)top, report->options.size_by,
      (long long)top, (long long)holding, (long long)report->chain_count);
    if (report->partition_robustness && report->partition_robustness->stated)
        P("; the communities found on stated ties agree with the full partition with NMI %.2f (%lld communities)",
          report->partition_robustness->stated_nmi, (long long)report->partition_robustness->stated->count);
    PUTS(".</p>\n<table><thead><tr><th>actor</th><th class=\"n\">rank, all ties</th>"
         "<th class=\"n\">rank, stated ties</th><th class=\"n\">score, stated ties</th></tr></thead><tbody>\n");
    for (int64_t i = 0; i < top; i++) {
        int64_t v = report->order[i];
        PUTS("<tr>");
        actor_cell(out, report, v);
        td_number(out, rank->rank[v], "%g");
        td_number(out, rank->stated_rank[v], "%g");
        td_number(out, rank->stated_score[v], "%.3g");
        PUTS("</tr>\n");
    }
    PUTS("</tbody></table>\n");
    if (report->pair_count) {
        PUTS("<h3>Source&ndash;target pairs</h3>\n<table><thead><tr><th>from</th><th>to</th>"
             "<th class=\"n\">shortest chain, all ties</th><th class=\"n\">shortest chain, stated ties</th></tr>"
             "</thead><tbody>\n");
        for (int64_t pair = 0; pair < report->pair_count; pair++) {
            const an_path_result *result = report->pair_results[pair];
            if (!result)
                continue;
            int64_t shortest = -1;
            for (int64_t p = 0; p < result->count && shortest < 0; p++)
                if (result->paths[p].length <= report->options.chain_max_length)
                    shortest = result->paths[p].length;
            if (shortest < 0 && report->pair_stated_length[pair] < 0)
                continue;
            int64_t f = report->from[pair / report->to_count], t = report->to[pair % report->to_count];
            PUTS("<tr>");
            td_text(out, report->tie_names[f]);
            td_text(out, report->tie_names[t]);
            if (shortest < 0)
                PUTS("<td class=\"n\">none</td>");
            else
                P("<td class=\"n\">%lld hops</td>", (long long)shortest);
            if (report->pair_stated_length[pair] < 0)
                PUTS("<td class=\"n\"><b>none</b></td>");
            else
                P("<td class=\"n\">%lld hops</td>", (long long)report->pair_stated_length[pair]);
            PUTS("</tr>\n");
        }
        PUTS("</tbody></table>\n");
    }
}

static void section_robustness(an_i_strbuf *out, const an_i_report *report)
{
    const an_rank_robustness *rank = report->rank_robustness;
    PUTS("<h2 id=\"robustness\">Rank intervals under tie dropout</h2>\n");
    if (!rank || rank->replicates == 0) {
        PUTS("<p>Skipped (no replicates asked for).</p>\n");
        return;
    }
    int64_t n = report->n, top = an_i_report_top(report);
    P("<p>%lld replicates, each dropping every tie independently with probability %.2f (seed %llu): each actor's rank "
      "by %s on the full data, its mean rank, the 90%% interval of its ranks and how often it stays in the top %lld. "
      "The bar spans ranks 1&ndash;%lld; the line marks the full-data rank.",
      (long long)rank->replicates, report->options.dropout, (unsigned long long)report->options.seed,
      report->options.size_by, (long long)top, (long long)(3 * top < n ? 3 * top : n));
    if (report->partition_robustness)
        P(" The communities: mean NMI %.2f (90%% interval %.2f&ndash;%.2f) between each replicate's partition and the "
          "full one.", report->partition_robustness->mean_nmi, report->partition_robustness->nmi_low,
          report->partition_robustness->nmi_high);
    PUTS("</p>\n<table><thead><tr><th>actor</th><th class=\"n\">rank</th><th class=\"n\">mean rank</th>"
         "<th class=\"n\">90% interval</th><th class=\"n\">in top</th><th>interval</th></tr></thead><tbody>\n");
    double scale = (double)(3 * top < n ? 3 * top : n);
    for (int64_t i = 0; i < top; i++) {
        int64_t v = report->order[i];
        PUTS("<tr>");
        actor_cell(out, report, v);
        td_number(out, rank->rank[v], "%g");
        td_number(out, rank->mean_rank[v], "%.1f");
        if (rank->rank_low[v] == rank->rank_high[v])
            P("<td class=\"n\">%g</td>", rank->rank_low[v]);
        else
            P("<td class=\"n\">%g&ndash;%g</td>", rank->rank_low[v], rank->rank_high[v]);
        P("<td class=\"n\">%.0f%%</td>", 100.0 * rank->top_k_share[v]);
        double a = fmin(1.0, (rank->rank_low[v] - 1) / scale), z = fmin(1.0, (rank->rank_high[v]) / scale);
        double at = fmin(1.0, (rank->rank[v] - 0.5) / scale);
        P("<td><div class=\"bar\"><span style=\"left:%.1f%%;width:%.1f%%\"></span><i style=\"left:%.1f%%\"></i></div>"
          "</td></tr>\n", 100 * a, 100 * fmax(0.01, z - a), 100 * at);
    }
    PUTS("</tbody></table>\n");
}

static void name_list(an_i_strbuf *out, const an_i_report *report, const int64_t *nodes, int64_t count)
{
    int64_t shown = report->scaled && count > AN_I_SCALE_HTML_NAMES ? AN_I_SCALE_HTML_NAMES : count;
    for (int64_t i = 0; i < shown; i++) {
        P("%s", i ? ", " : "");
        H(report->labels[nodes[i]]);
    }
    if (shown < count)
        P(" and %lld more (every one in <code>report.json</code> under <code>warnings</code>)",
          (long long)(count - shown));
}

static void section_warnings(an_i_strbuf *out, const an_i_report *report)
{
    PUTS("<h2 id=\"warnings\">Where the data are thin</h2>\n");
    int any = 0;
    if (report->isolate_count) {
        P("<div class=\"warn\"><b>%lld isolate%s</b> (no ties; every measure treats them as outsiders): ",
          (long long)report->isolate_count, report->isolate_count == 1 ? "" : "s");
        name_list(out, report, report->isolates, report->isolate_count);
        PUTS("</div>\n");
        any = 1;
    }
    if (report->single_citation_count) {
        P("<div class=\"warn\"><b>%lld actor%s known from one source only</b> (the node's <code>source</code> cites "
          "one work): ", (long long)report->single_citation_count, report->single_citation_count == 1 ? "" : "s");
        name_list(out, report, report->single_citation, report->single_citation_count);
        PUTS("</div>\n");
        any = 1;
    }
    if (report->one_source_ties_count) {
        P("<div class=\"warn\"><b>%lld actor%s with every tie from one source</b>: ",
          (long long)report->one_source_ties_count, report->one_source_ties_count == 1 ? "" : "s");
        name_list(out, report, report->one_source_ties, report->one_source_ties_count);
        PUTS("</div>\n");
        any = 1;
    }
    if (report->reported_only_count) {
        P("<div class=\"warn\"><b>%lld actor%s known only from reported ties</b> (none stated by the authors): ",
          (long long)report->reported_only_count, report->reported_only_count == 1 ? "" : "s");
        name_list(out, report, report->reported_only, report->reported_only_count);
        PUTS("</div>\n");
        any = 1;
    }
    if (!any)
        PUTS("<p>Nothing to flag.</p>\n");
}

static void section_ties(an_i_strbuf *out, const an_i_report *report)
{
    int64_t listed = report->scaled && report->m > AN_I_SCALE_HTML_TIES ? AN_I_SCALE_HTML_TIES : report->m;
    if (listed < report->m)
        P("<h2 id=\"ties\">Ties and their citations</h2>\n<details><summary>The first %lld of %lld ties, in file "
          "order (every tie, with its citation, is in <code>network.graphml</code>)</summary>\n",
          (long long)listed, (long long)report->m);
    else
        P("<h2 id=\"ties\">Every tie and its citation</h2>\n<details><summary>All %lld ties, in file order</summary>\n",
          (long long)report->m);
    if (report->names_cut > 0)
        P("<p class=\"note\">%lld actor name%s longer than %d bytes %s cut short (&hellip;) in this table and in tie "
          "tooltips; the actor tables show names whole up to %d bytes, and <code>network.graphml</code> keeps every "
          "value.</p>\n",
          (long long)report->names_cut, report->names_cut == 1 ? "" : "s", AN_I_REPORT_NAME_MAX,
          report->names_cut == 1 ? "is" : "are", AN_I_REPORT_TEXT_MAX);
    PUTS("<table><thead><tr><th>tie</th><th class=\"n\">year</th><th>confidence</th><th>source</th><th>locator</th>"
         "<th>evidence</th></tr></thead><tbody>\n");
    for (int64_t e = 0; e < listed; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        const char *relation = an_i_report_edge_string(report, report->relation_column, e);
        PUTS("<tr><td>");
        H(report->tie_names[s]);
        PUTS(" <i>");
        H(relation ? relation : "tie");
        PUTS("</i> ");
        H(report->tie_names[t]);
        PUTS("</td>");
        td_number(out, an_i_report_edge_year(report, e), "%.0f");
        PUTS("<td>");
        confidence_tag(out, an_i_report_edge_string(report, report->confidence_column, e));
        PUTS("</td>");
        td_text(out, an_i_report_edge_string(report, report->source_column, e));
        td_text(out, an_i_report_edge_string(report, report->locator_column, e));
        td_text(out, an_i_report_edge_string(report, report->evidence_column, e));
        PUTS("</tr>\n");
    }
    PUTS("</tbody></table></details>\n");
}

int an_i_report_to_html(const an_i_report *report, an_i_strbuf *out)
{
    const char *name = an_i_report_input_base(report);
    PUTS("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>actornet report: ");
    H(name);
    P("</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n<h1>Actor network report: ", style);
    H(name);
    PUTS("</h1>\n<p class=\"lede\">");
    int graph_title = -1;
    if (an_network_find_column(report->network, AN_DOMAIN_GRAPH, "title", &graph_title) == AN_OK &&
        an_network_column_type(report->network, AN_DOMAIN_GRAPH, graph_title) == AN_TYPE_STRING) {
        const char *title = NULL;
        if (an_network_get_string(report->network, AN_DOMAIN_GRAPH, graph_title, 0, &title) == AN_OK && title) {
            H(title);
            PUTS(". ");
        }
    }
    P("%lld actors, %lld ties. Every tie is given as its source reports it; every claim below can be traced to the "
      "source and locator of its ties (see the last section).</p>\n", (long long)report->n, (long long)report->m);
    PUTS("<nav><a href=\"#overview\">Network</a><a href=\"#picture\">Picture</a><a href=\"#actors\">Top actors</a>"
         "<a href=\"#brokers\">Brokers</a><a href=\"#communities\">Communities</a><a href=\"#key-players\">Key players</a>"
         "<a href=\"#chains\">Chains</a><a href=\"#stated\">Stated evidence</a><a href=\"#robustness\">Robustness</a>"
         "<a href=\"#warnings\">Thin data</a><a href=\"#ties\">Every tie</a>"
         "<a href=\"explorer.html\">Explore interactively</a>");
    if (report->scaled)
        PUTS("<a href=\"#methods\">Methods at this size</a>");
    an_i_report_positions_nav(report, out);
    if (report->context)
        PUTS("<a href=\"#context\">Places, events, media</a>");
    if (report->conflict)
        PUTS("<a href=\"#conflict\">Conflict</a>");
    an_i_report_timeline_nav(report, out);
    PUTS("</nav>\n");
    section_overview(out, report);
    if (report->scaled)
        section_methods(out, report);
    section_pictures(out, report);
    section_actors(out, report);
    section_brokers(out, report);
    section_communities(out, report);
    section_key_players(out, report);
    section_chains(out, report);
    section_stated(out, report);
    section_robustness(out, report);
    an_i_report_positions_html(report, out);
    an_i_report_context_html(report, out);
    an_i_report_conflict_html(report, out);
    an_i_report_timeline_html(report, out);
    section_warnings(out, report);
    section_ties(out, report);
    P("<footer>Written by actornet %s. Files: ", an_version_string());
    for (int i = 0; i < report->output->file_count; i++) {
        P("%s<code>", i ? ", " : "");
        H(report->output->files[i]);
        PUTS("</code>");
    }
    PUTS(".</footer>\n</main>\n</body>\n</html>\n");
    return out->failed ? AN_I_NOMEM() : AN_OK;
}
