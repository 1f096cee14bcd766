"""Centrality from Python: the same numbers as NetworkX, python-igraph and the CLI."""
import csv
import io
import math
import os
import random
import subprocess
import time

import networkx as nx
import numpy
import pytest

import actornet
from conftest import data_path, requires

pytestmark = requires("an_centrality_compute", "an_centrality_compute_many",
                      "an_centralization")


def reference_graphs():
    """(name, NetworkX graph) pairs: reference networks and seeded random graphs."""
    graphs = [("karate", nx.karate_club_graph()),
              ("florentine", nx.florentine_families_graph()),
              ("les_miserables", nx.les_miserables_graph())]
    for seed in (1, 2, 3):
        graphs.append(("gnp-%d" % seed, nx.gnp_random_graph(40, 0.1, seed=seed)))
        graphs.append(("gnp-directed-%d" % seed,
                       nx.gnp_random_graph(40, 0.08, seed=seed, directed=True)))
    return graphs


def close(ours, theirs, G, tolerance=1e-9):
    """Scores equal NetworkX's {node: value} dict, node by node (NaN equals NaN)."""
    assert list(ours.ids) == [str(n) for n in G.nodes]
    for node in G.nodes:
        a, b = ours[str(node)], theirs[node]
        if isinstance(b, float) and math.isnan(b):
            assert math.isnan(a), (node, a, b)
        else:
            assert a == pytest.approx(b, rel=tolerance, abs=tolerance), (node, a, b)


@pytest.mark.parametrize("name,G", reference_graphs(), ids=lambda x: x if isinstance(x, str)
                         else "")
def test_path_and_degree_measures_match_networkx(name, G):
    net = actornet.from_networkx(G)
    close(net.degree(), nx.degree_centrality(G), G)
    close(net.betweenness(), nx.betweenness_centrality(G), G)
    close(net.betweenness(normalized=False), nx.betweenness_centrality(G, normalized=False), G)
    close(net.closeness(), nx.closeness_centrality(G), G)
    close(net.harmonic(), nx.harmonic_centrality(G), G)
    close(net.coreness(), nx.core_number(G), G)
    if G.is_directed():
        close(net.degree(mode="in"), nx.in_degree_centrality(G), G)
        close(net.out_degree(), nx.out_degree_centrality(G), G)
        close(net.degree(normalized=False), dict(G.degree()), G)
    else:
        close(net.constraint(), nx.constraint(G), G)
        close(net.effective_size(), nx.effective_size(G), G)
    net.close()


@pytest.mark.parametrize("name,G", reference_graphs(), ids=lambda x: x if isinstance(x, str)
                         else "")
def test_spectral_measures_match_networkx(name, G):
    unweighted = G.__class__()
    unweighted.add_nodes_from(G)
    unweighted.add_edges_from(G.edges())      # nx.hits always reads 'weight' when present
    G = unweighted
    net = actornet.from_networkx(G)
    close(net.pagerank(), nx.pagerank(G, weight=None, tol=1e-13, max_iter=10000), G, 1e-9)
    close(net.pagerank(damping=0.6), nx.pagerank(G, alpha=0.6, weight=None, tol=1e-13), G,
          1e-9)
    if not G.is_directed() and nx.is_connected(G):
        close(net.eigenvector(), nx.eigenvector_centrality(G, tol=1e-13, max_iter=100000), G,
              1e-6)
        if not nx.is_bipartite(G):
            hub, authority = net.hits()
            nx_hub, nx_authority = nx.hits(G, tol=1e-13, max_iter=100000)
            close(hub, nx_hub, G, 1e-6)
            close(authority, nx_authority, G, 1e-6)
    net.close()


def test_weighted_measures_match_networkx():
    rng = random.Random(7)
    G = nx.gnp_random_graph(50, 0.12, seed=7)
    for u, v in G.edges:
        G.edges[u, v]["weight"] = rng.choice([0.5, 1.0, 2.0, 3.5])
    net = actornet.from_networkx(G)
    close(net.strength(weight="weight"), dict(G.degree(weight="weight")), G)
    close(net.betweenness(weight="weight"), nx.betweenness_centrality(G, weight="weight"), G)
    close(net.closeness(weight="weight"), nx.closeness_centrality(G, distance="weight"), G)
    close(net.harmonic(weight="weight"), nx.harmonic_centrality(G, distance="weight"), G)
    close(net.pagerank(weight="weight"), nx.pagerank(G, weight="weight", tol=1e-13), G)
    close(net.constraint(weight="weight"), nx.constraint(G, weight="weight"), G)
    with pytest.raises(actornet.NotFoundError):
        net.betweenness(weight="no_such_column")


def test_same_numbers_as_python_igraph():
    igraph = pytest.importorskip("igraph")
    G = nx.gnp_random_graph(60, 0.07, seed=11, directed=True)
    net = actornet.from_networkx(G)
    g = igraph.Graph(n=G.number_of_nodes(), edges=list(G.edges), directed=True)
    assert net.betweenness(normalized=False).to_list() == pytest.approx(g.betweenness())
    assert net.coreness().to_list() == g.coreness()
    assert net.pagerank().to_list() == pytest.approx(g.pagerank(), rel=1e-9)
    assert net.harmonic().to_list() == pytest.approx(
        [h * (G.number_of_nodes() - 1) for h in g.harmonic_centrality(mode="in")])


def test_edge_policy_switches():
    net = actornet.Network(directed=True)
    for n in "abc":
        net.add_node(n)
    net.add_edge("a", "b")
    net.add_edge("a", "b")                    # parallel
    net.add_edge("b", "c")
    net.add_edge("c", "c")                    # self-loop
    assert net.degree(normalized=False).to_list() == [1, 2, 1]
    assert net.degree(normalized=False, parallel="keep").to_list() == [2, 3, 1]
    assert net.degree(normalized=False, self_loops=True).to_list() == [1, 2, 3]
    assert net.strength().to_list() == [2, 3, 1]
    assert net.betweenness(normalized=False).to_list() == [0, 1, 0]
    assert net.closeness(undirected=True).to_list() == pytest.approx([2 / 3, 1, 2 / 3])
    with pytest.raises(ValueError):
        net.degree(parallel="merge")
    with pytest.raises(ValueError):
        net.degree(mode="sideways")
    with pytest.raises(ValueError):
        net.centrality("fame")
    with pytest.raises(actornet.InvalidArgumentError):
        net.pagerank(damping=1.5)


def test_many_measures_in_one_call_and_integer_coreness():
    G = nx.karate_club_graph()
    net = actornet.from_networkx(G)
    table = net.centralities(["degree", "coreness", "betweenness", "degree"])
    assert list(table) == ["degree", "coreness", "betweenness"]
    assert table["betweenness"] == net.betweenness()
    assert table["coreness"].values.dtype == numpy.int64
    assert table["coreness"].to_dict() == {str(k): v for k, v in nx.core_number(G).items()}
    everything = net.centralities()
    assert list(everything) == list(actornet.MEASURES)


def test_centralization():
    star = actornet.from_networkx(nx.star_graph(6))
    for measure in ("degree", "betweenness", "closeness"):
        assert star.centralization(measure) == pytest.approx(1.0)
    ring = actornet.from_networkx(nx.cycle_graph(8))
    assert ring.centralization("degree") == pytest.approx(0.0)
    G = nx.karate_club_graph()
    degrees = [d for _, d in G.degree()]
    n = len(degrees)
    expected = sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2))
    assert actornet.from_networkx(G).centralization("degree") == pytest.approx(expected)
    assert math.isnan(actornet.from_networkx(nx.path_graph(2)).centralization())
    with pytest.raises(actornet.InvalidArgumentError):
        star.centralization("pagerank")


def test_empty_network_is_an_error():
    with pytest.raises(actornet.EmptyNetworkError):
        actornet.Network().betweenness()


@requires("an_network_load_graphml")
def test_done_when_line():
    net = actornet.load(data_path("proxy-network.graphml"))
    top = net.betweenness().top(5)
    assert len(top) == 5 and top[0][1] >= top[-1][1]
    G = net.to_networkx()
    simple = nx.DiGraph(G)                    # parallel ties collapsed, as our default
    # the network is mixed: an undirected tie (a symmetric relation, directed=False) is two arcs
    simple.add_edges_from((v, u) for u, v, d in G.edges(data=True) if d.get("directed") is False)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    reference = nx.betweenness_centrality(simple)
    for node, value in top:
        assert value == pytest.approx(reference[node], rel=1e-9, abs=1e-12)


def _cli(command="centrality"):
    cli = os.environ.get("ACTORNET_CLI")
    if not cli:
        library = actornet.library_path
        cli = os.path.join(os.path.dirname(os.path.dirname(library)), "cli", "actornet")
    if not os.access(cli, os.X_OK):
        pytest.skip("no actornet CLI next to the library")
    probe = subprocess.run([cli, command, "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("the CLI has no %s command yet" % command)
    return cli


@requires("an_network_load_graphml")
@pytest.mark.parametrize("name", ["proxy-network.graphml", "karate.graphml"])
def test_same_numbers_as_the_cli(name):
    cli = _cli()
    measures = list(actornet.MEASURES)
    result = subprocess.run([cli, "centrality", "--lens", "none", data_path(name), "--measure", ",".join(measures),
                             "--csv"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    net = actornet.load(data_path(name))
    ours = net.centralities(measures)
    assert [row["id"] for row in rows] == net.nodes
    for measure in measures:
        for row, value in zip(rows, ours[measure].to_list()):
            text = row[measure]
            if text in ("", "nan", "NaN"):
                assert math.isnan(value)
            else:
                assert float(text) == pytest.approx(value, rel=1e-12, abs=1e-15), \
                    (measure, row["id"])


def test_a_million_node_result_crosses_in_bulk():
    # The binding's share of the cost is one buffer allocation and one C call: measured
    # on a 100,000-node path (degree is O(n)), the conversion must not dominate.
    net = actornet.Network()
    lib = actornet._ffi.lib
    n = 100000
    handle = net._handle
    for i in range(n):
        lib.an_network_add_node(handle, b"n%d" % i, None)
    for i in range(n - 1):
        lib.an_network_add_edge(handle, i, i + 1, 0, None, None)
    net._node_ids()
    start = time.perf_counter()
    scores = net.degree(normalized=False)
    elapsed = time.perf_counter() - start
    assert isinstance(scores.values, numpy.ndarray) and len(scores) == n
    assert scores.values[0] == 1 and scores.values[1] == 2
    assert elapsed < 2.0
    net.close()


def test_attach_centrality_stores_a_column():
    net = actornet.from_networkx(nx.karate_club_graph())
    net.attach_centrality("betweenness")
    net.attach_centrality("pagerank", column="pr", damping=0.5)
    assert net.column("betweenness").type == "double"
    assert net.values("betweenness") == net.betweenness().to_list()
    assert net.values("pr") == net.pagerank(damping=0.5).to_list()


def test_prepare_changes_no_result():
    """net.prepare() builds the analysis graph now; every result is the same, bit for bit."""
    G = nx.karate_club_graph()
    fresh, prepared = actornet.from_networkx(G), actornet.from_networkx(G)
    prepared.prepare()
    prepared.prepare(weight="weight", undirected=True)
    for measure in ("degree", "pagerank", "eigenvector", "closeness"):
        assert list(prepared.centrality(measure)) == list(fresh.centrality(measure))
        assert list(prepared.centrality(measure, weight="weight", undirected=True)) == \
            list(fresh.centrality(measure, weight="weight", undirected=True))
    prepared.release_prepared()
    assert list(prepared.pagerank()) == list(fresh.pagerank())
    with pytest.raises(actornet.NotFoundError):
        prepared.prepare(weight="no such column")
