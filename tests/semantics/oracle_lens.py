"""Lenses against NetworkX: the graph each lens sees, built here independently from the GraphML
file and data/vocabulary.tsv by the rules lens.h documents, and every centrality measure with a
definition shared with NetworkX computed on it, compared with `actornet centrality --lens L --csv`
(nodes outside the lens have empty cells). Also density and weak components through
`actornet cohesion --lens L --json`.

Usage: /usr/bin/python3 oracle_lens.py ACTORNET DATA_DIR
"""
import csv
import io
import json
import math
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx

ACTORNET, DATA = sys.argv[1], sys.argv[2]
NS = "{http://graphml.graphdrawing.org/xmlns}"
passed = failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", what)


def vocabulary():
    with open(DATA + "/vocabulary.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    modes = {r["name"]: r["mode"] for r in rows if r["kind"] == "type"}
    relations = {r["name"]: r for r in rows if r["kind"] == "relation"}
    return modes, relations


def read(path):
    """(default_directed, [node ids], {id: type}, [(source, target, directed, relation)])"""
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    graph = root.find(NS + "graph")
    default = graph.get("edgedefault", "directed") == "directed"
    nodes, types, ties = [], {}, []
    for n in graph.iter(NS + "node"):
        nodes.append(n.get("id"))
        for d in n.iter(NS + "data"):
            if keys.get(d.get("key")) == "type":
                types[n.get("id")] = d.text
    for e in graph.iter(NS + "edge"):
        directed = {"true": True, "false": False}.get(e.get("directed"), default)
        relation = None
        for d in e.iter(NS + "data"):
            if keys.get(d.get("key")) == "relation":
                relation = d.text
        ties.append((e.get("source"), e.get("target"), directed, relation))
    return default, nodes, types, ties


LENSES = {  # modes kept, signs kept, orient by flow
    "all": ({"agent", "context", ""}, {"cooperative", "hostile", "neutral", ""}, False),
    "cooperation": ({"agent"}, {"cooperative"}, False),
    "conflict": ({"agent", "context", ""}, {"hostile"}, False),
    "influence": ({"agent", "context", ""}, {"cooperative"}, True),
}


def lens_graph(name, nodes, types, ties, modes, relations):
    """The lens's nodes (file order) and its arcs as a DiGraph (an undirected tie = two arcs),
    or None for `directed` when every kept tie is undirected (then a Graph)."""
    keep_modes, keep_signs, by_flow = LENSES[name]
    kept = [v for v in nodes if modes.get(types.get(v), "") in keep_modes]
    inside = set(kept)
    arcs = []
    for s, t, directed, relation in ties:
        r = relations.get(relation, {})
        if r.get("sign", "") not in keep_signs or s not in inside or t not in inside:
            continue
        flow, symmetric = r.get("flow", ""), r.get("symmetric", "") == "yes"
        if by_flow:
            if flow not in ("forward", "backward", "both"):
                continue
            if directed and (symmetric or flow == "both"):
                directed = False
            elif directed and flow == "backward":
                s, t = t, s
        elif directed and symmetric:
            directed = False
        arcs.append((s, t, directed))
    any_directed = any(d for _, _, d in arcs)
    G = nx.DiGraph() if any_directed else nx.Graph()
    G.add_nodes_from(kept)
    for s, t, d in arcs:
        if s == t:
            continue  # self-loops dropped (the default policy)
        G.add_edge(s, t)
        if any_directed and not d:
            G.add_edge(t, s)
    return kept, G


def cli(*args):
    out = subprocess.run([ACTORNET] + list(args), capture_output=True, text=True)
    return out.returncode, out.stdout, out.stderr


def close(a, b, rel=1e-9, abs_=1e-12):
    return abs(a - b) <= rel * max(abs(a), abs(b)) + abs_


MEASURES = ["degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic", "pagerank"]


def expected_measures(G):
    directed = G.is_directed()
    return {
        "degree": nx.degree_centrality(G),
        "in_degree": nx.in_degree_centrality(G) if directed else nx.degree_centrality(G),
        "out_degree": nx.out_degree_centrality(G) if directed else nx.degree_centrality(G),
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "pagerank": nx.pagerank(G, weight=None, tol=1e-14, max_iter=100000),
    }


def compare_file(path, lens, modes, relations):
    default, nodes, types, ties = read(path)
    kept, G = lens_graph(lens, nodes, types, ties, modes, relations)
    label = "%s --lens %s" % (path.rsplit("/", 1)[-1], lens)
    rc, out, err = cli("centrality", path, "--lens", lens, "--csv", "--measure", ",".join(MEASURES))
    check(rc == 0, "%s: exit %d %s" % (label, rc, err.strip()))
    if rc != 0:
        return
    rows = list(csv.DictReader(io.StringIO(out)))
    check([r["id"] for r in rows] == nodes, "%s: rows in file order" % label)
    inside = set(kept)
    outside_empty = all(all(r[m] == "" for m in MEASURES) for r in rows if r["id"] not in inside)
    check(outside_empty, "%s: actors outside the lens have no value" % label)
    expected = expected_measures(G) if len(G) > 0 else {}
    for m in MEASURES:
        bad = [r["id"] for r in rows if r["id"] in inside and
               not close(float(r[m]), expected[m][r["id"]], rel=1e-8 if m == "pagerank" else 1e-9)]
        check(not bad, "%s: %s differs for %s" % (label, m, bad[:5]))
    # `actornet lenses FILE --json` counts the same actors and ties (parallel ties each count)
    rc, out, err = cli("lenses", path, "--json")
    if rc == 0:
        entry = {e["name"]: e for e in json.loads(out)["lenses"]}[lens]
        keep_modes, keep_signs, by_flow = LENSES[lens]
        kept_ties = [t for t in ties if t[0] in inside and t[1] in inside
                     and relations.get(t[3], {}).get("sign", "") in keep_signs
                     and (not by_flow or relations.get(t[3], {}).get("flow", "") in ("forward", "backward", "both"))]
        check((entry["actors"], entry["ties"]) == (len(kept), len(kept_ties)),
              "%s: lenses says %s actors, %s ties; NetworkX %d, %d" % (label, entry["actors"], entry["ties"],
                                                                      len(kept), len(kept_ties)))
    else:
        check(False, "%s: lenses exit %d %s" % (label, rc, err))
    rc, out, err = cli("cohesion", path, "--lens", lens, "--json")
    check(rc == 0, "%s cohesion: exit %d %s" % (label, rc, err.strip()))
    if rc == 0:
        doc = json.loads(out)
        check(close(doc["density"], nx.density(G)), "%s: density %r vs %r" % (label, doc["density"], nx.density(G)))
        weak = nx.number_weakly_connected_components(G) if G.is_directed() else nx.number_connected_components(G)
        check(doc["components"]["weak"]["count"] == weak, "%s: weak components %r vs %r"
              % (label, doc["components"]["weak"]["count"], weak))
        check(doc["lens"]["name"] == lens, "%s: the JSON names the lens" % label)


def main():
    modes, relations = vocabulary()
    for name in ("proxy-network.graphml", "teaching-example.graphml", "karate.graphml"):
        for lens in LENSES:
            compare_file(DATA + "/" + name, lens, modes, relations)
    # the default is chosen and said: cooperation on the proxy network, all on the two-mode file
    rc, out, err = cli("centrality", DATA + "/proxy-network.graphml", "--json", "--measure", "degree")
    check(rc == 0 and json.loads(out)["lens"]["name"] == "cooperation" and json.loads(out)["lens"]["automatic"],
          "auto lens on the proxy network is cooperation")
    rc, out, err = cli("centrality", DATA + "/southern-women.graphml", "--json", "--measure", "degree")
    check(rc == 0 and json.loads(out)["lens"]["name"] == "all", "auto lens on a two-mode network is all")
    rc, out, err = cli("centrality", DATA + "/proxy-network.graphml", "--lens", "friends")
    check(rc == 2 and "unknown lens 'friends'" in err, "unknown lens: usage error naming it (%d %s)" % (rc, err))
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
