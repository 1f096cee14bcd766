"""Communities from Python: reproducible, and the same numbers as NetworkX / python-igraph."""
import math

import networkx as nx
import pytest

import actornet
from conftest import requires

pytestmark = requires("an_network_communities", "an_network_modularity",
                      "an_partition_compare")
igraph = pytest.importorskip("igraph")


def relabel(membership):
    """Number groups 0.. in order of first appearance (as actornet does)."""
    seen = {}
    return [seen.setdefault(group, len(seen)) for group in membership]


def test_same_seed_same_partition_and_nx_modularity():
    G = nx.karate_club_graph()
    net = actornet.from_networkx(G)
    for method in ("leiden", "louvain", "infomap", "label_propagation"):
        first = net.communities(method=method, seed=5)
        again = net.communities(method=method, seed=5)
        assert first == again and first.to_list() == again.to_list()
        assert first.method == method
        assert first.membership[0] == 0
        assert sum(first.sizes) == net.node_count == len(first)
        groups = [set(int(n) for n in group) for group in first.groups()]
        assert first.modularity == pytest.approx(
            nx.community.modularity(G, groups, weight=None))
        assert net.modularity(first) == pytest.approx(first.modularity)
    leiden = net.communities(seed=5)
    assert leiden.count >= 2 and leiden.modularity > 0.35


def test_deterministic_methods_match_python_igraph():
    G = nx.karate_club_graph()
    net = actornet.from_networkx(G)
    g = igraph.Graph(n=G.number_of_nodes(), edges=list(G.edges))
    walktrap = net.communities(method="walktrap")
    assert walktrap.to_list() == relabel(g.community_walktrap(steps=4).as_clustering()
                                         .membership)
    edge_betweenness = net.communities(method="edge_betweenness")
    assert edge_betweenness.to_list() == relabel(
        g.community_edge_betweenness().as_clustering().membership)
    with pytest.raises(actornet.LimitError):
        net.communities(method="edge_betweenness", max_edges=10)


def test_modularity_matches_networkx_directed_weighted_resolution():
    G = nx.gnp_random_graph(40, 0.1, seed=4, directed=True)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = 1 + (u * v) % 3
    net = actornet.from_networkx(G)
    membership = [n % 4 for n in G.nodes]
    groups = [{n for n in G.nodes if n % 4 == k} for k in range(4)]
    assert net.modularity(membership) == pytest.approx(
        nx.community.modularity(G, groups, weight=None))
    assert net.modularity(membership, weight="weight", resolution=0.7) == pytest.approx(
        nx.community.modularity(G, groups, weight="weight", resolution=0.7))
    assert net.modularity(membership, undirected=True) == pytest.approx(
        nx.community.modularity(nx.Graph(G), groups, weight=None))


def test_attribute_partition_and_comparison_match_python_igraph():
    G = nx.karate_club_graph()
    net = actornet.from_networkx(G)
    club = net.attribute_partition("club")
    assert club.count == 2 and club.name == "club"
    assert club.groups()[0] == [str(n) for n in G if G.nodes[n]["club"] == "Mr. Hi"]
    found = net.communities(seed=1)
    ours = found.compare(club)
    a, b = found.to_list(), club.to_list()
    assert ours.nodes == 34
    assert ours.nmi == pytest.approx(igraph.compare_communities(a, b, method="nmi"))
    assert ours.adjusted_rand == pytest.approx(
        igraph.compare_communities(a, b, method="adjusted_rand"))
    assert ours.rand == pytest.approx(igraph.compare_communities(a, b, method="rand"))
    assert ours.variation_of_information == pytest.approx(
        igraph.compare_communities(a, b, method="vi"))
    assert (ours.split_join_a, ours.split_join_b) == igraph.split_join_distance(a, b)
    assert net.compare_partitions(found, "club") == ours
    assert net.modularity("club") == pytest.approx(
        nx.community.modularity(G, [set(map(int, g)) for g in club.groups()], weight=None))


def test_unlabelled_nodes_are_left_out_of_comparisons():
    net = actornet.Network()
    for i, kind in enumerate(["a", "a", None, "b", "b"]):
        net.add_node(str(i), kind=kind)
    kinds = net.attribute_partition("kind")
    assert kinds.to_list() == [0, 0, -1, 1, 1] and kinds["2"] == -1
    assert kinds.groups() == [["0", "1"], ["3", "4"]]
    result = actornet.compare_partitions(kinds, [5, 5, 0, 7, 7])
    assert result.nodes == 4 and result.nmi == pytest.approx(1.0)
    assert actornet.compare_partitions([0, 0, 1, 1], [1, 1, 0, 0]).nmi == pytest.approx(1.0)
    with pytest.raises(ValueError):
        actornet.compare_partitions([0, 1], [0, 1, 2])


def test_options_are_checked():
    net = actornet.from_networkx(nx.karate_club_graph())
    with pytest.raises(ValueError):
        net.communities(method="spectral")
    with pytest.raises(ValueError):
        net.communities(objective="surprise")
    with pytest.raises(actornet.InvalidArgumentError):
        net.communities(resolution=-1)
    cpm = net.communities(objective="cpm", resolution=0.05, seed=2)
    assert cpm.count >= 2 and not math.isnan(cpm.quality)
    assert net.communities(method="multilevel", seed=3) == net.communities(method="louvain",
                                                                           seed=3)
    edgeless = actornet.from_networkx(nx.empty_graph(4))
    singletons = edgeless.communities()
    assert singletons.count == 4 and math.isnan(singletons.modularity)


def test_engine_choice_and_python_igraph():
    """engine='auto' on a small network is igraph's (the partition python-igraph gives with the
    same seed is checked in tests/communities); 'actornet' runs the library's own Leiden and
    Louvain, whose partitions NetworkX scores the same and whose Leiden communities are connected."""
    G = nx.karate_club_graph()
    net = actornet.from_networkx(G)
    for method in ("leiden", "louvain"):
        auto = net.communities(method=method, seed=4)
        assert auto.engine == "igraph"
        assert auto == net.communities(method=method, seed=4, engine="igraph")
        own = net.communities(method=method, seed=4, engine="ACTORNET")
        assert own.engine == "actornet" and own.method == method
        assert own == net.communities(method=method, seed=4, engine="actornet")
        groups = [set(int(n) for n in group) for group in own.groups()]
        assert own.modularity == pytest.approx(nx.community.modularity(G, groups, weight=None),
                                               rel=1e-12)
        assert own.quality == pytest.approx(own.modularity, rel=1e-12)
        assert own.modularity > 0.38
        if method == "leiden":
            assert all(nx.is_connected(G.subgraph(group)) for group in groups)
    assert net.communities(method="infomap", engine="actornet").engine == "igraph"
    with pytest.raises(ValueError):
        net.communities(engine="networkx")
