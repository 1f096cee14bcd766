"""GEXF (issue 17 item 8): NetworkX as the oracle both ways, files written by Gephi and
graphology (producers/README.md) loaded as NetworkX reads them, Gephi's GraphML and GEXF
dialects of one graph loading to the same network, and GEXF -> actornet -> GEXF keeping
what was read (static and dynamic)."""
import io
import math
import os

import pytest

import actornet

nx = pytest.importorskip("networkx")

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCERS = os.path.join(HERE, "producers")
GEXF_FILES = sorted(f for f in os.listdir(PRODUCERS) if f.endswith(".gexf"))
# NetworkX 2.8 reads only the 1.1draft and 1.2draft namespaces; graphology's
# missing-nodes file has edges to undeclared nodes (NetworkX adds them, as we do).
NX_CANNOT = {"gephi_basic.gexf", "gephi_dynamicedgeweight.gexf", "gephi_les_miserables.gexf",
             "gephi_meta.gexf", "gephi_slice.gexf", "gephi_timezone.gexf", "gephi_zeroweight.gexf",
             "graphology_v1_3.gexf"}
# NetworkX refuses these; actornet reads them (per-edge direction; an undeclared attribute
# as a string column, with a warning)
NX_REFUSES = {"graphology_mixed.gexf": "Undirected edge found in directed graph",
              "graphology_undeclared_attribute.gexf": "No attribute defined for=url"}


def producer(name):
    return os.path.join(PRODUCERS, name)


def model(net):
    """Everything a network holds, comparable: ids, edges with direction, typed values."""
    nodes = {node: net.node_attributes(node) for node in net.nodes}
    edges = []
    for i, e in enumerate(net.edges):
        values = net.edge_attributes(i)
        edges.append((e.source, e.target, e.directed, e.id, tuple(sorted(values.items(), key=str))))
    columns = {(c.domain, c.name, c.type) for c in net.columns("node") + net.columns("edge")}
    return nodes, edges, columns


def same_value(a, b):
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def nx_undirected_pairs(g):
    return sorted(tuple(sorted((u, v))) for u, v in g.edges())


def test_networkx_static_file_loads_the_same():
    g = nx.MultiDiGraph()
    g.add_node("tehran", label="Tehran", kind="state", score=1.5, members=3, armed=True)
    g.add_node("qom", label="Qom")
    g.add_edge("tehran", "qom", weight=2.5, relation="funds")
    g.add_edge("qom", "tehran", relation="reports_to")
    buffer = io.BytesIO()
    nx.write_gexf(g, buffer)
    net = actornet.loads(buffer.getvalue())
    assert sorted(net.nodes) == ["qom", "tehran"]
    assert net.default_directed
    assert [(e.source, e.target) for e in net.edges] == [("tehran", "qom"), ("qom", "tehran")]
    assert net.get_node_attribute("tehran", "label") == "Tehran"
    assert net.get_node_attribute("tehran", "score") == 1.5
    assert net.get_node_attribute("tehran", "members") == 3
    assert net.get_node_attribute("tehran", "armed") is True
    assert net.get_edge_attribute(0, "weight") == 2.5
    assert net.get_edge_attribute(1, "relation") == "reports_to"


def test_networkx_dynamic_file_loads_and_goes_back():
    g = nx.DiGraph()
    g.add_node("a", start=2001.0, end=2005.0)
    g.add_node("b", members=[(10, 2000.0, 2001.0), (12, 2001.0, 2003.0)])
    g.add_edge("a", "b", relation="trains", start=2002.0, end=2004.0)
    buffer = io.BytesIO()
    nx.write_gexf(g, buffer)
    net = actornet.loads(buffer.getvalue())
    assert net.get_node_attribute("a", "start") == 2001.0 and net.get_node_attribute("a", "end") == 2005.0
    assert net.get_edge_attribute(0, "start") == 2002.0
    assert net.get_node_attribute("b", "members") == "<[2000.0, 2001.0, 10]; [2001.0, 2003.0, 12]>"
    h = nx.read_gexf(io.BytesIO(net.to_gexf_bytes()))
    assert h.nodes["a"]["start"] == 2001.0 and h.nodes["a"]["end"] == 2005.0
    assert h.nodes["b"]["members"] == [(10, 2000.0, 2001.0), (12, 2001.0, 2003.0)]
    assert h.edges["a", "b"]["start"] == 2002.0 and h.edges["a", "b"]["relation"] == "trains"


def test_networkx_refuses_mixed_direction_which_we_write_per_edge():
    net = actornet.load(actornet.data_file("proxy-network.graphml"))  # symmetric ties undirected
    with pytest.raises(nx.NetworkXError, match="Undirected edge found in directed graph"):
        nx.read_gexf(io.BytesIO(net.to_gexf_bytes()))
    assert model(actornet.loads(net.to_gexf_bytes()))[1] == model(net)[1]


@pytest.mark.parametrize("data", ["karate.graphml", "teaching-example.graphml"])
def test_our_gexf_reads_in_networkx_as_our_graphml_does(data):
    net = actornet.load(actornet.data_file(data))
    if len({e.directed for e in net.edges}) > 1:
        pytest.skip("mixed directions: NetworkX reads no mixed GEXF")
    g = nx.read_gexf(io.BytesIO(net.to_gexf_bytes()))
    assert sorted(g.nodes()) == sorted(net.nodes)
    assert g.number_of_edges() == net.edge_count
    from_graphml = nx.read_graphml(io.BytesIO(net.to_graphml_bytes()), force_multigraph=True)
    for node in net.nodes:
        ours = dict(from_graphml.nodes[node])
        theirs = dict(g.nodes[node])
        for key, value in ours.items():
            if key in ("start", "end"):  # spells: NetworkX reads them as timeformat says
                assert theirs[key] == value
            else:
                assert theirs[key] == value, (node, key)


@pytest.mark.parametrize("name", GEXF_FILES)
def test_producer_file_loads_as_networkx_reads_it(name):
    if name == "gephi_meta.gexf":
        with pytest.raises(actornet.FormatError, match="no <graph>"):
            actornet.load(producer(name))
        return
    net = actornet.load(producer(name))
    assert net.node_count > 0
    if name in NX_CANNOT:
        pytest.skip("NetworkX 2.8 reads only GEXF 1.1draft/1.2draft")
    if name in NX_REFUSES:
        with pytest.raises(nx.NetworkXError, match=NX_REFUSES[name]):
            nx.read_gexf(producer(name))
        return
    g = nx.read_gexf(producer(name))
    assert sorted(net.nodes) == sorted(g.nodes())
    assert net.edge_count == g.number_of_edges()
    if g.is_directed():
        assert sorted((e.source, e.target) for e in net.edges) == sorted(g.edges())
    else:
        assert sorted(tuple(sorted((e.source, e.target))) for e in net.edges) == nx_undirected_pairs(g)
    for node in g.nodes():
        label = g.nodes[node].get("label")
        if label is not None:
            assert net.get_node_attribute(node, "label") == label


@pytest.mark.parametrize("name", GEXF_FILES)
def test_round_trip_keeps_what_was_read(name):
    if name == "gephi_meta.gexf":
        return
    net = actornet.load(producer(name))
    again = actornet.loads(net.to_gexf_bytes())
    a, b = model(net), model(again)
    assert a[2] == b[2]
    assert a[0].keys() == b[0].keys()
    for node in a[0]:
        for key in a[0][node]:
            assert same_value(a[0][node][key], b[0][node][key]), (node, key)
    assert a[1] == b[1]
    assert again.to_gexf_bytes() == net.to_gexf_bytes()  # writing is a fixpoint


def test_gephi_graphml_and_gexf_dialects_load_to_the_same_network():
    gexf = actornet.load(producer("gephi_les_miserables.gexf"))
    graphml = actornet.load(producer("graphology_miserables.graphml"))
    assert sorted(gexf.nodes) == sorted(graphml.nodes)
    assert gexf.default_directed == graphml.default_directed
    pairs = lambda net: sorted((tuple(sorted((e.source, e.target))), net.get_edge_attribute(i, "weight"))
                               for i, e in enumerate(net.edges))
    assert pairs(gexf) == pairs(graphml)
    # the same columns under the same names and types (Gephi's GraphML names the viz data
    # r, g, b, x, y, size); the two exports come from different layout runs, so x and y differ
    for name in ("label", "Modularity Class", "r", "g", "b", "size"):
        assert gexf.column(name, "node").type == graphml.column(name, "node").type, name
        if name in ("x", "y"):
            continue
        for node in gexf.nodes:
            assert gexf.get_node_attribute(node, name) == graphml.get_node_attribute(node, name), (name, node)
    # and actornet's output of each loads back equal to its input
    for net in (gexf, graphml):
        for again in (actornet.loads(net.to_gexf_bytes()), actornet.loads(net.to_graphml_bytes())):
            assert model(again)[0] == model(net)[0]
            assert model(again)[1] == model(net)[1]


def test_dynamic_gephi_file_keeps_values_over_time():
    net = actornet.load(producer("gephi_dynamicedgeweight.gexf"))
    assert net.get_edge_attribute(0, "Weight") == "<[2004, 2004, 1]; [2005, 2005, 2]>"
    text = net.to_gexf_string()
    assert 'mode="dynamic"' in text and 'start="2004" end="2004"' in text


def test_spells_and_mutual_and_hierarchy():
    net = actornet.loads(b"""<gexf xmlns="http://gexf.net/1.3" version="1.3">
      <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
        <nodes>
          <node id="a" label="A"><spells><spell start="2001-01-01" end="2002-01-01"/>
            <spell start="2005-01-01" end="2006-06-30"/></spells>
            <nodes><node id="a1" label="A1"/></nodes></node>
          <node id="b" pid="a"/>
        </nodes>
        <edges><edge id="e" source="a1" target="b" type="mutual"/></edges>
      </graph></gexf>""")
    assert net.get_node_attribute("a", "spells") == "<[2001-01-01, 2002-01-01]; [2005-01-01, 2006-06-30]>"
    assert net.get_node_attribute("a", "start") == "2001-01-01"
    assert net.get_node_attribute("a", "end") == "2006-06-30"
    assert net.get_node_attribute("a1", "parent") == "a" and net.get_node_attribute("b", "parent") == "a"
    assert not list(net.edges)[0].directed and net.get_edge_attribute(0, "mutual") is True
    text = net.to_gexf_string()
    assert '<spell start="2005-01-01" end="2006-06-30"/>' in text
    assert 'type="mutual"' in text and 'pid="a"' in text
    assert model(actornet.loads(text))[0] == model(net)[0]


def test_cli_convert_writes_and_reads_gexf(tmp_path):
    import subprocess
    cli = os.environ.get("ACTORNET_CLI")
    if not cli:
        pytest.skip("ACTORNET_CLI not set")
    out = tmp_path / "proxy.gexf"
    subprocess.run([cli, "convert", actornet.data_file("proxy-network.graphml"), str(out)], check=True)
    back = tmp_path / "back.graphml"
    subprocess.run([cli, "convert", str(out), str(back)], check=True)
    original = actornet.load(actornet.data_file("proxy-network.graphml"))
    assert sorted(actornet.load(str(back)).nodes) == sorted(original.nodes)
    assert actornet.load(str(out)).edge_count == original.edge_count
    sniffed = tmp_path / "no-extension"
    sniffed.write_bytes(out.read_bytes())
    info = subprocess.run([cli, "info", str(sniffed)], check=True, capture_output=True, text=True)
    assert "%d nodes" % original.node_count in info.stdout
