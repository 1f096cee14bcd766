import os
from typing import Any, Iterable, Sequence
from typing import NamedTuple

class Column(NamedTuple):
    name: Any
    kind: Any
    values: Any
KINDS: Any

class Table:
    __slots__: Any
    title: Any
    columns: Any
    index: Any
    index_name: Any
    meta: Any
    series: Any
    sort: Any
    def __init__(self, title: Any, columns: Any, index: Any = ..., index_name: Any = ..., meta: Any = ..., series: bool = ..., sort: Any = ...) -> None: ...
    @property
    def row_count(self) -> Any: ...

class TabularResult:
    __slots__: Any
    def _table(self) -> None: ...
    def _html_table(self) -> Any: ...
    def _html_extra(self) -> Any: ...
    def to_pandas(self) -> Any: ...
    def _repr_html_(self) -> str: ...
