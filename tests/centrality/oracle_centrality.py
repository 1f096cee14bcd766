"""Oracle test: every centrality measure against NetworkX, python-igraph and R's sna.

    /usr/bin/python3 oracle_centrality.py DRIVER [CLI]

DRIVER is tests/centrality/centrality_driver (reads a plain edge list, prints
CSV); CLI, when given, is the `actornet` program, whose `centrality --csv` and
`--json` output is checked on GraphML files written by NetworkX.

Networks: Zachary's karate club (weighted and not), the Florentine families,
Davis's southern women (two-mode, and its weighted women projection), and
seeded random networks: G(n, p) and G(n, m), undirected and directed,
connected and not, weighted (integer and real) and not, a directed acyclic
network, and mixed networks with parallel ties, self-loops, undirected ties
inside a directed network and missing weights.

For each network the expected values come from the documented definitions
(centrality.h) applied in Python: the analysis graph is built from the tie
list by the edge policy (an undirected tie in a directed network = two arcs;
parallel ties merged, weights summed for strengths and the shortest kept for
distances; self-loops dropped), then NetworkX computes each measure on it.
Eigenvector and HITS are checked against dense numpy eigenvectors wherever
the principal eigenvector is unique, and against NetworkX's own functions
(default tolerances) where NetworkX's answer is unique. Betweenness,
closeness, PageRank and constraint are also checked against python-igraph;
centralisation against R's sna on undirected networks.

Prints one line per failed comparison and "cases: N passed, M failed".
"""
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import warnings

import igraph as ig
import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mixed_graphml import read_graphml  # noqa: E402
import numpy as np

warnings.simplefilter("ignore")

DRIVER = sys.argv[1]
CLI = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
REL = 1e-9      # exact algorithms
ABS = 1e-12
# NetworkX's power iterations (eigenvector, pagerank) stop when the L1 step is below n * 1e-6, so their
# default answers are only that close to the exact values: compare them at 1e-5 * n.
NX_DEFAULT_TOL = 1e-5
MEASURES = ["degree", "in_degree", "out_degree", "strength", "betweenness", "closeness", "harmonic",
            "eigenvector", "pagerank", "hub", "authority", "coreness", "constraint", "effective_size"]

passed = failed = 0
TMP = tempfile.mkdtemp(prefix="an_centrality_")


def report(ok, case, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (case, detail))


def close(a, b, rel=REL, abs_=ABS):
    if isinstance(a, float) and math.isnan(a) or isinstance(b, float) and math.isnan(b):
        return isinstance(a, float) and math.isnan(a) and isinstance(b, float) and math.isnan(b)
    return abs(a - b) <= rel * max(abs(a), abs(b)) + abs_


def compare(case, got, expected, nodes, rel=REL, abs_=ABS, only=None):
    """got: list in node order; expected: dict node -> value. One case per measure."""
    bad = []
    for i, v in enumerate(nodes):
        if only is not None and v not in only:
            continue
        if not close(float(got[i]), float(expected[v]), rel, abs_):
            bad.append("%s: got %r expected %r" % (v, got[i], expected[v]))
    report(not bad, case, "; ".join(bad[:4]) + (" (+%d more)" % (len(bad) - 4) if len(bad) > 4 else ""))


# ---- networks as tie lists ---------------------------------------------------

class Net:
    """nodes in file order; ties (u, v, directed, weight or None)."""

    def __init__(self, name, default_directed, nodes, ties):
        self.name, self.default_directed, self.nodes, self.ties = name, default_directed, list(nodes), list(ties)

    def write(self):
        path = os.path.join(TMP, self.name + ".txt")
        with open(path, "w") as f:
            f.write("directed\t%d\n" % self.default_directed)
            for v in self.nodes:
                f.write("node\t%s\n" % v)
            for u, v, d, w in self.ties:
                f.write("edge\t%s\t%s\t%d\t%s\n" % (u, v, 1 if d else 0, "-" if w is None else repr(float(w))))
        return path


def from_nx(name, G, weighted):
    nodes = [str(v) for v in G]
    ties = [(str(u), str(v), G.is_directed(), d.get("weight") if weighted else None) for u, v, d in G.edges(data=True)]
    return Net(name, 1 if G.is_directed() else 0, nodes, ties)


def run_driver(net, args, centralization=False):
    cmd = [DRIVER, net.write()] + args + (["--centralization"] if centralization else [])
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(cmd), out.stderr))
    lines = out.stdout.strip().split("\n")
    if centralization:
        return {k: v for k, v in (line.split(",") for line in lines[1:])}
    header = lines[0].split(",")
    rows = [line.split(",") for line in lines[1:]]
    return {m: [float(r[k + 1]) for r in rows] for k, m in enumerate(header[1:])}


# ---- the analysis graph, by the documented policy -----------------------------

class Ref:
    """Reference graphs for one policy: gs (strength weights), gm (distance weights), arcs (every tie)."""

    def __init__(self, net, undirected=False, weighted=False, keep=False):
        self.directed = not undirected and any(d for _, _, d, _ in net.ties)
        self.nodes = net.nodes
        self.weighted, self.keep = weighted, keep
        make = nx.DiGraph if self.directed else nx.Graph
        self.gs, self.gm = make(), make()
        self.gs.add_nodes_from(net.nodes)
        self.gm.add_nodes_from(net.nodes)
        self.arcs = []          # every tie as the analysis sees it (parallel ties kept)
        self.strength = {v: 0.0 for v in net.nodes}
        for u, v, d, w in net.ties:
            if u == v:
                continue
            w = 1.0 if w is None else float(w)
            pairs = [(u, v)] if (not self.directed or d) else [(u, v), (v, u)]
            for a, b in pairs:
                self.arcs.append((a, b, w))
                tie_w = w if weighted else 1.0
                self.strength[a] += tie_w
                self.strength[b] += tie_w
                if self.gs.has_edge(a, b):
                    self.gs[a][b]["sw"] += tie_w
                    self.gm[a][b]["dw"] = min(self.gm[a][b]["dw"], w)
                else:
                    self.gs.add_edge(a, b, sw=tie_w)
                    self.gm.add_edge(a, b, dw=w)
        # strength-type measures read "sw" when weighted, or multiplicities when parallel ties are kept
        self.sw = "sw" if (weighted or keep) else None
        self.dw = "dw" if weighted else None

    def plain(self, key):
        """A copy whose only edge attribute is 'weight' = key (or none), for functions with weight='weight'."""
        H = self.gs.__class__()
        H.add_nodes_from(self.nodes)
        for u, v, d in self.gs.edges(data=True):
            if key:
                H.add_edge(u, v, weight=d[key])
            else:
                H.add_edge(u, v)
        return H

    def igraph(self, dist=False, multi=False):
        idx = {v: i for i, v in enumerate(self.nodes)}
        if multi:
            edges = [(idx[a], idx[b]) for a, b, _ in self.arcs]
            weights = [w for _, _, w in self.arcs]
        else:
            G = self.gm if dist else self.gs
            key = "dw" if dist else "sw"
            edges = [(idx[a], idx[b]) for a, b in G.edges()]
            weights = [d[key] for _, _, d in G.edges(data=True)]
        g = ig.Graph(n=len(self.nodes), edges=edges, directed=self.directed)
        return g, weights


def degrees(ref):
    total, ins, outs = ({v: 0 for v in ref.nodes} for _ in range(3))
    if ref.keep:
        for a, b, _ in ref.arcs:
            total[a] += 1
            total[b] += 1
            outs[a] += 1
            ins[b] += 1
        if not ref.directed:
            ins, outs = dict(total), dict(total)
    else:
        for v in ref.nodes:
            total[v] = ref.gs.degree(v)
            ins[v] = ref.gs.in_degree(v) if ref.directed else total[v]
            outs[v] = ref.gs.out_degree(v) if ref.directed else total[v]
    return total, ins, outs


def principal(ref, key, transpose=True):
    """Unique non-negative principal eigenvector of A^T (None if not unique), as dict; 'nan' if eigenvalue 0."""
    A = nx.to_numpy_array(ref.gs, nodelist=ref.nodes, weight=key)
    n = len(ref.nodes)
    if not A.any():
        return {v: 1.0 for v in ref.nodes}
    M = A.T if transpose else A
    vals, vecs = np.linalg.eig(M)
    order = np.argsort(-vals.real)
    top = vals[order[0]].real
    if top < 1e-9:
        return "nan"
    if n > 1 and top - vals[order[1]].real < 1e-6 * top:
        return None
    x = np.abs(vecs[:, order[0]].real)
    return {v: float(x[i]) for i, v in enumerate(ref.nodes)}


def scaled(d, how):
    if d is None or d == "nan":
        return d
    vals = list(d.values())
    s = {"norm": math.sqrt(sum(x * x for x in vals)), "sum": sum(vals), "max": max(vals)}[how]
    return {k: x / s for k, x in d.items()}


def hits_ref(ref, key):
    """(hub, authority) dicts from dense matrices, or None when A^T A's top eigenvalue is not simple."""
    if not ref.directed:
        x = principal(ref, key)
        return (x, x) if x is not None else None
    A = nx.to_numpy_array(ref.gs, nodelist=ref.nodes, weight=key)
    if not A.any():
        one = {v: 1.0 for v in ref.nodes}
        return one, one
    vals, vecs = np.linalg.eigh(A.T @ A)
    if len(vals) > 1 and vals[-1] - vals[-2] < 1e-6 * vals[-1]:
        return None
    a = np.abs(vecs[:, -1])
    h = A @ a
    return ({v: float(h[i]) for i, v in enumerate(ref.nodes)}, {v: float(a[i]) for i, v in enumerate(ref.nodes)})


def structural(fn, ref):
    """nx.constraint / nx.effective_size, with nodes that have incoming ties only taken from the reversed
    graph (both measures read only mutual weights, so reversal leaves them unchanged; NetworkX 2.8 returns
    NaN for such nodes, networkx#2661)."""
    G = ref.plain(ref.sw)
    key = "weight" if ref.sw else None
    r = fn(G, weight=key)
    if ref.directed:
        R = fn(G.reverse(copy=True), weight=key)
        for v in ref.nodes:
            if G.out_degree(v) == 0 and G.in_degree(v) > 0:
                r[v] = R[v]
    return r


def closeness_raw(ref):
    G = ref.gm.reverse(copy=True) if ref.directed else ref.gm
    out = {}
    for v in ref.nodes:
        d = nx.single_source_dijkstra_path_length(G, v, weight=ref.dw) if ref.dw else \
            nx.single_source_shortest_path_length(G, v)
        total = sum(d.values())
        out[v] = 1.0 / total if len(d) > 1 else float("nan")
    return out


def check_network(net, undirected=False, weighted=False, keep=False, raw=False, igraph_checks=True,
                  nx_defaults=True, got=None, tag_prefix=""):
    args = []
    if undirected:
        args.append("--undirected")
    if weighted:
        args += ["--weight", "weight"]
    if keep:
        args.append("--keep-parallel")
    if raw:
        args.append("--raw")
    tag = tag_prefix + "%s%s%s%s%s" % (net.name, " undirected" if undirected else "", " weighted" if weighted else "",
                          " keep" if keep else "", " raw" if raw else "")
    if got is None:
        got = run_driver(net, args)
    ref = Ref(net, undirected, weighted, keep)
    nodes = ref.nodes
    n = len(nodes)
    total, ins, outs = degrees(ref)
    scale = 1.0 / (n - 1) if n > 1 else None

    def deg(d):
        if raw:
            return {v: float(x) for v, x in d.items()}
        return {v: (x * scale if scale else 1.0) for v, x in d.items()}

    # degree family: nx.*degree_centrality on the collapsed graph (multigraph counts when kept)
    if not keep and not raw:
        compare(tag + " degree", got["degree"], nx.degree_centrality(ref.gs), nodes)
        if ref.directed:
            compare(tag + " in_degree", got["in_degree"], nx.in_degree_centrality(ref.gs), nodes)
            compare(tag + " out_degree", got["out_degree"], nx.out_degree_centrality(ref.gs), nodes)
        else:
            compare(tag + " in_degree", got["in_degree"], nx.degree_centrality(ref.gs), nodes)
            compare(tag + " out_degree", got["out_degree"], nx.degree_centrality(ref.gs), nodes)
    else:
        compare(tag + " degree", got["degree"], deg(total), nodes)
        compare(tag + " in_degree", got["in_degree"], deg(ins), nodes)
        compare(tag + " out_degree", got["out_degree"], deg(outs), nodes)
    compare(tag + " strength", got["strength"], ref.strength, nodes)

    # shortest paths: distances, parallel ties -> the shortest
    if keep:
        g, w = ref.igraph(multi=True)
        b = g.betweenness(weights=w if weighted else None)
        s = 1.0 if raw or n <= 2 else (1.0 if ref.directed else 2.0) / ((n - 1) * (n - 2))
        compare(tag + " betweenness (python-igraph, multigraph)", got["betweenness"],
                {v: b[i] * s for i, v in enumerate(nodes)}, nodes)
    else:
        b = nx.betweenness_centrality(ref.gm, weight=ref.dw, normalized=not raw)
        compare(tag + " betweenness", got["betweenness"], b, nodes)
        if igraph_checks:
            g, w = ref.igraph(dist=True)
            bi = g.betweenness(weights=w if weighted else None)
            s = 1.0 if raw or n <= 2 else (1.0 if ref.directed else 2.0) / ((n - 1) * (n - 2))
            compare(tag + " betweenness (python-igraph)", got["betweenness"],
                    {v: bi[i] * s for i, v in enumerate(nodes)}, nodes)
    if raw:
        compare(tag + " closeness", got["closeness"], closeness_raw(ref), nodes)
    else:
        compare(tag + " closeness", got["closeness"], nx.closeness_centrality(ref.gm, distance=ref.dw), nodes)
        if igraph_checks and not keep:
            g, w = ref.igraph(dist=True)
            c = g.closeness(mode="in", weights=w if weighted else None, normalized=True)
            wf = {}
            for i, v in enumerate(nodes):
                r = len(g.subcomponent(i, mode="in")) - 1
                wf[v] = 0.0 if r == 0 or n == 1 else c[i] * r / (n - 1)
            compare(tag + " closeness (python-igraph)", got["closeness"], wf, nodes)
    compare(tag + " harmonic", got["harmonic"], nx.harmonic_centrality(ref.gm, distance=ref.dw), nodes)

    # spectral: strengths
    x = principal(ref, ref.sw)
    if x == "nan":
        compare(tag + " eigenvector (acyclic: NaN)", got["eigenvector"], {v: float("nan") for v in nodes}, nodes)
    elif x is not None:
        compare(tag + " eigenvector (numpy)", got["eigenvector"], scaled(x, "max" if raw else "norm"), nodes)
        strongly = nx.is_strongly_connected(ref.gs) if ref.directed else nx.is_connected(ref.gs)
        if nx_defaults and not raw and strongly and not keep:
            try:
                e = nx.eigenvector_centrality(ref.gs, weight=ref.sw)
                compare(tag + " eigenvector (nx default)", got["eigenvector"], e, nodes, rel=0, abs_=NX_DEFAULT_TOL * n)
            except nx.PowerIterationFailedConvergence:
                pass
    pr = nx.pagerank(ref.gs, weight=ref.sw, tol=1e-14, max_iter=100000)
    compare(tag + " pagerank", got["pagerank"], pr, nodes)
    if nx_defaults and not keep:
        compare(tag + " pagerank (nx default)", got["pagerank"], nx.pagerank(ref.gs, weight=ref.sw),
                nodes, rel=0, abs_=NX_DEFAULT_TOL * n)
    if igraph_checks and not keep:
        g, w = ref.igraph()
        p = g.pagerank(weights=w if ref.sw else None)
        compare(tag + " pagerank (python-igraph)", got["pagerank"], {v: p[i] for i, v in enumerate(nodes)}, nodes)
    h = hits_ref(ref, ref.sw)
    if h is not None:
        compare(tag + " hub (numpy)", got["hub"], scaled(h[0], "max" if raw else "sum"), nodes)
        compare(tag + " authority (numpy)", got["authority"], scaled(h[1], "max" if raw else "sum"), nodes)
        unique_for_nx = ref.directed or (nx.is_connected(ref.gs) and not nx.is_bipartite(ref.gs))
        if nx_defaults and not raw and not keep and unique_for_nx and ref.gs.number_of_edges() > 0:
            hn, an = nx.hits(ref.plain(ref.sw))
            compare(tag + " hub (nx.hits default)", got["hub"], hn, nodes, rel=0, abs_=NX_DEFAULT_TOL * n)
            compare(tag + " authority (nx.hits default)", got["authority"], an, nodes, rel=0, abs_=NX_DEFAULT_TOL * n)

    # coreness: total degree (multigraph degree when kept)
    if keep:
        g, _ = ref.igraph(multi=True)
        core = g.coreness(mode="all")
        compare(tag + " coreness (python-igraph, multigraph)", got["coreness"],
                {v: core[i] for i, v in enumerate(nodes)}, nodes)
    else:
        compare(tag + " coreness", got["coreness"], nx.core_number(ref.gs), nodes)

    # structural holes
    compare(tag + " constraint", got["constraint"], structural(nx.constraint, ref), nodes)
    if igraph_checks:
        g, w = ref.igraph()
        c = g.constraint(weights=w if ref.sw else None)
        compare(tag + " constraint (python-igraph)", got["constraint"], {v: c[i] for i, v in enumerate(nodes)}, nodes)
    compare(tag + " effective_size", got["effective_size"], structural(nx.effective_size, ref), nodes)
    return got


def freeman(scores, tmax):
    vals = list(scores.values())
    if len(vals) < 3:
        return float("nan")
    return sum(max(vals) - x for x in vals) / tmax


def check_centralization(net, undirected=False, weighted=False, sna=None):
    args = (["--undirected"] if undirected else []) + (["--weight", "weight"] if weighted else [])
    tag = "%s centralization%s%s" % (net.name, " undirected" if undirected else "", " weighted" if weighted else "")
    got = run_driver(net, args, centralization=True)
    ref = Ref(net, undirected, weighted)
    n = len(ref.nodes)
    total, ins, outs = degrees(ref)
    if ref.directed:
        t_all, t_in, t_b, t_c = 2 * (n - 1) * (n - 2), (n - 1) ** 2, (n - 1) ** 2 * (n - 2), n - 1
    else:
        t_all = t_in = (n - 1) * (n - 2)
        t_b, t_c = (n - 1) ** 2 * (n - 2) / 2, (n - 1) * (n - 2) / (2 * n - 3)
    expected = {
        "degree": freeman(total, t_all), "in_degree": freeman(ins, t_in), "out_degree": freeman(outs, t_in),
        "betweenness": freeman(nx.betweenness_centrality(ref.gm, weight=ref.dw, normalized=False), t_b),
    }
    for k, v in expected.items():
        report(close(float(got[k]), v), tag + " " + k, "got %s expected %r" % (got[k], v))
    if weighted:
        report(got["closeness"] == "error:AN_EINVAL", tag + " closeness (weighted: refused)", got["closeness"])
    else:
        e = freeman(nx.closeness_centrality(ref.gm), t_c)
        report(close(float(got["closeness"]), e), tag + " closeness", "got %s expected %r" % (got["closeness"], e))
    if sna is not None:
        for k in ("degree", "betweenness", "closeness"):
            report(close(float(got[k]), sna[k]), tag + " " + k + " (R sna)", "got %s sna %r" % (got[k], sna[k]))


def sna_centralization(G):
    """R sna::centralization(degree, betweenness, closeness) of an undirected graph, or None without R."""
    rscript = shutil.which("Rscript")
    if not rscript:
        return None
    nodes = list(G)
    A = nx.to_numpy_array(G, nodelist=nodes, weight=None)
    path = os.path.join(TMP, "adjacency.txt")
    np.savetxt(path, A, fmt="%d")
    code = ("suppressMessages(library(sna)); m <- as.matrix(read.table('%s')); "
            "cat(sprintf('%%.17g', c(centralization(m, degree, mode='graph'), "
            "centralization(m, betweenness, mode='graph'), centralization(m, closeness, mode='graph'))), sep='\\n')"
            % path)
    out = subprocess.run([rscript, "-e", code], capture_output=True, text=True)
    if out.returncode != 0:
        report(False, "R sna", out.stderr.strip()[:200])
        return None
    d, b, c = (float(x) for x in out.stdout.split())
    return {"degree": d, "betweenness": b, "closeness": c}


# ---- networks ------------------------------------------------------------------

def random_weights(G, rnd, integer):
    for u, v in G.edges():
        G[u][v]["weight"] = rnd.randint(1, 9) if integer else round(rnd.uniform(0.1, 5.0), 6)
    return G


def relabel(G, prefix="n"):
    return nx.relabel_nodes(G, {v: "%s%s" % (prefix, v) for v in G})


def mixed_network(name, seed, n=30, ties=90):
    """Directed and undirected ties, parallel ties, self-loops, some weights missing."""
    rnd = random.Random(seed)
    nodes = ["v%d" % i for i in range(n)]
    out = []
    for _ in range(ties):
        u, v = rnd.choice(nodes), rnd.choice(nodes)
        if rnd.random() < 0.04:
            v = u
        w = None if rnd.random() < 0.1 else float(rnd.randint(1, 6))
        out.append((u, v, rnd.random() < 0.6, w))
    for _ in range(12):     # repeat some ties (parallel; same or another direction flag)
        u, v, d, _ = rnd.choice(out)
        out.append((u, v, d if rnd.random() < 0.7 else not d, float(rnd.randint(1, 6))))
    return Net(name, 1, nodes, out)


def main():
    karate = nx.karate_club_graph()
    florentine = nx.florentine_families_graph()
    davis = nx.davis_southern_women_graph()
    women = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 0]
    projection = nx.bipartite.weighted_projected_graph(davis, women)

    k = from_nx("karate", relabel(karate, "m"), True)
    check_network(k)
    check_network(k, weighted=True)
    check_network(k, raw=True)
    check_centralization(k, sna=sna_centralization(karate))
    check_centralization(k, weighted=True)
    f = from_nx("florentine", florentine, False)
    check_network(f)
    check_centralization(f, sna=sna_centralization(florentine))
    dv = from_nx("davis", davis, False)
    check_network(dv)
    check_centralization(dv, sna=sna_centralization(davis))
    p = from_nx("davis-women", projection, True)
    check_network(p)
    check_network(p, weighted=True)

    for seed in (1, 2):
        rnd = random.Random(seed)
        G = relabel(nx.gnp_random_graph(40, 0.08, seed=seed))            # sparse: isolates, several components
        check_network(from_nx("gnp-undirected-%d" % seed, G, False))
        Gw = random_weights(G.copy(), rnd, integer=True)
        check_network(from_nx("gnp-undirected-int-%d" % seed, Gw, True), weighted=True)
        check_centralization(from_nx("gnp-undirected-int-%d" % seed, Gw, True))
        check_network(from_nx("gnp-undirected-real-%d" % seed, random_weights(G.copy(), rnd, False), True),
                      weighted=True)
        D = relabel(nx.gnm_random_graph(35, 100, seed=seed, directed=True))
        check_network(from_nx("gnm-directed-%d" % seed, D, False))
        check_network(from_nx("gnm-directed-%d" % seed, D, False), raw=True)
        Dw = random_weights(D.copy(), rnd, integer=False)
        check_network(from_nx("gnm-directed-real-%d" % seed, Dw, True), weighted=True)
        check_network(from_nx("gnm-directed-real-%d" % seed, Dw, True), weighted=True, raw=True)
        check_centralization(from_nx("gnm-directed-%d" % seed, D, False))
        check_centralization(from_nx("gnm-directed-real-%d" % seed, Dw, True), weighted=True)
    rnd = random.Random(7)
    dense = relabel(nx.gnp_random_graph(30, 0.2, seed=7))
    check_network(from_nx("gnp-dense-real", random_weights(dense, rnd, False), True), weighted=True)
    sparse_directed = relabel(nx.gnp_random_graph(40, 0.04, seed=8, directed=True))
    check_network(from_nx("gnp-directed-sparse", sparse_directed, False))
    dag = nx.DiGraph([(u, v) for u, v in nx.gnp_random_graph(15, 0.3, seed=9).edges() if u < v])
    dag.add_nodes_from(range(15))
    check_network(from_nx("dag", relabel(dag), False))

    for seed in (11, 12):
        m = mixed_network("mixed-%d" % seed, seed)
        check_network(m)
        check_network(m, weighted=True)
        check_network(m, undirected=True)
        check_network(m, undirected=True, weighted=True)
        check_network(m, keep=True)
        check_network(m, keep=True, weighted=True)
        check_network(m, keep=True, raw=True)
        check_centralization(m)
        check_centralization(m, undirected=True)

    if CLI:
        check_cli(karate, davis)

    shutil.rmtree(TMP, ignore_errors=True)
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


# ---- the CLI on GraphML files ----------------------------------------------------

def check_cli(karate, davis):
    """`actornet centrality FILE --csv/--json` on GraphML written by NetworkX: same numbers as the driver's
    definitions (checked against NetworkX here), rows in file order, NaN as an empty field / null."""
    G = relabel(karate, "m")
    path = os.path.join(TMP, "karate.graphml")
    nx.write_graphml(G, path)
    out = subprocess.run([CLI, "centrality", "--lens", "none", path, "--csv"], capture_output=True, text=True)
    report(out.returncode == 0, "cli karate --csv exit status", out.stderr.strip())
    lines = out.stdout.strip().split("\n")
    report(lines[0] == "id," + ",".join(MEASURES), "cli csv header", lines[0])
    rows = [line.split(",") for line in lines[1:]]
    report([r[0] for r in rows] == list(G), "cli csv rows in file order")
    report(all(len(r) == len(MEASURES) + 1 and "" not in r for r in rows), "cli csv: every value defined on karate")
    got = {m: [float(r[k + 1]) for r in rows] for k, m in enumerate(MEASURES)}
    nodes = list(G)
    compare("cli karate degree", got["degree"], nx.degree_centrality(G), nodes)
    compare("cli karate betweenness", got["betweenness"], nx.betweenness_centrality(G), nodes)
    compare("cli karate closeness", got["closeness"], nx.closeness_centrality(G), nodes)
    compare("cli karate harmonic", got["harmonic"], nx.harmonic_centrality(G), nodes)
    compare("cli karate eigenvector", got["eigenvector"],
            nx.eigenvector_centrality(G, tol=1e-14, max_iter=100000), nodes, rel=1e-8)
    compare("cli karate coreness", got["coreness"], nx.core_number(G), nodes)
    compare("cli karate constraint", got["constraint"], nx.constraint(G), nodes)
    compare("cli karate effective_size", got["effective_size"], nx.effective_size(G), nodes)
    # --weight: NetworkX's pagerank default reads 'weight'
    out = subprocess.run([CLI, "centrality", "--lens", "none", path, "--csv", "--measure", "pagerank,strength", "--weight", "weight"],
                         capture_output=True, text=True)
    lines = out.stdout.strip().split("\n")
    report(lines[0] == "id,pagerank,strength", "cli --measure header", lines[0])
    rows = [line.split(",") for line in lines[1:]]
    compare("cli karate weighted pagerank", [float(r[1]) for r in rows],
            nx.pagerank(G, tol=1e-14, max_iter=100000), nodes)
    compare("cli karate strength", [float(r[2]) for r in rows], dict(G.degree(weight="weight")), nodes)
    # --json: NaN as null (an isolate's constraint)
    H = G.copy()
    H.add_node("loner")
    path2 = os.path.join(TMP, "karate-isolate.graphml")
    nx.write_graphml(H, path2)
    out = subprocess.run([CLI, "centrality", "--lens", "none", path2, "--json", "--measure", "constraint,degree"],
                         capture_output=True, text=True)
    try:
        doc = json.loads(out.stdout)
        ok = doc["measures"] == ["constraint", "degree"] and len(doc["nodes"]) == 35 and \
            doc["nodes"][-1]["id"] == "loner" and doc["nodes"][-1]["constraint"] is None and \
            close(doc["nodes"][0]["degree"], nx.degree_centrality(H)["m0"])
        report(ok, "cli --json", out.stdout[:200])
    except (ValueError, KeyError, IndexError) as error:
        report(False, "cli --json", "%s: %s" % (error, out.stdout[:200]))
    out = subprocess.run([CLI, "centrality", "--lens", "none", path2, "--csv", "--measure", "constraint"], capture_output=True,
                         text=True)
    last = out.stdout.rstrip("\n").split("\n")[-1]
    report(last == "loner,", "cli csv: undefined is an empty field", last)
    # the readable table and a usage error
    out = subprocess.run([CLI, "centrality", "--lens", "none", path, "--top", "3"], capture_output=True, text=True)
    top = max(nx.betweenness_centrality(G).items(), key=lambda kv: kv[1])[0]
    report(out.returncode == 0 and top in out.stdout, "cli table names the top broker", out.stdout[:300])
    out = subprocess.run([CLI, "centrality", "--lens", "none", path, "--measure", "nonsense", "--csv"], capture_output=True, text=True)
    report(out.returncode == 2, "cli unknown measure is a usage error", "exit %d" % out.returncode)
    # the bundled proxy network (directed, parallel ties, its symmetric relations as undirected
    # ties): every measure, through the CLI; every tie with its own direction
    proxy = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "proxy-network.graphml")
    if os.path.exists(proxy):
        P = read_graphml(proxy, force_multigraph=True)
        ties = [(u, v, d.get("directed", True), None) for u, v, d in P.edges(data=True)]
        net = Net("proxy-network", 1, list(P), ties)
        for extra in ([], ["--keep-parallel"]):
            out = subprocess.run([CLI, "centrality", "--lens", "none", proxy, "--csv"] + extra, capture_output=True, text=True)
            lines = out.stdout.strip().split("\n")
            rows = [line.split(",") for line in lines[1:]]
            report(out.returncode == 0 and [r[0] for r in rows] == list(P), "cli proxy rows", out.stderr[:200])
            got = {m: [float(x) if x else float("nan") for x in (r[k + 1] for r in rows)]
                   for k, m in enumerate(lines[0].split(",")[1:])}
            check_network(net, keep=bool(extra), got=got, tag_prefix="cli ")
    # two-mode network from NetworkX (bipartite attribute, string ids with spaces)
    D = nx.Graph()                      # without davis's graph attributes (lists GraphML cannot hold)
    D.add_nodes_from(davis.nodes(data=True))
    D.add_edges_from(davis.edges())
    path3 = os.path.join(TMP, "davis.graphml")
    nx.write_graphml(D, path3)
    out = subprocess.run([CLI, "centrality", "--lens", "none", path3, "--csv", "--measure", "betweenness"], capture_output=True,
                         text=True)
    rows = [line.split(",") for line in out.stdout.strip().split("\n")[1:]]
    compare("cli davis betweenness", [float(r[1]) for r in rows], nx.betweenness_centrality(D), list(D))


if __name__ == "__main__":
    sys.exit(main())
