/*
 * report_palette.h — the report's colours and shapes, the same in the diagrams,
 * report.html and the explorer (report_palette.c). Part of the report's bottom
 * layer (README.md): it knows nothing of the report's model.
 */
#ifndef AN_REPORT_PALETTE_H
#define AN_REPORT_PALETTE_H

#include <stdint.h>

#define AN_I_PALETTE_COMMUNITY_COLOURS 8    /* communities past these, by size, share ... */
#define AN_I_PALETTE_OTHER_FILL "#DDDDDD"   /* ... this fill */
#define AN_I_PALETTE_FAMILIES 7             /* relation families, "affiliation, kinship, other" last */

/* Fill of the community ranked `rank` by size (0 = largest); static strings. */
const char *an_i_diagram_community_colour(int64_t rank);
/* A relation's family: its index (the last family when the relation is in none), colour and name. */
int an_i_diagram_family_index(const char *relation);
const char *an_i_diagram_relation_colour(const char *relation);
const char *an_i_diagram_relation_family(const char *relation);
/* Graphviz shape of an actor class ("ellipse" for other classes and NULL). */
const char *an_i_diagram_class_shape(const char *klass);
/* The legend's relation families, in order: name, colour, members as one line of text. */
int an_i_diagram_family_count(void);
const char *an_i_diagram_family_name(int index);
const char *an_i_diagram_family_colour(int index);
const char *an_i_diagram_family_members(int index);

#endif
