"""The report's Timeline section on the bundled proxy network and on a hostile file.

Proxy network: the phases include 1992-1996 and 2012-2018; Isgender Husseinov spans them; every
tie cited for an actor in a phase touches that actor and begins inside the phase (so each
statement is traceable to its ties); ties per year by family add up to the dated ties, and
agree with a count made here from the GraphML file and the vocabulary; the ranks agree with
degree in each phase recomputed with NetworkX.
Hostile file: labels, relations and ids with markup are escaped in timeline.svg (it parses as
XML and its text carries them verbatim) and in report.html.
Run by meson: check_report_timeline.py ACTORNET DATA_DIR.
"""
import csv
import json
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from mixed_graphml import read_graphml  # noqa: E402  (the proxy network is a mixed graph)

actornet, data = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(condition, message):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL", message)


def report(path, directory):
    subprocess.run([actornet, "report", path, "-o", directory], check=True, capture_output=True)
    with open(os.path.join(directory, "timeline.json"), encoding="utf-8") as f:
        return json.load(f)


def families():
    out = {}
    with open(os.path.join(data, "vocabulary.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    header = rows[0]
    for row in rows[1:]:
        row = dict(zip(header, row))
        if row.get("kind") == "relation":
            out[row["name"]] = row.get("family") or None
    return out


with tempfile.TemporaryDirectory(prefix="actornet-timeline-") as directory:
    path = os.path.join(data, "proxy-network.graphml")
    t = report(path, directory)
    g = read_graphml(path, force_multigraph=True)
    labels = {p: "%d-%d" % (q["begin"], q["end"] - 1) if q["end"] - q["begin"] > 1 else "%d" % q["begin"]
              for p, q in enumerate(t["periods"])}
    check("1992-1996" in labels.values() and "2012-2018" in labels.values(), "phases %s" % sorted(labels.values()))
    spanning = {a["id"]: a for a in t["spanning"]}
    husseinov = spanning.get("isgender_husseinov")
    check(husseinov is not None, "isgender_husseinov spans phases")
    if husseinov:
        phases = {labels[p["period"]] for p in husseinov["periods"]}
        check({"1992-1996", "2012-2018"} <= phases, "husseinov's phases %s" % phases)
    edges = {k: (u, v, d) for u, v, k, d in g.edges(keys=True, data=True)}
    for a in t["spanning"]:
        for p in a["periods"]:
            q = t["periods"][p["period"]]
            check(p["tie_count"] >= len(p["ties"]) >= 1, "%s: cited ties in %s" % (a["id"], labels[p["period"]]))
            for tie in p["ties"]:
                u, v, d = edges[tie["edge"]]
                year = d.get("year", d.get("end"))
                end = d.get("end", year)
                check(a["id"] in (u, v) and (u, v) == (tie["from"], tie["to"]), "tie %s touches %s" % (tie["edge"], a["id"]))
                check(year is not None and year < q["end"] and end >= q["begin"],
                      "tie %s (%s-%s) in %s" % (tie["edge"], year, end, labels[p["period"]]))
                check(tie["source"] == d.get("source") and tie["locator"] == d.get("locator"), "tie %s cited" % tie["edge"])
    # ties per year by family, counted here
    family = families()
    totals = {}
    for u, v, d in g.edges(data=True):
        f = family.get(d.get("relation"))
        if f and d.get("year", d.get("start", d.get("end"))) is not None:
            totals[f] = totals.get(f, 0) + 1
    coloured = set(sorted(totals, key=lambda f: (-totals[f], f))[:8])   # the rest are "other"
    expected = {}
    for u, v, d in g.edges(data=True):
        year = d.get("year", d.get("start", d.get("end")))
        if year is None:
            continue
        f = family.get(d.get("relation"))
        key = (int(year), f if f in coloured else "other")
        expected[key] = expected.get(key, 0) + 1
    got = {(r["year"], r["family"]): r["ties"] for r in t["ties_per_year"]}
    check(got == expected, "ties per year by family differ: %s" % sorted(set(got.items()) ^ set(expected.items())))
    check(sum(got.values()) == t["dated_ties"] and t["dated_ties"] + t["undated_ties"] == g.number_of_edges(), "tie totals")
    with open(os.path.join(directory, "timeline-ties.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check({(int(r["year"]), r["family"]): int(r["ties"]) for r in rows} == got, "timeline-ties.csv = timeline.json")
    # ranks: degree in each phase (ties of the phase, symmetric relations undirected, parallel collapsed)
    symmetric = {"kin_of", "rivals"}
    for p, q in enumerate(t["periods"]):
        h = nx.DiGraph()
        for u, v, d in g.edges(data=True):
            year = d.get("year", d.get("start", d.get("end")))
            end = d.get("end", year)
            if year is None or not (year < q["end"] and end >= q["begin"]) or u == v:
                continue
            h.add_edge(u, v)
            if d.get("relation") in symmetric:
                h.add_edge(v, u)
        degree = dict(h.degree())
        for r in t["ranks"]:
            node = r["id"]
            if node in degree:
                rank = 1 + sum(1 for x in degree.values() if x > degree[node])
                check(r["degree"][p] == degree[node] and r["rank"][p] == rank,
                      "%s in %s: degree %s rank %s, expected %s %s" % (node, labels[p], r["degree"][p], r["rank"][p],
                                                                        degree[node], rank))
            else:
                check(r["degree"][p] is None, "%s absent from %s" % (node, labels[p]))
    ET.parse(os.path.join(directory, "timeline.svg"))
    check(True, "timeline.svg is XML")

hostile = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="label" for="node" attr.name="label" attr.type="string"/>
<key id="type" for="node" attr.name="type" attr.type="string"/>
<key id="relation" for="edge" attr.name="relation" attr.type="string"/>
<key id="year" for="edge" attr.name="year" attr.type="int"/>
<graph edgedefault="directed">
<node id="a&quot;&gt;&lt;script&gt;x"><data key="type">person</data><data key="label">&lt;script&gt;alert(1)&lt;/script&gt; &amp; "q" 'r'</data></node>
<node id="b"><data key="type">person</data><data key="label">b&lt;/text&gt;&lt;svg onload=alert(2)&gt;</data></node>
<node id="c"><data key="type">person</data><data key="label">c</data></node>
<edge source="a&quot;&gt;&lt;script&gt;x" target="b"><data key="relation">&lt;img src=x onerror=alert(3)&gt;</data><data key="year">2001</data></edge>
<edge source="b" target="c"><data key="relation">funds</data><data key="year">2003</data></edge>
<edge source="a&quot;&gt;&lt;script&gt;x" target="c"><data key="relation">funds</data><data key="year">2003</data></edge>
</graph></graphml>
"""
with tempfile.TemporaryDirectory(prefix="actornet-timeline-hostile-") as directory:
    path = os.path.join(directory, "hostile.graphml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(hostile)
    out = os.path.join(directory, "report")
    report(path, out)
    svg = open(os.path.join(out, "timeline.svg"), encoding="utf-8").read()
    tree = ET.fromstring(svg)
    texts = [e.text or "" for e in tree.iter() if e.tag.endswith("text") or e.tag.endswith("title")]
    check(any("<script>alert(1)</script>" in s for s in texts), "hostile label kept as text in the SVG")
    check(svg.count("<svg") == 1 and "<script" not in svg and "<img" not in svg, "no raw markup in the SVG")
    attributes = {a for e in tree.iter() for a in e.attrib}
    check(not any(a.startswith("on") or "href" in a for a in attributes), "no event or link attributes: %s" % attributes)
    names = {e.tag.split("}")[-1] for e in tree.iter()}
    check(names <= {"svg", "title", "text", "rect", "line", "circle"}, "only the SVG's own elements: %s" % names)
    html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
    section = html[html.index('id="timeline"'):]
    section = section[:section.index("</ul>") if "</ul>" in section else len(section)]
    check("<script>alert" not in section and "<img" not in section and "<svg onload" not in section,
          "report.html's timeline section escapes data")

# A tie that lasts is listed in every phase its interval spans; it shows its years as onset-end,
# so a tie begun in 1999 listed in a 2001-2003 phase does not look misdated (hand-made network:
# phases 1990 and 2000-2001; the tie x -> y runs 1990-2001).
lasting = """<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="relation" for="edge" attr.name="relation" attr.type="string"/>
<key id="year" for="edge" attr.name="year" attr.type="int"/>
<key id="end" for="edge" attr.name="end" attr.type="int"/>
<graph edgedefault="directed">
<node id="x"/><node id="y"/><node id="z"/>
<edge id="long" source="x" target="y"><data key="relation">funds</data><data key="year">1990</data><data key="end">2001</data></edge>
<edge id="late" source="y" target="z"><data key="relation">funds</data><data key="year">2000</data></edge>
<edge id="later" source="x" target="z"><data key="relation">funds</data><data key="year">2001</data></edge>
</graph></graphml>
"""
with tempfile.TemporaryDirectory(prefix="actornet-timeline-lasting-") as directory:
    path = os.path.join(directory, "lasting.graphml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(lasting)
    done = subprocess.run([actornet, "report", path, "-o", os.path.join(directory, "r"), "--no-render"],
                          capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.strip().startswith(("x:", "y:"))]
    check(done.returncode == 0 and lines and all(line.count("long x funds y 1990-2001") == 2 for line in lines)
          and all("[2000-2001: long x funds y 1990-2001" in line for line in lines),
          "a lasting tie shows its years as onset-end in each phase it spans: %s" % lines)
    check("y 1990]" not in done.stdout and "y 1990;" not in done.stdout, "never its onset alone: %s" % lines)

print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
