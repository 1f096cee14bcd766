/*
 * report_palette.c — the report's colours and shapes (report_palette.h), shared
 * by the diagrams, report.html and the explorer. Both palettes are designed to be
 * told apart with the common colour-vision deficiencies:
 *  - communities: Paul Tol's "light" scheme (for fills under black text);
 *    communities past the eighth, by size, share pale grey;
 *  - relation families: Okabe & Ito (2008) without yellow (too faint on white).
 */
#include "report_palette.h"

#include <stdio.h>
#include <string.h>

static const char *const community_fills[] = {
    "#77AADD", "#EE8866", "#EEDD88", "#44BB99", "#FFAABB", "#99DDFF", "#BBCC33", "#AAAA00",
};

typedef struct relation_family {
    const char *name;
    const char *colour;
    const char *const *members;
} relation_family;

static const char *const family_command[] = { "commands", "part_of", "leads", "member_of", "founded", NULL };
static const char *const family_support[] = { "funds", "supplies", "trains", "recruits", "dispatched", "supports", NULL };
static const char *const family_operations[] = { "perpetrated", "participated_in", "organised", "instigated", NULL };
static const char *const family_hostility[] = { "attacked", "targets", "opposes", "rivals", "arrested", "prosecutes",
                                                "proscribes", "demands_extradition_of", "dismissed", NULL };
static const char *const family_place[] = { "located_in", "sent_to", "born_in", "visited", "studied_at", NULL };
static const char *const family_media[] = { "publishes", "owns", NULL };
static const char *const family_other[] = { NULL };

static const relation_family families[] = {
    { "command and structure", "#0072B2", family_command },
    { "support and resources", "#009E73", family_support },
    { "operations", "#D55E00", family_operations },
    { "hostility and prosecution", "#CC79A7", family_hostility },
    { "place and movement", "#E69F00", family_place },
    { "media and property", "#56B4E9", family_media },
    { "affiliation, kinship, other", "#888888", family_other },
};
#define FAMILIES ((int)(sizeof families / sizeof *families))
_Static_assert(FAMILIES == AN_I_PALETTE_FAMILIES, "report_palette.h counts the families");

typedef struct class_shape {
    const char *name;
    const char *shape;
} class_shape;

static const class_shape shapes[] = {
    { "state", "doubleoctagon" }, { "unit", "box" }, { "organisation", "hexagon" }, { "group", "octagon" },
    { "person", "ellipse" }, { "family", "house" }, { "place", "invhouse" }, { "media", "note" },
    { "event", "diamond" }, { "facility", "box3d" }, { "company", "component" },
    { "funding_channel", "parallelogram" },
};
#define SHAPES ((int)(sizeof shapes / sizeof *shapes))

const char *an_i_diagram_community_colour(int64_t rank)
{
    return rank >= 0 && rank < AN_I_PALETTE_COMMUNITY_COLOURS ? community_fills[rank] : AN_I_PALETTE_OTHER_FILL;
}

int an_i_diagram_family_index(const char *relation)
{
    if (relation)
        for (int f = 0; f < FAMILIES - 1; f++)
            for (const char *const *m = families[f].members; *m; m++)
                if (strcmp(*m, relation) == 0)
                    return f;
    return FAMILIES - 1;
}

const char *an_i_diagram_relation_colour(const char *relation)
{
    return families[an_i_diagram_family_index(relation)].colour;
}

const char *an_i_diagram_relation_family(const char *relation)
{
    return families[an_i_diagram_family_index(relation)].name;
}

int an_i_diagram_family_count(void) { return FAMILIES; }
const char *an_i_diagram_family_name(int index) { return families[index].name; }
const char *an_i_diagram_family_colour(int index) { return families[index].colour; }

const char *an_i_diagram_family_members(int index)
{
    static char text[FAMILIES][256];
    if (!text[index][0]) {
        size_t used = 0;
        for (const char *const *m = families[index].members; *m; m++)
            used += (size_t)snprintf(text[index] + used, sizeof text[index] - used, "%s%s", used ? ", " : "", *m);
        if (!used)
            snprintf(text[index], sizeof text[index], "affiliated_with, kin_of, mediated, emulates and any other");
    }
    return text[index];
}

const char *an_i_diagram_class_shape(const char *klass)
{
    if (klass)
        for (int i = 0; i < SHAPES; i++)
            if (strcmp(shapes[i].name, klass) == 0)
                return shapes[i].shape;
    return "ellipse";
}

