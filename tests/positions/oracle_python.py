"""Oracle: the parts of positions.h R's sna does not have, against independent Python
implementations written here (numpy, scipy), brute force, python-igraph and NetworkX.

usage: /usr/bin/python3 oracle_python.py DRIVER DATA_DIR WORKDIR

  core–periphery, discrete    the fit of the best partition found equals the best of ALL
                              partitions (exhaustive numpy search) on planted and noisy
                              networks of 8-12 actors, with core–periphery cells left out
                              or set to a density, 0/1 and valued; on the bundled karate
                              club, the fit is recomputed and no single move improves it
  core–periphery, continuous  the loss sum (a_ij - c_i c_j)^2 is no worse than scipy's
                              L-BFGS from several starts, c agrees with the best of them,
                              and the fit is the correlation recomputed; a rank-one matrix
                              gives back its factor with fit 1
  CONCOR                      the positions of a numpy transcription of R's concoR
  k-plexes                    every maximal k-plex of at least min_size actors, by brute
                              force over all subsets (k = 1, 2, 3); k = 1 are NetworkX's
                              maximal cliques; on karate each k-plex is one and is maximal
  cohesive blocks             python-igraph's Graph.cohesive_blocks(), and each block's
                              cohesion is NetworkX's node connectivity of the block
  triad census                python-igraph's triad_census() and nx.triadic_census()
"""
import itertools
import math
import os
import random
import sys

import igraph
import networkx as nx
import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import (Driver, adjacency, bundled, check, finish, random_ties, write_graphml,  # noqa: E402
                           write_matrix)

DRIVER, DATA, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORK, exist_ok=True)
driver = Driver(DRIVER)
rng = random.Random(99)
np_rng = np.random.default_rng(99)


def path(name):
    return os.path.join(WORK, name)


# ---- core–periphery, discrete -----------------------------------------------------------

def cp_fit(a, core, between):
    """Correlation of a_ij with the ideal pattern over the cells i != j it covers."""
    n = len(a)
    c = np.asarray(core, dtype=bool)
    ideal = np.full((n, n), np.nan)
    ideal[np.ix_(c, c)] = 1.0
    ideal[np.ix_(~c, ~c)] = 0.0
    if between >= 0:
        ideal[np.ix_(c, ~c)] = between
        ideal[np.ix_(~c, c)] = between
    mask = ~np.isnan(ideal) & ~np.eye(n, dtype=bool)
    x, d = a[mask], ideal[mask]
    if x.std() == 0 or d.std() == 0:
        return float("nan")
    return float(np.corrcoef(x, d)[0, 1])


def exhaustive_best(a, between):
    n = len(a)
    best = -math.inf
    for bits in range(1 << n):
        k = bin(bits).count("1")
        if k < 2 or k > n - 2:
            continue
        core = [(bits >> v) & 1 for v in range(n)]
        r = cp_fit(a, core, between)
        if not math.isnan(r) and r > best:
            best = r
    return best


def planted(n, core_size, noise, valued=False):
    a = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            both = i < core_size and j < core_size
            one = (i < core_size) != (j < core_size)
            p = 0.9 if both else (0.4 if one else 0.05)
            p = p * (1 - noise) + noise * 0.5
            if rng.random() < p:
                a[i, j] = rng.randint(1, 3) if valued else 1
    perm = np_rng.permutation(n)
    return a[np.ix_(perm, perm)]


def run_cp(model, between, a, restarts=20):
    f = write_matrix(path("cp.mat"), a.tolist())
    got = driver.lines("cp", model, between, restarts, f)
    return (float(got["fit"][0][0]), [int(x) for x in got["core"][0]], [float(x) for x in got["coreness"][0]],
            [float(x) for x in got["density"][0]], int(got["converged"][0][0]))


for case in range(10):
    n = rng.randint(8, 12)
    between = -1 if case % 3 else 0.5
    a = planted(n, rng.randint(2, n // 2), noise=0.15 * (case % 4), valued=case % 5 == 4)
    fit, core, _, density, _ = run_cp(0, between, a)
    best = exhaustive_best(a, between)
    check(abs(fit - best) <= 1e-10, "discrete core-periphery %d (n=%d, between %s): fit %.12f, exhaustive best %.12f"
          % (case, n, between, fit, best))
    check(abs(cp_fit(a, core, between) - fit) <= 1e-10, "discrete core-periphery %d: the fit is the core's" % case)
    c = np.asarray(core, dtype=bool)
    off = ~np.eye(n, dtype=bool)
    want = [a[np.ix_(c, c)][off[np.ix_(c, c)]].mean(), a[np.ix_(c, ~c)].mean(), a[np.ix_(~c, c)].mean(),
            a[np.ix_(~c, ~c)][off[np.ix_(~c, ~c)]].mean()]
    check(np.allclose(density, want, rtol=1e-12), "discrete core-periphery %d: block densities" % case)

karate = os.path.join(DATA, "karate.graphml")
ids, ties = driver.network(karate)
a = np.array(adjacency(len(ids), ties), dtype=float)
fit, core, _, _, _ = run_cp(0, -1, a)
check(abs(cp_fit(a, core, -1) - fit) <= 1e-12, "karate discrete core-periphery: the fit is the core's")
k = sum(core)
improving = [v for v in range(len(core)) if 2 <= k + (1 - 2 * core[v]) <= len(core) - 2 and
             cp_fit(a, [c ^ (w == v) for w, c in enumerate(core)], -1) > fit + 1e-12]
check(not improving, "karate discrete core-periphery: no single move improves (%s)" % improving)
degree_order = np.argsort(-(a.sum(0) + a.sum(1)), kind="stable")
degree_best = max(cp_fit(a, [int(v in set(degree_order[:k])) for v in range(len(core))], -1)
                  for k in range(2, len(core) - 1))
check(fit >= degree_best - 1e-12, "karate discrete core-periphery: at least the best top-k-by-degree core")


# ---- core–periphery, continuous -----------------------------------------------------------

def loss(c, s):
    pattern = np.outer(c, c)
    np.fill_diagonal(pattern, 0)
    return float(((s - pattern) ** 2).sum())


def scipy_best(a):
    s = (a + a.T) / 2
    np.fill_diagonal(s, 0)

    def f(c):
        pattern = np.outer(c, c)
        np.fill_diagonal(pattern, 0)
        r = s - pattern
        grad = -4 * (r @ c)
        return float((r ** 2).sum()), grad
    best = None
    for start in range(6):
        c0 = np_rng.random(len(a)) + 0.1 if start else s.sum(1) / max(math.sqrt(s.sum()), 1e-9)
        res = minimize(f, c0, jac=True, method="L-BFGS-B", options={"maxiter": 5000, "gtol": 1e-12, "ftol": 1e-15})
        if best is None or res.fun < best.fun:
            best = res
    c = best.x if best.x.sum() >= 0 else -best.x
    return c, s


def continuous_case(label, a):
    fit, core, coreness, _, converged = run_cp(1, -1, a)
    c = np.array(coreness)
    scipy_c, s = scipy_best(a)
    ours, theirs = loss(c, s), loss(scipy_c, s)
    check(converged == 1, label + ": converged")
    check(ours <= theirs * (1 + 1e-9) + 1e-12, "%s: loss %.12g, scipy %.12g" % (label, ours, theirs))
    check(np.allclose(c, scipy_c, atol=1e-4 * max(1, abs(c).max())), label + ": coreness agrees with scipy's")
    pattern = np.outer(c, c)
    off = ~np.eye(len(a), dtype=bool)
    want_fit = np.corrcoef(a[off], pattern[off])[0, 1]
    check(abs(fit - want_fit) <= 1e-10, "%s: fit %.12f, recomputed %.12f" % (label, fit, want_fit))
    order = np.argsort(-c, kind="stable")
    best_k = max(range(1, len(c)), key=lambda k: (np.corrcoef(c, np.isin(np.arange(len(c)), order[:k]))[0, 1], -k))
    check(sum(core) == best_k, "%s: core size %d, best correlation with an ideal core %d" % (label, sum(core), best_k))


for case in range(4):
    continuous_case("continuous core-periphery %d" % case, planted(rng.randint(8, 20), 4, 0.1 * case, case == 3))
continuous_case("continuous core-periphery karate", a)
x = np.array([3.0, 2.0, 1.5, 1.0, 0.5, 0.25])
rank_one = np.outer(x, x)
np.fill_diagonal(rank_one, 0)
fit, _, coreness, _, _ = run_cp(1, -1, rank_one)
check(np.allclose(coreness, x, atol=1e-8) and abs(fit - 1) < 1e-12,
      "continuous core-periphery of a rank-one matrix: %s, fit %r" % (coreness, fit))


# ---- CONCOR --------------------------------------------------------------------------------

def concor_numpy(a, depth, cutoff=0.9999, max_iter=50):
    """R concoR's block(): columns of [A; A'] correlated until |r| > cutoff, split by sign of
    the first column; isolates (constant columns) set aside as the last position."""
    n = len(a)
    stack = np.vstack([a, a.T])
    keep = [v for v in range(n) if stack[:, v].std() > 0]
    blocks = [keep] if keep else []
    for _ in range(depth):
        next_blocks = []
        for block in blocks:
            if len(block) < 2:
                next_blocks.append(block)
                continue
            m = np.corrcoef(stack[:, block], rowvar=False)
            iteration = 1
            while np.any(np.abs(m) <= cutoff) and iteration <= max_iter:
                m = np.corrcoef(m, rowvar=False)
                iteration += 1
            first = [block[i] for i in range(len(block)) if m[i, 0] > 0]
            rest = [block[i] for i in range(len(block)) if not m[i, 0] > 0]
            next_blocks += [b for b in (first, rest) if b]
        blocks = next_blocks
    label = [-1] * n
    for b, block in enumerate(blocks):
        for v in block:
            label[v] = b
    renumber, out = {}, []
    for v in range(n):
        if label[v] >= 0:
            renumber.setdefault(label[v], len(renumber))
    for v in range(n):
        out.append(renumber[label[v]] if label[v] >= 0 else len(renumber))
    return out


concor_networks = [os.path.join(DATA, "karate.graphml"), os.path.join(DATA, "florentine.graphml")]
for k in range(3):
    n = rng.randint(10, 20)
    concor_networks.append(write_graphml(path("concor_%d.graphml" % k), n, random_ties(rng, n, 0.2, k != 1), k != 1))
for graphml in concor_networks:
    ids, ties = driver.network(graphml)
    a = np.array(adjacency(len(ids), ties), dtype=float)
    for depth in (1, 2, 3):
        got = [int(x) for x in driver.lines("concor", graphml, depth)["membership"][0]]
        want = concor_numpy(a, depth)
        check(got == want, "CONCOR %s depth %d: %s, concoR %s" % (os.path.basename(graphml), depth, got, want))


# ---- k-plexes --------------------------------------------------------------------------------

def is_kplex(g, nodes, k):
    sub = g.subgraph(nodes)
    return all(sub.degree(v) >= len(nodes) - k for v in nodes)


def brute_kplexes(g, k, min_size):
    nodes = list(g.nodes())
    plexes = [set(s) for size in range(1, len(nodes) + 1) for s in itertools.combinations(nodes, size)
              if is_kplex(g, s, k)]
    maximal = [p for p in plexes if not any(p < q for q in plexes if len(q) == len(p) + 1)]
    return sorted(sorted(p) for p in maximal if len(p) >= min_size)


def our_kplexes(graphml, k, min_size, limit=100000):
    got = driver.lines("kplex", graphml, k, min_size, limit)
    return sorted(sorted(p) for p in got.get("plex", [])), int(got["truncated"][0][0])


for case in range(8):
    n = rng.randint(6, 12)
    ties = random_ties(rng, n, rng.uniform(0.3, 0.6), False)
    graphml = write_graphml(path("kplex_%d.graphml" % case), n, ties, False)
    g = nx.Graph()
    g.add_nodes_from("n%d" % v for v in range(n))
    g.add_edges_from(("n%d" % s, "n%d" % t) for s, t in ties)
    for k, min_size in ((1, 1), (2, 0), (2, 3), (3, 0)):
        effective = min_size or max(k + 2, 2 * k - 1)
        got, truncated = our_kplexes(graphml, k, min_size)
        want = brute_kplexes(g, k, effective)
        check(got == want and not truncated, "k-plexes random %d k=%d min %d: %d found, brute force %d"
              % (case, k, effective, len(got), len(want)))
    cliques = sorted(sorted(c) for c in nx.find_cliques(g))
    got, _ = our_kplexes(graphml, 1, 1)
    check(got == cliques, "k = 1 plexes are NetworkX's maximal cliques (random %d)" % case)

g = nx.Graph()
ids, ties = driver.network(karate)
g.add_nodes_from(ids)
g.add_edges_from((ids[s], ids[t]) for s, t, _ in ties if s != t)
got, truncated = our_kplexes(karate, 2, 5)
outside_ok = all(not is_kplex(g, p + [v], 2) for p in got for v in g.nodes() if v not in p)
check(got and not truncated and all(is_kplex(g, p, 2) for p in got) and outside_ok,
      "karate 2-plexes of 5+: each a 2-plex, none extendable (%d found)" % len(got))
got, truncated = our_kplexes(karate, 2, 3, limit=5)
check(truncated == 1 and len(got) == 5, "a k-plex search stops at max_plexes and says so")


# ---- cohesive blocks -------------------------------------------------------------------------

block_networks = [karate, os.path.join(DATA, "florentine.graphml")]
for k in range(3):
    n = rng.randint(10, 25)
    block_networks.append(write_graphml(path("blocks_%d.graphml" % k), n, random_ties(rng, n, 0.25, False), False))
for graphml in block_networks:
    ids, ties = driver.network(graphml)
    edges = sorted({(min(s, t), max(s, t)) for s, t, _ in ties if s != t})
    ig = igraph.Graph(n=len(ids), edges=edges)
    cb = ig.cohesive_blocks()
    want = [(cb.cohesion(b), cb.parent(b) if cb.parent(b) is not None else -1, sorted(ids[v] for v in cb[b]))
            for b in range(len(cb))]
    got = [(int(r[0]), int(r[1]), sorted(r[2:])) for r in driver.lines("blocks", graphml).get("block", [])]
    check(got == want, "cohesive blocks %s: %s, python-igraph %s" % (os.path.basename(graphml), got[:3], want[:3]))
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from((ids[s], ids[t]) for s, t in edges)
    for cohesion, _, nodes in got[1:]:
        check(nx.node_connectivity(g.subgraph(nodes)) == cohesion,
              "cohesive block of %s: NetworkX node connectivity equals its cohesion %d" % (os.path.basename(graphml), cohesion))


# ---- triad census ------------------------------------------------------------------------------

NAMES = ["003", "012", "102", "021D", "021U", "021C", "111D", "111U", "030T", "030C", "201", "120D", "120U",
         "120C", "210", "300"]
census_networks = [(f, None) for f in bundled(DATA)] + [(os.path.join(DATA, "proxy-network.graphml"), "cooperation")]
for k in range(3):
    n = rng.randint(8, 30)
    census_networks.append((write_graphml(path("census_%d.graphml" % k), n, random_ties(rng, n, 0.15, True), True), None))
for graphml, lens in census_networks:
    ids, ties = driver.network(graphml, lens)
    a = adjacency(len(ids), ties)
    arcs = [(i, j) for i in range(len(ids)) for j in range(len(ids)) if a[i][j]]
    got = [int(x) for x in driver.lines(*(["census", graphml] + ([lens] if lens else [])))["triads"][0]]
    ig = igraph.Graph(n=len(ids), edges=arcs, directed=True)
    check(got == [int(x) for x in ig.triad_census()], "triad census %s %s = python-igraph" % (graphml, lens or ""))
    dg = nx.DiGraph()
    dg.add_nodes_from(range(len(ids)))
    dg.add_edges_from(arcs)
    census = nx.triadic_census(dg)
    check(got == [census[name] for name in NAMES], "triad census %s %s = nx.triadic_census" % (graphml, lens or ""))

finish()
