"""load/loads, the writers, and errors with file, line and column."""
import csv
import os

import pytest

import actornet
from conftest import data_path, requires

pytestmark = requires("an_network_load_graphml", "an_network_load_graphml_buffer")

SMALL = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="t" for="node" attr.name="type" attr.type="string"><default>person</default></key>
  <key id="y" for="edge" attr.name="year" attr.type="int"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="b" for="node" attr.name="leader" attr.type="boolean"/>
  <graph id="g" edgedefault="undirected">
    <node id="a"><data key="t">state</data><data key="b">true</data></node>
    <node id="b"/>
    <node id="c"><data key="b">false</data></node>
    <edge id="e0" source="a" target="b"><data key="y">1992</data><data key="w">0.5</data></edge>
    <edge source="b" target="c" directed="true"/>
    <edge source="a" target="b"/>
  </graph>
</graphml>
"""


def test_load_proxy_network():
    net = actornet.load(data_path("proxy-network.graphml"))
    assert net.node_count > 100 and net.edge_count > net.node_count
    assert net.nodes[0] == "iran"
    assert net.get_node_attribute("iran", "type") == "state"
    assert net.get_node_attribute("iran", "start") == 1979
    assert net.graph_id == "proxy_network"
    assert net.column("type").key_id == "n_type"
    net.close()


def test_load_accepts_pathlike(tmp_path):
    path = tmp_path / "small.graphml"
    path.write_text(SMALL, encoding="utf-8")
    with actornet.load(path) as net:
        assert net.nodes == ["a", "b", "c"]


def test_loads_str_and_bytes_typed_values_defaults_missing():
    for text in (SMALL, SMALL.encode("utf-8"), bytearray(SMALL.encode("utf-8"))):
        net = actornet.loads(text)
        assert net.nodes == ["a", "b", "c"]
        assert net.edges == [actornet.Edge("a", "b", False, "e0"),
                             actornet.Edge("b", "c", True, None),
                             actornet.Edge("a", "b", False, None)]
        assert net.direction == "mixed"
        assert net.node_attributes("a") == {"type": "state", "leader": True}
        assert net.node_attributes("b") == {"type": "person", "leader": None}
        assert net.node_attributes("c") == {"type": "person", "leader": False}
        assert net.edge_attributes(0) == {"year": 1992, "weight": 0.5}
        assert net.edge_attributes(1) == {"year": None, "weight": None}
        assert net.column("type").default == "person"
        assert net.column("year", domain="edge").type == "int"
    with pytest.raises(TypeError):
        actornet.loads(12)


def test_parse_error_has_line_and_column():
    bad = '<?xml version="1.0"?>\n<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>\n'
    with pytest.raises(actornet.ParseError) as info:
        actornet.loads(bad, name="bad.graphml")
    error = info.value
    assert isinstance(error, ValueError) and isinstance(error, actornet.Error)
    assert error.code == -6 and error.status == "AN_EPARSE"
    assert error.file == "bad.graphml"
    assert error.line == 5 and error.column is not None
    assert error.message.startswith("bad.graphml:5:")
    assert error.reason in error.message


def test_error_table():
    cases = [
        # edges to undeclared nodes: refused only when strict (else added, with a warning)
        ("<graphml><graph><edge source='a' target='b'/></graph></graphml>",
         actornet.FormatError, 1),
        ("<graphml><graph><node id='a'/><node id='a'/></graph></graphml>",
         actornet.FormatError, 1),
        ("<graphml>\n<graph>\n<hyperedge/></graph></graphml>", actornet.UnsupportedError, 3),
        ("<graphml><graph><graph/></graph></graphml>", actornet.UnsupportedError, 1),
        ("<graphml>", actornet.ParseError, 1),
        ("", actornet.ParseError, None),
        ("<graphml/>", actornet.FormatError, None),
    ]
    for text, cls, line in cases:
        with pytest.raises(cls) as info:
            actornet.loads(text, strict=True)
        if line is not None:
            assert info.value.line == line, (text, info.value.message)
        assert info.value.file == "<buffer>" or info.value.file is None
    # not strict: the undeclared nodes are added, each with a warning naming the line
    net = actornet.loads("<graphml><graph><edge source='a' target='b'/></graph></graphml>")
    assert net.nodes == ["a", "b"] and any("undeclared node 'a'" in w for w in net.warnings)
    with pytest.raises(actornet.ParseError, match="the file is empty"):
        actornet.loads("")


def test_depth_limit():
    deep = "<graphml><graph><node id='a'>" + "<x>" * 50 + "</x>" * 50 + \
        "</node></graph></graphml>"
    with pytest.raises(actornet.LimitError):
        actornet.loads(deep, max_depth=20)


def test_missing_file_is_an_oserror(tmp_path):
    path = tmp_path / "nope.graphml"
    with pytest.raises(actornet.FileError) as info:
        actornet.load(path)
    assert isinstance(info.value, OSError)
    assert info.value.file == str(path)
    with pytest.raises(OSError):
        actornet.load(str(path))


@requires("an_network_save_graphml", "an_network_graphml_to_buffer")
def test_graphml_round_trip(tmp_path, proxy_like):
    net = proxy_like
    text = net.to_graphml_string()
    assert text.startswith("<?xml")
    again = actornet.loads(text)
    assert again.nodes == net.nodes and again.edges == net.edges
    for node in net.nodes:
        assert again.node_attributes(node) == net.node_attributes(node)
    for i in range(net.edge_count):
        assert again.edge_attributes(i) == net.edge_attributes(i)
    assert [(c.name, c.type, c.default) for c in again.columns("edge")] == \
        [(c.name, c.type, c.default) for c in net.columns("edge")]
    assert again.graph_attributes == net.graph_attributes
    assert again.graph_id == "proxy"
    path = tmp_path / "out.graphml"
    net.save_graphml(path, indent=False)
    with actornet.load(path) as loaded:
        assert loaded.edges == net.edges
    assert net.to_graphml_bytes(indent=False) == path.read_bytes()


@requires("an_network_save_graphml")
def test_write_failure_raises_file_error(tmp_path, proxy_like):
    with pytest.raises(actornet.FileError):
        proxy_like.save_graphml(tmp_path / "no-such-dir" / "x.graphml")


@requires("an_network_save_dot", "an_network_dot_to_buffer")
def test_dot(tmp_path, proxy_like):
    dot = proxy_like.to_dot_string(graph_name="proxy", graph_attributes={"overlap": "prism"},
                                   edge_label="relation")
    assert dot.startswith("digraph")
    assert '"iran"' in dot and "commands" in dot and "prism" in dot
    assert "dir=\"none\"" in dot                 # the undirected tie in a mixed network
    path = tmp_path / "out.dot"
    proxy_like.save_dot(path, graph_name="proxy", graph_attributes={"overlap": "prism"},
                        edge_label="relation")
    assert path.read_text(encoding="utf-8") == dot


@requires("an_network_save_nodes_csv", "an_network_save_edges_csv")
def test_csv(tmp_path, proxy_like):
    nodes, edges = tmp_path / "nodes.csv", tmp_path / "edges.csv"
    proxy_like.save_csv(nodes, edges)
    with open(nodes, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["id", "type", "start"]
    assert rows[1] == ["iran", "state", "1979"] and rows[2] == ["irgc", "unit", ""]
    with open(edges, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["source", "target", "directed", "id"]
    assert rows[2][:4] == ["irgc", "qf", "true", "e1"]
    assert len(rows) == 1 + proxy_like.edge_count
    assert not os.path.exists(tmp_path / "other.csv")


@requires("an_network_save_csv_columns")
def test_csv_long_default_written_once(tmp_path):
    # issue 14 item 3: a default longer than 400 bytes is not repeated in every row
    long_default = "d" * 1000
    net = actornet.loads(('<graphml><key id="n" for="node" attr.name="note" attr.type="string">'
                          '<default>%s</default></key><key id="t" for="node" attr.name="type" '
                          'attr.type="string"><default>person</default></key><graph edgedefault="directed">'
                          '<node id="a"/><node id="b"><data key="n">own</data></node></graph></graphml>'
                          % long_default).encode())
    nodes, columns = tmp_path / "x.nodes.csv", tmp_path / "x.columns.csv"
    net.save_csv(nodes, columns_path=columns)
    with open(nodes, newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [["id", "note", "type"], ["a", "", "person"], ["b", "own", "person"]]
    with open(columns, newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [["table", "column", "type", "default"],
                                       ["node", "note", "string", long_default],
                                       ["node", "type", "string", "person"]]
    net.close()


@requires("an_network_source_name", "an_network_node_line", "an_network_edge_line")
@pytest.mark.xfail(strict=False, reason="network.h promises the source name and element lines "
                   "of a loaded network; the GraphML reader does not record them yet")
def test_provenance_lines():
    net = actornet.loads(SMALL, name="small.graphml")
    assert net.source_name == "small.graphml"
    assert net.node_line("a") == 8 and net.node_line("c") == 10
    assert net.edge_line(0) == 11
    built = actornet.Network()
    built.add_node("x")
    assert built.source_name is None and built.node_line("x") is None
