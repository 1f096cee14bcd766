#!/bin/sh
# test_cli_limits.sh ACTORNET — the CLI applies the reader's safety limits and lets the
# environment raise them (ACTORNET_MAX_DEPTH, ACTORNET_MAX_VALUE_BYTES, ACTORNET_MAX_KEYS):
# the limit fails the load with exit 1 and a message naming the limit; raised, it loads.
set -u
cli=$1
dir=$(mktemp -d "${TMPDIR:-/tmp}/an_cli_limits_XXXXXX")
trap 'rm -rf "$dir"' EXIT
passed=0 failed=0
check() { # check NAME EXPECTED_EXIT PATTERN [VAR=VALUE...] COMMAND...
  name=$1 expected=$2 pattern=$3
  shift 3
  env "$@" >"$dir/out" 2>"$dir/err"
  status=$?
  if [ "$status" -eq "$expected" ] && grep -q -- "$pattern" "$dir/out" "$dir/err"; then
    echo "ok   $name"; passed=$((passed + 1))
  else
    echo "FAIL $name: exit $status (expected $expected), no '$pattern' in:" >&2; cat "$dir/err" >&2
    failed=$((failed + 1))
  fi
}

# 300 nested elements inside a <data> value (the default max_depth is 256)
awk 'BEGIN { printf "<graphml><key id=\"k\"/><graph><node id=\"a\"><data key=\"k\">";
             for (i = 0; i < 300; i++) printf "<x>"; for (i = 0; i < 300; i++) printf "</x>";
             print "</data></node></graph></graphml>" }' >"$dir/deep.graphml"
# a <data> value of 2 MB, and 50 keys
awk 'BEGIN { printf "<graphml><key id=\"k\"/><graph><node id=\"a\"><data key=\"k\">";
             for (i = 0; i < 2048; i++) printf "%01024d", 0; print "</data></node></graph></graphml>" }' >"$dir/big.graphml"
awk 'BEGIN { printf "<graphml>"; for (i = 0; i < 50; i++) printf "<key id=\"k%d\"/>", i;
             print "<graph><node id=\"a\"/></graph></graphml>" }' >"$dir/keys.graphml"

check "nesting beyond the default max_depth fails" 1 "max_depth" "$cli" info "$dir/deep.graphml"
check "ACTORNET_MAX_DEPTH=400 raises it" 0 "nodes" ACTORNET_MAX_DEPTH=400 "$cli" info "$dir/deep.graphml"
check "ACTORNET_MAX_VALUE_BYTES=1000000 lowers the value limit" 1 "max_value_bytes" \
  ACTORNET_MAX_VALUE_BYTES=1000000 "$cli" info "$dir/big.graphml"
check "the default value limit takes 2 MB" 0 "nodes" "$cli" info "$dir/big.graphml"
check "ACTORNET_MAX_KEYS=10 refuses 50 keys" 1 "max_keys" ACTORNET_MAX_KEYS=10 "$cli" info "$dir/keys.graphml"
check "a limit that is not a number is an error" 1 "ACTORNET_MAX_KEYS must be an integer" \
  ACTORNET_MAX_KEYS=lots "$cli" info "$dir/keys.graphml"
check "a zero depth is refused by the library" 1 "max_depth" ACTORNET_MAX_DEPTH=0 "$cli" info "$dir/keys.graphml"
echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
