"""Key players and what-if removal (include/actornet/keyplayers.h), after Borgatti (2006).

KPP-Neg: the k actors whose removal most fragments the network ('fragmentation',
'distance_fragmentation'); KPP-Pos: the k actors that reach most others within m steps
('reach', 'distance_reach'). What-if: remove named actors and compare the network's
components, reach and efficiency before and after.

>>> net = actornet.load("data/proxy-network.graphml")
>>> kp = net.key_players(3, objective="fragmentation")
>>> kp.set, kp.score
>>> net.what_if(["iran", "irgc_quds_force"]).change["components"]
"""
from collections import namedtuple
from ctypes import byref, c_char_p, c_double, c_size_t

from . import _arrays, _ffi
from ._ffi import encode, lib
from ._table import Column, Table, TabularResult

#: Objective names, in the order of an_keyplayer_objective.
OBJECTIVES = ("fragmentation", "distance_fragmentation", "reach", "distance_reach")
_DIRECTIONS = {"auto": 0, "undirected": 1, "out": 2, "in": 3}

class KeyPlayers(TabularResult, namedtuple("KeyPlayers",
                                           "set score greedy_score swaps evaluations objective")):
    __slots__ = ()

    def _table(self):
        """The members (one row each); the score and search figures in ``attrs``."""
        return Table("key players (%s)" % self.objective, [Column("id", "str", list(self.set))],
                     meta={"objective": self.objective, "score": self.score,
                           "greedy_score": self.greedy_score, "swaps": self.swaps,
                           "evaluations": self.evaluations})


KeyPlayers.__doc__ = """A key-player set: the node ids (in node order), the objective's value,
the value after the greedy phase (NaN in exact mode), improving swaps made, sets scored, and
the objective's name."""

WhatIfState = namedtuple("WhatIfState", "nodes edges components largest_component "
                                        "fragmentation distance_fragmentation efficiency "
                                        "mean_reach")
WhatIfState.__doc__ = """Measures of a network: nodes, edges, weak components, largest
component, fragmentation F, distance fragmentation DF, global efficiency (1 - DF) and the mean
number of others each node reaches."""

class WhatIf(TabularResult, namedtuple("WhatIf", "removed before after change")):
    __slots__ = ()

    def _table(self):
        """One row per measure: before, after, change."""
        fields = list(WhatIfState._fields)
        return Table("what if %s were removed" % ", ".join(self.removed),
                     [Column("before", "float", [float(getattr(self.before, f)) for f in fields]),
                      Column("after", "float", [float(getattr(self.after, f)) for f in fields]),
                      Column("change", "float", [float(self.change[f]) for f in fields])],
                     index=fields, index_name="measure",
                     meta={"removed": ", ".join(self.removed)})


WhatIf.__doc__ = """A what-if removal: the removed ids, the network's WhatIfState before and
after, and ``change`` = {measure: after - before}."""


def _objective_code(objective):
    try:
        return OBJECTIVES.index(objective)
    except ValueError:
        raise ValueError("objective must be one of %s, not %r"
                         % (", ".join(OBJECTIVES), objective)) from None


def _direction_code(direction):
    try:
        return _DIRECTIONS[direction]
    except (KeyError, TypeError):
        raise ValueError("direction must be 'auto', 'undirected', 'out' or 'in', not %r"
                         % (direction,)) from None


def _keyplayer_options(objective, m, direction, exact, max_sets, candidates, seed, threads):
    options = _ffi.KeyplayerOptions()
    options.version = _ffi.KeyplayerOptions.VERSION
    options.objective = _objective_code(objective)
    options.m = int(m)
    options.direction = _direction_code(direction)
    options.exact = 1 if exact else 0
    options.max_sets = int(max_sets)
    options.candidates = 0 if candidates is None else int(candidates)
    options.seed = int(seed)
    options.threads = 0 if threads is None else int(threads)
    return options


def _state(c):
    return WhatIfState(*(getattr(c, field) for field in WhatIfState._fields))


class KeyPlayerMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def key_players(self, k, objective="fragmentation", m=1, direction="auto", exact=False,
                    max_sets=2000000, candidates=None, seed=1, threads=None, among=None):
        """Find k key players (Borgatti 2006); returns :class:`KeyPlayers`.

        objective: 'fragmentation' or 'distance_fragmentation' (whose removal most
            disrupts the network), 'reach' (most others within `m` steps) or
            'distance_reach'.
        direction: 'auto' (undirected for fragmentation, out-ties for reach),
            'undirected', 'out' or 'in'.
        exact=True: brute force over every set (refused beyond `max_sets` sets);
        otherwise greedy plus swap improvement, ties broken by `seed`.
        candidates: search only the top-c nodes by degree. threads: None = one per CPU.
        among: node ids to choose from (an_keyplayers_find_among); overrides candidates.

        >>> net.key_players(3).set
        """
        k = _ffi.integer(k, "key_players: k", minimum=0)
        options = _keyplayer_options(objective, m, direction, exact, max_sets, candidates,
                                     seed, threads)
        buffer = _arrays.IntegerBuffer(max(k, 1))
        result = _ffi.KeyplayerResult()
        if among is None:
            lib.an_keyplayers_find(buffer.pointer, byref(result), self._handle, k, byref(options))
        else:
            indices = [self.node_index(node) for node in among]
            keep, pointer = _arrays.integers_in(indices, len(indices))
            lib.an_keyplayers_find_among(buffer.pointer, byref(result), self._handle, k, pointer,
                                         len(indices), byref(options))
            del keep
        ids = self._frozen_ids()
        members = [ids[i] for i in _arrays.to_list(buffer.result())[:k]]
        return KeyPlayers(members, result.score, result.greedy_score, result.swaps,
                          result.evaluations, objective)

    def key_player_score(self, nodes, objective="fragmentation", m=1, direction="auto"):
        """The objective's value for a given set of node ids.

        >>> net.key_player_score(["iran", "irgc"], objective="reach", m=2)
        """
        options = _keyplayer_options(objective, m, direction, False, 2000000, None, 1, None)
        indices = [self.node_index(node) for node in nodes]
        keep, pointer = _arrays.integers_in(indices, len(indices))
        out = c_double()
        lib.an_keyplayers_score(byref(out), self._handle, pointer, len(indices), byref(options))
        del keep
        return out.value

    def what_if(self, remove, direction="auto", distances=True, threads=None):
        """Remove the named actors and measure the network before and after; returns
        :class:`WhatIf` (``before``, ``after``, ``change`` = after - before). Removing an
        actor removes its ties; the network itself is not modified.

        >>> w = net.what_if(["irgc_quds_force"])
        >>> w.before.components, w.after.components, w.change["efficiency"]
        """
        if isinstance(remove, str):
            remove = [remove]
        remove = list(remove)
        options = _ffi.WhatifOptions()
        options.version = _ffi.WhatifOptions.VERSION
        options.direction = _direction_code(direction)
        options.distances = 1 if distances else 0
        options.threads = 0 if threads is None else int(threads)
        ids = (c_char_p * max(len(remove), 1))(*[encode(node, "node id") for node in remove])
        result = _ffi.WhatifResult()
        lib.an_whatif_remove(byref(result), self._handle, ids, c_size_t(len(remove)),
                             byref(options))
        before, after = _state(result.before), _state(result.after)
        change = {field: getattr(after, field) - getattr(before, field)
                  for field in WhatIfState._fields}
        return WhatIf(remove, before, after, change)
