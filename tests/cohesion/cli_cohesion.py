"""`actornet cohesion --json` against NetworkX, reading the same GraphML files.

usage: /usr/bin/python3 cli_cohesion.py ACTORNET DATA_DIR

Files: the bundled karate, Florentine families, southern women and proxy
networks (the last directed, with parallel ties and with its symmetric
relations as undirected ties: two arcs each, as actornet counts them), and
GraphML written here by NetworkX (a seeded weighted directed graph; a
multigraph). NetworkX reads each file itself (nx.read_graphml, through
tests/mixed_graphml.py for the mixed proxy network), so the reader, the edge
policy and every measure are checked end to end. Also: exit codes for a missing --weight
column and a bad --min-clique, and the clique cap reported as truncated.
Prints "cases: N passed, M failed".
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mixed_graphml import read_graphml  # noqa: E402

ACTORNET, DATA = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(condition, label):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", label)


def close(actual, expected, label):
    if expected is None:
        check(actual is None, "%s: %r, expected null" % (label, actual))
        return
    ok = actual is not None and abs(actual - expected) <= 1e-9 * max(1.0, abs(expected))
    check(ok, "%s: %r, expected %r" % (label, actual, expected))


def cli(*args):
    # --lens none: the file exactly as stored, as NetworkX reads it (no vocabulary semantics)
    return subprocess.run([ACTORNET] + list(args) + ["--lens", "none"], capture_output=True, text=True)


def reachable_distances(H, weight):
    lengths = dict(nx.all_pairs_dijkstra_path_length(H, weight=weight) if weight
                   else nx.all_pairs_shortest_path_length(H))
    pairs = [d for u in H for v, d in lengths[u].items() if u != v]
    n = H.number_of_nodes()
    return (max(pairs) if pairs else 0), (sum(pairs) / len(pairs) if pairs else None), n * (n - 1) - len(pairs)


def check_file(path, weight=None):
    args = ["cohesion", path, "--json", "--min-clique", "3"] + (["--weight", weight] if weight else [])
    out = cli(*args)
    label = os.path.basename(path) + (" --weight " + weight if weight else "")
    if out.returncode != 0:
        check(False, "%s: exit %d: %s" % (label, out.returncode, out.stderr.strip()))
        return
    got = json.loads(out.stdout)
    M = read_graphml(path)
    directed = M.is_directed() and M.number_of_edges() > 0
    G = (nx.DiGraph() if directed else nx.Graph())
    G.add_nodes_from(M.nodes())
    for u, v, data in M.edges(data=True):
        if u == v:
            continue
        w = float(data.get(weight, 1)) if weight else 1.0
        # an undirected tie of a mixed file (directed=False) is two arcs
        for a, b in [(u, v)] + ([(v, u)] if directed and data.get("directed") is False else []):
            if G.has_edge(a, b):
                G[a][b]["length"] = min(G[a][b]["length"], w)
            else:
                G.add_edge(a, b, length=w)
    U = nx.Graph(G)
    check(got["nodes"] == M.number_of_nodes() and got["ties"] == M.number_of_edges(), label + ": sizes")
    check(got["directed"] == directed, label + ": directed")
    close(got["density"], nx.density(G), label + ": density")
    close(got["reciprocity"], nx.reciprocity(G) if directed else 1.0, label + ": reciprocity")
    close(got["transitivity"], nx.transitivity(U), label + ": transitivity")
    close(got["average_clustering"], nx.average_clustering(U), label + ": average clustering")
    diameter, mean, unreachable = reachable_distances(G, "length" if weight else None)
    close(got["diameter"], diameter, label + ": diameter")
    close(got["mean_distance"], mean, label + ": mean distance")
    check(got["unreachable_pairs"] == unreachable, label + ": unreachable pairs")
    if unreachable == 0 and not weight:
        close(got["diameter"], nx.diameter(G), label + ": nx.diameter")
        close(got["mean_distance"], nx.average_shortest_path_length(G), label + ": nx.average_shortest_path_length")
    weak = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    check(got["components"]["weak"]["count"] == len(weak), label + ": weak components")
    check(sorted(got["components"]["weak"]["sizes"]) == sorted(len(c) for c in weak), label + ": weak sizes")
    if directed:
        strong = list(nx.strongly_connected_components(G))
        check(got["components"]["strong"]["count"] == len(strong), label + ": strong components")
        check(got["components"]["strong"]["largest"] == max(len(c) for c in strong), label + ": largest strong")
    else:
        check(got["components"]["strong"] is None, label + ": strong is null when undirected")
    check(set(got["articulation_points"]) == set(nx.articulation_points(U)), label + ": articulation points")
    check({frozenset((b["source"], b["target"])) for b in got["bridges"]} == {frozenset(e) for e in nx.bridges(U)},
          label + ": bridges")
    # a bridge names the first edge (in file order) between its pair: index and GraphML id
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    file_edges = [(e.get("source"), e.get("target"), e.get("id")) for e in ET.parse(path).iter(ns + "edge")]
    for b in got["bridges"]:
        first = min(i for i, (s, t, _) in enumerate(file_edges) if {s, t} == {b["source"], b["target"]})
        check(b["edge"] == first and b["id"] == file_edges[first][2], label + ": bridge %r is not the first edge %d" % (
            b, first))
    expected = {frozenset(c) for c in nx.find_cliques(U) if len(c) >= 3}
    check({frozenset(c) for c in got["cliques"]["cliques"]} == expected and not got["cliques"]["truncated"],
          label + ": cliques (%d, expected %d)" % (got["cliques"]["count"], len(expected)))
    check(got["cliques"]["largest"] == max((len(c) for c in expected), default=0), label + ": largest clique")


def main():
    files = [os.path.join(DATA, name) for name in
             ("karate.graphml", "florentine.graphml", "southern-women.graphml", "proxy-network.graphml")]
    for path in files:
        check_file(path)
    check_file(os.path.join(DATA, "karate.graphml"), weight="weight")
    with tempfile.TemporaryDirectory() as workdir:
        rng = random.Random(3)
        D = nx.gnp_random_graph(40, 0.06, seed=3, directed=True)
        for u, v in D.edges():
            D[u][v]["weight"] = rng.choice([0.5, 1.0, 2.0, 3.5])
        directed_path = os.path.join(workdir, "directed.graphml")
        nx.write_graphml(D, directed_path)
        check_file(directed_path)
        check_file(directed_path, weight="weight")
        M = nx.MultiGraph()
        M.add_nodes_from(range(25))
        for _ in range(45):
            u, v = rng.randrange(25), rng.randrange(25)
            if u != v:
                M.add_edge(u, v)
                if rng.random() < 0.3:
                    M.add_edge(u, v)
        multi_path = os.path.join(workdir, "multi.graphml")
        nx.write_graphml(M, multi_path)
        check_file(multi_path)
        # parallel ties: one tie by default (a doubled cut-tie is a bridge), several with --keep-parallel
        out = json.loads(cli("cohesion", multi_path, "--json", "--keep-parallel").stdout)
        check({frozenset((b["source"], b["target"])) for b in out["bridges"]} ==
              {frozenset(e) for e in nx.bridges(nx.read_graphml(multi_path))}, "multi --keep-parallel: bridges")
        # the clique cap
        dense = os.path.join(workdir, "dense.graphml")
        nx.write_graphml(nx.complement(nx.disjoint_union_all([nx.complete_graph(3)] * 4)), dense)
        out = json.loads(cli("cohesion", dense, "--json", "--max-cliques", "10").stdout)
        check(out["cliques"]["truncated"] and out["cliques"]["count"] == 10, "clique cap: truncated at 10")
        out = json.loads(cli("cohesion", dense, "--json").stdout)
        check(not out["cliques"]["truncated"] and out["cliques"]["count"] == 81, "Moon-Moser graph: 3^4 cliques")
    karate = os.path.join(DATA, "karate.graphml")
    check(cli("cohesion", karate, "--weight", "nonexistent").returncode == 2, "missing --weight column: exit 2")
    check(cli("cohesion", karate, "--min-clique", "0").returncode == 2, "--min-clique 0: exit 2")
    check(cli("cohesion", "/nonexistent.graphml").returncode == 1, "missing file: exit 1")
    text = cli("cohesion", karate)
    check(text.returncode == 0 and "articulation points" in text.stdout, "text output")
    check(cli("cohesion", "--help").returncode == 0, "--help")
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
