"""Evidence robustness (include/actornet/robustness.h): which conclusions survive doubtful or
missing evidence.

Two seeded checks: rerun on *stated* ties only (the confidence column), and B
replicates in which every tie is dropped with probability p.

>>> net = actornet.load("data/proxy-network.graphml")
>>> r = net.ranking_robustness("betweenness", replicates=200, seed=1)
>>> for row in r.table()[:5]:     # best-ranked first: id, score, rank, stated_rank, ...
...     print(row["id"], row["rank"], row["stated_rank"], row["rank_low"], row["rank_high"])
>>> p = net.partition_robustness(method="leiden", seed=1)
>>> p.stated_nmi, p.mean_nmi, p.nmi_interval
"""
from ctypes import POINTER, byref, c_char_p

from . import _arrays, _ffi
from ._ffi import encode, lib
from ._table import Column, Table, TabularResult
from .centrality import _options as _centrality_options, measure_code
from .communities import community_options, partition_from_c


def _robustness_options(replicates, dropout, level, top_k, seed, confidence_column, trusted):
    options = _ffi.RobustnessOptions()
    options.version = _ffi.RobustnessOptions.VERSION
    options.replicates = int(replicates)
    options.dropout = float(dropout)
    options.level = float(level)
    options.top_k = int(top_k)
    options.seed = int(seed)
    options.confidence_column = encode(confidence_column, "confidence_column")
    keep = None
    if trusted is not None:
        if isinstance(trusted, str):
            trusted = [trusted]
        items = [encode(t, "trusted level") for t in trusted]
        keep = (c_char_p * (len(items) + 1))(*items, None)
        options.trusted = keep
    options.centrality = _centrality_options(None, False, "collapse", False)
    options.communities = community_options()
    return options, keep


class RankingRobustness(TabularResult):
    """How stable a centrality ranking is under evidence doubts.

    Per-node :class:`actornet.Scores`: ``score`` and ``rank`` (full data; rank 1 = top,
    ties share the mean rank), ``stated_score`` and ``stated_rank`` (stated ties only; NaN
    when the network has no confidence column), ``mean_rank``, ``rank_low`` and
    ``rank_high`` (the `level` interval over the replicates) and ``top_k_share`` (share of
    replicates in the top k). Also ``measure``, ``replicates``, ``has_stated``,
    ``stated_edges``.
    """

    def __init__(self, measure, replicates, has_stated, stated_edges, columns):
        self.measure = measure
        self.replicates = replicates
        self.has_stated = has_stated
        self.stated_edges = stated_edges
        for name, scores in columns.items():
            setattr(self, name, scores)
        self._columns = list(columns)

    def table(self):
        """One dict per node, ordered by full-data rank (best first): id and every column."""
        rows = []
        for position in self.score.order():
            row = {"id": self.score.ids[position]}
            for name in self._columns:
                row[name] = _arrays.to_list(getattr(self, name).values[position:position + 1])[0]
            rows.append(row)
        return rows

    def _table(self):
        """Per node (in node order): score, rank, stated_score, stated_rank, mean_rank,
        rank_low, rank_high, top_k_share; a notebook shows them by rank."""
        return Table("%s ranking robustness" % self.measure,
                     [Column(name, "float", getattr(self, name).values)
                      for name in self._columns],
                     index=self.score.ids, index_name="id", sort="score",
                     meta={"measure": self.measure, "replicates": self.replicates,
                           "has_stated": self.has_stated, "stated_edges": self.stated_edges})

    def __repr__(self):
        return "RankingRobustness(%r, %d nodes, %d replicates)" % (
            self.measure, len(self.score), self.replicates)


class PartitionRobustness(TabularResult):
    """How stable a community partition is: ``full`` and ``stated`` (a Partition, or None
    without a confidence column), ``stated_nmi``, ``mean_nmi``, ``nmi_interval`` (low, high)
    over the replicates, and ``stability`` (Scores: per node, the share of replicates in
    which its community kept a Jaccard overlap >= 1/2 with its full-data one)."""

    def __init__(self, replicates, full, stated, has_stated, stated_nmi, mean_nmi,
                 nmi_interval, stability):
        self.replicates = replicates
        self.full = full
        self.stated = stated
        self.has_stated = has_stated
        self.stated_nmi = stated_nmi
        self.mean_nmi = mean_nmi
        self.nmi_interval = nmi_interval
        self.stability = stability

    def _table(self):
        """Per node: its full-data community, its stated-only one (NA without a confidence
        column) and its stability; the NMI figures in ``attrs``."""
        def groups(partition):
            if partition is None:
                return [None] * len(self.full.ids)
            return [None if g < 0 else g for g in _arrays.to_list(partition.membership)]
        return Table("community robustness",
                     [Column("community", "int", groups(self.full)),
                      Column("stated_community", "int", groups(self.stated)),
                      Column("stability", "float", self.stability.values)],
                     index=self.full.ids, index_name="id", sort="stability",
                     meta={"replicates": self.replicates, "stated_nmi": self.stated_nmi,
                           "mean_nmi": self.mean_nmi, "nmi_low": self.nmi_interval[0],
                           "nmi_high": self.nmi_interval[1]})

    def __repr__(self):
        return "PartitionRobustness(%d replicates, stated NMI %.3f, mean NMI %.3f)" % (
            self.replicates, self.stated_nmi, self.mean_nmi)


class RobustnessMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def ranking_robustness(self, measure="betweenness", replicates=200, dropout=0.2, level=0.9,
                           top_k=10, seed=1, confidence_column="confidence", trusted=("stated",),
                           weight=None, undirected=False, parallel="collapse",
                           self_loops=False, normalized=True, damping=0.85):
        """Rerun a centrality ranking on stated ties only and on `replicates` tie-dropout
        replicates (each tie dropped with probability `dropout`); returns a
        :class:`RankingRobustness`. `trusted` lists the confidence levels kept by the
        stated-only check. The remaining keywords are the measure's (see centrality()).

        >>> r = net.ranking_robustness("betweenness", replicates=100, seed=7)
        >>> r.table()[0]
        """
        options, keep = _robustness_options(replicates, dropout, level, top_k, seed,
                                            confidence_column, trusted)
        options.centrality = _centrality_options(weight, undirected, parallel, self_loops,
                                                 normalized, damping)
        result = POINTER(_ffi.RankRobustness)()
        lib.an_robustness_ranking(byref(result), self._handle, measure_code(measure),
                                  byref(options))
        del keep
        try:
            c = result.contents
            n = c.node_count
            columns = {}
            for name in ("score", "rank", "stated_score", "stated_rank", "mean_rank",
                         "rank_low", "rank_high", "top_k_share"):
                columns[name] = self._scores(name, _arrays.copy_double(getattr(c, name), n))
            return RankingRobustness(measure, c.replicates, bool(c.has_stated), c.stated_edges,
                                     columns)
        finally:
            lib.an_rank_robustness_free(result)

    def partition_robustness(self, method="leiden", replicates=200, dropout=0.2, level=0.9,
                             seed=1, confidence_column="confidence", trusted=("stated",),
                             community_seed=None, resolution=1.0, objective="modularity",
                             weight=None, undirected=False, parallel="collapse",
                             self_loops=False, **method_options):
        """Rerun community detection on stated ties only and on tie-dropout replicates;
        returns a :class:`PartitionRobustness`. `seed` drives the dropout; `community_seed`
        the method (see communities() for the method's keywords).

        >>> p = net.partition_robustness(replicates=100, seed=3)
        >>> p.mean_nmi, p.stability.top(3)
        """
        options, keep = _robustness_options(replicates, dropout, level, 10, seed,
                                            confidence_column, trusted)
        options.communities = community_options(method, community_seed, resolution, objective,
                                                weight=weight, undirected=undirected,
                                                parallel=parallel, self_loops=self_loops,
                                                **method_options)
        result = POINTER(_ffi.PartitionRobustness)()
        lib.an_robustness_partition(byref(result), self._handle, byref(options))
        del keep
        try:
            c = result.contents
            ids = self._frozen_ids()
            full = partition_from_c(c.full, ids)
            stated = partition_from_c(c.stated, ids, "stated communities") if c.stated else None
            return PartitionRobustness(
                c.replicates, full, stated, bool(c.has_stated), c.stated_nmi, c.mean_nmi,
                (c.nmi_low, c.nmi_high),
                self._scores("stability", _arrays.copy_double(c.stability, c.node_count)))
        finally:
            lib.an_partition_robustness_free(result)
