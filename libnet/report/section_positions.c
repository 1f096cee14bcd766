/*
 * section_positions.c — the "Positions" section (report_positions.c gathers it,
 * only where it means something) as terminal text, report.json's "positions"
 * object and report.html's section.
 */
#include "report_sections.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const triad_words[2] = { "transitive triads (030T: a -> b -> c and a -> c), a mark of hierarchy",
                                            "cyclic triads (030C: a -> b -> c -> a), a mark of exchange in circles" };

static const char *node_label(const an_i_report *report, int64_t v)
{
    return report->labels[v];
}

void an_i_report_positions_text(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_positions *p = report->positions;
    if (!an_i_report_positions_shown(p))
        return;
    an_i_strbuf_puts(out, "\nPositions\n");
    const an_core_periphery *cp = p->core_periphery;
    if (cp) {
        an_i_strbuf_printf(out, "  core and periphery (Borgatti-Everett, fit %.2f): a core of %lld:", cp->fit,
                           (long long)cp->core_size);
        int64_t listed = 0;
        for (int64_t v = 0; v < cp->node_count && listed < 12; v++)
            if (cp->core[v] == 1)
                an_i_strbuf_printf(out, "%s %s", listed++ ? "," : "", node_label(report, v));
        an_i_strbuf_printf(out, "%s\n    ties within the core %.2f, core-periphery %.2f, within the periphery %.3f\n",
                           cp->core_size > listed ? " ..." : "", cp->density[0], (cp->density[1] + cp->density[2]) / 2,
                           cp->density[3]);
    }
    for (int64_t s = 0; s < p->sets.count && s < 10; s++) {
        an_i_strbuf_puts(out, s ? "    " : "  interchangeable (same ties to everyone else):\n    ");
        int64_t from = p->sets.offsets[s], size = p->sets.offsets[s + 1] - from;
        for (int64_t k = 0; k < size && k < 8; k++)
            an_i_strbuf_printf(out, "%s%s", k ? ", " : "", node_label(report, p->sets.nodes[from + k]));
        if (size > 8)
            an_i_strbuf_printf(out, " and %lld more", (long long)(size - 8));
        an_i_strbuf_puts(out, "\n");
    }
    if (p->sets.count > 10)
        an_i_strbuf_printf(out, "    ... and %lld more sets (report.json)\n", (long long)(p->sets.count - 10));
    for (int t = 0; t < 2; t++)
        if (p->triads[t])
            an_i_strbuf_printf(out, "  more %s than chance: %.0f, against %.1f in random networks with the same "
                                    "dyads (Pr >= %.3f)\n",
                               triad_words[t], p->triads[t]->observed, p->triads[t]->mean, p->triads[t]->p_greater);
}

void an_i_report_positions_json(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_positions *p = report->positions;
    if (!an_i_report_positions_shown(p))
        return;
    an_i_strbuf_puts(out, ",\n\"positions\":{\"core_periphery\":");
    const an_core_periphery *cp = p->core_periphery;
    if (cp) {
        an_i_strbuf_puts(out, "{\"model\":\"discrete\",\"fit\":");
        an_i_strbuf_json_real(out, cp->fit);
        an_i_strbuf_puts(out, ",\"core\":[");
        int first = 1;
        for (int64_t v = 0; v < cp->node_count; v++)
            if (cp->core[v] == 1) {
                an_i_strbuf_puts(out, first ? "" : ",");
                an_i_strbuf_json_string(out, an_network_node_id(report->network, v));
                first = 0;
            }
        an_i_strbuf_puts(out, "],\"density\":[");
        for (int b = 0; b < 4; b++) {
            an_i_strbuf_puts(out, b ? "," : "");
            an_i_strbuf_json_real(out, cp->density[b]);
        }
        an_i_strbuf_printf(out, "],\"threshold\":%g}", AN_I_POSITIONS_FIT_THRESHOLD);
    } else {
        an_i_strbuf_puts(out, "null");
    }
    an_i_strbuf_puts(out, ",\"interchangeable\":[");
    for (int64_t s = 0; s < p->sets.count; s++) {
        an_i_strbuf_puts(out, s ? ",[" : "[");
        for (int64_t k = p->sets.offsets[s]; k < p->sets.offsets[s + 1]; k++) {
            an_i_strbuf_puts(out, k > p->sets.offsets[s] ? "," : "");
            an_i_strbuf_json_string(out, an_network_node_id(report->network, p->sets.nodes[k]));
        }
        an_i_strbuf_puts(out, "]");
    }
    an_i_strbuf_puts(out, "],\"triads\":{");
    for (int t = 0; t < 2; t++) {
        an_i_strbuf_printf(out, "%s\"%s\":", t ? "," : "", an_i_positions_triad_statistic[t] + 6);
        const an_cug_result *r = p->triads[t];
        if (!r) {
            an_i_strbuf_puts(out, "null");
            continue;
        }
        an_i_strbuf_puts(out, "{\"observed\":");
        an_i_strbuf_json_real(out, r->observed);
        an_i_strbuf_puts(out, ",\"random_mean\":");
        an_i_strbuf_json_real(out, r->mean);
        an_i_strbuf_puts(out, ",\"p_greater\":");
        an_i_strbuf_json_real(out, r->p_greater);
        an_i_strbuf_printf(out, ",\"replicates\":%lld,\"given\":\"dyad census\"}", (long long)r->replicates);
    }
    an_i_strbuf_puts(out, "}}");
}

void an_i_report_positions_nav(const an_i_report *report, an_i_strbuf *out)
{
    if (an_i_report_positions_shown(report->positions))
        an_i_strbuf_puts(out, "<a href=\"#positions\">Positions</a>");
}

void an_i_report_positions_html(const an_i_report *report, an_i_strbuf *out)
{
    const an_i_report_positions *p = report->positions;
    if (!an_i_report_positions_shown(p))
        return;
    an_i_strbuf_puts(out, "<h2 id=\"positions\">Positions</h2>\n<p>Shown only where the data bear them out: a core "
                          "whose pattern fits the ties (correlation at least 0.5), actors with identical ties, and "
                          "triad patterns beyond chance. <code>actornet positions</code>, <code>coreperiphery</code>, "
                          "<code>census</code> and <code>cug</code> give the full analyses.</p>\n<ul>\n");
    const an_core_periphery *cp = p->core_periphery;
    if (cp) {
        an_i_strbuf_printf(out, "<li><b>Core and periphery</b> (Borgatti &amp; Everett 1999, fit %.2f): a core of "
                                "%lld actors &mdash; ",
                           cp->fit, (long long)cp->core_size);
        int first = 1;
        for (int64_t v = 0; v < cp->node_count; v++)
            if (cp->core[v] == 1) {
                an_i_strbuf_puts(out, first ? "" : ", ");
                an_i_strbuf_html(out, node_label(report, v));
                first = 0;
            }
        an_i_strbuf_printf(out, ". Density of ties within the core %.2f, between core and periphery %.2f, within "
                                "the periphery %.3f.</li>\n",
                           cp->density[0], (cp->density[1] + cp->density[2]) / 2, cp->density[3]);
    }
    if (p->sets.count) {
        an_i_strbuf_puts(out, "<li><b>Interchangeable actors</b> (the same ties to everyone else: structurally "
                              "equivalent): ");
        for (int64_t s = 0; s < p->sets.count && s < 50; s++) {
            an_i_strbuf_puts(out, s ? "; " : "");
            for (int64_t k = p->sets.offsets[s]; k < p->sets.offsets[s + 1]; k++) {
                an_i_strbuf_puts(out, k > p->sets.offsets[s] ? ", " : "");
                an_i_strbuf_html(out, node_label(report, p->sets.nodes[k]));
            }
        }
        an_i_strbuf_puts(out, p->sets.count > 50 ? "; &hellip; (all in report.json)</li>\n" : ".</li>\n");
    }
    for (int t = 0; t < 2; t++) {
        if (p->triads[t]) {
            an_i_strbuf_puts(out, "<li><b>More ");
            an_i_strbuf_html(out, triad_words[t]);
            an_i_strbuf_printf(out, " than chance</b>: %.0f, against %.1f on average in %lld random networks with the "
                                    "same mutual, asymmetric and null pairs (Pr &ge; %.3f).</li>\n",
                               p->triads[t]->observed, p->triads[t]->mean, (long long)p->triads[t]->replicates,
                               p->triads[t]->p_greater);
        }
    }
    an_i_strbuf_puts(out, "</ul>\n");
}
