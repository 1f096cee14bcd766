/*
 * actornet/csv.h — write node and edge tables as CSV (RFC 4180).
 *
 * Fields containing a comma, quote, CR or LF are quoted with quotes doubled;
 * missing values are empty fields; numbers at full precision; UTF-8, no BOM.
 * Node table: `id` then every node column in order. Edge table: `source`,
 * `target`, `directed` (true/false), `id`, then every edge column.
 *
 * Formula injection (OWASP "CSV Injection"): by default a text field that a
 * spreadsheet would run as a formula (it begins with =, +, -, @, TAB or CR
 * and is not a plain number such as -5) is written quoted with a single
 * quote in front: '=HYPERLINK(...) shows as text. Set
 * an_csv_write_options.raw to write every text byte for byte (for programs
 * that read the table back, not spreadsheets).
 */
#ifndef ACTORNET_CSV_H
#define ACTORNET_CSV_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_CSV_WRITE_OPTIONS_VERSION 1

/** Options for the CSV writer. Initialise with AN_CSV_WRITE_OPTIONS_INIT. */
typedef struct an_csv_write_options {
    unsigned int version;   /**< AN_CSV_WRITE_OPTIONS_VERSION */
    int raw;                /**< 1: no formula guard, every text as it is (default 0: guarded) */
} an_csv_write_options;

#define AN_CSV_WRITE_OPTIONS_INIT { AN_CSV_WRITE_OPTIONS_VERSION, 0 }

/**
 * Write the node table (domain AN_DOMAIN_NODE) or the edge table
 * (AN_DOMAIN_EDGE) atomically; options may be NULL (the defaults).
 * @return AN_OK, AN_EMISUSE (NULL argument, other domain, bad version), AN_EIO, AN_ENOMEM.
 * O(rows * columns).
 */
AN_API int an_network_save_csv(const an_network *network, const char *path, an_domain domain,
                               const an_csv_write_options *options);

/** The same table in a new NUL-terminated buffer (free with an_free()). Errors as above. */
AN_API int an_network_csv_to_buffer(char **out, size_t *out_size, const an_network *network, an_domain domain,
                                    const an_csv_write_options *options);

/** Write the node table atomically, with the default options. @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(n * columns). */
AN_API int an_network_save_nodes_csv(const an_network *network, const char *path);

/** Write the edge table atomically. @return AN_OK, AN_EMISUSE, AN_EIO, AN_ENOMEM. O(m * columns). */
AN_API int an_network_save_edges_csv(const an_network *network, const char *path);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_CSV_H */
