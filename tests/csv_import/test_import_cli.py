"""`actornet import` against independent readers: Python's csv module and pandas read the
tables `convert` writes with the same rows and values as NetworkX reads from the GraphML;
the imported GraphML, read by NetworkX, equals the original; a spreadsheet written by
Python's csv module (semicolons, BOM, CR LF, quotes, line breaks) imports with the values
csv reads; and the CLI's errors, exit codes and atomic output.
Usage: test_import_cli.py ACTORNET DATA_DIR
"""
import csv
import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import xml.etree.ElementTree as ET

import networkx as nx
import pandas as pd

actornet, data = sys.argv[1], Path(sys.argv[2])
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def run(*args, cwd=None):
    return subprocess.run([actornet, *map(str, args)], capture_output=True, text=True, cwd=cwd)


NS = "{http://graphml.graphdrawing.org/xmlns}"
CASTS = {"boolean": lambda t: t.strip().lower() in ("true", "1"), "int": int, "long": int,
         "float": float, "double": float, "string": str}


def graphml(path):
    """Nodes (id, attributes) and edges (source, target, directed, id, attributes) in file
    order, typed by the keys, read with xml.etree (NetworkX refuses mixed-direction files)."""
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("attr.name"), CASTS[k.get("attr.type", "string")])
            for k in root.iter(NS + "key")}
    graph = root.find(NS + "graph")
    default = graph.get("edgedefault", "directed") == "directed"

    def values(element):
        return {keys[d.get("key")][0]: keys[d.get("key")][1](d.text or "") for d in element.findall(NS + "data")}

    nodes = [(n.get("id"), values(n)) for n in graph.findall(NS + "node")]
    edges = [(e.get("source"), e.get("target"),
              default if e.get("directed") is None else e.get("directed") == "true", e.get("id"), values(e))
             for e in graph.findall(NS + "edge")]
    return nodes, edges


def read_table(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


work = Path(tempfile.mkdtemp(prefix="csv_import_"))

# 1. Every bundled network: Python's csv module and pandas read convert's tables with the
#    values NetworkX reads from the GraphML; the imported network equals the original.
for source in sorted(data.glob("*.graphml")):
    name = source.stem
    r = run("convert", source, work / (name + ".csv"), "-q")
    check(r.returncode == 0, "%s: convert to csv: %s" % (name, r.stderr))
    original_nodes, original_edges = graphml(source)
    node_rows = read_table(work / (name + ".nodes.csv"))
    edge_rows = read_table(work / (name + ".edges.csv"))
    header = node_rows[0]
    check(header[0] == "id" and [row[0] for row in node_rows[1:]] == [n for n, _ in original_nodes],
          "%s: node ids in csv order" % name)
    mismatched = 0
    for row, (node, attributes) in zip(node_rows[1:], original_nodes):
        for column, cell in zip(header[1:], row[1:]):
            value = attributes.get(column)
            expected = "" if value is None else ("true" if value is True else "false" if value is False
                                                 else str(value))
            mismatched += cell != expected and not (isinstance(value, str) and cell == "'" + value)
    check(mismatched == 0, "%s: %d node cells differ from NetworkX's values" % (name, mismatched))
    check(len(edge_rows) - 1 == len(original_edges), "%s: edge rows %d vs %d" % (
        name, len(edge_rows) - 1, len(original_edges)))
    frame = pd.read_csv(work / (name + ".edges.csv"), keep_default_na=False, dtype=str)
    check(len(frame) == len(original_edges) and list(frame.columns[:4]) == ["source", "target", "directed", "id"],
          "%s: pandas reads %d edge rows, columns %s" % (name, len(frame), list(frame.columns[:4])))
    # import, with the GraphML file's types for columns a table cannot type (all empty)
    out = work / (name + ".back.graphml")
    r = run("import", work / (name + ".csv"), "-o", out, "--types-from", source, "--no-validate",
            *([] if ET.parse(source).getroot().find(NS + "graph").get("edgedefault") != "undirected"
              else ["--undirected"]))
    check(r.returncode == 0, "%s: import: %s" % (name, r.stderr))
    back_nodes, back_edges = graphml(out)
    check(back_nodes == original_nodes, "%s: nodes and node attributes after the round trip" % name)
    check(back_edges == original_edges, "%s: edges and edge attributes after the round trip" % name)


def key_declarations(path):
    """(for, attr.name) -> (attr.type, default text or None), read with xml.etree."""
    root = ET.parse(path).getroot()
    out = {}
    for k in root.iter(NS + "key"):
        default = k.find(NS + "default")
        out[(k.get("for"), k.get("attr.name"))] = (k.get("attr.type", "string"),
                                                   None if default is None else (default.text or ""))
    return out


# 1b. With the columns table convert writes (NAME.columns.csv), `import NAME.csv` needs no
#     hints: every bundled network comes back with the same values, key types and defaults.
for source in sorted(data.glob("*.graphml")):
    name = source.stem
    out = work / (name + ".exact.graphml")
    r = run("import", work / (name + ".csv"), "-o", out, "--no-validate",
            *([] if ET.parse(source).getroot().find(NS + "graph").get("edgedefault") != "undirected"
              else ["--undirected"]))
    check(r.returncode == 0, "%s: import with the columns table: %s" % (name, r.stderr))
    check(graphml(out) == graphml(source), "%s: values after convert + import (columns table, no hints)" % name)
    theirs = {k: v for k, v in key_declarations(source).items() if k[0] in ("node", "edge")}
    ours = {k: v for k, v in key_declarations(out).items() if k[0] in ("node", "edge")}
    check(ours == theirs, "%s: key types and defaults after convert + import: %s" % (
        name, sorted(set(ours.items()) ^ set(theirs.items()))[:4]))

# Long defaults: convert leaves the cells of a default over its row budget empty and writes
# the default once, in the columns table; import reads it back as the default of every row.
long_source = work / "long-defaults.graphml"
long_source.write_text("\n".join(
    ['<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
     '<key id="d" for="node" attr.name="note" attr.type="string"><default>%s</default></key>' % ("N" * 5000),
     '<key id="y" for="edge" attr.name="year" attr.type="int"><default>2013</default></key>',
     '<key id="s" for="edge" attr.name="evidence" attr.type="string"><default>=%s</default></key>' % ("E" * 3000),
     '<graph edgedefault="directed">']
    + ['<node id="n%d"/>' % i for i in range(20)]
    + ['<node id="own"><data key="d">its own note</data></node>']
    + ['<edge source="n%d" target="n%d"/>' % (i, (i + 1) % 20) for i in range(20)]
    + ['<edge source="own" target="n0"><data key="y">2018</data><data key="s">stated</data></edge>',
       '</graph></graphml>']), encoding="utf-8")
r = run("convert", "-q", long_source, work / "long.csv")
check(r.returncode == 0 and "N" * 5000 not in (work / "long.nodes.csv").read_text(),
      "convert writes a long default once, not in the rows: %s" % r.stderr)
r = run("import", work / "long.csv", "-o", work / "long.back.graphml", "--no-validate")
check(r.returncode == 0, "import long.csv: %s" % r.stderr)
check(key_declarations(work / "long.back.graphml") == key_declarations(long_source),
      "long defaults come back as declared defaults (types too)")


def resolved(path):
    """graphml(path) with each absent value read as its key's default (what every row means)."""
    nodes, edges = graphml(path)
    declared = key_declarations(path)
    casts = {k: CASTS[t] for k, (t, d) in declared.items()}
    fill = {domain: {name: casts[(domain, name)](d) for (f, name), (t, d) in declared.items()
                     if f == domain and d is not None} for domain in ("node", "edge")}
    return ([(n, {**fill["node"], **a}) for n, a in nodes],
            [(u, v, di, i, {**fill["edge"], **a}) for u, v, di, i, a in edges])


# a short default is repeated in the rows (within the row budget), so those rows come back
# with it as their own value: the same value, read the same by every analysis
check(resolved(work / "long.back.graphml") == resolved(long_source), "long defaults: every row's value back")
r = run("import", work / "long.csv", "-o", work / "long.nocols.graphml", "--no-validate", "--no-columns")
check(r.returncode == 0 and ("node", "note") in key_declarations(work / "long.nocols.graphml")
      and key_declarations(work / "long.nocols.graphml")[("node", "note")][1] is None,
      "--no-columns: the tables alone do not know the default")
bad = work / "bad.columns.csv"
bad.write_text("table,column,type,default\r\nnode,note,text,\r\n", encoding="utf-8")
r = run("import", work / "long.edges.csv", "--nodes", work / "long.nodes.csv", "--columns", bad, "-o",
        work / "never.graphml", "--no-validate")
check(r.returncode == 1 and "bad.columns.csv:2:11:" in r.stderr and "not a type" in r.stderr
      and not (work / "never.graphml").exists(), "a bad columns table: FILE:LINE:COL, nothing written: %s" % r.stderr)

# Wide hostile tables: 99,990 attribute columns in a header, or 100,000 listed in a columns
# table, took 24 s and 15 s of CPU when each new column was checked against every other
# (quadratic); now a hash table: bounded here at 5 s of CPU (a hang guard, not a benchmark).
import resource


def cpu_seconds_of(*args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = run(*args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return done, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


wide = work / "wide.edges.csv"
wide.write_text("source,target," + ",".join("c%d" % i for i in range(99990)) + "\na,b" + "," * 99990 + "\n")
done, cpu = cpu_seconds_of("import", wide, "-o", work / "wide.graphml", "--no-validate", "-q")
check(done.returncode == 0 and cpu < 5, "99,990 columns in a header: exit %d, %.1f s CPU" % (done.returncode, cpu))
(work / "many.columns.csv").write_text("table,column,type,default\n" + "".join(
    "node,c%d,int,%d\n" % (i, i) for i in range(100000)))
done, cpu = cpu_seconds_of("import", work / "long.edges.csv", "--nodes", work / "long.nodes.csv", "--columns",
                           work / "many.columns.csv", "-o", work / "many.graphml", "--no-validate", "-q")
check(done.returncode == 0 and cpu < 5, "100,000 listed columns: exit %d, %.1f s CPU" % (done.returncode, cpu))

# The Done-when of issue 17 on the command line, with no type hints at all: the bundled
# proxy network back from `convert` tables, the same nodes, edges and typed values.
r = run("import", work / "proxy-network.nodes.csv", work / "proxy-network.edges.csv", "-o", work / "proxy.graphml")
check(r.returncode == 0 and "0 warnings" in r.stderr, "proxy import without hints: %s" % r.stderr)
check(graphml(work / "proxy.graphml") == graphml(data / "proxy-network.graphml"),
      "proxy network round trip without type hints")

# 2. A spreadsheet written by Python's csv module: semicolons, UTF-8 with BOM, CR LF, and
#    cells with quotes, semicolons, line breaks, accents, leading spaces.
rows = [["From", "To", "relation", "year", "weight", "note", "source"],
        ["Tehran", "Qom", "funds", "1992", "0.25", 'said "yes"; twice', "Toğa & Şahin 2023, §3"],
        ["Qom", "Ganja", "trains", "2013", "1", "two\nlines", "  padded"],
        ["Ganja", "Tehran", "supports", "", "-3.5e-2", "", "Kızılyurt 2023"]]
buffer = io.StringIO()
csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
sheet = work / "sheet.csv"
sheet.write_text(buffer.getvalue(), encoding="utf-8-sig")
actors = work / "actors.csv"
with open(actors, "w", newline="", encoding="utf-8") as handle:
    csv.writer(handle).writerows([["id", "label", "type"], ["Tehran", "Tehran, Iran", "place"],
                                  ["Qom", "Qom", "place"]])
r = run("import", actors, sheet, "-o", work / "sheet.graphml")
check(r.returncode == 0, "hand-made sheet imports: %s" % r.stderr)
check("sheet.csv:3:5: target 'Ganja' is not in the node table" in r.stderr, "missing endpoint warned: %s" % r.stderr)
check("sheet.csv:3: edge #0 (Tehran -> Qom): relation 'funds'" not in r.stderr and "no confidence" in r.stderr,
      "validation findings printed as warnings")
read_back = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig")), delimiter=";"))
graph = nx.read_graphml(work / "sheet.graphml", force_multigraph=True)
check(list(graph.nodes) == ["Tehran", "Qom", "Ganja"], "node order: node table first, then new endpoints")
edges = list(graph.edges(data=True))
check(len(edges) == 3, "three ties")
for (u, v, attributes), row in zip(edges, read_back[1:]):
    check((u, v) == (row[0], row[1]), "endpoints %s %s" % (u, v))
    check(attributes.get("note", "") == row[5] and attributes.get("source") == row[6],
          "text cells equal the csv module's: %r" % attributes)
    check(attributes.get("year") == (int(row[3]) if row[3] else None), "year typed int: %r" % attributes)
    check(attributes.get("weight") == float(row[4]), "weight typed double: %r" % attributes)
check(graph.nodes["Tehran"]["label"] == "Tehran, Iran", "quoted node label")

# 3. The CLI: errors with FILE:LINE:COL, exit 1, no output written, an old output kept.
bad = work / "bad.csv"
bad.write_text('source,target,note\na,b,"unterminated\n', encoding="utf-8")
target = work / "kept.graphml"
target.write_text("old", encoding="utf-8")
r = run("import", bad, "-o", target)
check(r.returncode == 1 and "bad.csv:2:5: unterminated quoted field" in r.stderr, "error position: %s" % r.stderr)
check(target.read_text() == "old", "failed import leaves the output as it was")
check(not any(p.name.startswith(".kept.graphml") for p in work.iterdir()), "no temporary file left")
r = run("import", bad, "-o", work / "never.graphml")
check(not (work / "never.graphml").exists(), "failed import writes no output")
bad.write_bytes(b"source,target\nab,c\xff\n")
r = run("import", bad, "-o", work / "never.graphml")
check(r.returncode == 1 and "bad.csv:2:5: invalid UTF-8" in r.stderr, "bad UTF-8: %s" % r.stderr)
r = run("import", actors, sheet, "-o", work / "never.graphml", "--strict")
check(r.returncode == 1 and "not in the node table" in r.stderr and not (work / "never.graphml").exists(),
      "--strict refuses: %s" % r.stderr)
r = run("import", sheet)
check(r.returncode == 2 and "no output file" in r.stderr, "no -o is a usage error")
r = run("import", sheet, "-o", work / "x.txt")
check(r.returncode == 2, "unknown output format is a usage error")
r = run("import", "-o", work / "x.graphml")
check(r.returncode == 2, "no edge table is a usage error")
r = run("import", sheet, "-o", "-", "--no-validate", "-q")
check(r.returncode == 0 and r.stdout.startswith("<?xml") and r.stderr == "", "GraphML to standard output, quiet")
r = run("import", "--help")
check(r.returncode == 0 and "actornet import [NODES.csv] EDGES.csv" in r.stdout, "--help")
r = run("import", "/nonexistent/e.csv", "-o", work / "x.graphml")
check(r.returncode == 1 and "/nonexistent/e.csv: cannot open" in r.stderr, "missing file: %s" % r.stderr)

print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
