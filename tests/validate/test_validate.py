"""`actornet validate`: passes on every bundled file; on broken copies it fails
with one message per problem naming the element and its line.
Usage: test_validate.py ACTORNET DATA_DIR
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

actornet, data = sys.argv[1], Path(sys.argv[2])
passed = failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def run(*args):
    return subprocess.run([actornet, *map(str, args)], capture_output=True, text=True)


# 1. every bundled file is valid
for path in sorted(data.glob("*.graphml")):
    r = run("validate", path)
    check(r.returncode == 0 and "0 problems" in r.stdout, "%s should validate: %s%s" % (path, r.stdout, r.stderr))

source = (data / "proxy-network.graphml").read_text(encoding="utf-8")
lines = source.split("\n")


def line_of(pattern, start=0):
    """1-based line of the first line matching `pattern` at or after line index `start`."""
    for i in range(start, len(lines)):
        if re.search(pattern, lines[i]):
            return i + 1
    raise AssertionError(pattern)


# the key ids the file uses for type, locator
key_id = {m.group(2): m.group(1) for m in re.finditer(r'<key id="([^"]+)"[^>]*attr\.name="([^"]+)"', source)}
for name in ("type", "relation", "locator", "confidence"):
    check(name in key_id, "key %s declared" % name)

def element_span(text, tag, nth):
    """(start, end) offsets of the nth (0-based) <tag ...>...</tag> element in text."""
    starts = [m.start() for m in re.finditer(r"<%s[ >]" % tag, text)]
    start = starts[nth]
    return start, text.index("</%s>" % tag, start) + len("</%s>" % tag)


def line_at(text, offset):
    return text.count("\n", 0, offset) + 1


def edit(text, tag, nth, pattern, replacement):
    start, end = element_span(text, tag, nth)
    element, count = re.subn(pattern, replacement, text[start:end], count=1)
    assert count == 1, (tag, nth, pattern)
    return text[:start] + element + text[end:]


def element_id(text, tag, nth):
    start, _ = element_span(text, tag, nth)
    return re.match(r'<%s id="([^"]+)"' % tag, text[start:]).group(1)


with tempfile.TemporaryDirectory() as tmp:
    text = source
    # (a) an unknown class on the first node
    node_id, first_node_line = element_id(text, "node", 0), line_at(text, element_span(text, "node", 0)[0])
    text = edit(text, "node", 0, r'(<data key="%s">)[^<]*' % re.escape(key_id["type"]), r"\1spaceship")
    # (b) the first edge loses its locator
    edge_id, first_edge_line = element_id(text, "edge", 0), line_at(text, element_span(text, "edge", 0)[0])
    text = edit(text, "edge", 0, r'<data key="%s">[^<]*</data>' % re.escape(key_id["locator"]), "")
    # (c) an unknown relation on the second edge
    second_id, second_edge_line = element_id(text, "edge", 1), line_at(text, element_span(text, "edge", 1)[0])
    text = edit(text, "edge", 1, r'(<data key="%s">)[^<]*' % re.escape(key_id["relation"]), r"\1teleports")
    # (d) a duplicate of the third edge (same endpoints, relation, source) with a new id, just before </graph>
    third_id = element_id(text, "edge", 2)
    start, end = element_span(text, "edge", 2)
    third_edge_line = line_at(text, start)
    copy = re.sub(r'<edge id="[^"]+"', '<edge id="duplicate_tie"', text[start:end], count=1)
    graph_end = text.index("</graph>")
    text = text[:graph_end] + copy + "\n" + text[graph_end:]
    duplicate_line = line_at(text, graph_end)
    broken = text.split("\n")
    path = Path(tmp) / "broken.graphml"
    path.write_text("\n".join(broken), encoding="utf-8")
    r = run("validate", path)
    out = r.stderr
    check(r.returncode == 1, "broken copy exits 1 (got %d)" % r.returncode)
    check("4 problems" in r.stdout, "four problems counted: %s" % r.stdout)
    check("%s:%d: node '%s': type 'spaceship' is not in the vocabulary" % (path, first_node_line, node_id) in out,
          "unknown class named with its line:\n" + out)
    check("%s:%d: edge '%s'" % (path, first_edge_line, edge_id) in out and "no locator" in out,
          "missing locator named with its line:\n" + out)
    check(re.search(r"%s:%d: edge '%s' \([^)]*\): relation 'teleports' is not in the vocabulary"
                    % (re.escape(str(path)), second_edge_line, re.escape(second_id)), out) is not None,
          "unknown relation named with its line:\n" + out)
    check(("%s:%d: edge 'duplicate_tie'" % (path, duplicate_line)) in out
          and ("as edge '%s' (line %d)" % (third_id, third_edge_line)) in out,
          "duplicate tie named with both lines:\n" + out)

    # (e) a dangling id fails the load itself, with file:line:col
    dangling = source.replace('target="%s"' % re.search(r'target="([^"]+)"', lines[first_edge_line - 1]).group(1),
                              'target="nobody_at_all"', 1)
    path2 = Path(tmp) / "dangling.graphml"
    path2.write_text(dangling, encoding="utf-8")
    r = run("validate", path2)
    check(r.returncode == 1 and re.search(r"%s:\d+:\d+: .*nobody_at_all" % re.escape(str(path2)), r.stderr),
          "dangling id refused with location: " + r.stderr)

    # (f) a broken vocabulary file is reported with its line
    vocab = Path(tmp) / "vocabulary.tsv"
    vocab.write_text("kind\tname\tdefinition\ntype\tstate\tA state.\nspecies\tcat\tA cat.\n")
    r = run("validate", data / "karate.graphml", "--vocabulary", vocab)
    check(r.returncode == 1 and "%s:3:" % vocab in r.stderr, "bad vocabulary line named: " + r.stderr)

    # (g) symmetric relations (vocabulary: kin_of, rivals) are stored once and undirected
    keys = "".join('<key id="%s" for="%s" attr.name="%s" attr.type="string"/>' % (name, dom, name)
                   for name, dom in (("type", "node"), ("relation", "edge"), ("confidence", "edge"),
                                     ("source", "edge"), ("locator", "edge")))
    nodes = "".join('<node id="%s"><data key="type">person</data></node>\n' % v for v in "abcd")

    def tie(eid, a, b, relation, source, directed=None):
        flag = "" if directed is None else ' directed="%s"' % directed
        return ('<edge id="%s" source="%s" target="%s"%s><data key="relation">%s</data>'
                '<data key="confidence">stated</data><data key="source">%s</data>'
                '<data key="locator">p. 1</data></edge>\n' % (eid, a, b, flag, relation, source))
    ties = [tie("kin_directed", "a", "b", "kin_of", "s1"),                 # problem: arrow on a symmetric tie
            tie("kin_once", "a", "c", "kin_of", "s1", "false"),            # fine
            tie("kin_back", "c", "a", "kin_of", "s1", "false"),            # problem: kin_once again, reversed
            tie("rival_1", "b", "d", "rivals", "s1", "false"),             # fine
            tie("rival_2", "d", "b", "rivals", "s2", "false"),             # fine: another source's evidence
            tie("order", "a", "d", "commands", "s1"),                      # fine: directed relation
            tie("order_back", "d", "a", "commands", "s1")]                 # fine: the other way is another tie
    text = ('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' + keys +
            '\n<graph edgedefault="directed">\n' + nodes + "".join(ties) + "</graph></graphml>\n")
    path3 = Path(tmp) / "symmetric.graphml"
    path3.write_text(text, encoding="utf-8")
    r = run("validate", path3)
    out = r.stderr
    check(r.returncode == 1 and "2 problems" in r.stdout, "two symmetric-storage problems: %s%s" % (r.stdout, out))
    check("edge 'kin_directed' (a -> b): relation 'kin_of' is symmetric but stored as a directed tie" in out,
          "directed kin_of named:\n" + out)
    check(re.search(r"edge 'kin_back' \(c -- a\): same endpoints, relation and source as edge 'kin_once' "
                    r"\(line \d+\); 'kin_of' is symmetric, so both directions are one tie", out) is not None,
          "reversed kin_of named as the same tie:\n" + out)
    check("rival_" not in out and "order" not in out, "other ties not flagged:\n" + out)

print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
