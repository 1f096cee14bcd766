"""to_networkx / from_networkx: ids, typed attributes, defaults, direction, parallel edges."""
import math
from collections import Counter

import networkx as nx
import pytest

import actornet
from conftest import data_path, requires


def edge_multiset(net):
    """Edges as a multiset, undirected ones orientation-free (NetworkX may flip them)."""
    result = Counter()
    for edge, attributes in zip(net.edges, (net.edge_attributes(i)
                                            for i in range(net.edge_count))):
        ends = (edge.source, edge.target) if edge.directed else \
            tuple(sorted((edge.source, edge.target)))
        result[(ends, edge.directed, edge.id, tuple(sorted(attributes.items())))] += 1
    return result


def test_undirected_simple_graph_round_trip():
    G = nx.karate_club_graph()
    net = actornet.from_networkx(G)
    assert net.direction == "undirected"
    assert net.nodes == [str(n) for n in G.nodes]
    assert net.edge_count == G.number_of_edges()
    assert net.get_node_attribute("0", "club") == "Mr. Hi"
    assert net.get_graph_attribute("name") == G.graph["name"]
    H = net.to_networkx()
    assert type(H) is nx.Graph
    assert list(H.nodes) == net.nodes
    assert {frozenset(e) for e in H.edges} == {frozenset(map(str, e)) for e in G.edges}
    for u, v, data in G.edges(data=True):
        assert H.edges[str(u), str(v)] == data
    assert H.nodes["33"] == G.nodes[33]
    assert H.graph == G.graph


def test_types_are_inferred_from_all_values():
    G = nx.Graph()
    G.add_node("a", flag=True, n=1, x=1, s="text", mixed=True)
    G.add_node("b", flag=False, n=2, x=2.5, mixed=3)
    G.add_edge("a", "b", w=1)
    net = actornet.from_networkx(G)
    types = {c.name: c.type for c in net.columns()}
    assert types == {"flag": "boolean", "n": "long", "x": "double", "s": "string",
                     "mixed": "long"}
    assert net.values("x") == [1.0, 2.5]
    assert net.values("s") == ["text", None]
    H = net.to_networkx()
    assert H.nodes["b"] == {"flag": False, "n": 2, "x": 2.5, "mixed": 3}
    assert type(H.nodes["a"]["x"]) is float and type(H.nodes["a"]["flag"]) is bool


def test_unsupported_values():
    G = nx.Graph()
    G.add_node("a", pos=(1, 2), ok="x")
    with pytest.raises(TypeError, match="pos"):
        actornet.from_networkx(G)
    assert actornet.from_networkx(G, unsupported="skip").node_attributes("a") == {"ok": "x"}
    assert actornet.from_networkx(G, unsupported="str").get_node_attribute("a", "pos") == \
        "(1, 2)"
    G.add_node("b", ok=3)
    with pytest.raises(actornet.TypeMismatchError, match="ok"):
        actornet.from_networkx(G, unsupported="skip")


def test_directed_multigraph_with_keys_ids_and_self_loops():
    G = nx.MultiDiGraph()
    G.add_nodes_from(["x", "y", "z"])
    G.add_edge("x", "y", key="first", relation="funds")
    G.add_edge("x", "y", key="second", relation="trains")
    G.add_edge("x", "y", relation="arms")                      # integer key: no edge id
    G.add_edge("y", "x", id="back", relation="reports")
    G.add_edge("z", "z", relation="self")
    net = actornet.from_networkx(G)
    assert net.direction == "directed"
    assert [e.id for e in net.edges] == ["first", "second", None, "back", None]
    assert net.summary()["parallel_edges"] == 2
    H = net.to_networkx()
    assert type(H) is nx.MultiDiGraph
    assert H.number_of_edges("x", "y") == 3 and H.has_edge("z", "z")
    assert H.edges["x", "y", "first"] == {"relation": "funds", "id": "first"}
    back = actornet.from_networkx(H)
    assert edge_multiset(back) == edge_multiset(net)


def test_simple_class_when_no_parallel_edges_and_refusal_when_there_are():
    net = actornet.Network(directed=True)
    for n in "ab":
        net.add_node(n)
    net.add_edge("a", "b")
    net.add_edge("b", "a")                 # reciprocal, not parallel
    assert type(net.to_networkx()) is nx.DiGraph
    assert type(net.to_networkx(multigraph=True)) is nx.MultiDiGraph
    net.add_edge("a", "b")
    assert type(net.to_networkx()) is nx.MultiDiGraph
    with pytest.raises(ValueError, match="parallel"):
        net.to_networkx(multigraph=False)
    undirected = actornet.Network()
    for n in "ab":
        undirected.add_node(n)
    undirected.add_edge("a", "b")
    undirected.add_edge("b", "a")          # undirected: the same pair twice
    assert type(undirected.to_networkx()) is nx.MultiGraph


def test_mixed_direction_round_trip(proxy_like):
    net = proxy_like
    G = net.to_networkx()
    assert type(G) is nx.MultiDiGraph        # proxy_like has a parallel pair
    assert all("directed" in data for _, _, data in G.edges(data=True))
    assert G.edges["hezbollah", "husayniyyun", 0]["directed"] is False
    back = actornet.from_networkx(G)
    assert back.direction == "mixed"
    assert back.nodes == net.nodes
    assert edge_multiset(back) == edge_multiset(net)
    assert [e.directed for e in back.edges] == [e.directed for e in net.edges]


def test_defaults_and_missing_values(proxy_like):
    G = proxy_like.to_networkx()
    assert G.graph["edge_default"] == {"confidence": "stated"}
    assert "start" not in G.nodes["irgc"]                       # missing: left out
    assert G.nodes["iran"]["start"] == 1979
    first = G.edges["iran", "irgc", 0]
    assert first["confidence"] == "stated"                      # default filled in
    back = actornet.from_networkx(G)
    column = back.column("confidence", domain="edge")
    assert column.has_default and column.default == "stated"
    assert "edge_default" not in back.graph_attributes
    assert back.graph_attributes == {"title": "test"}
    assert back.column("start").type == "long"


def test_edge_id_attribute_clash_is_reported():
    net = actornet.Network()
    net.add_node("a")
    net.add_node("b")
    net.add_edge("a", "b", attributes={"id": "column value"})
    with pytest.raises(ValueError, match="edge_id_attribute"):
        net.to_networkx()
    G = net.to_networkx(edge_id_attribute="graphml_id")
    assert G.edges["a", "b"] == {"id": "column value"}


def test_networkx_graphml_reader_agrees_on_reference_files():
    for name in ("karate.graphml", "florentine.graphml", "southern-women.graphml"):
        path = data_path(name)
        if not actornet._ffi.available("an_network_load_graphml"):
            pytest.skip("no GraphML reader in the library")
        net = actornet.load(path)
        G = net.to_networkx()
        R = nx.read_graphml(path)
        assert list(G.nodes) == list(R.nodes)
        assert G.is_directed() == R.is_directed()
        assert sorted(map(sorted, G.edges())) == sorted(map(sorted, R.edges()))
        for node in R.nodes:
            assert G.nodes[node] == R.nodes[node]
        for u, v, data in R.edges(data=True):
            ours = dict(G.edges[u, v])
            ours.pop("id", None)
            data = dict(data)
            data.pop("id", None)
            assert ours == data


@requires("an_network_load_graphml")
def test_proxy_network_round_trip_through_networkx():
    net = actornet.load(data_path("proxy-network.graphml"))
    G = net.to_networkx()
    back = actornet.from_networkx(G)
    assert back.nodes == net.nodes
    assert back.direction == net.direction
    assert edge_multiset(back) == edge_multiset(net)
    for node in net.nodes[:20]:
        assert back.node_attributes(node) == net.node_attributes(node)
    types = {c.name: c.type for c in net.columns("edge")}
    back_types = {c.name: c.type for c in back.columns("edge")}
    assert {k: ("long" if v == "int" else v) for k, v in types.items()} == back_types


def test_empty_and_edgeless_graphs():
    for G in (nx.Graph(), nx.DiGraph()):
        net = actornet.from_networkx(G)
        assert net.node_count == 0
        H = net.to_networkx()
        assert H.is_directed() == G.is_directed() and H.number_of_nodes() == 0
    G = nx.DiGraph()
    G.add_node(1, w=math.pi)
    net = actornet.from_networkx(G)
    assert net.direction == "directed" and net.get_node_attribute("1", "w") == math.pi
