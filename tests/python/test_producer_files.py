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
