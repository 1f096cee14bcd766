import os
from typing import Any, Mapping
from . import _ffi as _ffi
from ._ffi import encode as encode, lib as lib
from .network import Network as Network
from .validate import Vocabulary as Vocabulary

_DELIMITERS: dict[Any, bytes]
_TYPES: tuple[str, ...]

def _column_types(types: Mapping[str, str] | str | None) -> str | None: ...
def _options(delimiter: Any, directed: Any, strict: Any, raw: Any, source: Any, target: Any, edge_id: Any, directed_column: Any, node_id: Any, types: Any, types_from: Any, vocabulary: Any, columns: Any) -> Any: ...
def import_csv(edges: str | os.PathLike[str], nodes: str | os.PathLike[str] | None = ..., *, delimiter: str | None = ..., directed: bool = ..., strict: bool = ..., raw: bool = ..., source: str | None = ..., target: str | None = ..., edge_id: str | None = ..., directed_column: str | None = ..., node_id: str | None = ..., types: Mapping[str, str] | str | None = ..., types_from: Network | None = ..., validate: bool = ..., vocabulary: Vocabulary | str | os.PathLike[str] | None = ..., columns: str | os.PathLike[str] | None = ...) -> Network: ...
