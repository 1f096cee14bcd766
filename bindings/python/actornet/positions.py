"""Roles, positions and statistical tests (include/actornet/positions.h): what UCINET and
R's sna give beyond centrality and communities.

Structural equivalence (sna::sedist), hierarchical clustering into positions
(sna::equiv.clust, stats::hclust, cutree), CONCOR, blockmodels (sna::blockmodel),
Borgatti & Everett's core-periphery models, the dyad and triad census, QAP correlation
and regression (sna::qaptest, netlm, netlogit), CUG tests (sna::cug.test), k-plexes and
Moody & White's cohesive blocks. The numbers equal R's sna (see tests/positions).

>>> net = actornet.load("data/karate.graphml")
>>> net.positions(k=4).groups()
>>> net.core_periphery().core
>>> net.triad_census()["030T"]
>>> net.qap("kin_of", ["member_of", "same:type"], model="linear").table()
>>> net.cug_test("transitivity", given="edges").p_greater
>>> actornet.qap_correlation(y_matrix, x_matrix).p_greater   # any two numpy matrices

Every method that reads the network takes ``weight``, ``undirected`` and ``lens`` (a
preset name: "all", "cooperation", "conflict", "influence"; None: the network as
stored). Matrices come back as numpy arrays when numpy is importable (else lists of
lists); actors a lens does not see get NaN rows and membership -1.
"""
import ctypes
from ctypes import POINTER, byref, c_double, c_int, c_int64, c_void_p

from . import _arrays, _errors, _ffi
from ._ffi import decode, encode, lib
from ._policy import edge_policy
from .cohesion import Cliques
from .results import Partition

#: Structural equivalence measures, in the C library's order (an_equivalence_measure).
EQUIVALENCE_MEASURES = ("hamming", "correlation", "euclidean", "gamma")
#: Linkages of hierarchical clustering, by R's names (an_linkage).
LINKAGES = ("complete", "single", "average", "mcquitty", "median", "centroid", "ward.D", "ward.D2")
#: The 16 triad types (MAN notation) in sna's and igraph's order.
TRIAD_TYPES = ("003", "012", "102", "021D", "021U", "021C", "111D", "111U", "030T", "030C", "201",
               "120D", "120U", "120C", "210", "300")
#: QAP null hypotheses (sna's nullhyp names).
QAP_NULLS = ("qap", "qapy", "qapx", "qapallx", "classical")
#: CUG conditions: what the random graphs hold fixed.
CUG_CONDITIONS = ("edges", "size", "dyads")
_MATRIX_KINDS = {"ties": 0, "same": 1, "difference": 2, "sender": 3, "receiver": 4}


def _choice(value, options, what):
    try:
        return options.index(value)
    except ValueError:
        raise ValueError("%s must be one of %s, not %r" % (what, ", ".join(options), value)) from None


def _string_list(values, what):
    """(keep-alive, char ** or None) for a list of strings (None stays None)."""
    if values is None:
        return None, None
    if isinstance(values, (str, bytes)):
        values = [values]
    encoded = [encode(v, what) for v in values]
    if not encoded:
        raise ValueError("%s: the list is empty" % what)
    array = (ctypes.c_char_p * (len(encoded) + 1))(*encoded, None)
    return (array, encoded), ctypes.cast(array, _ffi.c_char_pp)


def _policy(weight=None, undirected=False, lens=None, self_loops=False):
    """(keep-alive, EdgePolicy) with an optional lens preset."""
    policy = edge_policy(weight, undirected, "collapse", self_loops, lens)
    return (getattr(policy, "_lens_keep", None), policy), policy


def _square(values, n, numpy_ok=True):
    """An n x n matrix from n*n doubles: numpy (a view of the buffer) or lists."""
    if _arrays.HAVE_NUMPY and numpy_ok:
        return _arrays.numpy.asarray(values, dtype=_arrays.numpy.float64).reshape(n, n)
    flat = _arrays.to_list(values)
    return [flat[i * n:(i + 1) * n] for i in range(n)]


def _matrix_in(matrix, what="matrix"):
    """(keep-alive, double *, n) for a square matrix (numpy array or list of lists)."""
    if _arrays.HAVE_NUMPY:
        array = _arrays.numpy.ascontiguousarray(matrix, dtype=_arrays.numpy.float64)
        if array.ndim != 2 or array.shape[0] != array.shape[1]:
            raise ValueError("%s must be square, got shape %s" % (what, array.shape))
        return array, array.ctypes.data_as(_ffi.c_double_p), array.shape[0]
    rows = [list(row) for row in matrix]
    n = len(rows)
    if any(len(row) != n for row in rows):
        raise ValueError("%s must be square" % what)
    storage = (c_double * max(n * n, 1))(*[float(x) for row in rows for x in row])
    return storage, ctypes.cast(storage, _ffi.c_double_p), n


def _matrices_in(matrices, what):
    """(keep-alive, double **, count, n) for several square matrices of one size."""
    converted = [_matrix_in(m, what) for m in matrices]
    if not converted:
        raise ValueError("%s: no matrix" % what)
    n = converted[0][2]
    if any(c[2] != n for c in converted):
        raise ValueError("%s: the matrices differ in size" % what)
    pointers = (_ffi.c_double_p * len(converted))(*[c[1] for c in converted])
    return (converted, pointers), pointers, len(converted), n


class Dendrogram:
    """A hierarchical clustering: ``merge`` (n - 1 pairs; a value below n is a leaf, n + t the
    cluster made by merge t — SciPy's convention, R's order), ``height``, ``order`` (R's leaf
    order), ``labels`` (the leaves' ids, or None), and :meth:`cut`."""

    def __init__(self, pointer, labels=None):
        d = pointer.contents
        n = d.node_count
        self.n = n
        self.linkage = LINKAGES[d.linkage]
        flat = _arrays.to_list(_arrays.copy_int64(d.merge, 2 * (n - 1)))
        self.merge = [(flat[2 * s], flat[2 * s + 1]) for s in range(n - 1)]
        self.height = _arrays.to_list(_arrays.copy_double(d.height, n - 1))
        self.order = _arrays.to_list(_arrays.copy_int64(d.order, n))
        self.labels = labels

    def _c(self):
        """A C copy of this tree (for the cut functions)."""
        d = _ffi.Dendrogram()
        d.node_count = self.n
        d.linkage = LINKAGES.index(self.linkage)
        merge = (c_int64 * max(2 * (self.n - 1), 1))(*[x for pair in self.merge for x in pair])
        height = (c_double * max(self.n - 1, 1))(*self.height)
        order = (c_int64 * self.n)(*self.order)
        d.merge = ctypes.cast(merge, _ffi.c_int64_p)
        d.height = ctypes.cast(height, _ffi.c_double_p)
        d.order = ctypes.cast(order, _ffi.c_int64_p)
        return (merge, height, order), d

    def cut(self, k=None, height=None):
        """Cluster labels (0-based, numbered by first leaf) after cutting into `k` clusters or at
        `height` (stats::cutree)."""
        if (k is None) == (height is None):
            raise ValueError("give exactly one of k and height")
        keep, d = self._c()
        out = _arrays.IntegerBuffer(self.n)
        if k is not None:
            lib.an_dendrogram_cut(out.pointer, byref(d), int(k))
        else:
            lib.an_dendrogram_cut_height(out.pointer, None, byref(d), float(height))
        del keep
        return _arrays.to_list(out.result())

    def __repr__(self):
        return "Dendrogram(%d leaves, %s linkage)" % (self.n, self.linkage)


def hierarchical_clustering(dissimilarity, linkage="complete", labels=None):
    """Cluster n objects from an n x n dissimilarity matrix exactly as R's hclust (merges,
    heights, order and ties as R). Returns a :class:`Dendrogram`.

    >>> tree = actornet.hierarchical_clustering(d, "average")
    >>> tree.cut(k=3)
    """
    code = _choice(linkage, LINKAGES, "linkage")
    keep, pointer, n = _matrix_in(dissimilarity, "dissimilarity")
    result = POINTER(_ffi.Dendrogram)()
    lib.an_hierarchical_clustering(byref(result), pointer, n, code)
    try:
        return Dendrogram(result, labels)
    finally:
        lib.an_dendrogram_free(result)


class Positions(Partition):
    """Positions of the actors: a :class:`Partition` (``membership``, ``count``, ``sizes``,
    ``groups()``) with ``distance`` (the structural equivalence matrix; None for CONCOR),
    ``dendrogram`` (None for CONCOR) and ``cut_height``."""

    def __init__(self, name, membership, ids, count, sizes, distance, dendrogram, cut_height):
        super().__init__(name, membership, ids, count, sizes)
        self.distance = distance
        self.dendrogram = dendrogram
        self.cut_height = cut_height


class Blockmodel:
    """The image of a partition: per relation, ``density`` (k x k: mean tie value from row
    position to column position; NaN for an empty block), ``image`` (1 where the density is at
    least the relation's ``overall_density``) and ``r_squared``; ``sizes`` per position."""

    def __init__(self, pointer, relations):
        b = pointer.contents
        k, count = b.positions, b.relations
        self.positions = k
        self.relations = relations
        self.sizes = _arrays.to_list(_arrays.copy_int64(b.sizes, k))
        density = _arrays.to_list(_arrays.copy_double(b.density, count * k * k))
        image = [b.image[i] for i in range(count * k * k)]
        self.density = [[density[(r * k + i) * k:(r * k + i + 1) * k] for i in range(k)] for r in range(count)]
        self.image = [[image[(r * k + i) * k:(r * k + i + 1) * k] for i in range(k)] for r in range(count)]
        self.overall_density = _arrays.to_list(_arrays.copy_double(b.overall_density, count))
        self.r_squared = _arrays.to_list(_arrays.copy_double(b.r_squared, count))

    def __repr__(self):
        return "Blockmodel(%d positions, %d relation(s), R^2 %s)" % (
            self.positions, len(self.density), ", ".join("%.3f" % r for r in self.r_squared))


class CorePeriphery:
    """A core-periphery fit: ``model``, ``fit`` (correlation with the ideal pattern),
    ``core`` (ids), ``is_core`` (a Scores of 1/0, NaN outside a lens), ``coreness`` (a Scores),
    ``density`` ({"core_core", "core_periphery", "periphery_core", "periphery_periphery"}),
    ``iterations``, ``converged``."""

    def __init__(self, result, network):
        r = result.contents
        n = r.node_count
        ids = network._frozen_ids()
        self.model = "discrete" if r.model == 0 else "continuous"
        self.fit = r.fit
        flags = [r.core[v] for v in range(n)]
        self.core = [ids[v] for v in range(n) if flags[v] == 1]
        self.is_core = network._scores("core", [float("nan") if f < 0 else float(f) for f in flags])
        self.coreness = network._scores("coreness", _arrays.copy_double(r.coreness, n))
        names = ("core_core", "core_periphery", "periphery_core", "periphery_periphery")
        self.density = {name: r.density[i] for i, name in enumerate(names)}
        self.iterations = r.iterations
        self.converged = bool(r.converged)

    def __repr__(self):
        return "CorePeriphery(%s, fit %.4f, core of %d)" % (self.model, self.fit, len(self.core))


class CohesiveBlock:
    """One cohesive block: ``cohesion`` (its vertex connectivity), ``parent`` (index of the
    enclosing block, or None) and ``actors`` (ids)."""

    __slots__ = ("cohesion", "parent", "actors")

    def __init__(self, cohesion, parent, actors):
        self.cohesion, self.parent, self.actors = cohesion, parent, actors

    def __repr__(self):
        return "CohesiveBlock(cohesion=%d, parent=%r, %d actors)" % (self.cohesion, self.parent, len(self.actors))


class CugTest:
    """A CUG test: ``observed``, ``p_greater`` (Pr(X >= observed)), ``p_less``, ``mean``, ``sd``,
    ``values`` (the random graphs' statistics), ``undefined`` (NaN replicates), ``condition``,
    ``directed``, ``nodes``, ``ties``."""

    def __init__(self, result):
        r = result.contents
        self.condition = CUG_CONDITIONS[r.condition]
        self.directed = bool(r.directed)
        self.nodes, self.ties = r.nodes, r.ties
        self.observed = r.observed
        self.replicates, self.undefined = r.replicates, r.undefined
        self.p_greater, self.p_less = r.p_greater, r.p_less
        self.mean, self.sd = r.mean, r.sd
        self.values = _arrays.copy_double(r.values, r.replicates)

    def __repr__(self):
        return "CugTest(observed %.6g, Pr(X>=obs) %.4f, Pr(X<=obs) %.4f, %d replicates, given %s)" % (
            self.observed, self.p_greater, self.p_less, self.replicates, self.condition)


class QapCorrelation:
    """A QAP correlation test: ``correlation``, ``observations``, ``permutations``,
    ``p_greater``, ``p_less``, ``p_two_sided``, ``distribution``."""

    def __init__(self, result):
        r = result.contents
        self.correlation = r.correlation
        self.observations, self.permutations = r.observations, r.permutations
        self.p_greater, self.p_less, self.p_two_sided = r.p_greater, r.p_less, r.p_two_sided
        self.distribution = _arrays.copy_double(r.distribution, r.permutations)

    def __repr__(self):
        return "QapCorrelation(r %.4f, Pr(>=) %.4f, Pr(<=) %.4f, %d permutations)" % (
            self.correlation, self.p_greater, self.p_less, self.permutations)


class QapRegression:
    """A QAP regression (sna::netlm / netlogit): per term ``terms`` (names), ``coefficients``,
    ``std_errors``, ``statistics``, ``p_less``, ``p_greater``, ``p_two_sided``; the null
    ``distribution`` (permutations x terms, or None); ``model``, ``null_hypothesis``; linear:
    ``r_squared``, ``adjusted_r_squared``, ``residual_standard_error``, ``f_statistic``,
    ``df_residual``; logistic: ``deviance``, ``null_deviance``, ``aic``, ``bic``, ``converged``."""

    def __init__(self, result, names):
        r = result.contents
        p = r.terms
        self.model = "logistic" if r.model == 1 else "linear"
        self.null_hypothesis = QAP_NULLS[r.null_hypothesis]
        self.statistic = "beta" if r.statistic == 1 else ("z" if r.model == 1 else "t")
        self.terms = (["(intercept)"] if r.intercept else []) + list(names)
        self.observations, self.rank, self.permutations = r.observations, r.rank, r.permutations
        for field in ("coefficients", "std_errors", "statistics", "p_less", "p_greater", "p_two_sided"):
            setattr(self, field, _arrays.to_list(_arrays.copy_double(getattr(r, field), p)))
        self.distribution = None
        if r.permutations:
            flat = _arrays.copy_double(r.distribution, r.permutations * p)
            if _arrays.HAVE_NUMPY:
                self.distribution = flat.reshape(r.permutations, p)
            else:
                self.distribution = [flat[i * p:(i + 1) * p] for i in range(r.permutations)]
        for field in ("r_squared", "adjusted_r_squared", "residual_standard_error", "f_statistic",
                      "df_residual", "deviance", "null_deviance", "aic", "bic", "iterations"):
            setattr(self, field, getattr(r, field))
        self.converged = bool(r.converged)

    def table(self):
        """One dict per term: term, estimate, std_error, statistic, p_less, p_greater, p_two_sided."""
        return [{"term": t, "estimate": self.coefficients[i], "std_error": self.std_errors[i],
                 "statistic": self.statistics[i], "p_less": self.p_less[i], "p_greater": self.p_greater[i],
                 "p_two_sided": self.p_two_sided[i]} for i, t in enumerate(self.terms)]

    def __repr__(self):
        return "QapRegression(%s, %s, %d terms, %d observations)" % (
            self.model, self.null_hypothesis, len(self.terms), self.observations)


def _qap_options(permutations, seed, null, statistic, undirected, diag, intercept):
    options = _ffi.QapOptions()
    options.version = _ffi.QapOptions.VERSION
    options.permutations = int(permutations)
    options.seed = _ffi.QapOptions.DEFAULT_SEED if seed is None else int(seed)
    code = c_int()
    lib.an_qap_null_from_name(byref(code), encode(null, "null"))
    options.null_hypothesis = code.value
    options.statistic = 1 if statistic == "beta" else 0
    if statistic not in ("t", "z", "beta"):
        raise ValueError("statistic must be 't' (or 'z') or 'beta', not %r" % (statistic,))
    options.directed = 0 if undirected else 1
    options.diag = 1 if diag else 0
    options.intercept = 1 if intercept else 0
    options.tolerance = 1e-7
    return options


def qap_correlation(y, x, permutations=1000, seed=None, undirected=False, diag=False):
    """QAP correlation of two square matrices on the same actors (sna's qaptest with gcor):
    the correlation over the pairs (ordered; unordered with undirected=True; self-pairs with
    diag=True) and its permutation distribution. Rows and columns entirely NaN leave an actor
    out. Returns a :class:`QapCorrelation`."""
    keep_y, py, n = _matrix_in(y, "y")
    keep_x, px, nx_ = _matrix_in(x, "x")
    if n != nx_:
        raise ValueError("y and x differ in size (%d and %d)" % (n, nx_))
    options = _qap_options(permutations, seed, "qap", "t", undirected, diag, True)
    result = POINTER(_ffi.QapCorrelationResult)()
    lib.an_qap_correlation(byref(result), py, px, n, byref(options))
    try:
        return QapCorrelation(result)
    finally:
        lib.an_qap_correlation_free(result)


def _qap_regression(function, y, xs, names, permutations, seed, null, statistic, undirected, diag, intercept):
    if not isinstance(xs, (list, tuple)):
        xs = [xs]
    keep_y, py, n = _matrix_in(y, "y")
    keep_x, pointers, count, nx_ = _matrices_in(xs, "x")
    if n != nx_:
        raise ValueError("y and x differ in size (%d and %d)" % (n, nx_))
    _choice(null, QAP_NULLS + ("qapspp",), "null")
    options = _qap_options(permutations, seed, null, statistic, undirected, diag, intercept)
    result = POINTER(_ffi.QapRegressionResult)()
    function(byref(result), py, pointers, count, n, byref(options))
    try:
        return QapRegression(result, names or ["x%d" % (i + 1) for i in range(count)])
    finally:
        lib.an_qap_regression_free(result)


def qap_linear(y, xs, names=None, permutations=1000, seed=None, null="qap", statistic="t",
               undirected=False, diag=False, intercept=True):
    """QAP linear regression of matrix `y` on the matrices `xs` (sna::netlm): coefficients,
    t-values and their permutation p-values under `null` ("qap" semi-partialling, "qapy",
    "qapx", "qapallx", "classical"). Returns a :class:`QapRegression`."""
    return _qap_regression(lib.an_qap_linear, y, xs, names, permutations, seed, null, statistic,
                           undirected, diag, intercept)


def qap_logistic(y, xs, names=None, permutations=1000, seed=None, null="qap", statistic="z",
                 undirected=False, diag=False, intercept=True):
    """QAP logistic regression of the ties of `y` (non-zero = tie) on `xs` (sna::netlogit).
    Returns a :class:`QapRegression` with deviance, AIC and BIC."""
    return _qap_regression(lib.an_qap_logistic, y, xs, names, permutations, seed, null, statistic,
                           undirected, diag, intercept)


def structural_equivalence_matrices(matrices, measure="hamming", diag=False):
    """sna::sedist of one or several (joint.analysis) square matrices of the same actors."""
    if not isinstance(matrices, (list, tuple)) or (matrices and not hasattr(matrices[0], "__len__")):
        matrices = [matrices]
    if _arrays.HAVE_NUMPY and isinstance(matrices, (list, tuple)) and len(matrices) and \
            _arrays.numpy.ndim(matrices[0]) == 1:
        matrices = [matrices]
    keep, pointers, count, n = _matrices_in(matrices, "matrices")
    out = _arrays.DoubleBuffer(n * n)
    lib.an_structural_equivalence_matrices(out.pointer, pointers, count, n,
                                           _choice(measure, EQUIVALENCE_MEASURES, "measure"), 1 if diag else 0)
    return _square(out.result(), n)


class _CugCallback:
    """A Python statistic called from C with a borrowed network; remembers its exception."""

    def __init__(self, function, network_class):
        self.function = function
        self.network_class = network_class  # Network, passed in: this module does not import network.py
        self.error = None
        self.c_function = _ffi.CUG_STATISTIC(self)

    def __call__(self, out, graph, data):
        network = self.network_class._adopt(c_void_p(graph))
        try:
            value = float(self.function(network))
            out[0] = value
            return 0
        except BaseException as error:  # noqa: B902 - re-raised after the C call returns
            self.error = error
            return _errors.AN_ERROR
        finally:
            network._pointer = None  # borrowed: never freed here


class PositionMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def _ids_list(self):
        return list(self._frozen_ids())

    # ---- matrices -------------------------------------------------------------------

    def matrix(self, kind="ties", relations=None, attribute=None, reference=None, weight=None,
               undirected=False, self_loops=False, lens=None, relation_column=None):
        """The network as an n x n matrix (an_network_matrix): kind "ties" (a_ij = 1 for a tie
        i -> j, or the summed `weight`; only ties of `relations` when given), "same" (1 when i
        and j share `attribute`), "difference" (|x_i - x_j|), "sender" (x_i), "receiver" (x_j).
        With `reference` (another Network), rows and columns follow its actors, matched by id.

        >>> kin = net.matrix(relations=["kin_of"])
        """
        spec = _ffi.MatrixSpec()
        spec.version = _ffi.MatrixSpec.VERSION
        spec.kind = _MATRIX_KINDS[kind] if kind in _MATRIX_KINDS else _choice(kind, tuple(_MATRIX_KINDS), "kind")
        keep_relations, spec.relations = _string_list(relations, "relations")
        spec.relation_column = None if relation_column is None else encode(relation_column, "relation_column")
        spec.attribute = None if attribute is None else encode(attribute, "attribute")
        keep_policy, spec.policy = _policy(weight, undirected, lens, self_loops)
        size = (reference if reference is not None else self).node_count
        out = _arrays.DoubleBuffer(size * size)
        lib.an_network_matrix(out.pointer, self._handle, None if reference is None else reference._handle,
                              byref(spec))
        return _square(out.result(), size)

    # ---- structural equivalence and positions ---------------------------------------

    def _equivalence_options(self, measure, diag, relations, weight, undirected, lens, relation_column):
        options = _ffi.EquivalenceOptions()
        options.version = _ffi.EquivalenceOptions.VERSION
        options.measure = _choice(measure, EQUIVALENCE_MEASURES, "measure")
        options.diag = 1 if diag else 0
        keep_relations, options.relations = _string_list(relations, "relations")
        options.relation_column = None if relation_column is None else encode(relation_column, "relation_column")
        keep_policy, options.policy = _policy(weight, undirected, lens, diag)
        return (keep_relations, keep_policy), options

    def structural_equivalence(self, measure="hamming", diag=False, relations=None, weight=None,
                               undirected=False, lens=None, relation_column=None):
        """The n x n structural equivalence matrix (sna::sedist): hamming and euclidean are
        distances, correlation and gamma similarities, over each actor's row and column of
        every relation in `relations` jointly (default: all ties)."""
        keep, options = self._equivalence_options(measure, diag, relations, weight, undirected, lens,
                                                  relation_column)
        n = self.node_count
        out = _arrays.DoubleBuffer(n * n)
        lib.an_network_structural_equivalence(out.pointer, self._handle, byref(options))
        return _square(out.result(), n)

    def _positions_result(self, result, name):
        p = result.contents
        n = p.node_count
        membership = _arrays.copy_int64(p.membership, n)
        ids = self._frozen_ids()
        distance = _square(_arrays.copy_double(p.distance, n * n), n) if p.distance else None
        dendrogram = None
        if p.dendrogram:
            seen = [ids[v] for v in range(n) if _arrays.to_list(membership)[v] >= 0]
            dendrogram = Dendrogram(p.dendrogram, seen)
        return Positions(name, membership, ids, p.count, _arrays.to_list(_arrays.copy_int64(p.sizes, p.count)),
                         distance, dendrogram, p.cut_height)

    def positions(self, method="equivalence", k=None, height=None, measure="hamming", linkage="complete",
                  depth=2, relations=None, diag=False, weight=None, undirected=False, lens=None,
                  relation_column=None):
        """Positions of the actors: method "equivalence" (sna::equiv.clust: structural
        equivalence, hierarchical clustering, cut into `k` positions, at `height`, or by default
        at the widest gap between merge heights) or "concor" (CONCOR, `depth` splits). Returns
        :class:`Positions`.

        >>> net.positions(k=4, measure="euclidean", linkage="average").groups()
        """
        result = POINTER(_ffi.PositionsResult)()
        keep, eq = self._equivalence_options(measure, diag, relations, weight, undirected, lens, relation_column)
        if method == "equivalence":
            options = _ffi.PositionsOptions()
            options.version = _ffi.PositionsOptions.VERSION
            options.equivalence = eq
            options.linkage = _choice(linkage, LINKAGES, "linkage")
            options.positions = 0 if k is None else int(k)
            options.height = -1.0 if height is None else float(height)
            lib.an_network_positions(byref(result), self._handle, byref(options))
        elif method == "concor":
            options = _ffi.ConcorOptions()
            options.version = _ffi.ConcorOptions.VERSION
            options.depth = int(depth)
            options.max_iterations = 50
            options.cutoff = 0.9999
            options.relations = eq.relations
            options.relation_column = eq.relation_column
            options.policy = eq.policy
            lib.an_network_concor(byref(result), self._handle, byref(options))
        else:
            raise ValueError("method must be 'equivalence' or 'concor', not %r" % (method,))
        try:
            return self._positions_result(result, method)
        finally:
            lib.an_positions_free(result)

    def blockmodel(self, membership, relations=None, diag=False, weight=None, undirected=False, lens=None,
                   relation_column=None):
        """The blockmodel of a partition (sna::blockmodel, "density"): `membership` is a
        :class:`Partition` (e.g. :meth:`positions`) or a position per node (-1: left out).
        Returns a :class:`Blockmodel` with one image per relation."""
        if isinstance(membership, Partition):
            membership = membership.membership
        keep_m, groups = _arrays.integers_in(membership, self.node_count)
        keep_r, names = _string_list(relations, "relations")
        keep_p, policy = _policy(weight, undirected, lens, diag)
        result = POINTER(_ffi.BlockmodelResult)()
        lib.an_network_blockmodel(byref(result), self._handle, groups, names,
                                  None if relation_column is None else encode(relation_column, "relation_column"),
                                  1 if diag else 0, byref(policy))
        try:
            return Blockmodel(result, list(relations) if relations is not None else None)
        finally:
            lib.an_blockmodel_free(result)

    # ---- core-periphery ---------------------------------------------------------------

    def core_periphery(self, model="discrete", between=None, restarts=20, seed=None, max_iterations=1000,
                       tolerance=1e-10, weight=None, undirected=False, lens=None):
        """Borgatti & Everett's core-periphery model (UCINET's): "discrete" (the core whose
        ideal pattern correlates best with the ties; core-periphery cells left out, or expected
        at density `between`) or "continuous" (coreness scores by least squares). Returns a
        :class:`CorePeriphery`."""
        options = _ffi.CorePeripheryOptions()
        options.version = _ffi.CorePeripheryOptions.VERSION
        options.model = _choice(model, ("discrete", "continuous"), "model")
        options.between_density = -1.0 if between is None else float(between)
        options.restarts = int(restarts)
        options.seed = 20260521 if seed is None else int(seed)
        options.max_iterations = int(max_iterations)
        options.tolerance = float(tolerance)
        keep, options.policy = _policy(weight, undirected, lens)
        result = POINTER(_ffi.CorePeripheryResult)()
        lib.an_network_core_periphery(byref(result), self._handle, byref(options))
        try:
            return CorePeriphery(result, self)
        finally:
            lib.an_core_periphery_free(result)

    # ---- census -------------------------------------------------------------------------

    def dyad_census(self, undirected=False, lens=None):
        """{"mutual", "asymmetric", "null"}: pairs of actors tied both ways, one way, not at all
        (sna::dyad.census)."""
        keep, policy = _policy(None, undirected, lens)
        out = (c_int64 * 3)()
        lib.an_network_dyad_census(out, self._handle, byref(policy))
        return {"mutual": out[0], "asymmetric": out[1], "null": out[2]}

    def triad_census(self, undirected=False, lens=None):
        """{"003": n, ..., "300": n}: triples of actors by their MAN type (sna::triad.census,
        igraph, nx.triadic_census), in the standard order."""
        keep, policy = _policy(None, undirected, lens)
        out = (c_int64 * 16)()
        lib.an_network_triad_census(out, self._handle, byref(policy))
        return {name: out[i] for i, name in enumerate(TRIAD_TYPES)}

    # ---- tests --------------------------------------------------------------------------

    def cug_test(self, statistic, given="edges", replicates=1000, seed=None, undirected=False, lens=None):
        """A conditional uniform graph test (sna::cug.test): `statistic` is a measure name
        (see ``actornet.cug_measures()``) or a function of a :class:`Network` returning a
        number; the random graphs keep the size and the number of ties ("edges"), only the
        size ("size") or the dyad census ("dyads"). Returns a :class:`CugTest`.

        >>> net.cug_test("transitivity").p_greater
        >>> net.cug_test(lambda g: g.density(), given="size")
        """
        options = _ffi.CugOptions()
        options.version = _ffi.CugOptions.VERSION
        options.condition = _choice({"dyad.census": "dyads"}.get(given, given), CUG_CONDITIONS, "given")
        options.replicates = int(replicates)
        options.seed = 20260521 if seed is None else int(seed)
        keep, options.policy = _policy(None, undirected, lens)
        result = POINTER(_ffi.CugResult)()
        if isinstance(statistic, str):
            lib.an_cug_test_measure(byref(result), self._handle, encode(statistic, "statistic"), byref(options))
        elif callable(statistic):
            callback = _CugCallback(statistic, type(self))
            try:
                lib.an_cug_test(byref(result), self._handle, callback.c_function, None, byref(options))
            except _errors.Error:
                if callback.error is not None:
                    raise callback.error from None
                raise
        else:
            raise TypeError("statistic must be a measure name or a function of a Network")
        try:
            return CugTest(result)
        finally:
            lib.an_cug_result_free(result)

    def _qap_matrix(self, spec, weight, undirected, lens, diag, relation_column):
        if not isinstance(spec, str):
            return spec, "matrix"
        for prefix in ("same", "difference", "sender", "receiver"):
            if spec.startswith(prefix + ":"):
                return self.matrix(prefix, attribute=spec[len(prefix) + 1:], lens=lens, undirected=undirected,
                                   self_loops=diag), spec
        relations = None if spec in ("ties", "all") else spec.replace("relation:", "", 1).split("+")
        return self.matrix("ties", relations=relations, weight=weight, undirected=undirected, lens=lens,
                           self_loops=diag, relation_column=relation_column), spec

    def qap(self, y, x, model=None, null="qap", statistic="t", permutations=1000, seed=None, undirected=False,
            diag=False, intercept=True, weight=None, lens=None, relation_column=None):
        """QAP between relations of this network: `y` and each of `x` is a relation name
        ("kin_of", or "a+b" for several, "ties" for all), "same:ATTR", "difference:ATTR",
        "sender:ATTR", "receiver:ATTR", or a matrix. `model` "correlation" (default with one
        x), "linear" (default with several; netlm) or "logistic" (netlogit). Returns a
        :class:`QapCorrelation` or :class:`QapRegression`.

        >>> net.qap("kin_of", "member_of").p_greater
        >>> net.qap("commands", ["funds", "same:type"], model="logistic").table()
        """
        xs = [x] if isinstance(x, str) or not isinstance(x, (list, tuple)) else list(x)
        y_matrix, _ = self._qap_matrix(y, weight, undirected, lens, diag, relation_column)
        built = [self._qap_matrix(spec, weight, undirected, lens, diag, relation_column) for spec in xs]
        names = [name if name != "matrix" else "x%d" % (i + 1) for i, (_, name) in enumerate(built)]
        matrices = [m for m, _ in built]
        model = model or ("correlation" if len(xs) == 1 else "linear")
        if model == "correlation":
            if len(xs) != 1:
                raise ValueError("a QAP correlation compares y with exactly one x")
            return qap_correlation(y_matrix, matrices[0], permutations, seed, undirected, diag)
        if model == "linear":
            return qap_linear(y_matrix, matrices, names, permutations, seed, null, statistic, undirected, diag,
                              intercept)
        if model == "logistic":
            return qap_logistic(y_matrix, matrices, names, permutations, seed, null,
                                "beta" if statistic == "beta" else "z", undirected, diag, intercept)
        raise ValueError("model must be 'correlation', 'linear' or 'logistic', not %r" % (model,))

    # ---- subgroups ----------------------------------------------------------------------

    def kplexes(self, k=2, min_size=None, max_plexes=10000, lens=None):
        """Maximal k-plexes (every member tied to all but at most k - 1 others) of at least
        `min_size` actors (default max(k + 2, 2k - 1)), largest first: a :class:`Cliques` list
        whose ``truncated`` says whether the search stopped at `max_plexes`."""
        options = _ffi.KplexOptions()
        options.version = _ffi.KplexOptions.VERSION
        options.k = int(k)
        options.min_size = 0 if min_size is None else int(min_size)
        options.max_plexes = int(max_plexes)
        keep, options.policy = _policy(None, True, lens)
        result = POINTER(_ffi.Cliques)()
        lib.an_network_kplexes(byref(result), self._handle, byref(options))
        try:
            c = result.contents
            offsets = _arrays.to_list(_arrays.copy_int64(c.offsets, c.count + 1))
            nodes = _arrays.to_list(_arrays.copy_int64(c.nodes, offsets[-1] if offsets else 0))
            ids = self._frozen_ids()
            return Cliques([[ids[i] for i in nodes[offsets[j]:offsets[j + 1]]] for j in range(c.count)],
                           bool(c.truncated), c.largest)
        finally:
            lib.an_cliques_free(result)

    def cohesive_blocks(self, lens=None):
        """Moody & White's cohesive blocks (igraph's cohesive_blocks): a list of
        :class:`CohesiveBlock` (block 0 is the whole network; a parent before its children)."""
        keep, policy = _policy(None, True, lens)
        result = POINTER(_ffi.CohesiveBlocksResult)()
        lib.an_network_cohesive_blocks(byref(result), self._handle, byref(policy))
        try:
            b = result.contents
            offsets = _arrays.to_list(_arrays.copy_int64(b.offsets, b.count + 1))
            nodes = _arrays.to_list(_arrays.copy_int64(b.nodes, offsets[-1] if offsets else 0))
            ids = self._frozen_ids()
            return [CohesiveBlock(b.cohesion[i], None if b.parent[i] < 0 else b.parent[i],
                                  [ids[v] for v in nodes[offsets[i]:offsets[i + 1]]]) for i in range(b.count)]
        finally:
            lib.an_cohesive_blocks_free(result)


def cug_measures():
    """The measure names :meth:`Network.cug_test` knows."""
    names = lib.an_cug_measure_names()
    out, i = [], 0
    while names[i]:
        out.append(decode(names[i]))
        i += 1
    return out

