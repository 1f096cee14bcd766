/*
 * dump.h — deterministic text and JSON dumps of a loaded network, for the
 * GraphML reader's golden tests and the NetworkX / python-igraph cross-check.
 */
#ifndef AN_TEST_GRAPHML_DUMP_H
#define AN_TEST_GRAPHML_DUMP_H

#include <stdio.h>

#include "actornet.h"

/*
 * Print everything the reader put into the network: direction, ids, edges,
 * columns (type, key id, for, default, markup, key attributes/markup) with
 * every value and its state, foreign fragments, root attributes, warnings.
 * Occurrences of `path` in warnings are replaced by `shown_name`.
 */
void dump_network_text(FILE *out, const an_network *network, const char *path, const char *shown_name);

/* The same model as JSON (ids, edges, columns with typed values; missing
 * values are null, defaulted ones are given as the default with "state"). */
void dump_network_json(FILE *out, const an_network *network);

/*
 * A load's result as text: the network's dump (with `with_lines`, then the
 * source line of every node and edge), or the last error's message, which
 * also gives *line and *column (0 on success). Frees the network. Returns
 * malloc'd text.
 */
char *dump_load_result(int code, an_network *network, const char *path, const char *shown_name, int with_lines,
                       long *line, long *column);

/* 1 if two dumps are equal; otherwise 0, and the first difference (with some
 * context) goes to stderr, each side under its label. */
int dumps_equal(const char *one, const char *two, const char *label_one, const char *label_two);

#endif
