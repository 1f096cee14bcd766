"""The report's Positions section: shown only where it means something, with the numbers of
the positions commands and an independent recomputation of the interchangeable actors.

usage: /usr/bin/python3 report_positions.py ACTORNET DATA_DIR WORKDIR
  - karate: core and periphery shown (discrete fit >= 0.5, the same fit and core as
    `actornet coreperiphery --seed 42 --lens none`); the interchangeable sets equal the actors
    with identical neighbourhoods (open or closed twins, isolates aside) found by NetworkX
  - the teaching example: nothing meaningful, so no section in report.json, the summary or
    report.html — and the reasons checked: fit below 0.5, no twins
  - with --directed, a triad finding is shown only with Pr(X >= observed) <= 0.05 in the same
    CUG test that `actornet cug --given dyads` runs
"""
import json
import os
import subprocess
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import check, finish  # noqa: E402

CLI, DATA, WORK = sys.argv[1:4]
os.makedirs(WORK, exist_ok=True)


def run(*arguments):
    out = subprocess.run([CLI] + [str(a) for a in arguments], capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        raise RuntimeError("%s: %s" % (arguments, out.stderr))
    return out.stdout


def report(name, *extra):
    directory = os.path.join(WORK, name + "-".join(extra))
    text = run("report", os.path.join(DATA, name + ".graphml"), "-o", directory, "--no-render", *extra)
    with open(os.path.join(directory, "report.json")) as f:
        data = json.load(f)
    with open(os.path.join(directory, "report.html")) as f:
        html = f.read()
    return text, data, html


def lens_graph(graphml, lens):
    """The file read undirected, through the report's structure lens: 'cooperation' keeps the
    agents and the cooperative ties among them (data/vocabulary.tsv), 'all'/'none' everything."""
    import csv
    multi = nx.read_graphml(graphml, force_multigraph=True)
    g = nx.Graph()
    if lens == "cooperation":
        with open(os.path.join(DATA, "vocabulary.tsv"), encoding="utf-8") as f:
            terms = list(csv.DictReader(f, delimiter="\t"))
        mode = {t["name"]: t["mode"] for t in terms if t["kind"] == "type"}
        sign = {t["name"]: t["sign"] for t in terms if t["kind"] == "relation"}
        g.add_nodes_from(v for v, d in multi.nodes(data=True) if mode.get(d.get("type")) == "agent")
        g.add_edges_from((u, v) for u, v, d in multi.edges(data=True)
                         if u in g and v in g and sign.get(d.get("relation")) == "cooperative")
    else:
        g.add_nodes_from(multi.nodes)
        g.add_edges_from(multi.edges())
    return g


def twins(graphml, lens="none"):
    """Sets of 2+ non-isolated actors with the same neighbours (open) or the same neighbours
    counting themselves (closed), read undirected as the report reads ties by default, through
    the report's lens."""
    g = lens_graph(graphml, lens)
    g.remove_edges_from(nx.selfloop_edges(g))
    groups = {}
    for v in g.nodes():
        if g.degree(v) == 0:
            continue
        neighbours = frozenset(g.neighbors(v))
        groups.setdefault(("open", neighbours), []).append(v)
        groups.setdefault(("closed", neighbours | {v}), []).append(v)
    return sorted(sorted(members) for members in groups.values() if len(members) >= 2)


text, data, html = report("karate")
lens = data["lenses"]["structure"]["name"]
positions = data.get("positions")
check(positions is not None and "\nPositions\n" in text and 'id="positions"' in html and 'href="#positions"' in html,
      "karate: the Positions section is shown")
cp = json.loads(run("coreperiphery", os.path.join(DATA, "karate.graphml"), "--seed", 42, "--lens", lens,
                    "--undirected", "--json"))
check(positions and positions["core_periphery"] and abs(positions["core_periphery"]["fit"] - cp["fit"]) < 1e-12 and
      sorted(positions["core_periphery"]["core"]) == sorted(cp["core"]) and cp["fit"] >= 0.5,
      "karate: the core is coreperiphery's (fit %.3f)" % cp["fit"])
want = twins(os.path.join(DATA, "karate.graphml"), lens)
check(positions and sorted(sorted(s) for s in positions["interchangeable"]) == want and len(want) > 0,
      "karate: interchangeable sets = NetworkX twins %s" % want)

for name in ("teaching-example", "florentine"):
    text, data, html = report(name)
    lens = data["lenses"]["structure"]["name"]
    cp = json.loads(run("coreperiphery", os.path.join(DATA, name + ".graphml"), "--seed", 42, "--lens", lens,
                        "--undirected", "--json"))
    nodes = lens_graph(os.path.join(DATA, name + ".graphml"), lens).number_of_nodes()
    expected = cp["fit"] >= 0.5 and 2 <= cp["core_size"] <= nodes // 2 or bool(twins(os.path.join(DATA, name + ".graphml"), lens))
    shown = "positions" in data
    check(shown == expected and (("\nPositions\n" in text) == shown) and (('id="positions"' in html) == shown),
          "%s: section shown %s, expected %s (fit %.3f)" % (name, shown, expected, cp["fit"]))

text, data, html = report("proxy-network", "--directed")
lens = data["lenses"]["structure"]["name"]
for triad in ("030T", "030C"):
    cug = json.loads(run("cug", os.path.join(DATA, "proxy-network.graphml"), "--measure", "triad_" + triad, "--given",
                         "dyads", "--replicates", 200, "--seed", 42, "--lens", lens, "--json"))
    finding = (data.get("positions") or {}).get("triads", {}).get(triad)
    expected = cug["observed"] > 0 and cug["p_greater"] <= 0.05
    check((finding is not None) == expected and (finding is None or abs(finding["p_greater"] - cug["p_greater"]) < 1e-12),
          "proxy --directed: the %s finding follows the CUG test (Pr >= %.3f)" % (triad, cug["p_greater"]))
finish()
