#!/bin/sh
# The bench smoke test: generate a tiny file, run the actornet driver on every
# phase, the SAX floor and the igraph peer on it; each must succeed.
set -eu
gen=$1 an_bench=$2 sax_floor=$3 igraph_peer=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
/usr/bin/python3 "$gen" --nodes 300 --edges 1500 --seed 5 -o "$dir/tiny.graphml"
"$sax_floor" "$dir/tiny.graphml"
"$an_bench" "$dir/tiny.graphml" "$dir" load degree pagerank betweenness betweenness_approx \
    closeness leiden louvain write_graphml write_dot
"$igraph_peer" "$dir/tiny.graphml" "$dir" load degree pagerank betweenness closeness leiden louvain \
    write_graphml write_dot
test -s "$dir/actornet.graphml" && test -s "$dir/actornet.dot"
echo "1 passed, 0 failed"
