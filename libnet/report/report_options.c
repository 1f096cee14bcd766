/*
 * report_options.c — the report's options: defaults and range checks.
 */
#include "report_internal.h"

#include "error_internal.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

int an_i_report_resolve_options(an_report_options *out, const an_report_options *options)
{
    static const an_report_options defaults = AN_REPORT_OPTIONS_INIT;
    if (!options) {
        *out = defaults;
        return AN_OK;
    }
    if (options->version == 1 || options->version == 2) {
        /* built against an older version: the struct ends before exact_limit (1) or before the
         * lenses (2); read only what it has */
        *out = defaults;
        memcpy(out, options, options->version == 1 ? offsetof(an_report_options, exact_limit)
                                                   : offsetof(an_report_options, lens));
        out->version = AN_REPORT_OPTIONS_VERSION;
    } else if (options->version == AN_REPORT_OPTIONS_VERSION) {
        *out = *options;
    } else {
        return an_i_error(AN_EMISUSE, "an_report_write: options version %u, expected %u (use AN_REPORT_OPTIONS_INIT)",
                          options->version, (unsigned)AN_REPORT_OPTIONS_VERSION);
    }
    if (out->top_k < 1)
        return an_i_error(AN_EINVAL, "report: top_k must be at least 1 (got %lld)", (long long)out->top_k);
    if (out->key_players < 1)
        return an_i_error(AN_EINVAL, "report: key_players must be at least 1 (got %lld)", (long long)out->key_players);
    if (out->chain_k < 1)
        return an_i_error(AN_EINVAL, "report: chain_k must be at least 1 (got %lld)", (long long)out->chain_k);
    if (out->chain_max_length < 1)
        return an_i_error(AN_EINVAL, "report: chain_max_length must be at least 1 (got %lld)",
                          (long long)out->chain_max_length);
    if (out->max_chains < 0)
        return an_i_error(AN_EINVAL, "report: max_chains must not be negative (got %lld)", (long long)out->max_chains);
    if (out->replicates < 0)
        return an_i_error(AN_EINVAL, "report: replicates must not be negative (got %lld)", (long long)out->replicates);
    if (!(out->dropout >= 0.0 && out->dropout < 1.0))
        return an_i_error(AN_EINVAL, "report: dropout must be in [0, 1) (got %g)", out->dropout);
    if (out->draw_limit < 1)
        return an_i_error(AN_EINVAL, "report: draw_limit must be at least 1 (got %lld)", (long long)out->draw_limit);
    if (!(out->render_timeout > 0.0) || !isfinite(out->render_timeout))
        return an_i_error(AN_EINVAL, "report: render_timeout must be a positive number of seconds");
    if (!(out->exact_limit >= 0.0))
        return an_i_error(AN_EINVAL, "report: exact_limit must be >= 0 (got %g)", out->exact_limit);
    if (out->time_respecting < -1 || out->time_respecting > 1)
        return an_i_error(AN_EINVAL, "report: time_respecting must be -1, 0 or 1 (got %d)", out->time_respecting);
    if (!out->size_by)
        out->size_by = defaults.size_by;
    an_centrality_measure measure;
    if (an_centrality_measure_from_name(&measure, out->size_by) != AN_OK)
        return an_i_error(AN_EINVAL, "report: unknown size measure '%s' (use e.g. betweenness, degree, pagerank)",
                          out->size_by);
    if (!out->class_column)
        out->class_column = defaults.class_column;
    if (!out->label_column)
        out->label_column = defaults.label_column;
    if (!out->relation_column)
        out->relation_column = defaults.relation_column;
    if (!out->confidence_column)
        out->confidence_column = defaults.confidence_column;
    return AN_OK;
}
