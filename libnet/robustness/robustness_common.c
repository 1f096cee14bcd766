/*
 * robustness_common.c — options, stated-only and dropout views (ranks and
 * quantiles of the replicates: core/replicate_statistics.c).
 */
#include "robustness_internal.h"
#include "actornet/views.h"
#include "error_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int an_i_robustness_options(const an_robustness_options **options, an_robustness_options *storage,
                            const an_network *network)
{
    if (!network)
        return AN_I_MISUSE("network is NULL");
    if (!*options) {
        an_robustness_options defaults = AN_ROBUSTNESS_OPTIONS_INIT;
        *storage = defaults;
        *options = storage;
    }
    const an_robustness_options *o = *options;
    if (o->version != AN_ROBUSTNESS_OPTIONS_VERSION)
        return an_i_error(AN_EMISUSE, "an_robustness_options: version %u, expected %u", o->version,
                          AN_ROBUSTNESS_OPTIONS_VERSION);
    if (an_network_node_count(network) == 0)
        return an_i_error(AN_EEMPTY, "robustness: the network has no nodes");
    if (o->replicates < 0)
        return an_i_error(AN_EINVAL, "robustness: replicates must be >= 0");
    if (!(o->dropout >= 0.0 && o->dropout < 1.0))
        return an_i_error(AN_EINVAL, "robustness: dropout must be in [0, 1)");
    if (!(o->level > 0.0 && o->level < 1.0))
        return an_i_error(AN_EINVAL, "robustness: level must be in (0, 1)");
    if (o->top_k < 1)
        return an_i_error(AN_EINVAL, "robustness: top_k must be >= 1");
    return AN_OK;
}

int an_i_robustness_stated_view(an_network **out, int64_t *kept_edges, const an_network *network,
                                const an_robustness_options *options)
{
    static const char *const stated[] = { "stated", NULL };
    const char *column = options->confidence_column ? options->confidence_column : "confidence";
    int index;
    *out = NULL;
    *kept_edges = 0;
    if (an_network_find_column(network, AN_DOMAIN_EDGE, column, &index) != AN_OK) {
        an_error_clear();
        return AN_OK;
    }
    an_view_options view = AN_VIEW_OPTIONS_INIT;
    view.filter.confidence = options->trusted ? options->trusted : stated;
    view.filter.confidence_column = column;
    int rc = an_view_filter(out, network, &view);
    if (rc == AN_OK)
        *kept_edges = an_network_edge_count(*out);
    return rc;
}

int an_i_robustness_dropout_view(an_network **out, const an_network *network, double dropout,
                                 an_i_random *random, unsigned char *mask)
{
    int64_t m = an_network_edge_count(network);
    for (int64_t e = 0; e < m; e++)
        mask[e] = an_i_random_uniform(random) >= dropout;
    return an_view_subset(out, network, NULL, mask);
}
