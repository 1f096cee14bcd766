"""The positions commands (census, positions, coreperiphery, subgroups, qap, cug) against
the driver's library calls (checked against R and Python by the oracles) and against R's
sna directly for QAP on relations and attributes of one GraphML file.

usage: /usr/bin/python3 cli_positions.py ACTORNET DRIVER DATA_DIR WORKDIR
"""
import json
import math
import os
import random
import subprocess
import sys

import networkx as nx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import Driver, all_close, check, close, finish, read_table, write_matrix  # noqa: E402

CLI, DRIVER, DATA, WORK = sys.argv[1:5]
os.makedirs(WORK, exist_ok=True)
driver = Driver(DRIVER)
karate = os.path.join(DATA, "karate.graphml")
proxy = os.path.join(DATA, "proxy-network.graphml")


def cli(*arguments, expect=0):
    out = subprocess.run([CLI] + [str(a) for a in arguments], capture_output=True, text=True, timeout=120)
    check(out.returncode == expect, "actornet %s: exit %d, expected %d (%s)" % (" ".join(map(str, arguments)),
                                                                             out.returncode, expect, out.stderr.strip()))
    return out


def cli_json(*arguments):
    out = cli(*(list(arguments) + ["--json"]))
    return json.loads(out.stdout) if out.returncode == 0 else None


# census: as stored and through a lens, equal to the driver (R-checked)
for graphml, lens in ((karate, "none"), (proxy, "none"), (proxy, "cooperation"), (proxy, "conflict")):
    j = cli_json("census", graphml, "--lens", lens)
    got = driver.lines(*(["census", graphml] + ([lens] if lens != "none" else [])))
    check(j and [j["triads"][k] for k in sorted(j["triads"], key=list(j["triads"]).index)] ==
          [int(x) for x in got["triads"][0]], "census --json %s %s" % (os.path.basename(graphml), lens))
    check(j and [j["dyads"]["mutual"], j["dyads"]["asymmetric"], j["dyads"]["null"]] == [int(x) for x in got["dyads"][0]],
          "census dyads %s %s" % (os.path.basename(graphml), lens))
csv = cli("census", karate, "--csv", "--lens", "none").stdout.splitlines()
check(csv[0] == "census,type,count" and len(csv) == 20 and csv[4].startswith("triad,003,"), "census --csv rows")

# positions and their blockmodel
j = cli_json("positions", karate, "--positions", 4, "--lens", "none")
got = driver.lines("positions", karate, 0, "complete", 4)
membership = [int(x) for x in got["membership"][0]]
check(j and [j["membership"]["m%d" % v] for v in range(34)] == membership, "positions --json karate = driver")
check(j and sum(len(p) for p in j["positions"]) == 34 and len(j["dendrogram"]["merge"]) == 33, "positions lists")
member_file = os.path.join(WORK, "karate.members")
with open(member_file, "w") as f:
    f.write(" ".join(map(str, membership)))
ids, ties = driver.network(karate)
adjacency = [[0.0] * 34 for _ in range(34)]
for s, t, _ in ties:
    adjacency[s][t] = adjacency[t][s] = 1.0
density = [float(x) for x in driver.lines("blockmodel", 0, member_file,
                                           write_matrix(os.path.join(WORK, "karate.mat"), adjacency))["density"][0]]
flat = [x for row in j["blockmodel"]["density"][0] for x in row] if j else []
check(all_close([float("nan") if x is None else x for x in flat], density, 1e-12), "positions blockmodel = driver")
csv = cli("positions", karate, "--method", "concor", "--csv", "--lens", "none").stdout.splitlines()
concor = [int(x) for x in driver.lines("concor", karate, 2)["membership"][0]]
check(csv[0] == "id,position" and [int(r.split(",")[1]) for r in csv[1:]] == concor, "positions --method concor --csv")
j = cli_json("positions", proxy, "--lens", "cooperation", "--relations", "supports,affiliated_with", "-k", 3)
check(j and j["count"] == 3 and j["relations"] == ["supports", "affiliated_with"] and
      len(j["blockmodel"]["density"]) == 2 and list(j["membership"].values()).count(None) > 0,
      "positions with relations and a lens")

# core–periphery
for model in ("discrete", "continuous"):
    j = cli_json("coreperiphery", karate, "--model", model, "--lens", "none")
    got = driver.lines("cp", 0 if model == "discrete" else 1, -1, 20, os.path.join(WORK, "karate.mat"))
    check(j and close(j["fit"], float(got["fit"][0][0]), 1e-12) and
          [int(j["coreness"]["m%d" % v] > 0.5) if model == "discrete" else 0 for v in range(34)] ==
          ([int(x) for x in got["core"][0]] if model == "discrete" else [0] * 34), "coreperiphery %s = driver" % model)

# subgroups
j = cli_json("subgroups", karate, "--k", 2, "--min-size", 5, "--lens", "none")
plexes = [sorted(p[0:]) for p in driver.lines("kplex", karate, 2, 5, 10000).get("plex", [])]
check(j and sorted(sorted(g) for g in j["kplexes"]["groups"]) == sorted(plexes), "subgroups k-plexes = driver")
blocks = driver.lines("blocks", karate)["block"]
check(j and [(b["cohesion"], -1 if b["parent"] is None else b["parent"], b["actors"]) for b in j["blocks"]] ==
      [(int(b[0]), int(b[1]), b[2:]) for b in blocks], "subgroups cohesive blocks = driver")

# cug: the same seed gives the driver's numbers
j = cli_json("cug", karate, "--measure", "transitivity", "--replicates", 300, "--seed", 5, "--lens", "none")
got = driver.lines("cug", karate, "transitivity", "edges", 300, 5)
check(j and close(j["observed"], float(got["observed"][0][0]), 1e-15) and
      close(j["p_greater"], float(got["p"][0][1]), 1e-15), "cug --json = driver")

# qap on relations and an attribute of one file, against R's sna
rng = random.Random(7)
n = 16
g = nx.MultiDiGraph()
groups = [rng.choice("abc") for _ in range(n)]
for v in range(n):
    g.add_node("v%d" % v, group=groups[v], rank=rng.randint(1, 5))
kin, member = [[0.0] * n for _ in range(n)], [[0.0] * n for _ in range(n)]
for i in range(n):
    for j2 in range(n):
        if i != j2 and rng.random() < 0.25:
            g.add_edge("v%d" % i, "v%d" % j2, relation="member_of")
            member[i][j2] = 1.0
            if rng.random() < 0.6:
                g.add_edge("v%d" % i, "v%d" % j2, relation="kin_of")
                kin[i][j2] = 1.0
        if i != j2 and rng.random() < 0.08 and not kin[i][j2]:
            g.add_edge("v%d" % i, "v%d" % j2, relation="kin_of")
            kin[i][j2] = 1.0
graphml = os.path.join(WORK, "relations.graphml")
nx.write_graphml(g, graphml)
same = [[float(groups[i] == groups[j2]) for j2 in range(n)] for i in range(n)]
files = [write_matrix(os.path.join(WORK, name + ".mat"), m) for name, m in (("kin", kin), ("member", member), ("same", same))]
script = os.path.join(WORK, "qap.R")
with open(script, "w") as f:
    f.write("""suppressMessages(library(sna))
rd <- function(p) { m <- as.matrix(read.table(p, skip = 1)); dimnames(m) <- NULL; m }
y <- rd('%s'); x1 <- rd('%s'); x2 <- rd('%s')
set.seed(1); q <- qaptest(list(y, x1), gcor, g1 = 1, g2 = 2, reps = 1000)
set.seed(2); f <- netlm(y, list(x1, x2), reps = 1000)
set.seed(3); l <- netlogit(y, list(x1, x2), nullhyp = 'qapy', reps = 300)
out <- function(...) cat(sprintf('%%.17g', c(...)), '\\n')
out(q$testval, q$pgreq, q$pleeq); out(f$coefficients); out(f$tstat); out(f$pgreqabs)
out(l$coefficients); out(l$tstat); out(l$deviance, l$aic)
""" % tuple(files))
r = subprocess.run(["Rscript", script], capture_output=True, text=True, timeout=120)
rows = [[float(x) for x in line.split()] for line in r.stdout.strip().splitlines()]
j = cli_json("qap", graphml, "--y", "kin_of", "--x", "member_of", "--lens", "none")
check(j and close(j["correlation"], rows[0][0], 1e-12), "qap correlation = sna::gcor")
mc = lambda a, b, reps: abs(a - b) <= 4.5 * math.sqrt(max((a + b) / 2 * (1 - (a + b) / 2), 0) * 2 / reps) + 1 / reps
check(j and mc(j["p_greater"], rows[0][1], 1000) and mc(j["p_less"], rows[0][2], 1000),
      "qap correlation p-values within the Monte Carlo error of qaptest's")
j = cli_json("qap", graphml, "--y", "kin_of", "--x", "member_of,same:group", "--lens", "none")
terms = j["terms"] if j else []
check(all_close([t["estimate"] for t in terms], rows[1], 1e-9) and all_close([t["statistic"] for t in terms], rows[2], 1e-8),
      "qap linear (relations and same:group) = sna::netlm")
check(all(mc(t["p_two_sided"], p, 1000) for t, p in zip(terms, rows[3])), "qap linear p-values within the Monte Carlo error")
j = cli_json("qap", graphml, "--y", "kin_of", "--x", "member_of,same:group", "--model", "logistic", "--null", "qapy",
             "--permutations", 300, "--lens", "none")
terms = j["terms"] if j else []
check(all_close([t["estimate"] for t in terms], rows[4], 1e-8) and all_close([t["statistic"] for t in terms], rows[5], 1e-7) and
      close(j["deviance"], rows[6][0], 1e-9) and close(j["aic"], rows[6][1], 1e-9), "qap logistic = sna::netlogit")
csv = cli("qap", graphml, "--y", "kin_of", "--x", "member_of,same:group", "--csv", "--lens", "none").stdout.splitlines()
check(csv[0] == "term,estimate,std_error,statistic,p_less,p_greater,p_two_sided" and len(csv) == 4, "qap --csv")
self_file = cli_json("qap", graphml, "--y", "kin_of", "--x", "file:%s#member_of" % graphml, "--lens", "none")
check(self_file and close(self_file["correlation"], rows[0][0], 1e-12), "qap file: another network matched by id")

# errors: usage 2, input 1, analysis 3 — one line each
cli("qap", graphml, "--x", "member_of", expect=2)
cli("qap", graphml, "--y", "kin_of", "--x", "member_of", "--null", "nope", expect=2)
out = cli("qap", graphml, "--y", "kin_off", "--x", "member_of", "--lens", "none", expect=3)
check("kin_off" in out.stderr and out.stderr.count("\n") == 1, "qap: a relation without ties is named")
cli("qap", graphml, "--y", "kin_of", "--x", "file:/nonexistent.graphml", "--lens", "none", expect=1)
cli("cug", karate, "--measure", "nope", expect=2)
cli("cug", karate, expect=2)
cli("positions", karate, "--measure", "cosine", expect=2)
cli("positions", karate, "--linkage", "ward", expect=2)
cli("positions", karate, "--positions", 99, "--lens", "none", expect=3)
cli("coreperiphery", karate, "--between", 2, expect=2)
out = cli("positions", karate, "--relations", "no_such_relation", expect=3)
check("no_such_relation" in out.stderr, "positions: a relation without ties is named")
cli("subgroups", karate, "--k", 0, expect=2)
cli("census", "/nonexistent.graphml", expect=1)
for command in ("census", "positions", "coreperiphery", "subgroups", "qap", "cug"):
    out = cli(command, "--help")
    check("usage: actornet %s" % command in out.stdout or "actornet %s" % command in out.stdout, "%s --help" % command)
finish()
