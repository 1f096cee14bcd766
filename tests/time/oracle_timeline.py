"""Trajectories and per-period measures of `actornet timeline` recomputed with NetworkX.

For each way of cutting periods (fixed, sliding, breakpoints, phases) and each undated-tie
policy that needs no actor dates, the periods are cut again here from the GraphML file, each
period's snapshot is built as a NetworkX DiGraph of the ties that lie in it, and its size,
density, weak components, degree and (raw and normalised) betweenness are compared with the
command's JSON. Run by meson: oracle_timeline.py ACTORNET DATA_DIR.
"""
import json
import os
import math
import subprocess
import sys

import networkx as nx

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from mixed_graphml import read_graphml  # noqa: E402  (the proxy network is a mixed graph)

actornet, data = sys.argv[1], sys.argv[2]
path = data + "/proxy-network.graphml"
graph = read_graphml(path, force_multigraph=True)

failures = 0
passed = 0


def check(condition, message):
    global failures, passed
    if condition:
        passed += 1
    else:
        failures += 1
        print("FAIL", message)


def interval(d):
    begin = d.get("year", d.get("start"))
    end = d.get("end")
    if begin is None and end is None:
        return None
    b = float(begin) if begin is not None else float(end)   # only an end: that year
    e = float(end) if end is not None else b
    return b, max(b, e)


# a tie stored undirected (a symmetric relation, directed=False) is walked both ways, counted once
ties = [(u, v, interval(d), d.get("directed", True)) for u, v, d in graph.edges(data=True)]
dated = [t[2] for t in ties if t[2] is not None]
first = math.floor(min(b if math.isfinite(b) else e for b, e in dated))
last = math.floor(max(e if math.isfinite(e) else b for b, e in dated))


def periods(kind, arg):
    if kind == "fixed":
        b = math.floor(first / arg) * arg
        out = []
        while b < last + 1:
            out.append((b, b + arg))
            b += arg
        return out
    if kind == "sliding":
        width, step = arg
        out, b = [], first
        while b <= last:
            out.append((b, b + width))
            b += step
        return out
    if kind == "breaks":
        cuts = [first] + [y for y in arg if first < y < last + 1] + [last + 1]
        return list(zip(cuts, cuts[1:]))
    # phases: years in which a dated tie begins, runs joined across `arg` empty years
    onsets = sorted({math.floor(b if math.isfinite(b) else e) for b, e in dated})
    out, start, prev = [], onsets[0], onsets[0]
    for y in onsets[1:]:
        if y - prev - 1 > arg:
            out.append((start, prev + 1))
            start = y
        prev = y
    out.append((start, prev + 1))
    return out


def snapshot(begin, end, undated):
    g = nx.DiGraph()
    count = 0
    for u, v, iv, directed in ties:
        if iv is None:
            if undated != "every":
                continue
            iv = (-math.inf, math.inf)
        if iv[0] < end and iv[1] >= begin and u != v:
            g.add_edge(u, v)
            if directed is False:
                g.add_edge(v, u)
            count += 1
    return g, count


def run(args):
    out = subprocess.run([actornet, "timeline", path, "--lens", "none", "--json", "--no-communities"] + args,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["timeline"]


def close(a, b):
    return a is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


cases = [
    (["--width", "5"], "fixed", 5, "drop"),
    (["--width", "10", "--undated", "every"], "fixed", 10, "every"),
    (["--sliding", "3,2"], "sliding", (3, 2), "drop"),
    (["--breaks", "1992,1995,2013,2019"], "breaks", [1992, 1995, 2013, 2019], "drop"),
    (["--phases"], "phases", 1, "drop"),
    (["--phases", "--gap", "0", "--normalized"], "phases", 0, "drop"),
]
for args, kind, arg, undated in cases:
    normalized = "--normalized" in args
    got = run(args)
    expected = periods(kind, arg)
    check(len(got["periods"]) == len(expected), "%s: %d periods, expected %d" % (args, len(got["periods"]), len(expected)))
    for p, (begin, end) in enumerate(expected[: len(got["periods"])]):
        q = got["periods"][p]
        where = "%s period %d [%s, %s)" % (" ".join(args), p, begin, end)
        check(q["begin"] == begin and q["end"] == end, where + ": bounds %s %s" % (q["begin"], q["end"]))
        g, count = snapshot(begin, end, undated)
        n = g.number_of_nodes()
        check(q["actors"] == n and q["ties"] == count, where + ": %s actors %s ties, expected %d %d"
              % (q["actors"], q["ties"], n, count))
        if n >= 2:
            check(close(q["density"], nx.density(g)), where + ": density %s vs %s" % (q["density"], nx.density(g)))
        check(q["components"] == (nx.number_weakly_connected_components(g) if n else 0), where + ": components")
        if n == 0:
            continue
        if normalized:
            degree = nx.degree_centrality(g)
            between = nx.betweenness_centrality(g, normalized=True)
        else:
            degree = dict(g.degree())
            between = nx.betweenness_centrality(g, normalized=False)
        trajectories = got["trajectories"]
        for v in graph.nodes():
            d = trajectories["degree"].get(v, [None] * len(expected))[p]
            b = trajectories["betweenness"].get(v, [None] * len(expected))[p]
            if v in g:
                check(close(d, degree[v]), where + ": degree of %s %s vs %s" % (v, d, degree[v]))
                check(close(b, between[v]), where + ": betweenness of %s %s vs %s" % (v, b, between[v]))
            else:
                check(d is None and b is None, where + ": %s absent but scored" % v)

print("cases: %d passed, %d failed" % (passed, failures))
sys.exit(1 if failures else 0)
