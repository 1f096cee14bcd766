"""The C boundary: every C function this package calls, declared in ONE table.

Each row gives the return type, the argument types and how the result is
checked. Checked calls raise an :class:`actornet.Error` subclass carrying the C
library's last error (message, code, file, line, column), then clear it.

To wrap a new header: add its structs below, add one row per function to
``SIGNATURES`` (grouped by header), and call ``lib.an_...`` from Python.
A function the loaded library does not export (an older build) is replaced by
a callable that raises :class:`actornet.UnsupportedError` naming it; use
:func:`available` to test for it.
"""
import ctypes
import operator
import threading
from ctypes import (POINTER, Structure, c_char, c_char_p, c_double, c_int, c_int64, c_long,
                    c_size_t, c_uint, c_uint64, c_void_p)

from . import _errors
from ._library import load as _load

# ---- types ------------------------------------------------------------------

network_p = c_void_p          # an_network * (opaque)
c_int64_p = POINTER(c_int64)
c_int_p = POINTER(c_int)
c_double_p = POINTER(c_double)
c_char_pp = POINTER(c_char_p)
c_size_t_p = POINTER(c_size_t)
buffer_pp = POINTER(c_void_p)  # char ** for buffers freed with an_free()


_INTEGER_FIELDS = {c_int64: (64, True), c_uint64: (64, False), c_int: (8 * ctypes.sizeof(c_int), True),
                   c_uint: (8 * ctypes.sizeof(c_uint), False), c_long: (8 * ctypes.sizeof(c_long), True),
                   c_size_t: (8 * ctypes.sizeof(c_size_t), False)}


class CheckedStructure(Structure):
    """A C struct whose integer fields refuse values they cannot hold (ctypes keeps the
    low bits: a seed of 2**64 became 0) and values that are not integers."""

    def __init__(self, *positional, **named):
        super().__init__()
        for field, value in zip(self._fields_, positional):
            setattr(self, field[0], value)
        for name, value in named.items():
            setattr(self, name, value)

    def __setattr__(self, name, value):
        kind = _field_kinds(type(self)).get(name)
        if kind is not None and not isinstance(value, bool):
            bits, signed = kind
            try:
                number = operator.index(value)
            except TypeError:
                raise TypeError("option '%s' must be an integer, not %s %r" % (
                    name, type(value).__name__, value)) from None
            low, high = (-2 ** (bits - 1), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)
            if not low <= number <= high:
                raise ValueError("option '%s' = %d does not fit %s %d-bit integer" % (
                    name, number, "a signed" if signed else "an unsigned", bits))
            value = number
        super().__setattr__(name, value)


_KINDS_BY_CLASS = {}


def _field_kinds(cls):
    kinds = _KINDS_BY_CLASS.get(cls)
    if kinds is None:
        kinds = {}
        for klass in reversed(cls.__mro__):
            for field in klass.__dict__.get("_fields_", ()):
                if field[1] in _INTEGER_FIELDS:
                    kinds[field[0]] = _INTEGER_FIELDS[field[1]]
        _KINDS_BY_CLASS[cls] = kinds
    return kinds


class AnError(Structure):
    """struct an_error (common.h)."""
    _fields_ = [("code", c_int), ("message", c_char_p), ("reason", c_char_p),
                ("file", c_char_p), ("line", c_long), ("column", c_long)]


class GraphmlReadOptions(CheckedStructure):
    """struct an_graphml_read_options (graphml.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("graph_index", c_int), ("max_depth", c_int64),
                ("max_value_bytes", c_int64), ("max_keys", c_int64), ("strict", c_int)]

    def __init__(self, graph_index=0, max_depth=256, max_value_bytes=64 * 1024 * 1024,
                 max_keys=100000, strict=False):
        super().__init__(self.VERSION, graph_index, max_depth, max_value_bytes, max_keys,
                         1 if strict else 0)


class GraphmlWriteOptions(CheckedStructure):
    """struct an_graphml_write_options (graphml.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("indent", c_int)]

    def __init__(self, indent=True):
        super().__init__(self.VERSION, 1 if indent else 0)


class GexfReadOptions(CheckedStructure):
    """struct an_gexf_read_options (gexf.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("strict", c_int), ("max_depth", c_int64),
                ("max_value_bytes", c_int64)]

    def __init__(self, strict=False, max_depth=256, max_value_bytes=64 * 1024 * 1024):
        super().__init__(self.VERSION, 1 if strict else 0, max_depth, max_value_bytes)


class GexfWriteOptions(CheckedStructure):
    """struct an_gexf_write_options (gexf.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("indent", c_int)]

    def __init__(self, indent=True):
        super().__init__(self.VERSION, 1 if indent else 0)


class DotWriteOptions(CheckedStructure):
    """struct an_dot_write_options (dot.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("label_column", c_char_p),
                ("edge_label_column", c_char_p), ("graph_name", c_char_p),
                ("graph_attributes", c_char_pp)]


class CsvWriteOptions(CheckedStructure):
    """struct an_csv_write_options (csv.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("raw", c_int), ("full_defaults", c_int)]


class CsvImportOptions(CheckedStructure):
    """struct an_csv_import_options (csv_import.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("delimiter", c_char), ("directed", c_int), ("strict", c_int),
                ("raw", c_int), ("source_column", c_char_p), ("target_column", c_char_p),
                ("edge_id_column", c_char_p), ("directed_column", c_char_p),
                ("node_id_column", c_char_p), ("column_types", c_char_p),
                ("type_model", c_void_p), ("vocabulary", c_void_p), ("columns_path", c_char_p)]


class SummaryOptions(CheckedStructure):
    """struct an_summary_options (summary.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("class_column", c_char_p),
                ("relation_column", c_char_p), ("confidence_column", c_char_p)]


class RelationSemantics(CheckedStructure):
    """struct an_relation_semantics (vocabulary.h)."""
    _fields_ = [("family", c_char_p), ("sign", c_int), ("symmetric", c_int), ("flow", c_int)]


class Lens(CheckedStructure):
    """struct an_lens (lens.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("name", c_char_p), ("modes", c_uint), ("signs", c_uint),
                ("orientation", c_int), ("vocabulary", c_void_p), ("class_column", c_char_p),
                ("relation_column", c_char_p)]


class LensSelection(CheckedStructure):
    """struct an_lens_selection (lens.h), allocated by the library."""
    _fields_ = [("name", c_char_p), ("node_count", c_int64), ("edge_count", c_int64),
                ("nodes", POINTER(ctypes.c_ubyte)), ("edges", POINTER(ctypes.c_byte)),
                ("kept_nodes", c_int64), ("kept_edges", c_int64),
                ("nodes_without_mode", c_int64), ("edges_without_sign", c_int64),
                ("edges_without_flow", c_int64), ("reoriented_edges", c_int64),
                ("vocabulary_origin", c_char_p)]


class EdgePolicy(CheckedStructure):
    """struct an_edge_policy (analysis.h)."""
    _fields_ = [("direction", c_int), ("parallel", c_int), ("self_loops", c_int),
                ("weight", c_char_p), ("lens", c_void_p)]


edge_policy_p = POINTER(EdgePolicy)


class CentralityOptions(CheckedStructure):
    """struct an_centrality_options (centrality.h)."""
    VERSION = 2
    DEFAULT_SEED = 20260101
    _fields_ = [("version", c_uint), ("policy", EdgePolicy), ("raw", c_int),
                ("damping", c_double), ("seed", c_uint64)]

class BetweennessApproximation(CheckedStructure):
    """struct an_betweenness_approximation (centrality.h)."""
    _fields_ = [("samples", c_int64), ("vertex_diameter_bound", c_int64), ("exact", c_int),
                ("epsilon", c_double), ("delta", c_double)]


class CommunityOptions(CheckedStructure):
    """struct an_community_options (communities.h)."""
    VERSION = 3
    DEFAULT_SEED = 42
    _fields_ = [("version", c_uint), ("method", c_int), ("policy", EdgePolicy),
                ("seed", c_uint64), ("resolution", c_double), ("objective", c_int),
                ("engine", c_int), ("beta", c_double), ("iterations", c_int64), ("trials", c_int64),
                ("steps", c_int64), ("max_edges", c_int64)]


class Partition(CheckedStructure):
    """struct an_partition (communities.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("count", c_int64), ("membership", c_int64_p),
                ("sizes", c_int64_p), ("modularity", c_double), ("quality", c_double),
                ("directed", c_int), ("method", c_int), ("engine", c_int)]


class ModularityOptions(CheckedStructure):
    """struct an_modularity_options (communities.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("policy", EdgePolicy), ("resolution", c_double)]


class PartitionComparison(CheckedStructure):
    """struct an_partition_comparison (communities.h)."""
    _fields_ = [("nodes", c_int64), ("nmi", c_double), ("adjusted_rand", c_double),
                ("rand", c_double), ("variation_of_information", c_double),
                ("split_join_a", c_int64), ("split_join_b", c_int64)]


class Components(CheckedStructure):
    """struct an_components (cohesion.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("count", c_int64), ("membership", c_int64_p),
                ("sizes", c_int64_p), ("largest", c_int64)]


class CliqueOptions(CheckedStructure):
    """struct an_clique_options (cohesion.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("min_size", c_int64), ("max_size", c_int64),
                ("max_cliques", c_int64), ("policy", EdgePolicy)]


class Cliques(CheckedStructure):
    """struct an_cliques (cohesion.h), allocated by the library."""
    _fields_ = [("count", c_int64), ("offsets", c_int64_p), ("nodes", c_int64_p),
                ("largest", c_int64), ("truncated", c_int)]


class RobustnessOptions(CheckedStructure):
    """struct an_robustness_options (robustness.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("replicates", c_int64), ("dropout", c_double),
                ("level", c_double), ("top_k", c_int64), ("seed", c_uint64),
                ("confidence_column", c_char_p), ("trusted", c_char_pp),
                ("centrality", CentralityOptions), ("communities", CommunityOptions)]


class RankRobustness(CheckedStructure):
    """struct an_rank_robustness (robustness.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("replicates", c_int64), ("measure", c_int),
                ("score", c_double_p), ("rank", c_double_p), ("has_stated", c_int),
                ("stated_edges", c_int64), ("stated_score", c_double_p),
                ("stated_rank", c_double_p), ("mean_rank", c_double_p),
                ("rank_low", c_double_p), ("rank_high", c_double_p),
                ("top_k_share", c_double_p)]


class PartitionRobustness(CheckedStructure):
    """struct an_partition_robustness (robustness.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("replicates", c_int64),
                ("full", POINTER(Partition)), ("has_stated", c_int),
                ("stated", POINTER(Partition)), ("stated_nmi", c_double),
                ("mean_nmi", c_double), ("nmi_low", c_double), ("nmi_high", c_double),
                ("stability", c_double_p)]


class ValidateOptions(CheckedStructure):
    """struct an_validate_options (validate.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("class_column", c_char_p), ("relation_column", c_char_p),
                ("confidence_column", c_char_p), ("source_column", c_char_p),
                ("locator_column", c_char_p)]


vocabulary_p = c_void_p       # an_vocabulary * (opaque)


class Filter(CheckedStructure):
    """struct an_filter (views.h)."""
    _fields_ = [("classes", c_char_pp), ("relations", c_char_pp), ("confidence", c_char_pp),
                ("has_year_from", c_int), ("has_year_to", c_int), ("year_from", c_double),
                ("year_to", c_double), ("undated", c_int), ("class_column", c_char_p),
                ("relation_column", c_char_p), ("confidence_column", c_char_p),
                ("year_column", c_char_p), ("start_column", c_char_p),
                ("end_column", c_char_p)]


class ViewOptions(CheckedStructure):
    """struct an_view_options (views.h)."""
    VERSION = 1
    _fields_ = [("version", c_int), ("filter", Filter), ("drop_isolates", c_int)]


class EgoOptions(CheckedStructure):
    """struct an_ego_options (views.h)."""
    VERSION = 1
    _fields_ = [("version", c_int), ("radius", c_int64), ("mode", c_int)]


class ProjectionOptions(CheckedStructure):
    """struct an_projection_options (views.h)."""
    VERSION = 1
    _fields_ = [("version", c_int), ("class_column", c_char_p), ("via", c_char_pp),
                ("weight_column", c_char_p), ("shared_column", c_char_p),
                ("separator", c_char_p)]


class PathOptions(CheckedStructure):
    """struct an_path_options (paths.h)."""
    VERSION = 2
    _fields_ = [("version", c_int), ("filter", Filter), ("classes_at_ends", c_int),
                ("ignore_direction", c_int), ("weight", c_char_p),
                ("confidence_order", c_char_pp), ("max_paths", c_int64),
                ("alternatives", c_int), ("source_column", c_char_p),
                ("locator_column", c_char_p), ("lens", c_void_p), ("time_respecting", c_int)]


class TimelineOptions(Structure):
    """struct an_timeline_options (timeline.h)."""
    VERSION = 1
    _fields_ = [("version", c_int), ("windows", c_int), ("width", c_double), ("step", c_double),
                ("breaks", c_double_p), ("break_count", c_int64), ("gap", c_int64),
                ("has_from", c_int), ("has_to", c_int), ("from_", c_double), ("to", c_double),
                ("undated", c_int), ("policy", EdgePolicy), ("measures", c_int_p),
                ("measure_count", c_int64), ("normalized", c_int), ("communities", c_int),
                ("community", CommunityOptions), ("match_threshold", c_double),
                ("year_column", c_char_p), ("start_column", c_char_p), ("end_column", c_char_p),
                ("node_start_column", c_char_p), ("node_end_column", c_char_p)]


timeline_p = c_void_p          # an_timeline * (read through an_timeline_json)
reach_p = c_void_p             # an_reach * (read through an_reach_json)
path_result_p = c_void_p      # an_path_result * (read through an_path_result_json)

#: void (*an_report_progress_fn)(void *data, const char *step, int number, int total)
REPORT_PROGRESS = ctypes.CFUNCTYPE(None, c_void_p, c_char_p, c_int, c_int)


class Progress(CheckedStructure):
    """struct an_progress (progress.h)."""
    _fields_ = [("task", c_char_p), ("step", c_char_p), ("done", c_int64), ("total", c_int64),
                ("fraction", c_double), ("elapsed", c_double)]


#: an_progress_fn: int (*)(void *data, const an_progress *progress)
PROGRESS_FN = ctypes.CFUNCTYPE(c_int, c_void_p, POINTER(Progress))


class ReportOptions(CheckedStructure):
    """struct an_report_options (report.h)."""
    VERSION = 3
    DEFAULT_SEED = 42
    _fields_ = [("version", c_uint), ("from_", c_char_pp), ("to", c_char_pp),
                ("chain_relations", c_char_pp), ("top_k", c_int64), ("key_players", c_int64),
                ("chain_k", c_int64), ("chain_max_length", c_int64), ("max_chains", c_int64),
                ("seed", c_uint64), ("replicates", c_int64), ("dropout", c_double),
                ("directed", c_int), ("size_by", c_char_p), ("draw_limit", c_int64),
                ("render", c_int), ("render_timeout", c_double), ("class_column", c_char_p),
                ("label_column", c_char_p), ("relation_column", c_char_p),
                ("confidence_column", c_char_p), ("input_name", c_char_p),
                ("progress", REPORT_PROGRESS), ("progress_data", c_void_p),
                ("exact_limit", c_double), ("lens", c_char_p), ("chain_lens", c_char_p),
                ("vocabulary", c_void_p), ("time_respecting", c_int)]


class BrokerageOptions(CheckedStructure):
    """struct an_brokerage_options (brokerage.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("attribute", c_char_p), ("missing", c_int),
                ("direction", c_int), ("lens", c_void_p)]


class KeyplayerOptions(CheckedStructure):
    """struct an_keyplayer_options (keyplayers.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("objective", c_int), ("m", c_int64), ("direction", c_int),
                ("exact", c_int), ("max_sets", c_int64), ("candidates", c_int64),
                ("seed", c_uint64), ("threads", c_int), ("lens", c_void_p)]


class KeyplayerResult(CheckedStructure):
    """struct an_keyplayer_result (keyplayers.h)."""
    _fields_ = [("score", c_double), ("greedy_score", c_double), ("swaps", c_int64),
                ("evaluations", c_int64)]


class WhatifState(CheckedStructure):
    """struct an_whatif_state (keyplayers.h)."""
    _fields_ = [("nodes", c_int64), ("edges", c_int64), ("components", c_int64),
                ("largest_component", c_int64), ("fragmentation", c_double),
                ("distance_fragmentation", c_double), ("efficiency", c_double),
                ("mean_reach", c_double)]


class WhatifResult(CheckedStructure):
    """struct an_whatif_result (keyplayers.h)."""
    _fields_ = [("before", WhatifState), ("after", WhatifState)]


class WhatifOptions(CheckedStructure):
    """struct an_whatif_options (keyplayers.h)."""
    VERSION = 2
    _fields_ = [("version", c_uint), ("direction", c_int), ("distances", c_int),
                ("threads", c_int), ("lens", c_void_p)]

# positions.h


class MatrixSpec(CheckedStructure):
    """struct an_matrix_spec (positions.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("kind", c_int), ("relations", c_char_pp),
                ("relation_column", c_char_p), ("attribute", c_char_p), ("policy", EdgePolicy)]


class EquivalenceOptions(CheckedStructure):
    """struct an_equivalence_options (positions.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("measure", c_int), ("diag", c_int), ("relations", c_char_pp),
                ("relation_column", c_char_p), ("policy", EdgePolicy)]


class PositionsOptions(CheckedStructure):
    """struct an_positions_options (positions.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("equivalence", EquivalenceOptions), ("linkage", c_int),
                ("positions", c_int64), ("height", c_double)]


class Dendrogram(CheckedStructure):
    """struct an_dendrogram (positions.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("linkage", c_int), ("merge", c_int64_p),
                ("height", c_double_p), ("order", c_int64_p)]


class PositionsResult(CheckedStructure):
    """struct an_positions (positions.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("count", c_int64), ("membership", c_int64_p),
                ("sizes", c_int64_p), ("distance", c_double_p), ("dendrogram", POINTER(Dendrogram)),
                ("cut_height", c_double)]


class ConcorOptions(CheckedStructure):
    """struct an_concor_options (positions.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("depth", c_int64), ("max_iterations", c_int64),
                ("cutoff", c_double), ("relations", c_char_pp), ("relation_column", c_char_p),
                ("policy", EdgePolicy)]


class BlockmodelResult(CheckedStructure):
    """struct an_blockmodel (positions.h), allocated by the library."""
    _fields_ = [("positions", c_int64), ("relations", c_int64), ("sizes", c_int64_p),
                ("density", c_double_p), ("overall_density", c_double_p), ("image", c_int_p),
                ("r_squared", c_double_p)]


class CorePeripheryOptions(CheckedStructure):
    """struct an_core_periphery_options (positions.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("model", c_int), ("between_density", c_double),
                ("restarts", c_int64), ("seed", c_uint64), ("max_iterations", c_int64),
                ("tolerance", c_double), ("policy", EdgePolicy)]


class CorePeripheryResult(CheckedStructure):
    """struct an_core_periphery (positions.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("model", c_int), ("fit", c_double), ("core_size", c_int64),
                ("core", c_int_p), ("coreness", c_double_p), ("density", c_double * 4),
                ("iterations", c_int64), ("converged", c_int)]


class QapOptions(CheckedStructure):
    """struct an_qap_options (positions.h)."""
    VERSION = 1
    DEFAULT_SEED = 20260521
    _fields_ = [("version", c_uint), ("permutations", c_int64), ("seed", c_uint64),
                ("null_hypothesis", c_int), ("statistic", c_int), ("directed", c_int), ("diag", c_int),
                ("intercept", c_int), ("tolerance", c_double)]


class QapCorrelationResult(CheckedStructure):
    """struct an_qap_correlation_result (positions.h), allocated by the library."""
    _fields_ = [("correlation", c_double), ("observations", c_int64), ("permutations", c_int64),
                ("p_greater", c_double), ("p_less", c_double), ("p_two_sided", c_double),
                ("distribution", c_double_p)]


class QapRegressionResult(CheckedStructure):
    """struct an_qap_regression (positions.h), allocated by the library."""
    _fields_ = [("model", c_int), ("null_hypothesis", c_int), ("statistic", c_int), ("intercept", c_int),
                ("terms", c_int64), ("observations", c_int64), ("rank", c_int64),
                ("permutations", c_int64), ("coefficients", c_double_p), ("std_errors", c_double_p),
                ("statistics", c_double_p), ("p_less", c_double_p), ("p_greater", c_double_p),
                ("p_two_sided", c_double_p), ("distribution", c_double_p), ("r_squared", c_double),
                ("adjusted_r_squared", c_double), ("residual_standard_error", c_double),
                ("f_statistic", c_double), ("df_residual", c_int64), ("deviance", c_double),
                ("null_deviance", c_double), ("aic", c_double), ("bic", c_double),
                ("iterations", c_int64), ("converged", c_int)]


class CugOptions(CheckedStructure):
    """struct an_cug_options (positions.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("condition", c_int), ("replicates", c_int64), ("seed", c_uint64),
                ("policy", EdgePolicy)]


class CugResult(CheckedStructure):
    """struct an_cug_result (positions.h), allocated by the library."""
    _fields_ = [("condition", c_int), ("directed", c_int), ("nodes", c_int64), ("ties", c_int64),
                ("observed", c_double), ("replicates", c_int64), ("undefined", c_int64),
                ("p_greater", c_double), ("p_less", c_double), ("mean", c_double), ("sd", c_double),
                ("values", c_double_p)]


#: int (*an_cug_statistic_fn)(double *out, const an_network *graph, void *data)
CUG_STATISTIC = ctypes.CFUNCTYPE(c_int, c_double_p, c_void_p, c_void_p)


class KplexOptions(CheckedStructure):
    """struct an_kplex_options (positions.h)."""
    VERSION = 1
    _fields_ = [("version", c_uint), ("k", c_int64), ("min_size", c_int64), ("max_plexes", c_int64),
                ("policy", EdgePolicy)]


class CohesiveBlocksResult(CheckedStructure):
    """struct an_cohesive_blocks (positions.h), allocated by the library."""
    _fields_ = [("node_count", c_int64), ("count", c_int64), ("offsets", c_int64_p),
                ("nodes", c_int64_p), ("cohesion", c_int64_p), ("parent", c_int64_p),
                ("max_cohesion", c_int64_p)]


# ---- result checks ----------------------------------------------------------

STATUS = "status"   # int: 0 or a positive state (AN_VALUE_MISSING) is fine, negative raises
COUNT = "count"     # a count or index: negative raises
NONE = None         # cannot fail (or NULL is a normal answer)

# ---- the table --------------------------------------------------------------

SIGNATURES = {
    # common.h
    "an_error_last": (POINTER(AnError), [], NONE),
    "an_error_clear": (None, [], NONE),
    "an_status_name": (c_char_p, [c_int], NONE),
    "an_version_string": (c_char_p, [], NONE),
    "an_version_number": (c_int, [], NONE),
    "an_free": (None, [c_void_p], NONE),
    # progress.h
    "an_progress_set_handler": (None, [PROGRESS_FN, c_void_p], NONE),
    "an_progress_handler": (PROGRESS_FN, [POINTER(c_void_p)], NONE),
    "an_type_name": (c_char_p, [c_int], NONE),

    # network.h: life cycle and structure
    "an_network_new": (c_int, [POINTER(network_p), c_int], STATUS),
    "an_network_free": (None, [network_p], NONE),
    "an_network_copy": (c_int, [POINTER(network_p), network_p], STATUS),
    "an_network_node_count": (c_int64, [network_p], COUNT),
    "an_network_edge_count": (c_int64, [network_p], COUNT),
    "an_network_default_directed": (c_int, [network_p], COUNT),
    "an_network_set_default_directed": (c_int, [network_p, c_int], STATUS),
    "an_network_direction": (c_int, [network_p], COUNT),
    "an_network_add_node": (c_int, [network_p, c_char_p, c_int64_p], STATUS),
    "an_network_add_edge": (c_int, [network_p, c_int64, c_int64, c_int, c_char_p, c_int64_p],
                            STATUS),
    "an_network_find_node": (c_int, [network_p, c_char_p, c_int64_p], STATUS),
    "an_network_node_id": (c_char_p, [network_p, c_int64], NONE),
    "an_network_edge_endpoints": (c_int, [network_p, c_int64, c_int64_p, c_int64_p], STATUS),
    "an_network_edge_directed": (c_int, [network_p, c_int64], COUNT),
    "an_network_edge_id": (c_char_p, [network_p, c_int64], NONE),
    "an_network_graph_id": (c_char_p, [network_p], NONE),
    "an_network_set_graph_id": (c_int, [network_p, c_char_p], STATUS),
    "an_network_node_ids_joined": (c_int, [buffer_pp, c_size_t_p, network_p], STATUS),
    "an_network_edge_arrays": (c_int, [c_int64_p, c_int64_p, POINTER(ctypes.c_ubyte), network_p], STATUS),
    "an_network_get_default_boolean": (c_int, [network_p, c_int, c_int, c_int_p], STATUS),
    "an_network_get_default_integer": (c_int, [network_p, c_int, c_int, c_int64_p], STATUS),
    "an_network_get_default_real": (c_int, [network_p, c_int, c_int, POINTER(ctypes.c_double)], STATUS),
    "an_network_get_default_string": (c_int, [network_p, c_int, c_int, POINTER(c_char_p)], STATUS),

    # network.h: columns
    "an_network_add_column": (c_int, [network_p, c_int, c_char_p, c_int, c_int_p], STATUS),
    "an_network_find_column": (c_int, [network_p, c_int, c_char_p, c_int_p], STATUS),
    "an_network_column_count": (c_int, [network_p, c_int], COUNT),
    "an_network_column_name": (c_char_p, [network_p, c_int, c_int], NONE),
    "an_network_column_type": (c_int, [network_p, c_int, c_int], COUNT),
    "an_network_column_key_id": (c_char_p, [network_p, c_int, c_int], NONE),
    "an_network_column_missing_count": (c_int64, [network_p, c_int, c_int], COUNT),
    "an_network_column_has_default": (c_int, [network_p, c_int, c_int], COUNT),
    "an_network_set_default_boolean": (c_int, [network_p, c_int, c_int, c_int], STATUS),
    "an_network_set_default_integer": (c_int, [network_p, c_int, c_int, c_int64], STATUS),
    "an_network_set_default_real": (c_int, [network_p, c_int, c_int, c_double], STATUS),
    "an_network_set_default_string": (c_int, [network_p, c_int, c_int, c_char_p], STATUS),
    "an_network_clear_default": (c_int, [network_p, c_int, c_int], STATUS),

    # network.h: values
    "an_network_set_boolean": (c_int, [network_p, c_int, c_int, c_int64, c_int], STATUS),
    "an_network_set_integer": (c_int, [network_p, c_int, c_int, c_int64, c_int64], STATUS),
    "an_network_set_real": (c_int, [network_p, c_int, c_int, c_int64, c_double], STATUS),
    "an_network_set_string": (c_int, [network_p, c_int, c_int, c_int64, c_char_p], STATUS),
    "an_network_unset": (c_int, [network_p, c_int, c_int, c_int64], STATUS),
    "an_network_value_state": (c_int, [network_p, c_int, c_int, c_int64], COUNT),
    "an_network_get_boolean": (c_int, [network_p, c_int, c_int, c_int64, c_int_p], STATUS),
    "an_network_get_integer": (c_int, [network_p, c_int, c_int, c_int64, c_int64_p], STATUS),
    "an_network_get_real": (c_int, [network_p, c_int, c_int, c_int64, c_double_p], STATUS),
    "an_network_get_string": (c_int, [network_p, c_int, c_int, c_int64, c_char_pp], STATUS),
    "an_network_column_to_doubles": (c_int, [network_p, c_int, c_int, c_double_p, c_double],
                                     STATUS),

    # network.h: diagnostics
    "an_network_warning_count": (c_int64, [network_p], COUNT),
    "an_network_warning": (c_char_p, [network_p, c_int64], NONE),

    # network.h: provenance
    "an_network_source_name": (c_char_p, [network_p], NONE),
    "an_network_node_line": (c_long, [network_p, c_int64], NONE),
    "an_network_edge_line": (c_long, [network_p, c_int64], NONE),

    # graphml.h
    "an_network_load_graphml": (c_int, [POINTER(network_p), c_char_p,
                                        POINTER(GraphmlReadOptions)], STATUS),
    "an_network_load_graphml_buffer": (c_int, [POINTER(network_p), c_char_p, c_size_t, c_char_p,
                                               POINTER(GraphmlReadOptions)], STATUS),
    "an_network_save_graphml": (c_int, [network_p, c_char_p, POINTER(GraphmlWriteOptions)],
                                STATUS),
    "an_network_graphml_to_buffer": (c_int, [buffer_pp, c_size_t_p, network_p,
                                             POINTER(GraphmlWriteOptions)], STATUS),

    # gexf.h
    "an_gexf_read": (c_int, [POINTER(network_p), c_char_p, POINTER(GexfReadOptions)], STATUS),
    "an_gexf_read_buffer": (c_int, [POINTER(network_p), c_char_p, c_size_t, c_char_p,
                                    POINTER(GexfReadOptions)], STATUS),
    "an_network_save_gexf": (c_int, [network_p, c_char_p, POINTER(GexfWriteOptions)], STATUS),
    "an_network_gexf_to_buffer": (c_int, [buffer_pp, c_size_t_p, network_p,
                                          POINTER(GexfWriteOptions)], STATUS),

    # dot.h
    "an_network_save_dot": (c_int, [network_p, c_char_p, POINTER(DotWriteOptions)], STATUS),
    "an_network_dot_to_buffer": (c_int, [buffer_pp, c_size_t_p, network_p,
                                         POINTER(DotWriteOptions)], STATUS),
    "an_dot_is_graphviz_attribute": (c_int, [c_int, c_char_p], NONE),

    # csv.h
    "an_network_save_nodes_csv": (c_int, [network_p, c_char_p], STATUS),
    "an_network_save_edges_csv": (c_int, [network_p, c_char_p], STATUS),
    "an_network_save_csv": (c_int, [network_p, c_char_p, c_int, POINTER(CsvWriteOptions)], STATUS),
    "an_network_csv_to_buffer": (c_int, [buffer_pp, c_size_t_p, network_p, c_int,
                                         POINTER(CsvWriteOptions)], STATUS),
    "an_network_save_csv_columns": (c_int, [network_p, c_char_p, POINTER(CsvWriteOptions)], STATUS),
    "an_network_csv_columns_to_buffer": (c_int, [buffer_pp, c_size_t_p, network_p,
                                                 POINTER(CsvWriteOptions)], STATUS),

    # csv_import.h
    "an_csv_import": (c_int, [POINTER(network_p), c_char_p, c_char_p,
                              POINTER(CsvImportOptions)], STATUS),
    "an_csv_import_buffers": (c_int, [POINTER(network_p), c_char_p, c_size_t, c_char_p, c_char_p,
                                      c_size_t, c_char_p, POINTER(CsvImportOptions)], STATUS),

    # analysis.h
    "an_network_attach_reals": (c_int, [network_p, c_int, c_char_p, c_double_p], STATUS),
    "an_network_prepare": (c_int, [network_p, edge_policy_p], STATUS),
    "an_network_release_prepared": (None, [network_p], NONE),
    "an_network_attach_integers": (c_int, [network_p, c_int, c_char_p, c_int64_p], STATUS),

    # centrality.h
    "an_centrality_measure_name": (c_char_p, [c_int], NONE),
    "an_centrality_measure_from_name": (c_int, [c_int_p, c_char_p], STATUS),
    "an_centrality_compute": (c_int, [c_double_p, network_p, c_int,
                                      POINTER(CentralityOptions)], STATUS),
    "an_centrality_compute_many": (c_int, [c_double_p, network_p, c_int_p, c_size_t,
                                           POINTER(CentralityOptions)], STATUS),
    "an_centrality_attach": (c_int, [network_p, c_int, c_char_p, POINTER(CentralityOptions)],
                             STATUS),
    "an_centralization": (c_int, [c_double_p, network_p, c_int, POINTER(CentralityOptions)],
                          STATUS),
    "an_rank_order": (c_int, [c_int64_p, c_double_p, c_int64], STATUS),
    "an_betweenness_exact": (c_int, [c_double_p, network_p, c_int, POINTER(CentralityOptions)],
                             STATUS),
    "an_betweenness_approximate": (c_int, [c_double_p, network_p, c_double, c_double, c_uint64,
                                           POINTER(CentralityOptions)], STATUS),
    "an_betweenness_approximate_ex": (c_int, [c_double_p, POINTER(BetweennessApproximation),
                                              network_p, c_double, c_double, c_uint64, c_int,
                                              POINTER(CentralityOptions)], STATUS),

    # cohesion.h
    "an_network_components": (c_int, [POINTER(POINTER(Components)), network_p, c_int,
                                      edge_policy_p], STATUS),
    "an_components_free": (None, [POINTER(Components)], NONE),
    "an_network_articulation_points": (c_int, [c_int64_p, c_int64_p, network_p, edge_policy_p],
                                       STATUS),
    "an_network_bridges": (c_int, [c_int64_p, c_int64_p, network_p, edge_policy_p], STATUS),
    "an_network_k_core": (c_int, [c_int64_p, c_int64_p, network_p, c_int64, edge_policy_p],
                          STATUS),
    "an_network_maximal_cliques": (c_int, [POINTER(POINTER(Cliques)), network_p,
                                           POINTER(CliqueOptions)], STATUS),
    "an_cliques_free": (None, [POINTER(Cliques)], NONE),
    "an_network_density": (c_int, [c_double_p, network_p, edge_policy_p], STATUS),
    "an_network_reciprocity": (c_int, [c_double_p, network_p, edge_policy_p], STATUS),
    "an_network_transitivity": (c_int, [c_double_p, network_p, edge_policy_p], STATUS),
    "an_network_average_clustering": (c_int, [c_double_p, network_p, edge_policy_p], STATUS),
    "an_network_diameter": (c_int, [c_double_p, network_p, edge_policy_p], STATUS),
    "an_network_mean_distance": (c_int, [c_double_p, c_int64_p, network_p, edge_policy_p],
                                 STATUS),

    # communities.h
    "an_community_method_name": (c_char_p, [c_int], NONE),
    "an_community_method_from_name": (c_int, [c_char_p], NONE),
    "an_network_communities": (c_int, [POINTER(POINTER(Partition)), network_p,
                                       POINTER(CommunityOptions)], STATUS),
    "an_partition_free": (None, [POINTER(Partition)], NONE),
    "an_community_engine_of": (c_int, [network_p, POINTER(CommunityOptions)], NONE),
    "an_network_modularity": (c_int, [c_double_p, network_p, c_int64_p,
                                      POINTER(ModularityOptions)], STATUS),
    "an_partition_compare": (c_int, [POINTER(PartitionComparison), c_int64_p, c_int64_p,
                                     c_int64], STATUS),
    "an_network_attribute_partition": (c_int, [c_int64_p, c_int64_p, network_p, c_char_p],
                                       STATUS),

    # robustness.h
    "an_robustness_ranking": (c_int, [POINTER(POINTER(RankRobustness)), network_p, c_int,
                                      POINTER(RobustnessOptions)], STATUS),
    "an_rank_robustness_free": (None, [POINTER(RankRobustness)], NONE),
    "an_robustness_partition": (c_int, [POINTER(POINTER(PartitionRobustness)), network_p,
                                        POINTER(RobustnessOptions)], STATUS),
    "an_partition_robustness_free": (None, [POINTER(PartitionRobustness)], NONE),

    # brokerage.h
    "an_brokerage_counts": (c_int, [c_int64_p, network_p, POINTER(BrokerageOptions)], STATUS),
    "an_brokerage_counts_by_groups": (c_int, [c_int64_p, network_p, c_int64_p,
                                              POINTER(BrokerageOptions)], STATUS),
    "an_brokerage_expected": (c_int, [c_double_p, c_double_p, c_double_p, network_p,
                                      POINTER(BrokerageOptions)], STATUS),
    "an_brokerage_expected_by_groups": (c_int, [c_double_p, c_double_p, c_double_p, network_p,
                                                c_int64_p, POINTER(BrokerageOptions)], STATUS),
    "an_brokerage_role_name": (c_char_p, [c_int], NONE),

    # keyplayers.h
    "an_keyplayers_find": (c_int, [c_int64_p, POINTER(KeyplayerResult), network_p, c_int64,
                                   POINTER(KeyplayerOptions)], STATUS),
    "an_keyplayers_find_among": (c_int, [c_int64_p, POINTER(KeyplayerResult), network_p, c_int64,
                                         c_int64_p, c_int64, POINTER(KeyplayerOptions)], STATUS),
    "an_keyplayers_score": (c_int, [c_double_p, network_p, c_int64_p, c_int64,
                                    POINTER(KeyplayerOptions)], STATUS),
    "an_keyplayer_objective_name": (c_char_p, [c_int], NONE),
    "an_keyplayer_objective_from_name": (c_int, [c_int_p, c_char_p], STATUS),
    "an_whatif_remove": (c_int, [POINTER(WhatifResult), network_p, c_char_pp, c_size_t,
                                 POINTER(WhatifOptions)], STATUS),
    "an_whatif_remove_nodes": (c_int, [POINTER(WhatifResult), network_p, c_int64_p, c_size_t,
                                       POINTER(WhatifOptions)], STATUS),

    # views.h
    "an_view_filter": (c_int, [POINTER(network_p), network_p, POINTER(ViewOptions)], STATUS),
    "an_view_ego": (c_int, [POINTER(network_p), network_p, c_char_pp, POINTER(EgoOptions)],
                    STATUS),
    "an_view_project": (c_int, [POINTER(network_p), network_p, c_char_p,
                                POINTER(ProjectionOptions)], STATUS),
    "an_view_subset": (c_int, [POINTER(network_p), network_p, POINTER(ctypes.c_ubyte),
                               POINTER(ctypes.c_ubyte)], STATUS),

    # timeline.h
    "an_timeline_compute": (c_int, [POINTER(timeline_p), network_p, POINTER(TimelineOptions)],
                            STATUS),
    "an_timeline_free": (None, [timeline_p], NONE),
    "an_timeline_snapshot": (c_int, [POINTER(network_p), network_p, POINTER(TimelineOptions),
                                     c_int64], STATUS),
    "an_timeline_period_ties": (c_int, [POINTER(c_int64_p), c_int64_p, network_p,
                                        POINTER(TimelineOptions), c_int64], STATUS),
    "an_timeline_json": (c_int, [buffer_pp, c_size_t_p, timeline_p], STATUS),
    "an_timeline_csv": (c_int, [buffer_pp, c_size_t_p, timeline_p], STATUS),
    "an_timeline_event_name": (c_char_p, [c_int], NONE),
    "an_timeline_undated_name": (c_char_p, [c_int], NONE),
    "an_timeline_windows_name": (c_char_p, [c_int], NONE),
    "an_timeline_reach": (c_int, [POINTER(reach_p), network_p, c_char_p,
                                  POINTER(TimelineOptions)], STATUS),
    "an_reach_free": (None, [reach_p], NONE),
    "an_reach_json": (c_int, [buffer_pp, c_size_t_p, reach_p], STATUS),

    # paths.h
    "an_paths_shortest": (c_int, [POINTER(path_result_p), network_p, c_char_p, c_char_p,
                                  POINTER(PathOptions)], STATUS),
    "an_paths_k_shortest": (c_int, [POINTER(path_result_p), network_p, c_char_p, c_char_p,
                                    c_int64, POINTER(PathOptions)], STATUS),
    "an_paths_all_simple": (c_int, [POINTER(path_result_p), network_p, c_char_p, c_char_p,
                                    c_int64, POINTER(PathOptions)], STATUS),
    "an_path_result_free": (None, [path_result_p], NONE),
    "an_path_result_json": (c_int, [buffer_pp, c_size_t_p, path_result_p], STATUS),
    "an_path_result_text": (c_int, [buffer_pp, c_size_t_p, path_result_p], STATUS),

    # report.h
    "an_report_write": (c_int, [network_p, c_char_p, POINTER(ReportOptions), buffer_pp],
                        STATUS),
    "an_report_json": (c_int, [buffer_pp, c_size_t_p, network_p, POINTER(ReportOptions)],
                       STATUS),

    # vocabulary.h
    "an_vocabulary_load": (c_int, [POINTER(vocabulary_p), c_char_p], STATUS),
    "an_vocabulary_parse": (c_int, [POINTER(vocabulary_p), c_char_p, c_size_t, c_char_p], STATUS),
    "an_vocabulary_builtin": (c_int, [POINTER(vocabulary_p)], STATUS),
    "an_vocabulary_from_network": (c_int, [POINTER(vocabulary_p), network_p], NONE),
    "an_vocabulary_text": (c_int, [buffer_pp, c_size_t_p, vocabulary_p], STATUS),
    "an_vocabulary_free": (None, [vocabulary_p], NONE),
    "an_vocabulary_has": (c_int, [vocabulary_p, c_char_p, c_char_p], NONE),
    "an_vocabulary_count": (c_int64, [vocabulary_p], NONE),
    "an_vocabulary_term": (c_int, [vocabulary_p, c_int64, c_char_pp, c_char_pp, c_char_pp], STATUS),
    "an_vocabulary_relation": (c_int, [POINTER(RelationSemantics), vocabulary_p, c_char_p], NONE),
    "an_vocabulary_class_mode": (c_int, [vocabulary_p, c_char_p], NONE),
    "an_mode_name": (c_char_p, [c_int], NONE),
    "an_sign_name": (c_char_p, [c_int], NONE),
    "an_flow_name": (c_char_p, [c_int], NONE),

    # lens.h
    "an_lens_choose": (c_int, [POINTER(Lens), c_char_p, c_size_t, network_p, vocabulary_p, c_int], STATUS),
    "an_lens_preset": (c_int, [POINTER(Lens), c_char_p], STATUS),
    "an_lens_preset_names": (c_char_pp, [], NONE),
    "an_lens_preset_description": (c_char_p, [c_char_p], NONE),
    "an_lens_select": (c_int, [POINTER(POINTER(LensSelection)), network_p, POINTER(Lens)], STATUS),
    "an_lens_selection_free": (None, [POINTER(LensSelection)], NONE),
    "an_lens_view": (c_int, [POINTER(network_p), network_p, POINTER(Lens)], STATUS),

    # validate.h
    "an_network_validate": (c_int, [buffer_pp, c_int64_p, network_p, vocabulary_p,
                                    POINTER(ValidateOptions)], STATUS),

    # positions.h
    "an_network_matrix": (c_int, [c_double_p, network_p, network_p, POINTER(MatrixSpec)], STATUS),
    "an_network_structural_equivalence": (c_int, [c_double_p, network_p,
                                                  POINTER(EquivalenceOptions)], STATUS),
    "an_structural_equivalence_matrices": (c_int, [c_double_p, POINTER(c_double_p), c_int64,
                                                   c_int64, c_int, c_int], STATUS),
    "an_linkage_name": (c_char_p, [c_int], NONE),
    "an_linkage_from_name": (c_int, [c_int_p, c_char_p], STATUS),
    "an_hierarchical_clustering": (c_int, [POINTER(POINTER(Dendrogram)), c_double_p, c_int64,
                                           c_int], STATUS),
    "an_dendrogram_free": (None, [POINTER(Dendrogram)], NONE),
    "an_dendrogram_cut": (c_int, [c_int64_p, POINTER(Dendrogram), c_int64], STATUS),
    "an_dendrogram_cut_height": (c_int, [c_int64_p, c_int64_p, POINTER(Dendrogram), c_double],
                                 STATUS),
    "an_network_positions": (c_int, [POINTER(POINTER(PositionsResult)), network_p,
                                     POINTER(PositionsOptions)], STATUS),
    "an_network_concor": (c_int, [POINTER(POINTER(PositionsResult)), network_p,
                                  POINTER(ConcorOptions)], STATUS),
    "an_positions_free": (None, [POINTER(PositionsResult)], NONE),
    "an_network_blockmodel": (c_int, [POINTER(POINTER(BlockmodelResult)), network_p, c_int64_p,
                                      c_char_pp, c_char_p, c_int, edge_policy_p], STATUS),
    "an_blockmodel_matrices": (c_int, [POINTER(POINTER(BlockmodelResult)), POINTER(c_double_p),
                                       c_int64, c_int64, c_int64_p, c_int], STATUS),
    "an_blockmodel_free": (None, [POINTER(BlockmodelResult)], NONE),
    "an_network_core_periphery": (c_int, [POINTER(POINTER(CorePeripheryResult)), network_p,
                                          POINTER(CorePeripheryOptions)], STATUS),
    "an_core_periphery_matrix": (c_int, [POINTER(POINTER(CorePeripheryResult)), c_double_p,
                                         c_int64, POINTER(CorePeripheryOptions)], STATUS),
    "an_core_periphery_free": (None, [POINTER(CorePeripheryResult)], NONE),
    "an_triad_type_name": (c_char_p, [c_int], NONE),
    "an_dyad_type_name": (c_char_p, [c_int], NONE),
    "an_network_dyad_census": (c_int, [c_int64_p, network_p, edge_policy_p], STATUS),
    "an_network_triad_census": (c_int, [c_int64_p, network_p, edge_policy_p], STATUS),
    "an_qap_correlation": (c_int, [POINTER(POINTER(QapCorrelationResult)), c_double_p, c_double_p,
                                   c_int64, POINTER(QapOptions)], STATUS),
    "an_qap_correlation_free": (None, [POINTER(QapCorrelationResult)], NONE),
    "an_qap_linear": (c_int, [POINTER(POINTER(QapRegressionResult)), c_double_p,
                              POINTER(c_double_p), c_int64, c_int64, POINTER(QapOptions)], STATUS),
    "an_qap_logistic": (c_int, [POINTER(POINTER(QapRegressionResult)), c_double_p,
                                POINTER(c_double_p), c_int64, c_int64, POINTER(QapOptions)], STATUS),
    "an_qap_regression_free": (None, [POINTER(QapRegressionResult)], NONE),
    "an_qap_null_name": (c_char_p, [c_int], NONE),
    "an_qap_null_from_name": (c_int, [c_int_p, c_char_p], STATUS),
    "an_cug_test": (c_int, [POINTER(POINTER(CugResult)), network_p, CUG_STATISTIC, c_void_p,
                            POINTER(CugOptions)], STATUS),
    "an_cug_test_measure": (c_int, [POINTER(POINTER(CugResult)), network_p, c_char_p,
                                    POINTER(CugOptions)], STATUS),
    "an_cug_measure": (c_int, [c_double_p, network_p, c_char_p], STATUS),
    "an_cug_measure_names": (c_char_pp, [], NONE),
    "an_cug_result_free": (None, [POINTER(CugResult)], NONE),
    "an_cug_condition_name": (c_char_p, [c_int], NONE),
    "an_network_kplexes": (c_int, [POINTER(POINTER(Cliques)), network_p, POINTER(KplexOptions)],
                           STATUS),
    "an_network_cohesive_blocks": (c_int, [POINTER(POINTER(CohesiveBlocksResult)), network_p,
                                           edge_policy_p], STATUS),
    "an_cohesive_blocks_free": (None, [POINTER(CohesiveBlocksResult)], NONE),

    # summary.h
    "an_network_summary_json": (c_int, [buffer_pp, c_size_t_p, network_p,
                                        POINTER(SummaryOptions)], STATUS),
    "an_network_summary_text": (c_int, [buffer_pp, c_size_t_p, network_p,
                                        POINTER(SummaryOptions)], STATUS),
}

# ---- loading and binding ----------------------------------------------------

cdll, library_path, search_log = _load(SIGNATURES)


def _text(raw):
    return raw.decode("utf-8", "replace") if raw else None


def raise_error(code, function_name):
    """Raise the exception for status `code`, with the C library's last error if it matches."""
    error = cdll.an_error_last().contents
    if error.code == code:
        message = _text(error.message) or ""
        reason = _text(error.reason) or message
        file, line, column = _text(error.file), error.line, error.column
    else:
        name = _text(cdll.an_status_name(code)) or str(code)
        message = reason = "%s failed with %s" % (function_name, name)
        file, line, column = None, 0, 0
    status = _text(cdll.an_status_name(code))
    cdll.an_error_clear()
    raise _errors.error_class(code)(message, code=code, reason=reason, file=file, line=line,
                                    column=column, status=status)


def _check_status(result, function, arguments):
    if result < 0:
        raise_error(result, function.__name__)
    return result


def _check_count(result, function, arguments):
    if result < 0:
        raise_error(result if result >= _errors.AN_EEMPTY else _errors.AN_EMISUSE,
                    function.__name__)
    return result


_CHECKS = {STATUS: _check_status, COUNT: _check_count, NONE: None}


class _Unavailable:
    """Stands in for a function the loaded library does not export."""

    def __init__(self, name):
        self.__name__ = name

    def __call__(self, *arguments):
        raise _errors.UnsupportedError(
            "%s is not in the loaded library %s (an older build?); rebuild libactornet"
            % (self.__name__, library_path), code=_errors.AN_EUNSUPPORTED)


class Handle:
    """A C object several threads may use while one closes it (issue 14, item 8).

    A subclass keeps its C pointer in ``_pointer`` and passes ``self`` (``_handle``) to C
    functions. Every call of a function that takes a pointer holds the objects among its
    arguments for its duration: a call on a closed object raises ValueError before C
    sees it, and :meth:`_close_handle` frees the pointer only once no call holds it —
    it waits for calls on other threads, and when called from inside a call on its own
    thread (a progress or statistic callback) the free happens as that call returns."""

    __slots__ = ()

    @property
    def _as_parameter_(self):
        pointer = self._pointer
        if pointer is None:
            raise ValueError("the %s is closed" % self._handle_noun)
        return pointer

    def _handle_state(self):
        state = self._use
        if state is None:
            state = self._use = _UseState()
        return state

    def _hold(self):
        state = self._handle_state()
        with state.condition:
            if self._pointer is None:
                raise ValueError("the %s is closed" % self._handle_noun)
            state.users[threading.get_ident()] = state.users.get(threading.get_ident(), 0) + 1

    def _release(self):
        state = self._use
        doomed = None
        with state.condition:
            me = threading.get_ident()
            state.users[me] -= 1
            if not state.users[me]:
                del state.users[me]
            if not state.users:
                doomed, state.doomed = state.doomed, None
                state.condition.notify_all()
        if doomed is not None:
            self._free_pointer(doomed)

    def _close_handle(self):
        """Free the C object once no call uses it; later calls raise ValueError."""
        state = self._handle_state()
        with state.condition:
            pointer, self._pointer = self._pointer, None
            if pointer is None:
                return
            if threading.get_ident() in state.users:
                state.doomed = pointer  # freed as this thread's running call returns
                return
            while state.users:
                state.condition.wait()
        self._free_pointer(pointer)


class _UseState:
    __slots__ = ("condition", "users", "doomed")

    def __init__(self):
        self.condition = threading.Condition(threading.Lock())
        self.users = {}     # thread id -> calls in progress
        self.doomed = None  # a pointer closed from inside a call, freed when it returns


# Set by progress.py: runs a long analysis so that Ctrl-C cancels it (interruptible_call).
interruptible_call = None
_LONG_CALLS = ("an_centrality", "an_communit", "an_keyplayers", "an_whatif", "an_robustness", "an_report",
               "an_brokerage", "an_path", "an_cohesion", "an_position", "an_census", "an_blockmodel",
               "an_coreperiphery", "an_qap", "an_cug", "an_kplex", "an_cohesive", "an_structural")


def _holding(function):
    """`function`, holding every Handle among its arguments while it runs."""
    long_call = function.__name__.startswith(_LONG_CALLS)

    def call(*arguments):
        held = [a for a in arguments if isinstance(a, Handle)]
        if not held:
            return function(*arguments)
        taken = []
        try:
            for handle in held:
                handle._hold()
                taken.append(handle)
            if long_call and interruptible_call is not None:
                return interruptible_call(function, arguments)
            return function(*arguments)
        finally:
            for handle in taken:
                handle._release()
    call.__name__ = function.__name__
    call.__wrapped__ = function
    return call


def integer(value, what, minimum=None, maximum=None):
    """`value` as a Python int for an integer parameter named `what`: refuses bool, float,
    str and anything else that is not an integer (TypeError), and values outside
    [minimum, maximum] (ValueError; the default range is that of a signed 64-bit
    integer, never wrapped)."""
    if isinstance(value, bool) or not hasattr(type(value), "__index__"):
        raise TypeError("%s must be an integer, not %s %r" % (what, type(value).__name__, value))
    value = operator.index(value)
    low = -2 ** 63 if minimum is None else minimum
    high = 2 ** 63 - 1 if maximum is None else maximum
    if not low <= value <= high:
        if value < -2 ** 63 or value > 2 ** 63 - 1:
            raise ValueError("%s = %d is outside the signed 64-bit range" % (what, value))
        raise ValueError("%s must be %s, got %d" % (
            what, ">= %d" % low if high == 2 ** 63 - 1 else "between %d and %d" % (low, high), value))
    return value


def _checked_integer(ctype, bits, signed):
    """A ctypes argument type like `ctype` that refuses integers it cannot hold (ctypes
    itself keeps the low bits: 2**64 became 0) and non-integers."""
    low, high = (-2 ** (bits - 1), 2 ** (bits - 1) - 1) if signed else (0, 2 ** bits - 1)

    class Checked:
        @classmethod
        def from_param(cls, value):
            if isinstance(value, ctype):
                return value
            try:
                number = operator.index(value)
            except TypeError:
                raise TypeError("expected an integer, not %s %r" % (type(value).__name__, value)) from None
            if not low <= number <= high:
                raise OverflowError("%d does not fit a %s %d-bit integer" % (
                    number, "signed" if signed else "unsigned", bits))
            return ctype(number)
    Checked.__name__ = "checked_" + ctype.__name__
    return Checked


_CHECKED = {c_int64: _checked_integer(c_int64, 64, True), c_uint64: _checked_integer(c_uint64, 64, False),
            c_int: _checked_integer(c_int, 8 * ctypes.sizeof(c_int), True),
            c_uint: _checked_integer(c_uint, 8 * ctypes.sizeof(c_uint), False)}


class _Library:
    """The bound functions, as attributes: ``lib.an_network_new(...)``."""


lib = _Library()
_missing = set()

for _name, (_restype, _argtypes, _check) in SIGNATURES.items():
    try:
        _function = getattr(cdll, _name)
    except AttributeError:
        setattr(lib, _name, _Unavailable(_name))
        _missing.add(_name)
        continue
    _function.restype = _restype
    _function.argtypes = [_CHECKED.get(t, t) for t in _argtypes]
    if _CHECKS[_check] is not None:
        _function.errcheck = _CHECKS[_check]
    if any(t is c_void_p for t in _argtypes):
        _function = _holding(_function)
    setattr(lib, _name, _function)


def available(name):
    """True if the loaded library exports the C function `name`."""
    return name in SIGNATURES and name not in _missing


def missing_functions():
    """The declared C functions the loaded library does not export (sorted)."""
    return sorted(_missing)


def take_buffer(pointer, size):
    """Copy an actornet-allocated buffer into bytes and free it with an_free()."""
    try:
        if not pointer.value:
            return b""
        return ctypes.string_at(pointer.value, size.value)
    finally:
        lib.an_free(pointer)


def encode(text, what="string"):
    """UTF-8 bytes for a C string argument; rejects embedded NUL characters."""
    if isinstance(text, bytes):
        data = text
    elif isinstance(text, str):
        data = text.encode("utf-8", "surrogateescape")
    else:
        raise TypeError("%s must be str, not %s" % (what, type(text).__name__))
    if b"\0" in data:
        raise ValueError("%s contains a NUL character: %r" % (what, text))
    return data


def decode(raw):
    """str from a C string result (None stays None)."""
    if raw is None:
        return None
    return raw.decode("utf-8", "surrogateescape")
