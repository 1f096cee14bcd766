"""The bundled data is current and data/check_data.py catches what it promises to catch.

usage: /usr/bin/python3 test_check_data.py DATA_DIR

1. data/check_data.py passes on the bundled files; build_proxy_network.py --check and
   make_teaching_example.py --check find the committed files current (so the GraphML, the
   README's changelog, counts and vocabulary tables are what the scripts produce).
2. On a scratch copy of data/ with one defect planted at a time, check_data.py fails and names
   the defect: an alias used by two actors; a tie whose locator is only a cited work's title but
   marked stated; a symmetric relation stored as a directed edge, or stored twice (A-B and B-A);
   a non-symmetric relation stored undirected; the symmetric set taken from vocabulary.tsv (mark
   a relation symmetric there and its directed edges fail); an actor's source list that
   disagrees with the ties citing it; stale README tables.
Prints "cases: N passed, M failed".
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

DATA = os.path.abspath(sys.argv[1])
PYTHON = "/usr/bin/python3"
passed = failed = 0


def check(condition, what, detail=""):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, detail[-1500:])


def run(script, *args, cwd=None):
    return subprocess.run([PYTHON, script] + list(args), capture_output=True, text=True, timeout=120, cwd=cwd)


# 1. the real files
for script, args in (("check_data.py", []), ("build_proxy_network.py", ["--check"]),
                     ("make_teaching_example.py", ["--check"])):
    done = run(os.path.join(DATA, script), *args)
    check(done.returncode == 0, "%s %s passes on the bundled data" % (script, " ".join(args)),
          done.stdout + done.stderr)

# 2. planted defects, one per scratch copy
NAMES = ("check_data.py", "vocabulary.tsv", "README.md", "proxy-network.graphml", "teaching-example.graphml",
         "karate.graphml", "florentine.graphml", "southern-women.graphml")


def planted(what, edit, expect, file="proxy-network.graphml"):
    work = tempfile.mkdtemp(prefix="actornet-data-")
    try:
        for name in NAMES:
            shutil.copy(os.path.join(DATA, name), work)
        path = os.path.join(work, file)
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        changed = edit(text)
        check(changed != text, what + ": the defect was planted")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(changed)
        done = run(os.path.join(work, "check_data.py"))
        out = done.stdout + done.stderr
        check(done.returncode == 1 and re.search(expect, out) is not None, what + ": check_data.py fails and says so", out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def node(text, nid):
    """The <node> element of id nid, as text."""
    return re.search(r'<node id="%s">.*?</node>' % re.escape(nid), text).group(0)


def edge_where(text, relation, extra=""):
    """The first <edge> element with this relation (and containing extra), as text."""
    for m in re.finditer(r"<edge [^>]*>.*?</edge>", text):
        if '<data key="e_relation">%s</data>' % relation in m.group(0) and extra in m.group(0):
            return m.group(0)
    raise SystemExit("no %s edge" % relation)


def with_alias(text, nid, alias):
    element = node(text, nid)
    if "n_aliases" in element:
        new = re.sub(r'(<data key="n_aliases">)', r"\1%s | " % alias, element, count=1)
    else:
        new = element.replace('<data key="n_type">', '<data key="n_aliases">%s</data><data key="n_type">' % alias)
    return text.replace(element, new)


planted("an alias on two actors",
        lambda t: with_alias(with_alias(t, "ilham_aliyev", "Aliyev"), "heydar_aliyev", "Aliyev"),
        r"alias 'aliyev' used by heydar_aliyev, ilham_aliyev")
planted("an alias that is another actor's label",
        lambda t: with_alias(t, "heydar_aliyev", "Ilham Aliyev"),
        r"alias 'ilham aliyev' of heydar_aliyev is the label of ilham_aliyev")


def title_stated(text):
    element = edge_where(text, "instigated", "title")
    return text.replace(element, element.replace("<data key=\"e_confidence\">reported</data>",
                                                 "<data key=\"e_confidence\">stated</data>"))


planted("a stated tie resting only on a title", title_stated, r"only titles of cited works, so it cannot be stated")


def one_way(text):
    element = edge_where(text, "kin_of")
    return text.replace(element, element.replace(' directed="false"', ""))


planted("a symmetric relation stored one-way", one_way, r"kin_of is symmetric but stored as a directed edge")


def twice(text):
    element = edge_where(text, "rivals")
    source, target = re.search(r'source="([^"]+)" target="([^"]+)"', element).groups()
    mirror = element.replace('source="%s" target="%s"' % (source, target), 'source="%s" target="%s"' % (target, source))
    mirror = re.sub(r'id="e\d+"', 'id="e9999"', mirror)
    return text.replace(element, element + "\n    " + mirror)


planted("a symmetric relation stored twice (A-B and B-A)", twice, r"duplicate tie")


def undirected_directed_relation(text):
    element = edge_where(text, "commands")
    return text.replace(element, element.replace("<edge ", '<edge directed="false" ', 1))


planted("a non-symmetric relation stored undirected", undirected_directed_relation,
        r"commands is not symmetric but stored undirected")


def supports_symmetric(text):
    return re.sub(r"(relation\tsupports\t[^\n]*\t)no(\t[a-z]+)\n", r"\1yes\2\n", text)


planted("the symmetric set comes from vocabulary.tsv", supports_symmetric,
        r"supports is symmetric but stored as a directed edge", file="vocabulary.tsv")


def wrong_source(text):
    element = node(text, "elchibey")     # cited by K's ties only
    return text.replace(element, element.replace('<data key="n_source">Kızılyurt 2023</data>',
                                                 '<data key="n_source">Toğa &amp; Şahin 2023; Kızılyurt 2023</data>'))


planted("an actor's source list that disagrees with its ties", wrong_source, r"node elchibey: source")


def unnamed_mention(text):
    element = node(text, "qassem_soleimani")   # named by K without a tie: named_in records where
    return text.replace(element, re.sub(r'<data key="n_named_in">[^<]*</data>', "", element))


planted("a source paper with neither a tie nor a named_in place", unnamed_mention, r"node qassem_soleimani: source")


def stale_counts(text):
    return text.replace("#### `proxy-network.graphml`: ", "#### `proxy-network.graphml`: 1", 1)


planted("README tables out of date", stale_counts, r"out of date", file="README.md")

print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
