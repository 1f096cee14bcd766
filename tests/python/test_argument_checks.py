"""Argument checks of the binding (issue 14, item 9): wrong types and integers that do not fit
64 bits are refused with a clear error, never truncated, wrapped or silently accepted."""
import pytest

import actornet
from conftest import build, data_path


@pytest.fixture(scope="module")
def net():
    with actornet.load(data_path("teaching-example.graphml")) as network:
        yield network


@pytest.mark.parametrize("k", [3.7, 3.0, "3", True, False, None, [3]])
def test_key_players_refuses_non_integers(net, k):
    with pytest.raises(TypeError, match="k must be an integer"):
        net.key_players(k)


@pytest.mark.parametrize("k", [2 ** 63, 2 ** 64, -2 ** 63 - 1])
def test_key_players_refuses_integers_outside_64_bits(net, k):
    with pytest.raises(ValueError, match="outside the signed 64-bit range"):
        net.key_players(k)


def test_key_players_refuses_negative_k(net):
    with pytest.raises(ValueError, match="k must be >= 0"):
        net.key_players(-1)


def test_key_players_accepts_integers(net):
    class Three:  # anything with __index__ is an integer (numpy's too)
        def __index__(self):
            return 3
    assert net.key_players(Three()).set == net.key_players(3).set
    assert len(net.key_players(3).set) == 3


def test_brokerage_by_none_is_clear(net):
    with pytest.raises(TypeError, match="by must name a node attribute"):
        net.brokerage(by=None)


@pytest.mark.parametrize("years", ["abc", ("a", 2000), (1990,), (1990, 2000, 2010), True, (float("nan"), 2000)])
def test_view_years_is_clear(net, years):
    with pytest.raises(TypeError, match="year"):
        net.view(years=years)


def test_view_years_still_accepts_years(net):
    assert net.view(years=(None, 2010)).node_count <= net.node_count
    assert net.view(years=2015).node_count <= net.node_count


@pytest.mark.parametrize("value", [2 ** 64, 2 ** 63, -2 ** 63 - 1])
def test_attribute_integers_outside_64_bits_refused(value):
    network = build([(1, 2)])
    with pytest.raises(OverflowError, match="64-bit"):
        network.set_node_attribute("1", "big", value)
    network.set_node_attribute("1", "fits", 2 ** 63 - 1)
    assert network.node_attributes("1")["fits"] == 2 ** 63 - 1
    network.close()


@pytest.mark.parametrize("seed", [2 ** 64, -1])
def test_option_integers_are_not_wrapped(net, seed):
    # ctypes keeps the low bits of an integer that does not fit: seed=2**64 became 0
    with pytest.raises(ValueError, match="option 'seed'"):
        net.communities(seed=seed)
    with pytest.raises(ValueError, match="option 'seed'"):
        net.key_players(2, seed=seed)


def test_argument_integers_are_not_wrapped():
    network = build([(1, 2)])
    from actornet._ffi import lib
    with pytest.raises(Exception, match="does not fit a signed 64-bit integer"):
        lib.an_network_node_line(network._handle, 2 ** 64)
    network.close()
