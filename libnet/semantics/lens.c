/*
 * lens.c — lens presets and resolving a lens on a network (lens.h).
 */
#include "actornet/lens.h"
#include "error_internal.h"
#include "network_internal.h"
#include "value_text.h"
#include "vocabulary_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct preset {
    const char *name;
    unsigned int modes, signs;
    int orientation;
    const char *description;
} preset;

static const preset presets[] = {
    { "all", AN_LENS_ALL_MODES, AN_LENS_ALL_SIGNS, AN_LENS_STORED,
      "every actor and tie as stored (symmetric relations undirected)" },
    { "cooperation", AN_LENS_AGENTS, AN_LENS_COOPERATIVE, AN_LENS_STORED,
      "agents and the cooperative ties among them (no places, events or media; no hostile or descriptive ties)" },
    { "conflict", AN_LENS_ALL_MODES, AN_LENS_HOSTILE, AN_LENS_STORED,
      "hostile ties only (opposes, arrests, prosecutes, targets ...)" },
    { "influence", AN_LENS_ALL_MODES, AN_LENS_COOPERATIVE, AN_LENS_FLOW,
      "cooperative ties that carry influence, each oriented the way it flows" },
};

static const char *const preset_names[] = { "all", "cooperation", "conflict", "influence", NULL };

#define PRESETS ((int)(sizeof presets / sizeof *presets))

const char *const *an_lens_preset_names(void)
{
    return preset_names;
}

static const preset *find_preset(const char *name)
{
    for (int i = 0; name && i < PRESETS; i++)
        if (strcmp(presets[i].name, name) == 0)
            return &presets[i];
    return NULL;
}

const char *an_lens_preset_description(const char *name)
{
    const preset *p = find_preset(name);
    return p ? p->description : NULL;
}

int an_lens_preset(an_lens *out, const char *name)
{
    if (!out || !name)
        return AN_I_MISUSE("out or name is NULL");
    const preset *p = find_preset(name);
    if (!p)
        return an_i_error(AN_ENOTFOUND, "unknown lens '%s' (all, cooperation, conflict or influence)", name);
    *out = (an_lens){ AN_LENS_VERSION, p->name, p->modes, p->signs, p->orientation, NULL, NULL, NULL };
    return AN_OK;
}

/* ---- the default lens ------------------------------------------------------ */

int an_lens_choose(an_lens *out, char *reason, size_t reason_size, const an_network *network,
                   const an_vocabulary *vocabulary, int purpose)
{
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    if (purpose != AN_LENS_FOR_STRUCTURE && purpose != AN_LENS_FOR_CHAINS)
        return an_i_error(AN_EMISUSE, "an_lens_choose: unknown purpose %d", purpose);
    an_lens wanted;
    an_lens_preset(&wanted, purpose == AN_LENS_FOR_CHAINS ? "influence" : "cooperation");
    wanted.vocabulary = vocabulary;
    an_lens all = AN_LENS_INIT;
    all.vocabulary = vocabulary;
    an_lens_selection *selection = NULL;
    int rc = an_lens_select(&selection, network, &wanted);
    if (rc != AN_OK)
        return rc;
    int64_t m = selection->edge_count, signed_ties = m - selection->edges_without_sign;
    int64_t n = selection->node_count, moded = n - selection->nodes_without_mode;
    char text[256];
    if (signed_ties == 0 || moded == 0) {
        *out = all;
        snprintf(text, sizeof text, "the %s vocabulary gives no %s of this network a %s",
                 selection->vocabulary_origin, signed_ties == 0 ? "relation" : "class",
                 signed_ties == 0 ? "sign" : "mode");
    } else if (selection->kept_edges == 0) {
        *out = all;
        snprintf(text, sizeof text, "the %s lens keeps no tie here (e.g. a two-mode network)", wanted.name);
    } else {
        *out = wanted;
        snprintf(text, sizeof text, "the %s vocabulary gives a sign to %lld of %lld ties and a mode to %lld of "
                 "%lld actors", selection->vocabulary_origin, (long long)signed_ties, (long long)m,
                 (long long)moded, (long long)n);
    }
    if (reason && reason_size)
        snprintf(reason, reason_size, "%s", text);
    an_lens_selection_free(selection);
    return AN_OK;
}

/* ---- selection ------------------------------------------------------------ */

/* The selection with its arrays, as one allocation owner. */
typedef struct selection_storage {
    an_lens_selection public;
    unsigned char *nodes;
    signed char *edges;
} selection_storage;

void an_lens_selection_free(an_lens_selection *selection)
{
    if (!selection)
        return;
    selection_storage *storage = (selection_storage *)selection;
    free(storage->nodes);
    free(storage->edges);
    free(storage);
}

static int mode_bit(int mode)
{
    return mode == AN_MODE_AGENT ? AN_LENS_AGENTS : mode == AN_MODE_CONTEXT ? AN_LENS_CONTEXT : AN_LENS_UNKNOWN_MODE;
}

static int sign_bit(int sign)
{
    switch (sign) {
    case AN_SIGN_COOPERATIVE: return AN_LENS_COOPERATIVE;
    case AN_SIGN_HOSTILE: return AN_LENS_HOSTILE;
    case AN_SIGN_NEUTRAL: return AN_LENS_NEUTRAL;
    default: return AN_LENS_UNKNOWN_SIGN;
    }
}

/* A named column of the lens: absent is fine for a default name, an error for a given one. */
static int lens_column(const an_network *network, an_domain domain, const char *given, const char *fallback,
                       int *out)
{
    *out = an_i_find_column_quiet(network, domain, given ? given : fallback);
    if (*out < 0 && given)
        return an_i_error(AN_ENOTFOUND, "lens: the network has no %s column '%s'",
                          domain == AN_DOMAIN_NODE ? "node" : "edge", given);
    return AN_OK;
}

int an_lens_select(an_lens_selection **out, const an_network *network, const an_lens *lens)
{
    if (out)
        *out = NULL;
    if (!out || !network)
        return AN_I_MISUSE("out or network is NULL");
    an_lens all = AN_LENS_INIT;
    if (!lens)
        lens = &all;
    if (lens->version != AN_LENS_VERSION)
        return an_i_error(AN_EMISUSE, "an_lens: version %u, expected %u", lens->version, AN_LENS_VERSION);
    if (!(lens->modes & AN_LENS_ALL_MODES) || !(lens->signs & AN_LENS_ALL_SIGNS))
        return an_i_error(AN_EMISUSE, "an_lens: no mode or no sign is selected, so the lens sees nothing");
    if (lens->orientation != AN_LENS_STORED && lens->orientation != AN_LENS_FLOW)
        return an_i_error(AN_EMISUSE, "an_lens: unknown orientation %d", lens->orientation);
    int class_column, relation_column;
    int rc = lens_column(network, AN_DOMAIN_NODE, lens->class_column, "type", &class_column);
    if (rc == AN_OK)
        rc = lens_column(network, AN_DOMAIN_EDGE, lens->relation_column, "relation", &relation_column);
    if (rc != AN_OK)
        return rc;

    an_vocabulary *owned = NULL;
    const an_vocabulary *vocabulary = lens->vocabulary;
    const char *origin = "given";
    if (!vocabulary) {
        rc = an_vocabulary_from_network(&owned, network);
        origin = "network";
        if (rc == AN_ENOTFOUND) {
            rc = an_vocabulary_builtin(&owned);
            origin = "built-in";
        }
        if (rc != AN_OK)
            return rc;
        vocabulary = owned;
    }

    int64_t n = network->node_count, m = network->edge_count;
    selection_storage *s = calloc(1, sizeof *s);
    if (s) {
        s->nodes = calloc((size_t)n + 1, 1);
        s->edges = calloc((size_t)m + 1, 1);
    }
    if (!s || !s->nodes || !s->edges) {
        an_lens_selection_free(s ? &s->public : NULL);
        an_vocabulary_free(owned);
        return AN_I_NOMEM();
    }
    an_lens_selection *sel = &s->public;
    sel->name = lens->name ? lens->name : "custom";
    sel->node_count = n;
    sel->edge_count = m;
    sel->vocabulary_origin = origin;
    char buffer[64];
    for (int64_t v = 0; v < n; v++) {
        const char *class_name = an_i_value_text(network, AN_DOMAIN_NODE, class_column, v, buffer, sizeof buffer);
        int mode = class_name ? an_vocabulary_class_mode(vocabulary, class_name) : AN_MODE_UNKNOWN;
        if (mode == AN_MODE_UNKNOWN)
            sel->nodes_without_mode++;
        if (lens->modes & (unsigned)mode_bit(mode)) {
            s->nodes[v] = 1;
            sel->kept_nodes++;
        }
    }
    for (int64_t e = 0; e < m; e++) {
        const char *relation = an_i_value_text(network, AN_DOMAIN_EDGE, relation_column, e, buffer, sizeof buffer);
        const an_i_term *term = relation ? an_i_vocabulary_find(vocabulary, AN_I_KIND_RELATION, relation) : NULL;
        int sign = term ? term->sign : AN_SIGN_UNKNOWN;
        int flow = term ? term->flow : AN_FLOW_UNKNOWN;
        int symmetric = term && term->symmetric == 1;
        if (sign == AN_SIGN_UNKNOWN)
            sel->edges_without_sign++;
        if (!(lens->signs & (unsigned)sign_bit(sign)))
            continue;
        int64_t a = network->endpoints[2 * e], b = network->endpoints[2 * e + 1];
        if (!s->nodes[a] || !s->nodes[b])
            continue;
        int directed = an_i_edge_directed(network, e);
        signed char how = 1;
        if (lens->orientation == AN_LENS_FLOW) {
            if (flow != AN_FLOW_FORWARD && flow != AN_FLOW_BACKWARD && flow != AN_FLOW_BOTH) {
                sel->edges_without_flow++;
                continue;
            }
            if (directed && (symmetric || flow == AN_FLOW_BOTH))
                how = 3;
            else if (directed && flow == AN_FLOW_BACKWARD)
                how = 2;
        } else if (directed && symmetric) {
            how = 3;
        }
        s->edges[e] = how;
        sel->kept_edges++;
        if (how != 1)
            sel->reoriented_edges++;
    }
    sel->nodes = s->nodes;
    sel->edges = s->edges;
    an_vocabulary_free(owned);
    *out = sel;
    return AN_OK;
}
