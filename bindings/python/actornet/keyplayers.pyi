import os
from typing import Any, Iterable, Sequence
from . import _arrays as _arrays, _ffi as _ffi
from ._ffi import encode as encode, lib as lib
from ._table import Column as Column, Table as Table, TabularResult as TabularResult
from typing import NamedTuple

OBJECTIVES: Any
_DIRECTIONS: Any

class KeyPlayers(NamedTuple):
    set: list[str]
    score: float
    greedy_score: float
    swaps: int
    evaluations: int
    objective: str
    def _table(self) -> Any: ...
    def to_pandas(self) -> Any: ...
    def _repr_html_(self) -> str: ...

class WhatIfState(NamedTuple):
    nodes: int
    edges: int
    components: int
    largest_component: int
    fragmentation: float
    distance_fragmentation: float
    efficiency: float
    mean_reach: float

class WhatIf(NamedTuple):
    removed: list[str]
    before: WhatIfState
    after: WhatIfState
    change: dict[str, float]
    def _table(self) -> Any: ...
    def to_pandas(self) -> Any: ...
    def _repr_html_(self) -> str: ...

def _objective_code(objective: str) -> Any: ...
def _direction_code(direction: str) -> Any: ...
def _keyplayer_options(objective: str, m: int, direction: str, exact: bool, max_sets: int, candidates: int | None, seed: int | None, threads: int | None) -> Any: ...
def _state(c: Any) -> Any: ...

class KeyPlayerMethods:
    __slots__: Any
    def key_players(self, k: int, objective: str = ..., m: int = ..., direction: str = ..., exact: bool = ..., max_sets: int = ..., candidates: int | None = ..., seed: int | None = ..., threads: int | None = ..., among: Iterable[str] | None = ...) -> KeyPlayers: ...
    def key_player_score(self, nodes: Iterable[str], objective: str = ..., m: int = ..., direction: str = ...) -> float: ...
    def what_if(self, remove: str | Iterable[str], direction: str = ..., distances: bool = ..., threads: int | None = ...) -> WhatIf: ...
