"""Brokerage roles (include/actornet/brokerage.h): Gould & Fernandez (1989), as R's
sna::brokerage.

Actor b brokers the ordered pair (a, c) when a -> b -> c and a -> c is absent;
each such open two-path is classified by the groups of a, b and c:
coordinator (A A A), itinerant (A B A), gatekeeper (A B B), representative
(A A B), liaison (A B C). Undirected ties are two arcs; parallel ties count once.

>>> net = actornet.load("data/proxy-network.graphml")
>>> roles = net.brokerage(by="type")
>>> roles.liaison.top(3)
>>> roles.table()[0]              # {'id': ..., 'coordinator': ..., ..., 'total': ...}
"""
import numbers
from ctypes import byref

from . import _arrays, _ffi
from ._ffi import encode, lib
from ._table import Column, Table, TabularResult
from .results import Partition

#: The role columns, in the C library's order.
ROLES = ("coordinator", "itinerant", "gatekeeper", "representative", "liaison", "total")
_MISSING = {"group": 0, "exclude": 1}


def _column(flat, role, n):
    """Column `role` of a node-major n x 6 buffer."""
    if _arrays.HAVE_NUMPY:
        return flat.reshape(n, len(ROLES))[:, role].copy()
    return flat[role::len(ROLES)]


class Brokerage(TabularResult):
    """Brokerage role counts per node: one :class:`actornet.Scores` per role
    (``coordinator``, ``itinerant``, ``gatekeeper``, ``representative``, ``liaison``,
    ``total``). With ``expected=True``: ``expected``, ``sd`` and ``z``, each a dict
    {role: Scores} (sna's exp.nli, sd.nli, z.nli).
    """

    def __init__(self, by, roles, expected=None, sd=None, z=None):
        self.by = by
        for name, scores in roles.items():
            setattr(self, name, scores)
        self.expected = expected
        self.sd = sd
        self.z = z

    def __getitem__(self, role):
        if role not in ROLES:
            raise KeyError(role)
        return getattr(self, role)

    def table(self):
        """One dict per node in node order: id and the six role counts."""
        columns = [_arrays.to_list(getattr(self, role).values) for role in ROLES]
        return [dict(zip(("id",) + ROLES, (node,) + values))
                for node, values in zip(self.total.ids, zip(*columns))]

    def _table(self):
        """Per node: the six role counts, then (with expected=True) expected_<role>,
        sd_<role> and z_<role>."""
        columns = [Column(role, "int", getattr(self, role).values) for role in ROLES]
        for prefix, table in (("expected", self.expected), ("sd", self.sd), ("z", self.z)):
            if table:
                columns += [Column("%s_%s" % (prefix, role), "float", table[role].values)
                            for role in ROLES]
        return Table("brokerage roles by %s" % self.by, columns, index=self.total.ids,
                     index_name="id", meta={"by": self.by}, sort="total")

    def __repr__(self):
        return "Brokerage(by=%r, %d nodes)" % (self.by, len(self.total))


class BrokerageMethods:
    """Mixed into :class:`actornet.Network`."""

    __slots__ = ()

    def brokerage(self, by="type", missing="group", undirected=False, expected=False):
        """Count each actor's brokerage roles between the groups given by `by`: a node
        attribute name (default 'type'), a :class:`Partition`, or a group number per node
        (negative = missing). `missing`: 'group' (nodes without a value form one group, as
        sna) or 'exclude' (two-paths touching them are not counted). `expected=True` also
        computes expected counts, standard deviations and z-scores (needs missing='group').

        >>> roles = net.brokerage(by="type")
        >>> roles.gatekeeper["irgc_quds_force"]
        """
        try:
            missing_code = _MISSING[missing]
        except (KeyError, TypeError):
            raise ValueError("missing must be 'group' or 'exclude', not %r" % (missing,)) \
                from None
        options = _ffi.BrokerageOptions()
        options.version = _ffi.BrokerageOptions.VERSION
        options.missing = missing_code
        options.direction = 1 if undirected else 0
        handle = self._handle
        n = self.node_count
        groups_keep = groups = None
        if isinstance(by, str):
            options.attribute = encode(by, "attribute")
        elif by is None or isinstance(by, (bytes, numbers.Number)):
            raise TypeError("brokerage: by must name a node attribute, or be a Partition or a "
                            "sequence of group numbers (one per node), not %r" % (by,))
        else:
            if isinstance(by, Partition):
                by = by.membership
            groups_keep, groups = _arrays.integers_in(by, n)
            options.attribute = b"type"
        counts = _arrays.IntegerBuffer(n * len(ROLES))
        if groups is None:
            lib.an_brokerage_counts(counts.pointer, handle, byref(options))
        else:
            lib.an_brokerage_counts_by_groups(counts.pointer, handle, groups, byref(options))
        flat = counts.result()
        roles = {name: self._scores(name, _column(flat, r, n)) for r, name in enumerate(ROLES)}
        tables = [None, None, None]
        if expected:
            buffers = [_arrays.DoubleBuffer(n * len(ROLES)) for _ in range(3)]
            pointers = [b.pointer for b in buffers]
            if groups is None:
                lib.an_brokerage_expected(*pointers, handle, byref(options))
            else:
                lib.an_brokerage_expected_by_groups(*pointers, handle, groups, byref(options))
            tables = [{name: self._scores(name, _column(b.result(), r, n))
                       for r, name in enumerate(ROLES)} for b in buffers]
        del groups_keep
        return Brokerage(by if isinstance(by, str) else "groups", roles, *tables)
