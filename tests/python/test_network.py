"""The network model from Python: nodes, edges, typed attributes, missing values, errors."""
import math

import pytest

import actornet
from conftest import build


def test_empty_network():
    with actornet.Network() as net:
        assert net.node_count == 0 and net.edge_count == 0 and len(net) == 0
        assert net.nodes == [] and net.edges == []
        assert net.direction == "undirected"
        assert not net.default_directed
    assert actornet.Network(directed=True).direction == "directed"


def test_nodes_in_order_and_lookup(proxy_like):
    net = proxy_like
    assert net.nodes == ["iran", "irgc", "qf", "husayniyyun", "hezbollah"]
    assert net.node_index("qf") == 2
    assert "qf" in net and "mossad" not in net and 3 not in net
    assert list(net) == net.nodes
    with pytest.raises(actornet.NotFoundError) as info:
        net.node_index("mossad")
    assert isinstance(info.value, KeyError)
    assert info.value.code == -10 and info.value.status == "AN_ENOTFOUND"
    assert "mossad" in str(info.value)


def test_edges_direction_ids_parallel(proxy_like):
    net = proxy_like
    edges = net.edges
    assert len(edges) == net.edge_count == 6
    assert edges[0] == actornet.Edge("iran", "irgc", True, None)
    assert edges[1] == ("irgc", "qf", True, "e1")
    assert edges[3][:2] == edges[4][:2] == ("qf", "hezbollah")
    assert edges[5] == actornet.Edge("hezbollah", "husayniyyun", False, None)
    assert net.edge(-1) == edges[5]
    assert net.direction == "mixed"
    assert net.default_directed


def test_typed_values_and_missing(proxy_like):
    net = proxy_like
    iran = net.node_attributes("iran")
    assert iran == {"type": "state", "start": 1979}
    assert type(iran["start"]) is int
    assert net.node_attributes("irgc") == {"type": "unit", "start": None}
    assert net.get_node_attribute("irgc", "start") is None
    assert net.get_edge_attribute(0, "weight") == 2.0
    assert type(net.get_edge_attribute(0, "weight")) is float
    assert net.get_edge_attribute(2, "weight") is None
    assert net.get_graph_attribute("title") == "test"
    assert net.graph_attributes == {"title": "test"}
    assert net.graph_id == "proxy"


def test_defaults_apply_to_absent_values(proxy_like):
    net = proxy_like
    assert net.get_edge_attribute(0, "confidence") == "stated"        # absent -> default
    assert net.value_state("confidence", 0, domain="edge") == "default"
    assert net.get_edge_attribute(2, "confidence") == "reported"
    assert net.value_state("confidence", 2, domain="edge") == "set"
    assert net.value_state("start", "irgc") == "missing"
    column = net.column("confidence", domain="edge")
    assert column.has_default and column.default == "stated" and column.missing == 0
    net.set_default("confidence", None, domain="edge")
    assert net.get_edge_attribute(0, "confidence") is None
    assert net.column("confidence", domain="edge").missing == 5


def test_every_type_round_trips():
    net = actornet.Network()
    net.add_node("a")
    for name, type_name, value, default in [
            ("b", "boolean", True, False), ("i", "int", -2 ** 31, 7),
            ("l", "long", 2 ** 62 + 1, -1), ("f", "float", 0.1, 1.5),
            ("d", "double", 1e-300, -0.0), ("s", "string", "Hüseynçilər \u00e9\n\"<&>", "x")]:
        column = net.add_column(name, type_name, default=default)
        assert column.type == type_name and column.default == default
        net.add_node("n" + name)
        net.set_node_attribute("n" + name, name, value)
        got = net.get_node_attribute("n" + name, name)
        assert got == value and type(got) is type(value)
        assert net.get_node_attribute("a", name) == default        # the default
    columns = net.columns()
    assert [c.name for c in columns] == ["b", "i", "l", "f", "d", "s"]
    assert [c.type for c in columns] == ["boolean", "int", "long", "float", "double", "string"]


def test_bulk_values_and_array(proxy_like):
    net = proxy_like
    assert net.values("start") == [1979, None, None, 2015, 1982]
    assert net.values("type") == ["state", "unit", "unit", "organisation", "organisation"]
    assert net.values("weight", domain="edge") == [2.0, 1.0, None, None, None, None]
    array = net.array("start")
    assert list(array[:1]) == [1979.0] and math.isnan(array[1])
    assert list(net.array("start", missing=-1)) == [1979, -1, -1, 2015, 1982]
    with pytest.raises(actornet.TypeMismatchError):
        net.array("type")


def test_bulk_values_keep_large_integers_and_nan():
    net = actornet.Network()
    net.add_column("big", "long")
    net.add_column("real", "double")
    net.add_column("flag", "boolean")
    for i, (big, real, flag) in enumerate([(2 ** 63 - 1, math.nan, True), (None, None, None),
                                           (-(2 ** 53) - 1, math.inf, False)]):
        net.add_node(str(i), big=big, real=real, flag=flag)
    assert net.values("big") == [2 ** 63 - 1, None, -(2 ** 53) - 1]
    reals = net.values("real")
    assert math.isnan(reals[0]) and reals[1] is None and reals[2] == math.inf
    assert net.values("flag") == [True, None, False]


def test_setting_values_infers_and_checks_types():
    net = actornet.Network()
    net.add_node("a", flag=True, count=3, share=0.5, name="x")
    assert [(c.name, c.type) for c in net.columns()] == [
        ("flag", "boolean"), ("count", "long"), ("share", "double"), ("name", "string")]
    net.set_node_attribute("a", "share", 2)                # int into double: fine
    assert net.get_node_attribute("a", "share") == 2.0
    with pytest.raises(actornet.TypeMismatchError) as info:
        net.set_node_attribute("a", "count", "three")
    assert isinstance(info.value, TypeError) and "count" in str(info.value)
    with pytest.raises(actornet.TypeMismatchError):
        net.set_node_attribute("a", "name", 5)
    net.add_column("small", "int")
    with pytest.raises(actornet.TypeMismatchError):
        net.set_node_attribute("a", "small", 2 ** 40)
    with pytest.raises(TypeError):
        net.set_node_attribute("a", "new", [1, 2])
    net.set_node_attribute("a", "name", None)               # None unsets
    assert net.get_node_attribute("a", "name") is None


def test_attribute_names_that_clash_with_parameters():
    net = actornet.Network(directed=True)
    net.add_node("a", {"node_id": "kept"})
    net.add_node("b")
    net.add_edge("a", "b", attributes={"source": "paper", "target": "x", "id": "not the id"})
    assert net.edges[0].id is None
    assert net.edge_attributes(0) == {"source": "paper", "target": "x", "id": "not the id"}
    assert net.node_attributes("a") == {"node_id": "kept"}


def test_errors_carry_code_and_message():
    net = actornet.Network()
    net.add_node("a")
    with pytest.raises(actornet.ExistsError) as info:
        net.add_node("a")
    error = info.value
    assert isinstance(error, actornet.Error) and isinstance(error, ValueError)
    assert error.code == -11 and error.status == "AN_EEXISTS"
    assert "'a'" in error.message and error.file is None and error.line is None
    with pytest.raises(actornet.InvalidArgumentError):
        net.add_node("")
    with pytest.raises(actornet.NotFoundError):
        net.add_edge("a", "b")
    with pytest.raises(actornet.RangeError) as info:
        net.edge(5)
    assert isinstance(info.value, IndexError)
    with pytest.raises(actornet.NotFoundError):
        net.get_node_attribute("a", "nope")
    with pytest.raises(ValueError):
        net.add_node("nul\0inside")
    with pytest.raises(ValueError):
        net.columns("vertex")
    # The error is cleared after it is raised: it does not leak into the next call.
    assert actornet._ffi.lib.an_error_last().contents.code == 0


def test_copy_is_deep(proxy_like):
    clone = proxy_like.copy()
    clone.add_node("new")
    clone.set_node_attribute("iran", "type", "country")
    assert proxy_like.node_count == 5 and clone.node_count == 6
    assert proxy_like.get_node_attribute("iran", "type") == "state"
    assert clone.edges == proxy_like.edges
    clone.close()


def test_default_direction_switch():
    net = actornet.Network()
    net.add_node("a")
    net.add_node("b")
    net.add_edge("a", "b")
    net.default_directed = True
    net.add_edge("a", "b")
    assert [e.directed for e in net.edges] == [False, True]
    assert net.direction == "mixed"


def test_summary(proxy_like):
    summary = proxy_like.summary()
    assert summary["nodes"] == 5 and summary["edges"] == 6
    assert summary["direction"] == "mixed"
    assert summary["classes"] == {"state": 1, "unit": 2, "organisation": 2}
    assert summary["relations"]["funds"] == 2
    assert summary["years"] == {"min": 1979, "max": 2015}
    assert "5" in proxy_like.summary_text()


def test_attach_results(proxy_like):
    net = proxy_like
    net.attach("score", [0.5, float("nan"), 1.0, 2.0, 3.0])
    assert net.column("score").type == "double"
    assert net.values("score") == [0.5, None, 1.0, 2.0, 3.0]
    net.attach("rank", [5, 4, 3, 2, 1])
    assert net.column("rank").type == "long"
    assert net.values("rank") == [5, 4, 3, 2, 1]
    with pytest.raises(ValueError):
        net.attach("short", [1.0, 2.0])


def test_build_helper_and_unicode_ids():
    net = build([("Hüseynçilər", "قدس"), ("قدس", "x")])
    assert net.nodes == ["Hüseynçilər", "قدس", "x"]
    assert net.node_index("قدس") == 1
    assert net.edges[0].source == "Hüseynçilər"


def test_warnings_empty_when_built():
    assert actornet.Network().warnings == []
