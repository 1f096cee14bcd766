#!/bin/sh
# Runs gen_dialects.py with the system Python (which has networkx and
# python-igraph). A shell script so that `meson test --wrap=valgrind ...`
# checks our C programs rather than the Python interpreter: valgrind does
# not follow the exec.
exec /usr/bin/python3 "$(dirname "$0")/gen_dialects.py" "$@"
