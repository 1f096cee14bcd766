#!/usr/bin/env bash
# Compile every public header alone as C11 and C++ (when a C++ compiler exists)
# with -Wall -Wextra -pedantic -Werror.
set -u
include="$1"; cc="$2"; failed=0; passed=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for h in "$include"/actornet.h "$include"/actornet/*.h; do
  rel=${h#"$include"/}
  printf '#include "%s"\nint an_header_check_%s;\n' "$rel" "$(echo "$rel" | tr -c 'a-z0-9\n' _)" > "$tmp/t.c"
  if "$cc" -std=c11 -Wall -Wextra -pedantic -Werror -I"$include" -c "$tmp/t.c" -o "$tmp/t.o" 2>"$tmp/err"; then
    passed=$((passed + 1))
  else
    echo "FAIL $rel:"; cat "$tmp/err"; failed=$((failed + 1))
  fi
done
echo "cases: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
