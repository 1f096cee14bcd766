"""Views against NetworkX: ego networks vs nx.ego_graph node sets, two-mode
projections vs bipartite.weighted_projected_graph (Davis Southern Women,
seeded random bipartite graphs with parallel ties), and filtered views vs the
documented filter semantics re-implemented here.

usage: oracle_views.py ORACLE_DRIVER
"""
import random
import sys
from pathlib import Path

import networkx as nx
from networkx.algorithms import bipartite

sys.path.insert(0, str(Path(__file__).resolve().parent))
from oracle_common import Tally, random_network, run_driver, random_filter, node_passes, edge_passes  # noqa: E402

driver = sys.argv[1]
tally = Tally()


def arc_graph(nodes, edges):
    """Directed NetworkX graph: each directed tie an arc, each undirected tie two arcs."""
    G = nx.DiGraph()
    G.add_nodes_from(range(len(nodes)))
    for e in edges:
        G.add_edge(e["s"], e["t"])
        if not e["directed"]:
            G.add_edge(e["t"], e["s"])
    return G


def check_ego():
    for seed in range(24):
        for kind in ("directed", "undirected", "mixed"):
            nodes, edges = random_network(1000 + seed, kind)
            rng = random.Random(seed)
            G = arc_graph(nodes, edges)
            queries, expected = [], []
            for _ in range(6):
                mode = rng.choice(["both", "out", "in"])
                radius = rng.randint(0, 3)
                centres = sorted(set(rng.randrange(len(nodes)) for _ in range(rng.randint(1, 2))))
                reach = set()
                for c in centres:
                    if mode == "both":
                        H = nx.ego_graph(G, c, radius=radius, undirected=True)
                    elif mode == "out":
                        H = nx.ego_graph(G, c, radius=radius)
                    else:
                        H = nx.ego_graph(G.reverse(copy=True), c, radius=radius)
                    reach |= set(H.nodes())
                queries.append("ego %s %d %s" % (mode, radius, ",".join(nodes[c][0] for c in centres)))
                expected.append((reach, "%s %s seed %d %s" % (kind, mode, seed, queries[-1])))
            answers = run_driver(driver, nodes, edges, queries)
            for answer, (reach, what) in zip(answers, expected):
                want_nodes = [nodes[v][0] for v in sorted(reach)]
                tally.check(answer.get("nodes") == want_nodes, "ego nodes " + what)
                # induced: every original tie between two kept nodes, in file order
                want_edges = [[nodes[e["s"]][0], nodes[e["t"]][0]] for e in edges if e["s"] in reach and e["t"] in reach]
                tally.check(answer.get("edges") == want_edges, "ego edges " + what)


def projection_expectation(B, keep, order):
    """weighted_projected_graph edges as sorted [a, b, weight, shared] in node order."""
    P = bipartite.weighted_projected_graph(B, keep)
    position = {v: i for i, v in enumerate(order)}
    rows = []
    for a, b, data in P.edges(data=True):
        if position[a] > position[b]:
            a, b = b, a
        shared = sorted(set(B[a]) & set(B[b]), key=lambda v: position[v])
        rows.append([a, b, data["weight"], ";".join(str(x) for x in shared)])
    rows.sort(key=lambda r: (position[r[0]], position[r[1]]))
    return rows


def check_davis():
    B = nx.davis_southern_women_graph()
    order = list(B.nodes())
    nodes = [(v, B.nodes[v]["bipartite"]) for v in order]
    index = {v: i for i, v in enumerate(order)}
    # Ids in the TSV must not contain spaces or tabs: map them.
    safe = [("v%d" % i, cls) for i, (_, cls) in enumerate(nodes)]
    name = {("v%d" % i): v for i, v in enumerate(order)}
    for directed in (0, 1):
        edges = [{"s": index[a], "t": index[b], "directed": directed, "weight": None, "relation": "attended",
                  "year": None, "confidence": "stated", "id": None} for a, b in B.edges()]
        answers = run_driver(driver, safe, edges, ["project 0 shared", "project 1 shared"], class_type="int")
        for answer, part in zip(answers, (0, 1)):
            keep = [v for v in order if B.nodes[v]["bipartite"] == part]
            want = projection_expectation(B, keep, order)
            got = [[name[a], name[b], w, ";".join(name[x] for x in s.split(";"))] for a, b, w, s in answer["edges"]]
            tally.check(got == want, "davis projection onto %d (directed ties %d)" % (part, directed))
            tally.check([name[v] for v in answer["nodes"]] == keep, "davis projection nodes %d" % part)


def check_random_bipartite():
    for seed in range(20):
        rng = random.Random(seed)
        n1, n2 = rng.randint(3, 12), rng.randint(3, 10)
        B = bipartite.random_graph(n1, n2, rng.uniform(0.15, 0.5), seed=seed)
        order = list(B.nodes())
        nodes = [("v%d" % v, "person" if B.nodes[v]["bipartite"] == 0 else "event") for v in order]
        # a third class that must not tie anyone when via=event
        places = rng.randint(0, 3)
        for p in range(places):
            nodes.append(("place%d" % p, "place"))
        edges = []
        for a, b in B.edges():
            copies = 2 if rng.random() < 0.2 else 1           # parallel ties count once
            for _ in range(copies):
                s, t = (a, b) if rng.random() < 0.5 else (b, a)
                edges.append({"s": s, "t": t, "directed": rng.randint(0, 1), "weight": None, "relation": None,
                              "year": None, "confidence": None, "id": None})
        people = [v for v in order if B.nodes[v]["bipartite"] == 0]
        for p in range(places):
            for person in rng.sample(people, min(len(people), 2)):
                edges.append({"s": len(order) + p, "t": person, "directed": 1, "weight": None, "relation": None,
                              "year": None, "confidence": None, "id": None})
        # a direct person-person tie is ignored
        if len(people) >= 2:
            edges.append({"s": people[0], "t": people[1], "directed": 0, "weight": None, "relation": None,
                          "year": None, "confidence": None, "id": None})
        answers = run_driver(driver, nodes, edges, ["project person via=event shared"])
        want = projection_expectation(B, people, order)
        got = [[int(a[1:]), int(b[1:]), w, ";".join(str(int(x[1:])) for x in s.split(";"))]
               for a, b, w, s in answers[0]["edges"]]
        want = [[a, b, w, ";".join(str(x) for x in s.split(";"))] for a, b, w, s in want]
        tally.check(got == want, "random bipartite projection seed %d" % seed)


def check_filters():
    for seed in range(30):
        for kind in ("directed", "mixed"):
            nodes, edges = random_network(2000 + seed, kind)
            rng = random.Random(seed)
            queries, specs = [], []
            for _ in range(5):
                words, spec = random_filter(rng)
                isolates = rng.random() < 0.4
                if isolates:
                    words.append("isolates")
                queries.append("view " + " ".join(words))
                specs.append((spec, isolates))
            answers = run_driver(driver, nodes, edges, queries)
            for answer, query, (spec, isolates) in zip(answers, queries, specs):
                keep = [node_passes(spec, cls) for _, cls in nodes]
                kept_edges = [e for e in edges if keep[e["s"]] and keep[e["t"]] and edge_passes(spec, e)]
                if isolates:
                    touched = set()
                    for e in kept_edges:
                        touched |= {e["s"], e["t"]}
                    keep = [k and i in touched for i, k in enumerate(keep)]
                want_nodes = [nodes[i][0] for i, k in enumerate(keep) if k]
                want_edges = [[nodes[e["s"]][0], nodes[e["t"]][0]] for e in kept_edges]
                tally.check(answer.get("nodes") == want_nodes and answer.get("edges") == want_edges,
                            "filter %s seed %d: %s" % (kind, seed, query))


check_ego()
check_davis()
check_random_bipartite()
check_filters()
sys.exit(tally.finish())
