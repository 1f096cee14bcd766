#!/bin/sh
# short_run.sh FUZZER SECONDS SEED_DIR WORK_DIR DICT — one bounded libFuzzer run
# (the meson test suite 'fuzz'). New inputs go to WORK_DIR/corpus (the seed
# directory is only read); a crashing input is saved in WORK_DIR/artifacts/
# and the run fails. See fuzz/README.md.
set -eu
fuzzer=$1 seconds=$2 seeds=$3 work=$4 dict=$5
mkdir -p "$work/corpus" "$work/artifacts"
case "$(basename "$fuzzer")" in
  fuzz_cli_args) extra="-close_fd_mask=3" ;;   # cli_parse prints help and usage errors
  *) extra="-dict=$dict" ;;
esac
# shellcheck disable=SC2086
exec "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=25 \
  -print_final_stats=1 -artifact_prefix="$work/artifacts/" $extra "$work/corpus" "$seeds"
