"""Result types: per-node scores keyed by node id."""
import collections.abc
import math

from . import _arrays
from ._table import Column, Table, TabularResult
from .partition_compare import compare_partitions


def _python_number(value):
    """A plain Python int/float from a numpy scalar or a Python number."""
    item = getattr(value, "item", None)
    return item() if item is not None else value


class Scores(TabularResult, collections.abc.Mapping):
    """One number per node, in node (file) order, keyed by node id.

    ``values`` is a numpy array when numpy is importable, else a list;
    ``ids`` lists the node ids in the same order. A ``Scores`` is a read-only
    mapping from id to value, so ``dict(scores)``, ``scores['iran']``,
    ``'iran' in scores`` and ``scores.items()`` all work.

    >>> b = network.betweenness()
    >>> b.top(3)                      # [(id, value), ...], highest first
    >>> b['irgc_quds_force']
    >>> b.values.mean()               # numpy, when available
    """

    __slots__ = ("name", "values", "ids", "_index")

    def __init__(self, name, values, ids, index=None):
        self.name = name
        self.values = values
        self.ids = ids
        self._index = index

    # -- mapping ---------------------------------------------------------------
    def _position(self, node_id):
        if self._index is None:
            self._index = {node: i for i, node in enumerate(self.ids)}
        try:
            return self._index[node_id]
        except (KeyError, TypeError):
            raise KeyError(node_id) from None

    def __getitem__(self, node_id):
        return _python_number(self.values[self._position(node_id)])

    def __contains__(self, node_id):
        try:
            self._position(node_id)
        except KeyError:
            return False
        return True

    def __iter__(self):
        return iter(self.ids)

    def __len__(self):
        return len(self.ids)

    # -- ranking ---------------------------------------------------------------
    def order(self):
        """Node positions sorted by value, highest first; ties keep file order; NaN last."""
        values = self.values
        if _arrays.HAVE_NUMPY and isinstance(values, _arrays.numpy.ndarray):
            keys = -values.astype(_arrays.numpy.float64)
            return _arrays.numpy.argsort(keys, kind="stable").tolist()
        return sorted(range(len(values)),
                      key=lambda i: (math.isnan(values[i]), -values[i] if values[i] == values[i]
                                     else 0.0))

    def top(self, k=10):
        """The `k` highest-scoring nodes as ``[(id, value), ...]``, highest first.

        Ties are broken by file order (the node that comes first in the file
        comes first); NaN scores come last.

        >>> network.degree().top(2)
        [('irgc_quds_force', 0.31), ('iran', 0.27)]
        """
        if k is None:
            k = len(self.ids)
        if k < 0:
            raise ValueError("k must be >= 0")
        return [(self.ids[i], _python_number(self.values[i])) for i in self._top_positions(k)]

    def _top_positions(self, k):
        values = self.values
        n = len(values)
        if 0 < k < n // 8 and _arrays.HAVE_NUMPY and isinstance(values, _arrays.numpy.ndarray):
            # Partial selection: everything at least as high as the k-th value (ties included,
            # in file order), then a stable sort of those few.
            numpy = _arrays.numpy
            keys = -values.astype(numpy.float64)
            keys[numpy.isnan(keys)] = numpy.inf
            kth = numpy.partition(keys, k - 1)[k - 1]
            if numpy.isfinite(kth):
                candidates = numpy.flatnonzero(keys <= kth)
                chosen = candidates[numpy.argsort(keys[candidates], kind="stable")]
                return chosen[:k].tolist()
        return self.order()[:k]

    def to_dict(self):
        """``{id: value}`` with plain Python numbers, in file order."""
        return dict(zip(self.ids, _arrays.to_list(self.values)))

    def to_list(self):
        """The values as a plain Python list, in file order."""
        return _arrays.to_list(self.values)

    def _table(self):
        integral = _arrays.HAVE_NUMPY and getattr(self.values, "dtype", None) is not None \
            and self.values.dtype.kind in "iu"
        return Table(self.name, [Column(self.name, "int" if integral else "float", self.values)],
                     index=self.ids, index_name="id", series=True, sort=self.name)

    def __array__(self, dtype=None, copy=None):
        array = _arrays.numpy.asarray(self.values)
        return array if dtype is None else array.astype(dtype)

    def __eq__(self, other):
        if isinstance(other, Scores):
            return self.ids == other.ids and self.to_list() == other.to_list()
        return collections.abc.Mapping.__eq__(self, other)

    __hash__ = None

    def __repr__(self):
        shown = ", ".join("%r: %.6g" % (node, value) for node, value in self.top(3))
        more = ", ..." if len(self) > 3 else ""
        return "Scores(%r, %d nodes, top {%s%s})" % (self.name, len(self), shown, more)


class ScoreTable(TabularResult, dict):
    """Several measures over the same nodes, ``{name: Scores}`` in the order asked (what
    :meth:`Network.centralities` returns); ``to_pandas()`` gives one column per measure."""

    def _table(self):
        scores = list(self.values())
        ids = scores[0].ids if scores else ()
        columns = [Column(name, s._table().columns[0].kind, s.values) for name, s in self.items()]
        return Table("centralities", columns, index=ids, index_name="id",
                     sort=next(iter(self), None))


class Partition(TabularResult, collections.abc.Mapping):
    """A partition of the nodes (communities, components, or the categories of an attribute),
    keyed by node id.

    ``membership`` holds each node's group number in node order (numpy int64 array, or a
    list); groups are numbered 0..count-1 in order of first appearance; -1 marks an
    unlabelled node (a missing attribute value). ``sizes`` gives the nodes per group.
    Communities also carry ``modularity``, ``quality`` (the method's own objective),
    ``method``, ``directed`` and ``engine`` (who ran Leiden or Louvain: 'igraph' or
    'actornet'; 'igraph' for the other methods).

    >>> p = net.communities(method="leiden", seed=1)
    >>> p.count, p.modularity
    >>> p.groups()[0]                     # the node ids of community 0
    >>> p["iran"]                         # iran's community
    >>> p.compare(net.attribute_partition("type")).nmi
    """

    __slots__ = ("name", "membership", "ids", "count", "sizes", "modularity", "quality",
                 "method", "directed", "engine", "_index")

    def __init__(self, name, membership, ids, count=None, sizes=None, modularity=None,
                 quality=None, method=None, directed=None, engine=None):
        self.name = name
        self.membership = membership
        self.ids = ids
        values = _arrays.to_list(membership)
        if count is None:
            count = max(values) + 1 if values else 0
        self.count = int(count)
        if sizes is None:
            counted = [0] * self.count
            for group in values:
                if group >= 0:
                    counted[group] += 1
            sizes = counted
        self.sizes = sizes
        self.modularity = modularity
        self.quality = quality
        self.method = method
        self.directed = directed
        self.engine = engine
        self._index = None

    def __getitem__(self, node_id):
        if self._index is None:
            self._index = {node: i for i, node in enumerate(self.ids)}
        try:
            position = self._index[node_id]
        except (KeyError, TypeError):
            raise KeyError(node_id) from None
        return int(self.membership[position])

    def __iter__(self):
        return iter(self.ids)

    def __len__(self):
        return len(self.ids)

    def groups(self):
        """The node ids of each group, ``[[ids of group 0], [ids of group 1], ...]``, each in
        node order (unlabelled nodes are left out)."""
        result = [[] for _ in range(self.count)]
        for node, group in zip(self.ids, _arrays.to_list(self.membership)):
            if group >= 0:
                result[group].append(node)
        return result

    def to_dict(self):
        """``{id: group}`` in node order."""
        return dict(zip(self.ids, _arrays.to_list(self.membership)))

    def to_list(self):
        """The membership as a plain list."""
        return _arrays.to_list(self.membership)

    def _meta(self):
        meta = {"groups": self.count}
        for name in ("method", "modularity", "quality"):
            if getattr(self, name) is not None:
                meta[name] = getattr(self, name)
        return meta

    def _table(self):
        """Per node: its group (NA for an unlabelled node); pandas gets a Series."""
        groups = [None if g < 0 else g for g in _arrays.to_list(self.membership)]
        return Table(self.name, [Column("group", "int", groups)], index=self.ids,
                     index_name="id", meta=self._meta(), series=True)

    def _html_table(self):
        """Per group: size and members (a notebook shows groups, not one row per node)."""
        groups = self.groups()
        members = [", ".join(g[:20]) + (", ... (%d more)" % (len(g) - 20) if len(g) > 20 else "")
                   for g in groups]
        return Table(self.name, [Column("size", "int", [len(g) for g in groups]),
                                 Column("members", "str", members)],
                     index=list(range(self.count)), index_name="group", meta=self._meta(),
                     sort="size")

    def compare(self, other):
        """How similar this partition is to `other` (a Partition or a membership sequence of
        the same nodes): a :class:`PartitionComparison` with nmi, adjusted_rand, rand,
        variation_of_information and the split-join distances."""
        return compare_partitions(self, other)

    def __eq__(self, other):
        if isinstance(other, Partition):
            return self.ids == other.ids and self.to_list() == other.to_list()
        return collections.abc.Mapping.__eq__(self, other)

    __hash__ = None

    def __repr__(self):
        extra = ""
        if self.modularity is not None:
            extra = ", modularity %.4f" % self.modularity
        return "Partition(%r, %d nodes, %d groups%s)" % (self.name, len(self), self.count, extra)
