"""Views, typed path queries and the report from Python."""
import itertools
import json
import os
import subprocess

import networkx as nx
import pytest

import actornet
from conftest import data_path, requires
from test_centrality import _cli

pytestmark = requires("an_view_filter", "an_view_ego", "an_view_project", "an_view_subset",
                      "an_paths_shortest", "an_paths_k_shortest", "an_paths_all_simple")


def test_filter_view_keeps_ids_types_and_direction(proxy_like):
    net = proxy_like
    stated = net.view(confidence=["stated"])
    assert isinstance(stated, actornet.Network)
    assert stated.nodes == net.nodes                                # nodes stay
    kept = [e for i, e in enumerate(net.edges)
            if net.get_edge_attribute(i, "confidence") == "stated"]
    assert stated.edges == kept
    assert [(c.name, c.type, c.default) for c in stated.columns("edge")] == \
        [(c.name, c.type, c.default) for c in net.columns("edge")]
    funds = net.view(relations="funds", drop_isolates=True)
    assert funds.nodes == ["qf", "husayniyyun", "hezbollah"]
    assert net.view(classes=["unit"]).nodes == ["irgc", "qf"]
    assert net.view(years=(1980, 1990)).edge_count == 4            # 1982, 1983 + 2 undated
    assert net.view(years=(1980, 1990), undated="drop").edge_count == 2
    assert net.view(years=2015, undated="drop").edges[0].target == "husayniyyun"
    with pytest.raises(actornet.NotFoundError):
        net.view(classes=["x"], class_column="faction")
    with pytest.raises(actornet.InvalidArgumentError):
        net.view(years=(2000, 1990))
    with pytest.raises(ValueError):
        net.view(years=(1990, 2000), undated="maybe")
    assert net.node_count == 5 and net.edge_count == 6              # not modified


def test_ego_matches_networkx():
    G = nx.gnp_random_graph(40, 0.08, seed=9, directed=True)
    net = actornet.from_networkx(G)
    for radius in (0, 1, 2):
        for mode, H in (("both", G.to_undirected()), ("out", G)):
            ours = net.ego("3", radius=radius, mode=mode)
            expected = nx.ego_graph(H, 3, radius=radius)
            assert set(ours.nodes) == {str(n) for n in expected}
            assert ours.nodes == [n for n in net.nodes if n in set(ours.nodes)]
    both = net.ego(["1", "2"], radius=1)
    assert set(both.nodes) == {str(n) for n in
                               set(nx.ego_graph(G.to_undirected(), 1)) |
                               set(nx.ego_graph(G.to_undirected(), 2))}
    with pytest.raises(actornet.NotFoundError):
        net.ego("nobody")


def test_projection_matches_networkx_bipartite():
    B = nx.Graph()
    people = ["p%d" % i for i in range(6)]
    events = ["e%d" % i for i in range(4)]
    B.add_nodes_from(people, type="person")
    B.add_nodes_from(events, type="event")
    B.add_edges_from([("p0", "e0"), ("p1", "e0"), ("p2", "e0"), ("p1", "e1"), ("p2", "e1"),
                      ("p3", "e2"), ("p4", "e2"), ("p0", "e3"), ("p1", "e3")])
    net = actornet.from_networkx(B)
    projected = net.project("person", via=["event"], shared_column="events")
    expected = nx.bipartite.weighted_projected_graph(B, people)
    assert projected.nodes == people
    got = {frozenset((e.source, e.target)): projected.get_edge_attribute(i, "weight")
           for i, e in enumerate(projected.edges)}
    assert got == {frozenset((u, v)): d["weight"] for u, v, d in expected.edges(data=True)}
    index = [frozenset((e.source, e.target)) for e in projected.edges].index(
        frozenset(("p0", "p1")))
    assert projected.get_edge_attribute(index, "events") == "e0;e3"


def test_subset_and_without(proxy_like):
    net = proxy_like
    sub = net.subset(nodes=["iran", "irgc", "qf"])
    assert sub.nodes == ["iran", "irgc", "qf"] and sub.edge_count == 2
    assert net.subset(edges=[0, -1]).edge_count == 2
    assert net.without("qf").edge_count == 2
    assert net.without(["iran"]).nodes == net.nodes[1:]
    with pytest.raises(IndexError):
        net.subset(edges=[99])


def test_views_are_networks_for_analyses_and_writers(proxy_like):
    view = proxy_like.view(confidence=["stated"])
    assert view.degree().to_dict().keys() == set(proxy_like.nodes)
    assert actornet.from_networkx(view.to_networkx()).edge_count == view.edge_count
    view.close()


def test_paths_match_networkx():
    G = nx.gnp_random_graph(25, 0.15, seed=3, directed=True)
    net = actornet.from_networkx(G)
    for source, target in [(0, 7), (3, 12), (5, 5), (1, 20)]:
        s, t = str(source), str(target)
        ours = net.shortest_path(s, t)
        if nx.has_path(G, source, target):
            assert len(ours) == 1
            assert ours[0].length == nx.shortest_path_length(G, source, target)
            assert ours[0].nodes[0] == s and ours[0].nodes[-1] == t
            for hop, (a, b) in zip(ours[0].hops, zip(ours[0].nodes, ours[0].nodes[1:])):
                assert (hop["from"], hop["to"]) == (a, b) and G.has_edge(int(a), int(b))
            lengths = [len(p) - 1 for p in itertools.islice(
                nx.shortest_simple_paths(G, source, target), 4)]
            assert [p.length for p in net.k_shortest_paths(s, t, 4)] == lengths
            simple = net.simple_paths(s, t, max_length=4)
            expected = sorted(tuple(map(str, p)) for p in
                              nx.all_simple_paths(G, source, target, cutoff=4))
            if source == target:
                expected = [(s,)]
            assert sorted(tuple(p.nodes) for p in simple) == expected
            assert [p.length for p in simple] == sorted(p.length for p in simple)
        else:
            assert len(ours) == 0 and ours.source == s and ours.target == t


def test_paths_filters_and_citations(proxy_like):
    net = proxy_like
    found = net.shortest_path("iran", "husayniyyun")
    assert found[0].nodes == ["iran", "irgc", "qf", "husayniyyun"]
    hop = found[0].hops[0]
    assert hop["relation"] == "commands" and hop["year"] == 1979
    assert hop["confidence"] == "stated"                        # the column default
    assert "iran" in found.text and json.loads(found.json)["paths"][0]["length"] == 3
    parallel = net.shortest_path("qf", "hezbollah")[0].hops[0]
    assert parallel["relation"] == "funds"
    assert [a["relation"] for a in parallel["alternatives"]] == ["trains"]
    assert net.shortest_path("qf", "hezbollah", alternatives=False)[0].hops[0][
        "alternatives"] == []
    assert len(net.shortest_path("iran", "husayniyyun", confidence=["reported"])) == 0
    back = net.shortest_path("husayniyyun", "iran", undirected=True)
    assert back[0].hops[-1]["reversed"] is True
    assert len(net.shortest_path("husayniyyun", "iran")) == 0
    via_units = net.shortest_path("iran", "husayniyyun", classes=["unit"])
    assert via_units[0].nodes == ["iran", "irgc", "qf", "husayniyyun"]
    assert len(net.shortest_path("iran", "husayniyyun", classes=["organisation"])) == 0
    weighted = net.shortest_path("iran", "qf", weight="weight")
    assert weighted[0].distance == 3.0
    with pytest.raises(actornet.NotFoundError):
        net.shortest_path("iran", "mossad")
    with pytest.raises(actornet.InvalidArgumentError):
        net.k_shortest_paths("iran", "qf", 0)


@requires("an_network_load_graphml")
def test_paths_same_as_cli():
    cli = _cli("paths")
    path = data_path("proxy-network.graphml")
    result = subprocess.run([cli, "paths", path, "--from", "iran", "--to", "husayniyyun",
                             "--json", "--quiet"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with actornet.load(path) as net:
        ours = net.shortest_path("iran", "husayniyyun")
    assert json.loads(result.stdout)["paths"][0]["nodes"] == ours[0].nodes


@requires("an_report_json", "an_report_write", "an_network_load_graphml")
def test_report(tmp_path):
    with actornet.load(data_path("proxy-network.graphml")) as net:
        steps = []
        data = net.report_data(replicates=5, progress=lambda s, i, n: steps.append((s, i, n)))
        assert {"summary", "actors", "communities", "key_players", "chains"} <= set(data)
        assert steps and steps[0][1] == 1 and all(n == steps[0][2] for _, _, n in steps)
        assert data == net.report_data(replicates=5)                  # deterministic
        summary = net.report(tmp_path / "report", replicates=5, render=False)
        assert isinstance(summary, str) and summary
        written = set(os.listdir(tmp_path / "report"))
        assert {"report.html", "report.json", "actors.csv", "network.graphml"} <= written

        def fail(step, number, total):
            raise KeyboardInterrupt("stop")
        with pytest.raises(KeyboardInterrupt):
            net.report_data(replicates=0, progress=fail)
        with pytest.raises(TypeError):
            net.report_data(colour="red")
        with pytest.raises(actornet.NotFoundError):
            net.report_data(sources=["atlantis"])
