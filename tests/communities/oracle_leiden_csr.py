"""Oracle for Leiden and Louvain on the CSR (libnet/communities/leiden_csr.h,
louvain_csr.h), through tests/communities/leiden_csr_driver.c.

usage: /usr/bin/python3 oracle_leiden_csr.py DRIVER

On 120 seeded random multigraphs (5 to 400 nodes; planted groups or uniform;
unweighted or weighted; with self-loops and parallel edges in some; modularity
at resolutions 0.5 to 2, and CPM), for Leiden until stable and for Louvain:
  1. the reported quality equals NetworkX's modularity() of the returned
     partition on the same MultiGraph at the same resolution (every parallel
     edge counted; a loop adds 2w to its node's degree), or for CPM the value
     1/2m sum_c (2 L_c - gamma n_c^2), to 1e-9;
  2. labels are 0..k-1 in order of first appearance, and two runs with the
     same seed print the same thing;
  3. Leiden: every community induces a connected subgraph (its guarantee);
  4. Leiden until stable: no node raises the quality by moving alone to a
     neighbouring community or to a community of its own (local optimality);
  5. on the mean over the modularity cases, Leiden's modularity is within
     0.002 of python-igraph's community_leiden run until an iteration changes
     nothing (python-igraph 0.10.2's n_iterations=-1 stops at the first
     iteration that changes something, so the loop is done here, one
     iteration at a time from the previous partition), and Louvain's within
     0.005 of python-igraph's community_multilevel. The heuristics differ
     case by case; the means must not.
Prints one line per failed check and "cases: N passed, M failed"; exits 1 on
any failure.
"""
import math
import os
import random
import subprocess
import sys
import tempfile

import igraph
import networkx as nx
from networkx.algorithms.community import modularity as nx_modularity

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from case_tally import check, finish  # noqa: E402

DRIVER = sys.argv[1]


def make_case(index):
    """A seeded random multigraph and the options to run it with."""
    rng = random.Random(1000 + index)
    n = rng.choice([5, 8, 12, 20, 40, 80, 150, 250, 400])
    planted = rng.random() < 0.7
    groups = max(1, n // rng.choice([5, 10, 20]))
    mean_degree = rng.choice([2, 4, 8])
    p_in = min(1.0, mean_degree * 0.8 / max(1, n / groups - 1)) if planted else mean_degree / max(1, n - 1)
    p_out = mean_degree * 0.2 / max(1, n) if planted else p_in
    weighted = rng.random() < 0.5
    loops = rng.random() < 0.3
    parallel = rng.random() < 0.3
    edges = []
    for u in range(n):
        for v in range(u + 1, n):
            if rng.random() < (p_in if planted and u * groups // n == v * groups // n else p_out):
                edges.append((u, v))
    if parallel:
        edges += [rng.choice(edges) for _ in range(len(edges) // 5)] if edges else []
    if loops:
        edges += [(u, u) for u in rng.sample(range(n), max(1, n // 10))]
    rng.shuffle(edges)
    weighted_edges = [(u, v, round(rng.uniform(0.1, 5.0), 3) if weighted else 1.0) for u, v in edges]
    if index % 4 == 3:
        options = {"objective": "cpm", "resolution": rng.choice([0.01, 0.05, 0.1, 0.3, 1.0])}
    else:
        options = {"objective": "modularity", "resolution": rng.choice([0.5, 1.0, 1.0, 1.0, 1.5, 2.0])}
    options["seed"] = index * 7919 + 1
    return n, weighted_edges, options


def run_driver(method, path, options):
    args = [DRIVER, method, path] + ["%s=%s" % (k, v) for k, v in options.items()]
    out = subprocess.run(args, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return None, out.stdout + out.stderr
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in out.stdout.splitlines())
    membership = [int(x) for x in lines["membership"].split()]
    return {"quality": float(lines["quality"]), "membership": membership,
            "iterations": int(lines["iterations"])}, out.stdout


def multigraph(n, edges):
    graph = nx.MultiGraph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(edges)
    return graph


def cpm_quality(n, edges, membership, gamma):
    total = sum(2 * w for _, _, w in edges)
    internal = sum(2 * w for u, v, w in edges if membership[u] == membership[v])
    sizes = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    return (internal - gamma * sum(s * s for s in sizes.values())) / total


def first_appearance(membership):
    seen = -1
    for label in membership:
        if label > seen + 1:
            return False
        seen = max(seen, label)
    return True


def locally_optimal(n, edges, membership, options):
    """The largest gain (in edge-weight units) of moving one node alone; <= 0 when optimal."""
    total = sum(2 * w for _, _, w in edges)
    degree = [0.0] * n
    neighbours = [dict() for _ in range(n)]
    for u, v, w in edges:
        degree[u] += w
        degree[v] += w
        if u != v:
            neighbours[u][v] = neighbours[u].get(v, 0.0) + w
            neighbours[v][u] = neighbours[v].get(u, 0.0) + w
    cpm = options["objective"] == "cpm"
    node_weight = [1.0] * n if cpm else degree
    gamma = options["resolution"] if cpm else options["resolution"] / total
    community_weight = {}
    for v in range(n):
        community_weight[membership[v]] = community_weight.get(membership[v], 0.0) + node_weight[v]
    worst = -math.inf
    for v in range(n):
        to = {}
        for u, w in neighbours[v].items():
            to[membership[u]] = to.get(membership[u], 0.0) + w
        own = membership[v]
        stay = to.get(own, 0.0) - gamma * node_weight[v] * (community_weight[own] - node_weight[v])
        for c in list(to) + [None]:  # None: a community of its own
            if c == own:
                continue
            go = to.get(c, 0.0) - gamma * node_weight[v] * (community_weight[c] if c is not None else 0.0)
            worst = max(worst, go - stay)
    return worst


def igraph_graph(n, edges):
    graph = igraph.Graph(n=n, edges=[(u, v) for u, v, _ in edges])
    graph.es["weight"] = [w for _, _, w in edges]
    return graph


def nx_quality(graph, membership, resolution):
    """NetworkX's modularity of a membership list (python-igraph 0.10.2's Graph.modularity drops
    its resolution argument, so both sides are measured here)."""
    communities = {}
    for v, c in enumerate(membership):
        communities.setdefault(c, set()).add(v)
    return nx_modularity(graph, communities.values(), weight="weight", resolution=resolution)


def igraph_leiden_until_stable(graph, options, seed):
    random.seed(seed)
    membership = None
    for _ in range(100):
        clustering = graph.community_leiden(objective_function="modularity", weights="weight",
                                            resolution_parameter=options["resolution"], beta=0.01,
                                            initial_membership=membership, n_iterations=1)
        if membership is not None and clustering.membership == membership:
            break
        membership = clustering.membership
    return membership


ours_leiden, ours_louvain, theirs_leiden, theirs_louvain = [], [], [], []
with tempfile.TemporaryDirectory() as tmp:
    for index in range(120):
        n, edges, options = make_case(index)
        path = os.path.join(tmp, "case%d.txt" % index)
        with open(path, "w") as f:
            f.write("%d %d\n" % (n, len(edges)))
            for u, v, w in edges:
                f.write("%d %d %r\n" % (u, v, w))
        label = "case %d (n=%d, m=%d, %s)" % (index, n, len(edges), options)
        graph = multigraph(n, edges)
        for method in ("leiden", "louvain"):
            run_options = dict(options) if method == "leiden" else {"resolution": options["resolution"],
                                                                     "seed": options["seed"]}
            if method == "louvain" and options["objective"] == "cpm":
                continue
            result, text = run_driver(method, path, run_options)
            check(result is not None, "%s %s: driver failed: %s" % (label, method, text))
            if result is None:
                continue
            membership = result["membership"]
            check(len(membership) == n and first_appearance(membership),
                  "%s %s: labels not in order of first appearance" % (label, method))
            again, text_again = run_driver(method, path, run_options)
            check(text_again == text, "%s %s: a second run with the same seed differs" % (label, method))
            communities = {}
            for v, c in enumerate(membership):
                communities.setdefault(c, set()).add(v)
            if not edges:
                check(math.isnan(result["quality"]), "%s %s: quality of a graph without ties" % (label, method))
                continue
            if options["objective"] == "cpm" and method == "leiden":
                expected = cpm_quality(n, edges, membership, options["resolution"])
            else:
                expected = nx_modularity(graph, communities.values(), weight="weight",
                                         resolution=options["resolution"])
            check(abs(result["quality"] - expected) <= 1e-9 * max(1.0, abs(expected)),
                  "%s %s: quality %.17g, expected %.17g" % (label, method, result["quality"], expected))
            if method == "louvain":
                ours_louvain.append(result["quality"])
                ig = igraph_graph(n, edges)
                random.seed(options["seed"])
                theirs = ig.community_multilevel(weights="weight", resolution=options["resolution"])
                theirs_louvain.append(nx_quality(graph, theirs.membership, options["resolution"]))
                continue
            disconnected = [c for c, nodes in communities.items()
                            if not nx.is_connected(graph.subgraph(nodes))]
            check(not disconnected, "%s leiden: communities %s are not connected" % (label, disconnected[:5]))
            total = sum(2 * w for _, _, w in edges)
            gain = locally_optimal(n, edges, membership, options)
            check(gain <= 1e-9 * total, "%s leiden: a node gains %.3g by moving alone" % (label, gain))
            if options["objective"] == "modularity":
                ours_leiden.append(result["quality"])
                theirs = igraph_leiden_until_stable(igraph_graph(n, edges), options, options["seed"])
                theirs_leiden.append(nx_quality(graph, theirs, options["resolution"]))

mean = lambda values: sum(values) / len(values)
print("Leiden modularity, mean over %d cases: ours %.5f, python-igraph until stable %.5f"
      % (len(ours_leiden), mean(ours_leiden), mean(theirs_leiden)))
print("Louvain modularity, mean over %d cases: ours %.5f, python-igraph multilevel %.5f"
      % (len(ours_louvain), mean(ours_louvain), mean(theirs_louvain)))
check(mean(ours_leiden) >= mean(theirs_leiden) - 0.002, "Leiden's mean modularity is below python-igraph's")
check(mean(ours_louvain) >= mean(theirs_louvain) - 0.005, "Louvain's mean modularity is below python-igraph's")
sys.exit(finish())
