#!/usr/bin/python3
"""`actornet centrality --approximate` against the exact CLI output: on a
generated 3000-actor network every approximate value is within --epsilon of
the exact one (fixed seed), the values are not the exact ones (sampling ran),
and bad --epsilon / --delta values are usage errors (exit 2)."""
import csv
import io
import os
import subprocess
import sys
import tempfile

generator, cli = sys.argv[1], sys.argv[2]


def column(args):
    out = subprocess.run([cli, "centrality"] + args + ["--measure", "betweenness", "--csv", "--lens", "none"],
                         check=True, capture_output=True, text=True).stdout
    return {row["id"]: float(row["betweenness"]) for row in csv.DictReader(io.StringIO(out))}


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "net.graphml")
    subprocess.run(["/usr/bin/python3", generator, "--nodes", "3000", "--edges", "9000", "--seed", "3",
                    "-o", path], check=True)
    exact = column([path])
    approx = column([path, "--approximate", "--epsilon", "0.05", "--delta", "0.1", "--seed", "9"])
    worst = max(abs(approx[k] - exact[k]) for k in exact)
    failures = 0
    if not worst <= 0.05:
        print("FAIL: max error %g > epsilon 0.05" % worst)
        failures += 1
    if worst == 0:
        print("FAIL: approximate equals exact: sampling did not run")
        failures += 1
    for bad in (["--epsilon", "0"], ["--delta", "1.5"]):
        rc = subprocess.run([cli, "centrality", path, "--approximate"] + bad, capture_output=True).returncode
        if rc != 2:
            print("FAIL: %s exited %d, expected 2" % (" ".join(bad), rc))
            failures += 1
    print("max error %.5f (epsilon 0.05)" % worst)
    print("%d passed, %d failed" % (3 - min(failures, 3), failures))
    sys.exit(1 if failures else 0)
