#!/usr/bin/python3
"""Run `dot -Tsvg` on every DOT file the writer tests produce; all must succeed.

usage: check_dot.py TEST_DOT_WRITE DOT [CORPUS_DIR...]

TEST_DOT_WRITE --emit DIR writes the DOT variants (hostile labels: quotes,
backslashes, a trailing backslash, newlines, CR, <>{}|, Azerbaijani and
Persian text, 9000000, 1e-300, NaN, DOT keywords as ids, empty strings,
Graphviz attributes with values Graphviz rejects), and every GraphML file in
the CORPUS_DIRs converted to DOT. Each file must render with
exit status 0, no "Error" on stderr, and a well-formed SVG that shows every
node label exactly (the writer's escaping is undone by Graphviz).
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def main():
    emitter, dot, corpora = sys.argv[1], sys.argv[2], sys.argv[3:]
    failures = 0
    with tempfile.TemporaryDirectory(prefix="actornet-dot-") as directory:
        subprocess.run([emitter, "--emit", directory] + corpora, check=True)
        files = sorted(f for f in os.listdir(directory) if f.endswith(".dot"))
        if len(files) < 10:
            print(f"expected at least 10 DOT files, got {len(files)}")
            return 1
        for name in files:
            path = os.path.join(directory, name)
            result = subprocess.run([dot, "-Tsvg", path], capture_output=True, timeout=120)
            stderr = result.stderr.decode("utf-8", "replace")
            problem = None
            if result.returncode != 0:
                problem = f"exit status {result.returncode}"
            elif "Error" in stderr:
                problem = "error on stderr"
            else:
                try:
                    svg = ET.fromstring(result.stdout)
                except ET.ParseError as error:
                    problem = f"SVG not well-formed: {error}"
                else:
                    texts = ["".join(t.itertext()) for t in svg.iter(SVG + "text")]
                    if name.startswith("hostile") and not name.endswith("options.dot"):
                        for expected in ["say \"hi\"", "trailing\\", "back\\slash", "<b>{x}</b> | [y]",
                                         "ə ş ç ğ ı Ə Ş Ç Ğ İ", "شبکه عملیاتی", "9000000", "1e-300",
                                         "NaN", "a & b &amp; c", "\\N \\G \\l", "quote at end\""]:
                            if expected not in texts:
                                problem = f"label {expected!r} not shown as is"
                                break
            status = "ok  " if problem is None else "FAIL"
            print(f"{status} dot -Tsvg {name}" + ("" if problem is None else f": {problem}"))
            if stderr.strip():
                print("     stderr: " + stderr.strip().replace("\n", "\n             "))
            failures += problem is not None
    print(f"cases: {len(files) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
