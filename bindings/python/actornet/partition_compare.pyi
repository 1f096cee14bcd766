import os
from typing import Any, Iterable, NamedTuple, Sequence
from .results import Partition as Partition
from . import _arrays as _arrays, _ffi as _ffi
from ._ffi import lib as lib
from ._table import Column as Column, Table as Table, TabularResult as TabularResult

class PartitionComparison(NamedTuple):
    nodes: int
    nmi: float
    adjusted_rand: float
    rand: float
    variation_of_information: float
    split_join_a: float
    split_join_b: float
    def _table(self) -> Any: ...
    def to_pandas(self) -> Any: ...
    def _repr_html_(self) -> str: ...

def compare_partitions(a: Partition | Sequence[int] | str, b: Partition | Sequence[int] | str) -> PartitionComparison: ...
