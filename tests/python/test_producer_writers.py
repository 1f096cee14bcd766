"""GraphML written, during the test, by two more producer tools installed from Debian:
python-igraph (igraph's C writer, python3-igraph) and graph-tool (python3-graph-tool).
Each writes a small network with typed node, edge and graph attributes and parallel ties;
actornet loads the file and must give the same ids, ties, direction and values as the
producer itself reads back and as NetworkX reads (issue 17: files from at least eight
producer tools; the committed ones are in tests/graphml_read/producers/README.md).

Values are checked by type: integers and booleans equal, floating-point values equal to the
last bit as printed by the producer, strings byte for byte (non-ASCII included).
"""
import math

import pytest

import actornet

nx = pytest.importorskip("networkx")

NAMES = ["Quds Force", "Hüseynçilər", "Qom", "Ganja"]
TIES = [(0, 1), (1, 2), (2, 0), (2, 3), (0, 1)]          # a parallel tie 0 -> 1
WEIGHTS = [0.5, 1.0, 2.25, 3.0, 1e-3]
FLAGS = [True, False, True, False]
COUNTS = [1, -2, 3, 40]


def same_number(a, b):
    return a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))


def edge_pairs(net, directed):
    return [(e.source, e.target) if directed else tuple(sorted((e.source, e.target))) for e in net.edges]


@pytest.fixture(scope="module")
def graph_tool_file(tmp_path_factory):
    gt = pytest.importorskip("graph_tool")
    g = gt.Graph(directed=True)
    g.add_vertex(len(NAMES))
    for s, t in TIES:
        g.add_edge(s, t)
    name = g.new_vertex_property("string")
    flag = g.new_vertex_property("bool")
    count = g.new_vertex_property("int")
    pos = g.new_vertex_property("vector<double>")
    for i, v in enumerate(g.vertices()):
        name[v], flag[v], count[v], pos[v] = NAMES[i], FLAGS[i], COUNTS[i], [1.5, float(i)]
    weight = g.new_edge_property("double")
    for e, w in zip(g.edges(), WEIGHTS):
        weight[e] = w
    g.vertex_properties["name"], g.vertex_properties["flag"] = name, flag
    g.vertex_properties["count"], g.vertex_properties["pos"] = count, pos
    g.edge_properties["weight"] = weight
    g.graph_properties["title"] = g.new_graph_property("string")
    g.graph_properties["title"] = "graph-tool test"
    path = tmp_path_factory.mktemp("graph_tool") / "graph_tool.graphml"
    g.save(str(path))
    return str(path)


@pytest.fixture(scope="module")
def igraph_file(tmp_path_factory):
    igraph = pytest.importorskip("igraph")
    g = igraph.Graph(TIES, directed=False)
    g.vs["name"] = NAMES
    g.vs["flag"] = FLAGS
    g.vs["count"] = COUNTS
    g.es["weight"] = WEIGHTS
    g.es["relation"] = ["funds", "trains", "located_in", "located_in", "funds"]
    g["title"] = "igraph test"
    path = tmp_path_factory.mktemp("igraph") / "igraph.graphml"
    g.write_graphml(str(path))
    return str(path)


def test_graph_tool_file_as_graph_tool_reads_it(graph_tool_file):
    gt = pytest.importorskip("graph_tool")
    # graph-tool's writer signs no comment; its parse hints say who wrote the file
    assert 'parse.nodeids="canonical"' in open(graph_tool_file, encoding="utf-8").read()
    theirs = gt.load_graph(graph_tool_file)
    net = actornet.load(graph_tool_file)
    assert net.node_count == theirs.num_vertices() and net.edge_count == theirs.num_edges()
    assert net.default_directed == theirs.is_directed()
    # graph-tool writes canonical ids n0.. and e0..; its own reading gives indices
    index = {v: i for i, v in enumerate(net.nodes)}
    assert [(index[s], index[t]) for s, t in edge_pairs(net, True)] == \
        [(int(e.source()), int(e.target())) for e in theirs.edges()]
    assert net.values("name") == [theirs.vp["name"][v] for v in theirs.vertices()]
    assert net.values("flag") == [bool(theirs.vp["flag"][v]) for v in theirs.vertices()]
    assert net.values("count") == [int(theirs.vp["count"][v]) for v in theirs.vertices()]
    assert all(same_number(a, float(b)) for a, b in zip(net.values("weight", "edge"),
                                                        [theirs.ep["weight"][e] for e in theirs.edges()]))
    assert net.graph_attributes["title"] == theirs.gp["title"]
    # vector_float is not a GraphML type: kept as its text, with a warning, and written back typed
    pos = net.values("pos")
    assert [[float(x) for x in text.split(",")] for text in pos] == [list(theirs.vp["pos"][v])
                                                                       for v in theirs.vertices()]
    assert any("vector_float" in w for w in net.warnings)
    assert 'attr.type="vector_float"' in net.to_graphml_string()


def test_graph_tool_file_as_networkx_reads_it(graph_tool_file):
    net = actornet.load(graph_tool_file)
    try:
        g = nx.read_graphml(graph_tool_file, force_multigraph=True)
    except KeyError as error:
        # NetworkX 2.8 knows no 'vector_float' (graph-tool's own type): it refuses the file
        assert "vector_float" in str(error)
        return
    assert sorted(net.nodes) == sorted(g.nodes())
    assert net.edge_count == g.number_of_edges()


def test_graph_tool_round_trip_reads_back_in_graph_tool(graph_tool_file, tmp_path):
    gt = pytest.importorskip("graph_tool")
    out = tmp_path / "back.graphml"
    actornet.load(graph_tool_file).save_graphml(str(out))
    again, first = gt.load_graph(str(out)), gt.load_graph(graph_tool_file)
    assert again.num_vertices() == first.num_vertices() and again.num_edges() == first.num_edges()
    assert [list(again.vp["pos"][v]) for v in again.vertices()] == [list(first.vp["pos"][v])
                                                                     for v in first.vertices()]
    assert [again.vp["name"][v] for v in again.vertices()] == NAMES


def test_igraph_file_as_igraph_and_networkx_read_it(igraph_file):
    igraph = pytest.importorskip("igraph")
    text = open(igraph_file, encoding="utf-8").read()
    assert "Created by igraph" in text
    theirs = igraph.Graph.Read_GraphML(igraph_file)
    net = actornet.load(igraph_file)
    assert (net.node_count, net.edge_count) == (theirs.vcount(), theirs.ecount())
    assert net.default_directed == theirs.is_directed() is False
    index = {v: i for i, v in enumerate(net.nodes)}
    assert sorted(tuple(sorted((index[s], index[t]))) for s, t in edge_pairs(net, False)) == \
        sorted(tuple(sorted(e.tuple)) for e in theirs.es)
    assert net.values("name") == theirs.vs["name"]
    assert net.values("flag") == theirs.vs["flag"]
    # igraph writes integers as attr.type="double": both read them back as floating point
    assert net.column("count").type == "double" and net.values("count") == theirs.vs["count"]
    assert net.values("weight", "edge") == theirs.es["weight"]
    assert net.values("relation", "edge") == theirs.es["relation"]
    assert net.graph_attributes["title"] == theirs["title"]
    g = nx.read_graphml(igraph_file, force_multigraph=True)
    assert sorted(net.nodes) == sorted(g.nodes()) and net.edge_count == g.number_of_edges()
    assert [g.nodes[v]["name"] for v in net.nodes] == net.values("name")
    assert sorted(d["weight"] for _, _, d in g.edges(data=True)) == sorted(net.values("weight", "edge"))
