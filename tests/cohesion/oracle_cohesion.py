"""Cohesion oracle: every number of cohesion_driver against NetworkX.

usage: /usr/bin/python3 oracle_cohesion.py DRIVER

For each network (karate, Florentine families, Davis' southern women, and
seeded random graphs: undirected, directed, mixed, with parallel ties and
self-loops, weighted) and each edge policy, the driver's components,
articulation points, bridges, k-cores, maximal cliques, density, reciprocity,
transitivity, average clustering, diameter and mean distance are compared
with NetworkX computed on the graph the policy describes (cohesion.h):
  - AS_STORED with a directed tie: a DiGraph, undirected ties as two arcs;
  - COLLAPSE: a simple graph; KEEP: a multigraph (k-cores then from
    python-igraph's coreness, as NetworkX refuses multigraphs);
  - cut-points, cliques, transitivity, clustering: the simple undirected graph;
  - distances: over reachable ordered pairs (NetworkX's own diameter and
    average_shortest_path_length too, where the graph is connected);
    weighted distances take the shortest parallel tie.
Prints one line per failed check and "cases: N passed, M failed".
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile

import igraph
import networkx as nx

DRIVER = sys.argv[1]
passed = failed = 0


def check(condition, label):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", label)


def close(actual, expected, label, rel=1e-9):
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        check(isinstance(actual, float) and math.isnan(actual), "%s: %r, expected NaN" % (label, actual))
        return
    ok = actual is not None and not math.isnan(actual) and abs(actual - expected) <= rel * max(1.0, abs(expected))
    check(ok, "%s: %r, expected %r" % (label, actual, expected))


class Case:
    """A network as the driver reads it: node ids, edges (u, v, directed, weight or None)."""

    def __init__(self, name, nodes, edges, default_directed=0):
        self.name, self.nodes, self.edges, self.default_directed = name, list(nodes), list(edges), default_directed

    def write(self, path):
        index = {v: i for i, v in enumerate(self.nodes)}
        with open(path, "w") as f:
            f.write("directed %d nodes %d\n" % (self.default_directed, len(self.nodes)))
            for v in self.nodes:
                f.write("%s\n" % v)
            f.write("edges %d\n" % len(self.edges))
            for u, v, d, w in self.edges:
                f.write("%d %d %d %s\n" % (index[u], index[v], d, "-" if w is None else repr(float(w))))


def from_nx(name, G, weight=None):
    nodes = [str(v).replace(" ", "_") for v in G.nodes()]
    rename = dict(zip(G.nodes(), nodes))
    d = 1 if G.is_directed() else 0
    edges = [(rename[u], rename[v], d, (data.get(weight) if weight else None)) for u, v, data in G.edges(data=True)]
    return Case(name, nodes, edges, d)


def random_case(name, n, m, seed, directed_share, parallel=0.0, loops=0.0, weighted=True):
    rng = random.Random(seed)
    nodes = ["v%d" % i for i in range(n)]
    edges = []
    for _ in range(m):
        u, v = rng.randrange(n), rng.randrange(n)
        if u == v and rng.random() >= loops:
            continue
        w = rng.choice([1, 2, 3, 0.5, 4.25]) if weighted else None
        if weighted and rng.random() < 0.1:
            w = None  # missing weight counts as 1
        edges.append((nodes[u], nodes[v], 1 if rng.random() < directed_share else 0, w))
        if parallel and rng.random() < parallel:
            w2 = rng.choice([1, 2, 5]) if weighted else None
            edges.append((nodes[u], nodes[v], edges[-1][2], w2))
    return Case(name, nodes, edges, 1 if directed_share > 0.5 else 0)


def policy_graph(case, undirected, keep, loops):
    """The graph an analysis sees under the policy, with weights as lists per pair."""
    directed = not undirected and any(d for _, _, d, _ in case.edges)
    if keep:
        G = nx.MultiDiGraph() if directed else nx.MultiGraph()
    else:
        G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(case.nodes)
    for u, v, d, w in case.edges:
        if u == v and not loops:
            continue
        w = 1.0 if w is None else float(w)
        arcs = [(u, v)] if (not directed or d) else [(u, v), (v, u)]
        if u == v:
            arcs = [(u, v)]
        for a, b in arcs:
            if keep:
                G.add_edge(a, b, weight=w)
            elif G.has_edge(a, b):
                G[a][b]["weight"] += w
                G[a][b]["lengths"].append(w)
            else:
                G.add_edge(a, b, weight=w, lengths=[w])
    return G, directed


def simple_undirected(case):
    G = nx.Graph()
    G.add_nodes_from(case.nodes)
    G.add_edges_from((u, v) for u, v, _, _ in case.edges if u != v)
    return G


def partition_sets(membership, nodes):
    groups = {}
    for v, c in zip(nodes, membership):
        groups.setdefault(c, set()).add(v)
    return {frozenset(g) for g in groups.values()}


def distance_reference(G, directed, weighted):
    """Diameter, mean and unreachable ordered pairs over reachable pairs; weighted: shortest parallel tie."""
    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(G.nodes())
    for u, v, data in G.edges(data=True):
        if u == v:
            continue
        length = min(data["lengths"]) if "lengths" in data else data["weight"]
        if not weighted:
            length = 1.0
        if H.has_edge(u, v):
            length = min(length, H[u][v]["length"])
        H.add_edge(u, v, length=length)
    lengths = dict(nx.all_pairs_dijkstra_path_length(H, weight="length"))
    pairs = [d for u in H for v, d in lengths[u].items() if u != v]
    n = H.number_of_nodes()
    diameter = max(pairs) if pairs else 0.0
    mean = (sum(pairs) / len(pairs)) if pairs else (0.0 if n == 1 else float("nan"))
    return H, diameter, mean, n * (n - 1) - len(pairs)


def run_case(case, flags, workdir):
    path = os.path.join(workdir, case.name + ".txt")
    case.write(path)
    out = subprocess.run([DRIVER, path] + flags, capture_output=True, text=True)
    label = "%s %s" % (case.name, " ".join(flags) or "(default)")
    if out.returncode != 0:
        check(False, "%s: driver failed: %s" % (label, out.stderr.strip()))
        return
    got = json.loads(out.stdout)
    undirected, keep, loops, weighted = ("--undirected" in flags, "--keep" in flags, "--loops" in flags,
                                         "--weight" in flags)
    G, directed = policy_graph(case, undirected, keep, loops)
    U = simple_undirected(case)
    nodes = case.nodes
    index = {v: i for i, v in enumerate(nodes)}

    # components
    weak = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    strong = list(nx.strongly_connected_components(G) if directed else nx.connected_components(G))
    for key, expected in (("weak", weak), ("strong", strong)):
        check(got[key]["count"] == len(expected), "%s: %s count %d, expected %d" % (label, key, got[key]["count"],
                                                                                    len(expected)))
        check(partition_sets(got[key]["membership"], nodes) == {frozenset(c) for c in expected},
              "%s: %s components differ" % (label, key))
        check(got[key]["largest"] == max((len(c) for c in expected), default=0), "%s: %s largest" % (label, key))
        first = []
        for c in got[key]["membership"]:
            if c not in first:
                first.append(c)
        check(first == list(range(len(first))), "%s: %s not numbered by first appearance" % (label, key))
    if directed:
        check(got["weak"]["count"] == nx.number_weakly_connected_components(G), label + ": weak count (nx)")
        check(got["strong"]["count"] == nx.number_strongly_connected_components(G), label + ": strong count (nx)")

    # cut-points and bridges
    check({nodes[v] for v in got["articulation_points"]} == set(nx.articulation_points(U)),
          label + ": articulation points")
    if keep:
        B = nx.MultiGraph()
        B.add_nodes_from(nodes)
        B.add_edges_from((u, v) for u, v, _, _ in case.edges if u != v or loops)
    else:
        B = U
    expected_bridges = {frozenset(e) for e in nx.bridges(B)}
    got_bridges = {frozenset((nodes[s], nodes[t])) for _, s, t in got["bridges"]}
    check(got_bridges == expected_bridges, "%s: bridges %s, expected %s" % (label, sorted(map(sorted, got_bridges)),
                                                                             sorted(map(sorted, expected_bridges))))
    for edge, s, t in got["bridges"]:
        first = min(i for i, (u, v, _, _) in enumerate(case.edges) if {u, v} == {nodes[s], nodes[t]})
        check(edge == first, "%s: bridge %d is not the first edge (%d) of its pair" % (label, edge, first))

    # k-cores
    if not loops:
        if keep:
            ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()], directed=directed)
            core = dict(zip(nodes, ig.coreness(mode="all")))
        else:
            core = nx.core_number(G)
        expected_cores = []
        k = 0
        while True:
            members = sorted(index[v] for v in nodes if core[v] >= k)
            if not members and k > 0:
                break
            expected_cores.append(members)
            k += 1
        check(got["k_cores"] == expected_cores, "%s: k-cores differ (%d levels, expected %d)" % (
            label, len(got["k_cores"]), len(expected_cores)))

    # cliques
    expected_cliques = sorted(sorted(index[v] for v in c) for c in nx.find_cliques(U))
    check(sorted(got["cliques"]) == expected_cliques and not got["cliques_truncated"],
          "%s: %d cliques, expected %d" % (label, len(got["cliques"]), len(expected_cliques)))
    sizes = [len(c) for c in got["cliques"]]
    check(sizes == sorted(sizes, reverse=True), label + ": cliques not sorted by size")

    # graph-level measures
    close(got["density"], nx.density(G), label + ": density")
    R = G.copy()
    R.remove_edges_from(list(nx.selfloop_edges(R)))
    if R.number_of_edges() == 0:
        expected_reciprocity = float("nan")
    elif not directed:
        expected_reciprocity = 1.0
    elif keep:
        # each reverse arc reciprocates one arc: a pair with 2 arcs u->v and 1 arc v->u has 2 of 3 reciprocated
        matched = sum(min(R.number_of_edges(u, v), R.number_of_edges(v, u)) for u, v in set(R.edges()))
        expected_reciprocity = matched / R.number_of_edges()
    else:
        expected_reciprocity = nx.reciprocity(R)
    close(got["reciprocity"], expected_reciprocity, label + ": reciprocity")
    close(got["transitivity"], nx.transitivity(U), label + ": transitivity")
    close(got["average_clustering"], nx.average_clustering(U), label + ": average clustering")

    H, diameter, mean, unreachable = distance_reference(G, directed, weighted)
    close(got["diameter"], diameter, label + ": diameter")
    close(got["mean_distance"], mean, label + ": mean distance")
    check(got["unreachable_pairs"] == unreachable, "%s: unreachable pairs %d, expected %d" % (
        label, got["unreachable_pairs"], unreachable))
    connected = H.number_of_nodes() > 0 and (nx.is_strongly_connected(H) if directed else nx.is_connected(H))
    if connected:
        weight = "length" if weighted else None
        close(got["mean_distance"], nx.average_shortest_path_length(H, weight=weight),
              label + ": mean distance (nx.average_shortest_path_length)")
        if not weighted:
            close(got["diameter"], nx.diameter(H), label + ": diameter (nx.diameter)")


def main():
    karate = nx.karate_club_graph()
    cases = [
        (from_nx("karate", karate, weight="weight"), [[], ["--weight"], ["--keep"]]),
        (from_nx("florentine", nx.florentine_families_graph()), [[]]),
        (from_nx("davis", nx.davis_southern_women_graph()), [[]]),
        (random_case("gnp_undirected", 40, 50, 1, 0.0), [[], ["--weight"]]),
        (random_case("gnp_directed", 30, 70, 2, 1.0), [[], ["--weight"], ["--undirected"], ["--keep"]]),
        (random_case("mixed", 25, 60, 3, 0.5), [[], ["--undirected"], ["--weight"]]),
        (random_case("multi_undirected", 20, 40, 4, 0.0, parallel=0.3, loops=0.3),
         [[], ["--keep"], ["--loops"], ["--keep", "--loops"], ["--weight"]]),
        (random_case("multi_directed", 20, 50, 5, 1.0, parallel=0.3, loops=0.2),
         [[], ["--keep"], ["--loops"], ["--weight"], ["--keep", "--weight"]]),
        (random_case("dense", 30, 200, 6, 0.0, weighted=False), [[]]),
        (random_case("dense_directed", 12, 60, 7, 1.0), [[], ["--weight"]]),
        (Case("single", ["solo"], []), [[]]),
        (Case("edgeless", ["x", "y", "z"], []), [[]]),
    ]
    # A strongly connected directed graph, so NetworkX's own diameter applies.
    rng = random.Random(8)
    ring = ["r%d" % i for i in range(15)]
    arcs = [(ring[i], ring[(i + 1) % 15], 1, rng.choice([1, 2, 3])) for i in range(15)]
    arcs += [(ring[rng.randrange(15)], ring[rng.randrange(15)], 1, rng.choice([1, 2])) for _ in range(10)]
    cases.append((Case("strong_ring", ring, [a for a in arcs if a[0] != a[1]], 1), [[], ["--weight"]]))
    with tempfile.TemporaryDirectory() as workdir:
        for case, policies in cases:
            for flags in policies:
                run_case(case, flags, workdir)
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
