"""Centrality (include/actornet/centrality.h): who is central.

Every measure returns a :class:`actornet.Scores` in node order. With default
arguments the numbers are NetworkX 2.8's (``degree_centrality``,
``betweenness_centrality``, ``closeness_centrality``, ``pagerank``, ...) on the
same simple graph; ``normalized=False`` gives igraph's raw forms. See
centrality.h for every definition, and how parallel and undirected ties in a
directed network are counted.

>>> net = actornet.load("data/proxy-network.graphml")
>>> net.betweenness().top(3)
>>> net.pagerank(damping=0.9)["iran"]
>>> net.centralities(["degree", "betweenness", "pagerank"])   # one C call
"""
from ctypes import byref, c_double, c_int, c_size_t

from . import _arrays, _ffi
from ._ffi import encode, lib
from ._policy import edge_policy
from .results import ScoreTable

#: The measures, by their snake_case names (as in ``actornet centrality --csv``).
MEASURES = ("degree", "in_degree", "out_degree", "strength", "betweenness", "closeness",
            "harmonic", "eigenvector", "pagerank", "hub", "authority", "coreness",
            "constraint", "effective_size")
_MEASURE_CODE = {name: code for code, name in enumerate(MEASURES)}
_INTEGER_MEASURES = {"coreness"}


def measure_code(name):
    """The an_centrality_measure of a snake_case name; ValueError if unknown."""
    try:
        return _MEASURE_CODE[name]
    except (KeyError, TypeError):
        raise ValueError("unknown centrality measure %r; one of: %s"
                         % (name, ", ".join(MEASURES))) from None


def _options(weight, undirected, parallel, self_loops, normalized=True, damping=0.85,
             seed=None, lens=None, network=None):
    options = _ffi.CentralityOptions()
    options.version = _ffi.CentralityOptions.VERSION
    options.policy = edge_policy(weight, undirected, parallel, self_loops, lens, network)
    options.raw = 0 if normalized else 1
    options.damping = float(damping)
    options.seed = _ffi.CentralityOptions.DEFAULT_SEED if seed is None else int(seed)
    return options


def _as_integers(values):
    """Integer-valued doubles (coreness) as int64 array / int list."""
    if _arrays.HAVE_NUMPY:
        return values.astype(_arrays.numpy.int64)
    return [int(v) for v in values]


class CentralityMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def prepare(self, weight=None, undirected=False, parallel="collapse", self_loops=False):
        """Build now the analysis graph that analyses with these settings build on first use
        (the ties with directions, parallel ties, self-loops and weights applied: what
        igraph's simplify() makes), and keep it with the network. Later analyses with the same
        settings start from it; their results are the same, bit for bit. Never needed: a way
        to pay the build (about 0.2 s at a million ties) when you choose. The network keeps at
        most 4 such graphs, about 40 bytes per tie each; see :meth:`release_prepared`.

        >>> net.prepare()              # then degree, PageRank ... skip the build
        """
        policy = edge_policy(weight, undirected, parallel, self_loops)
        lib.an_network_prepare(self._handle, byref(policy))

    def release_prepared(self):
        """Free the analysis graphs :meth:`prepare` and earlier analyses kept with the network
        (the next analysis builds what it needs again)."""
        lib.an_network_release_prepared(self._handle)

    def centrality(self, measure, weight=None, undirected=False, parallel="collapse",
                   self_loops=False, normalized=True, damping=0.85, seed=None, lens=None):
        """Compute one measure by name (see :data:`MEASURES`) for every node.

        One C call fills a buffer of node_count doubles, so the cost is the
        algorithm's, not the binding's.

        lens: None (the network as stored), 'auto', or a preset ('cooperation' ...): actors
        outside the lens get NaN (see :func:`actornet.lenses`).

        >>> net.centrality("harmonic").top(3)
        >>> net.centrality("betweenness", lens="cooperation").top(3)
        """
        options = _options(weight, undirected, parallel, self_loops, normalized, damping, seed,
                           lens, self._handle)
        buffer = _arrays.DoubleBuffer(self.node_count)
        lib.an_centrality_compute(buffer.pointer, self._handle, measure_code(measure),
                                  byref(options))
        values = buffer.result()
        if measure in _INTEGER_MEASURES:
            values = _as_integers(values)
        return self._scores(measure, values)

    def centralities(self, measures=MEASURES, weight=None, undirected=False,
                     parallel="collapse", self_loops=False, normalized=True, damping=0.85,
                     seed=None, lens=None):
        """Several measures in one C call (sharing the analysis graph), as
        ``{name: Scores}`` in the order asked.

        >>> table = net.centralities(["degree", "betweenness"])
        >>> table["betweenness"].top(1)
        """
        if isinstance(measures, str):
            measures = [measures]
        measures = list(measures)
        codes = (c_int * max(len(measures), 1))(*[measure_code(m) for m in measures])
        options = _options(weight, undirected, parallel, self_loops, normalized, damping, seed,
                           lens, self._handle)
        n = self.node_count
        buffer = _arrays.DoubleBuffer(n * len(measures))
        lib.an_centrality_compute_many(buffer.pointer, self._handle, codes,
                                       c_size_t(len(measures)), byref(options))
        flat = buffer.result()
        result = ScoreTable()
        for k, name in enumerate(measures):
            values = flat[k * n:(k + 1) * n]
            if _arrays.HAVE_NUMPY:
                values = values.copy()
            if name in _INTEGER_MEASURES:
                values = _as_integers(values)
            result[name] = self._scores(name, values)
        return result

    def attach_centrality(self, measure, column=None, weight=None, undirected=False,
                          parallel="collapse", self_loops=False, normalized=True, damping=0.85,
                          seed=None):
        """Compute a measure and store it as a double node column (named `column`, default
        the measure's name; NaN stored as missing) in one C call, e.g. before
        :meth:`save_graphml`.

        >>> net.attach_centrality("betweenness")
        >>> net.values("betweenness")[:3]
        """
        options = _options(weight, undirected, parallel, self_loops, normalized, damping, seed)
        lib.an_centrality_attach(self._handle, measure_code(measure),
                                 None if column is None else encode(column, "column"),
                                 byref(options))

    def degree(self, mode="all", normalized=True, undirected=False, parallel="collapse",
               self_loops=False):
        """Degree centrality, as nx.degree_centrality: deg(v) / (n - 1).

        mode: 'all' (in + out in a directed analysis), 'in' or 'out'.
        normalized=False gives the raw counts. Weights are never read (see strength()).

        >>> net.degree(mode="out", normalized=False)["iran"]
        """
        name = {"all": "degree", "in": "in_degree", "out": "out_degree"}.get(mode)
        if name is None:
            raise ValueError("mode must be 'all', 'in' or 'out', not %r" % (mode,))
        return self.centrality(name, None, undirected, parallel, self_loops, normalized)

    def in_degree(self, normalized=True, undirected=False, parallel="collapse",
                  self_loops=False):
        """In-degree centrality (nx.in_degree_centrality); raw counts with normalized=False."""
        return self.centrality("in_degree", None, undirected, parallel, self_loops, normalized)

    def out_degree(self, normalized=True, undirected=False, parallel="collapse",
                   self_loops=False):
        """Out-degree centrality (nx.out_degree_centrality); raw counts with normalized=False."""
        return self.centrality("out_degree", None, undirected, parallel, self_loops, normalized)

    def strength(self, weight=None, undirected=False, parallel="collapse", self_loops=False):
        """Weighted degree: the sum of the weights of each node's ties (G.degree(weight=...)).
        Unweighted, every tie (including each parallel one) counts 1.

        >>> net.strength(weight="weight").top(3)
        """
        return self.centrality("strength", weight, undirected, parallel, self_loops)

    def betweenness(self, weight=None, normalized=True, undirected=False, parallel="collapse",
                    self_loops=False):
        """Shortest-path betweenness (Freeman 1977; Brandes 2001), as
        nx.betweenness_centrality: normalised by (n-1)(n-2) (directed) or
        (n-1)(n-2)/2 (undirected); normalized=False gives igraph's raw value.
        Weights are read as distances.

        >>> net = actornet.load("data/proxy-network.graphml")
        >>> net.betweenness().top(5)
        """
        return self.centrality("betweenness", weight, undirected, parallel, self_loops,
                               normalized)

    def betweenness_approximate(self, epsilon=0.01, delta=0.1, seed=1, weight=None,
                                normalized=True, undirected=False, parallel="collapse",
                                self_loops=False, threads=0):
        """Approximate betweenness (Riondato & Kornaropoulos 2016) on the scale of
        :meth:`betweenness`: with probability >= 1 - delta every node's normalised value is
        within epsilon of the exact one. Returns (scores, info) where info is a dict with
        'samples', 'vertex_diameter_bound' and 'exact' (1 when computing exactly was cheaper).
        threads=0: ACTORNET_THREADS or every CPU; the result depends on the seed only.

        >>> scores, info = big.betweenness_approximate(epsilon=0.01, delta=0.1)
        """
        options = _options(weight, undirected, parallel, self_loops, normalized)
        info = _ffi.BetweennessApproximation()
        buffer = _arrays.DoubleBuffer(self.node_count)
        lib.an_betweenness_approximate_ex(buffer.pointer, byref(info), self._handle,
                                          c_double(epsilon), c_double(delta), int(seed),
                                          int(threads), byref(options))
        details = {"samples": info.samples, "vertex_diameter_bound": info.vertex_diameter_bound,
                   "exact": bool(info.exact), "epsilon": info.epsilon, "delta": info.delta}
        return self._scores("betweenness", buffer.result()), details

    def closeness(self, weight=None, normalized=True, undirected=False, parallel="collapse",
                  self_loops=False):
        """Closeness with the Wasserman-Faust correction, as nx.closeness_centrality
        (incoming distances in a directed analysis). normalized=False gives 1 / (sum of
        distances), NaN for unreachable nodes (igraph). Weights are distances."""
        return self.centrality("closeness", weight, undirected, parallel, self_loops,
                               normalized)

    def harmonic(self, weight=None, undirected=False, parallel="collapse", self_loops=False):
        """Harmonic centrality (nx.harmonic_centrality): the sum of 1/d(u, v) over u != v.
        Weights are distances."""
        return self.centrality("harmonic", weight, undirected, parallel, self_loops)

    def eigenvector(self, weight=None, normalized=True, undirected=False, parallel="collapse",
                    self_loops=False, seed=None):
        """Eigenvector centrality (nx.eigenvector_centrality), scaled to Euclidean norm 1;
        normalized=False scales to maximum 1 (igraph). NaN everywhere for a directed
        network without a directed cycle. Weights are strengths."""
        return self.centrality("eigenvector", weight, undirected, parallel, self_loops,
                               normalized, seed=seed)

    def pagerank(self, damping=0.85, weight=None, undirected=False, parallel="collapse",
                 self_loops=False, seed=None):
        """PageRank (nx.pagerank): values sum to 1; dangling nodes jump uniformly.
        Unweighted by default (NetworkX's default reads a 'weight' attribute: pass
        weight="weight" to match it on a weighted network).

        >>> net.pagerank(damping=0.85).top(3)
        """
        return self.centrality("pagerank", weight, undirected, parallel, self_loops,
                               damping=damping, seed=seed)

    def hits(self, weight=None, normalized=True, undirected=False, parallel="collapse",
             self_loops=False, seed=None):
        """HITS hubs and authorities (nx.hits) as a pair ``(hub, authority)`` of Scores,
        each summing to 1 (normalized=False: maximum 1). Weights are strengths."""
        both = self.centralities(["hub", "authority"], weight, undirected, parallel,
                                 self_loops, normalized, seed=seed)
        return both["hub"], both["authority"]

    def hub(self, weight=None, normalized=True, undirected=False, parallel="collapse",
            self_loops=False, seed=None):
        """HITS hub scores (see :meth:`hits`)."""
        return self.centrality("hub", weight, undirected, parallel, self_loops, normalized,
                               seed=seed)

    def authority(self, weight=None, normalized=True, undirected=False, parallel="collapse",
                  self_loops=False, seed=None):
        """HITS authority scores (see :meth:`hits`)."""
        return self.centrality("authority", weight, undirected, parallel, self_loops,
                               normalized, seed=seed)

    def coreness(self, undirected=False, parallel="collapse", self_loops=False):
        """k-core number of every node (nx.core_number), as integers."""
        return self.centrality("coreness", None, undirected, parallel, self_loops)

    def constraint(self, weight=None, undirected=False, parallel="collapse", self_loops=False):
        """Burt's constraint (nx.constraint): lower = more brokerage opportunity; NaN for a
        node without ties. Weights are strengths."""
        return self.centrality("constraint", weight, undirected, parallel, self_loops)

    def effective_size(self, weight=None, undirected=False, parallel="collapse",
                       self_loops=False):
        """Burt's effective size of each ego network (nx.effective_size); NaN without ties."""
        return self.centrality("effective_size", weight, undirected, parallel, self_loops)

    def centralization(self, measure="degree", normalized=True, weight=None, undirected=False,
                       parallel="collapse", self_loops=False):
        """Freeman's graph centralisation (in [0, 1]; 1 for a star) for 'degree',
        'in_degree', 'out_degree', 'betweenness' or 'closeness'; NaN below 3 nodes.
        normalized=False returns the unnormalised sum.

        >>> net.centralization("betweenness")
        """
        options = _options(weight, undirected, parallel, self_loops, normalized)
        out = c_double()
        lib.an_centralization(byref(out), self._handle, measure_code(measure), byref(options))
        return out.value


for _name in ("centrality", "centralities", "attach_centrality", "degree", "in_degree", "out_degree", "strength",
              "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "hits", "hub",
              "authority", "coreness", "constraint", "effective_size", "centralization"):
    _method = getattr(CentralityMethods, _name)
    if "Edge policy" not in (_method.__doc__ or "") and "undirected" in \
            _method.__code__.co_varnames:
        from ._policy import POLICY_DOC as _POLICY_DOC
        _method.__doc__ = (_method.__doc__ or "").rstrip() + "\n" + _POLICY_DOC
