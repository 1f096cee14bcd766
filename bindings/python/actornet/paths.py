"""Typed path queries (include/actornet/paths.h): cited chains between two actors.

Every hop of a path carries the tie it uses — relation, year, confidence, source and
locator — and the other parallel ties joining the same two actors, so a chain can be
cited. The same filters as views restrict the ties (relations, confidence, years) and the
actors a chain passes through (classes).

>>> net = actornet.load("data/proxy-network.graphml")
>>> found = net.shortest_path("iran", "husayniyyun")
>>> for hop in found[0].hops:
...     print(hop["from"], hop["relation"], hop["to"], hop["year"], hop["source"])
>>> net.k_shortest_paths("iran", "husayniyyun", 3, confidence=["stated"])
>>> net.simple_paths("iran", "husayniyyun", max_length=4)
"""
import ctypes
import json
from collections import namedtuple
from ctypes import byref, c_size_t, c_void_p

from . import _ffi
from ._ffi import encode, lib
from ._policy import lens_struct
from ._table import Column, Table, TabularResult
from .views import FILTER_DOC, build_filter, strings

#: The columns of a hop table, in order (``alternatives`` counts the other parallel ties).
HOP_COLUMNS = (("from", "str"), ("to", "str"), ("relation", "str"), ("year", "int"),
               ("end", "int"), ("confidence", "str"), ("source", "str"), ("locator", "str"),
               ("edge", "str"), ("index", "int"), ("directed", "bool"), ("reversed", "bool"),
               ("weight", "float"), ("alternatives", "int"), ("along_flow", "bool"),
               ("undated", "bool"))


def _hop_value(hop, name):
    value = hop.get(name)
    if name == "alternatives":
        return len(value or ())
    if name in ("year", "end", "index") and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def hop_table(paths, title):
    """A Table of the hops of `paths` (a list of Path), one row each, with ``path`` and
    ``hop`` numbers (from 0) first."""
    rows = [(number, position, hop) for number, path in enumerate(paths)
            for position, hop in enumerate(path.hops)]
    columns = [Column("path", "int", [r[0] for r in rows]),
               Column("hop", "int", [r[1] for r in rows])]
    for name, kind in HOP_COLUMNS:
        values = [_hop_value(r[2], name) for r in rows]
        if kind == "int" and any(v is not None and not isinstance(v, int) for v in values):
            kind = "float"
        columns.append(Column(name, kind, values))
    return Table(title, columns)


class Path(TabularResult, namedtuple("Path", "nodes hops length distance")):
    __slots__ = ()

    def _table(self):
        table = hop_table([self], " -> ".join(self.nodes))
        table.meta = {"length": self.length, "distance": self.distance}
        return table

    def _repr_html_(self):
        from . import notebook
        return notebook._STYLE + notebook.path_html(self)


Path.__doc__ = """One chain: its node ids (start to end), its hops (dicts with from, to,
relation, year, end, confidence, source, locator, edge (GraphML id or None), index (edge
index), directed, reversed, weight, alternatives, along_flow (True: the way influence flows under
a lens; None without one), undated), its length in hops and its distance."""


class Paths(TabularResult, list):
    """The paths a query found, shortest first (a list of :class:`Path`), with ``source``
    and ``target`` ids, ``truncated`` (the search stopped at a limit), ``text`` (the chains
    as readable text, as the CLI prints them) and ``json`` (as ``actornet paths --json``)."""

    def __init__(self, paths, source, target, truncated, text, json_text):
        super().__init__(paths)
        self.source = source
        self.target = target
        self.truncated = truncated
        self.text = text
        self.json = json_text

    def _table(self):
        """Every hop of every chain, one row each (``path`` numbers the chains from 0)."""
        table = hop_table(self, "chains from %s to %s" % (self.source, self.target))
        table.meta = {"from": self.source, "to": self.target, "paths": len(self),
                      "truncated": self.truncated}
        return table

    def _repr_html_(self):
        from . import notebook
        return notebook.paths_html(self)


def _path_options(classes, relations, confidence, years, undated, classes_at_ends, undirected,
                  weight, confidence_order, max_paths, alternatives, source_column,
                  locator_column, columns, lens=None, time_respecting=None, network=None):
    options = _ffi.PathOptions()
    options.version = _ffi.PathOptions.VERSION
    options.filter, keep = build_filter(classes, relations, confidence, years, undated,
                                        **columns)
    options.classes_at_ends = 1 if classes_at_ends else 0
    options.ignore_direction = 1 if undirected else 0
    if weight is not None:
        options.weight = encode(weight, "weight")
    kept, pointer = strings(confidence_order, "confidence level")
    keep.append(kept)
    options.confidence_order = pointer
    options.max_paths = int(max_paths)
    options.alternatives = 1 if alternatives else 0
    if source_column is not None:
        options.source_column = encode(source_column, "source_column")
    if locator_column is not None:
        options.locator_column = encode(locator_column, "locator_column")
    chosen = lens_struct(lens, network, 1)
    if chosen is not None:
        options.lens = ctypes.cast(ctypes.pointer(chosen), c_void_p)
        keep.append(chosen)
    if time_respecting not in (None, True, False):
        raise TypeError("time_respecting must be None, True or False, not %r" % (time_respecting,))
    # None: in time order when a lens applies (as `actornet paths`)
    options.time_respecting = int(chosen is not None if time_respecting is None else time_respecting)
    return options, keep


def _collect(result):
    try:
        buffer, size = c_void_p(), c_size_t()
        lib.an_path_result_json(byref(buffer), byref(size), result)
        json_text = _ffi.take_buffer(buffer, size).decode("utf-8", "surrogateescape")
        buffer, size = c_void_p(), c_size_t()
        lib.an_path_result_text(byref(buffer), byref(size), result)
        text = _ffi.take_buffer(buffer, size).decode("utf-8", "surrogateescape")
    finally:
        lib.an_path_result_free(result)
    data = json.loads(json_text)
    paths = [Path(p["nodes"], p["hops"], p["length"], p["distance"]) for p in data["paths"]]
    return Paths(paths, data.get("from"), data.get("to"), bool(data.get("truncated")), text,
                 json_text)


_QUERY_DOC = """
        Path options:
            undirected:       walk every tie both ways (default: directed ties forward only;
                              undirected ties both ways).
            weight:           numeric edge column read as distance (default: hop count).
            classes_at_ends:  apply the class list to the two ends as well.
            confidence_order: preference among parallel ties, strongest first
                              (default ["stated", "reported"]).
            alternatives:     list the other parallel ties of each hop (default True).
            source_column, locator_column: citation columns (default source, locator).
            lens:             None (the network as stored: default), 'auto' (influence when the
                              vocabulary gives the ties meaning) or a preset: 'influence' walks only
                              ties that carry influence, the way it flows.
            time_respecting:  no hop's tie dated before the tie it follows (default: True when a
                              lens applies, else False); undated ties may sit anywhere.
""" + FILTER_DOC


class PathMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def _path_query(self, function, source, target, extra, max_paths=1000, classes=None,
                    relations=None, confidence=None, years=None, undated="keep",
                    classes_at_ends=False, undirected=False, weight=None,
                    confidence_order=None, alternatives=True, source_column=None,
                    locator_column=None, lens=None, time_respecting=None, **columns):
        options, keep = _path_options(classes, relations, confidence, years, undated,
                                      classes_at_ends, undirected, weight, confidence_order,
                                      max_paths, alternatives, source_column, locator_column,
                                      columns, lens, time_respecting, self._handle)
        result = c_void_p()
        function(byref(result), self._handle, encode(source, "node id"),
                 encode(target, "node id"), *extra, byref(options))
        del keep
        return _collect(result)

    def shortest_path(self, source, target, **options):
        """A shortest chain from `source` to `target` (ids): a :class:`Paths` list with one
        path, or none when `target` cannot be reached.

        >>> net.shortest_path("iran", "husayniyyun", relations=["funds", "trains", "commands"])
        """
        return self._path_query(lib.an_paths_shortest, source, target, (), **options)

    def k_shortest_paths(self, source, target, k, **options):
        """The k shortest loopless chains (Yen 1971), shortest first.

        >>> [p.length for p in net.k_shortest_paths("iran", "husayniyyun", 3)]
        """
        return self._path_query(lib.an_paths_k_shortest, source, target, (int(k),), **options)

    def simple_paths(self, source, target, max_length, max_paths=1000, **options):
        """All simple chains of at most `max_length` hops (nx.all_simple_paths with cutoff),
        shortest first; at most `max_paths` (``truncated`` says when the search stopped).

        >>> len(net.simple_paths("iran", "husayniyyun", max_length=3))
        """
        return self._path_query(lib.an_paths_all_simple, source, target, (int(max_length),),
                                max_paths=max_paths, **options)


for _method in (PathMethods.shortest_path, PathMethods.k_shortest_paths,
                PathMethods.simple_paths):
    _method.__doc__ = _method.__doc__.rstrip() + "\n" + _QUERY_DOC
del _method
