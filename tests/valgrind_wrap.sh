#!/usr/bin/env bash
# Test wrapper for `meson test --setup valgrind`: runs compiled test programs
# under memcheck (any error or definite/indirect leak fails the test) and
# scripts (Python oracles, shell checks) as they are.
set -u
if head -c 4 "$1" 2>/dev/null | grep -q $'\x7fELF'; then
  exec valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect --quiet "$@"
fi
exec "$@"
