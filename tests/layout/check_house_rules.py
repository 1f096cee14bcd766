"""The house rules of issue 19 that no compiler checks, kept true by a test.

1. No source file under libnet/ is longer than MAX_LINES lines (one concern a file).
2. No include circle between libnet/ folders: folder A including a header of folder B
   and B (directly or through others) including one of A. Includes are resolved the
   way the compiler resolves them (the including file's directory, then libnet/,
   libnet/core/, libnet/io/); public headers (include/) and system headers are not
   folders of libnet/ and are skipped. Subfolders (io/graphml/) are their own folders.
3. No import circle between the Python binding's modules: every `import` / `from
   ... import` of a module of the package, at any depth of the file (a function-level
   import defers a circle but does not remove the two modules' dependence on each
   other), must leave the module graph acyclic.

Usage: check_house_rules.py SOURCE_ROOT. Prints one line per violation and
"cases: N passed, M failed" (one case per rule); exits 1 on any violation.
"""
import ast
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_private_includes import resolve  # noqa: E402 (the compiler's include resolution, shared)
from check_report_pipeline import cycles  # noqa: E402 (Tarjan's components, shared)

MAX_LINES = 900
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def sources(top, suffixes):
    for root, _, files in os.walk(top):
        for name in sorted(files):
            if name.endswith(suffixes):
                yield os.path.join(root, name)


def long_files(libnet):
    found = []
    for path in sources(libnet, (".c", ".h")):
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = sum(1 for _ in f)
        if lines > MAX_LINES:
            found.append("%s: %d lines (at most %d)" % (os.path.relpath(path, libnet), lines, MAX_LINES))
    return found


def folder_of(libnet, path):
    return os.path.relpath(os.path.dirname(path), libnet)


def folder_circles(libnet):
    graph, witness = {}, {}
    for path in sources(libnet, (".c", ".h")):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        a = folder_of(libnet, path)
        for name in INCLUDE.findall(text):
            target = resolve(libnet, path, name)
            if target is None or not target.startswith(libnet + os.sep):
                continue
            b = folder_of(libnet, target)
            if a != b:
                graph.setdefault(a, set()).add(b)
                witness.setdefault((a, b), "%s includes %s" % (os.path.relpath(path, libnet),
                                                                os.path.relpath(target, libnet)))
    found = []
    for component in cycles(graph):
        edges = ["; ".join(witness[(a, b)] for b in sorted(graph[a]) if b in component) for a in component]
        found.append("include circle between folders %s: %s" % (", ".join(component), " | ".join(edges)))
    return found


def python_circles(package):
    modules = {os.path.splitext(name)[0] for name in os.listdir(package) if name.endswith(".py")}
    graph = {}
    for module in sorted(modules):
        with open(os.path.join(package, module + ".py"), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        targets = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level >= 1 or base.split(".")[0] == "actornet":
                    base = base.split(".", 1)[1] if base.startswith("actornet.") else (
                        "" if base == "actornet" else base)
                    if base:
                        targets.add(base.split(".")[0])
                    else:  # from . import a, b
                        targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("actornet."):
                        targets.add(alias.name.split(".")[1])
        graph[module] = {t for t in targets if t in modules and t != module and t != "__init__"}
    return ["import circle between modules %s" % ", ".join(c) for c in cycles(graph)]


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    libnet = os.path.join(root, "libnet")
    package = os.path.join(root, "bindings", "python", "actornet")
    passed = failed = 0
    for rule, found in (("file length", long_files(libnet)), ("folder includes", folder_circles(libnet)),
                        ("python imports", python_circles(package))):
        for line in found:
            print("FAIL: %s: %s" % (rule, line))
        if found:
            failed += 1
        else:
            passed += 1
            print("ok: %s" % rule)
    print("cases: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
