import os
from typing import Any, Iterable, Sequence
from . import _ffi as _ffi
from ._ffi import encode as encode

_PARALLEL: Any
POLICY_DOC: str

def lens_struct(lens: str | None, network: Any = ..., purpose: int = ...) -> Any: ...
def edge_policy(weight: str | None = ..., undirected: bool = ..., parallel: str = ..., self_loops: bool = ..., lens: str | None = ..., network: Any = ...) -> Any: ...
