#!/usr/bin/python3
"""Cross-check the GraphML reader against real NetworkX and python-igraph.

    gen_dialects.py GRAPHML_DUMP OUTDIR

Builds small networks full of edge cases (non-ASCII and XML-special ids,
parallel edges, self-loops, mixed direction, NaN / inf / -0.0, 2**53 + 1,
empty strings, multi-line text, defaults, several keys with one name), writes
them with every GraphML writer available (networkx.write_graphml with its
option variants, write_graphml_lxml, python-igraph's write_graphml) into
OUTDIR, loads each file with our reader (GRAPHML_DUMP --json) and compares
ids, edges, directions, types and values with (a) the network that was
written and (b) what NetworkX / python-igraph read back from the same file.
Exits 0 when everything agrees; prints every disagreement otherwise.
"""
import json
import math
import os
import subprocess
import sys

import networkx as nx


def import_igraph():
    """python-igraph, tolerating a broken matplotlib install (it only draws)."""
    try:
        import igraph
        return igraph
    except Exception:  # noqa: BLE001 - igraph's matplotlib probe can raise RuntimeError
        for name in list(sys.modules):
            if name.startswith("igraph") or name.startswith("matplotlib"):
                del sys.modules[name]
        sys.modules["matplotlib"] = None
        try:
            import igraph
            return igraph
        except Exception as error:  # noqa: BLE001
            print(f"note: python-igraph unavailable ({error}); igraph checks skipped")
            return None


DUMP = sys.argv[1]
OUTDIR = sys.argv[2]
failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)
        print("FAIL", what)


def load_ours(path):
    result = subprocess.run([DUMP, "--json", path], capture_output=True, text=True)
    if result.returncode != 0:
        return None, result.stdout.strip() + result.stderr.strip()
    return json.loads(result.stdout), None


def our_value(column, entry):
    """Python value of one JSON value entry of ours (None when missing)."""
    if entry["state"] == "missing":
        return None
    value = entry["value"]
    if column["type"] in ("float", "double"):
        if isinstance(value, str):  # NaN / INF / -INF
            return float(value.replace("INF", "inf"))
        return float(value)
    return value


def same(a, b, promoted=False):
    if promoted and isinstance(a, float) and isinstance(b, int) and not isinstance(b, bool):
        b = float(b)  # the writer inferred a double key for int values
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if isinstance(a, float) != isinstance(b, float):
        return False
    return a == b


def rows_by_name(ours, domain, count, include_defaults=True):
    """Per row: {attribute name: value} merged over columns with one name."""
    rows = [dict() for _ in range(count)]
    for column in ours["columns"][domain]:
        for row, entry in enumerate(column["values"]):
            if entry["state"] == "missing" or (entry["state"] == "default" and not include_defaults):
                continue
            name = column["name"]
            value = our_value(column, entry)
            if name in rows[row] and entry["state"] == "set":
                check(False, f"{domain} row {row}: two columns named {name!r} are both set")
            if entry["state"] == "set" or name not in rows[row]:
                rows[row][name] = value
    return rows


def defaults_by_name(ours, domain):
    result = {}
    for column in ours["columns"][domain]:
        # a column's default shows in rows whose state is "default"
        for entry in column["values"]:
            if entry["state"] == "default":
                result[column["name"]] = our_value(column, entry)
                break
    return result


def canonical(value, promoted):
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if promoted and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    return repr(value)


def edge_signature(source, target, directed, attributes, promoted=False):
    if not directed:
        source, target = sorted((source, target))
    items = sorted((k, canonical(v, promoted)) for k, v in attributes.items())
    return (source, target, directed, tuple(items))


def compare_with_graph(label, ours, graph, empty_dropped=False, promoted=False,
                       skip_graph_keys=("node_default", "edge_default")):
    """ours (JSON) against a NetworkX graph, written or read back.

    empty_dropped: NetworkX's reader drops empty <data> (we keep ""), so an
    empty string of ours may be absent on its side. promoted: the writer
    inferred a double key for int values."""
    ids = [str(n) for n in graph.nodes]
    check(ours["nodes"] == ids, f"{label}: node ids in file order {ours['nodes']} != {ids}")
    index = {n: i for i, n in enumerate(ours["nodes"])}
    node_rows = rows_by_name(ours, "node", len(ours["nodes"]), include_defaults=False)
    node_defaults = graph.graph.get("node_default", {})
    for node, data in graph.nodes(data=True):
        row = index.get(str(node))
        if row is None:
            continue
        mine = node_rows[row]
        if empty_dropped:
            mine = {k: v for k, v in mine.items() if v != "" or k in data}
        for key, value in data.items():
            check(key in mine and same(mine[key], value, promoted),
                  f"{label}: node {node!r} {key}: ours {mine.get(key)!r} ({type(mine.get(key)).__name__}), "
                  f"NetworkX {value!r} ({type(value).__name__})")
        for key in mine:
            check(key in data, f"{label}: node {node!r} has {key!r} only in ours")
    our_defaults = defaults_by_name(ours, "node")
    for key, value in node_defaults.items():
        if key in our_defaults:
            check(same(our_defaults[key], value), f"{label}: node default {key}: {our_defaults[key]!r} != {value!r}")

    directed = graph.is_directed()
    edge_rows = rows_by_name(ours, "edge", len(ours["edges"]), include_defaults=False)
    if empty_dropped:
        edge_rows = [{k: v for k, v in row.items() if v != ""} for row in edge_rows]
    mine = sorted(edge_signature(e["source"], e["target"], e["directed"], edge_rows[i], promoted)
                  for i, e in enumerate(ours["edges"]))
    theirs = sorted(edge_signature(str(u), str(v), directed,
                                   {k: val for k, val in d.items() if k != "id"}, promoted)
                    for u, v, d in graph.edges(data=True))
    check(mine == theirs, f"{label}: edges differ:\n  ours     {mine}\n  NetworkX {theirs}")

    graph_row = rows_by_name(ours, "graph", 1)[0]
    for key, value in graph.graph.items():
        if key in skip_graph_keys:
            continue
        check(key in graph_row and same(graph_row[key], value, promoted),
              f"{label}: graph {key}: ours {graph_row.get(key)!r}, NetworkX {value!r}")


def build_networkx_graphs():
    graphs = {}

    g = nx.MultiDiGraph(name="cell", year=1977, note="graph\nnote")
    g.graph["node_default"] = {"type": "person"}
    g.add_node("Hüseynçilər", label='Ibrahimbəyli & <Co> "q" 🎙\ttab', type="state", size=3, flag=True,
               score=0.1)
    g.add_node("0", label="", size=2**53 + 1, flag=False, score=float("nan"))
    g.add_node("a b", label="  two\nlines  ", score=float("inf"))
    g.add_node("x&y<z>", score=-0.0, size=-7)
    g.add_node("lonely")
    g.add_edge("Hüseynçilər", "0", relation="commands", weight=0.1, year=1999)
    g.add_edge("Hüseynçilər", "0", relation="funds", weight=1e-300)
    g.add_edge("0", "0", relation="self")
    g.add_edge("a b", "x&y<z>", weight=float("-inf"))
    g.add_edge("x&y<z>", "Hüseynçilər")
    graphs["multidigraph"] = g

    u = nx.Graph()
    u.add_edge(1, 2, weight=3)
    u.add_edge(2, 3, weight=2.5)          # int and float weights: two keys unless inferred
    u.add_edge(3, 1, relation="ally")
    u.nodes[1]["class"] = "unit"
    u.nodes[2]["class"] = "unit"
    u.nodes[3]["rank"] = 12
    graphs["graph_mixed_types"] = u

    k = nx.karate_club_graph()
    graphs["karate"] = k
    return graphs


def networkx_writers():
    writers = {
        "default": lambda g, p: nx.write_graphml(g, p),
        "xml_named_infer": lambda g, p: nx.write_graphml_xml(g, p, named_key_ids=True,
                                                              infer_numeric_types=True),
        "xml_no_prettyprint": lambda g, p: nx.write_graphml_xml(g, p, prettyprint=False),
    }
    try:
        import lxml  # noqa: F401
        writers["lxml"] = lambda g, p: nx.write_graphml_lxml(g, p)
        writers["lxml_named_infer"] = lambda g, p: nx.write_graphml_lxml(g, p, named_key_ids=True,
                                                                          infer_numeric_types=True)
    except ImportError:
        print("note: lxml not installed; write_graphml_lxml skipped")
    return writers


def run_networkx():
    graphs = build_networkx_graphs()
    count = 0
    for graph_name, graph in graphs.items():
        for writer_name, write in networkx_writers().items():
            path = os.path.join(OUTDIR, f"networkx_{graph_name}_{writer_name}.graphml")
            write(graph, path)
            count += 1
            label = os.path.basename(path)
            ours, error = load_ours(path)
            check(ours is not None, f"{label}: our reader failed: {error}")
            if ours is None:
                continue
            promoted = "infer" in writer_name
            compare_with_graph(label + " vs written", ours, graph, promoted=promoted)
            back = nx.read_graphml(path)
            compare_with_graph(label + " vs NetworkX read", ours, back, empty_dropped=True)
    return count


def run_networkx_limits():
    """A Python int beyond 64 bits does not fit attr.type long: refused, with the line."""
    g = nx.Graph()
    g.add_node("a", big=2**70)
    path = os.path.join(OUTDIR, "networkx_int_beyond_64_bits.graphml")
    nx.write_graphml(g, path)
    ours, error = load_ours(path)
    check(ours is None and error.startswith("error AN_EFORMAT line ") and "does not fit in 64 bits" in error,
          f"networkx_int_beyond_64_bits: expected AN_EFORMAT, got {error or 'a load'}")
    return 1


def run_igraph(igraph):
    g = igraph.Graph(directed=True)
    g.add_vertices(5)
    g.vs["name"] = ["Hüseynçilər", "0", "a b", "x&y<z>", "lonely"]
    g.vs["size"] = [1.5, float("nan"), 2.0, float("inf"), -0.0]
    g.vs["leader"] = [True, False, True, False, True]
    g.vs["label"] = ['Ibrahimbəyli & <Co> "q"', "", "two\nlines", "t\tab", "é"]
    g.add_edges([(0, 1), (0, 1), (1, 1), (2, 3), (3, 0)])
    g.es["weight"] = [0.1, 1e-300, 3.0, float("-inf"), 2.5]
    g.es["relation"] = ["commands", "funds", "self", "ally", ""]
    g["name"] = "cell"
    g["year"] = 1977.0
    u = igraph.Graph.Famous("Zachary")
    u.vs["club"] = ["Mr Hi" if i % 2 else "Officer" for i in range(u.vcount())]
    count = 0
    for name, graph in (("directed", g), ("zachary", u)):
        path = os.path.join(OUTDIR, f"igraph_{name}.graphml")
        graph.write_graphml(path)
        count += 1
        label = os.path.basename(path)
        ours, error = load_ours(path)
        check(ours is not None, f"{label}: our reader failed: {error}")
        if ours is None:
            continue
        back = igraph.Graph.Read_GraphML(path)
        for version, source in (("written", graph), ("igraph read", back)):
            tag = f"{label} vs {version}"
            check(len(ours["nodes"]) == source.vcount(), f"{tag}: node count")
            check(ours["nodes"] == [f"n{i}" for i in range(source.vcount())], f"{tag}: node ids")
            node_rows = rows_by_name(ours, "node", len(ours["nodes"]))
            for attribute in source.vs.attributes():
                if attribute == "id":
                    continue
                for i, value in enumerate(source.vs[attribute]):
                    mine = node_rows[i].get(attribute)
                    if isinstance(value, float) and math.isnan(value):
                        check(mine is None or (isinstance(mine, float) and math.isnan(mine)),
                              f"{tag}: vertex {i} {attribute}: ours {mine!r}, igraph NaN (left out)")
                    else:
                        check(mine is not None and same(mine, value),
                              f"{tag}: vertex {i} {attribute}: ours {mine!r}, igraph {value!r}")
            edges = [(int(e["source"][1:]), int(e["target"][1:]), e["directed"]) for e in ours["edges"]]
            check(edges == [(e.source, e.target, source.is_directed()) for e in source.es],
                  f"{tag}: edges in file order")
            edge_rows = rows_by_name(ours, "edge", len(ours["edges"]))
            for attribute in source.es.attributes():
                if attribute == "id":
                    continue
                for i, value in enumerate(source.es[attribute]):
                    mine = edge_rows[i].get(attribute)
                    if isinstance(value, float) and math.isnan(value):
                        check(mine is None, f"{tag}: edge {i} {attribute} NaN")
                    else:
                        check(mine is not None and same(mine, value),
                              f"{tag}: edge {i} {attribute}: ours {mine!r}, igraph {value!r}")
            graph_row = rows_by_name(ours, "graph", 1)[0]
            for attribute in source.attributes():
                check(same(graph_row.get(attribute), source[attribute]),
                      f"{tag}: graph {attribute}: ours {graph_row.get(attribute)!r}, igraph {source[attribute]!r}")
    return count


def main():
    os.makedirs(OUTDIR, exist_ok=True)
    files = run_networkx() + run_networkx_limits()
    igraph = import_igraph()
    if igraph is not None:
        files += run_igraph(igraph)
    print(f"{files} generated files, {checks} checks, {len(failures)} failed")
    print(f"cases: {checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
