#!/bin/bash
# bench/run.sh — actornet against its peers, phase by phase, on the same files,
# in one run. ONE command from a fresh checkout:
#
#     bench/run.sh                                  # SIZES="10k 50k 100k 1m"
#     SIZES="50k 1m 10m" bench/run.sh               # 10m: loading only
#
# It generates missing files into bench/data/ (bench/gen_graphml.py, seeded),
# builds the release binaries it needs into build-bench/ (meson), installs
# python3-graph-tool from Debian when missing and run as root, then for each size:
#   1. loading, REPEAT times, interleaved: libxml2's SAX2 floor (bench/sax_floor),
#      actornet (bench/an_bench load), igraph C (bench/igraph_peer load); medians;
#   2. every phase once per tool: actornet (an_bench), igraph C (igraph_peer),
#      python-igraph, NetworkX, graph-tool (bench/peers.py);
#   3. `actornet report` (the CLI, Graphviz rendering off) under /usr/bin/time.
# and prints a table of seconds, peak RSS and RATIOS (peer time / actornet
# time: > 1 means actornet is faster) measured in this run. Raw results go to
# bench/results/<date>/ (gitignored).
#
# Knobs (environment):
#   SIZES          sizes to run (tiny 10k 50k 100k 1m 10m, and NAME-opaque for the same
#                  graph with non-sequential node ids; see gen_graphml.py)
#   EXACT_SIZES    sizes on which exact betweenness and closeness run (default "10k 50k")
#   LOAD_ONLY      sizes that only load (default "10m")
#   PEERS          default "igraph python-igraph networkx graph-tool"
#   NX_MAX         largest size NetworkX runs on (default 1m; its 10m load needs > 40 GB)
#   NX_EXACT_MAX   largest size NetworkX runs exact betweenness/closeness on (default 10k:
#                  pure Python, about 10 minutes on 50k)
#   REPEAT         load repetitions (default 3)
#   TIMEOUT        seconds per tool run before it is stopped (default 1800)
#   REPORT         1 (default) runs `actornet report`; REPORT_TIMEOUT (default 900)
#   BUILD          build directory (default build-bench)
#   PHASE_REPEAT   rounds of the phases stage (default 1): every tool once per round, the
#                  rounds interleaved; the tables then show each phase's median
#   PHASE_LIST     only these phases (e.g. "degree pagerank leiden louvain"), every tool
#   BENCH_CLOCK    "cpu": every program reports each phase's CPU time (user + sys, all
#                  threads) instead of wall time; the numbers to compare on a busy machine
#   STAGES         default "load phases report h2h"; h2h = head to head, REPEAT times
#                  interleaved (medians): exact betweenness with all threads, with one
#                  thread, and igraph C on EXACT_SIZES; the two writers against igraph C
#                  on H2H_WRITE_SIZES (default "1m"), output checked. On a busy machine
#                  these medians are the ratios to trust.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
SIZES=${SIZES:-"10k 50k 100k 1m"}
EXACT_SIZES=${EXACT_SIZES:-"10k 50k"}
LOAD_ONLY=${LOAD_ONLY:-"10m"}
PEERS=${PEERS:-"igraph python-igraph networkx graph-tool"}
NX_MAX=${NX_MAX:-1m}
NX_EXACT_MAX=${NX_EXACT_MAX:-10k}
REPEAT=${REPEAT:-3}
TIMEOUT=${TIMEOUT:-1800}
REPORT=${REPORT:-1}
REPORT_TIMEOUT=${REPORT_TIMEOUT:-900}
BUILD=${BUILD:-$root/build-bench}
STAGES=${STAGES:-"load phases report h2h"}
H2H_WRITE_SIZES=${H2H_WRITE_SIZES:-1m}
PHASE_REPEAT=${PHASE_REPEAT:-1}
PHASE_LIST=${PHASE_LIST:-}
PY=/usr/bin/python3
stamp=$(date +%Y%m%d-%H%M%S)
out=$here/results/$stamp
mkdir -p "$out" "$here/data"
raw=$out/raw.tsv
: > "$raw"

say() { printf '%s\n' "$*" >&2; }
has() { case " $2 " in *" $1 "*) return 0 ;; esac; return 1; }

# ---- machine ----------------------------------------------------------------
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "command: SIZES=\"$SIZES\" EXACT_SIZES=\"$EXACT_SIZES\" LOAD_ONLY=\"$LOAD_ONLY\" REPEAT=$REPEAT bench/run.sh"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) online CPUs"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
    echo "os: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "actornet: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
    echo "igraph C: $(pkg-config --modversion igraph 2>/dev/null), libxml2: $(pkg-config --modversion libxml-2.0 2>/dev/null)"
    $PY - <<'EOF' 2>/dev/null
import importlib
for name, module in (("python-igraph", "igraph"), ("networkx", "networkx"), ("graph-tool", "graph_tool")):
    try:
        print("%s: %s" % (name, importlib.import_module(module).__version__.split()[0]))
    except Exception as e:
        print("%s: not available (%s)" % (name, e.__class__.__name__))
EOF
} > "$out/machine.txt"

# ---- graph-tool from Debian ---------------------------------------------------
if has graph-tool "$PEERS" && ! $PY -c 'import graph_tool' 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing python3-graph-tool (Debian) ..."
        apt-get install -y python3-graph-tool >"$out/apt.log" 2>&1 || say "python3-graph-tool could not be installed"
    fi
    $PY -c 'import graph_tool' 2>/dev/null || { say "graph-tool not available: skipped"; PEERS=${PEERS/graph-tool/}; }
fi

# ---- build ----------------------------------------------------------------------
if [ ! -f "$BUILD/build.ninja" ]; then
    meson setup "$BUILD" "$root" --buildtype=release >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi
ninja -C "$BUILD" bench/an_bench bench/igraph_peer bench/sax_floor cli/actornet >>"$out/build.log" 2>&1 ||
    { tail -30 "$out/build.log"; exit 1; }
AN_BENCH=$BUILD/bench/an_bench
IGRAPH_PEER=$BUILD/bench/igraph_peer
SAX_FLOOR=$BUILD/bench/sax_floor
ACTORNET=$BUILD/cli/actornet

# record TOOL SIZE < lines "phase seconds peak note"
record() {
    local tool=$1 size=$2
    while IFS=$'\t' read -r phase seconds peak note; do
        [ -n "$phase" ] || continue
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "$phase" "$seconds" "$peak" "$note" >>"$raw"
    done
}

run_tool() { # TOOL SIZE FILE PHASES...
    local tool=$1 size=$2 file=$3
    shift 3
    local dir=$out/$size/$tool
    mkdir -p "$dir"
    local status=0
    case $tool in
    actornet) timeout "$TIMEOUT" "$AN_BENCH" "$file" "$dir" "$@" >"$dir/out.tsv" 2>"$dir/err.txt" || status=$? ;;
    igraph) OMP_NUM_THREADS=${OMP_NUM_THREADS:-} timeout "$TIMEOUT" "$IGRAPH_PEER" "$file" "$dir" "$@" \
        >"$dir/out.tsv" 2>"$dir/err.txt" || status=$? ;;
    *) timeout "$TIMEOUT" $PY "$here/peers.py" "$tool" "$file" "$dir" "$@" >"$dir/out.tsv" 2>"$dir/err.txt" || status=$? ;;
    esac
    record "$tool" "$size" <"$dir/out.tsv"
    if [ "$status" != 0 ]; then
        say "  $tool on $size: exit $status (124 = timed out after ${TIMEOUT}s); see $dir/err.txt"
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "stopped" "-" "-" "exit $status after the phases above" >>"$raw"
    fi
    rm -f "$dir"/*.graphml "$dir"/*.dot
}

size_rank() { case ${1%-opaque} in tiny) echo 0 ;; 10k) echo 1 ;; 50k) echo 2 ;; 100k) echo 3 ;; 1m) echo 4 ;; 10m) echo 5 ;; *) echo 9 ;; esac; }

for size in $SIZES; do
    file=$here/data/$size.graphml
    if [ ! -s "$file" ]; then
        say "generating $file ..."
        /usr/bin/time -f "%e s, %M KiB" -o "$out/gen-$size.time" $PY "$here/gen_graphml.py" --size "$size" -o "$file" ||
            { say "generator failed"; exit 1; }
    fi
    bytes=$(stat -c %s "$file")
    printf '%s\tfile\tbytes\t%s\t-\t%s\n' "$size" "$bytes" "$(basename "$file")" >>"$raw"

    if has h2h "$STAGES"; then
        if has "$size" "$EXACT_SIZES"; then
            say "[$size] head to head x$REPEAT: exact betweenness (actornet all threads, 1 thread; igraph C)"
            for i in $(seq "$REPEAT"); do
                timeout "$TIMEOUT" "$AN_BENCH" "$file" "$out" betweenness | grep '^betweenness' |
                    record actornet_h2h "$size"
                ACTORNET_THREADS=1 timeout "$TIMEOUT" "$AN_BENCH" "$file" "$out" betweenness |
                    grep '^betweenness' | sed 's/^betweenness/betweenness_1thread/' | record actornet_h2h "$size"
                timeout "$TIMEOUT" "$IGRAPH_PEER" "$file" "$out" betweenness | grep '^betweenness' |
                    record igraph_h2h "$size"
            done
        fi
        if has "$size" "$H2H_WRITE_SIZES"; then
            say "[$size] head to head x$REPEAT: writers (actornet, igraph C), output checked"
            for i in $(seq "$REPEAT"); do
                timeout "$TIMEOUT" "$AN_BENCH" "$file" "$out" write_graphml write_dot | grep '^write' |
                    record actornet_h2h "$size"
                timeout "$TIMEOUT" "$IGRAPH_PEER" "$file" "$out" write_graphml write_dot | grep '^write' |
                    record igraph_h2h "$size"
            done
            # valid output: GraphML parsed by xmllint --stream, DOT by Graphviz's parser (gc)
            for tool in actornet igraph; do
                ok=ok
                xmllint --stream --noout "$out/$tool.graphml" 2>"$out/$tool.graphml.check" || ok=INVALID
                printf '%s\t%s_h2h\tvalid_graphml\t-\t-\t%s (xmllint --stream)\n' "$size" "$tool" "$ok" >>"$raw"
                if command -v gc >/dev/null; then
                    ok=ok
                    gc -n "$out/$tool.dot" >"$out/$tool.dot.check" 2>&1 ||
                        ok="INVALID: $(head -c 160 "$out/$tool.dot.check" | tr '\n\t' '  ')"
                    printf '%s\t%s_h2h\tvalid_dot\t-\t-\t%s (graphviz gc)\n' "$size" "$tool" "$ok" >>"$raw"
                fi
            done
            rm -f "$out"/actornet.graphml "$out"/actornet.dot "$out"/igraph.graphml "$out"/igraph.dot
        fi
    fi
    if has load "$STAGES"; then
    say "[$size] loading x$REPEAT: SAX floor, actornet, igraph C"
    # wall time from inside each program; CPU time (user + sys of the whole
    # process, start-up included) from /usr/bin/time, steadier on a busy machine
    cpu() { # NAME COMMAND...
        local name=$1
        shift
        /usr/bin/time -f "%U %S %M" -o "$out/cpu.txt" "$@"
        awk -v OFS='\t' '{print "load", $1 + $2, $3 / 1024, "user+sys of the process"}' "$out/cpu.txt" |
            record "${name}_cpu" "$size"
    }
    for i in $(seq "$REPEAT"); do
        cpu sax_floor "$SAX_FLOOR" "$file" | awk -F'\t' '{printf "load\t%s\t%s\t%s\n", $1, $2, $3}' |
            record sax_floor "$size"
        cpu actornet timeout "$TIMEOUT" "$AN_BENCH" "$file" "$out" load none | record actornet_load "$size"
        if has igraph "$PEERS"; then
            cpu igraph timeout "$TIMEOUT" "$IGRAPH_PEER" "$file" "$out" load none | grep -v '^simplify' |
                record igraph_load "$size"
        fi
    done
    fi  # load
    if has "$size" "$LOAD_ONLY" || ! has phases "$STAGES"; then
        continue
    fi

    phases="load degree pagerank betweenness_approx leiden louvain write_graphml write_dot"
    peer_phases="load degree pagerank leiden louvain write_graphml write_dot"
    if has "$size" "$EXACT_SIZES"; then
        phases="$phases betweenness closeness"
        peer_phases="$peer_phases betweenness closeness"
    fi
    if [ -n "$PHASE_LIST" ]; then
        phases="load $PHASE_LIST"
        peer_phases=$phases
    fi
    for round in $(seq "$PHASE_REPEAT"); do
    say "[$size] actornet (round $round of $PHASE_REPEAT)"
    run_tool actornet "$size" "$file" $phases
    for peer in $PEERS; do
        if [ "$peer" = networkx ] && [ "$(size_rank "$size")" -gt "$(size_rank "$NX_MAX")" ]; then
            continue
        fi
        these=$peer_phases
        if [ "$peer" = networkx ] && [ "$(size_rank "$size")" -gt "$(size_rank "$NX_EXACT_MAX")" ]; then
            these=${these/ betweenness closeness/}
        fi
        say "[$size] $peer"
        run_tool "$peer" "$size" "$file" $these
    done
    done  # rounds
    if [ "$REPORT" = 1 ] && has report "$STAGES"; then
        say "[$size] actornet report"
        dir=$out/$size/report
        mkdir -p "$dir"
        status=0
        /usr/bin/time -f "%e\t%M" -o "$dir/time.txt" timeout "$REPORT_TIMEOUT" "$ACTORNET" report "$file" -o "$dir/out" \
            --no-render >"$dir/stdout.txt" 2>"$dir/stderr.txt" || status=$?
        if [ "$status" = 0 ]; then
            awk -F'\t' '{printf "report\t%s\t%.1f\tactornet report (CLI), no rendering\n", $1, $2/1024}' "$dir/time.txt" |
                record actornet "$size"
        else
            printf '%s\tactornet\treport\t-\t-\texit %s (124 = over %ss); see %s\n' "$size" "$status" "$REPORT_TIMEOUT" \
                "$dir/stderr.txt" >>"$raw"
        fi
        rm -rf "$dir/out"
    fi
done

cp "$out/machine.txt" "$out/table.md"
$PY "$here/summarise.py" "$raw" >>"$out/table.md"
cat "$out/table.md"
say "raw results: $raw"
