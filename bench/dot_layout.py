#!/usr/bin/env python3
"""How long Graphviz takes to lay out actornet's DOT, by network size (issue 17, item 5).

    bench/dot_layout.py ACTORNET [--timeout S] [--sizes N:M,N:M,...] [--seeds K]

For each size and each of two shapes (uniform: endpoints drawn uniformly;
heavy-tailed: endpoints drawn log-uniformly, as bench/gen_graphml.py does),
a seeded network is written as GraphML, converted with `ACTORNET convert
X.graphml X.dot`, and laid out with `dot -Tsvg`:

  - "dot engine": the DOT with actornet's layout lines removed, i.e. Graphviz's
    default engine (dot) with its default splines: what every file got before;
  - "as written": the DOT exactly as actornet writes it (above the size limit
    it selects sfdp with straight edges; see include/actornet/dot.h);

each with a wall-clock timeout (default 60 s; "> 60" when it ran out). Prints
one Markdown table. Not part of the test command.
"""
import argparse
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time

DEFAULT_SIZES = "50:100,50:200,50:400,100:200,100:300,100:400,100:800,150:300,200:300,200:400,200:600," \
                "300:600,300:2400,400:500,400:800,800:1000,1500:19000"


def graphml(n, m, shape, seed):
    rng = random.Random(seed)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n',
           '<key id="l" for="node" attr.name="label" attr.type="string"/>\n',
           '<key id="r" for="edge" attr.name="relation" attr.type="string"/>\n',
           '<graph edgedefault="directed">\n']
    for v in range(n):
        out.append('<node id="n%d"><data key="l">Actor %d</data></node>\n' % (v, v))

    def endpoint():
        if shape == "uniform":
            return rng.randrange(n)
        return min(n - 1, int(math.exp(rng.uniform(0, math.log(n)))) - 1)

    for _ in range(m):
        a, b = endpoint(), endpoint()
        out.append('<edge source="n%d" target="n%d"><data key="r">funds</data></edge>\n' % (a, b))
    out.append('</graph>\n</graphml>\n')
    return "".join(out)


def timed(command, timeout):
    start = time.monotonic()
    try:
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    seconds = time.monotonic() - start
    if done.returncode != 0:
        raise SystemExit("%s failed: %s" % (" ".join(command), done.stderr.decode(errors="replace")))
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actornet")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--sizes", default=DEFAULT_SIZES)
    parser.add_argument("--seeds", type=int, default=1)
    args = parser.parse_args()
    sizes = [tuple(int(x) for x in pair.split(":")) for pair in args.sizes.split(",")]
    show = lambda s: "> %.0f" % args.timeout if s is None else "%.2f" % s
    print("| shape | actors | ties | seed | dot engine (s) | as written (s) | actornet wrote |")
    print("|---|---:|---:|---:|---:|---:|---|")
    with tempfile.TemporaryDirectory() as work:
        for n, m in sizes:
            for shape in ("uniform", "heavy-tailed"):
                for seed in range(1, args.seeds + 1):
                    source, written, plain = (os.path.join(work, name) for name in ("in.graphml", "as.dot", "dot.dot"))
                    with open(source, "w") as f:
                        f.write(graphml(n, m, shape, seed))
                    subprocess.run([args.actornet, "convert", "-q", source, written], check=True)
                    text = open(written).read()
                    chosen = re.findall(r'^  (layout|splines)=(\S+);', text, re.M)
                    with open(plain, "w") as f:
                        f.write(re.sub(r'^  (layout|splines|outputorder)=\S+;\n', "", text, flags=re.M))
                    engine = timed(["dot", "-Tsvg", plain], args.timeout)
                    as_written = timed(["dot", "-Tsvg", written], args.timeout)
                    print("| %s | %d | %d | %d | %s | %s | %s |" % (shape, n, m, seed, show(engine), show(as_written),
                          ", ".join("%s=%s" % c for c in chosen) or "Graphviz's defaults"), flush=True)


if __name__ == "__main__":
    sys.exit(main())
