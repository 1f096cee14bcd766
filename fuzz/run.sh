#!/usr/bin/env bash
# fuzz/run.sh [SECONDS] [TARGET...] — the long fuzzing run (not part of ./run.sh test).
#
# Builds the libFuzzer targets in build-fuzz (clang, ASan + UBSan, -Dfuzz=true) if
# needed, then fuzzes each target for SECONDS (default 600), JOBS at a time
# (default: the number of CPUs). Corpora grow in fuzz/corpus-TARGET/ (not committed;
# seeded from fuzz/corpus-seed/), crashing inputs land in fuzz/artifacts/, and each
# run's log (with libFuzzer's final stats) in fuzz/artifacts/TARGET.log. Ends with one
# line per target: executions, coverage (cov = edges, ft = features), corpus size and
# crashes found. Exit status 1 if any target crashed.
#
# A crash: reproduce with  build-fuzz/fuzz/TARGET fuzz/artifacts/crash-...
# then fix, copy the input to tests/hostile/regressions/TARGET-WHAT (the
# "fuzz regressions" test runs it through every target in every build).
#
# Environment: BUILD_DIR (default ./build-fuzz), JOBS, RSS_LIMIT_MB (default 2048).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
seconds="${1:-600}"
shift || true
build="${BUILD_DIR:-$root/build-fuzz}"
jobs="${JOBS:-$(nproc)}"
rss="${RSS_LIMIT_MB:-2048}"
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_graphml_read fuzz_graphml_roundtrip fuzz_dot_write fuzz_cli_args fuzz_analyses)

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzz=true -Db_lundef=false --buildtype=debugoptimized >/dev/null
fi
ninja -C "$build" "${targets[@]/#/fuzz/}" >/dev/null

mkdir -p "$here/artifacts"
export ACTORNET_THREADS=1

fuzz_one() {
  local target=$1 corpus="$here/corpus-${1#fuzz_}" seeds="$here/corpus-seed/graphml" extra="-dict=$here/graphml.dict"
  if [ "$target" = fuzz_cli_args ]; then
    seeds="$here/corpus-seed/cli"
    extra="-close_fd_mask=3"
  fi
  mkdir -p "$corpus"
  "$build/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb="$rss" -malloc_limit_mb="$rss" -timeout=25 \
    -print_final_stats=1 -artifact_prefix="$here/artifacts/$target-" $extra "$corpus" "$seeds" \
    >"$here/artifacts/$target.log" 2>&1
}

status=0
pids=()
names=()
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
  echo "fuzz/run.sh: $target for $seconds s" >&2
  fuzz_one "$target" &
  pids+=($!)
  names+=("$target")
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || { echo "fuzz/run.sh: ${names[$i]} found a crash (see fuzz/artifacts/${names[$i]}.log)" >&2; status=1; }
done

printf '%-24s %12s %8s %8s %8s %8s\n' target executions exec/s cov ft corpus
for target in "${targets[@]}"; do
  log="$here/artifacts/$target.log"
  # (|| true: a log without a stats line, e.g. a crash at start-up, must not end the script)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" 2>/dev/null | tail -1 || true)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" 2>/dev/null | tail -1 || true)
  last=$(grep -E '^#[0-9]+.*(cov|DONE)' "$log" 2>/dev/null | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9A-Za-z]*\).*/\1/p' <<<"$last")
  printf '%-24s %12s %8s %8s %8s %8s\n' "$target" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}"
done
exit $status
