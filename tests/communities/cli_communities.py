"""`actornet communities` (--csv, --json, --compare) against NetworkX and python-igraph.

usage: /usr/bin/python3 cli_communities.py ACTORNET DATA_DIR

For every method on the bundled karate, Florentine, southern women and proxy
networks (NetworkX reads each file itself, the mixed proxy network through
tests/mixed_graphml.py: an undirected tie in it is two arcs for the directed
methods):
  - --csv is `id,community`, one row per node in file order, communities
    numbered by first appearance, and agrees with --json's membership;
  - the reported modularity is NetworkX's modularity of that partition on the
    graph the method analysed (undirected collapsed for Leiden, Louvain,
    walktrap, label propagation; the directed graph for Infomap and edge
    betweenness), and sizes/count match the partition;
  - the same seed gives byte-identical output;
  - --compare faction (karate) gives python-igraph's NMI, ARI, Rand, VI and
    split-join between the partition and the faction column read by NetworkX;
  - Leiden and Louvain on karate reach modularity >= 0.40 with the default seed;
  - errors: unknown method or objective, missing --compare attribute or
    --weight column (exit 2), edge betweenness above --max-edges (exit 3).
Prints "cases: N passed, M failed".
"""
import csv
import io
import json
import os
import subprocess
import sys

import igraph
import networkx as nx
from networkx.algorithms import community as nx_community

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mixed_graphml import read_graphml  # noqa: E402

ACTORNET, DATA = sys.argv[1], sys.argv[2]
passed = failed = 0
METHODS = ("leiden", "louvain", "infomap", "walktrap", "label_propagation", "edge_betweenness")
UNDIRECTED_ONLY = {"leiden", "louvain", "walktrap", "label_propagation"}


def check(condition, label):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", label)


def close(actual, expected, label):
    ok = actual is not None and abs(actual - expected) <= 1e-9 * max(1.0, abs(expected))
    check(ok, "%s: %r, expected %r" % (label, actual, expected))


def cli(*args):
    # --lens none: the file exactly as stored, as NetworkX reads it (no vocabulary semantics)
    return subprocess.run([ACTORNET] + list(args) + ["--lens", "none"], capture_output=True, text=True)


def analysed_graph(M, method, weight):
    """The graph a method analyses (communities.h): collapsed, weights summed."""
    directed = M.is_directed() and method not in UNDIRECTED_ONLY
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(M.nodes())
    for u, v, data in M.edges(data=True):
        if u == v:
            continue
        w = float(data.get(weight, 1)) if weight else 1.0
        # an undirected tie of a mixed file (directed=False) is two arcs of a directed graph
        for a, b in [(u, v)] + ([(v, u)] if directed and data.get("directed") is False else []):
            if G.has_edge(a, b):
                if weight:
                    G[a][b]["weight"] += w
            else:
                G.add_edge(a, b, weight=w)
    return G, directed


def check_run(path, method, weight=None, seed=None):
    extra = (["--weight", weight] if weight else []) + (["--seed", str(seed)] if seed is not None else [])
    label = "%s %s%s" % (os.path.basename(path), method, " " + " ".join(extra) if extra else "")
    out_csv = cli("communities", path, "--method", method, "--csv", *extra)
    out_json = cli("communities", path, "--method", method, "--json", *extra)
    if out_csv.returncode or out_json.returncode:
        check(False, "%s: exit %d/%d: %s" % (label, out_csv.returncode, out_json.returncode, out_json.stderr.strip()))
        return None
    M = read_graphml(path)
    ids = list(M.nodes())
    rows = list(csv.reader(io.StringIO(out_csv.stdout)))
    check(rows[0] == ["id", "community"], label + ": CSV header")
    check([r[0] for r in rows[1:]] == ids, label + ": CSV rows in file order")
    membership = [int(r[1]) for r in rows[1:]]
    got = json.loads(out_json.stdout)
    check(got["ids"] == ids and got["membership"] == membership, label + ": JSON agrees with CSV")
    first = []
    for c in membership:
        if c not in first:
            first.append(c)
    check(first == list(range(len(first))), label + ": numbered by first appearance")
    check(got["count"] == len(first) and got["sizes"] == [membership.count(c) for c in first], label + ": count, sizes")
    G, directed = analysed_graph(M, method, weight)
    check(got["directed"] == directed, label + ": directed")
    groups = {}
    for v, c in zip(ids, membership):
        groups.setdefault(c, set()).add(v)
    close(got["modularity"], nx_community.modularity(G, list(groups.values()), weight="weight"),
          label + ": modularity vs NetworkX")
    again = cli("communities", path, "--method", method, "--json", *extra)
    check(again.stdout == out_json.stdout, label + ": same seed, same output")
    return got


def main():
    files = [os.path.join(DATA, name) for name in
             ("karate.graphml", "florentine.graphml", "southern-women.graphml", "proxy-network.graphml")]
    for path in files:
        for method in METHODS:
            check_run(path, method)
    karate = os.path.join(DATA, "karate.graphml")
    for method in ("leiden", "louvain", "infomap", "walktrap", "label_propagation"):
        check_run(karate, method, weight="weight")
    for seed in (1, 7):
        check_run(karate, "leiden", seed=seed)
    for method in ("leiden", "louvain"):
        got = json.loads(cli("communities", karate, "--method", method, "--json").stdout)
        check(got["modularity"] >= 0.40, "karate %s: modularity %r < 0.40" % (method, got["modularity"]))

    # --compare faction: the partition against the column, as python-igraph compares them
    M = nx.read_graphml(karate)
    faction = [M.nodes[v]["faction"] for v in M.nodes()]
    codes = {}
    faction_ids = [codes.setdefault(f, len(codes)) for f in faction]
    for method in ("leiden", "louvain", "walktrap"):
        got = json.loads(cli("communities", karate, "--method", method, "--json", "--compare", "faction").stdout)
        c = got["compare"]
        m = got["membership"]
        check(c["attribute"] == "faction" and c["nodes"] == 34 and c["categories"] == len(codes),
              method + ": compare header")
        close(c["nmi"], igraph.compare_communities(m, faction_ids, method="nmi"), method + ": NMI")
        close(c["adjusted_rand"], igraph.compare_communities(m, faction_ids, method="adjusted_rand"), method + ": ARI")
        close(c["rand"], igraph.compare_communities(m, faction_ids, method="rand"), method + ": Rand")
        close(c["variation_of_information"], igraph.compare_communities(m, faction_ids, method="vi"), method + ": VI")
        check(tuple(c["split_join"]) == tuple(igraph.split_join_distance(m, faction_ids)), method + ": split-join")
        text = cli("communities", karate, "--method", method, "--compare", "faction")
        check(text.returncode == 0 and "NMI %.4f" % c["nmi"] in text.stdout, method + ": text shows NMI")
        with_csv = cli("communities", karate, "--method", method, "--csv", "--compare", "faction")
        check(with_csv.stdout.startswith("id,community\n") and "NMI" in with_csv.stderr,
              method + ": --csv keeps stdout a table, comparison on stderr")

    # errors
    check(cli("communities", karate, "--method", "spinglass").returncode == 2, "unknown method: exit 2")
    check(cli("communities", karate, "--objective", "surprise").returncode == 2, "unknown objective: exit 2")
    check(cli("communities", karate, "--compare", "nonexistent").returncode == 2, "missing attribute: exit 2")
    check(cli("communities", karate, "--weight", "nonexistent").returncode == 2, "missing weight: exit 2")
    check(cli("communities", karate, "--csv", "--json").returncode == 2, "--csv with --json: exit 2")
    limited = cli("communities", karate, "--method", "edge_betweenness", "--max-edges", "50")
    check(limited.returncode == 3 and "Leiden" in limited.stderr, "edge betweenness above --max-edges: exit 3")
    check(cli("communities", karate, "--resolution", "-1").returncode == 3, "negative resolution: exit 3")
    check(cli("communities", "--help").returncode == 0, "--help")
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
