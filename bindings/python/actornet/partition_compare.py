"""Comparing two partitions of the same nodes (an_partition_compare, communities.h).

Its own module so that :class:`actornet.Partition` (results.py) and the community
analyses (communities.py) both use it without importing each other.
"""
from collections import namedtuple
from ctypes import byref

from . import _arrays, _ffi
from ._table import Column, Table, TabularResult
from ._ffi import lib

class PartitionComparison(TabularResult, namedtuple(
        "PartitionComparison",
        "nodes nmi adjusted_rand rand variation_of_information split_join_a split_join_b")):
    __slots__ = ()

    def _table(self):
        return Table("partition comparison",
                     [Column("value", "float", [float(v) for v in self])],
                     index=list(self._fields), index_name="measure", series=True)


PartitionComparison.__doc__ = """How similar two partitions are: nodes compared (labelled in
both), normalised mutual information (Danon et al. 2005), adjusted Rand (Hubert & Arabie 1985),
Rand, variation of information (Meila 2003, natural log), and the two halves of the split-join
distance (van Dongen 2000)."""


def compare_partitions(a, b):
    """Compare two partitions of the same nodes (Partitions or membership sequences; a
    negative id marks an unlabelled node, left out). Returns a :class:`PartitionComparison`.

    >>> actornet.compare_partitions([0, 0, 1, 1], [1, 1, 0, 0]).nmi
    1.0
    """
    a_values = a.membership if hasattr(a, "membership") else a
    b_values = b.membership if hasattr(b, "membership") else b
    n = len(a_values)
    if len(b_values) != n:
        raise ValueError("the partitions cover %d and %d nodes" % (n, len(b_values)))
    if hasattr(a, "membership") and hasattr(b, "membership") and a.ids != b.ids:
        raise ValueError("the partitions are of different nodes")
    keep_a, a_pointer = _arrays.integers_in(a_values, n)
    keep_b, b_pointer = _arrays.integers_in(b_values, n)
    out = _ffi.PartitionComparison()
    lib.an_partition_compare(byref(out), a_pointer, b_pointer, n)
    del keep_a, keep_b
    return PartitionComparison(out.nodes, out.nmi, out.adjusted_rand, out.rand,
                               out.variation_of_information, out.split_join_a, out.split_join_b)
