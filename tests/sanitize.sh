#!/usr/bin/env bash
# tests/sanitize.sh — the C test suite under sanitizers and valgrind (issue 8).
#
#   tests/sanitize.sh [STAGE...]      STAGE: asan valgrind helgrind fuzz all
#                                     (default: asan valgrind helgrind; 'all' adds fuzz)
#
#   asan      build build-asan (gcc, -Db_sanitize=address,undefined -Db_lundef=false) and
#             run every meson test in it except the Python suite (ctypes would load the
#             ASan library into an uninstrumented python3) and the tools suite (pip, notebooks,
#             installation: Python and shell, run in the normal build); UBSan and LeakSanitizer
#             errors are fatal.
#   valgrind  `meson test --setup valgrind` in the normal build ($BUILD_DIR, default
#             ./build; built if needed): every compiled test program under memcheck, any
#             error or definite/indirect leak fails (tests/valgrind_wrap.sh; the setup
#             skips the python, tools and tsan suites).
#   helgrind  tests/threads' two-thread test under helgrind, which (unlike the TSan test
#             in the normal suite) also sees inside igraph and libxml2
#             (tests/threads/helgrind.supp: glibc thread-stack reuse only).
#   fuzz      build the libFuzzer targets in build-fuzz (clang, -Dfuzz=true) and run each
#             for a few seconds (meson test --suite fuzz); the long run is fuzz/run.sh.
#
# Prints one line per stage and ends with "N passed, N failed" (every test case of every
# stage, counted as tests/tally.py counts them). Exit status 1 if anything failed.
# Time on 2 cores: asan ~3-4 min (build included), valgrind ~4 min, helgrind ~15 s,
# fuzz ~2 min (build included).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build_dir="${BUILD_DIR:-$here/build}"
asan_dir="$here/build-asan"
fuzz_dir="$here/build-fuzz"
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(asan valgrind helgrind)
[ "${stages[*]}" = all ] && stages=(asan valgrind helgrind fuzz)

export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0"
export OMP_NUM_THREADS=1

total_passed=0
total_failed=0
status=0

# tally DIR LOG: count the cases of a meson test log as tests/tally.py does.
tally() {
  local tmp line
  tmp=$(mktemp -d)
  mkdir -p "$tmp/meson-logs"
  cp "$2" "$tmp/meson-logs/testlog.json" 2>/dev/null
  line=$(/usr/bin/python3 "$here/tests/tally.py" "$tmp" | tail -1)
  rm -rf "$tmp"
  echo "$line"
}

record() {  # record STAGE "N passed, M failed[, K skipped]"
  local p f
  p=$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$2")
  f=$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' <<<"$2")
  total_passed=$((total_passed + ${p:-0}))
  total_failed=$((total_failed + ${f:-1}))
  [ "${f:-1}" = 0 ] || status=1
  echo "sanitize.sh: $1: $2"
}

run_asan() {
  if [ ! -f "$asan_dir/build.ninja" ]; then
    meson setup "$asan_dir" -Db_sanitize=address,undefined -Db_lundef=false --buildtype=debugoptimized >/dev/null \
      || { record asan "0 passed, 1 failed"; return; }
  fi
  ninja -C "$asan_dir" >/dev/null || { echo "sanitize.sh: the ASan build failed" >&2; record asan "0 passed, 1 failed"; return; }
  meson test -C "$asan_dir" --no-rebuild --no-suite python --no-suite tools --num-processes 2 --print-errorlogs >&2
  record asan "$(tally "$asan_dir" "$asan_dir/meson-logs/testlog.json")"
}

build_plain() {
  if [ ! -f "$build_dir/build.ninja" ]; then
    meson setup "$build_dir" --buildtype=debugoptimized >/dev/null || return 1
  fi
  ninja -C "$build_dir" >/dev/null
}

run_valgrind() {
  command -v valgrind >/dev/null || { echo "sanitize.sh: valgrind is not installed" >&2; record valgrind "0 passed, 1 failed"; return; }
  build_plain || { echo "sanitize.sh: the build failed" >&2; record valgrind "0 passed, 1 failed"; return; }
  meson test -C "$build_dir" --no-rebuild --setup valgrind --no-suite python --no-suite tools --num-processes 2 --print-errorlogs >&2
  record valgrind "$(tally "$build_dir" "$build_dir/meson-logs/testlog-valgrind.json")"
}

run_helgrind() {
  command -v valgrind >/dev/null || { record helgrind "0 passed, 1 failed"; return; }
  build_plain || { record helgrind "0 passed, 1 failed"; return; }
  local log
  log=$(mktemp)
  if valgrind --tool=helgrind --error-exitcode=99 --suppressions="$here/tests/threads/helgrind.supp" \
       "$build_dir/tests/threads/test_threads" "$here/data" 3 >"$log" 2>&1; then
    record helgrind "1 passed, 0 failed"
  else
    cat "$log" >&2
    record helgrind "0 passed, 1 failed"
  fi
  rm -f "$log"
}

run_fuzz() {
  command -v clang >/dev/null || { echo "sanitize.sh: clang is not installed" >&2; record fuzz "0 passed, 1 failed"; return; }
  if [ ! -f "$fuzz_dir/build.ninja" ]; then
    CC=clang meson setup "$fuzz_dir" -Dfuzz=true -Db_lundef=false --buildtype=debugoptimized >/dev/null \
      || { record fuzz "0 passed, 1 failed"; return; }
  fi
  ninja -C "$fuzz_dir" fuzz/fuzz_graphml_read fuzz/fuzz_graphml_roundtrip fuzz/fuzz_dot_write fuzz/fuzz_cli_args \
    fuzz/fuzz_analyses >/dev/null || { echo "sanitize.sh: the fuzz build failed" >&2; record fuzz "0 passed, 1 failed"; return; }
  meson test -C "$fuzz_dir" --no-rebuild --suite fuzz --num-processes 2 --print-errorlogs >&2
  record fuzz "$(tally "$fuzz_dir" "$fuzz_dir/meson-logs/testlog.json")"
}

for stage in "${stages[@]}"; do
  case "$stage" in
    asan) run_asan ;;
    valgrind) run_valgrind ;;
    helgrind) run_helgrind ;;
    fuzz) run_fuzz ;;
    *) echo "usage: tests/sanitize.sh [asan] [valgrind] [helgrind] [fuzz] | all" >&2; exit 2 ;;
  esac
done
echo "$total_passed passed, $total_failed failed"
exit $status
