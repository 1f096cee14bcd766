"""lens= on the Python analyses and the report: the same lens graph as NetworkX builds from the
file and data/vocabulary.tsv (agents and the cooperative ties among them)."""
import csv
import math
import os
import sys

import networkx as nx
import pytest

import actornet
from conftest import data_path

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from mixed_graphml import read_graphml  # noqa: E402  (the proxy network is a mixed graph)


def cooperation_graph():
    terms = list(csv.DictReader(open(data_path("vocabulary.tsv"), encoding="utf-8"), delimiter="\t"))
    mode = {t["name"]: t["mode"] for t in terms if t["kind"] == "type"}
    sign = {t["name"]: t["sign"] for t in terms if t["kind"] == "relation"}
    g = read_graphml(data_path("proxy-network.graphml"), force_multigraph=True)
    agents = [v for v, d in g.nodes(data=True) if mode.get(d.get("type")) == "agent"]
    h = nx.Graph()
    h.add_nodes_from(agents)
    h.add_edges_from((u, v) for u, v, d in g.edges(data=True)
                     if u in h and v in h and u != v and sign.get(d.get("relation")) == "cooperative")
    return g, h


def test_centrality_through_the_cooperation_lens_matches_networkx():
    net = actornet.load(data_path("proxy-network.graphml"))
    g, h = cooperation_graph()
    ours = net.centrality("betweenness", undirected=True, lens="cooperation")
    theirs = nx.betweenness_centrality(h)
    for v in g.nodes:
        if v in theirs:
            assert ours[v] == pytest.approx(theirs[v], abs=1e-12), v
        else:
            assert math.isnan(ours[v]), v  # a place, event or medium: not an actor


def test_communities_outside_the_lens_are_minus_one():
    net = actornet.load(data_path("proxy-network.graphml"))
    g, h = cooperation_graph()
    partition = net.communities(lens="cooperation")
    ids = net.node_ids() if hasattr(net, "node_ids") else list(g.nodes)
    outside = {v for v, m in zip(ids, partition.membership) if m < 0}
    assert outside == set(g.nodes) - set(h.nodes)


def test_lens_names():
    net = actornet.load(data_path("proxy-network.graphml"))
    assert net.centrality("degree", lens="auto").top(1) == net.centrality("degree", lens="cooperation").top(1)
    assert net.centrality("degree", lens="none").top(1) == net.centrality("degree").top(1)
    with pytest.raises(actornet.NotFoundError, match="unknown lens"):
        net.centrality("degree", lens="friendship")


def test_report_lenses():
    net = actornet.load(data_path("proxy-network.graphml"))
    data = net.report_data(replicates=0, render=False)
    _, h = cooperation_graph()
    assert data["lenses"]["structure"]["name"] == "cooperation"
    assert data["lenses"]["structure"]["actors"] == h.number_of_nodes()
    flat = net.report_data(replicates=0, render=False, lens="none", chain_lens="none")
    assert flat["lenses"]["structure"]["name"] == "none" and flat["actors"]["ranked"] == net.node_count
    with pytest.raises(TypeError):
        net.report_data(replicates=0, time_respecting="yes")


def test_paths_through_the_influence_lens():
    terms = list(csv.DictReader(open(data_path("vocabulary.tsv"), encoding="utf-8"), delimiter="\t"))
    semantics = {t["name"]: t for t in terms if t["kind"] == "relation"}
    net = actornet.load(data_path("proxy-network.graphml"))
    chains = net.k_shortest_paths("iran", "ganja_assassination_attempt_2018", 5, lens="influence")
    assert chains, "no chain from Iran to the Ganja attack"
    for chain in chains:
        years = [h["year"] for h in chain.hops if h["year"] is not None]
        assert years == sorted(years), chain.nodes           # time order (default with a lens)
        for hop in chain.hops:
            r = semantics[hop["relation"]]
            assert r["sign"] == "cooperative" and r["flow"] != "none", hop["relation"]
            assert hop["along_flow"] is True
    flat = net.k_shortest_paths("iran", "ganja_assassination_attempt_2018", 5, undirected=True)
    assert all(h["along_flow"] is None for c in flat for h in c.hops)
    assert "along_flow" in chains.to_table().names if hasattr(chains, "to_table") else True


def test_lens_view_is_the_lens_graph():
    net = actornet.load(data_path("proxy-network.graphml"))
    _, h = cooperation_graph()
    view = net.lens_view("cooperation")
    assert view.node_count == h.number_of_nodes()
    ours = view.centrality("degree", undirected=True)
    theirs = nx.degree_centrality(h)
    assert all(ours[v] == pytest.approx(theirs[v]) for v in theirs)
    with pytest.raises(ValueError):
        net.lens_view(None)
