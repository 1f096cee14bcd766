"""Shared by the positions oracles: the checks' bookkeeping, the driver, matrices.

Networks are read through the driver's `edges` command (the nodes and ties,
optionally of a lens's view), then turned into the 0/1 adjacency matrix that
positions.h defines: a directed tie i -> j sets a_ij, an undirected one both
a_ij and a_ji, parallel ties count once, self-loops are dropped.
"""
import math
import os
import subprocess

import networkx as nx

passed = failed = 0


def check(condition, label):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", label)


def close(actual, expected, rel=1e-9, absolute=1e-12):
    if expected is None or (isinstance(expected, float) and math.isnan(expected)):
        return actual is None or (isinstance(actual, float) and math.isnan(actual))
    if actual is None or math.isnan(actual):
        return False
    return abs(actual - expected) <= max(absolute, rel * abs(expected))


def all_close(actual, expected, rel=1e-9, absolute=1e-12):
    return len(actual) == len(expected) and all(close(a, e, rel, absolute) for a, e in zip(actual, expected))


def finish():
    print("cases: %d passed, %d failed" % (passed, failed))
    raise SystemExit(1 if failed else 0)


class Driver:
    def __init__(self, path):
        self.path = path

    def run(self, *arguments):
        out = subprocess.run([self.path] + [str(a) for a in arguments], capture_output=True, text=True,
                             timeout=120)
        if out.returncode != 0:
            raise RuntimeError("driver %s failed: %s" % (arguments, out.stderr))
        return out.stdout

    def lines(self, *arguments):
        """{first word: [rest, ...]} of the driver's output (repeated keys keep every line)."""
        result = {}
        for line in self.run(*arguments).splitlines():
            if not line.strip():
                continue
            key, _, rest = line.partition(" ")
            result.setdefault(key, []).append(rest.split())
        return result

    def network(self, graphml, lens=None):
        """(ids, ties) of a GraphML file (or its lens's view): ties as (s, t, directed)."""
        ids, ties = [], []
        arguments = ["edges", graphml] + ([lens] if lens else [])
        for line in self.run(*arguments).splitlines():
            word = line.split()
            if word[0] == "node":
                ids.append(word[1])
            elif word[0] == "edge":
                ties.append((int(word[1]), int(word[2]), int(word[3])))
        return ids, ties


def adjacency(n, ties, undirected=False):
    """The 0/1 matrix positions.h reads (parallel ties once, no loops)."""
    a = [[0] * n for _ in range(n)]
    for s, t, directed in ties:
        if s == t:
            continue
        a[s][t] = 1
        if not directed or undirected:
            a[t][s] = 1
    return a


def write_matrix(path, matrix):
    with open(path, "w") as f:
        f.write("%d\n" % len(matrix))
        for row in matrix:
            f.write(" ".join(repr(float(x)) for x in row) + "\n")
    return path


def read_table(path):
    """Rows of floats from an R write.table / cat output (NA as NaN)."""
    rows = []
    with open(path) as f:
        for line in f:
            if line.strip():
                rows.append([float("nan") if x in ("NA", "NaN") else float(x) for x in line.split()])
    return rows


def write_graphml(path, n, ties, directed):
    """A GraphML file of the ties (networkx; ids n0..), for the network-level commands."""
    g = nx.MultiDiGraph() if directed else nx.MultiGraph()
    g.add_nodes_from("n%d" % v for v in range(n))
    g.add_edges_from(("n%d" % s, "n%d" % t) for s, t in ties)
    nx.write_graphml(g, path)
    return path


def random_ties(rng, n, p, directed):
    return [(i, j) for i in range(n) for j in range(n)
            if i != j and (directed or i < j) and rng.random() < p]


def bundled(data_dir):
    return [os.path.join(data_dir, name) for name in sorted(os.listdir(data_dir)) if name.endswith(".graphml")]
