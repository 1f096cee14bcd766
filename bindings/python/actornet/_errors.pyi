import os
from typing import Any, Iterable, Sequence

AN_OK: int
AN_ERROR: int
AN_ENOMEM: int
AN_EINVAL: int
AN_EMISUSE: int
AN_EIO: int
AN_EPARSE: int
AN_EFORMAT: int
AN_EUNSUPPORTED: int
AN_ELIMIT: int
AN_ENOTFOUND: int
AN_EEXISTS: int
AN_ETYPE: int
AN_ERANGE: int
AN_EALGORITHM: int
AN_EVERSION: int
AN_EEMPTY: int
AN_ECANCELED: int

class Error(Exception):
    default_code: Any
    message: Any
    code: Any
    reason: Any
    file: Any
    line: Any
    column: Any
    status: Any
    def __init__(self, message: Any, code: Any = ..., reason: Any = ..., file: Any = ..., line: Any = ..., column: str | None = ..., status: Any = ...) -> None: ...
    def __str__(self) -> Any: ...
    def __reduce__(self) -> Any: ...

class OutOfMemoryError(Error, MemoryError):
    default_code: Any

class InvalidArgumentError(Error, ValueError):
    default_code: Any

class MisuseError(Error):
    default_code: Any

class FileError(Error, OSError):
    default_code: Any

class ParseError(Error, ValueError):
    default_code: Any

class FormatError(Error, ValueError):
    default_code: Any

class UnsupportedError(Error):
    default_code: Any

class LimitError(Error):
    default_code: Any

class NotFoundError(Error, KeyError):
    default_code: Any

class ExistsError(Error, ValueError):
    default_code: Any

class TypeMismatchError(Error, TypeError):
    default_code: Any

class RangeError(Error, IndexError):
    default_code: Any

class AlgorithmError(Error):
    default_code: Any

class VersionError(Error):
    default_code: Any

class EmptyNetworkError(Error, ValueError):
    default_code: Any

class CancelledError(Error):
    default_code: Any

ERROR_CLASSES: Any

def error_class(code: Any) -> Any: ...
