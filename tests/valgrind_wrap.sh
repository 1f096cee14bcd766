#!/usr/bin/env bash
# Test wrapper for `meson test --setup valgrind`: runs the project's compiled
# test programs under memcheck (any error or definite/indirect leak fails the
# test); scripts and system programs (Python oracles, shell checks, anything
# under /usr or /bin — /usr/bin/python3 is an ELF binary too) run as they are.
set -u
case "$1" in
  /usr/*|/bin/*|/sbin/*) exec "$@" ;;
esac
if head -c 4 "$1" 2>/dev/null | grep -q $'\x7fELF'; then
  exec valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect --quiet "$@"
fi
exec "$@"
