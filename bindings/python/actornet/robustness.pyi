import os
from typing import Any, Iterable, Sequence
from . import _arrays as _arrays, _ffi as _ffi
from ._ffi import encode as encode, lib as lib
from ._table import Column as Column, Table as Table, TabularResult as TabularResult
from .centrality import measure_code as measure_code
from .communities import community_options as community_options, partition_from_c as partition_from_c

def _robustness_options(replicates: int, dropout: float, level: float, top_k: int, seed: int | None, confidence_column: str, trusted: str | Iterable[str] | None) -> Any: ...

class RankingRobustness(TabularResult):
    measure: Any
    replicates: Any
    has_stated: Any
    stated_edges: Any
    _columns: Any
    def __init__(self, measure: str, replicates: int, has_stated: Any, stated_edges: Any, columns: Any) -> None: ...
    def table(self) -> Any: ...
    def _table(self) -> Any: ...
    def __repr__(self) -> Any: ...

class PartitionRobustness(TabularResult):
    replicates: Any
    full: Any
    stated: Any
    has_stated: Any
    stated_nmi: Any
    mean_nmi: Any
    nmi_interval: Any
    stability: Any
    def __init__(self, replicates: int, full: Any, stated: Any, has_stated: Any, stated_nmi: Any, mean_nmi: Any, nmi_interval: Any, stability: Any) -> None: ...
    def _table(self) -> Any: ...
    def __repr__(self) -> Any: ...

class RobustnessMethods:
    __slots__: Any
    def ranking_robustness(self, measure: str = ..., replicates: int = ..., dropout: float = ..., level: float = ..., top_k: int = ..., seed: int | None = ..., confidence_column: str = ..., trusted: str | Iterable[str] | None = ..., weight: str | None = ..., undirected: bool = ..., parallel: str = ..., self_loops: bool = ..., normalized: bool = ..., damping: float = ...) -> RankingRobustness: ...
    def partition_robustness(self, method: str = ..., replicates: int = ..., dropout: float = ..., level: float = ..., seed: int | None = ..., confidence_column: str = ..., trusted: str | Iterable[str] | None = ..., community_seed: int | None = ..., resolution: float = ..., objective: str = ..., weight: str | None = ..., undirected: bool = ..., parallel: str = ..., self_loops: bool = ..., **method_options: Any) -> PartitionRobustness: ...
