from typing import Any, Iterable, Sequence
from . import _ffi as _ffi
from ._ffi import encode as encode, lib as lib
from ._table import Column as Column, Table as Table, TabularResult as TabularResult
from .centrality import measure_code as measure_code
from ._policy import edge_policy as edge_policy

UNDATED: dict[str, int]
EVENTS: tuple[str, ...]

def _options(width: float | None, sliding: tuple[float, float] | None, breaks: Sequence[float] | None, phases: bool, gap: int, years: Any, undated: str, measures: str | Iterable[str] | None, normalized: bool, communities: bool, threshold: float, seed: int | None, lens: str | None, weight: str | None, undirected: bool, network: Any = ...) -> Any: ...
def _label(period: dict[str, Any]) -> str: ...

class Periods(TabularResult, list[dict[str, Any]]):
    NUMBERS: Any
    def _table(self) -> Any: ...

class Timeline(TabularResult):
    data: dict[str, Any]
    json: str
    csv: str
    periods: Periods
    measures: list[str]
    trajectories: dict[str, dict[str, list[float | None]]]
    communities: list[list[dict[str, Any]]]
    events: list[dict[str, Any]]
    undated: str
    dated_ties: int
    undated_ties: int
    unplaced_ties: int
    lens: str | None
    def __init__(self, data: dict[str, Any], json_text: str, csv_text: str) -> None: ...
    def trajectory(self, measure: str) -> dict[str, list[float | None]]: ...
    def membership(self) -> dict[tuple[str, int], tuple[int, int]]: ...
    def _table(self) -> Any: ...
    def to_pandas(self) -> Any: ...

class Reach(TabularResult, list[dict[str, Any]]):
    COLUMNS: Any
    source: str
    undated: str
    json: str
    def __init__(self, data: dict[str, Any], json_text: str) -> None: ...
    def _table(self) -> Any: ...

def _text(function: Any, handle: Any) -> str: ...

_OPTIONS_DOC: str

class TimelineMethods:
    __slots__: Any
    def timeline(self, width: float | None = ..., sliding: tuple[float, float] | None = ..., breaks: Sequence[float] | None = ..., phases: bool = ..., gap: int = ..., years: int | tuple[int | None, int | None] | None = ..., undated: str = ..., measures: str | Iterable[str] | None = ..., normalized: bool = ..., communities: bool = ..., threshold: float = ..., seed: int | None = ..., lens: str | None = ..., weight: str | None = ..., undirected: bool = ...) -> Timeline: ...
    def timeline_snapshot(self, period: int, **options: Any) -> Any: ...
    def timeline_ties(self, period: int, **options: Any) -> list[int]: ...
    def reach(self, source: str, undated: str = ..., years: int | tuple[int | None, int | None] | None = ..., lens: str | None = ..., undirected: bool = ...) -> Reach: ...

_DEFAULTS: Any

def _split(options: dict[str, Any]) -> list[Any]: ...
