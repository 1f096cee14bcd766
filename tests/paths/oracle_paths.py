"""Typed path queries against NetworkX on seeded random typed networks
(directed, undirected and mixed; weighted and not; parallel ties; filters by
class, relation, confidence and year window; direction followed or ignored):

  shortest path length    vs nx.shortest_path_length (BFS) / Dijkstra
  k shortest path lengths vs the first k of nx.shortest_simple_paths
  all simple paths <= L   vs nx.all_simple_paths(cutoff=L) (the exact set)
  the limit               a capped query returns the shortest paths, flagged

and every hop of every path: it exists in the filtered graph, it is the tie
the documented rule picks among parallel ties (lightest when weighted, then
stated before reported, then the earliest edge), its alternatives are the
other qualifying ties in that order, and its citation fields are the edge's.

usage: oracle_paths.py ORACLE_DRIVER
"""
import random
import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "views"))
from oracle_common import Tally, random_network, run_driver, random_filter, node_passes, edge_passes, close  # noqa: E402

driver = sys.argv[1]
tally = Tally()
RANK = {"stated": 0, "reported": 1}


def path_graph(nodes, edges, spec, frm, to, weighted, ignore_direction, ends):
    """The graph the query walks: DiGraph with min weights, and the ordered
    qualifying ties of every arc. None when an end fails classes_at_ends."""
    ok = [node_passes(spec, cls) for _, cls in nodes]
    if ends and not (ok[frm] and ok[to]):
        return None, None
    ok[frm] = ok[to] = True
    ties = {}
    for index, e in enumerate(edges):
        s, t = e["s"], e["t"]
        if s == t or not ok[s] or not ok[t] or not edge_passes(spec, e):
            continue
        w = e["weight"] if (weighted and e["weight"] is not None) else 1.0
        rank = RANK.get(e["confidence"], 3 if e["confidence"] is None else 2)
        arcs = [(s, t)] + ([(t, s)] if (ignore_direction or not e["directed"]) else [])
        for arc in arcs:
            ties.setdefault(arc, []).append((w if weighted else 0.0, rank, index, w))
    G = nx.DiGraph()
    G.add_nodes_from(range(len(nodes)))
    for arc, options in ties.items():
        options.sort()
        G.add_edge(arc[0], arc[1], weight=options[0][3])
    return G, ties


def cost(G, path, weighted):
    if not weighted:
        return len(path) - 1
    return sum(G[a][b]["weight"] for a, b in zip(path, path[1:]))


def check_hops(result, nodes, edges, G, ties, weighted, what):
    """Every path is a simple path of G whose hops carry the right ties."""
    index_of = {node_id: i for i, (node_id, _) in enumerate(nodes)}
    ok = True
    for path in result["paths"]:
        seq = [index_of[v] for v in path["nodes"]]
        ok &= len(set(seq)) == len(seq) and len(path["hops"]) == len(seq) - 1 == path["length"]
        total = 0.0
        for hop, a, b in zip(path["hops"], seq, seq[1:]):
            if not G.has_edge(a, b):
                ok = False
                continue
            options = ties[(a, b)]
            chosen = options[0][2]
            e = edges[chosen]
            ok &= hop["index"] == chosen and hop["edge"] == e["id"]
            ok &= [alt["index"] for alt in hop["alternatives"]] == [o[2] for o in options[1:]]
            ok &= hop["relation"] == e["relation"] and hop["confidence"] == e["confidence"]
            ok &= hop["year"] == e["year"] and hop["from"] == nodes[a][0] and hop["to"] == nodes[b][0]
            ok &= hop["reversed"] == (e["s"] != a) and hop["directed"] == bool(e["directed"])
            ok &= close(hop["weight"], G[a][b]["weight"] if weighted else 1.0)
            total += hop["weight"]
        ok &= close(total, path["distance"])
    return tally.check(ok, "hops " + what)


def check_network(seed, kind):
    nodes, edges = random_network(seed, kind)
    rng = random.Random(seed * 7 + len(kind))
    n = len(nodes)
    queries, plans = [], []
    for _ in range(8):
        frm, to = rng.sample(range(n), 2)
        if rng.random() < 0.6:
            words, spec = random_filter(rng)
        else:
            words, spec = [], {"classes": None, "relations": None, "confidence": None, "years": None,
                               "drop_undated": False}
        weighted = rng.random() < 0.5
        undirected = rng.random() < 0.25
        ends = spec["classes"] is not None and rng.random() < 0.3
        flags = words + (["weighted"] if weighted else []) + (["undirected"] if undirected else []) + \
            (["ends"] if ends else [])
        k = rng.randint(2, 6)
        length = rng.randint(2, 5)
        cap = rng.randint(1, 4)
        base = "%s %s" % (nodes[frm][0], nodes[to][0])
        queries += ["shortest %s %s" % (base, " ".join(flags)),
                    "k %s %d %s" % (base, k, " ".join(flags)),
                    "all %s %d %s" % (base, length, " ".join(flags)),
                    "all %s %d max_paths=%d %s" % (base, length, cap, " ".join(flags))]
        plans.append((frm, to, spec, weighted, undirected, ends, k, length, cap))
    answers = run_driver(driver, nodes, edges, queries)
    for i, plan in enumerate(plans):
        frm, to, spec, weighted, undirected, ends, k, length, cap = plan
        shortest, kpaths, simple, capped = answers[4 * i: 4 * i + 4]
        what = "%s seed %d: %s" % (kind, seed, queries[4 * i])
        G, ties = path_graph(nodes, edges, spec, frm, to, weighted, undirected, ends)
        if G is None:
            tally.check(all(a.get("paths") == [] for a in (shortest, kpaths, simple, capped)), "ends " + what)
            continue
        weight = "weight" if weighted else None
        # shortest
        try:
            want = nx.shortest_path_length(G, frm, to, weight=weight)
        except nx.NetworkXNoPath:
            want = None
        if want is None:
            tally.check(shortest["paths"] == [], "shortest (no path) " + what)
        else:
            got = shortest["paths"]
            tally.check(len(got) == 1 and close(got[0]["distance"], want) and
                        (weighted or got[0]["length"] == want), "shortest length " + what)
            check_hops(shortest, nodes, edges, G, ties, weighted, "shortest " + what)
        # k shortest
        want_costs = []
        if want is not None:
            for path in nx.shortest_simple_paths(G, frm, to, weight=weight):
                want_costs.append(cost(G, path, weighted))
                if len(want_costs) == k:
                    break
        got_costs = [p["distance"] for p in kpaths["paths"]]
        tally.check(len(got_costs) == len(want_costs) and
                    all(close(a, b) for a, b in zip(got_costs, want_costs)), "k shortest costs " + what)
        tally.check(len({tuple(p["nodes"]) for p in kpaths["paths"]}) == len(kpaths["paths"]),
                    "k shortest distinct " + what)
        check_hops(kpaths, nodes, edges, G, ties, weighted, "k shortest " + what)
        # all simple paths up to `length` hops
        want_set = {tuple(nodes[v][0] for v in p) for p in nx.all_simple_paths(G, frm, to, cutoff=length)}
        got_list = [tuple(p["nodes"]) for p in simple["paths"]]
        tally.check(set(got_list) == want_set and len(got_list) == len(want_set) and not simple["truncated"],
                    "all simple paths set (%d) %s" % (len(want_set), what))
        tally.check([len(p) for p in got_list] == sorted(len(p) for p in got_list), "all simple order " + what)
        check_hops(simple, nodes, edges, G, ties, weighted, "all simple " + what)
        # the cap: the shortest `cap` paths, flagged when more exist
        got_capped = [tuple(p["nodes"]) for p in capped["paths"]]
        lengths = sorted(len(p) for p in want_set)
        tally.check(len(got_capped) == min(cap, len(want_set)) and set(got_capped) <= want_set and
                    capped["truncated"] == (len(want_set) > cap) and
                    sorted(len(p) for p in got_capped) == lengths[:len(got_capped)],
                    "capped all simple paths " + what)


for seed in range(30):
    for kind in ("directed", "undirected", "mixed"):
        check_network(seed, kind)

# Larger sparse networks: shortest and k shortest only (cheap for NetworkX too).
for seed in range(5):
    nodes, edges = random_network(500 + seed, "mixed", n_range=(150, 250), typed=False)
    rng = random.Random(seed)
    G, ties = path_graph(nodes, edges, {"classes": None, "relations": None, "confidence": None, "years": None,
                                        "drop_undated": False}, 0, 1, True, False, False)
    pairs = [rng.sample(range(len(nodes)), 2) for _ in range(20)]
    answers = run_driver(driver, nodes, edges, ["shortest %s %s weighted" % (nodes[a][0], nodes[b][0])
                                                for a, b in pairs])
    for (a, b), answer in zip(pairs, answers):
        try:
            want = nx.dijkstra_path_length(G, a, b)
        except nx.NetworkXNoPath:
            want = None
        got = answer["paths"]
        tally.check((want is None and got == []) or (want is not None and len(got) == 1 and
                                                      close(got[0]["distance"], want)),
                    "large weighted shortest seed %d %d->%d" % (seed, a, b))

sys.exit(tally.finish())
