/*
 * chains.c — the report's chains: cited routes through the evidence from the
 * sources (default: the state actors) to the targets (default: the attack
 * events). The rules are documented in actornet/report.h ("Chains").
 */
#include "report_gather.h"

#include "error_internal.h"

#include <stdlib.h>
#include <string.h>

/* Relations a chain does not pass through by default (see report.h). */
static const char *const excluded_relations[] = {
    "opposes", "rivals", "attacked", "targets", "arrested", "prosecutes", "proscribes",
    "demands_extradition_of", "dismissed",
    "located_in", "born_in", "sent_to", "visited", "studied_at", "kin_of",
    "emulates", "mediated", "owns", "publishes",
    "interacts_with", "marriage", "business", "attended",
    NULL,
};

/* Classes an intermediate actor may not have by default. */
static const char *const excluded_classes[] = { "state", "place", NULL };

/* Cap on default sources and targets (report->max_ends: 50, or AN_I_SCALE_MAX_ENDS at scale), so
 * the number of pair queries, each O(m), stays bounded. */

static int in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcmp(*list, name) == 0)
            return 1;
    return 0;
}

static int list_append(char ***list, int64_t *count, const char *name)
{
    for (int64_t i = 0; i < *count; i++)
        if (strcmp((*list)[i], name) == 0)
            return AN_OK;
    char **grown = realloc(*list, (size_t)(*count + 2) * sizeof **list);
    if (!grown)
        return AN_I_NOMEM();
    *list = grown;
    grown[*count] = strdup(name);
    if (!grown[*count])
        return AN_I_NOMEM();
    grown[++*count] = NULL;
    return AN_OK;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int push_node(int64_t **list, int64_t *count, int64_t v)
{
    for (int64_t i = 0; i < *count; i++)
        if ((*list)[i] == v)
            return AN_OK;
    int64_t *grown = realloc(*list, (size_t)(*count + 1) * sizeof **list);
    if (!grown)
        return AN_I_NOMEM();
    *list = grown;
    grown[(*count)++] = v;
    return AN_OK;
}

static int ids_to_nodes(const an_i_report *report, const char *const *ids, int64_t **out, int64_t *count,
                        const char *what)
{
    for (; *ids; ids++) {
        int64_t v;
        if (an_network_find_node(report->network, *ids, &v) != AN_OK)
            return an_i_error(AN_ENOTFOUND, "report: %s actor '%s' is not a node of the network", what, *ids);
        int rc = push_node(out, count, v);
        if (rc != AN_OK)
            return rc;
    }
    return AN_OK;
}

static int class_is(const an_i_report *report, int64_t v, const char *name)
{
    return report->classes[v] && strcmp(report->classes[v], name) == 0;
}

/* Mark, in one pass over the ties, the events with an intended victim (bit 1) and those
 * someone perpetrated (bit 2). */
static int mark_events(const an_i_report *report, unsigned char *marks)
{
    static const char *const victim_out[] = { "targets", "attacked", NULL };
    for (int64_t e = 0; e < report->m; e++) {
        int64_t s, t;
        an_network_edge_endpoints(report->network, e, &s, &t);
        const char *relation = an_i_report_edge_string(report, report->relation_column, e);
        if (!relation || s == t)
            continue;
        if (in_list(victim_out, relation))
            marks[s] |= 1;
        if (strcmp(relation, "attacked") == 0)
            marks[t] |= 1;
        if (strcmp(relation, "perpetrated") == 0)
            marks[t] |= 2;
    }
    return AN_OK;
}

static int default_ends(an_i_report *report)
{
    int rc = AN_OK;
    if (report->options.from) {
        rc = ids_to_nodes(report, report->options.from, &report->from, &report->from_count, "--from");
        report->from_rule = "given";
    } else {
        report->from_rule = "every actor of class 'state'";
        for (int64_t v = 0; v < report->n && rc == AN_OK && report->from_count < report->max_ends; v++)
            if (class_is(report, v, "state"))
                rc = push_node(&report->from, &report->from_count, v);
    }
    if (rc != AN_OK)
        return rc;
    if (report->options.to) {
        report->to_rule = "given";
        return ids_to_nodes(report, report->options.to, &report->to, &report->to_count, "--to");
    }
    unsigned char *marks = calloc((size_t)report->n, 1);
    if (!marks)
        return AN_I_NOMEM();
    mark_events(report, marks);
    report->to_rule = "attack events: every actor of class 'event' with an intended victim "
                      "(an outgoing 'targets' or 'attacked' tie, or an incoming 'attacked' tie)";
    for (int64_t v = 0; v < report->n && rc == AN_OK && report->to_count < report->max_ends; v++)
        if (class_is(report, v, "event") && (marks[v] & 1))
            rc = push_node(&report->to, &report->to_count, v);
    if (rc == AN_OK && report->to_count == 0) {
        report->to_rule = "events someone perpetrated: every actor of class 'event' with an incoming "
                          "'perpetrated' tie (no event has an intended victim)";
        for (int64_t v = 0; v < report->n && rc == AN_OK && report->to_count < report->max_ends; v++)
            if (class_is(report, v, "event") && (marks[v] & 2))
                rc = push_node(&report->to, &report->to_count, v);
    }
    free(marks);
    return rc;
}

static int choose_filters(an_i_report *report)
{
    int64_t count = 0;
    int rc = AN_OK;
    if (report->options.chain_relations) {
        report->relations_rule = "given";
        for (const char *const *p = report->options.chain_relations; *p && rc == AN_OK; p++)
            rc = list_append(&report->chain_relations, &count, *p);
        if (rc == AN_OK && !report->chain_relations) /* an empty list: no relation allowed */
            report->chain_relations = calloc(1, sizeof *report->chain_relations);
    } else if (report->chain.active) {
        report->relations_rule = "the ties the chain lens keeps (see the lens)";
    } else if (report->relation_column >= 0) {
        report->relations_rule = "every relation present except hostility, prosecution, place, travel, schooling, "
                                 "kinship, symbols, mediation, property and reference-network relations";
        for (int64_t e = 0; e < report->m && rc == AN_OK; e++) {
            const char *relation = an_i_report_edge_string(report, report->relation_column, e);
            if (relation && !in_list(excluded_relations, relation))
                rc = list_append(&report->chain_relations, &count, relation);
        }
        if (rc == AN_OK && count == 0)
            report->relations_rule = "every relation (none of the network's relations is a tie of agency)";
    } else {
        report->relations_rule = "every tie (the network has no relation column)";
    }
    if (rc != AN_OK)
        return rc;
    if (count > 1)
        qsort(report->chain_relations, (size_t)count, sizeof *report->chain_relations, compare_strings);
    count = 0;
    if (report->class_column >= 0) {
        for (int64_t v = 0; v < report->n && rc == AN_OK; v++)
            if (report->classes[v] && !in_list(excluded_classes, report->classes[v]))
                rc = list_append(&report->chain_classes, &count, report->classes[v]);
        if (rc == AN_OK && count > 1)
            qsort(report->chain_classes, (size_t)count, sizeof *report->chain_classes, compare_strings);
    }
    return rc;
}

static int compare_chains(const void *a, const void *b)
{
    const an_i_chain *x = a, *y = b;
    if (x->path->length != y->path->length)
        return x->path->length < y->path->length ? -1 : 1;
    if (x->reported_hops != y->reported_hops)
        return x->reported_hops < y->reported_hops ? -1 : 1;
    if (x->pair != y->pair)
        return x->pair < y->pair ? -1 : 1;
    return (x->rank_in_pair > y->rank_in_pair) - (x->rank_in_pair < y->rank_in_pair);
}

int an_i_report_chains(an_i_report *report)
{
    int rc = default_ends(report);
    if (rc != AN_OK)
        return rc;
    if ((rc = choose_filters(report)) != AN_OK)
        return rc;
    report->pair_count = report->from_count * report->to_count;
    if (report->pair_count == 0)
        return AN_OK;
    report->pair_results = calloc((size_t)report->pair_count, sizeof *report->pair_results);
    report->pair_stated = calloc((size_t)report->pair_count, sizeof *report->pair_stated);
    report->pair_stated_length = malloc((size_t)report->pair_count * sizeof *report->pair_stated_length);
    if (!report->pair_results || !report->pair_stated || !report->pair_stated_length)
        return AN_I_NOMEM();

    an_path_options options = AN_PATH_OPTIONS_INIT;
    /* without a lens a tie's stored direction is grammar, not flow: walk both ways (marked);
     * the chain lens orients each tie along its flow, and chains follow it */
    options.ignore_direction = !report->chain.active;
    options.lens = report->chain.active ? &report->chain.lens : NULL;
    options.time_respecting = report->time_respecting;
    options.filter.relations = (const char *const *)report->chain_relations;
    options.filter.classes = (const char *const *)report->chain_classes;
    options.filter.class_column = report->options.class_column;
    options.filter.relation_column = report->options.relation_column;
    options.filter.confidence_column = report->options.confidence_column;
    if (report->relation_column < 0)
        options.filter.relations = NULL;
    if (report->class_column < 0)
        options.filter.classes = NULL;
    an_path_options stated = options;
    static const char *const stated_only[] = { "stated", NULL };
    stated.filter.confidence = stated_only;

    int64_t total = 0;
    for (int64_t i = 0; i < report->from_count; i++)
        for (int64_t j = 0; j < report->to_count; j++) {
            int64_t pair = i * report->to_count + j;
            report->pair_stated_length[pair] = -1;
            if (report->from[i] == report->to[j])
                continue;
            if (report->in_chain && (!report->in_chain[report->from[i]] || !report->in_chain[report->to[j]]))
                continue; /* an end the chain lens does not see: no chain */
            const char *from = an_network_node_id(report->network, report->from[i]);
            const char *to = an_network_node_id(report->network, report->to[j]);
            rc = an_paths_k_shortest(&report->pair_results[pair], report->network, from, to, report->options.chain_k,
                                     &options);
            if (rc != AN_OK)
                return rc;
            int64_t usable = 0;
            for (int64_t p = 0; p < report->pair_results[pair]->count; p++)
                if (report->pair_results[pair]->paths[p].length <= report->options.chain_max_length)
                    usable++;
            total += usable;
            if (usable)
                report->pairs_with_chain++;
            if (report->has_confidence) {
                rc = an_paths_shortest(&report->pair_stated[pair], report->network, from, to, &stated);
                if (rc != AN_OK)
                    return rc;
                if (report->pair_stated[pair]->count > 0)
                    report->pair_stated_length[pair] = report->pair_stated[pair]->paths[0].length;
            }
        }
    report->chains_found = total;
    if (total == 0)
        return AN_OK;
    report->chains = malloc((size_t)total * sizeof *report->chains);
    if (!report->chains)
        return AN_I_NOMEM();
    int64_t count = 0;
    for (int64_t pair = 0; pair < report->pair_count; pair++) {
        const an_path_result *result = report->pair_results[pair];
        if (!result)
            continue;
        for (int64_t p = 0; p < result->count; p++) {
            const an_path *path = &result->paths[p];
            if (path->length > report->options.chain_max_length)
                continue;
            an_i_chain *chain = &report->chains[count++];
            chain->pair = pair;
            chain->path = path;
            chain->rank_in_pair = p;
            chain->reported_hops = chain->symbolic_hops = 0;
            for (int64_t h = 0; h < path->length; h++) {
                if (!path->hops[h].confidence || strcmp(path->hops[h].confidence, "stated") != 0)
                    chain->reported_hops++;
                chain->symbolic_hops += an_i_report_symbolic_relation(path->hops[h].relation);
            }
            /* the hop's tie is the most confident one joining the pair (stated first), so a hop has a
             * stated tie exactly when its chosen tie is stated */
            chain->holds_on_stated = report->has_confidence && chain->reported_hops == 0;
        }
    }
    qsort(report->chains, (size_t)count, sizeof *report->chains, compare_chains);
    report->chain_count = count < report->options.max_chains ? count : report->options.max_chains;
    return AN_OK;
}
