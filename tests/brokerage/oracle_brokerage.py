"""Oracle for the brokerage census: every count against R's sna::brokerage.

For each network the script writes (a) the network for brokerage_driver,
with parallel ties, self-loops and mixed directions where the case calls for
them, and (b) the 0/1 adjacency matrix and group vector sna sees (an
undirected tie is both a -> b and b -> a; parallel ties once; no loops).
One Rscript run computes sna::brokerage for all of them. Compared per node:
the raw role counts exactly (raw.nli), and expected values, standard
deviations and z-scores (exp.nli, sd.nli, z.nli) to 1e-9 relative.

sna's columns are w_I (coordinator), w_O (itinerant), b_IO (representative),
b_OI (gatekeeper), b_O (liaison), t (total); actornet's order is
coordinator, itinerant, gatekeeper, representative, liaison, total.

With missing groups (NA), sna counts all NA nodes as one group (our
default), so the counts are compared; its expected values become NA there
(sum(cl == NA) is NA) while ours treat the missing group like any other, so
expected values are compared only on networks without missing groups. The
exclude mode, which sna does not have, is checked against a direct count
written here from the definition.

With the CLI's path as a third argument, `actornet brokerage --by group
--csv` (and --json --z) is checked against the same sna results on GraphML
files written by networkx.write_graphml.

usage: oracle_brokerage.py BROKERAGE_DRIVER WORKDIR [ACTORNET_CLI]
"""
import csv
import io
import json
import math
import os
import random
import subprocess
import sys

import networkx as nx

DRIVER, WORKDIR = sys.argv[1], sys.argv[2]
CLI = sys.argv[3] if len(sys.argv) > 3 else None
os.makedirs(WORKDIR, exist_ok=True)
SNA_COLUMN = [0, 1, 3, 2, 4, 5]  # our role r is sna column SNA_COLUMN[r]
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def close(a, b):
    if math.isnan(b):
        return math.isnan(a)
    if math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


class Case:
    def __init__(self, name, ids, edges, directed, groups, group_type="string"):
        self.name, self.ids, self.edges, self.directed = name, ids, edges, directed
        self.groups, self.group_type = groups, group_type  # groups[v] is None when missing

    def arcs(self):
        arcs = set()
        for u, v, d in self.edges:
            if u == v:
                continue
            arcs.add((u, v))
            if not d:
                arcs.add((v, u))
        return arcs

    def write(self):
        base = os.path.join(WORKDIR, self.name)
        with open(base + ".net", "w") as f:
            f.write("directed %d\ngroups %s\n" % (self.directed, self.group_type))
            for i, g in zip(self.ids, self.groups):
                f.write("node %s %s\n" % (i, "-" if g is None else g))
            for u, v, d in self.edges:
                f.write("edge %s %s %d\n" % (self.ids[u], self.ids[v], d))
        n = len(self.ids)
        matrix = [[0] * n for _ in range(n)]
        for u, v in self.arcs():
            matrix[u][v] = 1
        with open(base + ".adj", "w") as f:
            for row in matrix:
                f.write(" ".join(map(str, row)) + "\n")
        with open(base + ".cl", "w") as f:
            for g in self.groups:
                f.write("NA\n" if g is None else "%s\n" % g)
        return base


def random_case(name, rng, kind, missing=False, group_type="string"):
    n = rng.randint(8, 28)
    p = rng.uniform(0.08, 0.35)
    groups_count = rng.randint(2, 4)
    labels = ["g%d" % i for i in range(groups_count)] if group_type == "string" else [str(10 * i - 7)
                                                                                         for i in range(groups_count)]
    groups = [rng.choice(labels) for _ in range(n)]
    if missing:
        for v in rng.sample(range(n), max(1, n // 6)):
            groups[v] = None
    edges = []
    for u in range(n):
        for v in range(n):
            if u != v and rng.random() < p:
                if kind == "directed":
                    edges.append((u, v, 1))
                elif u < v:
                    edges.append((u, v, 0 if kind == "undirected" or rng.random() < 0.4 else 1))
                elif kind == "mixed" and rng.random() < 0.5:
                    edges.append((u, v, 1))
    if kind != "undirected":
        for _ in range(max(1, len(edges) // 6)):
            edges.append(rng.choice(edges))  # parallel ties
        edges.append((0, 0, 1))  # a self-loop
    rng.shuffle(edges)
    directed = 0 if kind == "undirected" else 1
    return Case(name, ["n%d" % i for i in range(n)], edges, directed, groups, group_type)


def from_nx(name, g, groups):
    nodes = list(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    d = int(g.is_directed())
    return Case(name, [str(v).replace(" ", "_") for v in nodes],
                [(index[u], index[v], d) for u, v in g.edges()], d, [groups(v) for v in nodes])


R_SCRIPT = r"""
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
for (base in args) {
  g <- as.matrix(read.table(paste0(base, ".adj")))
  dimnames(g) <- NULL
  cl <- readLines(paste0(base, ".cl"))
  cl[cl == "NA"] <- NA
  b <- brokerage(g, cl)
  write.table(b$raw.nli, paste0(base, ".raw"), row.names = FALSE, col.names = FALSE)
  write.table(format(b$exp.nli, digits = 17), paste0(base, ".exp"), row.names = FALSE, col.names = FALSE,
              quote = FALSE)
  write.table(format(b$sd.nli, digits = 17), paste0(base, ".sd"), row.names = FALSE, col.names = FALSE,
              quote = FALSE)
  write.table(format(b$z.nli, digits = 17), paste0(base, ".z"), row.names = FALSE, col.names = FALSE,
              quote = FALSE)
}
"""


def read_matrix(path):
    rows = []
    with open(path) as f:
        for line in f:
            rows.append([float(x) if x not in ("NA", "NaN") else float("nan") for x in line.split()])
    return rows


def direct_exclude_count(case):
    """The census with missing-group nodes left out, written from the definition."""
    arcs = case.arcs()
    out = {}
    for a, b in arcs:
        out.setdefault(a, set()).add(b)
    n = len(case.ids)
    counts = [[0] * 6 for _ in range(n)]
    g = case.groups
    for a in range(n):
        for b in out.get(a, ()):
            for c in out.get(b, ()):
                if c == a or (a, c) in arcs or None in (g[a], g[b], g[c]):
                    continue
                if g[a] == g[b]:
                    role = 0 if g[b] == g[c] else 3
                elif g[b] == g[c]:
                    role = 2
                elif g[a] == g[c]:
                    role = 1
                else:
                    role = 4
                counts[b][role] += 1
                counts[b][5] += 1
    return counts


def to_graphml(case, base):
    """Write the case with networkx (parallel ties, loops, typed groups kept); None when mixed."""
    kinds = {d for _, _, d in case.edges}
    if len(kinds) > 1:
        return None
    g = nx.MultiDiGraph() if kinds == {1} else nx.MultiGraph()
    for i, group in zip(case.ids, case.groups):
        if group is None:
            g.add_node(i)
        else:
            g.add_node(i, group=int(group) if case.group_type == "int" else group)
    g.add_edges_from((case.ids[u], case.ids[v]) for u, v, _ in case.edges)
    nx.write_graphml(g, base + ".graphml")
    return base + ".graphml"


def test_cli(case, base):
    path = to_graphml(case, base)
    if path is None:
        return
    raw = read_matrix(base + ".raw")
    out = subprocess.run([CLI, "brokerage", path, "--by", "group", "--csv"], capture_output=True, text=True,
                         timeout=60)
    what = "CLI %s" % case.name
    check(out.returncode == 0, what + " ran: " + out.stderr.strip())
    rows = list(csv.reader(io.StringIO(out.stdout)))
    check(rows and rows[0] == ["id", "coordinator", "itinerant", "gatekeeper", "representative", "liaison", "total"],
          what + " CSV header %s" % (rows[:1],))
    check([r[0] for r in rows[1:]] == case.ids, what + " CSV rows in file order")
    for v, row in enumerate(rows[1:]):
        check([int(x) for x in row[1:]] == [int(raw[v][SNA_COLUMN[r]]) for r in range(6)],
              what + " CSV counts of %s" % row[0])
    if any(g is None for g in case.groups):
        return
    out = subprocess.run([CLI, "brokerage", path, "--by", "group", "--json", "--z"], capture_output=True, text=True,
                         timeout=60)
    nodes = json.loads(out.stdout)["nodes"]
    z = read_matrix(base + ".z")
    names = ["coordinator", "itinerant", "gatekeeper", "representative", "liaison", "total"]
    for v, node in enumerate(nodes):
        for r, name in enumerate(names):
            want = z[v][SNA_COLUMN[r]]
            got = node["z"][name]
            check(close(float("nan") if got is None else got, want), what + " JSON z %s %s" % (node["id"], name))
            check(node[name] == int(raw[v][SNA_COLUMN[r]]), what + " JSON count %s %s" % (node["id"], name))


def main():
    rng = random.Random(19890101)
    cases = []
    for i in range(4):
        cases.append(random_case("directed_%d" % i, rng, "directed"))
    for i in range(2):
        cases.append(random_case("directed_int_%d" % i, rng, "directed", group_type="int"))
        cases.append(random_case("undirected_%d" % i, rng, "undirected"))
        cases.append(random_case("mixed_%d" % i, rng, "mixed"))
        cases.append(random_case("missing_%d" % i, rng, "directed", missing=True))
    flo = nx.florentine_families_graph()
    made_up = {"Medici": "bank", "Tornabuoni": "bank", "Albizzi": "old", "Strozzi": "old", "Peruzzi": "old",
               "Bischeri": "old", "Guadagni": "old", "Castellani": "new", "Barbadori": "new"}
    cases.append(from_nx("florentine", flo, lambda v: made_up.get(v, "minor")))
    karate = nx.karate_club_graph()
    cases.append(from_nx("karate", karate, lambda v: karate.nodes[v]["club"].replace(" ", "_")))
    davis = nx.davis_southern_women_graph()
    cases.append(from_nx("davis", davis, lambda v: str(davis.nodes[v]["bipartite"])))

    bases = [case.write() for case in cases]
    r = subprocess.run(["Rscript", "-e", R_SCRIPT] + bases, capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        print(r.stderr)
        raise SystemExit("Rscript failed")

    for case, base in zip(cases, bases):
        has_missing = any(g is None for g in case.groups)
        out = subprocess.run([DRIVER, base + ".net"], capture_output=True, text=True, timeout=60)
        check(out.returncode == 0, "%s: driver ran (%s)" % (case.name, out.stdout.strip()[:200]))
        ours = [line.split() for line in out.stdout.splitlines()]
        raw = read_matrix(base + ".raw")
        exp, sd, z = read_matrix(base + ".exp"), read_matrix(base + ".sd"), read_matrix(base + ".z")
        check(len(ours) == len(case.ids) == len(raw), "%s: one row per node" % case.name)
        any_brokerage = False
        for v, row in enumerate(ours):
            check(row[0] == case.ids[v], "%s: node order" % case.name)
            counts = [int(x) for x in row[1:7]]
            any_brokerage |= counts[5] > 0
            check(counts == [int(raw[v][SNA_COLUMN[r]]) for r in range(6)],
                  "%s node %s counts %s, sna %s" % (case.name, row[0], counts, raw[v]))
            if has_missing:
                continue
            reals = [float(x) for x in row[7:]]
            for block, reference, label in ((0, exp, "expected"), (1, sd, "sd"), (2, z, "z")):
                for r in range(6):
                    got, want = reals[6 * block + r], reference[v][SNA_COLUMN[r]]
                    check(close(got, want), "%s node %s %s[%d]: %r, sna %r" % (case.name, row[0], label, r, got,
                                                                              want))
        check(any_brokerage, "%s: some brokerage to compare" % case.name)
        if CLI:
            test_cli(case, base)
        if has_missing:
            out = subprocess.run([DRIVER, base + ".net", "exclude"], capture_output=True, text=True, timeout=60)
            want = direct_exclude_count(case)
            got = [[int(x) for x in line.split()[1:7]] for line in out.stdout.splitlines()]
            check(got == want, "%s: exclude mode matches the direct count" % case.name)

    # The undirected option on a directed network equals sna on the symmetrised matrix.
    case = random_case("symmetrised", rng, "directed")
    sym = Case("symmetrised_sna", case.ids, [(u, v, 0) for u, v, _ in case.edges], 0, case.groups)
    base, sym_base = case.write(), sym.write()
    subprocess.run(["Rscript", "-e", R_SCRIPT, sym_base], check=True, capture_output=True, timeout=120)
    out = subprocess.run([DRIVER, base + ".net", "undirected"], capture_output=True, text=True, timeout=60)
    raw = read_matrix(sym_base + ".raw")
    got = [[int(x) for x in line.split()[1:7]] for line in out.stdout.splitlines()]
    check(got == [[int(raw[v][SNA_COLUMN[r]]) for r in range(6)] for v in range(len(case.ids))],
          "undirected option = sna on the symmetrised matrix")

    print("cases: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


main()
