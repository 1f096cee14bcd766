/*
 * actornet/csv.h — write node and edge tables as CSV (RFC 4180).
 *
 * Fields containing a comma, quote, CR or LF are quoted with quotes doubled;
 * missing values are empty fields; numbers at full precision; UTF-8, no BOM.
 * Node table: `id` then every node column in order. Edge table: `source`,
 * `target`, `directed` (true/false), `id`, then every edge column.
 */
#ifndef ACTORNET_CSV_H
#define ACTORNET_CSV_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Write the node table atomically. @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(n * columns). */
AN_API int an_network_save_nodes_csv(const an_network *network, const char *path);

/** Write the edge table atomically. @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(m * columns). */
AN_API int an_network_save_edges_csv(const an_network *network, const char *path);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_CSV_H */
