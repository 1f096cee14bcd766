"""Communities (include/actornet/communities.h): factions, their modularity, and how two
partitions compare.

>>> net = actornet.load("data/proxy-network.graphml")
>>> p = net.communities(method="leiden", seed=1)
>>> p.count, round(p.modularity, 3)
>>> net.modularity(p)                                   # any partition, or an attribute name
>>> p.compare(net.attribute_partition("type")).nmi
"""
from ctypes import POINTER, byref, c_double, c_int64

from . import _arrays, _ffi
from ._ffi import encode, lib
from ._policy import POLICY_DOC, edge_policy
from .partition_compare import PartitionComparison, compare_partitions  # noqa: F401 (re-exported)
from .results import Partition

#: Method names, in the order of an_community_method.
METHODS = ("leiden", "louvain", "infomap", "walktrap", "label_propagation",
           "edge_betweenness")
_METHOD_CODE = {name: code for code, name in enumerate(METHODS)}
_METHOD_CODE["multilevel"] = _METHOD_CODE["louvain"]
_OBJECTIVES = {"modularity": 0, "cpm": 1}
ENGINES = ("auto", "igraph", "actornet")  # an_community_engine, in its order




def method_code(method):
    """The an_community_method of a method name; ValueError if unknown."""
    try:
        return _METHOD_CODE[method.lower()]
    except (KeyError, AttributeError):
        raise ValueError("unknown community method %r; one of: %s"
                         % (method, ", ".join(METHODS))) from None


def community_options(method="leiden", seed=None, resolution=1.0, objective="modularity",
                      beta=0.01, iterations=None, trials=10, steps=4, max_edges=1000,
                      weight=None, undirected=False, parallel="collapse", self_loops=False, lens=None,
                      network=None, engine="auto"):
    """An _ffi.CommunityOptions from keyword arguments (defaults as the C library's)."""
    options = _ffi.CommunityOptions()
    options.version = _ffi.CommunityOptions.VERSION
    options.method = method_code(method)
    options.policy = edge_policy(weight, undirected, parallel, self_loops, lens, network)
    options.seed = _ffi.CommunityOptions.DEFAULT_SEED if seed is None else int(seed)
    options.resolution = float(resolution)
    try:
        options.objective = _OBJECTIVES[objective.lower()]
    except (KeyError, AttributeError):
        raise ValueError("objective must be 'modularity' or 'cpm', not %r" % (objective,)) \
            from None
    try:
        options.engine = ENGINES.index(engine.lower())
    except (ValueError, AttributeError):
        raise ValueError("engine must be one of %s, not %r" % (", ".join(ENGINES), engine)) from None
    options.beta = float(beta)
    options.iterations = -1 if iterations is None else int(iterations)
    options.trials = int(trials)
    options.steps = int(steps)
    options.max_edges = 0 if max_edges is None else int(max_edges)
    return options


def partition_from_c(partition_pointer, ids, name="communities"):
    """A Partition copied out of an an_partition * (which the caller still frees)."""
    c = partition_pointer.contents
    method = lib.an_community_method_name(c.method)
    return Partition(name, _arrays.copy_int64(c.membership, c.node_count), ids, c.count,
                     _arrays.to_list(_arrays.copy_int64(c.sizes, c.count)), c.modularity,
                     c.quality, method.decode("ascii") if method else None, bool(c.directed),
                     ENGINES[c.engine] if 0 < c.engine < len(ENGINES) else None)


def _membership_in(network, partition):
    """(keep-alive, int64 pointer) for a Partition, membership sequence, or attribute name."""
    if isinstance(partition, str):
        partition = network.attribute_partition(partition)
    if isinstance(partition, Partition):
        partition = partition.membership
    return _arrays.integers_in(partition, network.node_count)


class CommunityMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def communities(self, method="leiden", seed=None, resolution=1.0, objective="modularity",
                    beta=0.01, iterations=None, trials=10, steps=4, max_edges=1000, weight=None,
                    undirected=False, parallel="collapse", self_loops=False, lens=None,
                    engine="auto"):
        """Find communities; returns a :class:`Partition` (same options and seed, same result).

        method: 'leiden' (default; Traag et al. 2019), 'louvain', 'infomap', 'walktrap',
            'label_propagation' or 'edge_betweenness' (refused above `max_edges` ties;
            None lifts the limit).
        seed: for the randomised methods (default 42, the C library's).
        resolution: gamma for Leiden and Louvain. objective: Leiden's 'modularity' or 'cpm'.
        beta, iterations (None: until stable): Leiden. trials: Infomap. steps: walktrap.
        Leiden, Louvain, walktrap and label propagation read every tie as undirected.
        lens: None (the network as stored), 'auto' or a preset ('cooperation' ...): actors
        outside the lens get membership -1.
        engine: who runs Leiden and Louvain: 'igraph', 'actornet' (the library's own, no
        igraph lock, several times faster on large networks) or 'auto' (default: igraph
        below 100,000 ties, actornet from there). The result's ``engine`` says which ran.

        >>> p = net.communities(method="leiden", seed=1)
        >>> [len(group) for group in p.groups()]
        """
        options = community_options(method, seed, resolution, objective, beta, iterations,
                                    trials, steps, max_edges, weight, undirected, parallel,
                                    self_loops, lens, self._handle, engine)
        result = POINTER(_ffi.Partition)()
        lib.an_network_communities(byref(result), self._handle, byref(options))
        try:
            return partition_from_c(result, self._frozen_ids())
        finally:
            lib.an_partition_free(result)

    def modularity(self, partition, resolution=1.0, weight=None, undirected=False,
                   parallel="collapse", self_loops=False):
        """Newman's modularity of a partition: a :class:`Partition`, a membership sequence
        in node order (ids >= 0), or the name of a node attribute (its values as groups).
        Directed networks use Leicht & Newman's formula (as NetworkX on a DiGraph).

        >>> net.modularity("faction")
        """
        keep, membership = _membership_in(self, partition)
        options = _ffi.ModularityOptions()
        options.version = _ffi.ModularityOptions.VERSION
        options.policy = edge_policy(weight, undirected, parallel, self_loops)
        options.resolution = float(resolution)
        out = c_double()
        lib.an_network_modularity(byref(out), self._handle, membership, byref(options))
        del keep
        return out.value

    def attribute_partition(self, column):
        """A node attribute read as a partition: each distinct value is a group, numbered in
        order of first appearance; nodes without a value get -1.

        >>> net.attribute_partition("type").groups()
        """
        n = self.node_count
        buffer = _arrays.IntegerBuffer(n)
        count = c_int64()
        lib.an_network_attribute_partition(buffer.pointer, byref(count), self._handle,
                                           encode(column, "column"))
        return Partition(column, buffer.result(), self._frozen_ids(), count.value)

    def compare_partitions(self, a, b):
        """Compare two partitions of this network's nodes; each may be a Partition, a
        membership sequence or a node attribute name. See :func:`compare_partitions`."""
        if isinstance(a, str):
            a = self.attribute_partition(a)
        if isinstance(b, str):
            b = self.attribute_partition(b)
        return compare_partitions(a, b)


for _method in (CommunityMethods.communities, CommunityMethods.modularity):
    _method.__doc__ = _method.__doc__.rstrip() + "\n" + POLICY_DOC
del _method
