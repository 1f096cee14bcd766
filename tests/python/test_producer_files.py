"""GraphML written by other tools (tests/graphml_read/producers/README.md says which
and where from), loaded by actornet and by NetworkX / python-igraph: the same node ids,
edge count and direction; groups (yEd) flattened as NetworkX flattens them; files that an
oracle refuses are read by actornet as documented (issue 17)."""
import os

import pytest

import actornet

nx = pytest.importorskip("networkx")
try:
    import igraph
except ImportError:  # python-igraph is optional here
    igraph = None

PRODUCERS = os.path.join(os.path.dirname(__file__), "..", "graphml_read", "producers")
FILES = sorted(f for f in os.listdir(PRODUCERS) if f.endswith(".graphml"))
# NetworkX refuses these, for reasons actornet repairs (README): what it says
NX_REFUSES = {
    "graphology_mixed_multigraph.graphml": "directed=true edge found in undirected graph",
    "networkx_undeclared_key.graphml": "no key d2",
}


def path(name):
    return os.path.join(PRODUCERS, name)


@pytest.mark.parametrize("name", FILES)
def test_loads_as_networkx_reads_it(name):
    net = actornet.load(path(name))
    if name in NX_REFUSES:
        with pytest.raises(Exception, match=NX_REFUSES[name]):
            nx.read_graphml(path(name))
        return
    g = nx.read_graphml(path(name), force_multigraph=True)
    assert sorted(net.nodes) == sorted(g.nodes())
    assert net.edge_count == g.number_of_edges()
    assert net.default_directed == g.is_directed()
    ours = sorted((e.source, e.target) if g.is_directed() else tuple(sorted((e.source, e.target)))
                  for e in net.edges)
    theirs = sorted((u, v) if g.is_directed() else tuple(sorted((u, v))) for u, v, _ in g.edges(keys=True))
    assert ours == theirs


@pytest.mark.parametrize("name", FILES)
def test_counts_as_igraph_reads_them(name):
    if igraph is None:
        pytest.skip("python-igraph not installed")
    try:
        g = igraph.Graph.Read_GraphML(path(name))
    except Exception as error:  # igraph refuses some: say so, compare only what it reads
        pytest.skip("igraph refuses %s: %s" % (name, error))
    net = actornet.load(path(name))
    assert (net.node_count, net.edge_count) == (g.vcount(), g.ecount())


def test_yed_groups_flattened_and_written_back(tmp_path):
    net = actornet.load(path("yed_3.17_groups.graphml"))
    parent = dict(zip(net.nodes, net.values("parent")))
    is_group = dict(zip(net.nodes, net.values("is_group")))
    groups = sorted(v for v, flag in is_group.items() if flag)
    assert groups and all(parent[v] in groups for v in parent if parent[v] is not None)
    assert "groups flattened" in net.summary_text() or "flattened from nested graphs" in net.summary_text()
    out = tmp_path / "back.graphml"
    net.save_graphml(str(out))
    text = out.read_text()
    assert text.count("<graph") == open(path("yed_3.17_groups.graphml")).read().count("<graph")
    again = nx.read_graphml(str(out))
    assert sorted(again.nodes()) == sorted(net.nodes)


def test_strict_refuses_what_is_repaired():
    for name, words in [("graphology_missing_nodes.graphml", "unknown node"),
                        ("networkx_undeclared_key.graphml", "undeclared key 'd2'")]:
        assert actornet.load(path(name)).warnings
        with pytest.raises(actornet.FormatError, match=words):
            actornet.load(path(name), strict=True)


def yed_labels_by_etree(file_name):
    """yEd's visible node labels, read independently with ElementTree: per node, in the <data>
    whose key says yfiles.type="nodegraphics", the first NodeLabel with text of its own, looking
    only into the active realizer of a group's <Realizers active="K">."""
    import xml.etree.ElementTree as ET
    G = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(path(file_name)).getroot()
    graphics = {k.get("id") for k in root.iter(G + "key") if k.get("yfiles.type") == "nodegraphics"}

    def first_label(element):
        for child in element:
            local = child.tag.rsplit("}", 1)[-1]
            if local == "NodeLabel" and (child.text or "").strip():
                return child.text.strip()
            if local == "Realizers" and child.get("active") is not None:
                active = list(child)[int(child.get("active"))]
                if active.tag.endswith("NodeLabel") and (active.text or "").strip():
                    return active.text.strip()
                found = first_label(active)
            else:
                found = first_label(child)
            if found:
                return found
        return None

    labels = {}

    def walk(graph):
        for node in graph.findall(G + "node"):
            node_id = node.get("id")          # yEd writes nested ids whole ("n1::n0")
            for data in node.findall(G + "data"):
                if data.get("key") in graphics:
                    label = first_label(data)
                    if label:
                        labels[node_id] = label
            for inner in node.findall(G + "graph"):
                walk(inner)

    for graph in root.findall(G + "graph"):
        walk(graph)
    return labels


@pytest.mark.parametrize("name", ["yed_3.17_groups.graphml", "yfiles_java_2.7.graphml"])
def test_yed_labels_in_dot_and_report(name, tmp_path):
    import json
    import re
    import subprocess
    expected = yed_labels_by_etree(name)
    assert expected, "the file has yEd labels"
    net = actornet.load(path(name))
    assert "label" not in [c.name for c in net.columns("node")]     # nothing added to the network
    dot = net.to_dot_string()
    shown = dict(re.findall(r'^\s*"([^"]+)" \[label="([^"]*)"', dot, re.M))
    assert {v: shown.get(v) for v in net.nodes} == {v: expected.get(v) for v in net.nodes}
    cli = os.environ.get("ACTORNET_CLI")
    if not cli:
        return
    out = tmp_path / "report"
    done = subprocess.run([cli, "report", path(name), "-o", str(out), "-q", "--no-render", "--replicates", "0"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    report = json.loads((out / "report.json").read_text())
    found = {}

    def collect(value):
        if isinstance(value, dict):
            if "id" in value and "label" in value and value["id"] in expected:
                found[value["id"]] = value["label"]
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(report)
    assert found and all(found[v] == expected[v] for v in found)
