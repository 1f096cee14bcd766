"""Exceptions: one class per actornet status code, carrying the C library's message.

Every class derives from :class:`actornet.Error`; where a built-in exception
means the same thing, the class derives from it too, so ``except KeyError``
catches :class:`NotFoundError` and ``except OSError`` catches :class:`FileError`.
"""

# Status codes, as in include/actornet/common.h (frozen, append only).
AN_OK = 0
AN_ERROR = -1
AN_ENOMEM = -2
AN_EINVAL = -3
AN_EMISUSE = -4
AN_EIO = -5
AN_EPARSE = -6
AN_EFORMAT = -7
AN_EUNSUPPORTED = -8
AN_ELIMIT = -9
AN_ENOTFOUND = -10
AN_EEXISTS = -11
AN_ETYPE = -12
AN_ERANGE = -13
AN_EALGORITHM = -14
AN_EVERSION = -15
AN_EEMPTY = -16
AN_ECANCELED = -17


class Error(Exception):
    """An error reported by the actornet C library.

    Attributes:
        message: the full text, ``"FILE:LINE:COL: reason"`` when a location is known.
        reason:  the text without the location.
        code:    the negative status code (e.g. -6); ``status`` is its name ("AN_EPARSE").
        file:    the input file (or buffer name) the error is about, or None.
        line, column: 1-based position in that input, or None when unknown.

    >>> try:
    ...     actornet.loads(b"<graphml><graph>")
    ... except actornet.ParseError as e:
    ...     print(e.line, e.reason)
    """

    default_code = AN_ERROR

    def __init__(self, message, code=None, reason=None, file=None, line=None, column=None,
                 status=None):
        self.message = message
        self.code = self.default_code if code is None else code
        self.reason = message if reason is None else reason
        self.file = file
        self.line = line or None
        self.column = column or None
        self.status = status
        super().__init__(message)

    def __str__(self):
        return self.message

    def __reduce__(self):
        return (self.__class__, (self.message, self.code, self.reason, self.file, self.line,
                                 self.column, self.status))


class OutOfMemoryError(Error, MemoryError):
    """AN_ENOMEM: an allocation failed."""
    default_code = AN_ENOMEM


class InvalidArgumentError(Error, ValueError):
    """AN_EINVAL: an argument has an invalid value."""
    default_code = AN_EINVAL


class MisuseError(Error):
    """AN_EMISUSE: API misuse (NULL or closed handle, bad options)."""
    default_code = AN_EMISUSE


class FileError(Error, OSError):
    """AN_EIO: a file could not be opened, read, written or renamed."""
    default_code = AN_EIO


class ParseError(Error, ValueError):
    """AN_EPARSE: the input is not well-formed XML; ``line``/``column`` say where."""
    default_code = AN_EPARSE


class FormatError(Error, ValueError):
    """AN_EFORMAT: well-formed XML but not valid GraphML (unknown node, duplicate id, ...)."""
    default_code = AN_EFORMAT


class UnsupportedError(Error):
    """AN_EUNSUPPORTED: a GraphML feature actornet does not support (hyperedges, graphs in edges),
    or a C function this build of the library does not have."""
    default_code = AN_EUNSUPPORTED


class LimitError(Error):
    """AN_ELIMIT: the input exceeds a safety limit (entity expansion, depth, value size)."""
    default_code = AN_ELIMIT


class NotFoundError(Error, KeyError):
    """AN_ENOTFOUND: a named node, edge or column does not exist."""
    default_code = AN_ENOTFOUND


class ExistsError(Error, ValueError):
    """AN_EEXISTS: a node id or column name already exists."""
    default_code = AN_EEXISTS


class TypeMismatchError(Error, TypeError):
    """AN_ETYPE: a value does not fit the column's type, or a column has the wrong type."""
    default_code = AN_ETYPE


class RangeError(Error, IndexError):
    """AN_ERANGE: an index is out of range."""
    default_code = AN_ERANGE


class AlgorithmError(Error):
    """AN_EALGORITHM: an algorithm failed (did not converge, igraph error)."""
    default_code = AN_EALGORITHM


class VersionError(Error):
    """AN_EVERSION: library version mismatch."""
    default_code = AN_EVERSION


class EmptyNetworkError(Error, ValueError):
    """AN_EEMPTY: the operation needs a non-empty network."""
    default_code = AN_EEMPTY


class CancelledError(Error):
    """AN_ECANCELED: the progress handler cancelled the call (actornet.progress)."""
    default_code = AN_ECANCELED


ERROR_CLASSES = {cls.default_code: cls for cls in (
    Error, OutOfMemoryError, InvalidArgumentError, MisuseError, FileError, ParseError,
    FormatError, UnsupportedError, LimitError, NotFoundError, ExistsError, TypeMismatchError,
    RangeError, AlgorithmError, VersionError, EmptyNetworkError, CancelledError)}


def error_class(code):
    """The exception class for a status code (Error for unknown codes)."""
    return ERROR_CLASSES.get(code, Error)
