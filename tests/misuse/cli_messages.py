"""CLI: the smaller defects of issue 14, item 9.

- keyplayers --k -1 says --k must be 0 or more (it said "--k K is required"); paths refuses a
  negative --k;
- a one-actor network's report prints no 'nan' (modularity and constraint are undefined there):
  text, HTML and CSV say so, JSON has null;
- validate --json (it had none): the text form's problems as objects;
- on a terminal, no command sends C0/C1 control characters from the data raw (U+009B is an
  8-bit CSI many terminals obey): ids and labels with them show as visible escapes, while a
  pipe still gets the bytes unchanged.

usage: cli_messages.py ACTORNET DATA_DIR
"""
import json
import os
import pty
import re
import subprocess
import sys
import tempfile

ACTORNET, DATA = sys.argv[1], sys.argv[2]
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir))
from case_tally import check, finish  # noqa: E402


def run(args):
    out = subprocess.run([ACTORNET] + args, capture_output=True, timeout=120)
    return out.returncode, out.stdout, out.stderr


def on_terminal(args):
    master, slave = pty.openpty()
    process = subprocess.Popen([ACTORNET] + args, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
    os.close(slave)
    output = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    os.close(master)
    return process.wait(timeout=120), output


def negative_k():
    teaching = os.path.join(DATA, "teaching-example.graphml")
    rc, _, err = run(["keyplayers", teaching, "--k", "-1"])
    check(rc == 2 and b"--k must be 0 or more" in err and b"required" not in err, "keyplayers --k -1: %r" % err)
    rc, _, err = run(["keyplayers", teaching])
    check(rc == 2 and b"--k K is required" in err, "keyplayers without --k: %r" % err)
    for k in ("-1", "-9223372036854775808", "0"):
        rc, _, err = run(["paths", teaching, "--from", "iran", "--to", "ganja", "--k", k])
        check(rc == 2 and b"--k must be at least 1" in err, "paths --k %s: rc %d, %r" % (k, rc, err))


def one_node(workdir):
    path = os.path.join(workdir, "one.graphml")
    with open(path, "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                '<key id="t" for="node" attr.name="type" attr.type="string"/>'
                '<key id="r" for="edge" attr.name="relation" attr.type="string"/>'
                '<graph edgedefault="undirected"><node id="solo"><data key="t">state</data></node></graph>'
                '</graphml>\n')
    out = os.path.join(workdir, "one")
    rc, text, err = run(["report", path, "-o", out, "--no-render"])
    check(rc == 0, "one-node report: rc %d, %r" % (rc, err))
    nan = re.compile(rb"\bnan\b", re.I)
    check(not nan.search(text), "one-node report text prints nan: %r" % text)
    check(b"modularity undefined" in text, "one-node report text: modularity not said undefined")
    for name in ("report.html", "actors.csv", "communities.csv"):
        with open(os.path.join(out, name), "rb") as f:
            data = f.read()
        check(not nan.search(data), "one-node %s prints nan" % name)
    with open(os.path.join(out, "report.json")) as f:
        report = json.load(f)  # a bare NaN would not even be JSON for strict readers
    check(report["communities"]["modularity"] is None, "one-node report.json modularity %r" % (
        report["communities"].get("modularity"),))


C1 = "\u009b31m"


def control_characters(workdir):
    path = os.path.join(workdir, "c1.graphml")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                '<key id="l" for="node" attr.name="label" attr.type="string"/>'
                '<graph edgedefault="undirected"><node id="a%sX"><data key="l">x\u009d0;title\u009c\u0085</data>'
                '</node><node id="b"/><node id="c"/><edge source="a%sX" target="b"/><edge source="b" target="c"/>'
                '</graph></graphml>\n' % (C1, C1))
    raw = re.compile(rb"\xc2[\x80-\x9f]|[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
    commands = [["info", path], ["centrality", path], ["communities", path], ["keyplayers", path, "--k", "1"],
                ["validate", path], ["cohesion", path], ["brokerage", path], ["whatif", path, "--remove", "b"],
                ["paths", path, "--from", "a%sX" % C1, "--to", "c"], ["centrality", path, "--csv"],
                ["centrality", path, "--json"], ["paths", path, "--from", "nobody\u009b2J", "--to", "c"],
                ["report", path, "-o", os.path.join(workdir, "c1report"), "--no-render"]]
    for args in commands:
        rc, output = on_terminal(args + ["-q"] if args[0] in ("report",) else args)
        shown = raw.search(output.replace(b"\r\n", b"\n"))
        check(shown is None, "%s on a terminal sends %r raw: %r" % (
            " ".join(args[:1]), shown.group(0) if shown else None, output[:300]))
        if args[0] in ("centrality", "paths", "communities", "cohesion"):  # these print the id
            check(b"\\u009b" in output, "%s on a terminal: the escape is not shown visibly: %r" % (
                args[0], output[:300]))
    rc, out, _ = run(["centrality", path, "--csv"])
    check(rc == 0 and C1.encode() in out, "a pipe no longer gets the id's bytes unchanged")


def validate_json():
    """validate --json: the same problems as the text form, one object each, and the exit status."""
    for name in ("proxy-network.graphml", "karate.graphml", "teaching-example.graphml"):
        path = os.path.join(DATA, name)
        rc_text, text, problems_text = run(["validate", path])
        rc, out, err = run(["validate", path, "--json"])
        check(rc == rc_text, "validate --json %s: exit %d, text form %d" % (name, rc, rc_text))
        try:
            result = json.loads(out)
        except ValueError as error:
            check(False, "validate --json %s: not JSON (%s): %r" % (name, error, out[:200]))
            continue
        lines = problems_text.decode().splitlines()
        check(result["problems"] == len(lines) == len(result["issues"]) and result["valid"] == (not lines),
              "validate --json %s: %d problems, %d issues, text has %d" % (
                  name, result["problems"], len(result["issues"]), len(lines)))
        for issue, line in zip(result["issues"], lines):
            check(line == "%s:%d: %s: %s" % (path, issue["line"], issue["element"], issue["message"]),
                  "validate --json %s: %r does not rebuild %r" % (name, issue, line))
        check(result["nodes"] > 0 and result["edges"] > 0 and result["file"] == path, "validate --json: %r" % (
            {k: result[k] for k in ("file", "nodes", "edges")},))


def main():
    negative_k()
    validate_json()
    with tempfile.TemporaryDirectory() as workdir:
        one_node(workdir)
        control_characters(workdir)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
