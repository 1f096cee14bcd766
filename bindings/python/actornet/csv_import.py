"""A network from spreadsheets: an edge table and an optional node table as CSV
(include/actornet/csv_import.h; ``actornet import`` on the command line).

>>> net = actornet.import_csv("ties.csv", nodes="actors.csv", types={"year": "int"})
>>> net.warnings                     # endpoints missing from the node table, validation findings
"""
from ctypes import byref, c_void_p

from . import _ffi
from ._ffi import encode, lib
from .network import Network, _path_bytes
from .validate import Vocabulary

_DELIMITERS = {None: b"\0", ",": b",", "comma": b",", ";": b";", "semicolon": b";",
               "\t": b"\t", "tab": b"\t", "|": b"|", "pipe": b"|"}
_TYPES = ("boolean", "int", "long", "float", "double", "string")


def _column_types(types):
    """{"year": "int", "edge:weight": "double"} or "year=int,..." -> the C option's text."""
    if types is None or isinstance(types, str):
        return types
    entries = []
    for name, kind in dict(types).items():
        if not isinstance(name, str) or not isinstance(kind, str):
            raise TypeError("types maps column names to type names, not %r: %r" % (name, kind))
        if kind not in _TYPES:
            raise ValueError("type of column %r is one of %s, not %r" % (name, ", ".join(_TYPES), kind))
        if "," in name or "=" in name:
            raise ValueError("a column named in types cannot hold ',' or '=': %r" % name)
        entries.append("%s=%s" % (name, kind))
    return ",".join(entries)


def _options(delimiter, directed, strict, raw, source, target, edge_id, directed_column, node_id,
             types, types_from, vocabulary, columns):
    if delimiter not in _DELIMITERS:
        raise ValueError("delimiter is ',', ';', '\\t', '|' (or comma, semicolon, tab, pipe) or "
                         "None to detect it, not %r" % (delimiter,))
    options = _ffi.CsvImportOptions()
    options.version = _ffi.CsvImportOptions.VERSION
    options.delimiter = _DELIMITERS[delimiter]
    options.directed = 1 if directed else 0
    options.strict = 1 if strict else 0
    options.raw = 1 if raw else 0
    for field, value in (("source_column", source), ("target_column", target),
                         ("edge_id_column", edge_id), ("directed_column", directed_column),
                         ("node_id_column", node_id), ("column_types", _column_types(types))):
        setattr(options, field, None if value is None else encode(value, field))
    options.type_model = types_from._handle if types_from is not None else None
    options.vocabulary = vocabulary._handle if vocabulary is not None else None
    options.columns_path = None if columns is None else _path_bytes(columns)
    return options


def import_csv(edges, nodes=None, *, delimiter=None, directed=True, strict=False, raw=False,
               source=None, target=None, edge_id=None, directed_column=None, node_id=None,
               types=None, types_from=None, validate=True, vocabulary=None, columns=None):
    """Build a network from an edge table (one row per tie) and an optional node table
    (one row per actor), CSV files as spreadsheets save them or as
    :meth:`Network.save_csv` / ``actornet convert X NAME.csv`` write them.

    The endpoints are the columns source/target (else from/to, src/dst, sender/receiver,
    ego/alter, in any letter case; or name them with `source`, `target`), the edge id
    ``id``, the direction ``directed`` (or Gephi's Type); every other column becomes an
    attribute, its type inferred (boolean, int, long, double, else string; an empty cell is
    missing). `types` sets types: ``{"year": "int", "edge:weight": "double"}`` or
    ``"year=int,..."``; `types_from` takes every column's type from a :class:`Network` (the
    GraphML file the tables came from). `columns` is a columns table (``table,column,type,default``:
    the ``NAME.columns.csv`` that :meth:`Network.save_csv` and ``convert`` write): every listed
    column gets its type and its declared default, so the cells left empty for a long default
    read as it again and the round trip is exact. An endpoint missing from the node table is
    added with a warning (``strict=True``: an error).

    With `validate` (default) the network is checked against `vocabulary` (a
    :class:`Vocabulary`, a path, or None for the bundled one) and each finding is in
    ``net.warnings``, naming the table and line; ``strict=True`` makes a finding an error.

    Raises FileError, ParseError (malformed CSV, invalid UTF-8), FormatError (wrong field
    count, duplicate node id or column name, empty endpoint ...), TypeMismatchError (a cell
    that does not fit a chosen type), each with ``.file``, ``.line``, ``.column``.
    """
    owned = None
    if validate and not isinstance(vocabulary, Vocabulary):
        vocabulary = owned = Vocabulary(vocabulary)
    elif not validate:
        vocabulary = None
    if types_from is not None and not isinstance(types_from, Network):
        raise TypeError("types_from is a Network (e.g. actornet.load(path)), not %s"
                        % type(types_from).__name__)
    try:
        options = _options(delimiter, directed, strict, raw, source, target, edge_id,
                           directed_column, node_id, types, types_from, vocabulary, columns)
        pointer = c_void_p()
        lib.an_csv_import(byref(pointer), _path_bytes(edges),
                          None if nodes is None else _path_bytes(nodes), byref(options))
        return Network._adopt(pointer)
    finally:
        if owned is not None:
            owned.close()
