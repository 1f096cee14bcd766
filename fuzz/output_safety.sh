#!/usr/bin/env bash
# fuzz/output_safety.sh [NETWORKS] [SEED] — the long run of the "no data value reaches
# DOT/SVG/HTML/CSV unescaped" property test (tests/hostile/check_output_safety.py; the test
# command runs 3 networks). Default 300 networks from seed 1; about 1-2 s each. Needs a build
# in BUILD_DIR (default ./build) and Graphviz. Exit status 1 on any failure (printed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="${BUILD_DIR:-$root/build}"
exec python3 "$root/tests/hostile/check_output_safety.py" "$build/cli/actornet" --networks "${1:-300}" --seed "${2:-1}"
