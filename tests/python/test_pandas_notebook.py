"""pandas (net.actors(), net.ties(), to_pandas() on every result, from_pandas) and the
Jupyter HTML of networks, results and paths, with hostile names in the data."""
import base64
import html
import os
import re
import subprocess
import sys

import pytest

import actornet
from actornet import notebook
from conftest import BINDING, data_path

pd = pytest.importorskip("pandas")

HOSTILE = '<script>alert("x")</script>\'&'


@pytest.fixture
def proxy():
    net = actornet.load(data_path("proxy-network.graphml"))
    yield net
    net.close()


# ---- pandas -----------------------------------------------------------------------------

def test_actors_are_typed_with_na(proxy_like):
    frame = proxy_like.actors()
    assert list(frame.index) == ["iran", "irgc", "qf", "husayniyyun", "hezbollah"]
    assert frame.index.name == "id"
    assert str(frame["type"].dtype) == "string" and str(frame["start"].dtype) == "Int32"
    assert frame.loc["irgc", "start"] is pd.NA          # missing: NA, not 0
    assert frame.loc["iran", "start"] == 1979
    assert frame.attrs["graphml_types"] == {"type": "string", "start": "int"}


def test_ties_are_typed_with_na_and_defaults(proxy_like):
    frame = proxy_like.ties()
    assert list(frame.columns[:4]) == ["from", "to", "directed", "edge_id"]
    assert frame["edge_id"].tolist()[:2] == [pd.NA, "e1"] or \
        (frame["edge_id"].isna().tolist()[:2] == [True, False])
    assert frame["directed"].tolist()[-1] is False or not frame["directed"].iloc[-1]
    assert frame["year"].isna().tolist() == [False, True, False, False, False, True]
    assert str(frame["weight"].dtype) == "Float64" and frame["weight"].isna().sum() == 4
    assert frame.loc[0, "confidence"] == "stated"       # the declared default


def test_float_nan_is_a_value_and_missing_is_na():
    net = actornet.Network()
    net.add_column("x", "double")
    net.add_node("a", x=float("nan"))
    net.add_node("b")
    column = net.actors()["x"]
    assert column.isna().tolist() == [False, True]      # NaN stays a value, absent is NA


def test_round_trip_through_pandas(proxy):
    copy = actornet.from_pandas(proxy.actors(), proxy.ties())
    strip = lambda text: re.sub(r'key="[^"]*"|id="[gne]_\w*"|id="d\d+"', "", text)
    assert strip(copy.to_graphml_string()) == strip(proxy.to_graphml_string())


def test_from_pandas_infers_types_and_adds_endpoint_nodes():
    nodes = pd.DataFrame({"id": ["a", "b"], "n": pd.array([1, None], dtype="Int64"),
                          "flag": [True, False], "w": [0.5, float("nan")],
                          "when": pd.to_datetime(["2020-01-02", None])})
    edges = pd.DataFrame({"source": ["a", "b"], "target": ["b", "c"], "kind": ["x", None]})
    net = actornet.from_pandas(nodes, edges)
    assert net.nodes == ["a", "b", "c"]
    types = {c.name: c.type for c in net.columns("node")}
    assert types == {"n": "long", "flag": "boolean", "w": "double", "when": "string"}
    assert net.values("n") == [1, None, None]
    assert net.values("w") == [0.5, None, None]          # a float64 NaN is pandas' missing
    assert net.values("when")[0] == "2020-01-02T00:00:00"
    assert net.values("kind", "edge") == ["x", None]


def test_from_pandas_refuses_mixed_and_missing_ids():
    with pytest.raises(actornet.TypeMismatchError):
        actornet.from_pandas(pd.DataFrame({"id": ["a", "b"], "v": ["x", 1]}))
    with pytest.raises(ValueError, match="no id"):
        actornet.from_pandas(pd.DataFrame({"id": ["a", None]}))


def test_every_result_has_to_pandas(proxy):
    results = [
        proxy.betweenness(), proxy.centralities(["degree", "coreness"]), proxy.communities(),
        proxy.components(), proxy.brokerage(expected=True), proxy.key_players(2),
        proxy.what_if(["iran"]), proxy.maximal_cliques(), proxy.compare_partitions("type", "type"),
        proxy.k_shortest_paths("iran", "ganja_assassination_attempt_2018", 2),
        proxy.shortest_path("iran", "ganja_assassination_attempt_2018")[0],
        proxy.ranking_robustness(replicates=5), proxy.partition_robustness(replicates=3)]
    for result in results:
        frame = result.to_pandas()
        assert isinstance(frame, (pd.DataFrame, pd.Series)), type(result)
        assert len(frame) > 0
    table = proxy.centralities(["degree", "coreness"]).to_pandas()
    assert str(table["coreness"].dtype) == "Int64"
    hops = results[9].to_pandas()
    assert hops.loc[0, "source"].startswith("Toğa") and hops["path"].max() == 1
    robust = results[11].to_pandas()
    assert robust.attrs["replicates"] == 5 and robust["rank"].notna().all()
    partition = proxy.attribute_partition("type").to_pandas()
    assert partition.name == "group" and str(partition.dtype) == "Int64"


def test_results_agree_with_their_sources(proxy):
    scores = proxy.pagerank()
    series = scores.to_pandas()
    assert series.to_dict() == pytest.approx(scores.to_dict())
    roles = proxy.brokerage()
    assert roles.to_pandas()["liaison"].to_dict() == roles.liaison.to_dict()


def test_pandas_is_optional():
    code = ("import sys; sys.modules['pandas'] = None\n"
            "import actornet\n"
            "net = actornet.loads('<graphml><graph edgedefault=\"directed\"><node id=\"a\"/>"
            "</graph></graphml>')\n"
            "print(net.degree().top(1))\n"
            "try:\n    net.actors()\nexcept ImportError as e:\n    print('ImportError', e)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=BINDING))
    assert result.returncode == 0, result.stderr
    assert "ImportError this needs pandas" in result.stdout and "python3-pandas" in result.stdout


# ---- HTML ------------------------------------------------------------------------------------

@pytest.fixture
def hostile():
    net = actornet.Network(directed=True)
    net.add_column("label", "string")
    net.add_column("type", "string")
    net.add_column("relation", "string", domain="edge")
    net.add_column("source", "string", domain="edge")
    net.add_node(HOSTILE, label=HOSTILE, type=HOSTILE)
    net.add_node("b\"><img src=x onerror=alert(1)>", label="</title><svg onload=alert(2)>",
                 type="state")
    net.add_node("c", type="unit")
    net.add_edge(HOSTILE, "b\"><img src=x onerror=alert(1)>",
                 attributes={"relation": HOSTILE, "source": HOSTILE})
    net.add_edge("b\"><img src=x onerror=alert(1)>", "c",
                 attributes={"relation": "funds", "source": "<b>x</b>"})
    yield net
    net.close()


def assert_safe(page):
    # no markup from the data: every '<' comes from the renderer's own tags
    for bad in ("<script", "<img src=x", "<svg onload", "<b>x</b>"):
        assert bad not in page, bad
    assert not re.search(r"<[^>]*(onerror|onload)", page)   # as text it is harmless
    tags = set(re.findall(r"<(/?[a-zA-Z]+)", page))
    assert tags <= {"style", "/style", "div", "/div", "strong", "/strong", "table", "/table",
                    "thead", "/thead", "tbody", "/tbody", "tr", "/tr", "th", "/th", "td", "/td",
                    "i", "/i", "img", "span", "/span", "code", "/code", "iframe", "/iframe"}, tags


def test_network_html_escapes_and_draws_safely(hostile):
    page = hostile._repr_html_()
    assert_safe(page)
    assert html.escape(HOSTILE, quote=True) in page
    images = re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', page)
    assert len(images) == 1
    svg = base64.b64decode(images[0]).decode("utf-8")
    assert "<svg" in svg and "<script" not in svg and "onload=" not in svg.replace(
        "&lt;svg onload=", "")


def test_result_tables_escape(hostile):
    for result in (hostile.degree(), hostile.brokerage(), hostile.communities(),
                   hostile.attribute_partition("type"), hostile.centralities(["degree"])):
        page = result._repr_html_()
        assert_safe(page)
        assert "&lt;script&gt;" in page


def test_paths_html_escapes_and_cites(hostile):
    found = hostile.shortest_path(HOSTILE, "c")
    for page in (found._repr_html_(), found[0]._repr_html_()):
        assert_safe(page)
        assert "&lt;b&gt;x&lt;/b&gt;" in page and "<th>source</th>" in page


def test_sorting_script_holds_no_data(hostile):
    page = hostile.degree()._repr_html_()
    scripts = re.findall(r'onclick="([^"]*)"', page)
    assert scripts and len(set(scripts)) == 1 and "script" not in html.unescape(scripts[0])


def test_long_results_are_cut_with_a_note(proxy):
    page = proxy.betweenness()._repr_html_()
    assert page.count("<tr>") == notebook.MAX_ROWS + 1
    assert "%d of %d rows shown" % (notebook.MAX_ROWS, proxy.node_count) in page


def test_report_page_inline_is_sandboxed(tmp_path, hostile):
    summary = hostile.report(str(tmp_path), replicates=0, render=False)
    assert isinstance(summary, str) and summary.directory == str(tmp_path)
    page = summary._repr_html_()
    assert page.startswith('<iframe sandbox="" ')
    srcdoc = re.fullmatch(r'<iframe [^>]*srcdoc="([^"]*)"></iframe>', page, re.S)
    assert srcdoc is not None                     # the whole page is one escaped attribute
    assert html.unescape(srcdoc.group(1)) == (tmp_path / "report.html").read_text()
    # the report writes explorer.html beside report.html; it is shown with scripts allowed only
    assert (tmp_path / "explorer.html").exists()
    assert summary.explorer()._repr_html_().startswith('<iframe sandbox="allow-scripts" ')
    (tmp_path / "explorer.html").unlink()
    with pytest.raises(FileNotFoundError):
        summary.explorer()
