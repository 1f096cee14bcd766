import os
from typing import Any, Iterable, Sequence
from . import _arrays as _arrays, _ffi as _ffi
from ._ffi import encode as encode, lib as lib
from ._table import Column as Column, Table as Table, TabularResult as TabularResult
from .results import Partition as Partition

ROLES: Any
_MISSING: Any

def _column(flat: Any, role: Any, n: Any) -> Any: ...

class Brokerage(TabularResult):
    by: Any
    expected: Any
    sd: Any
    z: Any
    def __init__(self, by: str | Partition | Sequence[int], roles: Any, expected: bool = ..., sd: Any = ..., z: Any = ...) -> None: ...
    def __getitem__(self, role: Any) -> Any: ...
    def table(self) -> Any: ...
    def _table(self) -> Any: ...
    def __repr__(self) -> Any: ...

class BrokerageMethods:
    __slots__: Any
    def brokerage(self, by: str | Partition | Sequence[int] = ..., missing: str = ..., undirected: bool = ..., expected: bool = ...) -> Brokerage: ...
