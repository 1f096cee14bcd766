import os
from typing import Any, Iterable, Sequence
from . import _errors as _errors
from ctypes import Structure, c_void_p

network_p = c_void_p
c_int64_p: Any
c_int_p: Any
c_double_p: Any
c_char_pp: Any
c_size_t_p: Any
buffer_pp: Any

class AnError(Structure):
    _fields_: Any

class GraphmlReadOptions(Structure):
    VERSION: int
    _fields_: Any
    def __init__(self, graph_index: int = ..., max_depth: int = ..., max_value_bytes: Any = ..., max_keys: int = ..., strict: bool = ...) -> None: ...

class GraphmlWriteOptions(Structure):
    VERSION: int
    _fields_: Any
    def __init__(self, indent: bool = ...) -> None: ...

class DotWriteOptions(Structure):
    VERSION: int
    _fields_: Any

class CsvWriteOptions(Structure):
    VERSION: int
    _fields_: Any

class SummaryOptions(Structure):
    VERSION: int
    _fields_: Any

class EdgePolicy(Structure):
    _fields_: Any

edge_policy_p: Any

class CentralityOptions(Structure):
    VERSION: int
    DEFAULT_SEED: int
    _fields_: Any

class BetweennessApproximation(Structure):
    _fields_: Any

class CommunityOptions(Structure):
    VERSION: int
    DEFAULT_SEED: int
    _fields_: Any

class Partition(Structure):
    _fields_: Any

class ModularityOptions(Structure):
    VERSION: int
    _fields_: Any

class PartitionComparison(Structure):
    _fields_: Any

class Components(Structure):
    _fields_: Any

class CliqueOptions(Structure):
    VERSION: int
    _fields_: Any

class Cliques(Structure):
    _fields_: Any

class RobustnessOptions(Structure):
    VERSION: int
    _fields_: Any

class RankRobustness(Structure):
    _fields_: Any

class PartitionRobustness(Structure):
    _fields_: Any

class ValidateOptions(Structure):
    VERSION: int
    _fields_: Any
vocabulary_p = c_void_p

class Filter(Structure):
    _fields_: Any

class ViewOptions(Structure):
    VERSION: int
    _fields_: Any

class EgoOptions(Structure):
    VERSION: int
    _fields_: Any

class ProjectionOptions(Structure):
    VERSION: int
    _fields_: Any

class PathOptions(Structure):
    VERSION: int
    _fields_: Any
class TimelineOptions(Structure):
    VERSION: int
    _fields_: Any
timeline_p = c_void_p
reach_p = c_void_p
path_result_p = c_void_p
REPORT_PROGRESS: Any

class Progress(Structure):
    _fields_: Any

PROGRESS_FN: Any

class ReportOptions(Structure):
    VERSION: int
    DEFAULT_SEED: int
    _fields_: Any

class BrokerageOptions(Structure):
    VERSION: int
    _fields_: Any

class KeyplayerOptions(Structure):
    VERSION: int
    _fields_: Any

class KeyplayerResult(Structure):
    _fields_: Any

class WhatifState(Structure):
    _fields_: Any

class WhatifResult(Structure):
    _fields_: Any

class WhatifOptions(Structure):
    VERSION: int
    _fields_: Any

STATUS: str
COUNT: str
NONE: Any
SIGNATURES: Any
cdll: Any
library_path: Any
search_log: Any

def _text(raw: Any) -> Any: ...
def raise_error(code: Any, function_name: Any) -> None: ...
def _check_status(result: Any, function: Any, arguments: Any) -> Any: ...
def _check_count(result: Any, function: Any, arguments: Any) -> Any: ...

_CHECKS: Any

class _Unavailable:
    __name__: Any
    def __init__(self, name: Any) -> None: ...
    def __call__(self, *arguments: Any) -> None: ...

class _Library: ...

lib: Any
_missing: Any
_function: Any

def available(name: Any) -> Any: ...
def missing_functions() -> Any: ...
def take_buffer(pointer: Any, size: Any) -> Any: ...
def encode(text: Any, what: str = ...) -> Any: ...
def decode(raw: Any) -> Any: ...
def integer(value: Any, what: str, minimum: int | None = ..., maximum: int | None = ...) -> int: ...
