"""The Network class: an actor network held by the C library.

A :class:`Network` owns one ``an_network *``. Nodes and edges keep their file
(insertion) order; node ids are unique strings; every edge has its own
direction (a network can be directed, undirected or mixed) and may be parallel
to others. Attribute values are typed (``bool``, ``int``, ``float``, ``str``)
and a missing value reads as ``None``.

>>> import actornet
>>> with actornet.load("data/proxy-network.graphml") as net:
...     print(net.node_count, net.edge_count, net.direction)
...     print(net.node_attributes("iran")["type"])
"""
import ctypes
import json
import math
import numbers
import os
from collections import namedtuple
from ctypes import byref, c_char_p, c_double, c_int, c_int64, c_size_t, c_void_p

from . import _arrays, _errors, _ffi
from ._ffi import decode, encode, lib
from .results import Scores

# The analyses, one mixin per C header (each module wraps one include/actornet/*.h).
from .brokerage import BrokerageMethods
from .centrality import CentralityMethods
from .cohesion import CohesionMethods
from .communities import CommunityMethods
from .keyplayers import KeyPlayerMethods
from .networkx_bridge import NetworkxMethods
from .notebook import NotebookMethods
from .pandas_support import PandasMethods
from .paths import PathMethods
from .positions import PositionMethods
from .report import ReportMethods
from .robustness import RobustnessMethods
from .timeline import TimelineMethods
from .validate import ValidateMethods
from .views import ViewMethods

_ANALYSES = (CentralityMethods, CohesionMethods, CommunityMethods, BrokerageMethods,
             KeyPlayerMethods, ViewMethods, PathMethods, RobustnessMethods, ReportMethods,
             ValidateMethods, PositionMethods, TimelineMethods,
             # conversions and display (each module imports nothing of network.py)
             NetworkxMethods, PandasMethods, NotebookMethods)

# ---- enums (common.h, network.h) --------------------------------------------

DOMAINS = {"graph": 0, "node": 1, "edge": 2}
TYPES = {"boolean": 0, "int": 1, "long": 2, "float": 3, "double": 4, "string": 5}
_TYPE_NAMES = {code: name for name, code in TYPES.items()}
_DIRECTIONS = {0: "undirected", 1: "directed", 2: "mixed"}
_STATES = {0: "set", 1: "default", 2: "missing"}
_VALUE_MISSING = 2
_INT32 = (-2 ** 31, 2 ** 31 - 1)
_EXACT_DOUBLE_INTEGER = 2 ** 53

Edge = namedtuple("Edge", "source target directed id")
Edge.__doc__ = """One edge: source and target node ids, its own direction, its GraphML id (or None)."""

Column = namedtuple("Column", "name type domain index default has_default missing key_id")
Column.__doc__ = """An attribute column: name, GraphML type name ('boolean', 'int', 'long',
'float', 'double', 'string'), domain ('graph', 'node', 'edge'), index within the
domain, declared default (None when there is none; see has_default), number of
missing values, and the GraphML key id (or None)."""


def _domain_code(domain):
    try:
        return DOMAINS[domain]
    except (KeyError, TypeError):
        raise ValueError("domain must be one of 'node', 'edge', 'graph', not %r" % (domain,)) \
            from None


def _type_code(type_name):
    if isinstance(type_name, type):
        type_name = _infer_type_name(type_name())
    try:
        return TYPES[type_name]
    except (KeyError, TypeError):
        raise ValueError("type must be one of %s, not %r" % (", ".join(TYPES), type_name)) \
            from None


def _infer_type_name(value):
    """The column type a new attribute gets from its first value."""
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "boolean"
    if isinstance(value, numbers.Integral):
        return "long"
    if isinstance(value, numbers.Real):
        return "double"
    if isinstance(value, str):
        return "string"
    raise TypeError("attribute values must be bool, int, float or str, not %s (%r)"
                    % (type(value).__name__, value))


def _type_error(message):
    return _errors.TypeMismatchError(message, code=_errors.AN_ETYPE, status="AN_ETYPE")


def _path_bytes(path):
    return encode(os.fsdecode(path), "path") if not isinstance(path, bytes) else encode(path)


class Network(_ffi.Handle, *_ANALYSES):
    """An actor network: nodes with unique string ids, edges with their own direction,
    typed attributes. Build one, load one with :func:`actornet.load`, or convert one
    with :func:`actornet.from_networkx`.

    >>> net = actornet.Network(directed=True)
    >>> net.add_node("iran", type="state")
    0
    >>> net.add_node("irgc", type="unit")
    1
    >>> net.add_edge("iran", "irgc", relation="commands", year=1979)
    0
    >>> net.edges
    [Edge(source='iran', target='irgc', directed=True, id=None)]

    Close it with :meth:`close` or a ``with`` block; otherwise it is freed when
    garbage-collected.
    """

    __slots__ = ("_pointer", "_ids", "_index", "_frozen", "_use", "__weakref__")
    _handle_noun = "network"

    def __init__(self, directed=False):
        self._pointer = None
        self._use = None
        self._ids = None
        self._index = None
        self._frozen = None
        pointer = c_void_p()
        lib.an_network_new(byref(pointer), 1 if directed else 0)
        self._pointer = pointer

    @classmethod
    def _adopt(cls, pointer):
        """Wrap an an_network * the caller owns (ownership passes to the new object)."""
        network = cls.__new__(cls)
        network._pointer = pointer
        network._use = None
        network._ids = None
        network._index = None
        network._frozen = None
        return network

    # ---- life cycle -------------------------------------------------------

    @property
    def _handle(self):
        """What C calls take: the network itself (a :class:`_ffi.Handle`), held for each call."""
        if self._pointer is None:
            raise ValueError("the network is closed")
        return self

    @property
    def closed(self):
        """True once :meth:`close` has freed the C network."""
        return self._pointer is None

    def close(self):
        """Free the C network. Safe to call twice; any later use raises ValueError.

        Safe while other threads analyse the network: it waits until their running calls
        return (called from a callback inside a call on this network, the network is
        freed as that call returns)."""
        self._close_handle()

    @staticmethod
    def _free_pointer(pointer):
        lib.an_network_free(pointer)

    def __enter__(self):
        self._handle  # raises if closed
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        # At interpreter exit module globals may already be None: guard every name.
        pointer = getattr(self, "_pointer", None)
        if pointer is None:
            return
        self._pointer = None
        try:
            free = lib.an_network_free
        except Exception:  # the module is being torn down
            return
        if free is not None:
            free(pointer)

    def copy(self):
        """A deep copy (structure, ids, columns, defaults, foreign data)."""
        pointer = c_void_p()
        lib.an_network_copy(byref(pointer), self._handle)
        return Network._adopt(pointer)

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        return self.copy()

    def __repr__(self):
        if self._pointer is None:
            return "<actornet.Network (closed)>"
        return "<actornet.Network %s, %d nodes, %d edges>" % (
            self.direction, self.node_count, self.edge_count)

    # ---- structure --------------------------------------------------------

    @property
    def node_count(self):
        """Number of nodes."""
        return lib.an_network_node_count(self._handle)

    @property
    def edge_count(self):
        """Number of edges (parallel edges each count)."""
        return lib.an_network_edge_count(self._handle)

    def __len__(self):
        return self.node_count

    @property
    def direction(self):
        """'directed', 'undirected' or 'mixed', over all edges (an edgeless network
        reports its default)."""
        return _DIRECTIONS[lib.an_network_direction(self._handle)]

    @property
    def default_directed(self):
        """The default direction of edges added with ``directed=None`` (GraphML edgedefault)."""
        return bool(lib.an_network_default_directed(self._handle))

    @default_directed.setter
    def default_directed(self, directed):
        lib.an_network_set_default_directed(self._handle, 1 if directed else 0)

    @property
    def graph_id(self):
        """The GraphML ``<graph id=...>``, or None; assignable."""
        return decode(lib.an_network_graph_id(self._handle))

    @graph_id.setter
    def graph_id(self, value):
        lib.an_network_set_graph_id(self._handle, None if value is None else encode(value, "id"))

    def _node_ids(self):
        """The cached list of node ids (built once, extended by add_node)."""
        ids = self._ids
        handle = self._handle
        count = lib.an_network_node_count(handle)
        if ids is None or len(ids) != count:
            # One C call for all ids: a NUL-separated buffer, split in Python.
            buffer, size = c_void_p(), c_size_t()
            lib.an_network_node_ids_joined(byref(buffer), byref(size), handle)
            joined = _ffi.take_buffer(buffer, size)
            ids = joined.decode("utf-8", "surrogateescape").split("\0")[:count] if count else []
            self._ids = ids
            self._index = None
            self._frozen = None
        return ids

    def _node_index_map(self):
        ids = self._node_ids()
        if self._index is None or len(self._index) != len(ids):
            self._index = {node: i for i, node in enumerate(ids)}
        return self._index

    @property
    def nodes(self):
        """Node ids in file order (a new list)."""
        return list(self._node_ids())

    def node_index(self, node_id):
        """The 0-based position of a node; raises NotFoundError (a KeyError) if absent."""
        index = c_int64()
        lib.an_network_find_node(self._handle, encode(node_id, "node id"), byref(index))
        return index.value

    def __contains__(self, node_id):
        if not isinstance(node_id, str):
            return False
        return node_id in self._node_index_map()

    def __iter__(self):
        return iter(self.nodes)

    def _row_of_node(self, node):
        if isinstance(node, str):
            return self.node_index(node)
        raise TypeError("nodes are named by their id (str), not %s" % type(node).__name__)

    def edge(self, index):
        """Edge number `index` (file order) as an :class:`Edge`."""
        handle = self._handle
        if index < 0:
            index += lib.an_network_edge_count(handle)
        source, target = c_int64(), c_int64()
        lib.an_network_edge_endpoints(handle, index, byref(source), byref(target))
        ids = self._node_ids()
        return Edge(ids[source.value], ids[target.value],
                    bool(lib.an_network_edge_directed(handle, index)),
                    decode(lib.an_network_edge_id(handle, index)))

    @property
    def edges(self):
        """All edges in file order, as :class:`Edge` tuples (source id, target id,
        directed, edge id or None)."""
        handle = self._handle
        ids = self._node_ids()
        endpoints, directed, edge_id = (lib.an_network_edge_endpoints,
                                        lib.an_network_edge_directed, lib.an_network_edge_id)
        source, target = c_int64(), c_int64()
        ref_source, ref_target = byref(source), byref(target)
        result = []
        for i in range(lib.an_network_edge_count(handle)):
            endpoints(handle, i, ref_source, ref_target)
            raw = edge_id(handle, i)
            result.append(Edge(ids[source.value], ids[target.value], directed(handle, i) == 1,
                               None if raw is None else raw.decode("utf-8", "surrogateescape")))
        return result

    def add_node(self, node_id, attributes=None, **keywords):
        """Add a node with a unique, non-empty id and optional attributes; return its index.

        Attributes come as a dict, as keywords, or both. New attribute names create
        columns typed by the value (bool → boolean, int → long, float → double,
        str → string); None leaves a value missing. Raises ExistsError if the id is taken.

        >>> net.add_node("hezbollah", type="organisation", start=1982)
        >>> net.add_node("pfa", {"type": "organisation", "note": "K note 100"})
        """
        if attributes:
            keywords = dict(attributes, **keywords) if keywords else attributes
        index = c_int64()
        lib.an_network_add_node(self._handle, encode(node_id, "node id"), byref(index))
        if self._ids is not None and len(self._ids) == index.value:
            node_id = decode(encode(node_id))
            self._ids.append(node_id)
            self._frozen = None
            if self._index is not None:
                self._index[node_id] = index.value
        for name, value in keywords.items():
            self._set_value(1, name, index.value, value)
        return index.value

    def add_edge(self, source, target, directed=None, id=None, attributes=None, **keywords):
        """Add an edge between two existing nodes (by id); return its index.

        `directed`: True, False, or None for the network's default direction.
        `id`: optional GraphML edge id. Parallel edges and self-loops are allowed.
        Attributes as for :meth:`add_node`; use the `attributes` dict for names that
        clash with this method's parameters (an edge column called ``source``, say).

        >>> net.add_edge("iran", "hezbollah", relation="funds", year=1982)
        >>> net.add_edge("iran", "hezbollah", attributes={"source": "Toğa & Şahin 2023"})
        """
        if attributes:
            keywords = dict(attributes, **keywords) if keywords else attributes
        handle = self._handle
        flag = -1 if directed is None else (1 if directed else 0)
        index = c_int64()
        lib.an_network_add_edge(handle, self._row_of_node(source), self._row_of_node(target),
                                flag, None if id is None else encode(id, "edge id"),
                                byref(index))
        for name, value in keywords.items():
            self._set_value(2, name, index.value, value)
        return index.value

    # ---- columns ----------------------------------------------------------

    def _column_index(self, domain, name):
        index = c_int()
        lib.an_network_find_column(self._handle, domain, encode(name, "column name"),
                                   byref(index))
        return index.value

    def _column_type(self, domain, column):
        return lib.an_network_column_type(self._handle, domain, column)

    def _column_default(self, domain, column, type_code):
        """The declared default of a column (None when it has none), read by its typed getter."""
        handle = self._handle
        if type_code == 0:
            out, getter, convert = c_int(), lib.an_network_get_default_boolean, bool
        elif type_code in (1, 2):
            out, getter, convert = c_int64(), lib.an_network_get_default_integer, int
        elif type_code in (3, 4):
            out, getter, convert = c_double(), lib.an_network_get_default_real, float
        else:
            out, getter, convert = c_char_p(), lib.an_network_get_default_string, decode
        if getter(handle, domain, column, byref(out)) != 0:
            return None
        return convert(out.value)

    def _column_info(self, domain, column):
        handle = self._handle
        domain_name = {0: "graph", 1: "node", 2: "edge"}[domain]
        name = decode(lib.an_network_column_name(handle, domain, column))
        type_code = lib.an_network_column_type(handle, domain, column)
        has_default = lib.an_network_column_has_default(handle, domain, column) == 1
        default = self._column_default(domain, column, type_code) if has_default else None
        return Column(name, _TYPE_NAMES[type_code], domain_name, column, default, has_default,
                      lib.an_network_column_missing_count(handle, domain, column),
                      decode(lib.an_network_column_key_id(handle, domain, column)))

    def columns(self, domain="node"):
        """The attribute columns of a domain ('node', 'edge' or 'graph'), as :class:`Column`
        tuples in declaration order.

        >>> [(c.name, c.type) for c in net.columns("edge")]
        [('relation', 'string'), ('year', 'int'), ...]
        """
        code = _domain_code(domain)
        count = lib.an_network_column_count(self._handle, code)
        return [self._column_info(code, i) for i in range(count)]

    def column(self, name, domain="node"):
        """One :class:`Column` by name; NotFoundError (a KeyError) if there is none."""
        code = _domain_code(domain)
        return self._column_info(code, self._column_index(code, name))

    def add_column(self, name, type, domain="node", default=None):
        """Declare a column. `type` is a GraphML type name ('boolean', 'int', 'long',
        'float', 'double', 'string') or one of bool, int, float, str. Existing rows start
        absent: they read as `default` if one is given, else as None.

        >>> net.add_column("confidence", "string", domain="edge", default="stated")
        """
        code = _domain_code(domain)
        index = c_int()
        lib.an_network_add_column(self._handle, code, encode(name, "column name"),
                                  _type_code(type), byref(index))
        if default is not None:
            self._set_default(code, index.value, default)
        return self._column_info(code, index.value)

    def set_default(self, name, value, domain="node"):
        """Set (or, with None, clear) the declared default of a column."""
        code = _domain_code(domain)
        column = self._column_index(code, name)
        if value is None:
            lib.an_network_clear_default(self._handle, code, column)
        else:
            self._set_default(code, column, value)

    def _set_default(self, domain, column, value):
        handle = self._handle
        kind = _setter_kind(self._column_type(domain, column), value)
        if kind == "boolean":
            lib.an_network_set_default_boolean(handle, domain, column, 1 if value else 0)
        elif kind == "integer":
            lib.an_network_set_default_integer(handle, domain, column, int(value))
        elif kind == "real":
            lib.an_network_set_default_real(handle, domain, column, float(value))
        else:
            lib.an_network_set_default_string(handle, domain, column, encode(value, "value"))

    # ---- values -----------------------------------------------------------

    def _get_value(self, domain, column, type_code, row):
        handle = self._handle
        if type_code == 5:
            out = c_char_p()
            if lib.an_network_get_string(handle, domain, column, row, byref(out)) == \
                    _VALUE_MISSING:
                return None
            return out.value.decode("utf-8", "surrogateescape")
        if type_code == 3 or type_code == 4:
            out = c_double()
            if lib.an_network_get_real(handle, domain, column, row, byref(out)) == _VALUE_MISSING:
                return None
            return out.value
        if type_code == 0:
            out = c_int()
            if lib.an_network_get_boolean(handle, domain, column, row, byref(out)) == \
                    _VALUE_MISSING:
                return None
            return bool(out.value)
        out = c_int64()
        if lib.an_network_get_integer(handle, domain, column, row, byref(out)) == _VALUE_MISSING:
            return None
        return out.value

    def _set_value(self, domain, name, row, value):
        handle = self._handle
        if isinstance(value, numbers.Integral) and not isinstance(value, bool) and \
                not -2 ** 63 <= int(value) < 2 ** 63:
            raise OverflowError("attribute %r: %d is outside the signed 64-bit range actornet stores "
                                "(give it as a float or a string)" % (name, int(value)))
        encoded = encode(name, "attribute name")
        column = c_int()
        try:
            lib.an_network_find_column(handle, domain, encoded, byref(column))
        except _errors.NotFoundError:
            if value is None:
                return
            lib.an_network_add_column(handle, domain, encoded,
                                      TYPES[_infer_type_name(value)], byref(column))
        column = column.value
        if value is None:
            lib.an_network_unset(handle, domain, column, row)
            return
        kind = _setter_kind(self._column_type(domain, column), value, name)
        if kind == "boolean":
            lib.an_network_set_boolean(handle, domain, column, row, 1 if value else 0)
        elif kind == "integer":
            lib.an_network_set_integer(handle, domain, column, row, int(value))
        elif kind == "real":
            lib.an_network_set_real(handle, domain, column, row, float(value))
        else:
            lib.an_network_set_string(handle, domain, column, row, encode(value, "value"))

    def _row_attributes(self, domain, row):
        handle = self._handle
        result = {}
        for column in range(lib.an_network_column_count(handle, domain)):
            name = decode(lib.an_network_column_name(handle, domain, column))
            result[name] = self._get_value(domain, column,
                                           lib.an_network_column_type(handle, domain, column),
                                           row)
        return result

    def node_attributes(self, node_id):
        """All attributes of a node as ``{name: value}`` (None for missing; absent values
        read as the column's default).

        >>> net.node_attributes("iran")
        {'label': 'Islamic Republic of Iran', 'type': 'state', 'start': 1979, ...}
        """
        return self._row_attributes(1, self._row_of_node(node_id))

    def edge_attributes(self, index):
        """All attributes of edge number `index` as ``{name: value}``."""
        return self._row_attributes(2, self._edge_row(index))

    @property
    def graph_attributes(self):
        """The graph-level attributes as ``{name: value}``."""
        return self._row_attributes(0, 0)

    def _edge_row(self, index):
        if not isinstance(index, numbers.Integral) or isinstance(index, bool):
            raise TypeError("edges are addressed by index (int), not %s" % type(index).__name__)
        if index < 0:
            index += self.edge_count
        return int(index)

    def get_node_attribute(self, node_id, name):
        """One node value (None when missing). NotFoundError if the node or column is unknown."""
        column = self._column_index(1, name)
        return self._get_value(1, column, self._column_type(1, column),
                               self._row_of_node(node_id))

    def get_edge_attribute(self, index, name):
        """One edge value (None when missing)."""
        column = self._column_index(2, name)
        return self._get_value(2, column, self._column_type(2, column), self._edge_row(index))

    def get_graph_attribute(self, name):
        """One graph value (None when missing)."""
        column = self._column_index(0, name)
        return self._get_value(0, column, self._column_type(0, column), 0)

    def set_node_attribute(self, node_id, name, value):
        """Set a node value; a new name creates a column typed by the value; None unsets."""
        self._set_value(1, name, self._row_of_node(node_id), value)

    def set_edge_attribute(self, index, name, value):
        """Set an edge value; a new name creates a column typed by the value; None unsets."""
        self._set_value(2, name, self._edge_row(index), value)

    def set_graph_attribute(self, name, value):
        """Set a graph value; a new name creates a column typed by the value; None unsets."""
        self._set_value(0, name, 0, value)

    def value_state(self, name, row, domain="node"):
        """'set', 'default' or 'missing' for one value; `row` is a node id, an edge index,
        or 0 for the graph."""
        code = _domain_code(domain)
        if code == 1:
            row = self._row_of_node(row)
        elif code == 2:
            row = self._edge_row(row)
        return _STATES[lib.an_network_value_state(self._handle, code,
                                                  self._column_index(code, name), row)]

    def values(self, name, domain="node"):
        """Every value of a column, in node or edge order, as a list of Python values
        (None for missing).

        Numeric columns cross in two bulk C calls (no per-element call);
        string columns need one call per value.

        >>> net.values("type")[:3]
        ['state', 'state', 'state']
        """
        code = _domain_code(domain)
        column = self._column_index(code, name)
        type_code = self._column_type(code, column)
        rows = self._rows(code)
        if type_code == 5:
            return [self._get_value(code, column, 5, row) for row in range(rows)]
        # Two bulk copies with different stand-ins for "missing": a value that differs
        # between them is missing; a real value (even NaN) reads the same in both.
        first = self._doubles(code, column, rows, 0.0)
        second = self._doubles(code, column, rows, 1.0)
        if _arrays.HAVE_NUMPY:
            numpy = _arrays.numpy
            missing = numpy.flatnonzero((first != second) & (first == first)).tolist()
            if type_code == 0:
                result = first.astype(bool).tolist()
            elif type_code in (1, 2):
                inexact = ~(numpy.abs(first) < _EXACT_DOUBLE_INTEGER)     # also NaN
                result = numpy.where(inexact, 0.0, first).astype(numpy.int64).tolist()
                for row in numpy.flatnonzero(inexact & (first == first)).tolist():
                    result[row] = self._get_value(code, column, type_code, row)
            else:
                result = first.tolist()
            for row in missing:
                result[row] = None
            return result
        result = []
        for row, (a, b) in enumerate(zip(_arrays.to_list(first), _arrays.to_list(second))):
            if a != b and a == a:
                result.append(None)
            elif type_code == 0:
                result.append(bool(a))
            elif type_code in (1, 2):
                if abs(a) >= _EXACT_DOUBLE_INTEGER:   # beyond doubles' exact range
                    result.append(self._get_value(code, column, type_code, row))
                else:
                    result.append(int(a))
            else:
                result.append(a)
        return result

    def array(self, name, domain="node", missing=math.nan):
        """A numeric column as float64 values in one bulk C call: a numpy array when numpy is
        importable, else a list. Missing values become `missing` (NaN by default); absent
        values read as the column's default. Raises TypeMismatchError for string columns.

        >>> net.array("start")        # array([1979., nan, ...])
        """
        code = _domain_code(domain)
        column = self._column_index(code, name)
        return self._doubles(code, column, self._rows(code), missing)

    def _rows(self, domain):
        if domain == 1:
            return self.node_count
        if domain == 2:
            return self.edge_count
        return 1

    def _doubles(self, domain, column, rows, missing):
        buffer = _arrays.DoubleBuffer(rows)
        lib.an_network_column_to_doubles(self._handle, domain, column, buffer.pointer,
                                         float(missing))
        return buffer.result()

    def attach(self, name, values, domain="node"):
        """Store per-node (or per-edge) results as a column named `name`: floats become a
        double column (NaN stored as missing), integers a long column. `values` may be a
        :class:`Scores`, a numpy array or a sequence in node/edge order.

        >>> net.attach("betweenness", net.betweenness())
        >>> net.save_graphml("with-scores.graphml")
        """
        code = _domain_code(domain)
        if code == 0:
            raise ValueError("results attach to nodes or edges, not the graph")
        if isinstance(values, Scores):
            values = values.values
        rows = self._rows(code)
        integral = _is_integer_sequence(values)
        if integral:
            keep, pointer = _arrays.integers_in(values, rows)
            lib.an_network_attach_integers(self._handle, code, encode(name, "column name"),
                                           pointer)
        else:
            keep, pointer = _arrays.doubles_in(values, rows)
            lib.an_network_attach_reals(self._handle, code, encode(name, "column name"),
                                        pointer)
        del keep

    # ---- diagnostics and summary ------------------------------------------

    @property
    def source_name(self):
        """The file (or buffer name) the network was loaded from, or None if built in memory
        (views keep their original's)."""
        return decode(lib.an_network_source_name(self._handle))

    def node_line(self, node_id):
        """The line of the node's <node> element in the file it came from, or None."""
        return lib.an_network_node_line(self._handle, self._row_of_node(node_id)) or None

    def edge_line(self, index):
        """The line of edge `index`'s <edge> element in the file it came from, or None."""
        return lib.an_network_edge_line(self._handle, self._edge_row(index)) or None

    @property
    def warnings(self):
        """Warnings recorded while loading, as "FILE:LINE:COL: text" strings."""
        handle = self._handle
        return [decode(lib.an_network_warning(handle, i))
                for i in range(lib.an_network_warning_count(handle))]

    def _summary_options(self, class_column, relation_column, confidence_column):
        options = _ffi.SummaryOptions()
        options.version = _ffi.SummaryOptions.VERSION
        options.class_column = encode(class_column, "class_column")
        options.relation_column = encode(relation_column, "relation_column")
        options.confidence_column = encode(confidence_column, "confidence_column")
        return options

    def summary(self, class_column="type", relation_column="relation",
                confidence_column="confidence"):
        """What the network holds, as a dict (the JSON of ``actornet info --json``): counts,
        direction, self-loops, parallel edges, classes, relations, confidence levels,
        years, attributes, components, warnings.

        >>> net.summary()["classes"]
        {'state': 10, 'unit': 15, ...}
        """
        options = self._summary_options(class_column, relation_column, confidence_column)
        buffer, size = c_void_p(), c_size_t()
        lib.an_network_summary_json(byref(buffer), byref(size), self._handle, byref(options))
        return json.loads(_ffi.take_buffer(buffer, size).decode("utf-8", "surrogateescape"))

    def summary_text(self, class_column="type", relation_column="relation",
                     confidence_column="confidence"):
        """The same summary as readable text (what ``actornet info`` prints)."""
        options = self._summary_options(class_column, relation_column, confidence_column)
        buffer, size = c_void_p(), c_size_t()
        lib.an_network_summary_text(byref(buffer), byref(size), self._handle, byref(options))
        return _ffi.take_buffer(buffer, size).decode("utf-8", "surrogateescape")

    # ---- writers ------------------------------------------------------------

    def save_graphml(self, path, indent=True):
        """Write GraphML atomically (an existing file survives a failed write). Types,
        defaults, ids, per-edge direction and foreign data are written back."""
        options = _ffi.GraphmlWriteOptions(indent)
        lib.an_network_save_graphml(self._handle, _path_bytes(path), byref(options))

    def to_graphml_string(self, indent=True):
        """The network as a GraphML document (str)."""
        return self.to_graphml_bytes(indent).decode("utf-8")

    def to_graphml_bytes(self, indent=True):
        """The network as a GraphML document (UTF-8 bytes)."""
        options = _ffi.GraphmlWriteOptions(indent)
        buffer, size = c_void_p(), c_size_t()
        lib.an_network_graphml_to_buffer(byref(buffer), byref(size), self._handle,
                                         byref(options))
        return _ffi.take_buffer(buffer, size)

    def save_gexf(self, path, indent=True):
        """Write GEXF 1.2 (Gephi's format) atomically. Labels, weights, colours, positions
        and sizes become Gephi's own attributes, every other column a typed attribute;
        start/end columns become spells and dynamic values dynamic attributes (README: GEXF)."""
        options = _ffi.GexfWriteOptions(indent)
        lib.an_network_save_gexf(self._handle, _path_bytes(path), byref(options))

    def to_gexf_bytes(self, indent=True):
        """The network as a GEXF document (UTF-8 bytes)."""
        options = _ffi.GexfWriteOptions(indent)
        buffer, size = c_void_p(), c_size_t()
        lib.an_network_gexf_to_buffer(byref(buffer), byref(size), self._handle, byref(options))
        return _ffi.take_buffer(buffer, size)

    def to_gexf_string(self, indent=True):
        """The network as a GEXF document (str)."""
        return self.to_gexf_bytes(indent).decode("utf-8")

    def save(self, path, format=None):
        """Write the network in `format` ("graphml", "gexf" or "dot"), by default the one
        `path`'s extension names (.graphml/.xml, .gexf, .dot/.gv)."""
        fmt = format or _format_of(path)
        if fmt == "graphml":
            self.save_graphml(path)
        elif fmt == "gexf":
            self.save_gexf(path)
        elif fmt == "dot":
            self.save_dot(path)
        else:
            raise ValueError("save: format %r is not graphml, gexf or dot (and %r names none)"
                             % (format, os.fspath(path)))

    @staticmethod
    def _dot_options(label, edge_label, graph_name, graph_attributes):
        options = _ffi.DotWriteOptions()
        options.version = _ffi.DotWriteOptions.VERSION
        options.label_column = encode(label, "label")
        options.edge_label_column = None if edge_label is None else encode(edge_label,
                                                                            "edge_label")
        options.graph_name = None if graph_name is None else encode(graph_name, "graph_name")
        keep = None
        if graph_attributes:
            items = list(graph_attributes.items()) if hasattr(graph_attributes, "items") \
                else list(graph_attributes)
            flat = [encode(str(part), "graph attribute") for pair in items for part in pair]
            keep = (c_char_p * (len(flat) + 1))(*flat, None)
            options.graph_attributes = ctypes.cast(keep, _ffi.c_char_pp)
        return options, keep

    def save_dot(self, path, label="label", edge_label=None, graph_name=None,
                 graph_attributes=None):
        """Write Graphviz DOT atomically. Node labels come from column `label` (falling back
        to the id); `edge_label` names an edge column to show; `graph_attributes` is a dict
        such as ``{"overlap": "prism"}``. Columns named like Graphviz attributes (color,
        shape, ...) pass through."""
        options, keep = self._dot_options(label, edge_label, graph_name, graph_attributes)
        lib.an_network_save_dot(self._handle, _path_bytes(path), byref(options))
        del keep

    def to_dot_string(self, label="label", edge_label=None, graph_name=None,
                      graph_attributes=None):
        """The network as a Graphviz DOT document (str); options as :meth:`save_dot`."""
        options, keep = self._dot_options(label, edge_label, graph_name, graph_attributes)
        buffer, size = c_void_p(), c_size_t()
        lib.an_network_dot_to_buffer(byref(buffer), byref(size), self._handle, byref(options))
        del keep
        return _ffi.take_buffer(buffer, size).decode("utf-8")

    def save_csv(self, nodes_path, edges_path=None, columns_path=None):
        """Write the node table (`id`, then every node column) and, if `edges_path` is
        given, the edge table (`source`, `target`, `directed`, `id`, then every edge column)
        as RFC 4180 CSV, atomically. A row repeats at most 400 bytes of defaults (the
        shortest); the rows that take another default have an empty field; `columns_path` writes the columns
        table (`table`, `column`, `type`, `default`: every column's type and whole default).
        The rules are in include/actornet/csv.h."""
        handle = self._handle
        if nodes_path is not None:
            lib.an_network_save_nodes_csv(handle, _path_bytes(nodes_path))
        if edges_path is not None:
            lib.an_network_save_edges_csv(handle, _path_bytes(edges_path))
        if columns_path is not None:
            lib.an_network_save_csv_columns(handle, _path_bytes(columns_path), None)

    # ---- helpers for analyses ---------------------------------------------

    def _frozen_ids(self):
        """The node ids as a tuple (shared by results; rebuilt after add_node). Closed by
        another thread while an analysis ran: the ids it was analysed with."""
        if self._pointer is None and self._frozen is not None:
            return self._frozen
        ids = self._node_ids()
        if self._frozen is None or len(self._frozen) != len(ids):
            self._frozen = tuple(ids)
        return self._frozen

    def _scores(self, name, values):
        """A Scores over this network's node ids."""
        return Scores(name, values, self._frozen_ids())


def _is_integer_sequence(values):
    if _arrays.HAVE_NUMPY and isinstance(values, _arrays.numpy.ndarray):
        return values.dtype.kind in "iub"
    values = list(values) if not isinstance(values, (list, tuple)) else values
    return len(values) > 0 and all(isinstance(v, numbers.Integral) for v in values)


def _setter_kind(type_code, value, name=None):
    """Which C setter a value goes through for a column type; TypeMismatchError if none."""
    where = " for column %r" % name if name is not None else ""
    is_bool = isinstance(value, bool) or type(value).__name__ == "bool_"
    if type_code == 0:
        if is_bool or (isinstance(value, numbers.Integral) and value in (0, 1)):
            return "boolean"
    elif type_code in (1, 2):
        if isinstance(value, numbers.Integral) and not is_bool:
            if type_code == 1 and not _INT32[0] <= int(value) <= _INT32[1]:
                raise _type_error("%d does not fit the 32-bit int column%s" % (value, where))
            return "integer"
        if is_bool:
            return "integer"
    elif type_code in (3, 4):
        if isinstance(value, numbers.Real):
            return "real"
    elif isinstance(value, str):
        return "string"
    raise _type_error("%r (%s) does not fit the %s column%s"
                      % (value, type(value).__name__, _TYPE_NAMES.get(type_code, "?"), where))


def _convert(type_code, value):
    """A JSON value converted to the Python type of a column."""
    if value is None:
        return None
    if type_code == 0:
        return bool(value)
    if type_code in (1, 2):
        return int(value)
    if type_code in (3, 4):
        return float(value)
    return value


# ---- loading -----------------------------------------------------------------

def _read_options(graph_index, max_depth, max_value_bytes, max_keys, strict=False):
    return _ffi.GraphmlReadOptions(graph_index, max_depth, max_value_bytes, max_keys, strict)


def _format_of(path):
    name = os.fspath(path).lower() if not isinstance(path, bytes) else path.decode().lower()
    for fmt, endings in (("graphml", (".graphml", ".xml")), ("gexf", (".gexf",)),
                         ("dot", (".dot", ".gv"))):
        if name.endswith(endings):
            return fmt
    return None


def _looks_like_gexf(head):
    """True when the bytes start (after the XML declaration, comments, blanks) with <gexf."""
    at = 0
    while True:
        at = head.find(b"<", at)
        if at < 0 or at + 1 >= len(head):
            return False
        if head[at + 1:at + 2] in (b"?", b"!"):
            at += 1
            continue
        return head[at + 1:at + 6] in (b"gexf ", b"gexf>", b"gexf\n", b"gexf\t", b"gexf\r")


def _is_gexf_file(path):
    if _format_of(path) == "gexf":
        return True
    if _format_of(path) is not None:
        return False
    try:
        with open(path, "rb") as handle:
            return _looks_like_gexf(handle.read(1024))
    except OSError:
        return False


def load(path, graph_index=0, max_depth=256, max_value_bytes=64 * 1024 * 1024,
         max_keys=100000, strict=False, format=None):
    """Load a GraphML or GEXF file.

    `format` is "graphml" or "gexf"; by default a file named .gexf, or whose root
    element is ``<gexf>``, is read as GEXF (Gephi's format: see the README's GEXF
    section for what is kept; ``strict`` and the two ``max_*`` limits apply to it
    too), anything else as GraphML.

    The reader never fetches external entities or DTDs and refuses entity bombs.
    `graph_index` selects a top-level ``<graph>`` in a file with several; the
    ``max_*`` limits guard against hostile input. Edges to undeclared nodes and
    ``<data>`` with undeclared keys are loaded with a warning (the node or a string
    column is added); ``strict=True`` refuses them with FormatError. Graphs nested
    in nodes (yEd groups) are flattened into node columns ``parent`` and ``is_group``.

    Raises FileError (an OSError) when the file cannot be read, ParseError for
    malformed XML, FormatError for invalid GraphML, UnsupportedError for
    hyperedges, LimitError when a limit is exceeded; each
    carries ``.file``, ``.line``, ``.column`` and the C message.

    >>> net = actornet.load("data/proxy-network.graphml")
    >>> net.node_count
    """
    pointer = c_void_p()
    if format == "gexf" or (format is None and _is_gexf_file(path)):
        gexf = _ffi.GexfReadOptions(strict, max_depth, max_value_bytes)
        lib.an_gexf_read(byref(pointer), _path_bytes(path), byref(gexf))
        return Network._adopt(pointer)
    if format not in (None, "graphml"):
        raise ValueError("load: format must be 'graphml' or 'gexf', not %r" % (format,))
    options = _read_options(graph_index, max_depth, max_value_bytes, max_keys, strict)
    lib.an_network_load_graphml(byref(pointer), _path_bytes(path), byref(options))
    return Network._adopt(pointer)


def loads(data, name=None, graph_index=0, max_depth=256, max_value_bytes=64 * 1024 * 1024,
          max_keys=100000, strict=False, format=None):
    """Load GraphML or GEXF (`format`, by default GEXF when the root element is
    ``<gexf>``) from a str or bytes. A str is encoded as UTF-8 (pass bytes for
    documents in another encoding). `name` is used in error messages
    (default "<buffer>").

    >>> net = actornet.loads('<graphml><graph edgedefault="directed">'
    ...                      '<node id="a"/><node id="b"/><edge source="a" target="b"/>'
    ...                      '</graph></graphml>')
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    elif isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    elif not isinstance(data, bytes):
        raise TypeError("loads() takes str or bytes, not %s" % type(data).__name__)
    pointer = c_void_p()
    if format == "gexf" or (format is None and _looks_like_gexf(data[:1024])):
        gexf = _ffi.GexfReadOptions(strict, max_depth, max_value_bytes)
        lib.an_gexf_read_buffer(byref(pointer), data, len(data),
                                None if name is None else encode(name, "name"), byref(gexf))
        return Network._adopt(pointer)
    if format not in (None, "graphml"):
        raise ValueError("loads: format must be 'graphml' or 'gexf', not %r" % (format,))
    options = _read_options(graph_index, max_depth, max_value_bytes, max_keys, strict)
    lib.an_network_load_graphml_buffer(byref(pointer), data, len(data),
                                       None if name is None else encode(name, "name"),
                                       byref(options))
    return Network._adopt(pointer)
