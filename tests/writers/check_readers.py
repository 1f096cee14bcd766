#!/usr/bin/python3
"""Read the GraphML our writer produces with two independent readers —
NetworkX (nx.read_graphml) and python-igraph (Graph.Read_GraphML) — and check
that ids, directions, edge ids, types and values are what the model holds.

usage: check_readers.py TEST_GRAPHML_WRITE

TEST_GRAPHML_WRITE --emit DIR writes DIR/NAME.graphml and DIR/NAME.expected:
one fact per line, strings hex-encoded ("-" none, "=" the empty string):

    directed  0|1
    node      ID
    edge      INDEX SOURCE TARGET EDGE_ID
    column    DOMAIN NAME TYPE
    default   DOMAIN NAME TYPE TEXT
    value     DOMAIN ROW NAME TYPE set|default|missing TEXT

Known behaviour of the readers, compared accordingly (see
/work/shared/reference/igraph-graphml-pitfalls.md):
  NetworkX  keeps only set values (defaults go to G.graph["node_default"] /
            ["edge_default"]); int and long are Python ints, float and double
            floats; drops a <data> whose text is empty, so a set "" is absent;
            a multigraph's edge ids are its edge keys.
  igraph    refuses a file with a subnormal number (e.g. 4.9e-324: strtod
            reports ERANGE), so the numbers sample is also written without it;
            stores every number as a double (so 9007199254740993 reads as
            9007199254740992.0: compared as float(value)); fills absent values
            with the default, else NaN / "" / False; keeps node ids in the "id"
            vertex attribute and edge ids in the "id" edge attribute ("" when
            none).
Must be run with /usr/bin/python3 (Debian's networkx and igraph).
"""
import math
import os
import subprocess
import sys
import tempfile

# python-igraph pulls in matplotlib for plotting; keep it from needing a display or config.
os.environ.setdefault("MPLBACKEND", "Agg")

try:
    import networkx as nx
    import igraph
except ImportError as missing:  # meson counts exit status 77 as skipped
    print(f"skipped: {missing} (install python3-networkx and python3-igraph)")
    sys.exit(77)

failures = []


def text_of(field):
    if field == "-":
        return None
    if field == "=":
        return ""
    return bytes.fromhex(field).decode("utf-8")


def parse(type_name, text):
    """A value as NetworkX reads it for this GraphML type."""
    if type_name == "boolean":
        return text == "true"
    if type_name in ("int", "long"):
        return int(text)
    if type_name in ("float", "double"):
        return float(text)
    return text


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    return type(a) is type(b) and a == b


def check(condition, message):
    if not condition:
        failures.append(message)


class Expected:
    def __init__(self, path):
        self.directed = False
        self.nodes = []
        self.edges = []          # (source, target, id)
        self.columns = []        # (domain, name, type)
        self.defaults = {}       # (domain, name) -> value
        self.values = {}         # (domain, row, name) -> (type, state, value)
        with open(path, encoding="ascii") as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                kind = fields[0]
                if kind == "directed":
                    self.directed = fields[1] == "1"
                elif kind == "node":
                    self.nodes.append(text_of(fields[1]))
                elif kind == "edge":
                    self.edges.append((text_of(fields[2]), text_of(fields[3]), text_of(fields[4])))
                elif kind == "column":
                    self.columns.append((fields[1], text_of(fields[2]), fields[3]))
                elif kind == "default":
                    self.defaults[(fields[1], text_of(fields[2]))] = parse(fields[3], text_of(fields[4]))
                elif kind == "value":
                    domain, row, name, type_name, state = fields[1], int(fields[2]), text_of(fields[3]), fields[4], fields[5]
                    text = text_of(fields[6])
                    self.values[(domain, row, name)] = (type_name, state, None if text is None else parse(type_name, text))

    def set_values(self, domain, row):
        """{name: value} of the values explicitly set on a row."""
        out = {}
        for (d, r, name), (_, state, value) in self.values.items():
            if d == domain and r == row and state == "set":
                out[name] = value
        return out


def compare_dicts(what, actual, expected):
    for name in sorted(set(actual) | set(expected)):
        if name not in actual:
            check(False, f"{what}: {name!r} missing (expected {expected[name]!r})")
        elif name not in expected:
            check(False, f"{what}: unexpected {name!r} = {actual[name]!r}")
        else:
            check(same(actual[name], expected[name]),
                  f"{what}: {name!r} is {actual[name]!r} ({type(actual[name]).__name__}), "
                  f"expected {expected[name]!r} ({type(expected[name]).__name__})")


def networkx_view(values):
    """NetworkX drops <data> with empty text: a set "" reads as absent."""
    return {k: v for k, v in values.items() if v != ""}


def check_networkx(name, path, x):
    G = nx.read_graphml(path)
    check(G.is_directed() == x.directed, f"{name}/networkx: directed is {G.is_directed()}")
    check(list(G.nodes) == x.nodes, f"{name}/networkx: node ids {list(G.nodes)} != {x.nodes}")
    for row, node in enumerate(x.nodes):
        if node in G.nodes:
            compare_dicts(f"{name}/networkx node {node!r}", G.nodes[node], networkx_view(x.set_values("node", row)))
    graph_data = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default")}
    compare_dicts(f"{name}/networkx graph", graph_data, networkx_view(x.set_values("graph", 0)))
    for domain in ("node", "edge"):
        expected = {n: v for (d, n), v in x.defaults.items() if d == domain}
        compare_dicts(f"{name}/networkx {domain} defaults", G.graph.get(domain + "_default", {}), expected)

    def key(u, v):
        return (u, v) if x.directed else tuple(sorted((u, v)))

    actual = []
    if G.is_multigraph():
        for u, v, k, data in G.edges(keys=True, data=True):
            actual.append((key(u, v), k if isinstance(k, str) else None, sorted(data.items())))
    else:
        for u, v, data in G.edges(data=True):
            data = dict(data)
            actual.append((key(u, v), data.pop("id", None), sorted(data.items())))
    expected = []
    for row, (u, v, edge_id) in enumerate(x.edges):
        expected.append((key(u, v), edge_id, sorted(networkx_view(x.set_values("edge", row)).items())))
    canonical = lambda items: sorted(repr(item) for item in items)  # noqa: E731
    check(canonical(actual) == canonical(expected),
          f"{name}/networkx: edges differ:\n  actual   {sorted(map(repr, actual))}\n  expected {sorted(map(repr, expected))}")


def igraph_expected(x, domain, row, column_name, type_name):
    """What igraph holds for a value: the value, else the default, else its missing marker."""
    _, state, value = x.values[(domain, row, column_name)]
    if state == "missing":
        value = {"boolean": False, "string": ""}.get(type_name, float("nan"))
    if type_name in ("int", "long", "float", "double"):
        return float(value)
    return value


def check_igraph(name, path, x):
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed() == x.directed, f"{name}/igraph: directed is {g.is_directed()}")
    check(g.vs["id"] == x.nodes if g.vcount() else not x.nodes, f"{name}/igraph: node ids differ")
    ids = g.vs["id"] if g.vcount() else []
    for domain, column_name, type_name in x.columns:
        if domain == "graph":
            actual = [g[column_name]] if column_name in g.attributes() else None
            rows = 1
        elif domain == "node":
            actual = g.vs[column_name] if column_name in g.vs.attributes() else None
            rows = len(x.nodes)
        else:
            actual = g.es[column_name] if column_name in g.es.attributes() else None
            rows = len(x.edges)
        if rows == 0:
            continue
        if actual is None:
            check(False, f"{name}/igraph: {domain} attribute {column_name!r} not read")
            continue
        for row in range(rows):
            expected = igraph_expected(x, domain, row, column_name, type_name)
            check(same(actual[row], expected),
                  f"{name}/igraph {domain} {row} {column_name!r}: {actual[row]!r}, expected {expected!r}")
    check(g.ecount() == len(x.edges), f"{name}/igraph: {g.ecount()} edges, expected {len(x.edges)}")
    has_ids = "id" in g.es.attributes()
    for row, (u, v, edge_id) in enumerate(x.edges[: g.ecount()]):
        s, t = g.es[row].tuple
        actual = (ids[s], ids[t])
        if not x.directed:
            actual, expected = sorted(actual), sorted((u, v))
        else:
            expected = (u, v)
        check(list(actual) == list(expected), f"{name}/igraph edge {row}: {actual} != {expected}")
        if has_ids:
            check(g.es[row]["id"] == (edge_id or ""), f"{name}/igraph edge {row}: id {g.es[row]['id']!r} != {edge_id!r}")
        else:
            check(edge_id is None, f"{name}/igraph edge {row}: id {edge_id!r} not read")


def has_subnormal(x):
    return any(isinstance(v, float) and 0 < abs(v) < 2.2250738585072014e-308
               for (_, _, v) in x.values.values())


def main():
    emitter = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="actornet-readers-") as directory:
        subprocess.run([emitter, "--emit", directory], check=True)
        names = sorted(f[: -len(".graphml")] for f in os.listdir(directory) if f.endswith(".graphml"))
        passed = 0
        for name in names:
            path = os.path.join(directory, name + ".graphml")
            x = Expected(os.path.join(directory, name + ".expected"))
            for reader, function in (("networkx", check_networkx), ("igraph", check_igraph)):
                before = len(failures)
                try:
                    function(name, path, x)
                except Exception as error:  # a reader refusing the file is a failure too
                    if reader == "igraph" and has_subnormal(x) and "Failed to parse real number" in str(error):
                        print(f"     igraph refuses subnormal numbers (its strtod ERANGE check); "
                              f"{name}-normal checks the rest")
                    else:
                        failures.append(f"{name}/{reader}: {type(error).__name__}: {error}")
                ok = len(failures) == before
                passed += ok
                print(f"{'ok  ' if ok else 'FAIL'} {name}.graphml read by {reader}")
                for message in failures[before:]:
                    print("     " + message)
    print(f"cases: {passed} passed, {2 * len(names) - passed} failed")
    return 1 if failures or not names else 0


if __name__ == "__main__":
    sys.exit(main())
