"""Tests of explorer.html (the report's interactive page).

usage: check_explorer.py MODE ACTORNET SOURCE_ROOT WORK_DIR

MODE is one of:
  model         explorer/test/model.test.mjs in Node: the folding table, search, filters, lenses
                and the shortest chain on a network worked by hand
  reproducible  explorer/dist/explorer.js is, byte for byte, what explorer/build.mjs makes from
                src/ and the packages of package-lock.json (npm ci in WORK_DIR); skipped (77)
                without npm
  browser       the page of the bundled network in headless Chromium (playwright-core from the
                lock file, Debian's /usr/bin/chromium): it draws, search folds diacritics, a click
                on an actor lists its ties with their citations, the year slider leaves the ties
                an independent count from the GraphML file expects, the report's chain and the
                shortest cited chain (checked against a brute-force search here) are highlighted,
                keyboard, drag; no console error, no request leaves the file. Screenshot kept in
                WORK_DIR/explorer-screenshot.png
  hostile       a network whose ids, labels, aliases, classes, relations, citations and evidence
                are hostile strings: the page holds exactly its two scripts, no value becomes
                markup or runs, and each value shows as the same text
Prints "cases: N passed, M failed" and exits 1 on any failure.
"""
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

mode, actornet, root, work = sys.argv[1:5]
explorer = os.path.join(root, "explorer")
npm_dir = os.path.join(work, "npm")
passed = failed = 0
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def finish():
    print("cases: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


def relay(result, what):
    """Show a Node program's output and add its "cases: N passed, M failed" to ours."""
    global passed, failed
    # its cases line is renamed: tests/tally.py counts every "cases:" line, and ours includes these
    sys.stdout.write(re.sub(r"^cases:", "  (node) cases:", result.stdout, flags=re.M))
    sys.stderr.write(result.stderr[-3000:])
    found = re.findall(r"^cases: (\d+) passed, (\d+) failed", result.stdout, re.M)
    if found:
        passed += int(found[-1][0])
        failed += int(found[-1][1])
    check(result.returncode == 0 and found, "%s failed (exit %d)" % (what, result.returncode))


def npm_install():
    """npm ci of explorer/'s lock file into WORK_DIR/npm (once per lock file; serialised)."""
    npm = shutil.which("npm")
    if not npm:
        return None
    os.makedirs(npm_dir, exist_ok=True)
    with open(os.path.join(npm_dir, ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        digest = hashlib.sha256()
        for name in ("package.json", "package-lock.json"):
            with open(os.path.join(explorer, name), "rb") as f:
                digest.update(f.read())
        stamp = os.path.join(npm_dir, ".installed")
        if not (os.path.exists(stamp) and open(stamp).read() == digest.hexdigest()):
            for name in ("package.json", "package-lock.json"):
                shutil.copy(os.path.join(explorer, name), npm_dir)
            result = subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=npm_dir,
                                    capture_output=True, text=True, timeout=600)
            if result.returncode != 0:
                print(result.stdout[-2000:], result.stderr[-3000:])
                return False
            with open(stamp, "w") as f:
                f.write(digest.hexdigest())
    return True


def run_report(network, out, *extra):
    shutil.rmtree(out, ignore_errors=True)
    args = [actornet, "report"] + ([network] if network else []) + ["-o", out, "--quiet", "--no-render",
                                                                   "--replicates", "5", *extra]
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, env=dict(os.environ, OMP_NUM_THREADS="1"))
    check(result.returncode == 0, "actornet report exit %d: %s" % (result.returncode, result.stderr[-2000:]))
    return os.path.join(out, "explorer.html")


def page_data(html):
    """The JSON the page embeds, read as the page reads it."""
    match = re.search(r'<script type="application/json" id="actornet-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1)) if match else None


def browser(page, expect):
    """Run the Chromium script; its cases are added to ours."""
    script = os.path.join(root, "tests", "explorer", "check_explorer.mjs")
    env = dict(os.environ, NODE_PATH=os.path.join(npm_dir, "node_modules"))
    result = subprocess.run(["node", script, page, work, json.dumps(expect)], capture_output=True, text=True,
                            timeout=600, env=env, cwd=npm_dir)
    relay(result, "the Chromium script")


# ---- independent readings of the GraphML file -----------------------------------------------------

def read_graphml(path):
    tree = ET.parse(path)
    keys = {k.get("id"): k.get("attr.name") for k in tree.iter(GRAPHML + "key")}
    nodes, edges = [], []
    for node in tree.iter(GRAPHML + "node"):
        nodes.append({"id": node.get("id"), **{keys[d.get("key")]: d.text or "" for d in node.iter(GRAPHML + "data")}})
    for edge in tree.iter(GRAPHML + "edge"):
        values = {keys[d.get("key")]: d.text or "" for d in edge.iter(GRAPHML + "data")}
        values["ends"] = (edge.get("source"), edge.get("target"))   # "source" is the citation column
        edges.append(values)
    return nodes, edges


def in_window(edge, low, high, undated):
    """The documented rule: a tie's span [year or start, end] meets [low, high]."""
    year = float(edge["year"]) if edge.get("year") else (float(edge["start"]) if edge.get("start") else None)
    end = float(edge["end"]) if edge.get("end") else None
    if year is None and end is None:
        return undated
    start, stop = (year if year is not None else end), (end if end is not None else year)
    return stop >= low and start <= high


def brute_force_chain(data, a, b, limit):
    """Fewest hops from a to b along the influence lens, dates in order (tsna's rule), by trying
    every simple path up to `limit` hops: independent of the page's layered search."""
    lens = next(l for l in data["lenses"] if l["name"] == "influence")
    e = data["edges"]
    moves = {}
    for k in range(len(e["source"])):
        seen = lens["ties"][k]
        s, t = e["source"][k], e["target"][k]
        if seen == "0" or e["citation"][k] < 0 or s == t:
            continue
        if seen in "13":
            moves.setdefault(s, []).append((t, k))
        if seen in "23":
            moves.setdefault(t, []).append((s, k))
    best = [None]

    def walk(v, now, visited, length):
        if v == b:
            if best[0] is None or length < best[0]:
                best[0] = length
            return
        if length >= limit or (best[0] is not None and length + 1 >= best[0]):
            return
        for w, k in moves.get(v, []):
            if w in visited:
                continue
            y, z = e["year"][k], e["end"][k]
            at = now
            if y is not None or z is not None:
                start, stop = (y if y is not None else z), (z if z is not None else y)
                at = max(now, start)
                if at > stop:
                    continue
            visited.add(w)
            walk(w, at, visited, length + 1)
            visited.discard(w)

    walk(a, float("-inf"), {a}, 0)
    return best[0]


# ---- modes -----------------------------------------------------------------------------------------

def mode_model():
    check(shutil.which("node") is not None, "node is not installed (run.sh installs nodejs)")
    if not shutil.which("node"):
        return
    result = subprocess.run(["node", os.path.join(explorer, "test", "model.test.mjs")], capture_output=True, text=True,
                            timeout=120)
    relay(result, "model.test.mjs")


def mode_reproducible():
    installed = npm_install()
    if installed is None:
        print("npm is not installed: the committed dist/explorer.js cannot be rebuilt here (skipped)")
        sys.exit(77)
    check(installed, "npm ci failed")
    if not installed:
        return
    build_dir = os.path.join(npm_dir, "rebuild")
    shutil.rmtree(build_dir, ignore_errors=True)
    os.makedirs(build_dir)
    shutil.copytree(os.path.join(explorer, "src"), os.path.join(build_dir, "src"))
    shutil.copy(os.path.join(explorer, "build.mjs"), build_dir)
    os.symlink(os.path.join(npm_dir, "node_modules"), os.path.join(build_dir, "node_modules"))
    result = subprocess.run(["node", "build.mjs", "--check=" + os.path.join(explorer, "dist", "explorer.js")],
                            cwd=build_dir, capture_output=True, text=True, timeout=300)
    print(result.stdout.strip(), result.stderr.strip())
    check(result.returncode == 0, "dist/explorer.js is not the build of src/ and the lock file: rebuild it "
                                  "(cd explorer && npm ci && node build.mjs) and commit it")


def mode_browser():
    check(shutil.which("node") is not None, "node is not installed (run.sh installs nodejs)")
    check(os.path.exists("/usr/bin/chromium"), "chromium is not installed (run.sh installs it)")
    check(npm_install() is True, "npm ci of explorer/package-lock.json failed, or npm is missing")
    if failed:
        return
    out = os.path.join(work, "bundled")
    page = run_report(None, out)
    html = open(page, encoding="utf-8").read()
    check(not re.search(r'(src|href)\s*=\s*["\']?\s*(https?:|//)', html, re.I), "the page names an external resource")
    check(html.count("<script") == 2, "the page has %d script elements, expected 2" % html.count("<script"))
    report_html = open(os.path.join(out, "report.html"), encoding="utf-8").read()
    check('href="explorer.html"' in report_html, "report.html does not link to explorer.html")
    data = page_data(html)
    nodes, edges = read_graphml(os.path.join(root, "data", "proxy-network.graphml"))
    report = json.load(open(os.path.join(out, "report.json"), encoding="utf-8"))
    check(len(data["nodes"]["id"]) == len(nodes) and len(data["edges"]["source"]) == len(edges),
          "the page does not hold every actor and tie")
    check("explorer.html" in report["files"], "report.json does not list explorer.html")

    actor = "tohid_ibrahimbeyli"
    actor_ties = [e for e in edges if actor in e["ends"]]
    low, high = 2010, 2015
    window = sum(in_window(e, low, high, False) for e in edges)
    window_undated = sum(in_window(e, low, high, True) for e in edges)
    actor_window = sum(in_window(e, low, high, False) for e in actor_ties)
    chain = report["chains"]["list"][0]
    undirected = subprocess.run([actornet, "paths", os.path.join(root, "data", "proxy-network.graphml"),
                                 "--from", "iran", "--to", "ganja_assassination_attempt_2018", "--undirected", "--json"],
                                capture_output=True, text=True, timeout=60)
    any_length = len(json.loads(undirected.stdout)["paths"][0]["hops"])
    ids = data["nodes"]["id"]
    influence = brute_force_chain(data, ids.index("iran"), ids.index("ganja_assassination_attempt_2018"), 8)
    expect = {
        "nodes": len(nodes), "ties": len(edges),
        # "Orxan Məmmədov" is the Telegram channel's name (T, Table 1), not an alias of the person
        "searches": [["Orxan Memmedov", "tg_orxan_memmedov"], ["azerbaycan islam muqavimet herekati", "husayniyyun"],
                     ["HUSEYNCILER", "husayniyyun"], ["Suret Huseynov", "surat_huseynov"], ["Tohid Ibrahimbeyli", actor]],
        "actor": actor, "actor_ties": len(actor_ties),
        "window": [low, high], "window_ties": window, "window_ties_undated": window_undated,
        "actor_window_ties": actor_window,
        "stated_ties": sum(e.get("confidence") == "stated" for e in edges),
        "chain": {"nodes": chain["nodes"], "edges": [h["edge"] for h in chain["hops"]]},
        "any_length": any_length, "influence_length": influence,
    }
    # the citations of the actor's ties, as the panel must show them (source text and locator)
    expect["actor_citations"] = [[e.get("relation", ""), e.get("source", ""), e.get("locator", ""), e.get("evidence", "")]
                                 for e in actor_ties]
    browser(page, expect)


def mode_hostile():
    check(npm_install() is True, "npm ci of explorer/package-lock.json failed, or npm is missing")
    if failed:
        return
    hostile = ["</script><script>window.__pwned=1</script>", "<!-- <script>", "line\u2028break\u2029end",
               "quote \" and ' and `", "<img src=x onerror=window.__pwned=2>", "&amp; &lt; &#60; \\u003c",
               "]]> ${window.__pwned=3} {{7*7}}", "\u202etxt.exe", "<svg/onload=window.__pwned=4>"]
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
             '<key id="l" for="node" attr.name="label" attr.type="string"/>',
             '<key id="a" for="node" attr.name="aliases" attr.type="string"/>',
             '<key id="t" for="node" attr.name="type" attr.type="string"/>',
             '<key id="r" for="edge" attr.name="relation" attr.type="string"/>',
             '<key id="y" for="edge" attr.name="year" attr.type="int"/>',
             '<key id="c" for="edge" attr.name="confidence" attr.type="string"/>',
             '<key id="s" for="edge" attr.name="source" attr.type="string"/>',
             '<key id="p" for="edge" attr.name="locator" attr.type="string"/>',
             '<key id="v" for="edge" attr.name="evidence" attr.type="string"/>',
             '<graph id="G" edgedefault="directed">']
    for i, text in enumerate(hostile):
        lines.append('<node id="%s"><data key="l">%s</data><data key="a">%s | alias %d</data><data key="t">%s</data></node>'
                     % (esc("n%d %s" % (i, text)), esc(text), esc(text), i, esc(text if i % 2 else "person")))
    for i, text in enumerate(hostile):
        j = (i + 1) % len(hostile)
        lines.append('<edge source="%s" target="%s"><data key="r">%s</data><data key="y">%d</data>'
                     '<data key="c">%s</data><data key="s">%s</data><data key="p">%s</data><data key="v">%s</data></edge>'
                     % (esc("n%d %s" % (i, text)), esc("n%d %s" % (j, hostile[j])), esc(text if i % 3 else "funds"),
                        2000 + i, esc(text if i % 2 else "stated"), esc("cite " + text), esc("loc " + text),
                        esc("ev " + text)))
    lines += ["</graph>", "</graphml>"]
    network = os.path.join(work, "hostile.graphml")
    with open(network, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    page = run_report(network, os.path.join(work, "hostile"))
    if not os.path.exists(page):
        return
    html = open(page, encoding="utf-8").read()
    check(html.count("<script") == 2 and html.lower().count("</script") == 2,
          "the page has %d <script and %d </script, expected 2 each" % (html.count("<script"), html.lower().count("</script")))
    check("<!--" not in html, "a data value opened an HTML comment")
    check("<img" not in html and "<svg" not in html, "a data value became markup")
    check("\u2028" not in html and "\u2029" not in html, "U+2028/U+2029 left raw in the page")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    check(title and "<" not in title.group(1), "the title is not escaped")
    data = page_data(html)
    check(data is not None and data["nodes"]["label"] == hostile, "the data does not read back to the same labels")
    browser(page, {"hostile": hostile, "nodes": len(hostile), "ties": len(hostile)})


globals()["mode_" + mode]()
finish()
