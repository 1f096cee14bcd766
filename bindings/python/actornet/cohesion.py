"""Cohesion (include/actornet/cohesion.h): how the network holds together.

Components, cut-points and bridges, k-cores, maximal cliques, and the
graph-level measures density, reciprocity, transitivity, average clustering,
diameter and mean distance — NetworkX's numbers on a simple graph, defined
(not raising) on disconnected networks.

>>> net = actornet.load("data/proxy-network.graphml")
>>> net.components().count, net.components("strong").count
>>> net.articulation_points()[:5]
>>> net.density(), net.diameter(undirected=True)
"""
from ctypes import POINTER, byref, c_double, c_int64

from . import _arrays, _ffi
from ._ffi import lib
from ._policy import POLICY_DOC, edge_policy
from ._table import Column, Table, TabularResult
from .results import Partition

_COMPONENT_MODES = {"weak": 0, "strong": 1}


class Cliques(TabularResult, list):
    """The maximal cliques, each a list of node ids, largest first.

    ``truncated`` is True when the search stopped at `max_cliques` (more exist);
    ``largest`` is the size of the largest clique returned.
    """

    def __init__(self, cliques, truncated, largest):
        super().__init__(cliques)
        self.truncated = truncated
        self.largest = largest

    def _table(self):
        """Tidy: one row per (clique, member)."""
        rows = [(number, node) for number, clique in enumerate(self) for node in clique]
        return Table("maximal cliques", [Column("clique", "int", [r[0] for r in rows]),
                                         Column("id", "str", [r[1] for r in rows])],
                     meta={"cliques": len(self), "largest": self.largest,
                           "truncated": self.truncated})

    def _html_table(self):
        return Table("maximal cliques", [Column("size", "int", [len(c) for c in self]),
                                         Column("members", "str", [", ".join(c) for c in self])],
                     index=list(range(len(self))), index_name="clique",
                     meta={"cliques": len(self), "truncated": self.truncated})


class CohesionMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def components(self, mode="weak", undirected=False, parallel="collapse", self_loops=False):
        """Weak ('weak') or strong ('strong') connected components as a :class:`Partition`
        (``count``, ``sizes``, ``groups()``); components are numbered by their first node.

        >>> c = net.components()
        >>> c.count, max(c.sizes)
        """
        try:
            code = _COMPONENT_MODES[mode]
        except (KeyError, TypeError):
            raise ValueError("mode must be 'weak' or 'strong', not %r" % (mode,)) from None
        policy = edge_policy(None, undirected, parallel, self_loops)
        result = POINTER(_ffi.Components)()
        lib.an_network_components(byref(result), self._handle, code, byref(policy))
        try:
            c = result.contents
            return Partition("%s components" % mode, _arrays.copy_int64(c.membership,
                                                                        c.node_count),
                             self._frozen_ids(), c.count,
                             _arrays.to_list(_arrays.copy_int64(c.sizes, c.count)))
        finally:
            lib.an_components_free(result)

    def _node_list(self, function, *arguments, policy):
        n = self.node_count
        buffer = _arrays.IntegerBuffer(max(n, 1))
        count = c_int64()
        function(buffer.pointer, byref(count), self._handle, *arguments, byref(policy))
        ids = self._frozen_ids()
        return [ids[i] for i in _arrays.to_list(buffer.result())[:count.value]]

    def articulation_points(self, self_loops=False):
        """The cut-vertices (nodes whose removal splits a component), as ids in node order;
        always on the undirected graph.

        >>> net.articulation_points()
        """
        return self._node_list(lib.an_network_articulation_points,
                               policy=edge_policy(None, False, "collapse", self_loops))

    def bridges(self, parallel="collapse", self_loops=False):
        """The ties whose removal splits a component, as edge indices (use :meth:`edge`);
        always undirected. With parallel='collapse' (default) a pair joined only by several
        reports of one tie is still a bridge (reported as its first edge)."""
        m = self.edge_count
        buffer = _arrays.IntegerBuffer(max(m, 1))
        count = c_int64()
        policy = edge_policy(None, False, parallel, self_loops)
        lib.an_network_bridges(buffer.pointer, byref(count), self._handle, byref(policy))
        return [int(i) for i in _arrays.to_list(buffer.result())[:count.value]]

    def k_core(self, k, undirected=False, parallel="collapse", self_loops=False):
        """The node ids of the k-core (every node has degree >= k inside it), in node order.

        >>> net.k_core(3)
        """
        return self._node_list(lib.an_network_k_core, int(k),
                               policy=edge_policy(None, undirected, parallel, self_loops))

    def maximal_cliques(self, min_size=3, max_size=None, max_cliques=10000, self_loops=False):
        """Maximal cliques of at least `min_size` (and at most `max_size`) nodes, on the
        undirected simple graph, largest first; a :class:`Cliques` list of id lists whose
        ``truncated`` says whether the search stopped at `max_cliques`.

        >>> [len(c) for c in net.maximal_cliques(min_size=4)]
        """
        options = _ffi.CliqueOptions()
        options.version = _ffi.CliqueOptions.VERSION
        options.min_size = int(min_size)
        options.max_size = 0 if max_size is None else int(max_size)
        options.max_cliques = int(max_cliques)
        options.policy = edge_policy(None, False, "collapse", self_loops)
        result = POINTER(_ffi.Cliques)()
        lib.an_network_maximal_cliques(byref(result), self._handle, byref(options))
        try:
            c = result.contents
            offsets = _arrays.to_list(_arrays.copy_int64(c.offsets, c.count + 1))
            nodes = _arrays.to_list(_arrays.copy_int64(c.nodes, offsets[-1] if offsets else 0))
            ids = self._frozen_ids()
            cliques = [[ids[i] for i in nodes[offsets[k]:offsets[k + 1]]]
                       for k in range(c.count)]
            return Cliques(cliques, bool(c.truncated), c.largest)
        finally:
            lib.an_cliques_free(result)

    def _scalar(self, function, weight=None, undirected=False, parallel="collapse",
                self_loops=False):
        policy = edge_policy(weight, undirected, parallel, self_loops)
        out = c_double()
        function(byref(out), self._handle, byref(policy))
        return out.value

    def density(self, undirected=False, parallel="collapse", self_loops=False):
        """Ties / possible ties (nx.density); parallel='keep' gives a multigraph's density."""
        return self._scalar(lib.an_network_density, None, undirected, parallel, self_loops)

    def reciprocity(self, parallel="collapse", self_loops=False):
        """Share of arcs whose reverse is present (nx.reciprocity); 1 for undirected ties,
        NaN without ties."""
        return self._scalar(lib.an_network_reciprocity, None, False, parallel, self_loops)

    def transitivity(self):
        """Global clustering coefficient, 3 x triangles / triples (nx.transitivity), on the
        undirected simple graph."""
        return self._scalar(lib.an_network_transitivity)

    def average_clustering(self):
        """Mean local clustering, degree < 2 counting 0 (nx.average_clustering), on the
        undirected simple graph."""
        return self._scalar(lib.an_network_average_clustering)

    def diameter(self, weight=None, undirected=False, parallel="collapse", self_loops=False):
        """The longest shortest path over reachable pairs (nx.diameter on a connected graph;
        the largest part's on a disconnected one). Weights are lengths.

        >>> net.diameter(undirected=True)
        """
        return self._scalar(lib.an_network_diameter, weight, undirected, parallel, self_loops)

    def mean_distance(self, weight=None, undirected=False, parallel="collapse",
                      self_loops=False, unreachable=False):
        """Average shortest-path length over reachable ordered pairs
        (nx.average_shortest_path_length on a connected graph). With unreachable=True,
        returns ``(mean, number of ordered pairs without a path)``."""
        policy = edge_policy(weight, undirected, parallel, self_loops)
        out, pairs = c_double(), c_int64()
        lib.an_network_mean_distance(byref(out), byref(pairs), self._handle, byref(policy))
        return (out.value, pairs.value) if unreachable else out.value


for _method in (CohesionMethods.diameter, CohesionMethods.mean_distance):
    _method.__doc__ = _method.__doc__.rstrip() + "\n" + POLICY_DOC
del _method
