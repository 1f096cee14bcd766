#!/usr/bin/env python3
"""No data value reaches DOT, SVG, HTML or CSV unescaped (issue 14, items 1-5).

    check_output_safety.py ACTORNET [--networks N] [--seed S] [--keep DIR]

Property test: N seeded networks whose column names and values are random
text drawn from hostile pieces (quotes, angle brackets, ampersands, Graphviz
attribute names such as URL/href/fontname/style, javascript: and data:
addresses, file paths, formula starts) and random code points. Each goes
through `actornet convert X.graphml X.dot`, `dot -Tsvg`, and `actornet
report` (Graphviz rendering included), and the outputs are parsed:

  - the SVG from dot and the report's .svg files parse as XML; every element
    is one Graphviz draws with, every attribute one Graphviz writes, no
    attribute is an event handler, and every link is http(s) without quotes;
  - report.html and explorer.html parse as HTML; every element and attribute
    name is one the page has for a benign network (tags from the SVG
    allow-list added), no on* attribute, no javascript:/data: link, and as
    many <script> elements as the benign page;
  - the DOT never names a file attribute (image, shapefile, fontpath,
    imagepath) nor a fontname that is a path.

Then the output-directory rules through the CLI: a symlink and a FIFO
planted at convert's and report's outputs are replaced, never followed or
opened; '-' and /dev/stdout write a stream; CSV cells that start a formula
are guarded, and --raw-csv writes them as they are; a report of a network
with a 100 KB label and a 50 KB default stays within 15 times its input, and
so does its explorer.html with long defaults on the tie texts it lists;
`convert x.csv` of a file whose 100 KB defaults apply to every row stays
within 3 times its input (the default is written once, in x.columns.csv),
and a CSV table that would be almost all empty cells is refused.

The test command runs 3 networks; fuzz/run.sh output-safety runs more.
Prints "cases: P passed, F failed".
"""
import argparse
import os
import random
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

PIECES = ['"', "'", "<", ">", "&", "&amp;", "<script>alert(1)</script>", "\" onmouseover=\"alert(1)", "' onload='x",
          "javascript:alert(1)", "data:text/html,<b>x</b>", "/etc/passwd", "/dev/zero", "../../x", "file:///etc/shadow",
          "=HYPERLINK(\"http://e.example\")", "+1+cmd", "-2", "@SUM(A1)", "\t", "]]>", "<!--", "-->", "{", "}", "|",
          "\\", "\\N", "\\G", "url(#x)", "url(http://e.example/)", "http://example.org/a\"b", "https://example.org/",
          "red", "#ff0000", "box", "filled", "setlinewidth(3)", "Times", "12", "1e400", "NaN", "\u202e", "ş", "𝔘"]
ATTRIBUTE_NAMES = ["URL", "href", "target", "tooltip", "fontname", "labelfontname", "color", "fillcolor", "shape",
                   "style", "penwidth", "label", "image", "shapefile", "fontpath", "imagepath", "stylesheet", "id",
                   "class", "xlabel", "headlabel", "edgetooltip", "labeltooltip", "pos", "group", "arrowhead", "dir"]

SVG_ELEMENTS = {"svg", "g", "title", "a", "polygon", "polyline", "ellipse", "path", "text", "tspan", "defs",
                "linearGradient", "radialGradient", "stop"}
SVG_ATTRIBUTES = {"id", "class", "font-family", "cx", "cy", "d", "fill", "fill-opacity", "font-size", "font-style",
                  "font-weight", "fx", "fy", "gradientTransform", "gradientUnits", "height", "offset", "points",
                  "preserveAspectRatio", "r", "rx", "ry", "stop-color", "stop-opacity", "stroke", "stroke-dasharray",
                  "stroke-linecap", "stroke-linejoin", "stroke-opacity", "stroke-width", "style", "text-anchor",
                  "text-decoration", "transform", "viewBox", "width", "x", "x1", "x2", "y", "y1", "y2", "target",
                  "{http://www.w3.org/1999/xlink}href", "{http://www.w3.org/1999/xlink}title", "href", "xlink:href",
                  "xlink:title", "version"}
XML_ESCAPE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from case_tally import check, finish  # noqa: E402


def xml_text(text):
    # keep characters XML 1.0 can hold; GraphML carries them escaped
    text = "".join(c for c in text if c in "\t\n\r" or (0x20 <= ord(c) <= 0xD7FF) or (0xE000 <= ord(c) <= 0xFFFD)
                   or ord(c) >= 0x10000)
    return text.translate(XML_ESCAPE)


def hostile_text(rng):
    parts = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.7:
            parts.append(rng.choice(PIECES))
        else:
            parts.append("".join(chr(rng.choice([rng.randint(0x20, 0x7E), rng.randint(0xA0, 0x2FFF)]))
                                 for _ in range(rng.randint(1, 6))))
    return "".join(parts)


def hostile_graphml(rng):
    n = rng.randint(2, 7)
    # 'type' and 'relation' always exist (the report's lenses need them; main refuses a network without)
    keys, lines = [("node", "kt", "type"), ("edge", "kr", "relation")], []
    names = {("node", "type"), ("edge", "relation")}
    for domain in ("node", "edge"):
        for k in range(rng.randint(2, 6)):
            name = rng.choice(ATTRIBUTE_NAMES) if rng.random() < 0.7 else hostile_text(rng)
            if (domain, name) in names:
                continue
            names.add((domain, name))
            keys.append((domain, "k%s%d" % (domain[0], k), name))
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for domain, key, name in keys:
        out.append('<key id="%s" for="%s" attr.name="%s" attr.type="string"/>' % (key, domain, xml_text(name)))
    out.append('<graph edgedefault="directed">')
    ids = []
    for v in range(n):
        node_id = "v%d %s" % (v, hostile_text(rng))
        ids.append(node_id)
        data = "".join('<data key="%s">%s</data>' % (key, xml_text(hostile_text(rng)))
                       for domain, key, _ in keys if domain == "node" and rng.random() < 0.8)
        out.append('<node id="%s">%s</node>' % (xml_text(node_id), data))
    for _ in range(rng.randint(1, 2 * n)):
        a, b = rng.randrange(n), rng.randrange(n)
        data = "".join('<data key="%s">%s</data>' % (key, xml_text(hostile_text(rng)))
                       for domain, key, _ in keys if domain == "edge" and rng.random() < 0.8)
        out.append('<edge source="%s" target="%s">%s</edge>' % (xml_text(ids[a]), xml_text(ids[b]), data))
    out.append("</graph></graphml>\n")
    return "\n".join(out)


def safe_link(value):
    return re.fullmatch(r"https?://[A-Za-z0-9\[][A-Za-z0-9\-._~:/?#\[\]@!$&()*+,;=%]*", value) is not None


def check_svg(text, what, graphviz_raw):
    try:
        root = ET.fromstring(text.encode("utf-8") if isinstance(text, str) else text)
    except ET.ParseError as error:
        check(False, "%s: SVG does not parse: %s" % (what, error))
        return
    bad = []
    for element in root.iter():
        tag = element.tag.split("}")[-1]
        if tag not in SVG_ELEMENTS:
            bad.append("element " + tag)
        for name, value in element.attrib.items():
            local = name.split("}")[-1]
            if local.lower().startswith("on"):
                bad.append("handler " + name)
            if not graphviz_raw and name not in SVG_ATTRIBUTES:
                bad.append("attribute " + name)
            if local == "href" and not safe_link(value):
                bad.append("link " + value)
    check(not bad, "%s: %s" % (what, bad[:3]))


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.scripts, self.bad = set(), set(), 0, []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if tag == "script":
            self.scripts += 1
        for name, value in attrs:
            self.attributes.add(name)
            if name.startswith("on"):
                self.bad.append("handler " + name)
            if name in ("href", "xlink:href", "src", "action", "formaction") and value:
                if re.match(r"\s*(javascript|data|vbscript):", value, re.I):
                    self.bad.append("link " + value)


def parse_page(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    page.close()
    return page


def run(command, **kwargs):
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300, **kwargs)


def report(actornet, source, directory):
    return run([actornet, "report", source, "-o", directory, "-q", "--replicates", "2", "--timeout", "60"])


def property_runs(actornet, count, seed, work):
    benign = os.path.join(work, "benign")
    done = report(actornet, os.path.join(os.path.dirname(__file__), "..", "..", "data", "teaching-example.graphml"),
                  benign)
    check(done.returncode == 0, "benign report: %s" % done.stderr.decode(errors="replace"))
    if done.returncode != 0:
        return
    pages = {name: parse_page(os.path.join(benign, name)) for name in ("report.html", "explorer.html")}
    svg_names = {e.lower() for e in SVG_ELEMENTS}
    # elements the page's own code writes (sections a benign network may not show, such as warnings)
    sources = os.path.join(os.path.dirname(__file__), "..", "..", "libnet", "report")
    for name in os.listdir(sources):
        if name.endswith(".c"):
            svg_names |= set(re.findall(r"<([a-z][a-z0-9]*)[ >]", open(os.path.join(sources, name), encoding="utf-8").read()))
    rng = random.Random(seed)
    for k in range(count):
        source = os.path.join(work, "hostile-%d.graphml" % k)
        with open(source, "w", encoding="utf-8") as f:
            f.write(hostile_graphml(rng))
        what = "network %d (seed %d)" % (k, seed)
        dot_path = os.path.join(work, "hostile-%d.dot" % k)
        done = run([actornet, "convert", "-q", source, dot_path])
        check(done.returncode == 0, "%s: convert: %s" % (what, done.stderr.decode(errors="replace")))
        if done.returncode != 0:
            continue
        dot_text = open(dot_path, encoding="utf-8").read()
        check(not re.search(r'"(image|shapefile|fontpath|imagepath|stylesheet)"?=', dot_text), what + ": file attribute")
        check(not re.search(r'fontname="[^"]*[/\\.]', dot_text), what + ": fontname path")
        svg = run(["dot", "-Tsvg", dot_path])
        check(svg.returncode == 0, "%s: dot -Tsvg: %s" % (what, svg.stderr.decode(errors="replace")))
        if svg.returncode == 0:
            check_svg(svg.stdout, what + " dot -Tsvg", graphviz_raw=True)
        directory = os.path.join(work, "report-%d" % k)
        done = report(actornet, source, directory)
        check(done.returncode == 0, "%s: report: %s" % (what, done.stderr.decode(errors="replace")))
        if done.returncode != 0:
            continue
        for name in sorted(os.listdir(directory)):
            if name.endswith(".svg"):
                check_svg(open(os.path.join(directory, name), "rb").read(), "%s %s" % (what, name), graphviz_raw=False)
        for name, baseline in pages.items():
            page = parse_page(os.path.join(directory, name))
            check(not page.bad, "%s %s: %s" % (what, name, page.bad[:3]))
            check(page.scripts == baseline.scripts, "%s %s: %d scripts" % (what, name, page.scripts))
            extra_tags = page.tags - baseline.tags - svg_names
            extra_attributes = page.attributes - baseline.attributes - {a.lower() for a in SVG_ATTRIBUTES}
            check(not extra_tags and not extra_attributes,
                  "%s %s: elements %s attributes %s" % (what, name, sorted(extra_tags), sorted(extra_attributes)))
        for name in sorted(os.listdir(directory)):
            if name.endswith(".csv"):
                for line in open(os.path.join(directory, name), encoding="utf-8", newline=""):
                    for cell in re.findall(r'(?:^|,)("(?:[^"]|"")*"|[^,\r\n]*)', line):
                        check(not re.match(r'^"?[=+@]', cell) or cell.startswith("\"'"),
                              "%s %s: formula cell %r" % (what, name, cell[:40]))


def plant(path, kind, victim):
    if kind == "link":
        os.symlink(victim, path)
    else:
        os.mkfifo(path)


def directory_rules(actornet, work):
    teaching = os.path.join(os.path.dirname(__file__), "..", "..", "data", "teaching-example.graphml")
    victim = os.path.join(work, "victim.txt")
    for kind in ("link", "fifo"):
        with open(victim, "w") as f:
            f.write("precious\n")
        for name in ("out.dot", "out.graphml"):
            target = os.path.join(work, kind + "-" + name)
            plant(target, kind, victim)
            done = run([actornet, "convert", "-q", teaching, target])
            check(done.returncode == 0, "convert over a planted %s: %s" % (kind, done.stderr.decode(errors="replace")))
            check(stat.S_ISREG(os.lstat(target).st_mode), "convert over a planted %s: entry replaced" % kind)
            check(open(victim).read() == "precious\n", "convert over a planted %s: victim untouched" % kind)
        directory = os.path.join(work, kind + "-report")
        os.mkdir(directory)
        for name in ("report.html", "report.json", "network.svg", "actors.csv"):
            plant(os.path.join(directory, name), kind, victim)
        done = run([actornet, "report", teaching, "-o", directory, "-q", "--replicates", "0"])
        check(done.returncode == 0, "report over planted %ss: %s" % (kind, done.stderr.decode(errors="replace")))
        for name in ("report.html", "report.json", "network.svg", "actors.csv"):
            check(stat.S_ISREG(os.lstat(os.path.join(directory, name)).st_mode), "report: %s %s replaced" % (kind, name))
        check(open(victim).read() == "precious\n", "report over planted %ss: victim untouched" % kind)
    # streams named explicitly
    for stream in ("-", "/dev/stdout"):
        done = run([actornet, "convert", "-q", teaching, stream])
        check(done.returncode == 0 and done.stdout.startswith(b"<?xml") and b"</graphml>" in done.stdout,
              "convert to %s writes GraphML on standard output" % stream)
    # formula cells through convert
    source = os.path.join(work, "formula.graphml")
    with open(source, "w") as f:
        f.write('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                '<key id="l" for="node" attr.name="label" attr.type="string"/><graph edgedefault="directed">'
                '<node id="a"><data key="l">=HYPERLINK("http://e.example","x")</data></node>'
                '<node id="@b"><data key="l">-7</data></node><edge source="a" target="@b"/></graph></graphml>')
    out = os.path.join(work, "formula.csv")
    done = run([actornet, "convert", "-q", source, out])
    nodes = open(os.path.join(work, "formula.nodes.csv"), encoding="utf-8").read()
    check(done.returncode == 0 and "\"'=HYPERLINK" in nodes and "\"'@b\",-7" in nodes, "convert guards formulas: %r" % nodes)
    done = run([actornet, "convert", "-q", "--raw-csv", source, out])
    nodes = open(os.path.join(work, "formula.nodes.csv"), encoding="utf-8").read()
    check(done.returncode == 0 and '"=HYPERLINK(""http' in nodes and "\n@b,-7" in nodes, "--raw-csv: %r" % nodes)


def write_graphml(work, name, lines):
    """Write keys and graph `lines` inside the GraphML document element (the graph closed); the path."""
    path = os.path.join(work, name)
    with open(path, "w") as f:
        f.write("\n".join(['<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
                          + lines + ['</graph></graphml>']))
    return path


def report_without_drawings(actornet, source, replicates, what):
    """The report of `source` (no Graphviz) into the directory named after it; None when it failed."""
    directory = os.path.splitext(source)[0]
    done = run([actornet, "report", source, "-o", directory, "-q", "--replicates", str(replicates), "--no-render"])
    check(done.returncode == 0, "%s report: %s" % (what, done.stderr.decode(errors="replace")))
    return directory if done.returncode == 0 else None


def amplification(actornet, work):
    """A hub's 100 KB label and a 50 KB default source on every tie (206 KB of GraphML): the report
    stays within 15 times the input (it was 130 MB, 630 times, before long texts were cut)."""
    n = 300
    out = ['<key id="l" for="node" attr.name="label" attr.type="string"/>',
           '<key id="t" for="node" attr.name="type" attr.type="string"/>',
           '<key id="r" for="edge" attr.name="relation" attr.type="string"/>',
           '<key id="s" for="edge" attr.name="source" attr.type="string"><default>%s</default></key>' % ("S" * 50000),
           '<graph edgedefault="directed">',
           '<node id="hub"><data key="l">Hub %s</data><data key="t">state</data></node>' % ("x" * 100000)]
    out += ['<node id="n%d"><data key="t">person</data></node>' % i for i in range(n)]
    out += ['<edge source="hub" target="n%d"><data key="r">funds</data></edge>' % i for i in range(n)]
    out += ['<edge source="n%d" target="n%d"><data key="r">commands</data></edge>' % (i, i + 1) for i in range(n - 1)]
    source = write_graphml(work, "amplified.graphml", out)
    directory = report_without_drawings(actornet, source, 2, "amplification")
    if directory is None:
        return
    total = sum(os.path.getsize(os.path.join(directory, name)) for name in os.listdir(directory))
    check(total <= 15 * os.path.getsize(source), "amplification: %d bytes of report from %d bytes of input"
          % (total, os.path.getsize(source)))
    page = open(os.path.join(directory, "report.html"), encoding="utf-8").read()
    check("the full text is in network.graphml" in page, "amplification: the cut label says where the full text is")
    back = open(os.path.join(directory, "network.graphml"), encoding="utf-8").read()
    check("x" * 100000 in back, "amplification: network.graphml keeps the full label")


def label_amplification(actornet, work):
    """Three actors with 399-byte labels (kept whole: under the 400-byte cut) and 6,000 bare ties
    among them (240 KB of GraphML, 30 bytes a tie): every row of the tie table and every tie
    tooltip named two 400-byte labels, 63 times the input in all (issue 14 item 3). Names in tie
    rows are now cut above 80 bytes: within 25 times the input (about 20 now; a bare tie costs the
    input 30 bytes, a table row and a tooltip cost about 230 each whatever the names), the actor
    tables keep the label whole, and the tie table says that names were cut."""
    names = {"a": "A " + "y" * 397, "b": "B " + "z" * 397, "c": "C " + "w" * 397}
    out = ['<key id="l" for="node" attr.name="label" attr.type="string"/>', '<graph edgedefault="directed">']
    out += ['<node id="%s"><data key="l">%s</data></node>' % (node, label) for node, label in names.items()]
    out += ['<edge source="%s" target="%s"/>' % ("abc"[i % 3], "abc"[(i + 1) % 3]) for i in range(6000)]
    source = write_graphml(work, "long-names.graphml", out)
    directory = report_without_drawings(actornet, source, 2, "label amplification")
    if directory is None:
        return
    size_in = os.path.getsize(source)
    total = sum(os.path.getsize(os.path.join(directory, name)) for name in os.listdir(directory))
    check(total <= 25 * size_in, "long labels in tie rows: %d bytes of report from %d bytes of input (%.1f times)"
          % (total, size_in, total / size_in))
    page = open(os.path.join(directory, "report.html"), encoding="utf-8").read()
    check(names["a"] in page, "the actor table keeps a 399-byte label whole")
    check("3 actor names longer than 80 bytes are cut short" in page, "the tie table says names were cut")
    ties = page[page.index('id="ties"'):]
    check(names["a"] not in ties and "A " + "y" * 62 + "…" in ties,
          "a tie row names an actor by its first 64 bytes and an ellipsis")


def long_defaults_file(work, name, rows, size):
    """GraphML whose node and edge keys have `size`-byte defaults that every one of `rows` nodes
    and ties takes (and a third, short default, repeated as before); its path."""
    out = ['<key id="d" for="node" attr.name="note" attr.type="string"><default>%s</default></key>' % ("N" * size),
           '<key id="k" for="node" attr.name="type" attr.type="string"><default>person</default></key>',
           '<key id="s" for="edge" attr.name="evidence" attr.type="string"><default>=%s</default></key>'
           % ("E" * size),
           '<key id="c" for="edge" attr.name="locator" attr.type="string"><default>%s</default></key>' % ("C" * size),
           '<graph edgedefault="directed">']
    out += ['<node id="n%d"/>' % i for i in range(rows)]
    out += ['<edge source="n%d" target="n%d"/>' % (i, (i * 7 + 1) % rows) for i in range(rows)]
    return write_graphml(work, name, out)


def csv_amplification(actornet, work):
    """convert x.csv of 300 KB of GraphML whose 100 KB defaults apply to every node and tie: within
    3 times the input (it was 90 MB, 285 times, when every row repeated the default)."""
    source = long_defaults_file(work, "defaults.graphml", 300, 100000)
    out = os.path.join(work, "defaults.csv")
    done = run([actornet, "convert", "-q", source, out])
    check(done.returncode == 0, "convert x.csv with long defaults: %s" % done.stderr.decode(errors="replace"))
    if done.returncode != 0:
        return
    names = ["defaults.nodes.csv", "defaults.edges.csv", "defaults.columns.csv"]
    present = [name for name in names if os.path.exists(os.path.join(work, name))]
    check(present == names, "convert x.csv writes %s (found %s)" % (names, present))
    if present != names:
        return
    total = sum(os.path.getsize(os.path.join(work, name)) for name in names)
    check(total <= 3 * os.path.getsize(source), "convert x.csv: %d bytes of CSV from %d bytes of input"
          % (total, os.path.getsize(source)))
    nodes = open(os.path.join(work, names[0]), encoding="utf-8", newline="").read()
    check(nodes.startswith("id,note,type\r\nn0,,person\r\n"), "long default: empty field, short one repeated: %r"
          % nodes[:60])
    columns = open(os.path.join(work, names[2]), encoding="utf-8", newline="").read()
    check(columns == "table,column,type,default\r\nnode,note,string,%s\r\nnode,type,string,person\r\n"
          "edge,evidence,string,\"'=%s\"\r\nedge,locator,string,%s\r\n" % ("N" * 100000, "E" * 100000, "C" * 100000),
          "the columns table holds every default whole, once (guarded)")
    # --full-defaults repeats them (small file: 3 rows)
    small = long_defaults_file(work, "few.graphml", 3, 1000)
    done = run([actornet, "convert", "-q", "--full-defaults", small, os.path.join(work, "few.csv")])
    nodes = open(os.path.join(work, "few.nodes.csv"), encoding="utf-8").read()
    check(done.returncode == 0 and nodes.count("N" * 1000) == 3, "--full-defaults repeats the default in every row")


def csv_sparse_refusal(actornet, work):
    """3,000 node keys with one value each on 3,000 nodes (300 KB): a node table of 9 million cells,
    almost all empty (9 MB, 26 times the input; 100,000 x 60,000 would be 6 GB) is refused with a
    clear message, and nothing is written."""
    out = ['<key id="k%d" for="node" attr.name="k%d" attr.type="string"/>' % (i, i) for i in range(3000)]
    out += ['<graph edgedefault="directed">']
    out += ['<node id="n%d"><data key="k%d">x</data></node>' % (i, (i * 7) % 3000) for i in range(3000)]
    source = write_graphml(work, "sparse.graphml", out)
    done = run([actornet, "convert", "-q", source, os.path.join(work, "sparse.csv")])
    written = [name for name in os.listdir(work) if name.startswith("sparse.") and name.endswith(".csv")]
    check(done.returncode != 0 and b"write GraphML" in done.stderr and not written,
          "convert x.csv of a mostly empty table: exit %d, %r, wrote %s" % (done.returncode, done.stderr[:200], written))


def explorer_amplification(actornet, work):
    """4,000 ties that each take three 401-byte defaults (evidence, locator, source: declared once,
    free per tie) and a hub with a 100 KB label: explorer.html stays within 12 times the input
    (5.6 now; 14.5 when a default was cut like a text the row spells out), and the whole report
    within 40 times (23 now, 59 before)."""
    rows, size = 4000, 401
    out = ['<key id="l" for="node" attr.name="label" attr.type="string"/>']
    out += ['<key id="%s" for="edge" attr.name="%s" attr.type="string"><default>%s</default></key>'
            % (name[0], name, name[0].upper() * size) for name in ("evidence", "locator", "source")]
    out += ['<graph edgedefault="directed">', '<node id="hub"><data key="l">Hub %s</data></node>' % ("x" * 100000)]
    out += ['<node id="%d"/>' % i for i in range(100)]
    out += ['<edge source="hub" target="%d"/>' % i for i in range(100)]
    out += ['<edge source="%d" target="%d"/>' % (i % 100, (i * 7 + 1 + i // 100) % 100) for i in range(rows)]
    source = write_graphml(work, "explorer-defaults.graphml", out)
    directory = report_without_drawings(actornet, source, 0, "explorer amplification")
    page = os.path.join(directory or work, "explorer.html")
    if directory is None or not os.path.exists(page):
        check(False, "explorer amplification: no explorer.html")
        return
    size_in = os.path.getsize(source)
    check(os.path.getsize(page) <= 12 * size_in, "explorer.html: %d bytes from %d bytes of input"
          % (os.path.getsize(page), size_in))
    total = sum(os.path.getsize(os.path.join(directory, name)) for name in os.listdir(directory))
    check(total <= 40 * size_in, "report with long defaults: %d bytes from %d bytes of input" % (total, size_in))
    text = open(page, encoding="utf-8").read()
    check("the default, 401 bytes, is in network.graphml" in text, "explorer: a long default says where it is whole")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("actornet")
    parser.add_argument("--networks", type=int, default=3)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--keep")
    args = parser.parse_args()
    if not shutil.which("dot"):
        print("dot not found: install graphviz", file=sys.stderr)
        print("cases: 0 passed, 1 failed")
        return 1
    work = args.keep or tempfile.mkdtemp(prefix="actornet-output-safety-")
    os.makedirs(work, exist_ok=True)
    try:
        directory_rules(args.actornet, work)
        amplification(args.actornet, work)
        label_amplification(args.actornet, work)
        csv_amplification(args.actornet, work)
        csv_sparse_refusal(args.actornet, work)
        explorer_amplification(args.actornet, work)
        property_runs(args.actornet, args.networks, args.seed, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
