"""Sum every test result of the last `meson test` run and print the closing line.

Reads BUILD/meson-logs/testlog.json (one JSON object per test). Each test
program counts once; a test that prints "cases: N passed, M failed" or a
pytest summary ("N passed, M failed") counts as its N + M cases instead, so
the closing line sums every case of every suite, C and Python.
Prints "N passed, N failed" last; exits 1 if anything failed.
"""
import json
import re
import sys
from pathlib import Path

build = Path(sys.argv[1] if len(sys.argv) > 1 else "build")
log = build / "meson-logs" / "testlog.json"
passed = failed = skipped = 0
if not log.exists():
    print("tally: no test log at %s" % log, file=sys.stderr)
    print("0 passed, 1 failed")
    sys.exit(1)

case_line = re.compile(r"^cases: (\d+) passed, (\d+) failed", re.M)
pytest_line = re.compile(r"=+ (.*) in [\d.]+s")

for line in log.read_text().splitlines():
    if not line.strip():
        continue
    test = json.loads(line)
    result = test.get("result")
    output = (test.get("stdout") or "") + "\n" + (test.get("stderr") or "")
    if result == "SKIP":
        skipped += 1
        continue
    ok = result in ("OK", "EXPECTEDFAIL")
    cases = case_line.findall(output)
    summary = pytest_line.findall(output)
    if cases:
        p = sum(int(a) for a, _ in cases)
        f = sum(int(b) for _, b in cases)
    elif summary:
        text = summary[-1]
        p = sum(int(n) for n in re.findall(r"(\d+) passed", text))
        f = sum(int(n) for n in re.findall(r"(\d+) (?:failed|error)", text))
    else:
        p, f = (1, 0) if ok else (0, 1)
    if not ok and f == 0:
        f = 1  # crashed or timed out after reporting its cases
    passed += p
    failed += f

line = "%d passed, %d failed" % (passed, failed)
if skipped:
    line += ", %d skipped" % skipped
print(line)
sys.exit(1 if failed else 0)
