import os
from typing import Any, Iterable, Sequence
from . import _ffi as _ffi
from ._ffi import encode as encode, lib as lib
from .notebook import ReportSummary as ReportSummary
from .views import strings as strings

def _report_options(sources: Any, targets: Any, chain_relations: Any, top_k: int, key_players: Any, chain_k: Any, chain_max_length: Any, max_chains: Any, seed: int | None, replicates: int, dropout: float, directed: Any, size_by: Any, draw_limit: Any, render: Any, render_timeout: Any, class_column: str, label_column: Any, relation_column: str, confidence_column: str, input_name: Any, progress: Any, exact_limit: Any, lens: str | None, chain_lens: str | None, time_respecting: bool | None) -> Any: ...

_DEFAULTS: Any
_OPTIONS_DOC: str

class ReportMethods:
    __slots__: Any
    def report(self, directory: str | os.PathLike[str], **options: Any) -> ReportSummary: ...
    def report_data(self, **options: Any) -> dict[str, Any]: ...
