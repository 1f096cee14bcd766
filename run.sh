#!/usr/bin/env bash
# run.sh — the project's front door.
#
#   ./run.sh report   install what is missing (apt), build, run the analyst's report
#                     on the bundled proxy network
#   ./run.sh test     install what is missing, build, run every test suite (C and
#                     Python), then the C suite again under ASan+UBSan, valgrind and
#                     helgrind, and a short run of every fuzzer (tests/sanitize.sh);
#                     ends with one line "N passed, N failed" summing all of it;
#                     exit 1 if anything failed. ACTORNET_SANITIZE=0 skips the
#                     sanitizer and fuzz stages (about 10 minutes on 2 cores).
#   ./run.sh build    install what is missing and build only
#
# Needs root (or sudo) on Debian 12 only when packages are missing.
# Environment: BUILD_DIR (default ./build), ACTORNET_SKIP_APT=1 to skip the
# package step.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
build_dir="${BUILD_DIR:-$here/build}"

# Debian packages the build and the tests need (and why):
packages=(
  gcc pkg-config meson ninja-build          # compiler and build system
  libigraph-dev libxml2-dev                 # the library's two dependencies
  graphviz                                  # dot/sfdp: rendering and DOT validity tests
  python3 python3-networkx python3-igraph   # oracles (Debian's /usr/bin/python3)
  python3-numpy python3-pytest python3-scipy
  r-cran-sna                                # oracle for brokerage roles
  python3-graph-tool                        # tests: a producer of GraphML (issue 17), and its reader as an oracle
  valgrind                                  # memory checks of the C tests
  chromium                                  # the report page is tested in a real (headless) browser
  nodejs                                    # explorer.html's tests drive Chromium with playwright-core (npm)
  clang libclang-rt-14-dev                  # libFuzzer targets and their sanitizer runtimes
  python3-pandas                            # DataFrames from the binding (optional for users)
  python3-pip python3-venv python3-setuptools   # tests: pip install ./bindings/python in a venv, offline
  jupyter-nbconvert python3-nbformat python3-ipykernel  # tests: execute the notebooks
  mypy                                      # tests: the binding's type stubs under mypy --strict
  man-db groff-base                         # tests: every man page renders with man -l
  bash-completion zsh                       # tests: the completion scripts load and complete
  cmake                                     # tests: find_package(actornet) from an installed copy
)

install_missing() {
  [ "${ACTORNET_SKIP_APT:-0}" = 1 ] && return 0
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  # npm installs explorer/'s pinned test packages; a nodejs that bundles npm (NodeSource) conflicts
  # with Debian's npm package, so ask for it only when there is no npm at all
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "run.sh: installing ${missing[*]}" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

build() {
  if [ ! -f "$build_dir/build.ninja" ]; then
    meson setup "$build_dir" --buildtype=debugoptimized >/dev/null
  fi
  ninja -C "$build_dir" >/dev/null
}

# Make `import actornet` work for Debian's /usr/bin/python3 from any directory by
# registering this checkout's binding with a .pth file (the package then finds the
# library in ./build). Skipped without write access; `meson install` is the
# alternative (see bindings/python/README.md).
link_python() {
  local site
  site=$(/usr/bin/python3 -c 'import sys; print("/usr/local/lib/python%d.%d/dist-packages" % sys.version_info[:2])' 2>/dev/null) || return 0
  mkdir -p "$site" 2>/dev/null && [ -w "$site" ] || return 0
  local pth="$site/actornet-checkout.pth"
  [ -f "$pth" ] && [ "$(cat "$pth")" = "$here/bindings/python" ] && return 0
  echo "$here/bindings/python" > "$pth"
}

run_report() {
  "$build_dir/cli/actornet" report "$@"
}

run_tests() {
  local status=0 main sanitize p1 f1 p2 f2
  # C and oracle suites registered with meson (each test program is one test).
  meson test -C "$build_dir" --num-processes 2 --print-errorlogs "$@" || status=1
  main=$(/usr/bin/python3 "$here/tests/tally.py" "$build_dir" | tail -1) || status=1
  echo "run.sh: test suites: $main"
  if [ "${ACTORNET_SANITIZE:-1}" != 0 ]; then
    # (not `tee /dev/stderr`: reopening a file that stderr points at truncates it)
    local log
    log=$(mktemp)
    BUILD_DIR="$build_dir" "$here/tests/sanitize.sh" all 2>&1 | tee "$log" || status=1
    sanitize=$(tail -1 "$log")
    rm -f "$log"
  else
    sanitize="0 passed, 0 failed"
  fi
  p1=$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$main");     f1=$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' <<<"$main")
  p2=$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$sanitize"); f2=$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' <<<"$sanitize")
  [ "${f1:-1}" = 0 ] && [ "${f2:-1}" = 0 ] || status=1
  echo "$(( ${p1:-0} + ${p2:-0} )) passed, $(( ${f1:-1} + ${f2:-1} )) failed"
  return $status
}

case "${1:-}" in
  report) shift; install_missing; build; link_python; run_report "$@" ;;
  test)   shift; install_missing
          build || { echo "run.sh: the build failed" >&2; echo "0 passed, 1 failed"; exit 1; }
          link_python; run_tests "$@" ;;
  build)  install_missing; build; link_python ;;
  *) echo "usage: ./run.sh report|test|build" >&2; exit 2 ;;
esac
