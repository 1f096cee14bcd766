"""The an_edge_policy every analysis takes, from Python keyword arguments."""
import ctypes

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
            lens:       which actors and ties the analysis sees (lens.h): None or 'none'
                        (default: the network as stored), 'auto' (as the CLI chooses:
                        cooperation when the vocabulary gives the network meaning),
                        'all', 'cooperation', 'conflict' or 'influence'. Actors outside
                        the lens get NaN (scores) or -1 (memberships).
"""


def lens_struct(lens, network=None, purpose=0):
    """An _ffi.Lens for a lens name, or None for None / 'none'. 'auto' needs the network
    handle (an_lens_choose for `purpose`: 0 structure, 1 chains)."""
    if lens is None or lens == "none":
        return None
    chosen = _ffi.Lens()
    if lens == "auto":
        if network is None:
            raise ValueError("lens='auto' needs a network")
        _ffi.lib.an_lens_choose(ctypes.byref(chosen), None, 0, network, None, purpose)
    else:
        _ffi.lib.an_lens_preset(ctypes.byref(chosen), encode(lens, "lens"))
    return chosen


def edge_policy(weight=None, undirected=False, parallel="collapse", self_loops=False, lens=None,
                network=None):
    """An _ffi.EdgePolicy; the struct keeps a reference to the weight bytes and the lens."""
    try:
        parallel_mode = _PARALLEL[parallel]
    except (KeyError, TypeError):
        raise ValueError("parallel must be 'collapse' or 'keep', not %r" % (parallel,)) from None
    policy = _ffi.EdgePolicy(1 if undirected else 0, parallel_mode, 1 if self_loops else 0,
                             None if weight is None else encode(weight, "weight"))
    chosen = lens_struct(lens, network)
    if chosen is not None:
        policy.lens = ctypes.cast(ctypes.pointer(chosen), ctypes.c_void_p)
        policy._lens_keep = chosen  # the struct must outlive the call
    return policy
