"""Shared pieces of the view and path oracle tests: seeded random typed
networks, the TSV format oracle_driver reads, running the driver, and a tally
that prints "cases: N passed, M failed" for tests/tally.py.

The semantics the oracles check (filters, years, direction, parallel ties)
are written here again, independently of the C code, from the documentation
in include/actornet/views.h and paths.h.
"""
import json
import math
import random
import subprocess
import sys
import tempfile

CLASSES = ["state", "unit", "organisation", "person", "event"]
RELATIONS = ["commands", "funds", "trains", "supports"]
CONFIDENCE = ["stated", "reported"]


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL " + what, file=sys.stderr)
        return condition

    def finish(self):
        print("cases: %d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0


def random_network(seed, kind, n_range=(8, 16), typed=True):
    """Nodes [(id, class|None)], edges [dict]. kind: directed, undirected, mixed."""
    rng = random.Random(seed)
    n = rng.randint(*n_range)
    nodes = []
    for i in range(n):
        cls = rng.choice(CLASSES) if (typed and rng.random() > 0.1) else None
        nodes.append(("n%d" % i, cls))
    edges = []
    m = rng.randint(n, 3 * n)
    for i in range(m):
        if edges and rng.random() < 0.15:
            base = rng.choice(edges)          # a parallel tie (sometimes reversed)
            s, t = (base["s"], base["t"]) if rng.random() < 0.6 else (base["t"], base["s"])
        else:
            s, t = rng.randrange(n), rng.randrange(n)
            if s == t and rng.random() < 0.7:
                t = (s + 1) % n
        if kind == "directed":
            directed = 1
        elif kind == "undirected":
            directed = 0
        else:
            directed = rng.randint(0, 1)
        edges.append({
            "s": s, "t": t, "directed": directed,
            "weight": None if rng.random() < 0.1 else float(rng.randint(1, 9)) / rng.choice([1, 2, 4]),
            "relation": rng.choice(RELATIONS) if rng.random() > 0.05 else None,
            "year": None if rng.random() < 0.2 else rng.randint(1990, 2020),
            "confidence": None if rng.random() < 0.1 else rng.choice(CONFIDENCE),
            "id": None if rng.random() < 0.2 else "e%d" % i,
        })
    return nodes, edges


def write_tsv(path, nodes, edges, default_directed=1, class_type="string"):
    def cell(value):
        return "-" if value is None else str(value)
    with open(path, "w") as out:
        out.write("graph\t%d\t%s\n" % (default_directed, class_type))
        for node_id, cls in nodes:
            out.write("node\t%s\t%s\n" % (node_id, cell(cls)))
        for e in edges:
            out.write("edge\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\n" % (
                nodes[e["s"]][0], nodes[e["t"]][0], e["directed"], cell(e["weight"]), cell(e["relation"]),
                cell(e["year"]), cell(e["confidence"]), cell(e["id"])))


def run_driver(driver, nodes, edges, queries, class_type="string"):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as handle:
        path = handle.name
    try:
        write_tsv(path, nodes, edges, class_type=class_type)
        done = subprocess.run([driver, path], input="\n".join(queries) + "\n", capture_output=True, text=True,
                              timeout=120)
        if done.returncode != 0:
            raise RuntimeError("driver failed: %s" % done.stderr)
        lines = done.stdout.splitlines()
        if len(lines) != len(queries):
            raise RuntimeError("driver printed %d lines for %d queries" % (len(lines), len(queries)))
        return [json.loads(line) for line in lines]
    finally:
        import os
        os.unlink(path)


# ---- the filter semantics, independently ---------------------------------------

def random_filter(rng):
    """A random filter as (options text for the driver, dict for the oracle)."""
    spec = {"classes": None, "relations": None, "confidence": None, "years": None, "drop_undated": False}
    words = []
    if rng.random() < 0.35:
        spec["classes"] = sorted(rng.sample(CLASSES, rng.randint(2, 4)))
        words.append("classes=" + ",".join(spec["classes"]))
    if rng.random() < 0.35:
        spec["relations"] = sorted(rng.sample(RELATIONS, rng.randint(1, 3)))
        words.append("relations=" + ",".join(spec["relations"]))
    if rng.random() < 0.3:
        spec["confidence"] = ["stated"]
        words.append("confidence=stated")
    if rng.random() < 0.35:
        low = rng.choice([None, rng.randint(1988, 2015)])
        high = rng.choice([None, rng.randint(2000, 2022)])
        if low is not None and high is not None and low > high:
            low, high = high, low
        if low is None and high is None:
            low = 2000
        spec["years"] = (low, high)
        words.append("years=%s:%s" % ("" if low is None else low, "" if high is None else high))
        if rng.random() < 0.5:
            spec["drop_undated"] = True
            words.append("drop_undated")
    return words, spec


def node_passes(spec, cls):
    return spec["classes"] is None or (cls is not None and cls in spec["classes"])


def edge_passes(spec, e):
    if spec["relations"] is not None and e["relation"] not in spec["relations"]:
        return False
    if spec["confidence"] is not None and e["confidence"] not in spec["confidence"]:
        return False
    if spec["years"] is not None:
        low, high = spec["years"]
        if e["year"] is None:
            return not spec["drop_undated"]
        if low is not None and e["year"] < low:
            return False
        if high is not None and e["year"] > high:
            return False
    return True


def close(a, b, tolerance=1e-9):
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def is_nan(x):
    return isinstance(x, float) and math.isnan(x)
