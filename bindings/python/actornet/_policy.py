"""The an_edge_policy every analysis takes, from Python keyword arguments."""
from . import _ffi
from ._ffi import encode

_PARALLEL = {"collapse": 0, "keep": 1}

POLICY_DOC = """
        Edge policy (how the analysis sees a multigraph with mixed directions;
        see analysis.h):
            weight:     name of a numeric edge column, or None (unweighted).
            undirected: True to ignore every tie's direction.
            parallel:   'collapse' (default: ties between the same pair count once,
                        weights combined) or 'keep' (each tie counts).
            self_loops: True to keep self-loops (dropped by default).
"""


def edge_policy(weight=None, undirected=False, parallel="collapse", self_loops=False):
    """An _ffi.EdgePolicy; the struct keeps a reference to the weight bytes."""
    try:
        parallel_mode = _PARALLEL[parallel]
    except (KeyError, TypeError):
        raise ValueError("parallel must be 'collapse' or 'keep', not %r" % (parallel,)) from None
    return _ffi.EdgePolicy(1 if undirected else 0, parallel_mode, 1 if self_loops else 0,
                           None if weight is None else encode(weight, "weight"))
