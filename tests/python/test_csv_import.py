"""actornet.import_csv: spreadsheets in (csv_import.h)."""
import csv

import pytest

import actornet
from conftest import data_path, requires

pytestmark = requires("an_csv_import", "an_network_load_graphml")


def _same(a, b):
    assert [(c.name, c.type) for c in a.columns("edge")] == [(c.name, c.type) for c in b.columns("edge")]
    assert [(c.name, c.type) for c in a.columns("node")] == [(c.name, c.type) for c in b.columns("node")]
    assert a.node_count == b.node_count and a.edge_count == b.edge_count
    ta, tb = a.ties(), b.ties()
    assert list(ta.columns) == list(tb.columns)
    assert ta.equals(tb)
    na, nb = a.actors(), b.actors()
    assert list(na.columns) == list(nb.columns) and list(na.dtypes) == list(nb.dtypes)
    assert na.equals(nb)


def test_proxy_network_round_trip(tmp_path):
    pytest.importorskip("pandas")
    with actornet.load(data_path("proxy-network.graphml")) as original:
        original.save_csv(tmp_path / "p.nodes.csv", tmp_path / "p.edges.csv")
        with actornet.import_csv(tmp_path / "p.edges.csv", nodes=tmp_path / "p.nodes.csv") as back:
            assert back.warnings == []
            _same(original, back)


def test_columns_table_gives_back_types_and_long_defaults(tmp_path):
    # a network whose node default is longer than a CSV row repeats (csv.h's row budget)
    net = actornet.Network()
    net.add_column("note", "string", default="N" * 2000)
    net.add_column("score", "double", domain="edge", default=0.5)
    for node in ("a", "b", "c"):
        net.add_node(node)
    net.set_node_attribute("c", "note", "its own")
    net.add_edge("a", "b")
    net.add_edge("b", "c", score=2.0)
    net.save_csv(tmp_path / "t.nodes.csv", tmp_path / "t.edges.csv", tmp_path / "t.columns.csv")
    assert "N" * 2000 not in (tmp_path / "t.nodes.csv").read_text()
    with actornet.import_csv(tmp_path / "t.edges.csv", nodes=tmp_path / "t.nodes.csv",
                             columns=tmp_path / "t.columns.csv", validate=False) as back:
        assert [(c.name, c.type, c.default) for c in back.columns("node")] == \
            [(c.name, c.type, c.default) for c in net.columns("node")]
        assert [(c.name, c.type, c.default) for c in back.columns("edge")] == \
            [(c.name, c.type, c.default) for c in net.columns("edge")]
        assert back.values("note") == net.values("note") == ["N" * 2000, "N" * 2000, "its own"]
        assert back.values("score", "edge") == net.values("score", "edge") == [0.5, 2.0]
    with actornet.import_csv(tmp_path / "t.edges.csv", nodes=tmp_path / "t.nodes.csv", validate=False) as alone:
        assert alone.values("note") == [None, None, "its own"]     # the tables alone lose it


def test_hand_made_table_types_and_warnings(tmp_path):
    path = tmp_path / "ties.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [["from", "to", "year", "weight", "note"], ["a", "b", "2001", "1", "x; y"],
             ["b", "c", "", "2.5", 'say "hi"']])
    (tmp_path / "actors.csv").write_text("id,type\na,state\nb,unit\n", encoding="utf-8")
    with actornet.import_csv(path, nodes=tmp_path / "actors.csv", validate=False) as net:
        assert net.node_count == 3 and net.edge_count == 2
        assert any("target 'c' is not in the node table" in w for w in net.warnings)
        ties = net.ties()
        assert list(ties["note"]) == ["x; y", 'say "hi"']
    with actornet.import_csv(path, types={"edge:weight": "double", "year": "long"}, validate=False) as net:
        columns = {c.name: c.type for c in net.columns("edge")}
        assert columns == {"year": "long", "weight": "double", "note": "string"}
    with pytest.raises(actornet.FormatError) as error:
        actornet.import_csv(path, nodes=tmp_path / "actors.csv", strict=True)
    assert error.value.line == 3 and error.value.column == 3


def test_errors(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b'source,target\na,"b\n')
    with pytest.raises(actornet.ParseError) as error:
        actornet.import_csv(bad)
    assert (error.value.line, error.value.column) == (2, 3)
    with pytest.raises(actornet.FileError):
        actornet.import_csv(tmp_path / "missing.csv")
    with pytest.raises(ValueError):
        actornet.import_csv(bad, delimiter="x")
    with pytest.raises(ValueError):
        actornet.import_csv(bad, types={"a": "integer"})
    with pytest.raises(TypeError):
        actornet.import_csv(bad, types_from="file.graphml")
