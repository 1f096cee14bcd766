"""Time (include/actornet/timeline.h): the network in periods, trajectories, community
events, and who could reach whom with ties that go forward in time.

Periods are whole years, half-open [begin, end). A tie lies in [year (else start), end (else
the same year)]. Undated ties are dropped by default (``undated="drop"``): kept in every
period ("every") they would sit unchanged in every snapshot and flatten every trajectory;
"actors" places them in the years both actors exist (node start/end).

>>> net = actornet.load("data/proxy-network.graphml")
>>> t = net.timeline(breaks=[1992, 1995, 2013, 2019], lens="all")
>>> t.periods.to_pandas()                      # size, density, components per period
>>> t.to_pandas()                              # one row per (actor, period): scores, community
>>> t.trajectory("betweenness")["husayniyyun"]  # one value (or None) per period
>>> net.reach("irgc_quds_force").to_pandas()   # forward reachable set, each step cited
"""
import ctypes
import json
from ctypes import byref, c_int64, c_size_t, c_void_p

from . import _ffi
from ._ffi import encode, lib
from ._table import Column, Table, TabularResult
from .centrality import measure_code
from ._policy import edge_policy

#: Undated-tie policies, by the names the CLI uses.
UNDATED = {"drop": 0, "every": 1, "every_period": 1, "actors": 2, "by_actors": 2}
#: Community event kinds, in an_timeline_event_kind order.
EVENTS = ("continued", "split", "merged", "born", "died")


def _options(width, sliding, breaks, phases, gap, years, undated, measures, normalized,
             communities, threshold, seed, lens, weight, undirected, network=None):
    options = _ffi.TimelineOptions()
    options.version = _ffi.TimelineOptions.VERSION
    options.width = 5.0
    options.step = 1.0
    options.gap = 1
    options.match_threshold = 0.3
    chosen = [name for name, value in (("sliding", sliding), ("breaks", breaks), ("phases", phases))
              if value]
    if len(chosen) > 1:
        raise ValueError("choose one of sliding, breaks and phases (got %s)" % ", ".join(chosen))
    keep = []
    if width is not None:
        options.width = float(width)
    if sliding:
        try:
            options.width, options.step = (float(v) for v in sliding)
        except (TypeError, ValueError):
            raise ValueError("sliding must be (width, step), not %r" % (sliding,)) from None
        options.windows = 1
    elif breaks:
        array = (ctypes.c_double * len(breaks))(*[float(y) for y in breaks])
        keep.append(array)
        options.windows = 2
        options.breaks = ctypes.cast(array, _ffi.c_double_p)
        options.break_count = len(breaks)
    elif phases:
        options.windows = 3
        options.gap = int(gap)
    if years is not None:
        low, high = years if isinstance(years, tuple) else (years, years)
        if low is not None:
            options.has_from, options.from_ = 1, float(low)
        if high is not None:
            options.has_to, options.to = 1, float(high)
    try:
        options.undated = UNDATED[undated]
    except (KeyError, TypeError):
        raise ValueError("undated must be 'drop', 'every' or 'actors', not %r" % (undated,)) from None
    if isinstance(measures, str):
        measures = [measures]
    if measures is not None:
        codes = [measure_code(name) for name in measures]
        array = (ctypes.c_int * len(codes))(*codes)
        keep.append(array)
        options.measures = ctypes.cast(array, _ffi.c_int_p)
        options.measure_count = len(codes)
    options.normalized = 1 if normalized else 0
    options.communities = 1 if communities else 0
    community = _ffi.CommunityOptions()
    community.version = _ffi.CommunityOptions.VERSION
    community.method = 0
    community.seed = _ffi.CommunityOptions.DEFAULT_SEED if seed is None else int(seed)
    community.resolution, community.objective, community.beta = 1.0, 0, 0.01
    community.iterations, community.trials, community.steps, community.max_edges = -1, 10, 4, 1000
    options.community = community
    options.match_threshold = float(threshold)
    policy = edge_policy(weight, undirected, "collapse", False, lens, network)
    keep.append(policy)             # holds the lens struct the copied pointer refers to
    options.policy = policy
    return options, keep


def _label(period):
    begin, end = period["begin"], period["end"]
    if float(begin).is_integer() and float(end).is_integer() and end - begin >= 1:
        return "%d" % begin if end - begin == 1 else "%d-%d" % (begin, end - 1)
    return "[%g, %g)" % (begin, end)


class Periods(TabularResult, list):
    """The periods (dicts: begin, end, actors, ties, undated_ties, density, components,
    largest_component, communities, entering, leaving, entered, left); ``to_pandas()`` gives
    one row per period, indexed by its label ("1992-1994")."""

    NUMBERS = (("begin", "float"), ("end", "float"), ("actors", "int"), ("ties", "int"),
               ("undated_ties", "int"), ("density", "float"), ("components", "int"),
               ("largest_component", "int"), ("communities", "int"), ("entering", "int"),
               ("leaving", "int"))

    def _table(self):
        columns = [Column(name, kind, [p[name] for p in self]) for name, kind in self.NUMBERS]
        return Table("periods", columns, index=[_label(p) for p in self], index_name="period")


class Timeline(TabularResult):
    """A timeline: ``periods`` (:class:`Periods`), ``measures`` (names), ``trajectories``
    ({measure: {id: [score or None per period]}}, actors active at least once),
    ``communities`` (per period, a list of {"lineage", "members"}), ``events`` (dicts:
    period, kind, before, after, jaccard), ``undated`` (the policy), ``dated_ties``,
    ``undated_ties``, ``unplaced_ties``, ``json`` and ``csv`` (as the CLI writes them).
    ``to_pandas()``: one row per (actor, active period) with every measure, the community
    and its lineage."""

    def __init__(self, data, json_text, csv_text):
        self.data = data
        self.json = json_text
        self.csv = csv_text
        self.periods = Periods(data["periods"])
        self.measures = list(data["measures"])
        self.trajectories = data["trajectories"]
        self.communities = data["communities"]
        self.events = data["events"]
        self.undated = data["undated"]
        self.dated_ties = data["dated_ties"]
        self.undated_ties = data["undated_ties"]
        self.unplaced_ties = data["unplaced_ties"]
        self.lens = data["lens"]

    def trajectory(self, measure):
        """{id: [score or None per period]} for one of ``measures``."""
        if measure not in self.trajectories:
            raise KeyError("measure %r was not computed (computed: %s)" % (measure, ", ".join(self.measures)))
        return self.trajectories[measure]

    def membership(self):
        """{(id, period index): (community, lineage)} for every active actor in a community."""
        out = {}
        for p, communities in enumerate(self.communities):
            for c, community in enumerate(communities):
                for member in community["members"]:
                    out[(member, p)] = (c, community["lineage"])
        return out

    def _table(self):
        membership = self.membership()
        first = self.trajectories[self.measures[0]] if self.measures else {}
        rows = [(node, p) for node, scores in first.items() for p, value in enumerate(scores)
                if value is not None]
        columns = [Column("id", "str", [r[0] for r in rows]),
                   Column("period", "int", [r[1] for r in rows]),
                   Column("begin", "float", [self.periods[r[1]]["begin"] for r in rows]),
                   Column("end", "float", [self.periods[r[1]]["end"] for r in rows])]
        for measure in self.measures:
            values = self.trajectories[measure]
            columns.append(Column(measure, "float", [values[n][p] for n, p in rows]))
        columns.append(Column("community", "int", [membership.get(r, (None,))[0] for r in rows]))
        columns.append(Column("lineage", "int", [membership.get(r, (None, None))[1] for r in rows]))
        meta = {"undated": self.undated, "dated_ties": self.dated_ties,
                "undated_ties": self.undated_ties, "unplaced_ties": self.unplaced_ties,
                "lens": self.lens}
        return Table("timeline", columns, meta=meta)


class Reach(TabularResult, list):
    """The forward reachable set of ``source`` (a list of dicts: id, arrival (None: only
    undated ties), hops, from, edge, index, relation, year, end, source, locator, undated),
    in order of arrival, the source first; ``to_pandas()`` one row per actor reached."""

    COLUMNS = (("id", "str"), ("arrival", "float"), ("hops", "int"), ("from", "str"),
               ("edge", "str"), ("relation", "str"), ("year", "float"), ("end", "float"),
               ("source", "str"), ("locator", "str"), ("undated", "bool"))

    def __init__(self, data, json_text):
        super().__init__(data["reached"])
        self.source = data["source"]
        self.undated = data["undated"]
        self.json = json_text

    def _table(self):
        columns = [Column(name if name != "source" else "citation", kind, [r[name] for r in self])
                   for name, kind in self.COLUMNS]
        return Table("reachable from %s" % self.source, columns, meta={"source": self.source})


def _text(function, handle):
    buffer, size = c_void_p(), c_size_t()
    function(byref(buffer), byref(size), handle)
    return _ffi.take_buffer(buffer, size).decode("utf-8", "surrogateescape")


_OPTIONS_DOC = """
        Windows (one of): width=W fixed windows of W years aligned on multiples of W
        (default 5); sliding=(W, S); breaks=[Y1, Y2, ...]; phases=True (runs of years in which
        dated ties begin, joined across `gap` empty years, default 1).
        years:      (from, to) inclusive range (either may be None), or one year.
        undated:    'drop' (default), 'every' or 'actors' (see the module help).
        measures:   centrality measures of the trajectories (default degree, betweenness).
        normalized: NetworkX's default scaling within each period (default raw scores).
        communities, threshold, seed: Leiden per period (seeded), matched across periods by
                    Jaccard overlap >= threshold (default 0.3; Greene et al. 2010).
        lens:       None (default: the network as stored), 'auto' (as the CLI chooses), or a
                    preset: 'all', 'cooperation', 'conflict', 'influence'.
        weight, undirected: the edge policy.
"""


class TimelineMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def timeline(self, width=None, sliding=None, breaks=None, phases=False, gap=1, years=None,
                 undated="drop", measures=None, normalized=False, communities=True,
                 threshold=0.3, seed=None, lens=None, weight=None, undirected=False):
        """The network in periods: a :class:`Timeline`."""
        options, keep = _options(width, sliding, breaks, phases, gap, years, undated, measures,
                                 normalized, communities, threshold, seed, lens, weight, undirected,
                                 self._handle)
        handle = c_void_p()
        lib.an_timeline_compute(byref(handle), self._handle, byref(options))
        del keep
        try:
            json_text = _text(lib.an_timeline_json, handle)
            csv_text = _text(lib.an_timeline_csv, handle)
        finally:
            lib.an_timeline_free(handle)
        return Timeline(json.loads(json_text), json_text, csv_text)

    def timeline_snapshot(self, period, **options):
        """Period `period`'s snapshot (index into the timeline the same options give) as a
        new Network: the period's ties and its active actors, as the lens sees them."""
        opts, keep = _options(*_split(options), network=self._handle)
        pointer = c_void_p()
        lib.an_timeline_snapshot(byref(pointer), self._handle, byref(opts), int(period))
        del keep
        return type(self)._adopt(pointer)

    def timeline_ties(self, period, **options):
        """The edge indices (file order) of period `period`'s ties: the evidence it cites."""
        opts, keep = _options(*_split(options), network=self._handle)
        edges, count = ctypes.POINTER(c_int64)(), c_int64()
        lib.an_timeline_period_ties(byref(edges), byref(count), self._handle, byref(opts),
                                    int(period))
        del keep
        try:
            return [edges[i] for i in range(count.value)]
        finally:
            lib.an_free(edges)

    def reach(self, source, undated="drop", years=None, lens=None, undirected=False):
        """The actors `source` reaches by chains whose dated ties never go back in time
        (tsna's forward reachable set), each with its earliest arrival and the cited tie that
        reached it: a :class:`Reach`. Lens and direction as the path queries use them."""
        options, keep = _options(None, None, None, False, 1, years, undated, None, False, False,
                                 0.3, None, lens, None, undirected, self._handle)
        handle = c_void_p()
        lib.an_timeline_reach(byref(handle), self._handle, encode(source, "node id"),
                              byref(options))
        del keep
        try:
            json_text = _text(lib.an_reach_json, handle)
        finally:
            lib.an_reach_free(handle)
        return Reach(json.loads(json_text), json_text)


_DEFAULTS = (("width", None), ("sliding", None), ("breaks", None), ("phases", False), ("gap", 1),
             ("years", None), ("undated", "drop"), ("measures", None), ("normalized", False),
             ("communities", True), ("threshold", 0.3), ("seed", None), ("lens", None),
             ("weight", None), ("undirected", False))


def _split(options):
    unknown = set(options) - {name for name, _ in _DEFAULTS}
    if unknown:
        raise TypeError("unknown timeline option(s): %s" % ", ".join(sorted(unknown)))
    return [options.get(name, default) for name, default in _DEFAULTS]


TimelineMethods.timeline.__doc__ += "\n" + _OPTIONS_DOC
