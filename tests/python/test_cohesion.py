"""Cohesion from Python: the same numbers as NetworkX."""
import math

import networkx as nx
import pytest

import actornet
from conftest import requires

pytestmark = requires("an_network_components", "an_network_density")


def graphs():
    result = [("karate", nx.karate_club_graph()), ("florentine", nx.florentine_families_graph())]
    for seed in (1, 2):
        result.append(("gnp-%d" % seed, nx.gnp_random_graph(50, 0.06, seed=seed)))
        result.append(("gnp-directed-%d" % seed,
                       nx.gnp_random_graph(50, 0.05, seed=seed, directed=True)))
    return result


@pytest.mark.parametrize("name,G", graphs(), ids=lambda x: x if isinstance(x, str) else "")
def test_structure_matches_networkx(name, G):
    net = actornet.from_networkx(G)
    U = G.to_undirected()
    label = str
    weak = net.components()
    assert weak.count == nx.number_connected_components(U)
    assert sorted(weak.sizes) == sorted(len(c) for c in nx.connected_components(U))
    assert sorted(map(sorted, weak.groups())) == sorted(
        sorted(map(label, c)) for c in nx.connected_components(U))
    if G.is_directed():
        assert net.components("strong").count == nx.number_strongly_connected_components(G)
    else:
        assert net.components("strong").count == weak.count
    assert set(net.articulation_points()) == set(map(label, nx.articulation_points(U)))
    ours = {frozenset((net.edge(i).source, net.edge(i).target)) for i in net.bridges()}
    assert ours == {frozenset(map(label, e)) for e in nx.bridges(U)}
    for k in (1, 2, 3):
        assert set(net.k_core(k)) == set(map(label, nx.k_core(G, k).nodes))
    cliques = net.maximal_cliques(min_size=3)
    assert not cliques.truncated
    assert sorted(map(sorted, cliques)) == sorted(
        sorted(map(label, c)) for c in nx.find_cliques(U) if len(c) >= 3)
    assert [len(c) for c in cliques] == sorted((len(c) for c in cliques), reverse=True)


@pytest.mark.parametrize("name,G", graphs(), ids=lambda x: x if isinstance(x, str) else "")
def test_graph_measures_match_networkx(name, G):
    net = actornet.from_networkx(G)
    U = G.to_undirected()
    assert net.density() == pytest.approx(nx.density(G))
    assert net.transitivity() == pytest.approx(nx.transitivity(U))
    assert net.average_clustering() == pytest.approx(nx.average_clustering(U))
    if G.is_directed():
        assert net.reciprocity() == pytest.approx(nx.reciprocity(G))
    else:
        assert net.reciprocity() == 1.0
    if nx.is_connected(U):
        assert net.diameter(undirected=True) == nx.diameter(U)
        assert net.mean_distance(undirected=True) == pytest.approx(
            nx.average_shortest_path_length(U))
        assert net.mean_distance(undirected=True, unreachable=True)[1] == 0
    if G.is_directed() and nx.is_strongly_connected(G):
        assert net.diameter() == nx.diameter(G)


def test_weighted_distances_and_disconnected():
    G = nx.Graph()
    G.add_weighted_edges_from([("a", "b", 2.0), ("b", "c", 0.5), ("c", "d", 1.0),
                               ("x", "y", 5.0)])
    net = actornet.from_networkx(G)
    assert net.diameter(weight="weight") == 5.0           # the x-y part is longest
    assert net.diameter() == 3.0
    mean, unreachable = net.mean_distance(unreachable=True)
    assert unreachable == 4 * 2 * 2                        # {a,b,c,d} x {x,y}, both orders
    assert mean == pytest.approx((2 * (1 + 2 + 3 + 1 + 2 + 1) + 2 * 1) / 14)
    with pytest.raises(actornet.InvalidArgumentError):
        actornet.from_networkx(nx.Graph([(1, 2, {"w": -1.0})])).diameter(weight="w")


def test_parallel_policy_for_bridges_and_density():
    net = actornet.Network()
    for n in "abc":
        net.add_node(n)
    net.add_edge("a", "b")
    net.add_edge("a", "b")
    net.add_edge("b", "c")
    assert net.bridges() == [0, 2]                 # the doubled tie is still one tie
    assert net.bridges(parallel="keep") == [2]
    assert net.density() == pytest.approx(2 / 3)
    assert net.density(parallel="keep") == pytest.approx(1.0)


def test_clique_cap_reports_truncation():
    net = actornet.from_networkx(nx.complete_graph(6))
    assert net.maximal_cliques() == [[str(i) for i in range(6)]]
    G = nx.complete_multipartite_graph(3, 3, 3, 3, 3)     # 3^5 maximal cliques of 5
    capped = actornet.from_networkx(G).maximal_cliques(max_cliques=5)
    assert capped.truncated and len(capped) == 5
    with pytest.raises(actornet.InvalidArgumentError):
        net.maximal_cliques(min_size=0)


def test_empty_network_errors():
    with pytest.raises(actornet.EmptyNetworkError):
        actornet.Network().density()
    assert actornet.Network().components().count == 0
    assert math.isnan(actornet.from_networkx(nx.empty_graph(3, nx.DiGraph)).reciprocity())
