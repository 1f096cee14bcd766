"""Views (include/actornet/views.h): subnetworks by class, relation, confidence and year
window; ego networks; two-mode projections; any chosen subset.

A view is a new :class:`actornet.Network` (close it when done): ids, order, each
edge's direction, every column with its types and defaults, and the graph data are
kept, so every analysis and writer works on it. The original is never modified.

>>> net = actornet.load("data/proxy-network.graphml")
>>> stated = net.view(confidence=["stated"])
>>> nineties = net.view(years=(1990, 1999), relations=["funds", "trains"])
>>> around = net.ego("irgc_quds_force", radius=2)
>>> people = net.project("person", via=["event"])
"""
import ctypes
import numbers
from ctypes import byref, c_char_p, c_void_p

from . import _ffi
from ._policy import lens_struct
from ._ffi import encode, lib

_UNDATED = {"keep": 0, "drop": 1}
_EGO_MODES = {"both": 0, "out": 1, "in": 2}


class _Strings:
    """A NULL-terminated const char *const * list kept alive with its bytes."""

    def __init__(self, values, what):
        if isinstance(values, str):
            values = [values]
        self.items = [encode(str(v) if not isinstance(v, (str, bytes)) else v, what)
                      for v in values]
        self.array = (c_char_p * (len(self.items) + 1))(*self.items, None)

    @property
    def pointer(self):
        return ctypes.cast(self.array, _ffi.c_char_pp)


def strings(values, what):
    """(keep-alive, char ** or None) for an optional list of strings."""
    if values is None:
        return None, None
    kept = _Strings(values, what)
    return kept, kept.pointer


def build_filter(classes=None, relations=None, confidence=None, years=None, undated="keep",
                 class_column=None, relation_column=None, confidence_column=None,
                 year_column=None, start_column=None, end_column=None):
    """(an _ffi.Filter, list of objects to keep alive)."""
    keep = []
    f = _ffi.Filter()
    for field, values in (("classes", classes), ("relations", relations),
                          ("confidence", confidence)):
        kept, pointer = strings(values, field)
        if kept is not None:
            keep.append(kept)
            setattr(f, field, pointer)
    if years is not None:
        if isinstance(years, (int, float)) and not isinstance(years, bool):
            years = (years, years)
        if isinstance(years, (str, bytes)) or not hasattr(years, "__len__") or len(years) != 2:
            raise TypeError("years must be a year or a (from, to) pair of years (either may be None), "
                            "not %r" % (years,))
        year_from, year_to = years
        for end in (year_from, year_to):
            if end is not None and (isinstance(end, (bool, str, bytes)) or not isinstance(end, numbers.Real)
                                    or end != end):
                raise TypeError("years: %r is not a year (a number)" % (end,))
        if year_from is not None:
            f.has_year_from, f.year_from = 1, float(year_from)
        if year_to is not None:
            f.has_year_to, f.year_to = 1, float(year_to)
    try:
        f.undated = _UNDATED[undated]
    except (KeyError, TypeError):
        raise ValueError("undated must be 'keep' or 'drop', not %r" % (undated,)) from None
    for field, value in (("class_column", class_column), ("relation_column", relation_column),
                         ("confidence_column", confidence_column), ("year_column", year_column),
                         ("start_column", start_column), ("end_column", end_column)):
        if value is not None:
            setattr(f, field, encode(value, field))
    return f, keep


FILTER_DOC = """
        Filter (all given conditions must hold; values match as text, so an int class
        can be selected with "0"):
            classes:    allowed node classes (column `type`, or class_column).
            relations:  allowed edge relations (column `relation`).
            confidence: allowed confidence levels (column `confidence`), e.g. ["stated"].
            years:      (from, to) window on the edges' year/start/end; either end may be
                        None; a single number means that year.
            undated:    'keep' (default) or 'drop' edges without any year when a window
                        is given.
            *_column:   other column names (class, relation, confidence, year, start, end).
"""


class ViewMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def _adopt_view(self, pointer):
        return type(self)._adopt(pointer)

    def view(self, classes=None, relations=None, confidence=None, years=None, undated="keep",
             drop_isolates=False, class_column=None, relation_column=None,
             confidence_column=None, year_column=None, start_column=None, end_column=None):
        """The subnetwork of the nodes and edges that satisfy a filter (a new Network).
        drop_isolates=True also drops nodes left without any kept tie. A filter naming a
        column the network lacks raises NotFoundError.

        >>> stated = net.view(confidence=["stated"])
        >>> stated.betweenness().top(5)
        """
        options = _ffi.ViewOptions()
        options.version = _ffi.ViewOptions.VERSION
        options.filter, keep = build_filter(classes, relations, confidence, years, undated,
                                            class_column, relation_column, confidence_column,
                                            year_column, start_column, end_column)
        options.drop_isolates = 1 if drop_isolates else 0
        out = c_void_p()
        lib.an_view_filter(byref(out), self._handle, byref(options))
        del keep
        return self._adopt_view(out)

    def lens_view(self, lens="auto", chains=False):
        """The network a lens sees, as a new Network (an_lens_view): its actors and ties only,
        each tie oriented as the lens reads it (symmetric relations undirected; under
        'influence' each tie along its flow), every attribute kept. lens: 'auto' (the default
        the CLI chooses; chains=True chooses as for chains), 'all', 'cooperation', 'conflict'
        or 'influence'. Hand it to NetworkX, pandas or save_graphml for Gephi.

        >>> net.lens_view("cooperation").save_graphml("cooperation.graphml")
        """
        chosen = lens_struct(lens, self._handle, 1 if chains else 0)
        if chosen is None:
            raise ValueError("lens_view needs a lens ('auto' or a preset), not %r" % (lens,))
        out = c_void_p()
        lib.an_lens_view(byref(out), self._handle, byref(chosen))
        return self._adopt_view(out)

    def ego(self, centres, radius=1, mode="both"):
        """The ego network: every node within `radius` steps of the centre(s) (an id or a list
        of ids) and every tie among them. mode: 'both' (default), 'out' (successors, as
        nx.ego_graph on a DiGraph) or 'in'.

        >>> net.ego("irgc_quds_force", radius=2).node_count
        """
        kept, pointer = strings(centres, "node id")
        options = _ffi.EgoOptions()
        options.version = _ffi.EgoOptions.VERSION
        options.radius = int(radius)
        try:
            options.mode = _EGO_MODES[mode]
        except (KeyError, TypeError):
            raise ValueError("mode must be 'both', 'out' or 'in', not %r" % (mode,)) from None
        out = c_void_p()
        lib.an_view_ego(byref(out), self._handle, pointer, byref(options))
        del kept
        return self._adopt_view(out)

    def project(self, keep_class, via=None, class_column=None, weight_column=None,
                shared_column=None, separator=None):
        """Two-mode projection onto one class: two kept actors are tied when they share a
        neighbour of a `via` class (default: any other class), weighted by how many
        (nx.bipartite.weighted_projected_graph). `shared_column` also lists the shared
        neighbours' ids, joined by `separator` (default ';').

        >>> people = net.project("person", via=["event"], shared_column="events")
        """
        kept, pointer = strings(via, "class")
        options = _ffi.ProjectionOptions()
        options.version = _ffi.ProjectionOptions.VERSION
        options.via = pointer
        for field, value in (("class_column", class_column), ("weight_column", weight_column),
                             ("shared_column", shared_column), ("separator", separator)):
            if value is not None:
                setattr(options, field, encode(value, field))
        out = c_void_p()
        lib.an_view_project(byref(out), self._handle, encode(keep_class, "class"),
                            byref(options))
        del kept
        return self._adopt_view(out)

    def subset(self, nodes=None, edges=None):
        """The subnetwork of chosen nodes (ids) and edges (indices); None keeps all. An edge
        is kept when chosen and both its ends are kept.

        >>> net.subset(nodes=[n for n in net.nodes if n != "iran"])
        """
        node_flags = edge_flags = None
        if nodes is not None:
            node_flags = (ctypes.c_ubyte * max(self.node_count, 1))()
            for node in nodes:
                node_flags[self.node_index(node)] = 1
        if edges is not None:
            m = self.edge_count
            edge_flags = (ctypes.c_ubyte * max(m, 1))()
            for index in edges:
                index = int(index)
                if not -m <= index < m:
                    raise IndexError("edge index %d out of range" % index)
                edge_flags[index % m] = 1
        out = c_void_p()
        lib.an_view_subset(byref(out), self._handle, node_flags, edge_flags)
        return self._adopt_view(out)

    def without(self, nodes):
        """The network without the given actors (by id) and their ties.

        >>> net.without(["iran"]).components().count
        """
        if isinstance(nodes, str):
            nodes = [nodes]
        drop = {self.node_index(node) for node in nodes}
        ids = self._node_ids()
        return self.subset(nodes=[ids[i] for i in range(len(ids)) if i not in drop])


ViewMethods.view.__doc__ = ViewMethods.view.__doc__.rstrip() + "\n" + FILTER_DOC
