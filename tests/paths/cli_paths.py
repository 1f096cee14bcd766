"""`actornet paths` on the bundled proxy network against NetworkX.

Reads data/proxy-network.graphml with NetworkX (a MultiDiGraph keyed by edge
id, via tests/mixed_graphml.py: an undirected edge -- a symmetric relation --
appears in both directions, in file order, since paths may walk it either
way), runs the CLI with --json for seeded pairs of actors with and
without filters, and checks: the JSON shape the issue fixes ({"paths":
[{"nodes": [...], "hops": [{"relation", "year", "confidence", "source",
"locator", "edge"}]}]} in that key order), shortest lengths, k shortest
lengths and all simple paths vs NetworkX on the collapsed, filtered graph,
every hop's citation vs the file's edge data, text mode and exit codes.

usage: cli_paths.py ACTORNET DATA_DIR
"""
import json
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from mixed_graphml import read_graphml  # noqa: E402

actornet, data = sys.argv[1], Path(sys.argv[2])
proxy = str(data / "proxy-network.graphml")
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL " + what, file=sys.stderr)


def run(*args):
    done = subprocess.run([actornet, "paths", proxy, "--lens", "none", "--any-time"] + list(args), capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout, done.stderr


M = read_graphml(proxy, force_multigraph=True, both_ways=True)


def collapsed(stated_only=False, relations=None):
    G = nx.DiGraph()
    G.add_nodes_from(M.nodes())
    for u, v, key, d in M.edges(keys=True, data=True):
        if u == v:
            continue
        if stated_only and d.get("confidence") != "stated":
            continue
        if relations is not None and d.get("relation") not in relations:
            continue
        G.add_edge(u, v)
    return G


def check_shape_and_hops(answer, what, stated_only=False):
    ok = list(answer.keys())[0] == "paths"
    for path in answer["paths"]:
        ok &= list(path.keys())[:2] == ["nodes", "hops"]
        ok &= len(path["hops"]) == len(path["nodes"]) - 1
        for hop, u, v in zip(path["hops"], path["nodes"], path["nodes"][1:]):
            ok &= list(hop.keys())[:6] == ["relation", "year", "confidence", "source", "locator", "edge"]
            if not M.has_edge(u, v, key=hop["edge"]):
                ok = False
                continue
            d = M.edges[u, v, hop["edge"]]
            ok &= hop["relation"] == d.get("relation") and hop["confidence"] == d.get("confidence")
            ok &= hop["source"] == d.get("source") and hop["locator"] == d.get("locator")
            ok &= hop["year"] == d.get("year")
            if stated_only:
                ok &= hop["confidence"] == "stated"
            # the chosen tie: stated before reported, then the earliest in the file
            candidates = [(k, dd) for k, dd in M[u][v].items()
                          if not stated_only or dd.get("confidence") == "stated"]
            rank = {"stated": 0, "reported": 1}
            order = sorted(range(len(candidates)), key=lambda i: (rank.get(candidates[i][1].get("confidence"), 2), i))
            ok &= candidates[order[0]][0] == hop["edge"]
            ok &= [a["edge"] for a in hop["alternatives"]] == [candidates[i][0] for i in order[1:]]
    check(ok, "shape and hops " + what)


rng = random.Random(4)
nodes = list(M.nodes())
G_all, G_stated = collapsed(), collapsed(stated_only=True)
pairs = [("iran", "azerbaijan"), ("iran", "husayniyyun"), ("irgc_quds_force", "azerbaijan")]
reachable = [(u, v) for u in nodes for v in nx.descendants(G_all, u)]
pairs += rng.sample(reachable, 9) + [tuple(rng.sample(nodes, 2)) for _ in range(3)]
for u, v in pairs:
    what = "%s -> %s" % (u, v)
    for G, extra, stated in ((G_all, [], False), (G_stated, ["--confidence", "stated"], True)):
        code, out, err = run("--from", u, "--to", v, "--json", *extra)
        answer = json.loads(out)
        try:
            want = nx.shortest_path_length(G, u, v)
        except nx.NetworkXNoPath:
            want = None
        check(code == 0 and ((want is None and answer["paths"] == []) or
                             (want is not None and len(answer["paths"]) == 1 and
                              len(answer["paths"][0]["nodes"]) - 1 == want)), "shortest " + what + str(extra))
        check_shape_and_hops(answer, "shortest " + what + str(extra), stated)
    code, out, err = run("--from", u, "--to", v, "--json", "--k", "3")
    answer = json.loads(out)
    want = []
    if nx.has_path(G_all, u, v):
        for path in nx.shortest_simple_paths(G_all, u, v):
            want.append(len(path) - 1)
            if len(want) == 3:
                break
    check(code == 0 and [len(p["nodes"]) - 1 for p in answer["paths"]] == want, "k shortest " + what)
    check_shape_and_hops(answer, "k shortest " + what)
    code, out, err = run("--from", u, "--to", v, "--json", "--all", "--max-length", "3", "--limit", "100000")
    answer = json.loads(out)
    want = {tuple(p) for p in nx.all_simple_paths(G_all, u, v, cutoff=3)}
    got = [tuple(p["nodes"]) for p in answer["paths"]]
    check(code == 0 and set(got) == want and len(got) == len(want) and answer["truncated"] is False,
          "all simple paths " + what)
    check_shape_and_hops(answer, "all simple " + what)

# relations and classes: iran to the attack chains through units and organisations only
relations = ["commands", "supports", "trains", "part_of", "funds", "supplies", "recruits", "dispatched"]
code, out, err = run("--from", "iran", "--to", "husayniyyun", "--json", "--k", "5", "--relations", ",".join(relations),
                     "--classes", "unit,organisation")
answer = json.loads(out)
G = collapsed(relations=relations)
allowed = {n for n, d in M.nodes(data=True) if d.get("type") in ("unit", "organisation")} | {"iran", "husayniyyun"}
H = G.subgraph(allowed)
want = []
for path in nx.shortest_simple_paths(H, "iran", "husayniyyun"):
    want.append(len(path) - 1)
    if len(want) == 5:
        break
check(code == 0 and [len(p["nodes"]) - 1 for p in answer["paths"]] == want, "typed k shortest iran -> husayniyyun")
check(all(M.nodes[n].get("type") in ("unit", "organisation") for p in answer["paths"] for n in p["nodes"][1:-1]),
      "typed chain passes only through units and organisations")
check(all(h["relation"] in relations for p in answer["paths"] for h in p["hops"]), "typed chain relations")

# text mode: every hop with its citation
code, out, err = run("--from", "iran", "--to", "azerbaijan", "--k", "2")
answer = json.loads(run("--from", "iran", "--to", "azerbaijan", "--k", "2", "--json")[1])
check(code == 0 and all(h["source"] in out and h["relation"] in out for p in answer["paths"] for h in p["hops"]),
      "text mode cites every hop")

# exit codes
check(run("--from", "iran", "--to", "nobody")[0] == 2, "unknown id -> exit 2")
check(run("--from", "iran")[0] == 2, "missing --to -> exit 2")
check(run("--from", "iran", "--to", "iraq", "--k", "2", "--all")[0] == 2, "--k with --all -> exit 2")
check(run("--from", "iran", "--to", "iraq", "--years", "x:y")[0] == 2, "bad --years -> exit 2")
no_path = [(u, v) for u in nodes for v in nodes if u != v and not nx.has_path(G_all, u, v)][0]
code, out, err = run("--from", no_path[0], "--to", no_path[1], "--json")
check(code == 0 and json.loads(out)["paths"] == [], "no path -> empty, exit 0")

print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
