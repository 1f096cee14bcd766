import os
from typing import Any, Callable, Iterable, Sequence
from . import _errors as _errors, _ffi as _ffi
from ._ffi import decode as decode, lib as lib
from typing import NamedTuple

class Progress(NamedTuple):
    task: str
    step: str
    done: int
    total: int
    fraction: float | None
    elapsed: float
_local: Any

class progress:
    callback: Any
    raised: Any
    _c_callback: Any
    _previous: Any
    _saved_sigint: Any
    def _on_sigint(self, number: Any, frame: Any) -> None: ...
    def __init__(self, callback: Callable[[Progress], object]) -> None: ...
    def _relay(self, data: Any, pointer: Any) -> Any: ...
    def __enter__(self) -> progress: ...
    def __exit__(self, kind: Any, value: Any, traceback: Any) -> bool: ...
