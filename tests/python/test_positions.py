"""Positions, census, QAP, CUG and subgroups from Python (positions.h): the same numbers as
the CLI (checked against R's sna in tests/positions), and independent checks here — numpy
least squares for QAP regression, SciPy's hierarchical clustering, NetworkX's cliques, the
matrices recomputed from attribute values."""
import json
import math
import os
import subprocess

import networkx as nx
import numpy as np
import pytest
from scipy.cluster.hierarchy import linkage as scipy_linkage

import actornet
from conftest import build, data_path, requires

pytestmark = requires("an_network_positions", "an_qap_linear", "an_cug_test")

CLI = os.environ.get("ACTORNET_CLI")


@pytest.fixture(scope="module")
def karate():
    return actornet.load(data_path("karate.graphml"))


@pytest.fixture(scope="module")
def proxy():
    return actornet.load(data_path("proxy-network.graphml"))


def cli_json(*arguments):
    if not CLI:
        pytest.skip("ACTORNET_CLI not set")
    out = subprocess.run([CLI] + [str(a) for a in arguments] + ["--json"], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def test_census_matches_the_cli_with_and_without_a_lens(proxy):
    for lens in (None, "cooperation", "conflict"):
        j = cli_json("census", data_path("proxy-network.graphml"), "--lens", lens or "none")
        assert proxy.triad_census(lens=lens) == j["triads"]
        assert proxy.dyad_census(lens=lens) == j["dyads"]
    census = proxy.triad_census(undirected=True)
    assert set(k for k, v in census.items() if v) <= {"003", "102", "201", "300"}
    n = proxy.node_count
    assert sum(census.values()) == n * (n - 1) * (n - 2) // 6


def test_positions_and_blockmodel_match_the_cli(karate):
    p = karate.positions(k=4)
    j = cli_json("positions", data_path("karate.graphml"), "--positions", 4, "--lens", "none")
    assert [p[node] for node in p.ids] == [j["membership"][node] for node in p.ids]
    assert p.count == 4 and sum(p.sizes) == 34 and p.dendrogram.n == 34
    bm = karate.blockmodel(p)
    assert np.allclose(np.array(bm.density[0], dtype=float), np.array(j["blockmodel"]["density"][0], dtype=float),
                       equal_nan=True)
    assert bm.r_squared[0] == pytest.approx(j["blockmodel"]["r_squared"][0], rel=1e-12)
    # the tree cut again from Python gives the same positions
    assert p.dendrogram.cut(k=4) == list(p.membership)
    concor = karate.positions(method="concor", depth=2)
    assert concor.dendrogram is None and concor.count <= 4


def test_positions_through_a_lens_leave_unseen_actors_out(proxy):
    p = proxy.positions(k=3, lens="cooperation")
    outside = [node for node in p.ids if p[node] < 0]
    assert outside and p.count == 3
    d = proxy.structural_equivalence(lens="cooperation")
    index = p.ids.index(outside[0])
    assert all(math.isnan(x) for x in d[index])


def test_structural_equivalence_of_matrices_equals_the_network_method(karate):
    m = karate.matrix()
    assert np.array_equal(actornet.structural_equivalence_matrices([m], "euclidean"),
                          karate.structural_equivalence("euclidean"))


def test_hierarchical_clustering_matches_scipy():
    rng = np.random.default_rng(3)
    points = rng.random((12, 3))
    d = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(-1))
    condensed = d[np.triu_indices(12, 1)]
    for method in ("complete", "single", "average"):
        ours = actornet.hierarchical_clustering(d, method)
        theirs = scipy_linkage(condensed, method)
        assert np.allclose(sorted(ours.height), sorted(theirs[:, 2]), rtol=1e-12)
        got = {frozenset(pair) for pair in ours.merge}
        # scipy numbers merged clusters n + step as well; both trees merge the same sets
        assert len(got) == 11
    with pytest.raises(ValueError):
        actornet.hierarchical_clustering(d, "ward")


def test_matrices_from_attributes_and_another_network():
    net = actornet.Network(directed=True)
    for node, group, rank in (("a", "x", 1), ("b", "x", 4), ("c", "y", 2), ("d", None, 3)):
        attributes = {"rank": rank}
        if group:
            attributes["group"] = group
        net.add_node(node, **attributes)
    net.add_edge("a", "b", relation="kin_of")
    net.add_edge("b", "c", relation="member_of")
    same = np.array(net.matrix("same", attribute="group"))
    assert same[0, 1] == 1 and same[0, 2] == 0 and same[3, 3] == 0 and same[0, 0] == 1
    difference = np.array(net.matrix("difference", attribute="rank"))
    assert difference[0, 1] == 3 and difference[2, 3] == 1
    assert np.array(net.matrix("sender", attribute="rank"))[1, 0] == 4
    assert np.array(net.matrix("receiver", attribute="rank"))[1, 0] == 1
    kin = np.array(net.matrix(relations=["kin_of"]))
    assert kin.sum() == 1 and kin[0, 1] == 1
    other = actornet.Network(directed=True)
    for node in ("c", "a", "z"):
        other.add_node(node)
    other.add_edge("c", "a")
    other.add_edge("z", "a")
    aligned = np.array(other.matrix(reference=net))
    assert aligned.shape == (4, 4) and aligned[2, 0] == 1 and aligned.sum() == 1  # z is not in net
    with pytest.raises(actornet.NotFoundError):
        net.matrix("same", attribute="nope")


def test_qap_linear_equals_numpy_least_squares():
    rng = np.random.default_rng(11)
    n = 14
    x1 = (rng.random((n, n)) < 0.3).astype(float)
    x2 = rng.random((n, n))
    y = 0.5 + 2 * x1 - x2 + rng.normal(0, 0.3, (n, n))
    for m in (x1, x2, y):
        np.fill_diagonal(m, 0)
    mask = ~np.eye(n, dtype=bool)
    design = np.column_stack([np.ones(mask.sum()), x1[mask], x2[mask]])
    beta, rss, *_ = np.linalg.lstsq(design, y[mask], rcond=None)
    residual = y[mask] - design @ beta
    se = np.sqrt(np.diag(np.linalg.inv(design.T @ design)) * (residual @ residual) / (mask.sum() - 3))
    fit = actornet.qap_linear(y, [x1, x2], names=["x1", "x2"], permutations=200, seed=4)
    assert np.allclose(fit.coefficients, beta, rtol=1e-10)
    assert np.allclose(fit.statistics, beta / se, rtol=1e-8)
    assert fit.terms == ["(intercept)", "x1", "x2"] and fit.distribution.shape == (200, 3)
    assert fit.p_two_sided[1] < 0.01  # x1 drives y
    again = actornet.qap_linear(y, [x1, x2], permutations=200, seed=4)
    assert np.array_equal(again.distribution, fit.distribution)
    classical = actornet.qap_linear(y, [x1, x2], null="classical")
    assert classical.distribution is None and classical.permutations == 0
    logit = actornet.qap_logistic((y > 1).astype(float), [x1, x2], permutations=50)
    assert logit.model == "logistic" and logit.converged and logit.aic == pytest.approx(logit.deviance + 6)


def test_qap_correlation_leaves_out_actors_outside_a_lens(proxy):
    y = proxy.matrix(relations=["supports"], lens="cooperation")
    x = proxy.matrix(relations=["affiliated_with"], lens="cooperation")
    test = actornet.qap_correlation(y, x, permutations=100)
    seen = [i for i in range(proxy.node_count) if not math.isnan(y[i][i])]  # NaN rows: outside the lens
    ys, xs = np.array(y)[np.ix_(seen, seen)], np.array(x)[np.ix_(seen, seen)]
    mask = ~np.eye(len(seen), dtype=bool)
    assert test.correlation == pytest.approx(np.corrcoef(ys[mask], xs[mask])[0, 1], rel=1e-12)
    assert test.observations == len(seen) * (len(seen) - 1)
    direct = proxy.qap("supports", "affiliated_with", lens="cooperation", permutations=100)
    assert direct.correlation == test.correlation


def test_qap_from_specs_matches_the_cli(proxy):
    fit = proxy.qap("supports", ["leads", "same:type"], permutations=100, seed=9)
    j = cli_json("qap", data_path("proxy-network.graphml"), "--y", "supports", "--x", "leads,same:type",
                 "--permutations", 100, "--seed", 9, "--lens", "none")
    assert [t["term"] for t in j["terms"]] == fit.terms
    assert np.allclose([t["estimate"] for t in j["terms"]], fit.coefficients, rtol=1e-12)
    assert [t["p_two_sided"] for t in j["terms"]] == fit.p_two_sided


def test_cug_with_a_python_statistic(karate):
    named = karate.cug_test("density", given="size", replicates=100, seed=3)
    mine = karate.cug_test(lambda g: g.density(), given="size", replicates=100, seed=3)
    assert np.array_equal(np.asarray(named.values), np.asarray(mine.values)) and mine.observed == named.observed
    edges = karate.cug_test("transitivity", replicates=100)
    assert edges.p_greater == 0 and edges.ties == 78 and not edges.directed
    assert "triad_030T" in actornet.cug_measures()

    class Boom(Exception):
        pass

    def explode(graph):
        raise Boom("statistic failed")

    with pytest.raises(Boom):
        karate.cug_test(explode, replicates=5)
    with pytest.raises(actornet.InvalidArgumentError):
        karate.cug_test("no_such_measure")
    with pytest.raises(ValueError):
        karate.cug_test("density", given="degrees")


def test_core_periphery(karate):
    discrete = karate.core_periphery()
    assert 0.4 < discrete.fit <= 1 and len(discrete.core) >= 2
    assert discrete.is_core["m0"] == 1 and discrete.density["core_core"] > discrete.density["periphery_periphery"]
    continuous = karate.core_periphery(model="continuous")
    assert continuous.converged and continuous.coreness.top(1)[0][0] in ("m0", "m33")
    j = cli_json("coreperiphery", data_path("karate.graphml"), "--lens", "none")
    assert j["fit"] == discrete.fit and sorted(j["core"]) == sorted(discrete.core)


def test_kplexes_and_cohesive_blocks(karate):
    assert sorted(map(sorted, karate.kplexes(k=1, min_size=3))) == sorted(
        map(sorted, karate.maximal_cliques(min_size=3)))
    plexes = karate.kplexes(k=2, min_size=5)
    G = nx.Graph([(e.source, e.target) for e in karate.edges])
    for group in plexes:
        sub = G.subgraph(group)
        assert all(sub.degree(v) >= len(group) - 2 for v in group)
    assert karate.kplexes(k=2, min_size=3, max_plexes=3).truncated
    blocks = karate.cohesive_blocks()
    assert blocks[0].parent is None and len(blocks[0].actors) == 34
    for block in blocks[1:]:
        assert nx.node_connectivity(G.subgraph(block.actors)) == block.cohesion
    with pytest.raises(actornet.InvalidArgumentError):
        karate.kplexes(k=0)
