#!/usr/bin/python3
"""gen_sparse_keys.py — a GraphML file with many keys and one value per key (issue 14, item 3).

    /usr/bin/python3 bench/gen_sparse_keys.py --keys 100000 --nodes 60000 -o sparse.graphml

Every key is a node key of its own (types cycling through double, string, long, int, boolean,
float) and is used exactly once, on a node drawn uniformly (seeded), so almost every column is
empty. A store that keeps rows x columns cells needs keys x nodes cells (6e9 for the sizes above,
from a 9.6 MB input); actornet stores absent values sparsely. The output is a pure function of
the arguments; written streaming.
"""
import argparse
import random
import sys

TYPES = ["double", "string", "long", "int", "boolean", "float"]
VALUES = {"double": "0.5", "string": "x", "long": "4294967296", "int": "7", "boolean": "true",
          "float": "1.5"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=100000)
    parser.add_argument("--nodes", type=int, default=60000)
    parser.add_argument("--edges", type=int, default=0, help="a ring of this many ties (default none)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", default="-")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    by_node = {}
    for k in range(args.keys):
        by_node.setdefault(rng.randrange(args.nodes), []).append(k)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    w = out.write
    w('<?xml version="1.0" encoding="UTF-8"?>\n'
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for k in range(args.keys):
        w(f'<key id="k{k}" for="node" attr.name="k{k}" attr.type="{TYPES[k % len(TYPES)]}"/>\n')
    w('<graph edgedefault="undirected">\n')
    for v in range(args.nodes):
        keys = by_node.get(v)
        if not keys:
            w(f'<node id="n{v}"/>\n')
            continue
        data = "".join(f'<data key="k{k}">{VALUES[TYPES[k % len(TYPES)]]}</data>' for k in keys)
        w(f'<node id="n{v}">{data}</node>\n')
    for e in range(args.edges):
        w(f'<edge source="n{e % args.nodes}" target="n{(e + 1) % args.nodes}"/>\n')
    w('</graph>\n</graphml>\n')
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
