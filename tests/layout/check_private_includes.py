"""No domain folder of libnet/ includes another domain folder's private header.

libnet/core/ (the model and the utilities every folder uses) and libnet/graph/
(the shared CSR and node-set lists) are shared infrastructure: any folder may
include their headers. Every other folder (centrality/, keyplayers/, io/,
report/, ...) is a domain: its private headers are for its own sources only;
what two domains share belongs in core/ or graph/ (or in the public API).

Each `#include "X"` of every .c and .h under libnet/ is resolved the way the
compiler resolves it (the including file's directory, then the library's
include path: libnet/, libnet/core/, libnet/io/, as libnet/meson.build sets
it); a header found in another domain folder is a violation. Headers not found
in the source tree (public ones under include/, generated ones) are not
private headers of a folder and are skipped.

ALLOWED lists known exceptions, each with its reason; keep it empty if you can.

Usage: check_private_includes.py LIBNET_DIR. Prints one line per violation and
"cases: N passed, M failed" (one case per folder); exits 1 on any violation.
"""
import os
import re
import sys

SHARED = {"core", "graph"}
INCLUDE_PATH = ["", "core", "io"]  # relative to libnet/, after the including file's own directory
ALLOWED = set()
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def top_folder(libnet, path):
    rel = os.path.relpath(path, libnet)
    return rel.split(os.sep)[0] if os.sep in rel else ""


def resolve(libnet, including, name):
    for base in [os.path.dirname(including)] + [os.path.join(libnet, d) for d in INCLUDE_PATH]:
        candidate = os.path.normpath(os.path.join(base, name))
        if os.path.isfile(candidate):
            return candidate
    return None


def main():
    libnet = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "libnet")
    violations = {}
    folders = sorted(d for d in os.listdir(libnet) if os.path.isdir(os.path.join(libnet, d)))
    for folder in folders:
        violations[folder] = []
        for root, _, files in os.walk(os.path.join(libnet, folder)):
            for file in sorted(files):
                if not file.endswith((".c", ".h")):
                    continue
                path = os.path.join(root, file)
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                for name in INCLUDE.findall(text):
                    target = resolve(libnet, path, name)
                    if target is None or not target.startswith(libnet + os.sep):
                        continue
                    owner = top_folder(libnet, target)
                    if owner in ("", folder) or owner in SHARED:
                        continue
                    rel_target = os.path.relpath(target, libnet)
                    if (folder, rel_target) in ALLOWED:
                        continue
                    violations[folder].append("%s includes %s's private header %s"
                                              % (os.path.relpath(path, libnet), owner, rel_target))
    failed = 0
    for folder in folders:
        for line in violations[folder]:
            print("violation: libnet/" + line)
        failed += bool(violations[folder])
    print("cases: %d passed, %d failed" % (len(folders) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
