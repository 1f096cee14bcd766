"""The report's context, conflict and lens sections against NetworkX.

For every bundled network: `actornet report FILE --json` (every row listed) and, independently,
the file read by NetworkX with data/vocabulary.tsv: the agents and cooperative ties the
cooperation lens keeps, each context node's agents (two-mode degree), the hostile ties by actor,
and the signed triads of structural balance (Cartwright & Harary) enumerated by
networkx.enumerate_all_cliques over the signed agent graph.
Usage: oracle_report_semantics.py ACTORNET DATA_DIR WORK_DIR
"""
import csv
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict

import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mixed_graphml import read_graphml  # noqa: E402  (the proxy network is a mixed graph)

actornet, data, work = sys.argv[1:4]
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


terms = list(csv.DictReader(open(os.path.join(data, "vocabulary.tsv"), encoding="utf-8"), delimiter="\t"))
mode_of = {t["name"]: t["mode"] for t in terms if t["kind"] == "type"}
semantics = {t["name"]: t for t in terms if t["kind"] == "relation"}


def sign(relation):
    s = semantics.get(relation, {}).get("sign")
    return 1 if s == "cooperative" else -1 if s == "hostile" else 0


def expected(path):
    g = read_graphml(path, force_multigraph=True)
    mode = {v: mode_of.get(d.get("type")) for v, d in g.nodes(data=True)}
    agents = {v for v, m in mode.items() if m == "agent"}
    ties = [(u, v, d) for u, v, d in g.edges(data=True)]
    coop = [t for t in ties if t[0] in agents and t[1] in agents and sign(t[2].get("relation")) == 1]
    # context: distinct agents tied to each context node, ties with agents, relations
    context = {}
    for c in (v for v, m in mode.items() if m == "context"):
        linked = [(u if v == c else v, d) for u, v, d in ties if c in (u, v) and u != v]
        with_agents = [(o, d) for o, d in linked if o in agents]
        if with_agents:
            context[c] = (len({o for o, _ in with_agents}), len(with_agents),
                          dict(Counter(d.get("relation") for _, d in with_agents)))
    # hostile ties by actor
    hostile = defaultdict(lambda: [0, 0, 0])
    count = 0
    for u, v, d in ties:
        if sign(d.get("relation")) != -1:
            continue
        count += 1
        symmetric = semantics[d["relation"]]["symmetric"] == "yes" or d.get("directed") is False
        if symmetric:
            hostile[u][2] += 1
            if v != u:
                hostile[v][2] += 1
        else:
            hostile[u][0] += 1
            hostile[v][1] += 1
    # signed pairs among agents and their triangles
    pair_signs = defaultdict(set)
    considered = agents if agents else set(g.nodes)
    for u, v, d in ties:
        s = sign(d.get("relation"))
        if s and u != v and u in considered and v in considered:
            pair_signs[frozenset((u, v))].add(s)
    signed = nx.Graph()
    for pair, signs in pair_signs.items():
        if len(signs) == 1:
            signed.add_edge(*pair, sign=next(iter(signs)))
    triads = Counter()
    for clique in nx.enumerate_all_cliques(signed):
        if len(clique) == 3:
            a, b, c = clique
            negatives = sum(signed[x][y]["sign"] < 0 for x, y in ((a, b), (b, c), (a, c)))
            triads[negatives] += 1
        elif len(clique) > 3:
            break
    meta = Counter()
    for u, v, d in ties:
        mu, mv = mode[u], mode[v]
        if mu == mv == "agent":
            meta["agent x agent"] += 1
        elif mu == mv == "context":
            meta["context x context"] += 1
        elif {mu, mv} == {"agent", "context"}:
            meta["agent x " + g.nodes[v if mv == "context" else u].get("type")] += 1
        else:
            meta["unknown mode"] += 1
    return {"meta": meta, "agents": len(agents), "coop": len(coop), "context": context, "hostile": dict(hostile),
            "hostile_ties": count, "triads": triads,
            "pairs": (sum(1 for s in pair_signs.values() if s == {1}), sum(1 for s in pair_signs.values() if s == {-1}),
                      sum(1 for s in pair_signs.values() if len(s) == 2))}


for name in sorted(os.listdir(data)):
    if not name.endswith(".graphml"):
        continue
    path = os.path.join(data, name)
    out = os.path.join(work, "semantics-" + name[:-8])
    r = subprocess.run([actornet, "report", path, "-o", out, "--json", "--quiet", "--no-render", "--replicates", "0",
                        "--top", "100000"], capture_output=True, text=True)
    check(r.returncode == 0, "%s: report failed: %s" % (name, r.stderr))
    if r.returncode:
        continue
    report = json.loads(r.stdout)
    want = expected(path)
    lens = report["lenses"]["structure"]
    if lens["name"] == "cooperation":
        check((lens["actors"], lens["ties"]) == (want["agents"], want["coop"]),
              "%s: cooperation lens keeps %s, NetworkX %s" % (name, (lens["actors"], lens["ties"]),
                                                               (want["agents"], want["coop"])))
        check(report["actors"]["ranked"] == want["agents"], "%s: %d actors ranked, %d agents"
              % (name, report["actors"]["ranked"], want["agents"]))
    got_context = {row["id"]: (row["agents"], row["ties"], row["relations"])
                   for row in report.get("context", {}).get("top", [])}
    check(got_context == want["context"] or (not want["agents"] and not got_context),
          "%s: context nodes differ:\n  actornet %s\n  networkx %s" % (name, got_context, want["context"]))
    if "context" in report:
        got_meta = {k: v for k, v in report["context"]["meta_network"].items() if v}
        check(got_meta == dict(want["meta"]), "%s: meta-network blocks %s, NetworkX %s" % (name, got_meta, dict(want["meta"])))
    for row in report.get("context", {}).get("top", []):
        check(abs(row["two_mode_degree"] - row["agents"] / want["agents"]) < 1e-12, "%s: two-mode degree" % name)
    conflict = report.get("conflict")
    check((conflict or {}).get("hostile_ties", 0) == want["hostile_ties"],
          "%s: %s hostile ties, NetworkX %d" % (name, (conflict or {}).get("hostile_ties"), want["hostile_ties"]))
    if conflict:
        got = {a["id"]: [a["initiated"], a["received"], a["mutual"]] for a in conflict["actors"]}
        check(got == want["hostile"], "%s: hostile ties by actor differ:\n  %s\n  %s" % (name, got, want["hostile"]))
        balance = conflict["balance"]
        triads = [balance["triads"][k] for k in ("+++", "++-", "+--", "---")]
        check(triads == [want["triads"][i] for i in range(4)],
              "%s: signed triads %s, NetworkX %s" % (name, triads, [want["triads"][i] for i in range(4)]))
        check((balance["positive_pairs"], balance["negative_pairs"], balance["ambivalent_pairs"]) == want["pairs"],
              "%s: signed pairs %s, NetworkX %s" % (name, (balance["positive_pairs"], balance["negative_pairs"],
                                                          balance["ambivalent_pairs"]), want["pairs"]))
# The terminal text of the bundled proxy network: in the conflict and context tables every row's
# numbers start in the same character column, though names such as "Heydər Əliyev" and
# "Surət Hüseynov" take more bytes than characters (they were padded by bytes, misaligned).
r = subprocess.run([actornet, "report", os.path.join(data, "proxy-network.graphml"), "-o",
                    os.path.join(work, "aligned"), "--no-render", "--replicates", "0"], capture_output=True, text=True)
text = r.stdout.splitlines()
for title, marker in (("Conflict", " against others "), ("Places, events and media", " agents (")):
    start = next((i for i, line in enumerate(text) if line.startswith(title)), None)
    rows = []
    for line in text[start + 1:] if start is not None else []:
        if not line.startswith("  ") or line.startswith("   "):
            break
        if marker in line:
            rows.append(line)
    columns = {line.index(marker) for line in rows}   # counts are right-aligned before the marker
    non_ascii = [line for line in rows if any(ord(c) > 127 for c in line[:34])]
    check(len(rows) >= 5 and len(columns) == 1, "%s rows aligned by characters: %s" % (title, sorted(columns)))
    check(title != "Conflict" or non_ascii, "the conflict table has names with non-ASCII letters to align")

# A rank interval of one rank (5th and 95th percentiles equal) reads as what it means, not "1-1".
import re
r = subprocess.run([actornet, "report", os.path.join(data, "proxy-network.graphml"), "-o",
                    os.path.join(work, "intervals"), "--no-render", "--replicates", "40"], capture_output=True, text=True)
single = [line for line in r.stdout.splitlines() if "in at least 90% of replicates" in line]
check(r.returncode == 0 and not re.search(r"interval (\d+)-\1\b", r.stdout) and single,
      "a one-rank interval is written as 'rank N in at least 90%% of replicates': %s" % single)

# Symbolic hops (report.h, "Chains"): the papers say the Ganja group's logo is shaped like the IRGC's
# and its flag like Hezbollah's; the influence lens keeps those `emulates` ties, so chains from
# Tehran to the Ganja attack run through them. Such a hop must be marked, the same way in every
# output, and only such hops: a copied symbol is not an operational link.
import csv
SYMBOLIC = {"emulates", "draws_on"}
out = os.path.join(work, "symbolic")
r = subprocess.run([actornet, "report", os.path.join(data, "proxy-network.graphml"), "-o", out, "--json",
                    "--quiet", "--no-render", "--replicates", "0"], capture_output=True, text=True)
chains = json.loads(r.stdout)["chains"]["list"] if r.returncode == 0 else []
with open(os.path.join(out, "chains.csv"), newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
check(any(h["relation"] == "emulates" for c in chains for h in c["hops"]),
      "a chain to the Ganja attack runs through an emulates tie (the logo and flag claims)")
for c in chains:
    marks = [h["symbolic"] for h in c["hops"]]
    check(marks == [h["relation"] in SYMBOLIC for h in c["hops"]],
          "chain %d: symbolic marks %s for relations %s" % (c["number"], marks, [h["relation"] for h in c["hops"]]))
    check(c["symbolic_hops"] == sum(marks), "chain %d: symbolic_hops %d" % (c["number"], c["symbolic_hops"]))
    csv_marks = [row["symbolic"] == "true" for row in rows if int(row["chain"]) == c["number"]]
    check(csv_marks == marks, "chain %d: chains.csv symbolic %s, report.json %s" % (c["number"], csv_marks, marks))
    dot = open(os.path.join(out, "chain-%d.dot" % c["number"]), encoding="utf-8").read()
    check(("style=dotted" in dot) == any(marks), "chain %d: a symbolic hop is dotted in its diagram" % c["number"])
text = subprocess.run([actornet, "report", os.path.join(data, "proxy-network.graphml"), "-o",
                       os.path.join(work, "symbolic-text"), "--no-render", "--replicates", "0"],
                      capture_output=True, text=True).stdout.splitlines()
start = next((i for i, line in enumerate(text) if line.startswith("Chains from")), len(text))
listed = [(line, text[i + 1]) for i, line in enumerate(text[start + 1:start + 11], start + 1)
          if re.match(r"  \d+\. ", line) and i + 1 < len(text)]
for line, summary in listed:
    check(("<-emulates-" in line or "-emulates->" in line) == ("symbolic" in summary),
          "text: a chain through emulates says so, and only such a chain: %r / %r" % (line[:60], summary))
check(listed, "the text lists chains")

print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
