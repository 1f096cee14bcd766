/*
 * fuzz_support.h — helpers shared by the fuzz targets (fuzz_support.c).
 */
#ifndef AN_FUZZ_SUPPORT_H
#define AN_FUZZ_SUPPORT_H

#include "fuzz_targets.h"
#include "actornet.h"

/**
 * Load GraphML from the fuzz input. On failure check the error contract (no
 * network, a status code, the same code and a message in the last error, and
 * never AN_EMISUSE/AN_EINVAL/AN_EIO for a buffer); returns the status.
 */
int an_fuzz_load(an_network **out, const uint8_t *data, size_t size, const char *target);

/** Read every id, edge, column, value, default and warning back; abort on an inconsistency. */
void an_fuzz_walk(const an_network *network, const char *target);

/**
 * Compare two networks exactly: edgedefault, graph id, node ids in order,
 * edges (endpoints, direction, ids) in order, columns per domain (name, type,
 * default; matched by name), every value's state and value (reals bit for bit, NaN = NaN).
 * Returns 0 when equal, else 1 with the first difference in `why`.
 */
int an_fuzz_compare(const an_network *a, const an_network *b, char *why, size_t size);

#endif
