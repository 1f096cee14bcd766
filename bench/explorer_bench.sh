#!/usr/bin/env bash
# explorer_bench.sh — explorer.html in Debian's Chromium: open time on the bundled network, and
# open time and pan/zoom frame times on a generated network of 10,000 actors and 50,000 ties
# (bench/gen_graphml.py --size 50k). Not part of the test command.
#
#   bench/explorer_bench.sh                 BUILD_DIR (default ./build) must hold a build
#   RUNS=5 bench/explorer_bench.sh          page loads per network (median reported)
#
# Needs node, npm (playwright-core from explorer/package-lock.json is installed by `npm ci` into
# BUILD_DIR/bench-explorer) and /usr/bin/chromium. Prints one JSON line per network; see
# bench/explorer_bench.mjs for what each number means. Then the floor: the 10,000 / 50,000 page's
# actors and ties drawn by raw WebGL in the same Chromium (bench/explorer_floor.mjs).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
work="$build/bench-explorer"
runs="${RUNS:-5}"
actornet="$build/cli/actornet"
mkdir -p "$work/npm" "$here/bench/data"

if [ ! -f "$work/npm/.installed" ] || ! cmp -s "$here/explorer/package-lock.json" "$work/npm/package-lock.json"; then
  cp "$here/explorer/package.json" "$here/explorer/package-lock.json" "$work/npm/"
  (cd "$work/npm" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
  touch "$work/npm/.installed"
fi

# the bundled network
rm -rf "$work/bundled"
OMP_NUM_THREADS=1 "$actornet" report -o "$work/bundled" --quiet --no-render --replicates 5
(cd "$work/npm" && node "$here/bench/explorer_bench.mjs" "$work/bundled/explorer.html" "$runs")

# 10,000 actors / 50,000 ties
data="$here/bench/data/50k.graphml"
[ -f "$data" ] || /usr/bin/python3 "$here/bench/gen_graphml.py" --size 50k --seed 7 -o "$data"
rm -rf "$work/50k"
start=$(date +%s%N)
OMP_NUM_THREADS=1 "$actornet" report "$data" -o "$work/50k" --quiet --no-render --replicates 0
echo "{\"report_50k_ms\": $(( ($(date +%s%N) - start) / 1000000 )), \"explorer_html_bytes\": $(stat -c %s "$work/50k/explorer.html")}"
(cd "$work/npm" && node "$here/bench/explorer_bench.mjs" "$work/50k/explorer.html" "$runs")
(cd "$work/npm" && node "$here/bench/explorer_floor.mjs" "$work/50k/explorer.html" 40)
