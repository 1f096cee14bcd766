"""The timeline from Python: the same numbers as the C library's JSON, tables for pandas,
snapshots and period ties that agree with the periods, the reach, and argument errors."""
import json

import networkx as nx
import pytest

import actornet
from conftest import data_path, requires

pytestmark = requires("an_timeline_compute", "an_timeline_reach")

BREAKS = [1992, 1995, 2013, 2019]


@pytest.fixture(scope="module")
def proxy():
    return actornet.load(data_path("proxy-network.graphml"))


def test_periods_and_trajectories(proxy):
    t = proxy.timeline(breaks=BREAKS, lens="all")
    assert [p["begin"] for p in t.periods] == [1966, 1992, 1995, 2013, 2019]
    assert t.undated == "drop" and t.dated_ties + t.undated_ties == proxy.edge_count
    frame = t.periods.to_pandas()
    assert list(frame.index) == ["1966-1991", "1992-1994", "1995-2012", "2013-2018", "2019-2022"]
    assert list(frame["actors"]) == [p["actors"] for p in t.periods]
    rows = t.to_pandas()
    # one row per (actor, active period); every active actor has a score for each measure
    assert len(rows) == sum(p["actors"] for p in t.periods)
    assert rows["degree"].notna().all() and rows["betweenness"].notna().all()
    assert json.loads(t.json)["periods"] == t.data["periods"]
    assert t.csv.startswith("id,period,begin,end,degree,betweenness,community,lineage")


def test_snapshot_and_ties_agree_with_the_periods(proxy):
    t = proxy.timeline(breaks=BREAKS, lens="all", communities=False)
    for p, period in enumerate(t.periods):
        snapshot = proxy.timeline_snapshot(p, breaks=BREAKS, lens="all")
        assert snapshot.node_count == period["actors"] and snapshot.edge_count == period["ties"]
        ties = proxy.timeline_ties(p, breaks=BREAKS, lens="all")
        assert len(ties) == period["ties"]
        # raw degree in the snapshot (parallel ties collapsed) = the trajectory's value
        g = nx.DiGraph()
        g.add_edges_from((proxy.edges[e].source, proxy.edges[e].target) for e in ties)
        degree = t.trajectory("degree")
        assert all(degree[v][p] == g.degree(v) for v in g)


def test_measures_normalized_and_undated(proxy):
    t = proxy.timeline(width=10, measures="pagerank", undated="every", communities=False)
    assert t.measures == ["pagerank"] and t.undated == "every_period"
    assert all(p["undated_ties"] == t.undated_ties for p in t.periods)
    with pytest.raises(KeyError):
        t.trajectory("degree")


def test_reach(proxy):
    r = proxy.reach("irgc_quds_force")
    assert r[0]["id"] == "irgc_quds_force" and r[0]["hops"] == 0
    arrivals = [s["arrival"] for s in r[1:]]
    assert arrivals == sorted(arrivals)                       # dated only: in order of arrival
    assert all(s["edge"] and s["source"] for s in r[1:])       # every step cited
    wider = proxy.reach("irgc_quds_force", undated="every")
    assert {s["id"] for s in r} <= {s["id"] for s in wider}
    assert len(r.to_pandas()) == len(r)


def test_errors(proxy):
    with pytest.raises(ValueError):
        proxy.timeline(undated="sometimes")
    with pytest.raises(ValueError):
        proxy.timeline(measures=["fame"])
    with pytest.raises(ValueError):
        proxy.timeline(sliding=(5, 1), phases=True)
    with pytest.raises(actornet.InvalidArgumentError):
        proxy.timeline(width=0)
    with pytest.raises(actornet.RangeError):
        proxy.timeline_snapshot(99, breaks=BREAKS)
    with pytest.raises(actornet.NotFoundError):
        proxy.reach("nobody")
    with pytest.raises(TypeError):
        proxy.timeline_ties(0, colour="red")
