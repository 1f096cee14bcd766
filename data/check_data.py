#!/usr/bin/python3
"""Self-check of the bundled data (not the project's C validator).

    /usr/bin/python3 data/check_data.py            # check every data/*.graphml
    /usr/bin/python3 data/check_data.py --readme   # also rewrite the counts in data/README.md

Checks, for every GraphML file in data/:
  * well-formed XML in the GraphML namespace, keys declared with attr.name/attr.type;
  * every node has a label and a type from vocabulary.tsv;
  * every edge has an id, a relation and confidence from vocabulary.tsv, a source and a locator;
  * no dangling node ids, no duplicate node ids or edge ids;
  * no two ties identical in endpoints, relation and source (endpoints unordered in
    undirected graphs and for the symmetric relations kin_of and rivals);
  * the teaching example is an exact subset of the proxy network;
  * NetworkX (if importable) reads the file.
Standard library only, apart from the optional NetworkX read.
"""
import collections
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "{http://graphml.graphdrawing.org/xmlns}"
SYMMETRIC = {"kin_of", "rivals", "interacts_with", "marriage", "business"}
# Optional semantics columns of vocabulary.tsv (see include/actornet/vocabulary.h).
SEMANTICS = {"mode", "family", "sign", "symmetric", "flow"}


def load_vocab():
    vocab = collections.defaultdict(dict)
    with open(os.path.join(HERE, "vocabulary.tsv"), encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        assert header[:3] == ["kind", "name", "definition"], "bad vocabulary header %r" % header
        assert set(header[3:]) <= SEMANTICS, "unknown vocabulary columns %r" % header[3:]
        for i, line in enumerate(fh, 2):
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            assert len(parts) == len(header) and parts[2], "vocabulary.tsv line %d malformed" % i
            assert parts[0] in ("type", "relation", "confidence"), "vocabulary.tsv line %d kind" % i
            assert parts[1] not in vocab[parts[0]], "vocabulary.tsv line %d duplicate" % i
            vocab[parts[0]][parts[1]] = parts[2]
    return vocab


def read(path):
    """Return (directed, nodes{id: attrs}, edges[(id, src, dst, attrs)], keys)."""
    root = ET.parse(path).getroot()
    if root.tag != NS + "graphml":
        raise ValueError("root is not graphml in the GraphML namespace")
    keys = {}
    for k in root.findall(NS + "key"):
        if not k.get("attr.name") or not k.get("attr.type"):
            raise ValueError("key %s lacks attr.name or attr.type" % k.get("id"))
        keys[k.get("id")] = (k.get("for"), k.get("attr.name"), k.get("attr.type"))
    graph = root.find(NS + "graph")
    directed = graph.get("edgedefault") == "directed"

    def attrs(el, domain):
        out = {}
        for d in el.findall(NS + "data"):
            k = keys.get(d.get("key"))
            if k is None or k[0] not in (domain, "all"):
                raise ValueError("data for undeclared key %s" % d.get("key"))
            value = d.text or ""
            if k[2] in ("int", "long"):
                int(value)
            out[k[1]] = value
        return out

    nodes = {}
    for n in graph.findall(NS + "node"):
        if n.get("id") in nodes:
            raise ValueError("duplicate node id %s" % n.get("id"))
        nodes[n.get("id")] = attrs(n, "node")
    edges = [(e.get("id"), e.get("source"), e.get("target"), attrs(e, "edge"))
             for e in graph.findall(NS + "edge")]
    return directed, nodes, edges, keys


def check_file(path, vocab):
    errs = []
    directed, nodes, edges, _ = read(path)
    for nid, a in nodes.items():
        if not a.get("label"):
            errs.append("node %s: no label" % nid)
        if a.get("type") not in vocab["type"]:
            errs.append("node %s: type %r not in vocabulary" % (nid, a.get("type")))
    seen_ids, seen_ties = set(), set()
    for eid, s, t, a in edges:
        where = "edge %s (%s -> %s)" % (eid, s, t)
        if not eid:
            errs.append("%s: no id" % where)
        elif eid in seen_ids:
            errs.append("%s: duplicate edge id" % where)
        seen_ids.add(eid)
        for end in (s, t):
            if end not in nodes:
                errs.append("%s: dangling node id %s" % (where, end))
        if a.get("relation") not in vocab["relation"]:
            errs.append("%s: relation %r not in vocabulary" % (where, a.get("relation")))
        if a.get("confidence") not in vocab["confidence"]:
            errs.append("%s: confidence %r not in vocabulary" % (where, a.get("confidence")))
        for req in ("source", "locator"):
            if not a.get(req):
                errs.append("%s: no %s" % (where, req))
        ends = (s, t)
        if not directed or a.get("relation") in SYMMETRIC:
            ends = tuple(sorted(ends))
        tie = (ends, a.get("relation"), a.get("source"))
        if tie in seen_ties:
            errs.append("%s: duplicate tie (same endpoints, relation and source)" % where)
        seen_ties.add(tie)
    try:
        import networkx as nx
        nx.read_graphml(path)
    except ImportError:
        pass
    except Exception as exc:  # pragma: no cover
        errs.append("networkx cannot read it: %s" % exc)
    return errs, directed, nodes, edges


def check_subset(vocab):
    _, pn, pe, _ = read(os.path.join(HERE, "proxy-network.graphml"))
    _, tn, te, _ = read(os.path.join(HERE, "teaching-example.graphml"))
    errs = []
    for nid, a in tn.items():
        if pn.get(nid) != a:
            errs.append("teaching example node %s differs from proxy network" % nid)
    pe_by_id = {e[0]: e for e in pe}
    for e in te:
        if pe_by_id.get(e[0]) != e:
            errs.append("teaching example edge %s differs from proxy network" % e[0])
    induced = [e for e in pe if e[1] in tn and e[2] in tn]
    if len(induced) != len(te):
        errs.append("teaching example lacks some ties among its actors")
    if not 10 <= len(tn) <= 15:
        errs.append("teaching example has %d actors (want 10-15)" % len(tn))
    return errs


def table(title, counter, vocab_kind=None):
    lines = ["| %s | count |" % title, "| --- | ---: |"]
    for name, n in sorted(counter.items(), key=lambda x: (-x[1], x[0])):
        lines.append("| `%s` | %d |" % (name, n))
    return lines


def vocab_markdown(vocab):
    out = []
    for kind, title in (("type", "Node types (`type`)"), ("relation", "Relations (`relation`)"),
                        ("confidence", "Confidence (`confidence`)")):
        out.append("**%s**" % title)
        out.append("")
        out.append("| name | definition |")
        out.append("| --- | --- |")
        for name, definition in vocab[kind].items():
            out.append("| `%s` | %s |" % (name, definition.replace("|", "\\|")))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def counts_markdown(files):
    out = []
    for path, (directed, nodes, edges) in files.items():
        name = os.path.basename(path)
        out.append("#### `%s`: %d nodes, %d edges (%s)" % (
            name, len(nodes), len(edges), "directed" if directed else "undirected"))
        out.append("")
        out += table("node type", collections.Counter(a.get("type") for a in nodes.values()))
        out.append("")
        out += table("relation", collections.Counter(e[3].get("relation") for e in edges))
        out.append("")
        out += table("confidence", collections.Counter(e[3].get("confidence") for e in edges))
        if name == "proxy-network.graphml":
            out.append("")
            out += table("edge source", collections.Counter(e[3].get("source") for e in edges))
            out.append("")
            out += table("node source", collections.Counter(a.get("source") for a in nodes.values()))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main():
    vocab = load_vocab()
    paths = sorted(glob.glob(os.path.join(HERE, "*.graphml")))
    total = 0
    files = collections.OrderedDict()
    order = ["proxy-network.graphml", "teaching-example.graphml", "karate.graphml",
             "florentine.graphml", "southern-women.graphml"]
    paths.sort(key=lambda p: (order.index(os.path.basename(p)) if os.path.basename(p) in order else 99, p))
    for path in paths:
        errs, directed, nodes, edges = check_file(path, vocab)
        files[path] = (directed, nodes, edges)
        for e in errs:
            print("%s: %s" % (os.path.basename(path), e))
        total += len(errs)
        print("%-28s %4d nodes %4d edges  %s" % (os.path.basename(path), len(nodes), len(edges),
                                                  "OK" if not errs else "%d problem(s)" % len(errs)))
    if os.path.exists(os.path.join(HERE, "teaching-example.graphml")):
        errs = check_subset(vocab)
        for e in errs:
            print(e)
        total += len(errs)
    # vocabulary entries used nowhere are fine, but say so
    used_t = {a.get("type") for _, n, _ in files.values() for a in n.values()}
    used_r = {e[3].get("relation") for _, _, es in files.values() for e in es}
    unused = sorted(set(vocab["type"]) - used_t) + sorted(set(vocab["relation"]) - used_r)
    if unused:
        print("vocabulary entries not used by any bundled file: %s" % ", ".join(unused))
    if "--readme" in sys.argv:
        readme = os.path.join(HERE, "README.md")
        text = open(readme, encoding="utf-8").read()
        block = "<!-- counts:begin (generated by check_data.py --readme) -->\n\n%s\n<!-- counts:end -->" % (
            counts_markdown(files))
        new, n = re.subn(r"<!-- counts:begin.*?<!-- counts:end -->", lambda m: block, text, flags=re.S)
        if n != 1:
            sys.exit("README.md has no counts block")
        vblock = "<!-- vocab:begin (generated by check_data.py --readme from vocabulary.tsv) -->\n\n%s\n<!-- vocab:end -->" % (
            vocab_markdown(vocab))
        new, n = re.subn(r"<!-- vocab:begin.*?<!-- vocab:end -->", lambda m: vblock, new, flags=re.S)
        if n != 1:
            sys.exit("README.md has no vocab block")
        with open(readme, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(new)
        print("updated counts in data/README.md")
    print("%d problem(s)" % total)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
