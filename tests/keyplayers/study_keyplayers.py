"""The key-player heuristic (greedy + swap, several starts) against the exact search.

For every objective, on many small networks (trees, stars, paths, cycles, wheels, grids,
ladders, complete and complete bipartite graphs, 3-regular and circulant graphs, random
graphs connected or not, directed and mixed ones, and the bundled files) and k = 1 .. 4,
both searches run through kp_driver (the exact search is itself checked against a Python
brute force by oracle_keyplayers.py). Printed: per objective, how often the heuristic reaches
the optimum and its worst ratio (heuristic / optimum). Checked:
  - the heuristic never exceeds the optimum;
  - fragmentation: it never returns a set that fragments nothing (0) when a set that
    fragments something exists (issue 14, item 6: the teaching example at k = 3 gave 0
    against an optimum of 0.5636);
  - it reaches the optimum in at least 95% of searches per objective, and its worst ratio
    is at least 0.75.

usage: study_keyplayers.py KP_DRIVER WORKDIR DATA_DIR
"""
import itertools
import os
import random
import subprocess
import sys

import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from mixed_graphml import read_graphml as read_mixed_graphml  # noqa: E402

DRIVER, WORKDIR, DATA = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORKDIR, exist_ok=True)
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def write_net(name, graph):
    """graph: a NetworkX (Multi)(Di)Graph; edges keep their own direction."""
    nodes = list(graph.nodes())
    index = {v: "v%d" % i for i, v in enumerate(nodes)}
    directed = int(graph.is_directed())
    path = os.path.join(WORKDIR, name + ".net")
    with open(path, "w") as f:
        f.write("directed %d\n" % directed)
        for v in nodes:
            f.write("node %s\n" % index[v])
        for edge in graph.edges(data=True):
            u, v, data = edge
            d = directed
            if "directed" in data:
                d = int(str(data["directed"]).lower() in ("1", "true"))
            f.write("edge %s %s %d\n" % (index[u], index[v], d))
    return path, len(nodes)


def networks():
    nets = []
    add = lambda name, g: nets.append((name, g))
    for n in (6, 9, 12):
        add("path%d" % n, nx.path_graph(n))
        add("star%d" % n, nx.star_graph(n - 1))
        add("cycle%d" % n, nx.cycle_graph(n))
        add("wheel%d" % n, nx.wheel_graph(n))
        add("complete%d" % n, nx.complete_graph(n))
    add("grid3x4", nx.grid_2d_graph(3, 4))
    add("grid4x4", nx.grid_2d_graph(4, 4))
    add("ladder6", nx.ladder_graph(6))
    add("K3_3", nx.complete_bipartite_graph(3, 3))
    add("K3_5", nx.complete_bipartite_graph(3, 5))
    add("petersen", nx.petersen_graph())
    add("cube", nx.cubical_graph())
    add("circulant12", nx.circulant_graph(12, [1, 2]))
    add("kite", nx.krackhardt_kite_graph())
    add("barbell", nx.barbell_graph(5, 2))
    add("lollipop", nx.lollipop_graph(5, 4))
    add("two_stars", nx.disjoint_union(nx.star_graph(4), nx.star_graph(5)))
    add("two_cycles", nx.disjoint_union(nx.cycle_graph(5), nx.cycle_graph(6)))
    for seed in range(8):
        rng = random.Random(seed)
        n = rng.randint(9, 14)
        add("tree%d" % seed, nx.random_labeled_tree(n, seed=seed) if hasattr(nx, "random_labeled_tree")
            else nx.random_tree(n, seed=seed))
        add("gnp%d" % seed, nx.gnp_random_graph(n, rng.uniform(0.15, 0.45), seed=seed))
        add("regular3_%d" % seed, nx.random_regular_graph(3, 2 * rng.randint(5, 7), seed=seed))
        add("forest%d" % seed, nx.disjoint_union(nx.gnp_random_graph(n // 2, 0.5, seed=seed),
                                                 nx.random_regular_graph(2, 6, seed=seed)))
        add("digraph%d" % seed, nx.gnp_random_graph(n, rng.uniform(0.12, 0.3), seed=seed, directed=True))
        mixed = nx.MultiDiGraph(nx.gnp_random_graph(n, rng.uniform(0.12, 0.3), seed=100 + seed, directed=True))
        for u, v, data in mixed.edges(data=True):
            data["directed"] = rng.random() < 0.6
        add("mixed%d" % seed, mixed)
    for name in ("teaching-example", "florentine", "karate", "southern-women", "proxy-network"):
        # the proxy network is mixed (symmetric relations undirected): NetworkX refuses it as is
        add(name, read_mixed_graphml(os.path.join(DATA, name + ".graphml"), force_multigraph=True))
    return nets


def run(path, commands):
    out = subprocess.run([DRIVER, path], input="\n".join(commands) + "\n", capture_output=True, text=True,
                         check=True).stdout
    return [line.split() for line in out.splitlines()]


# (objective, direction mode, m, largest network, largest k)
OBJECTIVES = [("fragmentation", "auto", 1, 10 ** 9, 4), ("fragmentation", "out", 1, 40, 3),
              ("reach", "auto", 1, 40, 4), ("reach", "auto", 2, 40, 4),
              ("distance_fragmentation", "auto", 1, 16, 3), ("distance_reach", "auto", 1, 40, 3)]

stats = {}
for name, graph in networks():
    path, n = write_net(name, graph)
    queries = []
    for objective, mode, m, largest, max_k in OBJECTIVES:
        if n > largest or (mode == "out" and not graph.is_directed()):
            continue
        for k in range(1, max_k + 1):
            if k > n - 2 or (n > 40 and k > 3):
                continue
            queries.append((objective, mode, m, k))
    commands = []
    for objective, mode, m, k in queries:
        commands.append("find %s %s %d %d 1 1 0 0 100000000" % (objective, mode, m, k))
        commands.append("find %s %s %d %d 0 1 0 0 0" % (objective, mode, m, k))
    lines = run(path, commands)
    for index, (objective, mode, m, k) in enumerate(queries):
        exact, heuristic = lines[2 * index], lines[2 * index + 1]
        what = "%s %s %s m=%d k=%d" % (name, objective, mode, m, k)
        check(exact[0] == "ok" and heuristic[0] == "ok", what + " ran: %s / %s" % (exact, heuristic))
        if exact[0] != "ok" or heuristic[0] != "ok":
            continue
        optimum, found = float(exact[1]), float(heuristic[1])
        key = "%s (%s%s)" % (objective, mode, ", m=%d" % m if objective == "reach" else "")
        entry = stats.setdefault(key, {"searches": 0, "optimal": 0, "worst": 1.0, "where": ""})
        entry["searches"] += 1
        check(found <= optimum + 1e-9, what + " heuristic %r above the optimum %r" % (found, optimum))
        if abs(found - optimum) <= 1e-9 * max(1.0, abs(optimum)):
            entry["optimal"] += 1
        elif optimum > 0 and found / optimum < entry["worst"]:
            entry["worst"] = found / optimum
            entry["where"] = "%s k=%d: %.4f of %.4f" % (name, k, found, optimum)
        if objective == "fragmentation":
            check(not (found <= 1e-12 and optimum > 1e-12),
                  what + " fragments nothing (%r) though %r is possible" % (found, optimum))

print("%-40s %10s %8s %12s  %s" % ("objective", "searches", "optimal", "worst ratio", "worst case"))
for key, entry in stats.items():
    share = entry["optimal"] / entry["searches"]
    print("%-40s %10d %7.1f%% %12.3f  %s" % (key, entry["searches"], 100 * share, entry["worst"], entry["where"]))
    check(share >= 0.95, "%s: optimal in %.1f%% of searches" % (key, 100 * share))
    check(entry["worst"] >= 0.75, "%s: worst ratio %.3f" % (key, entry["worst"]))
print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
