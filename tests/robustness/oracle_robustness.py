"""Oracle for `actornet robustness`: replay the tie-dropout bootstrap independently.

Re-implements actornet's generator (xoshiro256** seeded by splitmix64, uniform =
top 53 bits / 2^53) and the published procedure: each edge of the file kept when
uniform >= p, the measure recomputed with NetworkX on what remains (parallel ties
collapsed, as actornet's default policy; an undirected tie of a directed file --
`directed="false"` on the edge -- is two arcs), fractional ranks (scipy's rankdata on
-score, method 'average'), rank intervals with numpy's percentile methods 'lower' and
'higher' (observed ranks, outward).
Compares every actor's numbers from `actornet robustness --csv`.
Usage: oracle_robustness.py ACTORNET DATA_DIR
"""
import csv
import io
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
import numpy as np
from scipy.stats import rankdata

MASK = (1 << 64) - 1


class Xoshiro:
    def __init__(self, seed):
        self.s = []
        x = seed & MASK
        for _ in range(4):
            x = (x + 0x9E3779B97F4A7C15) & MASK
            z = x
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
            self.s.append(z ^ (z >> 31))

    @staticmethod
    def rotl(x, k):
        return ((x << k) | (x >> (64 - k))) & MASK

    def next(self):
        s = self.s
        result = (self.rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = self.rotl(s[3], 45)
        return result

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53


def measure(nodes, edges, directed, name):
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(nodes)
    for u, v, both_ways in edges:
        if u != v:
            g.add_edge(u, v)
            if both_ways and directed:
                g.add_edge(v, u)
    values = {"degree": nx.degree_centrality, "in_degree": nx.in_degree_centrality,
              "harmonic": nx.harmonic_centrality}[name](g)
    return np.array([values[v] for v in nodes])


def read_file_order(path):
    """Nodes and edges in file order (NetworkX iterates a multigraph by adjacency instead)."""
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key")}
    graph = root.find(ns + "graph")
    nodes = [n.get("id") for n in graph.iter(ns + "node")]
    edges, conf = [], []
    for e in graph.iter(ns + "edge"):
        edges.append((e.get("source"), e.get("target"), e.get("directed") == "false"))
        data = {keys[d.get("key")]: d.text for d in e.iter(ns + "data")}
        conf.append(data.get("confidence"))
    return nodes, edges, conf, graph.get("edgedefault", "directed") == "directed"


def check(actornet, path, name, replicates, dropout, seed, level=0.9, top=10):
    nodes, edges, conf, directed = read_file_order(path)
    rng = Xoshiro(seed)
    ranks = []
    for _ in range(replicates):
        kept = [e for e in edges if rng.uniform() >= dropout]
        ranks.append(rankdata(-measure(nodes, kept, directed, name), method="average"))
    ranks = np.array(ranks)
    full = measure(nodes, edges, directed, name)
    stated = measure(nodes, [e for e, c in zip(edges, conf) if c == "stated"], directed, name)
    out = subprocess.run([actornet, "robustness", path, "--measure", name, "--replicates", str(replicates),
                          "--dropout", str(dropout), "--seed", str(seed), "--top", str(top), "--csv",
                          "--lens", "none"],
                         capture_output=True, text=True, check=True).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    failures = 0
    for i, row in enumerate(rows):
        assert row["id"] == nodes[i], (row["id"], nodes[i])
        expect = {
            "score": full[i], "rank": rankdata(-full, method="average")[i],
            "mean_rank": ranks[:, i].mean(),
            "rank_low": np.percentile(ranks[:, i], 100 * (1 - level) / 2, method="lower"),
            "rank_high": np.percentile(ranks[:, i], 100 * (1 + level) / 2, method="higher"),
            "top_k_share": (ranks[:, i] <= top).mean(),
        }
        if any(c is not None for c in conf):
            expect["stated_score"] = stated[i]
            expect["stated_rank"] = rankdata(-stated, method="average")[i]
        for key, value in expect.items():
            got = float(row[key])
            if abs(got - value) > 1e-9 * max(1.0, abs(value)):
                print("%s %s %s: actornet %r, oracle %r" % (path, name, row["id"], got, value))
                failures += 1
    return failures


def main():
    actornet, data = sys.argv[1], sys.argv[2]
    cases = [("%s/proxy-network.graphml" % data, "degree", 60, 0.2, 7),
             ("%s/proxy-network.graphml" % data, "in_degree", 40, 0.35, 11),
             ("%s/karate.graphml" % data, "degree", 60, 0.1, 3),
             ("%s/southern-women.graphml" % data, "harmonic", 30, 0.25, 5)]
    passed = failed = 0
    for case in cases:
        f = check(actornet, *case)
        passed += f == 0
        failed += f != 0
    print("cases: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


main()
