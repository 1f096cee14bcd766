"""Oracle for key players and what-if removal.

Every number actornet reports is recomputed here from the published
definitions (Borgatti 2006; Latora & Marchiori 2001), written independently
on top of NetworkX shortest paths and components:

  fragmentation    F  = 1 - (ordered pairs i != j with j reachable from i) / (n'(n'-1))
                        over the n' nodes left after removing S (1 when n' < 2);
                        on an undirected view also 1 - sum_k s_k(s_k-1)/(n'(n'-1))
  distance frag.   DF = 1 - sum_{i != j} (1/d_ij) / (n'(n'-1))
  reach            |{j not in S: d(S,j) <= m}| / (n - |S|)
  distance reach   sum_{j not in S} (1/d(S,j)) / (n - |S|)
  efficiency       networkx.global_efficiency on undirected views;
                   mean of 1/d over ordered pairs on directed ones
  mean reach       mean over remaining nodes of the number of others reachable

Checks: scores of random sets on seeded random graphs (undirected, directed,
mixed with parallel ties and loops) and on karate, florentine families and
davis southern women, in every direction mode; the exact search against a
brute-force optimum computed here; greedy + swap against the same optimum
(never better, usually equal); what-if before/after against the same
definitions; an unknown id.

With the CLI's path as a third argument, `actornet keyplayers --json` and
`actornet whatif --json` are checked the same way on GraphML files written by
networkx.write_graphml.

usage: oracle_keyplayers.py KP_DRIVER WORKDIR [ACTORNET_CLI]
"""
import json
import itertools
import math
import os
import random
import subprocess
import sys

import networkx as nx

DRIVER, WORKDIR = sys.argv[1], sys.argv[2]
CLI = sys.argv[3] if len(sys.argv) > 3 else None
os.makedirs(WORKDIR, exist_ok=True)
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def close(a, b, tol=1e-12):
    if isinstance(a, float) and math.isnan(a):
        return isinstance(b, float) and math.isnan(b)
    return abs(a - b) <= tol * max(1.0, abs(b))


# ---- networks as (ids, edges (u, v, directed), default directed) -------------


class Net:
    def __init__(self, name, ids, edges, directed):
        self.name, self.ids, self.edges, self.directed = name, ids, edges, directed

    def write(self):
        path = os.path.join(WORKDIR, self.name + ".net")
        with open(path, "w") as f:
            f.write("directed %d\n" % self.directed)
            for i in self.ids:
                f.write("node %s\n" % i)
            for u, v, d in self.edges:
                f.write("edge %s %s %d\n" % (self.ids[u], self.ids[v], d))
        return path

    def view(self, mode):
        """NetworkX graph of the view: 'undirected', 'out' or 'in' (loops dropped); built once."""
        cache = self.__dict__.setdefault("views", {})
        if mode not in cache:
            cache[mode] = self.build_view(mode)
        return cache[mode]

    def build_view(self, mode):
        if mode == "undirected" or not any(d for _, _, d in self.edges):
            g = nx.Graph()
            g.add_nodes_from(range(len(self.ids)))
            g.add_edges_from((u, v) for u, v, _ in self.edges if u != v)
            return g
        g = nx.DiGraph()
        g.add_nodes_from(range(len(self.ids)))
        for u, v, d in self.edges:
            if u == v:
                continue
            arcs = [(u, v)] if d else [(u, v), (v, u)]
            for a, b in arcs:
                g.add_edge(a, b) if mode == "out" else g.add_edge(b, a)
        return g


def from_nx(name, g):
    nodes = list(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    ids = [str(v).replace(" ", "_") for v in nodes]
    directed = g.is_directed()
    return Net(name, ids, [(index[u], index[v], int(directed)) for u, v in g.edges()], int(directed))


def random_net(name, seed, n, p, kind):
    rng = random.Random(seed)
    edges = []
    for u in range(n):
        for v in range(n):
            if u == v or rng.random() >= p:
                continue
            if kind == "undirected" and u > v:
                continue
            if kind == "directed":
                edges.append((u, v, 1))
            elif kind == "undirected":
                edges.append((u, v, 0))
            else:  # mixed: some undirected, some directed
                if rng.random() < 0.4:
                    if u < v:
                        edges.append((u, v, 0))
                else:
                    edges.append((u, v, 1))
    if kind == "mixed":
        # parallel ties and self-loops, which must change nothing
        for _ in range(max(1, len(edges) // 5)):
            edges.append(rng.choice(edges))
        edges.append((0, 0, 1))
        edges.append((n - 1, n - 1, 0))
    rng.shuffle(edges)
    return Net(name, ["v%d" % i for i in range(n)], edges, 1 if kind != "undirected" else 0)


# ---- the definitions ----------------------------------------------------------


def resolve(mode, objective):
    if mode != "auto":
        return mode
    return "out" if objective in ("reach", "distance_reach") else "undirected"


def frag_scores(net, removed, mode, distances=True):
    """(F, DF) of the network without `removed`; DF is None unless `distances`."""
    g = net.view(mode)
    keep = [v for v in g.nodes() if v not in removed]
    h = g.subgraph(keep).copy()  # a plain graph: BFS on a filtered view is far slower
    n1 = len(keep)
    if n1 < 2:
        return 1.0, 1.0
    f = None
    if not h.is_directed():
        comp = sum(len(c) * (len(c) - 1) for c in nx.connected_components(h))
        f = 1.0 - comp / (n1 * (n1 - 1))
        if not distances:
            return f, None
    reach_pairs = 0
    inverse = 0.0
    for i in keep:
        for j, d in nx.single_source_shortest_path_length(h, i).items():
            if j != i:
                reach_pairs += 1
                inverse += 1.0 / d
    f2 = 1.0 - reach_pairs / (n1 * (n1 - 1))
    if f is not None:
        check(close(f, f2), "%s: two definitions of F agree" % net.name)
    return f2, 1.0 - inverse / (n1 * (n1 - 1))


def reach_scores(net, members, mode, m):
    g = net.view(mode)
    n = len(net.ids)
    dist = nx.multi_source_dijkstra_path_length(g, set(members)) if members else {}
    outsiders = n - len(set(members))
    within = sum(1 for j, d in dist.items() if j not in members and d <= m)
    inverse = sum(1.0 / d for j, d in dist.items() if j not in members)
    return within / outsiders, inverse / outsiders


def py_score(net, objective, mode, m, members):
    mode = resolve(mode, objective)
    members = set(members)
    if objective == "fragmentation":
        return frag_scores(net, members, mode, distances=False)[0]
    if objective == "distance_fragmentation":
        return frag_scores(net, members, mode)[1]
    if objective == "reach":
        return reach_scores(net, members, mode, m)[0]
    return reach_scores(net, members, mode, m)[1]


def py_state(net, removed, mode, distances=True):
    """(nodes, edges, components, largest, F, DF, efficiency, mean_reach) by the definitions."""
    n = len(net.ids)
    keep = [v for v in range(n) if v not in removed]
    n1 = len(keep)
    edges = sum(1 for u, v, _ in net.edges if u not in removed and v not in removed)
    ug = net.view("undirected").subgraph(keep)
    comps = list(nx.connected_components(ug))
    largest = max((len(c) for c in comps), default=0)
    fmode = resolve(mode, "fragmentation")
    rmode = resolve(mode, "reach")
    f, df = frag_scores(net, set(removed), fmode)
    if n1 < 2:
        eff = 0.0
    else:
        fg = net.view(fmode).subgraph(keep)
        if fg.is_directed():
            inv = sum(1.0 / d for i in keep for j, d in nx.single_source_shortest_path_length(fg, i).items() if j != i)
            eff = inv / (n1 * (n1 - 1))
        else:
            eff = nx.global_efficiency(nx.Graph(fg))
    rg = net.view(rmode).subgraph(keep)
    total = sum(len(nx.descendants(rg, i)) if rg.is_directed() else len(nx.node_connected_component(rg, i)) - 1
                for i in keep)
    mean_reach = total / n1 if n1 else 0.0
    if not distances:
        df = eff = float("nan")
        if net.view(fmode).is_directed():
            f = float("nan")
        if net.view(rmode).is_directed():
            mean_reach = float("nan")
    return [n1, edges, len(comps), largest, f, df, eff, mean_reach]


# ---- talking to the driver ----------------------------------------------------


def run(net, commands):
    path = net.write()
    out = subprocess.run([DRIVER, path], input="\n".join(commands) + "\n", capture_output=True, text=True,
                         timeout=120)
    lines = out.stdout.splitlines()
    if len(lines) != len(commands):
        print(out.stderr)
        raise SystemExit("driver gave %d lines for %d commands on %s" % (len(lines), len(commands), net.name))
    return [line.split() for line in lines]


OBJECTIVES = ["fragmentation", "distance_fragmentation", "reach", "distance_reach"]
MODES = ["auto", "undirected", "out", "in"]


def test_scores(net, rng, sets_per_mode=3):
    n = len(net.ids)
    queries = []
    for objective in OBJECTIVES:
        for mode in MODES:
            for _ in range(sets_per_mode):
                k = rng.randint(0 if objective.endswith("fragmentation") else 1, min(4, n - 1))
                members = rng.sample(range(n), k)
                m = rng.randint(1, 3)
                queries.append((objective, mode, m, members))
    lines = run(net, ["score %s %s %d %s" % (o, mode, m, " ".join(net.ids[v] for v in s))
                      for o, mode, m, s in queries])
    for (objective, mode, m, members), line in zip(queries, lines):
        ok = line[0] == "ok"
        expected = py_score(net, objective, mode, m, members)
        check(ok and close(float(line[1]), expected),
              "%s score %s %s m=%d %s: got %s, expected %r" % (net.name, objective, mode, m, members, line,
                                                               expected))


def brute_force(net, objective, mode, m, k):
    best = None
    for subset in itertools.combinations(range(len(net.ids)), k):
        s = py_score(net, objective, mode, m, subset)
        if best is None or s > best + 1e-12:
            best = s
    return best


hits = trials = 0


def test_search(net, objectives, ks, modes=("auto",), m=2):
    global hits, trials
    queries = []
    for objective in objectives:
        for mode in modes:
            for k in ks:
                queries.append((objective, mode, k))
    commands = []
    for objective, mode, k in queries:
        commands.append("find %s %s %d %d 1 1 0 0 100000000" % (objective, mode, m, k))
        commands.append("find %s %s %d %d 0 %d 0 0 0" % (objective, mode, m, k, 3 + k))
    lines = run(net, commands)
    for index, (objective, mode, k) in enumerate(queries):
        exact, greedy = lines[2 * index], lines[2 * index + 1]
        optimum = brute_force(net, objective, mode, m, k)
        what = "%s %s %s k=%d" % (net.name, objective, mode, k)
        check(exact[0] == "ok", what + " exact ran: %s" % exact)
        check(greedy[0] == "ok", what + " greedy ran: %s" % greedy)
        if exact[0] != "ok" or greedy[0] != "ok":
            continue
        index_of = {i: v for v, i in enumerate(net.ids)}
        exact_set = [index_of[i] for i in exact[5:]]
        greedy_set = [index_of[i] for i in greedy[5:]]
        check(len(exact_set) == k and len(set(exact_set)) == k, what + " exact set size")
        check(close(float(exact[1]), optimum), what + " exact %s is the optimum %r" % (exact[1], optimum))
        check(close(py_score(net, objective, mode, m, exact_set), optimum), what + " exact set scores the optimum")
        greedy_score = float(greedy[1])
        check(len(greedy_set) == k and len(set(greedy_set)) == k, what + " greedy set size")
        check(close(py_score(net, objective, mode, m, greedy_set), greedy_score), what + " greedy score is its set's")
        check(greedy_score <= optimum + 1e-12, what + " greedy not above the optimum")
        check(float(greedy[2]) <= greedy_score + 1e-12, what + " swaps never lower the greedy score")
        trials += 1
        hits += close(greedy_score, optimum)


def test_whatif(net, rng, rounds=4):
    n = len(net.ids)
    queries = []
    for mode in ("auto", "undirected", "out"):
        for _ in range(rounds):
            removed = rng.sample(range(n), rng.randint(0, max(1, n // 4)))
            queries.append((mode, removed, rng.random() < 0.8))
    lines = run(net, ["whatif %s %d %s" % (mode, dist, " ".join(net.ids[v] for v in removed))
                      for mode, removed, dist in queries])
    for (mode, removed, dist), line in zip(queries, lines):
        what = "%s whatif %s remove %s distances=%d" % (net.name, mode, removed, dist)
        if line[0] != "ok":
            check(False, what + ": " + " ".join(line))
            continue
        values = [float(x) for x in line[1:]]
        before = py_state(net, set(), mode, dist)
        after = py_state(net, set(removed), mode, dist)
        for name, got, expected in zip(
                ["nodes", "edges", "components", "largest", "fragmentation", "distance_fragmentation",
                 "efficiency", "mean_reach"] * 2, values, before + after):
            check(close(got, float(expected), 1e-9), "%s %s: got %r, expected %r" % (what, name, got, expected))


def to_graphml(net):
    """Write the network with networkx (parallel ties and loops kept); None for a mixed one."""
    kinds = {d for _, _, d in net.edges}
    if len(kinds) > 1:
        return None
    g = nx.MultiDiGraph() if kinds == {1} else nx.MultiGraph()
    g.add_nodes_from(net.ids)
    g.add_edges_from((net.ids[u], net.ids[v]) for u, v, _ in net.edges)
    path = os.path.join(WORKDIR, net.name + ".graphml")
    nx.write_graphml(g, path)
    return path


def cli_json(*args):
    out = subprocess.run([CLI] + list(args), capture_output=True, text=True, timeout=120)
    if out.returncode != 0:
        return None, out
    return json.loads(out.stdout), out


def test_cli(net, rng):
    path = to_graphml(net)
    if path is None:
        return
    n = len(net.ids)
    index_of = {i: v for v, i in enumerate(net.ids)}
    for objective in OBJECTIVES:
        k = 1 if objective == "distance_fragmentation" and n > 20 else 2  # keep the Python brute force quick
        result, out = cli_json("keyplayers", path, "--k", str(k), "--objective", objective, "--m", "2", "--exact",
                               "--json")
        what = "CLI %s keyplayers %s" % (net.name, objective)
        check(result is not None, what + " ran: %s" % (out.stderr.strip(),))
        if result is None:
            continue
        check(list(result)[:2] == ["set", "score"], what + " starts with set, score")
        members = [index_of[i] for i in result["set"]]
        check(len(members) == k, what + " set size")
        optimum = brute_force(net, objective, "auto", 2, k)
        check(close(result["score"], optimum), what + " %r is the optimum %r" % (result["score"], optimum))
        check(close(py_score(net, objective, "auto", 2, members), optimum), what + " set scores the optimum")
        result, out = cli_json("keyplayers", path, "--k", "3", "--objective", objective, "--m", "2", "--json")
        check(result is not None and close(py_score(net, objective, "auto", 2, [index_of[i] for i in result["set"]]),
                                           result["score"]), what + " greedy score is its set's")
    removed = rng.sample(range(n), 3)
    result, out = cli_json("whatif", path, "--remove", ",".join(net.ids[v] for v in removed), "--json")
    what = "CLI %s whatif" % net.name
    check(result is not None, what + " ran: %s" % (out.stderr.strip(),))
    if result is None:
        return
    names = ["nodes", "edges", "components", "largest_component", "fragmentation", "distance_fragmentation",
             "efficiency", "mean_reach"]
    before, after = py_state(net, set(), "auto"), py_state(net, set(removed), "auto")
    for i, name in enumerate(names):
        check(close(float(result["before"][name]), before[i], 1e-9), what + " before %s" % name)
        check(close(float(result["after"][name]), after[i], 1e-9), what + " after %s" % name)
        check(close(float(result["change"][name]), after[i] - before[i], 1e-9), what + " change %s" % name)
    out = subprocess.run([CLI, "whatif", path, "--remove", "no_such_actor"], capture_output=True, text=True)
    check(out.returncode == 2 and "no_such_actor" in out.stderr, what + " unknown id: %r" % out.stderr)


def main():
    rng = random.Random(20240601)
    nets = [
        from_nx("karate", nx.karate_club_graph()),
        from_nx("florentine", nx.florentine_families_graph()),
        from_nx("davis", nx.davis_southern_women_graph()),
    ]
    for seed in range(3):
        for kind in ("undirected", "directed", "mixed"):
            nets.append(random_net("random_%s_%d" % (kind, seed), 100 * seed + len(kind), rng.randint(12, 30),
                                   rng.uniform(0.05, 0.2), kind))
    for net in nets:
        test_scores(net, rng)
        test_whatif(net, rng)

    # Exact and greedy against brute force, on small graphs.
    small = [from_nx("florentine", nx.florentine_families_graph()),
             from_nx("krackhardt_kite", nx.krackhardt_kite_graph())]
    for seed in range(5):
        for kind in ("undirected", "directed", "mixed"):
            small.append(random_net("small_%s_%d" % (kind, seed), 7 * seed + len(kind), rng.randint(8, 13),
                                    rng.uniform(0.12, 0.3), kind))
    for net in small:
        modes = ("auto", "out") if net.directed else ("auto",)
        test_search(net, OBJECTIVES, (1, 2, 3), modes)
    # Karate: the cheap objectives, brute force over pairs.
    test_search(from_nx("karate", nx.karate_club_graph()), ["fragmentation", "reach"], (1, 2))

    if CLI:
        for net in nets[:6]:
            test_cli(net, rng)

    # An unknown id names itself.
    florentine = from_nx("florentine", nx.florentine_families_graph())
    line = run(florentine, ["whatif auto 1 Medici Nobody"])[0]
    check(line[:2] == ["error", "AN_ENOTFOUND"] and "Nobody" in " ".join(line), "unknown id: %s" % line)

    print("greedy + swap reached the brute-force optimum in %d of %d searches" % (hits, trials))
    check(trials > 0 and hits >= 0.8 * trials, "greedy + swap usually optimal (%d of %d)" % (hits, trials))
    print("cases: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


main()
