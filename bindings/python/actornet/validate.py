"""Schema validation (include/actornet/validate.h) and the bundled data files.

>>> net = actornet.load(actornet.data_file("proxy-network.graphml"))
>>> net.validate()                       # [] when every check passes
"""
import os
from ctypes import byref, c_int64, c_void_p

from . import _ffi
from ._ffi import encode, lib


def _data_directories():
    """Where the bundled data may be: $ACTORNET_DATA_DIR, the checkout's data/, or
    <prefix>/share/actornet next to an installed package."""
    package = os.path.dirname(os.path.abspath(__file__))
    directories = []
    if os.environ.get("ACTORNET_DATA_DIR"):
        directories.append(os.environ["ACTORNET_DATA_DIR"])
    directories.append(os.path.normpath(os.path.join(package, os.pardir, os.pardir, os.pardir,
                                                     "data")))
    # <prefix>/lib/python3/dist-packages/actornet -> <prefix>/share/actornet
    directories.append(os.path.normpath(os.path.join(package, os.pardir, os.pardir, os.pardir,
                                                     os.pardir, "share", "actornet")))
    # the copy a pip-built wheel carries (bindings/python/setup.py)
    directories.append(os.path.join(package, "_data"))
    return directories


def data_file(name):
    """The path of a bundled data file ('proxy-network.graphml', 'vocabulary.tsv',
    'karate.graphml', ...), looked up in $ACTORNET_DATA_DIR, the source checkout's data/,
    the installed <prefix>/share/actornet and the copy in a pip-installed package. Raises FileNotFoundError naming the places.

    >>> net = actornet.load(actornet.data_file("proxy-network.graphml"))
    """
    tried = []
    for directory in _data_directories():
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            return path
        tried.append(path)
    raise FileNotFoundError("bundled data file %r not found; tried %s"
                            % (name, ", ".join(tried)))


class Vocabulary:
    """The allowed actor classes, relations and confidence levels (a TSV file with the
    header kind<TAB>name<TAB>definition; data/vocabulary.tsv is the bundled one).

    >>> with actornet.Vocabulary(actornet.data_file("vocabulary.tsv")) as v:
    ...     v.has("relation", "funds")
    """

    def __init__(self, path=None):
        self._pointer = None
        if path is None:
            path = data_file("vocabulary.tsv")
        pointer = c_void_p()
        lib.an_vocabulary_load(byref(pointer), encode(os.fsdecode(path), "path"))
        self._pointer = pointer

    @property
    def _handle(self):
        if self._pointer is None:
            raise ValueError("the vocabulary is closed")
        return self._pointer

    def has(self, kind, name):
        """True if `name` is a term of `kind` ('type', 'relation' or 'confidence')."""
        return lib.an_vocabulary_has(self._handle, encode(kind, "kind"),
                                     encode(name, "name")) == 1

    def close(self):
        """Free the vocabulary now (safe to call twice)."""
        pointer, self._pointer = self._pointer, None
        if pointer is not None:
            lib.an_vocabulary_free(pointer)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        pointer = getattr(self, "_pointer", None)
        if pointer is None:
            return
        self._pointer = None
        try:
            free = lib.an_vocabulary_free
        except Exception:
            return
        if free is not None:
            free(pointer)


class ValidateMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def validate(self, vocabulary=None, class_column="type", relation_column="relation",
                 confidence_column="confidence", source_column="source",
                 locator_column="locator"):
        """Check the network against the data schema (as ``actornet validate``): classes,
        relations and confidence levels from the vocabulary, a source and locator on every
        tie, no duplicate ties. Returns the problems, one "FILE:LINE: ..." string each
        (empty when valid). `vocabulary` is a :class:`Vocabulary`, a path, or None for the
        bundled vocabulary.tsv."""
        owned = not isinstance(vocabulary, Vocabulary)
        if owned:
            vocabulary = Vocabulary(vocabulary)
        try:
            options = _ffi.ValidateOptions()
            options.version = _ffi.ValidateOptions.VERSION
            options.class_column = encode(class_column, "class_column")
            options.relation_column = encode(relation_column, "relation_column")
            options.confidence_column = encode(confidence_column, "confidence_column")
            options.source_column = encode(source_column, "source_column")
            options.locator_column = encode(locator_column, "locator_column")
            report, problems = c_void_p(), c_int64()
            lib.an_network_validate(byref(report), byref(problems), self._handle,
                                    vocabulary._handle, byref(options))
            size = _ffi.c_size_t(len(_ffi.ctypes.string_at(report.value))) if report.value \
                else _ffi.c_size_t(0)
            text = _ffi.take_buffer(report, size).decode("utf-8", "surrogateescape")
        finally:
            if owned:
                vocabulary.close()
        return [line for line in text.split("\n") if line]
