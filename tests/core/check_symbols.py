"""The shared library exports exactly the AN_API functions the public headers declare."""
import re
import subprocess
import sys
from pathlib import Path

include, library = Path(sys.argv[1]), sys.argv[2]
declared = set()
for header in include.rglob("*.h"):
    text = header.read_text()
    for match in re.finditer(r"AN_API\s+[^;(]*?\b(an_\w+)\s*\(", text):
        declared.add(match.group(1))
out = subprocess.run(["nm", "-D", "--defined-only", library], capture_output=True, text=True, check=True).stdout
exported = {line.split()[-1] for line in out.splitlines() if line.split()[-2:-1] in (["T"], ["W"])}
passed = failed = 0
for name in sorted(exported - declared):
    print("exported but not declared in a public header:", name)
    failed += 1
for name in sorted(declared - exported):
    print("declared AN_API but not exported:", name)
    failed += 1
if not exported:
    print("no exported symbols found")
    failed += 1
passed = len(exported & declared)
print("cases: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
