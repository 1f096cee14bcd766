"""`actornet view` against NetworkX: each view is written as GraphML, read
back with NetworkX (tests/mixed_graphml.py: the proxy network keeps its
symmetric ties as undirected edges, which nx.read_graphml refuses), and
compared with the same selection made in NetworkX on the original file —
nodes and edges in file order, edge ids and per-edge direction, every
attribute value, graph data; ego networks vs nx.ego_graph (an undirected
edge walked either way, as actornet does); the Davis
projection vs bipartite.weighted_projected_graph; DOT output rendered by
Graphviz when `dot` is installed; exit codes.

usage: cli_view.py ACTORNET DATA_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import xml.etree.ElementTree as ET

import networkx as nx
from networkx.algorithms import bipartite

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from mixed_graphml import read_graphml  # noqa: E402

actornet, data = sys.argv[1], Path(sys.argv[2])
proxy = str(data / "proxy-network.graphml")
women = str(data / "southern-women.graphml")
work = tempfile.mkdtemp(prefix="actornet-view-")
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL " + what, file=sys.stderr)


def view(source, out, *args):
    path = os.path.join(work, out)
    done = subprocess.run([actornet, "view", source, path] + list(args), capture_output=True, text=True, timeout=60)
    return done.returncode, path, done.stdout, done.stderr


M = read_graphml(proxy, force_multigraph=True)


def file_edges(path):
    """(source, target, id, directed) of every <edge>, in document order (NetworkX iterates by adjacency)."""
    root = ET.parse(path).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    default = root.find(ns + "graph").get("edgedefault") == "directed"
    return [(e.get("source"), e.get("target"), e.get("id"),
             default if e.get("directed") is None else e.get("directed") == "true")
            for e in root.iter(ns + "edge")]


def without_direction(data):
    """Edge data without the `directed` flag read_graphml adds in mixed files (checked on its own)."""
    return {k: v for k, v in data.items() if k != "directed"}


def expected(keep_node, keep_edge, drop_isolates=False):
    nodes = [n for n in M.nodes() if keep_node(n, M.nodes[n])]
    kept = set(nodes)
    edges = [(u, v, k, d) for u, v, k, d in file_edges(proxy)
             if u in kept and v in kept and keep_edge(u, v, k, M.edges[u, v, k])]
    if drop_isolates:
        touched = {e[0] for e in edges} | {e[1] for e in edges}
        nodes = [n for n in nodes if n in touched]
    return nodes, edges


def compare(path, nodes, edges, what):
    H = read_graphml(path, force_multigraph=True)
    check(list(H.nodes()) == nodes, what + ": nodes in file order")
    check(file_edges(path) == edges and sorted(H.edges(keys=True)) == sorted(e[:3] for e in edges),
          what + ": edges (with ids and direction) in file order")
    check(all(H.nodes[n] == M.nodes[n] for n in H.nodes()), what + ": node attributes")
    check(all(without_direction(H.edges[e]) == without_direction(M.edges[e]) for e in H.edges(keys=True)),
          what + ": edge attributes")
    check({k: v for k, v in H.graph.items() if not k.endswith("_default")} ==
          {k: v for k, v in M.graph.items() if not k.endswith("_default")}, what + ": graph data")
    check(H.is_directed(), what + ": direction")


def everything(*_):
    return True


def window(low, high, drop_undated):
    def keep(u, v, k, d):
        begin = d.get("year", d.get("start"))
        end = d.get("end", begin)
        if begin is None and end is None:
            return not drop_undated
        if begin is None:
            begin = float("-inf")
        return begin <= high and end >= low
    return keep


code, path, out, err = view(proxy, "stated.graphml", "--confidence", "stated", "--drop-isolates")
check(code == 0, "stated view exit")
compare(path, *expected(everything, lambda u, v, k, d: d.get("confidence") == "stated", True), "stated only")

code, path, out, err = view(proxy, "people.graphml", "--classes", "person,event", "--json")
check(code == 0 and json.loads(out)["out"] == path, "classes view exit and json")
compare(path, *expected(lambda n, d: d.get("type") in ("person", "event"), everything), "people and events")

for low, high, drop in ((1992, 1993, False), (1992, 1993, True), (2015, 2023, True)):
    args = ["--years", "%d:%d" % (low, high)] + (["--drop-undated"] if drop else [])
    code, path, out, err = view(proxy, "years.graphml", *args)
    check(code == 0, "years view exit")
    compare(path, *expected(everything, window(low, high, drop)), "years %s" % args)

code, path, out, err = view(proxy, "combined.graphml", "--relations", "supports,commands,trains", "--classes",
                            "state,unit,organisation", "--years", ":2000")
check(code == 0, "combined view exit")
compare(path, *expected(lambda n, d: d.get("type") in ("state", "unit", "organisation"),
                        lambda u, v, k, d: d.get("relation") in ("supports", "commands", "trains") and
                        window(float("-inf"), 2000, False)(u, v, k, d)), "combined")

G = nx.DiGraph(read_graphml(proxy, both_ways=True))
for centre, radius, direction in (("husayniyyun", 1, "both"), ("irgc_quds_force", 2, "out"), ("azerbaijan", 1, "in")):
    code, path, out, err = view(proxy, "ego.graphml", "--ego", centre, "--radius", str(radius), "--direction",
                                direction)
    if direction == "both":
        reach = set(nx.ego_graph(G, centre, radius=radius, undirected=True))
    elif direction == "out":
        reach = set(nx.ego_graph(G, centre, radius=radius))
    else:
        reach = set(nx.ego_graph(G.reverse(), centre, radius=radius))
    check(code == 0, "ego exit")
    compare(path, *expected(lambda n, d: n in reach, everything), "ego %s %d %s" % (centre, radius, direction))

B = nx.read_graphml(women)
people = [n for n, d in B.nodes(data=True) if d["type"] == "person"]
code, path, out, err = view(women, "women.graphml", "--project", "person", "--shared", "events")
P = nx.read_graphml(path)
want = bipartite.weighted_projected_graph(B.to_undirected(), people)
check(code == 0 and list(P.nodes()) == people and not P.is_directed(), "projection nodes")
check(sorted(tuple(sorted(e)) for e in P.edges()) == sorted(tuple(sorted(e)) for e in want.edges()), "projection ties")
check(all(P.edges[u, v]["weight"] == want.edges[u, v]["weight"] for u, v in P.edges()), "projection weights")
check(all(set(P.edges[u, v]["events"].split(";")) == set(B[u]) & set(B[v]) for u, v in P.edges()),
      "projection shared events")
check(all(P.nodes[n] == B.nodes[n] for n in P.nodes()), "projection keeps node attributes")

code, path, out, err = view(proxy, "ego.dot", "--ego", "husayniyyun")
check(code == 0 and os.path.getsize(path) > 0, "dot view written")
if shutil.which("dot"):
    rendered = subprocess.run(["dot", "-Tsvg", path, "-o", os.devnull], capture_output=True, text=True)
    check(rendered.returncode == 0, "dot renders the view: " + rendered.stderr[:200])

# --lens: the cooperation lens's network, built here from data/vocabulary.tsv (agents, and the
# ties among two distinct agents whose relation the vocabulary calls cooperative), every
# attribute kept; symmetric relations come out undirected; --lens none is the file as stored.
import csv  # noqa: E402
terms = list(csv.DictReader(open(data / "vocabulary.tsv", encoding="utf-8"), delimiter="\t"))
modes = {t["name"]: t["mode"] for t in terms if t["kind"] == "type"}
signs = {t["name"]: t["sign"] for t in terms if t["kind"] == "relation"}
symmetric = {t["name"] for t in terms if t["kind"] == "relation" and t.get("symmetric") in ("1", "true", "yes")}
agents = [n for n, d in M.nodes(data=True) if modes.get(d.get("type")) == "agent"]
cooperative = {k for u, v, k, d in M.edges(keys=True, data=True)
               if u in agents and v in agents and u != v and signs.get(d.get("relation")) == "cooperative"}
code, path, out, err = view(proxy, "cooperation.graphml", "--lens", "cooperation")
check(code == 0, "lens view exit: " + err)
L = read_graphml(path, force_multigraph=True)
check(list(L.nodes()) == agents, "lens view: the agents, in file order")
check({k for _, _, k in L.edges(keys=True)} == cooperative and len(cooperative) > 0,
      "lens view: the cooperative ties among agents")
check(all(L.nodes[n] == M.nodes[n] for n in L.nodes()), "lens view keeps node attributes")
check(all(without_direction(d) == without_direction(M.edges[u, v, k]) or
          without_direction(d) == without_direction(M.edges[v, u, k]) if M.has_edge(v, u, k) else
          without_direction(d) == without_direction(M.edges[u, v, k])
          for u, v, k, d in L.edges(keys=True, data=True)), "lens view keeps tie attributes")
undirected = {e[2] for e in file_edges(path) if not e[3]}
check(all((L.edges[e]["relation"] in symmetric) == (e[2] in undirected) for e in L.edges(keys=True))
      and bool(symmetric), "lens view: symmetric relations undirected, the others directed")
code, path, out, err = view(proxy, "none.graphml", "--lens", "none")
check(code == 0 and file_edges(path) == file_edges(proxy), "--lens none: every tie as stored")
check(view(proxy, "x.graphml", "--lens", "friendship")[0] == 2, "unknown lens -> exit 2")

check(view(proxy, "x.graphml", "--ego", "nobody")[0] == 2, "unknown ego id -> exit 2")
check(view(proxy, "x.txt")[0] == 2, "unknown output format -> exit 2")
check(view(proxy, "x.graphml", "--classes", "x", "--class-column", "kind")[0] == 2, "missing column -> exit 2")
check(view(proxy, "x.graphml", "--years", "2000:1990")[0] == 2, "reversed window -> exit 2")

shutil.rmtree(work, ignore_errors=True)
print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
