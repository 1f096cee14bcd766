#!/usr/bin/env python3
"""PageRank is the same to the bit from run to run.

igraph's PRPACK solver adds its sums on OpenMP threads, in an order that changes from run to run,
so on a large network the last bits of PageRank differed between two runs of the same program
(three runs, three different results at 100,000 nodes). actornet runs igraph on one OpenMP thread
(core/igraph_bridge.h). This runs the driver several times on a seeded random network with
OpenMP asked for 2 and 4 threads, and wants the same output every time.

    reproducible_pagerank.py CENTRALITY_DRIVER
"""
import os
import random
import subprocess
import sys
import tempfile

NODES, EDGES, RUNS = 40000, 200000, 4


def main():
    driver = sys.argv[1]
    rng = random.Random(20261206)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "net.tsv")
        with open(path, "w") as f:
            f.write("directed\t1\n")
            for v in range(NODES):
                f.write("node\tn%d\n" % v)
            for _ in range(EDGES):
                # a skewed out-degree, so PRPACK has work worth splitting
                u = int(NODES * rng.random() ** 2)
                f.write("edge\tn%d\tn%d\t1\t-\n" % (u, rng.randrange(NODES)))
        outputs = set()
        for run in range(RUNS):
            env = dict(os.environ, OMP_NUM_THREADS=str(2 if run % 2 == 0 else 4))
            result = subprocess.run([driver, path, "--measures", "pagerank"], env=env,
                                    capture_output=True, text=True, check=False)
            if result.returncode != 0:
                print("FAIL: driver exit %d: %s" % (result.returncode, result.stderr.strip()))
                print("0 passed, 1 failed")
                return 1
            outputs.add(result.stdout)
        if len(outputs) != 1:
            print("FAIL: %d runs gave %d different PageRank vectors" % (RUNS, len(outputs)))
            print("0 passed, 1 failed")
            return 1
        print("ok: %d runs, one PageRank vector (%d nodes, %d ties)" % (RUNS, NODES, EDGES))
        print("1 passed, 0 failed")
        return 0


if __name__ == "__main__":
    sys.exit(main())
