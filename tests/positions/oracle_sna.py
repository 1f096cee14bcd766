"""Oracle: positions.h against R's sna (and stats::hclust), on the bundled networks and
seeded random ones.

usage: /usr/bin/python3 oracle_sna.py DRIVER DATA_DIR WORKDIR

  sedist        every measure, diag or not, one relation or two (joint.analysis),
                0/1 and valued, with an isolate: equal to 1e-12
  hclust        all eight linkages on dissimilarities with many ties: merges, heights,
                order and cutree for every k: equal (heights to 1e-12)
  equiv.clust   the network-level positions (sedist + hclust + cutree) of the bundled
                networks and random ones, also through the cooperation lens: equal
  blockmodel    block densities of those positions: equal to 1e-12
  census        triad.census and dyad.census of every bundled network (as stored, read
                undirected, through the cooperation lens) and random digraphs: equal
  qaptest       (gcor) with R's own permutations fed to actornet: the whole null
                distribution and the p-values equal; with actornet's generator, the
                p-values within the Monte Carlo error
  netlm/netlogit every null hypothesis (qap, qapy, qapx, qapallx, classical), t and beta
                statistics, digraph and graph modes, diag: coefficients, standard errors,
                statistics, summaries and — with R's permutations — the distributions and
                p-values equal
  cug.test      given edges, size and dyad census: the observed statistic equal; p-values
                and the null mean within the Monte Carlo error

Monte Carlo tolerance: two independent estimates of a probability p from R1 and R2
draws differ with standard deviation sqrt(p (1 - p) (1/R1 + 1/R2)); the check allows
4.5 of those (a false alarm about once in 150,000 checks) plus 1/min(R1, R2) for the
discreteness of the two estimates. For a mean, the same with the sample variances.
"""
import math
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oracle_common import (Driver, adjacency, all_close, bundled, check, close, finish, random_ties,  # noqa: E402
                           read_table, write_graphml, write_matrix)

DRIVER, DATA, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORK, exist_ok=True)
driver = Driver(DRIVER)
rng = random.Random(20260521)
MEASURES = ["hamming", "correlation", "euclidean", "gamma"]
LINKAGES = ["complete", "single", "average", "mcquitty", "median", "centroid", "ward.D", "ward.D2"]

R = [r"""
suppressMessages(library(sna))
rd <- function(p) { m <- as.matrix(read.table(p, skip = 1)); dimnames(m) <- NULL; m }
wr <- function(x, p) write.table(format(x, digits = 17), p, quote = FALSE, row.names = FALSE, col.names = FALSE)
perms <- function(seed, count, n) { set.seed(seed); if (count == 0) return(matrix(0, 0, n));
  t(sapply(seq_len(count), function(i) sample(1:n))) }
"""]
later = []  # checks to run once R has written its files


def path(name):
    return os.path.join(WORK, name)


def matrix_rows(text_rows):
    return [[float(x) for x in row] for row in text_rows]


def mc_close(p1, n1, p2, n2):
    p = (p1 + p2) / 2
    return abs(p1 - p2) <= 4.5 * math.sqrt(max(p * (1 - p), 0) * (1 / n1 + 1 / n2)) + 1 / min(n1, n2)


# ---- sedist ---------------------------------------------------------------------------

def random_matrix(n, p, directed=True, valued=False, isolate=False):
    a = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j and (directed or i < j) and rng.random() < p:
                a[i][j] = float(rng.randint(1, 4)) if valued else 1.0
                if not directed:
                    a[j][i] = a[i][j]
    if isolate:
        for k in range(n):
            a[0][k] = a[k][0] = 0.0
    if rng.random() < 0.5:  # a self-loop, read only with diag
        a[1][1] = 1.0
    return a


sedist_cases = [("directed", [random_matrix(11, 0.3)]), ("undirected", [random_matrix(10, 0.35, directed=False)]),
                ("valued", [random_matrix(9, 0.4, valued=True)]), ("isolate", [random_matrix(10, 0.3, isolate=True)]),
                ("joint", [random_matrix(10, 0.35), random_matrix(10, 0.3, valued=True)])]
for name, matrices in sedist_cases:
    files = [write_matrix(path("se_%s_%d.mat" % (name, r)), m) for r, m in enumerate(matrices)]
    count = len(files)
    R.append("arr <- array(dim = c(%d, %d, %d))" % (count, len(matrices[0]), len(matrices[0])))
    for r, f in enumerate(files):
        R.append("arr[%d,,] <- rd('%s')" % (r + 1, f))
    for k, measure in enumerate(MEASURES):
        for diag in (0, 1):
            out = path("se_%s_%s_%d.r" % (name, measure, diag))
            call = ("sedist(arr, g = 1:%d, method = '%s', joint.analysis = TRUE, diag = %s)" % (
                count, measure, "TRUE" if diag else "FALSE") if count > 1 else
                "sedist(arr[1,,], method = '%s', diag = %s)" % (measure, "TRUE" if diag else "FALSE"))
            R.append("wr(%s, '%s')" % (call, out))

            def compare(name=name, k=k, measure=measure, diag=diag, files=files, out=out):
                theirs = read_table(out)
                ours = matrix_rows(driver.lines("sedist", k, diag, *files)["row"])
                flat_t = [x for row in theirs for x in row]
                flat_o = [x for row in ours for x in row]
                defined = [(o, t) for o, t in zip(flat_o, flat_t) if not math.isnan(t)]
                check(len(flat_o) == len(flat_t) and len(defined) > 0 and
                      all(abs(o - t) <= 1e-12 * max(1, abs(t)) for o, t in defined),
                      "sedist %s %s diag=%d" % (name, measure, diag))
            later.append(compare)


# ---- hclust -----------------------------------------------------------------------------

for case in range(8):
    n = rng.randint(2, 16)
    ties = case % 2 == 0
    d = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            d[i][j] = d[j][i] = float(rng.randint(0, 4)) if ties else rng.random() * 10
    f = write_matrix(path("hc_%d.mat" % case), d)
    for linkage in LINKAGES:
        out = path("hc_%d_%s" % (case, linkage))
        R.append("h <- hclust(as.dist(rd('%s')), method = '%s'); wr(h$merge, '%s.merge'); wr(h$height, '%s.height'); "
                 "wr(h$order, '%s.order'); wr(cutree(h, 1:%d), '%s.cut')" % (f, linkage, out, out, out, n, out))

        def compare(n=n, f=f, linkage=linkage, out=out):
            got = driver.lines("hclust", linkage, f)
            merges = got["merge"]
            r_merge = read_table(out + ".merge")
            def ours_of(x):
                x = int(x)
                return x - 1 if x > 0 else None
            want = [[(-int(v) - 1) if v < 0 else n + int(v) - 1 for v in row] for row in r_merge]
            check([[int(m[0]), int(m[1])] for m in merges] == want, "hclust %s n=%d merges" % (linkage, n))
            heights = [float(m[2]) for m in merges]
            check(all_close(heights, [row[0] for row in read_table(out + ".height")], 1e-12),
                  "hclust %s n=%d heights" % (linkage, n))
            check([int(x) for x in got["order"][0]] == [int(row[0]) - 1 for row in read_table(out + ".order")],
                  "hclust %s n=%d order" % (linkage, n))
            cuts = read_table(out + ".cut")  # n rows (nodes) x n columns (k)
            ok = all([int(x) for x in got["cut"][k][1:]] == [int(cuts[v][k]) - 1 for v in range(n)] for k in range(n))
            check(ok, "cutree %s n=%d every k" % (linkage, n))
        later.append(compare)


# ---- networks: positions, blockmodel, census ---------------------------------------------

networks = []  # (label, graphml, lens)
for graphml in bundled(DATA):
    networks.append((os.path.basename(graphml), graphml, None))
networks.append(("proxy cooperation", os.path.join(DATA, "proxy-network.graphml"), "cooperation"))
networks.append(("teaching conflict", os.path.join(DATA, "teaching-example.graphml"), "conflict"))
for k in range(3):
    directed = k != 1
    n = rng.randint(9, 18)
    ties = random_ties(rng, n, 0.25, directed)
    ties += [rng.choice(ties)]  # a parallel tie
    networks.append(("random %d" % k, write_graphml(path("net_%d.graphml" % k), n, ties, directed), None))

for label, graphml, lens in networks:
    ids, ties = driver.network(graphml, lens)
    n = len(ids)
    a = adjacency(n, ties)
    adj = write_matrix(path("adj_%s.mat" % label.replace(" ", "_")), a)
    base = path("net_%s" % label.replace(" ", "_"))
    R.append("a <- rd('%s'); wr(triad.census(a), '%s.triads'); wr(dyad.census(a), '%s.dyads'); "
             "s <- a | t(a); wr(triad.census(s * 1), '%s.utriads'); wr(dyad.census(s * 1), '%s.udyads')"
             % (adj, base, base, base, base))

    def census(label=label, graphml=graphml, lens=lens, base=base):
        for mode, suffix in ((None, ""), ("undirected", "u")):
            arguments = ["census", graphml] + ([mode] if mode else []) + ([lens] if lens else [])
            got = driver.lines(*arguments)
            check([int(x) for x in got["triads"][0]] == [int(x) for x in read_table(base + "." + suffix + "triads")[0]],
                  "triad.census %s %s" % (label, mode or "as stored"))
            check([int(x) for x in got["dyads"][0]] == [int(x) for x in read_table(base + "." + suffix + "dyads")[0]],
                  "dyad.census %s %s" % (label, mode or "as stored"))
    later.append(census)

    if n > 120:
        continue
    for measure, linkage, k in (("hamming", "complete", 4), ("euclidean", "average", 3), ("gamma", "ward.D2", 5)):
        if k >= n:
            continue
        out = "%s_%s_%s" % (base, measure, linkage)
        R.append("ec <- equiv.clust(a, method = '%s', cluster.method = '%s'); b <- cutree(ec$cluster, %d); "
                 "wr(b, '%s.cut'); wr(blockmodel(a, b)$block.model, '%s.block')" % (measure, linkage, k, out, out))

        def positions(label=label, graphml=graphml, lens=lens, measure=measure, linkage=linkage, k=k, out=out,
                      adj=adj, n=n):
            arguments = ["positions", graphml, MEASURES.index(measure), linkage, k] + ([lens] if lens else [])
            got = driver.lines(*arguments)
            membership = [int(x) for x in got["membership"][0]]
            seen = [m for m in membership if m >= 0]
            want = [int(row[0]) - 1 for row in read_table(out + ".cut")]
            check(seen == want and len(seen) == n, "equiv.clust %s %s %s k=%d" % (label, measure, linkage, k))
            member_file = path("members_%s_%s" % (label.replace(" ", "_"), measure))
            with open(member_file, "w") as f:
                f.write(" ".join(str(m) for m in want) + "\n")
            dens = [float(x) for x in driver.lines("blockmodel", 0, member_file, adj)["density"][0]]
            block = [x for row in read_table(out + ".block") for x in row]
            check(all_close(dens, block, 1e-12), "blockmodel %s %s %s" % (label, measure, linkage))
        later.append(positions)


# ---- QAP correlation ---------------------------------------------------------------------

def related_pair(n, directed=True):
    y = random_matrix(n, 0.3, directed=directed)
    x = [[(y[i][j] if rng.random() < 0.7 else float(rng.random() < 0.3)) if i != j else 0.0 for j in range(n)]
         for i in range(n)]
    if not directed:
        for i in range(n):
            for j in range(i):
                x[i][j] = x[j][i]
    return y, x


for case, (directed, diag) in enumerate(((1, 0), (0, 0), (1, 1))):
    n = 12
    y, x = related_pair(n, directed=bool(directed))
    fy, fx = write_matrix(path("qc_%d_y.mat" % case), y), write_matrix(path("qc_%d_x.mat" % case), x)
    reps, seed = 200, 100 + case
    out = path("qc_%d" % case)
    mode = "digraph" if directed else "graph"
    R.append("y <- rd('%s'); x <- rd('%s'); set.seed(%d); q <- qaptest(list(y, x), gcor, g1 = 1, g2 = 2, reps = %d, "
             "mode = '%s', diag = %s); wr(c(q$testval, q$pleeq, q$pgreq), '%s.stat'); wr(q$dist, '%s.dist'); "
             "set.seed(%d); P <- t(sapply(1:%d, function(i) { o1 <- sample(1:%d); o2 <- sample(1:%d); "
             "o2[order(o1)] })); write.table(P, '%s.perms', row.names = FALSE, col.names = FALSE); "
             "set.seed(%d); q2 <- qaptest(list(y, x), gcor, g1 = 1, g2 = 2, reps = 2000, mode = '%s', diag = %s); "
             "wr(c(q2$pleeq, q2$pgreq), '%s.mc')"
             % (fy, fx, seed, reps, mode, "TRUE" if diag else "FALSE", out, out, seed, reps, n, n, out,
                seed, mode, "TRUE" if diag else "FALSE", out))

    def qap_correlation(case=case, directed=directed, diag=diag, fy=fy, fx=fx, reps=reps, out=out):
        got = driver.lines("qapcor", directed, diag, reps, out + ".perms", fy, fx)
        stat = read_table(out + ".stat")
        testval, pleeq, pgreq = stat[0][0], stat[1][0], stat[2][0]
        check(close(float(got["statistic"][0][0]), testval, 1e-12), "qaptest %d statistic" % case)
        dist = [float(v) for v in got["distribution"][0]]
        want = [row[0] for row in read_table(out + ".dist")]
        check(all_close(dist, want, 1e-10), "qaptest %d distribution with R's permutations" % case)
        near = sum(1 for v in want if abs(v - testval) <= 1e-9)  # ties decided by rounding
        p = [float(v) for v in got["p"][0]]
        check(abs(p[0] - pleeq) <= near / reps and abs(p[1] - pgreq) <= near / reps,
              "qaptest %d p-values with R's permutations: %s vs %s %s" % (case, p, pleeq, pgreq))
        mc = driver.lines("qapcor", directed, diag, 2000, "-", fy, fx)
        p_ours = [float(v) for v in mc["p"][0]]
        p_r = read_table(out + ".mc")
        check(mc_close(p_ours[0], 2000, p_r[0][0], 2000) and mc_close(p_ours[1], 2000, p_r[1][0], 2000),
              "qaptest %d p-values within the Monte Carlo error: %s vs %s" % (case, p_ours[:2], p_r))
    later.append(qap_correlation)


# ---- netlm / netlogit ---------------------------------------------------------------------

def regression_case(n, directed, binary):
    groups = [rng.randint(0, 2) for _ in range(n)]
    same = [[float(groups[i] == groups[j]) for j in range(n)] for i in range(n)]
    x1 = random_matrix(n, 0.35, directed=directed)
    y = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j and (directed or i < j):
                signal = 0.8 * x1[i][j] + 0.5 * same[i][j] + rng.gauss(0, 0.7)
                y[i][j] = float(signal > 0.6) if binary else round(signal, 3)
                if not directed:
                    y[j][i] = y[i][j]
    return y, [x1, same]


REG_CASES = [  # (command, directed, diag, null, statistic, reps, intercept)
    ("netlm", 1, 0, "qap", "t-value", 40, 1), ("netlm", 1, 0, "qapy", "t-value", 60, 1),
    ("netlm", 1, 0, "qapx", "t-value", 40, 1), ("netlm", 1, 0, "qapallx", "t-value", 40, 1),
    ("netlm", 1, 0, "qap", "beta", 40, 1), ("netlm", 0, 0, "qap", "t-value", 40, 1),
    ("netlm", 1, 1, "qapy", "t-value", 40, 1), ("netlm", 1, 0, "classical", "t-value", 0, 1),
    ("netlm", 1, 0, "qap", "t-value", 40, 0),
    ("netlogit", 1, 0, "qap", "z-value", 25, 1), ("netlogit", 1, 0, "qapy", "z-value", 30, 1),
    ("netlogit", 0, 0, "qapx", "z-value", 20, 1), ("netlogit", 1, 0, "classical", "z-value", 0, 1),
]
for case, (command, directed, diag, null, statistic, reps, intercept) in enumerate(REG_CASES):
    n = 11
    y, xs = regression_case(n, bool(directed), command == "netlogit")
    fy = write_matrix(path("rg_%d_y.mat" % case), y)
    fxs = [write_matrix(path("rg_%d_x%d.mat" % (case, t)), x) for t, x in enumerate(xs)]
    terms = len(xs) + intercept
    draws = {"qap": terms * reps, "qapy": reps, "qapx": terms * reps, "qapallx": terms * reps, "classical": 0}[null]
    out = path("rg_%d" % case)
    seed = 300 + case
    mode = "digraph" if directed else "graph"
    extra = ("wr(c(f$deviance, f$null.deviance, f$aic, f$bic), '%s.fit'); wr(f$se, '%s.se')" % (out, out)
             if command == "netlogit" else
             "mss <- if (f$intercept) sum((f$fitted.values - mean(f$fitted.values))^2) else sum(f$fitted.values^2); "
             "rss <- sum(f$residuals^2); rdf <- f$n - f$rank; resvar <- rss / rdf; r2 <- mss / (mss + rss); "
             "wr(c(r2, 1 - (1 - r2) * ((f$n - f$intercept) / rdf), sqrt(resvar), (mss / (f$rank - f$intercept)) / resvar), "
             "'%s.fit'); wr(sqrt(diag(chol2inv(f$qr$qr)) * resvar), '%s.se')" % (out, out))
    R.append("y <- rd('%s'); x <- list(%s); set.seed(%d); f <- %s(y, x, intercept = %s, mode = '%s', diag = %s, "
             "nullhyp = '%s', test.statistic = '%s', reps = %d); wr(f$coefficients, '%s.coef'); wr(f$tstat, '%s.tstat'); "
             "wr(cbind(f$pleeq, f$pgreq, f$pgreqabs), '%s.p'); if (!is.null(f$dist)) wr(f$dist, '%s.dist'); %s; "
             "write.table(perms(%d, %d, %d), '%s.perms', row.names = FALSE, col.names = FALSE)"
             % (fy, ", ".join("rd('%s')" % f for f in fxs), seed, command, "TRUE" if intercept else "FALSE", mode,
                "TRUE" if diag else "FALSE", null, statistic, max(reps, 1), out, out, out, out, extra, seed, draws, n, out))

    def regression(case=case, command=command, directed=directed, diag=diag, null=null, statistic=statistic,
                   reps=reps, intercept=intercept, fy=fy, fxs=fxs, out=out, terms=terms):
        label = "%s %d (%s, %s, %s)" % (command, case, null, statistic, "digraph" if directed else "graph")
        got = driver.lines(command, directed, diag, null, "beta" if statistic == "beta" else "t", reps,
                           out + ".perms", intercept, fy, *fxs)
        if "error" in got:
            check(False, "%s: %s" % (label, got["error"]))
            return
        coef = [float(v) for v in got["coefficients"][0]]
        check(all_close(coef, [r[0] for r in read_table(out + ".coef")], 1e-8), label + " coefficients")
        stats = [float(v) for v in got["statistics"][0]]
        want_stats = [r[0] for r in read_table(out + ".tstat")]
        check(all_close(stats, want_stats, 1e-7), label + " statistics %s vs %s" % (stats, want_stats))
        check(all_close([float(v) for v in got["se"][0]], [r[0] for r in read_table(out + ".se")], 1e-7),
              label + " standard errors")
        summary = [float(v) for v in got["summary"][0]]
        fit = [r[0] for r in read_table(out + ".fit")]
        ours = summary[4:8] if command == "netlogit" else summary[0:4]
        check(all_close(ours, fit, 1e-8), label + " summary %s vs %s" % (ours, fit))
        p_r = read_table(out + ".p")
        p_ours = [[float(v) for v in got[key][0]] for key in ("pless", "pgreater", "ptwo")]
        if null == "classical":
            ok = all(close(p_ours[c][t], p_r[t][c], 1e-7, 1e-12) for t in range(terms) for c in range(3))
            check(ok, label + " classical p-values %s vs %s" % (p_ours, p_r))
            return
        dist_r = read_table(out + ".dist")
        dist = [[float(v) for v in row] for row in got["distribution"]]  # one row per term
        ok = all(close(dist[t][r], dist_r[r][t], 1e-6, 1e-9) for t in range(terms) for r in range(reps))
        check(ok, label + " distribution with R's permutations")
        for t in range(terms):
            near = sum(1 for r in range(reps) if abs(dist_r[r][t] - want_stats[t]) <= 1e-7 * max(1, abs(want_stats[t])))
            check(all(abs(p_ours[c][t] - p_r[t][c]) <= near / reps + 1e-12 for c in range(3)),
                  label + " p-values of term %d: %s vs %s" % (t, [p[t] for p in p_ours], p_r[t]))
    later.append(regression)


# ---- cug.test -----------------------------------------------------------------------------

CUG_CASES = [  # (directed, measure, our condition, R function)
    (1, "triad_030T", "edges", "function(d) triad.census(d, mode = 'digraph')[1, '030T']"),
    (1, "triad_030T", "dyad.census", "function(d) triad.census(d, mode = 'digraph')[1, '030T']"),
    (1, "mutual", "size", "function(d) dyad.census(d)[1, 1]"),
    (1, "reciprocity", "edges", "function(d) grecip(d, measure = 'edgewise')"),
    (0, "transitivity", "edges", "function(d) { m <- as.sociomatrix.sna(d); m <- (m | t(m)) * 1; "
                                 "deg <- rowSums(m); sum(diag(m %*% m %*% m)) / sum(deg * (deg - 1)) }"),
]
CUG_REPS = 1000
for case, (directed, measure, condition, function) in enumerate(CUG_CASES):
    n = 14
    ties = random_ties(rng, n, 0.22, bool(directed))
    graphml = write_graphml(path("cug_%d.graphml" % case), n, ties, bool(directed))
    a = adjacency(n, [(s, t, directed) for s, t in ties])
    f = write_matrix(path("cug_%d.mat" % case), a)
    out = path("cug_%d" % case)
    R.append("set.seed(%d); c <- cug.test(rd('%s'), %s, mode = '%s', cmode = '%s', reps = %d); "
             "wr(c(c$obs.stat, c$plteobs, c$pgteobs, mean(c$rep.stat), sd(c$rep.stat)), '%s.cug')"
             % (400 + case, f, function, "digraph" if directed else "graph", condition, CUG_REPS, out))

    def cug(case=case, directed=directed, measure=measure, condition=condition, graphml=graphml, out=out):
        label = "cug.test %d %s | %s" % (case, measure, condition)
        arguments = ["cug", graphml, measure, condition, CUG_REPS, 7 + case] + ([] if directed else ["undirected"])
        got = driver.lines(*arguments)
        want = [r[0] for r in read_table(out + ".cug")]
        check(close(float(got["observed"][0][0]), want[0], 1e-12), label + " observed %s vs %s" % (got["observed"], want[0]))
        p = [float(v) for v in got["p"][0]]
        check(mc_close(p[0], CUG_REPS, want[1], CUG_REPS) and mc_close(p[1], CUG_REPS, want[2], CUG_REPS),
              label + " p-values within the Monte Carlo error: %s vs %s" % (p, want[1:3]))
        mean, sd = (float(v) for v in got["mean"][0])
        tolerance = 4.5 * math.sqrt(sd * sd / CUG_REPS + want[4] ** 2 / CUG_REPS) + 1e-9
        check(abs(mean - want[3]) <= tolerance,
              label + " null mean within the Monte Carlo error: %.4f vs %.4f (tolerance %.4f)" % (mean, want[3], tolerance))
    later.append(cug)


script = path("oracle.R")
with open(script, "w") as f:
    f.write("\n".join(R) + "\n")
result = subprocess.run(["Rscript", script], capture_output=True, text=True, timeout=300)
if result.returncode != 0:
    print(result.stderr[-3000:])
    raise SystemExit("Rscript failed")
for compare in later:
    compare()
finish()
