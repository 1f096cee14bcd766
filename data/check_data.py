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
    undirected graphs and for the symmetric relations);
  * a relation that vocabulary.tsv marks symmetric (its `symmetric` column) is stored as an
    undirected edge (directed="false" in a directed graph), and only those are;
  * no alias is used by two actors (nor is one actor's alias another actor's label);
  * a tie whose locator points only at titles of cited works is `reported`, never `stated`;
  * in the proxy network, each actor's `source` lists exactly the papers whose ties cite it
    plus those that name it without a tie (its `named_in`);
  * the teaching example is an exact subset of the proxy network;
  * the counts and vocabulary tables in README.md are the ones this script computes
    (--readme rewrites them);
  * NetworkX (if importable) reads the file. NetworkX refuses a directed graph that holds
    undirected edges ("mixed"; the proxy network's symmetric relations), so such a file is
    read with the per-edge direction taken off (tests/mixed_graphml.py reads it properly).
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
            vocab["row"][(parts[0], parts[1])] = dict(zip(header, parts))
            if parts[0] == "relation" and dict(zip(header, parts)).get("symmetric") == "yes":
                vocab["symmetric"][parts[1]] = parts[2]
    return vocab


def read(path):
    """Return (directed, nodes{id: attrs}, edges[(id, src, dst, attrs)], keys).

    An edge with its own `directed` attribute gets it as the pseudo-attribute '@directed'."""
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
        if el.get("directed") is not None:
            out["@directed"] = el.get("directed")
        return out

    nodes = {}
    for n in graph.findall(NS + "node"):
        if n.get("id") in nodes:
            raise ValueError("duplicate node id %s" % n.get("id"))
        nodes[n.get("id")] = attrs(n, "node")
    edges = [(e.get("id"), e.get("source"), e.get("target"), attrs(e, "edge"))
             for e in graph.findall(NS + "edge")]
    return directed, nodes, edges, keys


ALIAS_SEP = " | "
TITLE = re.compile(r"\btitles?\b", re.I)


def split_aliases(value):
    return [x.strip() for x in (value or "").split(ALIAS_SEP.strip()) if x.strip()]


def check_aliases(nodes):
    """An alias names one actor only: not two actors' alias, not another actor's label."""
    errs = []
    owners = collections.defaultdict(set)
    for nid, a in nodes.items():
        for alias in split_aliases(a.get("aliases")):
            owners[alias.casefold()].add(nid)
    labels = {a.get("label", "").casefold(): nid for nid, a in nodes.items()}
    for alias, ids in sorted(owners.items()):
        if len(ids) > 1:
            errs.append("alias %r used by %s" % (alias, ", ".join(sorted(ids))))
        other = labels.get(alias)
        if other is not None and other not in ids:
            errs.append("alias %r of %s is the label of %s" % (alias, ", ".join(sorted(ids)), other))
    return errs


def title_only(locator):
    """True when every place the locator names (';'-separated) is a title of a cited work."""
    parts = [p.strip() for p in (locator or "").split(";") if p.strip()]
    return bool(parts) and all(TITLE.search(p) for p in parts)


def paper_of(citation):
    """'Toğa & Şahin 2023, doi:…' -> 'Toğa & Şahin 2023' (a node's source names papers without DOI)."""
    return citation.split(",")[0].strip()


def check_sources(nodes, edges):
    """A node's source = the papers whose ties cite it + the papers that name it without a tie."""
    errs = []
    cited = collections.defaultdict(set)
    for _, s, t, a in edges:
        for end in (s, t):
            cited[end].add(paper_of(a.get("source", "")))
    for nid, a in nodes.items():
        listed = {p.strip() for p in (a.get("source") or "").split(";") if p.strip()}
        named = {part.split(":")[0].strip() for part in split_aliases(a.get("named_in"))}
        if listed != cited[nid] | named:
            errs.append("node %s: source %s, but ties cite %s and named_in gives %s" % (
                nid, sorted(listed), sorted(cited[nid]), sorted(named)))
        if named & cited[nid]:
            errs.append("node %s: named_in repeats a paper that already cites it in a tie" % nid)
    return errs


def check_file(path, vocab):
    errs = []
    directed, nodes, edges, _ = read(path)
    for nid, a in nodes.items():
        if not a.get("label"):
            errs.append("node %s: no label" % nid)
        if a.get("type") not in vocab["type"]:
            errs.append("node %s: type %r not in vocabulary" % (nid, a.get("type")))
    errs += check_aliases(nodes)
    if os.path.basename(path) == "proxy-network.graphml":
        errs += check_sources(nodes, edges)
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
        symmetric = a.get("relation") in vocab["symmetric"]
        edge_directed = a.get("@directed", "true" if directed else "false") == "true"
        if symmetric and edge_directed:
            errs.append("%s: %s is symmetric but stored as a directed edge (want directed=\"false\")"
                        % (where, a.get("relation")))
        if not symmetric and not edge_directed and directed:
            errs.append("%s: %s is not symmetric but stored undirected" % (where, a.get("relation")))
        if a.get("confidence") == "stated" and title_only(a.get("locator")):
            errs.append("%s: its locator is only titles of cited works, so it cannot be stated" % where)
        ends = (s, t)
        if not edge_directed:
            ends = tuple(sorted(ends))
        tie = (ends, a.get("relation"), a.get("source"))
        if tie in seen_ties:
            errs.append("%s: duplicate tie (same endpoints, relation and source)" % where)
        seen_ties.add(tie)
    try:
        import io
        import networkx as nx
        with open(path, "rb") as fh:
            raw = fh.read()
        if directed:
            raw = re.sub(rb'(<edge\b[^>]*?)\s+directed="false"', rb"\1", raw)
        nx.read_graphml(io.BytesIO(raw))
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
    semantics = {"type": ["mode"], "relation": ["family", "sign", "symmetric", "flow"], "confidence": []}
    for kind, title in (("type", "Node types (`type`)"), ("relation", "Relations (`relation`)"),
                        ("confidence", "Confidence (`confidence`)")):
        columns = [c for c in semantics[kind] if any(vocab["row"][(kind, n)].get(c) for n in vocab[kind])]
        out.append("**%s**" % title)
        out.append("")
        out.append("| name | definition |" + "".join(" %s |" % c for c in columns))
        out.append("| --- | --- |" + " --- |" * len(columns))
        for name, definition in vocab[kind].items():
            row = vocab["row"][(kind, name)]
            out.append("| `%s` | %s |" % (name, definition.replace("|", "\\|"))
                       + "".join(" %s |" % (row.get(c) or "") for c in columns))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def counts_markdown(files):
    out = []
    for path, (directed, nodes, edges) in files.items():
        name = os.path.basename(path)
        undirected = sum(1 for e in edges if e[3].get("@directed") == "false")
        shape = "directed" if directed else "undirected"
        if directed and undirected:
            shape = "directed; %d of them undirected: the symmetric relations" % undirected
        out.append("#### `%s`: %d nodes, %d edges (%s)" % (name, len(nodes), len(edges), shape))
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
    if "--readme" in sys.argv:
        tmp = readme + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(new)
        os.replace(tmp, readme)
        print("updated counts in data/README.md")
    elif new != text:
        print("README.md: the counts or vocabulary tables are out of date (run check_data.py --readme)")
        total += 1
    print("%d problem(s)" % total)
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
