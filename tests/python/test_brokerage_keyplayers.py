"""Brokerage roles, key players and what-if removal: brute force, NetworkX and the CLI."""
import csv
import io
import itertools
import json
import subprocess

import networkx as nx
import pytest

import actornet
from conftest import data_path, requires
from test_centrality import _cli

pytestmark = requires("an_brokerage_counts", "an_keyplayers_find", "an_whatif_remove")


def brute_force_brokerage(G, group):
    """Gould & Fernandez by the definition: b brokers (a, c) when a->b->c, a != c, no a->c."""
    D = nx.DiGraph(G) if not G.is_directed() else nx.DiGraph(G)
    D.remove_edges_from(nx.selfloop_edges(D))
    counts = {b: dict.fromkeys(actornet.ROLES, 0) for b in D}
    for b in D:
        for a in D.predecessors(b):
            for c in D.successors(b):
                if a == c or a == b or c == b or D.has_edge(a, c):
                    continue
                ga, gb, gc = group[a], group[b], group[c]
                if ga == gb == gc:
                    role = "coordinator"
                elif ga == gc:
                    role = "itinerant"
                elif gb == gc:
                    role = "gatekeeper"
                elif ga == gb:
                    role = "representative"
                else:
                    role = "liaison"
                counts[b][role] += 1
                counts[b]["total"] += 1
    return counts


@pytest.mark.parametrize("seed,directed", [(1, True), (2, True), (3, False)])
def test_brokerage_matches_the_definition(seed, directed):
    G = nx.gnp_random_graph(30, 0.12, seed=seed, directed=directed)
    for n in G:
        G.nodes[n]["type"] = "abc"[n % 3]
    net = actornet.from_networkx(G)
    ours = net.brokerage()
    expected = brute_force_brokerage(G, {n: G.nodes[n]["type"] for n in G})
    for row in ours.table():
        assert {k: v for k, v in row.items() if k != "id"} == expected[int(row["id"])]
    by_groups = net.brokerage(by=[n % 3 for n in G])
    for role in actornet.ROLES:
        assert by_groups[role] == ours[role]


def test_brokerage_expected_and_missing_modes():
    net = actornet.Network(directed=True)
    for node, kind in [("a", "x"), ("b", "y"), ("c", "z"), ("d", None)]:
        net.add_node(node, type=kind)
    for u, v in [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")]:
        net.add_edge(u, v)
    roles = net.brokerage()
    assert roles.liaison["b"] == 1 and roles.total.to_list() == [1, 1, 1, 1]
    excluded = net.brokerage(missing="exclude")
    assert excluded.total.to_list() == [0, 1, 0, 0]
    with_expected = net.brokerage(expected=True)
    assert set(with_expected.z) == set(actornet.ROLES)
    with pytest.raises(actornet.InvalidArgumentError):
        net.brokerage(missing="exclude", expected=True)
    with pytest.raises(actornet.NotFoundError):
        net.brokerage(by="faction")


@requires("an_network_load_graphml")
def test_brokerage_same_numbers_as_cli():
    cli = _cli("brokerage")
    result = subprocess.run([cli, "brokerage", "--lens", "none", data_path("proxy-network.graphml"), "--by", "type",
                             "--csv", "--quiet"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    with actornet.load(data_path("proxy-network.graphml")) as net:
        ours = net.brokerage(by="type").table()
    assert [{k: int(v) if k != "id" else v for k, v in row.items()} for row in rows] == ours


def fragmentation(G, removed):
    H = G.subgraph([n for n in G if n not in removed]).to_undirected()
    n = H.number_of_nodes()
    if n < 2:
        return 1.0
    return 1 - sum(len(c) * (len(c) - 1) for c in nx.connected_components(H)) / (n * (n - 1))


def test_exact_key_players_match_brute_force():
    G = nx.gnp_random_graph(14, 0.2, seed=5)
    net = actornet.from_networkx(G)
    for k in (1, 2, 3):
        best = max(itertools.combinations(G.nodes, k), key=lambda s: fragmentation(G, set(s)))
        exact = net.key_players(k, exact=True)
        assert exact.score == pytest.approx(fragmentation(G, set(best)))
        assert exact.score == pytest.approx(fragmentation(G, {int(n) for n in exact.set}))
        greedy = net.key_players(k)
        assert greedy.score <= exact.score + 1e-12
        assert net.key_player_score(greedy.set) == pytest.approx(greedy.score)
    reach = net.key_players(2, objective="reach", m=1, exact=True)
    covered = set(reach.set)
    for node in reach.set:
        covered |= {str(n) for n in G.neighbors(int(node))}
    assert reach.score == pytest.approx((len(covered) - 2) / (G.number_of_nodes() - 2))
    with pytest.raises(ValueError):
        net.key_players(2, objective="influence")
    with pytest.raises(actornet.InvalidArgumentError):
        net.key_players(net.node_count)


def test_what_if_matches_networkx():
    G = nx.karate_club_graph()
    net = actornet.from_networkx(G)
    result = net.what_if(["0", "33"])
    H = G.copy()
    H.remove_nodes_from([0, 33])
    assert result.before.components == 1
    assert result.after.components == nx.number_connected_components(H)
    assert result.after.largest_component == max(len(c) for c in nx.connected_components(H))
    assert result.before.efficiency == pytest.approx(nx.global_efficiency(G))
    assert result.after.efficiency == pytest.approx(nx.global_efficiency(H))
    assert result.after.fragmentation == pytest.approx(fragmentation(G, {0, 33}))
    assert result.change["nodes"] == -2
    assert result.after.edges == H.number_of_edges()
    with pytest.raises(actornet.NotFoundError, match="nobody"):
        net.what_if(["nobody"])
    assert net.node_count == 34                       # the network is not modified


@requires("an_network_load_graphml")
def test_key_players_and_what_if_same_numbers_as_cli():
    cli = _cli("keyplayers")
    path = data_path("proxy-network.graphml")
    result = subprocess.run([cli, "keyplayers", "--lens", "none", path, "--k", "3", "--objective",
                             "fragmentation", "--json", "--quiet"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    with actornet.load(path) as net:
        ours = net.key_players(3, objective="fragmentation")
        assert ours.set == report["set"]
        assert ours.score == pytest.approx(report["score"], rel=1e-12)
        result = subprocess.run([cli, "whatif", "--lens", "none", path, "--remove", ",".join(ours.set), "--json",
                                 "--quiet"], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        report = json.loads(result.stdout)
        what_if = net.what_if(ours.set)
        assert what_if.before._asdict() == pytest.approx(report["before"])
        assert what_if.after._asdict() == pytest.approx(report["after"])
