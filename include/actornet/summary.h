/*
 * actornet/summary.h — what a network holds, at a glance (`actornet info`).
 *
 * The summary covers: node and edge counts; direction (directed, undirected,
 * mixed); self-loops and parallel ties; actor classes (counts of the node
 * class column, default `type`); relations (counts of the edge relation
 * column, default `relation`); confidence levels (edge `confidence`); the year
 * span over the edge columns `year`, `start`, `end` and the node columns
 * `start`, `end` (integer or real columns; other names via options); every
 * attribute with its type, default and number of missing values; weak
 * components (count, largest, isolates) and, when directed, strong components.
 */
#ifndef ACTORNET_SUMMARY_H
#define ACTORNET_SUMMARY_H

#include "network.h"

#ifdef __cplusplus
extern "C" {
#endif

#define AN_SUMMARY_OPTIONS_VERSION 1

typedef struct an_summary_options {
    unsigned int version;           /**< AN_SUMMARY_OPTIONS_VERSION */
    const char *class_column;       /**< node column naming the actor class (default "type") */
    const char *relation_column;    /**< edge column naming the relation (default "relation") */
    const char *confidence_column;  /**< edge column with the confidence (default "confidence") */
} an_summary_options;

#define AN_SUMMARY_OPTIONS_INIT { AN_SUMMARY_OPTIONS_VERSION, "type", "relation", "confidence" }

/**
 * Summarise a network as a JSON object (UTF-8, NUL-terminated; free with
 * an_free()). Keys: nodes, edges, direction ("directed"|"undirected"|"mixed"),
 * self_loops, parallel_edges (edges beyond the first between the same
 * ordered pair, or unordered pair for undirected edges), classes {name: count}
 * (absent values counted under null-free key "(none)"), relations, confidence,
 * years {min, max} or null, attributes [{domain, name, type, default,
 * missing}], components {weak, largest_weak, isolates, strong (null when
 * undirected)}, groups {flattened, groups, nodes_in_groups} (only when GraphML
 * groups were flattened: graphs nested in nodes), warnings (count).
 * @return AN_OK, AN_EMISUSE, AN_ENOMEM, AN_EALGORITHM. O(n + m + data).
 */
AN_API int an_network_summary_json(char **out, size_t *out_size, const an_network *network,
                                   const an_summary_options *options);

/** The same summary as readable text for a terminal (free with an_free()). Errors as above. */
AN_API int an_network_summary_text(char **out, size_t *out_size, const an_network *network,
                                   const an_summary_options *options);

#ifdef __cplusplus
}
#endif
#endif /* ACTORNET_SUMMARY_H */
