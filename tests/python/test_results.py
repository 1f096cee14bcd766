"""The Scores result type."""
import math

import numpy
import pytest

from actornet import Scores


def scores(values):
    return Scores("test", numpy.asarray(values, dtype=float),
                  tuple("n%d" % i for i in range(len(values))))


def test_top_descending_ties_in_file_order_nan_last():
    s = scores([1.0, 3.0, math.nan, 3.0, -0.0, 0.0, 2.0])
    assert s.top(3) == [("n1", 3.0), ("n3", 3.0), ("n6", 2.0)]
    ranked = s.top(None)
    assert [node for node, _ in ranked] == ["n1", "n3", "n6", "n0", "n4", "n5", "n2"]
    assert math.isnan(ranked[-1][1])
    assert s.top(0) == []
    assert len(s.top(100)) == 7
    with pytest.raises(ValueError):
        s.top(-1)
    assert all(type(v) is float for _, v in s.top(3))


def test_mapping_behaviour():
    s = scores([0.5, 1.5])
    assert s["n1"] == 1.5 and type(s["n1"]) is float
    assert "n0" in s and "zz" not in s and 0 not in s
    with pytest.raises(KeyError):
        s["zz"]
    assert list(s) == ["n0", "n1"] and len(s) == 2
    assert dict(s) == s.to_dict() == {"n0": 0.5, "n1": 1.5}
    assert list(s.items()) == [("n0", 0.5), ("n1", 1.5)]
    assert numpy.asarray(s).tolist() == [0.5, 1.5]
    assert s == scores([0.5, 1.5])
    assert "n1" in repr(s)


def test_integer_scores():
    s = Scores("core", numpy.array([2, 3, 3]), ("a", "b", "c"))
    assert s.top(2) == [("b", 3), ("c", 3)]
    assert type(s["a"]) is int


def test_partial_selection_agrees_with_full_sort():
    rng = numpy.random.default_rng(3)
    for n in (10, 100, 1000):
        values = rng.integers(0, 20, n).astype(float)      # many ties
        values[rng.integers(0, n, n // 10)] = math.nan
        values[rng.integers(0, n, 3)] = -math.inf
        s = scores(values)
        full = s.top(None)
        for k in (1, 2, 5, 17, n // 9, n - 1, n):
            top = s.top(k)
            assert [node for node, _ in top] == [node for node, _ in full[:k]], (n, k)
